"""The kind of a meeting (talks, summit, call), from one decision table.

The table is ``kind_rules`` in ``data/meetings.json``: ordered rows, each
naming a test of the cue's clause, the kind it gives and the sentence it is
for; the first row whose test holds decides.  A summit is a meeting of heads
of state or government in office, whatever word the text uses for it, and a
call is any meeting held by phone, video or a virtual session.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..models import MeetingKind
from ..partial_date import PartialDate
from ..recognize.trie import word_list_pattern
from ..resources import load_json
from .decision_table import first_row, load_rows
from .envoys import Person

_CUES = load_json("meetings.json")
_FORMER_WORDS = tuple(_CUES["former_words"])

# \b(?:phone|telephone|video|virtual)\b, searched in Analysis.folded; a word list, so
# that the engine skips ahead to the words' first letters instead of trying each position.
REMOTE = word_list_pattern(
    ["phone", "telephone", "video", "virtual"], not_after=r"\w", after=r"(?!\w)"
)
# "met the presidents of China and Russia": heads of state left unnamed, plural only; a
# singular "the president" is most often a named participant told again.
_UNNAMED_HEADS = re.compile(
    r"\bthe\s(?:presidents|premiers|prime\sministers|heads\sof\sstate)\s(?:of\s)?"
)


def sitting_head(person: Person) -> bool:
    """A head of state or government in office: a former president's meeting is no summit.

    >>> sitting_head(Person("Ann Lee", "annlee", ["Ann", "Lee"], title="President"))
    True
    >>> sitting_head(Person("Ann Lee", "annlee", ["Ann", "Lee"], title="former President"))
    False
    """
    if not person.head_of_state:
        return False
    title = (person.title or "").lower()
    return not title.startswith(_FORMER_WORDS)


def in_post_on(person: Person, on: PartialDate | None) -> bool:
    """False when the gazetteer dates a head's post and the occasion falls outside it
    ("Foreign Minister Kishida" met his counterpart in 2014, years before he led the
    government); True when either date is unknown.

    >>> from dprk_diplomacy.gazetteer import Gazetteer
    >>> kishida = Person("Fumio Kishida", "fumiokishida", ["Kishida"],
    ...     official=Gazetteer.default().official("Fumio Kishida"))
    >>> in_post_on(kishida, PartialDate(2014, 6)), in_post_on(kishida, PartialDate(2022))
    (False, True)
    """
    official = person.official
    if on is None or official is None or not official.head_of_state_or_government:
        return True
    if official.valid_from is not None and on.end() < official.valid_from:
        return False
    return official.valid_to is None or on.start() <= official.valid_to


def leaders_meeting(
    heads: Sequence[Person],
    visit: bool,
    location: str | None,
    location_country: str | None,
    on: PartialDate | None = None,
) -> bool:
    """True when the sitting heads among a meeting's people make it a summit.

    Two states' heads meet; or one head visits another state, whose host is
    then its head (a head's visit abroad is a summit with the host).

    >>> moon = Person("Moon Jae-in", "moonjaein", ["Moon"], title="President", country="KOR")
    >>> leaders_meeting([moon], True, "Beijing", "CHN")
    True
    >>> leaders_meeting([moon], False, "Beijing", "CHN")
    False
    """
    sitting = [p for p in heads if sitting_head(p) and in_post_on(p, on)]
    states = {p.country for p in sitting if p.country}
    if visit and sitting and location_country and location_country not in states:
        return location is not None
    return len(states) >= 2


@dataclass(frozen=True)
class KindClause:
    """A cue's clause as the kind rules read it: its frame (``group``), its
    participants, and the place worked out for it."""

    text: str
    folded: str
    w_start: int
    w_end: int
    group: str
    participants: Sequence[Person]
    visit: bool
    location: str | None
    location_country: str | None
    headline: str = ""  # the article's title, as cleaned
    cue_end: int = 0  # where the cue ends
    on: PartialDate | None = None  # the occasion's date, which a head's term must cover


# "X spoke with Y" under the headline "X's Call with Y": a readout of a call, whose
# sentences rarely say "by phone" again
_SPOKE = re.compile(r"(?:spoke|speaks|spoken|talked|talks)\b")
_CALL_HEADLINE = re.compile(r"\b(?:[Cc]alls?|[Pp]hone|[Tt]elephone|[Vv]ideo\s[Cc]onference)\b")


def _headline_call(c: KindClause) -> bool:
    """True for a verb of speaking, with no place, in a story headlined as a call.

    >>> t = "The minister spoke today with his counterpart."
    >>> c = KindClause(t, t.lower(), 0, len(t), "meet", [], False, None, None, "Minister's Call")
    >>> _headline_call(c)
    True
    """
    return (
        c.location is None
        and bool(_SPOKE.search(c.folded, c.w_start, c.w_end))
        and bool(_CALL_HEADLINE.search(c.headline))
    )


def _unnamed_heads(c: KindClause) -> bool:
    return any(sitting_head(p) for p in c.participants) and bool(
        _UNNAMED_HEADS.search(c.text, c.w_start, c.w_end)
    )


# "the meeting of their two presidents", "a summit between the two leaders": heads of
# state or government told as a pair right after the cue, named or not
_HEADS_AS_A_PAIR = re.compile(
    r"""
    \s(?:of|between)\s(?:their|the)\s(?:two\s)?
    (?:presidents|leaders|heads\sof\sstate|prime\sministers)\b
    """,
    re.VERBOSE,
)


# Each test reads the cue's clause; data/meetings.json orders them and gives each its kind.
KIND_TESTS: dict[str, Callable[[KindClause], bool]] = {
    "remote": lambda c: c.group == "call" or bool(REMOTE.search(c.folded, c.w_start, c.w_end)),
    "headline_call": _headline_call,
    "summit_word": lambda c: c.group == "summit",
    "leaders_meet": lambda c: leaders_meeting(
        c.participants, c.visit, c.location, c.location_country, c.on
    ),
    "head_meets_unnamed_heads": _unnamed_heads,
    "heads_as_a_pair": lambda c: bool(_HEADS_AS_A_PAIR.match(c.folded, c.cue_end, c.w_end)),
    "otherwise": lambda c: True,
}


@dataclass(frozen=True)
class KindRule:
    """One row of the kind table: a named test, the kind it gives, its example."""

    rule: str
    kind: MeetingKind
    example: str
    headline: str = ""  # the headline its example is read under, when the row reads one


KIND_RULES = load_rows(
    "kind_rules",
    _CUES["kind_rules"],
    KIND_TESTS,
    lambda row: KindRule(row["rule"], row["kind"], row["example"], row.get("headline", "")),
)


def decide_kind(clause: KindClause) -> KindRule:
    """The first row of the kind table whose test holds for ``clause``.

    >>> text = "Moon spoke with Abe by phone."
    >>> decide_kind(KindClause(text, text.lower(), 0, len(text), "meet", [], False, None, None)).kind
    'call'
    """
    return first_row(KIND_RULES, KIND_TESTS, clause)
