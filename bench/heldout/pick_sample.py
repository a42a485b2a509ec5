#!/usr/bin/env python3
"""Reproduce the candidate lists the held-out Reuters articles in this folder were picked from.

    python3 bench/heldout/pick_sample.py [/work/shared/corpus/reuters21578.jsonl]

Six buckets, one per kind of story, none of them an earnings report. Filter (as in
bench/gold/pick_sample.py): type NORM, 120-400 words of body, a company story (a <...>
company/ticker tag in title or text), mostly prose (at most 20% of lines look like table
rows), not topic `earn`, and not one of the NEWIDs already used (shared set and bench/gold).
Then the bucket rule below, on the headline.

Candidates of each bucket are shuffled with one random.Random(2026) (buckets in the order
listed) and printed in order. The article for a bucket is the first candidate that (a) is
not already used by an earlier bucket and (b) on reading is a prose story about a company
event of that kind (not a table, not a market or commodity report, not a bare one-line
announcement). Skips, if any, are recorded in README.md. Standard library only.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reuters_sample import CORPUS, business, has, print_candidates, prose, title, topic  # noqa: E402,F401,I001

PATH = sys.argv[1] if len(sys.argv) > 1 else CORPUS
SEED = 2026
EXCLUDE = {674, 3093, 882, 6182, 4506, 10273, 12536, 8414, 5512, 6353, 6581}

BUCKETS = [
    ("acquisition/merger", lambda d: topic("acq")(d) and title(r"\b(ACQUIRE[SD]?|ACQUISITION|BUYS?|TO BUY|MERGE[SR]?|MERGER|TAKEOVER|TENDER)\b")(d)),
    ("strike/layoff", lambda d: title(r"\b(STRIKE[SD]?|WALKOUT|LAYOFFS?|LAY OFF|LAYS OFF|LAID OFF|JOB CUTS?|CUTS? JOBS|WORKFORCE|EMPLOYEES|WORKERS|UNION)\b")(d)),
    ("plant opening/expansion", lambda d: title(r"\b(PLANT|FACTORY|FACILITY|MILL|OPENS?|OPENING|EXPAND\w*|EXPANSION|BUILD\w*|CONSTRUCT\w*)\b")(d) and not topic("acq")(d)),
    ("management change", lambda d: title(r"\b(NAMES|NAMED|RESIGNS?|RESIGNATION|RETIRES?|ELECTS|ELECTED|APPOINTS?|APPOINTED|SUCCEEDS?|SUCCESSOR|CHIEF EXECUTIVE|PRESIDENT|CHAIRMAN)\b")(d) and not topic("acq")(d)),
    ("lawsuit", lambda d: title(r"\b(SUIT|SUES?|SUED|LAWSUIT|COURT|JUDGE|RULING|SETTLE\w*|ANTITRUST|INJUNCTION|APPEALS?|FINED?)\b")(d) and not topic("acq")(d)),
    ("share buyback", lambda d: title(r"\b(BUYBACK|BUY BACK|BUYS BACK|REPURCHASE\w*|REDEEM\w*|REDEMPTION)\b")(d)),
]


if __name__ == "__main__":
    print_candidates(PATH, BUCKETS, SEED, lambda d: int(d["id"].split("-")[1]) in EXCLUDE or "earn" in d["topics"])
