# mypy: disable-error-code="no-untyped-call"
# (dask leaves most of the Bag API unannotated.)
"""Parsing on a multi-process dask cluster gives the records of a single-process parse."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")
pytest.importorskip("pandas")

import cloudpickle  # type: ignore[import-untyped]
import dask.bag as db
from distributed import Client, LocalCluster

from dprk_diplomacy import Article, Channel, Document, Parser, Span, parse
from dprk_diplomacy.export.tables import COLUMNS, rows
from dprk_diplomacy.scale.dask_bag import (
    parse_bag,
    parse_corpus_to_jsonl,
    parse_results,
    read_corpus,
    text_id,
    to_parquet,
    worker_parser,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def channel_per_line(document: Document, found: Article) -> Iterator[Channel]:
    """Gives every article records, so the comparison is not of empty lists."""
    offset = 0
    for line in document.text.splitlines(keepends=True):
        if line.strip():
            yield Channel(name="line", evidence=Span.of(document.text, offset, offset + len(line)))
        offset += len(line)


def line_parser() -> Parser:
    return Parser(extractors=[channel_per_line])


# Workers cannot import this test module, so its functions travel by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in SEED_FILES]


def test_seeds_exist() -> None:
    assert len(SEED_FILES) >= 5


def test_parse_bag_matches_single_process(client: Client) -> None:
    texts = seed_texts()
    bag = db.from_sequence(texts, npartitions=2)
    distributed_articles = [Article.model_validate(d) for d in parse_bag(bag).compute()]
    assert distributed_articles == [parse(text) for text in texts]


def test_custom_parser_factory_matches_single_process(client: Client) -> None:
    texts = seed_texts()
    bag = db.from_sequence(texts, npartitions=3)
    got = [Article.model_validate(d) for d in parse_bag(bag, parser_factory=line_parser).compute()]
    expected = [line_parser().parse(text) for text in texts]
    assert got == expected
    assert all(article.channels for article in got)


def test_mapping_items_use_their_keys(client: Client) -> None:
    items = [
        {"body": "Envoys met.", "id": "x1", "day": "2020-01-02", "outlet": "Wire"},
        {"body": "Talks ended.", "id": "x2"},
        {"id": "x3"},
        {"body": 42, "id": "x4"},
    ]
    results = parse_results(
        db.from_sequence(items, npartitions=2),
        text_key="body",
        id_key="id",
        published_key="day",
        source_key="outlet",
    ).compute()
    assert [r.article_id for r in results] == ["x1", "x2", "x3", "x4"]
    first = results[0].article
    assert first is not None and first.source == "Wire" and str(first.published) == "2020-01-02"
    assert results[1].error is None
    assert results[2].article is None and "KeyError" in (results[2].error or "")
    assert results[3].article is None and "InputTypeError" in (results[3].error or "")


def test_bad_items_never_stop_the_bag(client: Client) -> None:
    bag = db.from_sequence(["Envoys met.", None, "x" * 10, b"bytes"], npartitions=2)
    assert len(parse_bag(bag).compute()) == 2


def test_corpus_to_jsonl_matches_single_process(client: Client, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for path in SEED_FILES:
        (tmp_path / "in" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "in" / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    lines = [
        json.dumps({"text": "Envoys met in Hanoi.", "id": "j1"}),
        "",
        json.dumps({"id": "j2"}),
    ]
    (tmp_path / "in" / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    written = parse_corpus_to_jsonl(
        tmp_path / "in",
        tmp_path / "out",
        parser_factory=line_parser,
        id_key="id",
        files_per_partition=2,
    )
    assert written and all(Path(name).exists() for name in written)
    parsed = {}
    for name in sorted((tmp_path / "out").glob("articles-*.jsonl")):
        for line in name.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            parsed[record["article_id"]] = Article.model_validate(record["article"])
    for path in SEED_FILES:
        key = next(k for k in parsed if k.endswith(path.name))
        assert parsed[key] == line_parser().parse(path.read_text(encoding="utf-8"))
    assert parsed["j1"] == line_parser().parse("Envoys met in Hanoi.")
    errors = [
        json.loads(line)
        for name in sorted((tmp_path / "out").glob("errors-*.jsonl"))
        for line in name.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(e["article_id"].rsplit("/", 1)[-1] for e in errors) == ["broken.txt", "j2"]


def test_to_parquet_matches_flat_rows(client: Client, tmp_path: Path) -> None:
    import pandas as pd

    targets = to_parquet(SEEDS / "*.txt", tmp_path / "tables", parser_factory=line_parser)
    assert [Path(t).name for t in targets] == ["envoys", "meetings", "channels"]
    frame = pd.read_parquet(tmp_path / "tables" / "channels")
    assert list(frame.columns) == list(COLUMNS["channels"])
    expected = sum(
        len(rows(line_parser().parse(path.read_text(encoding="utf-8")), "x", "channels"))
        for path in SEED_FILES
    )
    assert len(frame) == expected
    ids = {path.as_posix() for path in SEED_FILES}
    assert set(frame["article_id"]) <= ids | {f"file://{i}" for i in ids}
    assert len(pd.read_parquet(tmp_path / "tables" / "meetings").columns) == len(
        COLUMNS["meetings"]
    )


def test_read_corpus_rejects_an_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_corpus(tmp_path)


def test_worker_parser_is_built_once_per_process() -> None:
    assert worker_parser(line_parser) is worker_parser(line_parser)
    assert worker_parser() is worker_parser()


def test_text_id_is_stable() -> None:
    assert text_id("Envoys met.") == text_id("Envoys met.") != text_id("Envoys met")
