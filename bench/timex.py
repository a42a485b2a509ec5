"""Tag TempEval-style documents: `python bench/timex.py IN.jsonl > OUT.jsonl`.

Reads one JSON object a line, {"doc", "dct", "text"} (other fields are ignored), and writes
{"doc", "timexes": [{"start", "end", "text", "type", "value"}]} for each, through
`timeline.dates.tag_dates(text, date.fromisoformat(dct))`. The output is what
score_timex.py reads. Prints the throughput (documents per second) on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date

from timeline.dates import tag_dates


def tag_document(record: dict) -> dict:
    """One input record -> one output record (the timexes of its text)."""
    dct = record.get("dct")
    anchor = date.fromisoformat(dct[:10]) if dct else None
    timexes = tag_dates(record["text"], anchor)
    return {"doc": record["doc"],
            "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                         "value": t.value} for t in timexes]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSONL file of {doc, dct, text} records")
    args = ap.parse_args(argv)
    with open(args.input, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    started = time.perf_counter()
    out = [tag_document(r) for r in records]
    elapsed = time.perf_counter() - started
    for rec in out:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    rate = len(records) / elapsed if elapsed > 0 else float("inf")
    print(f"{len(records)} docs in {elapsed:.2f} s: {rate:.1f} docs/s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
