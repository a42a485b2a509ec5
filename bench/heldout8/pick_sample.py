#!/usr/bin/env python3
"""Reproduce the candidate lists the heldout8 Reuters articles were picked from.

    python3 bench/heldout8/pick_sample.py [/work/shared/corpus/reuters21578.jsonl]

Filter: type NORM, 150-500 words of body, a company story (`business` from
bench/reuters_sample.py), mostly prose (`prose`), not topic `earn`, not a NEWID already used
(shared example 674, bench/gold, bench/heldout, bench/heldout3 ... bench/heldout7), and no
company of those sets (Reuters or web) in the headline. Then one headline rule per bucket
(kind of story): six buckets, one article each. acq-topic stories are required in the
agreed-acquisition bucket and left out of the other five.

Candidates of each bucket are shuffled with one random.Random(2031) (buckets in the order
listed) and the first 10 printed. The article for a bucket is the first candidate that
(a) is not already taken by an earlier bucket, (b) does not name a company already taken,
and (c) on reading is a prose story about company events of that kind (not a table, not a
market/commodity report). Skips are recorded in README.md. Standard library only.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reuters_sample import (  # noqa: E402,I001
    CORPUS, LAWSUIT, not_used, print_candidates, title, title_not_acq, topic, used_before)

PATH = sys.argv[1] if len(sys.argv) > 1 else CORPUS
SEED = 2031
MIN_WORDS, MAX_WORDS = 150, 500
USED_IDS, USED_COMPANIES = used_before("heldout8")

ACQ_AGREED = (r"\b(AGREES?|AGREED|AGREEMENT|TO ACQUIRE|TO BUY|TO MERGE|SIGNS?|"
              r"DEFINITIVE|IN PRINCIPLE)\b")
CLOSING_LAYOFF = (r"\b(CLOS(E|ES|ING)|SHUT\w*|LAYOFFS?|LAY OFF|LAYS OFF|LAID OFF|JOB CUTS?|"
                  r"CUTS? JOBS|CUT \w+ JOBS|WORKFORCE|EMPLOYEES|WORKERS|IDLES?)\b")
VENTURE = (r"\b(JOINT VENTURE|VENTURE|PARTNERSHIP|ALLIANCE|TEAM UP|TEAMS UP|PACT)\b")
DEBT_OFFERING = (r"\b(OFFERING|DEBENTURES?|NOTES|BONDS?|CONVERTIBLE|DEBT|CREDIT LINE|"
                 r"LINE OF CREDIT|FINANCING|PLACEMENT)\b")
OUTLOOK = (r"\b(SEES|EXPECTS?|FORECASTS?|PROJECTS?|PREDICTS?|OUTLOOK|ANTICIPATES?|"
           r"ESTIMATES?)\b")

BUCKETS = [
    ("acquisition agreed", lambda d: topic("acq")(d) and title(ACQ_AGREED)(d)),
    ("plant closing/layoff", title_not_acq(CLOSING_LAYOFF)),
    ("joint venture/partnership", title_not_acq(VENTURE)),
    ("share offering/debt", title_not_acq(DEBT_OFFERING)),
    ("lawsuit/settlement", title_not_acq(LAWSUIT)),
    ("results outlook/forecast", title_not_acq(OUTLOOK)),
]


def main() -> None:
    print_candidates(PATH, BUCKETS, SEED, skip=not_used(USED_IDS, USED_COMPANIES),
                     min_words=MIN_WORDS, max_words=MAX_WORDS)


if __name__ == "__main__":
    main()
