"""The meeting decision tables of data/meetings.json: each row's example sentence is decided by
that row, and a parse of it gives the row's value."""

from __future__ import annotations

import datetime as dt

import pytest

from dprk_diplomacy import parse
from dprk_diplomacy.extract.analysis import analyse
from dprk_diplomacy.extract.meeting_kind import KIND_RULES
from dprk_diplomacy.extract.meeting_status import STATUS_RULES, STATUS_TESTS, _load_rules
from dprk_diplomacy.extract.meetings import Candidate
from dprk_diplomacy.pipeline import default_parser
from dprk_diplomacy.text.clean import clean

PUBLISHED = dt.date(2019, 6, 5)


def _article(sentence: str, headline: str = "") -> str:
    return f" date {PUBLISHED.isoformat()}\n{headline or 'Headline'}\n\n{sentence}\n"


def _candidates(sentence: str, headline: str = "") -> list[Candidate]:
    """The meeting candidates of a one-sentence article, as the pipeline builds them."""
    parser = default_parser()
    text = _article(sentence, headline)
    cleaned = clean(text, places=parser._place_names)
    analysis = analyse(text, cleaned, PUBLISHED, parser._terms, parser._names)
    return parser._meetings.extract(analysis, parser._envoys.people(analysis))


@pytest.mark.parametrize("row", STATUS_RULES, ids=lambda row: row.rule)
def test_status_row_decides_its_example(row: object) -> None:
    rule, status, example = row.rule, row.status, row.example  # type: ignore[attr-defined]
    assert rule in {c.status_rule for c in _candidates(example)}
    assert status in {m.status for m in parse(_article(example)).meetings}


@pytest.mark.parametrize("row", KIND_RULES, ids=lambda row: row.rule)
def test_kind_row_decides_its_example(row: object) -> None:
    rule, kind, example = row.rule, row.kind, row.example  # type: ignore[attr-defined]
    headline = row.headline  # type: ignore[attr-defined]
    assert rule in {c.kind_rule for c in _candidates(example, headline)}
    assert kind in {m.kind for m in parse(_article(example, headline)).meetings}


def test_every_status_test_has_a_row() -> None:
    assert {row.rule for row in STATUS_RULES} == set(STATUS_TESTS)


def test_unknown_or_unterminated_tables_are_refused() -> None:
    with pytest.raises(ValueError, match="no test named"):
        _load_rules([{"rule": "no_such_test", "status": "held", "example": "x"}])
    with pytest.raises(ValueError, match="otherwise"):
        _load_rules([{"rule": "plan_word", "status": "planned", "example": "x"}])


def test_the_docs_list_every_row() -> None:
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "meeting-rules.md").read_text()
    for row in (*STATUS_RULES, *KIND_RULES):
        assert f"| `{row.rule}` |" in docs
