# mypy: disable-error-code="no-untyped-call"
"""The corpus fold on a dask bag gives the view of the local fold (needs the dask extra)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db
from distributed import Client, LocalCluster

from dprk_diplomacy import parse
from dprk_diplomacy.corpus import fold
from dprk_diplomacy.scale.dask_bag import fold_bag, fold_corpus, parse_results

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

EXTRA = [
    "SEOUL, Feb. 28, 2019 (Yonhap) -- Donald Trump and Kim Jong-un met in Hanoi on Wednesday.",
    "HANOI, March 1, 2019 (AP) -- Kim Jong Un met Donald Trump in Hanoi on Feb. 27.",
    "Moon Jae-in and Kim Jong Un met at Panmunjom on April 27, 2018.",
    "Kim Jong-un met South Korean President Moon Jae-in in the Demilitarized Zone in April 2018.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def pairs() -> list[tuple[str, object]]:
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES] + EXTRA
    return [(f"t{i}", parse(text)) for i, text in enumerate(texts)]


def test_fold_bag_gives_the_local_view(client: Client) -> None:
    local = pairs()
    shuffled = local[:]
    random.Random(3).shuffle(shuffled)
    bag = db.from_sequence(shuffled, npartitions=3)
    assert fold_bag(bag) == fold(local)  # type: ignore[arg-type]


def test_fold_bag_takes_article_dicts(client: Client) -> None:
    local = pairs()
    dicts = [(i, a.model_dump(mode="json")) for i, a in local]  # type: ignore[attr-defined]
    assert fold_bag(db.from_sequence(dicts, npartitions=2)).events == fold(local).events  # type: ignore[arg-type]


def test_fold_corpus_parses_and_reports_failures(client: Client, tmp_path: Path) -> None:
    for path in SEED_FILES:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    view = fold_corpus(tmp_path, files_per_partition=2)
    results = parse_results(db.from_sequence([p.read_text(encoding="utf-8") for p in SEED_FILES]))
    assert view.articles == len(SEED_FILES) == len(results.compute())
    assert [f.input.rsplit("/", 1)[-1] for f in view.failures] == ["broken.txt"]
    local = fold((str(tmp_path / p.name), parse(p.read_text(encoding="utf-8"))) for p in SEED_FILES)
    strip = lambda v: sorted(  # noqa: E731 - report groups without the id scheme
        sorted((r.article.rsplit("/", 1)[-1], r.meeting) for r in e.reports) for e in v.events
    )
    assert strip(view) == strip(local)
