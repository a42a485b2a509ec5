#!/usr/bin/env python3
"""Reproduce the candidate lists the heldout10 Reuters articles were picked from.

    python3 bench/heldout10/pick_sample.py [/work/shared/corpus/reuters21578.jsonl]

Filter: type NORM, 150-500 words of body, a company story (`business` from
bench/reuters_sample.py), mostly prose (`prose`), not topic `earn`, not a NEWID already used
(shared example 674, bench/gold, bench/heldout, bench/heldout3 ... bench/heldout9), and no
company of those sets (Reuters or web) in the headline (`used_before("heldout10")`). Then one
headline rule per bucket (kind of story): six buckets, one article each, none of them a kind
heldout8 or heldout9 drew. acq-topic stories are required in the unit-sale and
merger-ended buckets and left out of the other four.

Candidates of each bucket are shuffled with one random.Random(2053) (buckets in the order
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
SEED = 2053
MIN_WORDS, MAX_WORDS = 150, 500
USED_IDS, USED_COMPANIES = used_before("heldout10")

MANAGEMENT = (r"\b(NAMES|NAMED|RESIGNS?|RESIGNED|RESIGNATION|RETIRES?|RETIREMENT|ELECTS|"
              r"ELECTED|APPOINTS?|APPOINTED|SUCCEEDS?|SUCCESSOR|STEPS? DOWN|QUITS?|"
              r"CHIEF EXECUTIVE|PRESIDENT|CHAIRMAN)\b")
CONTRACT = (r"\b(CONTRACTS?|ORDERS?|AWARDS?|AWARDED|WINS|WON|GETS|RECEIVES?|SUPPLY DEAL|"
            r"PURCHASE ORDER)\b")
UNIT_SALE = (r"\b(SELLS?|SELLING|SOLD|SALE OF|TO SELL|DIVEST\w*|SPIN\w* OFF|SPINOFF|"
             r"UNIT SALE)\b")
BUYBACK = (r"\b(BUYBACK|BUY BACK|BUYS BACK|REPURCHASES?|REPURCHASED|REPURCHASING|"
           r"OWN SHARES|BUY OWN)\b")
ENDED = (r"\b(TERMINAT\w*|ENDS?|ENDED|CALLS? OFF|CALLED OFF|DROPS?|DROPPED|ABANDON\w*|"
         r"WITHDRAWS?|WITHDRAWN|REJECTS?|REJECTED|BREAK OFF|BROKEN OFF|CANCEL\w*|"
         r"TALKS? FAIL\w*)\b")
OPENING = (r"\b(OPENS?|OPENING|NEW PLANT|PLANT|FACTORY|FACILITY|MILL|EXPAND\w*|"
           r"EXPANSION|CAPACITY|BUILD\w*|CONSTRUCT\w*)\b")

BUCKETS = [
    ("executive change/resignation", title_not_acq(MANAGEMENT)),
    ("contract award/order", title_not_acq(CONTRACT)),
    ("unit sale/divestiture", lambda d: topic("acq")(d) and title(UNIT_SALE)(d)),
    ("share buyback", title_not_acq(BUYBACK)),
    ("merger talks ended/terminated", lambda d: topic("acq")(d) and title(ENDED)(d)),
    ("plant opening/capacity expansion", title_not_acq(OPENING)),
]


def main() -> None:
    print_candidates(PATH, BUCKETS, SEED, skip=not_used(USED_IDS, USED_COMPANIES),
                     min_words=MIN_WORDS, max_words=MAX_WORDS)


if __name__ == "__main__":
    main()
