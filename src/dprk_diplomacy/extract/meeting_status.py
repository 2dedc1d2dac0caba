"""The status of a meeting cue, from one decision table.

The table is ``status_rules`` in ``data/meetings.json``: an ordered list of
rows, each naming a test of the cue's clause, the status it gives and the
sentence it is for.  The first row whose test holds decides, so precedence
is the order of the rows, and a user reorders or drops rows without touching
code.  The tests themselves live here, in :data:`STATUS_TESTS`; each reads a
:class:`StatusClause`, the cue's clause worked out once.

Two revisions need the meeting's date and stay with the date rules in
:mod:`.meetings`: a held meeting dated "later this week" is planned, and one
"postponed to Sept. 16" is planned on its new date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Final

from ..models import MeetingStatus
from ..partial_date import PartialDate
from ..recognize.dates import DateMention, find_dates  # noqa: F401  (find_dates: doctests)
from ..recognize.trie import folded_word_list_pattern, holds_any
from ..resources import load_json
from .decision_table import first_row, load_rows

_CUES = load_json("meetings.json")

# The cue lists match case-blind: they are searched in Analysis.folded (or slices of it).
CANCELLED = folded_word_list_pattern(_CUES["cancelled"], any_space=True)
PROPOSED = folded_word_list_pattern(_CUES["proposed"], any_space=True)
PLANNED = folded_word_list_pattern(_CUES["planned"], any_space=True)
_INFINITIVE_PLANS = frozenset(_CUES["infinitive_plans"])
# The form of the cue itself, when nothing governs it: the cue_tense table.
_CUE_TENSE = {word: form for form, words in _CUES["cue_tense"].items() for word in words}

# Where reported speech is attributed: a pronoun after it points at the speaker.
ATTRIBUTION = re.compile(
    r"""
    ,\s(?:according\sto                              # ", according to X"
    |[^,.;]{1,60}?\s(?:said|says|told|reported)\b)   # ", X said" (not "are reported to be")
    """,
    re.VERBOSE,
)
# "X said (that) they would ...": "would" reports a plan, not a hedge.
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|announced|agreed|confirmed)\s(?:that\s)?(?:[\w.-]+\s){0,6}would\s",
    re.IGNORECASE,
)
# A verb of saying or agreeing and "that", right before the clause: "agreed that".
_REPORTED_THAT_BEFORE = re.compile(
    r"\b(?:said|says|announced|agreed|confirmed|declared)\s(?:\w+\s){0,2}?that\s$"
)
# A plan stated after the cue: "the summit in Vietnam, to be held Feb. 27-28".
_PLANNED_AFTER = re.compile(
    r"""
    [^.;]{0,30}?                      # a short stretch: " in Vietnam,"
    \s(?:to\sbe\sheld|scheduled|planned|slated|set\sfor|set\sto)\b
    """,
    re.VERBOSE,
)
# A modal verb of the clause whose subject holds the cue: "a meeting could take place".
_HEDGED_PREDICATE = re.compile(
    r"""
    [^.;,]{0,90}?                     # the rest of the subject: " between the two leaders"
    \s(?:(?:could|might|may|would)\s(?:still\s)?
       (?:be\s(?:held|hosted|arranged)|take\splace|happen|occur
         |open|start|begin|resume|go\sahead)   # "the third round could begin next month"
     | (?:is|was|remains|remained|seems|seemed|looks|looked)\s(?:still\s)?
       (?:possible|likely|unlikely|on\sthe\stable|under\sconsideration
         |important|necessary|essential|vital|crucial|needed))\b
                                      # "a visit by Kim to Moscow remained possible",
                                      # "believes a summit is important": wished for
    """,
    re.VERBOSE,
)
# "The White House said that a second summit ... would take place near the end of
# February": a future in the past, reported, is a plan ("could take place" stays a hedge)
_REPORTED_WOULD_PREDICATE = re.compile(
    r"""
    [^.;,]{0,90}?                     # the rest of the subject: " between Trump and Kim"
    \swould\s(?:still\s)?
    (?:be\s(?:held|hosted)|take\splace|open|start|begin|resume|go\sahead)\b
    """,
    re.VERBOSE,
)
_SAID_THAT_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|told\sreporters)\s(?:[a-z]+\s)?(?:that\s)?"
)
# The future verb of the clause whose subject holds the cue: "the first meeting of the
# ministerial talks will be held in Pyongyang", "the next round will take place".
_FUTURE_PREDICATE = re.compile(
    r"""
    [^.;,]{0,90}?                     # the rest of the subject: " of the second round"
    (?:,[^.;,]{1,60},)?               # an aside: ", originally set for Monday,"
    \s(?:will|is\sto|are\sto|is\sdue\sto|are\sdue\sto)\s
    (?:now\s|still\s|instead\s)?      # "will now open": a plan restated
    (?:be\s(?:held|hosted|convened|opened)|take\splace|open|start|begin|resume)\b
    """,
    re.VERBOSE,
)
# "the offer came a week after X visited Beijing": the visit was before the offer.
_AFTER_BEFORE = re.compile(r"\b(?:after|since)\s$")
_OFFER_BEFORE = re.compile(r"\b(?:suggest\w*|offer\w*|propos\w*)\b")
# "agreed to meet", "decided to hold talks": the verb agrees to what the cue names.
_PLAN_VERB_BEFORE = folded_word_list_pattern(
    _CUES["plan_verbs"],
    any_space=True,
    after=r"\s(?:(?:again|also|later)\s)?to\s(?:(?:a|an|the)\s)?$",  # then the cue
)
# "accepted an invitation", "accepted Kim's offer": then the hedge word.
_ACCEPTED_BEFORE = folded_word_list_pattern(
    _CUES["acceptance"],
    any_space=True,
    after=r"\s(?:[\w'’.-]+\s){0,3}$",  # up to three words: "an", "North Korea's"
)
# "failed to agree after two days of talks": the talks are the clause's own occasion.
DURATION_OF_BEFORE = re.compile(
    r"""
    \bafter\s(?:a|an|one|two|three|four|five|six|several|\d{1,2})\s(?:full\s)?
    (?:days?|hours|rounds?|weeks?)\sof\s(?:[\w-]+\s)?$  # "after two days of (marathon) "
    """,
    re.VERBOSE,
)
# "preparations for a visit", "to prepare for the summit": what is prepared is still to come.
_PREPARED_FOR_BEFORE = re.compile(
    r"\b(?:preparations?\sfor|to\sprepare\sfor|preparing\sfor)\s"
    r"(?:(?:a|an|the|his|her|their|its)\s)?(?:[\w'’-]+\s){0,2}$"
)
_EARLIER_ONE = re.compile(r"\b(?:latest|previous|last|failed|first)\s$")
_TO_BEFORE = re.compile(r"\bto\s$")
PAST_VERB = re.compile(
    r"\b(?:met|held|visited|arrived|had|discussed|took|came|flew|traveled|travelled|left|paid|made"
    r"|crossed|went|walked|stepped|signed|attended|drove|rode"
    r"|was\s(?:then\s)?(?:driven|flown|taken|brought|escorted|ushered))\b"  # "was driven to"
)
# A regular past tense: "introduced", "showed ... on a visit" (the cue lists take the
# planned and proposed "-ed" words first).
_REGULAR_PAST = re.compile(r"\b[a-z]{3,}ed\b")
_UNDER_WAY = re.compile(
    r"""
    \b(?:is|are)\s(?:now\s|currently\s)?
    (?:in\s[A-Z][^,;]{0,30}\son\s         # "is in China on a rare visit"
      |on\s(?:a|an|his|her|their)\s(?:[\w-]+\s){0,3}$)  # "is on a three-day state visit"
    """,
    re.VERBOSE,
)
_ON_A_BEFORE = re.compile(r"\b(?:on|with)\s(?:a|an|his|her|their|its)\s(?:[\w-]+\s){0,3}$")
_DURING_BEFORE = re.compile(r"\bduring\s(?:[\w'’-]+\s){0,3}$")  # "during Putin's first visit"
_PRESENT_BE_BEFORE = re.compile(r"\b(?:is|are|'s|’s)\s(?:[a-z]+ly\s|now\s|also\s)?$")
_WILL_NOUN_BEFORE = re.compile(r"\b(?:good|ill|free|political|popular|the|of|their|his|her)\s$")
# "the last Chinese leader to visit was Hu Jintao": a rank among visitors, told in the past.
RANK_TO_BEFORE = re.compile(r"\bthe\s(?:last|first|only|latest)\s(?:[\w.'’-]+\s){1,5}to\s$")
# "... to visit was Hu Jintao", "... to go to North Korea was Hu Jintao": the rank's verb,
# after the place of the cue
WAS_AFTER_PLACE = re.compile(r"(?:\s[\w'’.-]+){0,3}?\s(?:was|were)\s")
# The clause break before an occasion that another one comes "ahead of": it is still to come.
# "postponed by one day", "delayed by a week": moved by a stated span, so still to be held
# (no new day written is no cancellation).
_MOVED_BY = re.compile(
    r"""
    \b(?:postponed|delayed|put\soff|pushed\sback)\s
    (?:by\s|for\s)?                                         # "by a day", "for a week"
    (?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|a\sfew)\s
    (?:day|days|week|weeks|month|months|hours)\b
    """,
    re.VERBOSE,
)
# "the summit with Moon, which is set for late April": a relative clause on the cue that
# tells its schedule, whatever hedge governs the sentence around it
_SET_IN_RELATIVE = re.compile(
    r"""
    [^.;]{0,60}?,\s(?:which|that)\s(?:is|was|are|were|has\sbeen|had\sbeen)\s
    (?:now\s|also\s)?(?:set|scheduled|slated|planned|due)\s(?:for|to|on|in)\b
    """,
    re.VERBOSE,
)
# "is the first Chinese leader to visit the North in 14 years": the occasion told as a
# record it sets, not a plan
_FIRST_TO_BEFORE = re.compile(
    r"""
    \b(?:is|was|became|becomes|has\sbecome)\s(?:the\s)?
    (?:first|second|third|only|latest|most\ssenior|highest-ranking|highest\sranking
      |most\sprominent)\s(?:[\w.-]+\s){0,4}to\s$
    """,
    re.VERBOSE,
)
# A timeline's entry ("May 7-8 - Kim meets Xi in Dalian", "2019: Trump visits Seoul"):
# a date, a dash or colon, then a present tense that tells what happened
_TIMELINE_ENTRY = re.compile(
    r"""
    (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s  # "May", "Sept."
       \d{1,2}                                                  # "7"
       (?:\s?[-–]\s?(?:[A-Z][a-z]{2,8}\.?\s)?\d{1,2})?           # "-8", "-April 1"
       (?:,?\s\d{4})?                                           # ", 2018"
     | (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\s)?\d{4})  # "June 2018"
    \s?(?:\s[-–—]|:)\s                                            # " - ", ": "
    """,
    re.VERBOSE,
)
# "the visit", "Lavrov's visit", "his first visit": a definite noun, whose form says
# nothing of the time ("Kim to visit Russia" is the headline's base verb, a plan)
_NOUN_BEFORE = re.compile(
    r"""
    (?:\b(?:the|his|her|their|its|this|that|whose|each|every)|['’]s)\s
    (?:[\w-]+\s)?$                 # one modifier: "his first visit", "the state visit"
    """,
    re.VERBOSE,
)
_AHEAD_OF_BEFORE = re.compile(
    r"""
    \b(?:ahead\sof|prior\sto                     # "ahead of the summit"
      |comes\s(?:a|an|one|two|three|four|five|\d{1,2})\s(?:days?|weeks?|months?)\sbefore
                                               # "The visit comes a week before the summit"
    )\s(?:the\s)?$
    """,
    re.VERBOSE,
)


def plan_cue(folded: str) -> re.Match[str] | None:
    """The first plan word in ``folded``, not counting the noun "will" ("good will").

    >>> plan_cue("set up as a sign of good will after the ") is None
    True
    >>> plan_cue("they will hold a ").group(0)
    'will'
    """
    for match in PLANNED.finditer(folded):
        if match.group(0) == "will" and _WILL_NOUN_BEFORE.search(folded, 0, match.start()):
            continue
        return match
    return None


def hedge(folded: str, text: str) -> re.Match[str] | None:
    """The first hedge in ``folded`` (``text`` folded), not counting the month "May".

    >>> hedge("seoul, may 15 -- they met.", "SEOUL, May 15 -- They met.") is None
    True
    >>> hedge("they may meet.", "They may meet.").group(0)
    'may'
    """
    for match in PROPOSED.finditer(folded):
        if text.startswith("May", match.start()) and match.group(0) == "may":
            continue  # the month, as in "May 15" (the modal is lower case inside a sentence)
        if match.group(0) == "if" and "," in folded[match.end() :]:
            continue  # "pledging help if either is attacked, at the end of a summit": the
            # condition is of another clause
        return match
    return None


def is_infinitive_plan(cue: re.Match[str]) -> bool:
    """True for a planned cue that only states a purpose ("to hold", "to meet"), not a plan.

    >>> is_infinitive_plan(PLANNED.search("went there to meet"))
    True
    """
    return " ".join(cue.group(0).split()) in _INFINITIVE_PLANS


def ahead_of(text: str, w_start: int, dates: Sequence[DateMention], w_end: int) -> bool:
    """True when the clause at ``w_start`` is what an earlier occasion came ahead of.

    A year written in the clause tells a story told after the fact ("ahead of
    the Singapore summit in June 2018"), so the occasion is not taken as to come.

    >>> text = "Li met Yoon on Sunday, ahead of a summit with Japan."
    >>> ahead_of(text, text.index("a summit"), [], len(text))
    True
    >>> ahead_of(text, text.index("on Sunday"), [], len(text))
    False
    """
    if not _AHEAD_OF_BEFORE.search(text, max(0, w_start - 40), w_start):
        return False
    return not any(d.year is not None for d in dates if w_start <= d.start < w_end)


@dataclass(frozen=True)
class StatusClause:
    """A cue's clause as the status rules read it.

    ``text`` and ``folded`` are the article's text and its case-folded copy;
    ``w_start``/``w_end`` bound the clause; ``group`` is the frame the cue
    opens (meet, talks, summit, visit, call).  The flags are worked out by
    the meeting stage because it uses them too: ``since_earlier`` ("since
    their meeting in Hanoi"), ``called_off`` ("told X not to make a planned
    trip"), ``agreed`` ("agreed to resume talks").  ``sentence_start`` bounds
    what governs the clause from before it.
    """

    text: str
    folded: str
    w_start: int
    w_end: int
    trigger: re.Match[str]
    group: str
    since_earlier: bool = False
    called_off: bool = False
    agreed: bool = False
    dates: Sequence[DateMention] = ()
    sentence_start: int = 0
    published: dt.date | None = None

    @cached_property
    def lead(self) -> str:
        """The clause's words before the cue."""
        return self.text[self.w_start : self.trigger.start()]

    @cached_property
    def folded_lead(self) -> str:
        """:attr:`lead`, case-folded."""
        return self.folded[self.w_start : self.trigger.start()]

    @cached_property
    def word(self) -> str:
        """The cue as written, lower case."""
        return self.trigger.group(0).lower()

    @cached_property
    def offer(self) -> re.Match[str] | None:
        """The hedge or offer that governs the cue, if any."""
        found = hedge(self.folded_lead, self.lead)
        if found is not None:
            return found
        # the clause before, in the same sentence: "offered talks, or suggested a visit"
        governing = self.text[max(self.sentence_start, self.w_start - 40) : self.w_start]
        return None if _AFTER_BEFORE.search(governing) else _OFFER_BEFORE.search(governing)

    @cached_property
    def plan(self) -> re.Match[str] | None:
        """The plan word or agreeing verb that governs the cue, if any."""
        return plan_cue(self.folded_lead) or _PLAN_VERB_BEFORE.search(self.folded_lead)

    @cached_property
    def tense(self) -> str | None:
        """The cue's own form in the ``cue_tense`` table, if listed."""
        tense: str | None = _CUE_TENSE.get(self.word)
        return tense


def _accepted_offer(c: StatusClause) -> bool:
    return c.offer is not None and bool(_ACCEPTED_BEFORE.search(c.folded_lead, 0, c.offer.start()))


def _after_days_of(c: StatusClause) -> bool:
    # "declared that they would work for peace, after a day of talks": the talks end the
    # clause told in the past; a modal of its reported content is no hedge of them
    return bool(
        DURATION_OF_BEFORE.search(c.text, max(c.w_start, c.trigger.start() - 40), c.trigger.start())
        # the sentence's verb, which a reported clause may stand after: "declared that ..."
        and bool(
            PAST_VERB.search(c.folded, c.sentence_start, c.w_start)
            or _REGULAR_PAST.search(c.folded, c.sentence_start, c.w_start)
            or PAST_VERB.search(c.folded_lead)
        )
    )


def _reported_would(c: StatusClause) -> bool:
    if _reported_would_predicate(c):
        return True  # "said that a second summit would take place": after the cue
    offer = c.offer
    return (
        offer is not None
        and offer.group(0).lower() == "would"
        # "he would be willing to meet": a hedge after "would" keeps it an offer
        and not PROPOSED.search(c.folded_lead, offer.end())
        and bool(
            _REPORTED_FUTURE.search(c.lead)  # "they said they would hold a summit"
            # "The two leaders agreed that Moon would visit": the clause reported
            or _REPORTED_THAT_BEFORE.search(
                c.text, max(c.sentence_start, c.w_start - 40), c.w_start
            )
            # "the two would meet in May, a spokesman said": reported too
            or ATTRIBUTION.search(c.text, c.trigger.end(), c.w_end)
        )
    )


def _reported_would_predicate(c: StatusClause) -> bool:
    return bool(
        # the predicate needs "would": a substring test spares most clauses the match
        c.text.find("would", c.trigger.end(), c.w_end) >= 0
        and _REPORTED_WOULD_PREDICATE.match(c.text, c.trigger.end(), c.w_end)
        and _SAID_THAT_BEFORE.search(c.text, c.sentence_start, c.trigger.start())
    )


def _offer_or_hedge(c: StatusClause) -> bool:
    offer, plan = c.offer, c.plan
    return offer is not None and (
        plan is None
        or offer.start() >= plan.start()
        or "could" in offer.group(0).lower()
        # "an offer to hold talks", "hoped to hold a summit": the infinitive is the offer's
        or is_infinitive_plan(plan)
    )


def _earlier_occasion(c: StatusClause) -> bool:
    plan = c.plan
    if plan is None:
        return False
    earlier_one = _EARLIER_ONE.search(c.lead)
    return (
        earlier_one is not None
        and "will" not in c.folded_lead
        # "looking forward to his first talks": a first one still to come
        and not (
            earlier_one.group(0).startswith("first")
            and plan.end() <= earlier_one.start()
            and plan.group(0) != "ahead of"  # "ahead of their first summit": past
        )
    )


def _ahead_of_past_verb(c: StatusClause) -> bool:
    plan = c.plan
    return (
        plan is not None
        and plan.group(0) == "ahead of"
        # "Ahead of the dinner, they held a meeting", "Ahead of the talks, Kim met Li":
        # the verb before the cue, or the cue itself, is in the past
        and bool(PAST_VERB.search(c.folded_lead, plan.end()) or PAST_VERB.match(c.word))
    )


def _plan_after(c: StatusClause) -> bool:
    end = c.trigger.end()
    return bool(
        PLANNED.match(c.folded, end)
        or _PLANNED_AFTER.match(c.text, end, c.w_end)
        or _FUTURE_PREDICATE.match(c.text, end, c.w_end)
    )


def _present_on_visit(c: StatusClause) -> bool:
    """ "Xi on Thursday arrives in Pyongyang", "Moon arrives in Pyongyang on Tuesday" in a
    story of that Tuesday: the wire's present tells today's arrival.

    >>> text = "Moon arrives in Pyongyang on Tuesday for talks."
    >>> cue = re.compile("arrives in").search(text)
    >>> clause = StatusClause(text, text.lower(), 0, len(text), cue, "visit",
    ...     dates=find_dates(text), published=dt.date(2018, 9, 18))
    >>> clause.tense, _present_on_visit(clause)
    ('present', True)
    """
    if c.tense != "present" or c.group != "visit":
        return False
    if "on" in c.lead.split()[-2:]:
        return True
    return c.published is not None and any(
        c.trigger.end() <= d.start < c.w_end
        and d.weekday is not None
        and d.strict is None
        and d.resolve(c.published) == PartialDate.from_date(c.published)
        for d in c.dates
    )


def _base_after_past(c: StatusClause) -> bool:
    tail = c.lead[-60:]
    return (
        c.tense == "base"
        and bool(
            PAST_VERB.search(tail[-50:])
            or _REGULAR_PAST.search(tail[-50:])  # "introduced ... on a visit to"
            # "introduced the regime's missiles and new drones on a visit to": the visit frames
            # what the clause's verb tells, however long its object
            or (_ON_A_BEFORE.search(tail) and _REGULAR_PAST.search(c.lead[-110:]))
            # "the last president to visit was Hu": a rank told in the past
            or (
                RANK_TO_BEFORE.search(c.folded_lead[-60:])
                and WAS_AFTER_PLACE.match(c.folded, c.trigger.end(), c.w_end)
            )
            or _DURING_BEFORE.search(tail[-40:])
            or _UNDER_WAY.search(tail)  # "is in China on a rare visit": under way
        )
    )


# "... after a four-day visit to": a clause of its own, opened by "after" (the clause
# breaker), whose occasion came before what the sentence tells
_AFTER_OPENING = re.compile(r"[Aa]fter\s$")
# "will return home after a visit", "is to leave after talks": what follows is ahead, and
# so is the occasion
_AHEAD_BEFORE_AFTER = re.compile(
    r"(?:\b(?:will|would|shall|could|may|might)|'ll|’ll"
    r"|\b(?:is|are|plans?|expected|scheduled|due|set)\sto)\s"
)


def _after_past(c: StatusClause) -> bool:
    """ "Returned to New York on Friday after a four-day visit to North Korea": the
    occasion came before what the sentence's past verb tells, so it was held.

    >>> text = "Lee returned home on Friday after a visit to China."
    >>> cue = re.compile("visit").search(text)
    >>> _after_past(StatusClause(text, text.lower(), 34, 50, cue, "visit"))
    True
    """
    if not (
        _AFTER_OPENING.search(c.text, max(0, c.w_start - 6), c.w_start)
        and c.lead.count(" ") <= 4  # "after a four-day ": no verb of its own
    ):
        return False
    before = c.text[max(c.sentence_start, c.w_start - 86) : c.w_start]
    return bool(PAST_VERB.search(before) or _REGULAR_PAST.search(before)) and not (
        _AHEAD_BEFORE_AFTER.search(before)
    )


# ", the working lunch cancelled": an absolute phrase, whose cancelled thing is its own noun
_ABSOLUTE_BEFORE = re.compile(r",\s(?:the|its|their|his|her|a)\s(?:[\w'’-]+\s){1,3}$")


def _cancel_word(c: StatusClause) -> bool:
    """A word of cancelling in the clause, except in an absolute phrase of its own noun.

    >>> text = "The summit opened on Wednesday and ended early, the lunch cancelled."
    >>> cue = re.compile("summit").search(text)
    >>> _cancel_word(StatusClause(text, text.lower(), 0, len(text), cue, "summit"))
    False
    """
    first = CANCELLED.search(c.folded, c.w_start, c.w_end)
    if first is None:
        return False  # most clauses: no generator to build
    return any(
        not _ABSOLUTE_BEFORE.search(c.folded, max(c.w_start, m.start() - 50), m.start())
        for m in CANCELLED.finditer(c.folded, first.start(), c.w_end)
    )


def _moved_by(c: StatusClause) -> bool:
    """Whether the clause puts the occasion off by a span: "postponed by a week".

    The pattern opens with a word boundary, so a search tries it at every position;
    its verbs all hold one of the substrings tested first, which few clauses do.

    >>> t = "talks were postponed by a week."
    >>> _moved_by(StatusClause(t, t, 0, len(t), None, "talks"))  # type: ignore[arg-type]
    True
    """
    folded, start, end = c.folded, c.w_start, c.w_end
    if not holds_any(folded, _MOVED_BY_WORDS, start, end):
        return False
    return _MOVED_BY.search(folded, start, end) is not None


# One substring of each verb of _MOVED_BY ("put off", "pushed back" both hold "pu").
_MOVED_BY_WORDS: Final = ("postponed", "delayed", "pu")


# Each test reads the cue's clause; data/meetings.json orders them and gives each its status.
STATUS_TESTS: dict[str, Callable[[StatusClause], bool]] = {
    "since_earlier": lambda c: c.since_earlier,
    "called_off": lambda c: c.called_off,
    "moved_by_span": _moved_by,
    "cancel_word": _cancel_word,
    "accepted_offer": _accepted_offer,
    "reported_would": _reported_would,
    "set_in_relative": lambda c: bool(_SET_IN_RELATIVE.match(c.text, c.trigger.end(), c.w_end)),
    "offer_or_hedge": _offer_or_hedge,
    "first_to": lambda c: bool(_FIRST_TO_BEFORE.search(c.folded_lead)),
    "prepared_for": lambda c: bool(_PREPARED_FOR_BEFORE.search(c.folded_lead)),
    "after_days_of": _after_days_of,
    "agreed_round": lambda c: c.agreed,
    "ahead_of_occasion": lambda c: ahead_of(c.text, c.w_start, c.dates, c.w_end),
    "earlier_occasion": _earlier_occasion,
    "ahead_of_past_verb": _ahead_of_past_verb,
    "plan_word": lambda c: c.plan is not None,
    "hedged_predicate": lambda c: bool(_HEDGED_PREDICATE.match(c.text, c.trigger.end(), c.w_end)),
    "plan_after": _plan_after,
    "timeline_entry": lambda c: bool(_TIMELINE_ENTRY.match(c.text, c.sentence_start, c.w_end)),
    "present_on_visit": _present_on_visit,
    "present_cue": lambda c: c.tense == "present",
    "base_after_past": _base_after_past,
    "after_past": _after_past,
    "base_cue": lambda c: c.tense == "base" and not _NOUN_BEFORE.search(c.folded_lead),
    "progressive_after_be": lambda c: (
        c.tense == "progressive" and bool(_PRESENT_BE_BEFORE.search(c.lead))
    ),
    "departure_or_purpose": lambda c: c.tense == "departure" or bool(_TO_BEFORE.search(c.lead)),
    "otherwise": lambda c: True,
}


@dataclass(frozen=True)
class StatusRule:
    """One row of the status table: a named test, the status it gives, its example."""

    rule: str
    status: MeetingStatus
    example: str


def _load_rules(rows: list[dict[str, Any]]) -> tuple[StatusRule, ...]:
    return load_rows(
        "status_rules",
        rows,
        STATUS_TESTS,
        lambda row: StatusRule(row["rule"], row["status"], row["example"]),
    )


STATUS_RULES = _load_rules(_CUES["status_rules"])


def decide_status(clause: StatusClause) -> StatusRule:
    """The first row of the status table whose test holds for ``clause``.

    >>> import re
    >>> text = "The two sides will meet in Geneva."
    >>> cue = re.search("meet", text)
    >>> decide_status(StatusClause(text, text.lower(), 0, len(text), cue, "meet")).status
    'planned'
    """
    return first_row(STATUS_RULES, STATUS_TESTS, clause)
