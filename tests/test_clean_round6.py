"""Round-6 cleaning rules: date-line shapes, credit lines and header layouts of scraped
pages never seen before (reading-time and comment counters, parliamentary records,
reposts, series bylines, wiki pages, machine-translated wire copy)."""

from __future__ import annotations

import datetime as dt

from dprk_diplomacy.text.clean import clean

PLACES = frozenset({"seoul", "beijing", "tokyo", "pyongyang", "moscow", "washington"})

STORY = (
    "Envoys of the two sides met in the border village on Tuesday to prepare a summit, "
    "the ministry said."
)
STORY_END = "The talks are expected to resume next month, officials in both capitals said."


def page(*lines: str) -> str:
    return "\n".join(lines)


# --------------------------------------------------------------------------- date lines


def test_a_reading_time_widget_beside_the_stamp_is_no_word_of_a_headline() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        "Example Wire",
        "Tue, March 5, 2024 at 7:15 AM GMT+9 · 3 min read",
        STORY,
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == "Envoys agree to meet again at the border"
    assert found.published == dt.date(2024, 3, 5)


def test_a_dotted_clock_with_its_meridiem_makes_a_timestamp() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        "Tuesday March 05 2024, 7.30pm, The Daily Courier",
        STORY,
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == "Envoys agree to meet again at the border"
    assert found.published == dt.date(2024, 3, 5)


def test_a_comment_counter_beside_the_date_and_author_is_a_date_line() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        "March 5, 2024   Jane Roe   12 Comments",
        STORY,
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == "Envoys agree to meet again at the border"
    assert found.published == dt.date(2024, 3, 5)


def test_a_parliamentary_record_dates_the_debate_by_its_sitting() -> None:
    text = page(
        "Upper Chamber",
        "Korean Peninsula: Envoys",
        "Volume 912: debated on Wednesday 6 March 2024",
        "Question",
        "Asked by",
        "Baroness Roe of Example",
        "To ask the Government what steps they are taking to send an envoy to Pyongyang.",
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == "Korean Peninsula: Envoys"
    assert found.published == dt.date(2024, 3, 6)


# --------------------------------------------------------------------------- bylines


def test_a_headline_ending_in_a_job_word_is_no_staff_line() -> None:
    text = page(
        "Daily Example: News in English",
        "Envoy Meets Leader, Wins Release of Two Reporters",
        "Updated March 5, 2024 11:32 KST",
        STORY,
        STORY_END,
    )
    assert clean(text, places=PLACES).title == "Envoy Meets Leader, Wins Release of Two Reporters"


def test_a_reporter_and_desk_city_under_the_headline_is_a_byline_not_the_title() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        "Both sides drop their demand for a summit first",
        "Jane Roe, Tokyo",
        "Tuesday March 05 2024, 7.30pm, The Daily Courier",
        STORY,
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == "Envoys agree to meet again at the border"
    assert found.dateline is None


def test_a_series_byline_under_the_headline_is_not_the_title() -> None:
    text = page(
        "Example Institute",
        "Envoys Return to the Border: Five Years Later",
        "Peninsula Notes by Jane Q. Roe",
        "Published March 5, 2024",
        STORY,
        STORY_END,
    )
    assert clean(text, places=PLACES).title == "Envoys Return to the Border: Five Years Later"


def test_an_author_block_of_name_and_affiliation_is_crossed_to_the_headline() -> None:
    text = page(
        "Example Institute",
        "After the summit: where the envoys go from here",
        "Jane Q. Roe",
        "Senior Fellow - Asia Program, Center for Peninsula Studies",
        "March 5, 2024",
        STORY,
        STORY_END,
    )
    assert clean(text, places=PLACES).title == "After the summit: where the envoys go from here"


# --------------------------------------------------------------------------- reposts


def test_a_repost_credits_the_outlet_that_ran_the_story_first() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        "By Jane Roe",
        STORY,
        STORY_END,
        "This article first appeared in The Valley Courier.",
        "Share this:",
    )
    found = clean(text, places=PLACES)
    assert found.source == "The Valley Courier"
    assert "first appeared" not in found.body


def test_a_place_where_something_first_appeared_is_no_repost_credit() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        STORY,
        "The idea first appeared in Seoul in 2019.",
    )
    assert clean(text, places=PLACES).source is None


# --------------------------------------------------------------------------- headlines


def test_a_site_slogan_over_the_section_menu_is_no_headline_over_a_standfirst() -> None:
    text = page(
        "Example Review",
        "A Journal of News and Comment",
        "Home  World  Analysis  Opinion  Asia  Europe  Subscribe",
        "When the envoys went to the border: the summit that almost was",
        "March 5, 2024   Jane Roe   0 Comments",
        STORY,
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == "When the envoys went to the border: the summit that almost was"
    assert found.published == dt.date(2024, 3, 5)


def test_a_wiki_page_title_stands_over_its_tagline_not_its_section_headings() -> None:
    text = page(
        "Main page",
        "Contents",
        "Random article",
        "Portal:Events/2024 March 5",
        "From Examplepedia, the free encyclopedia",
        "March 5, 2024 (Tuesday)",
        "International relations",
        "Peninsula talks",
        STORY,
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == "Portal:Events/2024 March 5"
    assert found.published == dt.date(2024, 3, 5)
    assert "free encyclopedia" not in found.body


def test_subheads_under_the_date_line_yield_to_the_headline_above_it() -> None:
    text = page(
        "Example News",
        "Peninsula",
        'Envoy "Offer of the South side flatly rejected ... impudent"',
        "Input 2024-03-05 07:32 | Modified 2024-03-05 10:05",
        "Text size   Print   Share",
        'The North, "the South side on 4th proposed sending envoys through notification"',
        'Names both envoys ... "has no regard for"',
        "(Seoul = Yonhap) Reporter Jane Roe = " + STORY,
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == 'Envoy "Offer of the South side flatly rejected ... impudent"'
    assert found.dateline == "Seoul"
    assert found.source == "Yonhap"
    assert found.published == dt.date(2024, 3, 5)


def test_a_bracketed_equation_of_unknown_words_is_no_dateline() -> None:
    text = page("Envoys agree to meet again", "(Price = Value) " + STORY, STORY_END)
    assert clean(text, places=PLACES).dateline is None


def test_a_us_stamp_with_a_short_year_and_its_clock_dates_the_story() -> None:
    text = page(
        "What we know about the cancelled envoy talks",
        "By Jane Roe On 3/5/24 at 1:47 PM EST",
        STORY,
        STORY_END,
    )
    assert clean(text, places=PLACES).published == dt.date(2024, 3, 5)


def test_a_short_fraction_without_a_clock_is_no_date() -> None:
    text = page("Envoys agree to meet again at the border", "Score 3/5/24 points", STORY)
    assert clean(text, places=PLACES).published is None


def test_a_listed_outlets_web_address_opening_the_stamp_line_credits_the_story() -> None:
    text = page(
        "Explained: why the border hotline went silent",
        "CHINADAILY.COM.CN / Updated: Mar 5, 2024, 14:32 IST",
        "Share",
        STORY,
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.source == "CHINADAILY.COM.CN"
    assert found.published == dt.date(2024, 3, 5)
    assert found.title == "Explained: why the border hotline went silent"


# --------------------------------------------------------------------------- page chrome


def test_comment_widgets_paywall_and_record_footers_are_no_story_text() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        "By Jane Roe",
        STORY,
        "Share this specific contribution",
        "Link to this contribution",
        STORY_END,
        "Subscribe to unlock this article",
        "Try 3 months for $1. Cancel anytime.",
        "Example Daily is not responsible for the content of comments. Log in to take part.",
        "Show new comments (0)",
        "Example is a substantially verbatim report of what is said in the chamber.",
    )
    body = clean(text, places=PLACES).body
    assert STORY in body and STORY_END in body
    for chrome in ("contribution", "unlock", "Cancel anytime", "comments", "verbatim"):
        assert chrome not in body


def test_a_wiki_footer_ends_the_page() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        STORY,
        STORY_END,
        'Retrieved from "https://wiki.example.org/w/index.php?title=Events&oldid=1"',
        "Categories: Events pages",
        "This page was last edited on 6 March 2024, at 03:14 (UTC).",
        "The comments section is closed.",
    )
    body = clean(text, places=PLACES).body
    assert body.endswith(STORY_END)


def test_an_app_share_is_neither_title_nor_story() -> None:
    text = page(
        "Shared from the Example News app",
        "Envoys agree to meet again at the border",
        "Example News · March 5, 2024",
        STORY,
        STORY_END,
        "Sent from my iPhone",
    )
    found = clean(text, places=PLACES)
    assert found.title == "Envoys agree to meet again at the border"
    assert "Sent from" not in found.body


def test_a_newsletter_emails_wrapper_is_chrome() -> None:
    text = page(
        "View this email in your browser",
        "Envoys agree to meet again at the border",
        "By Jane Roe",
        STORY,
        STORY_END,
        "You are receiving this email because you signed up for the Peninsula Brief.",
        "Unsubscribe | Update your preferences",
        "Example Media, 1 Main St, Springfield",
    )
    found = clean(text, places=PLACES)
    assert found.title == "Envoys agree to meet again at the border"
    assert found.body.endswith(STORY_END)


def test_a_pdf_running_header_and_an_author_date_line_are_no_story() -> None:
    text = page(
        "Peninsula Brief No. 12 Page 1 of 3",
        "Envoys agree to meet again at the border",
        "Jane Roe | March 5, 2024",
        STORY,
        "Peninsula Brief No. 12 Page 2 of 3",
        STORY_END,
    )
    found = clean(text, places=PLACES)
    assert found.title == "Envoys agree to meet again at the border"
    assert found.published == dt.date(2024, 3, 5)
    assert "Page 2" not in found.body


def test_a_site_footer_opened_by_cookie_settings_ends_the_page() -> None:
    text = page(
        "Envoys agree to meet again at the border",
        STORY,
        STORY_END,
        "Cookie settings   Privacy policy   Terms of use   © Example Media AB",
    )
    assert clean(text, places=PLACES).body.endswith(STORY_END)
