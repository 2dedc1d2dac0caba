"""Layout rules for article fields on pages of outlets never seen.

Every page here is written for the test: common layouts of wire stories,
Korean, Japanese and Chinese English-language outlets, and blogs that copy
wire stories. Each test names the layout rule it checks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dprk_diplomacy.text.clean import clean, source_country

PLACES = frozenset(
    {"seoul", "beijing", "tokyo", "pyongyang", "moscow", "washington", "hanoi", "jakarta"}
    | {"ulan bator", "singapore", "south korea", "north korea", "japan", "china"}
)

LEAD = (
    "Diplomats of the two countries met in the capital on Tuesday to discuss a possible "
    "summit, the foreign ministry said."
)
LAST = "The two sides agreed to meet again next month, officials in both capitals said."


def page(*lines: str) -> str:
    return "\n".join(lines)


# --------------------------------------------------------------------------- credits


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("By The Associated Press", "The Associated Press"),  # as printed, not shortened
        ("By AFP news", "AFP"),  # a desk word after the agency
        ("Washington Post Staff Writer", "Washington Post"),
        ("• Kyodo", "Kyodo"),  # a bullet credit
        ("KYODO NEWS - 3 hours ago - 10:05 | World", "KYODO NEWS"),
        ("Source: Xinhua | 2024-03-05 10:12:03 | Editor: Li Na", "Xinhua"),
        ("October 3, 1999|The New York Times", "The New York Times"),
    ],
)
def test_credit_lines_over_the_story(credit: str, source: str) -> None:
    result = clean(page("Envoys agree to meet again in the spring", credit, LEAD, LAST))
    assert result.source == source
    assert result.title == "Envoys agree to meet again in the spring"
    assert credit not in result.body


def test_credit_closing_the_story_with_its_date() -> None:
    result = clean(page(LEAD, LAST, "(Xinhua News Agency May 4, 2008)"))
    assert (result.source, result.published) == ("Xinhua News Agency", dt.date(2008, 5, 4))


def test_closing_city_date_agency_credit() -> None:
    result = clean(page(LEAD, LAST, "Seoul, March 5, 2024 (Yonhap)"), places=PLACES)
    assert (result.source, result.published, result.dateline) == (
        "Yonhap",
        dt.date(2024, 3, 5),
        None,  # a closing credit is no opening dateline
    )
    assert LEAD in result.body


def test_byline_agency_under_a_photo_credit() -> None:
    text = page(
        "Envoys agree to meet again in the spring",
        "Two envoys shake hands before their talks in the capital on Tuesday.",
        "Photo: AFP",
        "By AFP",
        LEAD,
        LAST,
    )
    result = clean(text)
    assert (result.title, result.source) == ("Envoys agree to meet again in the spring", "AFP")
    assert "shake hands" not in result.body
    assert result.body.startswith("Diplomats of the two countries")


def test_byline_and_dateline_credit_of_one_agency_keep_the_fuller_form() -> None:
    text = page("Envoys agree to meet", "By Jane Roe, The Associated Press", "TOKYO (AP) — " + LEAD)
    assert clean(text).source == "The Associated Press"


def test_printed_credit_keeps_its_country() -> None:
    assert source_country("Kyodo News") == "JPN"
    assert source_country("The Korea Herald") == "KOR"


def test_photo_credit_is_not_the_source() -> None:
    text = page("Envoys agree to meet", "Two envoys shake hands. PHOTO: Reuters", LEAD, LAST)
    assert clean(text).source is None


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("opening", "place", "source"),
    [
        ("SEOUL--", "Seoul", None),  # no space after the dashes
        ("Beijing/Tokyo : ", "Beijing/Tokyo", None),  # a shared dateline
        ("S E O U L, South Korea, Oct. 2, 2001 -- ", "Seoul", None),
        ("Seoul, March 5, 2024 (IANS) ", "Seoul", "IANS"),  # no dash after the credit
        ("(SEOUL) ", "Seoul", None),  # in parentheses
        ("[Tokyo] ", "Tokyo", None),  # in brackets
        ("[AFP] ", None, "AFP"),  # a bracketed credit
        ("TOKYO, Nov 20 (Jiji Press)--", "Tokyo", "Jiji Press"),
    ],
)
def test_dateline_forms(opening: str, place: str | None, source: str | None) -> None:
    result = clean(page("Envoys agree to meet", opening + LEAD, LAST), places=PLACES)
    assert (result.dateline, result.source) == (place, source)


def test_dateline_on_a_line_of_its_own() -> None:
    result = clean(page("Envoys agree to meet", "SINGAPORE —", LEAD, LAST), places=PLACES)
    assert result.dateline == "Singapore"
    result = clean(page("Envoys agree to meet", "Seoul, South Korea", LEAD, LAST), places=PLACES)
    assert result.dateline == "Seoul"


def test_dateline_line_below_the_lead() -> None:
    text = page("Envoys agree to meet", LEAD, "TOKYO (Site News / Sputnik - 06th May, 2022)", LAST)
    result = clean(text, places=PLACES)
    assert (result.dateline, result.source, result.published) == (
        "Tokyo",
        "Sputnik",
        dt.date(2022, 5, 6),
    )
    assert result.body.startswith("Diplomats of the two countries")


@pytest.mark.parametrize(
    "debris", ["FILE - Two envoys shake hands before talks", "PHOTO: Reuters", "AFP: Envoys meet"]
)
def test_label_words_are_no_dateline(debris: str) -> None:
    result = clean(page(debris, LEAD, LAST), places=PLACES)
    assert result.dateline is None


def test_section_label_is_no_dateline() -> None:
    assert clean(page("NORTH KOREA", LEAD, LAST), places=PLACES).dateline is None


# --------------------------------------------------------------------------- headline


def test_caption_closing_with_an_agency_credit_is_no_headline() -> None:
    text = page("The new liaison office in the border town (Yonhap)", LEAD, LAST)
    assert clean(text).title is None


def test_caption_label_line_is_no_headline() -> None:
    text = page(
        "Envoys agree to meet",
        "File photo of the two envoys at the border village",
        LEAD,
        LAST,
    )
    assert clean(text).title == "Envoys agree to meet"


def test_standfirst_under_the_byline_is_no_headline() -> None:
    text = page(
        "Envoys Agree To Meet In The Spring",
        "By AFP news",
        "The two envoys agreed to meet again, state media reported",
        LEAD,
        LAST,
    )
    assert clean(text).title == "Envoys Agree To Meet In The Spring"


def test_dash_opened_standfirst_is_no_headline() -> None:
    text = page("Envoys agree to meet", "– The envoys will meet in the spring", LEAD, LAST)
    assert clean(text).title == "Envoys agree to meet"


def test_headline_printed_twice_around_the_date_line() -> None:
    headline = "Envoys agree to meet in the spring"
    text = page(
        headline, "Written: 2019-04-02 09:01:12Updated: 2019-04-02 10:45:30", headline, LEAD
    )
    result = clean(text)
    assert (result.title, result.published) == (headline, dt.date(2019, 4, 2))


def test_skip_links_are_no_headline() -> None:
    text = page("Go to contents", "Skip to: Site Navigation", LEAD, LAST)
    result = clean(text)
    assert result.title is None
    assert "Skip" not in result.body


def test_headline_with_credit_and_stamp_on_its_line() -> None:
    text = page("Envoys agree to meet (Xinhua) Updated: 2011-07-14 16:20", LEAD, LAST)
    result = clean(text)
    assert (result.title, result.source, result.published) == (
        "Envoys agree to meet",
        "Xinhua",
        dt.date(2011, 7, 14),
    )


def test_shortcode_is_no_headline() -> None:
    text = page("Envoys agree to meet", '[caption id="attachment_7" width="640"]', LEAD, LAST)
    result = clean(text)
    assert result.title == "Envoys agree to meet"
    assert "caption" not in result.body


# --------------------------------------------------------------------------- published


def test_title_bar_date_outranks_the_date_widget() -> None:
    text = page("Tuesday, March 12, 2024", "Envoys agree to meet | 05.03.2024", LEAD, LAST)
    assert clean(text).published == dt.date(2024, 3, 5)


def test_credit_header_stamp_outranks_the_date_widget() -> None:
    text = page(
        "Tuesday, March 12, 2024",
        "Envoys agree to meet",
        "By Wang Li | Updated: 2024-03-05 09:05",
        LEAD,
    )
    assert clean(text).published == dt.date(2024, 3, 5)


def test_date_with_relative_update_time() -> None:
    text = page("Envoys agree to meet", "March 3, 2024 10:12 AM GMT+9 Updated 2 hours ago", LEAD)
    assert clean(text).published == dt.date(2024, 3, 3)


def test_byline_with_its_date() -> None:
    text = page("Envoys agree to meet", "By Jane Roe / May 2, 2011", LEAD, LAST)
    assert clean(text).published == dt.date(2011, 5, 2)


def test_dated_day_opening_the_story() -> None:
    result = clean(page("Friday, August 9, 2022 – " + LEAD, LAST))
    assert (result.published, result.dateline) == (dt.date(2022, 8, 9), None)


# --------------------------------------------------------------------------- body


def test_related_link_block_inside_the_story() -> None:
    text = page(LEAD, "Related coverage:", "Envoys to meet in spring", "Talks stall again", LAST)
    body = clean(text).body
    assert "Related" not in body and "Talks stall" not in body
    assert body.endswith(LAST)


def test_promo_run_out_ends_the_story() -> None:
    text = page(
        LEAD,
        LAST,
        "Visit our page for the latest updates on the vote count.",
        "Cooks share recipes.",
    )
    body = clean(text).body
    assert "Visit this page" not in body and "recipes" not in body


@pytest.mark.parametrize(
    "chrome",
    [
        "If you value our reporting, please consider making a donation today.",
        "Shopping links in this story were added by a partner without any involvement "
        "of our newsroom.",
        "Jane Roe jroe@example.com",
        "Explore our new app features",
        "No comments yet...",
        "&nbsp;",
    ],
)
def test_site_chrome_lines_leave_the_body(chrome: str) -> None:
    body = clean(page(LEAD, LAST, chrome)).body
    assert chrome not in body
    assert body.endswith(LAST)


def test_hard_wrapped_story_opens_at_its_first_line() -> None:
    text = page(
        "Envoys agree to meet (Xinhua) Updated: 2011-07-14 16:20",
        "Diplomats of the two countries agreed on Tuesday",
        "to resume the talks sometime next month and to continue",
        "their discussions on easing tension.",
        LAST,
    )
    result = clean(text)
    assert result.body.startswith("Diplomats of the two countries agreed")
    assert result.title == "Envoys agree to meet"


def test_headline_over_an_unpunctuated_standfirst() -> None:
    text = page(
        "Envoys agree to meet in the spring",
        "The envoys say they are ready to meet 'without conditions'",
        LEAD,
        LAST,
    )
    assert clean(text).title == "Envoys agree to meet in the spring"


def test_place_and_date_line_over_the_story_is_its_dateline() -> None:
    text = page("Envoys agree to meet", "Tokyo, May 27, 2023", LEAD, LAST)
    result = clean(text, places=PLACES)
    assert (result.dateline, result.published) == ("Tokyo", dt.date(2023, 5, 27))


def test_place_and_date_widget_over_the_headline_is_no_dateline() -> None:
    text = page("Seoul, Friday, November 22, 2024", "Envoys agree to meet", LEAD, LAST)
    result = clean(text, places=PLACES)
    assert (result.title, result.dateline) == ("Envoys agree to meet", None)


@pytest.mark.parametrize(
    "debris",
    [
        "ALSO READ | Envoys to meet again in the spring",
        "googletag.cmd.push(function() { googletag.display('ad-1'); });",
        "window.dataLayer = window.dataLayer || [];",
    ],
)
def test_link_lines_and_script_debris_leave_the_body(debris: str) -> None:
    body = clean(page(LEAD, debris, LAST)).body
    assert debris not in body
    assert body.endswith(LAST)


def test_most_viewed_list_ends_the_story() -> None:
    body = clean(page(LEAD, LAST, "Most Viewed Stories", "Envoys meet again.")).body
    assert body.endswith(LAST)


def test_window_in_a_sentence_is_story() -> None:
    line = "The window for talks is closing. Envoys will meet in the capital on Monday, aides said."
    assert line in clean(page(LEAD, line, LAST)).body


@pytest.mark.parametrize(
    ("opening", "place", "source"),
    [
        ("Washington [US], March 5 (ANI): ", "Washington", "ANI"),  # a bracketed country
        ("• SEOUL, March 5 (Yonhap) -- ", "Seoul", "Yonhap"),  # a bullet before the dateline
    ],
)
def test_dateline_with_debris(opening: str, place: str, source: str) -> None:
    result = clean(page("Envoys agree to meet", opening + LEAD, LAST), places=PLACES)
    assert (result.dateline, result.source) == (place, source)


def test_credit_header_with_a_labelled_stamp() -> None:
    text = page("Envoys agree to meet", "Source: Global Times Published: 2024/3/5 21:32:11", LEAD)
    result = clean(text)
    assert (result.source, result.published) == ("Global Times", dt.date(2024, 3, 5))


def test_place_label_heading_a_headline_is_no_dateline() -> None:
    headline = "NORTH KOREA: Leaders meet in the east"
    result = clean(page(headline, LEAD, LAST), places=PLACES)
    assert (result.title, result.dateline) == (headline, None)


def test_credit_run_into_the_story() -> None:
    result = clean(page("Envoys agree to meet", "Seoul (CNN)" + LEAD, LAST), places=PLACES)
    assert (result.dateline, result.source) == ("Seoul", "CNN")


def test_stamp_with_its_editor() -> None:
    text = page("Envoys agree to meet", "2018-06-14 16:32:06 | Editor: Li Na", LEAD, LAST)
    assert clean(text).published == dt.date(2018, 6, 14)


@pytest.mark.parametrize(
    "line",
    [
        "Trending Now",
        "Story continues below advertisement",
        "Join our WhatsApp channel for the latest news",
        "Updated 5 minutes ago",
        "Thank you for reading!",
    ],
)
def test_common_site_chrome(line: str) -> None:
    body = clean(page(LEAD, line, LAST)).body
    assert line not in body
    assert body.endswith(LAST)


def test_a_contribution_in_a_sentence_is_story() -> None:
    line = "Japan will make a contribution of $10 million to the fund, the minister told reporters."
    assert line in clean(page(LEAD, line, LAST)).body


def test_credit_closed_by_a_full_stop() -> None:
    text = page("Envoys agree to meet", "Hanoi, March 5 (VNA). " + LEAD, LAST)
    result = clean(text, places=PLACES)
    assert (result.dateline, result.source) == ("Hanoi", "VNA")


def test_blog_share_widgets_leave_the_body() -> None:
    body = clean(page(LEAD, LAST, "Share this:", "Like this:", "Like Loading...")).body
    assert body.endswith(LAST)
