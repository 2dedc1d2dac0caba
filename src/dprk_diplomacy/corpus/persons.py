"""The persons fold: one person per human being, whatever the spelling.

Envoy records are grouped in three steps, each near-linear:

1. Full names group by their lookup key (case, hyphens, spaces and accents
   folded: "Kim Jong-un" ~ "Kim Jong Un"), after a known official's alias is
   replaced by the official's name.  A group whose records give two different
   countries is two persons (the same name for two people); records with no
   country join the country most records give.
2. Long full names one letter apart, of the same country and surname, are
   one person misspelled ("Pak Chol-myong" ~ "Pak Chol Myoung").
3. Surname-only records ("Hill", "Biegun") go to the person whose full name
   carries that word in the same article; else to the only person of the
   same country (and, if several, the same post) across the corpus; else
   they are a person of their own.

:func:`build_person` then makes each group a
:class:`~dprk_diplomacy.corpus.models.Person`: its fullest common spelling,
the country most records give, its posts with when they were reported.

>>> from dprk_diplomacy.corpus.records import EnvoyRecord
>>> found = fold_persons([EnvoyRecord("a", 0, "Kim Jong-un", country="PRK"),
...                       EnvoyRecord("b", 0, "Kim Jong Un", country="PRK"),
...                       EnvoyRecord("b", 1, "Kim", country="PRK")])
>>> [[(r.article, r.index) for r in group] for group in found]
[[('a', 0), ('b', 0), ('b', 1)]]
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..gazetteer import Gazetteer, lookup_key
from .models import EnvoyMention, Person, Post, trusted
from .records import EnvoyRecord
from .tally import commonest

_WORDS = re.compile(
    r"""
    [^\s\-‐‑–]+   # a word of a name: runs between spaces and hyphens ("Jong-un" is two)
    """,
    re.VERBOSE,
)


def name_words(name: str) -> list[str]:
    """The lookup keys of the words of a name.

    >>> name_words("Choe Son-hui")
    ['choe', 'son', 'hui']
    """
    return [key for key in (lookup_key(word) for word in _WORDS.findall(name)) if key]


def _is_single_word(name: str) -> bool:
    return len(name.split()) == 1 and len(name_words(name)) == 1


class _Group:
    """The records of one person being built, with what matching needs."""

    __slots__ = ("country", "key", "records", "titles", "words")

    def __init__(self, key: str, country: str | None) -> None:
        self.key = key
        self.country = country
        self.records: list[EnvoyRecord] = []
        self.words: set[str] = set()
        self.titles: set[str] = set()

    def add(self, record: EnvoyRecord) -> None:
        """Take ``record`` in, with the words of its name and its post."""
        self.records.append(record)
        if not _is_single_word(record.name):
            words = name_words(record.name)
            # Korean and Chinese names put the surname first, Western names last.
            self.words.update((words[0], words[-1]))
        if record.title:
            self.titles.add(lookup_key(record.title))


def fold_persons(
    records: Iterable[EnvoyRecord], gazetteer: Gazetteer | None = None
) -> list[list[EnvoyRecord]]:
    """Group envoy records into persons; each record is in exactly one group.

    Groups come sorted by key, country and first record, so the result does
    not depend on the order of ``records``.
    """
    gazetteer = gazetteer or Gazetteer.default()
    ordered = sorted(records, key=lambda r: (r.article, r.index))
    full: list[tuple[EnvoyRecord, str, str | None]] = []
    single: list[EnvoyRecord] = []
    for record in ordered:
        official = gazetteer.official(record.name)
        if official is not None:
            # An official's alias reads as the official, whose country is known:
            # an article that gives another is wrong.
            full.append((record, lookup_key(official.name), official.country or record.country))
        elif _is_single_word(record.name):
            single.append(record)
        else:
            full.append((record, lookup_key(record.name), record.country))

    groups = _group_full_names(full)
    _resolve_surnames(single, groups)
    result = [g for g in groups if g.records]
    result.sort(key=lambda g: (g.key, g.country or "", g.records[0].article, g.records[0].index))
    return [sorted(g.records, key=lambda r: (r.article, r.index)) for g in result]


def _group_full_names(full: Sequence[tuple[EnvoyRecord, str, str | None]]) -> list[_Group]:
    by_key: dict[str, list[tuple[EnvoyRecord, str | None]]] = defaultdict(list)
    for record, key, country in full:
        by_key[key].append((record, country))
    groups: list[_Group] = []
    for key in sorted(by_key):
        members = by_key[key]
        # Records without a country join the country most records of the name give.
        default = commonest(country for _, country in members if country)
        by_country: dict[str | None, _Group] = {}
        for record, country in members:
            home = country or default
            group = by_country.get(home)
            if group is None:
                group = by_country[home] = _Group(key, home)
                groups.append(group)
            group.add(record)
    return _merge_misspellings(groups)


MISSPELLING_MIN_LENGTH = 10
"""Shortest name key (letters) in which one letter off is read as a misspelling."""


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped or changed.

    >>> one_edit_apart("pakcholmyong", "pakcholmyoung"), one_edit_apart("kimjongun", "kimjongil")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1 :] == b[start + 1 :]
    return a[start:] == b[start + 1 :]


def _merge_misspellings(groups: list[_Group]) -> list[_Group]:
    """Merge full names one letter apart ("Pak Chol-myong" ~ "Pak Chol Myoung").

    Only for long names of the same country, the same number of words and the
    same first word (the surname of a Korean name), so that "Kim Jong Un" and
    "Kim Jong Il" (two letters) or two short names stay apart.
    """
    blocks: dict[tuple[str, str, int], list[_Group]] = defaultdict(list)
    for group in groups:
        words = name_words(group.records[0].name)
        if group.country and len(group.key) >= MISSPELLING_MIN_LENGTH and len(words) > 1:
            blocks[(group.country, words[0], len(words))].append(group)
    merged_into: dict[int, _Group] = {}
    for block in blocks.values():
        # The most reported spelling absorbs the rarer ones.
        block.sort(key=lambda g: (-len(g.records), g.key))
        for i, big in enumerate(block):
            if id(big) in merged_into:
                continue
            for small in block[i + 1 :]:
                if id(small) not in merged_into and one_edit_apart(big.key, small.key):
                    merged_into[id(small)] = big
                    for record in small.records:
                        big.add(record)
    return [g for g in groups if id(g) not in merged_into]


def _resolve_surnames(single: Sequence[EnvoyRecord], groups: list[_Group]) -> None:
    by_word: dict[str, list[_Group]] = defaultdict(list)
    by_article_word: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for group in groups:
        words = sorted(group.words)
        for word in words:
            by_word[word].append(group)
        for article in sorted({r.article for r in group.records}):
            for word in words:
                by_article_word[(article, word)].append(group)
    own: dict[tuple[str, str | None], _Group] = {}
    for record in single:
        word = lookup_key(record.name)
        target = _surname_target(record, word, by_article_word, by_word)
        if target is None:
            key = (word, record.country)
            target = own.get(key)
            if target is None:
                target = own[key] = _Group(word, record.country)
                groups.append(target)
        target.add(record)


def _surname_target(
    record: EnvoyRecord,
    word: str,
    by_article_word: dict[tuple[str, str], list[_Group]],
    by_word: dict[str, list[_Group]],
) -> _Group | None:
    def fits(group: _Group) -> bool:
        """Whether the group's country allows the record's."""
        return record.country is None or group.country in (None, record.country)

    # The same article's full name is the best context.
    local = [g for g in by_article_word.get((record.article, word), ()) if fits(g)]
    if len(local) == 1:
        return local[0]
    if local:
        return None
    # Across the corpus, the only person of that surname and country, or of that post too.
    if record.country is None:
        return None
    wide = [g for g in by_word.get(word, ()) if g.country == record.country]
    if len(wide) > 1 and record.title:
        title = lookup_key(record.title)
        wide = [g for g in wide if title in g.titles]
    return wide[0] if len(wide) == 1 else None


def build_person(ident: str, group: Sequence[EnvoyRecord]) -> Person:
    """The person of one group of :func:`fold_persons`, under the id ``ident``."""
    full = [r.name for r in group if len(r.name.split()) > 1] or [r.name for r in group]
    counts = Counter(full)
    # Most used; a name in capitals (a headline's) only when there is no other.
    name = min(counts, key=lambda n: (-counts[n], n.isupper(), -len(n), n))
    posts: dict[str, list[EnvoyRecord]] = defaultdict(list)
    for record in group:
        if record.title:
            posts[record.title].append(record)
    return trusted(
        Person,
        id=ident,
        name=name,
        spellings=tuple(sorted({r.name for r in group} | {a for r in group for a in r.aliases})),
        country=commonest(r.country for r in group if r.country),
        posts=tuple(sorted((_post(t, rs) for t, rs in posts.items()), key=_post_order)),
        articles=tuple(sorted({r.article for r in group})),
        mentions=tuple(
            trusted(EnvoyMention, article=r.article, envoy=r.index, name=r.name) for r in group
        ),
    )


def _post(title: str, records: Sequence[EnvoyRecord]) -> Post:
    dates = sorted(r.published for r in records if r.published is not None)
    return trusted(
        Post,
        title=title,
        first_reported=dates[0] if dates else None,
        last_reported=dates[-1] if dates else None,
        articles=tuple(sorted({r.article for r in records})),
    )


def _post_order(post: Post) -> tuple[dt.date, str]:
    return post.first_reported or dt.date.max, post.title
