"""Reading already-parsed articles: the JSON Lines that ``dprk-diplomacy parse`` writes.

A line ``{"id": ..., "article": {...}}`` (or ``{"article_id": ..., "article": {...}}``,
as the dask writers put it) is an article parsed before; the corpus command
folds it without parsing again.  A file is taken as parsed when its first
record holds an ``article`` object.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..io import JSONL_SUFFIXES, InputFormat
from ..models import Article


@dataclass(frozen=True, slots=True)
class ParsedLine:
    """The outcome of reading one parsed line: the article, or why it cannot be read."""

    origin: str
    id: str
    article: Article | None
    error: str | None = None
    error_type: str | None = None


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


def read_parsed_jsonl(path: str) -> Iterator[ParsedLine]:
    """The articles of a parsed JSON Lines file; a bad line is an error, never an exception."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        yield ParsedLine(path, path, None, f"cannot read: {exc.strerror or exc}", "OSError")
        return
    with fh:
        for number, raw in enumerate(fh, 1):
            if raw.strip():
                yield _parsed_line(f"{path}:{number}", raw)


def _parsed_line(origin: str, raw: bytes) -> ParsedLine:
    try:
        record = json.loads(raw)
        if not isinstance(record, dict):
            raise ValueError(f"expected a JSON object, got {type(record).__name__}")
        ident = record.get("id", record.get("article_id"))
        article = Article.model_validate(record.get("article"))
    except ValidationError as exc:
        message = f"not a parsed article: {exc.error_count()} errors"
        return ParsedLine(origin, origin, None, message, "ValidationError")
    except ValueError as exc:
        return ParsedLine(origin, origin, None, str(exc), type(exc).__name__)
    return ParsedLine(origin, str(ident) if ident not in (None, "") else origin, article)
