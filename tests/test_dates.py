"""The temporal tagger: spans, TIMEX3 values and periods, on sentences written for the tests.

Anchors fall on different weekdays, at year ends (Dec 31 / Jan 1) and on leap days.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.dates import is_yearless, period_of, tag_dates
from timeline.models import Period, Timex

ROOT = Path(__file__).resolve().parents[1]


def tags(text: str, anchor: str | None) -> list[Timex]:
    return tag_dates(text, date.fromisoformat(anchor) if anchor else None)


def one(text: str, anchor: str | None, surface: str | None = None) -> Timex:
    """The timex whose text is `surface` (or the only one)."""
    found = tags(text, anchor)
    if surface is None:
        assert len(found) == 1, found
        return found[0]
    hits = [t for t in found if t.text == surface]
    assert hits, f"{surface!r} not tagged in {found}"
    return hits[0]


def label(t: Timex) -> str | None:
    return t.period.label if t.period else None


# --- API shape ---------------------------------------------------------------------------


def test_offsets_sorted_and_text_matches() -> None:
    text = "On Tuesday Acme said it cut 300 jobs in 2023 and will hire next year."
    found = tags(text, "2024-03-14")
    assert [t.text for t in found] == ["Tuesday", "2023", "next year"]
    assert all(text[t.start:t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)


def test_empty_text() -> None:
    assert tag_dates("", date(2024, 1, 1)) == []
    assert tag_dates("No dates in this sentence at all.", date(2024, 1, 1)) == []


# --- weekdays ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "anchor", "value"), [
    # past or present tense: the latest such day on or before the anchor
    ("Acme said on Wednesday that it had closed the plant.", "2024-01-01", "2023-12-27"),
    ("Acme announced the deal Monday.", "2024-01-01", "2024-01-01"),  # anchor is a Monday
    ("The regulator ruled on Friday.", "2024-03-01", "2024-03-01"),
    ("The regulator ruled on Thursday.", "2024-03-01", "2024-02-29"),  # leap day
    # future clause: the first such day on or after the anchor
    ("Acme will open the plant on Wednesday.", "2024-01-01", "2024-01-03"),
    ("Acme is expected to sign the deal on Monday.", "2023-12-31", "2024-01-01"),
    ("The union plans to strike on Friday.", "2024-12-30", "2025-01-03"),
    ("Shareholders are scheduled to vote Tuesday.", "2024-02-28", "2024-03-05"),
])
def test_bare_weekday(text: str, anchor: str, value: str) -> None:
    t = one(text, anchor)
    assert (t.type, t.value, label(t)) == ("DATE", value, value)


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), [
    # a dot after an abbreviation does not end the clause: "killed" still sets the tense
    ("In January, near the Roe vs. Wade anniversary, a blast in Mobile, Ala., killed a guard.",
     "2024-10-25", "January", "2024-01"),
    # "next to" is a place, not a future
    ("Two people were hurt in a blast next to the embassy on Friday.", "2024-03-09", "Friday",
     "2024-03-08"),
    # a perfect tells of the past, even after "been"
    ("Six people have been injured on Thursday as the strike will go on.", "2024-01-02",
     "Thursday", "2023-12-28"),
    # a future seen from the past ("had been due to") is past
    ("The offer had been due to expire Friday evening.", "2023-01-02", "Friday evening",
     "2022-12-30TEV"),
    # a threat looks ahead, whatever the tense of "has threatened"
    ("The union has threatened to strike on Thursday unless a deal is reached.",
     "2024-01-02", "Thursday", "2024-01-04"),
    ("The union threatened on Thursday to strike.", "2024-01-02", "Thursday", "2023-12-28"),
])
def test_tense_cues(text: str, anchor: str, surface: str, value: str) -> None:
    assert one(text, anchor, surface).value == value


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), [
    # a deadline ahead though the verb is past: the first such day after the anchor
    ("The regulator postponed until Thursday its ruling on the merger.", "2024-05-07",
     "Thursday", "2024-05-09"),
    ("The bank has given bidders until 5 p.m. Monday to improve their offers.", "2024-05-08",
     "5 p.m. Monday", "2024-05-13T17:00"),
    ("Bidders must file by Friday, the agency said.", "2024-12-31", "Friday",
     "2025-01-03"),
    # a deadline in the past perfect has passed
    ("Only ten members had paid their dues by Tuesday.", "2024-05-08", "Tuesday", "2024-05-07"),
    ("Until Sunday, the police had not named a suspect.", "2024-05-08", "Sunday", "2024-05-05"),
])
def test_deadline_before_a_weekday(text: str, anchor: str, surface: str, value: str) -> None:
    assert one(text, anchor, surface).value == value


def test_sentence_initial_now_with_a_comma_is_a_discourse_marker() -> None:
    text = 'Sales fell. Now, the chief executive says, "Now is the time to cut costs."'
    found = tags(text, "2024-02-29")
    assert [(t.text, t.start) for t in found] == [("Now", text.rindex("Now"))]
    # "now" elsewhere still refers to the present
    assert one("Acme now employs 300 people.", "2025-01-01").value == "PRESENT_REF"
    assert one("Now the plant is closed.", "2025-01-01").value == "PRESENT_REF"


def test_titles_and_names_are_not_timexes() -> None:
    # a unit or deictic word capitalised inside a sentence names a programme or a film
    text = 'The minister told "Meet the Press This Week" that talks on "Ten Days" will resume.'
    assert tags(text, "2024-02-29") == []
    assert tags("She reads the Daily Noon bulletin on VOA Today.", "2024-12-31") == []
    # sentence-initial words, holidays and title-case headlines keep their timexes
    assert one("Today the board met.", "2024-12-31").value == "2024-12-31"
    assert one("Sales peaked on Christmas Day.", "2024-12-31").value == "2024-12-25"
    assert one("Acme Will Cut Jobs Next Month\nThe plan was announced.", "2024-12-31",
               "Next Month").value == "2025-01"


def test_last_and_next_weekday() -> None:
    text = "The board met last Tuesday and meets again next Tuesday."
    last, nxt = tags(text, "2024-02-29")  # a Thursday in a leap year
    assert (last.text, last.value) == ("last Tuesday", "2024-02-27")
    assert (nxt.text, nxt.value) == ("next Tuesday", "2024-03-05")
    # "last Tuesday" said on a Tuesday is the week before, not the same day
    assert one("It happened last Tuesday.", "2024-03-05").value == "2024-02-27"


def test_weekday_with_part_of_day_is_a_time() -> None:
    t = one("Police arrived Tuesday morning.", "1998-02-13")
    assert (t.type, t.value, label(t)) == ("TIME", "1998-02-10TMO", "1998-02-10")


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("The ferry will sail on Monday and Thursday nights from June.", "2024-12-31",
     [("Monday", "XXXX-WXX-1TNI"), ("Thursday nights", "XXXX-WXX-4TNI")]),
    ("The museum opens Saturday, Sunday and Wednesday mornings.", "2025-01-01",
     [("Saturday", "XXXX-WXX-6TMO"), ("Sunday", "XXXX-WXX-7TMO"),
      ("Wednesday mornings", "XXXX-WXX-3TMO")]),
])
def test_weekdays_sharing_a_plural_part_of_day_are_sets(text: str, anchor: str,
                                                        expected: list) -> None:
    found = [t for t in tags(text, anchor) if t.type == "SET"]
    assert [(t.text, t.value) for t in found] == expected


@pytest.mark.parametrize(("text", "anchor", "value"), [
    # a present-tense verb of a scheduled event: the weekday is ahead
    ("He and the minister meet separately Friday with the envoy.", "2025-01-01", "2025-01-03"),
    ("The board meets on Thursday to pick a chief.", "2024-02-29", "2024-02-29"),
    ("Trading reopens Monday after the holiday.", "2024-12-27", "2024-12-30"),
    # an infinitive or a negation belongs to another verb; a past perfect has passed
    ("Troops began to leave Monday.", "2025-01-01", "2024-12-30"),
    ("The talks did not resume Tuesday.", "2024-03-01", "2024-02-27"),
])
def test_weekday_after_a_scheduled_present_verb(text: str, anchor: str, value: str) -> None:
    found = [t for t in tags(text, anchor) if t.type == "DATE"]
    assert found[0].value == value


def test_weekday_before_a_singular_part_of_day_stays_a_date() -> None:
    # "night" (singular) names one night: "Monday" is its own date, not a set
    found = tags("The council met Monday and Tuesday night.", "2024-02-29")  # a Thursday
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Monday", "DATE", "2024-02-26"), ("Tuesday night", "TIME", "2024-02-27TNI")]


def test_weekday_and_date_pick_the_year_where_they_agree() -> None:
    # 23 October was a Friday in 1998, not in 1999
    assert one("It opened on Friday, Oct. 23.", "1999-05-05").value == "1998-10-23"


# --- deictic days, weeks, months, years --------------------------------------------------


def test_today_yesterday_tomorrow_across_year_end() -> None:
    found = tags("Shares fell today after a drop yesterday; the vote is tomorrow.", "2024-12-31")
    assert [(t.text, t.value) for t in found] == [
        ("today", "2024-12-31"), ("yesterday", "2024-12-30"), ("tomorrow", "2025-01-01")]


def test_last_this_next_units() -> None:
    text = "Revenue rose last year, will rise this year and next month, fell last week."
    found = {t.text: t for t in tags(text, "2024-12-31")}
    assert found["last year"].value == "2023"
    assert found["this year"].value == "2024"
    assert found["next month"].value == "2025-01"
    assert found["last week"].value == "2024-W52"
    assert label(found["last week"]) == "2024-W52"
    assert found["last week"].period == Period(date(2024, 12, 23), date(2024, 12, 29), "week",
                                               "2024-W52")


def test_last_week_on_new_years_day_is_in_the_old_year() -> None:
    assert one("Acme hired 20 people last week.", "2024-01-01").value == "2023-W52"


def test_earlier_this_month_is_that_month() -> None:
    t = one("Acme hired 50 people earlier this month.", "2024-01-01")
    assert (t.text, t.value, t.mod, label(t)) == ("earlier this month", "2024-01", "START",
                                                  "2024-01")


def test_early_next_year_and_late_and_mid_years() -> None:
    t = one("Acme plans to list its shares early next year.", "2023-12-31")
    assert (t.text, t.value, t.mod, label(t)) == ("early next year", "2024", "START", "2024")
    t = one("Prices fell in late 2023.", "2024-06-10")
    assert (t.text, t.value, t.mod, label(t)) == ("late 2023", "2023", "END", "2023")
    t = one("Prices should rise by mid-2024.", "2024-01-10")
    assert (t.text, t.value, t.mod, label(t)) == ("mid-2024", "2024", "MID", "2024")
    t = one("It was cut at the end of 1990.", "1991-05-02")
    assert (t.text, t.value, t.mod) == ("the end of 1990", "1990", "END")


def test_ago_takes_the_month_as_period() -> None:
    found = tags("A year ago Acme had 500 staff; two weeks ago it opened a lab.", "2024-03-01")
    year_ago, weeks_ago = found
    assert (year_ago.value, label(year_ago)) == ("2023", "2023-03")
    assert (weeks_ago.value, label(weeks_ago)) == ("2024-W07", "2024-02")
    assert label(one("It moved three days ago.", "2024-03-01")) == "2024-02-27"


def test_present_ref_is_the_anchor_day() -> None:
    found = tags("It is now the leader and currently hiring, the CEO said today.", "2024-06-10")
    assert [(t.value, label(t)) for t in found] == [
        ("PRESENT_REF", "2024-06-10"), ("PRESENT_REF", "2024-06-10"), ("2024-06-10", "2024-06-10")]
    assert one("It recently moved.", "2024-06-10").value == "PAST_REF"


@pytest.mark.parametrize(("text", "surface", "value"), [
    # "soon" with a modal or "to": a reference to the future
    ("The airline will soon add flights to Lima.", "soon", "FUTURE_REF"),
    ("The mill soon will hire 40 people.", "soon", "FUTURE_REF"),
    ("The chain hopes to soon open stores in Ohio.", "soon", "FUTURE_REF"),
    ("Regulators may very soon rule on the bid.", "soon", "FUTURE_REF"),
    # "then current": the present of a past time
    ("Holders could buy stock at half the then current price.", "then current", "PAST_REF"),
    ("Bonds were swapped at the then-current rate.", "then-current", "PAST_REF"),
])
def test_soon_and_then_current(text: str, surface: str, value: str) -> None:
    assert one(text, "2024-05-08", surface).value == value


@pytest.mark.parametrize("text", [
    # "soon" in a narrative or as part of a conjunction is no reference to the future
    "The mayor was soon replaced.",
    "The vote came soon after the strike.",
    "Acme will reply as soon as it can.",
    # "today's" of an era ("nowadays"), not of the publication day
    "Such toys matter to today's children.",
    "Privacy is rare in today's world.",
    "Gadgets shape today's youth.",
])
def test_not_timexes_soon_and_generic_today(text: str) -> None:
    assert tags(text, "2024-05-08") == []


def test_today_before_a_noun_of_the_day_is_the_anchor() -> None:
    assert one("Today's meeting was short.", "2024-05-08").value == "2024-05-08"


# --- quarters, halves, fiscal years ----------------------------------------------------------


def test_quarters() -> None:
    # past tense: the latest such quarter begun by the anchor
    t = one("Profit fell in the fourth quarter.", "2024-01-15")
    assert (t.value, label(t)) == ("2023-Q4", "2023-Q4")
    assert t.period == Period(date(2023, 10, 1), date(2023, 12, 31), "quarter", "2023-Q4")
    assert one("Acme expects profit to rise in the fourth quarter.", "2024-10-02").value == \
        "2024-Q4"
    found = tags("Q3 results and third-quarter sales beat the first quarter of 1987.",
                 "2024-11-05")
    assert [(t.text, t.value) for t in found] == [
        ("Q3", "2024-Q3"), ("third-quarter", "2024-Q3"), ("the first quarter of 1987", "1987-Q1")]
    assert one("Sales rose in Q2 2023.", "2024-01-01").value == "2023-Q2"


def test_year_ago_quarter_compares_with_the_quarter_mentioned() -> None:
    text = ("Acme's third-quarter profit rose to $5 million from $4 million a year earlier. "
            "In the year-ago quarter it had a charge.")
    found = tags(text, "1999-10-20")
    assert [(t.text, t.value) for t in found] == [
        ("third-quarter", "1999-Q3"), ("a year earlier", "1998-Q3"),
        ("the year-ago quarter", "1998-Q3")]


def test_halves_and_fiscal_years() -> None:
    t = one("Sales doubled in the first half of 2024.", "2024-08-01")
    assert (t.text, t.value, label(t)) == ("the first half of 2024", "2024-H1", "2024-H1")
    t = one("In fiscal 2024 Acme earned $3 billion.", "2024-11-01")
    assert (t.text, t.value, label(t)) == ("fiscal 2024", "2024", "2024")
    assert one("Results for H2 2023 were weak.", "2024-03-01").value == "2023-H2"


# --- seasons and decades ----------------------------------------------------------------------


def test_seasons_are_spans_of_months() -> None:
    found = tags("Sales rose this spring and fell last summer.", "2024-07-01")
    assert [(t.text, t.value, label(t)) for t in found] == [
        ("this spring", "2024-SP", "2024-03/2024-05"),
        ("last summer", "2023-SU", "2023-06/2023-08")]
    # winter 2023 runs December 2023 to February 2024
    t = one("It will launch this winter.", "2024-01-10")
    assert (t.value, label(t)) == ("2023-WI", "2023-12/2024-02")
    # the noun "the fall in prices" is no season; "last fall in Ohio" still is one
    assert tags("The fall in prices hurt margins.", "2024-07-01") == []
    t = one("The plant closed last fall in Ohio.", "2024-01-01")
    assert (t.text, t.value) == ("last fall", "2023-FA")
    t = one("Talks resume next spring in Geneva.", "2024-02-29")
    assert (t.text, t.value) == ("next spring", "2024-SP")  # the coming one


def test_decades() -> None:
    found = tags("It was founded in the 1990s and grew in the '80s.", "2024-05-05")
    assert [(t.text, t.value, label(t)) for t in found] == [
        ("the 1990s", "199", "1990/1999"), ("the '80s", "198", "1980/1989")]
    assert one("It peaked in the early 1980s.", "2024-05-05").mod == "START"


# --- anaphora ----------------------------------------------------------------------------------


def test_anaphora_follow_the_last_date_mentioned() -> None:
    text = ("Acme opened a plant in March 2019. A year earlier it had closed one. "
            "The following month it hired a CEO. The same day it sold a unit.")
    found = tags(text, "2024-06-10")
    assert [(t.text, t.value) for t in found] == [
        ("March 2019", "2019-03"), ("A year earlier", "2018-03"),
        ("The following month", "2019-04"), ("The same day", "2019-04-XX")]


def test_day_anaphora() -> None:
    text = "The strike began on Jan. 30, 2024. The next day talks failed; two days later it ended."
    found = tags(text, "2024-02-05")
    # TimeML marks the length of an offset ("two days" later) as a DURATION; the day it
    # leads to is its period.
    assert [(t.text, t.type, t.value, label(t)) for t in found] == [
        ("Jan. 30, 2024", "DATE", "2024-01-30", "2024-01-30"),
        ("The next day", "DATE", "2024-01-31", "2024-01-31"),
        ("two days", "DURATION", "P2D", "2024-02-02")]


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), [
    # "the day before/after" a named date is one timex, counted from that date
    ("The day before last Friday's vote, the board met again.", "2024-05-08",
     "The day before last Friday", "2024-05-02"),
    ("Talks resumed the day after Nov. 3, 2019, in Geneva.", "2024-05-08",
     "the day after Nov. 3, 2019", "2019-11-04"),
    ("Fans queued the night before Saturday's final.", "2024-05-08",
     "the night before Saturday", "2024-05-03TNI"),
    # without a date after it, it stays an anaphor of the last date mentioned
    ("The plant shut on March 4, 2021. The day before, workers had left.", "2024-05-08",
     "The day before", "2021-03-03"),
])
def test_day_next_to_a_named_date(text: str, anchor: str, surface: str, value: str) -> None:
    assert one(text, anchor, surface).value == value


def test_offsets_are_durations() -> None:
    text = ("The plant closed in March 2019. A few days later the union sued; a week earlier "
            "it had warned. A minute and a half later the alarm rang.")
    found = tags(text, "2024-06-10")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("March 2019", "DATE", "2019-03"), ("A few days", "DURATION", "PXD"),
        ("a week", "DURATION", "P1W"), ("A minute and a half", "DURATION", "PT1M30S")]
    # "a year earlier" stays a comparison date
    assert one("Sales rose in 2019 from a year earlier.", "2024-06-10",
               "a year earlier").value == "2018"
    # with no anchor nothing leaks from the stand-in date
    t = one("Two days later the talks ended.", None)
    assert (t.text, t.value, t.period) == ("Two days", "P2D", None)


# --- spans -------------------------------------------------------------------------------------


def test_ranges_give_both_ends_the_span() -> None:
    text = "Profit rose between 2019 and 2021 and from March to June; the 1998-99 season was bad."
    found = tags(text, "2024-06-10")
    assert [(t.text, t.value, label(t)) for t in found] == [
        ("2019", "2019", "2019/2021"), ("2021", "2021", "2019/2021"),
        ("March", "2024-03", "2024-03/2024-06"), ("June", "2024-06", "2024-03/2024-06"),
        ("1998", "1998", "1998/1999"), ("99", "1999", "1998/1999")]


def test_second_day_of_a_pair() -> None:
    found = tags("The summit will be held on April 24 and 25; talks ran Oct. 1-3.", "1999-02-10")
    assert [(t.text, t.value) for t in found] == [
        ("April 24", "1999-04-24"), ("25", "1999-04-25"), ("Oct. 1", "1998-10-01"),
        ("3", "1998-10-03")]
    assert label(found[2]) == label(found[3]) == "1998-10-01/1998-10-03"
    assert [t.text for t in tags("It rose on March 5 and 6 percent on March 9.", "2024-06-10")] \
        == ["March 5", "March 9"]


# --- durations and sets -------------------------------------------------------------------------


def test_durations() -> None:
    found = tags("Acme has grown for six years, over the past six years in fact.", "2025-07-24")
    assert [(t.text, t.type, t.value, label(t)) for t in found] == [
        ("six years", "DURATION", "P6Y", None),
        ("the past six years", "DURATION", "P6Y", "2019/2025")]
    t = one("Acme will invest $2 billion over the next three years.", "2007-02-14")
    assert (t.text, t.value, label(t)) == ("the next three years", "P3Y", "2007-02-14/2010-02")
    assert one("The meeting lasted two hours.", "2024-01-01").value == "PT2H"
    assert one("It signed a 10-year lease.", "2024-01-01").value == "P10Y"
    assert one("The talks took 2 1/2 years.", "2024-01-01").value == "P2Y6M"
    t = one("The probe lasted more than four months.", "2024-01-01")
    assert (t.value, t.mod) == ("P4M", "MORE_THAN")
    assert one("Sales grew over the past two quarters.", "2024-05-15").period == Period(
        date(2023, 10, 1), date(2024, 6, 30), "span", "2023-Q4/2024-Q2")


def test_within_is_a_signal_outside_the_duration() -> None:
    # TimeML leaves prepositions out: "within" relates the duration to an event
    t = one("Acme must repay the loan within 18 months.", "2024-02-29")
    assert (t.text, t.type, t.value) == ("18 months", "DURATION", "P18M")
    t = one("The deal should close within a week.", "2023-12-31")
    assert (t.text, t.value) == ("a week", "P1W")


def test_a_shorter_match_stands_in_when_the_longest_is_no_timex() -> None:
    # "over an hour later" is no dated offset (hours are not dated), but "over an hour" is
    # still a duration
    t = one("Police arrived over an hour later.", "2024-12-31")
    assert (t.text, t.type, t.value, t.mod) == ("over an hour", "DURATION", "PT1H", "MORE_THAN")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Their third day-long meeting ended without a deal.", "day-long", "P1D"),
    ("A weeklong strike closed the port.", "weeklong", "P1W"),
    ("The two-year-long probe is over.", "two-year-long", "P2Y"),
    ("It ends a decades-long feud.", "decades-long", "PXDE"),
])
def test_long_adjectives_are_durations(text: str, surface: str, value: str) -> None:
    t = one(text, "2024-02-29", surface)
    assert (t.type, t.value) == ("DURATION", value)


def test_sets() -> None:
    found = tags("Acme reports every year, pays dividends annually and publishes weekly.",
                 "2024-06-10")
    assert [(t.text, t.type, t.value, t.period) for t in found] == [
        ("every year", "SET", "P1Y", None), ("annually", "SET", "P1Y", None),
        ("weekly", "SET", "P1W", None)]
    assert one("The board meets every Monday.", "2024-06-10").value == "XXXX-WXX-1"


# --- times -------------------------------------------------------------------------------------


def test_clock_times() -> None:
    t = one("The market closed at 3 p.m.", "2024-06-10")
    assert (t.text, t.type, t.value, label(t)) == ("3 p.m.", "TIME", "2024-06-10T15:00",
                                                   "2024-06-10")
    t = one("Trading resumes at 10:30 a.m. Tuesday.", "1998-02-13")
    assert (t.text, t.value) == ("10:30 a.m. Tuesday", "1998-02-10T10:30")
    assert one("The deadline is noon Friday.", "2024-06-10").value.endswith("T12:00")


# --- explicit dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), [
    ("It signed on March 5, 2024.", "2024-06-10", "March 5, 2024", "2024-03-05"),
    ("It signed on 5 March 2024.", "2024-06-10", "5 March 2024", "2024-03-05"),
    ("It signed on 2024-03-05.", "2024-06-10", "2024-03-05", "2024-03-05"),
    ("It signed on 03/05/2024.", "2024-06-10", "03/05/2024", "2024-03-05"),
    ("It signed on 25/12/2023.", "2024-06-10", "25/12/2023", "2023-12-25"),
    ("It signed on Jan. 13.", "2024-06-10", "Jan. 13", "2024-01-13"),
    # no year: the nearest such day, unless the tense points the other way
    ("It will sign on March 5.", "2024-02-01", "March 5", "2024-03-05"),
    ("It will sign on Feb. 29.", "2024-01-10", "Feb. 29", "2024-02-29"),
    ("The deal closes on Jan. 15.", "2023-12-31", "Jan. 15", "2024-01-15"),
    ("Acme was founded on Dec. 20.", "2024-01-01", "Dec. 20", "2023-12-20"),
    ("It opened in September 2022.", "2024-06-10", "September 2022", "2022-09"),
    ("Sales fell in January.", "2024-10-25", "January", "2024-01"),
    ("The store opened in 1998.", "2024-06-10", "1998", "1998"),
])
def test_explicit_dates(text: str, anchor: str, surface: str, value: str) -> None:
    t = one(text, anchor, surface)
    assert (t.type, t.value) == ("DATE", value)
    assert t.period == period_of(value)


def test_may_and_march_as_verbs_are_not_months() -> None:
    assert tags("Acme may march on, the CEO said.", "2024-06-10") == []
    assert one("The plant closed in May.", "2024-06-10").value == "2024-05"


def test_numbers_that_are_not_years() -> None:
    assert tags("It sold 1,500 cars and 2000 trucks for $1999.", "2024-06-10") == []


# --- no anchor ----------------------------------------------------------------------------------


def test_without_anchor_relative_values_stay_unknown() -> None:
    found = tags("Last year Acme moved; on March 5 it opened; on Friday it said the past six "
                 "years were good, and it now has 2,000 staff. In 2019 it was founded.", None)
    assert [(t.text, t.value, t.period) for t in found] == [
        ("Last year", "XXXX", None), ("March 5", "XXXX-03-05", None),
        ("Friday", "XXXX-WXX-5", None), ("the past six years", "P6Y", None),
        ("now", "PRESENT_REF", None), ("2019", "2019", year_period_2019())]


def year_period_2019() -> Period:
    return Period(date(2019, 1, 1), date(2019, 12, 31), "year", "2019")


# --- period_of -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "start", "end", "precision", "lab"), [
    ("2024", "2024-01-01", "2024-12-31", "year", "2024"),
    ("2024-02", "2024-02-01", "2024-02-29", "month", "2024-02"),
    ("2024-02-29", "2024-02-29", "2024-02-29", "day", "2024-02-29"),
    ("2024-Q3", "2024-07-01", "2024-09-30", "quarter", "2024-Q3"),
    ("2024-H1", "2024-01-01", "2024-06-30", "half", "2024-H1"),
    ("2024-W01", "2024-01-01", "2024-01-07", "week", "2024-W01"),
    ("2020-W53", "2020-12-28", "2021-01-03", "week", "2020-W53"),
    ("2024-SU", "2024-06-01", "2024-08-31", "span", "2024-06/2024-08"),
    ("199", "1990-01-01", "1999-12-31", "span", "1990/1999"),
    ("1998-02-10TMO", "1998-02-10", "1998-02-10", "day", "1998-02-10"),
    ("1998-XX-XX", "1998-01-01", "1998-12-31", "year", "1998"),
])
def test_period_of(value: str, start: str, end: str, precision: str, lab: str) -> None:
    assert period_of(value) == Period(date.fromisoformat(start), date.fromisoformat(end),
                                      precision, lab)


def test_period_of_without_interval() -> None:
    assert period_of("PRESENT_REF", date(2024, 3, 1)) == Period(date(2024, 3, 1),
                                                                 date(2024, 3, 1), "day",
                                                                 "2024-03-01")
    for value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF", "P6Y", "XXXX-WXX-1", "", "junk"):
        assert period_of(value) is None


# --- bench/timex.py I/O ---------------------------------------------------------------------------


def test_bench_timex_io(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc": "d1", "dct": "2024-02-29", "text": "Acme said Tuesday.",
                               "extra": 1}) + "\n" + json.dumps(
        {"doc": "d2", "dct": "2023-12-31", "text": "Nothing here."}) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "timex.py"), str(src)],
                          capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines == [
        {"doc": "d1", "timexes": [{"start": 10, "end": 17, "text": "Tuesday", "type": "DATE",
                                   "value": "2024-02-27"}]},
        {"doc": "d2", "timexes": []}]
    assert "docs/s" in done.stderr


# --- year of a date given without one --------------------------------------------------------


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), [
    # the verb right before the date sets the tense, whatever follows
    ("Shares issued July 1, which will receive a smaller dividend, trade lower.", "2023-10-27",
     "July 1", "2023-07-01"),
    ("In the fiscal year ended Jan. 31, the chain reported a profit.", "2023-10-31",
     "Jan. 31", "2023-01-31"),
    # "by" introducing an agent is no deadline
    ("Cited by city traffic police in December, he was ordered home.", "2024-04-18",
     "December", "2023-12"),
    # a deadline word right before the date still points ahead
    ("The dividend is payable Jan. 15 to holders of record.", "2023-10-31", "Jan. 15",
     "2024-01-15"),
    # so does one before a holiday, over a past verb later in the clause
    ("The firm is set to cut jobs by Christmas after losses spiralled in the spring.",
     "2020-09-03", "Christmas", "2020-12-25"),
    ("Sales slumped over Christmas, the retailer said.", "2020-09-03", "Christmas",
     "2019-12-25"),
])
def test_year_of_dates_without_one(text: str, anchor: str, surface: str, value: str) -> None:
    assert one(text, anchor, surface).value == value


def test_year_ago_compares_with_the_reported_quarter() -> None:
    text = ("Acme's third-quarter profit rose 20%. After a flat second quarter, results "
            "improved. Charges were taken in the year-earlier period. In the 2023 period "
            "costs fell from a year ago.")
    found = tags(text, "2023-11-01")
    assert [(t.text, t.value) for t in found] == [
        ("third-quarter", "2023-Q3"), ("a flat second quarter", "2023-Q2"),
        ("the year-earlier period", "2022-Q3"), ("the 2023 period", "2023-Q3"),
        ("a year ago", "2022-Q3")]


def test_the_year_in_a_sentence() -> None:
    text = "Acme's third-quarter sales rose. Sales for the full year were $6.6 billion."
    assert one(text, "2023-11-02", "the full year").value == "2023"
    assert one("The stock hit a high for the year of $42 in June.", "2023-10-30",
               "the year").value == "2023"


def test_quantities_per_period_are_rates_not_sets() -> None:
    text = ("Sales should rise 8.5% annually; the plant makes 10,000 units annually and "
            "the firm pays $2 million annually. It meets annually and publishes weekly.")
    found = tags(text, "2024-06-10")
    assert [(t.text, t.value) for t in found] == [("annually", "P1Y"), ("weekly", "P1W")]


def test_odd_matches_never_raise():
    # A rule that cannot normalise what it matched skips it instead of failing the article.
    text = "They would win an election early this summer. Sales on February 30 rose."
    assert all(t.value for t in tag_dates(text, date(1987, 3, 27)))


@pytest.mark.parametrize(("text", "yearless"), [
    ("November", True), ("Dec. 7", True), ("mid-June", True), ("7 March", True),
    ("March 2019", False), ("next month", False), ("last Tuesday", False), ("2024", False),
])
def test_is_yearless_tells_inferred_years(text: str, yearless: bool) -> None:
    assert is_yearless(text) is yearless


# --- dates-push: comparisons over the months of the year so far, anaphora, new forms ---


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), [
    # a nine- or six-month span in the clause: last year's same months, a year-grain date
    ("For the nine months, the retailer earned $40 million, up from $31 million a year "
     "earlier.", "1996-10-23", "a year earlier", "1995"),
    ("In the first six months, the carrier lost $3 million, against a profit of $2 million a "
     "year ago.", "2003-07-31", "a year ago", "2002"),
    ("For the nine months, the bank posted a loss, compared with year-earlier net of $9 "
     "million.", "2011-10-28", "year-earlier", "2010"),
    # without one, the quarter reported stays the base
    ("Third-quarter profit rose to $12 million from $9 million a year earlier.", "1996-10-23",
     "a year earlier", "1995-Q3"),
])
def test_year_to_date_comparisons(text: str, anchor: str, surface: str, value: str) -> None:
    assert one(text, anchor, surface).value == value


def test_the_full_year_ignores_a_year_of_an_earlier_paragraph() -> None:
    text = ("The maker aims to double its share by 2005.\n\n"
            "Its chairman forecast higher profit for the full year.")
    assert one(text, "2002-10-28", "the full year").value == "2002"
    same = "By 2005 it aims to double its share; for the full year it sees higher profit."
    assert one(same, "2002-10-28", "the full year").value == "2005"


def test_present_passive_is_not_a_past_cue() -> None:
    # said in March: "is heard in May" is this May, not last year's
    text = "The appeal is heard in May before a panel of three judges."
    assert one(text, "2007-03-14", "May").value == "2007-05"
    past = "The appeal was heard in May before a panel of three judges."
    assert one(past, "2007-03-14", "May").value == "2006-05"


def test_overnight_is_the_night_before_the_day_in_focus() -> None:
    text = ("Stocks in Frankfurt fell sharply Tuesday.\n\n"
            "Shares were hit by overnight losses in Tokyo.")
    assert one(text, "2004-01-01", "overnight").value == "2003-12-29TNI"
    assert one("Rain fell overnight.", "2016-03-01", "overnight").value == "2016-02-29TNI"


def test_the_week_of_a_date_is_its_iso_week() -> None:
    assert one("A hearing is set for the week of Jan. 3.", "2010-12-29").value == "2011-W01"
    t = one("Talks resume the week of March 6, 2000, officials said.", "2000-02-24")
    assert (t.text, t.value) == ("the week of March 6, 2000", "2000-W10")


def test_a_named_years_quarter_without_ordinal() -> None:
    text = ("Third-quarter sales rose 8%. Sales in Japan for last year's quarter were "
            "$3 million.")
    assert one(text, "2015-11-02", "last year's quarter").value == "2014-Q3"


def test_a_half_of_a_decade_is_the_decade_with_a_modifier() -> None:
    t = one("Sales have been flat since the last half of the '80s.", "1991-06-05")
    assert (t.text, t.value, t.mod) == ("the last half of the '80s", "198", "END")
    t = one("Prices rose in the first half of the 1990s.", "2001-01-01")
    assert (t.text, t.value, t.mod) == ("the first half of the 1990s", "199", "START")
    assert one("the first half of 1999 was weak", "2001-01-01").value == "1999-H1"


@pytest.mark.parametrize(("text", "value"), [
    ("Analysts think the region will one day be a hub.", "FUTURE_REF"),
    ("She could one day lead the party.", "FUTURE_REF"),
    ("The plant will shut for one day in May.", "P1D"),
    ("Shares fell one day and rose the next.", "P1D"),
])
def test_one_day_after_a_modal_is_the_future(text: str, value: str) -> None:
    assert one(text, "2018-02-09", "one day").value == value


def test_the_day_before_in_apposition_to_a_date_is_that_date() -> None:
    text = "The fund was closed on Sept. 14, the day before the court ruled."
    assert one(text, "2008-09-20", "the day before").value == "2008-09-14"
    # a full stop (or nothing after it) leaves it an anaphor: the day before Sept. 14
    text = "The fund was closed on Sept. 14. The day before, its manager quit."
    assert one(text, "2008-09-20", "The day before").value == "2008-09-13"


def test_the_month_quarter_is_the_calendar_quarter_ending_then():
    from timeline.dates import tag_dates

    found = {t.text: t.value for t in tag_dates(
        "For the December quarter, sales rose. For the full year 2025, it sees growth.",
        date(2025, 2, 7))}
    assert found["the December quarter"] == "2024-Q4"
    assert "the full year" not in found and found["2025"] == "2025"


@pytest.mark.parametrize("text", [
    "It introduced the PrintMax 2000, a networked printer.",
    "The PowerBook 2400 ships in May.",
])
def test_a_model_number_is_no_year(text: str) -> None:
    assert [t.text for t in tags(text, "1987-03-03")] == ([] if "May" not in text else ["May"])
