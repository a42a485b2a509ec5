"""Tag and normalise time expressions (TimeML TIMEX3) against an anchor date.

A rule-based tagger in the manner of HeidelTime: the regular expressions live in
`data/timex_rules.json`, the word lists they are built from in `data/timex_lexicon.json`;
both are compiled once at import. Each rule names a normaliser (`kind`) that turns a match
into a TIMEX3 type and value. No spaCy and no dateparser: the tagger is plain `re`.

Conventions (TimeML / TempEval-3):
- spans include determiners and modifiers ("the past six years", "last week", "early 1998",
  "about two years") and leave out prepositions ("in", "on", "since", "over the" ...);
- relative expressions resolve against the anchor (the publication date); anaphoric ones
  ("a year earlier", "the following month", "that day", "the year-ago quarter") against
  the last date the text mentioned, else the anchor;
- an offset ("two days later", "a week earlier") is, as in TimeBank, a DURATION spanning
  the count ("two days", value P2D); the date it leads to is its period. "A year
  earlier/ago" stays a comparison DATE (the year-ago quarter of an earnings report);
- with no anchor, relative expressions keep what the text gives and mark the rest unknown
  ("XXXX-03-05", "XXXX-WXX-3", "XXXX") and get no period.

Periods (`Timex.period`): the inclusive days the expression denotes, at the precision of
the text. Modifiers do not narrow them: "late 2023" and "mid-2024" are the whole year
(mod END / MID tells the rest). A season is the span of its months ("2024-03/2024-05"), a
decade the span of its years. A duration counted back from the anchor ("the past six
years" on 2025-07-24) is the span "2019/2025" in its unit (years, quarters, months, days);
one counted forward ("over the next three years" on 2007-02-14) runs from the anchor day to
the month it ends, "2007-02-14/2010-02". "N units ago" keeps the TIMEX3 value at the grain
of its unit but its period is the month it falls in ("two weeks ago", "a year ago"), as
the gold guide dates vague offsets. The endpoints of a range ("between 2019 and 2021",
"from March to June", "1998-99") stay two timexes, each with its own value, and both carry
the span as their period.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.models import (
    Period,
    Timex,
    day_period,
    half_period,
    month_period,
    quarter_period,
    span_period,
    year_period,
)
from timeline.paths import load_data_json

__all__ = ["tag_dates", "period_of", "is_yearless"]


def _load(name: str) -> dict:
    return load_data_json(name)


_LEX = _load("timex_lexicon.json")
_RULE_DATA = _load("timex_rules.json")["rules"]

# A date used only to compute relative values when no anchor is given; every value that
# depended on it is masked afterwards, so it never shows.
_SENTINEL = date(2001, 6, 15)

# ---------------------------------------------------------------------------------------
# Regex fragments built from the lexicon
# ---------------------------------------------------------------------------------------


def _words(words, case_sensitive: frozenset[str] = frozenset()) -> str:
    """An alternation of words, longest first; spaces match any whitespace.

    Words in `case_sensitive` must be capitalised or upper case in the text ("May",
    "March" are months, "may", "march" are verbs).
    """
    out = []
    for w in sorted(set(words), key=lambda s: (-len(s), s)):
        pat = re.escape(w).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        if w in case_sensitive:
            cap = re.escape(w[:1].upper() + w[1:])
            out.append(f"(?-i:{cap}|{re.escape(w.upper())})")
        else:
            out.append(pat)
    return "(?:" + "|".join(out) + ")"


def _month_fragment(bare: bool) -> str:
    """Month names; abbreviations take an optional dot and must be capitalised."""
    sensitive = frozenset(_LEX["month_case_sensitive"])
    abbrev = set(_LEX["month_abbrev_need_dot"])
    full = [m for m in _LEX["months"] if m not in abbrev]
    parts = [_words(full, sensitive)]
    if not bare:
        parts.append(_words(sorted(abbrev), frozenset(abbrev)) + r"\.?")
    return "(?:" + "|".join(parts) + ")"


def _number_words() -> str:
    ones = [w for w, n in _LEX["numbers"].items() if isinstance(n, int) and 1 <= n <= 9
            and " " not in w and w not in ("a", "an")]
    tens = [w for w, n in _LEX["numbers"].items() if n in (20, 30, 40, 50, 60, 70, 80, 90)]
    simple = [w for w in _LEX["numbers"] if w not in tens]
    return f"(?:{_words(tens)}(?:[-\\s]{_words(ones)})?|{_words(simple)})"


_NUMWORD = _number_words()
_MONTH_NAMES_RE = _words(_LEX["months"])
# A month or a day of a month named without a year ("November", "Dec. 7", "mid-June").
_YEARLESS_RE = re.compile(
    rf"(?:(?:early|late|mid)[\s-]*)?(?:{_MONTH_NAMES_RE})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES_RE})\.?", re.IGNORECASE)
_SPOKEN_TAIL = ("(?:" + _words([w for w, n in _LEX["numbers"].items() if isinstance(n, int)
                                and 20 <= n <= 90 and n % 10 == 0]) + r"(?:[-\s]"
                + _words([w for w, n in _LEX["numbers"].items() if isinstance(n, int)
                          and 1 <= n <= 9 and " " not in w and w not in ("a", "an")]) + ")?|"
                + _words([w for w, n in _LEX["numbers"].items() if isinstance(n, int)
                          and 10 <= n <= 19]) + ")")
_DAYWORDS = {w: n for w, n in _LEX["ordinals"].items() if isinstance(n, int) and n > 0
             and not w[0].isdigit()}
_FRAGMENTS = {
    "MONTH": _month_fragment(bare=False),
    "MONTHNAME": _month_fragment(bare=True),
    "WEEKDAY": _words(_LEX["weekdays"]),
    "DAY": r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d,]\d)",
    "DAYWORD": _words(_DAYWORDS),
    "YEAR": r"(?<![\d$.,£€])(?:1[5-9]|20)\d\d(?![\d,]\d|\.\d)",
    # "nineteen ninety-six", "two thousand and two"; not "twenty-two"
    "SPOKENYEAR": (r"(?:nineteen|twenty)[-\s]" + _SPOKEN_TAIL + r"|two\s+thousand(?:\s+and)?"
                   r"(?:[-\s]" + _NUMWORD + r")?"),
    "DECADEWORD": _words(_LEX["decade_words"]),
    "ORD": _words(_LEX["ordinals"]),
    "SEASON": _words(_LEX["seasons"]),
    "PART": _words(_LEX["parts_of_day"]),
    "NUMWORD": _NUMWORD,
    "NUM": r"(?:\d+(?:\.\d+)?(?:\s+1/2|\s*\u00bd)?|" + _NUMWORD + ")",
    "VAGUE": _words(_LEX["vague_numbers"]),
    "UNIT": _words(_LEX["units"]),
    "QMOD": _words(_LEX["quant_mods"]),
    "HOURWORD": _words([w for w, n in _LEX["numbers"].items() if isinstance(n, int)
                        and 1 <= n <= 12 and " " not in w and w not in ("a", "an")]),
    "SETWORD": _words(_LEX["sets"]),
    "REF": _words(_LEX["refs"]),
    "HOLIDAY": _words(_LEX["holidays"]),
    "MODAL": _words(_LEX["future_modals"]),
    "ERANOUN": _words(_LEX["generic_era_nouns"]),
}
_PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")


def _expand(pattern: str) -> str:
    return _PLACEHOLDER.sub(lambda m: _FRAGMENTS[m.group(1)], pattern)


@dataclass(frozen=True)
class _Rule:
    name: str
    kind: str
    regex: re.Pattern
    params: dict


_RULES = [
    _Rule(r["name"], r["kind"],
          re.compile(r"(?<![\w])(?:" + _expand(r["pattern"]) + r")(?![\w])", re.IGNORECASE),
          r.get("params", {}))
    for r in _RULE_DATA
]

_MONTHS = {k: v for k, v in _LEX["months"].items()}
_WEEKDAYS = {k.rstrip("."): v for k, v in _LEX["weekdays"].items()}
_SEASONS = _LEX["seasons"]
_SEASON_MONTHS = {k: tuple(v) for k, v in _LEX["season_months"].items()}
_PARTS = _LEX["parts_of_day"]
_NUMBERS = _LEX["numbers"]
_ORDINALS = _LEX["ordinals"]
_UNITS = _LEX["units"]
_QMODS = _LEX["quant_mods"]
_REFS = _LEX["refs"]
_SETS = _LEX["sets"]
_HOLIDAYS = _LEX["holidays"]
_DECADE_WORDS = _LEX["decade_words"]
_APPROX_NUMBERS = set(_LEX["approx_numbers"])

_FUTURE_RE = re.compile(r"(?<![\w'])(?:" + _words(_LEX["future_markers"]) + r")(?![\w'])",
                        re.IGNORECASE)
_PAST_RE = re.compile(r"(?<![\w'])(?:" + _words(_LEX["past_markers"]) + r"|[a-z]{2,}ed)"
                      r"(?![\w'])")
_PAST_STRICT_RE = re.compile(r"(?<![\w'])" + _words(_LEX["past_markers"]) + r"(?![\w'])",
                             re.IGNORECASE)
_FUTURE_STRICT_RE = _FUTURE_RE
# "payable Dec. 1", "by Friday", "expires Nov. 16": a deadline word right before the date
_DEADLINE_BEFORE = re.compile(r"(?<![\w'])" + _words(_LEX["deadline_markers"])
                              + r"(?:\s+(?:on|at|in))?\s+$", re.IGNORECASE)
# "Arafat meets Monday", "the talks resume separately on Tuesday": a present-tense verb of a
# scheduled event right before a bare weekday puts it ahead (news uses the present for plans).
# An infinitive or a negation belongs to another verb ("began to leave Monday", "did not meet").
_SCHEDULED_BEFORE = re.compile(r"(?<![\w'])(?<!\bto\s)(?<!not\s)(?<!n't\s)"
                               + _words(_LEX["scheduled_present_verbs"])
                               + r"(?:\s+(?:again|separately|here|there))?(?:\s+on)?\s+$",
                               re.IGNORECASE)
# "issued July 1", "ended Jan. 31", "introduced in April": the verb right before the date
_ED_BEFORE = re.compile(r"(?<![\w'])[a-z]{2,}ed(?:\s+(?:on|in|at|during))?\s+$")
# A number then a plural noun is a count, unless a word that introduces years precedes it
# ("in 1998 sales rose").
_COUNT_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
# A word capitalised inside ("LaserJet 2000", "PowerBook 2400") names a product model.
_MODEL_BEFORE = re.compile(r"\b[A-Za-z]*[a-z][A-Z][a-z]\w*\s$")
_YEAR_BEFORE = re.compile(r"\b" + _words(_LEX["year_intro_words"]) + r"[\s-]+$", re.IGNORECASE)
_SEASON_CTX = re.compile(r"\b" + _words(_LEX["season_intro_words"]) + r"\s+$", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"\b" + _words(_LEX["participle_aux"]) + r"\s+$", re.IGNORECASE)
# "have been killed", "has said": a perfect tells of the past, whatever the auxiliary
_PRESENT_AUX_BEFORE = re.compile(r"\b" + _words(_LEX["present_aux"]) + r"\s+$", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b" + _words(_LEX["perfect_aux"]) + r"\s+(?:been\s+)?$",
                             re.IGNORECASE)
# "had been due to expire", "had been scheduled to": a future seen from the past is past
_PAST_PERFECT_BEFORE = re.compile(r"\b" + _words(_LEX["past_perfect_aux"])
                                  + r"\s+(?:been\s+)?$", re.IGNORECASE)
_PAST_PERFECT_AUX = re.compile(r"(?<![\w'])" + _words(_LEX["past_perfect_aux"]) + r"(?![\w'])",
                               re.IGNORECASE)
# "next to the embassy", "next door": no future
_NOT_FUTURE = re.compile(_words(_LEX["not_future"]) + r"(?![\w'])", re.IGNORECASE)


def _aux_participle(text: str, pos: int) -> bool:
    """Whether the past form at `pos` is a participle whose auxiliary sets the tense
    ("will be named", "is expected"), rather than a past or a perfect ("had been named")."""
    lo = max(0, pos - 16)
    return bool(_AUX_BEFORE.search(text, lo, pos)) and not _PERFECT_BEFORE.search(text, lo, pos)
_BARE_MONTH_CTX = re.compile(r"(?:^|\W)(?:" + _words(_LEX["bare_month_context"]) + r")[\s-]*$",
                             re.IGNORECASE)
_PREFIX_MOD = re.compile(r"(?:^|(?<=[^\w]))(?P<mod>" + _words(_LEX["mods"]) + r")[\s-]*$",
                         re.IGNORECASE)
_PREFIX_APPROX = re.compile(r"(?:^|(?<=[^\w]))(?P<mod>" + _words(_LEX["approx_prefixes"])
                            + r")\s+$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*" + _words(_LEX["range_joiners"]) + r"\s*$", re.IGNORECASE)
_SECOND_DAY = re.compile(r"\s*(?:and|to|through|-|\u2013)\s*(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?"
                         r"(?![\d,.]?\d|\s*(?:%|percent|p\.?m|a\.?m|million|billion|" +
                         _MONTH_NAMES_RE + r"))", re.IGNORECASE)
_RANGE_OPEN = re.compile(_words(_LEX["range_openers"]) + r"\s+$", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"\s+of\b(?!\s+(?:\d{4}|the\s+(?:fiscal\s+)?year|this|last|next|"
                             r"fiscal))", re.IGNORECASE)
# "8.5% annually", "$2 million annually", "10,000 units annually": a rate
_QUANTITY_BEFORE = re.compile(r"(?:\d%?|\b" + _words(_LEX["rate_words"])
                              + r")(?:\s+[a-z]{3,}s)?\s*$", re.IGNORECASE)
# "$5 million a year", "700 seats a week", "24 hours a day": a rate
_RATE_BEFORE = re.compile(r"(?:\d|\b" + _words(_LEX["rate_words"]) + r"|\b[a-z]{3,}s)\s*$",
                          re.IGNORECASE)

# A clause ends at a line break, at ";", "?", "!" or "." before a space or a quote.
_YEAR_TO_DATE = re.compile(r"\bthe\s+(?:first\s+|latest\s+)?(?:" + _words(
    [w for w, n in _LEX["numbers"].items() if n in (6, 9)]) + r"|[69])[-\s]months?\b",
                           re.IGNORECASE)
# A day-grain date, then ", " (what may sit between a date mention and its appositive).
_APPOSITION_GAP = re.compile(r"[\w.]+(?:\s+[\w.]+)?(?:,\s+\d{4})?,\s+")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
_CLAUSE_END = re.compile(r"\n|[.?!;](?=[\s\"'\u201d])")
_ABBREVIATIONS = frozenset(_LEX["abbreviations"])
_WORD_BEFORE_DOT = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]+$")


def _ends_clause(text: str, i: int) -> bool:
    """Whether the punctuation at `i` ends a clause (a dot after "Mr", "Ala", "U.S" does not)."""
    if text[i] != ".":
        return True
    m = _WORD_BEFORE_DOT.search(text, max(0, i - 12), i)
    if m is None:
        return True
    word = m.group().lower()
    return not (word in _ABBREVIATIONS or len(word) == 1 or "." in word)


# ---------------------------------------------------------------------------------------
# Values: TIMEX3 value strings <-> points in time
# ---------------------------------------------------------------------------------------

_VALUE_RE = re.compile(
    r"^(?:(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?P<t>T.*)?)?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|W(?P<w>\d\d?)(?P<we>-WE)?|(?P<s>SP|SU|FA|WI)))?|(?P<dec>\d{3})|(?P<cen>\d\d))$")


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    return date(year, m + 1, min(d.day, calendar.monthrange(year, m + 1)[1]))


def _week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _fmt(gran: str, d: date) -> str:
    """The TIMEX3 value of the unit of grain `gran` that contains day `d`."""
    if gran == "day":
        return d.isoformat()
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "week":
        return _week_value(d)
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(gran)


def _point(value: str) -> tuple[str, date] | None:
    """(grain, first day) of a TIMEX3 point value, or None when it is not one."""
    m = _VALUE_RE.match(value or "")
    if not m:
        return None
    if m["dec"]:
        return "decade", date(int(m["dec"]) * 10, 1, 1)
    if m["cen"]:
        return "century", date(int(m["cen"]) * 100, 1, 1)
    y = int(m["y"])
    try:
        if m["d"]:
            return "day", date(y, int(m["m"]), int(m["d"]))
        if m["m"]:
            return "month", date(y, int(m["m"]), 1)
        if m["q"]:
            return "quarter", date(y, 3 * int(m["q"]) - 2, 1)
        if m["h"]:
            return "half", date(y, 1 if m["h"] == "1" else 7, 1)
        if m["w"]:
            return ("weekend" if m["we"] else "week"), date.fromisocalendar(y, int(m["w"]), 1)
        if m["s"]:
            return "season", date(y, _SEASON_MONTHS[m["s"]][0], 1)
    except ValueError:
        return None
    return "year", date(y, 1, 1)


def _shift(d: date, n: float, unit: str) -> date:
    """Day `d` moved by n units (Y, Q, M, W, D, DE, CE, H, MIN, S)."""
    if unit == "Y":
        return _add_months(d, round(12 * n))
    if unit == "DE":
        return _add_months(d, round(120 * n))
    if unit == "CE":
        return _add_months(d, round(1200 * n))
    if unit == "Q":
        return _add_months(d, round(3 * n))
    if unit == "M":
        return _add_months(d, round(n))
    if unit == "W":
        return d + timedelta(days=round(7 * n))
    if unit == "FN":
        return d + timedelta(days=round(14 * n))
    if unit == "D":
        return d + timedelta(days=round(n))
    return d


def _shift_value(value: str, n: float, unit: str) -> str | None:
    """A point value moved by n units, kept at its own grain ("1989-Q3" -1 Y -> "1988-Q3")."""
    p = _point(value)
    if p is None:
        return None
    gran, d = p
    if gran == "season":
        return f"{_shift(d, n, unit).year:04d}-{value[5:]}"
    if gran == "weekend":
        return _week_value(_shift(d, n, unit)) + "-WE"
    if gran == "day" and "T" in value:
        return _shift(d, n, unit).isoformat() + value[10:]
    return _fmt(gran, _shift(d, n, unit))


_GRAN_RANK = {"century": 0, "decade": 1, "year": 2, "half": 3, "season": 3, "quarter": 4,
              "month": 5, "week": 6, "weekend": 6, "day": 7}
_UNIT_GRAN = {"CE": "century", "DE": "decade", "Y": "year", "Q": "quarter", "M": "month",
              "W": "week", "FN": "week", "D": "day", "H": "day", "MIN": "day", "S": "day"}


def period_of(value: str, anchor: date | None = None) -> Period | None:
    """The Period a TIMEX3 value denotes, or None when it has none.

    Points map to their own grain ("2024" a year, "2024-Q3" a quarter, "2024-W12" a week,
    "1998-02-10TMO" its day); a season is the span of its months, a decade or century the
    span of its years; "PRESENT_REF" is the anchor day (None without an anchor).
    Partly unknown values keep their known part ("1998-XX-XX" -> 1998). Durations, sets,
    "PAST_REF" and "FUTURE_REF" have no period.
    """
    if not value:
        return None
    if value == "PRESENT_REF":
        return day_period(anchor) if anchor else None
    if "X" in value and not value.startswith("X"):
        value = re.split(r"-(?:[A-Z]*X)", value, maxsplit=1)[0]
    p = _point(value)
    if p is None:
        return None
    gran, d = p
    if gran == "day":
        return day_period(d)
    if gran == "month":
        return month_period(d.year, d.month)
    if gran == "year":
        return year_period(d.year)
    if gran == "quarter":
        return quarter_period(d.year, (d.month + 2) // 3)
    if gran == "half":
        return half_period(d.year, 1 if d.month == 1 else 2)
    if gran == "week":
        return Period(d, d + timedelta(days=6), "week", value[:8])
    if gran == "weekend":
        return span_period(day_period(d + timedelta(days=5)), day_period(d + timedelta(days=6)))
    if gran == "season":
        first, last = _SEASON_MONTHS[value[5:]]
        end = _add_months(date(d.year, first, 1), last - first)
        return span_period(month_period(d.year, first), month_period(end.year, end.month))
    if gran == "decade":
        return span_period(year_period(d.year), year_period(d.year + 9))
    if gran == "century":
        return span_period(year_period(d.year), year_period(d.year + 99))
    return None


# ---------------------------------------------------------------------------------------
# Normalisation context
# ---------------------------------------------------------------------------------------


@dataclass
class _Res:
    """What a normaliser makes of a match."""

    type: str
    value: str
    mod: str | None = None
    period: Period | None = None
    # Set when the value was computed from the anchor (masked when there is none).
    relative: bool = False
    # Fields the text itself gave, kept when masking: "month", "day", "weekday", ...
    keep: tuple[str, ...] = ()
    # False for comparisons ("a year earlier"): they do not become the date later
    # anaphora refer to, or a run of them would walk back a year each time.
    is_ref: bool = True
    # A later start than the match's, when the span must drop a leading word
    # ("a third-quarter loss" -> "third-quarter": TimeML leaves out the article there).
    start: int | None = None
    # An earlier end, when the span must drop a trailing word ("two days later" -> "two
    # days": TimeML marks the duration, "later" is a signal).
    end: int | None = None


class _Ctx:
    """Per-document state: text, anchor, last date mentioned, tense lookups."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchored = anchor is not None
        self._anchor = anchor or _SENTINEL
        self.ref: str | None = anchor.isoformat() if anchor else None
        self.used_anchor = False
        self.start = 0
        self.end = 0
        # (offset, value) of every point date tagged so far, in text order
        self.mentions: list[tuple[int, str]] = []

    @property
    def anchor(self) -> date:
        self.used_anchor = True
        return self._anchor

    def ref_point(self) -> tuple[str, date] | None:
        return _point(self.ref) if self.ref else None

    def ref_or_anchor(self) -> tuple[str, date]:
        """The last date mentioned (grain, first day), else the anchor day."""
        p = self.ref_point()
        if p is None:
            return "day", self.anchor
        if self.ref == (self._anchor.isoformat() if self.anchored else None):
            self.used_anchor = True
        return p

    def last_mention(self, grains: tuple[str, ...], within: int = 2500) -> str | None:
        """The latest date mentioned at one of these grains, not too far back."""
        for pos, value in reversed(self.mentions):
            if self.start - pos > within:
                return None
            p = _point(value)
            if p and p[0] in grains:
                return value
        return None

    def current_period(self) -> str | None:
        """The quarter or half an earnings report is about: what "a year ago" compares
        with. Of the current ones mentioned (begun by the anchor, ended at most ten months
        before it, as fiscal quarters lag the calendar), the latest one already ended (an
        earlier one mentioned in passing, "after a flat second quarter", or the coming one,
        "the fourth quarter will be weaker", is not it), else the last one mentioned."""
        a = self._anchor
        ended: tuple[date, str] | None = None
        last: str | None = None
        for pos, value in self.mentions:
            if pos >= self.start:
                break
            if self.start - pos > 2500:
                continue
            p = _point(value)
            if p is None or p[0] not in ("quarter", "half"):
                continue
            period = period_of(value)
            if period is None or period.start > a or (a - period.end).days > 300:
                continue
            last = value
            if period.end < a and (ended is None or period.end >= ended[0]):
                ended = (period.end, value)
        return ended[1] if ended else last

    def near_year(self, within: int = 300) -> int:
        """The year of a date mentioned just before (same paragraph), else the anchor's."""
        # A year named in an earlier paragraph ("by 1992 it intended ...") is not the one
        # "the full year" or "year-end" of the next paragraph is about.
        para = self.text.rfind("\n", 0, self.start)
        for pos, value in reversed(self.mentions):
            if self.start - pos > within or pos < para:
                break
            p = _point(value)
            if p and p[0] not in ("decade", "century"):
                return p[1].year
        return self.anchor.year

    def year_to_date_before(self) -> bool:
        """Whether the clause names a span of months of the year so far before the match
        ("for the nine months", "in the first six months"): what a following "a year
        earlier" compares with."""
        lo, _ = self.sentence()
        return _YEAR_TO_DATE.search(self.text, lo, self.start) is not None

    def sentence(self) -> tuple[int, int]:
        """Bounds of the clause around the current match, for tense cues.

        A full stop after an abbreviation ("Roe vs. Wade", "Birmingham, Ala., killed",
        "U.S. officials") does not end the clause: cutting there would hide its verb.
        """
        text = self.text
        lo = max(0, self.start - 150)
        cuts = [m.start() for m in _CLAUSE_END.finditer(text, lo, self.start)
                if _ends_clause(text, m.start())]
        lo = cuts[-1] + 1 if cuts else lo
        hi = min(len(text), self.end + 150)
        for m in _CLAUSE_END.finditer(text, self.end, hi):
            if _ends_clause(text, m.start()):
                hi = m.start()
                break
        return lo, hi

    def tense(self, strict: bool = False) -> str:
        """"future", "past" or "" from the nearest tense cue in the clause around the match.

        Future cues: "will", "'ll", "is expected to", "plans to", "next", "scheduled"...;
        past cues: "was", "said", "ago", irregular past forms and words ending in -ed.
        `strict` (for dates given without a year, which are near the anchor either way)
        drops the -ed words, often adjectives ("preferred shares"), and adds the cues of
        deadlines ("by", "until", "effective", "payable").
        """
        lo, hi = self.sentence()
        past_re, future_re = (_PAST_STRICT_RE, _FUTURE_STRICT_RE) if strict else (_PAST_RE,
                                                                                   _FUTURE_RE)
        if strict:
            before = self.text[max(lo, self.start - 30):self.start]
            if _DEADLINE_BEFORE.search(before):
                return "future"
            m = _ED_BEFORE.search(before)
            if m and not _aux_participle(self.text, self.start - len(before) + m.start()):
                return "past"
        # The verb before the expression governs it ("said Friday", "will meet on Friday");
        # a cue after it counts only when it is much closer ("Friday, the court ruled").
        best: tuple[float, str] | None = None
        for regex, label in ((future_re, "future"), (past_re, "past")):
            for m in regex.finditer(self.text, lo, hi):
                if self.start < m.end() and m.start() < self.end:
                    continue
                kind = label
                if label == "past" and _aux_participle(self.text, m.start()):
                    # "will be named": a participle, the auxiliary decides; a present one
                    # ("the case is heard in May") says the verb is not past.
                    if not _PRESENT_AUX_BEFORE.search(self.text, max(0, m.start() - 12),
                                                      m.start()):
                        continue
                    kind = ""
                if label == "future" and _NOT_FUTURE.match(self.text, m.start()):
                    continue
                if label == "future" and _PAST_PERFECT_BEFORE.search(
                        self.text, max(0, m.start() - 16), m.start()):
                    kind = "past"
                if m.end() <= self.start:
                    dist = self.start - m.end()
                else:
                    dist = (m.start() - self.end) * 3 + 10
                if best is None or dist < best[0]:
                    best = (dist, kind)
        return best[1] if best else ""


def _num(word: str | None) -> float | None:
    """A number written in digits or words ("twenty-four", "2 1/2", "a couple of")."""
    if word is None:
        return None
    w = re.sub(r"\s+", " ", word.strip().lower()).replace("\u2019", "'")
    half = 0.0
    if w.endswith(" 1/2") or w.endswith("\u00bd"):
        half, w = 0.5, w.replace(" 1/2", "").replace("\u00bd", "").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    if w in _NUMBERS:
        return float(_NUMBERS[w]) + half
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _NUMBERS:
        return float(_NUMBERS[parts[0]] + _NUMBERS[parts[1]])
    return None


def _unit(word: str) -> str:
    return _UNITS[re.sub(r"\s+", " ", word.lower()).replace("\u2019", "'")]


def _qmod(word: str | None) -> str | None:
    return _QMODS.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _duration_value(n: float | None, unit: str) -> str:
    """P6Y, P2Y6M, PT5H30M, PXM ... (n None: unknown number)."""
    if unit == "FN":
        n, unit = (None if n is None else 2 * n), "W"
    if unit == "DE":
        return "PXDE" if n is None else _duration_value(10 * n, "Y")
    if unit == "CE":
        return "PXCE" if n is None else _duration_value(100 * n, "Y")
    time_unit = unit in ("H", "MIN", "S")
    letter = {"MIN": "M"}.get(unit, unit)
    prefix = "PT" if time_unit else "P"
    if n is None:
        return f"{prefix}X{letter}"
    whole = int(n)
    frac = n - whole
    if frac < 1e-9:
        return f"{prefix}{whole}{letter}"
    # "2 1/2 years" -> P2Y6M; "5 1/2 hours" -> PT5H30M
    sub = {"Y": (12, "M", "P"), "M": (30, "D", "P"), "W": (7, "D", "P"), "D": (24, "H", "PT"),
           "H": (60, "M", "PT"), "MIN": (60, "S", "PT"), "Q": (3, "M", "P")}.get(unit)
    if sub is None:
        return f"{prefix}{n:g}{letter}"
    mult, small, _ = sub
    rest = round(frac * mult)
    if unit == "D":
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    if whole == 0:
        return f"{prefix}{rest}{small}"
    return f"{prefix}{whole}{letter}{rest}{small}"


# ---------------------------------------------------------------------------------------
# Resolution helpers (anchor, tense)
# ---------------------------------------------------------------------------------------


def _resolve_month_day(month: int, day: int | None, ctx: _Ctx, tense: str | None = None) -> date:
    """The year of a month (and day) given without one, from the anchor and tense.

    The nearest such date to the anchor, unless the clause's tense points the other way
    and the date on that side is not too far: within ten months for a month ("in
    January" said in October, past tense: this year's), six for a day ("Dec. 7" said in
    late October is this year's whatever the verb, not last year's).
    """
    a = ctx.anchor
    d = day or 1

    def make(y: int) -> date:
        return date(y, month, min(d, calendar.monthrange(y, month)[1]))

    def gap(c: date) -> int:
        if day is None:
            return 31 * ((c.year * 12 + c.month) - (a.year * 12 + a.month))
        return (c - a).days

    cands = [make(a.year - 1), make(a.year), make(a.year + 1)]
    best = min(cands, key=lambda c: (abs(gap(c)), -c.year))
    if tense is None:
        tense = ctx.tense(strict=True) or ctx.tense()
    limit = 310 if day is None else 300
    if tense == "past" and gap(best) > 0:
        past = [c for c in cands if gap(c) <= 0]
        if past and -gap(past[-1]) <= limit:
            return past[-1]
    if tense == "future" and gap(best) < 0:
        future = [c for c in cands if gap(c) >= 0]
        if future and gap(future[0]) <= limit:
            return future[0]
    return best


def _resolve_weekday(wd: int, rel: str | None, ctx: _Ctx) -> date:
    """A weekday (1 = Monday) relative to the anchor.

    "last"/"past"/"previous": the latest such day before the anchor; "next": the first
    after it; "this"/"coming" and a bare weekday in a future clause: the first on or after
    it; a bare weekday otherwise: the latest on or before it.
    """
    rel = (rel or "").lower()
    if rel in ("the previous", "the following"):
        kind, base = ctx.ref_or_anchor()
        if kind != "day":
            base = ctx.anchor
        step = -1 if rel == "the previous" else 1
        d = base + timedelta(days=step)
        while d.isoweekday() != wd:
            d += timedelta(days=step)
        return d
    a = ctx.anchor
    back = (a.isoweekday() - wd) % 7
    fwd = (wd - a.isoweekday()) % 7
    if rel in ("last", "past", "this past"):
        return a - timedelta(days=back or 7)
    if rel == "next":
        return a + timedelta(days=fwd or 7)
    if rel in ("this coming", "coming"):
        return a + timedelta(days=fwd)
    if rel == "this":
        return a - timedelta(days=back) if ctx.tense() == "past" else a + timedelta(days=fwd)
    scheduled = (_SCHEDULED_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
                 and not _PAST_PERFECT_AUX.search(ctx.text, *ctx.sentence()))
    if scheduled or _deadline_before(ctx) or ctx.tense() == "future":
        return a + timedelta(days=fwd)
    return a - timedelta(days=back)


def _deadline_before(ctx: _Ctx) -> bool:
    """A deadline word right before the expression ("until Tuesday", "by 5 p.m. Friday",
    "expires Monday"): a date still ahead though the verb is past ("postponed until
    Tuesday", "has given them until Friday"), unless the clause is in the past perfect
    ("had filed reports by Wednesday", "had been due to expire Friday"), whose deadline
    has passed."""
    before = ctx.text[max(0, ctx.start - 30):ctx.start]
    if not _DEADLINE_BEFORE.search(before):
        return False
    lo, hi = ctx.sentence()
    return not _PAST_PERFECT_AUX.search(ctx.text, lo, hi)


def _relative_year(m: re.Match, ctx: _Ctx) -> int | None:
    """The year a quarter or half is placed in by words: "last year", "next year's"."""
    relyear = _g(m, "relyear") or _g(m, "relyear2")
    if relyear:
        return _relyear(relyear, ctx)
    det = (_g(m, "det") or "").lower()
    if det in ("this year's", "last year's", "next year's"):
        return _relyear(det, ctx)
    return None


def _relyear(word: str | None, ctx: _Ctx) -> int | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    if "last" in w or "previous" in w:
        return ctx.anchor.year - 1
    if "next" in w:
        return ctx.anchor.year + 1
    if "this" in w or "current" in w:
        return ctx.anchor.year
    kind, d = ctx.ref_or_anchor()
    return d.year


def _year(text: str | None, ctx: _Ctx) -> int | None:
    """A year written "1998", "'98", "98" or "nineteen ninety-eight"."""
    if not text:
        return None
    t = text.strip().lstrip("'\u2019")
    if t.isdigit():
        if len(t) == 4:
            return int(t)
        yy = int(t)
        pivot = (ctx._anchor.year % 100 + 20) if ctx.anchored else 50
        return (2000 if yy <= pivot else 1900) + yy
    return _spoken_year(t)


def _spoken_year(t: str) -> int | None:
    w = re.sub(r"\s+", " ", t.lower()).replace(" and", "")
    m = re.match(r"(nineteen|twenty|two thousand)[-\s]?(.*)$", w)
    if not m:
        return None
    base = {"nineteen": 1900, "twenty": 2000, "two thousand": 2000}[m.group(1)]
    rest = m.group(2).strip()
    if not rest:
        return 2000 if base == 2000 and m.group(1) == "two thousand" else None
    n = _num(rest)
    return base + int(n) if n is not None and n < 100 else None


# ---------------------------------------------------------------------------------------
# Normalisers: one per rule kind
# ---------------------------------------------------------------------------------------

Normaliser = Callable[[re.Match, _Ctx, dict], "_Res | None"]
_NORMALISERS: dict[str, Normaliser] = {}


def _normaliser(kind: str) -> Callable[[Normaliser], Normaliser]:
    def register(fn: Normaliser) -> Normaliser:
        _NORMALISERS[kind] = fn
        return fn

    return register


def _g(m: re.Match, name: str) -> str | None:
    return m.groupdict().get(name)


def _month_of(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


@_normaliser("date")
def _n_date(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    month = _month_of(_g(m, "month")) if not str(_g(m, "month")).isdigit() else int(m["month"])
    if _g(m, "dayword"):
        day = _DAYWORDS[re.sub(r"\s+", " ", m["dayword"].lower())]
    elif _g(m, "day"):
        day = int(re.sub(r"\D", "", m["day"]))
    else:
        day = None
    year = _year(_g(m, "year"), ctx)
    if year is None and _g(m, "relyear"):
        year = _relyear(m["relyear"], ctx)
    relative = year is None
    if day is not None and day > calendar.monthrange(year or 2000, month)[1]:
        return None
    if year is None and day is not None and _g(m, "weekday"):
        # "Friday, Oct. 23": the year, near the anchor, in which that day is a Friday
        wd = _WEEKDAYS[m["weekday"].lower().rstrip(".")]
        a = ctx.anchor
        fits = [y for y in (a.year, a.year - 1, a.year + 1)
                if day <= calendar.monthrange(y, month)[1]
                and date(y, month, day).isoweekday() == wd]
        if fits:
            year = fits[0]
    if year is None:
        resolved = _resolve_month_day(month, day, ctx)
        year = resolved.year
    if day is None:
        return _Res("DATE", f"{year:04d}-{month:02d}", relative=relative, keep=("month",))
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if _g(m, "hour"):
        return _Res("TIME", f"{value}T{m['hour']}:{m['minute']}")
    return _Res("DATE", value, relative=relative, keep=("month", "day"))


@_normaliser("numeric_date")
def _n_numeric_date(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    a, b = int(m["a"]), int(m["b"])
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless the first cannot be a month
    year = _year(m["year"], ctx)
    if not (1 <= month <= 12) or year is None or day > calendar.monthrange(year, month)[1]:
        return None
    return _Res("DATE", f"{year:04d}-{month:02d}-{day:02d}")


@_normaliser("month")
def _n_month(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    word = m["month"]
    month = _month_of(word)
    rel = (_g(m, "rel") or "").lower()
    if word.lower() in _LEX["ambiguous_bare_months"] and not rel and not _g(m, "relyear"):
        # "May" and "March" alone are months only after a preposition or determiner.
        if not _BARE_MONTH_CTX.search(ctx.text[max(0, m.start() - 20):m.start()]):
            return None
    year = _relyear(_g(m, "relyear"), ctx)
    if year is None:
        a = ctx.anchor
        if rel in ("last", "this past", "past", "the previous"):
            year = a.year if month < a.month else a.year - 1
        elif rel in ("next", "this coming", "coming", "the following"):
            year = a.year if month > a.month else a.year + 1
        elif rel == "this":
            year = a.year
        else:
            year = _resolve_month_day(month, None, ctx).year
    return _Res("DATE", f"{year:04d}-{month:02d}", relative=True, keep=("month",))


@_normaliser("year")
def _n_year(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    if _g(m, "yy"):
        year = _year(m["yy"], ctx)
        return _Res("DATE", f"{year:04d}")
    year = _year(m["year"], ctx)
    if year is None:
        return None
    if not _g(m, "fiscal") and _COUNT_AFTER.match(ctx.text, m.end()) \
            and not _YEAR_BEFORE.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # "sold 2000 trucks": a count, not a year
    if _MODEL_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    return _Res("DATE", f"{year:04d}")


@_normaliser("year_tail")
def _n_year_tail(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    head = int(ctx.text[m.start() - 5:m.start() - 1])
    tail = m["yy"]
    year = (head // 100) * 100 + int(tail) if len(tail) == 2 else int(tail)
    if year <= head:
        year += 100 if len(tail) == 2 else 0
    if year <= head or year - head > 30:
        return None
    return _Res("DATE", f"{year:04d}")


@_normaliser("decade")
def _n_decade(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    if _g(m, "dec"):
        return _Res("DATE", m["dec"][:3])
    if _g(m, "dec2"):
        yy = int(m["dec2"])
        # "the '80s": the latest such decade that has begun by the anchor
        century = 20 if ctx.anchored and 2000 + yy <= ctx._anchor.year else 19
        return _Res("DATE", f"{century}{yy // 10}")
    n = _DECADE_WORDS[m["decword"].lower()]
    return _Res("DATE", f"19{n}")


@_normaliser("century")
def _n_century(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    n = _ORDINALS.get(m["ord"].lower())
    if not n or n < 1:
        return None
    return _Res("DATE", f"{n - 1:02d}")


def _quarter_year(q: int, ctx: _Ctx) -> int:
    """The year of "the third quarter" said without one.

    The latest such quarter that has begun by the anchor (fiscal quarters run ahead of
    the calendar, so "fourth-quarter" in an October article is that year's); a quarter not
    yet begun is last year's in a past clause and this year's in a future one.
    """
    a = ctx.anchor
    if date(a.year, 3 * q - 2, 1) <= a:
        return a.year
    return a.year if ctx.tense() == "future" else a.year - 1


@_normaliser("quarter")
def _n_quarter(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    if _g(m, "q"):
        q = int(m["q"])
    else:
        q = _ORDINALS.get(m["ord"].lower())
        q = 4 if q == -1 else q
    if not q or not 1 <= q <= 4:
        return None
    year = _year(_g(m, "year") or _g(m, "year2"), ctx)
    relative = year is None
    if year is None:
        year = _relative_year(m, ctx)
    if year is None:
        ref = ctx.ref_point()
        # "the year-ago third quarter": last year's same quarter
        year = _quarter_year(q, ctx)
        if ref and ref[0] in ("quarter", "half", "month", "day") and _g(m, "yearago"):
            year = ref[1].year
    is_ref = True
    if _g(m, "yearago") and m["yearago"].lower() not in ("same", "comparable", "corresponding"):
        year -= 1
        is_ref = False
    start = None
    if _g(m, "det") and re.search(r"-(?:fiscal-)?quarter$", m.group(0), re.IGNORECASE):
        start = m.start(next(g for g in ("year", "yearago", "fiscal", "adj", "ord") if _g(m, g)))
    return _Res("DATE", f"{year:04d}-Q{q}", relative=relative, keep=("quarter",), is_ref=is_ref,
                start=start)


@_normaliser("month_quarter")
def _n_month_quarter(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    """"The December quarter": the calendar quarter that ends in that month."""
    month = _month_of(m["month"])
    if not month or month % 3:
        return None
    q = month // 3
    year = _year(_g(m, "year"), ctx)
    relative = year is None
    if year is None:
        year = _quarter_year(q, ctx)
    return _Res("DATE", f"{year:04d}-Q{q}", relative=relative, keep=("quarter",))


@_normaliser("quarter_ref")
def _n_quarter_ref(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    """"The quarter", "the latest period", "this quarter", "the year-ago quarter".

    Anaphoric ones take the quarter last mentioned (else the latest quarter completed by
    the anchor); "this", "last", "next", "current" count from the anchor.
    """
    which = re.sub(r"\s+", " ", (_g(m, "which") or "").lower())
    what = (_g(m, "what") or "quarter").lower()
    lead = m.group(0).split()[0].lower()
    ago = bool(_g(m, "ago")) or which.startswith(("year-", "prior-year", "previous-year",
                                                  "comparable year"))
    yr = (_g(m, "yr") or "").lower()
    if yr:
        # "last year's quarter": the quarter in focus, in the year named
        base = ctx.current_period() or ctx.last_mention(("quarter",)) or _fmt(
            "quarter", _add_months(ctx.anchor, -3))
        if _point(base)[0] != "quarter":
            return None
        value = _shift_value(base, {"last": -1, "next": 1}.get(yr, 0), "Y")
        return _Res("DATE", value, relative=True, is_ref=yr == "this") if value else None
    if lead in ("this", "last", "next") and which == "" and what == "quarter":
        which = lead
    if _g(m, "year"):
        # "the 1988 period": that year's quarter of the same number as the last mentioned
        year = int(m["year"])
        last = ctx.current_period() or ctx.last_mention(("quarter",))
        if last is not None and _point(last)[0] != "quarter":
            last = ctx.last_mention(("quarter",))
        if last is None:
            return _Res("DATE", f"{year:04d}") if what == "period" else None
        return _Res("DATE", f"{year:04d}{last[4:]}", is_ref=False)
    a = ctx.anchor
    if which in ("this", "current", "current fiscal"):
        return _Res("DATE", _fmt("quarter", a), relative=True)
    if which == "last":
        return _Res("DATE", _fmt("quarter", _add_months(a, -3)), relative=True)
    if which in ("next", "coming"):
        return _Res("DATE", _fmt("quarter", _add_months(a, 3)), relative=True)
    if what == "period" and not which and not ago and lead != "that":
        return None
    if ago and _g(m, "what") != "quarter" and ctx.year_to_date_before():
        # "For the nine months, ... year-earlier net of ...": last year's same months
        return _Res("DATE", f"{a.year - 1:04d}", relative=True, is_ref=False)
    if ago:
        # "the year-ago quarter": the quarter being reported, a year before
        base = ctx.current_period()
    elif which in ("latest", "most recent", "recent", "just-ended", "just-completed"):
        # the latest quarter ended by the anchor, or the one just mentioned if it has ended
        base = ctx.last_mention(("quarter",))
        if base is not None and period_of(base).end >= a:
            base = None
    else:
        base = ctx.last_mention(("quarter",))
        if base is None and what == "period":
            base = ctx.last_mention(("half", "year", "month"))
    if base is None:
        # No quarter mentioned yet: the latest quarter completed by the anchor.
        base = _fmt("quarter", _add_months(a, -3))
    if which in ("previous", "prior", "preceding", "past") and _point(base)[0] == "quarter":
        base = _shift_value(base, -3, "M")
    elif which == "following" and _point(base)[0] == "quarter":
        base = _shift_value(base, 3, "M")
    if ago:
        return _Res("DATE", _shift_value(base, -1, "Y"), relative=True, is_ref=False)
    return _Res("DATE", base, relative=True)


@_normaliser("week_of")
def _n_week_of(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    """"The week of March 6": the (ISO) week holding that day."""
    month, day = _month_of(m["month"]), int(re.sub(r"\D", "", m["day"]))
    year = _year(_g(m, "year"), ctx)
    if year is None:
        d = _resolve_month_day(month, day, ctx)
    elif day <= calendar.monthrange(year, month)[1]:
        d = date(year, month, day)
    else:
        return None
    return _Res("DATE", _week_value(d), relative=year is None)


@_normaliser("half")
def _n_half(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    if _g(m, "h"):
        h = int(m["h"])
    else:
        word = m["ord"].lower()
        h = 1 if word in ("first", "1st", "front") else 2
    year = _year(_g(m, "year") or _g(m, "year2"), ctx)
    relative = year is None
    if year is None:
        year = _relative_year(m, ctx)
    if year is None:
        a = ctx.anchor
        ref = ctx.ref_point()
        if ref and ref[0] in ("year", "half", "quarter") and ref[1].year != a.year:
            year = ref[1].year
        elif h == 2 and a.month <= 6 and ctx.tense() != "future":
            year = a.year - 1
        else:
            year = a.year
    return _Res("DATE", f"{year:04d}-H{h}", relative=relative, keep=("half",))


@_normaliser("months_span")
def _n_months_span(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    n = _num(m["num"])
    if n is None or not 1 <= n <= 12 or n != int(n):
        return None
    n = int(n)
    year = _year(_g(m, "year2"), ctx)
    if year is None:
        if _g(m, "relyear"):
            year = _relyear(m["relyear"], ctx)
        else:
            ref = ctx.ref_point()
            year = ref[1].year if ref and ref[0] != "day" else ctx.anchor.year
    first = m["ord"].lower() == "first"
    lo, hi = (1, n) if first else (13 - n, 12)
    period = span_period(month_period(year, lo), month_period(year, hi))
    return _Res("DURATION", f"P{n}M", period=period)


_SEASON_RELS_BEFORE_OF = frozenset(_LEX["season_rels_before_of"])


@_normaliser("season")
def _n_season(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    code = _SEASONS[m["season"].lower()]
    rel = re.sub(r"\s+", " ", (_g(m, "rel") or "").lower()).rstrip("-")
    el = (_g(m, "el") or "").lower()
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(el or rel)
    year = _year(_g(m, "year"), ctx)
    if year is None and _g(m, "relyear"):
        year = _relyear(m["relyear"], ctx)
    if year is None and not rel:
        return None  # "fall", "spring" alone are too often other words
    if _g(m, "ofin") is not None and rel not in _SEASON_RELS_BEFORE_OF:
        return None  # "the fall in prices", "this spring of hope"; "last fall in Ohio" is one
    if (year is None and rel == "the" and not el and code in ("FA", "SP")
            and not _SEASON_CTX.search(ctx.text[max(0, m.start() - 20):m.start()])):
        return None  # "the fall in prices"; "in the fall" is a season
    relative = year is None
    if year is None:
        a = ctx.anchor
        first, last = _SEASON_MONTHS[code]
        # A season's "year" is the year it starts in (winter 2023 = Dec 2023 - Feb 2024).
        cur = a.year if a.month >= first or code != "WI" else a.year - 1
        if code == "WI" and a.month < 3:
            cur = a.year - 1
        start = date(cur, first, 1)
        end = _add_months(start, last - first + 1) - timedelta(days=1)
        if rel in ("last", "this past", "past"):
            year = cur if end < a else cur - 1
        elif rel in ("next", "this coming", "coming"):
            year = cur if start > a else cur + 1
        elif rel == "this":
            year = cur
        else:  # "the summer", "early spring": this year's, or the last one in a past clause
            tense = ctx.tense()
            if tense == "past" and start > a:
                year = cur - 1
            elif tense == "future" and end < a:
                year = cur + 1
            else:
                year = cur
    return _Res("DATE", f"{year:04d}-{code}", mod=mod, relative=relative, keep=("season",))


@_normaliser("season_set")
def _n_season_set(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    code = _SEASONS[m["season"].lower().rstrip("s")]
    return _Res("SET", f"XXXX-{code}")


@_normaliser("weekend")
def _n_weekend(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel == "that":
        kind, base = ctx.ref_or_anchor()
    else:
        a = ctx.anchor
        sat_back = a - timedelta(days=(a.isoweekday() - 6) % 7)
        sat_fwd = a + timedelta(days=(6 - a.isoweekday()) % 7)
        if rel == "last" or rel == "this past":
            base = sat_back if a.isoweekday() >= 1 and sat_back < a - timedelta(days=1) \
                else sat_back - timedelta(days=7)
        elif rel in ("next", "this coming"):
            base = sat_fwd if sat_fwd > a else sat_fwd + timedelta(days=7)
        elif rel == "this":
            base = sat_fwd if a.isoweekday() < 6 else sat_back
        else:  # "the weekend": the coming one in a future clause, else the last one
            if a.isoweekday() >= 6:
                base = sat_back
            else:
                base = sat_fwd if ctx.tense() == "future" else sat_back
    return _Res("DATE", _week_value(base) + "-WE", relative=True)


_REL_SHIFT = {"last": -1, "the past": -1, "the last": -1, "past": -1, "this past": -1,
              "previous": -1, "the previous": -1, "the prior": -1, "next": 1, "the next": 1,
              "the coming": 1, "coming": 1, "this coming": 1, "following": 1,
              "the following": 1, "this": 0, "the current": 0, "current": 0, "the same": 0,
              "that same": 0, "that": 0, "the latest": 0, "in the": 0, "the": 0}
# Anaphoric words: relative to the last date mentioned, not to the anchor.
_ANAPHORIC = {"the previous", "the prior", "previous", "following", "the following",
              "the same", "that same", "that", "in the"}
_PARTS_UNITS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@_normaliser("rel_unit")
def _n_rel_unit(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    el = (_g(m, "el") or "").lower()
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}.get(el)
    step = _REL_SHIFT.get(rel)
    if step is None:
        return None
    anaphoric = rel in _ANAPHORIC or (rel == "the next" and unit in ("day", "morning"))
    if rel == "the" and _g(m, "fiscal") is None and unit == "year":
        anaphoric = True
    if anaphoric:
        gran, base = ctx.ref_or_anchor()
    else:
        gran, base = "day", ctx.anchor
    if unit in _PARTS_UNITS:
        if rel == "last" and unit == "night":
            step = -1
        elif rel in ("this", "that", "the same", "that same"):
            step = 0
        day = base + timedelta(days=step if unit != "night" or rel != "this" else 0)
        if rel == "last" and unit != "night":
            return None
        return _Res("TIME", f"{day.isoformat()}T{_PARTS_UNITS[unit]}", mod=mod, relative=True)
    if unit == "day":
        if rel in ("this", "the current", "the same", "that same", "that"):
            step = 0
        elif rel in ("last", "the last", "the past", "past", "next", "the coming"):
            return None  # "the last day", "the next day" (non-anaphoric) are durations or vague
        return _Res("DATE", (base + timedelta(days=step)).isoformat(), mod=mod, relative=True)
    code = {"week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
            "quarter": "Q"}[unit]
    target_gran = _UNIT_GRAN[code]
    if anaphoric and gran in _GRAN_RANK and _GRAN_RANK[gran] < _GRAN_RANK[target_gran]:
        return None if step == 0 and rel not in ("in the", "that", "the") else _Res(
            "DATE", _fmt(target_gran if gran not in ("decade", "century") else gran,
                         _shift(base, step, code)), mod=mod, relative=True)
    value = _fmt(target_gran, _shift(base, step, code))
    return _Res("DATE", value, mod=mod, relative=True)


@_normaliser("the_year")
def _n_the_year(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    """"The year ended Sept. 30" is a twelve-month duration; "the (fiscal) year" alone is
    the year last mentioned, else the anchor's."""
    if _g(m, "ended"):
        return _Res("DURATION", "P1Y")
    fiscal = (_g(m, "fiscal") or "").strip().lower()
    if fiscal in ("current", "latest"):
        return _Res("DATE", f"{ctx.anchor.year:04d}", relative=True)
    if fiscal in ("previous", "prior"):
        return _Res("DATE", f"{ctx.anchor.year - 1:04d}", relative=True)
    current = ctx.current_period() if fiscal in ("full", "entire", "whole") else None
    if current is not None:
        # "the full year" of an earnings report: the year of the quarter it reports
        return _Res("DATE", current[:4], relative=True)
    return _Res("DATE", f"{ctx.near_year():04d}", relative=True)


@_normaliser("year_end")
def _n_year_end(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    rel = (_g(m, "rel") or "").lower()
    if rel:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    else:
        year = ctx.near_year()
    mod = "APPROX" if _g(m, "around") else "END"
    return _Res("DATE", f"{year:04d}", mod=mod, relative=True)


@_normaliser("month_end")
def _n_month_end(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    gran, base = ctx.ref_or_anchor()
    return _Res("DATE", _fmt("month", base), mod="END", relative=True)


@_normaliser("weekday")
def _n_weekday(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    wd = _WEEKDAYS[m["weekday"].lower().rstrip(".")]
    rel = (_g(m, "rel") or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    if rel == "the":
        rel = ""
    d = _resolve_weekday(wd, rel, ctx)
    part = _g(m, "part")
    if part and part.lower().endswith("s"):
        return _Res("SET", f"XXXX-WXX-{wd}T{_PARTS[part.lower()]}")  # "Tuesday nights"
    if part:
        return _Res("TIME", f"{d.isoformat()}T{_PARTS[part.lower()]}", relative=True,
                    keep=("weekday",))
    return _Res("DATE", d.isoformat(), relative=True, keep=("weekday",))


@_normaliser("weekday_set")
def _n_weekday_set(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    wd = _WEEKDAYS[m["weekday"].lower().rstrip(".")]
    whole = m.group(0).lower()
    # A part of day may sit after the match ("Monday and Tuesday nights": the lookahead).
    part_text = (_g(m, "part") or whole).lower()
    part = next((c for w, c in _PARTS_UNITS.items() if w in part_text), None)
    if _g(m, "every") and _g(m, "every").lower() == "on" and not whole.endswith("s"):
        return None
    return _Res("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))


@_normaliser("deictic")
def _n_deictic(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    word = re.sub(r"\s+", " ", m["word"].lower())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    d = ctx.anchor + timedelta(days=offset)
    el = (_g(m, "el") or "").lower()
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(el)
    part = _g(m, "part")
    if word == "tonight":
        return _Res("TIME", f"{d.isoformat()}TNI", mod=mod, relative=True)
    if part:
        return _Res("TIME", f"{d.isoformat()}T{_PARTS[part.lower()]}", mod=mod, relative=True)
    return _Res("DATE", d.isoformat(), mod=mod, relative=True)


@_normaliser("part_of_day")
def _n_part_of_day(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    part = m["part"].lower()
    el = (_g(m, "el") or "").lower().rstrip("-")
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END",
           "mid": "MID"}.get(el)
    rel = (_g(m, "rel") or "").lower()
    word = (_g(m, "word") or "").lower()
    if part == "overnight":
        # The night before the day in focus: "shares fell Friday after overnight losses in
        # New York" is Thursday night; with no day mentioned, the night before the anchor.
        near = ctx.last_mention(("day",), within=600)
        d = _point(near)[1] if near else ctx.anchor
        return _Res("TIME", f"{(d - timedelta(days=1)).isoformat()}TNI", relative=True)
    code = _PARTS_UNITS[part]
    if rel in ("that", "the"):
        gran, d = ctx.ref_or_anchor()
    elif rel == "last":
        if part != "night":
            return None
        d = ctx.anchor - timedelta(days=1)
    else:
        d = ctx.anchor + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    return _Res("TIME", f"{d.isoformat()}T{code}", mod=mod, relative=True)


@_normaliser("clock")
def _n_clock(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    named = (_g(m, "named") or "").lower()
    if named:
        hour, minute = (24, 0) if named == "midnight" else (12, 0)
    else:
        h = m["hour"]
        hour = int(h) if h.isdigit() else int(_num(h) or 0)
        minute = int(_g(m, "minute") or 0)
        ampm = re.sub(r"[.\s]", "", (_g(m, "ampm") or "").lower())
        if ampm.startswith("p") or ampm in ("intheafternoon", "intheevening", "atnight"):
            hour = hour % 12 + 12
        elif ampm.startswith("a") or ampm == "inthemorning":
            hour = hour % 12
        elif not ampm and not _g(m, "tz") and m.re.pattern.find("o'clock") < 0:
            if hour > 24:
                return None
    if _g(m, "weekday"):
        d = _resolve_weekday(_WEEKDAYS[m["weekday"].lower().rstrip(".")], "", ctx)
    elif _g(m, "word"):
        d = ctx.anchor + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["word"].lower(),
                                                                           0))
    elif _g(m, "month"):
        d = _resolve_month_day(_month_of(m["month"]), int(re.sub(r"\D", "", m["day"])), ctx)
    else:
        gran, d = ctx.ref_or_anchor()
        if gran != "day":
            d = ctx.anchor
    mod = "APPROX" if _g(m, "approx") else None
    return _Res("TIME", f"{d.isoformat()}T{hour:02d}:{minute:02d}", mod=mod, relative=True)


@_normaliser("ago")
def _n_ago(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    unit = _unit(m["unit"]) if m["unit"].lower() != "moments" else "MIN"
    mod = _qmod(_g(m, "qmod"))
    numword = _g(m, "num")
    if numword is None:
        return _Res("DATE", "PAST_REF", mod=mod)
    n = _num(numword)
    if n is None:
        return None
    if _g(m, "and") or _g(m, "and2"):
        n += 0.5
    if _g(m, "orso") and mod is None:
        mod = "APPROX"
    a = ctx.anchor
    if unit == "Y" and n == 1:
        # "from $90 million a year ago": the same quarter or half a year before
        if ctx.year_to_date_before():
            return _Res("DATE", f"{ctx.anchor.year - 1:04d}", mod=mod, relative=True,
                        is_ref=False)
        base = ctx.current_period()
        if base:
            return _Res("DATE", _shift_value(base, -1, "Y"), mod=mod, relative=True,
                        is_ref=False)
    if unit in ("H", "MIN", "S"):
        return _Res("DATE", a.isoformat(), mod=mod, relative=True)
    d = _shift(a, -n, unit)
    gran = _UNIT_GRAN[unit]
    if unit in ("DE", "CE"):
        gran = "year"
    value = _fmt(gran, d)
    period = month_period(d.year, d.month) if gran in ("year", "week", "month", "quarter") \
        else None
    return _Res("DATE", value, mod=mod, period=period, relative=True)


@_normaliser("offset")
def _n_offset(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    unit = _unit(m["unit"])
    n = _num(m["num"])
    if n is None or unit in ("H", "MIN", "S"):
        return None
    later = m["dir"].lower().startswith(("later", "after"))
    if unit == "Y" and n == 1 and not later:
        return _year_comparison(ctx, deictic=False, what="")
    # TimeML marks the length ("two days" later, "a day" earlier) as a DURATION; the date it
    # leads to, counted from the last date mentioned, is its period.
    gran, base = ctx.ref_or_anchor()
    step = n if later else -n
    ugran = _UNIT_GRAN[unit] if unit not in ("DE", "CE") else "year"
    if _GRAN_RANK.get(gran, 0) < _GRAN_RANK[ugran]:
        gran = ugran
    if gran in ("decade", "century"):
        gran = "year"
    if gran in ("season", "weekend"):
        target = _shift_value(ctx.ref, step, unit)
    else:
        target = _fmt(gran, _shift(base, step, unit))
    return _Res("DURATION", _duration_value(n, unit), mod=_qmod(_g(m, "qmod")),
                period=period_of(target) if n == int(n) else None, relative=True,
                end=m.end("unit"))


@_normaliser("anaphor")
def _n_anaphor(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    words = re.sub(r"\s+", " ", m["word"].lower())
    gran, base = ctx.ref_or_anchor()
    if words in ("the day before", "the day after") and ctx.mentions:
        # Apposition: "Oct. 12, the day before the crash" is Oct. 12 itself (the crash is
        # what it is the day before); "Oct. 12. The day before, ..." stays an anaphor.
        pos, value = ctx.mentions[-1]
        p = _point(value)
        if (p and p[0] == "day" and _APPOSITION_GAP.fullmatch(ctx.text, pos, m.start())
                and _WORD_AFTER.match(ctx.text, m.end())):
            return _Res("DATE", value, relative=True, is_ref=False)
    if words in ("that time",) or words.startswith("the time"):
        return _Res("DATE", "PAST_REF")
    unit = next((u for u in ("day", "week", "month", "year", "weekend", "morning", "afternoon",
                             "evening", "night") if re.search(rf"\b{u}\b", words)), "day")
    step = 0
    if re.search(r"\b(following|next|after)\b", words) or words.startswith("the day after"):
        step = 1
    elif re.search(r"\b(previous|preceding|prior|before)\b", words) or words == "a year before":
        step = -1
    mod = "START" if words.startswith("earlier") else "END" if words.startswith("later") else None
    if unit in _PARTS_UNITS:
        if gran != "day":
            base = ctx.anchor
        return _Res("TIME", f"{(base + timedelta(days=step)).isoformat()}T{_PARTS_UNITS[unit]}",
                    mod=mod, relative=True)
    if unit == "weekend":
        return _Res("DATE", _week_value(base + timedelta(days=7 * step)) + "-WE", relative=True)
    code = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    target = _UNIT_GRAN[code]
    if _GRAN_RANK.get(gran, 0) < _GRAN_RANK[target]:
        # "that day", "the day before" after "in 1998": the year is known, the day is not
        known = _fmt("month" if gran == "month" else "year", base)
        unknown = {"day": "-XX" if gran == "month" else "-XX-XX",
                   "week": "-WXX", "month": "-XX"}.get(unit, "")
        return _Res("DATE", known + unknown, mod=mod, relative=True)
    return _Res("DATE", _fmt(target, _shift(base, step, code)), mod=mod, relative=True)


@_normaliser("day_next_to_date")
def _n_day_next_to_date(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    """"The day before last Tuesday's hearing", "the night after Oct. 5": one timex, the
    day next to the date it names (not an anaphor of the last date mentioned)."""
    if _g(m, "weekday"):
        d = _resolve_weekday(_WEEKDAYS[m["weekday"].lower().rstrip(".")],
                             re.sub(r"\s+", " ", (_g(m, "rel") or "").lower()), ctx)
    else:
        day = int(re.sub(r"\D", "", m["day"]))
        year = _year(_g(m, "year"), ctx)
        if year is not None:
            try:
                d = date(year, _month_of(m["month"]), day)
            except ValueError:
                return None
        else:
            d = _resolve_month_day(_month_of(m["month"]), day, ctx)
    d += timedelta(days=-1 if m["dir"].lower() == "before" else 1)
    if m["unit"].lower() == "night":
        return _Res("TIME", f"{d.isoformat()}TNI", relative=True)
    return _Res("DATE", d.isoformat(), relative=True)


@_normaliser("year_ago")
def _n_year_ago(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    what = re.sub(r"\s+", " ", (_g(m, "what") or "").lower())
    durations = {"nine months": "P9M", "six months": "P6M", "three months": "P3M"}
    if what in durations:
        return _Res("DURATION", durations[what], is_ref=False)
    deictic = what.endswith("ago") or what == "year ago"
    return _year_comparison(ctx, deictic, what)


def _year_comparison(ctx: _Ctx, deictic: bool, what: str) -> _Res | None:
    """"A year earlier", "a year ago", "the year-ago period": the same period a year before.

    That period is the quarter (or half, month, year) last mentioned, as in earnings
    reports ("third-quarter profit rose ... from a year earlier" -> last year's third
    quarter); "ago" with no quarter or half mentioned counts from the anchor. These
    comparisons never become the date later anaphora refer to.
    """
    if ctx.year_to_date_before():
        # "For the nine months, net rose ... from $4 million a year earlier": the months of
        # the year so far compare with the same months of last year, a year-grain date.
        return _Res("DATE", f"{ctx.anchor.year - 1:04d}", relative=True, is_ref=False)
    base = ctx.current_period()
    if base is None and not deictic:
        # narrative: "In March 2019 it opened a plant. A year earlier ..."
        base = ctx.last_mention(("quarter", "half", "month", "year", "season"), within=400)
    if base is not None:
        if what in ("half", "first half", "second half") and _point(base)[0] == "quarter":
            base = _fmt("half", _point(base)[1])
        value = _shift_value(base, -1, "Y")
        if value:
            return _Res("DATE", value, relative=True, is_ref=False)
    if what in ("period", "month", "months", "week", "weeks", "half"):
        return None
    d = _shift(ctx.anchor, -1, "Y")
    return _Res("DATE", f"{d.year:04d}", period=month_period(d.year, d.month) if deictic else None,
                relative=True, is_ref=False)


def _span_for(n: float | None, unit: str, det: str, ctx: _Ctx) -> Period | None:
    """The days a counted duration covers, when it is counted from the anchor."""
    if n is None or not ctx.anchored or n != int(n) or unit in ("H", "MIN", "S"):
        return None
    n = int(n)
    a = ctx.anchor
    past = any(w in det for w in ("past", "last", "previous"))
    future = any(w in det for w in ("next", "coming", "remaining"))
    if not (past or future):
        return None
    if past:
        if unit in ("Y", "DE", "CE"):
            years = n * {"Y": 1, "DE": 10, "CE": 100}[unit]
            return span_period(year_period(a.year - years), year_period(a.year))
        if unit == "Q":
            first = _add_months(a, -3 * n)
            return span_period(quarter_period(first.year, (first.month + 2) // 3),
                               quarter_period(a.year, (a.month + 2) // 3))
        if unit == "M":
            first = _add_months(a, -n)
            return span_period(month_period(first.year, first.month),
                               month_period(a.year, a.month))
        return span_period(day_period(_shift(a, -n, unit)), day_period(a))
    end = _shift(a, n, unit)
    if unit in ("W", "D", "FN"):
        return span_period(day_period(a), day_period(end))
    return span_period(day_period(a), month_period(end.year, end.month))


@_normaliser("duration")
def _n_duration(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    unit = _unit(m["unit"])
    det = re.sub(r"\s+", " ", (_g(m, "det") or "").lower())
    mod = _qmod(_g(m, "qmod"))
    start = None
    numword = _g(m, "num")
    before = ctx.text[max(0, m.start() - 25):m.start()]
    if _g(m, "vague") or (numword is None and m["unit"].lower().endswith("s")):
        n = None
    elif numword is None:
        n = 1.0  # "the past decade"
    else:
        n = _num(numword)
        if n is None:
            return None
        nw = re.sub(r"\s+", " ", numword.lower())
        if nw in ("a", "an") and unit == "S":
            return None  # "a second time"
        if nw in _APPROX_NUMBERS and mod is None:
            mod = "APPROX"
        if _g(m, "num2"):
            # "two to three weeks": TempEval values a range by its lower bound
            return _Res("DURATION", _duration_value(n, unit), mod=mod or "EQUAL_OR_MORE")
        if nw in ("a", "an") and not det and _RATE_BEFORE.search(before):
            return None  # a rate, "$5 million a year", "700 seats a week": not a timex here
    if _g(m, "and") or _g(m, "and2"):
        n = (n or 0) + 0.5
    orso = (_g(m, "orso") or "").lower()
    if orso == "or so" and mod is None:
        mod = "APPROX"
    elif orso == "or more":
        mod = "EQUAL_OR_MORE"
    elif orso == "or less":
        mod = "EQUAL_OR_LESS"
    if det in ("future", "coming", "the coming") and n is None and unit == "Q":
        return _Res("DATE", "FUTURE_REF")
    if unit == "Q" and _FRACTION_AFTER.match(ctx.text, m.end()):
        return None  # "three-quarters of its food": a fraction
    value = _duration_value(n, unit)
    period = _span_for(n, unit, det, ctx)
    if det in ("a", "an", "the") and numword and re.match(r"[^\s-]+-", ctx.text[m.start("num"):]):
        start = m.start("num")  # "a two-year contract": the adjective leaves the article out
    return _Res("DURATION", value, mod=mod, period=period, start=start)


@_normaliser("set")
def _n_set(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    every = m["every"].lower()
    word = m["unit"].lower()
    if every in ("a", "an") and not _g(m, "freq"):
        return None  # "twice a year" is a set; "a year" alone is a duration or a rate
    if word in _PARTS_UNITS:
        return _Res("SET", f"XXXX-XX-XXT{_PARTS_UNITS[word]}")
    if word in _SEASONS:
        return _Res("SET", f"XXXX-{_SEASONS[word]}")
    if word in _MONTHS:
        return _Res("SET", f"XXXX-{_MONTHS[word]:02d}")
    if word == "weekend":
        return _Res("SET", "XXXX-WXX-WE")
    if word == "season":
        return _Res("SET", "P1Y")
    unit = _unit(word)
    n = _num(_g(m, "num")) if _g(m, "num") else 1.0
    if _g(m, "other") and _g(m, "other").lower() == "other":
        n = 2.0
    return _Res("SET", _duration_value(n, unit))


@_normaliser("set_word")
def _n_set_word(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    if _QUANTITY_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # a rate, "grow 8.5% annually", "10,000 units annually", as "a year"
    return _Res("SET", _SETS[m["word"].lower()])


# "Now, he says, ...": a sentence-initial "now" set off by a comma is a discourse marker
_DISCOURSE_REFS = frozenset(_LEX["discourse_refs"])
_SENTENCE_START = re.compile(r"(?:^|[\n.!?]\s*|[.!?]?[\"'`\u201c]\s*)$")


@_normaliser("ref")
def _n_ref(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    word = re.sub(r"\s+", " ", m["word"].lower()).replace("\u2019", "'")
    if (word in _DISCOURSE_REFS and ctx.text.startswith(",", m.end())
            and _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start())):
        return None
    return _Res("DATE", _REFS[word])


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        d = date(year, month, 1)
        d += timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + timedelta(days=7 * (nth - 1))
    d = date(year, month, calendar.monthrange(year, month)[1])
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)


def _holiday_date(spec: list, year: int) -> date:
    month, day = spec
    if isinstance(day, int):
        return date(year, month, day)
    if day == "4TH":
        return _nth_weekday(year, month, 4, 4)
    if day == "1MO":
        return _nth_weekday(year, month, 1, 1)
    if day == "LMO":
        return _nth_weekday(year, month, 1, -1)
    # US Election Day: the Tuesday after the first Monday of November
    return _nth_weekday(year, month, 1, 1) + timedelta(days=1)


@_normaliser("holiday")
def _n_holiday(m: re.Match, ctx: _Ctx, params: dict) -> _Res | None:
    spec = _HOLIDAYS[re.sub(r"\s+", " ", m["holiday"].lower()).replace("\u2019", "'")]
    year = _year(_g(m, "year"), ctx)
    relative = year is None
    if year is None:
        rel = (_g(m, "rel") or "").lower()
        a = ctx.anchor
        this = _holiday_date(spec, a.year)
        if rel in ("last", "this past"):
            year = a.year if this < a else a.year - 1
        elif rel in ("next", "this coming"):
            year = a.year if this > a else a.year + 1
        else:
            # Like a month and day: a deadline cue ("by Christmas") or the verb next to it
            # decides before a tense further along the clause.
            tense = ctx.tense(strict=True) or ctx.tense()
            if tense == "past":
                year = a.year if this <= a else a.year - 1
            elif tense == "future":
                year = a.year if this >= a else a.year + 1
            else:
                year = a.year
    return _Res("DATE", _holiday_date(spec, year).isoformat(), relative=relative)


# ---------------------------------------------------------------------------------------
# Tagging
# ---------------------------------------------------------------------------------------


def _candidates(text: str) -> list[tuple[int, int, int, re.Match]]:
    """Every rule match as (start, end, rule index, match), with the timex span."""
    out = []
    for i, rule in enumerate(_RULES):
        has_x = "x" in rule.regex.groupindex
        for m in rule.regex.finditer(text):
            s, e = m.span("x") if has_x else m.span()
            if e > s:
                out.append((s, e, i, m))
    return out


def _select(cands: list[tuple[int, int, int, re.Match]], size: int
            ) -> list[tuple[int, int, int, re.Match]]:
    """Non-overlapping matches: longest first, then the earlier rule, then leftmost."""
    taken: list[tuple[int, int, int, re.Match]] = []
    occupied = bytearray(size)  # one flag a character: linear however many matches
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if any(occupied[c[0]:c[1]]):
            continue
        taken.append(c)
        occupied[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
    return sorted(taken, key=lambda c: c[0])


def _mask(res: _Res) -> _Res:
    """Hide what came from the (missing) anchor: keep only what the text said."""
    v = res.value
    p = _point(v)
    if p is None:
        return _Res(res.type, v, res.mod, None, res.relative, res.keep)
    gran = p[0]
    keep = res.keep
    if "weekday" in keep and gran == "day":
        wd = date.fromisoformat(v[:10]).isoweekday()
        value = f"XXXX-WXX-{wd}" + v[10:]
    elif gran == "day":
        value = "XXXX-" + (v[5:7] if "month" in keep else "XX") + "-" + \
            (v[8:10] if "day" in keep else "XX") + v[10:]
    elif gran == "month":
        value = "XXXX-" + (v[5:7] if "month" in keep else "XX")
    elif gran in ("quarter", "half", "season"):
        value = "XXXX-" + (v[5:] if set(keep) & {"quarter", "half", "season"} else "XX")
    elif gran in ("week", "weekend"):
        value = "XXXX-WXX" + ("-WE" if gran == "weekend" else "")
    elif gran == "year":
        value = "XXXX"
    elif gran == "decade":
        value = "XXX"
    else:
        value = "XX"
    return _Res(res.type, value, res.mod, None, res.relative, keep)


def _extend_mod(text: str, start: int, res: _Res) -> tuple[int, str | None]:
    """A modifier just before a date ("early", "the end of", "mid-") joins its span."""
    if res.type not in ("DATE", "TIME") or res.mod is not None:
        return start, res.mod
    if _point(res.value) is None and res.value not in ("PRESENT_REF",):
        return start, res.mod
    before = text[max(0, start - 25):start]
    m = _PREFIX_MOD.search(before)
    if m:
        mod = _LEX["mods"][re.sub(r"\s+", " ", m["mod"].lower())]
        return start - (len(before) - m.start("mod")), mod
    m = _PREFIX_APPROX.search(before)
    if m and "weekday" not in res.keep:  # "get around Wednesday's ruling" is no estimate
        return start - (len(before) - m.start("mod")), "APPROX"
    return start, res.mod


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_PROSE_WORDS = frozenset(_LEX["prose_lowercase_words"])
_TITLE_KINDS_EXEMPT = frozenset(_LEX["title_exempt_kinds"])


def _in_title(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the match is (part of) a title or name: "ABC's "This Week"", "CBS's "60
    Minutes"", "High Noon", "VOA Today". Units, parts of the day and deictic words are
    lower case in running prose; capitalised inside a sentence they name something.
    Holidays ("Thanksgiving Day") are names anyway, and a title-case line is a headline."""
    if kind in _TITLE_KINDS_EXEMPT:
        return False
    for w in _CAPITALISED_WORD.finditer(text, start, end):
        if w.group().lower() not in _PROSE_WORDS:
            continue
        before = text[max(0, w.start() - 3):w.start()].rstrip()
        if not before or not (before[-1].isalnum() or before[-1] == ","):
            continue  # starts a sentence or a quote
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        words = re.findall(r"[A-Za-z]+", text[line_start:line_end if line_end >= 0 else None])
        if len(words) >= 4 and sum(x[0].isupper() for x in words) >= 0.7 * len(words):
            return False  # a headline in title case
        return True
    return False


def _add_second_days(text: str, items: list[list]) -> None:
    """The bare second day of "April 24 and 25", "Oct. 1-3" is a date of the same month."""
    for i in range(len(items) - 1, -1, -1):
        start, end, idx, m, res = items[i]
        if res.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", res.value):
            continue
        nxt = _SECOND_DAY.match(text, end)
        if not nxt or (i + 1 < len(items) and items[i + 1][0] < nxt.end()):
            continue
        first = date.fromisoformat(res.value)
        day = int(nxt["day"])
        if not first.day < day <= calendar.monthrange(first.year, first.month)[1]:
            continue
        value = first.replace(day=day).isoformat()
        items.insert(i + 1, [nxt.start("day"), nxt.start("day") + len(nxt["day"]), idx, nxt,
                             _Res("DATE", value, period=period_of(value), relative=res.relative,
                                  keep=res.keep)])


def _link_ranges(text: str, items: list[list]) -> None:
    """Give both ends of "between 2019 and 2021", "from March to June", "1998-99" the span."""
    for i in range(len(items) - 1):
        a, b = items[i], items[i + 1]
        pa, pb = a[4].period, b[4].period
        if pa is None or pb is None or a[4].type != "DATE" or b[4].type != "DATE":
            continue
        gap = text[a[1]:b[0]]
        if not _RANGE_GAP.match(gap):
            continue
        word = gap.strip().lower()
        opened = _RANGE_OPEN.search(text[max(0, a[0] - 10):a[0]])
        if word in ("and", "or") and not opened:
            continue
        if word in ("to", "through", "until", "till", "thru") and not opened \
                and pa.precision != pb.precision:
            continue
        if word in ("-", "\u2013", "\u2014", "/") and gap.strip() != gap and not opened:
            continue
        if pb.end < pa.start:
            continue
        span = span_period(pa, pb)
        a[4] = _Res(a[4].type, a[4].value, a[4].mod, span, a[4].relative, a[4].keep)
        b[4] = _Res(b[4].type, b[4].value, b[4].mod, span, b[4].relative, b[4].keep)


def tag_dates(text: str, anchor: date | None) -> list[Timex]:
    """Every temporal expression in `text`, normalised against `anchor`.

    `anchor` is the publication date (None when unknown). Returns TIMEX3 Timex objects
    sorted by start, with character offsets into `text`, type DATE/TIME/DURATION/SET, the
    TimeML value and mod, and the Period of days each denotes (None for sets, durations
    not counted from the anchor, vague references and, with no anchor, anything relative).
    A bare weekday resolves to the most recent such day on or before the anchor, unless
    its clause is in the future ("will", "is expected to", "plans to"): then the first on
    or after it. Anaphoric expressions ("a year earlier", "the following month", "that
    day") resolve against the last date mentioned before them.
    """
    if not text:
        return []
    ctx = _Ctx(text, anchor)
    items: list[list] = []
    cands = _candidates(text)
    queue = _select(cands, len(text))
    occupied = bytearray(len(text))
    for c in queue:
        occupied[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
    tried: set[tuple[int, int, int]] = set()
    pos = 0
    while pos < len(queue):
        start, end, idx, m = queue[pos]
        pos += 1
        tried.add((start, end, idx))
        rule = _RULES[idx]
        ctx.start, ctx.end = start, end
        ctx.used_anchor = False
        try:
            res = _NORMALISERS[rule.kind](m, ctx, rule.params)
        except (KeyError, ValueError, OverflowError):
            # A rule that cannot normalise an odd match ("early this summer" through a
            # unit rule, a day past the month's end) skips it: one expression must never
            # cost the article.
            res = None
        if res is None or not res.value or _in_title(text, start, end, rule.kind):
            # The longest match is no timex ("over an hour later" is no offset): a
            # shorter one inside it may still be ("over an hour").
            occupied[start:end] = bytes(end - start)
            inner = _select([c for c in cands if c[0] < end and start < c[1]
                             and (c[0], c[1], c[2]) not in tried
                             and not any(occupied[c[0]:c[1]])], len(text))
            for c in inner:
                occupied[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
            queue[pos:pos] = inner
            continue
        if res.start is not None:
            start = res.start
        if res.end is not None:
            end = res.end
        if not ctx.anchored and ctx.used_anchor:
            res = _mask(res)
        elif res.period is None and res.type in ("DATE", "TIME"):
            res.period = period_of(res.value, anchor)
        if res.is_ref and res.type in ("DATE", "TIME") and _point(res.value) is not None:
            ctx.ref = res.value
            ctx.mentions.append((start, res.value))
        start, res.mod = _extend_mod(text, start, res)
        items.append([start, end, idx, m, res])
    _add_second_days(text, items)
    _link_ranges(text, items)
    return [Timex(s, e, text[s:e], r.type, r.value, r.period, r.mod) for s, e, _, _, r in items]


def is_yearless(text: str) -> bool:
    """Whether a time expression names a month, or a day of a month, without its year and
    without a relative word: its year was inferred from the anchor and tense cues."""
    return bool(_YEARLESS_RE.fullmatch(text.strip()))
