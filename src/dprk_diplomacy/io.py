"""Reading articles from files, directories, stdin and JSON Lines; writing output atomically.

Inputs become :class:`~dprk_diplomacy.batch.ArticleSource` objects that read
and decode their text only when loaded (in the worker that parses them), so
a bad input fails as its own item with a reason a person can act on: the file
is missing, empty, not UTF-8, binary, over the size limit, or a JSON line
lacks its text.

>>> decode_text("Envoys met.".encode())
'Envoys met.'
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, TextIO

from .batch import ArticleSource, LoadedText
from .errors import DiplomacyError, InputTooLargeError
from .pipeline import DEFAULT_MAX_CHARS

DEFAULT_MAX_BYTES = 4 * DEFAULT_MAX_CHARS
"""Largest input file read: the parser's character limit in the widest UTF-8."""

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

InputFormat = Literal["auto", "text", "html", "jsonl"]
"""How to read an input: by its suffix (``auto``, stdin being text) or as given."""


class InputReadError(DiplomacyError):
    """An input cannot be read as an article; the message says why."""


class UnreadableInputError(InputReadError):
    """The input does not exist or the operating system refuses to read it."""


class NotUtf8Error(InputReadError):
    """The input's bytes are not UTF-8."""


class BinaryInputError(InputReadError):
    """The input is binary data rather than text."""


class EmptyInputError(InputReadError):
    """The input holds no text, or only whitespace."""


class JsonLineError(InputReadError):
    """A JSON Lines record is not an object with a string text field."""


# C0 controls other than the whitespace ones (tab, newline, VT, FF, CR) and DEL.
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BINARY_SAMPLE = 65_536


def check_text(text: str) -> str:
    """Return ``text`` if it is a non-empty text, else raise an :class:`InputReadError`.

    Text is binary junk if it holds a NUL or more than 1% control characters.

    >>> check_text("  ")
    Traceback (most recent call last):
    ...
    dprk_diplomacy.io.EmptyInputError: empty input (only whitespace)
    """
    if not text.strip():
        raise EmptyInputError("empty input (only whitespace)" if text else "empty input")
    sample = text[:_BINARY_SAMPLE]
    controls = len(_CONTROL_CHAR.findall(sample))
    if "\x00" in sample or controls * 100 > len(sample):
        raise BinaryInputError(f"binary data, not text ({controls} control characters)")
    return text


def decode_text(data: bytes) -> str:
    """Decode an input's bytes as UTF-8 (a byte-order mark is dropped) and check it is text.

    >>> decode_text(b"\\xff\\xfeT")
    Traceback (most recent call last):
    ...
    dprk_diplomacy.io.NotUtf8Error: not UTF-8: invalid start byte 0xff at offset 0
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotUtf8Error(
            f"not UTF-8: {exc.reason} 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None
    return check_text(text)


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file whole, refusing one over ``max_bytes`` before reading it."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise InputTooLargeError(
                    f"file has {size:,} bytes, over the limit of {max_bytes:,} bytes"
                )
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableInputError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # a pipe or a file that grew while read
        raise InputTooLargeError(f"input is over the limit of {max_bytes:,} bytes")
    return data


@dataclass(frozen=True, slots=True)
class TextFile:
    """An article in a file of its own: plain text, or an HTML page."""

    path: str
    html: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES

    @property
    def origin(self) -> str:
        """The path as given."""
        return self.path

    def load(self) -> LoadedText:
        """Read and decode the file."""
        text = decode_text(read_bytes(self.path, self.max_bytes))
        return LoadedText(text=text, id=self.path, html=self.html)


@dataclass(frozen=True, slots=True)
class RawText:
    """An article already read as bytes, such as standard input."""

    data: bytes
    origin: str = STDIN_ORIGIN
    html: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES

    def load(self) -> LoadedText:
        """Decode the bytes."""
        if len(self.data) > self.max_bytes:
            raise InputTooLargeError(
                f"input has {len(self.data):,} bytes, over the limit of {self.max_bytes:,} bytes"
            )
        return LoadedText(text=decode_text(self.data), id=self.origin, html=self.html)


@dataclass(frozen=True, slots=True)
class JsonFields:
    """Which fields of a JSON Lines record hold the text, date, source and id."""

    text: str = "text"
    date: str | None = "date"
    source: str | None = None
    id: str | None = "id"


_FALLBACK_ID_FIELD = "url"


@dataclass(frozen=True, slots=True)
class JsonLine:
    """One record of a JSON Lines file, kept as raw bytes until loaded."""

    path: str
    line: int
    raw: bytes
    fields: JsonFields = JsonFields()

    @property
    def origin(self) -> str:
        """``path:line``."""
        return f"{self.path}:{self.line}"

    def load(self) -> LoadedText:
        """Decode the record and pick its fields.

        The id is the id field, else ``url``, else ``path:line``.
        """
        try:
            record = json.loads(self.raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise NotUtf8Error(f"not UTF-8: {exc.reason} at offset {exc.start}") from None
        except json.JSONDecodeError as exc:
            raise JsonLineError(f"not JSON: {exc.msg} at column {exc.colno}") from None
        if not isinstance(record, dict):
            raise JsonLineError(f"expected a JSON object, got {type(record).__name__}")
        text = record.get(self.fields.text)
        if not isinstance(text, str):
            found = "no" if text is None else f"a {type(text).__name__} in"
            raise JsonLineError(f"{found} text field {self.fields.text!r}; a string is needed")
        return LoadedText(
            text=check_text(text),
            id=self._id(record),
            published=self._optional_str(record, self.fields.date),
            source=self._optional_str(record, self.fields.source),
        )

    def _id(self, record: dict[str, object]) -> str:
        for field in (self.fields.id, _FALLBACK_ID_FIELD):
            value = record.get(field) if field else None
            if value is not None and value != "":
                return str(value)
        return self.origin

    @staticmethod
    def _optional_str(record: dict[str, object], field: str | None) -> str | None:
        value = record.get(field) if field else None
        if value is None or isinstance(value, str):
            return value
        raise JsonLineError(f"field {field!r} must be a string, got {value!r}")


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An input found bad before any article could be read from it."""

    origin: str
    reason: str

    def load(self) -> LoadedText:
        """Always fails with the reason."""
        raise UnreadableInputError(self.reason)


def iter_jsonl(
    lines: Iterable[bytes], path: str, fields: JsonFields = JsonFields()
) -> Iterator[JsonLine]:
    """One :class:`JsonLine` per non-blank line, numbered from 1."""
    for number, raw in enumerate(lines, 1):
        if raw.strip():
            yield JsonLine(path, number, raw, fields)


def _jsonl_file(path: str, fields: JsonFields) -> Iterator[ArticleSource]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - the generator closes it when exhausted
    except OSError as exc:
        yield Unreadable(path, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        try:
            yield from iter_jsonl(fh, path, fields)
        except OSError as exc:
            yield Unreadable(path, f"read failed: {exc.strerror or exc}")


def _directory(path: str, max_bytes: int) -> Iterator[ArticleSource]:
    try:
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except OSError as exc:
        yield Unreadable(path, f"cannot list directory: {exc.strerror or exc}")
        return
    found = False
    for entry in entries:
        suffix = Path(entry.name).suffix.lower()
        if suffix in TEXT_SUFFIXES | HTML_SUFFIXES and entry.is_file():
            found = True
            yield TextFile(os.path.join(path, entry.name), suffix in HTML_SUFFIXES, max_bytes)
    if not found:
        yield Unreadable(path, "directory has no *.txt or *.html files")


def iter_sources(
    paths: Iterable[str],
    *,
    fields: JsonFields = JsonFields(),
    input_format: InputFormat = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[ArticleSource]:
    """The articles named by ``paths``, lazily, in order.

    A path is a file (``*.jsonl`` holds one article per line, ``*.html`` is a
    page), a directory (its ``*.txt`` and ``*.html`` files, sorted by name) or
    ``-`` for standard input (one article, or JSON Lines with
    ``input_format="jsonl"``).
    """
    for path in paths:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            if input_format == "jsonl":
                yield from iter_jsonl(stream, STDIN_ORIGIN, fields)
            else:
                data = stream.read(max_bytes + 1)
                yield RawText(data, STDIN_ORIGIN, input_format == "html", max_bytes)
        elif os.path.isdir(path):
            yield from _directory(path, max_bytes)
        else:
            suffix = Path(path).suffix.lower()
            kind = input_format if input_format != "auto" else _format_of(suffix)
            if kind == "jsonl":
                yield from _jsonl_file(path, fields)
            else:
                yield TextFile(path, kind == "html", max_bytes)


def _format_of(suffix: str) -> InputFormat:
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "html" if suffix in HTML_SUFFIXES else "text"


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """Write a UTF-8 text file all at once: a temporary file in the same directory
    is renamed over ``path`` only when the block ends without error, so an
    interrupted run leaves the old file or none, never half a file.

    A device or pipe such as ``/dev/null`` is written directly.
    """
    target = os.fspath(path)
    if os.path.exists(target) and not os.path.isfile(target):
        with open(target, "w", encoding="utf-8", newline="") as fh:
            yield fh
        return
    directory = os.path.dirname(os.path.abspath(target))
    fd, temporary = tempfile.mkstemp(
        dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temporary, _new_file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _new_file_mode(target: str) -> int:
    # mkstemp makes the file private; the output should look like any other file.
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


__all__ = [
    "DEFAULT_MAX_BYTES",
    "BinaryInputError",
    "EmptyInputError",
    "InputFormat",
    "InputReadError",
    "JsonFields",
    "JsonLine",
    "JsonLineError",
    "NotUtf8Error",
    "RawText",
    "TextFile",
    "Unreadable",
    "UnreadableInputError",
    "atomic_write",
    "check_text",
    "decode_text",
    "iter_jsonl",
    "iter_sources",
    "read_bytes",
]
