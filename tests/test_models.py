"""Periods: labels, intervals, ordering."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.models import period_from_label, span_period


@pytest.mark.parametrize("label, start, end, precision", [
    ("2024", date(2024, 1, 1), date(2024, 12, 31), "year"),
    ("2024-H1", date(2024, 1, 1), date(2024, 6, 30), "half"),
    ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30), "quarter"),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28), "month"),
    ("2024-07-05", date(2024, 7, 5), date(2024, 7, 5), "day"),
    ("2019/2025", date(2019, 1, 1), date(2025, 12, 31), "span"),
    ("2023-H2/2024", date(2023, 7, 1), date(2024, 12, 31), "span"),
])
def test_labels_give_inclusive_intervals(label, start, end, precision):
    p = period_from_label(label)
    assert (p.start, p.end, p.precision, p.label) == (start, end, precision, label)


@pytest.mark.parametrize("bad", ["", "24", "2024-13", "2024-Q5", "2024-02-30", "soon"])
def test_unreadable_labels_raise(bad):
    with pytest.raises(ValueError):
        period_from_label(bad)


def test_coarser_sorts_before_finer_at_the_same_start():
    labels = ["2024-03-05", "2024-03", "2024", "2023-12-31", "2024-Q1"]
    ordered = sorted((period_from_label(x) for x in labels), key=lambda p: p.sort_key())
    assert [p.label for p in ordered] == ["2023-12-31", "2024", "2024-Q1", "2024-03",
                                          "2024-03-05"]


def test_overlap():
    assert period_from_label("2024").overlaps(period_from_label("2024-07-05"))
    assert not period_from_label("2023").overlaps(period_from_label("2024-Q1"))


def test_a_span_from_a_decade_keeps_one_slash() -> None:
    span = span_period(period_from_label("1870/1879"), period_from_label("1987-04"))
    assert span.label == "1870/1987-04"
    assert (span.start, span.end) == (date(1870, 1, 1), date(1987, 4, 30))
    assert period_from_label(span.label) == span
