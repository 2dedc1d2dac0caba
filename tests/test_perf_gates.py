"""The speed-ups find exactly what the patterns and scans they shortcut find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dprk_diplomacy.extract import meetings
from dprk_diplomacy.recognize import dates
from dprk_diplomacy.recognize.trie import word_list_pattern

# Every word a time expression may open with, as the text may write it: _DATE turns
# away a word whose second and third letters open none of them.
_OPENING_WORDS = [
    "Jan", "Jan.", "January", "Feb", "Feb.", "February", "Mar", "Mar.", "March",
    "Apr", "Apr.", "April", "May", "Jun", "Jun.", "June", "Jul", "Jul.", "July",
    "Aug", "Aug.", "August", "Sep", "Sep.", "Sept", "Sept.", "September",
    "Oct", "Oct.", "October", "Nov", "Nov.", "November", "Dec", "Dec.", "December",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "earlier", "later", "last", "this", "next", "past", "coming", "yesterday", "today",
    "tomorrow", "Earlier", "Later", "Last", "This", "Next", "Past", "Coming", "Yesterday",
    "Today", "Tomorrow",
]  # fmt: skip


@pytest.mark.parametrize("word", _OPENING_WORDS)
def test_date_gate_lets_every_opening_word_through(word: str) -> None:
    as_read = re.compile(dates._DATE_AS_READ, re.VERBOSE)
    texts = [f"in {word} 2019", f"{word} 12, 2019", f"met {word} week", f"{word}'s talks"]
    expected = [[(m.span(), m.group(0)) for m in as_read.finditer(text)] for text in texts]
    assert any(expected)  # the word opens an expression in one of the texts at least
    assert [[(m.span(), m.group(0)) for m in dates._DATE.finditer(text)] for text in texts] == (
        expected
    )


def test_clause_breaks_of_each_kind() -> None:
    # One sentence per branch of the pattern: its breaks are where they were.
    text = (
        "They met, but left; talks ended after lunch and will resume since their summit, "
        "as he said, which Moon offered, and Kim met Trump in May that he visited. "
        '"We agree," Kim said, and Choe Son Hui held talks while Seoul waited, '
        "as Tokyo seeks a deal, which was new."
    )
    found = [text[m.start() : m.end()] for m in meetings._CLAUSE_BREAK.finditer(text)]
    assert found == [
        ", but ",
        ";",
        " after ",
        " and ",
        " since ",
        ", as ",
        ", which ",
        ", and ",
        " that ",
        " ",
        ", and ",
        " while ",
        ", as ",
        " which ",
    ]


# A list with more lower-case initials than the first-character branches suit: the
# pattern opens with the look-behind, and finds what the plain alternation finds.
_MANY_INITIALS = ["agreed to", "be held", "could", "due", "expected", "for", "going to",
                  "hope", "intend", "just", "keen", "likely", "may", "next", "'ll", "ahead of"]  # fmt: skip


@settings(max_examples=300)
@given(
    text=st.lists(
        st.sampled_from(
            _MANY_INITIALS + [w.upper() for w in _MANY_INITIALS] + [" ", "-", "x", "\n", "’"]
        ),
        max_size=40,
    ).map("".join),
    start=st.integers(0, 5),
    ignore_case=st.booleans(),
)
def test_word_list_of_many_initials_matches_the_plain_alternation(
    text: str, start: int, ignore_case: bool
) -> None:
    words = sorted({w.lower() if ignore_case else w for w in _MANY_INITIALS}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in words)
    plain = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE if ignore_case else 0)
    fast = word_list_pattern(_MANY_INITIALS, ignore_case=ignore_case, any_space=True)
    assert fast.pattern.startswith("(?<!")  # the look-behind form, not the branches
    found = [(m.span(), m.group(0)) for m in fast.finditer(text, start)]
    assert found == [(m.span(), m.group(0)) for m in plain.finditer(text, start)]
