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
cut and then restored is restored.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..gazetteer import Gazetteer
from ..models import Channel, ChannelStatus, Span
from ..partial_date import PartialDate
from ..recognize.dates import Direction
from ..recognize.trie import anchor_positions, anchor_words, fold_case, folded_word_list_pattern
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
      | [A-Z][\w.'’]{0, 30}(?:-[A-Z][\w.'’]{0, 30}){0, 3}  # or a capitalised word: U.S.-North, Korea
    )\s$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CUE = {
    status: folded_word_list_pattern(_DATA[status], any_space=True)
    for status in ("restored", "severed", "open", "proposed", "hypothetical")
}
# Where one clause of a sentence ends and the next, about another thing, begins.
_CLAUSE_BREAK = re.compile(
    r"""
    ;                                  # "a potential liaison office; South Korea opened one"
    | \.\.\.|…                         # a quotation cut short
    | ,\s(?:and|but|while|whereas)\s   # a contrast, or a clause about something else
    """,
    re.VERBOSE,
)
_AT_THE_TIME = re.compile(r"\bat\sthe\stime\b", re.IGNORECASE)
_LETTERS_CONTEXT = re.compile(r"\b(?:personal|exchang\w*|through|correspondence)\b", re.IGNORECASE)
_FROM_OR_TO_SOMEONE = re.compile(r"\s(?:from|to)\s(?:the\s)?[A-Z]")  # "a letter from Trump"
_SINCE_BEFORE = re.compile(r"\bsince\s(?:the\s)?$")  # "the first since the 1953 armistice"
_TALKS_AFTER = re.compile(r"\s?talks")  # "back channel talks" are talks, not a channel
_PLACE_AFTER = re.compile(r"\s(?:in|at)\s(?:the\s)?(?P<place>[A-Z][\w-]+)")  # "office in Kaesong"
_BETWEEN_AFTER = re.compile(r"\sbetween\sthe\stwo\s(?:leaders|sides|countries)")
_THE_LEADERS = re.compile(r"\bthe\s(?:two\s)?leaders\b")  # the sides are the leaders named before
# "Sweden, which acts as the protecting power": the state that carries the messages.
_INTERMEDIARY_AFTER = re.compile(
    r"""
    (?:,\s(?:which|that|who)\s|\s)      # "Sweden, which ..." or "Sweden ..."
    (?:acts|acted|serves|served|is|was)\sas\s(?:the\s|its\s|a\s)?
    (?:protecting\spower|intermediary|go-between|mediator)
    """,
    re.VERBOSE,
)
_SHUTDOWN = re.compile(r"shutdown|scrapping")  # a warned-of closing is no status yet
_PRIORITY: dict[ChannelStatus | None, int] = {
    "restored": 4,
    "severed": 3,
    "open": 2,
    "proposed": 1,
    None: 0,
}


@dataclass
class _Mention:
    name: str
    family: str
    parties: set[str]
    status: ChannelStatus | None
    date: PartialDate | None
    evidence: tuple[int, int]


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
        self._anchors = anchor_words(phrases)

    def extract(self, analysis: Analysis, people: list[Person]) -> list[Channel]:
        """The article's channels, one per channel, in order of first mention."""
        mentions = []
        folded = analysis.folded
        anchors = anchor_positions(folded, self._anchors)
        if not anchors:
            return []
        for index, fact in enumerate(analysis.sentences):
            start, end = fact.sentence.start, fact.sentence.end
            first = bisect_left(anchors, start)
            if fact.sentence.kind != "story" or first == len(anchors) or anchors[first] >= end:
                continue
            for head in self._head.finditer(folded, start, end):
                mention = self._mention(analysis, people, index, head)
                if mention is not None:
                    mentions.append(mention)
        return [self._record(analysis, m) for m in _merge(mentions)]

    def _mention(
        self, analysis: Analysis, people: list[Person], index: int, head: re.Match[str]
    ) -> _Mention | None:
        text = analysis.text
        fact = analysis.sentences[index]
        s_start, s_end = fact.sentence.start, fact.sentence.end
        family = self._family[_phrase_key(head.group(0))]
        after = text[head.end() : head.end() + 12]
        if family == "back" and _TALKS_AFTER.match(after):
            return None
        if (
            family == "letters"
            and not _LETTERS_CONTEXT.search(text, max(s_start, head.start() - 30), head.end())
            and not _FROM_OR_TO_SOMEONE.match(text, head.end(), s_end)
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
            start = modifier.start()
        end = head.end()
        place = _PLACE_AFTER.match(text[end : end + 40])
        if place and self.gazetteer.place(place.group("place")) is not None:
            end += place.end()
        between = _BETWEEN_AFTER.match(text[end : end + 40])
        if between:
            end += between.end()
        name = text[start:end].strip()
        c_start, c_end = _clause(text, s_start, s_end, start, end)
        parties = self._parties(analysis, people, index, start, end, family, (c_start, c_end))
        status = _status(text[c_start:c_end], analysis.folded[c_start:c_end])
        dates = [
            d
            for d in fact.dates
            if c_start <= d.start < c_end
            and not _SINCE_BEFORE.search(text, max(c_start, d.start - 12), d.start)
        ]
        if status is None and index > 0:
            status = _status(analysis.sentence_text(index - 1)) if family == "new-york" else None
        date = None
        if dates:
            direction: Direction = "future" if status == "proposed" else "past"
            date = dates[-1].resolve(analysis.published, direction)
        elif (
            _AT_THE_TIME.search(text, s_start, s_end)
            and index > 0
            and analysis.sentences[index - 1].dates
        ):
            date = analysis.sentences[index - 1].dates[0].resolve(analysis.published, "past")
        return _Mention(name, family, parties, status, date, (s_start, s_end))

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
        for term in terms:
            if not term.codes or term.kind in ("place", "other"):
                continue
            if any(a <= term.start < b for a, b in title_spans):
                continue
            if start <= term.start < end and term.kind == "capital":
                continue
            parties.update(term.codes)
        for mention in fact.people:
            person = analysis.person_of.get(mention.start)
            if person is not None and people[person].country and people[person].is_envoy:
                parties.add(people[person].country or "")
        if _THE_LEADERS.search(text[fact.sentence.start : fact.sentence.end]):
            for person in MeetingExtractor._recent_leaders(analysis, people, index):
                if people[person].country:
                    parties.add(people[person].country or "")
        back = index - 1
        while len(parties) < 2 and back >= 0 and index - back <= 2:
            for term in analysis.sentences[back].terms:
                if term.codes and term.kind not in ("place", "other", "org"):
                    parties.update(term.codes)
            back -= 1
        parties.discard("")
        for term in fact.terms:
            if term.codes and _INTERMEDIARY_AFTER.match(text, term.end, fact.sentence.end):
                parties.difference_update(term.codes)  # the go-between is not a side it links
        if (
            len(parties) > 2
            and {"KOR", "PRK"} <= parties
            and "inter-korean" in text[start:end].lower()
        ):
            return {"KOR", "PRK"}
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


def _phrase_key(phrase: str) -> str:
    """A head phrase as matched, folded: case and runs of spaces do not matter."""
    return " ".join(phrase.lower().split())


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


def _status(sentence: str, folded: str | None = None) -> ChannelStatus | None:
    """The state of a channel as a sentence reports it; ``folded`` is its fold_case, if known.

    >>> _status("The lines were reopened on Tuesday.")
    'restored'
    >>> _status("He warned of a shutdown of the office.")
    """
    if folded is None:
        folded = fold_case(sentence)
    found = {status: cue.search(folded) for status, cue in _CUE.items()}
    if found["restored"]:
        return "restored"
    if found["hypothetical"] and (found["severed"] or _SHUTDOWN.search(sentence)):
        return None
    if found["proposed"]:
        return "proposed"
    if found["severed"]:
        return "severed"
    if found["open"]:
        return "open"
    return None


def _merge(mentions: list[_Mention]) -> list[_Mention]:
    merged: list[_Mention] = []
    for mention in mentions:
        for existing in merged:
            if existing.family != mention.family:
                continue
            if (
                existing.parties
                and mention.parties
                and not (existing.parties <= mention.parties or mention.parties <= existing.parties)
            ):
                continue
            existing.parties |= mention.parties if len(existing.parties) < 2 else set()
            if _PRIORITY[mention.status] > _PRIORITY[existing.status]:
                existing.status = mention.status
                existing.date = mention.date or existing.date
            elif (
                mention.status == existing.status
                and mention.date is not None
                and (existing.date is None or existing.date.contains(mention.date))
            ):
                existing.date = mention.date
            break
        else:
            merged.append(mention)
    return merged
