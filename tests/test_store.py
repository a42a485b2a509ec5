"""The SQLite store: migrations, one transaction per article, queries."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from conftest import make_event
from timeline.articles import parse_article
from timeline.errors import StoreError
from timeline.models import day_period, year_period
from timeline.store import (
    MIGRATIONS,
    EventQuery,
    connect,
    count_articles,
    list_companies,
    query_events,
    save_article,
)


@pytest.fixture
def conn(tmp_path):
    return connect(tmp_path / "sub" / "t.db")


def _article(text="date 2024-05-02\nAcme closed its plant."):
    return parse_article(text, "acme.txt")


def test_schema_version_is_recorded_and_reconnect_is_idempotent(tmp_path):
    c = connect(tmp_path / "t.db")
    assert c.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    c.close()
    c2 = connect(tmp_path / "t.db")
    assert c2.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_save_twice_stores_once(conn):
    a = _article()
    ev = make_event(article=a.id)
    assert save_article(conn, a, [ev]) is True
    assert save_article(conn, a, [ev]) is False
    assert count_articles(conn) == 1
    assert len(query_events(conn)) == 1


def test_a_failing_article_leaves_nothing_behind(conn):
    good = _article()
    save_article(conn, good, [make_event(eid="g1")])
    bad = _article("date 2024-05-03\nAnother text.")
    # An event that breaks a constraint rolls the whole article back.
    broken = replace(make_event(eid="b1"), company=None)  # NOT NULL company
    with pytest.raises(StoreError):
        save_article(conn, bad, [make_event(eid="b0"), broken])
    assert count_articles(conn) == 1
    assert [e.id for e in query_events(conn)] == ["g1"]


def test_queries_filter_by_company_alias_type_status_dates_confidence(conn):
    a = _article()
    events = [
        make_event(eid="e1", company="Acme", type_="closure", period=year_period(2019)),
        make_event(eid="e2", company="Acme", type_="layoff", period=day_period(date(2024, 3, 1)),
                   status="planned", confidence=0.4),
        replace(make_event(eid="e3", company="Globex", type_="layoff",
                           period=year_period(2023)), aliases=("Globex Corp", "GBX")),
    ]
    save_article(conn, a, events)

    def ids(**kw):
        return [e.id for e in query_events(conn, EventQuery(**kw))]

    assert ids(companies=("acme",)) == ["e1", "e2"]
    assert ids(companies=("gbx",)) == ["e3"]
    assert ids(types=("layoff",)) == ["e3", "e2"]
    assert ids(statuses=("planned",)) == ["e2"]
    assert ids(since=date(2023, 6, 1)) == ["e3", "e2"]
    assert ids(until=date(2023, 1, 1)) == ["e1", "e3"]
    assert ids(since=date(2024, 1, 1), until=date(2024, 6, 30)) == ["e2"]
    assert ids(min_confidence=0.5) == ["e1", "e3"]
    e = query_events(conn, EventQuery(companies=("globex",)))[0]
    assert e.sources[0].path == "acme.txt" and e.sources[0].published == "2024-05-02"


def test_companies_list_counts_and_aliases(conn):
    save_article(conn, _article(), [
        replace(make_event(eid="e1", company="Amazon"), aliases=("AWS", "Amazon")),
        replace(make_event(eid="e2", company="Amazon", type_="layoff"),
                aliases=("Amazon Web Services",)),
        make_event(eid="e3", company="IBM"),
    ])
    rows = list_companies(conn)
    assert [(r.company, r.events, r.articles) for r in rows] == [("Amazon", 2, 1), ("IBM", 1, 1)]
    assert rows[0].aliases == ("AWS", "Amazon Web Services")


def test_unusable_paths_raise_store_errors(tmp_path):
    not_db = tmp_path / "notes.db"
    not_db.write_text("this is not sqlite")
    with pytest.raises(StoreError, match="cannot use database"):
        connect(not_db)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        connect(blocker / "t.db")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "t.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer version"):
        connect(path)
