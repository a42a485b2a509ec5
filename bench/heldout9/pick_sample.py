#!/usr/bin/env python3
"""Reproduce the candidate lists the heldout9 Reuters articles were picked from.

    python3 bench/heldout9/pick_sample.py [/work/shared/corpus/reuters21578.jsonl]

Filter: type NORM, 150-500 words of body, a company story (`business` from
bench/reuters_sample.py), mostly prose (`prose`), not topic `earn`, not a NEWID already used
(shared example 674, bench/gold, bench/heldout, bench/heldout3 ... bench/heldout8), and no
company of those sets (Reuters or web) in the headline. Then one headline rule per bucket
(kind of story): six buckets, one article each. acq-topic stories are required in the
tender-offer/stake bucket and left out of the other five.

Candidates of each bucket are shuffled with one random.Random(2041) (buckets in the order
listed) and the first 10 printed. The article for a bucket is the first candidate that
(a) is not already taken by an earlier bucket, (b) does not name a company already taken,
and (c) on reading is a prose story about company events of that kind (not a table, not a
market/commodity report). Skips are recorded in README.md. Standard library only.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reuters_sample import (  # noqa: E402,I001
    CORPUS, not_used, print_candidates, title, title_not_acq, topic, used_before)

PATH = sys.argv[1] if len(sys.argv) > 1 else CORPUS
SEED = 2041
MIN_WORDS, MAX_WORDS = 150, 500
USED_IDS, USED_COMPANIES = used_before("heldout9")

TENDER = (r"\b(TENDER|TENDERS|STAKE|HOLDERS?|SHARES? OF|PCT OF|OFFER FOR|BID FOR)\b")
LAUNCH = (r"\b(INTRODUCES?|UNVEILS?|LAUNCH\w*|NEW PRODUCTS?|PRODUCT|MARKETS? NEW|"
          r"DEBUTS?|SYSTEM|ROLLS? OUT)\b")
BANKRUPTCY = (r"\b(CHAPTER 11|BANKRUPTCY|BANKRUPT|REORGANIZ\w*|RESTRUCTUR\w*|"
              r"CREDITORS?|DEFAULT\w*|RECEIVERSHIP|LIQUIDAT\w*)\b")
LABOUR = (r"\b(STRIKES?|STRUCK|WALKOUT|UNION|UNIONS|CONTRACT TALKS|LABOR|LABOUR|"
          r"PICKET\w*|LOCKOUT)\b")
REGULATORY = (r"\b(APPROVES?|APPROVED|APPROVAL|CLEARS?|CLEARED|FDA|FCC|ICC|SEC|FTC|"
              r"PERMIT|LICENSE|LICENCE|REGULATORS?|RULES)\b")
RELOCATION = (r"\b(MOVES?|MOVING|RELOCAT\w*|HEADQUARTERS|HQ|OPENS? \w+ ?OFFICE|"
              r"NEW OFFICE|BRANCH|TRANSFERS?)\b")

BUCKETS = [
    ("tender offer/stake", lambda d: topic("acq")(d) and title(TENDER)(d)),
    ("new product/launch", title_not_acq(LAUNCH)),
    ("bankruptcy/reorganization", title_not_acq(BANKRUPTCY)),
    ("strike/labour", title_not_acq(LABOUR)),
    ("regulatory approval", title_not_acq(REGULATORY)),
    ("relocation/new office", title_not_acq(RELOCATION)),
]


def main() -> None:
    print_candidates(PATH, BUCKETS, SEED, skip=not_used(USED_IDS, USED_COMPANIES),
                     min_words=MIN_WORDS, max_words=MAX_WORDS)


if __name__ == "__main__":
    main()
