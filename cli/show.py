"""`timeline show`: a company's (or the whole archive's) timeline."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from timeline_cli.console import ExitCode, fail, open_db
from timeline_cli.options import DbOption
from timeline_cli.output import CsvFlag, JsonFlag, JsonlFlag, chosen_format


def show_cli(
    company: Annotated[list[str] | None, typer.Option(
        "--company", "-c", help="Company name, alias or ticker (repeatable).",
        show_default=False)] = None,
    type_: Annotated[list[str] | None, typer.Option(
        "--type", "-t", help="Event type, e.g. layoff, acquisition (repeatable).",
        show_default=False)] = None,
    status: Annotated[list[str] | None, typer.Option(
        "--status", help="happened, planned or reported (repeatable).",
        show_default=False)] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Only events overlapping this date or later: 2023, 2024-Q3, "
        "2024-06, 2024-06-05.")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Only events overlapping this date or earlier.")] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="Only events at least this sure.")] = 0.0,
    limit: Annotated[int | None, typer.Option("--limit", min=1,
                                              help="At most this many events.")] = None,
    json_: JsonFlag = False,
    jsonl: JsonlFlag = False,
    csv: CsvFlag = False,
    db: DbOption = None,
) -> None:
    """Show the timeline, oldest first: a table, or JSON / JSON Lines / CSV for programs."""
    from timeline.merge import merge_events
    from timeline.models import EVENT_TYPES, STATUSES, period_from_label
    from timeline.render import render_csv, render_json, render_jsonl, render_table
    from timeline.store import EventQuery, query_events

    fmt = chosen_format(json_, jsonl, csv)
    for t in type_ or []:
        if t not in EVENT_TYPES:
            fail(f"unknown type {t!r}; types are: {', '.join(EVENT_TYPES)}", ExitCode.USAGE)
    for s in status or []:
        if s not in STATUSES:
            fail(f"unknown status {s!r}; statuses are: {', '.join(STATUSES)}", ExitCode.USAGE)
    bounds = []
    for flag, value in (("--since", since), ("--until", until)):
        try:
            bounds.append(period_from_label(value) if value else None)
        except ValueError:
            fail(f"{flag} {value!r} is not a date like 2024, 2024-Q3, 2024-06 or 2024-06-05",
                 ExitCode.USAGE)
    lo, hi = bounds
    query = EventQuery(
        companies=tuple(company_keys(company or [])), types=tuple(type_ or ()),
        statuses=tuple(status or ()), since=lo.start if lo else None,
        until=hi.end if hi else None, min_confidence=min_confidence)
    events = merge_events(query_events(open_db(db), query))
    if limit is not None:
        events = events[:limit]
    out = sys.stdout
    if fmt == "json":
        render_json(events, out)
    elif fmt == "jsonl":
        render_jsonl(events, out)
    elif fmt == "csv":
        render_csv(events, out)
    else:
        title = f"Timeline: {', '.join(company)}" if company else "Timeline"
        render_table(events, out, title=title)


def company_keys(names: list[str]) -> list[str]:
    """Lower-cased names to look up: each name as given, its canonical company and the
    names the alias table knows for it."""
    if not names:
        return []
    from timeline.companies import canonical_company, known_aliases

    keys: list[str] = []
    for name in names:
        canonical = canonical_company(name)
        # Former names and other table names too: "--company ExxonMobil" finds "Exxon".
        for key in (name, canonical, *known_aliases(canonical)):
            if key.casefold() not in keys:
                keys.append(key.casefold())
    return keys
