"""Render a timeline: a Rich table for people, JSON / JSON Lines / CSV for programs.

The data formats never change with the terminal; only the table is styled.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from timeline.models import Event

FORMATS = ("table", "json", "jsonl", "csv")
CSV_FIELDS = ("id", "date", "precision", "start", "end", "company", "type", "status",
              "summary", "confidence", "sources")


def event_to_dict(e: Event) -> dict:
    """The JSON contract of one event (field names and meanings are stable)."""
    return {
        "id": e.id,
        "date": e.period.label,
        "precision": e.period.precision,
        "start": e.period.start.isoformat(),
        "end": e.period.end.isoformat(),
        "company": e.company,
        "type": e.type,
        "status": e.status,
        "summary": e.summary,
        "confidence": round(e.confidence, 3),
        "aliases": list(e.aliases),
        "sources": [
            {"article": s.article, "title": s.title, "path": s.path,
             "published": s.published, "sentence": s.sentence}
            for s in e.sources
        ],
    }


def render_json(events: Iterable[Event], out: TextIO) -> None:
    """A JSON array, one event per line, streamed; `[]` when there is none."""
    first = True
    for e in events:
        out.write("[\n" if first else ",\n")
        out.write(json.dumps(event_to_dict(e), ensure_ascii=False))
        first = False
    out.write("[]\n" if first else "\n]\n")


def render_jsonl(events: Iterable[Event], out: TextIO) -> None:
    """One JSON object per line."""
    for e in events:
        out.write(json.dumps(event_to_dict(e), ensure_ascii=False) + "\n")


def render_csv(events: Iterable[Event], out: TextIO) -> None:
    """CSV with a header; `sources` holds the source paths joined by '; '."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for e in events:
        d = event_to_dict(e)
        d["sources"] = "; ".join(s["path"] for s in d["sources"])
        w.writerow([d[f] for f in CSV_FIELDS])


_TYPE_STYLE = {
    "layoff": "red", "closure": "red", "market_exit": "red", "legal": "magenta",
    "acquisition": "green", "expansion": "green", "hiring": "green", "launch": "cyan",
    "leadership": "yellow", "financial_results": "blue",
}


def render_table(events: list[Event], out: TextIO, title: str | None = None,
                 color: bool | None = None) -> None:
    """A Rich table: date, company, type, status, summary, number of sources."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, no_color=color is False, highlight=False,
                      force_terminal=color if color else None, soft_wrap=False)
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("Date", no_wrap=True)
    table.add_column("Company", no_wrap=True)
    table.add_column("Type", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Event")
    table.add_column("Src", justify="right")
    for e in events:
        style = _TYPE_STYLE.get(e.type, "")
        status = e.status if e.status == "happened" else f"[italic]{e.status}[/italic]"
        table.add_row(e.period.label, e.company, f"[{style}]{e.type}[/]" if style else e.type,
                      status, e.summary, str(len(e.sources)))
    if not events:
        console.print("No events match.", style="dim")
        return
    console.print(table)
