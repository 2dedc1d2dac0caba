"""Round-4 cleaning rules: page layouts of fresh probes (menu bars, mastheads, credits, datelines)."""

from __future__ import annotations

from dprk_diplomacy.text.clean import clean

PLACES = frozenset({"seoul", "beijing", "tokyo", "pyongyang", "moscow", "washington", "stockholm"})

STORY = (
    "Envoys of the two sides met in the border village on Tuesday to prepare a summit, "
    "the ministry said."
)
STORY_END = "The talks are expected to resume next month, officials in both capitals said."


def page(*lines: str) -> str:
    return "\n".join(lines)


# --------------------------------------------------------------------------- title


def test_a_menu_bar_of_short_items_is_no_headline() -> None:
    text = page(
        "Home | Nation | World | Money | Sport",
        "Trending: Rail Strike | Cup Final | Budget Vote",
        "",
        "Envoys of the two Koreas agree to reopen their liaison office after a long freeze",
        "Updated: Mar 03, 2022 10:40 KST",
        "",
        STORY,
        STORY_END,
    )
    result = clean(text)
    assert result.title == (
        "Envoys of the two Koreas agree to reopen their liaison office after a long freeze"
    )


def test_menu_items_set_apart_by_wide_gaps_are_chrome() -> None:
    text = page(
        "News  Radio  Programs  On Demand", "Envoys agree to meet again in spring", STORY, STORY_END
    )
    assert clean(text).title == "Envoys agree to meet again in spring"


def test_a_tool_bar_of_chrome_items_is_no_headline() -> None:
    text = page(
        "E-mail this to a friend  Printable version",
        "Leaders cross the border for talks",
        "By Jane Roe",
        STORY,
    )
    assert clean(text).title == "Leaders cross the border for talks"


# --------------------------------------------------------------------------- source


def test_the_site_name_over_the_headline_credits_nothing() -> None:
    text = page("The Harbour Times", "Envoys agree to meet again", "By Jane Roe", STORY, STORY_END)
    assert clean(text).source is None


def test_menu_bar_in_markup_is_chrome() -> None:
    text = page(
        '<span class="nav">Home</span> Local | Sport | Weather | Jobs',
        "Talks between the two Koreas set for next week",
        "By JANE ROE, Associated Press",
        STORY,
    )
    assert clean(text).title == "Talks between the two Koreas set for next week"


def test_a_reporters_job_line_is_a_byline_not_the_headline() -> None:
    text = page(
        "Envoys meet at the border as both sides prepare a summit",
        "Jane Roe",
        "Chief Diplomatic Correspondent",
        "Published Mar 3, 2022, 11:05 pm",
        STORY,
    )
    assert clean(text).title == "Envoys meet at the border as both sides prepare a summit"


def test_a_labelled_reporter_line_is_a_byline() -> None:
    text = page("Envoys meet at the border", "Reporter : Jane Roe", STORY)
    assert clean(text).title == "Envoys meet at the border"


def test_a_capitalised_line_under_a_site_name_is_the_headline_not_a_standfirst() -> None:
    text = page(
        "Office of the Spokesperson of the Example Republic",
        "Home > Press > Remarks",
        "Spokesperson's Regular Press Conference on Talks With the Two Koreas",
        "2022/03/28",
        STORY,
    )
    assert clean(text).title == (
        "Spokesperson's Regular Press Conference on Talks With the Two Koreas"
    )


def test_a_date_widget_is_no_headline() -> None:
    for widget in ("Issue #41 · Monday, March 7, 2022", "Juche 111 (2022) March 7 Monday"):
        text = page("Envoys agree to meet again", widget, STORY)
        assert clean(text).title == "Envoys agree to meet again", widget


# --------------------------------------------------------------------------- credits and dates


def test_a_byline_running_on_into_a_labelled_source_and_stamp() -> None:
    text = page(
        "Envoys agree to meet again",
        "By Jane Roe and John Doe Source: Global Times Published: 2022/3/7 21:48:40",
        STORY,
    )
    result = clean(text)
    assert (result.source, str(result.published)) == ("Global Times", "2022-03-07")


def test_a_print_edition_page_beside_the_date() -> None:
    text = page(
        "Envoys agree to meet again", "By Jane Roe", "Monday, March 7, 1994; Page A12", STORY
    )
    result = clean(text)
    assert (result.title, str(result.published)) == ("Envoys agree to meet again", "1994-03-07")


def test_an_outlet_and_city_under_the_byline_credits_without_a_dateline() -> None:
    text = page("Envoys agree to meet again", "By Jane Roe", "BBC News, Seoul", STORY)
    result = clean(text, places=PLACES)
    assert (result.source, result.dateline) == ("BBC News", None)


def test_a_closing_credit_over_a_share_bar_credits_the_story() -> None:
    text = page(
        "Envoys agree to meet again",
        STORY,
        STORY_END,
        "Source(s): Xinhua News Agency",
        "SHARE: Facebook Twitter Weibo WeChat",
    )
    result = clean(text, places=PLACES)
    assert result.source == "Xinhua News Agency"
    assert "SHARE" not in result.body


# --------------------------------------------------------------------------- dateline


def test_datelines_of_wire_copy() -> None:
    cases = {
        "STOCKHOLM, May 26 Kyodo - " + STORY: ("Stockholm", "Kyodo"),
        "SEOUL, South Korea (AP) _ " + STORY: ("Seoul", "AP"),
        "Pyongyang /KCNA/ " + STORY: ("Pyongyang", "KCNA"),
        "WASHINGTON (AP) &mdash; " + STORY: ("Washington", "AP"),
        "MOSCOW, March 7. /TASS/. " + STORY: ("Moscow", "TASS"),
        "Seoul (AFP) - " + STORY: ("Seoul", "AFP"),
        "PYONGYANG, March 7 /KCNA/ " + STORY: ("Pyongyang", "KCNA"),
    }
    for opening, expected in cases.items():
        result = clean(page("Envoys agree to meet again", opening), places=PLACES)
        assert (result.dateline, result.source) == expected, opening


def test_an_unlisted_word_after_the_day_is_no_agency() -> None:
    result = clean(page("Envoys agree to meet", "SEOUL, May 26 Special - " + STORY), places=PLACES)
    assert result.source is None


def test_the_credit_under_the_headline_wins_over_the_agency_label_above_it() -> None:
    text = page("KYODO NEWS", "Envoys agree to meet again", "Kyodo", "", STORY)
    assert clean(text, places=PLACES).source == "Kyodo"
    text = page("REUTERS", "Envoys agree to meet again", "", STORY)
    assert clean(text, places=PLACES).source == "REUTERS"


# --------------------------------------------------------------------------- body


def test_promos_inside_and_after_the_story_leave_the_body() -> None:
    promos = (
        "Sign up for the Morning Brief newsletter: your daily briefing. Enter your e-mail | Sign up",
        "Get The Harbour Times app",
        "[Most Popular] Local team wins the cup final",
        "Support the Harbour Times",
        "Posted in: POLITICS",
    )
    text = page("Envoys agree to meet again", STORY, *promos, STORY_END)
    body = clean(text, places=PLACES).body
    assert STORY_END in body
    for promo in promos:
        assert promo not in body, promo


def test_end_markers_under_the_outlets_name_or_with_a_note_end_the_story() -> None:
    for marker in (
        "Harbour Times Most Popular",
        "Join the conversation: comments are moderated before they appear.",
    ):
        text = page("Envoys agree to meet again", STORY, STORY_END, marker, "Cup final tonight")
        body = clean(text, places=PLACES).body
        assert STORY_END in body and "Cup final" not in body, marker


def test_a_story_sentence_about_popularity_stays() -> None:
    text = page("Envoys agree to meet again", STORY, "He is most popular", STORY_END)
    assert STORY_END in clean(text, places=PLACES).body


def test_an_author_run_on_into_the_date_is_no_headline() -> None:
    text = page("Envoys agree to meet again", "Jane Roe March 7th, 2022", STORY)
    result = clean(text, places=PLACES)
    assert (result.title, str(result.published)) == ("Envoys agree to meet again", "2022-03-07")


def test_paywall_and_share_prompts_leave_the_body() -> None:
    prompts = (
        "Share this: Twitter Facebook Email",
        "Want more? Get full access to Example Pro.",
        "Join Example Pro today for full access to our analysis",
    )
    text = page("Envoys agree to meet again", STORY, STORY_END, *prompts)
    body = clean(text, places=PLACES).body
    assert STORY_END in body
    for prompt in prompts:
        assert prompt not in body, prompt


def test_paywall_newsletter_comment_and_feed_boxes_leave_the_body() -> None:
    boxes = (
        "This article is for subscribers only.",
        "You have 3 free articles remaining this month.",
        "Already a subscriber? Log in",
        "To continue reading, subscribe today.",
        "Get the Evening Digest delivered to your inbox",
        "By signing up, you agree to our terms.",
        "Add your comment",
        "This content is from a syndicated feed and has not been edited.",
        "Click to share on Twitter (Opens in new window)",
        "Like us on Facebook",
        "Report a typo",
        "Continue reading the main story",
        "Become a subscriber",
    )
    text = page("Envoys agree to meet again", STORY, *boxes, STORY_END)
    body = clean(text, places=PLACES).body
    assert STORY_END in body
    for box in boxes:
        assert box not in body, box


def test_a_name_and_job_line_under_the_headline_is_a_byline() -> None:
    for byline in ("Jane Roe, Staff Writer", "Jane Roe | Seoul Correspondent"):
        text = page("Envoys agree to meet again", byline, STORY)
        assert clean(text, places=PLACES).title == "Envoys agree to meet again", byline


def test_the_headline_over_the_lead_photos_credit() -> None:
    text = page("Envoys agree to meet again", "Photo: Example Agency", STORY, STORY_END)
    assert clean(text, places=PLACES).title == "Envoys agree to meet again"


def test_a_caption_over_a_photo_credit_under_the_headline_stays_a_caption() -> None:
    text = page(
        "Envoys agree to meet again",
        "Envoys shake hands at the border",
        "Photo: Example Agency",
        STORY,
    )
    result = clean(text, places=PLACES)
    assert result.title == "Envoys agree to meet again"
    assert "shake hands" not in result.body


def test_the_publication_stamp_beside_an_update_stamp_after_a_wide_gap() -> None:
    for stamp in (
        "Updated : 2022-03-08 10:00  Posted : 2022-03-07 09:00",
        "Created: 2022-03-07 | Modified: 2022-03-08",
    ):
        text = page("Envoys agree to meet again", stamp, STORY)
        assert str(clean(text, places=PLACES).published) == "2022-03-07", stamp


def test_links_and_promos_inside_the_story_leave_the_body() -> None:
    middle = "Officials from both delegations described the talks on Tuesday as cordial and businesslike."
    blocks = (
        ("► Leaders tour a new factory",),
        (">> Leaders tour a new factory",),
        ("Also on Example Daily:", "Leaders tour a new factory"),
        ("Newsletter", "Get the latest news on Asia", "Sign up"),
        ("Want the latest news? Subscribe to our free newsletter.",),
        ("Log in or subscribe to read the full article",),
        ("[Video] Leaders tour a new factory",),
    )
    for block in blocks:
        text = page("Envoys agree to meet again", STORY, *block, middle, STORY_END)
        body = clean(text, places=PLACES).body
        assert middle in body and STORY_END in body, block
        for line in block:
            assert line not in body, line


def test_a_bulleted_point_of_the_story_stays() -> None:
    point = "• The two sides agreed to meet again next month."
    text = page("Envoys agree to meet again", STORY, point, STORY_END)
    assert "agreed to meet again next month" in clean(text, places=PLACES).body


def test_a_single_trending_item_is_chrome_not_the_headline() -> None:
    text = page(
        "Trending: Rail Strike",
        "Envoys agree to meet again at the border and set a date for a summit in spring",
        STORY,
    )
    assert clean(text).title == (
        "Envoys agree to meet again at the border and set a date for a summit in spring"
    )
