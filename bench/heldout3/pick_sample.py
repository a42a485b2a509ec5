#!/usr/bin/env python3
"""Reproduce the candidate lists the heldout3 Reuters articles were picked from.

    python3 bench/heldout3/pick_sample.py [/work/shared/corpus/reuters21578.jsonl]

Filter: type NORM, 150-600 words of body (wider than bench/gold and bench/heldout, which
used 120-400), a company story (`business` from bench/reuters_sample.py), mostly prose
(`prose`), not topic `earn`, not a NEWID already used (shared examples, bench/gold,
bench/heldout), and no company of those articles in the headline. Then one headline rule
per bucket (kind of story), different buckets from bench/heldout's.

Candidates of each bucket are shuffled with one random.Random(1987) (buckets in the order
listed) and the first 10 printed. The article for a bucket is the first candidate that
(a) is not already taken by an earlier bucket, (b) does not name a company already taken,
and (c) on reading is a prose story about a company event of that kind (not a table, not
a market/commodity report). Skips are recorded in README.md. Standard library only.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reuters_sample import (  # noqa: E402,I001
    CORPUS, LAWSUIT, not_used, print_candidates, title, title_not_acq, topic)

PATH = sys.argv[1] if len(sys.argv) > 1 else CORPUS
SEED = 1987
MIN_WORDS, MAX_WORDS = 150, 600
# shared example 674; bench/gold (10); bench/heldout (6)
USED_IDS = {674,
            3093, 882, 6182, 4506, 10273, 12536, 8414, 5512, 6353, 6581,
            6908, 7965, 15332, 16364, 16827, 18199}
USED_COMPANIES = re.compile(
    r"\b(SEARS|NISSAN|LANCER|TIDEWATER|CONTROL DATA|DISNEY|DESJARDINS|INTERTAN|CATHAY|"
    r"CONTINENTAL ILLINOIS|TEXACO|PENNZOIL|TRANSAMERICA|ECHLIN|CHAMPION PARTS|LTV|"
    r"PHOENIX FINANCIAL|DATA ACCESS|GREAT LAKES|EASTERN AIR|CHICAGO PACIFIC)")

CLOSING = r"\b(CLOS(E|ES|ING|URE)|SHUT\w*)\b"
LABOUR = (r"\b(STRIKE[SD]?|WALKOUT|LAYOFFS?|LAY OFF|LAYS OFF|LAID OFF|JOB CUTS?|CUTS? JOBS|"
          r"WORKFORCE|EMPLOYEES|WORKERS|UNION)\b")
DEBT = r"\b(BANKRUPTCY|CHAPTER 11|REORGANI[SZ]\w*|RESTRUCTUR\w*|DEBT|CREDITORS?|LOAN)\b"
MANAGEMENT = (r"\b(NAMES|NAMED|RESIGNS?|RESIGNATION|RETIRES?|ELECTS|ELECTED|APPOINTS?|"
              r"APPOINTED|SUCCEEDS?|SUCCESSOR|CHIEF EXECUTIVE|PRESIDENT|CHAIRMAN)\b")
MERGER = r"\b(MERGE[SR]?|MERGER|TAKEOVER|TENDER|AGREES? TO BUY|TO ACQUIRE|COMPLETES?)\b"
LAUNCH = r"\b(INTRODUCES?|UNVEILS?|LAUNCH\w*|NEW PRODUCTS?|JOINT VENTURE|VENTURE|MARKETS? NEW)\b"


BUCKETS = [
    ("plant closing", title_not_acq(CLOSING)),
    ("layoff/strike", title(LABOUR)),
    ("bankruptcy/debt", title_not_acq(DEBT)),
    ("management change", title_not_acq(MANAGEMENT)),
    ("merger/takeover", lambda d: topic("acq")(d) and title(MERGER)(d)),
    ("lawsuit", title_not_acq(LAWSUIT)),
    ("product launch / new venture", title_not_acq(LAUNCH)),
]


def main() -> None:
    print_candidates(PATH, BUCKETS, SEED, skip=not_used(USED_IDS, USED_COMPANIES),
                     min_words=MIN_WORDS, max_words=MAX_WORDS)


if __name__ == "__main__":
    main()
