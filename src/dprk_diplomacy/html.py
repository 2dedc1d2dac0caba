"""Parsing articles from HTML pages (the ``html`` extra).

`trafilatura <https://trafilatura.readthedocs.io/>`_ finds the story's main
text and the page's metadata (title, date, site name); the normal parser then
reads the text, and the page's metadata fills the article's ``title``,
``published`` and ``source`` where the text itself states none.  The text
wins where both say something, as it does for plain-text input.

The evidence spans of the returned article are offsets into the extracted
text, which :func:`extract_page` returns as ``HtmlPage.text``.
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from typing import Any

from .errors import InputTypeError
from .models import Article
from .pipeline import Parser, default_parser

_EXTRA_HINT = "pip install 'dprk-diplomacy[html]'"


@dataclass(frozen=True)
class HtmlPage:
    """What trafilatura found in a page: its main text and metadata."""

    text: str
    title: str | None
    published: dt.date | None
    sitename: str | None
    url: str | None


def _trafilatura() -> Any:
    try:
        import trafilatura  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, maybe absent
    except ImportError as exc:
        raise ImportError(
            f"parse_html needs trafilatura, which comes with the 'html' extra: {_EXTRA_HINT}"
        ) from exc
    return trafilatura


def _field(result: Any, name: str) -> str | None:
    # trafilatura 1.x returns a dict, 2.x a Document object.
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _page_date(value: str | None) -> dt.date | None:
    """The day of an ISO date or timestamp, or None.

    >>> _page_date("2024-03-14T08:30:00+09:00")
    datetime.date(2024, 3, 14)
    >>> _page_date("March") is None
    True
    """
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_page(html: str, *, url: str | None = None) -> HtmlPage:
    """The main text and metadata of an HTML page; the text is empty when none is found.

    Raises :class:`~dprk_diplomacy.errors.InputTypeError` when ``html`` is not a ``str``.
    """
    if not isinstance(html, str):
        raise InputTypeError(f"parse_html() expects the page as str, got {type(html).__name__}")
    trafilatura = _trafilatura()
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except Exception as exc:  # a page trafilatura cannot read is an empty page, not a crash
        warnings.warn(
            f"could not extract text from the page: {exc!r}", RuntimeWarning, stacklevel=2
        )
        result = None
    if result is None:
        return HtmlPage(text="", title=None, published=None, sitename=None, url=url)
    return HtmlPage(
        text=_field(result, "text") or "",
        title=_field(result, "title"),
        published=_page_date(_field(result, "date")),
        sitename=_field(result, "sitename"),
        url=_field(result, "url") or url,
    )


def parse_html(
    html: str,
    *,
    url: str | None = None,
    parser: Parser | None = None,
    published: dt.date | str | None = None,
    source: str | None = None,
) -> Article:
    """Parse one article from the HTML of its page.

    ``published`` (the caller's date) overrides every other date, as in
    :meth:`Parser.parse`.  Otherwise a date the text states wins, and the
    page's date is used only when the text has none; it then also anchors
    relative dates ("on Wednesday").  ``source`` likewise overrides the
    credit, which otherwise falls back to the page's site name.  Needs the
    ``html`` extra.
    """
    page = extract_page(html, url=url)
    parser = parser if parser is not None else default_parser()
    article = parser.parse(page.text, published=published, source=source)
    if article.published is None and page.published is not None:
        article = parser.parse(page.text, published=page.published, source=source)
    missing: dict[str, object] = {}
    if article.title is None and page.title is not None:
        missing["title"] = page.title
    if article.source is None and page.sitename is not None:
        missing["source"] = page.sitename
    return article.model_copy(update=missing) if missing else article


__all__ = ["HtmlPage", "extract_page", "parse_html"]
