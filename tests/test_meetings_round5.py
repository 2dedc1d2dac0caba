"""Meeting rules of the fifth round: each test is a sentence written for the rule it
checks, not a probe passage."""

from __future__ import annotations

import dprk_diplomacy
from lookup import by_parties

HEADER = " date 2024-05-17\nSEOUL (Newswire) -- "  # a Friday


def meetings(body: str, header: str = HEADER) -> list[dprk_diplomacy.Meeting]:
    return list(dprk_diplomacy.parse(header + body).meetings)


def test_those_who_are_leading_the_delegations_sit_at_the_talks_just_told() -> None:
    found = meetings(
        "Diplomats of Japan and North Korea opened talks in Hanoi on Wednesday. Kenji "
        "Morita, a deputy director general at Japan's Foreign Ministry, and Ri Chol Min, a "
        "North Korean ambassador-at-large, are leading the delegations."
    )
    talks = by_parties(found, "JPN", "PRK")
    assert set(talks.participants) == {"Kenji Morita", "Ri Chol Min"}


def test_a_side_that_is_headed_by_someone_names_a_participant() -> None:
    found = meetings(
        "The two Koreas began working-level talks at the border on Tuesday. The South's "
        "team is headed by Park Sun-woo, a unification ministry official, while Jang "
        "Myong Su heads the North Korean side."
    )
    talks = by_parties(found, "KOR", "PRK")
    assert set(talks.participants) == {"Park Sun-woo", "Jang Myong Su"}
