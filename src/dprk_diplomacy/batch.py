"""Parsing many articles, in one process or a pool of workers, in input order.

One bad article never stops or loses the others: every input yields a
:class:`BatchItem` carrying either its :class:`~dprk_diplomacy.models.Article`
or the error it raised.  :func:`iter_parse` streams: it keeps a bounded
window of articles in flight, so a corpus of any size runs in constant memory.
Results do not depend on the number of workers.

>>> [item.article.body for item in iter_parse(["Envoys met.", "Talks ended."])]
['Envoys met.', 'Talks ended.']
"""

from __future__ import annotations

import datetime as dt
import importlib
import multiprocessing
import os
import signal
import threading
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from typing import Literal, Protocol, runtime_checkable

from .errors import DiplomacyError
from .models import Article
from .pipeline import Parser, default_parser

DEFAULT_CHUNKSIZE = 16
"""Articles sent to a worker at a time: enough to amortise the pickling round trip."""

ErrorPolicy = Literal["raise", "skip", "empty"]
"""What :func:`parse_many` does with an article that fails: raise, leave it out, or
put an empty :class:`~dprk_diplomacy.models.Article` in its place."""


class BatchError(DiplomacyError):
    """An article of a batch failed and the caller asked for ``errors="raise"``."""

    def __init__(self, item: BatchItem) -> None:
        super().__init__(f"article {item.id} (input {item.index}): {item.error_type}: {item.error}")
        self.item = item


@dataclass(frozen=True, slots=True)
class LoadedText:
    """An article's text read from its source, with the metadata that came with it."""

    text: str
    id: str
    published: dt.date | str | None = None
    source: str | None = None
    html: bool = False


@runtime_checkable
class ArticleSource(Protocol):
    """Something :func:`iter_parse` can read an article from, such as a file or a JSON line.

    ``load`` runs in the worker, so reading and decoding are parallel too and a
    source that cannot be read fails as its own item.
    """

    @property
    def origin(self) -> str:
        """Where the article comes from, for error reports: a path, ``path:line`` or ``<stdin>``."""
        ...

    def load(self) -> LoadedText:
        """Read the article; raise :class:`~dprk_diplomacy.errors.DiplomacyError` if it cannot be."""
        ...


@dataclass(frozen=True, slots=True)
class BatchItem:
    """The outcome for one input of a batch: its article, or the error it raised."""

    index: int
    """Position of the input in the batch, from 0."""
    id: str
    """The article's identifier: the source's id, else its origin, else the index."""
    article: Article | None
    error: str | None = None
    """The error message, if the input failed."""
    error_type: str | None = None
    """The class name of the error, such as ``"InputTypeError"``."""
    origin: str | None = None
    """Where the input came from, when it came from an :class:`ArticleSource`."""

    @property
    def ok(self) -> bool:
        """Whether the input was parsed."""
        return self.article is not None


HtmlParse = Callable[..., Article]


def _html_parse() -> HtmlParse | None:
    # The HTML front end is optional: without it an HTML page is parsed as text.
    try:
        module = importlib.import_module("dprk_diplomacy.html")
    except ModuleNotFoundError as exc:
        if exc.name != "dprk_diplomacy.html":
            raise
        return None
    parse_html: HtmlParse | None = getattr(module, "parse_html", None)
    return parse_html


class _Worker:
    """Parses one input; built once per process so the parser loads its gazetteers once."""

    def __init__(self, parser: Parser | None, published: dt.date | str | None) -> None:
        self.parser = parser if parser is not None else default_parser()
        self.published = published
        self.parse_html = _html_parse()

    def __call__(self, task: tuple[int, object]) -> BatchItem:
        index, payload = task
        source = payload if isinstance(payload, ArticleSource) else None
        origin = source.origin if source is not None else None
        item_id = origin if origin is not None else str(index)
        try:
            if source is not None:
                loaded = source.load()
                item_id = loaded.id
                article = self._parse(loaded)
            else:
                article = self.parser.parse(payload, published=self.published)  # type: ignore[arg-type]
        except Exception as exc:  # one bad article must not stop the batch
            return BatchItem(index, item_id, None, str(exc), type(exc).__name__, origin)
        return BatchItem(index, item_id, article, origin=origin)

    def _parse(self, loaded: LoadedText) -> Article:
        published = loaded.published if loaded.published is not None else self.published
        if loaded.html and self.parse_html is not None:
            try:
                return self.parse_html(
                    loaded.text, parser=self.parser, published=published, source=loaded.source
                )
            except ImportError as exc:  # the html extra is not installed
                warnings.warn(f"{exc}; parsing HTML as text", RuntimeWarning, stacklevel=2)
                self.parse_html = None
        return self.parser.parse(loaded.text, published=published, source=loaded.source)


_pool_worker: _Worker | None = None


def _init_pool_worker(parser: Parser | None, published: dt.date | str | None) -> None:
    global _pool_worker
    # Ctrl-C reaches the whole process group; the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _pool_worker = _Worker(parser, published)


def _run_pool_task(task: tuple[int, object]) -> tuple[BatchItem, str | None]:
    assert _pool_worker is not None, "pool initializer did not run"
    item = _pool_worker(task)
    if item.article is None:
        return item, None
    # A Pydantic model pickles slowly (68 us out, 127 us back per article, measured); its
    # JSON costs 18 us out and 50 us back, and the parent's share limits the speed-up.
    return replace(item, article=None), item.article.model_dump_json()


def _received(result: tuple[BatchItem, str | None]) -> BatchItem:
    item, shipped = result
    if shipped is None:
        return item
    return replace(item, article=Article.model_validate_json(shipped))


def resolve_workers(workers: int | None) -> int:
    """The number of processes to use: ``0`` or ``None`` means one per CPU.

    >>> resolve_workers(3)
    3
    """
    if workers is None or workers == 0:
        return os.cpu_count() or 1
    if workers < 0:
        raise ValueError(f"workers must be >= 0, got {workers}")
    return workers


def iter_parse(
    items: Iterable[str | ArticleSource],
    *,
    workers: int | None = 1,
    parser: Parser | None = None,
    published: dt.date | str | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Generator[BatchItem, None, None]:
    """Parse ``items`` lazily, yielding one :class:`BatchItem` per input in input order.

    Items are texts or :class:`ArticleSource` objects.  With ``workers`` > 1 a
    pool parses ``chunksize`` items per task and at most a few chunks per
    worker are in flight, so neither the inputs nor the results pile up in
    memory.  ``published`` anchors every text that brings no date of its own.
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    processes = resolve_workers(workers)
    tasks = enumerate(items)
    if processes == 1:
        worker = _Worker(parser, published)
        for task in tasks:
            yield worker(task)
        return
    yield from _iter_pool(tasks, processes, parser, published, chunksize)


def _iter_pool(
    tasks: Iterator[tuple[int, object]],
    processes: int,
    parser: Parser | None,
    published: dt.date | str | None,
    chunksize: int,
) -> Iterator[BatchItem]:
    # Pool.imap reads its whole input ahead; the semaphore holds the feeding
    # thread back to a window of tasks, released as results are taken.
    window = processes * chunksize * 4
    slots = threading.Semaphore(window)
    stopping = threading.Event()

    def gated() -> Iterator[tuple[int, object]]:
        for task in tasks:
            slots.acquire()
            if stopping.is_set():
                return
            yield task

    pool = multiprocessing.Pool(processes, _init_pool_worker, (parser, published))
    try:
        for result in pool.imap(_run_pool_task, gated(), chunksize):
            slots.release()
            yield _received(result)
        pool.close()
    finally:
        # Unblock the feeding thread so that terminate() can join it.
        stopping.set()
        slots.release(window)
        pool.terminate()
        pool.join()


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = 1,
    parser: Parser | None = None,
    published: dt.date | str | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    errors: ErrorPolicy = "raise",
) -> list[Article]:
    """Parse many texts into a list of articles in input order.

    ``errors`` says what a failed text becomes: ``"raise"`` raises
    :class:`BatchError` for the first, ``"skip"`` leaves it out and ``"empty"``
    puts an empty ``Article()`` in its place.  The result is the same for any
    number of ``workers``.

    >>> [a.body for a in parse_many(["Envoys met.", b"junk"], errors="empty")]
    ['Envoys met.', '']
    """
    if errors not in ("raise", "skip", "empty"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'empty', got {errors!r}")
    articles: list[Article] = []
    results = iter_parse(
        texts, workers=workers, parser=parser, published=published, chunksize=chunksize
    )
    with closing(results):  # raising must also shut the pool down at once
        for item in results:
            if item.article is not None:
                articles.append(item.article)
            elif errors == "raise":
                raise BatchError(item)
            elif errors == "empty":
                articles.append(Article())
    return articles


__all__ = [
    "ArticleSource",
    "BatchError",
    "BatchItem",
    "ErrorPolicy",
    "LoadedText",
    "iter_parse",
    "parse_many",
    "resolve_workers",
]
