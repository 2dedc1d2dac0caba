"""Round-5 cleaning rules: messy page layouts (feed dumps, print views, forum reposts,
machine-translated pages, newsletter boxes, partner credits) of fresh probes."""

from __future__ import annotations

from dprk_diplomacy.text.clean import clean

PLACES = frozenset({"seoul", "beijing", "tokyo", "pyongyang", "moscow", "washington", "incheon"})

STORY = (
    "Envoys of the two sides met in the border village on Tuesday to prepare a summit, "
    "the ministry said."
)
STORY_END = "The talks are expected to resume next month, officials in both capitals said."


def page(*lines: str) -> str:
    return "\n".join(lines)


# --------------------------------------------------------------------------- markup


def test_a_feed_dump_is_read_item_by_item() -> None:
    text = page(
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<rss><channel>",
        "<title>Example Wire - Peninsula</title>",
        "<description>Latest peninsula news from the wire</description>",
        "<item>",
        "<title>Envoys of the two Koreas meet at the border village</title>",
        "<pubDate>Tue, 05 Mar 2024 10:47:11 +0900</pubDate>",
        f"<description><![CDATA[<p>SEOUL, March 5 (Yonhap) -- {STORY}</p>",
        f"<p>{STORY_END}</p>",
        '<img src="pixel.gif" width="1" height="1" />]]></description>',
        "</item>",
        "<item>",
        "<title>Exports rise for a third month</title>",
        "</item>",
    )
    result = clean(text, places=PLACES)
    assert result.title == "Envoys of the two Koreas meet at the border village"
    assert result.source == "Yonhap"
    assert result.dateline == "Seoul"
    assert str(result.published) == "2024-03-05"
    assert "Exports rise" not in result.body
    assert "]]>" not in result.body
    assert result.body.endswith(STORY_END)


# --------------------------------------------------------------------------- title


def test_a_byline_of_names_only_is_no_headline() -> None:
    text = page(
        "World News | Tue Mar 5, 2024 | 5:18pm EDT",
        "Envoys call off the spring summit at the last minute",
        "Jane Roe, John Q. Doe",
        "4 Min Read",
        f"SEOUL (Reuters) - {STORY}",
        STORY_END,
    )
    result = clean(text, places=PLACES)
    assert result.title == "Envoys call off the spring summit at the last minute"
    assert result.source == "Reuters"


def test_a_caption_closing_with_a_labelled_photo_credit_is_no_headline() -> None:
    text = page(
        "Envoys of the two Koreas wrap up three days of talks",
        "Published: 5 March 2024 14:03 CET",
        "The chief envoy at the venue (file photo). Photo: Jane Roe/AFP",
        STORY,
        STORY_END,
    )
    assert clean(text).title == "Envoys of the two Koreas wrap up three days of talks"


# --------------------------------------------------------------------------- source


def test_a_labelled_credit_of_an_agency_and_its_partner_outlet_is_kept_as_printed() -> None:
    text = page(
        "Envoys of the two Koreas wrap up three days of talks",
        "Credit: AFP/The Valley Courier",
        STORY,
        STORY_END,
    )
    assert clean(text).source == "AFP/The Valley Courier"


def test_an_unlabelled_agency_slash_name_is_a_photo_credit() -> None:
    text = page("Envoys of the two Koreas wrap up talks", "Kyodo News/AP", STORY, STORY_END)
    assert clean(text).source is None


def test_an_outlet_writing_with_agency_copy_is_credited_as_printed() -> None:
    text = page(
        "Envoys of the two Koreas wrap up three days of talks",
        "Le Journal with AFP",
        "Published on March 5, 2024, at 10:12 am",
        STORY,
        STORY_END,
    )
    result = clean(text)
    assert result.title == "Envoys of the two Koreas wrap up three days of talks"
    assert result.source == "Le Journal with AFP"


def test_a_closing_with_credit_over_newsletter_promos_credits_the_story() -> None:
    text = page(
        "Envoys of the two Koreas wrap up three days of talks",
        STORY,
        STORY_END,
        "(WORLD 24 with AFP, REUTERS)",
        "Daily newsletter",
        "Receive essential world news every morning",
        "Keep up to date with world news by downloading the Channel 9 app",
    )
    result = clean(text)
    assert result.source == "WORLD 24 with AFP, REUTERS"
    assert "newsletter" not in result.body and "downloading" not in result.body


def test_a_single_arrow_section_label_is_no_headline() -> None:
    text = page(
        "World › Asia and Pacific",
        "Envoys of the two Koreas wrap up three days of talks in the capital",
        STORY,
        STORY_END,
    )
    assert (
        clean(text).title == "Envoys of the two Koreas wrap up three days of talks in the capital"
    )


# --------------------------------------------------------------------------- body


def test_promos_teasers_and_form_boxes_are_page_chrome() -> None:
    chrome = (
        "Chat with us in Facebook Messenger. Find out what's happening as it unfolds.",
        "Paid Content",
        "Go deeper: Envoys set a new deadline for a deal",
        "Read more on CHANNEL 9 : Leaders trade letters",
        "Read more Subscribers only",
        'Get the news in your inbox. <input type="email" placeholder="Your email" /> SUBSCRIBE',
        "ⓒ Unauthorized reproduction and redistribution prohibited",
    )
    body = clean(page("Envoys meet at the border", STORY, *chrome, STORY_END)).body
    assert body == f"{STORY}\n\n{STORY_END}"


def test_a_machine_translation_banner_is_no_headline() -> None:
    text = page(
        "[This page has been automatically translated]   View original   Select Language",
        "Politics  |  North Korea  |  Diplomacy",
        "Envoys of the two Koreas wrap up three days of talks in the capital",
        "Input 2024.03.05 06:00",
        STORY,
        STORY_END,
    )
    assert (
        clean(text).title == "Envoys of the two Koreas wrap up three days of talks in the capital"
    )


def test_a_print_edition_locator_is_a_date_line_not_the_headline() -> None:
    text = page(
        "Archives | 1994",
        "ENVOY SAYS LEADER OFFERS TO MEET HIS NEIGHBOUR",
        "By JANE ROE, Special to The New York Times",
        "June 19, 1994",
        "See the article in its original context from",
        "June 19, 1994, Section 1, Page 1",
        "Buy Reprints",
        f"SEOUL, June 18 -- {STORY}",
        STORY_END,
        "About the Archive",
        "This is a digitized version of an article from the print archive.",
    )
    result = clean(text, places=PLACES)
    assert result.title == "ENVOY SAYS LEADER OFFERS TO MEET HIS NEIGHBOUR"
    assert "digitized" not in result.body


def test_a_tool_bar_split_by_a_tab_and_a_long_menu_bar_are_no_headline() -> None:
    menu = " | ".join(["News Front Page", "World", "Africa", "Americas", "Asia-Pacific"] * 4)
    text = page(
        menu,
        "Last Updated: Monday, 4 March 2024, 09:52 GMT",
        "E-mail this to a friend\tPrintable version",
        "Envoys pledge to meet again in the spring",
        "By Jane Roe",
        STORY,
        STORY_END,
    )
    assert clean(text).title == "Envoys pledge to meet again in the spring"


def test_a_key_points_box_is_chrome() -> None:
    text = page(
        "Envoys pledge to meet again in the spring",
        STORY,
        "KEY POINTS",
        "Envoys to meet again in spring",
        "Sanctions relief still in question",
        STORY_END,
    )
    assert clean(text).body == f"{STORY}\n\n{STORY_END}"


def test_a_forum_repost_takes_the_thread_subject_and_drops_the_replies() -> None:
    subject = "Envoys of the two Koreas restore their hotline"
    text = page(
        "ExampleForum  »  Board index  »  News",
        "Register   Login   FAQ   Search",
        subject,
        "Post by poster1 » Mon Mar 04, 2024 3:12 pm",
        "Quote   Report",
        "pasted from the wire since the link is paywalled:",
        subject,
        "By JANE ROE",
        f"SEOUL (AP) — {STORY}",
        STORY_END,
        "Top",
        f"Re: {subject}",
        "Post by poster2 » Mon Mar 04, 2024 4:01 pm",
        "They will hang up again after the next drills.",
    )
    result = clean(text, places=PLACES)
    assert result.title == subject
    assert "hang up" not in result.body


def test_a_link_back_to_the_section_under_the_story_is_chrome() -> None:
    text = page(
        "Foreign Ministers hold a telephone talk", STORY, STORY_END, "Back to Press Releases"
    )
    assert clean(text).body == f"{STORY}\n\n{STORY_END}"


def test_amp_print_view_live_blog_and_gallery_chrome_is_dropped() -> None:
    chrome = (
        "View non-AMP version",
        "Close window",
        "This article was printed from example.com/news/123",
        "Show key events only",
        "Please turn on JavaScript to see live updates.",
        "3 / 12 photos",
        "Next photo",
        "[ACCEPT]   [Manage settings]",
    )
    body = clean(page("Envoys meet at the border", STORY, *chrome, STORY_END)).body
    assert body == f"{STORY}\n\n{STORY_END}"


def test_a_government_banner_is_no_headline() -> None:
    text = page(
        "An official website of the United States Government Here's how you know",
        "Home > Office of the Spokesperson > Press Releases",
        "Secretary's Call with the Foreign Minister of the Republic of Korea",
        "READOUT",
        "OFFICE OF THE SPOKESPERSON",
        "MARCH 5, 2024",
        STORY,
        STORY_END,
    )
    assert (
        clean(text).title == "Secretary's Call with the Foreign Minister of the Republic of Korea"
    )


def test_a_briefing_speaker_line_is_no_headline_and_its_close_ends_the_story() -> None:
    text = page(
        "Department Press Briefing",
        "Jane Roe, Department Spokesperson",
        "Washington, DC",
        "March 5, 2024",
        f"MS ROE: {STORY}",
        f"QUESTION: {STORY_END}",
        "(The briefing was concluded at 3:05 p.m.)",
        "Related Articles",
    )
    result = clean(text)
    assert result.title == "Department Press Briefing"
    assert "concluded" not in result.body


def test_release_labels_and_document_symbols_are_no_headline() -> None:
    text = page(
        "Meetings Coverage and Press Releases",
        "Envoy briefs the Council on the peninsula talks",
        "SG/SM/12345",
        "Press Release",
        STORY,
        STORY_END,
    )
    assert clean(text).title == "Envoy briefs the Council on the peninsula talks"


def test_style_rules_and_structured_data_left_in_the_scrape_are_chrome() -> None:
    chrome = (
        ".article-body { font-size: 16px; line-height: 1.5; }",
        '{"@context": "https://schema.org", "@type": "NewsArticle"}',
    )
    body = clean(page("Envoys meet at the border", STORY, *chrome, STORY_END)).body
    assert body == f"{STORY}\n\n{STORY_END}"


def test_a_byline_of_an_outlet_with_agency_copy_is_kept_as_printed() -> None:
    for byline, source in (
        ("By The Valley Courier with AFP", "The Valley Courier with AFP"),
        ("By AFP/The Valley Courier", "AFP/The Valley Courier"),
        ("By Jane Roe with AFP", "AFP"),
        ("Jane Roe with AFP", "AFP"),
    ):
        text = page("Envoys meet at the border village", byline, STORY, STORY_END)
        result = clean(text)
        assert (result.title, result.source) == ("Envoys meet at the border village", source)


def test_cookie_banners_and_print_view_links_are_chrome() -> None:
    chrome = (
        "Our website uses cookies to improve your experience.",
        "We and our 842 partners store and access information on your device.",
        "By continuing to browse this site you agree to our use of cookies.",
        "Allow all cookies",
        "URL: https://example.com/news/2024/03/05/envoys",
    )
    body = clean(page("Envoys meet at the border", *chrome, STORY, STORY_END)).body
    assert body == f"{STORY}\n\n{STORY_END}"


def test_a_live_blog_keeps_its_headline_and_its_first_post() -> None:
    first_post = (
        "The two leaders sat down at the truce village on Tuesday morning for their first "
        "talks in a year, officials said."
    )
    text = page(
        "Live",
        "Envoys meet at the border village – live updates",
        "Jane Roe in Seoul",
        "Tue 5 Mar 2024 10.15 GMT",
        "Key events",
        "Show key events only",
        "Please turn on JavaScript to use this feature",
        "10.42 GMT",
        "Leaders sit down at the truce village",
        first_post,
        "10.15 GMT",
        STORY,
    )
    result = clean(text)
    assert result.title == "Envoys meet at the border village – live updates"
    assert result.body.startswith(first_post)


def test_a_transcript_speaker_label_is_no_dateline() -> None:
    text = page(
        "Department Press Briefing",
        "Jane Roe, Department Spokesperson",
        "March 5, 2024",
        "MS ROE: Good afternoon. The special envoy will travel to Seoul on Thursday for talks.",
        "QUESTION: Will he also meet officials of the North during the trip to the region?",
    )
    result = clean(text, places=PLACES)
    assert result.dateline is None
    assert result.body.startswith("MS ROE: Good afternoon.")


def test_an_agency_beside_its_date_with_a_bar_is_a_credit_not_a_breadcrumb() -> None:
    text = page("Envoys meet at the border village", "Yonhap | March 5, 2024", STORY, STORY_END)
    result = clean(text)
    assert (result.source, str(result.published)) == ("Yonhap", "2024-03-05")


def test_a_wire_copyright_with_its_year_after_the_name_credits_the_story() -> None:
    text = page("Envoys meet at the border village", STORY, STORY_END, "© Copyright AFP 2024")
    assert clean(text).source == "AFP"


def test_syndication_notes_translation_notes_and_page_tools_are_chrome() -> None:
    chrome = (
        "This article was originally published by The Example Daily.",
        "Originally published on example.com",
        "Republished with permission.",
        "Read the original article.",
        "Original text: 정상회담",
        "This story has been translated by machine.",
        "Was this article helpful?",
        "Hits : 1234",
        "Reading time: 3 minutes",
        "Top of page",
        "Loading comments...",
    )
    body = clean(page("Envoys meet at the border", STORY, *chrome, STORY_END)).body
    assert body == f"{STORY}\n\n{STORY_END}"


def test_a_story_line_about_a_first_publication_stays() -> None:
    line = "First published in 1994, the accord set out a freeze of the reactor, he said."
    assert line in clean(page("Envoys meet at the border", STORY, line, STORY_END)).body


def test_a_page_kept_in_markup_on_one_line_is_read_block_by_block() -> None:
    text = (
        "<html><body><h1>Envoys of the two Koreas meet at the border</h1>"
        f'<p class="byline">By Jane Roe</p><p>{STORY}</p><p>{STORY_END}</p>'
        '<div class="ad">Advertisement</div></body></html>'
    )
    result = clean(text)
    assert result.title == "Envoys of the two Koreas meet at the border"
    assert result.body == f"{STORY}\n\n{STORY_END}"
    for segment in result.segments:  # offsets still point into the raw text
        assert "<" not in text[segment.start : segment.end]


def test_a_key_points_box_over_the_story_keeps_its_bulleted_sentences() -> None:
    text = page(
        "Envoys pledge to meet again in the spring",
        "Key points:",
        "- The envoys of the two sides agreed to meet again in the spring, officials said.",
        "- Sanctions relief is still in question",
        STORY,
        STORY_END,
    )
    result = clean(text)
    assert result.title == "Envoys pledge to meet again in the spring"
    assert result.body == f"{STORY}\n\n{STORY_END}"


def test_a_newsletter_box_is_chrome() -> None:
    chrome = (
        "The Morning Brief: the day's top stories delivered to your inbox",
        "Your email",
        "Sign me up",
        "Thanks for signing up!",
    )
    body = clean(page("Envoys meet at the border", STORY, *chrome, STORY_END)).body
    assert body == f"{STORY}\n\n{STORY_END}"


def test_a_feed_entry_with_escaped_markup_is_read_as_its_story() -> None:
    text = page(
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "<entry>",
        '<title type="html">Envoys of the two Koreas meet at the border village</title>',
        "<updated>2024-03-05T10:00:00Z</updated>",
        f'<content type="html">&lt;p&gt;SEOUL, March 5 (Yonhap) -- {STORY}&lt;/p&gt;',
        f"&lt;p&gt;{STORY_END}&lt;/p&gt;</content>",
        "</entry>",
        "<entry>",
        '<title type="html">Exports rise for a third month</title>',
        "</entry>",
    )
    result = clean(text, places=PLACES)
    assert result.title == "Envoys of the two Koreas meet at the border village"
    assert (result.source, result.dateline) == ("Yonhap", "Seoul")
    assert result.body.endswith(STORY_END) and "&lt;" not in result.body


def test_a_byline_under_the_headline_credits_even_over_a_popular_list() -> None:
    text = page("Envoys meet at the border village", "By Yonhap", "Most Popular", STORY, STORY_END)
    assert clean(text).source == "Yonhap"


def test_a_ministry_bulletin_board_page() -> None:
    text = page(
        "Home > News > Press Releases",
        "Title : Minister meets the head of the visiting delegation",
        "Date : 2024-03-05   Hit : 1234",
        "Attachment : statement.hwp",
        STORY,
        STORY_END,
        "List",
        "Prev  Minister holds a press briefing",
        "Next  Ministry announces an aid plan",
    )
    result = clean(text)
    assert result.title == "Minister meets the head of the visiting delegation"
    assert str(result.published) == "2024-03-05"
    assert result.body == f"{STORY}\n\n{STORY_END}"
    title_segment = next(s for s in result.segments if s.kind == "headline")
    assert text[title_segment.start : title_segment.end] == result.title


def test_a_un_release_ends_at_its_media_note() -> None:
    text = page(
        "Meetings Coverage and Press Releases",
        "SG/SM/12345",
        "5 March 2024",
        "Secretary-General Welcomes Talks between the Two Sides",
        STORY,
        STORY_END,
        "* *** *",
        "For information media. Not an official record.",
    )
    result = clean(text)
    assert result.title == "Secretary-General Welcomes Talks between the Two Sides"
    assert result.body == f"{STORY}\n\n{STORY_END}"
