"""`timeline dates FILE`: the time expressions of one article, normalised.

Shows what the temporal tagger makes of an article: every TIMEX3 expression with its
type, value, modifier, the period of days it stands for and its offsets in the body.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from timeline_cli.console import ExitCode, fail, note

FORMATS = ("table", "json")


def dates_cli(
    file: Annotated[Path, typer.Argument(help="Article file (UTF-8 text). A first line "
                                         "`date YYYY-MM-DD` gives the publication date.",
                                         show_default=False)],
    published: Annotated[str | None, typer.Option(
        "--published", metavar="DATE",
        help="Publication date YYYY-MM-DD; overrides the file's `date` line.")] = None,
    format: Annotated[str, typer.Option(
        "--format", help="Output: table or json.")] = "table",
) -> None:
    """Tag the time expressions of an article against its publication date.

    Relative expressions ("last week", "on Tuesday") resolve against the date given by
    --published, else the file's `date YYYY-MM-DD` first line; with neither they stay
    unresolved (values like XXXX-WXX-2, no period), and a note says so on stderr.
    Offsets count characters in the article body (after the `date` line).
    """
    from timeline.articles import InputFile, load_article
    from timeline.errors import InputError

    if format not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {format!r}", ExitCode.USAGE)
    anchor: date | None = None
    if published is not None:
        try:
            anchor = date.fromisoformat(published.strip())
        except ValueError:
            fail(f"--published {published!r} is not a date YYYY-MM-DD")
    try:
        article = load_article(InputFile(str(file)))
    except InputError as exc:
        fail(str(exc))
    if anchor is None:
        anchor = article.published
    if anchor is None:
        note("No publication date (no `date YYYY-MM-DD` line, no --published): "
             "relative dates are left unresolved.")
    rows = dates_rows(article.text, anchor)
    if format == "json":
        write_json(rows)
    else:
        write_table(rows, str(file), anchor)


def dates_rows(text: str, anchor: date | None) -> list[dict]:
    """The timexes of `text` as plain dicts, ready for JSON or a table."""
    from timeline.dates import tag_dates

    rows = []
    for t in tag_dates(text, anchor):
        p = t.period
        rows.append({"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                     "value": t.value, "mod": t.mod, "period": p.label if p else None,
                     "period_start": p.start.isoformat() if p else None,
                     "period_end": p.end.isoformat() if p else None})
    return rows


def write_json(rows: list[dict]) -> None:
    """A JSON array, one timex a line; `[]` when there is none."""
    out = sys.stdout
    if not rows:
        out.write("[]\n")
        return
    out.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n")


def write_table(rows: list[dict], name: str, anchor: date | None) -> None:
    """A Rich table of the timexes."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, highlight=False)
    if not rows:
        console.print("No time expressions found.")
        return
    title = f"{name}: {len(rows)} time expressions, anchor {anchor or 'none'}"
    table = Table(title=title)
    for col, just in (("Text", "left"), ("Type", "left"), ("Value", "left"), ("Mod", "left"),
                      ("Period", "left"), ("Start", "right"), ("End", "right")):
        table.add_column(col, justify=just)
    for r in rows:
        table.add_row(r["text"], r["type"], r["value"], r["mod"] or "", r["period"] or "",
                      str(r["start"]), str(r["end"]))
    console.print(table)
