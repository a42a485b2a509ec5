"""`timeline ingest`: read articles, extract dated events, store them."""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated

import typer

from timeline_cli.console import ExitCode, fail, note, open_db
from timeline_cli.options import DbOption


def ingest_cli(
    paths: Annotated[list[str], typer.Argument(
        help="Article files, folders of .txt/.md files, or '-' for standard input.",
        show_default=False)],
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date (YYYY-MM-DD) for articles without a "
        "'date YYYY-MM-DD' first line; relative dates are resolved against it.")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes for the NLP pass.")] = 1,
    db: DbOption = None,
) -> None:
    """Read articles and store their dated events (re-ingesting an article changes nothing)."""
    from timeline.ingest import ingest

    pub = None
    if published:
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            fail(f"--published {published!r} is not a date of the form YYYY-MM-DD",
                 ExitCode.USAGE)
    conn = open_db(db)
    with _Progress() as progress:
        report = ingest(paths, conn, pub, jobs, on_start=progress.start,
                        on_article=progress.advance)
    for path in report.undated:
        note(f"note: {path} has no 'date YYYY-MM-DD' line and no --published: dated by "
             "its explicit dates only, relative ones ('last year') unresolved.")
    for line in report.failures:
        note(f"Error: {line}")
    note(f"{report.read} article(s) read: {report.stored} stored with {report.events} "
         f"event(s), {report.known} already known, {len(report.failures)} failed.")
    if report.failures:
        raise typer.Exit(int(ExitCode.ERROR))


class _Progress:
    """A progress bar on stderr when several articles are analysed and stderr is a tty."""

    def __init__(self) -> None:
        self.bar = None
        self.task = None

    def __enter__(self) -> _Progress:
        return self

    def start(self, total: int) -> None:
        if total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("Ingesting", total=total)

    def advance(self, _article) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
