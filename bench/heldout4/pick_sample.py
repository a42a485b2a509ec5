#!/usr/bin/env python3
"""Reproduce the candidate lists the heldout4 Reuters articles were picked from.

    python3 bench/heldout4/pick_sample.py [/work/shared/corpus/reuters21578.jsonl]

Filter: type NORM, 150-500 words of body, a company story (`business` from
bench/reuters_sample.py), mostly prose (`prose`), not topic `earn`, not a NEWID already used
(shared example 674, bench/gold, bench/heldout, bench/heldout3), and no company of those sets
(Reuters or web) in the headline. Then one headline rule per bucket (kind of story): four
buckets, one article each, chosen to differ from the kinds already drawn in heldout3.

Candidates of each bucket are shuffled with one random.Random(1988) (buckets in the order
listed) and the first 10 printed. The article for a bucket is the first candidate that
(a) is not already taken by an earlier bucket, (b) does not name a company already taken,
and (c) on reading is a prose story about company events of that kind (not a table, not a
market/commodity report). Skips are recorded in README.md. Standard library only.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reuters_sample import (  # noqa: E402,I001
    CORPUS, LAWSUIT, not_used, print_candidates, title_not_acq)

PATH = sys.argv[1] if len(sys.argv) > 1 else CORPUS
SEED = 1988
MIN_WORDS, MAX_WORDS = 150, 500
# shared example 674; bench/gold (10); bench/heldout (6); bench/heldout3 (6)
USED_IDS = {674,
            3093, 882, 6182, 4506, 10273, 12536, 8414, 5512, 6353, 6581,
            6908, 7965, 15332, 16364, 16827, 18199,
            1133, 20452, 4546, 6428, 7094, 9440}
USED_COMPANIES = re.compile(
    r"\b(SEARS|NISSAN|LANCER|TIDEWATER|CONTROL DATA|DISNEY|DESJARDINS|INTERTAN|CATHAY|"
    r"CONTINENTAL ILLINOIS|TEXACO|PENNZOIL|TRANSAMERICA|ECHLIN|CHAMPION PARTS|LTV|"
    r"PHOENIX FINANCIAL|DATA ACCESS|GREAT LAKES|EASTERN AIR\w*|CHICAGO PACIFIC|"
    # heldout3 Reuters
    r"FIRESTONE|GENERAL MOTORS|GM|DOME|JEFFERIES|GOULD|CABLE AND WIRELESS|PACIFIC TELESIS|"
    r"C\. ITOH|KDD|"
    # companies of the web articles of the shared examples and heldout/heldout2/heldout3
    r"AMAZON|BOEING|GOOGLE|IBM|MICROSOFT|KOHL'?S|TESCO|BOOKER|TIME WARNER|AOL|"
    r"MITSUBISHI|PEUGEOT|MELROSE|GKN|TSB|NATWEST|BARCLAYS|AMERICAN AIRLINES|AMR|"
    r"UNITED AIRLINES|UAL|DELTA|TOYOTA|BEST BUY|AT&T|AMERICAN TELEPHONE|VERIZON|VODAFONE|"
    r"GENERAL ELECTRIC|GE|LEXMARK|SUN CO|SUNOCO|ROYAL BANK OF SCOTLAND|RBS|MACY'?S|"
    r"K ?MART|PENNEY|DAYTON HUDSON|GLAXO|ZF)\b")

CLOSING_LAYOFF = (r"\b(CLOS(E|ES|ING)|SHUT\w*|LAYOFFS?|LAY OFF|LAYS OFF|LAID OFF|JOB CUTS?|"
                  r"CUTS? JOBS|CUT \w+ JOBS|WORKFORCE|EMPLOYEES)\b")
OPENING = r"\b(OPENS?|OPENING|NEW PLANT|BUILD\w*|EXPAN\w+|CONSTRUCT\w*|FACILITY)\b"
VENTURE = r"\b(JOINT VENTURE|VENTURE|AGREEMENT|ACCORD|PACT|CONTRACT|ALLIANCE)\b"


BUCKETS = [
    ("closing/layoff", title_not_acq(CLOSING_LAYOFF)),
    ("plant opening/expansion", title_not_acq(OPENING)),
    ("lawsuit/settlement", title_not_acq(LAWSUIT)),
    ("joint venture/agreement", title_not_acq(VENTURE)),
]


def main() -> None:
    print_candidates(PATH, BUCKETS, SEED, skip=not_used(USED_IDS, USED_COMPANIES),
                     min_words=MIN_WORDS, max_words=MAX_WORDS)


if __name__ == "__main__":
    main()
