"""The HTML front end: trafilatura's text and page metadata feed the normal parser."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable

import pytest

from dprk_diplomacy import Article, Document, Envoy, Parser
from dprk_diplomacy.errors import InputTypeError
from dprk_diplomacy.html import extract_page, parse_html

pytest.importorskip("trafilatura")

STORY = (
    "The chief negotiators of the two countries met in Geneva on Wednesday and agreed "
    "to keep a working-level line open between their foreign ministries, officials said "
    "after the session ended late in the evening."
)

PAGE = f"""<!DOCTYPE html>
<html><head>
<title>Envoys agree to keep talks line open | Peninsula Daily</title>
<meta property="og:site_name" content="Peninsula Daily">
<meta property="og:title" content="Envoys agree to keep talks line open">
<meta property="article:published_time" content="2024-03-14T08:30:00+09:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav>
<article>
<p>{STORY}</p>
<p>Both delegations described the talks as frank and said a further round was likely
before the end of the month, though neither side named a venue for it.</p>
</article>
<footer>Copyright 2024 Peninsula Daily. All rights reserved. Privacy policy.</footer>
</body></html>"""


def test_extract_page_keeps_the_story_and_drops_the_chrome() -> None:
    page = extract_page(PAGE)
    assert STORY in " ".join(page.text.split())
    assert "Subscribe to our newsletter" not in page.text
    assert "All rights reserved" not in page.text
    assert page.published == dt.date(2024, 3, 14)
    assert page.sitename == "Peninsula Daily"
    assert page.title is not None and page.title.startswith("Envoys agree to keep talks line open")


def test_page_metadata_fills_what_the_text_lacks() -> None:
    article = parse_html(PAGE, url="https://news.example/envoys")
    assert article.title is not None and "Envoys agree" in article.title
    assert article.source == "Peninsula Daily"
    assert article.published == dt.date(2024, 3, 14)
    assert "working-level line" in article.body
    assert "Subscribe" not in article.body


class RecordAnchor:
    """An extractor that records the anchor date it was given."""

    def __init__(self) -> None:
        self.anchors: list[dt.date | None] = []

    def __call__(self, document: Document, found: Article) -> Iterable[Envoy]:
        self.anchors.append(document.published)
        return ()


def test_page_date_anchors_relative_dates() -> None:
    recorder = RecordAnchor()
    parse_html(PAGE, parser=Parser(extractors=[recorder]))
    assert recorder.anchors[-1] == dt.date(2024, 3, 14)


def test_callers_published_and_source_win() -> None:
    article = parse_html(PAGE, published="2024-03-15", source="Wire Service")
    assert article.published == dt.date(2024, 3, 15)
    assert article.source == "Wire Service"


def test_text_metadata_wins_over_the_page() -> None:
    class Credit:
        """Stands in for a cleaning stage that found a headline and a date in the text."""

        def parse(self, text: str, **_: object) -> Article:
            return Article(
                title="Headline in the text", source="Text Agency", published=dt.date(2020, 1, 2)
            )

    article = parse_html(PAGE, parser=Credit())  # type: ignore[arg-type]
    assert (article.title, article.source, article.published) == (
        "Headline in the text",
        "Text Agency",
        dt.date(2020, 1, 2),
    )


def test_page_without_story_gives_an_empty_article() -> None:
    article = parse_html("<html><head><title>Nothing</title></head><body></body></html>")
    assert article.body == ""
    assert article.meetings == ()


def test_non_str_is_a_clear_error() -> None:
    with pytest.raises(InputTypeError):
        parse_html(b"<html></html>")  # type: ignore[arg-type]


def test_missing_trafilatura_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r"dprk-diplomacy\[html\]"):
        parse_html(PAGE)
