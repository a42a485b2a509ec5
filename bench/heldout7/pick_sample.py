#!/usr/bin/env python3
"""Reproduce the candidate lists the heldout7 Reuters articles were picked from.

    python3 bench/heldout7/pick_sample.py [/work/shared/corpus/reuters21578.jsonl]

Filter: type NORM, 150-500 words of body, a company story (`business` from
bench/reuters_sample.py), mostly prose (`prose`), not topic `earn`, not a NEWID already used
(shared example 674, bench/gold, bench/heldout, bench/heldout3, bench/heldout4,
bench/heldout5, bench/heldout6), and no company of those sets (Reuters or web) in the
headline. Then one headline rule per bucket (kind of story): six buckets, one article each.
acq-topic stories are required in the two deal buckets and left out of the other four.

Candidates of each bucket are shuffled with one random.Random(2027) (buckets in the order
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
SEED = 2027
MIN_WORDS, MAX_WORDS = 150, 500
USED_IDS, USED_COMPANIES = used_before("heldout7")

ACQ_DONE = (r"\b(COMPLETES?|COMPLETED|CLOSES|CLOSED|FINISHES|FINISHED|ACQUIRES|ACQUIRED|"
            r"BUYS|BOUGHT)\b")
DIVEST = (r"\b(SELLS?|SOLD|SALE|DIVEST\w*|SPIN\w*[ -]OFF|SPINS? OFF|UNLOADS?)\b")
MANAGEMENT = (r"\b(NAMES|NAMED|RESIGNS?|RESIGNATION|RETIRES?|ELECTS|ELECTED|APPOINTS?|"
              r"APPOINTED|SUCCEEDS?|SUCCESSOR|CHIEF EXECUTIVE|PRESIDENT|CHAIRMAN|"
              r"STEPS DOWN)\b")
CONTRACT_AWARD = (r"\b(WINS|WON|AWARD\w*|GETS|ORDERS?|CONTRACTS?)\b")
OPENING = (r"\b(OPENS?|OPENING|NEW PLANT|PLANT|FACTORY|MILL|BUILD\w*|EXPAN\w+|"
           r"CONSTRUCT\w*|CAPACITY)\b")
PAYOUT = (r"\b(BUYBACK|BUY BACK|BUYS BACK|REPURCHASE\w*|SPECIAL DIVIDEND|"
          r"(RAISES|CUTS|OMITS|SUSPENDS|RESUMES|INCREASES) (\w+ )?(DIVIDEND|PAYOUT)|"
          r"STOCK SPLIT|SPLIT)\b")

BUCKETS = [
    ("acquisition completed", lambda d: topic("acq")(d) and title(ACQ_DONE)(d)),
    ("divestiture/unit sale", lambda d: topic("acq")(d) and title(DIVEST)(d)),
    ("management change", title_not_acq(MANAGEMENT)),
    ("contract award/order", title_not_acq(CONTRACT_AWARD)),
    ("plant opening/expansion", title_not_acq(OPENING)),
    ("dividend/buyback", title_not_acq(PAYOUT)),
]


def main() -> None:
    print_candidates(PATH, BUCKETS, SEED, skip=not_used(USED_IDS, USED_COMPANIES),
                     min_words=MIN_WORDS, max_words=MAX_WORDS)


if __name__ == "__main__":
    main()
