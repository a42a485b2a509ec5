"""`timeline ingest`: read articles, extract dated events, store them."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated

import typer

from timeline_cli.console import ExitCode, fail, note, open_db
from timeline_cli.options import DbOption


@dataclass
class IngestReport:
    """What one ingest run did, for the summary line."""

    read: int = 0
    stored: int = 0
    known: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)


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
    pub = None
    if published:
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            fail(f"--published {published!r} is not a date of the form YYYY-MM-DD",
                 ExitCode.USAGE)
    conn = open_db(db)
    report = ingest(paths, conn, pub, jobs)
    for line in report.failures:
        note(f"Error: {line}")
    note(f"{report.read} article(s) read: {report.stored} stored with {report.events} "
         f"event(s), {report.known} already known, {len(report.failures)} failed.")
    if report.failures:
        raise typer.Exit(int(ExitCode.ERROR))


def ingest(paths: list[str], conn, published: date | None, jobs: int = 1) -> IngestReport:
    """Load every input, analyse the new articles and store each in its own transaction."""
    from timeline.articles import expand_inputs, load_article
    from timeline.errors import TimelineError
    from timeline.store import has_article, save_article

    report = IngestReport()
    fresh = []
    for item in expand_inputs(paths):
        if isinstance(item, TimelineError):
            report.failures.append(str(item))
            continue
        try:
            article = load_article(item, published)
        except TimelineError as exc:
            report.failures.append(str(exc))
            continue
        report.read += 1
        if has_article(conn, article.id) or any(a.id == article.id for a in fresh):
            report.known += 1
            continue
        if article.published is None:
            note(f"note: {article.path} has no 'date YYYY-MM-DD' line and no --published: "
                 "dated by its explicit dates only, relative ones ('last year') unresolved.")
        fresh.append(article)
    if not fresh:
        return report

    from timeline.pipeline import analyse_articles

    with _progress(len(fresh)) as advance:
        for article, events in analyse_articles(fresh, n_process=jobs):
            try:
                if save_article(conn, article, events):
                    report.stored += 1
                    report.events += len(events)
                else:
                    report.known += 1
            except TimelineError as exc:
                report.failures.append(str(exc))
            advance()
    return report


class _progress:
    """A progress bar on stderr when there are several articles and stderr is a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar = None

    def __enter__(self):
        if self.total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            task = self.bar.add_task("Ingesting", total=self.total)
            return lambda: self.bar.advance(task)
        return lambda: None

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
