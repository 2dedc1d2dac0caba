"""Invariants of ``parse`` on any text: it never raises on a ``str``, every span
points at its own text, the JSON round-trips and a second parse is identical."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from hypothesis import given
from hypothesis import strategies as st

from dprk_diplomacy import Article, Span, parse

HTML_FRAGMENTS = (
    "<html>",
    "<body>",
    "</body>",
    "<div class='story'>",
    "</div>",
    "<p>",
    "</p>",
    "<br>",
    "<script>var x = '<p>';</script>",
    "<style>p{}</style>",
    "<!-- note -->",
    "&amp;",
    "&nbsp;",
    "&#x41;",
    "<a href='/x'>",
    "</a>",
    "<h1>",
    "</h1>",
    "<title>",
    "</title>",
    "<",
    ">",
    "\n",
    "Kim Jong Un ",
    "met ",
    "U.S. envoy ",
    "in Seoul ",
    "on Friday. ",
    "SEOUL, Aug. 5 (Yonhap) -- ",
)

unicode_texts = st.text(
    alphabet=st.characters(
        categories=(
            "Lu",
            "Ll",
            "Lt",
            "Lo",
            "Mn",
            "Nd",
            "Pd",
            "Ps",
            "Pe",
            "Po",
            "Pi",
            "Pf",
            "Sm",
            "So",
            "Zs",
            "Zl",
            "Zp",
            "Cc",
            "Cf",
            "Co",
        )
    )
)
html_texts = st.lists(st.sampled_from(HTML_FRAGMENTS) | st.text(max_size=8)).map("".join)
any_texts = st.one_of(st.text(), unicode_texts, html_texts)


RECASINGS: tuple[Callable[[str], str], ...] = (str, str.upper, str.lower, str.swapcase, str.title)


@st.composite
def mutated(draw: st.DrawFn, texts: list[str]) -> str:
    """A seed article with its lines shuffled, dropped, duplicated, recased, salted, cut."""
    lines = draw(st.sampled_from(texts)).splitlines(keepends=True)
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    dropped = draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    lines = [line for line, drop in zip(lines, dropped, strict=True) if not drop]
    duplicate = draw(st.booleans())
    if lines and duplicate:
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(lines)))
    recase = draw(st.sampled_from(RECASINGS))
    text = "".join(recase(line) for line in lines)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(min_size=1, max_size=5)) + text[at:]
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]  # often mid-word
    return text


def spans(article: Article) -> Iterator[Span]:
    """Every span in the article's records."""
    for envoy in article.envoys:
        yield from envoy.mentions
    for meeting in article.meetings:
        yield meeting.evidence
    for channel in article.channels:
        yield channel.evidence


def check_invariants(text: str) -> None:
    article = parse(text)
    for span in spans(article):
        assert text[span.start : span.end] == span.text
    dumped = article.model_dump_json()
    assert Article.model_validate_json(dumped) == article
    assert parse(text).model_dump_json() == dumped


@given(any_texts)
def test_any_text_parses_with_sound_records(text: str) -> None:
    check_invariants(text)


@given(st.data())
def test_mutated_seed_articles_parse_with_sound_records(
    seed_texts: list[str], data: st.DataObject
) -> None:
    check_invariants(data.draw(mutated(seed_texts)))


def test_seed_articles_keep_the_invariants(seed_texts: list[str]) -> None:
    assert seed_texts, "seeds/ has no articles"
    for text in seed_texts:
        check_invariants(text)
