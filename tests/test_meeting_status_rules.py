"""Status and kind of meetings told in sentences written for these tests."""

from __future__ import annotations

import pytest

from dprk_diplomacy import parse


def _meetings(body: str, published: str = "2019-06-05") -> list[tuple[str, str, str | None]]:
    article = parse(f" date {published}\nHeadline\n\n{body}\n")
    return [(m.status, m.kind, m.location) for m in article.meetings]


@pytest.mark.parametrize(
    "body",
    [
        "Ahead of the summit, Pompeo met Kim Yong Chol in New York on Thursday.",
        "Following the summit, Pompeo met Kim Yong Chol in New York on Thursday.",
        "Prior to the summit, Pompeo met Kim Yong Chol in New York on Thursday.",
        "Ahead of the banquet, Foreign Minister Kang Kyung-wha met Wang Yi in Seoul on Monday.",
    ],
)
def test_a_fronted_time_phrase_keeps_the_main_clause_held(body: str) -> None:
    assert ("held", "talks", "New York" if "Pompeo" in body else "Seoul") in _meetings(body)


def test_a_visit_under_way_is_held() -> None:
    body = "Vietnamese President Nguyen Phu Trong is on a three-day state visit to Pyongyang."
    assert [status for status, _, _ in _meetings(body)] == ["held"]


def _parties(body: str) -> list[list[str]]:
    article = parse(f" date 2019-06-05\nHeadline\n\n{body}\n")
    return [sorted(m.parties) for m in article.meetings]


def test_a_dated_resumption_is_an_occasion() -> None:
    body = "Washington and Pyongyang resumed working-level talks in Geneva on Saturday."
    assert _parties(body) == [["PRK", "USA"]]


def test_talk_of_resuming_is_no_occasion() -> None:
    assert _parties("Washington wants to resume working-level talks with Pyongyang.") == []


def test_the_source_of_a_report_is_no_side() -> None:
    body = "Japanese and North Korean diplomats met in Hanoi on Monday, a Vietnamese official said."
    assert _parties(body) == [["JPN", "PRK"]]
