"""Shared fixtures: no test touches the user's real database."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.models import Event, Period, Source, day_period, year_period


@pytest.fixture(autouse=True)
def _private_db(tmp_path, monkeypatch):
    """Point TIMELINE_DB at a temporary file for every test."""
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "timeline.db"))
    yield


def make_event(company: str = "Acme", type_: str = "closure", period: Period | None = None,
               summary: str = "Acme closed its Springfield plant", article: str = "a1",
               eid: str = "e1", confidence: float = 0.8, status: str = "happened",
               trigger: str = "close", detail: str = "Springfield plant",
               published: str = "2024-05-02", path: str = "a1.txt") -> Event:
    """An Event for unit tests of merge, store and render."""
    return Event(
        id=eid, company=company, type=type_, status=status,
        period=period or day_period(date(2024, 5, 2)), summary=summary,
        confidence=confidence,
        sources=(Source(article=article, title="T", path=path, published=published,
                        sentence=summary + "."),),
        trigger=trigger, detail=detail, aliases=(company,),
    )


__all__ = ["make_event", "year_period"]
