"""What the gold samplers share: story filters over Reuters-21578 and the seeded draw.

`bench/gold/pick_sample.py` and `bench/heldout/pick_sample.py` each list their buckets
of story kinds and call `print_candidates`. Standard library only.
"""
import json
import random
import re
from collections.abc import Callable

CORPUS = "/work/shared/corpus/reuters21578.jsonl"
Rule = Callable[[dict], bool]


def has(rx: str) -> Rule:
    r = re.compile(rx, re.I)
    return lambda d: bool(r.search(d["title"] + "\n" + d["text"]))


def topic(t: str) -> Rule:
    return lambda d: t in d["topics"]


def title(rx: str) -> Rule:
    r = re.compile(rx)
    return lambda d: bool(r.search(d["title"]))


def prose(d: dict) -> bool:
    """Share of non-blank lines that look like table rows (mostly numbers) is small."""
    lines = [line for line in d["text"].split("\n") if line.strip()]
    tab = sum(1 for ln in lines
              if len(re.findall(r"\d", ln)) > 0.25 * len(ln) or "vs" in ln.split())
    return tab <= 0.2 * len(lines)


def business(d: dict) -> bool:
    """A company story: Reuters tags company names/tickers with <...>."""
    return "<" in d["title"] + d["text"]


def print_candidates(path: str, buckets: list[tuple[str, Rule]], seed: int,
                     skip: Rule, min_words: int = 120, max_words: int = 400) -> None:
    """Prose company stories of `min_words`-`max_words` words not `skip`ped, per bucket
    shuffled by one RNG (buckets in order), the first 10 of each printed."""
    docs = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d.get("type") != "NORM" or not d.get("text") or skip(d):
            continue
        n = len(d["text"].split())
        if min_words <= n <= max_words and business(d) and prose(d):
            docs.append(d)
    rng = random.Random(seed)
    for name, rule in buckets:
        cands = [d for d in docs if rule(d)]
        rng.shuffle(cands)
        print(f"== {name}: {len(cands)} candidates; first 10 after shuffle:")
        for d in cands[:10]:
            words = len(d["text"].split())
            print(f"   {d['id'].split('-')[1]:>6}  {d['published'][:10]}  {words:>3}w  "
                  f"{d['topics']}  {d['title']}")


# Headline words of a lawsuit story (bench/heldout3 and bench/heldout4 buckets).
LAWSUIT = (r"\b(SUIT|SUES?|SUED|LAWSUIT|COURT|JUDGE|RULING|SETTLE\w*|ANTITRUST|INJUNCTION|"
           r"APPEALS?|FINED?)\b")


def title_not_acq(pattern: str) -> Rule:
    """A headline matching `pattern` in a story not tagged `acq`."""
    return lambda d: title(pattern)(d) and not topic("acq")(d)


def not_used(ids: set[int], companies: re.Pattern) -> Rule:
    """Skip an earlier set's NEWIDs, results stories and headlines naming its companies."""
    return lambda d: (int(d["id"].split("-")[1]) in ids or "earn" in d["topics"]
                      or bool(companies.search(d["title"])))
