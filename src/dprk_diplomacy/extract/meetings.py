"""Meetings: occasions on which two or more parties meet or talk.

Each cue of meeting (``met``, ``talks``, ``summit``, ``visit``, ``arrived
in``, ``phone call``) opens a clause-sized window: the words between the
clause boundaries around it.  The window gives

- the status: negation drops the cue; "called off" or "postponed" makes it
  cancelled; a hedge ("could", "offered to", "possibility of") proposed; a
  future or schedule ("will", "is expected to", "scheduled for") planned;
  otherwise what happened is held;
- the participants: the people named in the window, the clause's subject,
  pronouns resolved to the person in focus, "the two leaders", but not
  speakers ("X said") or people inside someone else's title;
- the parties: the participants' states and state words ("his North
  Korean counterpart", "the U.S. side", "talks between Seoul and
  Pyongyang"), the host of a visit;
- the place ("in Hanoi", "arrived in Pyongyang") and the time ("on
  Wednesday", "last month"), resolved against the publication date in the
  direction the status implies.

A meeting needs something concrete (a named participant, a place or a time)
and two sides.  Mentions of the same occasion are merged: a visit with the
talks held during it, an unnamed "talks between the two Koreas" with the
named delegates' meeting, repeated mentions with the same participants.

The order of work, for reading the code:

1. clauses: :data:`_CLAUSE_BREAK` plus a fronted subordinate clause
   ("After Trump met Kim, ...", :data:`_FRONTED_CLAUSE`); a meeting that
   another is held to prepare is cut off as its topic and is a record of its
   own when it names its people (:meth:`MeetingExtractor._topic_candidate`);
2. cues: the lists of ``data/meetings.json`` name the frame a cue opens
   (meet, talks, summit, visit, call); the status is the first row of the
   ``status_rules`` table that holds for the cue's clause
   (:mod:`.meeting_status`): governing words (cancelled, proposed, planned
   lists), then a modal or future predicate after the subject ("could take
   place", "will be held"), then the cue's own form (the ``cue_tense`` table:
   present, base, departure); anything else is held;
3. slots inside the clause: people (names, the clause's or sentence's
   subject, pronouns, "the U.S. envoy"), sides, place (", where the talks",
   "at Pyongyang's Great Hall", "the Vostochny cosmodrome"), time (a fronted
   "Last weekend,", "their April summit", "June that year");
4. carry-over, explicit and bounded: an unplaced meeting of people placed in
   the sentence before takes that place before merging (:func:`_carry_place`);
   talks dated by the arrival of their visit take the day of the next line
   that dates the talks; "they met" takes the sides just told; a tour of
   coordinated places is one visit per place (:func:`_legs`);
5. merging of mentions (:func:`_mergeable`), kept apart by ordinals ("their
   third summit"), "a separate"/"also", and places or dates that disagree.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Final

from dateutil.relativedelta import relativedelta

from ..gazetteer import Gazetteer
from ..models import Meeting, MeetingKind, MeetingStatus, Span
from ..partial_date import PartialDate
from ..recognize.dates import (  # noqa: F401  (find_dates: doctests)
    DateMention,
    Direction,
    counted_number,
    find_dates,
)
from ..recognize.people import PersonMention
from ..recognize.terms import Term
from ..recognize.trie import (
    fewest_anchors,
    folded_word_list_pattern,
    holds_any,
    trie_pattern,
    word_list_pattern,
    word_list_source,
)
from ..resources import load_json
from .analysis import Analysis, SentenceFacts
from .envoys import Person
from .meeting_kind import KindClause, decide_kind, leaders_meeting, sitting_head
from .meeting_status import (
    ATTRIBUTION,
    CANCELLED,
    DURATION_OF_BEFORE,
    PAST_VERB,
    PLANNED,
    PROPOSED,
    WAS_AFTER_PLACE,
    StatusClause,
    decide_status,
    is_infinitive_plan,
)

_CUES = load_json("meetings.json")
# Venues and the city they lie in (shared with the corpus view).
_VENUE_CITIES: dict[str, str] = load_json("corpus.json")["venue_cities"]

# (?<![\w-])(?:(?P<call>...)|(?P<summit>...)|...)(?![\w-]): the first list with a word
# there names the kind (match.lastgroup); see word_list_pattern.  It is matched against
# Analysis.folded, so the words are lower-case and the pattern need not ignore case.
_TRIGGER = folded_word_list_pattern(
    {kind: _CUES[kind] for kind in ("call", "summit", "visit", "meet", "talks", "call_verbs")},
    any_space=True,
)

_CLAUSE_BREAK = re.compile(
    r"""
    [;,\s]                       # the first character: the engine skips ahead to these
    (?:                          # then one branch per character, each branch's alternatives
                                 # opening with a letter, so that the engine tries only the
                                 # one whose letter stands there:
        (?<=\s)(?:               # after a space:
            b(?:ut\s
              | efore\s(?!(?:this|last|next|early|late|mid|the\send|\d|January|February|March
                  |April|May|June|July|August|September|October|November|December)\b))
                                                 # "talks before this year": a time, no clause
          | w(?:hen|hereas|hile)\s
          | a(?:head\sof\s
              | fter\s(?!(?:a|an|one|two|three|four|five|six|several|\d{1,2})\s(?:full\s)?
                  (?:days?|hours|rounds?|weeks?)\sof\s)  # "failed to agree after two days of
                                                 # talks": the clause's own occasion
                  (?!(?:their\s|the\s)?(?:summit|bilateral|closed-door|formal)?\s?
                     (?:talks|summit|negotiations)\s(?:in|at|on)\s)  # "signed a pact after
                                                 # summit talks in Pyongyang": the same
              | nd\s(?=(?:will|is|was|has|had|also|would|could)\s  # "and will see him visit"
                   | then\s[a-z]        # "and then met", not "and then President Moon"
                   | the\s(?:next|following)\s(?:day|morning|week)\s  # "and the next day
                   | later\s[a-z]                 # delivered a letter": another time
                   | (?:a|an)\s(?:[\w-]+\s){0,2}?(?:summit|meeting|visit|call)\swith\s
                                                 # "for talks with X and a summit with Y":
                                                 # two occasions, each with its own sides
                   | the\s(?:[\w-]+\s){0,2}(?:summit|meeting|talks|visit)\s
                     (?:was|were|is|are|will|had|has)\s  # "met on June 28, and the first
                                                 # summit was set for July 25": another
                                                 # occasion, the subject of its own clause
                   | (?:a|the)\sfollow-up\b    # "had been held in May, and a follow-up
                                                 # was called off": another occasion
                   | (?:two|three|four|five|another)\s(?:more\s|further\s)?
                     (?:rounds?|sessions?|meetings?)\b))  # "began in 2003, and two more
                                                 # rounds followed": the later occasions
          | prior\sto\s
          | since\s(?=(?:their|the|his|her|its|a)\s  # "the first summit since their meeting"
                   | [a-z]{2,20}ing\s              # "since returning from his Hanoi summit"
                   | (?:(?:[A-Z][\w.-]*|of)\s){0,6}[A-Z][\w-]*['’]s\s  # "since Hu Jintao's
                                                 # visit", "since Secretary of State X's trip"
                   | (?:[A-Z][\w.-]*\s){1,3}(?:returned|took|came|was|became)\s  # "since Abe
                                                 # returned to power": a time, no side
                   | (?:[A-Z][\w.-]*\s){1,3}in\s(?:\d|[A-Z]))  # "the most senior official to
                                                 # visit since Xi Jinping in 2019": the last one
          | or\s(?=suggested|offered|proposed)       # "offered X or suggested Y": the hedge stays
          | that\s(?=[a-z]+\s(?:him|her|them)\s     # "a tour that took him to"
                  | [A-Z]                         # "the suggestion that Sung Kim meet"
                  | (?:he|she|they)\s             # "told Trump that he would like to meet Abe"
                  | (?:was|were|had\sbeen|has\sbeen)\s  # "an office in X that was set up"
                  | (?:led|paved|resulted|prompted)\s)  # "the summit that led to Kim's
                                                 # meetings with Trump": another occasion
          | which\s(?=(?:was|were|had\sbeen|has\sbeen)\s  # "an office in X which was set up"
                   | (?:led|paved|resulted|prompted)\s)
          | f(?:ollows|ollowed|ollow)\s
              (?=(?:[\w'’-]+\s){0,3}(?:talks|meetings?|summits?|rounds?|visits?|trips?)\b)
                                                 # "The talks follow three-party talks held in
                                                 # April": the earlier occasion, on its own
          | c(?:omes|ame|ome)\s(?:
                as\s                              # "The meeting comes as Seoul said ...": news
              | after\s(?=(?:[\w'’-]+\s){0,3}(?:talks|meetings?|summits?|rounds?|visits?
                  |trips?)\b))                     # "came after three-party talks"
                                                 # of another occasion follows
          | (?<=[”"]\s)(?=(?:[A-Z][\w.’'-]*\s){1,4}(?:told|said|says|added)\b)  # the end of a
                                  # quote and its speaker: the quote's hedges stay in it
          | (?<=,["”]\s)as\s(?=(?:he|she|they|it|we)\s)  # ", as he held talks" after a quote
        )
      | (?<=;)                    # a semicolon always ends a clause
      | (?<=,)\s(?:               # a comma, a space and:
            (?:but|while|when|where|whereas)\s  # a conjunction
          | then\s(?=(?:flew|went|left|drove|headed|travell?ed|continued|moved)\s)
                                    # "dined with Kim in Pyongyang, then flew to Washington":
                                    # the next leg, another occasion ("then met for another
                                    # session" goes on with the same one)
          | citing\s                # ", citing U.S.-South Korean drills": the reason, whose
                                    # states are no sides
          | (?<=[a-z],\s)who\s(?=(?:had\s|also\s|later\s|then\s)?(?:met|visited|held|hosted
              |received|travell?ed|flew|arrived)\s)  # "conveyed by Carter, who met Kim in
                                    # Pyongyang": the person's own occasion
          | as\s(?=(?:he|she|they|it|we)\s  # ", as he held talks": the time of another
                                            # occasion, told in its own clause
                 | (?:[A-Z][\w.-]+\s){1,3}[a-z]+s\s  # ", as Tokyo seeks a summit": the
                                                 # background, another occasion
                 | (?:[a-z]+\s){1,2}(?:grows|grew|mounts|mounted|rises|rose|builds|swirls
                   |intensifies|deepens|persists)\b)  # ", as speculation grows that Kim
                                                 # could travel": the background
          | which\s(?=[A-Z]|(?:the|their|his|her)\s)  # ", which Moon had offered to
                                                 # mediate", ", which the two leaders discussed
                                                 # at their summit": another occasion
          | and\s(?=(?:[A-Z][\w.-]*\s){0,2}[A-Z][\w-]*['’]s\s(?:[\w-]+\s){0,2}?
              (?:summit|meeting|talks|visit|trip)\b)  # "..., and Kim's summit with Trump":
                                                 # another occasion ("Trump and Kim's summit"
                                                 # is one)
          | and\s(?=[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2}\s  # ", and Kim Kye-Gwan last week
              (?:last|also|then|has|had|was|is|will|would|could|said|met|discussed|visited
                |accepted|rejected|declined|refused|welcomed)\b)  # ", and Kim accepted"
          | and\s(?=(?:[\w'’.-]+\s){1,4}(?:will|(?:is|are)\s(?:scheduled|set|due|expected)\sto)\s)
                                                 # ", and sports officials are scheduled to
                                                 # hold talks": another planned occasion
          | and\s(?=(?:[a-z'’-]+\s){0,4}(?:a|another)\s(?:second|third|fourth|fifth)\b)
                                                 # ", and returned for a second meeting":
                                                 # a new occasion in a clause of its own
          | and\s(?!(?:the\s(?:two|leaders|pair)|both|they)\s)  # not the same sides
            (?=(?:[\w'’.-]+\s){1,6}  # ", and Kim's envoy Choe Son Hui held talks":
              (?:held|met|visited|travell?ed|flew|arrived|paid)\s)  # another subject,
                                                 # another occasion
        )
    )
    """,
    re.VERBOSE,
)

# A subordinate clause put before the main one: "After Trump and Kim met in June, the two
# sides held talks in Stockholm".  Its comma closes it, so each clause keeps its own occasion.
_FRONTED_CLAUSE = re.compile(
    r"""
    (?:[A-Z][^-—–\n]{0,60}?(?:--|—|–)\s)?  # a dateline that opens the sentence: "SEOUL, May 15 --"
    (?:(?:[A-Z][a-z]{1,8}|\d{1,3})\s(?:[a-z]+\s)?    # "Two weeks", "A few days", "10 days"
       (?:days?|weeks?|months?|years?|hours?)\s(?=before|after|ahead))?
    (?:After|When|Before|While|Whereas|Although|Though|Once|Until|Since|Because|As
      |Ahead\sof|Prior\sto|Following|after|before|ahead\sof)\s  # the subordinator, or a
                                  # preposition of time
                                  # fronted with its own occasion: "Ahead of the summit,"
    [^,;]{3,200}?                 # the subordinate clause, up to its closing comma
    (?P<comma>,)\s
    """,
    re.VERBOSE,
)
# A time adverbial put before the clause's subject ("Last weekend, ministers ended three
# days of talks") dates the clause's occasion, however long the subject is.
_FRONTED_TIME_LEAD = re.compile(
    r"""
    (?:[A-Z][^-—–\n]{0,60}?(?:--|—|–)\s)?   # a dateline that opens the sentence: "SEOUL, May 15 --"
    (?:[^\w\s]{1,8}\s)?                       # a post's emoji or bullet: "🇷🇺 On July 12,"
    (?:(?:[Ii]n|[Oo]n|[Ee]arly|[Ll]ate|[Bb]y)\s)?  # a preposition: "In March,"
    (?:(?:early|late|mid)[\s-])?                  # "In mid-June 1994,"
    """,
    re.VERBOSE,
)

# After a state word, a role that the story has already given a name: "the U.S. envoy".
# Offices held by one person ("the North Korean leader") are left to the names.
_DEFINITE_BEFORE_STATE = re.compile(r"\b[Tt]he\s(?:(?:chief|top|senior|special)\s)?$")
_ENVOY_AFTER_STATE = re.compile(
    rf"""
    \s(?:(?:special|chief|top|nuclear|senior)\s)?   # "the U.S. special envoy"
    (?:{"|".join(_CUES["envoy_roles"])})\b
    """,
    re.VERBOSE,
)

_THE_BEFORE_STATE = re.compile(r"[Tt]he $")  # "the" right before: "the Russian leader"

# After a state word, an office held by one person, with no name after it: "the Russian
# leader accepted" (not "the Russian leader Vladimir Putin"), "South Korea's leader".
_HEAD_ROLE_UNNAMED = rf"""
    (?:{"|".join(_CUES["head_roles"])})\b       # "leader", "president"
    (?!\s(?-i:[A-Z]))                          # no name follows
    """
_HEAD_AFTER_STATE = re.compile(rf"\s{_HEAD_ROLE_UNNAMED}", re.VERBOSE | re.IGNORECASE)
_OWNED_HEAD_AFTER_STATE = re.compile(rf"['’]s\s{_HEAD_ROLE_UNNAMED}", re.VERBOSE | re.IGNORECASE)

# The cue lists match case-blind: they are searched in Analysis.folded (or slices of it).
_NEGATION = folded_word_list_pattern(_CUES["negation"], any_space=True)
_PURPOSE = folded_word_list_pattern(_CUES["purpose"], any_space=True)
# Every match of _PURPOSE holds one of these: a clause without any is not searched.
_PURPOSE_ANCHORS: Final = fewest_anchors(_CUES["purpose"])
_SERIES = folded_word_list_pattern(_CUES["series"], any_space=True)
_VAGUE_TIME = folded_word_list_pattern(_CUES["vague_times"], any_space=True)  # "soon"
# " cosmodrome" after "Vostochny": the venue's full name (matched in the text, lower case only).
_VENUE_HEAD = folded_word_list_pattern(_CUES["venue_heads"], any_space=True, not_after=r"\S")
_VENUE_NOUN = re.compile(rf"\s(?:{'|'.join(re.escape(n) for n in _CUES['venue_nouns'])})\b")
# What a meeting is about, right before a later cue of its clause: "met ... to discuss a
# possible third summit", "held talks ... on a possible summit".  Searched in the folded text.
_TOPIC_MODIFIER = trie_pattern(word.lower() for word in _CUES["topic_modifiers"])
_TOPIC_LEAD = folded_word_list_pattern(
    _CUES["topic_lead"],  # "to discuss", "to prepare for", "on"
    any_space=True,
    after=rf"\s(?:(?:{_TOPIC_MODIFIER})\s){{0,3}}$",  # "a possible third", then the cue
)
_OWNED_TOPIC_LEAD = folded_word_list_pattern(
    _CUES["topic_lead"],
    any_space=True,
    after=r"\s(?:[\w.-]+\s){0,3}[\w.-]+['’]s\s(?:[\w-]+\s)?$",  # "chairman kim's (first)"
)
_FOLLOW_UP = re.compile(r"\bfollow(?:ing)?[\s-]up\b")
_TOPIC_REACH = 80  # characters before a cue that its topic lead is looked for in

# A role held in a negotiating process rather than an occasion: "Russia's envoy to the talks".
_ROLE_IN_TALKS = re.compile(
    r"\b(?:part(?:y|ies)|participants?|members?|envoys?|delegates?|delegations?|negotiators?"
    r"|representatives?|ambassadors?)\s(?P<link>to|in|at|of|for)\s(?:the\s)?(?:[\w-]+\s)?$",
    re.IGNORECASE,
)
# A substring of each noun of _ROLE_IN_TALKS, lower case, tested before its search.
_ROLE_WORDS: Final = (
    "part",
    "member",
    "envoy",
    "delegat",
    "negotiator",
    "representative",
    "ambassador",
)
_PRONOUN = folded_word_list_pattern(["he", "she", "him", "her", "his"])
# "his foreign minister", "her chief negotiator": a post on the owner's staff
_STAFF_AFTER_OWNER = re.compile(
    r"\s(?:[\w-]+\s){0,2}(?:minister|envoy|secretary|adviser|advisor|aide|deputy|negotiator"
    r"|ambassador|spokesman|spokeswoman|spokesperson|delegation|emissary)\b"
)
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|assured|informed|promised|reminded)\s$")
_TOLD_THEM_BEFORE = re.compile(r"\b(?:told|assured|informed|promised)\s(?:him|her)\s(?:that\s)?$")
_DESCRIBED_AFTER = re.compile(r"\s(?:described|termed|called)\sas\b|\s(?:described|termed)\s")
# How far into a reported clause its subject may start, past titles ("said that Foreign
# Minister X"): a person named further on is an object of that clause.
_REPORTED_SUBJECT_REACH = 48
_REFLEXIVE = re.compile(r"\b(?:between|with)\s(?:himself|herself)\b")
# "talked about summits with", "spoke of a possible visit": what is spoken of
_TALKED_ABOUT_BEFORE = re.compile(
    r"\b(?:talked|spoke|wrote)\s(?:about|of)\s(?:(?:the|a|an|possible|future|further)\s)*$"
)
_THEN_AND = re.compile(r"\band\s(?:was\s|were\s)?then\s")
# "X noted that ...": the reported clause's own subject takes the focus.
_REPORTED_CLAUSE = re.compile(
    r"\s(?:said|says|noted|notes|added|stressed|recalled|explained)\s(?:that\s)?", re.IGNORECASE
)
_OFFICIALS_OF_BEFORE = re.compile(
    r"\b(?:officials?|diplomats?|delegat\w+|representatives?|envoys?)\s(?:from|of|at)\s"
    r"(?:the\s|its\s)?$"
)
_THE_LEADERS = re.compile(
    r"(?<![\w-])(?:the\s(?:two\s)?leaders|their\s(?:\w+\s)?summit)(?![\w-])", re.IGNORECASE
)


def _names_the_leaders(analysis: Analysis, start: int, end: int) -> bool:
    """True when ``text[start:end]`` says "the (two) leaders" or "their (...) summit".

    Most clauses hold neither word: a substring test of the folded text turns them
    away before the pattern, which tries every position, is searched.

    >>> from dprk_diplomacy.extract.analysis import Analysis
    >>> text = "The two leaders met."
    >>> _names_the_leaders(Analysis(text, None, None, []), 0, len(text))
    True
    """
    folded = analysis.folded
    if folded.find("leaders", start, end) < 0 and folded.find("summit", start, end) < 0:
        return False
    return _THE_LEADERS.search(analysis.text, start, end) is not None


# After a demonym, the words that make it a side of a meeting: "South Korean counterpart".
_SIDE_NOUN_AFTER = re.compile(
    r"""
    (?:,?(?:\sand)?\s(?-i:[A-Z])[\w.-]+(?:\s(?-i:[A-Z])[\w-]+)?){0,4}?  # ", South Korean and U.S."
    (?:\s[\w-]+){0,2}?\s             # up to two words between: "North Korean nuclear envoy"
    (?:officials?|diplomats?|envoys?|delegat\w+|counterparts?|leaders?|president|premier
      |ministers?|ministry|government|side|negotiators?|representatives?|authorities
      |chief|head|ambassador|spokes\w+|generals|officers|teams?)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "at the North's", "in China's": a place given with the state that owns it.
_OWNER_LOCATIVE = re.compile(r"\b(?:in|at|on)\s(?:the\s)?[A-Z][\w-]{1,20}['’]s\s$")
_LOCATIVE = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|to|into|near|visit|visited|visits|visiting)\s(?:the\s)?)$"
)
_PROCESS = re.compile(
    r"\b(?:resum\w*|restart\w*|return\w*\sto|revive|reviving|resumption\sof|since"
    r"|recovery\sof|restoration\sof|revival\sof)\s(?:the\s)?(?:[\w-]+\s){0,2}$",
    re.IGNORECASE,
)
# A substring of each word of _PROCESS, lower case, tested before its search.
_PROCESS_WORDS: Final = ("res", "return", "reviv", "since", "recovery")
# The first finite verb of a sentence, which ends its subject: "condemned", "met", "said".
_FINITE_VERB = re.compile(r"\s(?:[a-z]{3,}ed|met|held|said|says|told|agreed|are|were|is|was)\s")
_PASSIVE_BY = re.compile(r"\sby\s")  # "hosted by", "received by": a participle
# The people of the sentence's subject referred back to: "they", "the two", "both men"
# ("the two countries", "the two sides" are states, not people).
# The people of a pair told by their roles: "the two ministers", "both leaders".
_PAIR_NOUNS = "leaders|men|women|ministers|envoys|officials|presidents|diplomats|negotiators"
_THEY_BEFORE = re.compile(
    rf"""
    (?<![\w-])
    (?:they|both\sof\sthem|the\spair
      |the\stwo(?:\s(?:{_PAIR_NOUNS}))?
      |both\s(?:{_PAIR_NOUNS}))
    (?![\w-])(?!\s(?:countries|sides|nations|states|koreas|governments|delegations))
    """,
    re.VERBOSE,
)
_RESUMED = re.compile(r"(?:resumed|restarted|reopened)\s", re.IGNORECASE)  # a past resumption
# A place or day right after a cue: "talks in Panmunjom", "talks on Jan. 9".
_HELD_WHERE_OR_WHEN = re.compile(r"\s(?:in|at|on)\s(?:the\s)?[A-Z0-9]")
# "at the border city of Dandong": the place comes after a locative noun phrase.
_PLACE_OF = re.compile(
    r"""
    \b(?:in|at|to|into|inside|on)\s(?:the\s)?
    (?:(?:[\w'’-]+\s)?(?:half|side|part|end|edge)\sof\s(?:the\s)?)?  # "into the northern
                                                          # half of the truce village of"
    (?:[\w'’-]+\s){0,2}                                  # "in the North's border city of"
    (?:city|town|village|county|port|resort|island|region|province)\sof\s$
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Between a venue and the city it lies in: " State Guest House in ", "'s Sentosa island, in ".
_CITY_OF_VENUE = re.compile(r"(?:\s[A-Z][\w'’.-]*){0,4},?\s(?:in|of)\s(?:the\s)?")
# "arrived here", "met him here", "held talks here": in datelined copy, the dateline's city.
_HERE = re.compile(
    r"\b(?:arrived|arrives|arriving|landed|met|meets|meeting|talks|visit|visiting|held)"
    r"\s(?:[a-z]+\s)?here\b"
)
_THIS_CITY = re.compile(
    r"\b(?:in|to)\sthis\s(?:[A-Z][\w-]+\s){0,2}(?:city|capital|port|town|resort)\b"
)
# "spent a full day and one extra night in", "stayed on in": a stay, then its place.
_STAY_IN = re.compile(
    r"\b(?:spent|spends|spending|stayed|stays|staying|remained|remains)\s(?:[\w-]+\s){0,8}?in\s"
    r"(?:the\s)?"
)
_STAY_WORDS = ("spen", "stay", "remain")  # one stands in each _STAY_IN: a cheap test first
_POST_TO = re.compile(
    r"\b(?:ambassador|envoy|embassy|mission|representative|delegate)\s(?:to|in)\s(?:the\s)?$",
    re.IGNORECASE,
)
# "met at the North Korean Embassy in Beijing": the mission is the venue, in that city
_VENUE_OF_MISSION = re.compile(
    r"\b(?:at|inside)\s(?:the\s|an?\s)?(?:[\w.'’-]+\s){0,3}(?:[Ee]mbassy|[Mm]ission)\s(?:in)\s(?:the\s)?$"
)
_CAPITAL_WORD = re.compile(r"\scapital\b")
# "South and " before "North Korean": the first word of a second demonym with the same head.
_SHARED_HEAD_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]{2,10})\sand\s$")
# After "the Swiss": a city the text names by its state alone ("the Russian port city").
_DEMONYM_CITY = re.compile(
    r"\s(?:(?:port|border|coastal|resort|northern|southern|eastern|western)\s)?city\b"
)
# "in a Southeast Asian country", "at an undisclosed location": a place the text keeps back.
_WITHHELD_PLACE = re.compile(
    r"\b(?:in|at)\s(?:a|an)\s(?:[\w-]+\s){0,3}(?:country|nation|city|capital|location|venue)\b"
    r"|\bundisclosed\b"
)
# A place told by its kind alone: "in the cross-border village", "at the border town".
_UNNAMED_PLACE = re.compile(
    r"\b(?:in|at)\sthe\s(?:[\w-]+\s){0,2}(?:village|town|city|resort)\b(?!\sof\b)"
)
# The same told by its kind alone, with no state word ("the Chinese port city" is another
# state's): "arrived in the southeastern port city"
_UNNAMED_CITY = re.compile(
    r"\b(?:in|at|to|side\sof)\sthe\s(?:[a-z-]+\s){0,2}(?:city|town|village|resort)\b(?!\sof\b)"
)
# One stands in each _UNNAMED_PLACE and _UNNAMED_CITY: most clauses are turned away by
# substring tests before the patterns, which try every position, are searched.
_PLACE_KINDS = ("city", "town", "village", "resort")
# \b(?:on\s)?the\ssame\sday\b|\bearlier\sin\sthe\sday\b, case-insensitive
# A time expression that can only point ahead: what it dates has not happened yet.
_FUTURE_TIME = re.compile(r"(?:[Nn]ext|[Ll]ater\sthis|[Cc]oming|[Tt]omorrow|[Tt]his\scoming)\b")
# "were holding talks", "are now meeting": the occasion is going on as the story is told.
_BE_PROGRESSIVE = re.compile(
    r"""
    \b(?:is|are|was|were)\s(?:(?:now|still)\s)?  # "were", "are now"
    [a-z]{2,15}ing                              # "holding", "meeting"
    (?:\s[\w-]+){0,2}$                          # "working-level talks": up to the cue's end
    """,
    re.VERBOSE,
)
_CURRENT_TRIP_BEFORE = re.compile(
    r"\b(?:embark\w*\son|current|ongoing)\s(?:(?:his|her|their|its|a|an|the)\s)?"
    r"(?:[\w-]+\s){0,2}$"
)
_UNDER_WAY_AFTER = re.compile(
    r"\s(?:(?:is|are|were|was)\s)?(?:under\sway|underway|taking\splace|going\son)\b"
)
# The present perfect of the clause whose subject holds the cue: the story's news ("the
# second summit between the two leaders has ended early in Hanoi")
_JUST_ENDED_AFTER = re.compile(
    r"""
    [^.;,]{0,90}?                     # the rest of the subject: " between Trump and Kim"
    \s(?:has|have)\s(?:just\s)?
    (?:ended|concluded|closed|opened|begun|started|collapsed|broken\sdown|wrapped\sup)\b
    """,
    re.VERBOSE,
)
# "denied a report that", "dismissed media reports that": then the clause denied.
_DENIED_BEFORE = folded_word_list_pattern(
    _CUES["denial"],
    any_space=True,
    after=r"\s(?:(?:[a-z-]{1,12}\s){0,3}(?:reports?|claims?|stor(?:y|ies))\s)?that\s$",
)
# "six-party talks", "six-nation nuclear talks": right before the cue (with one word
# between), or "ministers from the six countries held talks" (a subject of the cue).
_SIX_PARTY = folded_word_list_pattern(
    _CUES["six_party"]["words"],
    any_space=True,
    # "six-party talks", "ministers from the six countries held", "six countries, meeting"
    after=r"(?:(?:\s[\w-]+)?\s$|(?<=s),?\s(?:[a-z]+\s){0,3}$)",
)
_SIX_PARTY_STATES = frozenset(_CUES["six_party"]["states"])
# "will meet the heads of all six delegations", "met with the six delegations": the six as
# the cue's object
_SIX_AS_OBJECT = re.compile(
    r"""
    \s(?:with\s)?(?:the\s)?
    (?:(?:heads|chiefs|leaders|members)\sof\s)?   # "the heads of"
    (?:all\s)?(?:the\s)?six\s
    (?:delegations|countries|nations|parties|sides)\b
    """,
    re.VERBOSE,
)
# "the next phase of the six-party talks", "on the six-party talks": the process talked about
# ("a new round of six-party talks" is one occasion of it).
_SIX_TOPIC_BEFORE = re.compile(
    r"\b(?:on|about|over|regarding|to|into|forward|(?:phase|future|fate|state)\sof)\s(?:the\s)?$"
)
# "a day after", "two days before": the clause is dated from the main clause's day.
_DAYS_APART_BEFORE = re.compile(
    r"\b(?P<count>a|one|two|three)\sdays?\s(?P<relation>after|before|ahead\sof)\s$", re.IGNORECASE
)
# "separate bilateral talks", "separate meetings": then the cue; "separately" after it.
_SEPARATE_TALKS_BEFORE = re.compile(r"\bseparate\s(?:(?:bilateral|one-on-one|private)\s)?$")
_SEPARATELY = re.compile(r"\sseparately\b")
# ", and again in Hanoi": the same people's next occasion, at the place named next.
# "after a day of", "after three rounds of marathon": the talks that the clause's verb ends
# A place told again by reference: "at the same venue", "met there" (not "there were")
_SAME_PLACE = re.compile(
    r"""
    \b(?:at|in)\s(?:the\s)?same\s(?:place|venue|location|site|city|village|spot)\b
    | \sthere\b(?!\s(?:is|are|was|were|will|would|has|have|had|could|may|might)\b)
    """,
    re.VERBOSE,
)
_SAME_PLACE_WORDS = ("same", "there")  # one stands in each _SAME_PLACE: a cheap test first
# "had earlier proposed", "had offered": a plan told from after it was made
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s(?:[a-z]+ly\s|earlier\s|already\s)?[a-z]{3,}ed\s")
_TIME_AFTER_PLACE = re.compile(  # " in late ", " the following "
    r",?\s(?:(?:in|on)\s)?(?:the\s(?:following|next)\s)?(?:(?:early|late|mid)[\s-])?"
)
_AND_AGAIN = re.compile(
    r"""
    ,?\s(?:and\s)?(?:again|later|then\sagain)\s(?:in|at)\s(?:the\s)?  # "and again in Hanoi"
    | ,\sand\s(?:in|at)\s(?:the\s)?  # "met in Dalian in May, and in Beijing in March"
    """,
    re.VERBOSE,
)
# "The three", "the four countries": as many sides as the occasion they refer back to.
_COUNTED_ANAPHOR = re.compile(
    r"\bthe\s(?P<count>three|four|five)(?:\s(?:countries|nations|sides|leaders|ministers)['’]?)?\s"
)
_OF_BETWEEN_AFTER = re.compile(r"\s(?:of|between|among)\s")  # "the summit of the three ..."
_COUNTS = {"three": 3, "four": 4, "five": 5}
# "not to make a planned trip", "not to go ahead with the scheduled talks": a plan undone.
_NOT_TO_MAKE = re.compile(
    r"\bnot\sto\s(?:make|take|hold|attend|go\sahead\swith)\s(?:a|an|the|his|her|their)\s"
    r"(?:planned|scheduled|proposed|upcoming)\s$"
)
_BEFORE_BREAK = re.compile(r"\bbefore\s$")
# "for talks with X and a summit with Y": a clause opened by "and" and an indefinite cue
# "the two ministers met with X", "both leaders held talks with X": a pair named before,
# as the subject of a cue whose own object is someone else
_PAIR_SUBJECT_BEFORE = re.compile(
    rf"""
    (?<![\w-])(?:the\stwo|both)\s(?:{_PAIR_NOUNS})\s
    (?:[a-z]+\s)?$                   # "also", "then"
    """,
    re.VERBOSE,
)
_AND_AN_OCCASION = re.compile(r"(?<=\band\s)(?:a|an)\s")
_SIDELINES_OF_THAT = re.compile(r"\b(?:sidelines|margins|fringes)\sof\s(?:that|this|the|those)\s$")
_SIDELINES = re.compile(  # of the gathering just told, named or referred back to
    r"""
    \bon\sthe\ssidelines\b
    (?:(?!\sof\s)                                   # "on the sidelines"
      |\sof\sthe\s(?:opening\s|first\s|plenary\s|main\s)?  # "of the opening session"
       (?:session|sessions|talks|meeting|round)\b)
    """,
    re.VERBOSE,
)
# "was led by", "were headed by", "was represented by": who spoke for a side.
_LED_BY = re.compile(
    r"""
    \b(?:was|were|is|are|being)\s(?:led|headed|represented)\sby\s  # "The U.S. side is headed by"
    | \b(?:led|headed|leads|heads|leading|heading)\s      # "Kang led", "Song leads", "are leading"
      (?:the|his|her|its|their|a|an)\s                   # "led a five-member delegation"
      (?:[\w'’-]+\s){0,2}?(?:delegations?|teams?|sides?)\b  # "the North Korean side", "the delegations"
    | \b(?:delegation|team|side),?\s(?:led|headed)\sby\s  # "the delegation, led by X,"
    """,
    re.VERBOSE,
)
# "X said after the session", "the chief negotiator": people who sat at the occasion just
# told, when their state is one of its sides; so is a sentence that opens with "His
# counterpart, Y,".
_SAT_AT_IT = re.compile(
    r"""
    \b(?:said|says|told\sreporters)\s(?:after|following)\s  # "said after the four-hour
      (?:the|their|this|today['’]s)\s(?:[\w'’-]+\s){0,2}?  # session"
      (?:talks|session|meeting|round|negotiations|discussions)\b
    | \bchief\s(?:[\w'’-]+\s)?(?:negotiator|delegate)\b    # "the chief American negotiator"
    """,
    re.VERBOSE,
)
_COUNTERPART_OPENING = re.compile(r"(?:His|Her)\s(?:[\w'’-]+\s)?counterpart,\s")
# One stands in each match of _LED_BY, _SAT_AT_IT and _COUNTERPART_OPENING: a cheap test first
_LED_WORDS = (
    "led",
    "headed",
    "represented",
    "leads",
    "heads",
    "leading",
    "heading",
    "after",
    "following",
    "counterpart",
    "chief",
)
# A sentence opening that refers back to an occasion: "The meeting", "The four-day talks".
_DEFINITE_OPENING = re.compile(
    r"""
    (?:[^.;]{1,120}?\s(?:said|says|confirmed|told\sreporters)  # "Peskov said on Wednesday
       (?:\s(?:on\s)?[A-Z][a-z]+)?\sthat\sthe\s             # that the meeting ..."
      |(?:The|These|Those)\s)
    (?:[\w'’-]+\s){0,3}
    """,
    re.VERBOSE,
)
# "The talks opened on Tuesday": the first day of the occasion.
_ATTENDED_AFTER = re.compile(r"\s(?:were|was)\s(?:also\s)?(?:attended|joined)\sby\b")
_OPENED_BEFORE = re.compile(r"\b(?:opened|began|started|kicked\soff)\s(?:on\s)?$")
# "postponed to", "rescheduled for": then the meeting's new date.
_MOVED_TO = folded_word_list_pattern(_CUES["moved_to"], any_space=True, after=r"\s(?:on\s)?$")
# "from Sunday to Wednesday", "from May 2 through May 5": a span of days.
# Between two coordinated times: "2000 and 2007", "2000, 2007 and three times in 2018".
_TIME_COORDINATION = re.compile(
    r"""
    (?:,\s(?:and\s)?|\sand\s)          # ", ", ", and ", " and "
    (?:again\s)?
    (?:(?:once|twice|two|three|four|five)\stimes\s)?  # "three times in 2018"
    (?:in\s)?
    """,
    re.VERBOSE,
)
_RANGE_LINK = re.compile(r"\s(?:to|through|until|till)\s")
_FROM_BEFORE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s$")
_SAME_DAY = word_list_pattern(
    ["on the same day", "the same day", "earlier in the day"],
    ignore_case=True,
    any_space=True,
    not_after=r"\w",
    after=r"(?!\w)",
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:about|on|over|regarding|concerning|of|for|against|toward|towards|from"
    r"|discuss|discussed|discussing|discusses)\s(?:the\s)?$"
)
# "diplomats of South Korea": after a word for envoys, "of" names their side, not a topic.
_SIDE_OF = re.compile(
    r"\b(?:diplomats|officials|ministers|delegations?|envoys|leaders|representatives|negotiators"
    r"|heads|delegates|presidents|premiers|prime\sministers|counterparts)\s(?:of|from)\s(?:the\s)?$",
    re.IGNORECASE,
)

# A meeting noun right after a word for both sides: "inter-Korean (ministerial) talks".
# After a pair of states ("inter-Korean"), a noun of place: the pair names a place.
_PLACE_NOUN_AFTER = re.compile(
    r"\s(?:truce\svillage|border|border\svillage|industrial\s(?:park|complex|zone)"
    r"|(?:joint\s)?liaison\soffice|demarcation\sline|joint\ssecurity\sarea|peace\shouse"
    r"|tourist\sresort|reunion\scent(?:er|re))\b",
    re.IGNORECASE,
)
# After a demonym, the rest of a speaker and the verb of saying: "Finnish foreign ministry said".
_SPEAKER_AFTER = re.compile(
    r"(?:\s[\w-]+){1,3}\s(?:said|says|told|announced|reported|added|stated)\b"
)
# After a state word in the possessive, a noun of place: "the North's city of", "China's
# border town".
_PLACE_OWNER_AFTER = re.compile(
    r"['’]s\s(?:[\w-]+\s)?(?:city|town|village|capital|resort|port|island|territory|soil)\b"
)
# After a state word, people who do not act for its government.
_NOT_A_SIDE_AFTER = re.compile(
    r"\s(?:troops|soldiers|forces|service\s(?:members|personnel)|servicemen|citizens|nationals"
    r"|residents|tourists|students|businessmen|businesspeople|business\sleaders|journalists"
    r"|reporters|athletes|fans|defectors|workers|veterans|families|abductees|POWs"
    r"|policy|policies|issue|issues|problem|question|affairs|file|sanctions)\b",  # a topic
    re.IGNORECASE,
)
_MEETING_NOUN_AFTER = re.compile(
    r"\s(?:[\w-]+\s){0,2}?(?:talks|summit|meetings?|dialogue|negotiations|consultations)\b"
)
# After a time used as an attribute, an event that is no meeting: the time is that event's.
_OTHER_EVENT_AFTER = re.compile(
    r"(?:\s[A-Z][\w-]*){0,3}\s(?:War|war|Armistice|armistice|Games|Olympics|Declaration"
    r"|declaration|Agreement|agreement|Accord|accord|Framework|crisis|famine|floods?)\b"
)
_AT_THE_OCCASION_BEFORE = re.compile(
    r"(?:\bat\sthe\s(?:end|close|start|opening)\sof\s"
    r"|,\s(?:capping|concluding|closing|crowning|wrapping\sup|rounding\soff)\s)"  # "signed a
    # pact on Wednesday, capping a state visit": the day of what capped it
    r"(?:a|an|the|their|his|her)\s(?:[\w-]+\s){0,2}$"
)
# "The meeting came four months after Trump and Kim's summit in Hanoi": an occasion placed
# by its distance from the one just told.
_COUNTED_FROM_OCCASION = re.compile(
    r"""
    (?<![\w-])
    (?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)  # how many
    \s(?P<unit>day|week|month|year)s?                                    # of what
    \s(?:after|before|ahead\sof)\s                                      # which way
    (?:[\w'’-]+\s){0,6}$                                                # the occasion's words
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The start or end of a span, not an occasion: "four times since March 2018", "talks before
# this year" ("the first visit since 2019" dates the visit before it: that one is kept),
# "last until Friday" ("from Monday to Friday" is a range, read elsewhere)
_SPAN_BOUND_BEFORE = re.compile(
    r"""
    (?:\b(?:times|repeatedly|often|several\stimes|regularly|twice)\s[Ss]ince
      |\b[Bb]efore
      |(?<!\sto\s)(?<![\d,])\s(?:until|till|through))\s$
    """,
    re.VERBOSE,
)


def _purpose(folded: str, start: int, end: int) -> re.Match[str] | None:
    """:data:`_PURPOSE` searched in ``folded[start:end]``, after a cheap test of its anchors.

    >>> _purpose("met him to discuss the summit", 0, 29).group(0)
    'to discuss'
    """
    if not holds_any(folded, _PURPOSE_ANCHORS, start, end):
        return None  # most clauses: no purpose phrase, no search
    return _PURPOSE.search(folded, start, end)


def _span_bound_before(text: str, at: int) -> bool:
    """Whether :data:`_SPAN_BOUND_BEFORE` ends right before ``at`` ("since ", "until ").

    Its words end it, so a test of the last characters spares most dates the search.

    >>> _span_bound_before("talks last until Friday", 17), _span_bound_before("on Friday", 3)
    (True, False)
    """
    if not holds_any(text, ("ince", "efore", "until", "till", "through"), max(0, at - 10), at):
        return False
    return _SPAN_BOUND_BEFORE.search(text, max(0, at - 40), at) is not None


# "originally set for Monday", "initially scheduled to start on May 3": a time since replaced
_SUPERSEDED_BEFORE = re.compile(
    r"""
    \b(?:originally|initially|previously)\s        # the old plan
    (?:set|scheduled|planned|slated|due|expected)\s  # as a plan, not "previously met in"
    (?:[a-z]+\s){0,3}$                              # "to start on", "for"
    """,
    re.VERBOSE,
)
# "shook hands on Sunday, before the two held talks": the same people carrying on the
# scene the sentence's verb dates, so its time is the talks' time too
_SAME_SCENE_BEFORE = re.compile(
    r"""
    \b(?:before|after|as|when|while|then)\s       # a conjunction of time
    (?:the\stwo|they|both)\s                      # the people already named, as subject
    (?:[a-z]{2,12}\s)?$                           # one word: "leaders", "then"
    """,
    re.VERBOSE,
)
_SAID_AFTER = re.compile(r"\s(?:said|says|told|added|noted|stressed)\b")
# a day right after a verb of saying ("said Friday", "announced on Friday") dates the report
# "said on Friday", "told reporters on Wednesday": the day of a telling
_SAID_ON_BEFORE = folded_word_list_pattern(
    _CUES["speech"],
    any_space=True,
    after=r"\s(?:(?:reporters|journalists|lawmakers|parliament|a\snews\sconference)\s)?(?:on\s)?$",
)
_NOT_AFTER = re.compile(r"\s(?:was|were|is)\snot\b")  # "talks were not held"
_NO_BEFORE = re.compile(r"\bno\s$")  # "no talks"
_THERE_WAS_NO = re.compile(r"^\s?(?:were|was)\sno\b")
# "called on Prime Minister Lee at the Istana": a call paid on a person, told by a title
# or a name and not followed by what they are urged to do ("called on Kim to ...")
_CALLED_ON_SOMEONE = re.compile(
    r"""
    \s(?:(?:[A-Z][\w.'’-]*|the|his|her|their)\s){1,6}?  # a title and name: "Prime Minister Lee"
    (?:at|in|on|during|before|after|and|,|\.)           # then where, when or the clause's end
    (?!\s?to\s)
    """,
    re.VERBOSE,
)
# "Trump called Moon from Air Force One", "called him on Thursday": a telephone call to a
# person, named by title and name or a pronoun, then where, when or the clause's end ("called
# Kim a liar", "called Seoul's offer", "called off" are no calls)
_CALLED_SOMEONE = re.compile(
    r"""
    \s(?:(?:[A-Z][\w.'’-]*\s){1,5}|him\s|her\s|them\s)  # the person called
    (?:from|on|at|to\sdiscuss|to\sexpress|late|early|shortly|after|before|and|during)\b
    """,
    re.VERBOSE,
)
_BETWEEN_AFTER = re.compile(r"\s(?:[a-z]+\s)?between\s")  # "summit between", "talks held between"
_PLACE_NAME_AFTER = re.compile(
    r"\s(?:the\s)?[A-Z]"
)  # "left for Seoul", "left for the United States"
_PEOPLE_IN_BEFORE = re.compile(
    r"\b(?:officials|sources|analysts|diplomats|experts|observers|critics|residents|reporters"
    r"|journalists|commentators|lawmakers|people)\s(?:[a-z]+\s)?in\s(?:the\s)?$"
)
_THEY_SAY_AFTER = re.compile(
    r"\s(?:[a-z]+\s)?(?:said|say|says|described|describe|told|believe|believed|reported"
    r"|noted|added|expect|expected|fear|feared|hope|hoped)\b"
)
_HALFWAY = re.compile(r"\s(?:[a-z]+\s)?halfway\b")  # "meet it halfway", "meet us halfway"
_NOT_AN_OCCASION = re.compile(r"\s?(?:about\stalks|table)")  # "talks about talks", "talks table"
# "sent an envoy to", not "sent back to" nor "send troops to fight": what is sent is people
# who talk, not forces or goods
_SENT_TO = re.compile(
    r"\s(?!back\s|home\s|troops\s|soldiers\s|forces\s|workers\s|weapons\s|arms\s"
    r"|munitions\s|shells\s|missiles\s|aid\s)\S+\sto\s"
)
# "Kim Jong Un received Lavrov" is an audience; "received Trump's letter" is not.
_RECEIVED_THING = folded_word_list_pattern(_CUES["received_things"])
_RECEIVED_REACH = 50
_STATES_AFTER = re.compile(r"\s(?:countries|nations|states|governments|capitals)\b")
_THEIR_BEFORE = re.compile(r"\btheir\s(?:[\w-]+\s){0,2}$")  # "their second meeting"
_AGAIN_AFTER = re.compile(r"\s(?:once\s)?again\b")  # "to meet again": the same sides
_ATTRIBUTIVE_GAP = re.compile(r"\s(?:[\w'’-]+\s){0,2}")  # "April 27 (inter-Korean) summit"
# "agreed to hold military talks", "decided to resume normalisation talks": then the cue.
_AGREED_ROUND = folded_word_list_pattern(
    _CUES["plan_verbs"],
    any_space=True,
    after=r"\s(?:(?:again|also)\s)?to\s(?:(?:hold|resume|restart|reopen|have)\s)?"
    r"(?:(?:a|an|the|their|another|new|next)\s)?(?:[\w'’-]+\s){0,2}$",  # "a leaders' summit"
)
# "Trump accepted.", "Moon accepted the invitation": the sentence's verb right after its subject.
_ACCEPTED_VERB = folded_word_list_pattern(
    _CUES["acceptance"],
    any_space=True,
    after=r"(?:\s(?:(?:the|an?|his|her|their)\s)?(?:invitation|offer|proposal))?[.!]",
)
_ADVERB = re.compile(r"[a-z]{2,15}ly\s")  # "gladly ", "readily ": before the verb
# "accepted the offer on Saturday": the verb and its object, whatever follows
_ACCEPTED_VERB_IN_CLAUSE = folded_word_list_pattern(
    _CUES["acceptance"],
    any_space=True,
    after=r"\s(?:(?:the|an?|his|her|their)\s)?(?:invitation|offer|proposal)\b",
)
# "the Kremlin said the invitation had been accepted": the acceptance told in the passive
_INVITATION_ACCEPTED = re.compile(
    r"""
    \b(?:invitation|offer|proposal)\s
    (?:had\s(?:also\s)?been|has\s(?:also\s)?been|was|were)\s(?:readily\s|gladly\s)?
    accepted\b
    """,
    re.VERBOSE,
)
# "rejected the offer", "turned down the invitation": a refusal of what was just offered
_REFUSED_OFFER = folded_word_list_pattern(
    _CUES["refusals"],
    any_space=True,
    after=r"\s(?:the|this|that|an?|its|his|her|their)\s(?:invitation|offer|proposal)\b",
)
_BUT_BEFORE_SUBJECT = re.compile(r",?\sbut\s(?:the\s)?")  # ", but Pyongyang ..."
# "did not respond", "rejected it", "has ignored the offer": an offer left unanswered
_NO_ANSWER_AFTER = re.compile(
    r"\s(?:did\snot|has\snot|had\snot|never)\s(?:respond|answer|repl)\w*"
    r"|\s(?:rejected|refused|declined|ignored|rebuffed|turned\sdown)\b"
)
_SINCE_BEFORE = re.compile(  # an earlier occasion: "since their meeting"
    r"""
    \bsince\s
    (?:[a-z]{2,20}ing\s(?:from\s|to\s|at\s)?)?   # "since returning from"
    (?:(?:their|the|his|her|its|a)\s
      |(?:[A-Z][\w.-]{0,20}\s){0,3}[A-Z][\w-]{1,20}['’]s\s)  # "since Hu Jintao's visit"
    (?:[A-Z][\w-]{1,20}\s)?                     # the place that names it: "his Hanoi summit"
    $""",
    re.VERBOSE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|his|her|their|its)\s$", re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:be|been|being)\s$")
# Both sides referred back to: "they met", "the two sides held talks".
_PLURAL_ANAPHOR = folded_word_list_pattern(_CUES["plural_anaphors"], any_space=True)
_ORDINAL_BEFORE = re.compile(
    r"""
    \b(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth
      |\d{1,2}(?:st|nd|rd|th))\s            # "third", "2nd"
    (?:[\w'’-]+\s){0,2}$                     # up to two words before the cue: "inter-korean"
    """,
    re.VERBOSE,
)
# "returned for a second meeting", "held another, third round": an indefinite ordinal past
# the first brings in a new occasion, never the one the sentence told before it.
_NEW_NUMBERED_OCCASION_BEFORE = re.compile(
    r"""
    \b(?:(?:a|another)\s                    # the indefinite: a new one
      (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth
        |\d{1,2}(?:nd|rd|th)),?\s            # "second,", "3rd"
    |another\s                              # "another round" (not "another session":
                                            # see _is_new_numbered_occasion)
    |(?:two|three|four|five)\s(?:more|further)\s)  # "two more rounds"
    (?:[\w'’-]+,?\s){0,2}$                  # "hastily arranged", "inter-korean"
    """,
    re.VERBOSE,
)
# Words of an opening that tells an earlier occasion: "The last talks", "The move follows"
_EARLIER_OCCASION_WORD = re.compile(
    r"\b(?:last|previous|preceding|earlier|first|prior|follows?|followed|after)\b"
)
# "the two-day summit", "a three-day visit": the occasion's length in days
_DAYS_LONG_BEFORE = re.compile(r"\b(?P<count>two|three|four|five|2|3|4|5)-day\s(?:[\w'’-]+\s)?$")
# "at the Vostochny Cosmodrome", "at Paya Lebar Air Base": a venue named with its noun of
# place, whether or not the gazetteer knows the name; it stands for a place outside cities
_OUTLYING_WORDS = ("Cosmodrome", "Spaceport", "Base")
_NAMED_OUTLYING_VENUE = re.compile(
    r"""
    \b(?:at|in)\s(?:the\s)?
    (?P<venue>(?:[A-Z][\w'’-]+\s){1,2}(?:Cosmodrome|Spaceport|Air\sBase|Naval\sBase))\b
    """,
    re.VERBOSE,
)
# Nouns for the two sides as states or their teams: "the two sides", "both Koreas"
_PAIR_OF_STATES = "sides|countries|nations|governments|koreas|militaries|delegations"
_SIDE_NOUN_IN = re.compile(rf"\b(?:{_PAIR_OF_STATES})\b")
_NOUN_CUE = re.compile(
    r"(?:talks|summits?|meetings?|visits?|trip|rounds?|sessions?|negotiations|dialogue"
    r"|consultations|call)$"
)
_HOURS_APART = re.compile(r"\bhours\s(?:after|before|later|earlier)\b")
# "at the Istana", "at the Ritz-Carlton Millenia hotel": a venue told by its proper name
_NAMED_VENUE_AFTER_CUE = re.compile(
    r"""
    \bat\sthe\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}       # "at the Istana"
    (?:\s(?:hotel|palace|residence|guesthouse|villa))?\b      # "at the Capella hotel"
    (?<!Embassy)(?<!Mission)(?<!Consulate)          # a state's mission is in a capital of its own
    """,
    re.VERBOSE,
)
# States that are one city: a venue in one is in that city ("the Istana" is in Singapore)
_CITY_STATES = {code: name for code, name in _CUES["city_states"].items()}
# "a conference centre in Sodertalje", "a hotel in Vientiane": the town a venue stands in
_VENUE_IN_WORDS = ("centre", "center", "hotel", "resort", "villa", "venue", "guesthouse")
_VENUE_IN_TOWN = re.compile(
    r"""
    \b(?:conference\s|convention\s|government\s)?
    (?:centre|center|hotel|resort|villa|venue|guesthouse)\s(?:in|at)\s
    (?P<town>[A-ZÀ-Ý][\wÀ-ÿ'’-]{2,}(?:\s[A-Z][\w'’-]+)?)  # "Sodertalje", "Ha Long"
    (?![\w'’-])(?!['’]s)
    """,
    re.VERBOSE,
)
_THAT_YEAR = re.compile(r"\b(?:that|the\ssame)\syear\b")
# "in May at Panmunjom and in September in Pyongyang": a place told after each time
_PLACE_THEN_COORDINATION = re.compile(
    r"\s(?:at|in)\s(?:the\s)?(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})(?=,?\s(?:and\s)?in\s)"
)
# ", all in the Chinese capital", ", both at Panmunjom": one place for every occasion told
_ALL_IN = re.compile(r",\s(?:all|both|each)\s(?:of\sthem\s)?(?:in|at)\s")
_PLACE_AFTER_TIME = re.compile(
    r"\s(?:at|in)\s(?:the\s)?(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\b"
)
# "later that month", "that same year", "the following year": a time counted from the one
# told before
_TIME_TOLD_BEFORE = re.compile(
    r"""
    \b(?:(?:later|earlier)\s)?(?:that|the\ssame)\s(?P<unit>month|year)\b
    | \bthe\s(?P<step>following|next)\s(?P<unit2>month|year)\b
    """,
    re.VERBOSE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
# "the 1950-53 Korean War", "the 1994 Agreed Framework": a year naming an event or a text
_EVENT_NAMED_AFTER = re.compile(
    r"(?:-\d{2,4})?(?:\s[A-Z][\w-]*){0,3}\s(?:[Ww]ar|[Aa]rmistice|[Tt]reaty|[Aa]ccord|[Ff]ramework"
    r"|[Dd]eclaration|[Oo]lympics|[Gg]ames|[Cc]risis|[Ee]lection|[Ss]tatement)\b"
)
# "his first since 2017", "the first such talks since June": the time of an earlier one
_FIRST_SINCE_BEFORE = re.compile(
    r"\b(?:first|last|only|longest|highest-level|highest)\s(?:[\w'’-]+\s){0,4}since\s$"
)
_AHEAD_OF_LEAD = re.compile(r"\b(?:ahead\sof|in\sthe\srun-up\sto|in\spreparation\sfor)\s")
# ", who arrived on Tuesday after a stop in Beijing,": an aside on a person's journey,
# closed by its comma before the clause's verb
_RELATIVE_ASIDE = re.compile(  # "X, who flew in from a NATO meeting in Brussels, ..."
    r",\swho\s[^,;]{0,60}?\b(?:arrived|stopped|stop|stopover|en\sroute|way|transit|flew\sin\sfrom"
    r"|came\sfrom|travell?ed\sfrom)\b[^,;]{0,80},"
)
_OFFER_NOUN_AFTER = re.compile(r"\s(?:offer|proposal|invitation|idea|plan|bid)s?\b")
_TWO_STATES_TOLD = re.compile(rf"\b(?:the|both)\s(?:two\s)?(?:{_PAIR_OF_STATES})\b")
# "flew in from a NATO meeting in Brussels": where the traveller came from
_ORIGIN_BEFORE = re.compile(
    r"""
    \bfrom\s(?:a|an|the)\s                  # "from a NATO meeting", "from the summit"
    (?:(?!(?:met|held|gathered|sat|talked|convened)\b)[\w'’-]+\s){0,3}  # no verb of the
                                            # meeting: "from the two countries met in Dalian"
    (?:in|at)\s$
    """,
    re.VERBOSE,
)
# "the war in Ukraine", "tensions on the peninsula": a topic's place, never the venue
_TOPIC_PLACE_BEFORE = re.compile(
    r"\b(?:war|wars|conflict|crisis|situation|fighting|peace|stability|tensions?|invasion"
    r"|troops|forces|deployment|elections?|unrest|famine|offensive)\s(?:in|on)\s(?:the\s)?$"
)
# "met Kim three times that year", "has met Xi five times": a count of occasions
_TIMES_AFTER = re.compile(
    r"(?:\s[\w.'’-]+){0,4}?\s(?:twice|(?:two|three|four|five|six|seven|several|many)\stimes)\b"
)
# "a gesture to Pyongyang", "a message to Seoul": to whom, never where
_GESTURE_TO = re.compile(r"\b(?:gesture|message|signal|overture|nod|olive\sbranch)\sto\s$")
# "the first summit", "their second summit": an occasion counted among the pair's
_PAIRS_COUNTED_BEFORE = re.compile(r"\b(?:the|their)\s(?:first|second|third|previous|last)\s$")
# "left Pyongyang on Friday after a visit": the place left, whose visit the clause after tells
_LEFT_PLACE = re.compile(r"\b(?:left|departed(?:\sfrom)?|flew\sout\sof|wrapped\sup\s\w+\sin)\s")
# "The secretary of state landed in ...": a post in lower case for its holder named before
_DEFINITE_TITLE_OPENING = re.compile(
    r"""
    The\s(?P<title>
      (?:secretary\sof\sstate|foreign\sminister|prime\sminister|secretary-general
        |(?:special\s|nuclear\s|chief\s)?(?:envoy|negotiator)|ambassador|president|premier))
    \s(?=[a-z])                     # the verb: "The president flew", not "The president's"
    """,
    re.VERBOSE,
)


def _last_with_title(
    analysis: Analysis, people: list[Person], index: int, title: str
) -> int | None:
    """The person last named, in this sentence or the two before, whose post ends with
    ``title`` ("U.S. Secretary of State X ... The secretary of state")."""
    for fact in reversed(analysis.sentences[max(0, index - 2) : index + 1]):
        for mention in reversed(fact.people):
            person = analysis.person_of.get(mention.start)
            if person is None:
                continue
            post = (people[person].title or "").lower()
            if post.endswith(title) and people[person].is_envoy_candidate():
                return person
    return None


# A pronoun that is the sentence's subject: "He ...", "However, she ...".
_SUBJECT_PRONOUN = re.compile(r"(?:[A-Z][a-z]{1,12},\s(?:he|she)|He|She)\s")
# After a city's possessive, a venue's proper name ("Beijing's Great Hall of the People"),
# not one of its offices ("Pyongyang's foreign ministry", "Seoul's Foreign Ministry").
_NAMED_VENUE_AFTER = re.compile(
    r"['’]s\s(?!(?:Foreign|Defense|Defence|Unification|Ministry|Embassy|Mission|Government)\b)"
    r"[A-Z]"
)
# From a venue to the place that holds it: ", a pavilion on the North's side of the truce
# village of ", " on the southern side of ", " in ": no clause or sentence ends between.
_ENCLOSED_BY = re.compile(
    r"""
    (?:,\s(?:a|an|the)\s)?        # an appositive: ", a building"
    [^,.;:()]{0,70}?              # its words ("on the North's side of the truce village")
    \s(?:of|in|near)\s(?:the\s)?  # the preposition that names the enclosing place
    """,
    re.VERBOSE,
)
# "travelled to Hanoi", "arrived in Hanoi": the city a trip goes to ("a summit in X" is not)
_DESTINATION_BEFORE = re.compile(r"\b(?:to|arrived\sin|arrives\sin|arrive\sin|arriving\sin)\s$")
_ENCLOSING_REACH = 90  # characters after a venue that its enclosing place is looked for in
_COORDINATION = re.compile(r",\s(?:and\s)?|\sand\s")  # "A, B and C", "A, B, and C"
_VISIT_WORDS = frozenset(word.lower() for word in _CUES["visit"])
# "a separate discussion", "another round of talks": the text says it is a new occasion.
_SEPARATE_BEFORE = re.compile(r"\b(?:separate|another|separately|also)\s(?:[\w-]+\s){0,2}$")
_OF_A_BODY = re.compile(
    rf"""
    \sof\s(?:the\s|its\s|their\s)?           # "of the"
    (?:[A-Z][\w'’-]*\s){{0,5}}               # the body's name: "National Security"
    (?:{"|".join(_CUES["internal_bodies"])})\b  # "Council"
    """,
    re.VERBOSE,
)
_BODY_BEFORE = re.compile(rf"\b(?:{'|'.join(_CUES['internal_bodies'])})\s$")  # "the NSC meeting"
# "a Trump-Kim meeting", "the Moon-Kim summit": two sides by their surnames, right before
# the cue (with at most two modifiers: "the first Trump-Kim summit").
_SURNAME_PAIR = re.compile(
    r"""
    \b(?P<first>[A-Z][a-z]{1,15})[-–](?P<second>[A-Z][a-z]{1,15})   # "Trump-Kim"
    \s(?:[a-z-]+\s){0,2}$                                         # "summit", "nuclear talks"
    """,
    re.VERBOSE,
)
_PURPOSE_BEFORE = re.compile(
    r"\b(?:for|to\shold|to\shave)\s(?:[\w-]+\s){0,2}$"
)  # "for (fresh) talks"
_EVER_BEFORE = re.compile(r"\bever\s(?:to\s)?$")  # a comparison, not an occasion
# "the most senior U.N. official to visit", "the first South Korean president to visit": a
# rank among visitors
_SUPERLATIVE_TO_BEFORE = re.compile(
    r"""
    \bthe\s(?:most\ssenior|highest[\s-]ranking|most\sprominent|first|only|last)\s
    (?:[\w.'’-]+\s){1,5}?to\s$        # the kind of visitor: "u.n. official", then "to"
    """,
    re.VERBOSE,
)
_WHERE_BEFORE = re.compile(r",\swhere\s$")
# A time between a place and ", where": "in Berlin last month, where", "in Geneva in 1994,"
_TIME_BEFORE_WHERE = re.compile(
    r"""
    \s(?:(?:last|this|next|early|late)\s(?:week|month|year|spring|summer|autumn|fall|winter)
      |(?:in|on)\s(?:early\s|late\s|mid-)?(?:[A-Z][a-z]{2,8}|\d{4})(?:\s\d{1,4})?)  # "in May 2007"
    """,
    re.VERBOSE,
)
_IN_TO_BEFORE = re.compile(r"\b(?:in|to)\s$")  # "talks in" / "trip to" a country
_IN_AT_BEFORE = re.compile(r"\b(?:in|at)\s(?:the\s)?$")

# A clause set in the time of the one before: "visited Pyongyang, when he met X",
# "discussed it with Ri when he visited Pyongyang"
_WHEN_BEFORE = re.compile(r"(?:,\s(?:when|where)|(?<!,)\swhen)\s$")
# A verb of saying of the speech lexicon ("said", "told", "according to"), as a source to
# open longer patterns
_SPEECH_VERB = word_list_source(_CUES["speech"], any_space=True)
# "crossed back on Saturday and said Kim had agreed to meet": a verb of saying between a
# time and the cue, which the time dates (over the folded text)
_SAID_THAT_BETWEEN = re.compile(
    rf"\s(?!according\sto\b){_SPEECH_VERB}\s(?:that\s)?(?:[a-z]+\s){{0,2}}[a-z]"
)
# "Kim Il Sung's offer", "Trump's letter": a thing someone owns, far from the cue, so the
# owner is not there ("Trump's meeting with Kim" has the cue right after)
_OWNER_OF_THING = re.compile(
    r"['’]s\s(?:[\w-]+\s)?(?:offer|letter|message|proposal|invitation|greetings|request"
    r"|remarks|statement|regime|government|administration|policy|wish|demand|gift)\b"
)
# "a personal letter from leader Kim Jong Un", "greetings from Xi": the sender of what is
# carried, who is not at the occasion
_SENDER_BEFORE = re.compile(
    r"\b(?:letter|letters|message|messages|greetings|note|invitation|gift|gifts)\sfrom\s"
    r"(?:[a-z]+\s){0,2}$"
)
# "cut short by the death of President Kim Il Sung", "the funeral of": one who is told
# about, dead or remembered, and is not at the occasion ("the late leader X" may still be
# the one who made the trip told)
_ABSENT_ONE_BEFORE = re.compile(
    r"""
    \b(?:death|deaths|funeral|passing|burial|mourning|memory|memorial|assassination
      |killing|execution|birthday|anniversary|legacy|portraits?|statues?|mausoleum)
    \s(?:of|for)\s(?:[a-z]+\s){0,2}$         # "the death of President", "the funeral of"
    """,
    re.VERBOSE,
)
# "X ... carrying what he described as an offer from Y to meet Z": X's words up to the offer
_CARRIER_OF_OFFER = re.compile(
    r"""
    [^.;]{0,120}?\b(?:carr(?:y|ies|ying|ied)|convey(?:s|ed|ing)?|deliver(?:s|ed|ing)?
      |br(?:ing|ings|inging|ought)|relay(?:s|ed|ing)?|pass(?:es|ed|ing)?\son)\s
    [^.;]{0,60}?\b(?:offer|invitation|proposal|message)\sfrom\s
    """,
    re.VERBOSE,
)
# "Carter crossed back on Saturday and said Kim Il Sung had agreed to meet ...": a verb of
# saying, then another person as the subject of the reported clause that holds the cue
_REPORTER_OF_OTHERS = re.compile(
    rf"""
    [^.;]{{0,120}}?\s{_SPEECH_VERB}\s(?:that\s)?
    (?:[A-Z][\w.'’-]*\s){{1,6}}               # the reported clause's subject, capitalised
    (?:had\s|has\s|would\s|will\s|was\s|is\s)?   # its verb group
    """,
    re.VERBOSE,
)
# A name in the possessive before a word for a person: that person, not the owner, takes part.
_OWNER_OF_SOMEONE = re.compile(
    r"['’]s\s(?:late\s|former\s|top\s|chief\s|special\s)?"
    r"(?:father|mother|son|daughter|wife|husband|sister|brother|uncle|aunt|grandfather|grandson"
    r"|predecessor|successor|envoy|aide|adviser|advisor|spokesman|spokeswoman|spokesperson"
    r"|representative|negotiator|deputy|emissary|second[\s-]in[\s-]command|number\stwo"
    r"|right-hand\sman|confidant|chief\sof\sstaff)\b"
)


_MAX_CUES_PER_SENTENCE = 6
# How far after its cue a clause's time expression may stand: a participant's appositive
# ("met with Li, a politburo member heading the delegation, during the event on Thursday")
# can put it well past the cue.
_DATE_REACH_AFTER = 160


@dataclass
class Candidate:
    """A meeting being assembled from one or more mentions."""

    sentence: int
    start: int
    end: int
    kind: MeetingKind
    status: MeetingStatus
    trigger: str
    participants: list[int] = field(default_factory=list)  # person indices
    parties: set[str] = field(default_factory=set)
    location: str | None = None
    location_country: str | None = None
    location_is_country: bool = False  # "visit to Japan": a city in it says more
    location_is_site: bool = False  # "the Great Hall of the People": a venue in a city
    date: PartialDate | None = None
    date_text: str | None = None
    visit: bool = False
    since: bool = False  # an earlier occasion that another is measured from: its own record
    ordinal: str | None = None  # "their third summit": another number is another occasion
    legs: list[tuple[str, str | None]] = field(default_factory=list)  # "a tour of A, B and C"
    date_at: int = -1  # where the date was written
    separate: bool = False  # "a separate discussion", "another meeting": not one told before
    visit_dated: bool = False  # the date is the arrival's, told after the visit cue
    evidence: tuple[int, int] = (0, 0)
    status_rule: str = ""  # the row of the status table that decided it, for tracing
    kind_rule: str = ""  # the row of the kind table that decided it
    place_withheld: bool = False  # "in a third country": the text does not name the place
    span_days: int = 1  # "the two-day summit": mentions of its days are one occasion
    named_venue: bool = False  # "at the Istana": a venue no gazetteer knows, in the story's city
    that_year: bool = False  # "met twice more that year, in May": dated in the year told before
    offered: bool = False  # "the summit offer": the occasion offered, not the one carrying it


@dataclass
class _Scope:
    """One sentence as its cues read it, worked out once for all of them."""

    index: int
    fact: SentenceFacts
    named: list[tuple[PersonMention, int]]  # mentions of people, outside titles, in order
    places: list[Term]  # names that can be a venue, outside titles
    subject: int | None


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:  # noqa: SIM110  (a loop: any() over a generator costs more)
        if a <= position < b:
            return True
    return False


class MeetingExtractor:
    """Builds meeting records from an article's analysis and people."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def extract(self, analysis: Analysis, people: list[Person]) -> list[Candidate]:
        """The merged meeting candidates, in order of first mention."""
        candidates: list[Candidate] = []
        focus: int | None = None
        folded = analysis.folded
        for index, fact in enumerate(analysis.sentences):
            sentence = fact.sentence
            if sentence.kind != "story":
                continue
            triggers = list(
                itertools.islice(
                    _TRIGGER.finditer(folded, sentence.start, sentence.end),
                    _MAX_CUES_PER_SENTENCE,  # prose never packs more; junk must not cost quadratic time
                )
            )
            subject = self._subject(analysis, people, index)
            found = []
            if triggers:
                scope = self._scope(analysis, index, subject)
                found = self._sentence_candidates(
                    analysis, people, scope, triggers, focus, candidates
                )
                candidates.extend(found)
            if not found and candidates:
                # no occasion of its own ("the delegation was led by X, while the North sent
                # Y"): the sentence may still name the people of the one just told
                _add_leaders_of_sides(candidates[-1], analysis, people, index)
                _accepted_next(candidates[-1], analysis, index)
                _refused_next(candidates[-1], analysis, index)
                _never_held_next(candidates, analysis, index)
            in_focus = self._focus(analysis, people, index, subject)
            if in_focus is not None:
                focus = in_focus
        candidates = _fold_definite_mentions(candidates, analysis.text)
        for position, candidate in enumerate(candidates):
            # before merging, so that a later visit elsewhere cannot lend its place
            _carry_place(candidate, candidates[:position], reach=1)
            if not _placed_before(candidate, candidates[:position]):
                _dateline_fallback(candidate, analysis, self.gazetteer)
        return _merge_all(candidates)

    # -- one sentence ------------------------------------------------------------
    @staticmethod
    def _scope(analysis: Analysis, index: int, subject: int | None) -> _Scope:
        fact = analysis.sentences[index]
        # What lies inside a title belongs to the title's holder, not to the sentence.
        title_spans = [(m.title_start, m.title_end) for m in fact.people if m.title]
        named = []
        for mention in fact.people:
            person = analysis.person_of.get(mention.start)
            if person is not None and not _inside(mention.start, title_spans):
                named.append((mention, person))
        places = [
            t
            for t in fact.terms
            if t.kind in ("capital", "place", "country", "reference")
            and not _inside(t.start, title_spans)
        ]
        return _Scope(index, fact, named, places, subject)

    def _sentence_candidates(
        self,
        analysis: Analysis,
        people: list[Person],
        scope: _Scope,
        triggers: list[re.Match[str]],
        focus: int | None,
        earlier: list[Candidate],
    ) -> list[Candidate]:
        fact = scope.fact
        text = analysis.text
        s_start, s_end = fact.sentence.start, fact.sentence.end
        clause_breaks = list(_CLAUSE_BREAK.finditer(text, s_start, s_end))
        breaks = [m.end() for m in clause_breaks]
        break_starts = [m.start() for m in clause_breaks]
        fronted = _FRONTED_CLAUSE.match(text, s_start, s_end)
        if fronted:
            breaks.append(fronted.end("comma"))
            break_starts.append(fronted.start("comma"))
        found: list[Candidate] = []
        for position, trigger in enumerate(triggers):
            w_start = max([s_start, *[b for b in breaks if b <= trigger.start()]])
            w_end = min([s_end, *[b for b in break_starts if b >= trigger.end()]])
            if position + 1 < len(triggers) and triggers[position + 1].start() < w_end:
                # "talks in preparation for a potential meeting between X and Y": the people
                # of the meeting talked about are not the sides of the talks
                lead = _topic_lead(analysis.folded, trigger.end(), triggers[position + 1])
                if lead is not None:
                    w_end = lead.start()
            if (
                found
                and found[-1].end >= w_start
                and _is_topic(analysis.folded, found[-1], trigger)
            ):
                topic = self._topic_candidate(
                    analysis, people, scope, trigger, found[-1], w_end, focus, earlier
                )
                if topic is not None:
                    found.append(topic)
                continue
            candidate = self._candidate(
                analysis, people, scope, trigger, w_start, w_end, focus, earlier
            )
            if candidate is None:
                continue
            if _SIDELINES_OF_THAT.search(text, max(0, trigger.start() - 40), trigger.start()):
                # "Ihara and Song held an informal exchange on the sidelines of that meeting":
                # another occasion, at the place and time of the one referred back to
                told = found[-1] if found else (earlier[-1] if earlier else None)
                candidate.separate = True
                if told is not None:
                    candidate.location = candidate.location or told.location
                    candidate.location_country = candidate.location_country or told.location_country
                    candidate.date = candidate.date or told.date
                    if len(candidate.parties) < 2:
                        candidate.parties |= told.parties
                found.append(candidate)
                continue
            if _TIMES_AFTER.match(analysis.folded, trigger.end(), w_end):
                # "Moon met Kim three times that year": the series, no one occasion told
                # before or after
                candidate.separate = True
            if candidate.date is None:
                _date_of_when_clause(candidate, analysis, scope.fact.dates, w_start)
            if found and candidate.date is None:
                _date_from_neighbour(candidate, found[-1], text, w_start)
            _accepted_later(candidate, analysis, scope.index, w_end)
            _refuser_side(candidate, scope.fact.terms, text, w_end)
            if not found and earlier:
                _on_the_sidelines(
                    candidate,
                    # "Putin invited Kim to Moscow. Lavrov held talks with Choe on the
                    # sidelines": of the gathering held, not of the one offered
                    next(
                        (
                            e
                            for e in reversed(earlier)
                            if e.status == candidate.status and e.location is not None
                        ),
                        earlier[-1],
                    ),
                    analysis.folded,
                    w_start,
                    w_end,
                )
            if (
                found
                and candidate.visit
                and _BEFORE_BREAK.search(text, max(0, w_start - 8), w_start)
            ):
                # "is expected to meet Kim on Tuesday before leaving for Seoul": the next trip,
                # as far ahead as the occasion it follows
                candidate.separate = True
                candidate.status = found[-1].status
            if found and _AND_AN_OCCASION.match(text, w_start):
                _coordinated_occasion(candidate, found[-1], scope, analysis)
            if not found:
                split = _separate_counterparts(candidate, people, analysis.folded, w_start, w_end)
                if split and earlier:
                    _name_the_group(earlier[-1], candidate)
                found.extend(split or [candidate])
                found.extend(_legs(candidate))
                found.extend(self._again(analysis, scope, candidate, trigger.end(), w_end))
                found.extend(_coordinated_times(candidate, analysis, scope.fact.dates, w_end))
                continue
            if candidate.since:
                if text[max(s_start, trigger.start() - 6) : trigger.start()] == "their ":
                    # "the first summit between the two leaders since their meeting in ..."
                    _join_sides_and_place(candidate, found[-1])
                    if candidate.kind == "talks" and _is_leaders_meeting(candidate, people):
                        candidate.kind = "summit"
            elif _is_new_numbered_occasion(analysis.folded, trigger, w_start):
                _numbered_again(candidate, found[-1], analysis.folded, w_start, w_end)
            elif _same_clause(found[-1], candidate, w_start) or _WHEN_BEFORE.search(
                # "visited Pyongyang in July 2000, when he met X": the time of that visit
                text,
                max(s_start, w_start - 8),
                w_start,
            ):
                _absorb(found[-1], candidate, analysis.published, analysis.folded)
                if candidate.date_at >= 0 and found[-1].date == candidate.date:
                    # "two summits, when Koizumi met Kim in September 2002 and again in May
                    # 2004": the times coordinated in the absorbed clause are more occasions
                    found[-1].date_at = candidate.date_at
                    found.extend(_coordinated_times(found[-1], analysis, scope.fact.dates, w_end))
                continue
            told = found[-1]
            if (
                told.date is None
                and candidate.date is not None
                and candidate.status == told.status
                and _THEN_AND.search(text, told.end, candidate.start)
            ):
                # "met Pompeo at a hotel and was then driven to the White House to meet Trump
                # on Friday": one day's doings, the first undated
                told.date, told.date_text = candidate.date, candidate.date_text
            found.append(candidate)
            found.extend(_legs(candidate))
            # "began in 2003, and two more rounds were held in February and June 2004"
            found.extend(_coordinated_times(candidate, analysis, scope.fact.dates, w_end))
        _place_for_all(found, text, s_end)
        return found

    @staticmethod
    def _again(
        analysis: Analysis, scope: _Scope, candidate: Candidate, cue_end: int, w_end: int
    ) -> list[Candidate]:
        """ "First met in Singapore in June 2018, and again in Hanoi in February 2019": the
        same people's second occasion, with its own place and time."""
        text = analysis.text
        if candidate.location is None:
            return []  # tested first: it spares most candidates the search below
        again = _AND_AGAIN.search(text, cue_end, w_end)
        if again is None:
            return []
        place = next(
            (t for t in scope.places if t.start == again.end() and t.kind in ("capital", "place")),
            None,
        )
        if place is None or text[place.start : place.end] == candidate.location:
            return []  # "to meet again in Stockholm": the one occasion's own place
        when = next(  # "in Beijing in late March": the time right after the place
            (
                d
                for d in scope.fact.dates
                if place.end < d.start <= place.end + 24
                and _TIME_AFTER_PLACE.fullmatch(text, place.end, d.start)
            ),
            None,
        )
        if candidate.date_at >= again.start():  # the second occasion's time, not the first's
            candidate.date, candidate.date_text, candidate.date_at = None, None, -1
        direction: Direction = "past" if candidate.status == "held" else "future"
        return [
            replace(
                candidate,
                location=text[place.start : place.end],
                location_country=place.code,
                location_is_country=False,
                date=_resolve_told(analysis, when, direction) if when else None,
                date_text=when.text if when else None,
                date_at=when.start if when else -1,
                participants=list(candidate.participants),
                parties=set(candidate.parties),
                legs=[],
                ordinal=None,
                separate=True,
            )
        ]

    def _topic_candidate(
        self,
        analysis: Analysis,
        people: list[Person],
        scope: _Scope,
        trigger: re.Match[str],
        previous: Candidate,
        w_end: int,
        focus: int | None,
        earlier: list[Candidate],
    ) -> Candidate | None:
        """A meeting that another one is held to discuss or prepare: its own record when
        it names its own participants ("talks to prepare a summit between X and Y").

        It has not happened yet: what the talks prepare is planned unless hedged.
        """
        lead = _topic_lead(analysis.folded, previous.end, trigger)
        if lead is None:
            return None
        if not any(lead.start() <= m.start < w_end for m, _ in scope.named):
            return None
        candidate = self._candidate(
            analysis, people, scope, trigger, lead.start(), w_end, focus, earlier
        )
        if candidate is None or len(candidate.participants) < 2:
            return None
        if candidate.status == "held" and not _FOLLOW_UP.search(lead.group(0)):
            candidate.status = (
                "planned"  # what talks prepare is to come; what they follow up on, not
            )
        return candidate

    def _candidate(
        self,
        analysis: Analysis,
        people: list[Person],
        scope: _Scope,
        trigger: re.Match[str],
        w_start: int,
        w_end: int,
        focus: int | None,
        earlier: list[Candidate],
    ) -> Candidate | None:
        text = analysis.text
        fact = scope.fact
        index = scope.index
        kind_group = trigger.lastgroup or "talks"
        call_verb = kind_group == "call_verbs"
        if call_verb:
            kind_group = "call"  # "called Moon": by telephone
        word = trigger.group(0).lower()
        if (
            kind_group == "visit"
            and word in ("send", "sent", "sending")
            and not _SENT_TO.match(text[trigger.end() : trigger.end() + 40])
        ):
            return None
        if word.endswith(" on to") and not _PLACE_NAME_AFTER.match(text, trigger.end()):
            return None  # "went on to say": no journey
        folded = analysis.folded
        if word in ("received", "receives") and _RECEIVED_THING.search(
            folded, trigger.end(), min(w_end, trigger.end() + _RECEIVED_REACH)
        ):
            return None  # "received a letter": no audience
        before_from = max(w_start, trigger.start() - 50)
        before = text[before_from : trigger.start()]
        after = text[trigger.end() : min(w_end, trigger.end() + 25)]
        # "told Pompeo not to make a planned trip": the plan is called off, not denied
        called_off = _NOT_TO_MAKE.search(
            folded, max(w_start, trigger.start() - 40), trigger.start()
        )
        if (
            _NEGATION.search(folded[before_from : trigger.start()].split(",")[-1])
            or _NOT_AFTER.match(after)
        ) and called_off is None:
            return None
        if _NO_BEFORE.search(before) or _THERE_WAS_NO.match(
            text[max(w_start, trigger.start() - 12) : trigger.start()]
        ):
            return None
        if _SERIES.search(folded, max(w_start, trigger.start() - 25), trigger.end()) and not any(
            # "held two rounds of talks with Kim on Thursday and Friday": one visit's talks
            (d.day is not None or d.weekday is not None)
            and trigger.end() <= d.start < min(w_end, trigger.end() + 80)
            for d in fact.dates
        ):
            return None
        if _DENIED_BEFORE.search(folded, max(0, w_start - 50), w_start):
            return None  # "denied a report that officials had met": not told as held
        if _EVER_BEFORE.search(folded, max(w_start, trigger.start() - 12), trigger.start()):
            return None  # "the highest-ranking official ever to go to Washington": a record
        # "would be the most senior U.N. official to visit the North since 2011": a rank among
        # visitors, whose time ("since 2011", "in a decade") is the span compared, not the
        # visit's day ("the last Chinese leader to visit was Hu Jintao" tells that visit's)
        ranked = _SUPERLATIVE_TO_BEFORE.search(
            folded, max(w_start, trigger.start() - 60), trigger.start()
        ) is not None and not WAS_AFTER_PLACE.match(folded, trigger.end(), w_end)
        role_from = max(w_start, trigger.start() - 40)
        # each role noun holds one of these substrings: finds in the folded text (its offsets
        # are the text's) spare most cues the search, which tries every position
        role = (
            _ROLE_IN_TALKS.search(text, role_from, trigger.start())
            if holds_any(folded, _ROLE_WORDS, role_from, trigger.start())
            else None
        )
        if role and not (role.group("link") == "at" and _HELD_WHERE_OR_WHEN.match(after)):
            return None  # "one of the six parties to the talks": a role in a process
            # ("delegates at the talks in Panmunjom on Jan. 9" were at one occasion)
        if (
            word.endswith(" for")
            and kind_group == "visit"
            and not _PLACE_NAME_AFTER.match(text, trigger.end())
        ):
            return None  # "what is left for a go-between", "headed for a collapse": no trip
        if _TALKED_ABOUT_BEFORE.search(folded, max(w_start, trigger.start() - 40), trigger.start()):
            return None  # "Kim talked about summits with the ROK and the US": a topic
        if call_verb and not _CALLED_SOMEONE.match(text, trigger.end(), w_end):
            return None  # "called for talks", "called it a success": no telephone call
        if (
            word.startswith("call")
            and word.endswith(" on")
            and not _CALLED_ON_SOMEONE.match(text, trigger.end(), w_end)
        ):
            return None  # "called on Pyongyang to return to talks": urged, not visited
        if _HALFWAY.match(folded, trigger.end()):
            return None  # "would meet it halfway": a concession, not a meeting
        if kind_group == "talks" and _NOT_AN_OCCASION.match(after):
            return None
        if _OF_A_BODY.match(text, trigger.end(), w_end) or (
            kind_group == "meet"
            and (
                any(t.kind == "org" and 0 <= trigger.start() - t.end <= 1 for t in fact.terms)
                or _BODY_BEFORE.search(text, max(0, trigger.start() - 20), trigger.start())
            )
        ):
            return None  # "a meeting of the National Security Council", "the NSC meeting":
            # a body's own session (a summit named by a forum still holds its leaders' talks)
        # "the first summit since their meeting in Vladivostok": an earlier occasion, held
        since_from = max(0, trigger.start() - 50)
        earlier_one = (  # the pattern needs "since": the substring test spares most cues it
            _SINCE_BEFORE.search(text, since_from, trigger.start())
            if text.find("since", since_from, trigger.start()) >= 0
            else None
        )
        process_from = max(w_start, trigger.start() - 40)
        process_word = (
            _PROCESS.search(text, process_from, trigger.start())
            # each word of the pattern holds one of these: finds spare most cues its search
            if earlier_one is None
            and holds_any(folded, _PROCESS_WORDS, process_from, trigger.start())
            else None
        )
        process = process_word is not None
        # "resumed working-level talks in Stockholm on Saturday": a dated resumption is the
        # occasion on which talks resumed, not talk of the process
        resumed = (
            process_word is not None
            and _RESUMED.match(process_word.group(0)) is not None
            and any(w_start <= d.start < w_end for d in fact.dates)
        )
        # "agreed to resume talks in October", "agreed to hold military talks soon": a round
        # the sides agreed counts even when only its time (or nothing more) is told
        agreed = _AGREED_ROUND.search(folded, max(w_start, trigger.start() - 60), trigger.start())
        if process and kind_group in ("summit", "talks") and not (agreed or resumed):
            return None
        status_row = decide_status(
            StatusClause(
                text,
                folded,
                w_start,
                w_end,
                trigger,
                kind_group,
                since_earlier=earlier_one is not None,
                called_off=called_off is not None,
                agreed=agreed is not None,
                dates=fact.dates,
                sentence_start=fact.sentence.start,
                published=analysis.published,
            )
        )
        status = status_row.status
        # ", a Swedish official said": the source of the report, neither a person nor a side
        # of its occasion
        attribution = ATTRIBUTION.search(text, trigger.end(), w_end)
        attributed_from = attribution.start() if attribution else w_end
        participants = self._participants(
            analysis, people, scope, w_start, w_end, trigger, focus, attributed_from
        )
        if (
            not participants
            and _THEIR_BEFORE.search(folded, max(w_start, trigger.start() - 30), trigger.start())
            # "the first dialogue between the two militaries since 2007, when their
            # delegations last sat across the table": "their" is that pair of states
            and not _TWO_STATES_TOLD.search(folded, fact.sentence.start, w_start)
        ):
            # "It was their second meeting": the people of the occasion just told
            participants = _recent_people(earlier, index, _recent_sides(earlier, index), reach=2)
        location, location_country, visit_host = self._location(
            analysis, scope, w_start, w_end, trigger, kind_group
        )
        near = (max(w_start, trigger.start() - 40), min(w_end, trigger.end() + 60))
        if location is None and (
            (holds_any(text, _SAME_PLACE_WORDS, *near) and _SAME_PLACE.search(text, *near))
            or (
                holds_any(text, _PLACE_KINDS, w_start, w_end)
                and _UNNAMED_CITY.search(text, w_start, w_end)
            )
        ):
            # "agreed to meet again at the same place", "met there again", "arrived in the
            # southeastern port city": the place just told, when it is a city
            told = next(
                (c for c in reversed(earlier) if c.location and not c.location_is_country), None
            )
            if told is not None:
                location, location_country = told.location, told.location_country
        date, date_text = self._date(analysis, fact.dates, w_start, w_end, trigger, status, earlier)
        if date_text == "the same day" and location is None:
            # "a trilateral meeting ... on the same day": in the city of the occasion whose day
            # it shares, when its own clause names none
            same = next((c for c in reversed(earlier) if c.date == date and c.location), None)
            if same is not None:
                location, location_country = same.location, same.location_country
        if ranked:
            date, date_text = None, None
        if (
            date is None
            and analysis.published is not None
            and (
                (status == "held" and _under_way(text, trigger, w_end))
                # "before embarking on his tour of Malaysia, Japan and South Korea", "on his
                # current Asia trip": the trip the story is about, whatever its tense
                or _CURRENT_TRIP_BEFORE.search(
                    text, max(w_start, trigger.start() - 40), trigger.start()
                )
                is not None
            )
        ):  # "negotiators were holding talks in Stockholm": the story's current news
            date = PartialDate(analysis.published.year, analysis.published.month)
        if status == "held" and date_text and _FUTURE_TIME.match(date_text):
            status = "planned"  # "travelling to Russia for a meeting later this week"
        if (
            status == "planned"
            and date is not None
            and analysis.published is not None
            and (analysis.published - date.end()).days > 60
            and _AHEAD_OF_LEAD.search(folded, max(0, w_start - 12), trigger.start())
        ):
            # "installed in April 2018, ahead of the first summit later that month", told in
            # 2020: the occasion it came ahead of is long past
            status = "held"
        if status in ("cancelled", "planned"):
            moved = _new_date(folded, fact.dates, w_start, w_end)
            if moved is not None:  # "postponed to Sept. 16": one meeting, on its new date
                status = "planned"
                date, date_text = moved.resolve(analysis.published, "future"), moved.text
        # "the two sides will hold talks at an early date": a scheduled round, though undated
        vague = status == "planned" and bool(_VAGUE_TIME.search(folded, trigger.end(), w_end))
        if not participants and location is None and date is None and not (agreed or vague):
            return None
        if not participants and process and not ((agreed or resumed) and (date or location)):
            return None
        parties = self._parties(
            analysis,
            people,
            fact.terms,
            participants,
            w_start,
            w_end,
            location,
            index,
            attributed_from,
        )
        legs = (
            _coordinated_places(text, scope.places, location, w_end)
            if kind_group == "visit" and location
            else []
        )
        six = _SIX_PARTY.search(
            folded, max(w_start, trigger.start() - 40), trigger.start()
        ) or _SIX_AS_OBJECT.match(folded, trigger.end(), w_end)
        if (
            six is not None
            # "to discuss the six-party talks", "the next phase of the six-party talks": a topic
            and not _purpose(folded, max(w_start, trigger.start() - 60), trigger.start())
            and not _SIX_TOPIC_BEFORE.search(folded, max(0, six.start() - 24), six.start())
        ):
            parties |= _SIX_PARTY_STATES  # "a round of six-party talks": all six are sides
        counted = _COUNTED_ANAPHOR.search(folded, w_start, trigger.start())
        if counted is not None and participants:
            # "delegates from the three countries, including X, came to Finland": the sides
            # of the last occasion of three, X's among them
            sides_of = _recent_sides(earlier, index, count=_COUNTS[counted.group("count")])
            if sides_of and parties - {visit_host} <= sides_of:
                parties = set(sides_of)
        if visit_host and len(parties - {visit_host}) < 2:
            # the host of a visit is a side, unless the visitors of two states or more came
            # to meet each other there ("delegates of the three countries came to Finland")
            parties.add(visit_host)
        parties -= {code for _, code in legs if code and code != visit_host}
        if (
            not participants
            and not parties
            and _PLURAL_ANAPHOR.search(folded, fact.sentence.start, w_start)
        ):  # "Pyongyang had engaged with Washington: in 2012, the two sides reached a deal
            # after talks in Beijing": the sides its sentence named before
            parties = _sentence_sides(fact.terms, fact.sentence.start, w_start)
        if not participants and not parties and earlier_one is not None:
            # "North Korea has ignored U.S. offers since the Stockholm meeting": the states
            # its sentence named before
            parties = _sentence_sides(fact.terms, fact.sentence.start, w_start)
        of_after = _OF_BETWEEN_AFTER.match(folded, trigger.end())
        if counted is None and of_after is not None:
            # "the last summit of the three countries' leaders": the sides it is of
            counted = _COUNTED_ANAPHOR.match(folded, of_after.end())
        if not participants and not parties and counted is not None:
            # "The three agreed to hold a summit": the sides of the last occasion of three
            parties = _recent_sides(earlier, index, count=_COUNTS[counted.group("count")])
        if (
            not participants
            and len(parties) == 1
            and _PLURAL_ANAPHOR.search(folded, w_start, trigger.start())
            and parties < (recent := _recent_sides(earlier, index))
        ):  # "Seoul proposed that the two sides meet": the sides just told, the proposer one
            parties = recent
        named_before = [
            p
            for m, p in scope.named
            if fact.sentence.start <= m.start < w_start and people[p].is_envoy_candidate()
        ]
        if (
            len(set(named_before)) >= 2
            and set(participants) <= set(named_before)
            and _THEY_BEFORE.search(folded, w_start, trigger.start())
        ):
            # "Moon and Kim declared that they would work for peace, after a day of talks":
            # "they" are the people its sentence named as the subject
            participants = list(dict.fromkeys(named_before))
            parties |= {c for c in (people[p].country for p in participants) if c}
        if not participants and not parties and _PLURAL_ANAPHOR.search(folded, w_start, w_end):
            # "they met in Pyongyang": the sides of the occasion just told, or else those of
            # the sentence's subject ("The ministers of A, B and C condemned ..., as they met")
            told_pair = _previous_pair(analysis, people, index)
            parties = (
                _recent_sides(earlier, index)
                or _subject_sides(text, fact.terms, fact.sentence.start, w_start)
                # "X will face Y on July 8. The two last sat down together in Geneva": the
                # two people of two states the sentence before named
                or {c for c in (people[p].country for p in told_pair) if c}
                # "The two sides last held Red Cross talks in Kaesong": with no occasion told
                # before, the two states the story is about
                or _story_pair(analysis, index)
            )
            anaphor = _PLURAL_ANAPHOR.search(folded, w_start, trigger.start())
            if anaphor is not None and not _STATES_AFTER.match(folded, anaphor.end()):
                # "The two agreed to meet again": its people too, when they are the subject
                # ("the two countries" are its sides only)
                participants = _recent_people(earlier, index, parties) or [
                    p
                    for p in told_pair
                    if people[p].country in parties
                    # "the two sides", "both countries": states, not the two people told
                    and not _SIDE_NOUN_IN.search(anaphor.group(0))
                ]
                if kind_group == "summit" and not all(
                    sitting_head(people[p]) for p in participants
                ):
                    participants = []  # "the two sides negotiate the summit": not its leaders
        between = _BETWEEN_AFTER.match(folded, trigger.end(), w_end)
        if between is not None:
            # "the summit between Trump and Kim in Hanoi has left Moon ...": its people are
            # the ones the phrase names
            named_between = [
                p for m, p in scope.named if between.end() <= m.start < w_end and p in participants
            ]
            pair = list(dict.fromkeys(named_between))[:2]  # "between A and B": two of them
            if len(pair) == 2:
                kept = {people[p].country for p in pair}
                parties -= {people[p].country for p in participants if p not in pair} - kept
                participants = pair
        if status_row.rule == "prepared_for":
            # "X and Y discussed preparations for the meeting of their two presidents": those
            # preparing are not its people; those the cue names after it are ("a visit by Z")
            named_after = {p for m, p in scope.named if trigger.end() <= m.start < w_end}
            participants = [p for p in participants if p in named_after]
        subject_pair = _PAIR_SUBJECT_BEFORE.search(folded, w_start, trigger.start())
        if subject_pair is not None and participants and earlier:
            # "since the two ministers met with Japan's foreign minister": the pair of the
            # occasion just told, and the people the cue names after it
            pair = next(
                (
                    list(c.participants)
                    for c in reversed(earlier)
                    if index - c.sentence <= 2 and len(c.participants) == 2
                ),
                [],
            )
            if pair and not set(pair) & set(participants):
                participants = pair + participants
                parties |= {c for c in (people[p].country for p in pair) if c}
        if len(parties) < 2 and _AGAIN_AFTER.match(folded, trigger.end()):
            # "the U.S. side accepted an invitation to meet again": the sides just told
            recent = _recent_sides(earlier, index, reach=4)
            if parties <= recent:
                parties = set(recent)
        if agreed and kind_group == "talks":
            participants = []  # "the leaders agreed to resume talks": their officials will talk
        if called_off is not None:
            # "Trump on Friday told Pompeo not to make a planned trip": Trump orders, Friday is
            # the day of the order; the trip is Pompeo's
            participants = [p for p in participants if p != scope.subject] or participants
            if date_text and text.find(date_text, w_start, w_end) < trigger.start():
                date, date_text = None, None
        if not participants and len(parties) < 2 and "round" in word:
            recent = _recent_sides(earlier, index, reach=3, rounds=True) or _recent_sides(
                earlier, index, reach=3
            )
            # "The first round was held ...": the
            if parties <= recent:  # sides of the rounds just told
                parties = set(recent)
        if (
            not participants
            and not parties
            and location is not None
            and date_text is not None
            and kind_group in ("talks", "meet")
            and status in ("held", "cancelled", "planned")
            and not fact.people  # "Moon's third summit with Kim, after the April 27 meeting"
            # "The two-hour meeting took place at X": the occasion just told, told again
            # ("The last talks took place in Ulan Bator in 2012": an earlier one)
            and not (
                _DEFINITE_OPENING.fullmatch(text, fact.sentence.start, trigger.start())
                # ("The first was held in Beijing": the word may be the cue's own)
                and not _EARLIER_OCCASION_WORD.search(folded, fact.sentence.start, trigger.end())
            )
        ):
            # "Officials had met in Ulaanbaatar in November 2012": a placed, dated round with
            # no side named is one of the two states the story is about
            parties = _story_pair(analysis, index)
        if (
            not participants
            and not parties
            and kind_group == "summit"
            and location is not None
            and date_text is not None
            and _PAIRS_COUNTED_BEFORE.search(
                folded, max(w_start, trigger.start() - 20), trigger.start()
            )
        ):
            # "the first summit, at a hotel on Sentosa in June 2018": an earlier summit of
            # the leaders whose summit the story told last
            told = next(
                (c for c in reversed(earlier) if c.kind == "summit" and len(c.participants) >= 2),
                None,
            )
            if told is not None:
                participants, parties = list(told.participants), set(told.parties)
        kind_row = decide_kind(
            KindClause(
                text,
                folded,
                w_start,
                w_end,
                kind_group,
                [people[p] for p in participants],
                kind_group == "visit",
                location,
                location_country,
                analysis.clean.title or "",
                trigger.end(),
                # the occasion's date, unless it was called off: a summit set for a day a
                # leader did not live to see was still one of heads
                date if status != "cancelled" else None,
            )
        )
        if kind_row.kind == "call":
            location = None  # a call has no place
        candidate = Candidate(
            sentence=index,
            start=trigger.start(),
            end=trigger.end(),
            kind=kind_row.kind,
            kind_rule=kind_row.rule,
            status=status,
            status_rule=status_row.rule,
            trigger=word,
            participants=participants,
            parties=parties,
            location=location,
            location_country=location_country,
            location_is_country=self._is_wide(location),
            location_is_site=self._is_site(location),
            date=date,
            date_text=date_text,
            date_at=text.find(date_text, w_start, w_end) if date_text else -1,
            visit=kind_group == "visit",
            since=earlier_one is not None,
            ordinal=_ordinal(folded, w_start, trigger.start()),
            span_days=_span_days(folded, w_start, trigger.start()),
            named_venue=location is None
            and _NAMED_VENUE_AFTER_CUE.search(text, trigger.end(), w_end) is not None,
            that_year=date_text is not None and bool(_THAT_YEAR.search(text, w_start, w_end)),
            separate=_SEPARATE_BEFORE.search(
                folded, max(w_start, trigger.start() - 25), trigger.start()
            )
            is not None
            # "agreed to meet again in Beijing in November": another occasion of the same sides
            or (status != "held" and _AGAIN_AFTER.match(folded, trigger.end()) is not None),
            offered=_OFFER_NOUN_AFTER.match(folded, trigger.end()) is not None,
            legs=legs,
            evidence=(fact.sentence.start, fact.sentence.end),
            place_withheld=location is None
            and _WITHHELD_PLACE.search(text, w_start, w_end) is not None,
        )
        if (
            candidate.visit
            and candidate.date_at >= 0
            and date_text
            and _RANGE_LINK.match(text, candidate.date_at + len(date_text))
        ):
            # "a visit from Sunday to Wednesday": dated by its first day until its talks' day
            candidate.visit_dated = True
        return candidate

    # -- participants ------------------------------------------------------------
    def _participants(
        self,
        analysis: Analysis,
        people: list[Person],
        scope: _Scope,
        w_start: int,
        w_end: int,
        trigger: re.Match[str],
        focus: int | None,
        attributed_from: int,
    ) -> list[int]:
        text = analysis.text
        fact = scope.fact
        index = scope.index
        chosen: list[int] = []

        summit = trigger.lastgroup == "summit"

        def add(person: int | None, named: bool = True) -> None:
            if person is None or person in chosen or not people[person].is_envoy_candidate():
                return
            if summit and not named and not people[person].head_of_state:
                return  # "he will meet X before the summit": only leaders attend one unnamed
            chosen.append(person)

        # "meet Moon to brief the ROK side on Chairman Kim's visit": what is discussed
        purpose = _purpose(analysis.folded, trigger.end(), w_end)
        topic_from = purpose.start() if purpose is not None else w_end
        for mention, person in scope.named:
            if attributed_from <= mention.start < w_end:
                continue  # "..., according to Minister X": the source, not a side
            if topic_from <= mention.start < w_end:
                continue
            if text[mention.end : mention.end + 1] == " " and _VENUE_HEAD.match(
                analysis.folded, mention.end + 1
            ):
                continue  # "landed at Paya Lebar Air Base", "the Ritz-Carlton Millenia hotel"
            if _OWNER_OF_SOMEONE.match(text, mention.end, w_end):
                continue  # "Kim's father, Kim Jong Il", "Trump's envoy": the one named after
            if (
                not trigger.start() - 25 <= mention.end <= trigger.start()
                and _OWNER_OF_THING.match(text, mention.end, w_end) is not None
            ):
                continue  # "passed on Kim Il Sung's offer": the owner of what is carried
            if text.find("from", max(0, _opening(mention) - 40), _opening(mention)) >= 0 and (
                _SENDER_BEFORE.search(text, max(0, _opening(mention) - 40), _opening(mention))
            ):  # (the pattern needs "from": the substring test spares most names its search)
                continue  # "to hand a letter from leader Kim Jong Un to Trump": its sender
            if (
                mention.end < trigger.start()
                # the pattern needs "from": the substring test spares most names its match
                and text.find("from", mention.end, trigger.start()) >= 0
                and _CARRIER_OF_OFFER.match(text, mention.end, trigger.start())
            ):
                continue  # "Carter ... carrying an offer from Kim Il Sung to meet Kim Young
                # Sam": the one who carries it is not at the meeting offered
            absent_from = max(0, _opening(mention) - 40)
            if (
                # the pattern needs "of" or "for": substring tests spare most names its search
                analysis.folded.find("of", absent_from, _opening(mention)) >= 0
                or analysis.folded.find("for", absent_from, _opening(mention)) >= 0
            ) and _ABSENT_ONE_BEFORE.search(analysis.folded, absent_from, _opening(mention)):
                continue  # "cut short by the death of President Kim Il Sung"
            if _REPORTER_OF_OTHERS.match(text, mention.end, trigger.start()):
                continue  # "Carter ... said Kim Il Sung had agreed to meet": the teller
            if self._is_speaker(
                text,
                mention.start,
                max(mention.end, mention.title_end),
                fact.sentence.end,
                trigger.start(),
            ):
                continue
            if text[max(0, mention.start - 5) : mention.start] == "than ":
                continue
            if w_start <= mention.start < w_end:
                add(person)
        subject = scope.subject
        if subject is not None and not any(
            w_start <= m.start < trigger.start() for m in fact.people
        ):
            first = next(
                (m for m in fact.people if analysis.person_of.get(m.start) == subject), None
            )
            if (
                first is not None
                and first.start < trigger.start()
                and not self._is_speaker(text, first.start, first.end, fact.sentence.end)
                and not _own_state_subject(text, scope, first.start, w_start, trigger.start())
                # "Kim Jong Un's announcement": an owner, not the sentence's subject
                and text[first.end : first.end + 2] not in ("'s", "’s")
            ):
                add(subject, named=False)
        opening = _SUBJECT_PRONOUN.match(text, fact.sentence.start, w_start)
        if opening is not None and not any(
            w_start <= m.start < trigger.start() for m in fact.people
        ):
            # "However, he withdrew after the collapse of a summit with Trump": the
            # sentence's subject stays the subject of its later clauses
            add(self._resolve_pronoun(analysis, people, index, opening.start(), focus), named=False)
        titled = _DEFINITE_TITLE_OPENING.match(text, fact.sentence.start, trigger.start())
        if titled is not None and not any(
            fact.sentence.start <= m.start < trigger.start() for m in fact.people
        ):
            # "The secretary of state landed in Pyongyang": the one last named with that post
            add(_last_with_title(analysis, people, index, titled.group("title")), named=False)
        where = _WHERE_BEFORE.search(text, max(0, w_start - 9), w_start)
        if (
            scope.subject is not None
            and analysis.folded.find("self", w_start, w_end) >= 0  # "himself", "herself": cheap
            and _REFLEXIVE.search(analysis.folded, w_start, w_end)
        ):
            add(scope.subject, named=False)  # "the summit between himself and Moon"
        if text[max(0, w_start - 6) : w_start] == ", who ":
            # "Envoy Mara Quill, who held talks with Ri in Oslo,": the one the clause is about
            for mention, person in scope.named:
                if mention.end == w_start - 6:
                    add(person)
        if (
            where is not None
            and _place_before_where(text, where.start(), scope.places)
            # "flying in from Beijing, where Putin had held talks": the clause's own people
            and not any(w_start <= m.start < w_end for m, _ in scope.named)
        ):
            # "X and Y announced it in Geneva, where the talks took place": their talks
            for mention, person in scope.named:
                if fact.sentence.start <= mention.start < w_start:
                    add(person)
        for pronoun in _PRONOUN.finditer(analysis.folded, w_start, attributed_from):
            if _TOLD_BEFORE.search(analysis.folded, max(0, pronoun.start() - 12), pronoun.start()):
                continue  # "Kim had told him he would meet Trump": the one told is no side
            if _STAFF_AFTER_OWNER.match(analysis.folded, pronoun.end()):
                continue  # "his foreign minister, Choe, spent four days in Beijing": the
                # minister's occasion, not her chief's
            if _DESCRIBED_AFTER.match(analysis.folded, pronoun.end()):
                continue  # "what he described as an offer to meet": the one who tells
            described = _described_subject(analysis, people, index, pronoun.start())
            if described is not None:
                add(described, named=False)  # "The chief South Korean delegate said he ..."
                continue
            add(self._resolve_pronoun(analysis, people, index, pronoun.start(), focus), named=False)
        for term in fact.terms:
            if w_start <= term.start < attributed_from and _definite_envoy(text, term):
                add(_recent_of_state(analysis, people, index, term.start, term.code), named=False)
            elif (
                not chosen
                and w_start <= term.start < trigger.start()  # the subject: "The Russian leader"
                and _definite_head(text, term)
            ):
                # "The Russian leader accepted an invitation": the head last named of that state
                add(
                    _recent_of_state(
                        analysis, people, index, term.start, term.code, heads_only=True
                    )
                )
            elif (
                trigger.end() <= term.start < min(w_end, trigger.end() + 30)
                and term.code
                and (_definite_head(text, term) or _OWNED_HEAD_AFTER_STATE.match(text, term.end))
            ):
                # "agreed to meet South Korea's leader", "will meet the Japanese prime
                # minister": the head of that state the story named
                add(
                    _recent_of_state(
                        analysis, people, index, term.start, term.code, heads_only=True
                    ),
                    named=False,
                )
        pair = _SURNAME_PAIR.search(text, max(w_start, trigger.start() - 30), trigger.start())
        if pair is not None:  # "a Trump-Kim meeting": the two people named by their surnames
            for surname in (pair.group("first"), pair.group("second")):
                add(_by_surname(people, surname, summit or "summit" in trigger.group(0)))
        if _names_the_leaders(analysis, w_start, w_end):
            for person in self._recent_leaders(analysis, people, index):
                add(person)
        return chosen

    @staticmethod
    def _is_speaker(
        text: str, start: int, end: int, sent_end: int, cue_at: int | None = None
    ) -> bool:
        """True for the source of reported speech ("X, an envoy, said"), not a side.

        A cue inside the speaker's own appositive ("X, who was involved in the
        Norway talks, said") makes the speaker a side of that meeting.
        """
        after = text[end : min(sent_end, end + 14)].lstrip(",")
        if _SAID_AFTER.match(after):
            return True  # "The Kremlin spokesperson, Dmitry Peskov, said": the name is the aside
        if text[end : end + 1] == ",":
            close = text.find(",", end + 1, min(sent_end, end + 160))
            if close > 0:
                if cue_at is not None and end < cue_at < close:
                    return False
                after = text[close + 1 : min(sent_end, close + 14)]
        before = text[max(0, start - 14) : start]
        return bool(_SAID_AFTER.match(after)) or "according to" in before.lower()

    @staticmethod
    def _subject(analysis: Analysis, people: list[Person], index: int) -> int | None:
        fact = analysis.sentences[index]
        for mention in fact.people:
            person = analysis.person_of.get(mention.start)
            if person is not None and people[person].is_envoy_candidate():
                return person
        return None

    @staticmethod
    def _focus(
        analysis: Analysis, people: list[Person], index: int, subject: int | None
    ) -> int | None:
        """Whom the next sentence's "he" means: the subject, or in "X noted that Y came ..." Y."""
        fact = analysis.sentences[index]
        text = analysis.text
        for position, mention in enumerate(fact.people):
            if analysis.person_of.get(mention.start) != subject:
                continue
            reported = _REPORTED_CLAUSE.match(text, mention.end, fact.sentence.end)
            if reported is None:
                break
            for later in fact.people[position + 1 :]:
                if later.start - reported.end() > _REPORTED_SUBJECT_REACH:
                    break  # "said the North is ready to meet Moon": Moon is no subject
                person = analysis.person_of.get(later.start)
                if person is not None and person != subject and people[person].is_envoy_candidate():
                    return person
            break
        return subject

    def _resolve_pronoun(
        self, analysis: Analysis, people: list[Person], index: int, at: int, focus: int | None
    ) -> int | None:
        text = analysis.text
        candidates: list[tuple[PersonMention, int]] = []
        for mention in analysis.sentences[index].people:
            if mention.start >= at:
                break
            person = analysis.person_of.get(mention.start)
            if person is not None and people[person].is_envoy_candidate():
                candidates.append((mention, person))
        # "conveyed by X, ..., when he met": the agent of a passive is its doer
        told = _TOLD_THEM_BEFORE.search(analysis.folded, max(0, at - 24), at)
        if told is not None:
            # "Moon said Kim had told him he would meet Trump": "he" is the one who told
            tellers = [p for m, p in candidates if m.end <= told.start()]
            if tellers:
                return tellers[-1]
        agent = [p for m, p in candidates if text[max(0, _opening(m) - 3) : _opening(m)] == "by "]
        if agent and text[at : at + 3].lower() in ("he ", "she"):
            return agent[-1]
        if candidates and _OWNER_OF_SOMEONE.match(text, candidates[0][0].end):
            # "Obama's envoy said that his journey ...": the one owned, left unnamed
            return None
        return candidates[0][1] if candidates else focus

    @staticmethod
    def _recent_leaders(analysis: Analysis, people: list[Person], index: int) -> list[int]:
        found: list[int] = []
        states: set[str | None] = set()
        for back in range(index, -1, -1):
            for mention in reversed(analysis.sentences[back].people):
                person = analysis.person_of.get(mention.start)
                if person is None or person in found or not people[person].head_of_state:
                    continue
                if people[person].country in states:
                    continue
                found.append(person)
                states.add(people[person].country)
                if len(found) == 2:
                    return found
        return found if len(found) == 2 else []

    # -- place -----------------------------------------------------------------
    def _location(
        self,
        analysis: Analysis,
        scope: _Scope,
        w_start: int,
        w_end: int,
        trigger: re.Match[str],
        group: str,
    ) -> tuple[str | None, str | None, str | None]:
        text = analysis.text
        terms = scope.fact.terms
        where = _WHERE_BEFORE.search(text, max(0, w_start - 9), w_start)
        if where is not None:
            # "announced it in Geneva, where the talks have taken place": the place before
            term = _place_before_where(text, where.start(), scope.places)
            if term is not None and term.kind in ("capital", "place", "country"):
                return text[term.start : term.end], term.code, None
        dateline = analysis.clean.dateline
        if dateline and (
            # the pattern needs "here": the substring test spares most clauses the search
            (text.find("here", w_start, w_end) >= 0 and _HERE.search(text, w_start, w_end))
            # "at the mission in this Swiss city", "in the capital here": the dateline's city
            or _THIS_CITY.search(text, w_start, w_end)
        ):
            # "PYONGYANG, June 20 (Xinhua) -- Xi arrived here Thursday": the dateline's city
            place = self.gazetteer.place(dateline)
            if place is not None:
                return dateline, place.country, place.country if group == "visit" else None
        places = [t for t in scope.places if w_start <= t.start < w_end]
        if group == "visit" and text.endswith("after ", 0, w_start):
            # "left Pyongyang on Friday after a two-day state visit": the place left is the
            # place of the visit
            left = _LEFT_PLACE.search(text, scope.fact.sentence.start, w_start)
            term = next(
                (
                    t
                    for t in scope.places
                    if left is not None
                    and t.start == left.end()
                    and t.kind in ("capital", "place", "country")
                ),
                None,
            )
            if term is not None:
                return text[term.start : term.end], term.code, term.code
        outlying = (  # after the cue: "who landed at X Air Base, had lunch with" is not it
            _NAMED_OUTLYING_VENUE.search(text, trigger.end(), w_end)
            if holds_any(text, _OUTLYING_WORDS, trigger.end(), w_end)
            else None
        )
        if outlying is not None:
            city = next(
                (
                    t
                    for t in places
                    if t.kind in ("capital", "place", "country")
                    and t.start > outlying.end()
                    and text[t.end : t.end + 2] not in ("'s", "’s")  # "in Russia's Far East"
                    and _CITY_OF_VENUE.fullmatch(text, outlying.end(), t.start)
                ),
                None,
            )
            if city is not None:  # "at Paya Lebar Air Base in Singapore": the place named
                return text[city.start : city.end], city.code, None
            return outlying.group("venue"), None, None
        # A place named long before the cue belongs to another part of the sentence.
        ordered = [t for t in places if t.start >= trigger.end()] + [
            t
            for t in reversed(places)
            if t.start < trigger.start() and trigger.start() - t.end <= 80
        ]
        asides = (
            [
                m.span()
                for m in _RELATIVE_ASIDE.finditer(text, scope.fact.sentence.start, trigger.start())
            ]
            if ", who " in text[scope.fact.sentence.start : trigger.start()]
            else []
        )
        for term in ordered:
            if term.end <= trigger.start() and _inside(term.start, asides):
                continue  # "Feltman, who arrived after a stop in Beijing, held talks": the
                # place of an aside about the subject, not of the talks
            lead = text[max(w_start, term.start - 14) : term.start]
            if _OWNER_LOCATIVE.search(text, max(w_start, term.start - 30), term.start):
                lead = "at "  # "at the North's Mount Kumgang resort": the owner's place
            if term.kind == "reference":
                continue
            destination = group == "visit" and 0 <= term.start - trigger.end() <= 6
            if not (
                _LOCATIVE.search(lead)
                or destination
                # it ends in "of" and a space: a test of the last characters spares the search
                or (
                    "of" in text[max(0, term.start - 4) : term.start].lower()
                    and _PLACE_OF.search(text, max(w_start, term.start - 72), term.start)
                )
            ):
                continue
            if term.kind == "country" and not (group == "visit" or _IN_TO_BEFORE.search(lead)):
                continue
            if group != "visit" and term.start > trigger.end() and _GESTURE_TO.search(lead):
                continue  # "met Kim, in a gesture to Pyongyang": whom it is aimed at
            if _TOPIC_PLACE_BEFORE.search(text, max(w_start, term.start - 24), term.start):
                continue  # "support for Moscow's war in Ukraine": what is talked of, not where
            if _ORIGIN_BEFORE.search(text, max(w_start, term.start - 48), term.start):
                continue  # "flew in from a NATO meeting in Brussels to open the talks": whence
            if _PEOPLE_IN_BEFORE.search(
                text, max(w_start, term.start - 30), term.start
            ) and _THEY_SAY_AFTER.match(text, term.end):
                continue  # "a gesture officials in Seoul described": where the speakers are
            if text[term.end : term.end + 2] in ("'s", "’s") and not (
                # "at Pyongyang's stadium": the city of the venue
                term.kind in ("capital", "place")
                and _IN_AT_BEFORE.search(lead)
                and _NAMED_VENUE_AFTER.match(text, term.end)
            ):
                continue
            post = _POST_TO.search(text, max(w_start, term.start - 30), term.start)
            if post is not None and not _VENUE_OF_MISSION.search(
                text, max(w_start, post.start() - 40), post.end()
            ):
                continue  # "a former ambassador to Malaysia": a post, not where they met
                # ("met at the North Korean embassy in Beijing": in Beijing)
            named = next(
                (
                    t
                    for t in places
                    if t.start == term.end + 4 and text[term.end : t.start] == " of "
                ),
                None,
            )
            if named is not None and named.kind in ("capital", "place"):
                term = named  # "the truce village of Panmunjeom": the proper name
            term = self._enclosing_place(text, term, places)
            owner = next(
                (
                    t
                    for t in places
                    if (t.kind == "capital" or (t.kind == "country" and t.code in _CITY_STATES))
                    and t.end < term.start
                    and text[t.end : term.start] in ("'s ", "’s ")
                ),
                None,
            )
            if owner is not None and term.kind == "place":
                term = owner  # "on Singapore's Sentosa island": the city it belongs to
            if term.kind == "country":
                term = self._city_of_the_trip(text, term, scope.places)
            name = self._place_name(text[term.start : term.end])
            venue = _VENUE_NOUN.match(text, term.end) if term.kind == "place" else None
            if venue is not None:
                name = text[term.start : venue.end()]  # "the Vostochny cosmodrome"
            host = term.code if group == "visit" else None
            if self._is_site(name):
                # "at the Paekhwawon State Guest House in Pyongyang": the city named for it
                after = venue.end() if venue is not None else term.end
                city = next(
                    (
                        t
                        for t in places
                        if t.kind in ("capital", "place")
                        and t.start > after
                        and _CITY_OF_VENUE.fullmatch(text, after, t.start)
                        and not self._is_site(text[t.start : t.end])
                    ),
                    None,
                )
                if city is not None:
                    return text[city.start : city.end], city.code or term.code, host
            return name, term.code, host
        for term in terms:
            seat = (
                self.gazetteer.place(text[term.start : term.end])
                if term.kind in ("org", "reference")  # "the Kremlin said", "the Blue House"
                else None
            )
            if (
                seat is not None
                and seat.kind == "site"
                and w_start <= term.start < w_end
                and _IN_AT_BEFORE.search(text, max(w_start, term.start - 8), term.start)
            ):  # "hosted Kim at the Kremlin": the seat of an office named as a venue
                return text[term.start : term.end], seat.country, None
        for term in places:
            if (
                term.end == trigger.start() - 1
                and term.kind != "reference"
                and _DETERMINER_BEFORE.search(text, max(0, term.start - 6), term.start)
                # a noun of occasion: "the United States met" is the subject of a verb
                and _NOUN_CUE.search(trigger.group(0).lower()) is not None
            ):
                # "the Norway talks", "his Hanoi summit": the place names the occasion
                return text[term.start : term.end], term.code, None
        # "the Swedish capital", "the North's capital", "Japan's capital": the state's capital
        for capital in _CAPITAL_WORD.finditer(text, w_start, w_end):
            for term in terms:
                if (
                    term.code
                    and term.kind in ("demonym", "reference", "country")
                    and text[term.end : capital.start()] in ("", "'s", "’s")
                ):
                    named = next((t for t in scope.places if t.start == capital.end() + 1), None)
                    if named is not None:  # "Mongolia's capital Ulan Bator": as the text names it
                        return text[named.start : named.end], term.code, None
                    for country in getattr(self.gazetteer, "countries", ()):
                        if country.code == term.code and country.capitals:
                            return (
                                country.capitals[0],
                                term.code,
                                term.code if group == "visit" else None,
                            )
        demonym_city = self._demonym_city(analysis, terms, w_start, w_end, group)
        if demonym_city is not None:
            return demonym_city
        # "their first summit in the cross-border village": the place the sentence named
        unnamed = (
            _UNNAMED_PLACE.search(text, w_start, w_end)
            if holds_any(text, _PLACE_KINDS, w_start, w_end)
            else None
        )
        if unnamed is not None:
            told = [
                t
                for t in scope.places
                if t.end <= unnamed.start() and t.kind in ("place", "capital")
            ]
            if told:
                return text[told[-1].start : told[-1].end], told[-1].code, None
        # "received Carter on Wednesday, after which he and his group spent a day in
        # Pyongyang": the city of the stay its sentence tells
        sentence = scope.fact.sentence
        stay = (
            _STAY_IN.search(text, sentence.start, sentence.end)
            if holds_any(text, _STAY_WORDS, sentence.start, sentence.end)
            else None
        )
        if stay is not None:
            city = next(
                (
                    t
                    for t in scope.places
                    if t.start == stay.end() and t.kind in ("capital", "place")
                ),
                None,
            )
            if city is not None:
                return text[city.start : city.end], city.code, None
        town = (
            _VENUE_IN_TOWN.search(text, w_start, w_end)
            if holds_any(text, _VENUE_IN_WORDS, w_start, w_end)
            else None
        )
        if town is not None and not any(t.start == town.start("town") for t in terms):
            # "at a secluded conference centre in Sodertalje, south of Stockholm": a town the
            # gazetteer does not know, named as where the venue stands
            return town.group("town"), None, None
        return None, None, None

    def _enclosing_place(self, text: str, term: Term, places: list[Term]) -> Term:
        """A venue ("Tongilgak", "the Peace House") that the text places in a named city
        or village right after it ("..., a pavilion on the North's side of the truce
        village of Panmunjom") is held in that place: the venue names the place only when
        the text names no other.

        >>> t = "met at Tongilgak, a hall on the northern side of the truce village of Panmunjom"
        >>> site = Term(7, 16, "place", ("PRK",), "Tongilgak")
        >>> village = Term(70, 79, "place", (), "Panmunjom")
        >>> MeetingExtractor(Gazetteer.default())._enclosing_place(t, site, [site, village]).name
        'Panmunjom'
        """
        place = self.gazetteer.place(text[term.start : term.end])
        if place is None or place.kind != "site":
            return term
        for later in places:
            if not (0 < later.start - term.end <= _ENCLOSING_REACH) or later.kind == "reference":
                continue
            outer = self.gazetteer.place(text[later.start : later.end])
            if later.kind == "place" and (outer is None or outer.name == place.name):
                continue
            if _ENCLOSED_BY.fullmatch(text, term.end, later.start):
                return later
        return term

    def _city_of_the_trip(self, text: str, country: Term, places: list[Term]) -> Term:
        """A stay told by its country ("is due to stay in Vietnam") in a sentence that
        names the city the trip goes to in it ("travelled to Hanoi") is held in that city.

        >>> t = "He travelled to Hanoi by train and will stay in Vietnam until Friday."
        >>> city = Term(16, 21, "capital", ("VNM",), "Hanoi")
        >>> state = Term(47, 54, "country", ("VNM",), "Vietnam")
        >>> MeetingExtractor(Gazetteer.default())._city_of_the_trip(t, state, [city, state])
        Term(start=16, end=21, kind='capital', codes=('VNM',), name='Hanoi')
        """
        cities = [
            t
            for t in places
            if t.code == country.code
            and (t.kind == "capital" or self._is_city(text[t.start : t.end]))
            and _DESTINATION_BEFORE.search(text, max(0, t.start - 12), t.start)
        ]
        return cities[0] if len(cities) == 1 else country

    def _is_city(self, name: str) -> bool:
        place = self.gazetteer.place(name)
        return place is not None and place.kind == "city"

    def _demonym_city(
        self, analysis: Analysis, terms: list[Term], w_start: int, w_end: int, group: str
    ) -> tuple[str, str, str | None] | None:
        """ "In the Swiss city", "the Russian port city": a city of that state that the
        text does not name again is the dateline's, when the dateline lies in that state."""
        text = analysis.text
        dateline = analysis.clean.dateline
        place = self.gazetteer.place(dateline) if dateline else None
        if place is None or place.country is None:
            return None
        for term in terms:
            if (
                w_start <= term.start < w_end
                and term.kind == "demonym"
                and term.code == place.country
                and _DEMONYM_CITY.match(text, term.end)
                and text[max(0, term.start - 4) : term.start].lower() == "the "
            ):
                return place.name, place.country, place.country if group == "visit" else None
        return None

    def _shared_head(self, text: str, term: Term) -> set[str]:
        """The other state of a demonym that shares its head: "South and North Korean
        generals" names the South too.

        >>> t = "South and North Korean generals met."
        >>> extractor = MeetingExtractor(Gazetteer.default())
        >>> extractor._shared_head(t, Term(10, 22, "demonym", ("PRK",), "North Korea"))
        {'KOR'}
        """
        shared = _SHARED_HEAD_BEFORE.search(text, max(0, term.start - 16), term.start)
        head = text[term.start : term.end].split(" ", 2)  # "North Korean (Red Cross)"
        if shared is None or len(head) < 2:
            return set()
        code = self.gazetteer.country_by_demonym(f"{shared.group('word')} {head[1]}")
        return {code} if code else set()

    def _is_wide(self, location: str | None) -> bool:
        """A country or a region ("the Russian Far East"): a city in it says more, and a
        mention placed in one of its cities is the same occasion.

        >>> extractor = MeetingExtractor(Gazetteer.default())
        >>> extractor._is_wide("Russian Far East"), extractor._is_wide("Vladivostok")
        (True, False)
        """
        if location is None:
            return False
        if self.gazetteer.country_by_name(location) is not None:
            return True
        place = self.gazetteer.place(location)
        return place is not None and place.kind == "region" and place.country is not None

    def _is_site(self, location: str | None) -> bool:
        place = self.gazetteer.place(location) if location else None
        return place is not None and place.kind == "site" and place.country is not None

    def _place_name(self, surface: str) -> str:
        """A place as the text names it; a description listed as an alias ("the truce
        village") is no name, so the place's own name stands for it.

        >>> MeetingExtractor(Gazetteer.default())._place_name("truce village")
        'Panmunjom'
        >>> MeetingExtractor(Gazetteer.default())._place_name("Panmunjeom")
        'Panmunjeom'
        """
        if not surface.islower():
            return surface
        place = self.gazetteer.place(surface)
        return place.name if place is not None else surface

    # -- parties ---------------------------------------------------------------
    def _parties(
        self,
        analysis: Analysis,
        people: list[Person],
        terms: list[Term],
        participants: list[int],
        w_start: int,
        w_end: int,
        location: str | None,
        sentence: int,
        attributed_from: int,
    ) -> set[str]:
        text = analysis.text
        # The window lies inside the sentence, so only its names can fall in it.
        fact_people = [m for m in analysis.sentences[sentence].people if w_start <= m.start < w_end]
        title_spans = [(m.title_start, m.title_end) for m in fact_people if m.title]
        parties = {c for c in (people[p].country for p in participants) if c}
        anchor = (w_start + w_end) // 2
        purpose = _purpose(analysis.folded, w_start, w_end)
        topic_from = purpose.start() if purpose else w_end
        for term in terms:
            if term.start >= topic_from:
                continue
            if (
                not (w_start <= term.start < w_end)
                or not term.codes
                or term.kind in ("place", "other")
            ):
                continue
            if abs(term.start - anchor) > 120 and term.kind == "pair":
                continue
            if (
                term.start > w_end - 1
                or min(abs(term.start - w_start), abs(term.start - anchor)) > 90
            ):
                continue
            before = text[max(0, term.start - 2) : term.start]
            after_comma = before.endswith(",") or (before[:1] == "," and before[1:].isspace())
            if after_comma and any(
                t.end <= term.start and term.start - t.end <= 3 and t.kind in ("capital", "place")
                for t in terms
            ):
                continue
            if _inside(term.start, title_spans):
                continue
            lead = text[max(w_start, term.start - 16) : term.start]
            topic = (
                _TOPIC_BEFORE.search(lead)
                and not _SIDE_OF.search(text, max(w_start, term.start - 30), term.start)
                # "the second round of South-North ministerial talks": they qualify the talks
                and not (term.kind == "pair" and _MEETING_NOUN_AFTER.match(text, term.end))
            )
            if topic and text[term.end : term.end + 2] not in ("'s", "’s"):
                continue
            if location and text[term.start : term.end] == location and _LOCATIVE.search(lead):
                continue  # "talks in Lima": the venue ("Tokyo and Lima said": a side)
            if (
                term.kind in ("capital", "place")
                and location == text[term.start : term.end]
                and _DETERMINER_BEFORE.search(text, max(0, term.start - 6), term.start)
            ):
                continue  # "the Stockholm meeting": the place names the occasion
            if _IN_AT_BEFORE.search(lead) and term.kind in ("capital", "country"):
                continue
            if _CAPITAL_WORD.match(text, term.end + 2):
                continue  # "Mongolia's capital Ulan Bator as the venue": a host, not a side
            if _POST_TO.search(text, max(w_start, term.start - 30), term.start):
                continue
            if (
                term.kind == "org"
                # "officials from the Russian Foreign Ministry", "North Korean Red Cross
                # officials": an organisation is a side only through its people
                and not _OFFICIALS_OF_BEFORE.search(text, max(w_start, term.start - 24), term.start)
                and not _SIDE_NOUN_AFTER.match(text, term.end)
            ):
                continue
            if term.kind == "pair" and _PLACE_NOUN_AFTER.match(text, term.end):
                continue  # "the inter-Korean truce village": a place, not the sides
            if _PLACE_OWNER_AFTER.match(text, term.end):
                continue  # "in the North's city of Kaesong": the owner of a place, not a side
            if _NOT_A_SIDE_AFTER.match(text, term.end):
                continue  # "U.S. troops", "North Korea policy": people or a topic, not a side
            if term.kind == "demonym" and (
                term.start >= attributed_from or _SPEAKER_AFTER.match(text, term.end)
            ):
                continue  # "..., a Swedish official said": the source, not a side
            if term.kind == "demonym" and not _SIDE_NOUN_AFTER.match(text, term.end):
                continue  # "a Chinese aircraft", "Japanese nationals": not a side at the table
            parties.update(term.codes)
            if term.kind in ("demonym", "org"):
                parties.update(self._shared_head(text, term))
        return parties

    # -- time ------------------------------------------------------------------
    def _date(
        self,
        analysis: Analysis,
        dates: list[DateMention],
        w_start: int,
        w_end: int,
        trigger: re.Match[str],
        status: MeetingStatus,
        earlier: list[Candidate],
    ) -> tuple[PartialDate | None, str | None]:
        text = analysis.text
        usable = []
        filed = analysis.dateline_date
        # "failed on Friday to agree ..., after a day of talks": the clause's verb dates them
        lasted = DURATION_OF_BEFORE.search(
            text, max(w_start, trigger.start() - 40), trigger.start()
        )
        # "signed a treaty on Wednesday, ..., at the end of a summit in Pyongyang": what the
        # clause tells happened at the occasion, so the clause's time is the occasion's
        lasted = lasted or _AT_THE_OCCASION_BEFORE.search(
            text, max(w_start, trigger.start() - 40), trigger.start()
        )
        lasted = lasted or _SAME_SCENE_BEFORE.search(  # the conjunction opens the clause
            text, max(0, w_start - 12, trigger.start() - 30), trigger.start()
        )
        # "was laid in Berlin last month, where they spent three days in talks": the time of
        # the place the clause refers back to
        lasted = lasted or _WHERE_BEFORE.search(text, max(0, w_start - 9), w_start)
        # "declared on Apr. 27 that they would ..., after a day of talks": the time of the
        # sentence's verb, before a reported clause, dates the talks that clause ends with
        from_at = 0 if lasted is not None else w_start
        for mention in dates:
            if not (from_at <= mention.start < w_end):
                continue
            if filed is not None and mention.start == filed.start:
                continue  # "PYONGYANG, May 10 (KCNA) --": the day the story was filed
            if text.endswith("since ", 0, mention.start) and _FIRST_SINCE_BEFORE.search(
                text, max(0, mention.start - 60), mention.start
            ):
                continue  # "a state visit, his first since 2017": the earlier one's time
            if mention.year is not None and _EVENT_NAMED_AFTER.match(text, mention.end):
                continue  # "the armistice that halted the 1950-53 Korean War": the war's years
            if mention.start > trigger.end() + _DATE_REACH_AFTER or (
                mention.end < trigger.start() - 60
                and not _fronted_time(text, w_start, mention)
                and lasted is None
            ):
                continue
            if text.startswith(("'s ", "’s "), mention.end) and not (
                mention.end < trigger.start() <= mention.end + 25
            ):
                continue  # "December's presidential election": the month of another event
                # ("Wednesday's talks" names the cue's own)
            if _OTHER_EVENT_AFTER.match(text, mention.end):
                continue  # "the 1950-53 Korean War", "the 2018 Panmunjom Declaration": its own
            if status == "proposed" and mention.end <= trigger.start():
                continue  # "rejected on Sunday an offer to hold talks": the day of the offer
            if _span_bound_before(text, mention.start):
                continue  # "four times since March 2018", "last until Friday": a bound
            if mention is not dates[-1] and _SUPERSEDED_BEFORE.search(
                analysis.folded, max(0, mention.start - 40), mention.start
            ):
                continue  # "originally set to start on Monday, will now begin on Tuesday"
            lead_from = max(w_start, mention.start - 36)
            if _SAID_ON_BEFORE.search(
                analysis.folded, lead_from, mention.start
            ) and not _HOURS_APART.search(analysis.folded, mention.end, w_end + 200):
                continue  # ("said Saturday that the talks had broken down, hours after they
                # began": the telling's day is the talks' day)
            if mention.end < trigger.start() and _SAID_THAT_BETWEEN.search(
                analysis.folded, mention.end, trigger.start()
            ):
                continue  # "crossed back on Saturday and said Kim had agreed to meet": the
                # day of the telling, not of the meeting told
            usable.append(mention)
        # "the April 27 meeting", "their June 12 summit": the time the occasion is named by
        chosen = next(
            (
                d
                for d in usable
                if d.end <= trigger.start()
                and _ATTRIBUTIVE_GAP.fullmatch(text, d.end, trigger.start())
                and _DETERMINER_BEFORE.search(text, max(0, d.start - 6), d.start)
            ),
            None,
        )
        if chosen is None:
            chosen = next((d for d in usable if d.start >= trigger.end()), None)
        if chosen is None and usable:
            chosen = usable[-1]
        if chosen is not None:
            chosen = _range_start(text, dates, chosen)
        if chosen is None:
            counted = _counted_from_occasion(text, trigger, earlier)
            if counted is not None:
                return counted
            # the pattern needs "month" or "year": two substring tests spare most clauses its search
            told = (
                _TIME_TOLD_BEFORE.search(text, w_start, w_end)
                if text.find("month", w_start, w_end) >= 0 or text.find("year", w_start, w_end) >= 0
                else None
            )
            if told is not None:
                # "later that month", "the following year": a time counted from the last one
                # the story wrote with its year
                anaphoric = _time_after_told(analysis, told)
                if anaphoric is not None:
                    return anaphoric, told.group(0)
            # each phrase ends in "day": a substring test spares most clauses the search
            if analysis.folded.find("day", w_start, w_end) >= 0 and _SAME_DAY.search(
                analysis.folded, w_start, w_end
            ):
                # "on the same day": the day of the last occasion told in the same tense
                # (a summit recalled in passing does not lend its day to the next plan)
                same = next(
                    (
                        c
                        for c in reversed(earlier)
                        # a day's: "the first round took place in November. Later the same
                        # day ..." goes back to the last occasion told by its day
                        if c.date is not None and c.date.day is not None and c.status == status
                    ),
                    None,
                )
                if same is not None:
                    return same.date, "the same day"
            return None, None
        if _of_the_following_year(chosen):
            return _resolve_told(analysis, chosen, "past"), chosen.text
        told_before = (
            _TIME_TOLD_BEFORE.search(text, max(0, chosen.start - 250), chosen.start)
            if chosen.year is None and chosen.month is not None
            else None
        )
        if told_before is not None and not _SENTENCE_END.search(
            text, told_before.end(), chosen.start
        ):
            # "Earlier that month X met Clinton on October 10": the year of the time told
            year = _year_before(analysis, chosen.start)
            if year is not None:
                return PartialDate(year, chosen.month, chosen.day), chosen.text
        if chosen.that_year or (
            chosen.year is None
            and chosen.month is not None
            and chosen.day is None
            and _THAT_YEAR.search(text, max(0, w_start - 60), w_end)
        ):
            # "in June that year", "met twice more that year, in May and in September": the
            # month of the year the story last named
            year = _year_before(analysis, chosen.start)
            return (PartialDate(year, chosen.month) if year else None), chosen.text
        direction: Direction = "future" if status in ("planned", "proposed") else "past"
        if status == "cancelled" and chosen.month is not None:
            called_off = CANCELLED.search(analysis.folded, w_start, w_end)
            if called_off is not None and chosen.start > called_off.start():
                direction = "future"  # "called off the June 12 summit": it was still to come
        if direction == "future" and _told_as_past(text, analysis.folded, w_start, chosen.start):
            direction = "past"  # "Biegun, who arrived on Tuesday, is expected to meet ..."
        if (
            direction == "future"
            and analysis.published is not None
            and _PLUPERFECT_BEFORE.search(text, max(w_start, trigger.start() - 40), trigger.start())
        ):
            # "had proposed talks for the end of September": a plan made before, for a time
            # that may have passed; the nearer of the two readings
            return _nearest(chosen, analysis.published), chosen.text
        history_year = _history_year(analysis, chosen) if direction == "past" else None
        if history_year is not None and chosen.month is not None:
            # "In mid-June 1994 Carter went to Pyongyang. Officials met on June 28": a
            # history paragraph's days are of the year it tells, not of the story's
            return PartialDate(history_year, chosen.month, chosen.day), chosen.text
        return chosen.resolve(analysis.published, direction), chosen.text


def _history_year(analysis: Analysis, mention: DateMention) -> int | None:
    """The year a history paragraph tells, for a month written without one: the last
    year written before it in the same paragraph, when that year is two or more before
    the publication's (a year of the paragraph before was measured and lost more than
    it won)."""
    if (
        analysis.published is None
        or mention.year is not None
        or mention.month is None
        or mention.year_offset is not None
        or mention.strict is not None
    ):
        return None
    paragraph = _paragraph_at(analysis, mention.start)
    last = _last_dated_before(analysis, mention.start)
    if paragraph is None or last is None or _paragraph_at(analysis, last.start) != paragraph:
        return None  # the paragraph writes no year before the month
    return last.year if last.year is not None and last.year <= analysis.published.year - 2 else None


def _paragraph_at(analysis: Analysis, at: int) -> int | None:
    """The paragraph of the sentence that holds offset ``at``."""
    paragraph = None
    for fact in analysis.sentences:
        if fact.sentence.start > at:
            break
        if fact.sentence.end >= at:
            paragraph = fact.sentence.paragraph
    return paragraph


def _date_of_when_clause(
    candidate: Candidate, analysis: Analysis, dates: list[DateMention], w_start: int
) -> None:
    """ "His only trip was in July 2000, when he flew to Pyongyang": a when-clause hung on
    a time is at that time.

    >>> t = "His only trip was in July 2000, when he flew to Pyongyang."
    >>> trip = Candidate(0, t.index("flew"), t.index(" Pyong"), "talks", "held", "flew to")
    >>> _date_of_when_clause(trip, Analysis(t, None, None, []), find_dates(t), t.index("he "))
    >>> str(trip.date)
    '2000-07'
    """
    if not analysis.text.endswith(", when ", 0, w_start):
        return
    comma = w_start - len(", when ")
    mention = next((d for d in dates if d.end == comma), None)
    # "since 2018 and 2019, when Kim met Xi five times": a span, no one time
    spanned = mention is not None and any(
        _TIME_COORDINATION.fullmatch(analysis.text, d.end, mention.start) for d in dates
    )
    if mention is not None and not spanned:
        direction: Direction = "past" if candidate.status == "held" else "future"
        candidate.date = _resolve_told(analysis, mention, direction)
        candidate.date_text, candidate.date_at = mention.text, mention.start


def _of_the_following_year(mention: DateMention) -> bool:
    """True for a month told as "the following August": of the year after the last told."""
    return mention.after_told_year and mention.year is None and mention.month is not None


def _resolve_told(
    analysis: Analysis, mention: DateMention, direction: Direction
) -> PartialDate | None:
    """The date of a time expression, read against the story's last year for "the
    following August" (the year after it), else against the publication date."""
    if _of_the_following_year(mention) and mention.month is not None:
        year = _year_before(analysis, mention.start)
        return PartialDate(year + 1, mention.month) if year else None
    return mention.resolve(analysis.published, direction)


def _counted_from_occasion(
    text: str, trigger: re.Match[str], earlier: list[Candidate]
) -> tuple[PartialDate, str] | None:
    """The date of an occasion told by its distance from the last dated one: "The meeting
    came four months after their summit in Hanoi" dates that summit four months before.

    >>> t = "It came four months after their summit in Hanoi."
    >>> m = re.search("summit", t)
    >>> told = Candidate(0, 0, 9, "summit", "held", "met", date=PartialDate(2019, 6, 30))
    >>> _counted_from_occasion(t, m, [told])
    (PartialDate('2019-02'), 'four months after')
    """
    # the words between reach back over the clause break at "after"
    reach = max(0, trigger.start() - 70)
    near = text[reach : trigger.start()].lower()
    # the pattern needs one of these words: substring tests spare most cues its search
    if "after" not in near and "before" not in near and "ahead" not in near:
        return None
    gap = _COUNTED_FROM_OCCASION.search(text, reach, trigger.start())
    if gap is None:
        return None
    # "The visit comes a week before ...": measured from the occasion the story is about,
    # its first dated one
    told = next((c.date for c in earlier if c.date is not None), None)
    if told is None or told.precision == "year":
        return None
    number = counted_number(gap.group("count"))
    after = "after" in gap.group(0).lower()  # "before" and "ahead of" count forward
    unit = gap.group("unit").lower()
    offset = DateMention(0, 0, "", unit=unit, offset=-number if after else number)
    resolved = offset.resolve(told.start())
    if resolved is None:
        return None
    phrase = text[gap.start() : gap.end()].split()
    return resolved, " ".join(phrase[:3])


_BACK_THERE = re.compile(
    r"""
    \b(?:there|returned|returns|returning|went\sback|came\sback
      |the\s(?:[a-z-]+\s)?(?:village|city|town|resort))\b   # "on the northern side of the village"
    """,
    re.VERBOSE,
)
# "held a second meeting ... a month later": counted from the occasion told before
_UNITS_LATER = re.compile(
    r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s"
    r"(?P<unit>month|year)s?\slater\b"
)


_RETURN_BEFORE = re.compile(r"\b(?:return\w*|back|again)\b")


def _is_new_numbered_occasion(folded: str, trigger: re.Match[str], w_start: int) -> bool:
    """True when the cue is brought in as a new occasion by number: "a second meeting",
    "two more rounds", "another round"; "met for another session" goes on with the same
    occasion.

    >>> cue = re.compile("session|round|summit")
    >>> text = "then met for another session, and another round, and flew for a second summit"
    >>> [_is_new_numbered_occasion(text, m, 0) for m in cue.finditer(text)]
    [False, True, False]
    """
    before = _NEW_NUMBERED_OCCASION_BEFORE.search(
        folded, max(w_start, trigger.start() - 48), trigger.start()
    )
    return before is not None and not (
        (trigger.group(0).startswith("session") and before.group(0).startswith("another"))
        # "travels to Pyongyang for a second summit": the purpose of the trip told (a
        # return "for a second meeting" is another trip)
        or (
            folded.endswith("for ", 0, before.start())
            and not _RETURN_BEFORE.search(folded, max(0, before.start() - 30), before.start())
        )
    )


def _place_for_all(found: list[Candidate], text: str, s_end: int) -> None:
    """ ", all in the Chinese capital" at the end of a sentence of several occasions places
    every one of them that names no place of its own (the last one took the place).

    >>> t = "Talks began in May, and two more rounds followed, all in Geneva."
    >>> first, later = Candidate(0, 0, 11, "talks", "held", "talks"), Candidate(
    ...     0, 33, 48, "talks", "held", "rounds followed", location="Geneva")
    >>> _place_for_all([first, later], t, len(t)); first.location
    'Geneva'
    """
    if len(found) < 2 or found[-1].location is None:
        return
    for_all = _ALL_IN.search(text, found[-1].end, s_end)
    if for_all is None:
        return
    for candidate in found[:-1]:
        if candidate.location is None and candidate.status == found[-1].status:
            candidate.location = found[-1].location
            candidate.location_country = found[-1].location_country
            candidate.location_is_country = found[-1].location_is_country


def _numbered_again(
    candidate: Candidate, told: Candidate, folded: str, w_start: int, w_end: int
) -> None:
    """An occasion brought in by "a second", after one told in the same sentence, is another
    occasion of the same people, who are left unnamed in its clause ("traveled to Pyongyang
    in 2002 to meet Kim, and returned for a second meeting with him in 2004"); "there", a
    return or "the village" puts it in the same place, and "a month later" dates it from
    the one told."""
    candidate.separate = True
    if set(candidate.participants) <= set(told.participants) and len(candidate.parties) < 2:
        candidate.participants = list(told.participants)
        candidate.parties = set(told.parties)
        candidate.kind = told.kind
    back = _BACK_THERE.search(folded, w_start, w_end)
    if (
        back is not None
        and told.location is not None
        # "there", "the village": the place this sentence told, over one found further back;
        # a return only places an occasion that names no place of its own
        and (candidate.location is None or not back.group(0).startswith(("return", "went", "came")))
    ):
        candidate.location, candidate.location_country = told.location, told.location_country
    later = _UNITS_LATER.search(folded, w_start, w_end)
    if later is not None and told.date is not None and told.date.month is not None:
        count = counted_number(later.group("count"))
        candidate.date = _months_after(
            told.date, count * (12 if later.group("unit") == "year" else 1)
        )
        candidate.date_text = later.group(0)


def _place_before_where(text: str, where_at: int, places: list[Term]) -> Term | None:
    """The place that a ", where" clause refers back to: right before it, or before a time
    ("was laid in Berlin last month, where the two spent three days in talks").

    >>> t = "was laid in Berlin last month, where they met"
    >>> berlin = Term(12, 18, "capital", ("DEU",), "Berlin")
    >>> _place_before_where(t, t.index(", where"), [berlin]) == berlin
    True
    """
    for term in places:
        if term.end == where_at or (
            term.end < where_at and _TIME_BEFORE_WHERE.fullmatch(text, term.end, where_at)
        ):
            return term
    return None


def _coordinated_occasion(
    candidate: Candidate, main: Candidate, scope: _Scope, analysis: Analysis
) -> None:
    """Fill an occasion coordinated with the one before it in a clause ("will fly to Tokyo
    for talks with Kishida and a summit with the leaders of India on Tuesday") from that one:
    its own occasion, in the same tense and trip, with the subject and the people its own
    words name."""
    candidate.separate = True
    candidate.status = main.status
    if candidate.location is None and main.location is not None:
        candidate.location, candidate.location_country = main.location, main.location_country
    own = {p for m, p in scope.named if candidate.start <= m.start < candidate.end}
    subject = main.participants[:1]
    candidate.participants = subject + [
        p for p in candidate.participants if p in own and p not in subject
    ]
    if candidate.date_at >= 0 and candidate.status in ("planned", "proposed"):
        written = next((d for d in scope.fact.dates if d.start == candidate.date_at), None)
        if written is not None:
            candidate.date = written.resolve(analysis.published, "future")


_STATE_SUBJECT_KINDS = frozenset(["country", "pair", "reference", "capital"])


def _own_state_subject(text: str, scope: _Scope, person_at: int, w_start: int, cue_at: int) -> bool:
    """True when the main clause after a fronted one has states for its subject, so that a
    person named in the fronted clause is not a side: "After Trump met Kim, the two
    countries held talks"."""
    sentence = scope.fact.sentence
    fronted = _FRONTED_CLAUSE.match(text, sentence.start, sentence.end)
    if fronted is None or fronted.end("comma") != w_start or person_at >= w_start:
        return False
    return any(
        w_start <= t.start < cue_at and t.kind in _STATE_SUBJECT_KINDS for t in scope.fact.terms
    )


def _definite_envoy(text: str, term: Term) -> bool:
    """True for a state word in a definite description of an envoy: "the U.S. envoy".

    >>> from dprk_diplomacy.recognize.terms import Term
    >>> t = "The U.S. envoy will visit Japan."
    >>> _definite_envoy(t, Term(4, 8, "country", ("USA",), "U.S."))
    True
    >>> t = "A U.S. envoy will visit Japan."
    >>> _definite_envoy(t, Term(2, 6, "country", ("USA",), "U.S."))
    False
    """
    # "the U.S. envoy", "The chief South Korean delegate"
    return _definite_state(text, term, _DEFINITE_BEFORE_STATE, 12, _ENVOY_AFTER_STATE)


def _opening(mention: PersonMention) -> int:
    """Where a mention starts, with the title written before the name ("Ambassador X")."""
    return min(mention.start, mention.title_start) if mention.title else mention.start


def _described_subject(analysis: Analysis, people: list[Person], index: int, at: int) -> int | None:
    """The envoy a sentence names by description before ``at`` when it names nobody there:
    "The chief South Korean delegate told reporters he will ..." means that delegate."""
    fact = analysis.sentences[index]
    if any(m.start < at for m in fact.people):
        return None
    for term in fact.terms:
        if term.start < at and _definite_envoy(analysis.text, term):
            return _recent_of_state(analysis, people, index, term.start, term.code)
    return None


def _definite_head(text: str, term: Term) -> bool:
    """True for "the Russian leader", "The South Korean president" told with no name after.

    >>> from dprk_diplomacy.recognize.terms import Term
    >>> t = "The Russian leader accepted."
    >>> _definite_head(t, Term(4, 11, "demonym", ("RUS",), "Russia"))
    True
    >>> t = "The Russian leader Vladimir Putin accepted."
    >>> _definite_head(t, Term(4, 11, "demonym", ("RUS",), "Russia"))
    False
    """
    return _definite_state(text, term, _THE_BEFORE_STATE, 4, _HEAD_AFTER_STATE)


def _definite_state(
    text: str, term: Term, lead: re.Pattern[str], reach: int, role: re.Pattern[str]
) -> bool:
    """True when ``term`` is a state word with ``lead`` in the ``reach`` characters before it
    and ``role`` right after it: the shape shared by ``_definite_envoy`` and ``_definite_head``."""
    if term.kind not in ("country", "demonym") or not term.code:
        return False
    if not lead.search(text, max(0, term.start - reach), term.start):
        return False
    return role.match(text, term.end) is not None


def _recent_of_state(
    analysis: Analysis,
    people: list[Person],
    index: int,
    at: int,
    code: str | None,
    *,
    heads_only: bool = False,
) -> int | None:
    """The person last named before ``at`` (this sentence or the two before) who serves ``code``;
    with ``heads_only``, the sitting head of ``code`` last so named."""
    for back in range(index, max(-1, index - 3), -1):
        for mention in reversed(analysis.sentences[back].people):
            if mention.start >= at:
                continue
            person = analysis.person_of.get(mention.start)
            if (
                person is not None
                and people[person].country == code
                and (not heads_only or sitting_head(people[person]))
            ):
                return person
    return None


def _recent_sides(
    earlier: list[Candidate],
    index: int,
    reach: int = 2,
    count: int | None = None,
    rounds: bool = False,
) -> set[str]:
    """The states of the latest occasion told in this sentence or the ``reach`` before: of
    two sides or more, of exactly ``count`` ("the three agreed"), or only a round
    ("the fourth round of six-party talks ... Hill met Kim ... The next round")."""
    for previous in reversed(earlier):
        if index - previous.sentence > reach:
            break
        if rounds and not previous.trigger.endswith("round"):
            continue
        sides = len(previous.parties)
        if sides == count if count is not None else sides >= 2:
            return set(previous.parties)
    return set()


def _sentence_sides(terms: list[Term], start: int, end: int) -> set[str]:
    """The states named by their names or capitals between ``start`` and ``end``, if two."""
    codes = {
        code
        for t in terms
        if start <= t.start < end and t.kind in ("country", "capital", "pair")
        for code in t.codes
    }
    return codes if len(codes) >= 2 else set()


def _subject_sides(text: str, terms: list[Term], start: int, end: int) -> set[str]:
    """The states named before the first verb of the sentence starting at ``start``.

    >>> from dprk_diplomacy.recognize.terms import Term
    >>> t = "Envoys of China and Japan condemned North Korea, as they met."
    >>> terms = [Term(10, 15, "country", ("CHN",), "China"),
    ...     Term(20, 25, "country", ("JPN",), "Japan"),
    ...     Term(36, 47, "country", ("PRK",), "North Korea")]
    >>> sorted(_subject_sides(t, terms, 0, len(t)))
    ['CHN', 'JPN']
    """
    verb = _FINITE_VERB.search(text, start, end)
    return _sentence_sides(terms, start, verb.start() if verb else start)


def _story_pair(analysis: Analysis, index: int) -> set[str]:
    """The two states named most often in the story up to sentence ``index``, if two
    stand out (each named at least twice, and more often than any third)."""
    counts: dict[str, int] = {}
    for fact in analysis.sentences[: index + 1]:
        if fact.sentence.kind != "story":
            continue
        for term in fact.terms:
            if term.kind in ("country", "capital", "demonym", "pair", "reference"):
                for code in term.codes:
                    counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if len(ranked) < 2 or ranked[1][1] < 2 or (len(ranked) > 2 and ranked[2][1] == ranked[1][1]):
        return set()
    return {ranked[0][0], ranked[1][0]}


def _previous_pair(analysis: Analysis, people: list[Person], index: int) -> list[int]:
    """The two people, of two states, that the sentence before ``index`` names, if it
    names exactly two who may be envoys."""
    if index == 0:
        return []
    found: list[int] = []
    for mention in analysis.sentences[index - 1].people:
        person = analysis.person_of.get(mention.start)
        if person is not None and person not in found and people[person].is_envoy_candidate():
            found.append(person)
    if len(found) != 2:
        return []
    states = {people[p].country for p in found}
    return found if len(states) == 2 and None not in states else []


def _recent_people(
    earlier: list[Candidate], index: int, parties: set[str], reach: int = 1
) -> list[int]:
    """The people of the latest occasion of ``parties`` told in this sentence or the
    ``reach`` before, if two or more: "Kim met Abe. The two will meet again in May" ."""
    for previous in reversed(earlier):
        if index - previous.sentence > reach:
            break
        if parties and previous.parties == parties and len(previous.participants) >= 2:
            return list(previous.participants)
    return []


def _new_date(
    folded: str, dates: list[DateMention], w_start: int, w_end: int
) -> DateMention | None:
    """The date a meeting was moved to: "postponed to Sept. 16".

    >>> t = "The talks set for May 7 were postponed to May 16."
    >>> _new_date(t.lower(), find_dates(t), 0, len(t)).text
    'May 16'
    """
    for mention in dates:
        if w_start <= mention.start < w_end and _MOVED_TO.search(
            folded, max(w_start, mention.start - 30), mention.start
        ):
            return mention
    return None


def _under_way(text: str, trigger: re.Match[str], w_end: int) -> bool:
    """True for an occasion told as going on: "were holding talks", "talks are under way".

    >>> t = "Envoys were holding talks in Oslo."
    >>> _under_way(t, _TRIGGER.search(t.lower()), len(t))
    True
    >>> t = "Envoys held talks in Oslo."
    >>> _under_way(t, _TRIGGER.search(t.lower()), len(t))
    False
    """
    if _BE_PROGRESSIVE.search(text, max(0, trigger.start() - 50), trigger.end()):
        return True
    return (
        _UNDER_WAY_AFTER.match(text, trigger.end(), w_end) is not None
        or _JUST_ENDED_AFTER.match(text, trigger.end(), w_end) is not None
    )


def _separate_counterparts(
    candidate: Candidate, people: list[Person], folded: str, w_start: int, w_end: int
) -> list[Candidate]:
    """ "X held separate talks with A and B", "X met A and B separately": one meeting of
    X with each of them, each with their own two sides."""
    if len(candidate.participants) < 3 or not (
        _SEPARATE_TALKS_BEFORE.search(folded, max(w_start, candidate.start - 25), candidate.start)
        or _SEPARATELY.search(folded, candidate.end, w_end)
    ):
        return []
    host, *others = candidate.participants
    return [
        replace(
            candidate,
            participants=[host, other],
            parties={c for c in (people[host].country, people[other].country) if c},
            legs=[],
            separate=True,
        )
        for other in others
    ]


def _on_the_sidelines(
    candidate: Candidate, gathering: Candidate, folded: str, w_start: int, w_end: int
) -> None:
    """ "X met Y on the sidelines" of a gathering told just before: its place and day, and
    an occasion of its own, not another mention of the gathering."""
    if not _SIDELINES.search(folded, w_start, w_end):
        return
    candidate.separate = True
    if not 1 <= candidate.sentence - gathering.sentence <= 6 or candidate.kind == "call":
        return
    if candidate.location is None:
        candidate.location = gathering.location
        candidate.location_country = gathering.location_country
    if candidate.date is None:
        candidate.date, candidate.date_text = gathering.date, gathering.date_text


def _name_the_group(group: Candidate, split: Candidate) -> None:
    """ "The ministers of A, B and C met in Busan. A's X held separate talks with B's Y and
    C's Z": X, Y and Z are the ministers of the group meeting just told."""
    if (
        split.sentence - group.sentence == 1
        and not group.participants
        and len(group.parties) >= 3
        and group.parties == split.parties
        and group.status == split.status
    ):
        group.participants = list(split.participants)


def _date_from_neighbour(candidate: Candidate, main: Candidate, text: str, w_start: int) -> None:
    """ "Met X on Thursday, a day after holding talks with Y": the talks were the day
    before the main clause's day ("a day before" the day after).

    >>> main = Candidate(0, 0, 3, "talks", "held", "met", date=PartialDate(2024, 5, 9))
    >>> t = "Lee met Ito on Thursday, two days after holding talks in Seoul."
    >>> talks = Candidate(0, t.index("holding"), t.index(" in"), "talks", "held", "talks")
    >>> _date_from_neighbour(talks, main, t, t.index("holding"))
    >>> str(talks.date)
    '2024-05-07'

    "Met X in Seoul in May, then flew to Tokyo": the next doing, in the same month.

    >>> main = Candidate(0, 0, 3, "talks", "held", "met", date=PartialDate(2024, 5))
    >>> t = "Lee met Ito in Seoul in May, then flew to Tokyo."
    >>> trip = Candidate(0, t.index("flew"), t.index("."), "talks", "held", "flew to")
    >>> _date_from_neighbour(trip, main, t, t.index("flew"))
    >>> str(trip.date)
    '2024-05'
    """
    if (
        main.date is not None
        and main.status == candidate.status
        and text.endswith(", then ", 0, w_start)
    ):
        # "dined with Kim in Pyongyang in March, then flew to Washington": the next doing,
        # in the same stretch of time (a month or a year told; a day may have passed)
        candidate.date = PartialDate(main.date.year, main.date.month)
        candidate.date_text = main.date_text
        return
    relative = _DAYS_APART_BEFORE.search(text, max(0, w_start - 24), w_start)
    day = main.date.to_date() if main.date is not None and main.date.day is not None else None
    if relative is None or day is None:
        return
    count = counted_number(relative.group("count"))
    sign = -1 if relative.group("relation") == "after" else 1
    candidate.date = PartialDate.from_date(day + dt.timedelta(days=sign * count))
    candidate.date_text = relative.group(0).strip()


def _accepted_later(candidate: Candidate, analysis: Analysis, index: int, w_end: int) -> None:
    """ "Kim offered a summit with Kim Young Sam, and Kim Young Sam accepted the offer":
    a participant's acceptance later in the same sentence agrees the proposal."""
    if candidate.status != "proposed":
        return
    fact = analysis.sentences[index]
    after = candidate.end  # the passive names no participant, so its clause may be the cue's
    if "accepted" in analysis.folded[after : fact.sentence.end] and _INVITATION_ACCEPTED.search(
        analysis.folded, after, fact.sentence.end
    ):
        candidate.status = "planned"  # "invited Putin to visit, and the invitation was accepted"
        return
    for mention in fact.people:
        if mention.start < w_end or analysis.person_of.get(mention.start) not in (
            candidate.participants
        ):
            continue
        at = mention.end + 1
        adverb = _ADVERB.match(analysis.folded, at)
        if _ACCEPTED_VERB_IN_CLAUSE.match(
            analysis.folded, adverb.end() if adverb else at, fact.sentence.end
        ):
            candidate.status = "planned"
            return


# "It never took place.", "The summit never happened.": what was set did not happen
_NEVER_HELD_OPENING = re.compile(
    r"""
    (?:It|The\s(?:[\w-]+\s)?(?:summit|meeting|talks|visit|trip))\s  # the occasion just told
    (?:never|did\snot|didn['’]t|was\snever|were\snever)\s
    (?:took\splace|take\splace|happened|happen|held|materiali[sz]ed|materiali[sz]e)\b
    """,
    re.VERBOSE,
)


def _never_held_next(candidates: list[Candidate], analysis: Analysis, index: int) -> None:
    """ "The first summit was set for July 25. It never took place.": a planned meeting
    the next sentence says never happened was cancelled, and so were the mentions of it
    told just before (the agreement to meet that set it)."""
    told = candidates[-1]
    fact = analysis.sentences[index]
    if not (
        told.status in ("planned", "proposed")
        and index - told.sentence == 1
        and _NEVER_HELD_OPENING.match(analysis.text, fact.sentence.start, fact.sentence.end)
    ):
        return
    for candidate in reversed(candidates):
        if told.sentence - candidate.sentence > 2:
            break
        if candidate is told or (
            candidate.status in ("planned", "proposed")
            and candidate.kind == told.kind
            and told.parties <= candidate.parties
        ):
            candidate.status = "cancelled"


def _refused_next(candidate: Candidate, analysis: Analysis, index: int) -> None:
    """ "The U.S. accepted an invitation to meet again. Pyongyang rejected the offer.": a
    meeting offered and refused in the next sentence is only proposed."""
    fact = analysis.sentences[index]
    if (
        candidate.status == "planned"
        and index - candidate.sentence == 1
        and _REFUSED_OFFER.search(analysis.folded, fact.sentence.start, fact.sentence.end)
    ):
        candidate.status = "proposed"


def _refuser_side(candidate: Candidate, terms: list[Term], text: str, w_end: int) -> None:
    """ "Seoul proposed military talks, but Pyongyang did not respond": the state that
    leaves an offer unanswered or refuses it is its other side."""
    if candidate.status != "proposed" or len(candidate.parties) != 1:
        return
    but = _BUT_BEFORE_SUBJECT.match(text, w_end)
    if but is None:
        return
    # the subject right after "but", its "the" counted in or not ("the North")
    subject = next((t for t in terms if t.code and but.end() - 4 <= t.start <= but.end()), None)
    if subject is None or subject.kind not in ("capital", "country", "reference"):
        return
    if _NO_ANSWER_AFTER.match(text, subject.end):
        candidate.parties.add(subject.code or "")


def _accepted_next(candidate: Candidate, analysis: Analysis, index: int) -> None:
    """ "Kim invited Trump to meet. Trump accepted.": a participant's acceptance in the next
    sentence agrees the proposed meeting, so it is planned."""
    fact = analysis.sentences[index]
    if (
        candidate.status != "proposed"
        or index - candidate.sentence != 1
        or not fact.people
        or analysis.person_of.get(fact.people[0].start) not in candidate.participants
    ):
        return
    at = fact.people[0].end + 1
    adverb = _ADVERB.match(analysis.folded, at)  # "Putin gladly accepted."
    verb_at = adverb.end() if adverb else at
    if _ACCEPTED_VERB.match(analysis.folded, verb_at, fact.sentence.end) or (
        # "Kim Young Sam accepted the offer within hours, after ...": the verb and its object
        _ACCEPTED_VERB_IN_CLAUSE.match(analysis.folded, verb_at, fact.sentence.end)
    ):
        candidate.status = "planned"


def _add_leaders_of_sides(
    candidate: Candidate, analysis: Analysis, people: list[Person], index: int
) -> None:
    """A sentence with no cue that tells who led a side ("The U.S. side was headed by X",
    "North Korea was represented by Y") names people of the occasion just told."""
    fact = analysis.sentences[index]
    start, end = fact.sentence.start, fact.sentence.end
    if index - candidate.sentence > 3 or not holds_any(analysis.text, _LED_WORDS, start, end):
        return
    if _LED_BY.search(analysis.text, start, end):
        sides: tuple[str | None, ...] | None = None
    elif _SAT_AT_IT.search(analysis.text, start, end) or _COUNTERPART_OPENING.match(
        analysis.text, start, end
    ):
        sides = tuple(candidate.parties)  # not someone of a third state told beside it
    else:
        return
    for mention in fact.people:
        person = analysis.person_of.get(mention.start)
        if (
            person is not None
            and person not in candidate.participants
            and people[person].is_envoy_candidate()
            and (sides is None or people[person].country in sides)
        ):
            candidate.participants.append(person)


def _fold_definite_mentions(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A sentence that opens with "The meeting" or "The talks" goes on about the occasion
    told just before, when one of the two names no side: "Envoys met in Beijing. The
    meeting took place on Tuesday." is one meeting, dated Tuesday; a day on which the
    talks "opened" dates them by that first day."""
    kept: list[Candidate] = []
    for candidate in candidates:
        previous = kept[-1] if kept else None
        opened = candidate.date_at >= 0 and _OPENED_BEFORE.search(
            text, max(0, candidate.date_at - 16), candidate.date_at
        )
        # "The talks were attended by A and B": who else sat at the occasion just told (the
        # talks themselves, not the arrival told in between)
        attended = _ATTENDED_AFTER.match(text, candidate.end) is not None
        if attended:
            previous = next((k for k in reversed(kept) if not k.visit), previous)
        if (
            previous is not None
            # "The talks began on Saturday, the ministry said": told a few sentences on
            and 0
            <= candidate.sentence - previous.sentence
            <= (3 if opened else 2 if attended else 1)
            and previous.status == candidate.status
            and _DEFINITE_OPENING.fullmatch(text, candidate.evidence[0], candidate.start)
            and (attended or not (candidate.participants and previous.participants))
            and (candidate.parties <= previous.parties or previous.parties <= candidate.parties)
            # the day the talks opened may differ from the day told before (their last)
            and _compatible(previous, replace(candidate, date=None) if opened else candidate)
        ):
            first_day = (
                opened
                and candidate.date is not None
                and candidate.date.day is not None
                and (previous.date is None or not candidate.date.contains(previous.date))
            )
            _combine(previous, candidate)
            if first_day:
                previous.date, previous.date_text = candidate.date, candidate.date_text
            continue
        kept.append(candidate)
    return kept


def _range_start(text: str, dates: list[DateMention], chosen: DateMention) -> DateMention:
    """The first day of a span whose last day was chosen: "from Sunday to Wednesday" is
    dated by Sunday (an occasion of several days by its first day).

    >>> t = "He stayed from Sunday to Wednesday."
    >>> _range_start(t, find_dates(t), find_dates(t)[1]).text
    'Sunday'
    """
    for previous in dates:
        if (
            previous.end < chosen.start
            and _RANGE_LINK.fullmatch(text, previous.end, chosen.start)
            and _FROM_BEFORE.search(text, max(0, previous.start - 10), previous.start)
        ):
            return previous
        if (
            previous.end < chosen.start
            and text[previous.end : chosen.start] == " and "
            and previous.weekday is not None
            and chosen.weekday is not None
        ):
            return previous  # "spent Thursday and Friday in long sessions": its first day
    return chosen


def _span_days(folded: str, w_start: int, cue_at: int) -> int:
    """How many days the cue's noun phrase says the occasion lasts (one if it says none).

    >>> t = "the two-day summit had opened with a dinner"
    >>> _span_days(t, 0, t.index("summit"))
    2
    >>> _span_days(t, 0, t.index("dinner"))
    1
    """
    found = _DAYS_LONG_BEFORE.search(folded, max(w_start, cue_at - 30), cue_at)
    return counted_number(found.group("count")) if found else 1


def _ordinal(folded: str, w_start: int, cue_at: int) -> str | None:
    """The ordinal number that the cue's noun phrase gives the occasion.

    >>> t = "they met for their third inter-korean summit"
    >>> _ordinal(t, 0, t.index("summit"))
    'third'
    >>> _ordinal(t, 0, t.index("met")) is None
    True
    """
    found = _ORDINAL_BEFORE.search(folded, max(w_start, cue_at - 40), cue_at)
    return found.group("ordinal") if found else None


def _time_after_told(analysis: Analysis, told: re.Match[str]) -> PartialDate | None:
    """The month or year that "later that month", "the following year" points to, from the
    last time written with its year before it ("met in April 2018 ... met again later that
    month" is 2018-04; "... the following year" is 2019).
    """
    last = _last_dated_before(analysis, told.start())
    if last is None or last.year is None:
        return None
    step = 1 if told.group("step") else 0
    if (told.group("unit") or told.group("unit2")) == "year":
        return PartialDate(last.year + step)
    if last.month is None:
        return None
    return _months_after(PartialDate(last.year, last.month), step)


def _months_after(date: PartialDate, months: int) -> PartialDate:
    """The month ``months`` after ``date``'s month.

    >>> str(_months_after(PartialDate(2018, 12), 1))
    '2019-01'
    """
    moved = date.start() + relativedelta(months=months)
    return PartialDate(moved.year, moved.month)


def _last_dated_before(analysis: Analysis, at: int) -> DateMention | None:
    """The last time expression written with its year before ``at``."""
    last = None
    for fact in analysis.sentences:
        if fact.sentence.start >= at:
            break
        for mention in fact.dates:
            if mention.start < at and mention.year is not None:
                last = mention
    return last


def _year_before(analysis: Analysis, at: int) -> int | None:
    """The year of the last time expression written with its year before ``at``."""
    last = _last_dated_before(analysis, at)
    return last.year if last is not None else None


def _coordinated_places(
    text: str, places: list[Term], location: str, w_end: int
) -> list[tuple[str, str | None]]:
    """The places coordinated after a visit's first one: "a tour of Malaysia, Japan and
    South Korea" is a visit to each (the names and states after the first)."""
    first = next((t for t in places if text[t.start : t.end] == location), None)
    if first is None:
        return []
    legs: list[tuple[str, str | None]] = []
    previous = first
    for term in places:
        if term.start < previous.end or term.start >= w_end:
            continue
        if term.kind != first.kind or not _COORDINATION.fullmatch(text, previous.end, term.start):
            break
        legs.append((text[term.start : term.end], term.code))
        previous = term
    return legs


def _coordinated_times(
    candidate: Candidate, analysis: Analysis, dates: list[DateMention], w_end: int
) -> list[Candidate]:
    """One more occasion for each month or year coordinated with the one that dated the
    clause: "held summits in Pyongyang in 2000 and 2007" are two summits in Pyongyang.

    Days are left alone: "talks on Monday and Tuesday" are one occasion of two days.
    """
    if candidate.date is None or candidate.date_at < 0:
        return []
    text = analysis.text
    direction: Direction = "past" if candidate.status == "held" else "future"
    previous = next((d for d in dates if d.start == candidate.date_at), None)
    extra: list[Candidate] = []
    if previous is None or candidate.date.day is not None:
        return []
    for mention in dates:
        if mention.start <= previous.start or mention.start >= w_end:
            continue
        placed = _PLACE_THEN_COORDINATION.match(text, previous.end, mention.start)
        gap = placed.end() if placed is not None else previous.end
        if not _TIME_COORDINATION.fullmatch(text, gap, mention.start):
            break
        date = mention.resolve(analysis.published, direction)
        if date is None or date.day is not None:
            break
        if candidate.that_year and date.month is not None:  # "twice more that year, in May"
            date = PartialDate(candidate.date.year, date.month)
        own_place = _PLACE_AFTER_TIME.match(text, mention.end, w_end) if placed else None
        if placed is not None and not extra:
            # "in May at Panmunjom and in September in Pyongyang": each time its own place
            candidate.location, candidate.location_country = placed.group("place"), None
        extra.append(
            replace(
                candidate,
                date=date,
                date_text=mention.text,
                date_at=mention.start,
                participants=list(candidate.participants),
                parties=set(candidate.parties),
                legs=[],
                ordinal=None,
                separate=True,
                location=own_place.group("place") if own_place else candidate.location,
                location_country=None if own_place else candidate.location_country,
            )
        )
        previous = mention
    return extra


def _legs(candidate: Candidate) -> list[Candidate]:
    """One visit record for each further place of a tour, with the visitor's sides.

    >>> tour = Candidate(0, 0, 4, "talks", "planned", "tour of", location="Chile",
    ...     location_country="CHL", parties={"USA", "CHL"}, visit=True, legs=[("Peru", "PER")])
    >>> [(c.location, sorted(c.parties)) for c in _legs(tour)]
    [('Peru', ['PER', 'USA'])]
    """
    home = candidate.parties - {candidate.location_country}
    return [
        replace(
            candidate,
            location=name,
            location_country=code,
            location_is_country=candidate.location_is_country,
            parties=home | ({code} if code else set()),
            participants=list(candidate.participants),
            legs=[],
        )
        for name, code in candidate.legs
    ]


def _by_surname(people: list[Person], surname: str, leader: bool) -> int | None:
    """The person the article names with ``surname``; for a summit, only a leader."""
    found = [
        index
        for index, person in enumerate(people)
        if surname in person.tokens and person.is_envoy_candidate()
    ]
    if leader:  # a summit is the leaders' own: another namesake is not meant
        found = [index for index in found if sitting_head(people[index])]
    return found[0] if found else None


def _fronted_time(text: str, w_start: int, mention: DateMention) -> bool:
    """True for a time adverbial that opens its clause before the subject, set off by a comma.

    >>> t = "Last week, the two foreign ministers held talks."
    >>> _fronted_time(t, 0, find_dates(t)[0])
    True
    >>> t = "The two foreign ministers who met last week, held talks."
    >>> _fronted_time(t, 0, find_dates(t)[0])
    False
    >>> t = "May 4, 2019 - Kim tests a missile and talks with Putin."
    >>> _fronted_time(t, 0, find_dates(t)[0])
    True
    """
    lead = _FRONTED_TIME_LEAD.fullmatch(text, w_start, mention.start)
    # "Oct. 2, 2007 - Roh walks across the line and travels to Pyongyang": a timeline
    # entry's date dates all of it
    return lead is not None and (
        text[mention.end : mention.end + 1] == ","
        or text[mention.end : mention.end + 2] in (" -", " –", " —")
    )


def _nearest(mention: DateMention, published: dt.date) -> PartialDate | None:
    """Of the past and the future reading of a time, the one nearer the publication date.

    >>> _nearest(find_dates("for the end of September")[0], dt.date(2010, 10, 1))
    PartialDate('2010-09')
    >>> _nearest(find_dates("in December")[0], dt.date(2010, 10, 1))
    PartialDate('2010-12')
    """
    readings = [r for r in (mention.resolve(published, d) for d in ("past", "future")) if r]
    if not readings:
        return None
    return min(readings, key=lambda r: abs((r.start() - published).days))


def _told_as_past(text: str, folded: str, w_start: int, at: int) -> bool:
    """True when the verb nearest before a time expression is in the past tense.

    >>> t = "Biegun, who arrived in Seoul on Tuesday, is expected to meet them."
    >>> _told_as_past(t, t.lower(), 0, t.index("Tuesday"))
    True
    >>> t = "Biegun met them and will meet them again on Tuesday."
    >>> _told_as_past(t, t.lower(), 0, t.index("Tuesday"))
    False
    >>> t = "The talks will be held in Kaesong on Friday."
    >>> _told_as_past(t, t.lower(), 0, t.index("Friday"))
    False
    """
    lead_from = max(w_start, at - 40)
    verbs = [  # "will be held": a participle after "be" is no past tense
        v
        for v in PAST_VERB.finditer(text, lead_from, at)
        if not _BE_BEFORE.search(text, max(0, v.start() - 7), v.start())
    ]
    if not verbs:
        return False
    past = verbs[-1]
    return not (PLANNED.search(folded, past.end(), at) or PROPOSED.search(folded, past.end(), at))


def _is_topic(folded: str, previous: Candidate, trigger: re.Match[str]) -> bool:
    """True when a cue names what the clause's earlier meeting is about.

    >>> from dprk_diplomacy.recognize.trie import fold_case
    >>> text = fold_case("Officials met in Seoul to discuss a possible summit.")
    >>> earlier = Candidate(0, 10, 13, "talks", "held", "met")
    >>> _is_topic(text, earlier, _TRIGGER.search(text, 14))
    True
    >>> text = fold_case("Trump met Kim in Singapore for a historic summit.")
    >>> _is_topic(text, earlier, _TRIGGER.search(text, 14))
    False
    """
    return _topic_lead(folded, previous.end, trigger) is not None


def _topic_lead(folded: str, after: int, trigger: re.Match[str]) -> re.Match[str] | None:
    """The words before a cue that make it the topic of a cue ending at ``after``."""
    lead_from = max(after, trigger.start() - _TOPIC_REACH)
    lead = _TOPIC_LEAD.search(folded, lead_from, trigger.start())
    if lead is not None and trigger.lastgroup == "visit" and lead.group(0).startswith("on "):
        return None  # "met X, who is on a visit to Pyongyang, on May 9": a circumstance
    # "to brief Moon on Chairman Kim Jong Un's visit to China": someone's occasion, talked of
    return lead or _OWNED_TOPIC_LEAD.search(folded, lead_from, trigger.start())


def _same_clause(previous: Candidate, current: Candidate, w_start: int) -> bool:
    """Two cues in one clause ("held talks ... during her visit") describe one occasion."""
    return previous.sentence == current.sentence and previous.end >= w_start


def _join_sides_and_place(target: Candidate, other: Candidate) -> None:
    """Both mentions' people and states; the first place named."""
    for person in other.participants:
        if person not in target.participants:
            target.participants.append(person)
    target.parties |= other.parties
    if (
        target.location is None
        or (_in_country(other, target) and not other.location_is_country)
        or _site_in_city(target, other)  # "the Great Hall of the People", then "Beijing"
    ):
        target.location = other.location
        target.location_is_country = other.location_is_country
        target.location_is_site = other.location_is_site
    target.location_country = target.location_country or other.location_country
    target.named_venue = target.named_venue or other.named_venue


def _in_country(city: Candidate, country: Candidate) -> bool:
    """True when ``country`` is placed only in a country and ``city`` in a place of it."""
    return (
        country.location_is_country
        and city.location is not None
        and city.location_country is not None
        and city.location_country == country.location_country
    )


def _same_place(a: Candidate, b: Candidate) -> bool:
    """Two mentions' places agree: the same name, or a city and the country it lies in.

    >>> tokyo = Candidate(0, 0, 1, "talks", "planned", "visit", location="Tokyo",
    ...     location_country="JPN")
    >>> japan = Candidate(1, 0, 1, "talks", "planned", "visit", location="Japan",
    ...     location_country="JPN", location_is_country=True)
    >>> _same_place(tokyo, japan), _same_place(japan, tokyo)
    (True, True)
    """
    if a.location_is_country and b.location_is_country:  # "S. Korea" and "South Korea"
        return a.location_country == b.location_country
    return (
        a.location == b.location
        or _in_country(a, b)
        or _in_country(b, a)
        or _site_in_city(a, b)
        or _site_in_city(b, a)
    )


def _site_in_city(site: Candidate, city: Candidate) -> bool:
    """A venue ("the Great Hall of the People") and a city of its state told for the same
    occasion ("Beijing"): the city is where it was held."""
    return (
        site.location_is_site
        and not city.location_is_site
        and not city.location_is_country
        and city.location is not None
        and site.location_country is not None
        and site.location_country == city.location_country
    )


def _absorb(target: Candidate, other: Candidate, published: dt.date | None, folded: str) -> None:
    """A second cue of the same clause: it fills what the first left open.

    The talks a visit is for ("arrived ... to hold talks") give it their
    status, unless the visit has happened, is dated before the day of
    publication and its talks are only its purpose ("made a trip to
    Pyongyang last month to meet Kim", not "arrived on Tuesday and is
    expected to meet").
    """
    _join_sides_and_place(target, other)
    if _PASSIVE_BY.match(folded, other.end) and target.end <= other.start:
        # "an official visit hosted by President X on Friday": a participle after the
        # occasion's noun names its host and has no tense of its own
        return
    if other.visit and not target.visit and target.date_at >= other.start:
        # "looking forward to talks as he arrived on Wednesday": the arrival's day
        target.visit_dated = True
    if target.date is None or (target.visit and not other.visit and other.date is not None):
        target.date, target.date_text = other.date, other.date_text
    if other.kind != "talks" and target.kind == "talks":
        target.kind = other.kind
    if target.visit and not other.visit:
        past = target.date is not None and published is not None and target.date.end() < published
        only_purpose = all(
            is_infinitive_plan(plan) for plan in PLANNED.finditer(folded, target.end, other.start)
        )
        purpose = _PURPOSE_BEFORE.search(folded, max(target.end, other.start - 20), other.start)
        if target.status == "planned" and other.status == "held" and purpose:
            pass  # "is travelling to Tokyo for talks": the talks are the trip's purpose
        elif not (target.status == "held" and past and only_purpose):
            target.status = other.status
        target.visit = False


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False  # "the second round" is not "the third round"
    if a.location and b.location and not _same_place(a, b):
        return False
    dates_differ = a.date and b.date and not (a.date.contains(b.date) or b.date.contains(a.date))
    if dates_differ and _within_span(a, b):
        dates_differ = False  # "the two-day summit ... on Thursday": its second day
    if dates_differ and not (
        (a.visit or b.visit or a.visit_dated or b.visit_dated or _arrival(a) or _arrival(b))
        and _days_apart(a, b)
    ):
        return False  # an arrival may come days before the talks it is for, not years
    if a.kind == "call" or b.kind == "call":
        # a call is never a summit met in person; unnamed "talks" may be the call told again
        return a.kind == b.kind or (
            "summit" not in (a.kind, b.kind) and (not a.participants or not b.participants)
        )
    return True


def _within_span(a: Candidate, b: Candidate) -> bool:
    """Two days of an occasion told as lasting several ("the two-day summit"), of the same
    people."""
    span = max(a.span_days, b.span_days)
    if span < 2 or a.date is None or b.date is None or a.kind != b.kind:
        return False
    if a.date.day is None or b.date.day is None:
        return False
    if a.participants and b.participants and set(a.participants) != set(b.participants):
        return False
    return abs((a.date.start() - b.date.start()).days) < span


def _guests_arrive(host: Candidate, visit: Candidate) -> bool:
    """ "Park hosted his Chinese and Japanese counterparts in Busan on Sunday ... Wang and
    Kamikawa arrived in the city on Saturday": the guests' arrival for the occasion their
    host holds, in the same place, a few days apart (``_compatible`` checked the days)."""
    return (
        visit.visit
        and not host.visit
        and host.location is not None
        and host.location == visit.location
        and bool(visit.parties)
        and visit.parties < host.parties
        and abs(host.sentence - visit.sentence) <= 2
    )


def _mergeable(a: Candidate, b: Candidate) -> bool:
    if not _compatible(a, b) or b.separate:
        return False
    if a.offered != b.offered:
        return False  # "The summit offer was conveyed by Carter, who met Kim": two occasions
    if {a.status, b.status} == {"cancelled", "held"}:
        return False  # "a planned trip was called off ... he last visited in July": two trips
    if a.status == "held" and not a.visit and b.visit and b.status in ("planned", "proposed"):
        return False  # "they met on Friday ... Moon will visit Pyongyang in the fall": a new trip
    if a.visit and a.status in ("planned", "proposed") and b.ordinal and b.status == "held":
        return False  # "Kim agreed to visit Seoul. It is Moon's third summit with Kim": not it
    pa, pb = set(a.participants), set(b.participants)
    if {a.kind, b.kind} == {"summit", "talks"} and not (pa and pb):
        return False  # an envoy's unnamed arrival is not the leaders' summit it precedes
    same_sides = a.parties == b.parties or not a.parties or not b.parties
    if _proposal_met(a, b) or _proposal_met(b, a):
        return True
    if pa and pb:
        if pa == pb:
            # "Xi arrived here Thursday ... The two leaders will hold talks later on Thursday":
            # the talks of the visit, told on its day
            same_stay = (_arrival(a) or _arrival(b)) and a.date is not None and a.date == b.date
            return (
                (a.status == b.status or a.visit or b.visit or same_stay)
                and (same_sides or a.parties <= b.parties or b.parties <= a.parties)
                and (
                    _same_place(a, b)  # "travelling to Russia ... would meet in the Far East"
                    or a.visit
                    or b.visit
                    or not (a.location and b.location)
                )
            )
        if (a.visit and pa <= pb) or (b.visit and pb <= pa):
            return bool(a.location and b.location) or abs(a.sentence - b.sentence) <= 2
        if (_arrival(a) and pa <= pb) or (_arrival(b) and pb <= pa):
            # "Kim arrived in Vladivostok on Wednesday, greeted by officials": the arrival's
            # greeting does not make it another occasion than the summit of that stay
            return bool(a.location and b.location) and _same_place(a, b) and a.status == b.status
        if _guests_arrive(a, b) or _guests_arrive(b, a):
            return True
        # "X will travel to Moscow for consultations. He will meet A and B": one occasion
        nested = pa < pb or pb < pa
        placed_alike = (
            a.location is not None and b.location is not None and _same_place(a, b)
        ) or (
            # the next sentence goes on with the same people: "He will meet A and B"
            abs(a.sentence - b.sentence) <= 1 and (a.location is None or b.location is None)
        )
        return (
            nested and placed_alike and a.status == b.status and abs(a.sentence - b.sentence) <= 2
        )
    if not pa and not pb:
        # unnamed sides: one occasion only if they share what makes them concrete ("their
        # April summit" and "met in Pyongyang for their third summit" are two)
        shared = (a.date and b.date) or (a.location and b.location)
        bare = not (a.date or a.location) or not (b.date or b.location)
        return (
            a.parties == b.parties
            and a.status == b.status
            and a.kind == b.kind
            and bool(shared or bare)
        )
    return (
        # a mention naming no side joins another only if both speak of a summit ("the summit
        # in Vietnam"); unnamed "previous secret talks" are not the talks named elsewhere
        (bool(a.parties and b.parties) or a.kind == b.kind == "summit")
        and (a.parties <= b.parties or b.parties <= a.parties)
        and len(a.parties | b.parties) >= 2
        and (a.status == b.status or a.visit or b.visit)
    )


def _arrival(candidate: Candidate) -> bool:
    """True for a mention told by a verb of travel ("arrived in"), whatever it absorbed."""
    return candidate.trigger in _VISIT_WORDS


def _proposal_met(plan: Candidate, held: Candidate) -> bool:
    """True when a proposal or plan names the place, sides and day of an occasion told as
    held: "The two Koreas held talks at Panmunjom ... Seoul proposed on Jan. 2 that the two
    sides meet at Panmunjom on Tuesday" is one occasion."""
    return (
        plan.status in ("proposed", "planned")
        and held.status == "held"
        and plan.date is not None  # the proposal names the day ("meet again" names none)
        and not plan.participants
        and plan.parties == held.parties
        and plan.location is not None
        and held.location is not None
        and _same_place(plan, held)
        # "meet at Panmunjom next week": still to come, so another occasion
        and not (plan.date_text and _FUTURE_TIME.match(plan.date_text))
    )


def _is_leaders_meeting(candidate: Candidate, people: list[Person]) -> bool:
    """The kind table's ``leaders_meet`` test, for a candidate already built."""
    return leaders_meeting(
        [people[p] for p in candidate.participants],
        candidate.visit,
        candidate.location,
        candidate.location_country,
    )


def _merge_all(candidates: list[Candidate]) -> list[Candidate]:
    merged: list[Candidate] = []
    for candidate in candidates:
        for existing in reversed(merged):
            if _mergeable(existing, candidate):
                _combine(existing, candidate)
                break
        else:
            merged.append(candidate)
    return merged


def _combine(target: Candidate, other: Candidate) -> None:
    """A later mention of the same occasion: a more precise date wins."""
    visit_only = target.visit and not other.visit
    _join_sides_and_place(target, other)
    arrival_day = target.visit_dated and not (other.visit or other.visit_dated)
    first_day = (
        _within_span(target, other)
        # an arrival the day before does not date the talks of the stay (spec: a visit
        # merged with its talks is dated by the talks' day)
        and not (_arrival(other) and not target.visit_dated)
        and other.date is not None
        and target.date is not None
        and other.date.start() < target.date.start()
    )  # "the two-day summit had opened on Wednesday": dated by its first day
    if other.date is not None and (
        target.date is None
        or target.date.contains(other.date)
        or visit_only
        or arrival_day
        or first_day
    ):
        target.date, target.date_text = other.date, other.date_text
        target.visit_dated = other.visit_dated
    if other.kind == "summit" or (other.kind == "call" and target.kind == "talks"):
        target.kind = other.kind
    if visit_only:
        target.status = other.status
        target.visit = False
    elif other.status == "held" and _proposal_met(target, other):
        target.status = "held"  # the proposal was taken up


def finish(
    candidates: list[Candidate], people: list[Person], analysis: Analysis, gazetteer: Gazetteer
) -> list[Meeting]:
    """Complete the candidates from context and turn them into records."""
    text = analysis.text
    records: list[Meeting] = []
    earlier: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: c.start):
        sides = {people[p].country for p in candidate.participants if people[p].country}
        if len(sides) >= 2 and not candidate.parties >= _SIX_PARTY_STATES:
            # the participants' states; the six-party talks keep all six (few are named)
            candidate.parties = {s for s in sides if s}
        else:
            candidate.parties |= {s for s in sides if s}
        if candidate.location is None and candidate.kind != "call":
            context = _place_context(candidate, earlier)
            if context is not None and _same_time(candidate, context):
                candidate.location = context.location
                candidate.location_country = context.location_country
        if (
            len(candidate.parties) < 2
            and candidate.location_country
            and candidate.location_country not in candidate.parties
            # a visit meets its host; talks merely held somewhere do not make it a side
            and candidate.trigger in _VISIT_WORDS
        ):
            candidate.parties.add(candidate.location_country)
        _dateline_fallback(candidate, analysis, gazetteer)
        if candidate.location is None and candidate.named_venue and candidate.kind != "call":
            # "called on Lee at the Istana", "met at the Ritz-Carlton Millenia hotel": a venue
            # the gazetteer does not know, in the city the story is filed from or set in
            candidate.location, candidate.location_country = _story_city(analysis, gazetteer)
        if candidate.kind == "call":
            candidate.location = None  # a call has no place, whatever a merged mention said
        earlier.append(candidate)
    for candidate in candidates:
        parties = sorted(p for p in candidate.parties if p)
        international = any(people[p].international for p in candidate.participants)
        if (
            len(parties) < 2
            and not international
            and (
                # a UN official's talks in Pyongyang: the organisation is the other side
                len(candidate.participants) < 2
                # officials known to serve one state only: an internal meeting, not diplomacy
                # (a state inferred from the meeting itself proves nothing)
                or all(people[p].official is not None for p in candidate.participants)
            )
        ):
            continue
        if len(parties) < 1:
            continue
        for person in candidate.participants:
            people[person].participant = True
        records.append(
            Meeting(
                participants=tuple(
                    people[p].name for p in candidate.participants if people[p].is_envoy
                ),
                parties=tuple(parties),
                location=candidate.location,
                date=candidate.date,
                date_text=candidate.date_text,
                status=candidate.status,
                kind=candidate.kind,
                evidence=Span.of(text, *candidate.evidence),
            )
        )
    return records


def _carry_place(candidate: Candidate, earlier: list[Candidate], reach: int) -> None:
    """An unplaced meeting of the people just placed is held where they are:
    "X and Y met in Tokyo. Earlier, X met Z. He also met W" are all in Tokyo."""
    if candidate.location is not None or candidate.kind == "call" or candidate.visit:
        return
    context = _place_context(candidate, earlier, reach)
    if context is not None and (_same_time(candidate, context) or _during_stay(candidate, context)):
        candidate.location = context.location
        candidate.location_country = context.location_country
        candidate.location_is_country = context.location_is_country


def _days_apart(a: Candidate, b: Candidate) -> bool:
    """Two dates no more than a month apart: an arrival and the talks it is for."""
    if a.date is None or b.date is None:
        return True
    if a.date.month is None or b.date.month is None:
        return False  # a year told against a day: another time
    months = (a.date.year - b.date.year) * 12 + a.date.month - b.date.month
    return abs(months) <= 1


def _during_stay(candidate: Candidate, trip: Candidate) -> bool:
    """True for a day in the week after an arrival: "arrived in Seoul on Saturday for a
    five-day trip. He met Lee on Tuesday" is a meeting of that stay.

    >>> trip = Candidate(0, 0, 1, "talks", "held", "arrived in", date=PartialDate(2021, 6, 19))
    >>> met = Candidate(1, 0, 1, "talks", "held", "met", date=PartialDate(2021, 6, 22))
    >>> _during_stay(met, trip), _during_stay(trip, met)
    (True, False)
    """
    arrived, day = trip.date, candidate.date
    if not _arrival(trip) or arrived is None or day is None:
        return False
    first, then = arrived.to_date(), day.to_date()
    return first is not None and then is not None and 0 < (then - first).days <= 7


def _same_time(a: Candidate, b: Candidate) -> bool:
    """No dates that tell the two mentions apart ("in 2018" is not this week's visit)."""
    return a.date is None or b.date is None or a.date.contains(b.date) or b.date.contains(a.date)


def _place_context(
    candidate: Candidate, earlier: list[Candidate], reach: int = 3
) -> Candidate | None:
    """The latest earlier mention, at most ``reach`` sentences back, that places the same people."""
    for previous in reversed(earlier):  # in text order, so the search stops ``reach`` back
        if candidate.sentence - previous.sentence > reach:
            return None
        if (
            previous.location
            and previous.status == candidate.status
            and set(candidate.participants) & set(previous.participants)
        ):
            return previous
    return None


def _placed_before(candidate: Candidate, earlier: list[Candidate]) -> bool:
    """True when an earlier mention already placed this one's occasion, so the dateline
    must not ("Kim held talks with Putin at the cosmodrome. Kim arrived at its station on
    the same day"): its people at the same time two sentences back at most, its sides in
    this sentence or the one before, or all its people anywhere before."""
    context = _place_context(candidate, earlier, reach=2)
    return (
        (context is not None and _same_time(candidate, context))
        or _placed_sides(candidate, earlier)
        or _told_before(candidate, earlier)
    )


def _placed_sides(candidate: Candidate, earlier: list[Candidate]) -> bool:
    """True when the sentence before or this one placed an occasion of the same sides and
    status, at the same time, that this unnamed-side mention can be ("Talks at Panmunjom
    began on Saturday. X and Y sat across the table from A and B."): it is there, not at
    the dateline.

    >>> talks = Candidate(0, 0, 1, "talks", "held", "talks", parties={"KOR", "PRK"},
    ...     location="Panmunjom")
    >>> _placed_sides(Candidate(1, 0, 1, "talks", "held", "met", parties={"KOR", "PRK"}), [talks])
    True
    """
    if len(candidate.parties) < 2:
        return False
    for e in reversed(earlier):  # in text order: stop a sentence back, not at the start
        if candidate.sentence - e.sentence > 1:
            return False
        if (
            e.location is not None
            and e.sentence <= candidate.sentence
            and e.status == candidate.status
            and e.kind == candidate.kind
            and candidate.parties <= e.parties
            and _same_time(candidate, e)
        ):
            return True
    return False


def _story_city(analysis: Analysis, gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    """The city a story is filed from (its dateline's), or else the city-state it names
    at least twice: where its venues that no place names stand."""
    dateline = analysis.clean.dateline
    place = gazetteer.place(dateline) if dateline else None
    if place is not None and (place.kind == "city" or place.country in _CITY_STATES):
        return place.name, place.country
    counts: dict[str, int] = {}
    for fact in analysis.sentences:
        for term in fact.terms:
            code = term.code
            if term.kind == "country" and code is not None and code in _CITY_STATES:
                counts[code] = counts.get(code, 0) + 1
    named = [code for code, count in counts.items() if count >= 2]
    if len(named) == 1:
        state = gazetteer.place(_CITY_STATES[named[0]])
        if state is not None:
            return state.name, state.country
    return None, None


def _dateline_fallback(candidate: Candidate, analysis: Analysis, gazetteer: Gazetteer) -> None:
    """Agency copy reports the day's event from where it happened: "PYONGYANG, Oct. 9 (Xinhua) --"."""
    dateline = analysis.clean.dateline
    if not dateline or candidate.status != "held" or candidate.kind == "call":
        return
    place = gazetteer.place(dateline)
    if place is None or place.country not in candidate.parties:
        return
    if candidate.location is not None:
        venue = gazetteer.place(candidate.location)
        if venue is not None and _VENUE_CITIES.get(venue.name) == place.name:
            # "MOSCOW (AFP) -- ... talks at the Kremlin": the venue's city is named
            candidate.location, candidate.location_is_site = dateline, False
        elif (
            candidate.location_is_country
            and candidate.location_country == place.country
            and place.country != place.name
            and _news_of_the_day(candidate.date, analysis.published)
        ):
            # "HANOI (Xinhua) -- ... who is on an official visit to Vietnam": the city of the
            # day's report says more than its country
            candidate.location, candidate.location_is_country = dateline, False
        return
    if candidate.place_withheld:
        return  # "met in a Southeast Asian country": the text keeps the place back
    if not _news_of_the_day(candidate.date, analysis.published):
        return  # "their March summit" in a May story: not the event the dateline reports
    story = [i for i, f in enumerate(analysis.sentences) if f.sentence.kind == "story"]
    if candidate.sentence not in story[:4]:
        return
    candidate.location = dateline
    if candidate.date is None and analysis.dateline_date is not None:
        candidate.date = analysis.dateline_date.resolve(analysis.published, "past")
        candidate.date_text = analysis.dateline_date.text


def _told_before(candidate: Candidate, earlier: list[Candidate]) -> bool:
    """True when an earlier, placed mention has all of this one's people: "Kim received
    Shoigu on July 26 ... Kim had a talk with Shoigu" goes on about that occasion, which
    merging joins; the dateline must not give it a day of its own."""
    people = set(candidate.participants)
    return len(people) >= 2 and any(
        c.location is not None and people <= set(c.participants) and c.status == candidate.status
        for c in earlier
    )


def _news_of_the_day(date: PartialDate | None, published: dt.date | None) -> bool:
    """True unless the occasion is dated away from the publication day (a week or more).

    >>> _news_of_the_day(PartialDate(2024, 3), dt.date(2024, 5, 15))
    False
    >>> _news_of_the_day(PartialDate(2024, 5, 14), dt.date(2024, 5, 15))
    True
    """
    if date is None or published is None:
        return True
    if date.day is not None and date.month is not None:
        return abs((dt.date(date.year, date.month, date.day) - published).days) < 7
    if date.month is not None:
        return (date.year, date.month) == (published.year, published.month)
    return date.year == published.year


def assign_countries_from_meetings(candidates: list[Candidate], people: list[Person]) -> None:
    """A participant of unknown state takes the one side the others leave open."""
    for candidate in candidates:
        known = {people[p].country for p in candidate.participants if people[p].country}
        sides = set(candidate.parties)
        if len(sides) < 2 and candidate.location_country:
            sides.add(candidate.location_country)
        open_sides = sides - known
        unknown = [
            p
            for p in candidate.participants
            if not people[p].country and not people[p].international
        ]
        if not known and len(sides) < 2 and candidate.parties:
            # "X will visit Washington", "X flew in for talks with U.S. officials": the one
            # side the text names (a host, a counterpart) is not the unknown traveller's
            continue
        if unknown and len(open_sides) == 1:
            for person in unknown:
                people[person].country = next(iter(open_sides))
