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
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from reuters_sample import (  # noqa: E402,I001
    CORPUS, not_used, print_candidates, title, title_not_acq, topic)

PATH = sys.argv[1] if len(sys.argv) > 1 else CORPUS
SEED = 2041
MIN_WORDS, MAX_WORDS = 150, 500
# shared example 674; bench/gold (10); bench/heldout (6); bench/heldout3 (6);
# bench/heldout4 (4); bench/heldout5 (6); bench/heldout6 (5); bench/heldout7 (6);
# bench/heldout8 (6)
USED_IDS = {674,
            3093, 882, 6182, 4506, 10273, 12536, 8414, 5512, 6353, 6581,
            6908, 7965, 15332, 16364, 16827, 18199,
            1133, 20452, 4546, 6428, 7094, 9440,
            11534, 18941, 8331, 933,
            4310, 19767, 18337, 11985, 17713, 17557,
            14462, 17212, 14750, 2822, 13283,
            5643, 7778, 11016, 11672, 1733, 17950,
            17250, 18350, 18764, 19385, 3778, 7578}
USED_COMPANIES = re.compile(
    r"\b(SEARS|NISSAN|LANCER|TIDEWATER|CONTROL DATA|DISNEY|DESJARDINS|INTERTAN|CATHAY|"
    r"CONTINENTAL ILLINOIS|TEXACO|PENNZOIL|TRANSAMERICA|ECHLIN|CHAMPION PARTS|LTV|"
    r"PHOENIX FINANCIAL|DATA ACCESS|GREAT LAKES|EASTERN AIR\w*|CHICAGO PACIFIC|"
    # heldout3 Reuters
    r"FIRESTONE|GENERAL MOTORS|GM|DOME|JEFFERIES|GOULD|CABLE AND WIRELESS|PACIFIC TELESIS|"
    r"C\. ITOH|KDD|"
    # heldout4 Reuters
    r"PHILADELPHIA ELECTRIC|ROBINS|AMSELCO|NERCO|PACIFICORP|AIRBUS|ALL NIPPON|ANA|"
    # heldout5 Reuters
    r"SECURITY PACIFIC|ORBANCO|ARIZONA BANK|RAINIER|NEVADA BANK|UNIVERSAL COMMUNICATION|"
    r"PRIME MOTOR|COMINCO|M/A-COM|MA-COM|EXPEDIT[EO]RS|QUADRAM|INTELLIGENT SYSTEMS|GENOA|"
    # heldout6 Reuters
    r"CHASE\w*|CSR|MONIER|REDLAND|GYNEX|SEARLE|MONSANTO|WATSON|MOBIL|REUTERS?|JIJI|"
    # companies of the web articles of the shared examples and heldout..heldout6
    r"AMAZON|BOEING|GOOGLE|IBM|MICROSOFT|KOHL'?S|TESCO|BOOKER|TIME WARNER|AOL|"
    r"MITSUBISHI|PEUGEOT|DAIMLER\w*|MELROSE|GKN|TSB|NATWEST|BARCLAYS|AMERICAN AIRLINES|AMR|"
    r"UNITED AIRLINES|UAL|DELTA|TOYOTA|BEST BUY|AT&T|AMERICAN TELEPHONE|VERIZON|VODAFONE|"
    r"GENERAL ELECTRIC|GE|LEXMARK|GOPRO|DATADOG|LOUIS VUITTON|LVMH|ALIBABA|"
    r"SUN CO|SUNOCO|ROYAL BANK OF SCOTLAND|RBS|MACY'?S|"
    r"K ?MART|PENNEY|DAYTON HUDSON|TARGET|GLAXO|ZF|SPIRIT|"
    r"ATA|GLOBAL AERO|NATIONAL SEMICONDUCTOR|NATIONAL SEMI|SMITHFIELD|SHUANGHUI|JBS|"
    r"STARLING|UBER|GETIR|UBISOFT|MUBADALA|MATLINPATTERSON|"
    r"BT|BRITISH TELECOM\w*|WALGREEN\w*|DUANE READE|OAK HILL|HAPAG\w*|CSAV|HANOVER|"
    r"SPOTIFY|NEWELL|CVS|VIRGIN|DEBENHAMS|JOHN LEWIS|SOUTHWEST|QUIZ|"
    # heldout6 web
    r"PERNOD|ALLIED[ -]DOMECQ|FORTUNE BRANDS|AMERICAN BRANDS|EASYJET|GB AIRWAYS|"
    r"BRITISH AIRWAYS|BRITISH AIR|BLAND|APPLIED MATERIALS|ADVENT|GLENCORE|POSCO|MARUBENI|"
    r"LINC|AKZO\w*|CARLYLE|GIC|PPG|SNAP|VIACOM\w*|NBC|NINTENDO|"
    # heldout7 Reuters
    r"SCHLUMBERGER|FAIRCHILD|FUJITSU|ELECTRONIC MAIL|MEXICO FUND|RAYTHEON|MARTIN MARIETTA|"
    r"CHRYSLER|GLYNWED|GALLAHER|"
    # heldout7 web
    r"TATA|NOKIA|U\.?S\.? STEEL|USX|WEWORK|SOFTBANK|AB INBEV|ANHEUSER\w*|CRAFT BREW|"
    r"RED LOBSTER|DARDEN|GOLDEN GATE|"
    # heldout8 Reuters
    r"COATS|VI[EY]\w*LA|YOUGHAL|FOIR|FLOATING POINT|OMI|OGDEN|WASTE MANAGEMENT|CHEMLAWN|"
    r"PHILIPS|FLUKE|SUNRISE MEDICAL|"
    # heldout8 web
    r"MATTEL|FISHER[- ]PRICE|WRIGLEY|CADBURY|KODAK|SAMSUNG|FUJI\w*|NATURA|AVON|BODY SHOP|"
    r"L'?OREAL|ROYAL CARIBBEAN|H&M|HENNES)\b")

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
