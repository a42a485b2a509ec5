"""Run the steps on articles: NLP pass -> dates -> companies -> events -> merge.

This module wires the steps together; each step lives in its own module and knows
nothing of the others' callers. Importing it loads spaCy, so the CLI imports it only
in commands that analyse text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from timeline.companies import resolve_companies
from timeline.dates import tag_dates
from timeline.events import extract_events
from timeline.merge import merge_events
from timeline.models import Article, Event
from timeline.nlp import load_pipeline

# Articles parsed per spaCy batch: large enough to amortise, small enough to stream.
BATCH_SIZE = 16


def analyse_article(article: Article) -> list[Event]:
    """The events of one article, repeats within it folded."""
    return next(analyse_articles([article]))[1]


def analyse_articles(articles: Iterable[Article], n_process: int = 1,
                     ) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with its events, in input order, parsed in batches by spaCy.

    `n_process` > 1 parses in that many worker processes (spaCy's own multiprocessing).
    """
    nlp = load_pipeline()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE,
                                 n_process=n_process):
        timexes = tag_dates(article.text, article.published)
        report = resolve_companies(doc)
        events = extract_events(article, doc, timexes, report)
        yield article, merge_events(events)
