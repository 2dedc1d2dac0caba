"""One compiled pattern for a whole word list, built as a trie.

A plain alternation of a thousand names makes the regex engine try each name
at each position; factoring common prefixes into a trie lets it reject most
positions after one character, so a gazetteer lookup is a single linear scan.

:func:`word_list_pattern` goes one step further for the common shape
``(?<![\\w-])(?:word|word|...)(?![\\w-])``.  Python's engine skips ahead
quickly only to positions holding one of the characters a pattern can start
with, and it can tell them only when the pattern opens with a character, not
with a look-behind.  So the built pattern opens with the set of first
characters, then checks the character before it, then matches the rest of
the word: it finds exactly what the plain alternation finds, several times
faster.  Lists by group name keep the look-behind first (see :func:`_grouped`),
and so does a list with many lower-case initials, whose branches would cost more
than the skipping saves (see :data:`_MAX_COMMON_INITIALS`).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

_END = ""


def fold_case(text: str) -> str:
    """``text`` lower-cased, each character in its place, as :data:`re.IGNORECASE` sees it.

    A lower-case pattern matched in the folded text finds what the same
    pattern with ``re.IGNORECASE`` finds in the original, at the same
    offsets, for words written in ASCII: the few other characters that the
    flag matches with an ASCII letter (the Kelvin sign, the long s, the
    dotted and dotless i) are folded to that letter, which also keeps the
    dotted capital I from growing into two characters.

    >>> fold_case("Talks in SEOUL")
    'talks in seoul'
    >>> fold_case("İSTANBUL \u212aIM")
    'istanbul kim'
    """
    # ASCII text holds none of them; else one substring test per character beats a class scan
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        text = text.translate(_TO_ASCII_LETTER)
    return text.lower()


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of ``words`` (longest first at each branch).

    >>> trie_pattern(["Seoul", "Sejong", "Se"])
    'Se(?:(?:jong|oul))?'
    >>> bool(re.fullmatch(trie_pattern(["U.S.", "US"]), "U.S."))
    True
    """
    trie = _trie(word for word in words if word)
    return _node_pattern(trie, re.escape) if trie else "(?!)"


def _trie(words: Iterable[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return trie


def _node_pattern(node: dict[str, dict], escape: Callable[[str], str]) -> str:  # type: ignore[type-arg]
    optional = _END in node
    branches: list[str] = []
    for char in sorted(c for c in node if c != _END):
        branches.append(escape(char) + _node_pattern(node[char], escape))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


class _Escape:
    """Regex source for one character of a listed word."""

    def __init__(self, any_space: bool) -> None:
        self.any_space = any_space

    def __call__(self, char: str) -> str:
        if char == " " and self.any_space:
            return r"\s"  # "phone call" also across a line break
        return re.escape(char)


def word_list_pattern(
    words: Iterable[str] | Mapping[str, Iterable[str]],
    *,
    ignore_case: bool = False,
    any_space: bool = False,
    not_after: str = r"[\w-]",
    after: str = r"(?![\w-])",
) -> re.Pattern[str]:
    """A fast pattern for ``(?<!NOT_AFTER)(?:word|...)AFTER``, longest word first.

    ``words`` is one list, or lists by group name: the match then sets the
    named group of the first list (in order) that has a word there, so
    ``match.lastgroup`` tells which list matched.  ``ignore_case`` matches as
    :data:`re.IGNORECASE` does (the words are lower-cased, as the plain
    alternation would have them); ``any_space`` lets a space in a word match
    any whitespace.  ``not_after`` is a one-character class the word may not
    follow; ``after`` is what must hold after it.

    >>> pattern = word_list_pattern({"call": ["phone call"], "meet": ["met", "meeting"]},
    ...                             ignore_case=True, any_space=True)
    >>> [(m.group(0), m.lastgroup) for m in pattern.finditer("They met; a Phone\\ncall; meetings")]
    [('met', 'meet'), ('Phone\\ncall', 'call')]
    """
    groups = dict(words) if isinstance(words, Mapping) else {"": words}
    listed = {
        name: sorted({w.lower() if ignore_case else w for w in group if w}, key=len, reverse=True)
        for name, group in groups.items()
    }
    escape = _Escape(any_space)
    if any(not group for group in listed.values()) or any(
        word[0].isspace() or (ignore_case and not word[0].isascii() and _cased(word[0]))
        for group in listed.values()
        for word in group
    ):
        return re.compile(_plain_pattern(listed, escape, not_after, after, ignore_case))
    boundary = rf"(?<!{not_after}[\s\S])"  # not inside a word: the character before the first
    if "" in listed and _few_common_initials(listed[""]):
        return re.compile(_first_char_branches(listed[""], escape, boundary, ignore_case) + after)
    if "" in listed:
        body = _node_pattern(_trie(listed[""]), escape)
        body = f"(?i:{body})" if ignore_case else body
        return re.compile(f"(?<!{not_after})(?:{body})" + after)
    return re.compile(_grouped(listed, escape, not_after, ignore_case) + after)


# More lower-case initials than this and the engine stops at most letters of a text
# anyway: trying a branch per initial there costs more than the look-behind at every
# position (the plan and hedge lists, sixteen and fifteen initials, scan 40% faster
# with it; a list of names, whose initials are capitals, stays much faster skipping).
_MAX_COMMON_INITIALS = 10


def _few_common_initials(words: list[str]) -> bool:
    """Whether :func:`_first_char_branches` suits ``words``: few lower-case initials.

    >>> _few_common_initials(["talks", "summit"]), _few_common_initials(list("abcdefghijkl"))
    (True, False)
    """
    return len({word[0] for word in words if word[0].islower()}) <= _MAX_COMMON_INITIALS


def word_list_source(
    words: Iterable[str], *, any_space: bool = False, not_after: str = r"[\w-]"
) -> str:
    """The source of :func:`word_list_pattern`'s ``(?<!NOT_AFTER)(?:word|...)``, to open a
    longer pattern: the engine then skips ahead to the words' first characters.

    >>> source = word_list_source(["via", "through", "by way of"], any_space=True)
    >>> re.findall(source, "sent via Beijing, by way of Seoul, not through Tokyo")
    ['via', 'by way of', 'through']
    """
    listed = sorted({word for word in words if word}, key=len, reverse=True)
    escape = _Escape(any_space)
    if not listed or any(word[0].isspace() for word in listed):
        plain = "|".join("".join(escape(c) for c in word) for word in listed) or "(?!)"
        return f"(?<!{not_after})(?:{plain})"
    return _first_char_branches(listed, escape, rf"(?<!{not_after}[\s\S])", ignore_case=False)


def folded_word_list_pattern(
    words: Iterable[str] | Mapping[str, Iterable[str]], **options: Any
) -> re.Pattern[str]:
    """:func:`word_list_pattern` of the words lower-cased, to search :func:`fold_case` text.

    It finds what the ``ignore_case=True`` pattern finds in the original text,
    at the same offsets, in about half the time.

    >>> pattern = folded_word_list_pattern(["Phone call", "met"], any_space=True)
    >>> [m.span() for m in pattern.finditer(fold_case("They MET by Phone\\ncall"))]
    [(5, 8), (12, 22)]
    """
    if isinstance(words, Mapping):
        return word_list_pattern(
            {name: [word.lower() for word in group] for name, group in words.items()},
            **options,
        )
    return word_list_pattern([word.lower() for word in words], **options)


def anchor_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The longest word of each phrase, lower-cased and without repeats.

    Every match of :func:`folded_word_list_pattern` for these phrases holds
    one of them, so text without any (a plain substring search, far cheaper
    than the pattern's scan) holds none of the phrases.

    >>> anchor_words(["New York channel", "hotline", "back channel"])
    ('channel', 'hotline')
    """
    found: dict[str, None] = {}
    for phrase in phrases:
        words = phrase.lower().split()
        if words:
            found.setdefault(max(words, key=len))
    return tuple(found)


def fewest_anchors(phrases: Iterable[str]) -> tuple[str, ...]:
    """:func:`anchor_words`, without a word that holds another of them.

    Text that holds a dropped word holds the word inside it, so a substring
    pre-test over these finds what one over all of :func:`anchor_words` finds,
    with fewer searches.

    >>> fewest_anchors(["mission", "missions", "embassy", "embassies"])
    ('mission', 'embassy', 'embassies')
    """
    words = anchor_words(phrases)
    return tuple(w for w in words if not any(o != w and o in w for o in words))


def anchor_positions(text: str, anchors: Iterable[str]) -> list[int]:
    """Where any of ``anchors`` starts in ``text``, in order.

    >>> anchor_positions("a hotline, a channel, a hotline", ("channel", "hotline"))
    [2, 13, 24]
    """
    found = []
    for anchor in anchors:
        at = text.find(anchor)
        while at >= 0:
            found.append(at)
            at = text.find(anchor, at + 1)
    found.sort()
    return found


def holds_any(text: str, words: Iterable[str], start: int, end: int) -> bool:
    """Whether one of ``words`` stands wholly inside ``text[start:end]``.

    A pattern each match of which holds one of ``words`` need not be searched
    where none stands: a substring test is far cheaper than a regex search.

    >>> holds_any("they stayed on in Hanoi", ("spen", "stay"), 0, 23)
    True
    >>> holds_any("they stayed on in Hanoi", ("spen", "stay"), 7, 23)
    False
    """
    # One slice and the ``in`` operator: cheaper than a ``find`` call with bounds per word
    # (the bounds are read as a slice's, so the same words are found).
    window = text[start:end]
    for word in words:  # noqa: SIM110  (a loop: any() over a generator costs more)
        if word in window:
            return True
    return False


def _cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char


@cache
def _ascii_case_variants() -> dict[str, str]:
    """Each ASCII letter with every character IGNORECASE matches it with ("k": "kK\u212a").

    Only the Basic Multilingual Plane holds characters that fold to ASCII.
    """
    others = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    variants = {c: c + c.upper() for c in string.ascii_lowercase}
    for other in re.findall(r"(?i)[a-z]", others):
        for letter in variants:
            if re.fullmatch(letter, other, re.IGNORECASE):
                variants[letter] += other
    return variants


# Non-ASCII characters that re.IGNORECASE matches with an ASCII letter, and that letter.
_TO_ASCII_LETTER = {
    ord(variant): letter
    for letter, variants in _ascii_case_variants().items()
    for variant in variants
    if not variant.isascii()
}
_FOLDS_TO_ASCII = "".join(map(chr, _TO_ASCII_LETTER))


def _first_char_branches(
    words: list[str], escape: Callable[[str], str], boundary: str, ignore_case: bool
) -> str:
    """``(?:K(?<!...)rest|k(?<!...)rest|...)``: every branch opens with a plain character.

    The engine then skips to positions holding one of those characters, and
    at each position rejects the other branches after one comparison.
    """
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches: list[str] = []
    for first, rests in sorted(by_first.items()):
        rest = _node_pattern(_trie(rests), escape)
        if ignore_case:
            rest = f"(?i:{rest})" if rest else ""
            variants = _ascii_case_variants().get(first, first)
        else:
            variants = first
        branches.extend(escape(variant) + boundary + rest for variant in variants)
    return "(?:" + "|".join(branches) + ")"


def _grouped(
    listed: Mapping[str, list[str]],
    escape: Callable[[str], str],
    not_after: str,
    ignore_case: bool,
) -> str:
    """``(?<!...)(?=all)(?:(?P<a>trie)|(?P<b>trie))``: one named group per list.

    A group name may appear only once, so the first characters cannot be
    shared out among the lists as :func:`_first_char_branches` does, and a
    branch opening with a look-behind over the character already matched is
    not screened by its first character (each list would try each of its
    first characters in turn at every word).  So the pattern opens with the
    look-behind; a look-ahead over one trie of all the words then turns away
    the words that open no list's word in a single pass, and only at a word
    that does are the lists tried, each its own trie.  With five lists of
    meeting cues, an article is scanned in half the time of the look-behinds.
    """
    every = _node_pattern(_trie(word for group in listed.values() for word in group), escape)
    bodies = [
        f"(?P<{name}>{_node_pattern(_trie(group), escape)})" for name, group in listed.items()
    ]
    body = f"(?={every})(?:" + "|".join(bodies) + ")"
    return f"(?<!{not_after})" + (f"(?i:{body})" if ignore_case else body)


def _plain_pattern(
    listed: Mapping[str, list[str]],
    escape: _Escape,
    not_after: str,
    after: str,
    ignore_case: bool,
) -> str:
    """The plain alternation that :func:`word_list_pattern` stands for."""
    bodies = []
    for name, group in listed.items():
        body = "|".join("".join(escape(c) for c in word) for word in group) or "(?!)"
        bodies.append(f"(?P<{name}>{body})" if name else f"(?:{body})")
    flags = "(?i)" if ignore_case else ""
    return f"{flags}(?<!{not_after})(?:" + "|".join(bodies) + ")" + after
