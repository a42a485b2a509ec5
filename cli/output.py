"""Output flags shared by every command that prints data, declared once."""

from __future__ import annotations

from typing import Annotated

import typer

JsonFlag = Annotated[bool, typer.Option("--json", help="Print a JSON array.")]
JsonlFlag = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]
CsvFlag = Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")]


def chosen_format(json_: bool, jsonl: bool, csv: bool) -> str:
    """The one output format the flags ask for ("table" when none)."""
    from timeline_cli.console import ExitCode, fail

    picked = [name for name, on in (("json", json_), ("jsonl", jsonl), ("csv", csv)) if on]
    if len(picked) > 1:
        fail("choose one of --json, --jsonl, --csv", ExitCode.USAGE)
    return picked[0] if picked else "table"
