"""Standard streams for the CLI: data to stdout, messages to stderr, one-line errors."""

from __future__ import annotations

import sys
from enum import IntEnum
from pathlib import Path
from typing import NoReturn

import typer


class ExitCode(IntEnum):
    """Process exit codes."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


def note(message: str) -> None:
    """A message for the person at the terminal (stderr, never mixed with data)."""
    print(message, file=sys.stderr, flush=True)


def fail(message: str, code: ExitCode = ExitCode.ERROR) -> NoReturn:
    """Print `Error: message` on stderr and end the command with `code`."""
    note(f"Error: {message}")
    raise typer.Exit(int(code))


def open_db(db: Path | None):
    """Connect to the chosen database, turning store errors into one-line failures."""
    from timeline.errors import StoreError
    from timeline.paths import default_db_path
    from timeline.store import connect

    try:
        return connect(db or default_db_path())
    except StoreError as exc:
        fail(str(exc))
