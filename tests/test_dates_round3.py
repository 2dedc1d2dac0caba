"""Time-expression rules from the round-3 date probes: each test is a sentence
written for the rule it checks, not a corpus passage."""

from __future__ import annotations

import datetime as dt

from dprk_diplomacy.recognize.dates import Direction, find_dates

ANCHOR = dt.date(2019, 7, 10)  # a Wednesday


def read(sentence: str, direction: Direction = "past") -> list[tuple[str, str]]:
    """Each expression found, with the date it resolves to against ANCHOR."""
    return [(m.text, str(m.resolve(ANCHOR, direction))) for m in find_dates(sentence)]


def test_a_month_with_a_relative_word_is_the_nearest_such_month() -> None:
    assert read("The envoy visited Beijing last June.") == [("last June", "2019-06")]
    assert read("Last March, the envoys met in Oslo.") == [("Last March", "2019-03")]
    assert read("The envoy visited Beijing last September.") == [("last September", "2018-09")]
    assert read("The ministers will meet next March.", "future") == [("next March", "2020-03")]
    assert read("The ministers will meet next July.") == [("next July", "2020-07")]
    assert read("Talks are expected this April.", "future") == [("this April", "2019-04")]


def test_a_relative_month_with_a_day_is_left_to_the_day() -> None:
    assert read("Kim met Trump at the border last June 30.") == [("June 30", "2019-06-30")]
