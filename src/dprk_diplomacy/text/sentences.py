"""Sentence splitting over the kept segments, with offsets into the raw input.

News English is full of full stops that do not end sentences: ``U.S.``,
``N. Korea``, ``Nov. 6``, ``Gen.``, ``Amb.``, initials.  A stop ends a
sentence only when it follows a word that is not a known abbreviation and is
followed by a space and a capital, a quote or a digit; scraped text that glues
sentences together ("programs.The Treasury") is split too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from ..resources import load_json
from .clean import Segment, SegmentKind


class Sentence(NamedTuple):
    """A sentence of a segment: ``source[start:end]``, its segment kind and paragraph index."""

    start: int
    end: int
    kind: SegmentKind
    paragraph: int


@cache
def _abbreviations() -> frozenset[str]:
    words: list[str] = load_json("abbreviations.json")["abbreviations"]
    return frozenset(words)


_BOUNDARY = re.compile(
    r"""
    (?P<stop>[.!?])                 # the stop itself
    (?P<close>["'”’)\]]{0,3})       # closing quotes or brackets that belong to the sentence
    (?:
        \s+                          # a space, then the next sentence starts with
        (?=["“‘(\[]?[A-Z0-9])        #   a capital or digit, maybe after an opening quote
      |
        (?<=[a-z]{2}[.!?])           # or glued: a lower-case word ends ...
        (?=[A-Z][a-z])               #   ... and a capitalised word follows at once
    )
    """,
    re.VERBOSE,
)

_WORD_BEFORE = re.compile(r"([\w.'-]{1,20})$")


def _ends_in_abbreviation(text: str, stop_at: int) -> bool:
    """True when the stop at ``stop_at`` closes an abbreviation rather than a sentence.

    >>> _ends_in_abbreviation("talks with the U.S. Tuesday", 18)
    True
    >>> _ends_in_abbreviation("They met. Then", 8)
    False
    """
    if text[stop_at] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, stop_at - 20), stop_at)
    if not match:
        return False
    word = match.group(1).lstrip("'-")
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. Smith", "N. Korea"
    return (word + ".") in _abbreviations() or (
        "." in word and word.replace(".", "").isalpha() and word.replace(".", "").isupper()
    )


def split_segment(source: str, segment: Segment, paragraph: int) -> Iterator[Sentence]:
    """Yield the sentences of one segment.

    >>> text = "Envoys met in the U.S. capital. Nov. 6 talks followed."
    >>> [text[s.start:s.end] for s in split_segment(text, Segment(0, len(text), "story"), 0)]
    ['Envoys met in the U.S. capital.', 'Nov. 6 talks followed.']
    """
    start = segment.start
    for match in _BOUNDARY.finditer(source, segment.start, segment.end):
        if _ends_in_abbreviation(source, match.start("stop")):
            continue
        end = match.end("close")
        if end - start > 1:
            yield _trimmed(source, start, end, segment.kind, paragraph)
        start = match.end()
    if segment.end - start > 0 and source[start : segment.end].strip():
        yield _trimmed(source, start, segment.end, segment.kind, paragraph)


def _trimmed(source: str, start: int, end: int, kind: SegmentKind, paragraph: int) -> Sentence:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return Sentence(start, end, kind, paragraph)


MAX_SENTENCE = 1500
"""Longer stretches are no sentence of prose; they are cut so work per sentence stays bounded."""


def _bounded(source: str, sentence: Sentence) -> Iterator[Sentence]:
    """Cut an overlong 'sentence' (a dump, a run of junk) into pieces at spaces.

    Extractors compare items within a sentence, so a bound on its length
    keeps the whole parse linear in the size of the input.
    """
    start = sentence.start
    while sentence.end - start > MAX_SENTENCE:
        cut = source.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        end = cut if cut > start else start + MAX_SENTENCE
        yield Sentence(start, end, sentence.kind, sentence.paragraph)
        start = end
    if sentence.end > start:
        yield Sentence(start, sentence.end, sentence.kind, sentence.paragraph)


def split_sentences(source: str, segments: Iterable[Segment]) -> tuple[Sentence, ...]:
    """All sentences of the kept segments, in order, none longer than ``MAX_SENTENCE``."""
    return tuple(
        piece
        for paragraph, segment in enumerate(segments)
        for sentence in split_segment(source, segment, paragraph)
        for piece in _bounded(source, sentence)
    )
