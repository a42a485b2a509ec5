"""The Typer app: one command per module, registered here."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from timeline_cli.companies import companies_cli
from timeline_cli.console import ExitCode
from timeline_cli.dates import dates_cli
from timeline_cli.ingest import ingest_cli
from timeline_cli.show import show_cli

app = typer.Typer(
    name="timeline",
    help="Build timelines of dated corporate events from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from timeline import __version__

        print(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Build timelines of dated corporate events from news articles."""


app.command("ingest")(ingest_cli)
app.command("show")(show_cli)
app.command("companies")(companies_cli)
app.command("dates")(dates_cli)


def main() -> None:
    """Entry point: run the app; Ctrl-C ends quietly with 130."""
    try:
        app()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        sys.exit(int(ExitCode.INTERRUPTED))
