"""The merger: one entry per happening, every source listed, most precise date."""

from __future__ import annotations

from datetime import date

from conftest import make_event
from timeline.merge import merge_events
from timeline.models import day_period, month_period, year_period


def test_same_happening_from_two_articles_becomes_one_entry_with_both_sources():
    a = make_event(eid="b2", article="a1", path="one.txt", period=year_period(2024))
    b = make_event(eid="a9", article="a2", path="two.txt", period=day_period(date(2024, 5, 2)),
                   summary="Acme shut its Springfield plant", trigger="shut")
    [entry] = merge_events([a, b])
    assert {s.path for s in entry.sources} == {"one.txt", "two.txt"}
    assert entry.period.label == "2024-05-02"  # the most precise date any source gives
    assert entry.id == "a9"  # the smallest source id: independent of ingest order


def test_merge_does_not_depend_on_input_order():
    events = [
        make_event(eid=f"e{i}", article=f"a{i % 2}", period=p, summary=s)
        for i, (p, s) in enumerate([
            (year_period(2024), "Acme closed its Springfield plant"),
            (month_period(2024, 5), "Acme closed the Springfield plant"),
            (year_period(2019), "Acme closed its Ohio store"),
        ])
    ]
    forward = merge_events(events)
    backward = merge_events(list(reversed(events)))
    assert [(e.id, e.period.label, len(e.sources)) for e in forward] == \
           [(e.id, e.period.label, len(e.sources)) for e in backward]


def test_distinct_happenings_of_one_day_in_one_article_stay_apart():
    resign = make_event(eid="e1", type_="leadership", summary="Jane Roe resigned as chief "
                        "executive", trigger="resign", detail="chief executive")
    chair = make_event(eid="e2", type_="leadership", summary="John Doe will become "
                       "non-executive chairman", trigger="become", detail="chairman")
    assert len(merge_events([resign, chair])) == 2


def test_different_numbers_are_different_happenings():
    five = make_event(eid="e1", article="a1", type_="expansion", summary="Acme opened 5 stores",
                      period=year_period(2010), trigger="open", detail="5 stores")
    thirty = make_event(eid="e2", article="a2", type_="expansion", summary="Acme opened 30 "
                        "stores", period=year_period(2010), trigger="open", detail="30 stores")
    assert len(merge_events([five, thirty])) == 2


def test_cross_article_pairs_go_to_the_most_alike_entry():
    # Two articles tell the same two leadership changes of one day, in other words.
    a1 = make_event(eid="e1", article="a", type_="leadership", trigger="leave",
                    summary="Brian Krzanich left his post as Intel CEO", detail="post")
    a2 = make_event(eid="e2", article="a", type_="leadership", trigger="install",
                    summary="The board installed Robert Swan as interim CEO", detail="Swan")
    b1 = make_event(eid="e3", article="b", type_="leadership", trigger="resign",
                    summary="Brian Kraznich resigned as Intel CEO", detail="company")
    b2 = make_event(eid="e4", article="b", type_="leadership", trigger="appoint",
                    summary="Robert Swan was appointed interim CEO", detail="Swan")
    merged = merge_events([a1, a2, b1, b2])
    assert len(merged) == 2
    by_id = {e.id: {s.sentence.split()[1] for s in e.sources} for e in merged}
    assert by_id["e1"] == {"Krzanich", "Kraznich"}
    assert by_id["e2"] == {"board", "Swan"}


def test_non_overlapping_dates_never_merge_and_output_is_chronological():
    old = make_event(eid="e1", period=year_period(2019))
    new = make_event(eid="e2", article="a2", period=year_period(2023))
    assert [e.period.label for e in merge_events([new, old])] == ["2019", "2023"]
