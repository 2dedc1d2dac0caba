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


def test_a_relative_month_with_a_day_is_strictly_before_or_after() -> None:
    assert read("Kim met Trump at the border last June 30.") == [("last June 30", "2019-06-30")]
    assert read("They met last July 20.", "future") == [("last July 20", "2018-07-20")]
    assert read("They will meet next July 3.") == [("next July 3", "2020-07-03")]


def test_a_counted_offset_fixes_the_day_for_days_the_month_for_weeks() -> None:
    assert read("The envoys agreed to meet again in three weeks.", "future") == [
        ("in three weeks", "2019-07")
    ]
    assert read("A follow-up round will be held within three days.") == [
        ("within three days", "2019-07-13")
    ]
    assert read("The envoy arrived in Seoul two weeks ago.") == [("two weeks ago", "2019-06")]
    assert read("He will be in Tokyo in a week.") == [("in a week", "2019-07")]


def test_a_counted_offset_in_months_or_years_fixes_no_more_than_its_unit() -> None:
    assert read("The leaders met three months ago.") == [("three months ago", "2019-04")]
    assert read("They will meet again in two months.") == [("in two months", "2019-09")]
    assert read('"We met a year ago," the minister said.') == [("a year ago", "2018")]
    assert read("They will meet again in two months' time.") == [("in two months' time", "2019-09")]
    assert read("It took them two years' work.") == []


def test_a_span_is_no_counted_offset() -> None:
    assert read("It was the first meeting of the two in three years.") == []
    assert read("The talks ended in two days of wrangling.") == []
    assert read("They met for the first time in two years.") == []
    assert read("It was their second summit in a month.") == []


def test_the_end_of_the_current_period_fixes_that_period() -> None:
    assert read("Seoul hopes to hold a summit before the end of the year.", "future") == [
        ("the end of the year", "2019")
    ]
    assert read("The office should reopen by year-end.") == [("year-end", "2019")]
    assert read("The envoys will meet at the end of the month.") == [
        ("the end of the month", "2019-07")
    ]
    assert read("The ministers met at the start of the year.") == [
        ("the start of the year", "2019")
    ]
    assert read("The summit was held at the end of March.") == [("March", "2019-03")]


def test_the_end_of_something_else_is_no_date() -> None:
    assert read("Both sides want the end of the war.") == []
    assert read("He spoke at the end of the year of talks.") == []


def test_the_weekend_is_the_nearest_one_the_tense_points_to() -> None:
    monday = dt.date(2019, 7, 1)
    (mention,) = find_dates("The foreign ministers met over the weekend in Bangkok.")
    assert mention.text == "over the weekend"
    assert str(mention.resolve(monday, "past")) == "2019-06"
    (mention,) = find_dates("Lee will travel to Washington this weekend.")
    assert str(mention.resolve(monday, "future")) == "2019-07"
    assert str(mention.resolve(monday, "past")) == "2019-06"
    assert [m.text for m in find_dates("They met on the weekend of the summit.")] == []


def test_a_part_of_a_named_month_is_no_relative_week() -> None:
    assert read("Ri visited Moscow in the last week of April.") == [("April", "2019-04")]


def test_a_numbered_resolution_is_no_year() -> None:
    assert read("Security Council Resolution 2087 condemned the launch.") == []
    assert read("It breaks resolution 2094, adopted in 2013.") == [("2013", "2013")]


def test_an_ordinal_day_of_a_named_month() -> None:
    assert read("The delegations met on the 11th of June in Stockholm.") == [
        ("11th of June", "2019-06-11")
    ]
    assert read("Round 3 of March talks") == [("March", "2019-03")]  # no ordinal: no day


def test_a_season_with_a_relative_word_fixes_its_year() -> None:
    assert read("Chinese officials visited Pyongyang this fall.") == [("this fall", "2019")]
    assert read("The envoy visited Moscow last summer.") == [("last summer", "2018")]
    assert read("The envoy visited Moscow last spring.") == [("last spring", "2019")]
    assert read("The two leaders will meet next spring.", "future") == [("next spring", "2020")]
    assert read("The two leaders will meet next autumn.") == [("next autumn", "2019")]
    assert read("Officials noted this fall in exports.") == []


def test_may_is_the_month_by_its_neighbours() -> None:
    assert read("The summit was held in late May in Hanoi.") == [("May", "2019-05")]
    assert read("Talks resumed in mid-May.") == [("May", "2019-05")]
    assert read("Kim visited Beijing in May and June.") == [("May", "2019-05"), ("June", "2019-06")]
    assert read("The talks, held in May, ended without a deal.") == [("May", "2019-05")]
    assert read("The envoy visited Seoul last May.") == [("last May", "2019-05")]


def test_may_as_a_modal_or_a_name_is_no_month() -> None:
    assert read("Pyongyang may send a delegation to the talks.") == []
    assert read("This May Be the Last Chance for Talks") == []
    assert read("Theresa May met Moon in London.") == []
    assert read("The envoy said he would talk to May and Abe.") == []


def test_a_month_of_a_year() -> None:
    assert read("Trump met Kim in June of last year.") == [("June of last year", "2018-06")]
    assert read("The envoys met in May of 2018.") == [("May of 2018", "2018-05")]


def test_earlier_or_later_in_the_current_period() -> None:
    assert read("The ministers met earlier in the week.") == [("earlier in the week", "2019-07")]
    assert read("The envoys will meet later in the month.") == [("later in the month", "2019-07")]
    assert read("Earlier in the year, Kim visited Beijing.") == [("Earlier in the year", "2019")]
    assert read("He had said so earlier in the week of talks.") == []


def test_the_day_before_yesterday_and_after_tomorrow() -> None:
    assert read("Officials said the day before yesterday that talks would resume.") == [
        ("the day before yesterday", "2019-07-08")
    ]
    assert read("The envoy will arrive the day after tomorrow.") == [
        ("the day after tomorrow", "2019-07-12")
    ]


def test_a_fortnight_and_a_decade_are_counted_units() -> None:
    assert read("The envoy visited Seoul a fortnight ago.") == [("a fortnight ago", "2019-06")]
    assert read("The two Koreas held such talks a decade ago.") == [("a decade ago", "2009")]
    assert read("No talks have been held in a decade.") == []
    assert read("No talks have been held in two years.") == []


def test_a_day_or_month_of_last_or_next_year() -> None:
    assert read("The envoy met Kim on June 12 last year.") == [("June 12 last year", "2018-06-12")]
    assert read("A summit is set for March 3 next year.") == [("March 3 next year", "2020-03-03")]
    assert read("The summit will be held in May next year.") == [("May next year", "2020-05")]


def test_a_part_of_the_day_is_that_day() -> None:
    assert read("The delegates arrived in Beijing late last night.") == [
        ("last night", "2019-07-09")
    ]
    assert read("The envoys met this morning in Panmunjom.") == [("this morning", "2019-07-10")]
    assert read("Talks will resume tonight.") == [("tonight", "2019-07-10")]


def test_a_half_of_the_year_and_a_part_of_may() -> None:
    assert read("The envoy visited Seoul in the first half of the year.") == [
        ("the first half of the year", "2019")
    ]
    assert read("Negotiators met in the third week of May.") == [("May", "2019-05")]
    assert read("The talks ended at the end of May.") == [("May", "2019-05")]
    assert read("He praised the government of May and her ministers.") == []


def test_an_attributive_year_end_is_no_date() -> None:
    assert read("It came six months after the year-end deadline.") == []
    assert read("Both sides aim for a deal before year's end.") == [("year's end", "2019")]


def test_a_fronted_counted_offset() -> None:
    assert read("In two weeks, the envoys will meet again.") == [("In two weeks", "2019-07")]
