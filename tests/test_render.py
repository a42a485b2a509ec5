"""Renderers: the JSON contract, JSON Lines, CSV, the table."""

from __future__ import annotations

import csv
import io
import json

from conftest import make_event
from timeline.models import quarter_period
from timeline.render import render_csv, render_json, render_jsonl, render_table

FIELDS = {"id", "date", "precision", "start", "end", "company", "type", "status", "summary",
          "sources"}


def test_json_is_an_array_with_the_contract_fields():
    out = io.StringIO()
    render_json([make_event(eid="e1"), make_event(eid="e2", period=quarter_period(2024, 3))],
                out)
    data = json.loads(out.getvalue())
    assert [d["id"] for d in data] == ["e1", "e2"]
    assert FIELDS <= set(data[1])
    assert (data[1]["date"], data[1]["precision"], data[1]["start"], data[1]["end"]) == \
           ("2024-Q3", "quarter", "2024-07-01", "2024-09-30")
    assert set(data[0]["sources"][0]) == {"article", "title", "path", "published", "sentence"}


def test_empty_json_is_an_empty_array():
    out = io.StringIO()
    render_json([], out)
    assert json.loads(out.getvalue()) == []


def test_jsonl_and_csv_have_one_row_per_event():
    events = [make_event(eid="e1"), make_event(eid="e2", summary="Acme, Inc. said \"no\"")]
    out = io.StringIO()
    render_jsonl(events, out)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["e1", "e2"]
    out = io.StringIO()
    render_csv(events, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["summary"] for r in rows] == ["Acme closed its Springfield plant",
                                            "Acme, Inc. said \"no\""]


def test_table_shows_date_company_type_and_summary():
    out = io.StringIO()
    render_table([make_event(period=quarter_period(2024, 3))], out, title="Timeline: Acme",
                 color=False)
    text = out.getvalue()
    for word in ("2024-Q3", "Acme", "closure", "Springfield"):
        assert word in text
