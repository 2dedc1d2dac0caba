"""The fast patterns find exactly what the plain patterns they replace find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dprk_diplomacy.recognize import dates, people
from dprk_diplomacy.recognize.trie import (
    _ascii_case_variants,
    anchor_positions,
    anchor_words,
    fold_case,
    folded_word_list_pattern,
    word_list_pattern,
)

WORDS = ["met", "meet", "meeting", "meetings", "phone call", "talks", "summit", "'ll", "’ll", "k"]
GROUPS = {"call": ["phone call", "call"], "meet": ["met", "meet", "meeting"], "talks": ["talks"]}
NOISE = [" ", "  ", "-", ".", ",", "'", "’", "\n", "x", "s", "ing", "K", "\u212a", "ı", "İ", "ſ"]


def _plain(
    words: list[str], *, ignore_case: bool, groups: dict[str, list[str]] | None = None
) -> str:
    """The alternation written out as the extractors used to write it."""

    def alternation(items: list[str]) -> str:
        ordered = sorted({w.lower() if ignore_case else w for w in items}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in ordered)

    if groups is not None:
        body = "|".join(f"(?P<{name}>{alternation(items)})" for name, items in groups.items())
    else:
        body = alternation(words)
    return rf"(?<![\w-])(?:{body})(?![\w-])"


def _texts(vocabulary: list[str]) -> st.SearchStrategy[str]:
    pieces = vocabulary + [w.upper() for w in vocabulary] + [w.title() for w in vocabulary]
    return st.lists(st.sampled_from(pieces + NOISE), max_size=60).map("".join)


def _found(
    pattern: re.Pattern[str], text: str, start: int
) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text, start)]


@settings(max_examples=300)
@given(text=_texts(WORDS), start=st.integers(0, 5), ignore_case=st.booleans())
def test_word_list_matches_the_plain_alternation(text: str, start: int, ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(_plain(WORDS, ignore_case=ignore_case), flags)
    fast = word_list_pattern(WORDS, ignore_case=ignore_case, any_space=True)
    assert _found(fast, text, start) == _found(plain, text, start)


@settings(max_examples=300)
@given(text=_texts([w for ws in GROUPS.values() for w in ws]), start=st.integers(0, 5))
def test_grouped_word_list_sets_the_same_group(text: str, start: int) -> None:
    plain = re.compile(_plain([], ignore_case=True, groups=GROUPS), re.IGNORECASE)
    fast = word_list_pattern(GROUPS, ignore_case=True, any_space=True)
    assert _found(fast, text, start) == _found(plain, text, start)


@settings(max_examples=300)
@given(text=_texts([w for ws in GROUPS.values() for w in ws] + WORDS), start=st.integers(0, 5))
def test_folded_pattern_finds_what_ignorecase_finds(text: str, start: int) -> None:
    # The speed-up of the cue lists: a lower-case pattern over fold_case(text).
    folded = fold_case(text)
    assert len(folded) == len(text)
    for words in (WORDS, GROUPS):
        case_blind = word_list_pattern(words, ignore_case=True, any_space=True)
        fast = folded_word_list_pattern(words, any_space=True)
        assert _found(fast, folded, start) == _found(case_blind, text, start)


@settings(max_examples=300)
@given(text=_texts(WORDS))
def test_every_match_holds_an_anchor(text: str) -> None:
    # Sentences without an anchor are skipped before the scan: none may hold a match.
    folded = fold_case(text)
    anchors = anchor_words(WORDS)
    positions = anchor_positions(folded, anchors)
    for match in folded_word_list_pattern(WORDS, any_space=True).finditer(folded):
        assert any(match.start() <= at < match.end() for at in positions)


def test_case_variants_are_what_ignorecase_matches() -> None:
    candidates = [chr(c) for c in range(0x80, 0x3000)] + ["\u212a"]
    for letter in "iks":
        expected = {c for c in candidates if re.fullmatch(letter, c, re.IGNORECASE)}
        assert set(_ascii_case_variants()[letter]) - {letter, letter.upper()} == expected


_PLAIN_NAME_RUN = re.compile(
    rf"(?<![\w'’.-]){people._NAME_TOKEN}(?:[ ]{people._NAME_TOKEN}){{0,9}}(?![\w-])", re.VERBOSE
)
_NAME_PIECES = ["Kim", "O'Brien", "O’Neil", "DeTrani", "Jong-un", "Kap‐soo", "U.S.", "McCain", "Ab"]


@settings(max_examples=300)
@given(
    text=st.lists(st.sampled_from(_NAME_PIECES + NOISE + ["A", "a"]), max_size=40).map("".join),
    start=st.integers(0, 5),
)
def test_name_run_matches_the_plain_pattern(text: str, start: int) -> None:
    spans = [m.span() for m in people._NAME_RUN.finditer(text, start)]
    assert spans == [m.span() for m in _PLAIN_NAME_RUN.finditer(text, start)]


_DATE_PIECES = ["Jan", "January", "Jan.", "May", "June", "Jun.", "Sept.", "Sep", "1", "2", "3", "0"]
_DATE_PIECES += [
    "9",
    "31",
    "27",
    "05",
    "2019",
    "1939",
    "st",
    " ",
    "-",
    "–",
    ",",
    ":",
    "in ",
    "since ",
]
_DATE_PIECES += [
    "mid-",
    "last year",
    "this",
    "Earlier ",
    "later ",
    "next",
    "week",
    "month",
    "Monday",
]
_DATE_PIECES += ["yesterday", "Today", "tomorrow", "x", "'s", "é", "_"]


@settings(max_examples=500)
@given(
    text=st.lists(st.sampled_from(_DATE_PIECES), max_size=40).map("".join),
    start=st.integers(0, 5),
)
def test_date_pattern_matches_the_pattern_as_read(text: str, start: int) -> None:
    as_read = re.compile(dates._DATE_AS_READ, re.VERBOSE)
    expected = [(m.span(), m.group(0)) for m in as_read.finditer(text, start)]
    assert [(m.span(), m.group(0)) for m in dates._DATE.finditer(text, start)] == expected


def test_name_run_reads_an_irish_prefix_only_after_a_plain_capital() -> None:
    # found by the property test above: "İ'Kim" is no O'Brien
    assert [m.span() for m in people._NAME_RUN.finditer("İ'Kim")] == []
    assert [m.span() for m in people._NAME_RUN.finditer("O'Brien")] == [(0, 7)]
