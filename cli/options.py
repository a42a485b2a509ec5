"""Options shared by several commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite database to use (default: $TIMELINE_DB, else "
                 "timeline.db in the user data directory).", show_default=False,
                 dir_okay=False),
]
