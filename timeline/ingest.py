"""Ingest: load inputs, analyse the new articles, store each in its own transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from timeline.articles import expand_inputs, load_article
from timeline.errors import TimelineError
from timeline.models import Article
from timeline.store import has_article, save_article


@dataclass
class IngestReport:
    """What one ingest did: articles read, stored, already known, events, failures."""

    read: int = 0
    stored: int = 0
    known: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)


def ingest(paths: list[str], conn: sqlite3.Connection, published: date | None = None,
           jobs: int = 1, on_start: Callable[[int], None] | None = None,
           on_article: Callable[[Article], None] | None = None) -> IngestReport:
    """Ingest files, folders and '-' (stdin) into the store behind `conn`.

    A bad input is recorded in `failures` and the others go on. Articles already
    stored (same text) are counted as known and not analysed again. `on_start` is told
    how many articles will be analysed, `on_article` is called after each is stored.
    """
    report = IngestReport()
    fresh: list[Article] = []
    fresh_ids: set[str] = set()
    for item in expand_inputs(paths):
        if isinstance(item, TimelineError):
            report.failures.append(str(item))
            continue
        try:
            article = load_article(item, published)
        except TimelineError as exc:
            report.failures.append(str(exc))
            continue
        report.read += 1
        if article.id in fresh_ids or has_article(conn, article.id):
            report.known += 1
            continue
        if article.published is None:
            report.undated.append(article.path)
        fresh.append(article)
        fresh_ids.add(article.id)
    if not fresh:
        return report

    from timeline.pipeline import analyse_articles  # loads spaCy: only when there is work

    if on_start:
        on_start(len(fresh))
    for article, events in analyse_articles(fresh, n_process=jobs):
        try:
            if save_article(conn, article, events):
                report.stored += 1
                report.events += len(events)
            else:
                report.known += 1
        except TimelineError as exc:
            report.failures.append(str(exc))
        if on_article:
            on_article(article)
    return report
