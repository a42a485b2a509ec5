"""What the gold samplers share: story filters over Reuters-21578 and the seeded draw.

`bench/gold/pick_sample.py` and `bench/heldout/pick_sample.py` each list their buckets
of story kinds and call `print_candidates`. Standard library only.
"""
import json
import random
import re
from collections.abc import Callable

CORPUS = "/work/shared/corpus/reuters21578.jsonl"
Rule = Callable[[dict], bool]


def has(rx: str) -> Rule:
    r = re.compile(rx, re.I)
    return lambda d: bool(r.search(d["title"] + "\n" + d["text"]))


def topic(t: str) -> Rule:
    return lambda d: t in d["topics"]


def title(rx: str) -> Rule:
    r = re.compile(rx)
    return lambda d: bool(r.search(d["title"]))


def prose(d: dict) -> bool:
    """Share of non-blank lines that look like table rows (mostly numbers) is small."""
    lines = [line for line in d["text"].split("\n") if line.strip()]
    tab = sum(1 for ln in lines
              if len(re.findall(r"\d", ln)) > 0.25 * len(ln) or "vs" in ln.split())
    return tab <= 0.2 * len(lines)


def business(d: dict) -> bool:
    """A company story: Reuters tags company names/tickers with <...>."""
    return "<" in d["title"] + d["text"]


def print_candidates(path: str, buckets: list[tuple[str, Rule]], seed: int,
                     skip: Rule, min_words: int = 120, max_words: int = 400) -> None:
    """Prose company stories of `min_words`-`max_words` words not `skip`ped, per bucket
    shuffled by one RNG (buckets in order), the first 10 of each printed."""
    docs = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d.get("type") != "NORM" or not d.get("text") or skip(d):
            continue
        n = len(d["text"].split())
        if min_words <= n <= max_words and business(d) and prose(d):
            docs.append(d)
    rng = random.Random(seed)
    for name, rule in buckets:
        cands = [d for d in docs if rule(d)]
        rng.shuffle(cands)
        print(f"== {name}: {len(cands)} candidates; first 10 after shuffle:")
        for d in cands[:10]:
            words = len(d["text"].split())
            print(f"   {d['id'].split('-')[1]:>6}  {d['published'][:10]}  {words:>3}w  "
                  f"{d['topics']}  {d['title']}")


# Headline words of a lawsuit story (bench/heldout3 and bench/heldout4 buckets).
LAWSUIT = (r"\b(SUIT|SUES?|SUED|LAWSUIT|COURT|JUDGE|RULING|SETTLE\w*|ANTITRUST|INJUNCTION|"
           r"APPEALS?|FINED?)\b")


def title_not_acq(pattern: str) -> Rule:
    """A headline matching `pattern` in a story not tagged `acq`."""
    return lambda d: title(pattern)(d) and not topic("acq")(d)


def not_used(ids: set[int], companies: re.Pattern) -> Rule:
    """Skip an earlier set's NEWIDs, results stories and headlines naming its companies."""
    return lambda d: (int(d["id"].split("-")[1]) in ids or "earn" in d["topics"]
                      or bool(companies.search(d["title"])))


# What each set drew, in the order the sets were made: its Reuters NEWIDs and a pattern
# of its companies (Reuters and web) for headlines. A picker excludes every set made
# before it (`used_before`), so each set's candidate lists stay as they were drawn; the
# next set adds the last one's entry (heldout12: its NEWIDs and companies) here.
USED_BY_SET: list[tuple[str, frozenset[int], str]] = [
    ("shared example 674, gold, heldout .. heldout6",
     frozenset({674, 882, 933, 1133, 2822, 3093, 4310, 4506, 4546, 5512,
                6182, 6353, 6428, 6581, 6908, 7094, 7965, 8331, 8414, 9440,
                10273, 11534, 11985, 12536, 13283, 14462, 14750, 15332, 16364, 16827,
                17212, 17557, 17713, 18199, 18337, 18941, 19767, 20452}),
     r"SEARS|NISSAN|LANCER|TIDEWATER|CONTROL DATA|DISNEY|DESJARDINS|INTERTAN|CATHAY|"
     r"CONTINENTAL ILLINOIS|TEXACO|PENNZOIL|TRANSAMERICA|ECHLIN|CHAMPION PARTS|LTV|"
     r"PHOENIX FINANCIAL|DATA ACCESS|GREAT LAKES|EASTERN AIR\w*|CHICAGO PACIFIC|"
     r"FIRESTONE|GENERAL MOTORS|GM|DOME|JEFFERIES|GOULD|CABLE AND WIRELESS|"
     r"PACIFIC TELESIS|C\. ITOH|KDD|PHILADELPHIA ELECTRIC|ROBINS|AMSELCO|NERCO|"
     r"PACIFICORP|AIRBUS|ALL NIPPON|ANA|SECURITY PACIFIC|ORBANCO|ARIZONA BANK|RAINIER|"
     r"NEVADA BANK|UNIVERSAL COMMUNICATION|PRIME MOTOR|COMINCO|M/A-COM|MA-COM|"
     r"EXPEDIT[EO]RS|QUADRAM|INTELLIGENT SYSTEMS|GENOA|CHASE\w*|CSR|MONIER|REDLAND|"
     r"GYNEX|SEARLE|MONSANTO|WATSON|MOBIL|REUTERS?|JIJI|AMAZON|BOEING|GOOGLE|IBM|"
     r"MICROSOFT|KOHL'?S|TESCO|BOOKER|TIME WARNER|AOL|MITSUBISHI|PEUGEOT|DAIMLER\w*|"
     r"MELROSE|GKN|TSB|NATWEST|BARCLAYS|AMERICAN AIRLINES|AMR|UNITED AIRLINES|UAL|"
     r"DELTA|TOYOTA|BEST BUY|AT&T|AMERICAN TELEPHONE|VERIZON|VODAFONE|GENERAL ELECTRIC|"
     r"GE|LEXMARK|GOPRO|DATADOG|LOUIS VUITTON|LVMH|ALIBABA|SUN CO|SUNOCO|"
     r"ROYAL BANK OF SCOTLAND|RBS|MACY'?S|K ?MART|PENNEY|DAYTON HUDSON|TARGET|GLAXO|ZF|"
     r"SPIRIT|ATA|GLOBAL AERO|NATIONAL SEMICONDUCTOR|NATIONAL SEMI|SMITHFIELD|"
     r"SHUANGHUI|JBS|STARLING|UBER|GETIR|UBISOFT|MUBADALA|MATLINPATTERSON|BT|"
     r"BRITISH TELECOM\w*|WALGREEN\w*|DUANE READE|OAK HILL|HAPAG\w*|CSAV|HANOVER|"
     r"SPOTIFY|NEWELL|CVS|VIRGIN|DEBENHAMS|JOHN LEWIS|SOUTHWEST|QUIZ|PERNOD|"
     r"ALLIED[ -]DOMECQ|FORTUNE BRANDS|AMERICAN BRANDS|EASYJET|GB AIRWAYS|"
     r"BRITISH AIRWAYS|BRITISH AIR|BLAND|APPLIED MATERIALS|ADVENT|GLENCORE|POSCO|"
     r"MARUBENI|LINC|AKZO\w*|CARLYLE|GIC|PPG|SNAP|VIACOM\w*|NBC|NINTENDO"),
    ("heldout7", frozenset({1733, 5643, 7778, 11016, 11672, 17950}),
     r"SCHLUMBERGER|FAIRCHILD|FUJITSU|ELECTRONIC MAIL|MEXICO FUND|RAYTHEON|"
     r"MARTIN MARIETTA|CHRYSLER|GLYNWED|GALLAHER|TATA|NOKIA|U\.?S\.? STEEL|USX|WEWORK|"
     r"SOFTBANK|AB INBEV|ANHEUSER\w*|CRAFT BREW|RED LOBSTER|DARDEN|GOLDEN GATE"),
    ("heldout8", frozenset({3778, 7578, 17250, 18350, 18764, 19385}),
     r"COATS|VI[EY]\w*LA|YOUGHAL|FOIR|FLOATING POINT|OMI|OGDEN|WASTE MANAGEMENT|"
     r"CHEMLAWN|PHILIPS|FLUKE|SUNRISE MEDICAL|MATTEL|FISHER[- ]PRICE|WRIGLEY|CADBURY|"
     r"KODAK|SAMSUNG|FUJI\w*|NATURA|AVON|BODY SHOP|L'?OREAL|ROYAL CARIBBEAN|H&M|HENNES"),
    ("heldout9", frozenset({397, 1242, 2127, 10674, 11150, 18888}),
     r"BTR|NYLEX|BORG[- ]WARNER|SHEARSON|AMERICAN EXPRESS|HEWLETT[- ]PACKARD|HP|"
     r"JOHNSON MATTHEY|HECK'?S|WRITERS GUILD|CBS|ABC|STARBUCKS|BORDERS|PUMA|ADIDAS|"
     r"MARRIOTT|STARWOOD|IKEA|HITACHI"),
    ("heldout10", frozenset({6561, 11888, 12142, 14262, 17488, 20806}),
     r"MANHATTAN NATIONAL|UNION CENTRAL|MORRISON[- ]KNUDSEN|MARTIN EBY|HUNT|FIRST CITY|"
     r"NUTONE|YALE|VALOR|FIRST MISSISSIPPI|MELAMINE|TAMPA ELECTRIC|SOUTHMARK|PRATT|"
     r"CAESARS|RESORTS INTERNATIONAL|MTS|ARISTECH|NYSE|EURONEXT|DEUTSCHE BOERSE|NASDAQ|"
     r"LONDON STOCK EXCHANGE|HOSTESS|BLUE BELL|H-E-B|KROGER|WAL-?MART|RANDALL'?S|ASTROS|"
     r"JUUL|ALTRIA|PHILIP MORRIS|COINBASE|BYJU'?S|DAVIDSON KEMPNER|AAKASH"),
    ("heldout11", frozenset({408, 8328, 10302, 15181, 17457, 17843}),
     r"PITTSTON|WTC|BURLINGTON AIR|HOME INSURANCE|HOME GROUP|MUNSON|SIERRA PACIFIC|"
     r"FOSTER OILFIELD|UNITED STATES LINES|U\.?S\.? LINES|COSTAIN|COSCAN|CARENA\w*|RENISON|"
     r"CITY RESOURCES|PLACER|VERSO|NEWPAGE|YAHOO|PELOTON|BLACKWELLS|MANCHESTER UNITED|"
     r"GLAZER|THAMES WATER|OFWAT|WHIRLPOOL|MAYTAG"),
]


def used_before(name: str) -> tuple[set[int], re.Pattern[str]]:
    """The NEWIDs and headline company pattern of every set made before set `name`
    (all of them for a name not listed)."""
    names = [n for n, _, _ in USED_BY_SET]
    upto = names.index(name) if name in names else len(names)
    ids = {i for _, got, _ in USED_BY_SET[:upto] for i in got}
    pattern = "|".join(p for _, _, p in USED_BY_SET[:upto])
    return ids, re.compile(rf"\b({pattern})\b")
