# mypy: disable-error-code="no-untyped-call,no-any-return"
# (dask ships py.typed but leaves most of the Bag API unannotated.)
"""Parsing a corpus with dask bags (the ``dask`` extra).

The same code runs on a laptop and on a cluster: build the bag, and the
active dask scheduler (threads, processes or a ``distributed.Client``)
decides where the work runs.  Each worker process builds its parser once,
on its first article, and keeps it in a module-level cache, so the
gazetteers load once per process rather than once per task.

>>> import dask.bag as db
>>> bag = db.from_sequence(["Seoul, Nov 6 (IANS): Envoys met."], npartitions=1)
>>> [article["body"] for article in parse_bag(bag).compute(scheduler="sync")]
['Seoul, Nov 6 (IANS): Envoys met.']

Items of a bag are article texts (``str``) or mappings such as decoded JSON
lines, whose text is under ``text_key`` (default ``"text"``).  A failure to
parse one item never stops the others: :func:`parse_results` reports it in
the item's ``error``; :func:`parse_bag` leaves it out; the writers put it in
an ``errors-*.jsonl`` file.  ``docs/scaling.md`` shows how to point this at a
cluster.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Union

try:
    import dask.bag as db  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, maybe absent
    import fsspec  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, maybe absent
    from dask.base import compute  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, maybe absent
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "dprk_diplomacy.scale.dask_bag needs dask and distributed, which come with the "
        "'dask' extra: pip install 'dprk-diplomacy[dask]'"
    ) from exc

from ..corpus.fold import CorpusFold
from ..corpus.models import CorpusView, Failure
from ..corpus.records import ArticleRecords, article_records
from ..export.tables import COLUMNS, INTEGER_COLUMNS, TABLES, Table, rows
from ..models import Article
from ..pipeline import Parser, default_parser

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, maybe absent

ParserFactory = Callable[[], Parser]
"""A zero-argument callable that builds the parser; it must be picklable (a module-level function)."""

PathOrBag = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]], "db.Bag"]

DEFAULT_TEXT_KEY = "text"
DEFAULT_FILES_PER_PARTITION = 64
"""Files per partition: enough work per task to amortise scheduling (a few ms each)."""

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

_PARSER_CACHE_SIZE = 8
_parsers: OrderedDict[ParserFactory, Parser] = OrderedDict()
_parsers_lock = threading.Lock()  # a worker may run several threads


def worker_parser(factory: ParserFactory | None = None) -> Parser:
    """The parser for this process: built by ``factory`` on first use, then reused.

    Without a factory it is the package's shared default parser.
    """
    if factory is None:
        return default_parser()
    with _parsers_lock:
        parser = _parsers.get(factory)
        if parser is None:
            parser = factory()
            _parsers[factory] = parser
            # Bounded, because a factory that is not a module-level function
            # arrives as a new object with every task.
            while len(_parsers) > _PARSER_CACHE_SIZE:
                _parsers.popitem(last=False)
        return parser


@dataclass(frozen=True)
class ParseOptions:
    """How to read bag items and which parser to use; sent with every task."""

    parser_factory: ParserFactory | None = None
    text_key: str | None = None
    id_key: str | None = None
    published_key: str | None = None
    source_key: str | None = None


@dataclass(frozen=True)
class FileText:
    """A whole file read as one article."""

    id: str
    text: str
    html: bool = False


class Parsed(NamedTuple):
    """The outcome for one bag item: its id and its article, or the error it raised."""

    article_id: str
    article: Article | None
    error: str | None


def text_id(text: str) -> str:
    """A content id for an item that brings none: the first 16 hex digits of its SHA-256.

    >>> text_id("Envoys met.")
    '361747d09ec4e9bf'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _optional_str(record: Mapping[str, Any], key: str | None) -> str | None:
    value = record.get(key) if key is not None else None
    return None if value is None else str(value)


def _parse_one(item: object, options: ParseOptions) -> Article:
    parser = worker_parser(options.parser_factory)
    if isinstance(item, FileText):
        if item.html:
            from ..html import parse_html

            return parse_html(item.text, parser=parser)
        return parser.parse(item.text)
    if isinstance(item, str):
        if options.text_key is not None:
            raise TypeError(f"text_key={options.text_key!r} was given but the item is a str")
        return parser.parse(item)
    if isinstance(item, Mapping):
        key = options.text_key or DEFAULT_TEXT_KEY
        if key not in item:
            raise KeyError(f"item has no {key!r} field")
        return parser.parse(
            item[key],
            published=_optional_str(item, options.published_key),
            source=_optional_str(item, options.source_key),
        )
    raise TypeError(f"a bag item must be a str or a mapping, got {type(item).__name__}")


def _item_id(item: object, options: ParseOptions) -> str:
    if isinstance(item, FileText):
        return item.id
    if isinstance(item, Mapping):
        given = _optional_str(item, options.id_key)
        if given is not None:
            return given
        text = item.get(options.text_key or DEFAULT_TEXT_KEY)
        return text_id(text) if isinstance(text, str) else text_id(repr(item))
    return text_id(item) if isinstance(item, str) else text_id(repr(item))


def parse_item(item: object, options: ParseOptions) -> Parsed:
    """Parse one bag item; any error becomes the item's ``error``, never an exception."""
    article_id = _item_id(item, options)
    try:
        article = _parse_one(item, options)
    except Exception as exc:  # one bad article must not stop the batch
        return Parsed(article_id, None, f"{type(exc).__name__}: {exc}")
    return Parsed(article_id, article, None)


def _options(
    parser_factory: ParserFactory | None,
    text_key: str | None,
    id_key: str | None,
    published_key: str | None,
    source_key: str | None,
) -> ParseOptions:
    return ParseOptions(parser_factory, text_key, id_key, published_key, source_key)


def parse_results(
    bag: db.Bag,
    *,
    parser_factory: ParserFactory | None = None,
    text_key: str | None = None,
    id_key: str | None = None,
    published_key: str | None = None,
    source_key: str | None = None,
) -> db.Bag:
    """A bag of :class:`Parsed` outcomes, one per item, in the bag's order.

    Mapping items take their id from ``id_key``, their publication date from
    ``published_key`` and their credit from ``source_key`` when given; an item
    without an id gets :func:`text_id` of its text.
    """
    options = _options(parser_factory, text_key, id_key, published_key, source_key)
    return bag.map(parse_item, options)


def _is_ok(parsed: Parsed) -> bool:
    return parsed.article is not None


def _is_error(parsed: Parsed) -> bool:
    return parsed.article is None


def _article_json(parsed: Parsed) -> dict[str, Any]:
    assert parsed.article is not None
    return parsed.article.model_dump(mode="json")


def parse_bag(
    bag: db.Bag,
    *,
    parser_factory: ParserFactory | None = None,
    text_key: str | None = None,
    id_key: str | None = None,
    published_key: str | None = None,
    source_key: str | None = None,
) -> db.Bag:
    """A bag of JSON-ready article dicts (``Article.model_dump(mode="json")``).

    Items that fail are left out; use :func:`parse_results` to see them.
    ``Article.model_validate(d)`` turns a dict back into an article.
    """
    results = parse_results(
        bag,
        parser_factory=parser_factory,
        text_key=text_key,
        id_key=id_key,
        published_key=published_key,
        source_key=source_key,
    )
    return results.filter(_is_ok).map(_article_json)


# -- reading a corpus ------------------------------------------------------


def _url(open_file: Any) -> str:
    return str(open_file.fs.unstrip_protocol(open_file.path))


def _expand(path: str) -> list[str]:
    """A local directory becomes its article files; anything else (a glob, a URL) stays."""
    if os.path.isdir(path):
        suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
        return sorted(str(p) for p in Path(path).iterdir() if p.suffix.lower() in suffixes)
    return [path]


def _read_file(open_file: Any) -> FileText | Parsed:
    url = _url(open_file)
    try:
        with open_file as fh:
            data = fh.read()
        text = data.decode("utf-8") if isinstance(data, bytes) else str(data)
    except Exception as exc:  # an unreadable file is one failed item
        return Parsed(url, None, f"{type(exc).__name__}: {exc}")
    return FileText(url, text, html=Path(open_file.path).suffix.lower() in HTML_SUFFIXES)


def _parse_loaded(item: FileText | Parsed | object, options: ParseOptions) -> Parsed:
    return item if isinstance(item, Parsed) else parse_item(item, options)


def read_corpus(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION,
    blocksize: int | str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> db.Bag:
    """A bag of the articles under ``paths``: files, local directories, globs or URLs.

    ``*.txt`` and ``*.html`` files are one article each (``files_per_partition``
    to a partition); ``*.jsonl`` files are one article per line, decoded to
    dicts (``blocksize`` splits big files into partitions).  Paths may be
    remote (``s3://bucket/news/*.jsonl``) when the matching fsspec backend
    is installed; ``storage_options`` go to it.  Every worker must be able to
    read the paths.
    """
    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    urls = [url for path in given for url in _expand(os.fspath(path))]
    options = dict(storage_options or {})
    files = fsspec.open_files(urls, mode="rb", **options) if urls else []
    jsonl = [_url(f) for f in files if Path(f.path).suffix.lower() in JSONL_SUFFIXES]
    whole = [f for f in files if Path(f.path).suffix.lower() not in JSONL_SUFFIXES]
    bags = []
    if whole:
        bags.append(db.from_sequence(whole, partition_size=files_per_partition).map(_read_file))
    if jsonl:
        lines = db.read_text(jsonl, blocksize=blocksize, storage_options=options)
        bags.append(lines.filter(str.strip).map(json.loads))
    if not bags:
        raise FileNotFoundError(f"no article files found under {', '.join(map(str, given))}")
    return bags[0] if len(bags) == 1 else db.concat(bags)


def _results(
    paths_or_bag: PathOrBag,
    options: ParseOptions,
    files_per_partition: int,
    blocksize: int | str | None,
    storage_options: Mapping[str, Any] | None,
) -> db.Bag:
    bag = (
        paths_or_bag
        if isinstance(paths_or_bag, db.Bag)
        else read_corpus(
            paths_or_bag,
            files_per_partition=files_per_partition,
            blocksize=blocksize,
            storage_options=storage_options,
        )
    )
    return bag.map(_parse_loaded, options)


# -- writing ---------------------------------------------------------------


def _article_line(parsed: Parsed) -> str:
    assert parsed.article is not None
    return json.dumps(
        {"article_id": parsed.article_id, "article": parsed.article.model_dump(mode="json")},
        ensure_ascii=False,
    )


def _error_line(parsed: Parsed) -> str:
    return json.dumps({"article_id": parsed.article_id, "error": parsed.error}, ensure_ascii=False)


def _partition_name(index: int) -> str:
    return f"{index:05d}"


def parse_corpus_to_jsonl(
    paths_or_bag: PathOrBag,
    out_dir: str | os.PathLike[str],
    *,
    parser_factory: ParserFactory | None = None,
    text_key: str | None = None,
    id_key: str | None = None,
    published_key: str | None = None,
    source_key: str | None = None,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION,
    blocksize: int | str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> list[str]:
    """Parse a corpus and write JSON Lines, one file per partition; return the files written.

    ``out_dir/articles-NNNNN.jsonl`` holds ``{"article_id": ..., "article": {...}}``
    per line; ``out_dir/errors-NNNNN.jsonl`` holds ``{"article_id": ..., "error": ...}``
    for the items that failed.  Both are written in one pass over the corpus.
    ``out_dir`` may be a URL on shared storage (``s3://bucket/parsed``).
    """
    options = _options(parser_factory, text_key, id_key, published_key, source_key)
    results = _results(paths_or_bag, options, files_per_partition, blocksize, storage_options)
    out = os.fspath(out_dir).rstrip("/")
    storage = dict(storage_options or {})
    outputs = {"articles": results.filter(_is_ok).map(_article_line)}
    outputs["errors"] = results.filter(_is_error).map(_error_line)
    writes = [
        bag.to_textfiles(
            f"{out}/{kind}-*.jsonl",
            name_function=_partition_name,
            compute=False,
            storage_options=storage,
        )
        for kind, bag in outputs.items()
    ]
    compute(*writes)
    return [
        f"{out}/{kind}-{_partition_name(index)}.jsonl"
        for kind, bag in outputs.items()
        for index in range(bag.npartitions)
    ]


def _table_rows(parsed: Parsed, table: Table) -> list[dict[str, Any]]:
    return rows(parsed.article, parsed.article_id, table) if parsed.article is not None else []


def table_meta(table: Table) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of ``table``: strings, and nullable integers."""
    import pandas as pd  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, maybe absent

    return pd.DataFrame(
        {
            column: pd.Series(dtype="Int64" if column in INTEGER_COLUMNS else "string")
            for column in COLUMNS[table]
        }
    )


def to_parquet(
    paths_or_bag: PathOrBag,
    out_dir: str | os.PathLike[str],
    *,
    tables: Sequence[Table] = TABLES,
    parser_factory: ParserFactory | None = None,
    text_key: str | None = None,
    id_key: str | None = None,
    published_key: str | None = None,
    source_key: str | None = None,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION,
    blocksize: int | str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> list[str]:
    """Parse a corpus and write each flat table as a Parquet dataset ``out_dir/<table>/``.

    The tables are those of :mod:`dprk_diplomacy.export.tables`, with the same
    columns; all are written in one pass over the corpus.  Items that fail
    to parse are left out (:func:`parse_corpus_to_jsonl` reports them).
    Returns the dataset directories.
    """
    options = _options(parser_factory, text_key, id_key, published_key, source_key)
    results = _results(paths_or_bag, options, files_per_partition, blocksize, storage_options)
    out = os.fspath(out_dir).rstrip("/")
    targets = [f"{out}/{table}" for table in tables]
    writes = [
        results.map(_table_rows, table)
        .flatten()
        .to_dataframe(meta=table_meta(table))
        .to_parquet(
            target,
            write_index=False,
            compute=False,
            storage_options=dict(storage_options or {}),
        )
        for table, target in zip(tables, targets, strict=True)
    ]
    compute(*writes)
    return targets


# -- the corpus view ---------------------------------------------------------


class CorpusRecords(NamedTuple):
    """The light records of one partition's articles, what the corpus fold needs of them."""

    articles: list[ArticleRecords]
    failures: list[Failure]


def _partition_records(items: Iterable[object]) -> list[CorpusRecords]:
    part = CorpusRecords([], [])
    for item in items:
        if isinstance(item, Parsed):
            article_id, article, error = item
        elif isinstance(item, tuple) and len(item) == 2:
            article_id, article, error = str(item[0]), _as_article(item[1]), None
        else:
            raise TypeError(
                f"a corpus bag holds Parsed items or (article_id, article) pairs, "
                f"got {type(item).__name__}"
            )
        if article is None:
            part.failures.append(Failure(input=article_id, message=error))
        else:
            part.articles.append(article_records(article_id, article))
    return [part]


def _as_article(value: object) -> Article:
    return value if isinstance(value, Article) else Article.model_validate(value)


def fold_bag(bag: db.Bag) -> CorpusView:
    """Fold a bag of :class:`Parsed` items or ``(article_id, article)`` pairs into a corpus view.

    Articles may be :class:`~dprk_diplomacy.models.Article` objects or their
    JSON dicts.  The workers turn their partitions into the fold's light
    records (a few hundred bytes per meeting, where an article takes tens of
    kilobytes); the client hands those to the
    :class:`~dprk_diplomacy.corpus.CorpusFold` that a local fold uses, so the
    view is the same as a local fold of the same pairs (an id seen twice
    keeps its last article, as there).  Folding is near-linear: a million
    meetings fold in under a minute and 2 GB on one core
    (``benchmarks/corpus_fold.py``).
    """
    builder = CorpusFold()
    for part in bag.map_partitions(_partition_records).compute():
        for records in part.articles:
            builder.add_records(records)
        for failure in part.failures:
            builder.add_failure(failure)
    return builder.view()


def fold_corpus(
    paths_or_bag: PathOrBag,
    *,
    parser_factory: ParserFactory | None = None,
    text_key: str | None = None,
    id_key: str | None = None,
    published_key: str | None = None,
    source_key: str | None = None,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION,
    blocksize: int | str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> CorpusView:
    """Parse a corpus on the dask workers and fold it into a corpus view.

    Takes what :func:`parse_corpus_to_jsonl` takes; items that fail to parse
    are in the view's ``failures``.
    """
    options = _options(parser_factory, text_key, id_key, published_key, source_key)
    results = _results(paths_or_bag, options, files_per_partition, blocksize, storage_options)
    return fold_bag(results)


__all__ = [
    "CorpusRecords",
    "FileText",
    "ParseOptions",
    "Parsed",
    "ParserFactory",
    "fold_bag",
    "fold_corpus",
    "parse_bag",
    "parse_corpus_to_jsonl",
    "parse_item",
    "parse_results",
    "read_corpus",
    "table_meta",
    "text_id",
    "to_parquet",
    "worker_parser",
]
