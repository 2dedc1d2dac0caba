"""Channels: standing means of contact between governments.

A channel is named by a head noun from ``data/channels.json`` (hotline,
communication lines, liaison office, the New York channel, an exchange of
letters) with the modifiers before it ("inter-Korean", "direct") and a
place after it ("in Kaesong").  Its status comes from the verbs around it:
restored ("reopened", "reactivated"), severed ("cut off", "blew up",
"refused"), open ("is always open", "through"), proposed ("considering
opening", "potential"); a threat ("warned of a shutdown") leaves it unsaid.
Mentions of one channel (the same family of head noun between the same
states) are merged; the most recent turn of its story wins: a line that was
cut and then restored is restored.  Two channels listed in one sentence ("the
military line and a hotline") stay two.

A channel may also be told by its route alone: a message sent "through its
embassy in Beijing", "via North Korean diplomats at the U.N." names the
route as the channel (open when used, severed when refused, proposed under a
modal).  One letter is a channel only when its fate is told: refused (severed)
or answered (open).  A name just after "no" or "without" is no channel.

A channel set up ("installed in 2018") is open, and proposed under a modal or a
pledge ("agreed on Tuesday to set up"); a cut under "would" is decided, under
"could" or "may" only possible.  An earlier turn told in a time clause ("weeks
after it was restored") or an aside (", which opened in 1971,") neither sets
the status nor dates it, and a sentence that opens with a pronoun ("It was
restored in 2018.") goes on about the channel named just before.  A capital
after "in" is where a route or an event is, not a side, except a Korea's; a
line or office that names one Korea alone links both.

Lines of one family are told apart by their kind and side (the liaison line, a military
line, the Red Cross channel, the leaders' hotline; the western and the eastern line); a
line named at Panmunjom is the channel a message "through the truce village" went over,
and a stock name beats a route description as the record's name.  A clause after the
name may go on about it (", but it started working again"), an aside or a concession
sets no status, and a turn told in the past perfect is background.  An embassy or a
go-between that passed on a message is a channel too; captions left among the
paragraphs ("A file photo shows ...") are no evidence.

A group named with its members ("all lines, including a hotline") is one channel when
it lists one member told nowhere else, and gives way to its members when it lists
several; a side that "will reject any contact" with the other cuts their channels; what
happened "where" a channel sits is another event; a letter sent to another government's
leader outside any meeting is a channel; the day a message went through a route does not
date it; a proposal made without a day of its own takes the day of the lead's occasion;
a television channel, an agency's own office and a hotline for callers are no channels.

A serial list ("the liaison line, the military lines, the test line, and the hotline")
names separate channels that share the verb before it and the time after it; a line named
"of" another channel ("the liaison line of the joint liaison office") is that channel; one
called "separate" is none named before.  A letter received from a named sender, or sent
to a named addressee ("sent Trump a letter"), is open unless handed over in person;
letters of private people ("between separated families") are no channel; a link line
("Read more on X : ...") is no evidence.  "Should", "must" and "is to be" propose;
working "again", "for the first time since", "back up and running" and "normalized"
restore; "offline", "shuttered" and "stopped using" cut.

An embassy whose state a copula tells ("has been closed since May 2020", ", which remains
open") links its owner and its host, and an ambassador in a third capital "accredited to"
a state links his state and that one; a future arrangement "through diplomatic channels",
one message borne by a visitor and "a direct line to" a person are no channels.  A
", saying ..." clause sets no status; "never opened" proposes; "lasted less than" cuts;
"keep in touch through" under "would" is open; a route used once but "left silent since"
is cut; "the same afternoon" takes the day told before it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from ..gazetteer import Gazetteer
from ..models import Channel, ChannelStatus, Span
from ..partial_date import PartialDate
from ..recognize.dates import Direction
from ..recognize.trie import (
    anchor_positions,
    anchor_words,
    fewest_anchors,
    fold_case,
    folded_word_list_pattern,
    holds_any,
    word_list_source,
)
from ..resources import load_json
from .analysis import Analysis
from .envoys import Person
from .meetings import MeetingExtractor

_DATA = load_json("channels.json")


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in ordered)


_MODIFIER = re.compile(
    rf"""
    (?:
        (?<![\w-])(?:{_alternation(_DATA["modifiers"])})   # an adjective of channels
      | (?<![\w-])(?:{_alternation(_DATA["between_sides"])})['’]  # whose: "the leaders' hotline"
      | (?<![\w-])(?:east|west|eastern|western)\sand           # "East and West Sea lines"
      | (?-i:[A-Z])[\w.'’]{{0,30}}(?:-(?-i:[A-Z])[\w.'’]{{0,30}}){{0,3}}  # or a capitalised word: U.S.-North
    )\s$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CUE = {
    status: folded_word_list_pattern(_DATA[status], any_space=True)
    for status in ("restored", "severed", "open", "proposed", "hypothetical")
}
# "installed in 2018", "agreed to set up": a channel made; open when done, proposed under a modal.
_ESTABLISHED = folded_word_list_pattern(_DATA["established"], any_space=True)
# "such as establishing hotlines": the act named as a thing, done only when a modal says so.
_NOMINAL_ESTABLISHMENT = folded_word_list_pattern(_DATA["nominal_establishments"], any_space=True)
# "restored in July but cut again": a later turn of the story in the same clause.
_SEQUEL = folded_word_list_pattern(_DATA["sequels"], any_space=True)
_REFUSAL_WORDS = frozenset(_DATA["refusals"])
# "the North may scrap the office": "may" as a verb, in lower case (the month is "May"),
# over the original text.
_MAY = re.compile(r"(?<![\w-])may\s(?:not\s|well\s|soon\s)?(?=[a-z])")
# "would cut" is a decision, "could cut" a possibility: neither proposes a channel.
_BARE_MODALS: dict[str, bool] = _DATA["bare_modals"]
# "a hotline for defectors", "a channel with residents": a service line of one government,
# not a channel between two.
_SERVICE_AFTER = re.compile(
    rf"""
    \s(?:for|with)\s(?:[\w'’-]{{1,20}}\s){{0,2}}?    # for (American, North Korean)
    (?:{_alternation(_DATA["service_users"])})(?![\w-])  # its users
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "defectors can call a hotline": its users calling it (over the folded text).
_SERVICE_CALLER = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["service_users"])})\s  # defectors
    (?:can\s|may\s|could\s|will\s)?(?:call|calls|called|dial|dialled|dialed|reach)\s
    (?:a|an|the|its)\s(?:[\w'’-]{{1,20}}\s)?$                 # a (free)
    """,
    re.VERBOSE,
)
# "aired on the official channel", "broadcast on": a television channel.
_BROADCAST = re.compile(
    rf"(?<![\w-])(?:{_alternation(_DATA['broadcasts'])})\s(?:[\w'’.-]{{1,20}}\s){{0,3}}$"
)
# "a tip hotline", "an emergency hotline": a service named by the word before it.
_SERVICE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alternation(_DATA['service_modifiers'])})\s$", re.IGNORECASE
)
# "two months after it was restored", "since they were cut": an earlier turn of the story
# told inside a time clause; the clause's main verb says where the channel stands now.
_EARLIER_TURN = re.compile(
    r"""
    (?<![\w-])(?:after|since|before|following)\s   # a time conjunction
    (?:it|they|them|the\s[a-z]{1,20}|[a-z]{2,20}ing)\s  # its subject, or a gerund: "restoring"
    [^,;]{0,80}                                      # to the end of that clause
    """,
    re.VERBOSE,
)
# "despite the collapse of the summit": a phrase about another thing (over folded text).
# ", saying it would treat the South as an enemy": the reason or words the actor gave;
# its modals tell nothing of the channel named before (over the folded text).
_REPORT_TAIL = re.compile(rf",\s(?:{_alternation(_DATA['report_participles'])})\s[^;]{{0,200}}")
_CONCESSION = re.compile(rf"(?<![\w-])(?:{_alternation(_DATA['concessions'])})\s[^,;]{{0,80}}")
# "for the first time in two months": a use after a silence is a restoration (a line set
# up "for the first time in 70 years" is made, not restored; see _status).
_FIRST_TIME_IN = re.compile(
    r"""
    (?<![\w-])for\sthe\sfirst\stime\s
    (?:in\s                                                    # for the first time in
      (?:a|an|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s
      (?:[a-z-]{1,12}\s)?(?:days?|weeks?|months?|years?)(?![\w-])  # (more than) two months
    | since\s                                                  # ... since June, since it cut
    )
    """,
    re.VERBOSE,
)
# "would not restore", "refused to reopen": a cue denied just before it (folded text).
_CUE_NEGATION = re.compile(
    rf"""
    (?:(?<![\w-])|(?<=n))(?:{_alternation(_DATA["cue_negations"])})  # not, refused to
    \s(?:(?:yet|be|been|immediately|soon|fully|to|even)\s){{0,2}}$  # "not yet", "not be"
    """,
    re.VERBOSE,
)
# "exchanged messages": a bare "messages" is a channel only as an exchange (folded text).
_EXCHANGE_ONLY = frozenset(_DATA["exchange_only"])
_EXCHANGED_BEFORE = re.compile(r"(?<![\w-])exchang(?:e|es|ed|ing)\s(?:[a-z'’-]{1,20}\s)?$")
_ROUTE_PREPOSITION_AFTER = re.compile(
    rf"\s(?:[a-z]{{1,15}}\s)?(?:{_alternation(_DATA['route_prepositions'])}|over)\s"
)  # "exchanged messages (daily) through the Red Cross channel"
# "had been restored", "had cut": a turn told in the past perfect, before the news.
_PLUPERFECT = re.compile(
    r"(?<![\w-])had\s(?:been\s)?(?:[a-z]{2,15}ly\s)?[a-z]{2,20}(?:ed|en|ut|wn)(?![\w-])"
)
# Where one clause of a sentence ends and the next, about another thing, begins.
_CLAUSE_BREAK = re.compile(
    r"""
    ;                                  # "a potential liaison office; South Korea opened one"
    | \.\.\.|…                         # a quotation cut short
    | ,\s(?:and|but|while|whereas)\s   # a contrast, or a clause about something else
    | ,\s(?:although|though|even\sthough)\s  # "no talks since 1992, although the offices ..."
    """,
    re.VERBOSE,
)
# Cue lists read over a clause's folded text; see _status, _letter_status and _route_status.
# "would possibly be the restoration", "agreed to reopen": a restoration not yet done.
_MODAL = folded_word_list_pattern(_DATA["modals"], any_space=True)
# "could relay it through": a route only offered (the narrower list: "a proposal" sent is content).
_ROUTE_MODAL = folded_word_list_pattern(_DATA["route_modals"], any_space=True)
# "agreed on Tuesday to reopen", "pledged to set up": a promise, which a modal's place takes.
_PLEDGE = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["pledges"])})\s   # agreed, promised
    (?:[a-z0-9,.]{{1,20}}\s){{0,3}}                     # "on Tuesday", "in principle"
    to\s                                              # to (do it)
    """,
    re.VERBOSE,
)
# Offices sit in one of the capitals they link: "a liaison office in Washington".
_HOSTED_FAMILIES = frozenset(_DATA["hosted_families"])
# "the Stockholm agreement", "the Singapore summit": a capital naming an event, not a side.
_NAMED_FOR_A_PLACE = re.compile(
    rf"\s(?:{_alternation(_DATA['named_for_a_place'])})(?![\w-])", re.IGNORECASE
)
# "agreed to", "offered": a proposal already made, so its day is in the past.
_PAST_PROPOSAL = folded_word_list_pattern(_DATA["past_proposals"], any_space=True)
_ROUTE_PREPOSITION = folded_word_list_pattern(_DATA["route_prepositions"], any_space=True)
_REFUSAL = folded_word_list_pattern(_DATA["refusals"], any_space=True)  # "refused to accept"
_ANSWER = folded_word_list_pattern(_DATA["answers"], any_space=True)  # "has replied to the letter"
_PENDING = folded_word_list_pattern(_DATA["pending"], any_space=True)  # "awaiting a reply"
# "reopening", "restoration": a restoration named as a thing, which a modal may govern.
_NOMINAL_RESTORATIONS = frozenset(_DATA["nominal_restorations"])
_CONDITIONAL = re.compile(r"(?<![\w-])(?:if|unless)\s")  # "if the lines are reopened"
# Heads that name one item, not a standing means: a channel only with its fate told.
_ONE_OFF = frozenset(" ".join(p.lower().split()) for p in _DATA["one_off"])
_NEGATOR_WORDS = frozenset(w for w in _DATA["negators"] if " " not in w)
# "no hotline", "without a liaison office": the words just before a name that deny it.
_NEGATED = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["negators"])})  # a negator
    \s(?:[a-z]{{1,20}}\s)?$                            # right before the name, or one word
    """,
    re.VERBOSE,
)
# "were never opened", "has not yet been set up", "has yet to be installed": a channel
# agreed or planned that never came to be (over the folded text, before the verb).
_NEVER_BEFORE = re.compile(
    r"""
    (?<![\w-])(?:never|not\syet|yet\sto)\s   # the denial of its making
    (?:been\s|be\s)?$                         # "never been", "yet to be"
    """,
    re.VERBOSE,
)
# "did not send it through", "never went via": a route denied before its preposition.
_NOT_BEFORE = re.compile(
    r"""
    (?:(?<![\w-])(?:not|never|stopped|ceased|no\slonger)|n't)\s  # a negation, or an end of use
    (?:[a-z]+\s){0,6}$                        # a few words before the route
    """,
    re.VERBOSE,
)
# "through their embassies", "via Pyongyang's UN mission": a message sent by a route is
# a channel named by the route (over the folded text).
# (?<![\w-])(?:through|via|...) as the engine can skip through it to the words' initials
_PREPOSITIONS = word_list_source(
    [w.lower() for w in _DATA["route_prepositions"] + _DATA["deliveries"]], any_space=True
)
_ROUTE = re.compile(
    rf"""
    {_PREPOSITIONS}\s                                   # how it went: through, via
    (?:(?:the|their|its|his|her|our|a|an)\s)?                    # a determiner, not in the name
    (?P<name>
      (?:(?!(?:{_alternation(_DATA["route_stops"])})\s)[\w.'’-]{{1,30}}\s){{0,4}}?  # owners and adjectives
      (?P<noun>{_alternation(list(_DATA["routes"]))})                   # the route itself
    )(?![\w-]|['’]s)                                       # not "the embassy's website"
    """,
    re.VERBOSE,
)
# Every route match holds one of these words of its noun: a sentence without any is not
# searched (a substring test is far cheaper than the search).
_ROUTE_ANCHORS = fewest_anchors(_DATA["routes"])
_ROUTE_FAMILY = {" ".join(noun.lower().split()): family for noun, family in _DATA["routes"].items()}
# "Britain will reopen its embassy in Pyongyang", "closed its embassy in Madrid": a
# state's embassy in another's capital, whose own turn is told (over the original text).
_EMBASSY_TURN = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["embassy_turns"])})\s  # reopen, closed, set up
    (?:its|their|an|a|the)\s(?:[a-z-]{{3,12}}\s)?           # its (new)
    (?P<name>embassy\s(?:in|at)\s[A-Z][\w-]{{2,30}})       # embassy in Pyongyang
    (?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "the British embassy in Pyongyang has been closed since May 2020", "the embassy in
# London, which remains open": an embassy whose present state is told (a parliamentary
# answer, a ministry's brief) is the channel between its owner and its host.
_EMBASSY_STATES: dict[str, ChannelStatus] = _DATA["embassy_states"]
_EMBASSY_STATE = re.compile(
    rf"""
    (?<![\w-])(?P<name>
      (?:(?!(?:The|Its|Their|This|That|An?)\s)[A-Z][\w.'’-]{{1,20}}\s)?  # British, DPRK
      [Ee]mbassy\s(?:in|at)\s[A-Z][\w-]{{2,30}})                     # embassy in Pyongyang
    (?:,\s(?:which|that))?                                          # ", which"
    \s(?:has\s|have\s|had\s)?                                       # "has"
    (?:been|is|was|remains|remained|stays|stayed)\s                 # the copula
    (?:still\s|largely\s|temporarily\s){{0,2}}                        # a hedge
    (?P<state>{_alternation(list(_EMBASSY_STATES))})(?![\w-])       # open, closed
    """,
    re.VERBOSE,
)
# "Canada's ambassador in Seoul is also accredited to Pyongyang": a non-resident
# accreditation is a standing channel between the envoy's state and the one he is
# accredited to (over the original text).
_ACCREDITED = re.compile(
    r"""
    (?<![\w-])(?P<name>(?:[Aa]mbassador|[Ee]mbassy)\s(?:in|at)\s[A-Z][\w-]{2,30})  # where it sits
    \s(?:is\s|are\s|was\s|has\sbeen\s)?(?:also\s)?      # "is also"
    accredited\sto\s(?:the\s)?(?P<to>[A-Z][\w-]{2,30})     # the state it serves
    """,
    re.VERBOSE,
)
# "Canada's ambassador": the owner, a possessive just before the name.
_OWNER_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.-]{1,30}['’]s?\s$")
# "through North Korea's embassy": the embassy is the way another channel runs.
_THROUGH_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alternation(_DATA['route_prepositions'])})\s(?:[\w.'’-]{{1,30}}\s){{0,3}}$",
    re.IGNORECASE,
)
# Places and bodies that carry goods and people as well as words: a route only for a message.
_CROSSINGS = frozenset(" ".join(p.lower().split()) for p in _DATA["crossings"])
_MESSAGE = folded_word_list_pattern(_DATA["message_words"], any_space=True)
_RESIDENT_ONLY = frozenset(_DATA["resident_only"])
# "mission in Geneva", "delegation based at ...": a resident mission, not a trip "to" a place.
_RESIDENT_TAIL = re.compile(r"\s(?:stationed\s|based\s|posted\s)?(?:in|at)\s")
# "U.N.", "United Nations", "New York": a route through the North's UN mission.
_UN = re.compile(rf"(?<![\w.])(?:{_alternation(_DATA['un_words'])})(?![\w])")
# Where a route is: "in Beijing", "stationed at the U.N. headquarters", "to the DPRK".
_ROUTE_TAIL = re.compile(
    r"""
    (?:\s(?:stationed|based|posted|accredited))?        # "diplomats stationed ..."
    \s(?:in|at|to)\s(?:the\s)?                          # where
    [A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){0,3}   # a capitalised place or body
    (?:\s(?:headquarters|office|offices))?               # "the U.N. headquarters"
    """,
    re.VERBOSE,
)
# "through China and other diplomatic channels": a head that names the route itself.
_ROUTE_BEFORE = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["route_prepositions"])})\s   # through, via
    (?:[\w.'’-]{{1,30}}\sand\s)?                                  # "China and"
    (?:(?:the|their|its|his|her|our|a|an|other)\s)?(?:so-called\s)?$  # a determiner, the name
    """,
    re.VERBOSE,
)
# "has a direct line to Kim": a line to a person (a name or a pronoun, not a capital's
# government) is the figure of speech for access (over the original text).
_ACCESS_HEADS = frozenset(" ".join(p.lower().split()) for p in _DATA["access_heads"])
_ACCESS_AFTER = re.compile(r"\sto\s(?P<whom>him|her|them|[A-Z][a-z]+(?![\w-]))")
# "the embassy in Beijing", "diplomatic channels in Beijing": a capital that hosts a route.
_HOSTED_BEFORE = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation([*_DATA["routes"], "channel", "channels", "route"])})  # the route
    \s(?:(?:stationed|based|posted)\s)?(?:in|at)\s(?:the\s)?$  # placed in
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "signals through China and other channels": a state a message passes through is a go-between.
_VIA_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alternation(_DATA['route_prepositions'])})\s(?:the\s)?$", re.IGNORECASE
)
# "The Swedish embassy, which represents U.S. interests, passed on the request": an
# embassy that carries a message is a channel (over the original text: the owner is
# capitalised).
_CARRIER = re.compile(
    rf"""
    (?<![\w-])(?:[Tt]he\s|[Ii]ts\s|[Tt]heir\s)?               # not in the name
    (?P<name>
      (?P<owner>(?:[A-Z][\w'’.-]{{0,30}}\s){{1,2}})          # its owner: "Swedish"
      (?:[Ee]mbassy|[Ll]egation|intermediar(?:y|ies)|go-betweens?|diplomats?)  # the go-between
      (?:\s(?:in|at)\s[A-Z][\w-]{{1,30}})?                     # where it sits
    )
    (?:,\s(?:which|that)\s[^,;]{{1,100}},)?\s                  # an aside
    (?:has\s|had\s|have\s|also\s){{0,2}}                      # has (also)
    (?:{_alternation(_DATA["carrier_verbs"])})(?![\w-])      # passed on, relayed
    """,
    re.VERBOSE,
)
_CARRIER_WORDS = ("embass", "legation", "intermediar", "go-between", "diplomat")
# Routes a state owns ("the North Korean delegation"); a go-between's are never a side's.
_GO_BETWEENS = frozenset(
    word.lower() for word in (*_DATA["intermediaries"], "intermediaries", "go-betweens")
)
_OWNED_ROUTES = [noun for noun in _DATA["routes"] if noun.lower() not in _GO_BETWEENS]
# "via the North Korean delegation": a state right before the route owns it.
_ROUTE_NOUN_AFTER = re.compile(
    rf"\s(?:[\w-]{{1,20}}\s)?(?:{_alternation(_OWNED_ROUTES)})(?![\w-])", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")  # "via Pyongyang's mission": the owner is a side
# ", which was opened in 1971,": an aside about the channel's past, closed by a comma.
_ASIDE = re.compile(r",\s(?:which|that|who)\s[^,;]{1,120},")
# "through their embassies in Beijing, where officials met last year": what happened at
# the place a channel sits is another event, with its own date and states (to the next
# comma or the clause's end).
_WHERE = re.compile(r",\s(?:where|at\swhich)\s[^,;]{1,160}")
_AT_THE_TIME = re.compile(r"\bat\sthe\stime\b", re.IGNORECASE)
# "the same afternoon", "later that day": the day named before in the sentence (folded text)
_SAME_DAY = re.compile(
    r"(?<![\w-])(?:the\ssame|later\sthat|that)\s(?:day|morning|afternoon|evening|night)(?![\w-])"
)
_LETTERS_CONTEXT = re.compile(r"\b(?:personal|exchang\w*|through|correspondence)\b", re.IGNORECASE)
# "not responded to (the) ... letters", "answered his letters": a fate told before them
_LETTER_FATE_BEFORE = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["refusals"] + _DATA["answers"])})  # not responded
    (?:\sto)?\s(?:[\w.'’-]{{1,20}}\s){{0,3}}$                          # to Biden administration
    """,
    re.VERBOSE,
)
# "a letter from Trump", "letters between the two leaders", "letters with Moon"
_FROM_OR_TO_SOMEONE = re.compile(
    r"""
    ["”’']?                        # the close of a quoted name: "love letters" with
    \s(?:from|to|between|with)\s  # whose
    (?:the\s)?(?:[A-Z]|two\s)      # a named writer, or the two leaders
    """,
    re.VERBOSE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s(?:the\s)?$")  # "the first since the 1953 armistice"
# "letter of credence": a document of an ambassador's posting, not a message.
_NOT_A_MESSAGE_AFTER = re.compile(
    rf"\s(?:{_alternation(_DATA['not_a_message_after'])})(?![\w-])", re.IGNORECASE
)
# "the exchange of letters between separated families": private people's letters, no
# channel between governments (over the original text).
_PRIVATE_LETTERS_AFTER = re.compile(
    rf"""
    \s(?:between|among|from|to|of|by)\s(?:[\w'’-]{{1,20}}\s){{0,2}}?  # between (the separated)
    (?:{_alternation(_DATA["private_correspondents"])})(?![\w-])      # families
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "separate military hotlines were also working": a channel set apart from those before.
_DISTINCT_BEFORE = re.compile(r"(?<![\w-])(?:[Ss]eparate|[Dd]istinct)\s$")
# "the military hotlines ... were also working": a line of a kind told as one more.
_ALSO_AFTER = re.compile(r"(?:\s[a-z]{2,12}){0,6}?\s(?:were|was|are|is|have|has|had)\salso\s")
# "back channel talks", "back-channel negotiations" are meetings, not a channel.
_TALKS_AFTER = re.compile(
    rf"[\s-]?(?:{_alternation(_DATA['back_channel_meetings'])})(?![\w-])", re.IGNORECASE
)
# ", a Swedish diplomat said": the speaker's state is who speaks, not a side.
_ATTRIBUTION = re.compile(
    rf"""
    ,\s(?:a|an|the|one|two|several)\s(?:[\w.'’-]{{1,30}}\s){{0,3}}?  # ", a Swedish"
    (?:{_alternation(_DATA["speaker_roles"])})                       # diplomat
    \s(?:said|says|told|added)(?![\w-])                               # said
    """,
    re.VERBOSE,
)
# Letters and messages are items sent over a route, not the channel the route is.
_ITEM_FAMILIES = frozenset(("letters", "messages"))
_TRADE = folded_word_list_pattern(_DATA["trade_verbs"], any_space=True)  # "swapped"
_INTERMEDIARY_HEADS = frozenset(" ".join(p.lower().split()) for p in _DATA["intermediaries"])
_PLACE_AFTER = re.compile(r"\s(?:in|at)\s(?:the\s)?(?P<place>[A-Z][\w-]+)")  # "office in Kaesong"
# "between the two leaders", "between defense ministers", "between the navies"
_BETWEEN_AFTER = re.compile(
    rf"""
    \sbetween\s(?:the\s)?(?:two\s)?                # between (the two)
    (?:[a-z]+\s)?                                    # whose: "defense", "military"
    (?:{_alternation(_DATA["between_sides"])})(?![\w-])  # the sides: leaders, navies
    """,
    re.VERBOSE,
)
_THE_LEADERS = re.compile(r"\bthe\s(?:two\s)?leaders\b")  # the sides are the leaders named before
# "Sweden, which acts as the protecting power": the state that carries the messages.
# "Sweden, the protecting power for ...": the same, told in apposition.
_INTERMEDIARY_AFTER = re.compile(
    rf"""
    (?:
      (?:,\s(?:which|that|who)\s|\s)                 # "Sweden, which ..." or "Sweden ..."
      (?:[^,.;\n]{{1,60}}?(?:\sand\s|,\s))?              # "... has an embassy there and"
      (?:has\s|have\s|had\s|also\s){{0,2}}              # has (also)
      (?:acts|acted|serves|served|is|was)\sas\s       # ... acts as
    | ,\s                                          # or "Sweden, the protecting power"
    )
    (?:the\s|its\s|a\s)?
    (?:[\w.'’-]{{1,20}}\s){{0,2}}?                     # for whom: "the U.S. protecting power"
    (?:{_alternation(_DATA["intermediaries"])})      # the go-between's role
    """,
    re.VERBOSE,
)
# "a summit in Singapore", "an office in Pyongyang": a capital that is where something is.
_PLACED_BEFORE = re.compile(r"(?<![\w-])(?:in|at)\s(?:the\s)?$")
# An office or embassy in Pyongyang or Seoul links the Korea it sits in: no mere host.
_PENINSULA = frozenset(_DATA["peninsula"])
# Lines and liaison offices: the border's own channels, so one Korea named alone means both.
_BORDER_FAMILIES = frozenset(_DATA["border_families"])
# "inter-Korean", "north-south": a name that says which two states it links.
_INTER_KOREAN = re.compile(rf"(?:{_alternation(_DATA['inter_korean_names'])})", re.IGNORECASE)
# "It was restored in 2018.", "The lines were cut again": a sentence about the channel
# the sentence before named (read over the folded text from the sentence's start).
_ANAPHOR = re.compile(
    rf"""
    [\s"“‘']{{0,4}}                                           # quotes or spaces
    (?P<anaphor>{_alternation(_DATA["anaphors"])})             # it, they, the line
    \s(?:{_alternation(_DATA["anaphor_verbs"])})(?![\w-])     # was, were, has
    """,
    re.VERBOSE,
)
_SHUTDOWN = re.compile(r"shutdown|scrapping")  # a warned-of closing is no status yet
# "the liaison line" and "the military line", "the western" and "the eastern line": words
# that tell two channels of one family apart (over a name, in lower case).
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])"))
    for kind, words in _DATA["line_kinds"]
]
_COMPATIBLE_KINDS = [set(pair) for pair in _DATA["compatible_kinds"]]
_SIDES: dict[str, re.Pattern[str]] = {
    side: re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])")
    for side, words in _DATA["line_sides"].items()
}
# "the Panmunjom liaison line": a line named at a crossing is that crossing's channel.
_PLACE_FAMILIES: list[tuple[str, re.Pattern[str]]] = [
    (family, re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])"))
    for family, words in _DATA["place_families"].items()
]
# "A file photo shows ...": a caption left among the paragraphs (over the folded text).
_PHOTO_OPENING = re.compile(
    rf"""
    [\W]{{0,3}}(?:(?:a|an|the|this)\s)?                 # quotes, an article
    (?:{_alternation(_DATA["photo_openings"])})(?![\w])  # file photo, photo shows, photo:
    """,
    re.VERBOSE,
)
# "Read more on FRANCE 24 : Trump says ...": a link to another story left in the body,
# another story's headline, no evidence (over the folded text).
_LINK_LINE = re.compile(
    rf"""
    [\W]{{0,3}}(?:{_alternation(load_json("boilerplate.json")["link_headings"])})  # read more
    (?:\s(?:on|at|in|from)\s[^:\n]{{1,40}})?   # the outlet it points to: "on FRANCE 24"
    \s?[:|»›]                                    # the colon before the linked headline
    """,
    re.VERBOSE,
)
# "... on the hotline in this photo taken on Jan. 3": a caption told the other way round.
_PHOTO_PHRASE = folded_word_list_pattern(_DATA["photo_phrases"], any_space=True)
# "the military line along the western coast": the stretch of the border a line serves.
_SIDE_AFTER = re.compile(
    r"""
    \s(?:along|on|off|in|at|across)\s(?:the\s)?   # where
    (?:western|eastern|west|east)\s                 # which side
    (?:coast|sea|front|section|sector|border|side|part|end)  # of what
    (?:\sof\sthe\s(?:border|peninsula|DMZ))?        # "section of the border"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "The Swedish Embassy in Pyongyang acts as the protecting power": the embassy named as
# the subject is the channel (a capitalised owner, the embassy, its place).
_PROTECTOR_BEFORE = re.compile(
    r"""
    (?:(?:The|the)\s)?                            # not in the name
    (?P<subject>
      (?:[A-Z][\w'’.-]{0,30}\s){1,3}               # its owner: "Swedish"
      (?:[Ee]mbassy|[Ll]egation)                    # the mission
      (?:\s(?:in|at)\s[A-Z][\w-]{1,30})?            # where it sits
    )
    (?:,\s)?\s?(?:which\s)?(?:acts|acted|serves|served|is|was)\sas\s  # acts as
    (?:the\s|its\s|a\s)?$
    """,
    re.VERBOSE,
)
# A line used within a month of its restoration is still told as restored; used years
# after, it is simply open.
_STILL_NEWS_DAYS = 31
_PRIORITY: dict[ChannelStatus | None, int] = {
    "restored": 4,
    "severed": 3,
    "open": 2,
    "proposed": 1,
    None: 0,
}


# "... remains the only line of communication": a name after a copula says what the
# channel just named is, not another channel (over the folded text).
_PREDICATE_BEFORE = re.compile(
    r"""
    (?<![\w-])(?:is|was|are|were|remains|remained|became|becomes|has\sbeen|have\sbeen)\s
    (?:the|a|an|its|their)\s              # the
    (?:[a-z-]{1,15}\s){0,2}$               # only, main, last remaining
    """,
    re.VERBOSE,
)


@dataclass
class _Mention:
    name: str
    family: str
    parties: set[str]
    status: ChannelStatus | None
    date: PartialDate | None
    evidence: tuple[int, int]
    span: tuple[int, int]  # where the name is, to tell two channels listed in one sentence
    routed: bool = False  # named by the route a message took ("via its UN mission")
    earlier: bool = False  # its status told in the past perfect, before the story's news
    # "all lines, including a hotline": the group a listed member belongs to, and how
    # many members a group lists; how many mentions a merged record has absorbed.
    member_of: _Mention | None = None
    members: int = 0
    told: int = 1
    # the serial lists ("A, B, and C") the record's names are items of, by where they start
    listed: frozenset[int] = frozenset()
    distinct: bool = False  # "separate military hotlines": not any channel named before


class ChannelExtractor:
    """Builds channel records from an article's analysis."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # The heads come from the gazetteer, so a user file can add channels of its own.
        self._family = {
            _phrase_key(phrase): entry.family
            for entry in gazetteer.channels
            for phrase in (entry.name, *entry.aliases)
        }
        self._named = {
            entry.family: set(entry.parties) for entry in gazetteer.channels if entry.parties
        }
        phrases = [p for e in gazetteer.channels for p in (e.name, *e.aliases)]
        # (?<![\w-])(?:head|...)(?![\w-]) over Analysis.folded; see folded_word_list_pattern
        self._head = folded_word_list_pattern(phrases, any_space=True)
        # Most sentences name no channel: a substring test skips them before the scan.
        # An anchor that holds another ("hotlines", "hotline") adds no sentence: one find less.
        words = set(anchor_words(phrases) + anchor_words(_DATA["routes"]))
        words.add("accredited")  # "ambassador in Seoul is also accredited to Pyongyang"
        self._anchors = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))

    def extract(self, analysis: Analysis, people: list[Person]) -> list[Channel]:
        """The article's channels, one per channel, in order of first mention."""
        mentions: list[_Mention] = []
        folded = analysis.folded
        anchors = anchor_positions(folded, self._anchors)
        if not anchors:
            return []
        # the channels the last sentence that named any named, and that sentence
        last: tuple[int, list[_Mention]] | None = None
        for index, fact in enumerate(analysis.sentences):
            start, end = fact.sentence.start, fact.sentence.end
            first = bisect_left(anchors, start)
            anchored = first < len(anchors) and anchors[first] < end
            if not anchored and (last is None or last[0] != index - 1):
                continue  # it names no channel and follows none: nothing to read in it
            if (
                fact.sentence.kind != "story"
                or _PHOTO_OPENING.match(folded, start, end)
                or _PHOTO_PHRASE.search(folded, start, end)
                or _LINK_LINE.match(folded, start, end)
            ):
                continue  # a caption or a link, even one left among the paragraphs: no evidence
            count = len(mentions)
            if anchored:
                self._scan(analysis, people, index, mentions)
            if len(mentions) > count:
                last = (index, sorted(mentions[count:], key=lambda m: m.span[0]))
            elif last is not None and last[0] == index - 1:
                # "It was restored in 2018.": a sentence that names no channel may go on
                # about the one named just before.
                mention = _anaphora(analysis, index, last[1], mentions)
                if mention is not None:
                    mentions.append(mention)
                    last = (index, [mention])
        records = _merge(analysis.text, mentions)
        _refuse_contact(analysis, records)
        return [self._record(analysis, m) for m in records]

    def _scan(
        self, analysis: Analysis, people: list[Person], index: int, mentions: list[_Mention]
    ) -> None:
        """Add the channels that sentence ``index`` names by a head or a route."""
        folded = analysis.folded
        start, end = (
            analysis.sentences[index].sentence.start,
            analysis.sentences[index].sentence.end,
        )
        spans: list[tuple[int, int]] = []
        standing: list[int] = []  # where the names of standing channels end
        count = len(mentions)
        heads = [h for h in self._head.finditer(folded, start, end) if not _items(folded, h)]
        # "the liaison offices still exchange messages": what a channel named just
        # before carries are its items, not a channel of their own.
        heads = [
            h
            for h in heads
            if _phrase_key(h.group(0)) not in _EXCHANGE_ONLY
            or not any(
                0 <= h.start() - o.end() <= 80
                and not _CLAUSE_BREAK.search(analysis.text, o.end(), h.start())
                and "," not in analysis.text[o.end() : h.start()]
                for o in heads
                if o is not h
            )
        ]
        for head in heads:
            if spans and _PREDICATE_BEFORE.search(
                folded, max(start, head.start() - 50), head.start()
            ):
                continue  # "the New York channel remains the only line of contact": the same
            if any(
                _PART_OF.match(folded, head.end(), other.start()) is not None
                for other in heads
                if other.start() > head.end()
            ):
                continue  # "the liaison line of the joint liaison office": the office's own
            others = [h.span() for h in heads if h is not head]
            mention = self._mention(analysis, people, index, head, others)
            spans.append(head.span() if mention is None else mention.span)
            if mention is not None:
                mentions.append(mention)
                if mention.family not in _ITEM_FAMILIES:
                    standing.append(mention.span[1])
        _mark_members(analysis.text, mentions[count:])
        _serial_list(analysis.text, mentions, count)
        routes = (
            _ROUTE.finditer(folded, start, end)
            if holds_any(folded, _ROUTE_ANCHORS, start, end)
            else ()
        )
        for route in routes:
            if any(a < route.end() and route.start() < b for a, b in spans):
                continue  # "through the embassy route": the head has it already
            if any(0 <= route.start() - b <= 1 for b in standing):
                continue  # "a back channel through the North's embassy": the way it runs
            mention = self._route(analysis, people, index, route)
            if mention is not None:
                mentions.append(mention)
                spans.append(mention.span)
        text = analysis.text
        sentence = folded[start:end]
        accredited = _ACCREDITED.finditer(text, start, end) if "accredited" in sentence else ()
        for envoy in accredited:
            if _named_already(envoy.span("name"), spans):
                continue
            mention = self._accredited(analysis, people, index, envoy)
            if len(mention.parties) >= 2:
                mentions.append(mention)
                spans.append(mention.span)
        if not any(word in sentence for word in _CARRIER_WORDS):
            return  # most sentences name no embassy or go-between: skip the carrier scan
        # every turn and every told state names an "embassy" (any case: the folded sentence
        # has it lower-cased)
        embassy_named = "embassy" in sentence
        turns = _EMBASSY_TURN.finditer(text, start, end) if embassy_named else ()
        for turn in turns:
            name = turn.span("name")
            if _named_already(name, spans):
                continue  # by a head or a route
            embassy = self._embassy_turn(analysis, people, index, name)
            if len(embassy.parties) >= 2:
                mentions.append(embassy)
                spans.append(embassy.span)
        states = _EMBASSY_STATE.finditer(text, start, end) if embassy_named else ()
        for state in states:
            name = state.span("name")
            if _named_already(name, spans):
                continue  # by a head, a route or a turn
            if _THROUGH_BEFORE.search(text, max(start, name[0] - 40), name[0]):
                continue  # "a back channel through the embassy in Vienna": the way it runs
            embassy = self._embassy_state(analysis, people, index, state)
            if len(embassy.parties) >= 2:
                mentions.append(embassy)
                spans.append(embassy.span)
        for carrier in _CARRIER.finditer(text, start, end):
            if any(a < carrier.end("name") and carrier.start("name") < b for a, b in spans):
                continue  # named already, by a head or a route
            if not _MESSAGE.search(folded, carrier.end(), min(end, carrier.end() + 40)):
                continue  # "the embassy delivered food aid": goods, not words
            mention = self._carrier(analysis, people, index, carrier)
            if len(mention.parties) >= 2:  # "the British embassy passed it on": whose channel?
                mentions.append(mention)

    def _mention(
        self,
        analysis: Analysis,
        people: list[Person],
        index: int,
        head: re.Match[str],
        others: list[tuple[int, int]],
    ) -> _Mention | None:
        text = analysis.text
        fact = analysis.sentences[index]
        s_start, s_end = fact.sentence.start, fact.sentence.end
        key = _phrase_key(head.group(0))
        family = self._family[key]
        after = text[head.end() : head.end() + 20]
        if family == "back" and _TALKS_AFTER.match(after):
            return None
        if _SERVICE_BEFORE.search(text, max(s_start, head.start() - 20), head.start()):
            return None  # "a tip hotline": a service of one government
        if _SERVICE_CALLER.search(analysis.folded, max(s_start, head.start() - 50), head.start()):
            return None  # "defectors can call a hotline": a service, not a channel
        if _BROADCAST.search(analysis.folded, max(s_start, head.start() - 40), head.start()):
            return None  # "aired on the official channel": television
        if family in _HOSTED_FAMILIES and any(
            term.kind == "org"
            and not term.codes
            and head.start() - 40 <= term.end < head.start()
            and text[term.end : head.start()].strip()  # not "the Red Cross liaison office"
            for term in fact.terms
        ):
            return None  # "UNICEF has a liaison office in Pyongyang": an agency's own office
        access = _ACCESS_AFTER.match(text, head.end(), s_end) if key in _ACCESS_HEADS else None
        if access is not None and not any(
            t.codes and t.start == access.start("whom") for t in fact.terms
        ):
            return None  # "Xi has a direct line to Kim": one man's access; "to Seoul" is a line
        if key not in _INTERMEDIARY_HEADS and _SERVICE_AFTER.match(
            text, head.end(), min(s_end, head.end() + 60)
        ):
            return None  # "a hotline for defectors"; a protecting power for citizens is one
        if (
            family == "messages"
            and not key.endswith("messages")
            and _BORNE_BEFORE.search(analysis.folded, max(s_start, head.start() - 70), head.start())
        ):
            return None  # "the envoy conveyed a verbal message": borne in person, a visit's
        if family in ("letters", "messages") and (
            _NOT_A_MESSAGE_AFTER.match(text, head.end(), s_end)
            or _PRIVATE_LETTERS_AFTER.match(text, head.end(), s_end)
        ):
            return None
        if (
            family == "letters"
            and key not in _ONE_OFF
            and not _LETTERS_CONTEXT.search(text, max(s_start, head.start() - 30), head.end())
            and not _FROM_OR_TO_SOMEONE.match(text, head.end(), s_end)
            # "has not responded to Biden administration letters": their fate is told
            and not _LETTER_FATE_BEFORE.search(
                analysis.folded, max(s_start, head.start() - 40), head.start()
            )
        ):
            return None
        start = head.start()
        for _ in range(3):
            modifier = _MODIFIER.search(text, max(s_start, start - 30), start)
            if not modifier or modifier.group(0).strip().lower() in (
                "the",
                "a",
                "an",
                "its",
                "their",
            ):
                break
            if modifier.group(0).strip().lower() in _NEGATOR_WORDS:
                return None  # "No hotline links them": a sentence-initial negator
            start = modifier.start()
        if _NEGATED.search(analysis.folded[max(s_start, start - 40) : start]):
            return None  # "there is no hotline", "without a liaison office"
        end = head.end()
        place = _PLACE_AFTER.match(text[end : end + 40])
        if place and self.gazetteer.place(place.group("place")) is not None:
            end += place.end()
        between = _BETWEEN_AFTER.match(text[end : end + 40])
        if between:
            end += between.end()
        side = _SIDE_AFTER.match(text, end, min(s_end, end + 60))
        if side:
            end = side.end()  # "the military line along the western coast"
        family = _place_family(text[start:end], family)
        name_span = (start, end)
        if key in _INTERMEDIARY_HEADS:
            protector = _PROTECTOR_BEFORE.search(text, max(s_start, start - 80), start)
            if protector:
                name_span = protector.span("subject")  # "The Swedish Embassy ... acts as"
        c_start, c_end = _clause(text, s_start, s_end, start, end)
        folded_clause = analysis.folded[c_start:c_end]
        condition = _CONDITIONAL.search(analysis.folded, c_start, start)
        if condition and "," not in text[condition.end() : start]:
            return None  # "if a hotline were set up, ...": a channel only supposed
        if (
            key in _GENERIC_ROUTES
            and end == head.end()
            and _ARRANGED_THROUGH.search(analysis.folded, max(c_start, start - 60), start)
        ):
            return None  # "will be agreed through diplomatic channels": the usual course
        status: ChannelStatus | None
        route_used = False  # named as the way a message went: "through the New York channel"
        one_off = False
        earlier = False  # a turn told in the past perfect: "had been restored"
        if key in _ONE_OFF:
            # One letter is a channel only when its fate is told: refused, answered, awaited.
            fate = _letter_fate(analysis.folded, (s_start, s_end), (start, end))
            if fate is not None:
                status = _letter_status(fate)
            elif _sent_by_letter(analysis.folded, (s_start, s_end), (start, end)) or (
                (
                    (
                        _sent_letter(analysis.folded, (s_start, s_end), (start, end))
                        and _TO_SOMEONE_NAMED.match(text, end, s_end)
                    )
                    or _received_letter(text, analysis.folded, (s_start, s_end), (start, end))
                    or _sent_someone_letter(text, analysis.folded, (s_start, s_end), (start, end))
                )
                # a letter sent or received, never told handed over in person
                and not _handed_over_in_story(analysis.folded)
            ):
                status = "open"  # "called the summit off in a letter to Kim": sent
            else:
                return None
            one_off = True
        elif route_before := _ROUTE_BEFORE.search(
            analysis.folded[max(c_start, start - 60) : start]
        ):
            # "sent signals through other diplomatic channels": the channel was used,
            # unless the use is denied ("not using the New York channel").
            used_at = max(c_start, start - 60) + route_before.start()
            window = analysis.folded[max(c_start, used_at - 60) : used_at]
            status = _route_status(analysis.folded, (c_start, s_end), start)
            route_used = True
            if status != "severed" and _NOT_BEFORE.search(window):
                # "has not used the hotline since March" is a cut; "not using it to" nothing
                cut = _status(text[c_start:c_end], folded_clause) == "severed"
                status = "severed" if cut else None
            which = _WHICH_AFTER.search(analysis.folded, end, s_end)
            if (
                status == "open"
                and which is not None
                and not any(end <= a < which.start() for a, _ in others)
                and _status(text[which.start() : s_end]) == "severed"
            ):
                # "laid through the New York channel, which Pyongyang has left silent
                # since 2019": the route was used, but its state now is the cut.
                status, c_end = "severed", s_end
        else:
            own = _own_part(
                folded_clause, end - c_start, [(a - c_start, b - c_start) for a, b in others]
            )
            dated = any(c_start <= d.start < c_end for d in fact.dates)
            status = _status(text[c_start:c_end], own, dated=dated, name_at=start - c_start)
            if (
                status in (None, "open")
                and _ROUTE_PREPOSITION.search(analysis.folded, c_start, start)
                and _REFUSAL.search(analysis.folded, end, s_end)
            ):
                # "reached out through several channels, including the New York
                # channel, but received no response": used, and left unanswered.
                status = "severed"
            if status == "open" and family not in _ITEM_FAMILIES:
                # "the deal swapped a freeze for reactors and liaison offices": a trade
                # keeps only letters and messages going; an office is an item of the deal.
                blank = _TRADE.sub(lambda m: " " * len(m.group(0)), own)
                if blank != own:
                    status = _status(text[c_start:c_end], blank, dated=dated)
            earlier = status is not None and _PLUPERFECT.search(own) is not None
            later = _goes_on(analysis, c_end, s_end)
            if later is not None:
                # "had been dead since March, but it started working again on Wednesday"
                status, c_end = later
                earlier = False
        if status is None and index > 0 and family == "new-york":
            status = _status(analysis.sentence_text(index - 1))
        mention = self._finish(
            analysis,
            people,
            index,
            name_span,
            (start, end),
            family,
            status,
            clause=(min(c_start, name_span[0]), c_end),
        )
        mention.earlier = earlier
        mention.distinct = _DISTINCT_BEFORE.search(
            text, max(s_start, start - 12), start
        ) is not None or (
            _kind(mention.name)[0] is not None
            and _ALSO_AFTER.match(text, end, min(s_end, end + 70)) is not None
        )
        if route_used and mention.status == "open":
            # the day a message went through is no start of the channel; "since 1992" is
            mention.date = _since_date(analysis, index, (c_start, c_end))
        if name_span != (start, end):
            for term in fact.terms:  # "Swedish" in "the Swedish Embassy": the go-between
                if name_span[0] <= term.start < name_span[1] and term.kind != "capital":
                    mention.parties.difference_update(term.codes)
        if one_off and len(mention.parties) < 2:
            return None  # "in response to a letter from lawmakers": no two governments
        return mention

    def _embassy_turn(
        self, analysis: Analysis, people: list[Person], index: int, name: tuple[int, int]
    ) -> _Mention:
        """An embassy reopened, closed or set up in another state's capital: the channel
        between the two, with the state the verb tells ("will reopen" is proposed)."""
        fact = analysis.sentences[index]
        s_start, s_end = fact.sentence.start, fact.sentence.end
        c_start, c_end = _clause(analysis.text, s_start, s_end, *name)
        status = _status(
            analysis.text[c_start:c_end], analysis.folded[c_start:c_end], name_at=name[0] - c_start
        )
        mention = self._finish(
            analysis, people, index, name, name, "embassy", status, clause=(c_start, c_end)
        )
        for term in fact.terms:
            if name[0] < term.start < name[1] and term.kind == "capital":
                mention.parties.update(term.codes)  # the host is a side: "in Madrid"
        return mention

    def _accredited(
        self, analysis: Analysis, people: list[Person], index: int, envoy: re.Match[str]
    ) -> _Mention:
        """An ambassador resident in a third capital and accredited to a state: the
        standing channel between the ambassador's state and that one, open."""
        fact = analysis.sentences[index]
        name = envoy.span("name")
        mention = self._finish(
            analysis, people, index, name, name, "embassy", "open", clause=(name[0], envoy.end())
        )
        owner = _OWNER_BEFORE.search(analysis.text, max(fact.sentence.start, name[0] - 40), name[0])
        sides = {
            code
            for t in fact.terms
            if (owner is not None and owner.start() <= t.start < name[0])
            or t.start == envoy.start("to")
            for code in t.codes
        }
        if len(sides) >= 2:
            mention.parties = sides  # not the capital it sits in: "in Seoul" hosts it
        mention.date = None
        mention.distinct = True  # its own envoy, not a protecting power's embassy named before
        return mention

    def _embassy_state(
        self, analysis: Analysis, people: list[Person], index: int, state: re.Match[str]
    ) -> _Mention:
        """An embassy whose present state is told ("has been closed since May 2020"): the
        channel between its owner and its host, in the state the copula gives."""
        fact = analysis.sentences[index]
        name = state.span("name")
        status = _EMBASSY_STATES[state.group("state").lower()]
        s_start, s_end = fact.sentence.start, fact.sentence.end
        c_end = _clause(analysis.text, s_start, s_end, name[0], state.end())[1]
        clause = (name[0], max(c_end, state.end()))  # from the name: the verb before is another's
        mention = self._finish(
            analysis, people, index, name, name, "embassy", status, clause=clause
        )
        owners = {c for t in fact.terms if name[0] <= t.start < name[1] for c in t.codes}
        if len(owners) >= 2:
            mention.parties = owners  # "the DPRK embassy in London": its owner and its host
        return mention

    def _route(
        self, analysis: Analysis, people: list[Person], index: int, route: re.Match[str]
    ) -> _Mention | None:
        """A channel named by the route a message took: "through its embassy in Beijing"."""
        text, folded = analysis.text, analysis.folded
        fact = analysis.sentences[index]
        s_start, s_end = fact.sentence.start, fact.sentence.end
        start, end = route.span("name")
        tail_start = end
        for _ in range(2):
            tail = _ROUTE_TAIL.match(text, end, s_end)
            if tail is None:
                break
            end = tail.end()
        noun = _phrase_key(route.group("noun"))
        is_un = _UN.search(folded, start, end) is not None
        if noun in _RESIDENT_ONLY and not is_un and not _RESIDENT_TAIL.match(text, tail_start, end):
            return None  # "through a mission to Pyongyang" is a trip, not a standing route
        family = "new-york" if is_un else _ROUTE_FAMILY[noun]
        if noun in _CROSSINGS and not _MESSAGE.search(folded, s_start, route.start()):
            return None  # "fishermen returned via the truce village": no word was carried
        c_start, _ = _clause(text, s_start, s_end, route.start(), end)
        if _NOT_BEFORE.search(folded[max(c_start, route.start() - 60) : route.start()]):
            return None  # "did not send it through the embassy"
        if _CONDITIONAL.search(folded, c_start, route.start()):
            return None  # "if Seoul sent word through its embassy": no use reported
        status = _route_status(folded, (c_start, s_end), route.start())
        # A capital in the route's own place ("in Beijing") hosts it; it is not a side.
        mention = self._finish(
            analysis, people, index, (start, end), (tail_start, end), family, status, named=False
        )
        owner = {
            code
            for term in fact.terms
            if start <= term.start < route.start("noun") and term.kind != "capital"
            for code in term.codes
        }
        if len(mention.parties - owner) >= 2:
            mention.parties -= owner  # "relied on the Swedish embassy" between two others
        if mention.status == "open":
            mention.date = None  # the day a message went through is no start of the route
        mention.routed = True
        return mention

    def _carrier(
        self, analysis: Analysis, people: list[Person], index: int, carrier: re.Match[str]
    ) -> _Mention:
        """A channel named by the embassy that carried a message: "the Swedish embassy ...
        passed on the request"; its own state is a go-between when two others are named."""
        fact = analysis.sentences[index]
        s_start, s_end = fact.sentence.start, fact.sentence.end
        start, end = carrier.span("name")
        c_start, _ = _clause(analysis.text, s_start, s_end, start, end)
        status = _route_status(analysis.folded, (c_start, s_end), start)
        mention = self._finish(
            analysis, people, index, (start, end), (start, end), "embassy", status, named=False
        )
        owner = {
            code
            for term in fact.terms
            if carrier.start("owner") <= term.start < carrier.end("owner")
            for code in term.codes
        }
        if len(mention.parties - owner) >= 2:
            mention.parties -= owner  # "the Swedish embassy" between Washington and Pyongyang
        if mention.status == "open":
            mention.date = None  # the day it passed a message on is no start of the channel
        mention.routed = True
        return mention

    def _finish(
        self,
        analysis: Analysis,
        people: list[Person],
        index: int,
        span: tuple[int, int],
        hosts: tuple[int, int],
        family: str,
        status: ChannelStatus | None,
        *,
        named: bool = True,
        clause: tuple[int, int] | None = None,
    ) -> _Mention:
        """The mention of a channel named ``text[span]``, with its sides and date.

        ``clause`` is the name's clause, when the caller has it already.
        """
        text = analysis.text
        fact = analysis.sentences[index]
        s_start, s_end = fact.sentence.start, fact.sentence.end
        start, end = span
        c_start, c_end = clause or _clause(text, s_start, s_end, start, end)
        # A route's sides are its sentence's, even a UN route: "Japan protested via the UN mission".
        sides_of = family if named else "route"
        parties = self._parties(analysis, people, index, *hosts, sides_of, (c_start, c_end))
        date = _clause_date(analysis, index, (c_start, c_end), status, name_at=start)
        if (
            date is None
            and status == "proposed"
            and _MADE_PROPOSAL.search(analysis.folded, c_start, start)
        ):
            date = _lead_date(analysis, index)  # "An proposed restoring the hotline."
        name = _trim_period(text[start:end].strip())
        return _Mention(name, family, parties, status, date, (s_start, s_end), (start, end))

    def _parties(
        self,
        analysis: Analysis,
        people: list[Person],
        index: int,
        start: int,
        end: int,
        family: str,
        clause: tuple[int, int],
    ) -> set[str]:
        if family in self._named:
            return set(self._named[family])
        fact = analysis.sentences[index]
        text = analysis.text
        parties: set[str] = set()
        title_spans = [(m.title_start, m.title_end) for m in fact.people if m.title]
        in_clause = [t for t in fact.terms if clause[0] <= t.start < clause[1] and t.codes]
        kinds = {t.kind for t in in_clause if t.kind not in ("place", "other")}
        # The clause names its own sides: "a potential U.S.-North Korea liaison office; ..."
        terms = (
            in_clause if len({c for t in in_clause for c in t.codes}) >= 2 and kinds else fact.terms
        )
        if _INTER_KOREAN.search(text, start, end):
            return {"KOR", "PRK"}  # "north-south communication lines" say their sides
        speakers = [m.span() for m in _ATTRIBUTION.finditer(text, clause[0], fact.sentence.end)]
        # ", where the Stockholm meeting was prepared": another event's states
        speakers += [m.span() for m in _WHERE.finditer(text, end, fact.sentence.end)]
        owners: set[str] = set()  # states whose mission a message went through
        for term in terms:
            if not term.codes or term.kind in ("place", "other"):
                continue
            if any(a <= term.start < b for a, b in title_spans + speakers):
                continue
            hosted = family in _HOSTED_FAMILIES and start <= term.start < end
            if (
                _PENINSULA.isdisjoint(term.codes)
                and not hosted
                and (
                    (
                        term.kind == "capital"
                        and (
                            start <= term.start < end
                            or _HOSTED_BEFORE.search(text, max(0, term.start - 40), term.start)
                        )
                    )
                    # "since the Singapore summit": a state or capital naming an event
                    or _NAMED_FOR_A_PLACE.match(text, term.end, term.end + 20)
                    or _PLACED_BEFORE.search(text, max(0, term.start - 8), term.start)
                )
            ):
                continue  # where a route or an event is, not a side it links
            if _VIA_BEFORE.search(
                text, max(0, term.start - 12), term.start
            ) and not _POSSESSIVE.match(text, term.end):
                if _ROUTE_NOUN_AFTER.match(text, term.end):
                    owners.update(term.codes)  # "via the North Korean delegation", if needed
                continue  # a go-between
            parties.update(term.codes)
        for mention in fact.people:
            person = analysis.person_of.get(mention.start)
            if person is not None and people[person].country and people[person].is_envoy:
                parties.add(people[person].country or "")
        if len(parties) < 2:
            # "Washington sent word via the North Korean delegation": the mission's own
            # state is a side when no other is named; "via the Swedish embassy" between
            # two named states is a go-between's.
            parties |= owners
        if _THE_LEADERS.search(text[fact.sentence.start : fact.sentence.end]):
            for person in MeetingExtractor._recent_leaders(analysis, people, index):
                if people[person].country:
                    parties.add(people[person].country or "")
        back = index - 1
        while len(parties) < 2 and back >= 0 and index - back <= 2:
            for term in analysis.sentences[back].terms:
                if (
                    term.codes
                    and term.kind not in ("place", "other", "org")
                    and not (
                        _PENINSULA.isdisjoint(term.codes)
                        and _PLACED_BEFORE.search(text, max(0, term.start - 8), term.start)
                    )
                ):
                    parties.update(term.codes)  # not "talks in Stockholm": where, not who
            for mention in analysis.sentences[back].people:  # "... meet Kim Jong Un again."
                person = analysis.person_of.get(mention.start)
                if person is not None and people[person].is_envoy:
                    parties.add(people[person].country or "")
            back -= 1
        parties.discard("")
        for term in fact.terms:
            if (
                term.codes
                and _INTERMEDIARY_AFTER.match(text, term.end, fact.sentence.end)
                and not _PLACED_BEFORE.search(text, max(0, term.start - 8), term.start)
            ):
                # the go-between is not a side it links ("Sweden, which acts as"), though
                # the capital its embassy sits in may be ("the embassy in Pyongyang acts as")
                parties.difference_update(term.codes)
        if (
            family in _BORDER_FAMILIES
            and not parties
            and any(
                not _PENINSULA.isdisjoint(term.codes)
                for earlier in analysis.sentences[:index]
                for term in earlier.terms
            )
        ):
            # "A hotline between the two leaders' offices was installed": no side named
            # near it, in a story about the peninsula: the border's line links the two.
            return set(_PENINSULA)
        if family in _BORDER_FAMILIES and len(parties) == 1 and parties <= _PENINSULA:
            # "North Korea cut the West Sea military line" (and no other state near it):
            # a line that names one Korea and no one else links the two.
            return set(_PENINSULA)
        return parties

    @staticmethod
    def _record(analysis: Analysis, mention: _Mention) -> Channel:
        return Channel(
            name=mention.name,
            parties=tuple(sorted(mention.parties)),
            status=mention.status,
            date=mention.date,
            evidence=Span.of(analysis.text, *mention.evidence),
        )


# "will reject any contact with Japan", "would not respond to any such approaches": one
# side shuts every way of reaching it (over the folded text).
_CONTACT_REFUSAL = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["contact_refusal_verbs"])})\s  # reject, not respond to
    (?:any|all|every)\s(?:such\s|further\s|form\sof\s){{0,2}}        # any (such)
    (?:{_alternation(_DATA["contact_nouns"])})(?![\w-])              # contact, approaches
    (?!\s(?:channels?|lines?|links?|offices?)(?![\w-]))  # not "all communication lines"
    """,
    re.VERBOSE,
)
# Every match holds one of these words (the quantifier of the nouns): a sentence
# without any cannot refuse contact, and a substring test is far cheaper than the search.
_REFUSAL_ANCHORS = ("any", "all", "every")


# "she says her country will reject ...": a statement told in the present is the day's news.
_SAYS = folded_word_list_pattern(_DATA["present_statements"], any_space=True)


def _refuse_contact(analysis: Analysis, records: list[_Mention]) -> None:
    """Cut the channels of a side that refuses any contact with the other.

    "North Korea will reject any contact with Japan" leaves the route that carried
    Tokyo's message severed, dated by the refusal; a channel whose own later turn is
    dated after the refusal keeps it, and so does a restored one told without a date.
    """
    refusal: tuple[set[str], PartialDate | None] | None = None
    for index, fact in enumerate(analysis.sentences):
        start, end = fact.sentence.start, fact.sentence.end
        if fact.sentence.kind != "story" or not holds_any(
            analysis.folded, _REFUSAL_ANCHORS, start, end
        ):
            continue
        folded = analysis.folded
        # the pattern needs "any", "all" or "every": finds spare most sentences its search
        found = (
            _CONTACT_REFUSAL.search(folded, start, end)
            if holds_any(folded, ("any", "all", "every"), start, end)
            else None
        )
        if found is None:
            continue
        sides = {code for t in fact.terms if t.kind not in ("place", "other") for code in t.codes}
        if not sides:
            continue
        c_start, c_end = _clause(analysis.text, start, end, found.start(), found.end())
        date = _clause_date(analysis, index, (c_start, c_end), "severed")
        if date is None and _SAYS.search(analysis.folded, start, found.start()):
            date = PartialDate.from_date(analysis.published) if analysis.published else None
        if refusal is None or (refusal[1] is None and date is not None):
            refusal = (sides, date)
    if refusal is None:
        return
    sides, date = refusal
    for record in records:
        if not record.parties or not sides <= record.parties or record.status == "restored":
            continue
        if record.status == "severed" and (record.date is not None or date is None):
            continue  # cut already, on its own day
        if record.date is not None and date is not None and record.date.start() > date.end():
            continue  # a later turn of its own
        record.status, record.date = "severed", date


# "the lines", "the office": a definite noun that goes on about the channel named just
# before, anywhere in the next sentence (over the folded text); the families it may mean.
_BACK_REFERENCE = re.compile(
    r"(?<![\w-])(?P<anaphor>the\s(?P<noun>lines|line|office|channel|channels))(?![\w-])"
)
_BACK_FAMILIES: dict[str, frozenset[str]] = {
    "lines": frozenset(("lines", "panmunjom", "red-cross")),
    "line": frozenset(("lines", "panmunjom", "red-cross")),
    "office": frozenset(("liaison",)),
    "channel": frozenset(("new-york", "panmunjom", "red-cross", "back", "official", "unnamed")),
    "channels": frozenset(("lines", "embassy", "official", "party")),
}


# "blew it up", "reconnected them": a turn whose object is the channel just named.
_PRONOUN_OBJECT = re.compile(
    r"""
    (?<![\w-])(?:(?P<before>[a-z]{2,15})\s)?                  # stopped (answering it)
    (?P<verb>[a-z]{2,15})\s(?P<anaphor>it|them)               # blew it
    (?:\s(?P<particle>up|off|down|again|back))?(?![\w-])    # up
    """,
    re.VERBOSE,
)


def _anaphora(
    analysis: Analysis, index: int, antecedents: list[_Mention], told: list[_Mention]
) -> _Mention | None:
    """A turn of the channel just named told by a pronoun opening sentence ``index``, if any.

    "The military hotline was closed in 2016. It was restored in 2018." gives the
    hotline a restoration in 2018; a pronoun with no status told gives nothing.
    ``antecedents`` are the channels the sentence before named, in order, and
    ``told`` all named so far; a pronoun stands for the last, "the lines" for the last
    told with a general name (no kind): after "restored the communication lines. The
    military hotlines also worked.", "the lines" are the communication lines.
    """
    fact = analysis.sentences[index]
    s_start, s_end = fact.sentence.start, fact.sentence.end
    antecedent = antecedents[-1]
    opening = _ANAPHOR.match(analysis.folded, s_start, s_end)
    status: ChannelStatus | None = None
    if opening is None:
        # "On June 9, the North stopped answering calls on the lines."
        opening = _BACK_REFERENCE.search(analysis.folded, s_start, s_end)
        if opening is not None:
            families = _BACK_FAMILIES[opening.group("noun")]
            fitting = [a for a in antecedents if a.family in families]
            if not fitting:
                return None
            general = [a for a in told if a.family in families and _kind(a.name)[0] is None]
            antecedent = (general or fitting)[-1]
    if opening is None:
        # "The North blew it up in June 2020.": the channel as the object of a turn
        opening = _PRONOUN_OBJECT.search(analysis.folded, s_start, s_end)
        if opening is None:
            return None
        verb = f"{opening.group('before') or ''} {opening.group('verb')}"
        status = _status(f"{verb} {opening.group('particle') or ''}".strip())
        if status is None:
            return None
    c_start, c_end = _clause(analysis.text, s_start, s_end, *opening.span("anaphor"))
    if status is None:
        status = _status(analysis.text[c_start:c_end], analysis.folded[c_start:c_end])
    if status is None:
        return None
    date = _clause_date(analysis, index, (c_start, c_end), status)
    return _Mention(
        antecedent.name,
        antecedent.family,
        set(antecedent.parties),
        status,
        date,
        (s_start, s_end),
        opening.span("anaphor"),
    )


# "Seoul proposed restoring the line": a proposal made, told in the simple past before
# the name (over the folded text).
_MADE_PROPOSAL = re.compile(
    rf"""
    (?<![\w-])(?<!have\s)(?<!has\s)(?<!had\s)   # not "have suggested": no one occasion
    (?:{_alternation(_DATA["made_proposals"])})\s(?!to\sbe\s)
    """,
    re.VERBOSE,
)


_RELATIVE_TAIL = re.compile(
    r"""
    (?:,\s(?:which|that)\s                                      # ", which the North cut"
    | \s(?:which|that)\s(?:was|were|is|are|has|had|have)\s)  # "office that was set up"
    [^,;]{1,160}$
    """,
    re.VERBOSE,
)
_FROM_BEFORE = re.compile(r"(?<![\w-])(?:from|starting|beginning)\s(?:on\s|noon\s(?:on\s)?)?$")


def _since_date(analysis: Analysis, index: int, clause: tuple[int, int]) -> PartialDate | None:
    """The date after "since" in ``clause`` of sentence ``index``: when a use began."""
    text = analysis.text
    for found in analysis.sentences[index].dates:
        if clause[0] <= found.start < clause[1] and _SINCE_BEFORE.search(
            text, max(clause[0], found.start - 12), found.start
        ):
            return found.resolve(analysis.published, "past")
    return None


# "for a fourth straight day", "for the third consecutive day": a run of days to the one
# named (over the folded text).
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_NTH_DAY = re.compile(
    rf"""
    (?<![\w-])for\s(?:a|the)\s(?P<nth>{"|".join(_ORDINALS)})\s  # for a fourth
    (?:straight|consecutive|successive|running)\s(?:day|working\sday)(?![\w-])
    """,
    re.VERBOSE,
)


def _lead_date(analysis: Analysis, index: int) -> PartialDate | None:
    """The day of the occasion a story reports: the first date of its lead sentence.

    A proposal told without a day of its own in the body ("An proposed restoring the
    hotline") was made at the occasion the lead reports ("held talks on Wednesday").
    """
    for fact in analysis.sentences[:index]:
        if fact.sentence.kind != "story":
            continue
        if not fact.dates:
            return None
        return fact.dates[0].resolve(analysis.published, "past")
    return None


def _clause_date(
    analysis: Analysis,
    index: int,
    clause: tuple[int, int],
    status: ChannelStatus | None,
    *,
    name_at: int = -1,
) -> PartialDate | None:
    """When the state ``status`` told in ``clause`` of sentence ``index`` began, or None.

    A name at ``name_at`` inside a time clause ("blew up the office on Tuesday, days
    after cutting all lines") is dated by that clause alone: the main verb's day is
    another event's.
    """
    text = analysis.text
    fact = analysis.sentences[index]
    s_start, s_end = fact.sentence.start, fact.sentence.end
    c_start, c_end = clause
    in_clause = [d for d in fact.dates if c_start <= d.start < c_end]
    # "The hotline, which was opened in 1971, has been cut": the aside dates another event.
    asides = [m.span() for m in _ASIDE.finditer(text, c_start, c_end)]
    asides += [m.span() for m in _WHERE.finditer(text, c_start, c_end)]
    # "proposed restoring the hotline, which the North cut in April 2023.": a relative
    # clause to the end that tells another turn dates that turn, not this one.
    for tail in _RELATIVE_TAIL.finditer(text, c_start, c_end):
        if tail.start() > name_at >= 0:
            turn = _status(text[tail.start() : tail.end()])
            if turn is not None and turn != status:
                asides.append(tail.span())
    in_clause = [d for d in in_clause if not any(a <= d.start < b for a, b in asides)]
    # So does a time clause of an earlier turn ("..., for the first time since the office
    # opened in 2018"), unless the clause has no other date ("Since it was razed in June").
    earlier = [m.span() for m in _EARLIER_TURN.finditer(analysis.folded, c_start, c_end)]
    inside = [(a, b) for a, b in earlier if a <= name_at < b]
    if inside:
        in_clause = [d for d in in_clause if inside[0][0] <= d.start < inside[0][1]]
    in_clause = [d for d in in_clause if not any(a <= d.start < b for a, b in earlier)] or in_clause
    since = [
        d for d in in_clause if _SINCE_BEFORE.search(text, max(c_start, d.start - 12), d.start)
    ]
    # "has ignored the calls since April 7": a lasting cut began on its since-date;
    # otherwise a since-date is a comparison ("the first since the 1953 armistice").
    others = [d for d in in_clause if d not in since]
    # "kept in touch since 2014" began then; "opened on Friday, the first since 1953" compares
    dates = (
        since[:1]
        if since and (status == "severed" or (status == "open" and not others))
        else others
    )
    # "started exchanging letters from April 27": the day a state began
    starts = [d for d in dates if _FROM_BEFORE.search(text, max(c_start, d.start - 14), d.start)]
    if starts:
        dates = starts[:1]
    date = None
    if dates:
        # "could reopen on Monday" looks ahead; "agreed on Friday to reopen" looks back.
        ahead = status == "proposed" and not _PAST_PROPOSAL.search(analysis.folded, c_start, c_end)
        direction: Direction = "future" if ahead else "past"
        date = dates[-1].resolve(analysis.published, direction)
        run = _NTH_DAY.search(analysis.folded, c_start, c_end)
        if run is not None and status == "severed" and date is not None and date.day is not None:
            # "unanswered for a fourth straight day on Monday": the silence began on Friday
            back = _ORDINALS.index(run.group("nth")) + 1
            date = PartialDate.from_date(date.start() - dt.timedelta(days=back))
    elif (
        _AT_THE_TIME.search(text, s_start, s_end)
        and index > 0
        and analysis.sentences[index - 1].dates
    ):
        date = analysis.sentences[index - 1].dates[0].resolve(analysis.published, "past")
    elif _SAME_DAY.search(analysis.folded, c_start, c_end):
        # "stopped answering on Friday, and the hotline went silent the same afternoon":
        # the day told last before the clause, in its sentence
        told = [d for d in fact.dates if s_start <= d.start < c_start]
        if told:
            date = told[-1].resolve(analysis.published, "past")
    return date


def _phrase_key(phrase: str) -> str:
    """A head phrase as matched, folded: case and runs of spaces do not matter."""
    return " ".join(phrase.lower().split())


def _trim_period(name: str) -> str:
    """A name without the sentence's full stop; an abbreviation keeps its own.

    >>> _trim_period("embassy in Beijing."), _trim_period("mission to the U.N.")
    ('embassy in Beijing', 'mission to the U.N.')
    """
    if name.endswith(".") and "." not in name.rsplit(" ", 1)[-1][:-1]:
        return name[:-1]
    return name


def _clause(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence that holds the channel's name ``text[start:end]``."""
    c_start, c_end = s_start, s_end
    for brk in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        if brk.end() <= start:
            c_start = brk.end()
        elif brk.start() >= end:
            c_end = brk.start()
            break
    return c_start, c_end


def _status(
    sentence: str, folded: str | None = None, *, dated: bool = False, name_at: int = -1
) -> ChannelStatus | None:
    """The state of a channel as a sentence reports it; ``folded`` is its fold_case, if known.

    A restoration that is only offered, hoped for or on an agenda is proposed;
    one under a condition says nothing yet.  A restoration named as a thing
    ("reopening the hotline", "the restoration of the lines") with a modal after
    it is talked of, not done ("could ease tensions"), unless the clause is
    ``dated`` ("the reopening on Tuesday could help").  A time clause ("weeks
    after it was restored") tells an earlier turn, unless it holds the channel's
    name (at offset ``name_at``): "Since the office was razed, ...".

    >>> _status("The lines were reopened on Tuesday.")
    'restored'
    >>> _status("He warned of a shutdown of the office.")
    >>> _status("Talks could lead to the restoration of the hotline.")
    'proposed'
    >>> _status("Reopening the hotline would ease tension."), _status("The lines reopened, which could help.")
    ('proposed', 'restored')
    >>> _status("The hotline was installed in 2018."), _status("They agreed to set up a hotline.")
    ('open', 'proposed')
    >>> _status("The North cut the line again, weeks after it was restored.")
    'severed'
    >>> _status("It was restored in July but went silent again in August.")
    'severed'
    >>> _status("The North said it would cut the lines."), _status("It could cut the lines.")
    ('severed', None)
    >>> _status("It said it would keep the lines open."), _status("Japan is ready to open an office.")
    ('open', 'proposed')
    >>> _status("The North may scrap the office."), _status("The office was shut in May.")
    (None, 'severed')
    >>> _status("The office was razed, days after she threatened it."), _status("It will set up a line.")
    ('severed', 'proposed')
    >>> _status("The North answered the call for the first time in two months.")
    'restored'
    >>> _status("He urged the North to open channels of communication.")
    'proposed'
    >>> _status("The offices were never opened."), _status("It has yet to be set up.")
    ('proposed', 'proposed')
    """
    if folded is None:
        folded = fold_case(sentence)

    def blank_unless_named(m: re.Match[str]) -> str:
        # a phrase about another thing is blanked, keeping the offsets; one holding the name stays
        return m.group(0) if m.start() <= name_at < m.end() else " " * len(m.group(0))

    main = _EARLIER_TURN.sub(blank_unless_named, folded)
    # ", which the North reconnected in January, remain in use": the aside is the past.
    main = _ASIDE.sub(
        lambda m: (
            m.group(0) if m.start() <= name_at < m.end() else ", " + " " * (len(m.group(0)) - 2)
        ),
        main,
    )
    # "kept a back channel open despite the collapse of the summit": another thing's fate
    main = _CONCESSION.sub(blank_unless_named, main)
    main = _REPORT_TAIL.sub(blank_unless_named, main)  # ", saying ...": the actor's words
    if main != folded and any(cue.search(main) for cue in _CUE.values()):
        folded = main  # "cut again, two months after it was restored": the cut is now
    found = {status: cue.search(folded) for status, cue in _CUE.items()}
    cut_denied = found["severed"]
    if cut_denied is not None and _denied(folded, cut_denied.start()):
        found["severed"] = None  # "did not cut the hotline", "has no plans to close it"
        plan = found["proposed"]
        if plan is not None and cut_denied.start() - 40 <= plan.start() < cut_denied.start():
            found["proposed"] = None  # the "plans" of "no plans to close" propose nothing
    working = found["open"]
    if (
        working is not None
        and found["severed"] is None
        and _phrase_key(working.group(0)) in _WORKING_STATES
        and _denied(folded, working.start())
    ):
        found["severed"] = working  # "is not functioning", "no longer operating": cut
        found["open"] = None
    restored = found["restored"]
    if restored and _denied(folded, restored.start()):
        return "severed"  # "refused to reopen the office": it stays shut
    if restored:
        if _CONDITIONAL.search(folded, 0, restored.start()):
            return None
        if _modal_before(folded, restored.start()) or _may_before(sentence, restored.start()):
            return "proposed"
        cut = _CUE["severed"].search(folded, restored.end())
        if (
            cut
            and _phrase_key(cut.group(0))
            not in _REFUSAL_WORDS  # "but refused talks": another thing
            and _SEQUEL.search(folded, restored.end(), cut.start())
        ):
            return "severed"  # "restored in July but went silent again": the later turn
        if (
            not dated
            and _phrase_key(restored.group(0)) in _NOMINAL_RESTORATIONS
            and _modal(folded, restored.end(), len(folded))
        ):
            return "proposed"  # "analysts said reopening the hotline could help"
        return "restored"
    threat, cut = found["hypothetical"], found["severed"]
    told_first = (
        cut is not None
        and threat is not None
        and cut.start() < threat.start()
        and not _modal_before(folded, cut.start())
        and not _may_before(sentence, cut.start())
    )  # "The demolition on Tuesday came days after she threatened to destroy it"
    if threat and (cut or _SHUTDOWN.search(sentence)) and not told_first:
        return None
    made = _ESTABLISHED.search(folded)
    if made and _CONDITIONAL.search(folded, 0, made.start()):
        made = None  # "if a hotline is set up": nothing made yet
    if made and _NEVER_BEFORE.search(folded, max(0, made.start() - 24), made.start()):
        return "proposed"  # "the offices were never opened": agreed on, never there
    named = made or _NOMINAL_ESTABLISHMENT.search(folded)
    state = found["severed"] or found["open"]
    if state and found["proposed"] and not named:
        modals = list(_CUE["proposed"].finditer(folded, 0, state.start()))
        words = {_phrase_key(m.group(0)) for m in modals}
        if (
            modals
            and words <= _BARE_MODALS.keys()
            and not _CUE["proposed"].search(folded, state.end())
        ):
            # "said it would cut the lines", "would keep them open": decided, no proposal;
            # "could cut them": only possible.
            if not any(_BARE_MODALS[w] for w in words):
                return None
            return "severed" if found["severed"] else "open"
    if state and not found["proposed"] and not named and _may_before(sentence, state.start()):
        return None  # "the North may scrap the office": only possible
    if found["proposed"] or (
        named and (_modal_before(folded, named.start()) or _may_before(sentence, named.start()))
    ):
        return "proposed"  # "agreed to set up a hotline", "is prepared to open an office"
    if found["severed"]:
        return "severed"
    working = found["open"]
    if working is not None and not made and _FIRST_TIME_IN.search(folded):
        return "restored"  # "answered the call for the first time in two months"
    if (
        working is not None
        and _phrase_key(working.group(0)) in _WORKING_STATES
        and _AGAIN.search(folded, working.end()) is not None
    ):
        return "restored"  # "began answering calls on the line again": working once more
    if (
        working is not None
        and _phrase_key(working.group(0)) == "open"
        and folded.endswith("to ", 0, working.start())
        and _modal_before(folded, working.start())
    ):
        return "proposed"  # "urged the North to open channels": asked for, not there yet
    if found["open"] or made:
        return "open"
    return None


_AGAIN = re.compile(r"(?<![\w-])again(?![\w-])")  # "answering again": working once more
# A channel's working state: denied ("is not functioning") it is cut.
_WORKING_STATES = frozenset(_DATA["working_states"])


def _denied(folded: str, at: int) -> bool:
    """Whether the status cue at ``at`` of the folded clause is denied or refused.

    >>> _denied("pyongyang refused to reopen the office", 21), _denied("it reopened", 3)
    (True, False)
    """
    return _CUE_NEGATION.search(folded, max(0, at - 40), at) is not None


def _modal_before(folded: str, at: int) -> bool:
    """Whether a modal or a pledge governs the cue at ``at`` of the folded clause.

    >>> _modal_before("they agreed on tuesday to open a hotline", 26)
    True
    """
    return bool(_modal(folded, 0, at) or _PLEDGE.search(folded, 0, at))


# "regular calls on the liaison line": the noun "calls", not the urging "calls on X to".
_CALLS_NOUN_BEFORE = re.compile(
    r"(?:the|regular|routine|daily|phone|telephone|its|their|his|her|['’]s|twice-daily"
    r"|morning|repeated|unanswered|no|two|several|many|multiple|seoul['’]s)\s$"
)


def _modal(
    folded: str, start: int, end: int, pattern: re.Pattern[str] = _MODAL
) -> re.Match[str] | None:
    """The first modal of ``folded[start:end]``, the noun "calls on" ("regular calls on the
    line") left aside.

    >>> _modal("they held regular calls on the line since the restoration", 0, 57) is None
    True
    >>> _modal("seoul calls on the north to restore the line", 0, 44).group(0)
    'calls on'
    """
    for match in pattern.finditer(folded, start, end):
        if match.group(0).startswith("calls") and _CALLS_NOUN_BEFORE.search(
            folded, max(0, match.start() - 14), match.start()
        ):
            continue
        return match
    return None


def _may_before(sentence: str, at: int) -> bool:
    """Whether a lower-case "may" (a verb, not the month) comes before offset ``at``.

    >>> _may_before("They may reopen it.", 9), _may_before("It closed in May.", 10)
    (True, False)
    """
    may = _MAY.search(sentence)
    return may is not None and may.start() < at


def _own_part(folded: str, name_end: int, others: list[tuple[int, int]]) -> str:
    """The clause ``folded`` without a coordinated part that acts on another channel.

    In "exchanged letters and agreed to reconnect the hotline" the restoration is
    the hotline's: for the letters, everything from "and" to the hotline is blanked
    (offsets are the clause's own; ``others`` are the other heads there).

    >>> _own_part("swapped letters and agreed to reconnect the hotline", 15, [(44, 51)])
    'swapped letters                                    '
    """
    for start, end in others:
        if start < name_end or end > len(folded):
            continue
        # "... and agreed to reconnect the hotline", "... but the lines remain cut"
        joint = max(folded.rfind(" and ", name_end, start), folded.rfind(" but ", name_end, start))
        if joint >= 0:
            folded = folded[:joint] + " " * (end - joint) + folded[end:]
    return folded


def _letter_fate(folded: str, sentence: tuple[int, int], name: tuple[int, int]) -> str | None:
    """The words around a letter's name that tell its fate, or None when none do.

    A cue before the name counts in the same clause only ("refused to accept the
    letter", not "refused talks, according to a letter"); one after it within a
    few words ("the letter went unanswered", "... refused to accept it").

    >>> text = "pyongyang refused talks, according to a letter."
    >>> _letter_fate(text, (0, len(text)), (text.index("letter"), len(text) - 1))
    >>> text = "the north replied to a letter from mongolia."
    >>> _letter_fate(text, (0, len(text)), (text.index("letter"), text.index("letter") + 6))
    'the north replied to a '
    """
    before = folded[max(sentence[0], name[0] - 60) : name[0]]
    before = before[before.rfind(",") + 1 :]  # a cue past a comma is about something else
    after = folded[name[1] : min(sentence[1], name[1] + 90)]
    for part in (before, after):
        if _REFUSAL.search(part) or _ANSWER.search(part) or _PENDING.search(part):
            return part
    return None


# "said in a letter to Kim", "called it off in a personal letter addressed to": a message
# sent by letter (over the folded text).
_IN_A_LETTER = re.compile(r"(?<![\w-])in\s(?:a|an|his|her|their|its)\s(?:[a-z'’-]{1,20}\s)?$")
_ADDRESSED_TO = re.compile(r"\s(?:addressed\s|sent\s)?to\s")
_HANDED_OVER = folded_word_list_pattern(_DATA["handovers"], any_space=True)


def _sent_by_letter(folded: str, sentence: tuple[int, int], name: tuple[int, int]) -> bool:
    """Whether the sentence tells of something said in a letter sent to someone, outside
    any meeting: a letter handed over in person ("delivered", "handed") is part of a visit.

    >>> text = "trump called the summit off in a letter to kim."
    >>> _sent_by_letter(text, (0, len(text)), (33, 39))
    True
    >>> text = "the envoy delivered the message in a letter to kim."
    >>> _sent_by_letter(text, (0, len(text)), (37, 43))
    False
    """
    if not _IN_A_LETTER.search(folded, max(sentence[0], name[0] - 30), name[0]):
        return False
    if not _ADDRESSED_TO.match(folded, name[1], sentence[1]):
        return False
    return _HANDED_OVER.search(folded, sentence[0], sentence[1]) is None


# "Kim sent a personal letter to Moon": a letter sent to someone (over the folded text).
_SENT_BEFORE = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["letter_senders"])})\s  # sent
    (?:[\w.'’“”"-]{{1,20}}\s){{0,4}}$                                 # (him) an "excellent"
    """,
    re.VERBOSE,
)
# "conveyed a verbal message from the president", "delivered a personal message": one
# message borne by a visitor is part of the visit, not a channel (over the folded text).
_BORNE_BEFORE = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation([*_DATA["handovers"], *_DATA["message_bearers"]])})\s  # conveyed
    (?:[\w.'’-]{{1,20}}\s){{0,3}}$                                        # "a warm"
    """,
    re.VERBOSE,
)
# A letter handed over in person anywhere in the story: "Hill delivered the letter".
_HANDOVER_NEAR = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["handovers"])})\s(?:[\w.'’-]{{1,20}}\s){{0,5}}?letter
    | letter\s(?:[\w.'’-]{{1,20}}\s){{0,3}}?(?:{_alternation(_DATA["handovers"])})(?![\w-])
    """,
    re.VERBOSE,
)


def _handed_over_in_story(folded: str) -> bool:
    """Whether the story tells of a letter handed over in person anywhere (folded text):
    then the letters it tells of went with a visit, not by a channel.

    >>> _handed_over_in_story("bush sent a letter to kim. hill delivered the letter to pak.")
    True
    >>> _handed_over_in_story("kim sent a personal letter to moon on monday.")
    False
    """
    return _HANDOVER_NEAR.search(folded) is not None


# "Trump received a 'beautiful letter' from Kim": a letter that reached its addressee.
_RECEIVED_BEFORE = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["letter_receivers"])})\s  # received
    (?:[\w.'’“”"-]{{1,20}}\s){{0,4}}$                             # a "beautiful"
    """,
    re.VERBOSE,
)
# "... letter" from Kim", "letter from North Korea's leader": its sender, named (over the
# original text, a closing quotation mark first).
_FROM_SOMEONE_NAMED = re.compile(r"[\"”’']?\sfrom\s(?:the\s)?(?-i:[A-Z])")


def _received_letter(
    text: str, folded: str, sentence: tuple[int, int], name: tuple[int, int]
) -> bool:
    """Whether a letter from a named sender was received, not handed over in its sentence
    (the caller rules out a letter handed over elsewhere in the story).

    >>> text = 'Moon said he had received a "warm letter" from Kim.'
    >>> _received_letter(text, text.lower(), (0, len(text)), (34, 40))
    True
    """
    if not _RECEIVED_BEFORE.search(folded, max(sentence[0], name[0] - 40), name[0]):
        return False
    if not _FROM_SOMEONE_NAMED.match(text, name[1], sentence[1]):
        return False
    # "..., which his envoy delivered at the White House": in person
    return _HANDED_OVER.search(folded, sentence[0], sentence[1]) is None


# "to North Korean leader Kim", "to Pyongyang", not "to the secretary of state": a letter
# to another government's head, named (over the original text).
_TO_SOMEONE_NAMED = re.compile(r"\s(?:addressed\s|sent\s)?to\s(?:the\s)?(?-i:[A-Z])")


# "Kim sent Trump a letter": the named addressee between the verb and the letter (over
# the original text).
_SENT_SOMEONE_BEFORE = re.compile(
    rf"""
    (?<![\w-])(?:{_alternation(_DATA["letter_senders"])})\s    # sent
    (?:the\s)?[A-Z][\w.'’-]{{1,20}}(?:\s[A-Z][\w.'’-]{{1,20}}){{0,3}}\s  # (President) Trump
    (?:a|an|another|his|her|their|the)\s(?:[\w'’“”"-]{{1,20}}\s){{0,2}}$  # a (personal)
    """,
    re.VERBOSE,
)


def _sent_someone_letter(
    text: str, folded: str, sentence: tuple[int, int], name: tuple[int, int]
) -> bool:
    """Whether a named addressee was sent the letter: "sent Moon a letter" (the caller
    rules out a letter handed over in person).

    >>> text = "Kim sent Moon a personal letter on Monday."
    >>> _sent_someone_letter(text, text.lower(), (0, len(text)), (25, 31))
    True
    """
    return _SENT_SOMEONE_BEFORE.search(text, max(sentence[0], name[0] - 60), name[0]) is not None


def _sent_letter(folded: str, sentence: tuple[int, int], name: tuple[int, int]) -> bool:
    """Whether a letter was sent to someone, not by a route told in the same sentence
    (the caller rules out a letter handed over in person, `_handed_over_in_story`).

    >>> text = "kim sent a personal letter to moon on monday."
    >>> _sent_letter(text, (0, len(text)), (20, 26))
    True
    >>> text = "kim sent a letter to pyongyang via its u.n. mission."
    >>> _sent_letter(text, (0, len(text)), (11, 17))
    False
    """
    if not _SENT_BEFORE.search(folded, max(sentence[0], name[0] - 40), name[0]):
        return False
    if not _ADDRESSED_TO.match(folded, name[1], sentence[1]):
        return False
    # "sent a letter to Pyongyang via its U.N. mission": the route is it
    return _ROUTE_PREPOSITION.search(folded, name[1], sentence[1]) is None


def _letter_status(folded: str) -> ChannelStatus | None:
    """The state of a letter's channel from the fate of the letter (folded sentence).

    >>> _letter_status("pyongyang refused to accept the letter.")
    'severed'
    >>> _letter_status("the north replied to the letter in july.")
    'open'
    """
    if _REFUSAL.search(folded):
        return "severed"  # refused, returned, left unanswered
    if _PENDING.search(folded):
        return None  # sent, the answer still awaited
    return "open"  # answered: the exchange works


# "urged North Korea through diplomatic channels to cancel": the urging went over the
# route, which is in use; "urged it to talk through" offers the route.
_URGINGS = frozenset(_DATA["urgings"])
# "would keep in touch through the embassy": a contact that goes on, not one proposed.
_CONTINUATION = folded_word_list_pattern(_DATA["continuations"], any_space=True)
# ", which ...": a relative clause after a route's name (and its apposition) tells its state.
_WHICH_AFTER = re.compile(r",\s(?:which|that)\s")
# The plain "diplomatic channels": a named channel only when a message is told to go over it.
_GENERIC_ROUTES = frozenset(" ".join(p.lower().split()) for p in _DATA["generic_routes"])
# "the timing will be agreed through diplomatic channels": a future arrangement by the
# usual course of diplomacy names no channel in use (over the folded text).
_ARRANGED_THROUGH = re.compile(
    rf"""
    (?<![\w-])(?:will|would|shall|to|can|could)\s(?:be|continue\sto\sbe)\s  # a future passive
    (?:[a-z]{{2,15}}ly\s)?                                               # "jointly"
    [a-z]{{2,20}}ed\s                                                     # agreed, settled
    (?:later\s|further\s|separately\s)?                                   # "later"
    (?:{_alternation(_DATA["route_prepositions"])})\s                    # through, via
    (?:(?:the|usual|normal|other)\s){{0,2}}$                              # the usual
    """,
    re.VERBOSE,
)


def _route_status(folded: str, bounds: tuple[int, int], at: int) -> ChannelStatus:
    """The state of a route used at ``at`` of ``folded``, from its clause's start to the
    sentence's end (``bounds``).

    A route a message went through is open; refused or left unanswered (in its
    clause, or later in the sentence: "..., but they refused") it is severed;
    under a modal before it, proposed.

    >>> text = "it tried to pass the note through the embassy, but they refused."
    >>> _route_status(text, (0, len(text)), 28)
    'severed'
    >>> _route_status("seoul could send word via its embassy.", (0, 38), 21)
    'proposed'
    >>> _route_status("the north resumed contact via the new york channel.", (0, 51), 30)
    'restored'
    >>> _route_status("tokyo urged pyongyang through its embassy to stop.", (0, 50), 22)
    'open'
    >>> _route_status("tokyo would keep in touch via the embassy.", (0, 42), 30)
    'open'
    """
    c_start, s_end = bounds
    if _REFUSAL.search(folded, c_start, s_end):
        return "severed"  # "sent through ..., but they refused", "refused ... sent via"
    modal = _modal(folded, c_start, at, _ROUTE_MODAL)
    if modal is not None and _CONTINUATION.search(folded, modal.end(), at):
        modal = None  # "would keep in touch through the embassy": a contact that goes on
    if modal is not None and not (
        _phrase_key(modal.group(0)) in _URGINGS and " to " not in folded[modal.end() : at]
    ):
        return "proposed"  # "could relay it through", "urged Seoul to talk through"
    if _FIRST_TIME_IN.search(folded, c_start, s_end):
        return "restored"  # "used the hotline for the first time in 11 months"
    restored = _CUE["restored"].search(folded, c_start, at)
    if restored is not None and not _denied(folded, restored.start()):
        return "restored"  # "resumed contact through the New York channel"
    return "open"


def _items(folded: str, head: re.Match[str]) -> bool:
    """Whether a bare "messages" names items, not a channel: a channel only as an
    exchange ("exchanged messages"), and not one sent over another channel.

    >>> text = "they exchanged messages via the hotline"
    >>> _items(text, re.search("messages", text)), _items("they sent messages", re.search("messages", "they sent messages"))
    (True, True)
    """
    if _phrase_key(head.group(0)) not in _EXCHANGE_ONLY:
        return False
    if not _EXCHANGED_BEFORE.search(folded, max(0, head.start() - 30), head.start()):
        return True  # "relays messages from Ottawa"
    return _ROUTE_PREPOSITION_AFTER.match(folded, head.end()) is not None


def _place_family(name: str, family: str) -> str:
    """The family of a line named at a crossing: that crossing's own channel.

    >>> _place_family("Panmunjom liaison line", "lines"), _place_family("hotline", "lines")
    ('panmunjom', 'lines')
    """
    if family != "lines":
        return family
    folded = name.lower()
    for place_family, words in _PLACE_FAMILIES:
        if words.search(folded):
            return place_family
    return family


# "not picked up", "no answer": a cut told as calls left unanswered.
_UNANSWERED = re.compile(rf"(?:{_alternation(_DATA['unanswered_cues'])})")
# ", but it started working again": the next clause goes on about the channel just named.
_GOES_ON = re.compile(
    rf"""
    ,\s(?:but|and|yet)\s(?:then\s)?                  # a new clause
    (?:
      (?P<subject>(?:{_alternation(_DATA["anaphors"])})\s)  # whose subject is the channel
    | (?P<side>(?:{_alternation(_DATA["other_side_subjects"])})\s)  # or the other side
    )?
    """,
    re.VERBOSE,
)
# "..., and the two sides agreed to reconnect it": the channel as the object of a clause.
_OBJECT_PRONOUN = re.compile(
    r"""
    [a-z]\s(?:it|them)                   # "reopen it", not the subject of "said it would"
    (?=[.,;]|$|\s(?:by|in|on|at|from|after|before|within|next|soon|again|later|this|until|for
        |up|down|off|back)[\s.,;])
    """,
    re.VERBOSE,
)


def _goes_on(analysis: Analysis, c_end: int, s_end: int) -> tuple[ChannelStatus, int] | None:
    """The later turn told in the clause after ``c_end`` about the same channel, if any.

    Returns its status and where that clause ends.
    """
    folded = analysis.folded
    opening = _GOES_ON.match(folded, c_end, s_end)
    if opening is None:
        return None
    following = _CLAUSE_BREAK.search(analysis.text, opening.end(), s_end)
    stop = following.start() if following else s_end
    status = _status(analysis.text[opening.end() : stop], folded[opening.end() : stop])
    if opening.group("side") is not None:
        # "placed calls on the hotline, but the North has not picked up since Friday";
        # "..., but no one answered": the subject may carry the negation itself.
        side = opening.start("side")
        status = _status(analysis.text[side:stop], folded[side:stop])
        cut = _CUE["severed"].search(folded, side, stop)
        if cut is not None and _UNANSWERED.search(cut.group(0)) and status == "severed":
            return status, stop
        # ", and the North shut it down in 2020": the other side's act on the channel
        status = _status(analysis.text[opening.end() : stop], folded[opening.end() : stop])
    if opening.group("subject") is None and not _OBJECT_PRONOUN.search(folded, opening.end(), stop):
        return None  # a clause about something else
    return None if status is None else (status, stop)


def _kind(name: str) -> tuple[str | None, frozenset[str]]:
    """What sort of line a name says it is, and on which side of the peninsula.

    >>> _kind("Red Cross liaison channel"), _kind("eastern military line")
    (('red-cross', frozenset()), ('military', frozenset({'east'})))
    """
    folded = name.lower()
    kind = next((k for k, words in _KINDS if words.search(folded)), None)
    return kind, frozenset(side for side, words in _SIDES.items() if words.search(folded))


def _told_apart(first: str, second: str) -> bool:
    """Whether two names of one family name two channels: different kinds or sides.

    >>> _told_apart("inter-Korean liaison line", "military communication line")
    True
    >>> _told_apart("hotlines", "military hotline"), _told_apart("West Sea line", "military line")
    (False, False)
    >>> _told_apart("Red Cross liaison office", "liaison office")
    False
    """
    (kind_a, sides_a), (kind_b, sides_b) = _kind(first), _kind(second)
    if kind_a and kind_b and kind_a != kind_b and {kind_a, kind_b} not in _COMPATIBLE_KINDS:
        return True
    return bool(sides_a and sides_b and sides_a.isdisjoint(sides_b))


_PROPER = re.compile(r"(?<![\w-])[A-Z][a-z]")  # "the New York channel": a stock name


# A name of one letter, where the channel is the exchange it belongs to.
_ONE_LETTER = re.compile(r"(?i)(?<![\w-])letter$")


def _better_name(existing: _Mention, mention: _Mention) -> str:
    """The name a merged channel keeps: a stock name over a route, a kind over none.

    "via its UN mission" then "the New York channel" is the New York channel; "two
    hotlines" then "the military line on the west coast" is the military line.
    """
    if existing.routed and not mention.routed and _PROPER.search(mention.name):
        return mention.name
    if mention.routed or existing.routed:
        return existing.name
    if _ONE_LETTER.search(existing.name) and not _ONE_LETTER.search(mention.name):
        return mention.name  # "a letter", then "correspondence between the two leaders"
    if _kind(existing.name)[0] is None and _kind(mention.name)[0] is not None:
        return mention.name
    return existing.name


def _merge(text: str, mentions: list[_Mention]) -> list[_Mention]:
    merged: list[_Mention] = []
    for mention in mentions:
        candidates = [e for e in merged if _mergeable(text, e, mention)]
        if mention.listed:
            # "..., the test line, and the hotline": an item of a list is named with care;
            # it goes on about a record that shares a word of its name, or none.
            candidates = [e for e in candidates if _affinity(e, mention)]
        if not candidates:
            merged.append(mention)
            continue
        # "all lines, including the leaders' hotline", then "The hotline between their
        # offices ...": a later mention goes on about the record whose name it shares.
        existing = max(candidates, key=lambda e: _affinity(e, mention))
        existing.told += 1
        existing.listed |= mention.listed
        existing.name = _better_name(existing, mention)
        existing.routed = existing.routed and mention.routed
        existing.parties |= mention.parties if len(existing.parties) < 2 else set()
        later = _later(existing, mention)
        if later is not None:
            # Two dated turns of its story: the latest is its state now.
            existing.status, existing.date = later.status, later.date
        elif mention.earlier and existing.status is not None:
            pass  # "The hotline had been restored several times": before the news
        elif existing.earlier and mention.status is not None:
            existing.status, existing.date = mention.status, mention.date
            existing.earlier = False  # the news after a background sentence
        elif _PRIORITY[mention.status] > _PRIORITY[existing.status]:
            # a state told with no date ("The office lasted less than two years.") did not
            # begin when the earlier state did
            kept = existing.date if existing.status is None else None
            existing.status = mention.status
            existing.date = mention.date or kept
        elif (
            mention.status == existing.status
            and mention.date is not None
            and (existing.date is None or existing.date.contains(mention.date))
        ):
            existing.date = mention.date
    return _fold_members(merged)


# "embassy in Pyongyang" and "embassy in London": the host tells two embassies apart.
_EMBASSY_HOST = re.compile(
    r"(?<![\w-])(?:[Ee]mbassy|[Aa]mbassador)\s(?:in|at)\s(?P<host>[\w-]{2,30})"
)


def _different_hosts(name: str, other: str) -> bool:
    """Whether two names are of embassies (or ambassadors) in two different places.

    >>> _different_hosts("embassy in Pyongyang", "embassy in London")
    True
    >>> _different_hosts("embassy in Pyongyang", "the embassy"), _different_hosts("hotline", "hotline")
    (False, False)
    """
    if "mbass" not in name or "mbass" not in other:
        return False  # a substring test first: most channels name no embassy
    hosts = {m.group("host") for m in map(_EMBASSY_HOST.search, (name, other)) if m}
    return len(hosts) == 2


def _named_already(name: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a name's span overlaps a channel's name found before in the sentence.

    >>> _named_already((5, 9), [(0, 5), (8, 12)]), _named_already((5, 8), [(0, 5), (8, 12)])
    (True, False)
    """
    return any(a < name[1] and name[0] < b for a, b in spans)


def _mergeable(text: str, existing: _Mention, mention: _Mention) -> bool:
    """Whether ``mention`` may be another mention of the record ``existing``."""
    if existing.family != mention.family or mention.distinct:
        return False
    if _different_hosts(existing.name, mention.name):
        return False  # each embassy is its own owner's channel to its host
    if (
        existing.parties
        and mention.parties
        and not (existing.parties <= mention.parties or mention.parties <= existing.parties)
    ):
        return False
    return not (_listed_apart(text, existing, mention) or _told_apart(existing.name, mention.name))


_NAME_WORD = re.compile(r"[a-z]{3,}")
_NAME_STOP = frozenset(("the", "and", "between", "with", "all", "two"))


def _affinity(existing: _Mention, mention: _Mention) -> int:
    """How many words two names share (a stock word like "the" aside).

    >>> a = _Mention("hotline between the leaders", "lines", set(), None, None, (0, 0), (0, 0))
    >>> b = _Mention("communication lines", "lines", set(), None, None, (0, 0), (0, 0))
    >>> c = _Mention("hotline between their offices", "lines", set(), None, None, (0, 0), (0, 0))
    >>> _affinity(a, c), _affinity(b, c)
    (1, 0)
    """
    words = [set(_NAME_WORD.findall(m.name.lower())) - _NAME_STOP for m in (existing, mention)]
    return len(words[0] & words[1])


def _fold_members(records: list[_Mention]) -> list[_Mention]:
    """The records left once the members of a listed group are settled.

    A group told by one member ("all lines, including a hotline") is one channel, the
    group, unless the member is told of again; a group told by two or more members
    ("all lines, including the liaison line, the military lines and the hotline") is
    those members, unless the group itself is told of again.
    """
    kept: list[_Mention] = []
    for record in records:
        group = record.member_of
        if (
            group is not None
            and record.told == 1
            and group.members == 1
            and group.family == record.family
            and any(r is group for r in records)
        ):
            continue
        if record.members >= 2 and record.told == 1:
            continue
        kept.append(record)
    return kept


# "all communication lines, including a hotline": a group, then members of it.
_INCLUDING = re.compile(rf",\s(?:{_alternation(_DATA['group_members'])})\s")


def _mark_members(text: str, found: list[_Mention]) -> None:
    """Mark the channels one sentence lists as members of a group named before them.

    The members share the group's fate ("will sever all lines, including the
    hotline, ..."): they take its status and date.

    >>> text = "It cut all lines, including the hotline and the office."
    >>> group = _Mention("all lines", "lines", set(), "severed", None, (0, 55), (7, 16))
    >>> one = _Mention("hotline", "lines", set(), None, None, (0, 55), (32, 39))
    >>> two = _Mention("office", "liaison", set(), "open", None, (0, 55), (48, 54))
    >>> _mark_members(text, [group, one, two])
    >>> group.members, one.member_of is group, two.status
    (2, True, 'severed')
    """
    ordered = sorted(found, key=lambda m: m.span[0])
    for k, group in enumerate(ordered[:-1]):
        if group.family in _ITEM_FAMILIES:
            continue
        if _INCLUDING.search(text, group.span[1], ordered[k + 1].span[0]) is None:
            continue
        members = [m for m in ordered[k + 1 :] if m.family not in _ITEM_FAMILIES]
        for member in members:
            member.member_of = group
            if group.status is not None:
                member.status, member.date = group.status, group.date
        group.members = len(members)
        return


# What stands between the items of a serial list of channels: ", the", ", and the",
# " and the" (a phrase after an item, "between the party and the Blue House", may come
# before the joint; the joint's own comma closes it).
_LIST_JOINT = re.compile(r",\s(?:(?:and|or)\s)?(?:(?:the|a|an|its|their)\s)?$")
_AND_JOINT = re.compile(r"(?:,\s|\s)(?:and|or)\s(?:(?:the|a|an|its|their)\s)?$")
_LIST_GAP_REACH = 90  # a phrase after an item is short; a longer gap is another clause
# "the liaison line of the joint liaison office": a line named as part of another channel.
_PART_OF = re.compile(
    r"\sof\s(?:the\s|its\s|their\s)?(?:(?!(?:and|or)\s)[a-z'’-]{2,20}\s){0,3}$"
)  # not "the lines of the militaries and the hotline": a list goes on


def _serial_list(text: str, mentions: list[_Mention], count: int) -> None:
    """Mark the channels one sentence lists as "A, B, and C", and share the list's fate.

    Items of a list are separate channels, and the verb before the list ("cut off A,
    B, and C at noon") tells each one's status and the time after it each one's date:
    an item whose own clause (after ", and") tells neither takes the list's.

    >>> text = "It cut the liaison line, the military lines, and the hotline at noon."
    >>> a = _Mention("liaison line", "lines", set(), "severed", None, (0, 70), (11, 23))
    >>> b = _Mention("military lines", "lines", set(), "severed", None, (0, 70), (29, 43))
    >>> c = _Mention("hotline", "lines", set(), None, None, (0, 70), (53, 60))
    >>> _serial_list(text, [a, b, c], 0)
    >>> a.listed == b.listed == c.listed == {11}, c.status
    (True, 'severed')
    """
    found = sorted(
        (m for m in mentions[count:] if m.family not in _ITEM_FAMILIES), key=lambda m: m.span[0]
    )
    chain: list[_Mention] = []
    for mention in found:
        if chain:
            gap = text[chain[-1].span[1] : mention.span[0]]
            joint = _LIST_JOINT.search(gap) if len(gap) <= _LIST_GAP_REACH else None
            if joint is not None and "," not in gap[: joint.start()] and ";" not in gap:
                chain.append(mention)
                continue
            _share_list(text, chain)
        chain = [mention]
    _share_list(text, chain)


def _share_list(text: str, chain: list[_Mention]) -> None:
    """Mark ``chain`` a list when an "and" closes it, and share status and date.

    Three items at least: two ("restored the hotline on Tuesday, and the lines
    worked") may be two clauses about one channel.
    """
    if len(chain) < 3 or not _AND_JOINT.search(text, chain[-2].span[1], chain[-1].span[0]):
        return
    statuses = {m.status for m in chain if m.status is not None}
    dates = {m.date for m in chain if m.date is not None}
    for mention in chain:
        mention.listed = frozenset([chain[0].span[0]])
        if mention.status is None and len(statuses) == 1:
            mention.status = next(iter(statuses))
        if mention.date is None and len(dates) == 1 and mention.status in statuses:
            mention.date = next(iter(dates))


def _later(first: _Mention, second: _Mention) -> _Mention | None:
    """Of two dated mentions with different states, the one whose date is after the other's.

    The hotline "cut in 2016" and "restored in 2018" and "cut again in 2023" is cut.
    """
    if first.date is None or second.date is None or first.status == second.status:
        return None
    if first.status is None or second.status is None:
        return None
    later = None
    if second.date.start() > first.date.end():
        later, earlier = second, first
    elif first.date.start() > second.date.end():
        later, earlier = first, second
    if (
        later is not None
        and later.status == "open"
        and earlier.status == "restored"
        and later.date is not None
        and earlier.date is not None
        and (later.date.start() - earlier.date.end()).days <= _STILL_NEWS_DAYS
    ):
        return earlier  # reopened on Wednesday, used on Friday: still the restoration
    return later


_CONTRAST = re.compile(r"(?<![\w-])(?:but|while|whereas)\s")


def _listed_apart(text: str, first: _Mention, second: _Mention) -> bool:
    """Two differently named channels of one sentence, listed with "and", are two channels.

    "the restoration of the military line and the establishment of a hotline"
    lists two; "the hotline, the only line left," names one, and so may "the
    hotline was restored, and the lines worked" (a new clause).
    """
    if first.member_of is second or second.member_of is first:
        return True  # "all lines, including a hotline": the group and its member
    if first.listed & second.listed:
        return True  # "the liaison line, the military lines, and the hotline": three
    if first.evidence != second.evidence or first.name.lower() == second.name.lower():
        return False
    (_, a_end), (b_start, _) = sorted((first.span, second.span))
    if b_start < a_end:
        return False
    between = text[a_end:b_start]
    if (
        _CONTRAST.search(between)
        and first.status is not None
        and second.status is not None
        and first.status != second.status
    ):
        return True  # "restored the hotline, but the military lines remain cut"
    # "..., and the lines worked" is a new clause, perhaps about the same channel
    return " and " in between and _CLAUSE_BREAK.search(between) is None
