"""Throughput and start-up benchmark on the Reuters-21578 corpus (not run by pytest).

    .venv/bin/python bench/ingest.py [--corpus ../shared/corpus/reuters21578.jsonl]
                                     [--articles 300] [--jobs 2]

Measured in one run, so the ratios hold whatever else the machine is doing:
  * spaCy alone (nlp.pipe over the texts) vs the whole analysis (parse + dates +
    companies + events + merge) vs the analysis plus storing, in articles/s;
  * the same analysis with --jobs worker processes (scale-out on this machine's cores);
  * `timeline show --json` start-up on the filled database vs a bare `python -c pass`,
    and the peak memory of an ingest process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"


def load_corpus(path: Path, limit: int):
    """The first `limit` Reuters records with a body, as Articles."""
    from timeline.articles import parse_article

    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if not rec.get("text") or not rec.get("published"):
                continue
            text = f"{rec['title'].title()}\n\n{rec['text']}"
            published = datetime.fromisoformat(rec["published"]).date()
            out.append(parse_article(text, f"{rec['id']}.txt", published))
            if len(out) >= limit:
                break
    return out


def timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0


def run_cmd_seconds(cmd: list[str], env: dict, repeat: int = 5) -> float:
    """Best wall time of a command over `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    from timeline.nlp import load_pipeline
    from timeline.pipeline import analyse_articles
    from timeline.store import connect, save_article

    articles = load_corpus(args.corpus, args.articles)
    words = sum(len(a.text.split()) for a in articles)
    nlp, load_s = timed(load_pipeline)
    n = len(articles)

    _, spacy_s = timed(lambda: [None for _ in nlp.pipe((a.text for a in articles),
                                                       batch_size=16)])
    results, analyse_s = timed(lambda: list(analyse_articles(articles)))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        conn = connect(db)
        _, store_s = timed(lambda: [save_article(conn, a, ev) for a, ev in results])
        conn.close()
        _, jobs_s = timed(lambda: list(analyse_articles(articles, n_process=args.jobs)))

        env = dict(os.environ, TIMELINE_DB=str(db))
        exe = str(Path(sys.executable).parent / "timeline")
        bare = run_cmd_seconds([sys.executable, "-c", "pass"], env)
        show = run_cmd_seconds([exe, "show", "--json"], env)
        shown = json.loads(subprocess.run([exe, "show", "--json"], env=env, capture_output=True,
                                          text=True, check=True).stdout)
        company = run_cmd_seconds([exe, "show", "--json", "--company", "IBM"], env)

        sample = Path(tmp) / "one.txt"
        sample.write_text(f"date 1987-03-02\n{articles[0].text}", encoding="utf-8")
        subprocess.run([exe, "ingest", str(sample)], env=dict(env, TIMELINE_DB=str(
            Path(tmp) / "one.db")), capture_output=True, check=True)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    events = sum(len(ev) for _, ev in results)
    full_s = analyse_s + store_s
    print(f"corpus: {n} Reuters articles, {words} words; model load {load_s:.2f} s; "
          f"{events} events stored, {len(shown)} timeline entries after merging")
    print()
    print("| step | seconds | articles/s | words/s | ratio to spaCy alone |")
    print("|---|---:|---:|---:|---:|")
    for name, secs in (("spaCy nlp.pipe alone", spacy_s),
                       ("analysis (parse+dates+companies+events+merge)", analyse_s),
                       ("analysis + store (ingest)", full_s),
                       (f"analysis, {args.jobs} processes", jobs_s)):
        print(f"| {name} | {secs:.2f} | {n / secs:.1f} | {words / secs:,.0f} | "
              f"{spacy_s / secs:.2f} |")
    print()
    print(f"`python -c pass`: {bare * 1000:.0f} ms; `timeline show --json` on {len(shown)} "
          f"entries: {show * 1000:.0f} ms ({show / bare:.1f}x); `show --company IBM`: "
          f"{company * 1000:.0f} ms ({company / bare:.1f}x)")
    print(f"peak memory of one `timeline ingest` process: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
