"""Sort events and fold the same happening told more than once into one timeline entry.

Two events are one happening when they have the same company and type, their periods
overlap, and what they say about it is alike (names, numbers and content words of their
summaries and objects). Events from the same article fold only when they are near
repeats: an article that names two happenings of one day and type keeps both. The
folded entry lists every source, takes the most precise date any source gives, and its
id is the smallest id of its sources, so it does not depend on ingest order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from timeline.models import Event

# Likeness needed to fold: across articles, lower when both give the very same day.
SAME_DAY_THRESHOLD = 0.12
CROSS_ARTICLE_THRESHOLD = 0.25
SAME_ARTICLE_THRESHOLD = 0.6
# Two spellings of one name ("Krzanich", "Kraznich") still count as the same word.
FUZZY_WORD_SIMILARITY = 0.8

_STOP = frozenset("""
a an the of in on at to for from by with and or but as its it his her their our this that
these those is are was were be been being has have had will would could should may might
can do does did not no more than some about after before into over under up down out off
also said says say new company companies firm group its' per cent percent which who whom
what when where while there here he she they we you i
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d.,]*")


@dataclass(frozen=True)
class _Words:
    """The comparable content of an event: weighted words and the numbers it gives."""

    weights: dict[str, float]
    numbers: frozenset[str]


@lru_cache(maxsize=65536)
def _words(text: str, company: str) -> _Words:
    skip = {w.lower() for w in _WORD.findall(company)} | _STOP
    weights: dict[str, float] = {}
    numbers = set()
    for w in _WORD.findall(text):
        key = w.lower().strip("'-").removesuffix("'s")
        if not key or key in skip:
            continue
        if key[0].isdigit():
            key = key.rstrip(".,")
            numbers.add(key)
            weights[key] = 2.0
        else:
            # Capitalised words are mostly names: they tell happenings apart best.
            weights[key] = max(weights.get(key, 0.0), 2.0 if w[0].isupper() else 1.0)
    return _Words(weights, frozenset(numbers))


def _content(e: Event) -> _Words:
    return _words(f"{e.summary} {e.detail}", e.company)


def likeness(a: Event, b: Event) -> float:
    """How alike two events' content is, in [0, 1] (weighted overlap of their words)."""
    wa, wb = _content(a), _content(b)
    if wa.numbers and wb.numbers and not wa.numbers & wb.numbers:
        return 0.0  # "opened five stores" vs "opened 30 stores": different happenings
    if not wa.weights or not wb.weights:
        return 1.0 if a.trigger and a.trigger == b.trigger else 0.0
    shared = 0.0
    rest = dict(wb.weights)
    for word, weight in wa.weights.items():
        if word in rest:
            shared += min(weight, rest.pop(word))
            continue
        if len(word) >= 5:
            near = next((w for w in rest if len(w) >= 5 and Levenshtein.normalized_similarity(
                word, w) >= FUZZY_WORD_SIMILARITY), None)
            if near is not None:
                shared += min(weight, rest.pop(near))
    total = sum(wa.weights.values()) + sum(wb.weights.values()) - shared
    score = shared / total if total else 0.0
    if a.trigger and a.trigger == b.trigger:
        score = min(1.0, score + 0.1)
    return score


@dataclass
class _Cluster:
    members: list[Event] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)

    def add(self, e: Event) -> None:
        self.members.append(e)
        self.articles.update(s.article for s in e.sources)


def _articles(e: Event) -> set[str]:
    return {s.article for s in e.sources}


def _fit(e: Event, c: _Cluster) -> float:
    """The likeness of `e` to a cluster, or -1 when it cannot join it."""
    if not all(e.period.overlaps(m.period) for m in c.members):
        return -1.0
    best = max(likeness(e, m) for m in c.members)
    same_article = bool(_articles(e) & c.articles)
    if same_article:
        return best if best >= SAME_ARTICLE_THRESHOLD else -1.0
    same_day = any(m.period.precision == "day" and m.period == e.period for m in c.members)
    threshold = SAME_DAY_THRESHOLD if same_day else CROSS_ARTICLE_THRESHOLD
    return best if best >= threshold else -1.0


def _fold(members: list[Event]) -> Event:
    """One entry from the events of one happening."""
    if len(members) == 1:
        return members[0]
    lead = max(members, key=lambda m: (m.confidence, -m.period.days, m.id))
    precise = min(members, key=lambda m: (m.period.days, -m.confidence, m.id))
    sources = []
    seen = set()
    for m in sorted(members, key=lambda m: (m.sources[0].published or "", m.sources[0].path)):
        for s in m.sources:
            if (s.article, s.sentence) not in seen:
                seen.add((s.article, s.sentence))
                sources.append(s)
    miss = 1.0
    for m in members:
        miss *= 1.0 - m.confidence
    aliases = sorted({a for m in members for a in m.aliases})
    return replace(lead, id=min(m.id for m in members), period=precise.period,
                   sources=tuple(sources), confidence=round(1.0 - miss, 3),
                   aliases=tuple(aliases))


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Fold repeats of one happening and sort the timeline oldest first.

    Within a company and type, events are taken most precise first (then by id, so the
    result does not depend on input order); each joins the cluster it is most like, if
    any is like enough, else starts one.
    """
    groups: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for e in events:
        groups[(e.company.casefold(), e.type)].append(e)
    out: list[Event] = []
    for group in groups.values():
        clusters: list[_Cluster] = []
        for e in sorted(group, key=lambda e: (e.period.days, e.period.start, e.id)):
            scored = [(_fit(e, c), i) for i, c in enumerate(clusters)]
            score, best = max(scored, default=(-1.0, -1))
            if score >= 0:
                clusters[best].add(e)
            else:
                c = _Cluster()
                c.add(e)
                clusters.append(c)
        out.extend(_fold(c.members) for c in clusters)
    return sort_events(out)


def sort_events(events: Iterable[Event]) -> list[Event]:
    """Chronological: by start, coarser precision first at one start, then company."""
    return sorted(events, key=lambda e: (*e.period.sort_key(), e.company.casefold(), e.type,
                                         e.id))
