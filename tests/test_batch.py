"""Batch parsing: input order, per-item errors, error policies, streaming, determinism."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator

import pytest

from dprk_diplomacy import (
    Article,
    BatchError,
    BatchItem,
    DiplomacyError,
    Document,
    Envoy,
    Parser,
    iter_parse,
    parse,
    parse_many,
)
from dprk_diplomacy.batch import LoadedText, resolve_workers

TEXTS = ["Envoys met in Seoul.", "Talks ended on Friday.", "The hotline was restored."]


def as_json(articles: Iterable[Article]) -> list[str]:
    return [article.model_dump_json() for article in articles]


def test_parse_many_gives_one_article_per_text_in_order() -> None:
    assert as_json(parse_many(TEXTS)) == as_json(parse(text) for text in TEXTS)


def test_workers_do_not_change_the_output(seed_texts: list[str]) -> None:
    corpus = seed_texts * 7 + TEXTS
    one = as_json(parse_many(corpus, workers=1))
    assert as_json(parse_many(corpus, workers=2, chunksize=3)) == one
    assert as_json(parse_many(corpus, workers=3, chunksize=1)) == one


def test_a_bad_item_is_reported_and_the_rest_are_parsed() -> None:
    items = list(iter_parse(["Envoys met.", b"bytes", "Talks ended."]))  # type: ignore[list-item]
    assert [item.index for item in items] == [0, 1, 2]
    assert [item.ok for item in items] == [True, False, True]
    bad = items[1]
    assert bad.article is None
    assert bad.error_type == "InputTypeError"
    assert bad.error is not None and "str" in bad.error


def test_errors_raise_names_the_failed_item() -> None:
    with pytest.raises(BatchError, match=r"input 1.*InputTypeError") as caught:
        parse_many(["Envoys met.", None])  # type: ignore[list-item]
    assert isinstance(caught.value, DiplomacyError)
    assert caught.value.item.index == 1


def test_errors_skip_leaves_failed_items_out() -> None:
    articles = parse_many([TEXTS[0], 7, TEXTS[1]], errors="skip")  # type: ignore[list-item]
    assert articles == [parse(TEXTS[0]), parse(TEXTS[1])]


def test_errors_empty_keeps_positions(seed_texts: list[str]) -> None:
    texts: list[object] = [seed_texts[0], b"junk", seed_texts[1]]
    articles = parse_many(texts, errors="empty", workers=2)  # type: ignore[arg-type]
    assert articles[1] == Article()
    assert articles[0] == parse(seed_texts[0])


def test_published_anchors_every_text() -> None:
    articles = parse_many(TEXTS, published="2021-08-05")
    assert {str(a.published) for a in articles} == {"2021-08-05"}


def test_a_bad_published_fails_every_item_without_stopping() -> None:
    items = list(iter_parse(TEXTS, published="someday"))
    assert [item.error_type for item in items] == ["InvalidDateError"] * len(TEXTS)
    assert all("someday" in (item.error or "") for item in items)


def count_from(start: int) -> Iterator[str]:
    for number in itertools.count(start):
        yield f"Article {number}: envoys met."


def test_iter_parse_streams_an_endless_input() -> None:
    # Only a bounded window may be read ahead, or this would never return.
    items = iter_parse(count_from(0), workers=2, chunksize=4)
    first = list(itertools.islice(items, 50))
    items.close()
    expected = [parse(text) for text in itertools.islice(count_from(0), 50)]
    assert [item.article for item in first] == expected


def test_iter_parse_stops_cleanly_when_abandoned() -> None:
    items = iter_parse(TEXTS * 100, workers=2, chunksize=2)
    assert next(items).ok
    items.close()  # must not hang on the feeding thread


class NameSource:
    """An ArticleSource whose id differs from its origin."""

    def __init__(self, text: str, name: str) -> None:
        self.text, self.name = text, name

    @property
    def origin(self) -> str:
        return f"memory:{self.name}"

    def load(self) -> LoadedText:
        if not self.text:
            raise DiplomacyError("nothing to read")
        return LoadedText(self.text, id=self.name, published="2020-01-02", source="Yonhap")


def test_article_sources_give_ids_metadata_and_their_own_errors() -> None:
    items = list(iter_parse([NameSource("Envoys met.", "a"), NameSource("", "b")]))
    good, bad = items
    assert good.id == "a" and good.origin == "memory:a"
    assert good.article is not None
    assert good.article.source == "Yonhap" and str(good.article.published) == "2020-01-02"
    assert bad == BatchItem(1, "memory:b", None, "nothing to read", "DiplomacyError", "memory:b")


def add_envoy(document: Document, found: Article) -> list[Envoy]:
    return [Envoy(name="Test Envoy")]


def test_workers_use_the_given_parser() -> None:
    parser = Parser(extractors=[add_envoy])
    for workers in (1, 2):
        articles = parse_many(TEXTS, parser=parser, workers=workers)
        assert all(a.envoys == (Envoy(name="Test Envoy"),) for a in articles)


def test_workers_zero_or_none_means_one_per_cpu() -> None:
    assert resolve_workers(0) == resolve_workers(None) == (os.cpu_count() or 1)
    with pytest.raises(ValueError, match="-1"):
        resolve_workers(-1)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="errors"):
        parse_many(TEXTS, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="chunksize"):
        parse_many(TEXTS, chunksize=0)
