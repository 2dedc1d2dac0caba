"""Envoys: people acting for a government, one record per person.

Mentions of one person are grouped: the full name ("Stephen Biegun"), its
spelling variants ("Kim Jong Un" / "Kim Jong-un"), a clipped form ("Kim Yo"
for "Kim Yo Jong") and a bare surname or given name ("Biegun", "Lee") that
refers back to the most recently named person who bears it.  A person is an
envoy when the text gives them a government post (a lone name too, when a
post stands before it: "President Clinton"), when they are a known official,
or when they take part in a meeting; a person given only a post outside
government (analyst, professor, reporter), kin with no post, a person only
depicted ("portraits of X"), a name the scrape cuts off at the text's end, or
the target of sanctions is not.

Countries come from the strongest evidence available: the title ("U.S.
special envoy", "Japan's deputy foreign minister", "Unification Minister"
via its ministry), the gazetteer of officials, a bracketed country ("(US)"),
a "South Korean counterpart", a group ("American officials including ..."),
then context: the side the person takes in a meeting, state words in the
same or previous sentence (not those of a quotation the person does not
speak in, nor those across a meeting word: "X met North Korean officials"),
and finally the romanisation of a Korean name.  A known head of state with no
post in the text takes the text's description of it ("the North Korean
leader").

A bare national post with no home outlet is the dateline capital's, else that of
the ministry the story last cites; a post listed after a stated official ("A and
Vice Minister X") is of A's state; coordinated demonyms ("South Korean and
American diplomats") tie no one state; a known official of an organisation has
none.  A counterpart with no post of their own holds the post of the one met,
and a known official named by surname alone takes the full name the page prints
elsewhere (a standfirst, a caption).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, insort
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ..gazetteer import Gazetteer, OfficialEntry, lookup_key
from ..models import Envoy, Span
from ..recognize.people import Lexicon, NameFinder, PersonMention, korean_name_country
from ..recognize.terms import Term, TermIndex
from ..recognize.trie import fewest_anchors, holds_any, word_list_pattern
from ..resources import load_json
from ..text.clean import source_country
from .analysis import Analysis

_GROUP_INCLUDING = re.compile(
    r"""
    (?P<noun>officials|diplomats|delegates|delegation|envoys|negotiators|members|representatives)
    [^.;]{0,100}?                  # a short stretch: "of the ministry", "both of whom",
                                   # "of the International Department of the Party of X"
    \b(?:including|includ(?:es|ed)|such\sas|led\sby|headed\sby)\s
    """,
    re.VERBOSE,
)

# A past government career told in a clause: "X, who served on the ..., " / "who worked at".
_SERVED_IN = re.compile(
    r"""
    ,\s(?:who\s)?(?:had\s|has\s)?
    (?:served|worked|spent\s(?:years|decades|a\sdecade|[a-z]{3,6}\syears))  # the career verb
    \s(?:on|in|at|for|with)\s                                                # its place
    """,
    re.VERBOSE,
)
# Nouns of a government body in such a clause when no gazetteer body is named.
_GOVERNMENT_BODY = re.compile(
    r"\b(?:[Mm]inistry|[Dd]epartment|[Cc]ouncil|[Ee]mbassy|[Aa]dministration|[Gg]overnment"
    r"|[Cc]abinet|[Ff]oreign\s[Ss]ervice|[Ss]tate\s[Dd]epartment)\b"
)

# A plural role set off before a list of names: "The envoys, A and B, ..." (a word list
# the engine can skip through, the comma and a name's capital right after it).
_GROUP_APPOSED = word_list_pattern(
    [
        f"{noun}, "
        for noun in (
            "envoys",
            "negotiators",
            "diplomats",
            "delegates",
            "officials",
            "ministers",
            "representatives",
            "spokesmen",
            "spokespeople",
            "chief delegates",
        )
    ],
    not_after=r"\w",
    after=r"(?=[A-Z][a-z])",
)
_LIST_GAPS = frozenset([", ", " and ", ", and "])  # what stands between the names of a list

# \b(?:flanked|accompanied|joined|assisted)\sby\s, as a pattern the engine can skip through
_ENTOURAGE = word_list_pattern(
    ["flanked by ", "accompanied by ", "joined by ", "assisted by "],
    any_space=True,
    not_after=r"\w",
    after="",
)


# The word before a state that sends a group: "a delegation of (the party of) X", "from X".
_SENDER_OF = re.compile(r"\s(?:of|from)\s(?:the\s)?$")


def _sending_state(text: str, terms: Sequence[Term], group: re.Match[str]) -> str | None:
    """The state a group comes from, named between its noun and its cue.

    "a delegation of the Communist Party of China headed by X": the last state
    after "of" or "from" there; one after "to" or "in" is where the group goes.

    >>> from dprk_diplomacy.recognize.terms import Term
    >>> t = "a delegation of the Workers' Party of Laos led by X"
    >>> m = _GROUP_INCLUDING.search(t)
    >>> _sending_state(t, [Term(38, 42, "country", ("LAO",), "Laos")], m)
    'LAO'
    """
    code = None
    for term in terms:
        if (
            group.end("noun") <= term.start < group.end()
            and term.code
            and _SENDER_OF.search(text, max(0, term.start - 10), term.start)
        ):
            code = term.code
    return code


# Where a person speaks, said after the name: "X said in Seoul", "X told reporters in Tokyo".
_SPOKEN_IN = re.compile(
    r"""
    \s(?:said|says|stated|added|told\s(?:reporters|journalists|lawmakers|parliament))  # the verb
    (?:\s(?:on|late|early)\s\w{3,9})?   # a day between: "said on Monday in"
    \sin\s$                            # the place's preposition
    """,
    re.VERBOSE,
)
# ... or fronted, opening the sentence: "In Seoul, X said".
_FRONTED_IN = frozenset(load_json("titles.json")["fronted_place_openers"])


def _spoken_in_capital(analysis: Analysis, mention: PersonMention) -> str | None:
    """The state of the capital where an official with an unqualified post speaks.

    "Defense Minister X said in Seoul": reporters qualify a visitor's post with
    the visitor's state ("Japanese Defense Minister"), so a bare domestic post
    spoken in a capital is that capital's government's.
    """
    fact = analysis.sentences[mention.sentence]
    text = analysis.text
    for term in fact.terms:
        if term.kind != "capital" or not term.code:
            continue
        if 0 <= term.start - mention.end <= 60 and _SPOKEN_IN.search(
            text, max(mention.end, term.start - 40), term.start
        ):
            return term.code
        if (
            term.end < mention.start
            and text.startswith(", ", term.end)
            and 0 < term.start - fact.sentence.start <= 14
            and text[fact.sentence.start : term.start].strip() in _FRONTED_IN
        ):
            return term.code
    return None


def _stated_own_state(person: Person) -> bool:
    """True when the person's state comes from their own words: a title, a bracket, the roster."""
    return person.official is not None or any(
        m.title_countries or m.paren_country for m in person.mentions
    )


def _may_name_group(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word every group or entourage cue has.

    A substring test costs far less than the two patterns it spares.

    >>> _may_name_group("Officials, including Kim, came.", 0, 31)
    True
    >>> _may_name_group("Kim met Ri.", 0, 11)
    False
    """
    window = text[start:end]  # one slice and "in": cheaper than three bounded finds
    return "by" in window or "includ" in window or "such" in window


# "the North Korean leader", "North Korea's president": a head of state described, not named.
# The post's word is found first (a literal the engine skips to), then the words before it.
# \b(?:leader|president|premier|prime\sminister)\b, as a word list: it is searched
# through the whole article, and the engine skips ahead to the words' first letters.
_LEADER_POST = word_list_pattern(
    ["leader", "president", "premier", "prime minister"],
    any_space=True,
    not_after=r"\w",
    after=r"(?!\w)",
)
_DESCRIBED_BY = re.compile(
    r"""
    (?:\b(?P<the>[Tt]he)\s)?                           # "the ..." or a possessive below
    \b(?P<state>[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20})?)  # the state's word(s): "North Korean"
    (?P<owner>['’]s)?\s$                              # "North Korea's", "the North's"
    """,
    re.VERBOSE,
)

_NAME_AFTER = re.compile(r",?\s[A-Z][a-z]")  # a name (or a set-off name) right after a title

# A credit line of a government page, naming who speaks (see _credited_officials).
_CREDITED_OFFICIAL = re.compile(
    r"""
    (?P<by>\b(?:[Aa]ttributable[ ]to  # a readout: "The following is attributable to ..."
    | (?:[Cc]onference|[Bb]riefing|[Rr]emarks|[Ss]tatement|[Rr]eadout)[ ]by  # "Press Briefing by"
    )[ ])
    | ['’]s[ ](?:[Rr]egular[ ])?(?:[Pp]ress[ ])?  # "Spokesperson X's Regular Press Conference"
      (?:[Cc]onference|[Bb]riefing|[Rr]emarks)\b
    """,
    re.VERBOSE,
)
# "Ministry of Foreign Affairs of (the) ", "Government of ": a state's body owning the page.
_MINISTRY_OF = re.compile(
    r"""
    \b(?:Ministry|Department|Government)  # the body
    (?:[ ]of[ ][A-Z][a-z]{2,15}(?:[ ][A-Z][a-z]{2,15}){0,2})?  # its field: "of Foreign Affairs"
    [ ]of[ ](?:the[ ])?$                 # and the state it belongs to, next
    """,
    re.VERBOSE,
)
_MINISTRY_NAME = re.compile(r"(?:Ministry|Department|Government)\b")  # a body's name, opening
_CREDIT_LINE_MAX = 200  # a credit line is short; a longer one is a paragraph of its own

# Letters only Vietnamese writes (horned o and u, barred d, the tone-marked vowels of the
# Latin Extended Additional block): a name spelt with them is a Vietnamese name.
_VIETNAMESE_LETTER = re.compile("[ơưđƠƯĐ\u1ea0-\u1ef9]")

# A generation suffix closing a name: "Joseph R. Biden Jr.", "John Smith III".
_GENERATION_SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])

_MIDDLE_INITIAL = re.compile(r" [A-Z]\. ")  # "Stephen W. Bosworth" is "Stephen Bosworth"

_COUNTERPART_BEFORE = re.compile(
    r"""
    (?P<state>[\w.'’-]{2,20}(?:\s[\w.'’-]{2,20})?)   # the state word: "South Korean", "U.S."
    \scounterparts?,?\s{1,2}$                        # then "counterpart" right before the name
    """,
    re.VERBOSE,
)

# "Japan's delegate, Taro Yamada, ...": a state's possessive on a role noun set
# before the name in apposition says whose envoy he is, whatever post follows.
_DELEGATE_ROLES = "|".join(map(re.escape, load_json("titles.json")["delegate_roles"]))
_DELEGATE_RANKS = "|".join(map(re.escape, load_json("titles.json")["delegate_role_modifiers"]))
_STATE_ROLE_BEFORE = re.compile(
    rf"""
    (?P<state>[A-Z][\w.'’-]{{1,20}}(?:\s[A-Z][\w.'’-]{{1,20}})?)['’]s?\s   # "Japan's"
    (?:(?:{_DELEGATE_RANKS})\s)?                                           # "chief"
    (?:{_DELEGATE_ROLES}),\s{{1,2}}$                                        # the role, a comma
    """,
    re.VERBOSE,
)

# Posts of a government's own ministries and offices, named without the state
# when the outlet or the story's place makes it plain: "Vice Foreign Minister".
_DOMESTIC_POST = re.compile(
    r"\b(?:ministry|ministry['’]s|minister|presidential|cabinet|premier|prime\sminister)\b",
    re.IGNORECASE,
)

# Posts of any body, named without the state: only the sentence may tell whose they are.
# A post of an unnamed ministry that refers back to one named before: "a ministry spokesman",
# "the ministry's deputy director" (not "Foreign Ministry spokesman": that names its own).
_BARE_MINISTRY = re.compile(r"(?:(?:[Tt]he|[Aa])\s)?ministry(?:['’]s)?\s")

# A lower-case ministry named right after its state: "Seoul's unification ministry", "the
# Chinese foreign ministry" (a gazetteer body is capitalised: "Unification Ministry").
_STATE_MINISTRY_AFTER = re.compile(
    r"""
    (?:['’]s|&(?:\#0?39|\#8217|rsquo|apos);s)?  # the state's possessive (a scrape may keep it
                                    # as an HTML entity: "Seoul&#039;s"), or a demonym alone
    [ ](?:[a-z]{3,15}[ ]){0,2}      # up to two lower-case words: "unification", "foreign"
    ministry\b
    """,
    re.VERBOSE,
)

_BODY_POST = re.compile(r"\b(?:secretary|department|spokesperson|spokesman|spokeswoman)\b", re.I)

# A body's reporting verb: "The State Department said ...", whose officials the sentence names.
_BODY_REPORTS = re.compile(r"\s(?:said|says|announced|stated|confirmed)\b")

# \b(?:sanctions?\slist|sanctioned|...)\b, as a pattern the engine can skip through
_SANCTION_PHRASES = (
    "sanction list",
    "sanctions list",
    "sanctioned",
    "designated",
    "blacklist",
    "indicted",
    "charged",
    "targeted individuals",
)
_SANCTION_TARGET = word_list_pattern(
    _SANCTION_PHRASES, any_space=True, not_after=r"\w", after=r"(?!\w)"
)
# Every match holds one of these words (the pattern is case-sensitive, like the test).
_SANCTION_ANCHORS = fewest_anchors(_SANCTION_PHRASES)

# "Trump's administration", "the Moon government": a single name standing for a government.
_NAMES_AN_ADMINISTRATION = re.compile(
    r"(?:['’]s)?\s(?:administration|government|era|camp|team|doctrine)\b"
)

# A body's possessive right before a post: "UNICEF's " (representative), "the WFP's ".
_OWNER_BEFORE = re.compile(r"\b[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20}){0,3}['’]s\s$")

# A side named by its state's name used as an adjective: "(the DPRK) side", "(U.S.) delegation".
# A name's verb of leading a side, up to the side's state: "X headed the North's team".
_LEADS = re.compile(
    r"""
    ,?[ ](?:who[ ])?                           # "X, who led ..." as well
    (?:headed|led|heads|leads|will[ ]head|will[ ]lead|is[ ]heading|is[ ]leading)[ ]
    (?:the[ ])?                                # then the state's name, demonym or reference
    """,
    re.VERBOSE,
)
# A state's side in the passive, right before a name: "the North was represented by X".
_LED_BY = re.compile(
    r"""
    (?:['’]s)?(?:[ ](?:side|team|delegation|negotiators))?  # "the North's team", "the North"
    [ ](?:was|were|is|are|will[ ]be)[ ](?:represented|led|headed)[ ]by[ ]$  # its verb
    """,
    re.VERBOSE,
)
# The side after its state: "('s) team", " delegation", "'s negotiators".
_SIDE_NOUN_AFTER = re.compile(r"(?:['’]s)?[ ](?:team|delegation|side|negotiators|mission)\b")

_SIDE_AFTER = re.compile(r"\s(?:side|delegation|delegates|team|negotiators)\b")

# A possessive pronoun right before a post: "her " (spokesman X), "his " (deputy X).
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s$")

# "his predecessor, X": one who held the post of the person the pronoun refers to.
_SUCCESSION_BEFORE = re.compile(
    rf"""
    \b(?:[Hh]is|[Hh]er)\s                                             # the pronoun
    (?:{"|".join(map(re.escape, load_json("titles.json")["succession_nouns"]))})  # predecessor
    (?:\sas\s[a-z][a-z' -]{{0,40}})?                                  # ... "as foreign minister"
    ,?\s$
    """,
    re.VERBOSE,
)

# How far back (in characters) the person a "his predecessor" refers to may be named.
_SUCCESSION_REACH = 1000

# A possessive that refers back to a body, opening a post: "the agency's " (deputy ...).
_ANAPHOR_OWNER = re.compile(r"(?:[Tt]he\s)?([a-z]{2,14})['’]s\s")

# A state sending its envoys: "The North sent X", "Japan will dispatch X".
_SENDS = re.compile(
    r"""
    \s(?:will\s|would\s|is\s|has\s|had\s)?          # an auxiliary, if any
    (?:sent|sends|sending|send|dispatched|dispatches|dispatching|dispatch)\b  # the verb
    """,
    re.VERBOSE,
)

# A spelling variant of a name just given: "X, as his name is also spelled" after the
# variant; "(also spelled X)" before it. The variant is the same person, not a new one.
_SPELLING_AFTER = re.compile(
    r"""
    ,?\s(?:as|which\sis\show)\s(?:his|her|the)\s(?:name|surname)\s   # "as his name"
    (?:is\s|was\s)?(?:also\s|sometimes\s|often\s|usually\s)?          # "is also"
    (?:spelled|spelt|written|romanized|romanised|transliterated|rendered)\b
    """,
    re.VERBOSE,
)
_SPELLING_BEFORE = re.compile(
    r"""
    \(\s?(?:also\s|or\s|sometimes\s)?                              # "(also"
    (?:spelled|spelt|written|romanized|romanised|transliterated|known\sas)\s$  # "spelled "
    """,
    re.VERBOSE,
)

# What follows a bare surname that is also an English word ("An", "So", "In") when it is
# the surname: a verb of the person, a possessive or a break ("An said", "So's remarks").
_ACTS_AFTER = re.compile(
    r"""
    ['’]s\b | \s?[,;:)] | \.
    | \s(?:said|says|told|tells|added|adds|asked|noted|stressed|replied|answered|insisted
        |argued|explained|warned|urged|called|met|did|does|was|is|has|had|will|would|could
        |also|then|later|declined|refused|wrote|spoke|left|arrived|proposed|rejected)\b
    """,
    re.VERBOSE,
)

# A kin noun set off after a name: "X, Mr. Kim's younger sister," / "X, his wife,".
_KIN_AFTER = re.compile(
    r"""
    ,\s(?:the\s|his\s|her\s|their\s)?             # the appositive's opening
    (?:(?:Mr|Mrs|Ms)\.\s)?(?:[A-Z][\w-]{0,20}\s){0,2}?  # an owner's name: "Mr. Kim's"
    (?:[\w-]{1,20}['’]s\s)?                       # its possessive: "the leader's"
    (?:(?:younger|elder|older|little|powerful|influential|only)\s)?  # a qualifier
    (?P<kin>[a-z-]{2,16})                           # the kin noun
    [,.]                                            # the appositive's close
    """,
    re.VERBOSE,
)
# ... or before it: "his sister X", "the leader's wife, X".
_KIN_BEFORE = re.compile(
    r"""
    (?:his|her|their|[\w.]{1,20}['’]s)\s           # the owner
    (?:(?:younger|elder|older|little|powerful|influential|only)\s)?
    (?P<kin>[a-z-]{2,16}),?\s$                      # the kin noun, right before the name
    """,
    re.VERBOSE,
)
_LOWER_WORDS = re.compile(r"\b[a-z]{3,12}\b")

# A possessive side whose noun and verb the contrast leaves out: "..., and the South's by B".
_CONTRAST_BY = re.compile(r"(?:\s(?:side|delegation|team))?['’]s\sby\s")

_OFFICIAL_NOUNS = re.compile(
    r"\s(?:\w+\s){0,3}?(?:official|officials|diplomat|diplomats|envoy|envoys|delegation|spokesman"
    r"|spokeswoman|minister|ministry|government|leader|negotiator|negotiators|side)\b"
)


@dataclass
class Person:
    """A person mentioned in the article, with the evidence gathered so far."""

    name: str
    key: str
    tokens: list[str]
    mentions: list[PersonMention] = field(default_factory=list)
    official: OfficialEntry | None = None
    title: str | None = None
    country: str | None = None
    evidence: bool = False
    nongovernment: bool = False
    blocked: bool = False
    participant: bool = False
    international: bool = False  # serves an international organisation: no state to infer
    depicted: bool = False  # every mention shows or remembers the person ("portraits of X")
    kin_only: bool = False  # described only as kin ("X, his sister,"), with no post or speech
    guess: str | None = None  # the context's state, for one who becomes an envoy only by meeting
    # the state came only from a domestic post read against the page ("Vice Foreign
    # Minister" under a Seoul dateline): a list's stated state beats it
    post_state: bool = False
    aliases: list[str] = field(default_factory=list)

    @property
    def is_envoy(self) -> bool:
        """True when the article gives reason to list the person as an envoy."""
        if self.blocked and self.official is None and not self.title:
            return False
        if self.depicted:
            return False
        if self.kin_only and not self.participant:
            return False  # "Kim Yo Jong, his sister, waved": a relative at the scene
        if self.official is not None or self.evidence:
            return True
        return self.participant and not self.nongovernment

    def is_envoy_candidate(self) -> bool:
        """True when the person may take part in a meeting (not a sanctions target, not an analyst)."""
        if self.depicted:
            return False
        if self.official is not None:
            return True
        if self.blocked:
            return False
        return not (self.nongovernment and not self.evidence)

    @property
    def head_of_state(self) -> bool:
        """True for a head of state or government (by gazetteer or title)."""
        known = self.official is not None and self.official.head_of_state_or_government
        if not known and not (self.title and is_head_of_state_title(self.title)):
            return False
        # "Prime Minister Han Duck-soo" of South Korea: the president heads the government
        post = (self.official.title if known and self.official else self.title) or ""
        return not (
            self.country in Lexicon.default().premiers_not_heads
            and _PREMIER_WORD.search(post.lower()) is not None
        )


_PREMIER_WORD = re.compile(r"\b(?:prime\sminister|premier)\b")

# How far back (in characters, about two sentences) a bare surname keeps to the nearest
# bearer; further back, it means the bearer introduced first.
_LOCAL_REACH = 350


class _NameIndex:
    """People by the keys of their names' tokens, kept as names are added or lengthened.

    Matching a name then reads only the people who could match it, not every
    person so far: junk input may name thousands of different people.
    """

    def __init__(self) -> None:
        self._by_opening: dict[tuple[str, str], set[int]] = {}  # first two tokens' keys
        self._by_joined: dict[str, set[int]] = {}  # all tokens' keys joined
        self._by_end: dict[str, set[int]] = {}  # first or last token's key
        self._ending_in: dict[str, list[int]] = {}  # ending_in's answers until a change

    def _entries(self, tokens: list[str]) -> list[tuple[dict[Any, set[int]], Any]]:
        keys = [lookup_key(t) for t in tokens]
        entries: list[tuple[dict[Any, set[int]], Any]] = [
            (self._by_joined, "".join(keys)),
            (self._by_end, keys[0]),
            (self._by_end, keys[-1]),
        ]
        if len(tokens) > 2 and tokens[-1].rstrip(".") in _GENERATION_SUFFIXES:
            entries.append((self._by_end, keys[-2]))  # "Biden" of "Joseph R. Biden Jr."
        if len(keys) >= 2:
            entries.append((self._by_opening, (keys[0], keys[1])))
        return entries

    def add(self, index: int, tokens: list[str]) -> None:
        """Index person ``index`` under its name ``tokens``."""
        for table, key in self._entries(tokens):
            table.setdefault(key, set()).add(index)
        self._ending_in.clear()

    def remove(self, index: int, tokens: list[str]) -> None:
        """Drop person ``index`` from under its former name ``tokens``."""
        for table, key in self._entries(tokens):
            table[key].discard(index)
        self._ending_in.clear()

    def may_match(self, keys: list[str]) -> list[int]:
        """In order, the people whose names may begin like, or join up to, ``keys``."""
        found = set(self._by_joined.get("".join(keys), ()))
        if len(keys) >= 2:
            found |= self._by_opening.get((keys[0], keys[1]), set())
        return sorted(found)

    def ending_in(self, key: str) -> list[int]:
        """In order, the people whose name begins or ends with the token of ``key``."""
        found = self._ending_in.get(key)
        if found is None:
            found = self._ending_in[key] = sorted(self._by_end.get(key, ()))
        return found


# "X's", "the president’s": a possessive inside a title, whose post follows it
_AFTER_LAST_OWNER = re.compile(r"['’]s\s")


def is_head_of_state_title(title: str, lexicon: Lexicon | None = None) -> bool:
    """True for a post held by a head of state or government.

    >>> is_head_of_state_title("North Korean leader")
    True
    >>> is_head_of_state_title("vice chairman of the committee")
    False
    >>> is_head_of_state_title("Prime Minister Junichiro Koizumi's special envoy")
    False
    """
    if lexicon is None:
        return _default_head_of_state_title(title)
    # "the Prime Minister's special envoy": the post is the one after the owner
    low = _AFTER_LAST_OWNER.split(title.lower())[-1]
    words = low.replace("-", " ").split()
    if any(p in words for p in ("vice", "deputy")) or " of the committee" in low:
        return False
    if "president of" in low and "state affairs" not in low and "republic" not in low:
        return False
    return any(h in words if " " not in h else h in low for h in lexicon.head_of_state)


@lru_cache(maxsize=4096)
def _default_head_of_state_title(title: str) -> bool:
    # Posts recur in every article: decide each once for the bundled lexicon.
    return is_head_of_state_title(title, Lexicon.default())


# Words that set two people of a sentence on two sides: "X met (with) Y", "talks with Y".
_SIDES = re.compile(
    r"\b(?:with|meet|met|meets|meeting|received|receives|hosted|hosts|visited|against|greeted|greets"
    r"|welcomed|welcomes|counterparts?)\b"
)


def _other_side(analysis: Analysis, index: int, anchor: int, other: int) -> bool:
    """True when the text at ``other`` belongs to another side than the person at ``anchor``.

    It does when a meeting word stands between the two ("X met with a Japanese
    official"), or when the other is inside a quotation and the person is not
    (a speaker's words name the people and states the speaker talks about).
    """
    sentence = analysis.sentences[index].sentence
    text = analysis.text
    low, high = (anchor, other) if anchor < other else (other, anchor)
    if _SIDES.search(text, low, high):
        return True  # "X met with Y"
    return _quoted(text, sentence.start, other) and not _quoted(text, sentence.start, anchor)


def _quoted(text: str, start: int, at: int) -> bool:
    """True when ``at`` is inside a quotation opened since ``start``.

    >>> _quoted('He said "talks with Japan" would go on', 0, 20)
    True
    >>> _quoted('He said "talks" would go on with Japan', 0, 33)
    False
    """
    opened = text.count("“", start, at) - text.count("”", start, at)
    return opened > 0 or text.count('"', start, at) % 2 == 1


# Words of posts too common to tell two officials apart ("former", "of the").
_NOT_POST_WORDS = frozenset(["former", "of", "the", "for", "and", "vice", "deputy", "first"])


def _titled_surname(mention: PersonMention) -> bool:
    """True for a lone name the text gives a post: ``President Clinton``, ``Chairman Kim``.

    Reports may name a person only so; the name as printed is then their envoy name.

    The post must stand before the name: a lone capitalised word with a post after
    it ("Kim In Ryong, his deputy" read as "Ryong") is more often a name cut short.

    >>> _titled_surname(PersonMention(10, 17, "Clinton", 0, "President", 0, 9))
    True
    >>> _titled_surname(PersonMention(0, 5, "Ryong", 0, "his deputy", 7, 17))
    False
    """
    return mention.title is not None and mention.title_end <= mention.start


def _widens(title: str, later: str) -> bool:
    """True when a later title states more of a bare one-word role ("spokesman").

    >>> _widens("spokesman", "foreign ministry spokesman"), _widens("spokesman", "minister")
    (True, False)
    """
    return " " not in title and title.lower() in later.lower().split() and title != later


def _cut_off(text: str, mention: PersonMention) -> bool:
    """True for a name the scrape cuts off: it ends the text with no stop after it.

    A page saved to a fixed length may end "... said Kim Jo": the name is clipped
    and names no one for sure.

    >>> _cut_off("The talks ended, said Kim Jo", PersonMention(22, 28, "Kim Jo", 0))
    True
    >>> _cut_off("Talks ended, said Kim Jo.", PersonMention(18, 24, "Kim Jo", 0))
    False
    """
    # read forward over the white space alone: the runs after different names do not
    # overlap, so a text full of names costs one pass (a copy of the rest would not)
    position = mention.end
    while position < len(text) and text[position].isspace():
        position += 1
    return position == len(text)


def _spelling_variant_of(
    people: list[Person], mention: PersonMention, text: str, starts: dict[int, list[int]]
) -> int | None:
    """The person a spelling variant names ("X, as his name is also spelled"), if it is one.

    The variant stands for the person named before it whose name is spelled most
    like it ("Yu Sang-myong" for "Yoo Sang-myung"); of equals, the latest named.
    """
    after = _SPELLING_AFTER.match(text, mention.end, mention.end + 60)
    before = _SPELLING_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if after is None and before is None:
        return None
    key = _name_key(mention.name)
    best: tuple[float, int, int] | None = None  # (likeness, last start, index)
    for index, own in starts.items():
        at = bisect_left(own, mention.start)
        if not at:
            continue
        likeness = SequenceMatcher(None, key, people[index].key, autojunk=False).ratio()
        rank = (round(likeness, 2), own[at - 1], index)
        if best is None or rank > best:
            best = rank
    return best[2] if best else None


def _story_words_opening(mention: PersonMention, story_words: set[str], text: str) -> PersonMention:
    """A headline name cut to the story's name words that open it, when no later word is one.

    A title-case headline runs a surname on into the verb phrase after it
    ("Envoy Smith Ends Rare Visit"): the words the story never uses in a name
    are the headline's, not the person's.

    >>> t = "Envoy Smith Ends Rare Visit"
    >>> _story_words_opening(PersonMention(6, 27, t[6:], 0), {"Smith"}, t).name
    'Smith'
    >>> _story_words_opening(PersonMention(6, 27, t[6:], 0), {"Smith", "Visit"}, t).name
    'Smith Ends Rare Visit'
    """
    tokens = mention.tokens
    opening = 0
    while opening < len(tokens) and tokens[opening] in story_words:
        opening += 1
    if opening == 0 or opening == len(tokens) or story_words.intersection(tokens[opening:]):
        return mention
    end = mention.start + len(" ".join(tokens[:opening]))
    if text[mention.start : end].split() != tokens[:opening]:
        return mention  # the name's words are spaced unusually: left as found
    return PersonMention(mention.start, end, text[mention.start : end], mention.sentence)


def _opens_sentence(analysis: Analysis, mention: PersonMention) -> bool:
    """True when the name, or the post before it, opens its sentence (after a dateline).

    >>> from types import SimpleNamespace as N
    >>> t = "SEOUL -- UN envoy Ann Lee left. She met Ri Son."
    >>> a = N(text=t, sentences=[N(sentence=N(start=0)), N(sentence=N(start=32))])
    >>> _opens_sentence(a, PersonMention(18, 25, "Ann Lee", 0, "UN envoy", 9, 17))
    True
    >>> _opens_sentence(a, PersonMention(40, 46, "Ri Son", 1))
    False
    """
    start = analysis.sentences[mention.sentence].sentence.start
    opening = mention.title_start if 0 <= mention.title_start < mention.start else mention.start
    before = analysis.text[start:opening].strip()
    return not before or before.endswith(("--", "—", "–"))


def _name_key(name: str) -> str:
    return lookup_key(name)


class EnvoyResolver:
    """Groups name mentions into people and decides who is an envoy."""

    def __init__(
        self, gazetteer: Gazetteer, terms: TermIndex, lexicon: Lexicon | None = None
    ) -> None:
        self.gazetteer = gazetteer
        self.terms = terms
        self.lexicon = lexicon or Lexicon.default()
        self._by_surname: dict[str, list[OfficialEntry]] | None = None  # read on first use
        self._finder: NameFinder | None = None  # for credit lines cleaning left out; built on use

    def people(self, analysis: Analysis) -> list[Person]:
        """All people of the article; fills ``analysis.person_of``."""
        people: list[Person] = []
        by_key: dict[str, int] = {}
        mentions = [m for fact in analysis.sentences for m in fact.people]
        # A headline in title case glues names to capitalised words ("Donald Trump Sent
        # an ..."): its names are read after the story's, against the people found there.
        headline = [
            m for m in mentions if analysis.sentences[m.sentence].sentence.kind == "headline"
        ]
        mentions = [m for m in mentions if m not in headline and not _cut_off(analysis.text, m)]
        singles: list[PersonMention] = []
        starts: dict[int, list[int]] = {}  # person -> where its mentions start, sorted
        named_in: dict[int, set[int]] = {}  # person -> the sentences that name them
        names = _NameIndex()

        def new_person(mention: PersonMention, key: str, official: OfficialEntry | None) -> int:
            people.append(Person(mention.name, key, mention.tokens, official=official))
            by_key[key] = len(people) - 1
            names.add(len(people) - 1, mention.tokens)
            return len(people) - 1

        def attach(index: int, mention: PersonMention) -> None:
            person = people[index]
            if mention.name != person.name and mention.name not in person.aliases:
                person.aliases.append(mention.name)
            person.mentions.append(mention)
            insort(starts.setdefault(index, []), mention.start)
            named_in.setdefault(index, set()).add(mention.sentence)
            analysis.person_of[mention.start] = index

        headline_mentions = self._headline_mentions(headline, mentions, analysis.text)
        mentions += self._credited_officials(analysis)
        for mention in mentions + headline_mentions:
            if len(mention.tokens) < 2:
                singles.append(mention)
                continue
            official = self._official(mention.name)
            key = _name_key(official.name if official else mention.name)
            index = by_key.get(key)
            if index is None:
                index = self._prefix_match(people, mention.tokens, names)
            if index is None:
                index = _spelling_variant_of(people, mention, analysis.text, starts)
            if index is None:
                index = new_person(mention, key, official)
            person = people[index]
            if len(_name_key(mention.name)) > len(_name_key(person.name)):
                person.aliases.append(person.name)
                names.remove(index, person.tokens)
                person.name, person.tokens = mention.name, mention.tokens
                names.add(index, person.tokens)
            attach(index, mention)
        bare_for: dict[str, int] = {}  # a bare name -> the person it last stood for
        for mention in singles:
            if _NAMES_AN_ADMINISTRATION.match(analysis.text[mention.end : mention.end + 16]):
                continue
            if mention.name in self.lexicon.not_name_words and not _ACTS_AFTER.match(
                analysis.text, mention.end, mention.end + 16
            ):
                continue  # "An official said", "So far": the word, not the surname An or So
            index = self._back_reference(
                mention,
                starts,
                named_in,
                names,
                bare_for,
                analysis.sentences[mention.sentence].sentence.start,
            )
            if index is None:
                official = self.gazetteer.official(mention.name)
                if mention.name in self.lexicon.not_name_words:
                    continue
                if official is None and not _titled_surname(mention):
                    continue
                if official is None and mention in headline_mentions:
                    continue  # "Foreign Minister Says ...": a title-case headline's next word
                key = _name_key(official.name if official else mention.name)
                index = by_key.get(key)
                if index is None:
                    index = new_person(mention, key, official)
            bare_for[lookup_key(mention.name)] = index
            attach(index, mention)
        for person in people:
            person.mentions.sort(key=lambda m: m.start)
            self._full_name_elsewhere(person, analysis.text)
            self._weigh_evidence(person, analysis)
        self._groups(people, analysis)
        self._described_leaders(people, analysis)
        for person in people:
            if (person.country is None or person.post_state) and not person.international:
                # "talks with Foreign Minister A and Vice Foreign Minister X": X is of A's
                # state, whatever the dateline says of an unnamed ministry
                listed = self._listed_after(
                    person, analysis, people, titled=person.country is not None
                )
                if listed is not None or person.country is None:
                    person.country = listed.country if listed is not None else None
        for person in people:
            if person.official is None and not any(
                m.title_countries or m.paren_country for m in person.mentions
            ):
                # "his predecessor, X,": X served the side of the envoy the pronoun names,
                # whatever the dateline or the sentence's other states say
                held = self._succeeded(person, analysis, people)
                if held is not None and (held.international or held.country):
                    person.international = held.international
                    person.country = held.country
        for person in people:
            # A person who becomes an envoy only by taking part in a meeting is found
            # so after the context pass for envoys: their context is read now.
            if (
                person.country is None
                and not person.international
                and not person.is_envoy
                and person.is_envoy_candidate()
            ):
                person.guess = self.context_country(person, analysis, people, company=False)
        return people

    @staticmethod
    def _full_name_elsewhere(person: Person, text: str) -> None:
        """A known official the story names by surname only takes the full name the page gives.

        A standfirst or a caption outside the story ("... after Kim met Vladimir
        Putin"), then "Mr. Putin" in it: the record is named in its fullest form
        in the text, when that is the full name the gazetteer knows.
        """
        official = person.official
        if official is None or len(person.tokens) > 1 or person.name == official.name:
            return
        at = text.find(official.name)
        end = at + len(official.name)
        if at < 0 or text[at - 1 : at].isalnum() or text[end : end + 1].isalnum():
            return
        person.aliases.append(person.name)
        person.name, person.tokens = official.name, official.name.split()

    def _described_leaders(self, people: list[Person], analysis: Analysis) -> None:
        """A known leader with no post in the text takes the text's description of them.

        Reports name a head of state once and then call them "the North Korean
        leader" or "the South's president": such a description, of the post the
        gazetteer gives the person and of their state, is their title when no
        other person of the article holds that post for that state.
        """
        untitled: dict[tuple[str, str], list[Person]] = {}
        for person in people:
            official = person.official
            if official is None or not official.head_of_state_or_government or not official.title:
                continue
            untitled.setdefault((official.title.lower(), person.country or ""), []).append(person)
        if not untitled:
            return
        text = analysis.text
        for post in _LEADER_POST.finditer(text):
            match = _DESCRIBED_BY.search(text, max(0, post.start() - 48), post.start())
            if match is None or not (match.group("the") or match.group("owner")):
                continue
            if _NAME_AFTER.match(text, post.end()):
                continue  # "the North Korean leader Kim Jong Un": a title before a name
            state = match.group("state")
            term = self.terms.lookup(state) or self.terms.lookup("the " + state)
            if term is None or not term.code:
                continue
            holders = untitled.get((post.group().lower(), term.code), [])
            if len(holders) == 1 and holders[0].title is None:
                holders[0].title = text[match.start("state") : post.end()]

    def _official(self, name: str) -> OfficialEntry | None:
        """The gazetteer's official of a name, read also without its middle initials.

        A two-word name is read in both orders too: reports write Japanese,
        Chinese and Hungarian names family name first as often as last
        ("Kishida Fumio" is the official "Fumio Kishida").
        """
        official = self.gazetteer.official(name)
        if official is None and "." in name:
            bare = _MIDDLE_INITIAL.sub(" ", name)
            official = self.gazetteer.official(bare) if bare != name else None
        if official is None and name.split()[-1].rstrip(".") in _GENERATION_SUFFIXES:
            return self._official(name.rsplit(" ", 1)[0])  # "Joseph R. Biden Jr."
        if official is None:
            parts = name.split()
            if len(parts) == 2:
                official = self.gazetteer.official(f"{parts[1]} {parts[0]}")
        return official

    def _credited_officials(self, analysis: Analysis) -> list[PersonMention]:
        """The titled officials a readout or briefing credits above its story.

        A government page names who speaks in a line that cleaning leaves out of
        the body: "The following is attributable to Spokesperson X:", "Foreign
        Ministry Spokesperson X's Regular Press Conference on ...", "Press
        Briefing by Press Secretary X". Such a line, above the first story
        sentence, names an official of the page's government; the mentions are
        read as part of that first sentence.
        """
        story = next(
            (i for i, fact in enumerate(analysis.sentences) if fact.sentence.kind == "story"),
            None,
        )
        if story is None:
            return []
        text = analysis.text
        head = analysis.sentences[story].sentence.start
        # a briefing's own headline ("Spokesperson X's Regular Press Conference") credits too
        kept = [
            (f.sentence.start, f.sentence.end)
            for f in analysis.sentences[:story]
            if f.sentence.kind != "headline"
        ]
        found: list[PersonMention] = []
        for credit in _CREDITED_OFFICIAL.finditer(text, 0, head):
            line_start = text.rfind("\n", 0, credit.start()) + 1
            line_end = text.find("\n", credit.end(), head)
            line_end = head if line_end < 0 else line_end
            if line_end - line_start > _CREDIT_LINE_MAX or any(
                a < line_end and b > line_start for a, b in kept
            ):
                continue  # a line of the kept text, or too long for a credit line
            if self._finder is None:
                self._finder = NameFinder(self.terms, self.gazetteer, self.lexicon)
            for mention in self._finder.find(text, line_start, line_end, story):
                if not mention.title or mention.nongovernment:
                    continue
                # the name the cue credits: the one after "by", the owner of "'s"
                at = mention.title_start if credit.group("by") else mention.end
                if at == (credit.end() if credit.group("by") else credit.start()):
                    if not mention.title_countries and mention.paren_country is None:
                        mention.paren_country = self._page_state(text, line_start)
                    found.append(mention)
        return found

    def _page_state(self, text: str, end: int) -> str | None:
        """The state whose ministry or government the page's top lines name.

        "Ministry of Foreign Affairs of the People's Republic of China" above a
        briefing says whose spokesperson holds it.
        """
        for term in self.terms.find(text, 0, end):
            if not term.code:
                continue
            if term.kind == "org" and _MINISTRY_NAME.match(text, term.start):
                return term.code  # the gazetteer's own "Ministry of Foreign Affairs of ..."
            if term.kind == "country" and _MINISTRY_OF.search(
                text, max(0, term.start - 60), term.start
            ):
                return term.code
        return None

    @staticmethod
    def _headline_mentions(
        headline: list[PersonMention], story: list[PersonMention], text: str
    ) -> list[PersonMention]:
        """Headline names cut down to a story name they contain, without their title; a
        headline name the story never uses, whole or by a part of it, is a title-case
        phrase ("Clinton Meets Kim, Wins Release of Journalists")."""
        story_names = sorted({m.name for m in story if len(m.tokens) >= 2}, key=len, reverse=True)
        story_words = {t for m in story for t in m.tokens}
        kept = []
        for mention in headline:
            inner = next((n for n in story_names if n in mention.name), None)
            if inner is None:
                if story_words.intersection(mention.tokens) or not story:
                    kept.append(_story_words_opening(mention, story_words, text))
                continue
            start = mention.start + mention.name.index(inner)
            kept.append(
                PersonMention(
                    start, start + len(inner), text[start : start + len(inner)], mention.sentence
                )
            )
        return kept

    @staticmethod
    def _prefix_match(people: list[Person], tokens: list[str], names: _NameIndex) -> int | None:
        keys = [lookup_key(t) for t in tokens]
        for index in names.may_match(keys):
            person = people[index]
            theirs = [lookup_key(t) for t in person.tokens]
            shorter, longer = (keys, theirs) if len(keys) <= len(theirs) else (theirs, keys)
            if len(shorter) >= 2 and longer[: len(shorter)] == shorter:
                return index
            if "".join(keys) == "".join(theirs):
                return index
        return None

    @staticmethod
    def _back_reference(
        mention: PersonMention,
        starts: dict[int, list[int]],
        named_in: dict[int, set[int]],
        names: _NameIndex,
        bare_for: dict[str, int],
        sentence_start: int,
    ) -> int | None:
        token = lookup_key(mention.name)
        best: tuple[int, int] | None = None  # (distance rank, index)
        used = bare_for.get(token)
        for index in names.ending_in(token):  # those whose first or last token is this one
            # The person's nearest mention before this one (a bisection, not a scan of
            # all its mentions: junk input may name one person thousands of times).
            own = starts[index]
            before = bisect_left(own, mention.start)
            rank = mention.start - own[before - 1] if before else 10**9 + own[0]
            if before and rank > _LOCAL_REACH:
                # Named only further back: reporters keep a bare surname for the bearer
                # they introduced first ("North Korean leader Kim Jong Un ... Kim Yong Nam,
                # the nominal head of state ... Moon and Kim first met in April")
                rank = _LOCAL_REACH + own[0]
            # "Kim, the envoy, and Sung Kim agreed": a person named in full later in the
            # same sentence is not the one a bare name there refers to, when another is
            # possible ("Moon and Kim Jong Un agreed, and Kim's summit with Trump" is).
            told_just_before = before > 0 and own[before - 1] >= sentence_start
            if mention.sentence in named_in[index] and not told_just_before:
                rank += 10**12
            # Reporters name a second bearer of a surname in full ("Kim's father, Kim Jong
            # Il"): a bare name keeps standing for the person it already stood for.
            rank -= 10**11 if index == used else 0
            if best is None or rank < best[0]:
                best = (rank, index)
        return best[1] if best else None

    def _weigh_evidence(self, person: Person, analysis: Analysis) -> None:
        text = analysis.text
        person.depicted = bool(person.mentions) and all(m.depicted for m in person.mentions)
        person.kin_only = self._kin_only(person, analysis)
        for mention in person.mentions:
            sentence = analysis.sentences[mention.sentence].sentence
            if mention.title and (
                person.title is None
                or _widens(person.title, mention.title)
                or self._states_the_post(person.title, mention)
            ):
                person.title = mention.title
            if mention.title or mention.paren_country:
                person.evidence = True
            if mention.nongovernment:
                person.nongovernment = True
            if mention.paren_country and person.country is None:
                person.country = mention.paren_country
            served = _SERVED_IN.match(text, mention.end, sentence.end)
            if served and not mention.title:
                # "X, who worked at the State Department for decades,": a former official
                clause_end = text.find(",", served.end(), sentence.end)
                clause_end = sentence.end if clause_end < 0 else clause_end
                bodies = [
                    t.code
                    for t in analysis.sentences[mention.sentence].terms
                    if served.end() <= t.start < clause_end and t.kind == "org" and t.code
                ]
                if self.lexicon.government(text[served.end() : clause_end]) and (
                    bodies or _GOVERNMENT_BODY.search(text, served.end(), clause_end)
                ):
                    person.evidence = True
                    person.country = person.country or (bodies[0] if bodies else None)
            before = text[max(sentence.start, mention.start - 40) : mention.start]
            counterpart = _COUNTERPART_BEFORE.search(before) if "counterpart" in before else None
            if counterpart:
                person.evidence = True
                term = self.terms.lookup(counterpart.group("state").split()[-1])
                term = self.terms.lookup(counterpart.group("state")) or term
                if term is not None and term.code:
                    person.country = person.country or term.code
                if not mention.title and person.title is None:
                    person.title = self._counterpart_post(analysis, mention)
            owned = _STATE_ROLE_BEFORE.search(before) if ", " in before else None
            if owned:
                term = self.terms.lookup(owned.group("state"))
                if term is not None and term.code:
                    person.evidence = True
                    person.country = person.country or term.code
            led = self._side_led(text, mention.end, sentence.end) or self._side_led_by(
                analysis, mention
            )
            if led is not None:
                person.evidence = True  # "X headed the North's team": the side's own envoy
                person.country = person.country or led
            near = (max(sentence.start, mention.start - 80), min(sentence.end, mention.end + 40))
            if (
                not mention.title
                and holds_any(text, _SANCTION_ANCHORS, *near)  # cheap: most windows hold none
                and _SANCTION_TARGET.search(text, *near)
            ):
                person.blocked = True  # the target of the measure, not a bystander of the sentence
        if person.evidence and person.nongovernment and person.title:
            person.nongovernment = False
        titled = [m for m in person.mentions if m.title_countries]
        if titled and any(
            not m.title_countries and self._international_title(m, text) for m in person.mentions
        ):
            # "IAEA chief X ... X, an Argentine diplomat": the international post wins over
            # a nationality; the official acts for the organisation, not for a state.
            person.international = True
            return
        if titled:
            person.country = titled[0].title_countries[0]
        elif person.official is not None and person.official.country and person.country is None:
            person.country = person.official.country
        if person.country is None and (
            any(self._international_title(m, text) for m in person.mentions)
            or (person.official is not None and person.official.country is None)
            # "Kofi Annan's personal envoy": the staff of an organisation's official
            or any(o.country is None for o in self._officials_in_title(person, analysis))
        ):
            # "U.N. Secretary-General X, a former Portuguese prime minister": the post
            # is the organisation's; the state words of the sentence are not X's (nor
            # are they of a known official of an organisation, whatever post is told)
            person.international = True
            return
        if person.country is None:
            person.country = self._country_from_title_people(person, analysis)
        if person.country is None and len(person.tokens) == 1 and person.title:
            person.country = self._titled_surname_country(person.name, person.title)
        if person.country is None and person.title and _DOMESTIC_POST.search(person.title):
            person.country = self._domestic_post_country(person, analysis)
            person.post_state = person.country is not None
        elif person.country is None and person.title and _BODY_POST.search(person.title):
            person.country = self._domestic_post_country(person, analysis, home=False)

    def _counterpart_post(self, analysis: Analysis, mention: PersonMention) -> str | None:
        """The post of the one whose counterpart the name is: "Foreign Minister A met her
        Russian counterpart B": B is foreign minister too (A's state left out).
        """
        text = analysis.text
        earlier = [
            m
            for m in analysis.sentences[mention.sentence].people
            if m.title and m.end <= mention.start and m.title_start >= 0
        ]
        if not earlier:
            return None
        owner = earlier[-1]
        start = owner.title_start
        for term in self.terms.find(text, owner.title_start, owner.title_end):
            if term.start == start and term.code and term.kind != "org":
                start = term.end  # "North Korean Foreign Minister": the other side's state
                if text.startswith(("'s", "’s"), start):
                    start += 2
        post = text[start : owner.title_end].strip()
        return post if post and self.lexicon.has_head(post) else None

    def _side_led(self, text: str, name_end: int, sentence_end: int) -> str | None:
        """The state whose side the name leads: "X headed the North's team" -> PRK.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> r = EnvoyResolver(g, TermIndex(g))
        >>> t = "Ri Sun-ok led the North Korean delegation."
        >>> r._side_led(t, 9, len(t))
        'PRK'
        """
        verb = _LEADS.match(text, name_end, sentence_end)
        if verb is None:
            return None
        term = self.terms.at(text, verb.end(), sentence_end)
        if term is None or not term.code or term.kind == "org":
            return None
        if not _SIDE_NOUN_AFTER.match(text, term.end, sentence_end):
            return None
        return term.code

    @staticmethod
    def _side_led_by(analysis: Analysis, mention: PersonMention) -> str | None:
        """The state that "was represented by" or "led by" the name: "the North was led by X"."""
        fact = analysis.sentences[mention.sentence]
        start = max(fact.sentence.start, mention.start - 60)
        if start >= mention.start or not analysis.text.endswith(" by ", start, mention.start):
            return None  # the pattern ends in " by ": a cheap test before the search
        by = _LED_BY.search(analysis.text, start, mention.start)
        if by is None:
            return None
        for term in fact.terms:
            if term.end == by.start() and term.code and term.kind != "org":
                return term.code
        return None

    def _kin_only(self, person: Person, analysis: Analysis) -> bool:
        """True for a person the text gives only as someone's relative, who says nothing.

        "X, Mr. Kim's sister, was seen on the platform": every full-name mention
        is set beside a kin noun, none has a post, and no sentence naming the person
        has them speak ("said", "a statement"); such a person is no envoy even when
        known as an official elsewhere.
        """
        text = analysis.text
        full = [m for m in person.mentions if len(m.tokens) > 1]
        if not full or any(m.title for m in person.mentions):
            return False
        # The kin nouns first: most people have none beside their name, and that test reads
        # a few words where the one of speech reads the rest of each sentence.
        for mention in full:
            sentence = analysis.sentences[mention.sentence].sentence
            after = _KIN_AFTER.match(text, mention.end, sentence.end)
            before = _KIN_BEFORE.search(
                text, max(sentence.start, mention.start - 40), mention.start
            )
            kin = after or before
            if kin is None or kin.group("kin").lower() not in self.lexicon.kin_nouns:
                return False
        for mention in person.mentions:
            sentence = analysis.sentences[mention.sentence].sentence
            words = set(_LOWER_WORDS.findall(text, mention.end, sentence.end))
            if words & self.lexicon.acting_words:
                return False
        return True

    def _states_the_post(self, title: str, later: PersonMention) -> bool:
        """True when a later apposition states the post of a person first given a role.

        "top nuclear envoy X ... X, the special representative for ...,": reporters
        first describe (an envoy, a spokesman, a "policy chief"), then state the post;
        the guide prefers the post in apposition. A former post does not replace one.
        """
        if later.title is None or later.title_start < later.end:
            return False  # only a post set after the name, in apposition
        if later.title.lower().startswith(("former", "a former", "the former", "ex-")):
            return False
        return self._only_role(title) and not self._only_role(later.title)

    def _only_role(self, title: str) -> bool:
        """True for a role or description, not a post: "top envoy", "foreign policy chief".

        >>> r = EnvoyResolver.__new__(EnvoyResolver)
        >>> r.lexicon = Lexicon.default()
        >>> r._only_role("top nuclear envoy"), r._only_role("special representative for Iran")
        (True, False)
        """
        low = title.lower()
        if low.endswith(" chief"):
            return True  # "policy chief", "spy chief": a description (not "chief of staff")
        return self.lexicon.only_role(title)

    def _titled_surname_country(self, surname: str, title: str) -> str | None:
        """``President Clinton``: the state of the one known official of that surname and post.

        A surname shared by several officials ("Clinton", "Bush") is told apart by
        the post the text gives it.
        """
        if self._by_surname is None:
            self._by_surname = {}
            for entry in self.gazetteer.officials:
                tokens = entry.name.split()
                # the family name is last in Western order, first in Korean and Chinese
                for token in {tokens[0], tokens[-1]}:
                    self._by_surname.setdefault(token, []).append(entry)
        posts = set(title.lower().split())
        found = {
            entry.country
            for entry in self._by_surname.get(surname, ())
            if entry.title and posts & set(entry.title.lower().split()) - _NOT_POST_WORDS
        }
        return found.pop() if len(found) == 1 else None

    def _international_title(self, mention: PersonMention, text: str) -> bool:
        """True for a post of an organisation of states: ``U.N. Secretary-General``, ``IAEA chief``."""
        if not mention.title:
            return False
        # "UN ambassador X", "ambassador to the IAEA": a state's envoy to the organisation
        words = mention.title.lower().split()
        # "the secretary-general's personal envoy": on the organisation's staff (the
        # owner may stand just before the words read as the title)
        lead = text[max(0, mention.title_start - 40) : mention.title_end].lower()
        if any(owner in lead for owner in self.lexicon.international_owners):
            return True
        if any(
            h in words if " " not in h else h in mention.title.lower()
            for h in self.lexicon.state_envoy_heads
        ):
            return False
        # "UNICEF's representative X": the body's possessive right before the post is its own
        start = mention.title_start
        owner = _OWNER_BEFORE.search(text, max(0, start - 60), start)
        if owner is not None:
            start = owner.start()
        return any(
            term.kind == "org"
            and not term.codes
            # "a National Security Council official": a state's body, not the UN's
            and not text.endswith(self.lexicon.national_body_prefixes, 0, term.start)
            for term in self.terms.find(text, start, mention.title_end)
        )

    def _country_from_title_people(self, person: Person, analysis: Analysis) -> str | None:
        """``Prime Minister Shinzo Abe's adviser``: the state of the official named in the title."""
        return next(
            (o.country for o in self._officials_in_title(person, analysis) if o.country), None
        )

    def _officials_in_title(self, person: Person, analysis: Analysis) -> Iterator[OfficialEntry]:
        """The known officials named inside the person's titles (``Kofi Annan's personal
        envoy``): whom the person serves."""
        for mention in person.mentions:
            if not mention.title:
                continue
            for other in analysis.sentences[mention.sentence].people:
                inside = mention.title_start <= other.start and other.end <= mention.title_end
                if inside and other is not mention:
                    official = self.gazetteer.official(other.name)
                    if official is not None:
                        yield official

    def _last_ministry_state(self, analysis: Analysis, end: int) -> str | None:
        """The state of the last ministry the text names, with its state, before ``end``.

        "South Korea's Unification Ministry said ... A ministry spokesman, X, said";
        "Seoul's unification ministry said ... ministry spokesman X told reporters".
        """
        code = None
        text = analysis.text
        for fact in analysis.sentences:
            if fact.sentence.start >= end:
                break
            for term in fact.terms:
                if term.end > end:
                    break
                if (
                    term.kind == "org" and term.code and "inistry" in text[term.start : term.end]
                ) or (
                    term.kind in ("country", "capital", "demonym")
                    and term.code
                    and _STATE_MINISTRY_AFTER.match(text, term.end, end)
                ):
                    code = term.code
        return code

    def _domestic_post_country(
        self, person: Person, analysis: Analysis, home: bool = True
    ) -> str | None:
        """``Vice Foreign Minister X`` with no state: the one the sentence names, else the home one.

        A national outlet's unqualified "the Foreign Ministry" is its own government's;
        with ``home`` false (a spokesman, a secretary) only the sentence tells. A bare
        "ministry" ("a ministry spokesman") is the ministry last named with its state.
        """
        for mention in person.mentions:
            if mention.title and _BARE_MINISTRY.match(mention.title):
                code = self._last_ministry_state(analysis, mention.start)
                if code:
                    return code
        for mention in person.mentions:
            if not mention.title:
                continue
            for index in (mention.sentence, mention.sentence - 1):
                anchor = mention.start if index == mention.sentence else None
                code = self._stated_state(analysis, index, anchor) if index >= 0 else None
                if code is None and anchor is not None:
                    code = _spoken_in_capital(analysis, mention)
                    home_state = source_country(analysis.clean.source)
                    if code and home_state and code != home_state:
                        # "Foreign Minister X told reporters in Washington" in Yonhap: a
                        # national outlet's bare post is its own state's, wherever it speaks
                        return home_state if home else None
                if code:
                    return code
        if not home:
            return None
        # Not the dateline's state: a correspondent files from abroad ("BEIJING (ANI) --").
        home_state = source_country(analysis.clean.source)
        if home_state is None and person.mentions:
            # No national outlet: a correspondent's bare post is that of the capital
            # filed from ("SEOUL, June 18 -- ... Foreign Minister X said"); else the
            # government whose ministry the story cites speaks through X ("Sweden's
            # foreign ministry said ... Foreign Minister X told ...").
            return self._dateline_state(analysis) or self._last_ministry_state(
                analysis, person.mentions[0].start
            )
        return home_state

    def _dateline_state(self, analysis: Analysis) -> str | None:
        """The state of the dateline's capital ("SEOUL, South Korea" -> KOR), if it is one."""
        dateline = analysis.clean.dateline
        if not dateline or "/" in dateline:
            return None  # "BEIJING/SEOUL": filed from two places, no one state
        term = self.terms.lookup(dateline)
        return term.code if term is not None and term.kind == "capital" else None

    def _groups(self, people: list[Person], analysis: Analysis) -> None:
        """Members of a named group share its evidence and state."""
        text = analysis.text
        for fact in analysis.sentences:
            sentence = fact.sentence
            self._apposed_group(fact, people, analysis)
            if not _may_name_group(text, sentence.start, sentence.end):
                continue
            for pattern, kind in ((_GROUP_INCLUDING, "group"), (_ENTOURAGE, "entourage")):
                match = pattern.search(text, sentence.start, sentence.end)
                if not match:
                    continue
                code = sender = None
                if kind == "group":
                    for term in fact.terms:
                        if (
                            term.end <= match.start()
                            and match.start() - term.end < 12
                            and term.code
                        ):
                            code = term.code
                    if code is None:
                        code = sender = _sending_state(text, fact.terms, match)
                else:
                    leaders = [m for m in fact.people if m.end <= match.start()]
                    if leaders and leaders[0].start in analysis.person_of:
                        code = people[analysis.person_of[leaders[0].start]].country
                # "..., and the South's by B": the members after the contrast are the other side's
                contrast = next(
                    (
                        t.start
                        for t in fact.terms
                        if t.start >= match.end() and _CONTRAST_BY.match(text, t.end)
                    ),
                    sentence.end,
                )
                for mention in fact.people:
                    if mention.start < match.end() or mention.start not in analysis.person_of:
                        continue
                    if mention.nongovernment and not mention.title:
                        continue  # "accompanied by his daughter X": kin, with no post, is no envoy
                    member = people[analysis.person_of[mention.start]]
                    member.evidence = True
                    if (
                        code
                        and mention.start < contrast
                        and (member.country is None or (sender and not _stated_own_state(member)))
                    ):
                        # "a delegation of the party of X headed by Y": the group's own
                        # state beats the sentence's (the host's) for a post naming none
                        member.country = code

    @staticmethod
    def _apposed_group(fact: Any, people: list[Person], analysis: Analysis) -> None:
        """Names set off after a plural role are its members: "The envoys, A and B, met".

        Only the list right after the comma is the group's; a state right before the
        noun ("North Korean negotiators, A and B") is theirs when nothing else says.
        """
        text = analysis.text
        sentence = fact.sentence
        if text.find("s, ", sentence.start, sentence.end) < 0:
            return  # each plural role is set off by "s, ": a sentence without one has none
        match = _GROUP_APPOSED.search(text, sentence.start, sentence.end)
        if match is None:
            return
        code = next(
            (
                t.code
                for t in fact.terms
                if t.code and t.end <= match.start() and match.start() - t.end < 12
            ),
            None,
        )
        last_end = -1
        for mention in fact.people:
            if mention.start < match.end():
                continue
            if last_end < 0 and mention.start != match.end():
                return
            if last_end >= 0 and text[last_end : mention.start] not in _LIST_GAPS:
                return
            last_end = mention.end
            if mention.start not in analysis.person_of or mention.nongovernment:
                continue
            member = people[analysis.person_of[mention.start]]
            member.evidence = True
            if member.country is None and code:
                member.country = code

    def context_country(
        self, person: Person, analysis: Analysis, people: list[Person], company: bool = True
    ) -> str | None:
        """A state for a person the text does not tie to one directly.

        With ``company`` false, the people named beside the person are not read:
        beside a meeting's participant stand the other side's.
        """
        if self._staff_of_named_body(person, analysis):
            person.international = True  # "the agency's deputy director", after the IAEA
            return None
        chief = self._pronoun_chief(person, analysis, people)
        if chief is not None and chief.international:
            person.international = True  # "..., her spokesman X said": the UN envoy's staff
            return None
        if chief is not None and chief.country:
            return chief.country
        if _VIETNAMESE_LETTER.search(person.name):
            return "VNM"  # "Bùi Thanh Sơn": only Vietnamese writes these letters
        for mention in person.mentions:
            for index in (mention.sentence, mention.sentence - 1):
                if index < 0:
                    continue
                anchor = mention.start if index == mention.sentence else None
                code = self._sentence_state(analysis, index, person, people, anchor, company)
                if code:
                    return code
        guess = korean_name_country(person.name, self.lexicon)
        if guess:
            return guess
        if analysis.clean.dateline:
            place = self.gazetteer.place(analysis.clean.dateline)
            if place is not None and place.country:
                return place.country
        return None

    @staticmethod
    def _listed_after(
        person: Person, analysis: Analysis, people: list[Person], *, titled: bool = False
    ) -> Person | None:
        """The official listed right before the person's post: ``A and Vice Minister X``.

        "held talks with Foreign Minister A and Vice Foreign Minister X": a list of
        titled names states its state once, with the first name whose state is
        its own (a known official, a post with its state); X is of that state.
        With ``titled``, A must carry a post there too ("Biegun and Vice Foreign
        Minister X" pairs two sides).
        """
        text = analysis.text
        for mention in person.mentions:
            if not mention.title or not 0 <= mention.title_start < mention.start:
                continue
            earlier = [
                m
                for m in analysis.sentences[mention.sentence].people
                if m.end <= mention.title_start
            ]
            if not earlier or text[earlier[-1].end : mention.title_start] not in _LIST_GAPS:
                continue
            if titled and not earlier[-1].title:
                continue
            index = analysis.person_of.get(earlier[-1].start)
            other = people[index] if index is not None else None
            if (
                other is not None
                and other is not person
                and other.country
                and _stated_own_state(other)
            ):
                return other
        return None

    def _pronoun_chief(
        self, person: Person, analysis: Analysis, people: list[Person]
    ) -> Person | None:
        """The person a post's possessive pronoun refers to: ``X said, his deputy Y added``.

        "his"/"her" right before the post is the nearest envoy named before it.
        """
        text = analysis.text
        for mention in person.mentions:
            if not mention.title or mention.title_start < 0:
                continue
            if not _PRONOUN_BEFORE.search(
                text, max(0, mention.title_start - 5), mention.title_start
            ):
                continue
            for index in (mention.sentence, mention.sentence - 1):
                if index < 0:
                    continue
                before = [
                    m
                    for m in analysis.sentences[index].people
                    if m.end <= mention.title_start and m.start in analysis.person_of
                ]
                for other in reversed(before):
                    chief = people[analysis.person_of[other.start]]
                    if chief is not person and chief.is_envoy:
                        return chief
        return None

    @staticmethod
    def _succeeded(person: Person, analysis: Analysis, people: list[Person]) -> Person | None:
        """The envoy whose post the person held before or after: ``his predecessor, X,``.

        The pronoun is the nearest envoy named before as the subject of a sentence
        (the story's actor, not the people they met); a predecessor served the
        same state or organisation, and takes its side (a UN official's is no state's).
        """
        text = analysis.text
        for mention in person.mentions:
            if not _SUCCESSION_BEFORE.search(text, max(0, mention.start - 70), mention.start):
                continue
            nearest: Person | None = None
            nearest_end = -1
            for other in people:
                if other is person or not other.is_envoy:
                    continue
                for earlier in other.mentions:
                    if nearest_end < earlier.end <= mention.start - 1 and _opens_sentence(
                        analysis, earlier
                    ):
                        nearest, nearest_end = other, earlier.end
            if nearest is not None and mention.start - nearest_end <= _SUCCESSION_REACH:
                return nearest
        return None

    def _staff_of_named_body(self, person: Person, analysis: Analysis) -> bool:
        """True for ``the agency's deputy director`` after an international body is named.

        The possessive refers back to the organisation, whose staff serve no state.
        """
        first_body: int | None = None  # where the first international body is named
        for mention in person.mentions:
            if not mention.title:
                continue
            owner = _ANAPHOR_OWNER.match(mention.title)
            if owner is None or owner.group(1).lower() not in self.lexicon.body_anaphors:
                continue
            if first_body is None:
                first_body = next(
                    (
                        term.start
                        for fact in analysis.sentences
                        for term in fact.terms
                        if term.kind == "org" and not term.codes
                    ),
                    len(analysis.text),
                )
            if first_body < mention.start:
                return True
        return False

    def _sentence_state(
        self,
        analysis: Analysis,
        index: int,
        person: Person,
        people: list[Person],
        anchor: int | None = None,
        company: bool = True,
    ) -> str | None:
        stated = self._stated_state(analysis, index, anchor)
        if stated or not company:
            return stated
        sentence = analysis.sentences[index].sentence
        if anchor is None and _SIDES.search(analysis.text, sentence.start, sentence.end):
            return None  # "He will meet X": the people of a meeting sentence before are two sides
        for mention in analysis.sentences[index].people:
            other = analysis.person_of.get(mention.start)
            if other is None or people[other] is person:
                continue
            if anchor is not None and _other_side(analysis, index, anchor, mention.start):
                continue
            if people[other].country and people[other].is_envoy:
                return people[other].country
        return None

    @staticmethod
    def _stated_state(analysis: Analysis, index: int, anchor: int | None = None) -> str | None:
        """A state the sentence ties to officials: ``Japan's ...``, ``North Korean officials``.

        Read for the person named at ``anchor`` (when given), a state said in a
        quotation, or across a meeting word ("met with North Korean officials"),
        is another side's, not theirs.
        """
        fact = analysis.sentences[index]
        text = analysis.text
        title_spans = [(m.title_start, m.title_end) for m in fact.people if m.title]
        if anchor is not None:
            for term in fact.terms:
                # "The North's delegation was led by A, and the South's by B": the second
                # side's possessive stands for its delegation, B's own
                if term.code and 0 < anchor - term.end <= 40:
                    ellipsis = _CONTRAST_BY.match(text, term.end)
                    if ellipsis and ellipsis.end() <= anchor:
                        return term.code
        listed = _listed_demonyms(text, fact.terms)
        for term in fact.terms:
            if not term.code or any(a <= term.start < b for a, b in title_spans):
                continue
            if anchor is not None and _other_side(analysis, index, anchor, term.start):
                continue
            if term.start in listed:
                continue  # "North Korean, South Korean and American diplomats": no one side
            possessive = text[term.end : term.end + 2] in ("'s", "’s")
            if possessive and _OFFICIAL_NOUNS.match(text, term.end + 2):
                return (
                    term.code
                )  # "Japan's deputy foreign minister", not "North Korea's abductions"
            if term.kind in ("demonym", "reference") and _OFFICIAL_NOUNS.match(text, term.end):
                return term.code
            if term.kind == "country" and _SIDE_AFTER.match(text, term.end):
                return term.code  # "The DPRK side ... was headed by X", "the U.S. delegation"

            sends = _SENDS.match(text, term.end) if term.kind != "org" else None
            # "The North sent Vice Minister X": the one sent is its own envoy (not "Japan
            # sent a letter to X": the name stands right after the verb and the post)
            if (
                sends
                and anchor is not None
                and 0 <= anchor - sends.end() <= 90
                and " to " not in text[sends.end() : anchor]
            ):
                return term.code
            if term.kind == "org" and _BODY_REPORTS.match(text, term.end):
                return term.code  # "The State Department said that X, ..., would travel"
        return None


def _listed_demonyms(text: str, terms: Sequence[Term]) -> frozenset[int]:
    """The starts of demonyms coordinated in a list: "South Korean and American diplomats".

    Such a list ties its noun to several states, so it tells no one person's state.

    >>> from dprk_diplomacy.gazetteer import Gazetteer
    >>> t = "Japanese, South Korean and American diplomats met."
    >>> terms = TermIndex(Gazetteer.default()).find(t, 0, len(t))
    >>> sorted(_listed_demonyms(t, terms))
    [0, 10, 27]
    """
    listed: set[int] = set()
    demonyms = [t for t in terms if t.kind == "demonym" and t.code]
    for first, second in pairwise(demonyms):
        if text[first.end : second.start] in _DEMONYM_LIST_GAPS and first.code != second.code:
            listed.update((first.start, second.start))
    return frozenset(listed)


_DEMONYM_LIST_GAPS = frozenset([", ", " and ", ", and ", " or ", "-"])


# "The secretary of state landed ...", "that the U.S. special envoy would": a definite
# description opening a sentence (or a reported clause), read word by word from here.
_DEFINITE_OPENING = re.compile(r"(?<![\w-])[Tt]he[ ]")
_DESCRIPTION_WORD = re.compile(r"[\w.'’-]{1,30}")  # one word of the description
_DESCRIPTION_LINKS = frozenset(["of", "for", "to"])  # "secretary of state", "envoy for ..."

# "The official said": the posts of people reporters leave unnamed.
_UNNAMED_ROLES = frozenset(load_json("titles.json")["unnamed_roles"])

# How far (in characters) a definite description may stand from the name it stands for.
_DESCRIPTION_REACH = 400


def _opens_clause(text: str, start: int, at: int) -> bool:
    """True when ``at`` opens its sentence (from ``start``) or a clause after "that" or a
    dash; only the last few characters before it are read, unless they are all space.

    >>> _opens_clause("He said that the envoy", 0, 13), _opens_clause("Seoul and the envoy", 0, 10)
    (True, False)
    """
    window = text[max(start, at - 8) : at]
    window = window.strip() if at - 8 <= start else window.rstrip()
    if window:
        return window.endswith((" that", "--", "—"))
    before = text[start:at].strip()  # a run of spaces: read back to the sentence start
    return not before or before.endswith((" that", "--", "—"))


def _definite_descriptions(
    analysis: Analysis, lexicon: Lexicon
) -> list[tuple[int, int, frozenset[str]]]:
    """Spans of singular posts told with "the" as a sentence's subject, no name after them.

    Reporters name an envoy once and call them by their post in the next
    sentences ("X became the first ... The secretary of state landed"), or give
    the post in the lede and the name below it.
    """
    found: list[tuple[int, int, frozenset[str]]] = []
    text = analysis.text
    for fact in analysis.sentences:
        sentence = fact.sentence
        openings = [
            o
            for o in _DEFINITE_OPENING.finditer(text, sentence.start, sentence.end)
            if _opens_clause(text, sentence.start, o.start())
        ]
        if not openings:
            continue  # most sentences: the terms need no index
        spans = [(t.start, t.end) for t in fact.terms]
        codes = {t.start: t.codes for t in fact.terms}
        for opening in openings:
            first, last, at = opening.end(), -1, opening.end()
            head = ""
            word = _DESCRIPTION_WORD.match(text, at, sentence.end)
            while word is not None:
                token = word.group(0)
                inside = any(a <= word.start() < b for a, b in spans)
                if not (inside or lexicon.title_word(token) or token in _DESCRIPTION_LINKS):
                    break
                if not inside and lexicon.head_word(token):
                    head = token
                if token not in _DESCRIPTION_LINKS:
                    last = word.end()
                at = word.end() + 1
                word = (
                    _DESCRIPTION_WORD.match(text, at, sentence.end)
                    if text[word.end() : at] == " "
                    else None
                )
            if not head or word is None or not word.group(0).islower():
                continue  # no post, or a name or a break follows it
            if word.start() != last + 1:
                continue  # "the envoy for talks": a link runs on past the post
            if lexicon.singular_head(head) is not None or head.lower() in _UNNAMED_ROLES:
                continue  # "the officials": a group; "the official": someone left unnamed
            states = frozenset(c for at, cs in codes.items() if first <= at < last for c in cs)
            found.append((first, last, states))
    return found


def _described_title(
    person: Person,
    people: list[Person],
    descriptions: list[tuple[int, int, frozenset[str]]],
    text: str,
) -> str | None:
    """The definite description next to an untitled envoy's name, with no other name between.

    A post some other envoy holds ("the president", when one is titled "South
    Korean President") is theirs; a name told with another untitled one gets none.
    """
    lexicon = Lexicon.default()

    def post_words(title: str) -> list[str]:
        return [w.lower() for w in title.split() if lexicon.title_word(w)]

    others = [p for p in people if p is not person and p.is_envoy]
    # The others' posts and the sentences naming an untitled other do not change from
    # one description to the next: read once.
    held_posts = [post_words(p.title) for p in others if p.title]
    shared = {m.sentence for p in others if not p.title for m in p.mentions}
    starts = sorted(m.start for p in people if p.is_envoy for m in p.mentions)
    for first, last, states in descriptions:
        if states and person.country is not None and person.country not in states:
            continue  # "The South Korean minister", beside an American: another person
        post = text[first:last]
        if post_words(post) in held_posts:
            continue  # another envoy's own post
        for mention in person.mentions:
            low, high = sorted((mention.start, first))
            if high - low > _DESCRIPTION_REACH:
                continue
            if any(low < start < high and start != mention.start for start in starts):
                continue
            if mention.sentence in shared:
                continue  # "X and Y spoke. The president said": either may be meant
            return post
    return None


def envoy_records(people: list[Person], analysis: Analysis) -> list[Envoy]:
    """The envoy records, in order of first mention."""
    records = []
    text = analysis.text
    descriptions: list[tuple[int, int, frozenset[str]]] | None = None
    for person in people:
        if not person.is_envoy:
            continue
        if person.title is None and not person.international:
            if descriptions is None:
                descriptions = _definite_descriptions(analysis, Lexicon.default())
            person.title = _described_title(person, people, descriptions, text)
        records.append(
            Envoy(
                name=person.name,
                aliases=tuple(dict.fromkeys(a for a in person.aliases if a != person.name)),
                country=person.country or (None if person.international else person.guess),
                # a scrape's HTML entity ("the North&#8217;s") is read as its character
                title=html.unescape(person.title) if person.title else None,
                mentions=tuple(Span.of(text, m.start, m.end) for m in person.mentions),
            )
        )
    return records
