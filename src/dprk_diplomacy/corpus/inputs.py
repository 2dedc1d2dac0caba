"""Reading already-parsed articles: the JSON Lines that ``dprk-diplomacy parse`` writes.

A line ``{"id": ..., "article": {...}}`` (or ``{"article_id": ..., "article": {...}}``,
as the dask writers put it) is an article parsed before; the corpus command
folds it without parsing again.  A file is taken as parsed when its first
record holds an ``article`` object.  Each line comes back as the
:class:`~dprk_diplomacy.batch.BatchItem` that parsing it would give, so the
command treats both alike.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from ..batch import BatchItem
from ..io import JSONL_SUFFIXES, InputFormat
from ..models import Article


def is_parsed_jsonl(path: str, input_format: InputFormat = "auto") -> bool:
    """Whether ``path`` is a JSON Lines file of parsed articles."""
    if path == "-" or os.path.isdir(path) or input_format in ("text", "html"):
        return False
    if input_format == "auto" and Path(path).suffix.lower() not in JSONL_SUFFIXES:
        return False
    try:
        with open(path, "rb") as fh:
            for raw in fh:
                if raw.strip():
                    record = json.loads(raw)
                    return isinstance(record, dict) and isinstance(record.get("article"), dict)
    except (OSError, ValueError):
        return False
    return False


def read_parsed_jsonl(path: str) -> Iterator[BatchItem]:
    """The articles of a parsed JSON Lines file; a bad line is an error, never an exception.

    An item's ``index`` is its line's position in the file, from 0.
    """
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        yield _failed(0, path, f"cannot read: {exc.strerror or exc}", "OSError")
        return
    with fh:
        for index, raw in enumerate(fh):
            if raw.strip():
                yield _parsed_line(index, f"{path}:{index + 1}", raw)


def _failed(index: int, origin: str, error: str, error_type: str) -> BatchItem:
    return BatchItem(index, origin, None, error, error_type, origin)


def _parsed_line(index: int, origin: str, raw: bytes) -> BatchItem:
    try:
        record = json.loads(raw)
        if not isinstance(record, dict):
            raise ValueError(f"expected a JSON object, got {type(record).__name__}")
        ident = record.get("id", record.get("article_id"))
        article = Article.model_validate(record.get("article"))
    except ValidationError as exc:
        message = f"not a parsed article: {exc.error_count()} errors"
        return _failed(index, origin, message, "ValidationError")
    except ValueError as exc:
        return _failed(index, origin, str(exc), type(exc).__name__)
    return BatchItem(
        index, str(ident) if ident not in (None, "") else origin, article, origin=origin
    )
