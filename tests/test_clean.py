"""Tests of the cleaning stage: article fields, kept segments and body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dprk_diplomacy.text.clean import CleanText, clean

PLACES = frozenset({"seoul", "beijing", "tokyo", "pyongyang", "moscow", "washington", "hanoi"})

STORY = (
    "Envoys of the two sides met in the border village on Tuesday to prepare a summit, "
    "the ministry said."
)
STORY_END = "The talks are expected to resume next month, officials in both capitals said."


def page(*lines: str) -> str:
    return "\n".join(lines)


def kinds(result: CleanText, text: str) -> list[tuple[str, str]]:
    return [(segment.kind, text[segment.start : segment.end]) for segment in result.segments]


# --------------------------------------------------------------------------- title


def test_title_is_the_headline_above_byline_and_story() -> None:
    text = page("Home", "World", "Asia", "", "Envoys prepare a new summit", "By Yonhap", "", STORY)
    result = clean(text)
    assert result.title == "Envoys prepare a new summit"
    assert ("headline", "Envoys prepare a new summit") in kinds(result, text)


def test_no_title_when_the_page_opens_with_the_story() -> None:
    assert clean(page(STORY, STORY_END)).title is None


def test_date_header_followed_by_title() -> None:
    result = clean(page(" date 2020-03-04 Envoys prepare a new summit", "", STORY))
    assert result.title == "Envoys prepare a new summit"
    assert result.published == dt.date(2020, 3, 4)


def test_date_header_followed_by_first_sentence_is_not_a_title() -> None:
    text = page(" date 2020-03-04 " + STORY, STORY_END)
    result = clean(text)
    assert result.title is None
    assert result.body.startswith("Envoys of the two sides met")
    assert "date 2020" not in result.body


def test_title_loses_trailing_timestamp_and_byline() -> None:
    text = page(
        " date 2020-03-04 Envoys prepare a summit . Mar. 4, 2020 08:15. by Jane Roe jroe@example.com.",
        STORY,
    )
    result = clean(text)
    assert result.title == "Envoys prepare a summit"
    assert "jroe@example.com" not in result.body
    assert all("jroe" not in text[s.start : s.end] for s in result.segments)


def test_title_loses_trailing_site_separator() -> None:
    assert clean(page("Envoys prepare a new summit, sources say –", "", STORY)).title == (
        "Envoys prepare a new summit, sources say"
    )


def test_section_label_is_not_a_title() -> None:
    text = page("World / Asia", "", STORY)
    result = clean(text)
    assert result.title is None
    assert "World / Asia" not in result.body


def test_headline_copies_are_headline_segments_not_body() -> None:
    text = page(
        "Seoul&#39;s envoy meets Beijing&#39;s envoy",
        "Seoul's envoy meets Beijing's envoy",
        "",
        STORY,
    )
    result = clean(text)
    assert result.title == "Seoul's envoy meets Beijing's envoy"
    assert [kind for kind, _ in kinds(result, text)] == ["headline", "headline", "story"]
    assert "envoy meets" not in result.body


# --------------------------------------------------------------------------- source


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("By Yonhap", "Yonhap"),
        ("By Jane Roe, Reuters", "Reuters"),
        ("By Jane Roe", None),
        ("By Jane Roe (jroe@example.com)", None),
        ("Kyodo", "Kyodo"),
    ],
)
def test_source_from_credit_under_the_headline(credit: str, source: str | None) -> None:
    text = page("Envoys prepare a new summit", credit, "", STORY)
    result = clean(text)
    assert result.source == source
    assert credit not in result.body


@pytest.mark.parametrize(
    ("opening", "source", "place"),
    [
        ("Seoul, Jan 5 (IANS): ", "IANS", "Seoul"),
        ("HANOI, March 3 (Xinhua) -- ", "Xinhua", "Hanoi"),
        ("MOSCOW, April 2 (RIA Novosti) - ", "RIA Novosti", "Moscow"),
        ("April 2 (UPI) -- ", "UPI", None),
        ("TOKYO — ", None, "Tokyo"),
        ("SEOUL (AP) — ", "AP", "Seoul"),
    ],
)
def test_dateline_gives_place_and_credit(opening: str, source: str | None, place: str) -> None:
    result = clean(page("Envoys prepare a new summit", "", opening + STORY))
    assert (result.source, result.dateline) == (source, place)
    assert result.published is None  # a dateline without its year dates nothing


def test_agency_and_place_line() -> None:
    text = page("Envoys prepare a new summit", "AFP Hanoi", "", STORY)
    assert (clean(text, places=PLACES).source, clean(text, places=PLACES).dateline) == (
        "AFP",
        "Hanoi",
    )
    assert clean(text).dateline == "Hanoi"


def test_trailing_agency_credits() -> None:
    assert clean(page(STORY, STORY_END + " (Yonhap)")).source == "Yonhap"
    assert clean(page(STORY, STORY_END, "", "Reuters ")).source == "Reuters"


def test_not_a_source() -> None:
    assert clean(page(STORY, "The plan was first disclosed, Kyodo News reported.")).source is None
    text = page(STORY, STORY_END, "(With input from Xinhua)")
    result = clean(text)
    assert result.source is None
    assert "input from" not in result.body
    caption = page(STORY, "|Delegates shake hands at the venue (Yonhap)", STORY_END)
    assert clean(caption).source is None


def test_outlet_line_between_headline_and_published_line() -> None:
    text = page("Envoys prepare a new summit", "The Daily Courier", "Published: May 1, 2019", STORY)
    result = clean(text)
    assert result.source == "The Daily Courier"
    assert result.published == dt.date(2019, 5, 1)


# --------------------------------------------------------------------------- published


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published : Mar 4, 2020 - 19:05", dt.date(2020, 3, 4)),
        ("Published: March 4, 2020, 3:00pm", dt.date(2020, 3, 4)),
        ("Last Updated : Mar 4 2020 | 09:10 AM IST", dt.date(2020, 3, 4)),
        ("Posted on 4 March 2020", dt.date(2020, 3, 4)),
        ("Xinhua) 10:45, March 4, 2020", dt.date(2020, 3, 4)),
        ("Wednesday, March 4, 2020", dt.date(2020, 3, 4)),  # a date printed under the headline
        ("Envoys to meet again in March 2020", None),
    ],
)
def test_published(line: str, date: dt.date | None) -> None:
    text = page("Envoys prepare a new summit", line, "", STORY)
    result = clean(text)
    assert result.published == date
    assert line not in result.body


def test_published_prefers_the_published_label_to_the_update() -> None:
    text = page("Envoys prepare a summit", "Updated: May 3, 2019 | Published: May 1, 2019", STORY)
    assert clean(text).published == dt.date(2019, 5, 1)


# --------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    "caption",
    [
        "Two envoys shake hands before talks in Hanoi, May 1, 2019. /ABC Photo",
        "An envoy leaves a hotel in Seoul. File Photo by Jane Roe",
        "Envoys pose for a photo in Hanoi, May 1, 2019. (Xinhua/Jane Roe)",
        "(Cover: Envoys pose for a photo in Hanoi, May 1, 2019. /ABC Photo)",
        "|Envoys pose for a photo (Yonhap)",
        "National flags at the venue (AFP-Yonhap)",
    ],
)
def test_captions(caption: str) -> None:
    text = page(STORY, caption, STORY_END)
    result = clean(text)
    assert ("caption", caption) in kinds(result, text)
    assert caption not in result.body


def test_repeated_line_is_a_caption() -> None:
    caption = "Two envoys shake hands before the talks in Hanoi on Monday"
    text = page("Envoys prepare a new summit", caption, caption, STORY)
    result = clean(text)
    assert [kind for kind, _ in kinds(result, text)] == ["headline", "caption", "caption", "story"]


# --------------------------------------------------------------------------- chrome


def test_menus_and_lone_words_are_dropped() -> None:
    text = page(
        "Advertisement",
        "News",
        "Politics",
        "Food & Drink",
        "Sports",
        "Envoys prepare a new summit",
        STORY,
        "Image",
        "Advertisement",
        STORY_END,
    )
    result = clean(text)
    assert result.body == STORY + "\n\n" + STORY_END
    assert [kind for kind, _ in kinds(result, text)] == ["headline", "story", "story"]


@pytest.mark.parametrize(
    "marker",
    [
        "MOST POPULAR",
        "Leave a Reply",
        "Be the first to comment",
        "Latest Asia Stories",
        "Top Stories",
    ],
)
def test_everything_after_an_end_marker_is_dropped(marker: str) -> None:
    text = page(
        STORY, STORY_END, marker, "Another story about something else entirely, the paper said."
    )
    assert clean(text).body == STORY + "\n\n" + STORY_END


def test_footers_and_comment_boxes() -> None:
    text = page(
        STORY,
        STORY_END,
        "Leave a Comment",
        "You have 2000 characters left.",
        "Disclaimer: please keep your comments civil and lawful.",
        "Copyright Example Corp. All Rights Reserved.",
        "Tel : +00-1-234-5678",
    )
    assert clean(text).body == STORY + "\n\n" + STORY_END


def test_slide_counter_and_share_buttons_inside_the_story() -> None:
    text = page(STORY, "Facebook Twitter Email", "3 of 12", STORY_END)
    assert clean(text).body == STORY + "\n\n" + STORY_END


def test_html_lines_and_inline_tags() -> None:
    pixel = '<img height="1" width="1" src="https://example.com/pixel?id=1&amp;ev=view">'
    story = "Envoys of the two sides <b>met</b> in Hanoi on Tuesday, the ministry&#39;s aide said."
    text = page(pixel, story, STORY_END)
    result = clean(text)
    assert result.body.startswith("Envoys of the two sides met in Hanoi on Tuesday, the ministry's")
    assert "example.com" not in result.body
    assert kinds(result, text)[0] == ("story", story)


def test_site_blurb_before_a_dateline_is_not_story() -> None:
    text = page(
        "Asia News",
        "The latest news from the region. Stay tuned for updates and analysis every day of the week.",
        "Envoys prepare a new summit",
        "SEOUL, May 2 (Yonhap) -- " + STORY,
    )
    result = clean(text)
    assert result.title == "Envoys prepare a new summit"
    assert "Stay tuned" not in result.body


def test_segments_trim_offsets_not_text() -> None:
    text = "   " + STORY + "  \n\n\t" + STORY_END + "\n"
    result = clean(text)
    assert [text[s.start : s.end] for s in result.segments] == [STORY, STORY_END]


# --------------------------------------------------------------------------- robustness


def check_invariants(text: str, result: CleanText) -> None:
    previous_end = 0
    for segment in result.segments:
        assert 0 <= segment.start <= segment.end <= len(text)
        assert previous_end <= segment.start
        previous_end = segment.end
        assert text[segment.start : segment.end] == text[segment.start : segment.end].strip()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_never_raises_and_segments_are_in_bounds(text: str) -> None:
    check_invariants(text, clean(text, places=PLACES))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                STORY,
                STORY_END,
                "",
                " date 2020-03-04 ",
                "By Yonhap",
                "SEOUL, Jan 5 (Yonhap) -- ",
                "Published: May 1, 2019",
                "MOST POPULAR",
                "<p>",
                "&#39;",
                "Envoys prepare a new summit",
                "|Caption (Yonhap)",
                "\r\n",
                "\u2028",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_clean_never_raises_on_page_like_text(text: str) -> None:
    check_invariants(text, clean(text))


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\x02", "a" * 1_000_000, "<html><body>" + "<p>x</p>" * 10_000, "(" * 100_000],
)
def test_degenerate_inputs(text: str) -> None:
    check_invariants(text, clean(text))


# --------------------------------------------------------------------------- seeds

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

EXPECTED = {
    "000_2880d58deaf93194": (None, None, None, None),
    "001_5ce21dc562d07785": (
        "Diplomats of S. Korea, U.S. discuss resumption of dialogue with N. Korea",
        "Yonhap",
        dt.date(2021, 8, 5),
        None,
    ),
    "002_9659c03c03a7e223": ("S.Korea urges resumption of US-N.Korea talks", "IANS", None, "Seoul"),
    "003_c129f9f2c8c7a396": (
        "U.S., North Korea have been secretly discussing having \u2018talks about talks\u2019",
        "The Columbian",
        dt.date(2015, 2, 2),
        "Tokyo",
    ),
    "004_8460bfcb49c952c3": (
        "Washington Considers Opening Liaison Office in North Korea",
        None,
        None,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_articles(name: str) -> None:
    path = SEEDS / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"seed {name} not present")
    text = path.read_text(encoding="utf-8")
    result = clean(text, places=PLACES)
    assert (result.title, result.source, result.published, result.dateline) == EXPECTED[name]
    check_invariants(text, result)
    assert result.body


def test_headline_printed_twice_is_the_title_not_a_caption() -> None:
    headline = "Envoys meet at the border, agree to resume talks"
    text = page(headline, headline, "Posted June 30, 2019 at 5:12 PM", STORY, STORY_END)
    result = clean(text, places=PLACES)
    assert result.title == headline
    assert result.published == dt.date(2019, 6, 30)
    assert headline not in result.body


def test_author_and_date_under_the_headline() -> None:
    text = page("Envoys meet at the border again", "Jane O'Roe   March 26, 2024", STORY, STORY_END)
    result = clean(text, places=PLACES)
    assert (result.title, result.published) == (
        "Envoys meet at the border again",
        dt.date(2024, 3, 26),
    )


def test_related_link_line_is_not_story() -> None:
    text = page(STORY, "Related: Envoys to meet again next month", STORY_END)
    assert "Related" not in clean(text, places=PLACES).body


def test_editors_attention_line_is_not_the_title() -> None:
    headline = "(LEAD) Envoys meet at the border again"
    text = page(headline, "(ATTN: UPDATES with details in paras 4-6)", STORY, STORY_END)
    result = clean(text, places=PLACES)
    assert result.title == headline
    assert "ATTN" not in result.body
