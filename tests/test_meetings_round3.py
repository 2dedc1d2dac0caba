"""Meeting rules from the round-3 full-article probes (evaluation/probes/articles3):
each test is a sentence written for the rule it checks, not a probe passage."""

from __future__ import annotations

import dprk_diplomacy

HEADER = " date 2024-05-17\nSEOUL, May 17 (Newswire) -- "  # a Friday


def meetings(body: str, header: str = HEADER) -> list[dprk_diplomacy.Meeting]:
    return list(dprk_diplomacy.parse(header + body).meetings)


def test_the_day_of_an_announcement_does_not_date_the_meeting() -> None:
    (summit,) = meetings(
        "The prime minister will fly to Hanoi on June 3 for talks with President "
        "Nguyen Van Anh, the first such summit in a decade, the cabinet office announced Thursday."
    )
    assert str(summit.date) == "2024-06-03"
    assert summit.status == "planned"
