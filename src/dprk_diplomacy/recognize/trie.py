"""One compiled pattern for a whole word list, built as a trie.

A plain alternation of a thousand names makes the regex engine try each name
at each position; factoring common prefixes into a trie lets it reject most
positions after one character, so a gazetteer lookup is a single linear scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of ``words`` (longest first at each branch).

    >>> trie_pattern(["Seoul", "Sejong", "Se"])
    'Se(?:(?:jong|oul))?'
    >>> bool(re.fullmatch(trie_pattern(["U.S.", "US"]), "U.S."))
    True
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node_pattern(trie) if trie else "(?!)"


def _node_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    optional = _END in node
    branches = []
    for char in sorted(c for c in node if c != _END):
        branches.append(re.escape(char) + _node_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body
