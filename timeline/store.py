"""SQLite store: connect, migrate, save one article per transaction, query events.

The store keeps every article and the events extracted from it, one row per event and
source sentence. Timelines are folded from these rows by `timeline.merge` when read,
so the same archive always gives the same timeline whatever order it was ingested in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from timeline.errors import StoreError
from timeline.models import Article, Event, Period, Source

_V1 = """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            title TEXT,
            published TEXT,
            published_from TEXT NOT NULL,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            company TEXT NOT NULL,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            precision TEXT NOT NULL,
            label TEXT NOT NULL,
            summary TEXT NOT NULL,
            confidence REAL NOT NULL,
            sentence TEXT NOT NULL,
            trigger TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX events_company ON events (company COLLATE NOCASE);
        CREATE INDEX events_type ON events (type);
        CREATE INDEX events_start ON events (start);
        CREATE INDEX events_article ON events (article_id);
"""

# Schema changes (SQL scripts), applied once each in order; PRAGMA user_version records
# how many ran.
MIGRATIONS: list[str] = [_V1]


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path` and bring its schema up to date."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise StoreError(f"database path {path} is a folder")
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot use database {path}: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot create database {path}: {exc.strerror or exc}") from exc
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations this database has not had yet, each in its own transaction."""
    done = conn.execute("PRAGMA user_version").fetchone()[0]
    if done > len(MIGRATIONS):
        raise StoreError("database was written by a newer version of timeline")
    for n, script in enumerate(MIGRATIONS[done:], start=done + 1):
        # One script per migration: executescript would commit a transaction begun apart.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {n};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def has_article(conn: sqlite3.Connection, article_id: str) -> bool:
    """True when an article with this id (content hash) is stored already."""
    return conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None


def save_article(conn: sqlite3.Connection, article: Article, events: Iterable[Event]) -> bool:
    """Store one article and its events in one transaction.

    Returns False, changing nothing, when the article is stored already. On any error
    the transaction is rolled back, so a failure never leaves half an article.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if has_article(conn, article.id):
                conn.execute("ROLLBACK")
                return False
            conn.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.path, article.title,
                 article.published.isoformat() if article.published else None,
                 article.published_from, article.text,
                 datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            rows, seen = [], set()
            for e in events:  # an id twice would be one event told twice: keep the first
                if e.id not in seen:
                    seen.add(e.id)
                    rows.append(_event_row(article.id, e))
            conn.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
            return True
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot store {article.path}: {exc}") from exc


def _event_row(article_id: str, e: Event) -> tuple:
    sentence = e.sources[0].sentence if e.sources else ""
    p = e.period
    return (e.id, article_id, e.company, e.type, e.status, p.start.isoformat(),
            p.end.isoformat(), p.precision, p.label, e.summary, e.confidence, sentence,
            e.trigger, e.detail, json.dumps(list(e.aliases)))


@dataclass(frozen=True)
class EventQuery:
    """What `show` asks for; None or empty means no filter on that field.

    `companies` are lower-cased names matched against an event's company or any alias
    the article used for it. `since`/`until` keep events whose period overlaps them.
    """

    companies: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    min_confidence: float = 0.0


def query_events(conn: sqlite3.Connection, q: EventQuery = EventQuery()) -> list[Event]:
    """Stored events (one source each) that pass the query, oldest first."""
    where, args = [], []
    if q.companies:
        marks = ",".join("?" * len(q.companies))
        where.append(f"(lower(e.company) IN ({marks}) OR EXISTS (SELECT 1 FROM "
                     f"json_each(e.aliases) WHERE lower(value) IN ({marks})))")
        args += list(q.companies) * 2
    if q.types:
        where.append(f"e.type IN ({','.join('?' * len(q.types))})")
        args += list(q.types)
    if q.statuses:
        where.append(f"e.status IN ({','.join('?' * len(q.statuses))})")
        args += list(q.statuses)
    if q.since:
        where.append("e.end >= ?")
        args.append(q.since.isoformat())
    if q.until:
        where.append("e.start <= ?")
        args.append(q.until.isoformat())
    if q.min_confidence > 0:
        where.append("e.confidence >= ?")
        args.append(q.min_confidence)
    sql = ("SELECT e.id, e.company, e.type, e.status, e.start, e.end, e.precision, e.label, "
           "e.summary, e.confidence, e.sentence, e.trigger, e.detail, e.aliases, "
           "a.id, a.title, a.path, a.published FROM events e JOIN articles a "
           "ON a.id = e.article_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.start, e.end, e.id"
    try:
        rows = conn.execute(sql, args).fetchall()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot read the database: {exc}") from exc
    return [_row_event(r) for r in rows]


def _row_event(r: tuple) -> Event:
    (eid, company, etype, status, start, end, precision, label, summary, conf, sentence,
     trigger, detail, aliases, aid, title, path, published) = r
    period = Period(date.fromisoformat(start), date.fromisoformat(end), precision, label)
    source = Source(article=aid, title=title, path=path, published=published, sentence=sentence)
    return Event(id=eid, company=company, type=etype, status=status, period=period,
                 summary=summary, confidence=conf, sources=(source,), trigger=trigger,
                 detail=detail, aliases=tuple(json.loads(aliases)))


@dataclass(frozen=True)
class CompanyRow:
    """A company in the store: canonical name, how many events, names articles used."""

    company: str
    events: int
    articles: int
    aliases: tuple[str, ...]


def list_companies(conn: sqlite3.Connection) -> list[CompanyRow]:
    """Every company with stored events, most events first."""
    rows = conn.execute(
        "SELECT company, count(*), count(DISTINCT article_id), "
        "(SELECT json_group_array(DISTINCT j.value) FROM events e2, json_each(e2.aliases) j "
        " WHERE e2.company = e.company) "
        "FROM events e GROUP BY company ORDER BY count(*) DESC, company"
    ).fetchall()
    out = []
    for company, n, arts, aliases in rows:
        names = sorted({a for a in json.loads(aliases or "[]") if a and a != company})
        out.append(CompanyRow(company, n, arts, tuple(names)))
    return out


def count_articles(conn: sqlite3.Connection) -> int:
    """How many articles are stored."""
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
