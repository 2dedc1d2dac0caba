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
