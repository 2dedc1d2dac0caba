"""The round-5 speed-ups find exactly what the patterns and scans they shortcut find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dprk_diplomacy.extract import channels
from dprk_diplomacy.gazetteer import Gazetteer
from dprk_diplomacy.recognize import people
from dprk_diplomacy.recognize.terms import Term, TermIndex
from dprk_diplomacy.recognize.trie import fewest_anchors, fold_case, holds_any
from dprk_diplomacy.text import clean

# Pieces that make menu bars, gaps and prose, in every whitespace the engine knows.
_MENU_PIECES = ["Home", "World", " ", "  ", "\t", "\u00a0", "|", "·", "•", "x", "\u2003", ""]


@settings(max_examples=400)
@given(text=st.lists(st.sampled_from(_MENU_PIECES), max_size=12).map("".join))
def test_menu_gap_finds_what_the_look_behind_form_found(text: str) -> None:
    as_read = re.compile(r"(?<=\S)\s{2}")
    expected = [m.span() for m in as_read.finditer(text)]
    assert [m.span() for m in clean._MENU_GAP.finditer(text)] == expected


@settings(max_examples=200)
@given(text=st.lists(st.sampled_from(_MENU_PIECES), max_size=12).map("".join))
def test_menu_sign_test_is_the_substring_test(text: str) -> None:
    assert clean._has_menu_sign(text) == any(sign in text for sign in clean._MENU_SIGNS)


@settings(max_examples=300)
@given(
    text=st.text(alphabet="abcstay ", max_size=20),
    start=st.integers(-25, 25),
    end=st.integers(-25, 25),
)
def test_holds_any_reads_bounds_as_find_did(text: str, start: int, end: int) -> None:
    words = ("stay", "ab", "c")
    expected = any(text.find(word, start, end) >= 0 for word in words)
    assert holds_any(text, words, start, end) == expected


def test_fewest_anchors_drop_only_words_holding_another() -> None:
    anchors = fewest_anchors(["embassy", "embassies", "Red Cross", "crossing", "go-betweens"])
    assert anchors == ("embassy", "embassies", "cross", "go-betweens")


def test_every_route_noun_holds_a_route_anchor() -> None:
    # The route scan is skipped in a sentence holding no anchor: each noun must hold one.
    for noun in channels._DATA["routes"]:
        folded = fold_case(noun)
        assert any(anchor in folded for anchor in channels._ROUTE_ANCHORS), noun


def test_route_pre_test_skips_only_sentences_without_a_route() -> None:
    sentences = [
        "the message went through the swedish embassy in pyongyang.",
        "they talked via the red cross and the truce village.",
        "seoul relied on intermediaries for months.",
        "the letter came through a back door.",
    ]
    for sentence in sentences:
        found = channels._ROUTE.search(sentence) is not None
        assert not found or holds_any(sentence, channels._ROUTE_ANCHORS, 0, len(sentence))


def test_contact_refusal_holds_a_quantifier() -> None:
    # A sentence without "any", "all" or "every" is not searched for a refusal.
    sentences = [
        "pyongyang will reject any contact with tokyo.",
        "it would not respond to all such approaches.",
        "the north ignored every form of dialogue offered.",
        "it refused contact.",
    ]
    for sentence in sentences:
        found = channels._CONTACT_REFUSAL.search(sentence) is not None
        assert found == (sentence != "it refused contact.")
        assert not found or holds_any(sentence, channels._REFUSAL_ANCHORS, 0, len(sentence))


def test_embassy_turn_names_an_embassy_in_the_folded_sentence() -> None:
    for text in (
        "Britain will REOPEN its Embassy in Pyongyang.",
        "Seoul closed the embassy at Hanoi",
    ):
        found = channels._EMBASSY_TURN.search(text)
        assert found is not None
        assert "embassy" in fold_case(text)


def _terms_as_searched(index: TermIndex, text: str, start: int, end: int) -> list[Term]:
    """TermIndex.find as it read before: one search per term, from the last term's end."""
    found = []
    term = index._next(text, start, end)
    while term is not None:
        found.append(term)
        term = index._next(text, term.end, end)
    return found


@settings(max_examples=200)
@given(
    words=st.lists(
        st.sampled_from(
            ["the North", "the North Korean", "North Korea", "Seoul", "Seoul's", "U.S.", "US",
             "Beijing", "and", "said", "Korean", "the South", "Japan", ",", "envoy"]
        ),
        max_size=10,
    ),
    start=st.integers(0, 6),
)  # fmt: skip
def test_term_scan_finds_what_one_search_per_term_found(words: list[str], start: int) -> None:
    index = TermIndex(Gazetteer.default())
    text = " ".join(words)
    assert index.find(text, start, len(text)) == _terms_as_searched(index, text, start, len(text))


@pytest.mark.parametrize(
    "text", ["B. Lynn Pascoe went", "the U.S. Lynn Pascoe", "Mr. Lynn Pascoe", "X. Lynn", "Lynn"]
)
def test_leading_initial_pre_test_keeps_the_search_result(text: str) -> None:
    a = text.index("Lynn")
    as_searched = people._LEADING_INITIAL.search(text, max(0, a - 3), a)
    expected = (as_searched.start(), len(text)) if as_searched else (a, len(text))
    assert people._with_leading_initial(text, 0, a, len(text)) == expected


# Words of the boilerplate patterns whose opening group of words is spelt out per word.
_BOILERPLATE_PIECES = [
    "making", "make", " a donation", "facebook", "twitter", "x", " | ", " / ", "share this",
    "photo", "image", " 1", " of ", "12", "tags", "topics", ":", " ", "posted in", "filed under",
    "is", "was", " from", " published from", " the", " wire", " feed", "read", "see", " more",
    "hits", "reads", "get", " our", " app", "more stories", " on", " seoul", "click", " here",
]  # fmt: skip


@settings(max_examples=400)
@given(text=st.lists(st.sampled_from(_BOILERPLATE_PIECES), max_size=8).map("".join))
def test_spelt_out_boilerplate_patterns_match_as_written(text: str) -> None:
    for key in ("line_patterns", "phrases", "end_patterns", "link_heading_patterns"):
        patterns = clean._strings(clean._BOILERPLATE, key)
        as_written = re.compile("|".join(patterns))
        spelt = clean._alternation(patterns)
        for method in ("fullmatch", "search", "match"):
            expected = getattr(as_written, method)(text)
            found = getattr(spelt, method)(text)
            assert (found and found.span()) == (expected and expected.span()), (key, method)


def test_top_level_alternatives_skip_groups_classes_and_escapes() -> None:
    assert clean._top_level_alternatives(r"a(?:b|c)|[|]d|e\|f|[]|]g") == [
        "a(?:b|c)",
        "[|]d",
        r"e\|f",
        "[]|]g",
    ]


@pytest.mark.parametrize(
    "before",
    [
        "Japan's ",
        "Japan’s ",
        "Japan's\n",
        "Japan's \n",
        "South Korea's  ",
        "the envoy ",
        "Japans ",
        "",
    ],
)
def test_possessive_pre_test_keeps_the_search_result(before: str) -> None:
    finder = people.NameFinder(TermIndex(Gazetteer.default()), Gazetteer.default())
    text = f"After talks, {before}Ishikawa Taro said so."
    at = text.index("Ishikawa")
    owner = people._POSSESSIVE_BEFORE.search(text, max(0, at - 30), at)
    term = finder.terms.lookup(owner.group("state")) if owner else None
    expected = term.code if term is not None and term.kind in ("country", "capital") else None
    assert finder._country_possessive_before(text, 0, at) == expected
