"""Plain frozen dataclasses passed between the steps of the pipeline.

load article -> NLP pass -> dates -> companies -> events -> merge -> store -> render.
Each step takes what the previous one made; none of these classes knows a later step.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

# The event types of the gold guide, in the order the table lists them.
EVENT_TYPES = (
    "acquisition", "divestiture", "investment", "ipo", "layoff", "hiring", "closure",
    "market_exit", "expansion", "relocation", "launch", "partnership", "leadership",
    "financial_results", "legal", "restructuring", "other",
)
STATUSES = ("happened", "planned", "reported")
PRECISIONS = ("year", "half", "quarter", "month", "week", "day", "span")

# Finer precision sorts after coarser within the same start ("2024" < "2024-03" < "2024-03-05").
PRECISION_RANK = {"span": 0, "year": 1, "half": 2, "quarter": 3, "month": 4, "week": 5, "day": 6}


@dataclass(frozen=True)
class Article:
    """One article as loaded: the body text and what is known about it.

    `id` is a content hash of the text, so the same text is the same article whatever
    its file name. `published` comes from a `date YYYY-MM-DD` first line, else from
    the caller; `published_from` says which ("dateline", "option" or "none").
    """

    id: str
    text: str
    path: str
    title: str | None
    published: date | None
    published_from: str = "none"


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive interval of days with the precision the text gave it.

    `label` is what a reader sees: "2018", "2024-H1", "2024-Q3", "2024-07", "2024-W12",
    "2024-07-05", or a span "2019/2025".
    """

    start: date
    end: date
    precision: str
    label: str

    def overlaps(self, other: Period) -> bool:
        """True when the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        """How many days the interval covers (smaller is more precise)."""
        return (self.end - self.start).days + 1

    def sort_key(self) -> tuple:
        """Chronological order; at the same start, coarser before finer."""
        return (self.start, PRECISION_RANK.get(self.precision, 0), self.end)


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), "year", f"{year:04d}")


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(date(year, month, 1), date(year, month, last), "month", f"{year:04d}-{month:02d}")


def day_period(day: date) -> Period:
    return Period(day, day, "day", day.isoformat())


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    last = first + 2
    end = date(year, last, calendar.monthrange(year, last)[1])
    return Period(date(year, first, 1), end, "quarter", f"{year:04d}-Q{quarter}")


def half_period(year: int, half: int) -> Period:
    if half == 1:
        return Period(date(year, 1, 1), date(year, 6, 30), "half", f"{year:04d}-H1")
    return Period(date(year, 7, 1), date(year, 12, 31), "half", f"{year:04d}-H2")


def span_period(first: Period, last: Period) -> Period:
    """A span from the start of `first` to the end of `last`, labelled "A/B"."""
    if first.start > last.start:
        first, last = last, first
    # A span's own end points ("1870/1879" for the 1870s) keep the label one "A/B".
    head = first.label.split("/")[0]
    tail = last.label.split("/")[-1] if last.end >= first.end else first.label.split("/")[-1]
    return Period(first.start, max(first.end, last.end), "span", f"{head}/{tail}")


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text (TimeML TIMEX3).

    `start`/`end` are character offsets into the text given to the tagger; `type` is
    DATE, TIME, DURATION or SET; `value` the TIMEX3 value ("2024-Q3", "P6Y", "PAST_REF").
    `period` is the interval of days the expression denotes when it has one (a duration
    anchored to the publication date becomes a span), else None.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    period: Period | None = None
    mod: str | None = None


@dataclass(frozen=True)
class Mention:
    """A company named in a text: character offsets, the words used, the canonical name."""

    start: int
    end: int
    text: str
    company: str


@dataclass(frozen=True)
class Source:
    """Where an event was told: article id, title, file, publication date, sentence."""

    article: str
    title: str | None
    path: str
    published: str | None
    sentence: str


@dataclass(frozen=True)
class Event:
    """A dated corporate event, from one sentence or merged from several sources.

    `id` is stable: the same inputs give the same id on every run. `trigger` is the lemma
    of the word that states the event and `detail` the words of its object; the merger
    compares them to tell one happening told twice from two happenings.
    """

    id: str
    company: str
    type: str
    status: str
    period: Period
    summary: str
    confidence: float
    sources: tuple[Source, ...]
    trigger: str = ""
    detail: str = ""
    aliases: tuple[str, ...] = field(default=())


_LABEL_FORMS = (
    (r"(\d{4})", lambda m: year_period(int(m[1]))),
    (r"(\d{4})-H([12])", lambda m: half_period(int(m[1]), int(m[2]))),
    (r"(\d{4})-Q([1-4])", lambda m: quarter_period(int(m[1]), int(m[2]))),
    (r"(\d{4})-(\d{1,2})", lambda m: month_period(int(m[1]), int(m[2]))),
    (r"(\d{4})-(\d{2})-(\d{2})", lambda m: day_period(date(int(m[1]), int(m[2]), int(m[3])))),
)


def period_from_label(label: str) -> Period:
    """The Period a date label denotes: "2024", "2024-H1", "2024-Q3", "2024-07",
    "2024-07-05", or a span "A/B" of two of those. ValueError when unreadable."""
    import re

    label = label.strip()
    if "/" in label:
        first, last = label.split("/", 1)
        return span_period(period_from_label(first), period_from_label(last))
    for pattern, build in _LABEL_FORMS:
        m = re.fullmatch(pattern, label)
        if m:
            return build(m)
    raise ValueError(f"not a date label: {label!r}")
