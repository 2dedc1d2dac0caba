"""One pass of recognition over an article's sentences, shared by the extractors.

Each sentence is scanned once for gazetteer terms, name candidates and time
expressions (these only when a rule first reads them); the envoy, meeting and
channel extractors then read these results instead of re-scanning the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from ..recognize.dates import DateMention, find_dates
from ..recognize.people import NameFinder, PersonMention
from ..recognize.terms import Term, TermIndex
from ..recognize.trie import fold_case
from ..text.clean import CleanText
from ..text.sentences import Sentence, split_sentences


@dataclass
class SentenceFacts:
    """What recognition found in one sentence.

    Its time expressions are found when a rule first asks for them: most
    sentences tell no meeting or channel, and no rule reads their dates.
    """

    sentence: Sentence
    terms: list[Term]
    people: list[PersonMention]
    text: str = field(repr=False)  # the article's text, which :attr:`dates` reads

    @cached_property
    def dates(self) -> list[DateMention]:
        """The time expressions of the sentence (:func:`find_dates`)."""
        return find_dates(self.text, self.sentence.start, self.sentence.end)


@dataclass
class Analysis:
    """Recognition results for a whole article."""

    text: str
    clean: CleanText
    published: dt.date | None
    sentences: list[SentenceFacts]
    dateline_date: DateMention | None = None
    person_of: dict[int, int] = field(default_factory=dict)  # mention start -> person index

    @cached_property
    def folded(self) -> str:
        """The text as :func:`~dprk_diplomacy.recognize.trie.fold_case` folds it.

        Case-blind cue patterns search it, about twice as fast as they would
        search the text with ``re.IGNORECASE``; every offset is the text's own.
        """
        return fold_case(self.text)

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        sentence = self.sentences[index].sentence
        return self.text[sentence.start : sentence.end]


_DATELINE_DASH = re.compile(r"\s(?:--|—|–|-)\s")


def analyse(
    text: str, cleaned: CleanText, published: dt.date | None, terms: TermIndex, names: NameFinder
) -> Analysis:
    """Split ``text`` into sentences and recognise terms, names and dates in each."""
    facts = []
    for index, sentence in enumerate(split_sentences(text, cleaned.segments)):
        found = terms.find(text, sentence.start, sentence.end)
        facts.append(
            SentenceFacts(
                sentence=sentence,
                terms=found,
                people=names.find(text, sentence.start, sentence.end, index, found),
                text=text,
            )
        )
    dateline_date = None
    if cleaned.dateline:
        for fact in facts:
            if fact.sentence.kind == "story":
                head = fact.sentence.start
                # "SEOUL, May 15 (Agency) -- On Thursday, ...": past the dash, the story's time
                dash = _DATELINE_DASH.search(text, head, min(fact.sentence.end, head + 90))
                limit = head + len(cleaned.dateline) + 20
                limit = min(limit, dash.start()) if dash else limit
                dates = [d for d in fact.dates if d.start < limit]
                dateline_date = dates[0] if dates else None
                break
    return Analysis(text, cleaned, published, facts, dateline_date)
