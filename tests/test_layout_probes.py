"""Probe pages for article fields on layouts of outlets never seen.

Every page is written for this test, the way a scraper's plain text looks for
a common outlet layout (wire copies on regional sites, Korean, Japanese,
Chinese and Russian outlets, Western papers, aggregators, blogs, forums and
ministry press releases). The gold of each page was decided on the guide
(`extraction-guide.md`, article fields) before the parser was run: the title
is the headline as printed, the source the outlet credited for the story (the
site's masthead only when nothing else credits it; never a photo agency or a
cited report), the publication date only from a date the page states, the
dateline the place opening the story.
The comment over each page names the layout it probes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

import dprk_diplomacy


class Probe(NamedTuple):
    """A written page and the article fields a correct parse gives."""

    title: str | None
    source: str | None
    published: str | None
    dateline: str | None
    includes: tuple[str, ...]  # fragments the body keeps
    excludes: tuple[str, ...]  # chrome lines the body drops
    lines: tuple[str, ...]  # the page, one scraped line each


PROBES: dict[str, Probe] = {
    # Wire copy on a regional site: menu, today's-date widget, section kicker, 'Posted' stamp, 'CITY, Month D (Yonhap) --', '(END)', share bar and related links.
    "yonhap_regional": Probe(
        "N. Korea, Russia hold talks on fisheries cooperation",
        "Yonhap",
        "2024-03-05",
        "Seoul",
        (
            "North Korea and Russia held talks in Pyongyang",
            "the report said.",
        ),
        (
            "Share this story",
            "Seoul urges Pyongyang to return to dialogue",
        ),
        (
            "Home | World | Asia | Opinion",
            "Wednesday, March 6, 2024",
            "World",
            "N. Korea, Russia hold talks on fisheries cooperation",
            "Posted March 5, 2024 at 6:12 PM",
            "SEOUL, March 5 (Yonhap) -- North Korea and Russia held talks in Pyongyang on Tuesday on fisheries cooperation, state media said.",
            "The talks were led by the fisheries ministers of the two countries, the report said.",
            "(END)",
            "Share this story",
            "Related articles",
            "Seoul urges Pyongyang to return to dialogue",
        ),
    ),
    # Reuters copy: skip links, byline of two reporters, 'Mar 5, 2024, 02:22 PM ET' stamp, '(Reporting by ...)' and trust-principles footer.
    "reuters_regional": Probe(
        "China's envoy to visit Pyongyang for talks, ministry says",
        "Reuters",
        "2024-03-05",
        "Beijing",
        (
            "China's special envoy for Korean Peninsula affairs",
            "senior officials of the North's foreign ministry.",
        ),
        (
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Subscribe",
        ),
        (
            "Skip to main content",
            "Subscribe",
            "Sign in",
            "World News",
            "China's envoy to visit Pyongyang for talks, ministry says",
            "By Jane Doe and John Roe",
            "Mar 5, 2024, 02:22 PM ET",
            "BEIJING, March 5 (Reuters) - China's special envoy for Korean Peninsula affairs will visit Pyongyang next week, the foreign ministry said on Tuesday.",
            "The envoy is expected to meet senior officials of the North's foreign ministry.",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Our Standards: The Thomson Reuters Trust Principles.",
        ),
    ),
    # AP copy on a US paper: shouted menu, 'By NAME Associated Press' byline (the credit as printed), 'Published 10:14 pm Tuesday, ...', 'SEOUL, South Korea (AP) —', AP copyright footer.
    "ap_regional": Probe(
        "US and South Korea envoys discuss North Korea policy",
        "Associated Press",
        "2024-03-05",
        "Seoul",
        (
            "Senior diplomats from the United States and South Korea met",
            "the ministry said.",
        ),
        (
            "ADVERTISEMENT",
            "Copyright 2024 The Associated Press. All rights reserved.",
        ),
        (
            "LOCAL NEWS SPORTS OBITUARIES E-EDITION",
            "ADVERTISEMENT",
            "US and South Korea envoys discuss North Korea policy",
            "By KIM TONG-HYUNG Associated Press",
            "Published 10:14 pm Tuesday, March 5, 2024",
            "SEOUL, South Korea (AP) — Senior diplomats from the United States and South Korea met in Seoul on Tuesday to discuss North Korea, officials said.",
            "They agreed to keep pressing the North to return to talks, the ministry said.",
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
        ),
    ),
    # AFP on a portal: bare 'AFP' credit under the headline, day-first 'Published on 14/03/2024', caption with 'AFP via Getty Images', '© AFP' and read-more link.
    "afp_portal": Probe(
        "Japan says it made contact with North Korea over abductees",
        "AFP",
        "2024-03-14",
        "Tokyo",
        (
            "Japan has contacted North Korea through embassy channels",
            "declined to give details of the exchanges.",
        ),
        ("Japan, US and South Korea hold trilateral talks",),
        (
            "News",
            "World",
            "Japan says it made contact with North Korea over abductees",
            "AFP",
            "Published on 14/03/2024 - 09:41",
            "Updated on 14/03/2024 - 11:02",
            "A government spokesman speaks to reporters in Tokyo. Photo: AFP via Getty Images",
            "TOKYO (AFP) - Japan has contacted North Korea through embassy channels in Beijing over the abduction issue, a government spokesman said on Thursday.",
            "The spokesman declined to give details of the exchanges.",
            "© AFP",
            "Read more",
            "Japan, US and South Korea hold trilateral talks",
        ),
    ),
    # Kyodo copy on a Japanese paper: section breadcrumb, 'KYODO' credit line under the headline, subscription appeal after the story.
    "kyodo_japantimes": Probe(
        "Japan and North Korea officials met secretly in Mongolia, sources say",
        "Kyodo",
        "2024-03-05",
        None,
        (
            "Officials of Japan and North Korea held secret talks",
            "the sources said.",
        ),
        (
            "SUBSCRIBE NOW",
            "By subscribing, you can help us get the story right.",
        ),
        (
            "NATIONAL / POLITICS",
            "Japan and North Korea officials met secretly in Mongolia, sources say",
            "KYODO",
            "Mar 5, 2024",
            "Officials of Japan and North Korea held secret talks in Ulan Bator last month, sources close to the matter said Tuesday.",
            "The talks focused on the abduction issue, the sources said.",
            "In a time of both misinformation and too much information, quality journalism is more crucial than ever.",
            "By subscribing, you can help us get the story right.",
            "SUBSCRIBE NOW",
        ),
    ),
    # Korean paper: site name and menu over the headline, 'Published : ... - 14:22' and 'Updated :' stamps, reporter-only byline, sign-off with email: the masthead is the only credit.
    "koreaherald": Probe(
        "Seoul, Tokyo agree to boost cooperation on North Korea",
        "The Korea Herald",
        "2024-03-05",
        None,
        (
            "South Korea and Japan agreed Tuesday",
            "in Seoul next month.",
        ),
        ("Most Popular",),
        (
            "The Korea Herald",
            "National",
            "Politics",
            "Social Affairs",
            "Seoul, Tokyo agree to boost cooperation on North Korea",
            "By Son Ji-hyoung",
            "Published : March 5, 2024 - 14:22",
            "Updated : March 5, 2024 - 16:01",
            "South Korea and Japan agreed Tuesday to strengthen cooperation in dealing with North Korea's nuclear threats, Seoul's foreign ministry said.",
            "The two sides will hold another round of talks in Seoul next month.",
            "By Son Ji-hyoung (sonjh@example.com)",
            "Most Popular",
            "Envoys discuss missile launches",
        ),
    ),
    # Korean paper: 'Posted : 2024-03-05 14:22' stamps, 'Name | email' byline, share bar and comments.
    "koreatimes": Probe(
        "North Korea rejects Japan's summit offer",
        None,
        "2024-03-05",
        None,
        (
            "North Korea on Tuesday rejected Japan's offer",
            "the statement said.",
        ),
        ("Facebook Twitter KakaoTalk",),
        (
            "Sign in",
            "Politics",
            "North Korea rejects Japan's summit offer",
            "Posted : 2024-03-05 14:22",
            "Updated : 2024-03-05 16:40",
            "Kim Jae-won | jaewon@example.com",
            "North Korea on Tuesday rejected Japan's offer of a summit, saying Tokyo must first drop the abduction issue.",
            "There is no reason to meet, the statement said.",
            "Facebook Twitter KakaoTalk",
            "Comments",
        ),
    ),
    # Korean paper with a wire byline 'By Name, Yonhap', shouted kicker, day-first 'Published: 05 Mar. 2024, 14:22', 'Related Article' link heading.
    "joongang_wire_byline": Probe(
        "Seoul sends message to Pyongyang through liaison line",
        "Yonhap",
        "2024-03-05",
        None,
        (
            "South Korea sent a message to North Korea",
            "officials said.",
        ),
        ("Unification minister calls for dialogue",),
        (
            "Home > National > North Korea",
            "DIPLOMACY",
            "Seoul sends message to Pyongyang through liaison line",
            "By Kim Min-ji, Yonhap",
            "Published: 05 Mar. 2024, 14:22",
            "Updated: 05 Mar. 2024, 16:01",
            "South Korea sent a message to North Korea through the inter-Korean liaison line on Tuesday, the unification ministry said.",
            "The North did not answer the call, officials said.",
            "Related Article",
            "Unification minister calls for dialogue",
        ),
    ),
    # Korean paper: 'Posted on : ... KST Modified on : ...' stamp above the headline, '(KCNA/Yonhap)' photo credit (no story credit), contact line.
    "hankyoreh": Probe(
        "Kim Yo-jong says Pyongyang has no interest in talks with Tokyo",
        None,
        "2024-03-05",
        None,
        (
            "Kim Yo-jong said Tuesday that North Korea",
            "the statement added.",
        ),
        ("Please direct questions or comments to [english@example.com]",),
        (
            "Politics",
            "Diplomacy",
            "Posted on : 2024-03-05 17:12 KST Modified on : 2024-03-05 17:30 KST",
            "Kim Yo-jong says Pyongyang has no interest in talks with Tokyo",
            "Kim Yo-jong, vice department director of the Workers' Party Central Committee. (KCNA/Yonhap)",
            "Kim Yo-jong said Tuesday that North Korea has no interest in any contact with Japan, according to state media.",
            "Tokyo should stop raising the abduction issue, the statement added.",
            "By Lee Je-hun, staff reporter",
            "Please direct questions or comments to [english@example.com]",
        ),
    ),
    # Korean paper: breadcrumb, date under the headline, email-and-stamp sign-off, copyright footer.
    "chosun": Probe(
        "N.Korean Envoy Visits Moscow for Talks",
        None,
        "2024-03-05",
        None,
        (
            "North Korea's vice foreign minister arrived in Moscow",
            "Russian media reported.",
        ),
        ("Copyright © Chosunilbo & Chosun.com",),
        (
            "Home > North Korea",
            "N.Korean Envoy Visits Moscow for Talks",
            "March 05, 2024 14:22",
            "North Korea's vice foreign minister arrived in Moscow on Monday for talks with Russian officials, Russian media reported.",
            "Englishnews@chosun.com / Mar. 05, 2024 14:22 KST",
            "Copyright © Chosunilbo & Chosun.com",
        ),
    ),
    # Korean broadcaster: masthead and 'Menu Content' over the headline, 'Write: ... / Update: ...' stamp, 'Photo : YONHAP News' photo credit (the masthead, not the photo agency, is the credit).
    "kbs": Probe(
        "Seoul, Washington hold nuclear consultative talks",
        "KBS WORLD",
        "2024-03-05",
        None,
        (
            "South Korea and the United States held nuclear consultative group talks",
            "defense ministry said.",
        ),
        ("Menu Content",),
        (
            "KBS WORLD",
            "Menu Content",
            "Politics",
            "Seoul, Washington hold nuclear consultative talks",
            "Write: 2024-03-05 14:22:01 / Update: 2024-03-05 15:01:12",
            "Photo : YONHAP News",
            "South Korea and the United States held nuclear consultative group talks in Washington on Monday, Seoul's defense ministry said.",
            "Share",
            "Close",
        ),
    ),
    # Specialist site: headline then an unpunctuated standfirst, author and date lines, newsletter promo.
    "nknews_standfirst": Probe(
        "North Korea and Belarus sign agreement during foreign minister's visit",
        None,
        "2024-03-05",
        None,
        (
            "North Korea's foreign minister signed an agreement",
            "state media reported Tuesday.",
        ),
        ("Get the latest news from NK News",),
        (
            "Subscribe",
            "Log in",
            "North Korea and Belarus sign agreement during foreign minister's visit",
            "Pyongyang's top diplomat met her Belarusian counterpart in Minsk",
            "Jane Smith",
            "March 5, 2024",
            "North Korea's foreign minister signed an agreement with Belarus during a visit to Minsk on Monday, state media reported Tuesday.",
            "Get the latest news from NK News",
        ),
    ),
    # Specialist site: 'By Name - 2024.03.05 2:22pm' byline-and-stamp; the outlet is named in the story only as a cited source.
    "dailynk": Probe(
        "North Korean trade officials travel to Beijing for talks",
        None,
        "2024-03-05",
        None,
        (
            "North Korean trade officials traveled to Beijing",
            "told Daily NK.",
        ),
        ("Please direct any comments or questions to [english@example.com].",),
        (
            "Analysis",
            "North Korean trade officials travel to Beijing for talks",
            "By Kang Mi-jin - 2024.03.05 2:22pm",
            "North Korean trade officials traveled to Beijing last week for talks with Chinese counterparts, a source in the country told Daily NK.",
            "Please direct any comments or questions to [english@example.com].",
        ),
    ),
    # Japanese paper: slogan over the headline, a question-and-answer headline, 'March 5, 2024 (Mainichi Japan)' credit over a 'TOKYO --' dateline.
    "mainichi": Probe(
        "Japan to send envoy to Pyongyang? Government denies report",
        "Mainichi Japan",
        "2024-03-05",
        "Tokyo",
        (
            "The Japanese government on Tuesday denied a report",
            "was preparing to send an envoy to Pyongyang.",
        ),
        ("Japan's National Daily Since 1922",),
        (
            "Japan's National Daily Since 1922",
            "Japan to send envoy to Pyongyang? Government denies report",
            "March 5, 2024 (Mainichi Japan)",
            "TOKYO -- The Japanese government on Tuesday denied a report that it was preparing to send an envoy to Pyongyang.",
            "(Japanese original by Taro Yamada, Political News Department)",
        ),
    ),
    # Japanese paper: section names over the headline, 'By NAME/ Staff Writer', 'Photo/Illustration' caption between the stamp and the story.
    "asahi": Probe(
        "Kishida says he is ready to meet Kim Jong Un without conditions",
        None,
        "2024-03-05",
        None,
        ("Prime Minister Fumio Kishida said on March 5",),
        ("Asia & Japan Watch",),
        (
            "Asia & Japan Watch",
            "POLITICS",
            "Kishida says he is ready to meet Kim Jong Un without conditions",
            "By TARO YAMADA/ Staff Writer",
            "March 5, 2024 at 14:22 JST",
            "Photo/Illutration Prime Minister Fumio Kishida speaks at the Diet on March 5. (Takuya Isayama)",
            "Prime Minister Fumio Kishida said on March 5 that he was ready to meet North Korean leader Kim Jong Un without preconditions.",
        ),
    ),
    # Chinese paper: '>>' breadcrumb, 'By Global Times' byline, 'Published: Mar 05, 2024 10:12 PM'.
    "globaltimes": Probe(
        "China, DPRK hold consultations on consular affairs",
        "Global Times",
        "2024-03-05",
        None,
        ("China and the Democratic People's Republic of Korea held consultations",),
        (),
        (
            "Home >> CHINA >> DIPLOMACY",
            "China, DPRK hold consultations on consular affairs",
            "By Global Times",
            "Published: Mar 05, 2024 10:12 PM",
            "China and the Democratic People's Republic of Korea held consultations on consular affairs in Beijing on Tuesday, the Chinese Foreign Ministry said.",
        ),
    ),
    # Chinese paper: byline, web address as the credit and stamp on one barred line; long copyright footer.
    "chinadaily_webcredit": Probe(
        "China, ROK hold strategic dialogue",
        "chinadaily.com.cn",
        "2024-03-05",
        None,
        ("China and the Republic of Korea held a strategic dialogue",),
        ("Copyright 1995 - 2024 . All rights reserved.",),
        (
            "Home / China / Diplomacy",
            "China, ROK hold strategic dialogue",
            "By ZHANG YI | chinadaily.com.cn | Updated: 2024-03-05 14:22",
            "China and the Republic of Korea held a strategic dialogue in Seoul on Tuesday, the foreign ministry said.",
            "Copyright 1995 - 2024 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).",
        ),
    ),
    # Chinese broadcaster: masthead over the headline loses to the trailing 'Source(s): Xinhua' credit; 'Updated 22:14, 05-Mar-2024'.
    "cgtn_sources_label": Probe(
        "Wang Yi meets DPRK vice foreign minister in Beijing",
        "Xinhua",
        "2024-03-05",
        None,
        ("Chinese Foreign Minister Wang Yi met with visiting DPRK Vice Foreign Minister",),
        ("Source(s): Xinhua",),
        (
            "CGTN",
            "Wang Yi meets DPRK vice foreign minister in Beijing",
            "Updated 22:14, 05-Mar-2024",
            "Chinese Foreign Minister Wang Yi met with visiting DPRK Vice Foreign Minister in Beijing on Tuesday.",
            "Source(s): Xinhua",
        ),
    ),
    # Xinhua header 'Source: Xinhua | date time | Editor:' under the headline, 'BEIJING, March 5 (Xinhua) --', editor sign-off.
    "xinhua_header": Probe(
        "China, DPRK hold talks on trade",
        "Xinhua",
        "2024-03-05",
        "Beijing",
        ("Chinese and DPRK officials held talks on trade",),
        ("Editor: Li Hua",),
        (
            "China, DPRK hold talks on trade",
            "Source: Xinhua | 2024-03-05 21:12:05 | Editor: huaxia",
            "BEIJING, March 5 (Xinhua) -- Chinese and DPRK officials held talks on trade here Tuesday.",
            "Editor: Li Hua",
        ),
    ),
    # Hong Kong paper: headline, deck, author and 'in City' lines, 'Published: 2:22pm, 5 Mar 2024', trust promo between stamp and story.
    "scmp": Probe(
        "China's top diplomat to visit North Korea as ties warm",
        None,
        "2024-03-05",
        None,
        ("China's top diplomat will visit North Korea this month",),
        ("Why you can trust SCMP",),
        (
            "News / China / Diplomacy",
            "China's top diplomat to visit North Korea as ties warm",
            "The visit would be the highest-level exchange in years, analysts say",
            "Jane Lee",
            "in Beijing",
            "Published: 2:22pm, 5 Mar 2024",
            "Why you can trust SCMP",
            "China's top diplomat will visit North Korea this month, the foreign ministry in Beijing said on Tuesday.",
        ),
    ),
    # Russian agency: shouted section, yearless stamp above the headline, unpunctuated deck, 'MOSCOW, March 5. /TASS/.' dateline.
    "tass": Probe(
        "Lavrov, DPRK ambassador discuss bilateral ties",
        "TASS",
        None,
        "Moscow",
        ("Russian Foreign Minister Sergey Lavrov met with North Korea's ambassador",),
        ("RUSSIAN POLITICS & DIPLOMACY",),
        (
            "RUSSIAN POLITICS & DIPLOMACY",
            "MARCH 5, 14:22",
            "Lavrov, DPRK ambassador discuss bilateral ties",
            "The meeting took place at the Russian foreign ministry",
            "MOSCOW, March 5. /TASS/. Russian Foreign Minister Sergey Lavrov met with North Korea's ambassador to Moscow on Tuesday, the ministry said.",
        ),
    ),
    # Russian broadcaster: section, headline with a dashed attribution, '5 Mar, 2024 14:22' stamp, share prompt.
    "rt": Probe(
        "North Korean delegation arrives in Moscow for talks – media",
        None,
        "2024-03-05",
        None,
        ("A North Korean government delegation has arrived in Moscow",),
        ("You can share this story on social media:",),
        (
            "Russia & FSU",
            "North Korean delegation arrives in Moscow for talks – media",
            "5 Mar, 2024 14:22",
            "A North Korean government delegation has arrived in Moscow for talks with Russian officials, local media reported on Tuesday.",
            "You can share this story on social media:",
        ),
    ),
    # British paper: long menu, age warning, headline, deck, 'Name in City' byline, 'Tue 5 Mar 2024 09.12 GMT' stamp, topic list and reuse link.
    "guardian": Probe(
        "North Korea says it will not hold talks with Japan",
        None,
        "2024-03-05",
        None,
        ("North Korea has rejected talks with Japan",),
        (
            "Reuse this content",
            "This article is more than 1 month old",
        ),
        (
            "World",
            "Europe",
            "US",
            "Americas",
            "Asia",
            "North Korea",
            "This article is more than 1 month old",
            "North Korea says it will not hold talks with Japan",
            "Pyongyang dismisses Tokyo's overtures after the prime minister said he was willing to meet Kim",
            "Justin Roe in Tokyo",
            "Tue 5 Mar 2024 09.12 GMT",
            "North Korea has rejected talks with Japan, saying Tokyo is not serious about improving ties.",
            "Explore more on these topics",
            "North Korea",
            "Japan",
            "Asia Pacific",
            "Share",
            "Reuse this content",
        ),
    ),
    # British broadcaster: headline, date, share/save buttons, author and 'BBC News, Seoul' credit line (credit and place, as a dev note reads 'ANI Beijing'), a 'Getty Images' credit over its caption.
    "bbc": Probe(
        "North Korea and Japan: Kim's sister rules out talks",
        "BBC News",
        "2024-03-05",
        "Seoul",
        ("North Korea has ruled out talks with Japan",),
        ("Skip to content",),
        (
            "Skip to content",
            "Home",
            "News",
            "Sport",
            "North Korea and Japan: Kim's sister rules out talks",
            "5 March 2024",
            "Share",
            "Save",
            "Jane Doe",
            "BBC News, Seoul",
            "Getty Images",
            "Kim Yo Jong is one of North Korea's most powerful officials",
            "North Korea has ruled out talks with Japan, according to a statement by leader Kim Jong Un's sister.",
        ),
    ),
    # US broadcaster: 'By Name, CNN', read-time, 'Updated ... Tue March 5, 2024', unbracketed 'Seoul, South Korea CNN —' dateline.
    "cnn": Probe(
        "North Korea's Kim meets Russian foreign minister in Pyongyang",
        "CNN",
        "2024-03-05",
        "Seoul",
        ("North Korean leader Kim Jong Un met Russian Foreign Minister",),
        ("4 minute read",),
        (
            "Asia",
            "North Korea's Kim meets Russian foreign minister in Pyongyang",
            "By Jane Doe, CNN",
            "4 minute read",
            "Updated 2:22 AM EST, Tue March 5, 2024",
            "Seoul, South Korea CNN — North Korean leader Kim Jong Un met Russian Foreign Minister in Pyongyang on Tuesday, state media reported.",
        ),
    ),
    # US broadcaster: date above the byline, 'WASHINGTON —' dateline, 'Some information ... came from AP and Reuters' (input, not the credit).
    "voa_with_input": Probe(
        "US envoy says door to diplomacy with North Korea remains open",
        None,
        "2024-03-05",
        "Washington",
        ("The U.S. special envoy for North Korea said Tuesday",),
        (),
        (
            "East Asia",
            "US envoy says door to diplomacy with North Korea remains open",
            "March 05, 2024 2:22 AM",
            "By Jane Doe",
            "WASHINGTON — The U.S. special envoy for North Korea said Tuesday that Washington remains open to dialogue with Pyongyang.",
            "Some information for this report came from The Associated Press and Reuters.",
        ),
    ),
    # US broadcaster: 'By Name for RFA' byline, dotted '2024.03.05' date, translator line.
    "rfa": Probe(
        "North Korean diplomats in Beijing meet Chinese officials, sources say",
        "RFA",
        "2024-03-05",
        None,
        ("North Korean diplomats stationed in Beijing met Chinese officials",),
        (),
        (
            "North Korea",
            "North Korean diplomats in Beijing meet Chinese officials, sources say",
            "By Jane Doe for RFA",
            "2024.03.05",
            "North Korean diplomats stationed in Beijing met Chinese officials last week, sources told RFA.",
            "Translated by John Lee. Edited by Eugene Roe.",
        ),
    ),
    # Aggregator copy of AP: menu, bare 'The Associated Press' credit line under the headline, 'Tue, March 5, 2024 at 2:22 AM PST', read time.
    "yahoo_ap": Probe(
        "North Korea says it has no plans to meet Japan's leader",
        "The Associated Press",
        "2024-03-05",
        "Seoul",
        ("North Korea said Tuesday that it has no plans",),
        ("Recommended Stories",),
        (
            "Home",
            "US",
            "World",
            "Politics",
            "North Korea says it has no plans to meet Japan's leader",
            "The Associated Press",
            "Tue, March 5, 2024 at 2:22 AM PST",
            "1 min read",
            "SEOUL, South Korea (AP) — North Korea said Tuesday that it has no plans for a summit with Japan.",
            "Recommended Stories",
        ),
    ),
    # Aggregator copy: 'Story by Reuters', relative time and read time; no dated line.
    "msn_reuters": Probe(
        "Kim Jong Un's sister rejects Japan summit",
        "Reuters",
        None,
        None,
        ("North Korea will not hold a summit with Japan",),
        (),
        (
            "Kim Jong Un's sister rejects Japan summit",
            "Story by Reuters",
            "• 1h • 2 min read",
            "North Korea will not hold a summit with Japan, the sister of leader Kim Jong Un said on Tuesday.",
        ),
    ),
    # Blog copy: site name and menu, 'Posted on ... by admin', story citing Yonhap, trailing 'Source: Yonhap', share and comment widgets.
    "wordpress": Probe(
        "South and North Korean Red Cross officials to meet at border",
        "Yonhap",
        "2024-03-05",
        None,
        ("Red Cross officials of the two Koreas will meet",),
        (
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
        ),
        (
            "Korea Peace Watch",
            "Menu",
            "Home",
            "About",
            "Contact",
            "Search for:",
            "South and North Korean Red Cross officials to meet at border",
            "Posted on March 5, 2024 by admin",
            "Red Cross officials of the two Koreas will meet at the border village of Panmunjom next week to discuss family reunions, Yonhap news agency reported.",
            "Source: Yonhap",
            "Share this:",
            "Twitter",
            "Facebook",
            "Like this:",
            "Related",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
        ),
    ),
    # Forum post: thread title, 'Thread starter' and 'Start date' lines, member badge, a KCNA dateline.
    "forum": Probe(
        "North Korea agrees to talks with US envoy",
        "KCNA",
        "2024-03-05",
        "Pyongyang",
        ("The DPRK Foreign Ministry said on Tuesday",),
        (),
        (
            "Forums",
            "Politics & Current Events",
            "North Korea agrees to talks with US envoy",
            "Thread starter newsreader",
            "Start date Mar 5, 2024",
            "newsreader",
            "Member",
            "PYONGYANG, March 5 (KCNA) -- The DPRK Foreign Ministry said on Tuesday it had received a proposal for talks from the U.S. special envoy.",
            "Reply",
            "Like",
        ),
    ),
    # Press release: department name and office over the title, shouted labels, date, 'The following is attributable to' lead-in; no news outlet.
    "state_gov": Probe(
        "Secretary's Call with Republic of Korea Foreign Minister",
        None,
        "2024-03-05",
        None,
        ("The Secretary of State spoke today with",),
        (),
        (
            "U.S. Department of State",
            "Home",
            "Office of the Spokesperson",
            "Secretary's Call with Republic of Korea Foreign Minister",
            "READOUT",
            "OFFICE OF THE SPOKESPERSON",
            "March 5, 2024",
            "The following is attributable to the Spokesperson:",
            "The Secretary of State spoke today with the Republic of Korea Foreign Minister to discuss North Korea.",
            "Tags",
        ),
    ),
    # Ministry press release: site name, board name, 'Date :' and 'Hit :' fields, numbered paragraphs, attachment and paging links.
    "mofa_kr": Probe(
        "Outcome of Korea-Japan Director-General Consultation on North Korea",
        None,
        "2024-03-05",
        None,
        ("held consultations with his Japanese counterpart",),
        ("Hit : 1520",),
        (
            "Ministry of Foreign Affairs, Republic of Korea",
            "Press Releases",
            "Outcome of Korea-Japan Director-General Consultation on North Korea",
            "Date : 2024-03-05",
            "Hit : 1520",
            "1. The Director-General for Korean Peninsula Policy held consultations with his Japanese counterpart in Seoul on March 5.",
            "2. The two sides agreed to continue close cooperation.",
            "Attachment",
            "Previous",
            "Next",
        ),
    ),
    # Ministry press release: site name over the title, language switch, breadcrumb, date line.
    "mofa_jp": Probe(
        "Japan-ROK Foreign Ministers' Telephone Talk",
        None,
        "2024-03-05",
        None,
        ("the Foreign Minister held a telephone talk",),
        (),
        (
            "Ministry of Foreign Affairs of Japan",
            "Japanese",
            "Home > Press Releases",
            "Japan-ROK Foreign Ministers' Telephone Talk",
            "March 5, 2024",
            "On March 5, commencing at 10:00 a.m. for approximately 20 minutes, the Foreign Minister held a telephone talk with the Foreign Minister of the Republic of Korea.",
        ),
    ),
    # Malaysian agency copy: 'DD Mon YYYY / HH:MM H.' stamp, 'KUALA LUMPUR:' dateline, closing '-Bernama' credit.
    "bernama": Probe(
        "N. Korean delegation visits Kuala Lumpur",
        "Bernama",
        "2024-03-05",
        "Kuala Lumpur",
        ("A North Korean delegation arrived here on Tuesday",),
        (),
        (
            "World",
            "N. Korean delegation visits Kuala Lumpur",
            "05 Mar 2024 / 14:22 H.",
            "KUALA LUMPUR: A North Korean delegation arrived here on Tuesday for talks with Malaysian officials. -Bernama",
        ),
    ),
    # Indian agency: headline then 'New Delhi, March 5 (IANS)' with no dash, closing '--IANS' and desk initials.
    "ians": Probe(
        "India, North Korea discuss bilateral ties",
        "IANS",
        None,
        "New Delhi",
        ("North Korea's ambassador met India's foreign secretary",),
        ("abc/xyz",),
        (
            "India, North Korea discuss bilateral ties",
            "New Delhi, March 5 (IANS) North Korea's ambassador met India's foreign secretary on Tuesday to discuss bilateral ties, officials said.",
            "--IANS",
            "abc/xyz",
        ),
    ),
    # Indian agency: 'Seoul [South Korea], March 5 (ANI):' dateline; the story cites Yonhap.
    "ani": Probe(
        "South Korea, US hold working-level talks on North Korea",
        "ANI",
        None,
        "Seoul",
        ("South Korea and the United States held working-level talks",),
        (),
        (
            "South Korea, US hold working-level talks on North Korea",
            "Seoul [South Korea], March 5 (ANI): South Korea and the United States held working-level talks on North Korea in Seoul on Tuesday, Yonhap News Agency reported.",
        ),
    ),
    # Aggregator: today's-date widget over the headline and a relative 'Updated 3 hours ago' stamp (no publication date stated), trailing 'Source: Reuters'.
    "widget_source_line": Probe(
        "North Korea and China mark anniversary of friendship treaty",
        "Reuters",
        None,
        None,
        ("North Korea and China exchanged messages",),
        ("Friday, March 8, 2024",),
        (
            "Friday, March 8, 2024",
            "Latest",
            "North Korea and China mark anniversary of friendship treaty",
            "Updated 3 hours ago",
            "North Korea and China exchanged messages on Tuesday to mark the anniversary of their friendship treaty, state media said.",
            "Source: Reuters",
        ),
    ),
    # US broadcaster: 'By Name | Fox News' byline, 'Published March 5, 2024 2:22am EST', author bio line.
    "fox": Probe(
        "North Korea says Japan summit not possible",
        "Fox News",
        "2024-03-05",
        None,
        ("North Korea said Tuesday that a summit with Japan is not possible",),
        (),
        (
            "World",
            "North Korea says Japan summit not possible",
            "By Jane Doe | Fox News",
            "Published March 5, 2024 2:22am EST",
            "North Korea said Tuesday that a summit with Japan is not possible, according to state media.",
            "Jane Doe is a reporter for Fox News Digital.",
        ),
    ),
    # US paper: slogan over the headline, byline, 'March 5, 2024 at 2:22 a.m. EST', 'SEOUL —' dateline.
    "wapo": Probe(
        "North Korea, Russia sign deal at Moscow talks",
        None,
        "2024-03-05",
        "Seoul",
        ("North Korea and Russia signed an agreement in Moscow",),
        ("Democracy Dies in Darkness",),
        (
            "Democracy Dies in Darkness",
            "World",
            "North Korea, Russia sign deal at Moscow talks",
            "By Jane Doe",
            "March 5, 2024 at 2:22 a.m. EST",
            "SEOUL — North Korea and Russia signed an agreement in Moscow on Tuesday, state media reported.",
        ),
    ),
    # US paper: ad labels, headline, full-stop standfirst, listen and share widgets, byline, 'Reporting from Seoul', date, story.
    "nyt": Probe(
        "North Korea Rejects Talks With Japan, Citing Abductions",
        None,
        "2024-03-05",
        None,
        ("North Korea said on Tuesday that it would not hold talks with Japan.",),
        (
            "SKIP ADVERTISEMENT",
            "Share full article",
        ),
        (
            "Advertisement",
            "SKIP ADVERTISEMENT",
            "North Korea Rejects Talks With Japan, Citing Abductions",
            "Pyongyang said it would not meet Tokyo as long as the abduction issue was raised.",
            "Listen to this article · 4:12 min Learn more",
            "Share full article",
            "By Jane Doe",
            "Reporting from Seoul",
            "March 5, 2024",
            "North Korea said on Tuesday that it would not hold talks with Japan.",
        ),
    ),
    # Agency site: masthead, headline, 'KYODO NEWS - Mar 5, 2024 - 14:22 | World, All' credit-and-stamp line.
    "kyodo_native": Probe(
        "Japan, N. Korea held secret contact in Southeast Asia: sources",
        "KYODO NEWS",
        "2024-03-05",
        None,
        ("Japanese and North Korean officials held secret contact",),
        (),
        (
            "KYODO NEWS",
            "Japan, N. Korea held secret contact in Southeast Asia: sources",
            "KYODO NEWS - Mar 5, 2024 - 14:22 | World, All",
            "Japanese and North Korean officials held secret contact in Southeast Asia last month, sources close to bilateral relations said Tuesday.",
        ),
    ),
    # Agency site: skip links, sections, 'All News 14:22 March 05, 2024' stamp, 'SEOUL, March 5 (Yonhap) --', reporter byline after the story.
    "yonhap_native": Probe(
        "N. Korea slams S. Korea-U.S. drills as rehearsal for invasion",
        "Yonhap",
        "2024-03-05",
        "Seoul",
        ("North Korea on Tuesday denounced joint military drills",),
        ("Go to Contents Go to Navigation",),
        (
            "Go to Contents Go to Navigation",
            "National",
            "North Korea",
            "N. Korea slams S. Korea-U.S. drills as rehearsal for invasion",
            "All News 14:22 March 05, 2024",
            "SEOUL, March 5 (Yonhap) -- North Korea on Tuesday denounced joint military drills between South Korea and the United States.",
            "By Kim Min-ji",
            "(END)",
        ),
    ),
    # Korean broadcaster: masthead (the only credit), 'Updated: ... KST' stamp with seconds, 'Reporter : Name' and email sign-offs.
    "arirang": Probe(
        "S. Korea, China hold first vice-ministerial strategic dialogue in years",
        "ARIRANG NEWS",
        "2024-03-05",
        None,
        (
            "South Korea and China held their first vice-ministerial strategic dialogue",
            "the ministry said.",
        ),
        (),
        (
            "ARIRANG NEWS",
            "Politics",
            "S. Korea, China hold first vice-ministerial strategic dialogue in years",
            "Updated: 2024-03-05 17:12:05 KST",
            "Reporter : Kim Ji-yeon",
            "South Korea and China held their first vice-ministerial strategic dialogue in four years in Seoul on Tuesday.",
            "The two sides discussed North Korea's nuclear program, the ministry said.",
            "Reporter : kimjy@example.com",
        ),
    ),
    # Reuters copy on a Japanese paper: shouted section, 'REUTERS' credit line, 'SEOUL –' en-dash dateline.
    "japantimes_reuters": Probe(
        "North Korea fires ballistic missile as U.S. envoy visits Seoul",
        "Reuters",
        "2024-03-05",
        "Seoul",
        ("North Korea fired a ballistic missile on Tuesday",),
        (),
        (
            "ASIA PACIFIC",
            "North Korea fires ballistic missile as U.S. envoy visits Seoul",
            "REUTERS",
            "Mar 5, 2024",
            "SEOUL – North Korea fired a ballistic missile on Tuesday as a senior U.S. envoy held talks in Seoul, South Korea's military said.",
        ),
    ),
    # Hong Kong paper with the agency's full name as the credit line under the headline, '9:12am, 6 Mar 2024' stamp.
    "scmp_afp": Probe(
        "Japan, North Korea officials held secret talks in China, report says",
        "Agence France-Presse",
        "2024-03-06",
        None,
        ("Japanese and North Korean officials met secretly in China",),
        (),
        (
            "Asia / East Asia",
            "Japan, North Korea officials held secret talks in China, report says",
            "Agence France-Presse",
            "Published: 9:12am, 6 Mar 2024",
            "Japanese and North Korean officials met secretly in China last year, a newspaper reported on Wednesday.",
        ),
    ),
    # Russian agency: headline in Title Case, '© Sputnik / Photographer / mediabank' photo credit, 'MOSCOW (Sputnik) -' dateline.
    "sputnik": Probe(
        "North Korean Foreign Minister Arrives in Moscow for Talks With Lavrov",
        "Sputnik",
        None,
        "Moscow",
        ("North Korean Foreign Minister Choe Son Hui has arrived in Moscow",),
        ("© Sputnik / Ilya Pitalev / Go to the mediabank",),
        (
            "World",
            "North Korean Foreign Minister Arrives in Moscow for Talks With Lavrov",
            "© Sputnik / Ilya Pitalev / Go to the mediabank",
            "Subscribe",
            "MOSCOW (Sputnik) - North Korean Foreign Minister Choe Son Hui has arrived in Moscow for talks with Russian Foreign Minister Sergei Lavrov, the Russian Foreign Ministry said on Tuesday.",
        ),
    ),
    # News-app copy: the credit as printed under the headline ('Xinhua News Agency'), a bare ISO date, the agency dateline.
    "newsapp_xinhua": Probe(
        "North Korea, China discuss expanding exchanges",
        "Xinhua News Agency",
        "2024-03-05",
        "Pyongyang",
        ("Senior officials of the DPRK and China discussed expanding exchanges",),
        (),
        (
            "North Korea, China discuss expanding exchanges",
            "Xinhua News Agency",
            "2024-03-05",
            "PYONGYANG, March 5 (Xinhua) -- Senior officials of the DPRK and China discussed expanding exchanges at a meeting in Pyongyang on Tuesday, the Korean Central News Agency reported.",
        ),
    ),
    # Chinese paper: masthead, unspaced 'Home>>World' breadcrumb, '(Xinhua) 09:12, March 06, 2024' stamp, 'Web editor:' sign-off.
    "peoplesdaily": Probe(
        "DPRK, China sign protocol on border cooperation",
        "Xinhua",
        "2024-03-06",
        "Pyongyang",
        ("The DPRK and China signed a protocol on border cooperation",),
        ("Web editor: Zhang Kaiwei, Liang Jun",),
        (
            "People's Daily Online",
            "Home>>World",
            "DPRK, China sign protocol on border cooperation",
            "(Xinhua) 09:12, March 06, 2024",
            "PYONGYANG, March 5 (Xinhua) -- The DPRK and China signed a protocol on border cooperation in Pyongyang on Tuesday, the official KCNA news agency said.",
            "Web editor: Zhang Kaiwei, Liang Jun",
        ),
    ),
    # Qatari broadcaster: barred section label, curly-quoted headline, full-stop standfirst, 'Published On 5 Mar 2024'.
    "aljazeera": Probe(
        "Japan’s PM says he wants summit with North Korea’s Kim ‘as soon as possible’",
        None,
        "2024-03-05",
        None,
        ("Japan’s prime minister has said he wants to hold a summit",),
        (),
        (
            "News|North Korea",
            "Japan’s PM says he wants summit with North Korea’s Kim ‘as soon as possible’",
            "The prime minister says Tokyo is working at a high level to arrange a meeting, as Pyongyang signals openness.",
            "Published On 5 Mar 2024",
            "Japan’s prime minister has said he wants to hold a summit with North Korean leader Kim Jong Un as soon as possible.",
        ),
    ),
    # US agency: yearless 'March 5 (UPI) --' opening (no year, no place).
    "upi": Probe(
        "North Korea's Kim Yo Jong rejects Japanese summit proposal",
        "UPI",
        None,
        None,
        ("North Korea rejected a summit proposal from Japan",),
        (),
        (
            "Top News",
            "World News",
            "North Korea's Kim Yo Jong rejects Japanese summit proposal",
            "By Jane Doe",
            "March 5 (UPI) -- North Korea rejected a summit proposal from Japan on Tuesday, according to state media.",
        ),
    ),
    # Thai paper: 'PUBLISHED : 5 Mar 2024 at 14:22' and a 'WRITER: AFP' credit label, 'SEOUL:' dateline.
    "bangkok_writer": Probe(
        "N Korea hosts Laos foreign minister",
        "AFP",
        "2024-03-05",
        "Seoul",
        ("North Korea's foreign minister hosted her Laotian counterpart",),
        (),
        (
            "World",
            "N Korea hosts Laos foreign minister",
            "PUBLISHED : 5 Mar 2024 at 14:22",
            "WRITER: AFP",
            "SEOUL: North Korea's foreign minister hosted her Laotian counterpart in Pyongyang on Tuesday, state media said.",
        ),
    ),
    # Opinion blog: date and author lines under the headline, author bio with a views-are-her-own disclaimer.
    "blog_bio": Probe(
        "North Korea’s quiet outreach to Mongolia",
        None,
        "2024-03-05",
        None,
        ("Diplomatic contacts between North Korea and Mongolia",),
        ("Jane Doe is a researcher at a think tank in Seoul. Her views are her own.",),
        (
            "Peninsula Notes",
            "North Korea’s quiet outreach to Mongolia",
            "March 5, 2024",
            "Jane Doe",
            "Diplomatic contacts between North Korea and Mongolia have quietly increased over the past year, officials in Ulaanbaatar say.",
            "Jane Doe is a researcher at a think tank in Seoul. Her views are her own.",
        ),
    ),
    # Agency site: date glued to its clock ('March 5, 20245:22 AM GMT+9Updated'), 'Item 1 of 2' caption with a REUTERS/ photo credit.
    "reuters_native": Probe(
        "South Korea says North Korea cut off phone hotline again",
        "Reuters",
        "2024-03-05",
        "Seoul",
        ("North Korea did not answer routine calls",),
        (),
        (
            "World",
            "Asia Pacific",
            "South Korea says North Korea cut off phone hotline again",
            "By Jane Doe",
            "March 5, 20245:22 AM GMT+9Updated 2 hours ago",
            "Item 1 of 2 A South Korean soldier stands guard at the border. REUTERS/Kim Hong-Ji/File Photo",
            "SEOUL, March 5 (Reuters) - North Korea did not answer routine calls on the inter-Korean hotline on Tuesday, South Korea's unification ministry said.",
        ),
    ),
    # Korean paper: one-paragraph brief closed by its '(Yonhap)' credit after the full stop.
    "closing_yonhap": Probe(
        "N. Korea says it will never talk with Japan",
        "Yonhap",
        "2024-03-05",
        None,
        ("North Korea said Tuesday it would never talk with Japan",),
        (),
        (
            "North Korea",
            "N. Korea says it will never talk with Japan",
            "Published : Mar 5, 2024 - 15:40",
            "North Korea said Tuesday it would never talk with Japan, rejecting Tokyo's summit offer. (Yonhap)",
        ),
    ),
    # Chinese paper: 'Xinhua | Updated: 2024-03-05 09:12' credit-and-stamp line, 'PYONGYANG --' dateline.
    "chinadaily_xinhua": Probe(
        "DPRK, Laos vow to boost ties",
        "Xinhua",
        "2024-03-05",
        "Pyongyang",
        ("The DPRK and Laos vowed to boost bilateral ties",),
        (),
        (
            "World",
            "DPRK, Laos vow to boost ties",
            "Xinhua | Updated: 2024-03-05 09:12",
            "PYONGYANG -- The DPRK and Laos vowed to boost bilateral ties during talks in Pyongyang on Monday, the official KCNA news agency reported.",
        ),
    ),
    # Mirror site: '»' breadcrumb, headline printed twice, 'Pyongyang, March 5 (dpa) -' dateline.
    "mirror_doubled": Probe(
        "Kim Jong Un receives Vietnamese delegation",
        "dpa",
        "2024-03-05",
        "Pyongyang",
        ("North Korean leader Kim Jong Un received a delegation from Vietnam",),
        (),
        (
            "Home » News » World",
            "Kim Jong Un receives Vietnamese delegation",
            "Kim Jong Un receives Vietnamese delegation",
            "5 March 2024, 14:22",
            "Pyongyang, March 5 (dpa) - North Korean leader Kim Jong Un received a delegation from Vietnam in Pyongyang on Tuesday, state media said.",
        ),
    ),
    # US magazine: byline with a job-title line, 'Published ... at 2:22 AM EST' and 'Updated' stamps.
    "newsweek": Probe(
        "North Korea Reveals Talks With Japan",
        None,
        "2024-03-05",
        None,
        ("North Korea said on Tuesday it had held talks with Japan",),
        ("Senior News Reporter",),
        (
            "World",
            "North Korea Reveals Talks With Japan",
            "By Jane Doe",
            "Senior News Reporter",
            "Published Mar 05, 2024 at 2:22 AM EST",
            "Updated Mar 05, 2024 at 4:01 AM EST",
            "North Korea said on Tuesday it had held talks with Japan in a third country, in a rare admission of contact between the two.",
        ),
    ),
    # Agency site: 'By  NAME' with a double space, 'Updated 2:22 AM GMT+9, March 5, 2024', share button.
    "apnews": Probe(
        "North Korea's Kim meets Belarus foreign minister",
        "AP",
        "2024-03-05",
        "Seoul",
        ("North Korean leader Kim Jong Un met with the visiting foreign minister",),
        (),
        (
            "WORLD NEWS",
            "North Korea's Kim meets Belarus foreign minister",
            "By  JANE DOE",
            "Updated 2:22 AM GMT+9, March 5, 2024",
            "Share",
            "SEOUL, South Korea (AP) — North Korean leader Kim Jong Un met with the visiting foreign minister of Belarus in Pyongyang, state media said Tuesday.",
        ),
    ),
    # Vietnamese paper: diacritic capitals dateline 'HÀ NỘI —', closing 'VNS' credit line.
    "vietnamnews": Probe(
        "Vietnam, DPRK hold political consultation",
        "VNS",
        "2024-03-05",
        "Hà Nội",
        ("Việt Nam and the Democratic People's Republic of Korea held",),
        (),
        (
            "Politics & Law",
            "Vietnam, DPRK hold political consultation",
            "March 05, 2024 - 14:22",
            "HÀ NỘI — Việt Nam and the Democratic People's Republic of Korea held a political consultation in Hà Nội on Tuesday.",
            "VNS",
        ),
    ),
    # Agency credit and date on one dotted line ('AFP · 5 March 2024'): a credit, no dateline.
    "afp_dot_credit": Probe(
        "Mongolia offers to host Japan-North Korea talks",
        "AFP",
        "2024-03-05",
        None,
        ("Mongolia is ready to host talks between Japan and North Korea",),
        (),
        (
            "Asia",
            "Mongolia offers to host Japan-North Korea talks",
            "AFP · 5 March 2024",
            "Mongolia is ready to host talks between Japan and North Korea, its foreign minister said on Tuesday.",
        ),
    ),
    # Both stamps on one barred line, 'Updated' first: the 'Published' date wins.
    "published_and_updated": Probe(
        "Seoul and Beijing agree to resume vice-ministerial talks",
        None,
        "2024-03-04",
        None,
        ("South Korea and China agreed to resume vice-ministerial strategic talks",),
        (),
        (
            "Diplomacy",
            "Seoul and Beijing agree to resume vice-ministerial talks",
            "Updated: March 5, 2024 14:22 | Published: March 4, 2024 18:10",
            "South Korea and China agreed to resume vice-ministerial strategic talks, officials said on Monday.",
        ),
    ),
    # Old site: all-capitals headline, outlet line under it, month-first 'MM-DD-YYYY HH:MM' stamp.
    "caps_headline": Probe(
        "N. KOREA, U.S. ENVOYS MEET IN NEW YORK",
        "The Korea Times",
        "2005-06-17",
        None,
        ("North Korean and U.S. envoys met in New York",),
        (),
        (
            "N. KOREA, U.S. ENVOYS MEET IN NEW YORK",
            "The Korea Times",
            "06-17-2005 18:10",
            "North Korean and U.S. envoys met in New York on Monday, the first such contact in months, officials said.",
        ),
    ),
    # Kyodo copy on a business site: masthead, section, 'TOKYO (Kyodo) --' dateline, no dated line.
    "nikkei_kyodo": Probe(
        "Japan and North Korea held talks in Mongolia last month",
        "Kyodo",
        None,
        "Tokyo",
        ("Senior officials of Japan and North Korea held talks",),
        ("Nikkei Asia",),
        (
            "Nikkei Asia",
            "Politics",
            "Japan and North Korea held talks in Mongolia last month",
            "TOKYO (Kyodo) -- Senior officials of Japan and North Korea held talks in Ulan Bator last month, government sources said Tuesday.",
        ),
    ),
    # Magazine: barred kicker over the headline, full-stop deck, byline and date lines.
    "diplomat_kicker": Probe(
        "What North Korea Wants From Its Talks With Japan",
        None,
        "2024-03-05",
        None,
        ("Pyongyang's recent statements suggest it is open to talks",),
        ("Flashpoints | Diplomacy | East Asia",),
        (
            "Flashpoints | Diplomacy | East Asia",
            "What North Korea Wants From Its Talks With Japan",
            "Pyongyang is signaling openness, but on its own terms.",
            "By Jane Doe",
            "March 05, 2024",
            "Pyongyang's recent statements suggest it is open to talks with Tokyo, but only if the abduction issue is set aside.",
        ),
    ),
    # German broadcaster: headline, full-stop deck, date, story closed by editors' initials and two agencies '(AFP, Reuters)'.
    "dw_multi_credit": Probe(
        "North Korea rejects summit with Japan",
        "AFP, Reuters",
        "2024-03-05",
        None,
        ("North Korea has rejected a summit with Japan",),
        ("jd/abc (AFP, Reuters)",),
        (
            "Asia",
            "North Korea rejects summit with Japan",
            "Pyongyang said Tokyo must first drop the abduction issue.",
            "March 5, 2024",
            "North Korea has rejected a summit with Japan, saying Tokyo must stop raising the abduction issue.",
            "jd/abc (AFP, Reuters)",
        ),
    ),
    # Indian paper: 'PTI | Mar 5, 2024, 14:22 IST' credit-and-stamp line, 'NEW DELHI:' dateline.
    "pti_credit_line": Probe(
        "India, North Korea hold foreign office consultations",
        "PTI",
        "2024-03-05",
        "New Delhi",
        ("India and North Korea held foreign office consultations",),
        (),
        (
            "India News",
            "India, North Korea hold foreign office consultations",
            "PTI | Mar 5, 2024, 14:22 IST",
            "NEW DELHI: India and North Korea held foreign office consultations in New Delhi on Tuesday, officials said.",
        ),
    ),
    # Singapore paper: shouted 'PUBLISHED' stamp, 'SEOUL -' dateline, closing 'REUTERS' line and a channel promo.
    "straits_closing": Probe(
        "North Korea says Japan summit talk is 'useless'",
        "Reuters",
        "2024-03-05",
        "Seoul",
        ("North Korea said on Tuesday that talk of a summit",),
        ("Join ST's Telegram channel and get the latest breaking news delivered to you.",),
        (
            "Asia",
            "North Korea says Japan summit talk is 'useless'",
            "PUBLISHED MAR 5, 2024, 02:22 PM",
            "SEOUL - North Korea said on Tuesday that talk of a summit with Japan was useless as long as Tokyo raised the abduction issue.",
            "REUTERS",
            "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        ),
    ),
    # Caption over a 'Photo: Reuters' credit line between the date and the story (a photo credit, not the story's).
    "photo_line_under_headline": Probe(
        "Laos and North Korea pledge closer ties",
        None,
        "2024-03-05",
        None,
        ("The foreign ministers of Laos and North Korea pledged",),
        (),
        (
            "Laos and North Korea pledge closer ties",
            "March 5, 2024",
            "The two ministers shake hands in Vientiane.",
            "Photo: Reuters",
            "The foreign ministers of Laos and North Korea pledged closer ties at talks in Vientiane on Tuesday, state media said.",
        ),
    ),
    # Aggregator: 'By Reuters Staff', read time, 'Last Modified: Tuesday, 5 March 2024 14:22 IST'.
    "reuters_staff": Probe(
        "North Korea, Russia hold talks on trade in Vladivostok",
        "Reuters",
        "2024-03-05",
        None,
        ("North Korean and Russian officials held talks on trade",),
        (),
        (
            "North Korea, Russia hold talks on trade in Vladivostok",
            "By Reuters Staff",
            "3 Min Read",
            "Last Modified: Tuesday, 5 March 2024 14:22 IST",
            "North Korean and Russian officials held talks on trade in Vladivostok on Tuesday, the Russian side said.",
        ),
    ),
    # Press note: labels, 'FOR IMMEDIATE RELEASE' and the date over the title.
    "release_immediate": Probe(
        "Special Envoy Travels to Seoul and Tokyo",
        None,
        "2024-03-05",
        None,
        ("The Special Envoy for North Korea will travel to Seoul and Tokyo",),
        ("FOR IMMEDIATE RELEASE",),
        (
            "Media Note",
            "Office of the Spokesperson",
            "FOR IMMEDIATE RELEASE",
            "March 5, 2024",
            "Special Envoy Travels to Seoul and Tokyo",
            "The Special Envoy for North Korea will travel to Seoul and Tokyo from March 6 to 9 to meet senior officials.",
        ),
    ),
    # Blog: 'Posted 5 March 2024', 'Edited by' sign-off and a tags line after the story.
    "tags_footer": Probe(
        "Japan and North Korea: a timeline of contacts",
        None,
        "2024-03-05",
        None,
        ("Japan and North Korea have held intermittent contacts",),
        (
            "Tags: North Korea, Japan, diplomacy",
            "Edited by John Roe",
        ),
        (
            "Japan and North Korea: a timeline of contacts",
            "Posted 5 March 2024",
            "Japan and North Korea have held intermittent contacts since the 2002 summit in Pyongyang, officials say.",
            "Edited by John Roe",
            "Tags: North Korea, Japan, diplomacy",
        ),
    ),
    # Mobile copy: 'Close menu', stamp with a dash, 'Tehran, IRNA --' dateline with an unbracketed agency.
    "amp_copy": Probe(
        "North Korean delegation visits Tehran",
        "IRNA",
        "2024-03-05",
        "Tehran",
        ("A North Korean parliamentary delegation arrived in Tehran",),
        ("Close menu",),
        (
            "Close menu",
            "World",
            "North Korean delegation visits Tehran",
            "March 5, 2024 - 14:22",
            "Tehran, IRNA -- A North Korean parliamentary delegation arrived in Tehran on Tuesday for talks with Iranian officials.",
        ),
    ),
    # Monitoring site: site name, Title Case headline, 'Date:' field, 'Pyongyang, March 5 (KCNA) --'.
    "kcna_watch": Probe(
        "Kim Jong Un Receives Credentials of Ambassadors",
        "KCNA",
        "2024-03-05",
        "Pyongyang",
        ("Kim Jong Un received credentials",),
        (),
        (
            "KCNA Watch",
            "Kim Jong Un Receives Credentials of Ambassadors",
            "Date: 2024-03-05",
            "Pyongyang, March 5 (KCNA) -- Kim Jong Un received credentials from the ambassadors of several countries on Tuesday.",
        ),
    ),
    # Old paper: print-edition 'Tue, Mar 08, 2005 - Page 5' stamp over the headline, 'AFP , SEOUL' credit-and-place line.
    "taipeitimes": Probe(
        "North Korea agrees to return to six-party talks",
        "AFP",
        "2005-03-08",
        "Seoul",
        ("North Korea has agreed in principle to return to the six-party talks",),
        ("News List",),
        (
            "Tue, Mar 08, 2005 - Page 5",
            "News List",
            "North Korea agrees to return to six-party talks",
            "AFP , SEOUL",
            "North Korea has agreed in principle to return to the six-party talks on its nuclear programme, a senior official said yesterday.",
        ),
    ),
    # Portal copy: no stamp, story closed by '(Source: China Daily)'.
    "chinaorg_source_close": Probe(
        "DPRK, ROK agree to hold ministerial talks",
        "China Daily",
        None,
        None,
        ("The DPRK and the ROK agreed to hold ministerial talks",),
        (),
        (
            "DPRK, ROK agree to hold ministerial talks",
            "The DPRK and the ROK agreed to hold ministerial talks in Pyongyang later this month, the unification ministry said.",
            "(Source: China Daily)",
        ),
    ),
    # Old paper: 'Published:' stamp, 'SEOUL, South Korea, March 4 —' dateline with country and day.
    "iht_country_day": Probe(
        "North Korea and U.S. hold talks in Beijing",
        None,
        "2005-03-05",
        "Seoul",
        ("North Korean and American diplomats held talks in Beijing",),
        (),
        (
            "North Korea and U.S. hold talks in Beijing",
            "By JANE DOE",
            "Published: March 5, 2005",
            "SEOUL, South Korea, March 4 — North Korean and American diplomats held talks in Beijing on Friday, officials said.",
        ),
    ),
    # Release portal: stamp with a full weekday under the headline, 'Press Release:' line naming a ministry (no news outlet).
    "scoop_release": Probe(
        "Foreign Minister to visit Seoul",
        None,
        "2024-03-05",
        None,
        ("The Foreign Minister will travel to Seoul next week",),
        (),
        (
            "Foreign Minister to visit Seoul",
            "Tuesday, 5 March 2024, 2:22 pm",
            "Press Release: Ministry of Foreign Affairs and Trade",
            "The Foreign Minister will travel to Seoul next week for talks on North Korea and regional security.",
        ),
    ),
    # Old Korean layout: unspaced 'Posted on : Mar.5,2007 15:22 KST' above the headline.
    "hankyoreh_old": Probe(
        "Seoul, Pyongyang to resume ministerial talks",
        None,
        "2007-03-05",
        None,
        ("The two Koreas will resume ministerial talks",),
        (),
        (
            "Posted on : Mar.5,2007 15:22 KST",
            "Seoul, Pyongyang to resume ministerial talks",
            "The two Koreas will resume ministerial talks in Pyongyang next week after a seven-month break, officials said.",
        ),
    ),
    # Old broadcaster layout: byline, the place alone on a line, then the date, then the story.
    "voa_old_place_line": Probe(
        "US Envoy Arrives in Seoul for Talks",
        None,
        "2007-03-05",
        "Seoul",
        ("The chief U.S. envoy to the six-party talks arrived in Seoul",),
        (),
        (
            "US Envoy Arrives in Seoul for Talks",
            "By Jane Doe",
            "Seoul",
            "05 March 2007",
            "The chief U.S. envoy to the six-party talks arrived in Seoul on Monday for consultations with South Korean officials.",
        ),
    ),
    # Old agency layout: bare 'YYYY-MM-DD HH:MM:SS' stamp, 'BEIJING, March 5 (Xinhua) --'.
    "xinhua_old": Probe(
        "DPRK, China hold talks on economic cooperation",
        "Xinhua",
        "2007-03-05",
        "Beijing",
        ("Chinese and DPRK officials held talks on economic cooperation",),
        (),
        (
            "DPRK, China hold talks on economic cooperation",
            "2007-03-05 14:22:00",
            "BEIJING, March 5 (Xinhua) -- Chinese and DPRK officials held talks on economic cooperation here Monday.",
        ),
    ),
    # Old broadcaster layout: masthead (the only credit), 'Last Updated: Tuesday, ...' stamp and e-mail/print links over the headline.
    "bbc_old": Probe(
        "N Korea and Japan resume talks",
        "BBC NEWS",
        "2007-03-05",
        None,
        ("North Korea and Japan have resumed talks on normalising relations",),
        ("E-mail this to a friend",),
        (
            "BBC NEWS",
            "Last Updated: Tuesday, 5 March 2007, 14:22 GMT",
            "E-mail this to a friend",
            "Printable version",
            "N Korea and Japan resume talks",
            "North Korea and Japan have resumed talks on normalising relations, after a break of more than a year.",
        ),
    ),
    # Old paper layout: 'Name in City', a weekday date, then the outlet's name as the credit line.
    "guardian_old_outlet": Probe(
        "North Korea offers to shut reactor",
        "The Guardian",
        "2007-03-05",
        None,
        ("North Korea offered to shut down its main reactor",),
        (),
        (
            "North Korea offers to shut reactor",
            "Jane Doe in Seoul",
            "Tuesday March 5, 2007",
            "The Guardian",
            "North Korea offered to shut down its main reactor within weeks if the United States unfreezes its funds, officials said.",
        ),
    ),
    # Wire story on a Japanese site: yearless stamp, closed by the agency's '© KYODO' line.
    "japantoday_copyright": Probe(
        "Japan, N Korea to hold talks in Hanoi",
        "KYODO",
        None,
        None,
        ("Japan and North Korea will hold talks in Hanoi",),
        (),
        (
            "JAPAN TODAY",
            "NATIONAL",
            "Japan, N Korea to hold talks in Hanoi",
            "Mar. 05 02:22 pm JST",
            "Japan and North Korea will hold talks in Hanoi next week on normalizing ties, government sources said Tuesday.",
            "© KYODO",
        ),
    ),
    # State-media photo credited 'KCNA via REUTERS' in a caption: neither is the story's credit.
    "kcna_photo_credit": Probe(
        "Kim Jong Un meets Chinese delegation in Pyongyang",
        None,
        "2024-03-05",
        None,
        ("North Korean leader Kim Jong Un met a Chinese delegation",),
        (),
        (
            "Kim Jong Un meets Chinese delegation in Pyongyang",
            "March 5, 2024",
            "Kim Jong Un greets a Chinese official in Pyongyang. Photo: KCNA via REUTERS",
            "North Korean leader Kim Jong Un met a Chinese delegation in Pyongyang on Monday, state media KCNA reported.",
        ),
    ),
    # Reader widgets ('Listen', 'Font size', 'A A A') and a dotted 'DD.MM.YYYY' date between headline and story.
    "font_widgets": Probe(
        "Mongolian president to visit Pyongyang",
        None,
        "2024-03-05",
        None,
        ("Mongolia's president will pay a state visit to North Korea",),
        ("A A A",),
        (
            "Mongolian president to visit Pyongyang",
            "Listen",
            "Font size",
            "A A A",
            "05.03.2024",
            "Mongolia's president will pay a state visit to North Korea next month, his office said on Tuesday.",
        ),
    ),
    # Old Russian agency: spaced '15/ 03/ 2007' date, 'MOSCOW, March 15 (RIA Novosti) –' en-dash dateline.
    "ria_en_dash": Probe(
        "Russia, North Korea discuss Six-Party Talks",
        "RIA Novosti",
        "2007-03-15",
        "Moscow",
        ("Russian Deputy Foreign Minister met North Korea's ambassador",),
        (),
        (
            "Russia, North Korea discuss Six-Party Talks",
            "15/ 03/ 2007",
            "MOSCOW, March 15 (RIA Novosti) – Russian Deputy Foreign Minister met North Korea's ambassador on Monday to discuss the Six-Party Talks.",
        ),
    ),
    # Business paper: 'NAME, Outlet staff writer' byline without 'By', '... JST' stamp.
    "byline_dated_outlet": Probe(
        "Japan considers envoy to Pyongyang",
        "Nikkei",
        "2024-03-05",
        None,
        ("Japan is considering sending a special envoy to Pyongyang",),
        (),
        (
            "Japan considers envoy to Pyongyang",
            "JANE DOE, Nikkei staff writer",
            "March 5, 2024 14:22 JST",
            "Japan is considering sending a special envoy to Pyongyang to prepare for a possible summit, sources said.",
        ),
    ),
    # No headline: a menu, then the story with its Yonhap dateline; no menu item is the title.
    "no_headline_menu": Probe(
        None,
        "Yonhap",
        None,
        "Seoul",
        ("South Korea's nuclear envoy held phone talks",),
        (),
        (
            "Home",
            "News",
            "World",
            "Business",
            "Sport",
            "SEOUL, March 5 (Yonhap) -- South Korea's nuclear envoy held phone talks with his U.S. counterpart on Tuesday, the foreign ministry said.",
            "The two sides agreed to keep up close coordination, the ministry said.",
        ),
    ),
    # Page title with an unlisted paper's name after a dash: the name is the site's, not the headline's.
    "site_suffix_unlisted": Probe(
        "North Korea, Laos sign cultural exchange plan",
        None,
        "2024-03-05",
        None,
        ("North Korea and Laos signed a plan for cultural exchanges",),
        (),
        (
            "North Korea, Laos sign cultural exchange plan - The Valley Tribune",
            "March 5, 2024",
            "North Korea and Laos signed a plan for cultural exchanges in Pyongyang on Tuesday, state media said.",
        ),
    ),
    # Headline opened by a kicker ('EXCLUSIVE:'), kept as printed; 'GMT+9' stamp.
    "exclusive_kicker": Probe(
        "EXCLUSIVE: North Korean diplomats met Japanese officials in Mongolia, sources say",
        "Reuters",
        "2024-03-05",
        "Tokyo",
        ("North Korean diplomats met Japanese officials in Mongolia",),
        (),
        (
            "EXCLUSIVE: North Korean diplomats met Japanese officials in Mongolia, sources say",
            "By Jane Doe",
            "March 5, 2024 2:22 PM GMT+9",
            "TOKYO, March 5 (Reuters) - North Korean diplomats met Japanese officials in Mongolia last month, three sources said.",
        ),
    ),
    # The scraper's ' date' header glued to a story without headline or credit.
    "date_header_story_only": Probe(
        None,
        None,
        "2024-03-05",
        None,
        ("The foreign ministers of South Korea and Japan spoke by phone",),
        (),
        (
            " date 2024-03-05 The foreign ministers of South Korea and Japan spoke by phone on Tuesday about North Korea's latest missile launch, officials said.",
        ),
    ),
    # Headline opening with a quotation and a colon.
    "quoted_headline": Probe(
        "'We have nothing to discuss': North Korea rebuffs Japan",
        None,
        "2024-03-05",
        None,
        ("North Korea rebuffed Japan's call for talks",),
        (),
        (
            "'We have nothing to discuss': North Korea rebuffs Japan",
            "5 March 2024",
            "North Korea rebuffed Japan's call for talks on Tuesday, saying it has nothing to discuss with Tokyo.",
        ),
    ),
    # Ad labels, related link, newsletter, Google News, cookie banner and trending lines inside and after a two-paragraph AP story; the byline prints the credit in full.
    "chrome_inside_story": Probe(
        "Kim Jong Un to visit Russia, Kremlin says",
        "The Associated Press",
        "2024-03-05",
        "Moscow",
        (
            "Kim Jong Un will visit Russia",
            "the Kremlin said.",
        ),
        (
            "Story continues below advertisement",
            "Sign up for our daily newsletter",
            "Follow us on Google News",
            "We use cookies to improve your experience on our site.",
            "Accept all cookies",
            "Trending Now",
            "RELATED: Putin hosts Kim at space centre",
        ),
        (
            "Kim Jong Un to visit Russia, Kremlin says",
            "By The Associated Press",
            "Published March 5, 2024",
            "MOSCOW (AP) — North Korean leader Kim Jong Un will visit Russia later this year, the Kremlin said on Tuesday.",
            "Advertisement",
            "Story continues below advertisement",
            "The dates of the visit have not been set, the Kremlin said.",
            "RELATED: Putin hosts Kim at space centre",
            "Sign up for our daily newsletter",
            "Follow us on Google News",
            "We use cookies to improve your experience on our site.",
            "Accept all cookies",
            "Trending Now",
        ),
    ),
    # Headline ending in abbreviations ('S. Korea, U.S.'), ISO stamp with a clock.
    "abbrev_headline": Probe(
        "N. Korea slams joint drills by S. Korea, U.S.",
        "Yonhap",
        "2024-03-05",
        "Seoul",
        ("North Korea on Tuesday slammed joint military drills",),
        (),
        (
            "N. Korea slams joint drills by S. Korea, U.S.",
            "Published 2024-03-05 10:12",
            "SEOUL, March 5 (Yonhap) -- North Korea on Tuesday slammed joint military drills by South Korea and the United States.",
        ),
    ),
    # Japanese paper: joint credit 'AFP-JIJI' under the headline, 'SEOUL –' dateline.
    "japantimes_afpjiji": Probe(
        "North Korea test-fires cruise missiles as U.S. envoy visits Tokyo",
        "AFP-JIJI",
        "2024-03-05",
        "Seoul",
        ("North Korea test-fired several cruise missiles",),
        (),
        (
            "ASIA PACIFIC / POLITICS",
            "North Korea test-fires cruise missiles as U.S. envoy visits Tokyo",
            "AFP-JIJI",
            "Mar 5, 2024",
            "SEOUL – North Korea test-fired several cruise missiles on Tuesday as a senior U.S. envoy held talks in Tokyo, Seoul's military said.",
        ),
    ),
    # South Asian paper: 'By Web Desk' (a desk, not an outlet), 'ISLAMABAD:' dateline.
    "web_desk": Probe(
        "Pakistan, North Korea discuss trade ties",
        None,
        "2024-03-05",
        "Islamabad",
        ("Pakistan and North Korea discussed ways to expand trade",),
        (),
        (
            "Pakistan, North Korea discuss trade ties",
            "By Web Desk",
            "March 05, 2024",
            "ISLAMABAD: Pakistan and North Korea discussed ways to expand trade during a meeting in Islamabad on Tuesday, the Foreign Office said.",
        ),
    ),
    # 'Written by Name for Outlet' byline and a bare ISO stamp with clock.
    "written_for": Probe(
        "Japan seeks talks with North Korea on abductions",
        "Kyodo News",
        "2024-03-05",
        None,
        ("The Japanese government is seeking talks with North Korea",),
        (),
        (
            "Japan seeks talks with North Korea on abductions",
            "Written by Jane Doe for Kyodo News",
            "2024-03-05 14:22",
            "The Japanese government is seeking talks with North Korea on the abduction issue, the top government spokesman said Tuesday.",
        ),
    ),
    # 'Name / Agency' byline (not a breadcrumb), stamp with a bullet before the clock.
    "slash_byline": Probe(
        "China urges restraint after North Korean missile launch",
        "Reuters",
        "2024-03-05",
        None,
        ("China urged all parties to exercise restraint",),
        (),
        (
            "China urges restraint after North Korean missile launch",
            "Jane Doe / Reuters",
            "March 5, 2024 • 14:22",
            "China urged all parties to exercise restraint after North Korea's latest missile launch, its foreign ministry said on Tuesday.",
        ),
    ),
    # Story opened by a bare '(AFP) -' credit, no place and no date.
    "agency_opening": Probe(
        "Kim sends birthday greetings to Putin",
        "AFP",
        None,
        None,
        ("North Korean leader Kim Jong Un sent birthday greetings",),
        (),
        (
            "Kim sends birthday greetings to Putin",
            "(AFP) - North Korean leader Kim Jong Un sent birthday greetings to Russian President Vladimir Putin, state media said.",
        ),
    ),
    # Agency dateline closed by a full stop: 'Ulaanbaatar, March 5 (MONTSAME).'.
    "montsame": Probe(
        "Mongolia, DPRK hold consultative meeting",
        "MONTSAME",
        None,
        "Ulaanbaatar",
        ("The Ministries of Foreign Affairs of Mongolia and the DPRK held",),
        (),
        (
            "Mongolia, DPRK hold consultative meeting",
            "Ulaanbaatar, March 5 (MONTSAME). The Ministries of Foreign Affairs of Mongolia and the DPRK held a consultative meeting in Ulaanbaatar on Tuesday.",
        ),
    ),
    # Title bar with '| DD.MM.YYYY' and a bullet credit line '• Xinhua'.
    "bullet_credit_titlebar": Probe(
        "North Korean minister visits Vientiane",
        "Xinhua",
        "2024-03-05",
        None,
        ("North Korea's foreign minister arrived in Vientiane",),
        (),
        (
            "North Korean minister visits Vientiane | 05.03.2024",
            "• Xinhua",
            "North Korea's foreign minister arrived in Vientiane on Tuesday for talks with Lao leaders, officials said.",
        ),
    ),
    # Machine stamp 'YYYY-MM-DDTHH:MM:SS+09:00' under the headline.
    "iso_t_stamp": Probe(
        "Seoul and Washington hold defence cost talks",
        None,
        "2024-03-05",
        None,
        ("South Korea and the United States opened talks",),
        (),
        (
            "Seoul and Washington hold defence cost talks",
            "2024-03-05T14:22:00+09:00",
            "South Korea and the United States opened talks on sharing the cost of US troops in Honolulu on Tuesday, officials said.",
        ),
    ),
    # Ordinal date with weekday 'Tuesday 5th March 2024' under the headline, 'Jakarta (ANTARA) -' dateline.
    "ordinal_weekday": Probe(
        "Indonesia and North Korea mark diplomatic anniversary",
        "Antara",
        "2024-03-05",
        "Jakarta",
        ("Indonesia and North Korea marked the anniversary of diplomatic ties",),
        (),
        (
            "Indonesia and North Korea mark diplomatic anniversary",
            "Tuesday 5th March 2024",
            "Jakarta (ANTARA) - Indonesia and North Korea marked the anniversary of diplomatic ties at a reception in Jakarta on Tuesday.",
        ),
    ),
    # Shared dateline of two cities 'WASHINGTON/SEOUL, March 5 (Reuters) -'.
    "two_city_reuters": Probe(
        "U.S., South Korea envoys discuss North Korea in call",
        "Reuters",
        None,
        "Washington/Seoul",
        ("The top U.S. and South Korean envoys on North Korea discussed",),
        (),
        (
            "U.S., South Korea envoys discuss North Korea in call",
            "WASHINGTON/SEOUL, March 5 (Reuters) - The top U.S. and South Korean envoys on North Korea discussed the North's missile launches in a phone call on Tuesday.",
        ),
    ),
    # HTML entity in the headline and markup lines around a Xinhua header.
    "entity_headline": Probe(
        "North Korea's envoy meets Chinese vice minister",
        "Xinhua",
        "2024-03-05",
        "Beijing",
        ("Chinese Vice Foreign Minister met with the DPRK ambassador",),
        (),
        (
            "North Korea&#39;s envoy meets Chinese vice minister",
            '<div class="meta">',
            "Source: Xinhua | 2024-03-05 21:12:05",
            "BEIJING, March 5 (Xinhua) -- Chinese Vice Foreign Minister met with the DPRK ambassador to China here on Tuesday.",
            "</div>",
        ),
    ),
    # One-paragraph brief closed by 'Seoul, March 5, 2024 (Yonhap)': a credit and a date, no opening dateline.
    "closing_city_date_credit": Probe(
        "Seoul, Tokyo discuss North Korea in Jakarta",
        "Yonhap",
        "2024-03-05",
        None,
        ("The nuclear envoys of South Korea and Japan met in Jakarta",),
        (),
        (
            "Seoul, Tokyo discuss North Korea in Jakarta",
            "The nuclear envoys of South Korea and Japan met in Jakarta on Tuesday to discuss North Korea, the foreign ministry said.",
            "Seoul, March 5, 2024 (Yonhap)",
        ),
    ),
    # Sidebar printed first: a 'Most Read' list of numbered headlines over the story's own headline.
    "sidebar_first": Probe(
        "North Korean envoy visits China for talks",
        None,
        "2024-03-05",
        None,
        ("North Korea's vice foreign minister arrived in Beijing",),
        ("1. Seoul stocks close higher on chip rally",),
        (
            "Most Read",
            "1. Seoul stocks close higher on chip rally",
            "2. Weather agency warns of heavy snow in the east",
            "North Korean envoy visits China for talks",
            "March 5, 2024",
            "North Korea's vice foreign minister arrived in Beijing on Tuesday for talks with Chinese officials, state media said.",
        ),
    ),
    # The page's title bar (with the site's name) and a menu over the story's own headline.
    "seo_title_and_h1": Probe(
        "North Korean envoy visits China for talks on trade",
        None,
        "2024-03-05",
        None,
        ("North Korea's vice foreign minister arrived in Beijing",),
        (),
        (
            "N Korea envoy in China - Eastern Daily News",
            "Home",
            "World",
            "Asia",
            "North Korean envoy visits China for talks on trade",
            "March 5, 2024",
            "North Korea's vice foreign minister arrived in Beijing on Tuesday for talks on trade with Chinese officials, state media said.",
        ),
    ),
    # Read time, listen and share buttons, author, job title and date between headline and story.
    "many_header_lines": Probe(
        "Seoul proposes working-level talks with Tokyo on North Korea",
        None,
        "2024-03-05",
        None,
        ("South Korea proposed working-level talks with Japan",),
        ("Senior Correspondent",),
        (
            "Seoul proposes working-level talks with Tokyo on North Korea",
            "2 min read",
            "Listen",
            "Share",
            "Jane Doe",
            "Senior Correspondent",
            "March 5, 2024",
            "South Korea proposed working-level talks with Japan on North Korea's missile program, officials said on Tuesday.",
        ),
    ),
    # Byline and date printed over the headline.
    "byline_first": Probe(
        "Kim Yo Jong warns Seoul over border leaflets",
        None,
        "2024-03-05",
        None,
        ("Kim Yo Jong warned South Korea",),
        (),
        (
            "By Jane Doe",
            "March 5, 2024",
            "Kim Yo Jong warns Seoul over border leaflets",
            "Kim Yo Jong warned South Korea on Tuesday that leaflets sent across the border would be met with a response, state media said.",
        ),
    ),
    # Unpunctuated caption and a '© Name/TASS' photo credit under the headline; TASS dateline.
    "caption_no_stop_under_headline": Probe(
        "Putin and Kim hold talks in Vladivostok",
        "TASS",
        None,
        "Vladivostok",
        ("Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks",),
        (),
        (
            "Putin and Kim hold talks in Vladivostok",
            "Vladimir Putin and Kim Jong Un at the talks in Vladivostok",
            "© Jane Doe/TASS",
            "VLADIVOSTOK, March 5. /TASS/. Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks in Vladivostok on Tuesday.",
        ),
    ),
    # Breadcrumb ending in the headline, then the headline itself.
    "breadcrumb_with_headline": Probe(
        "N. Korea, China hold talks on border trade",
        None,
        "2024-03-05",
        None,
        ("North Korean and Chinese officials held talks",),
        (),
        (
            "Home > North Korea > N. Korea, China hold talks on border trade",
            "N. Korea, China hold talks on border trade",
            "2024-03-05 14:22",
            "North Korean and Chinese officials held talks on border trade in Dandong on Tuesday, sources said.",
        ),
    ),
    # Comment-box lines after the story.
    "comment_box_after": Probe(
        "Japan's envoy meets North Korean officials in Hanoi",
        None,
        "2024-03-05",
        None,
        ("A Japanese envoy met North Korean officials in Hanoi",),
        (
            "Comments are closed.",
            "Log in to comment",
            "Be the first to comment",
        ),
        (
            "Japan's envoy meets North Korean officials in Hanoi",
            "March 5, 2024",
            "A Japanese envoy met North Korean officials in Hanoi last week, a diplomatic source said on Tuesday.",
            "Be the first to comment",
            "Log in to comment",
            "Comments are closed.",
        ),
    ),
    # Newsletter sign-up box between the story's two paragraphs; bare 'Kyodo' credit line.
    "newsletter_mid": Probe(
        "U.S. and Japan discuss North Korea at Tokyo talks",
        "Kyodo",
        "2024-03-05",
        "Tokyo",
        (
            "Senior U.S. and Japanese officials discussed North Korea",
            "the sources said.",
        ),
        (
            "Sign up for the Asia Briefing newsletter",
            "Enter your email address",
        ),
        (
            "U.S. and Japan discuss North Korea at Tokyo talks",
            "Kyodo",
            "Mar 5, 2024",
            "TOKYO (Kyodo) -- Senior U.S. and Japanese officials discussed North Korea at talks in Tokyo on Tuesday.",
            "Sign up for the Asia Briefing newsletter",
            "Enter your email address",
            "They agreed to keep up pressure on Pyongyang, the sources said.",
        ),
    ),
    # Capitals dateline of two words 'UNITED NATIONS (AP) —', no headline stamp.
    "un_caps_multiword": Probe(
        "North Korea tells UN it will not hold talks under pressure",
        "AP",
        None,
        "United Nations",
        ("North Korea's UN ambassador said Tuesday",),
        (),
        (
            "North Korea tells UN it will not hold talks under pressure",
            "UNITED NATIONS (AP) — North Korea's UN ambassador said Tuesday that his country will not hold talks with the United States under pressure.",
        ),
    ),
    # 'PANMUNJOM, Korea (AP) —': place, country and agency.
    "panmunjom_country": Probe(
        "Two Koreas hold military talks at truce village",
        "AP",
        None,
        "Panmunjom",
        ("Military officers from the two Koreas held talks",),
        (),
        (
            "Two Koreas hold military talks at truce village",
            "PANMUNJOM, Korea (AP) — Military officers from the two Koreas held talks at the border truce village on Tuesday.",
        ),
    ),
    # 'SEOUL (Reuters) March 5, 2024 -': the dated day after the credit dates the story.
    "agency_then_date": Probe(
        "North Korea says it will boycott talks",
        "Reuters",
        "2024-03-05",
        "Seoul",
        ("North Korea said it would boycott talks",),
        (),
        (
            "North Korea says it will boycott talks",
            "SEOUL (Reuters) March 5, 2024 - North Korea said it would boycott talks with the South until the drills end.",
        ),
    ),
    # Two cities in title case 'Seoul/Tokyo, March 5 (dpa) -'.
    "mixed_case_two_city": Probe(
        "Seoul and Tokyo coordinate on North Korea",
        "dpa",
        None,
        "Seoul/Tokyo",
        ("South Korea and Japan agreed to coordinate",),
        (),
        (
            "Seoul and Tokyo coordinate on North Korea",
            "Seoul/Tokyo, March 5 (dpa) - South Korea and Japan agreed to coordinate closely on North Korea, officials said on Tuesday.",
        ),
    ),
    # 'VLADIVOSTOK, Russia, March 5 (Sputnik) -': place, country, day and agency.
    "city_country_day_agency": Probe(
        "Russian and North Korean officials meet in Vladivostok",
        "Sputnik",
        None,
        "Vladivostok",
        ("Russian and North Korean officials met in Vladivostok",),
        (),
        (
            "Russian and North Korean officials meet in Vladivostok",
            "VLADIVOSTOK, Russia, March 5 (Sputnik) - Russian and North Korean officials met in Vladivostok on Tuesday to discuss tourism.",
        ),
    ),
    # Bracketed place opening the story '[Seoul]', 'Date: DD.MM.YYYY' field.
    "bracket_place": Probe(
        "Unification minister calls for talks with Pyongyang",
        None,
        "2024-03-05",
        "Seoul",
        ("The unification minister called on North Korea",),
        (),
        (
            "Unification minister calls for talks with Pyongyang",
            "Date: 05.03.2024",
            "[Seoul] The unification minister called on North Korea on Tuesday to return to dialogue, saying the door remains open.",
        ),
    ),
    # Title-case place and day without agency 'Tokyo, March 5 —', 'Publication date:' label.
    "titled_place_no_agency": Probe(
        "Japan protests North Korean missile launch",
        None,
        "2024-03-05",
        "Tokyo",
        ("Japan lodged a protest with North Korea",),
        (),
        (
            "Japan protests North Korean missile launch",
            "Publication date: 05 March 2024",
            "Tokyo, March 5 — Japan lodged a protest with North Korea through diplomatic channels in Beijing over its latest missile launch.",
        ),
    ),
    # 'First published on Tue 5 Mar 2024 09.12 GMT' label.
    "first_published_label": Probe(
        "North Korea sends envoy to Iran",
        None,
        "2024-03-05",
        None,
        ("North Korea has sent an envoy to Iran",),
        (),
        (
            "North Korea sends envoy to Iran",
            "First published on Tue 5 Mar 2024 09.12 GMT",
            "North Korea has sent an envoy to Iran for talks on bilateral ties, Iranian state media reported on Tuesday.",
        ),
    ),
    # 'Released:' label on a ministry page (no outlet).
    "released_label": Probe(
        "Foreign Minister meets DPRK ambassador",
        None,
        "2024-03-05",
        None,
        ("The Foreign Minister received the Ambassador of the DPRK",),
        (),
        (
            "Foreign Minister meets DPRK ambassador",
            "Released: March 5, 2024",
            "The Foreign Minister received the Ambassador of the DPRK at the ministry on Tuesday for a courtesy call.",
        ),
    ),
    # Relative time and date on one barred line '4 hours ago | 5 March 2024'.
    "ago_and_date": Probe(
        "South Korea, China agree to hold 2+2 dialogue",
        None,
        "2024-03-05",
        None,
        ("South Korea and China agreed to hold a two-plus-two dialogue",),
        (),
        (
            "South Korea, China agree to hold 2+2 dialogue",
            "4 hours ago | 5 March 2024",
            "South Korea and China agreed to hold a two-plus-two dialogue of diplomatic and defence officials, Seoul said on Tuesday.",
        ),
    ),
    # Two-word title-case place 'New York, March 5 (IANS)' with no dash.
    "new_york_ians": Probe(
        "North Korea's UN envoy meets UN chief",
        "IANS",
        None,
        "New York",
        ("North Korea's UN ambassador met the UN Secretary-General",),
        (),
        (
            "North Korea's UN envoy meets UN chief",
            "New York, March 5 (IANS) North Korea's UN ambassador met the UN Secretary-General on Tuesday, a spokesman said.",
        ),
    ),
    # 'Last update: YYYY-MM-DD HH:MM' label.
    "last_update_label": Probe(
        "China's envoy holds talks in Pyongyang",
        None,
        "2024-03-05",
        None,
        ("China's special envoy held talks with North Korean officials",),
        (),
        (
            "China's envoy holds talks in Pyongyang",
            "Last update: 2024-03-05 14:22",
            "China's special envoy held talks with North Korean officials in Pyongyang on Tuesday, state media said.",
        ),
    ),
    # Indian paper: '(With inputs from agencies)' is input, not a credit.
    "with_inputs": Probe(
        "India calls for dialogue on Korean Peninsula",
        None,
        "2024-03-05",
        None,
        ("India called for dialogue and diplomacy on the Korean Peninsula",),
        (),
        (
            "India calls for dialogue on Korean Peninsula",
            "Updated: Mar 05, 2024 14:22 IST",
            "India called for dialogue and diplomacy on the Korean Peninsula, the External Affairs Ministry said on Tuesday.",
            "(With inputs from agencies)",
        ),
    ),
    # '— With AFP' closing a story: input from an agency, not the story's credit.
    "with_afp_close": Probe(
        "North Korea warns Japan over summit remarks",
        None,
        "2024-03-05",
        None,
        ("North Korea warned Japan on Tuesday",),
        (),
        (
            "North Korea warns Japan over summit remarks",
            "05 March 2024",
            "North Korea warned Japan on Tuesday against raising the abduction issue at any summit, state media said.",
            "— With AFP",
        ),
    ),
    # 'Reuters contributed to this report.': a contribution, not the credit.
    "contributed": Probe(
        "Seoul says North rejected call for talks",
        None,
        "2024-03-05",
        None,
        ("South Korea said North Korea had rejected its call for talks",),
        (),
        (
            "Seoul says North rejected call for talks",
            "March 5, 2024",
            "South Korea said North Korea had rejected its call for talks on reuniting separated families, officials said on Tuesday.",
            "Reuters contributed to this report.",
        ),
    ),
    # The lead cites Yonhap as its report: a cited source, not the credit.
    "cited_in_lead": Probe(
        "N. Korea hosts Chinese trade delegation",
        None,
        "2024-03-05",
        None,
        ("A Chinese trade delegation arrived in Pyongyang",),
        (),
        (
            "N. Korea hosts Chinese trade delegation",
            "Posted March 5, 2024",
            "A Chinese trade delegation arrived in Pyongyang on Tuesday, Yonhap News Agency reported, citing the North's state media.",
        ),
    ),
    # 'By Agencies': a desk, not an outlet.
    "agencies_desk": Probe(
        "North Korea, Belarus sign cooperation plan",
        None,
        "2024-03-05",
        None,
        ("North Korea and Belarus signed a cooperation plan",),
        (),
        (
            "North Korea, Belarus sign cooperation plan",
            "By Agencies",
            "Published: 05 March 2024",
            "North Korea and Belarus signed a cooperation plan during talks in Pyongyang on Tuesday, state media said.",
        ),
    ),
    # Caption and 'Photo: AFP' credit, then 'By AFP' crediting the story.
    "photo_byline_agency": Probe(
        "North Korea and Russia open new border bridge talks",
        "AFP",
        "2024-03-05",
        None,
        ("North Korea and Russia opened talks on a new road bridge",),
        (),
        (
            "North Korea and Russia open new border bridge talks",
            "A view of the border river between the two countries.",
            "Photo: AFP",
            "By AFP",
            "March 5, 2024",
            "North Korea and Russia opened talks on a new road bridge across their border river on Tuesday, Russian officials said.",
        ),
    ),
    # Date bar before the headline on its line: 'March 5, 2024 | Headline'.
    "date_bar_headline": Probe(
        "North Korea and China hold talks on tourism",
        None,
        "2024-03-05",
        None,
        ("North Korean and Chinese tourism officials held talks",),
        (),
        (
            "March 5, 2024 | North Korea and China hold talks on tourism",
            "North Korean and Chinese tourism officials held talks in Pyongyang on Tuesday on reopening tours, state media said.",
        ),
    ),
    # Page title with the site's name, a menu, then the headline itself and its stamp.
    "doubled_with_suffix": Probe(
        "Seoul, Washington hold talks on North Korean cyber threats",
        None,
        "2024-03-05",
        None,
        ("South Korea and the United States held talks on North Korean cyber threats",),
        (),
        (
            "Seoul, Washington hold talks on North Korean cyber threats | The Korea Herald",
            "Home",
            "National",
            "Diplomacy",
            "Seoul, Washington hold talks on North Korean cyber threats",
            "Published : March 5, 2024 - 14:22",
            "South Korea and the United States held talks on North Korean cyber threats in Seoul on Tuesday, the foreign ministry said.",
        ),
    ),
    # Aggregator copy with the provider's name 'Reuters' over the headline (a provider label, not the site's masthead).
    "yahoo_provider_label": Probe(
        "North Korea's Choe meets Lavrov in Moscow",
        "Reuters",
        "2024-03-05",
        None,
        ("North Korean Foreign Minister Choe Son Hui met",),
        (),
        (
            "Reuters",
            "North Korea's Choe meets Lavrov in Moscow",
            "Jane Doe",
            "Tue, March 5, 2024 at 2:22 AM PST",
            "2 min read",
            "North Korean Foreign Minister Choe Son Hui met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday, the Russian ministry said.",
        ),
    ),
    # Japanese broadcaster: masthead 'NHK WORLD-JAPAN News' over the section, the only credit; video widget, 'JST' stamp.
    "nhk": Probe(
        "Japan, North Korea officials reportedly met in Southeast Asia",
        "NHK WORLD-JAPAN News",
        "2024-03-05",
        None,
        ("Japanese government officials reportedly met North Korean officials",),
        ("Watch video 1:32",),
        (
            "NHK WORLD-JAPAN News",
            "Japan",
            "Japan, North Korea officials reportedly met in Southeast Asia",
            "Watch video 1:32",
            "March 5, 2024 14:22 JST",
            "Japanese government officials reportedly met North Korean officials in Southeast Asia last month to discuss the abduction issue.",
        ),
    ),
    # News-app copy: agency name under the headline, relative time and a date line.
    "google_news_copy": Probe(
        "N. Korea's Choe, Russian envoy discuss cooperation",
        "Yonhap News Agency",
        "2024-03-05",
        None,
        ("North Korea's Foreign Minister Choe Son Hui held talks",),
        (),
        (
            "N. Korea's Choe, Russian envoy discuss cooperation",
            "Yonhap News Agency",
            "3 hours ago",
            "Tue, Mar 5, 2024",
            "North Korea's Foreign Minister Choe Son Hui held talks with Russia's ambassador in Pyongyang, state media said Tuesday.",
        ),
    ),
    # Korean paper: the paper's name printed under the headline as the credit line.
    "joongang_credit_line": Probe(
        "Seoul to raise abduction issue with Pyongyang at UN",
        "Korea JoongAng Daily",
        "2024-03-05",
        None,
        ("The South Korean government will raise the issue of abductees",),
        (),
        (
            "Seoul to raise abduction issue with Pyongyang at UN",
            "Korea JoongAng Daily",
            "Published: 05 Mar. 2024, 17:22",
            "The South Korean government will raise the issue of abductees held in the North at the UN Human Rights Council, officials said.",
        ),
    ),
    # Korean paper: 'Posted March. 05, 2024 07:24,' with a dotted month and a trailing comma.
    "donga_posted": Probe(
        "Seoul, Beijing agree to strengthen communication on North Korea",
        None,
        "2024-03-05",
        None,
        ("South Korea and China agreed to strengthen strategic communication",),
        (),
        (
            "Seoul, Beijing agree to strengthen communication on North Korea",
            "Posted March. 05, 2024 07:24,",
            "Updated March. 05, 2024 07:24",
            "South Korea and China agreed to strengthen strategic communication on North Korea during talks in Beijing on Monday.",
        ),
    ),
    # Korean paper: 'Updated 2024.03.05 14:22' dotted stamp.
    "chosun_dotted_updated": Probe(
        "N.Korea Sends Delegation to Laos",
        None,
        "2024-03-05",
        None,
        ("North Korea sent a delegation to Laos",),
        (),
        (
            "N.Korea Sends Delegation to Laos",
            "Updated 2024.03.05 14:22",
            "North Korea sent a delegation to Laos on Monday for talks on economic cooperation, the North's state media said.",
        ),
    ),
    # Xinhua header with fields split by double spaces, not bars.
    "xinhua_header_unbarred": Probe(
        "DPRK top legislator meets Lao delegation",
        "Xinhua",
        "2024-03-05",
        "Pyongyang",
        ("The DPRK's top legislator met a visiting Lao delegation",),
        (),
        (
            "DPRK top legislator meets Lao delegation",
            "Source: Xinhua  Editor: huaxia  2024-03-05 21:12:05",
            "PYONGYANG, March 5 (Xinhua) -- The DPRK's top legislator met a visiting Lao delegation in Pyongyang on Tuesday, the official KCNA reported.",
        ),
    ),
    # Korean broadcaster: 'Write:' stamp, 'Photo : KCNA/Yonhap' photo credit (no story credit).
    "kbs_kcna_yonhap_photo": Probe(
        "Kim Jong Un Inspects Artillery Drill",
        None,
        "2024-03-05",
        None,
        ("North Korean leader Kim Jong-un inspected an artillery drill",),
        (),
        (
            "Kim Jong Un Inspects Artillery Drill",
            "Write: 2024-03-05 09:12:45",
            "Photo : KCNA/Yonhap",
            "North Korean leader Kim Jong-un inspected an artillery drill near the western border, the North's state media reported Tuesday.",
        ),
    ),
    # Indian syndication: 'Moscow [Russia], March 5 (ANI):' dateline and the feed, views, app and video-channel notices after it.
    "syndicated_disclaimers": Probe(
        "North Korea, Russia discuss trade ties",
        "ANI",
        None,
        "Moscow",
        ("Officials of North Korea and Russia discussed trade ties",),
        (
            "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
            "This story has been published from a wire agency feed without modifications to the text.",
            "Disclaimer: The views expressed are the author's own.",
            "Download the app to read more stories.",
            "Subscribe to our YouTube channel",
        ),
        (
            "North Korea, Russia discuss trade ties",
            "Moscow [Russia], March 5 (ANI): Officials of North Korea and Russia discussed trade ties at a meeting in Moscow on Tuesday, the ministry said.",
            "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
            "This story has been published from a wire agency feed without modifications to the text.",
            "Disclaimer: The views expressed are the author's own.",
            "Download the app to read more stories.",
            "Subscribe to our YouTube channel",
        ),
    ),
    # Ad, enlarge, error-report, topics, more-from and comment-loading widgets inside and after a two-paragraph story.
    "inline_widgets": Probe(
        "Seoul and Tokyo envoys meet on North Korea",
        None,
        "2024-03-05",
        None,
        (
            "The nuclear envoys of South Korea and Japan met in Seoul",
            "the ministry said.",
        ),
        (
            "Advertisement - scroll to continue",
            "Click to enlarge",
            "Loading comments...",
            "Report an error",
            "Topics: North Korea, Japan, South Korea",
            "More from Politics",
        ),
        (
            "Seoul and Tokyo envoys meet on North Korea",
            "March 5, 2024",
            "The nuclear envoys of South Korea and Japan met in Seoul on Tuesday to discuss North Korea's missile launches.",
            "Advertisement - scroll to continue",
            "Click to enlarge",
            "They agreed to work closely with the United States, the ministry said.",
            "Report an error",
            "Topics: North Korea, Japan, South Korea",
            "More from Politics",
            "Loading comments...",
        ),
    ),
}


def _folded(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split()).casefold()


@pytest.mark.parametrize("name", list(PROBES))
def test_article_fields_on_probe_pages(name: str) -> None:
    probe = PROBES[name]
    article = dprk_diplomacy.parse("\n".join(probe.lines))
    published = article.published.isoformat() if article.published else None
    assert _folded(article.title) == _folded(probe.title)
    assert _folded(article.source) == _folded(probe.source)
    assert published == probe.published
    assert _folded(article.dateline) == _folded(probe.dateline)
    for fragment in probe.includes:
        assert fragment in article.body
    for line in probe.excludes:
        assert line not in article.body


def test_probe_pages_are_not_copied_twice() -> None:
    # Each page probes its own layout: no two pages share a headline.
    titles = [probe.title for probe in PROBES.values() if probe.title]
    assert len(titles) == len(set(titles))
    assert all(re.fullmatch(r"[a-z0-9_]+", name) for name in PROBES)


# --------------------------------------------------------------------------- one rule each

STORY = "Envoys of the two sides met in Hanoi on Thursday to prepare a summit, officials said."


def _field(lines: tuple[str, ...], field: str) -> object:
    article = dprk_diplomacy.parse("\n".join(lines))
    value = getattr(article, field)
    return value.isoformat() if hasattr(value, "isoformat") else value


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        # the headline stands over its byline and date; a caption under them is none
        (
            (
                "Envoys meet in Hanoi",
                "By Jane Roe",
                "May 2, 2024",
                "Photo/Illustration Delegates arrive in Hanoi on May 2 (Jane Roe)",
                STORY,
            ),
            "title",
            "Envoys meet in Hanoi",
        ),
        # a byline without "By" naming where it was filed
        (
            (
                "Envoys meet in Hanoi",
                "The two sides prepare a second summit between their leaders",
                "Jane Roe in Hanoi",
                "Thu 2 May 2024 09.12 GMT",
                STORY,
            ),
            "title",
            "Envoys meet in Hanoi",
        ),
        # a slogan over the headline is no headline over a standfirst
        (
            (
                "Truth Matters Most Of All",
                "Envoys of the two sides meet in Hanoi",
                "By Jane Roe",
                STORY,
            ),
            "title",
            "Envoys of the two sides meet in Hanoi",
        ),
        # a short deck under a sentence-case headline
        (
            (
                "Envoys of the two sides meet in Hanoi",
                "The meeting took place at the guest house",
                "Jane Roe",
                "May 2, 2024",
                STORY,
            ),
            "title",
            "Envoys of the two sides meet in Hanoi",
        ),
        # breadcrumbs with doubled separators
        (
            ("Home >> WORLD >> ASIA", "Envoys meet in Hanoi", "By Jane Roe", STORY),
            "title",
            "Envoys meet in Hanoi",
        ),
        # a line ending in a colon is a lead-in
        (
            (
                "Envoys meet in Hanoi",
                "May 2, 2024",
                "The following was released by the ministry:",
                STORY,
            ),
            "title",
            "Envoys meet in Hanoi",
        ),
        # a shouted label over the date block
        (
            ("Envoys meet in Hanoi", "PRESS STATEMENT", "May 2, 2024", STORY),
            "title",
            "Envoys meet in Hanoi",
        ),
        (
            ("MEDIA NOTE", "May 2, 2024", "Envoys meet in Hanoi", STORY),
            "title",
            "Envoys meet in Hanoi",
        ),
        # a caption printed under a bare photo credit
        (
            (
                "Envoys meet in Hanoi",
                "May 2, 2024",
                "AFP via Getty Images",
                "Delegates arrive at the guest house in Hanoi",
                STORY,
            ),
            "title",
            "Envoys meet in Hanoi",
        ),
        # a person's name over the date is no outlet
        (("Envoys meet in Hanoi", "Jane Roe", "May 2, 2024", STORY), "source", None),
        # a site's masthead over the headline credits the story only when nothing else does
        (
            ("The Korea Herald", "Envoys meet in Hanoi", "May 2, 2024", STORY),
            "source",
            "The Korea Herald",
        ),
        (("The Korea Herald", "Envoys meet in Hanoi", "By Yonhap", STORY), "source", "Yonhap"),
        # a wire agency over the headline is an aggregator's provider label: it credits
        (("Reuters", "Envoys meet in Hanoi", "May 2, 2024", STORY), "source", "Reuters"),
        (
            ("Envoys meet in Hanoi", "Yonhap News Agency", "May 2, 2024", STORY),
            "source",
            "Yonhap News Agency",
        ),
        # slashed agency credit in the dateline
        (("Envoys meet", "HANOI, May 2. /TASS/. " + STORY), "source", "TASS"),
        (("Envoys meet", "HANOI, May 2. /TASS/. " + STORY), "dateline", "Hanoi"),
        # unbracketed agencies after the dateline place
        (("Envoys meet", "Hanoi, Vietnam CNN — " + STORY), "source", "CNN"),
        (("Envoys meet", "Hanoi, IRNA -- " + STORY), "source", "IRNA"),
        (("Envoys meet", "HÀ NỘI — " + STORY), "dateline", "Hà Nội"),
        # closing credits: after a dash, after the full stop, with the editors' initials
        (("Envoys meet", STORY[:-1] + ". -Bernama"), "source", "Bernama"),
        (("Envoys meet", STORY + " (Yonhap)"), "source", "Yonhap"),
        (("Envoys meet", STORY, "ab/cd (AP, dpa)"), "source", "AP, dpa"),
        (("Envoys meet", STORY, "Source(s): Xinhua"), "source", "Xinhua"),
        # credit labels, web addresses and dated credit lines
        (("Envoys meet", "WRITER: AFP", STORY), "source", "AFP"),
        (
            ("Envoys meet", "By Jane Roe | globaltimes.cn | Updated: 2024-05-02", STORY),
            "source",
            "globaltimes.cn",
        ),
        (("Envoys meet", "May 2, 2024 (Kyodo News)", "HANOI -- " + STORY), "source", "Kyodo News"),
        (("Envoys meet", "May 2, 2024 (Kyodo News)", "HANOI -- " + STORY), "dateline", "Hanoi"),
        # dates: hyphenated month names, dotted clocks, glued clocks, widgets
        (("Envoys meet", "Updated 22:14, 02-May-2024", STORY), "published", "2024-05-02"),
        (("Envoys meet", "Thu 2 May 2024 09.12 GMT", STORY), "published", "2024-05-02"),
        (
            ("Envoys meet", "By Jane Roe", "May 2, 20245:22 AM GMT+9", STORY),
            "published",
            "2024-05-02",
        ),
        (
            ("Friday, May 10, 2024", "Envoys meet in Hanoi", "Updated 3 hours ago", STORY),
            "published",
            None,
        ),
        (
            ("Friday, May 10, 2024", "Envoys meet in Hanoi", "May 2, 2024", STORY),
            "published",
            "2024-05-02",
        ),
        # a full-stop standfirst over the byline and date does not open the story
        (
            (
                "Envoys meet in Hanoi",
                "The two sides prepare for a second summit later this year.",
                "By Jane Roe",
                "May 2, 2024",
                STORY,
            ),
            "published",
            "2024-05-02",
        ),
    ],
)
def test_layout_rule(lines: tuple[str, ...], field: str, expected: object) -> None:
    assert _field(lines, field) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By subscribing, you can help us keep reporting.",
        "Please direct questions or comments to [desk@example.com]",
        "Get the latest news from Example Daily",
        "You can share this story on social media:",
        "Share full article",
        "Why you can trust Example Daily",
        "This article is more than 2 years old",
        "Copyright 2001 - 2024. All rights reserved. No part may be reproduced.",
        "Web editor: Jane Roe, John Roe",
        "Edited by John Roe",
        "Thread starter newsfan",
        "Join Example's Telegram channel and get the latest news.",
        "Jane Roe is a researcher in Seoul. Her views are her own.",
    ],
)
def test_chrome_lines_leave_the_body(line: str) -> None:
    article = dprk_diplomacy.parse("\n".join(("Envoys meet in Hanoi", STORY, line)))
    assert STORY in article.body
    assert line not in article.body


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        # a print edition's page number beside the date
        (("Mon, May 06, 2024 - Page 5", "Envoys meet in Hanoi", STORY), "published", "2024-05-06"),
        # a place alone between the byline and the date is the dateline
        (
            ("Envoys meet in Hanoi", "By Jane Roe", "Hanoi", "02 May 2024", STORY),
            "dateline",
            "Hanoi",
        ),
        # a place alone in a menu is none
        (("Hanoi", "Seoul", "Tokyo", "Envoys meet in Hanoi", STORY), "dateline", None),
        # a wire agency's copyright line closes the story and credits it; a paper's does not
        (("Envoys meet in Hanoi", STORY, "© AFP"), "source", "AFP"),
        (("Envoys meet in Hanoi", STORY, "© 2024 The Daily Courier"), "source", None),
        # a byline without "By": "NAME, Outlet staff writer"
        (("Envoys meet in Hanoi", "JANE ROE, Nikkei staff writer", STORY), "source", "Nikkei"),
        (
            ("Envoys meet in Hanoi", "JANE ROE, Nikkei staff writer", STORY),
            "title",
            "Envoys meet in Hanoi",
        ),
        # a date with spaced separators is no headline
        (("Envoys meet in Hanoi", "02. 05. 2024", STORY), "title", "Envoys meet in Hanoi"),
        (("Envoys meet in Hanoi", "02. 05. 2024", STORY), "published", "2024-05-02"),
    ],
)
def test_layout_rule_on_older_pages(lines: tuple[str, ...], field: str, expected: object) -> None:
    assert _field(lines, field) == expected


def test_cookie_banner_buttons_leave_the_body() -> None:
    article = dprk_diplomacy.parse(
        "\n".join(("Envoys meet in Hanoi", STORY, "Accept all", STORY[:40] + "."))
    )
    assert "Accept all" not in article.body


def test_unlisted_site_name_after_the_headline_is_cut() -> None:
    lines = ("Envoys meet in Hanoi - The Riverside Gazette", "May 2, 2024", STORY)
    assert _field(lines, "title") == "Envoys meet in Hanoi"
    assert _field(lines, "source") is None


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        # a closing "City, date (Agency)" under a one-paragraph brief is no dateline
        (("Envoys meet in Hanoi", STORY, "Hanoi, May 2, 2024 (Yonhap)"), "dateline", None),
        (("Envoys meet in Hanoi", STORY, "Hanoi, May 2, 2024 (Yonhap)"), "source", "Yonhap"),
        # joint agency credits as printed; a slashed pair credits a photo
        (("Envoys meet in Hanoi", "AFP-JIJI", "May 2, 2024", STORY), "source", "AFP-JIJI"),
        (("Envoys meet in Hanoi", "Kyodo News/AP", STORY), "source", None),
        # "Name / Agency" is a byline, "News / World" a breadcrumb
        (("Envoys meet in Hanoi", "Jane Roe / Reuters", "May 2, 2024", STORY), "source", "Reuters"),
        (("News / World", "Envoys meet in Hanoi", "May 2, 2024", STORY), "source", None),
    ],
)
def test_credit_forms(lines: tuple[str, ...], field: str, expected: object) -> None:
    assert _field(lines, field) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a numbered list item is no headline
        (
            (
                "Most Read",
                "1. Stocks close higher on a chip rally in the region",
                "Envoys meet in Hanoi",
                STORY,
            ),
            "Envoys meet in Hanoi",
        ),
        # a breadcrumb ending in the headline is no headline
        (
            ("Home > Asia > Envoys meet in Hanoi again", "Envoys meet in Hanoi again", STORY),
            "Envoys meet in Hanoi again",
        ),
        # a title bar over a whole menu is not the headline over a standfirst
        (
            (
                "Envoys in Hanoi - The Eastern Daily",
                "Home",
                "World",
                "Asia",
                "Envoys of the two sides meet in Hanoi on Thursday",
                STORY,
            ),
            "Envoys of the two sides meet in Hanoi on Thursday",
        ),
    ],
)
def test_headline_choice(lines: tuple[str, ...], expected: str) -> None:
    assert _field(lines, "title") == expected


def test_dated_day_after_the_dateline_credit() -> None:
    lines = ("Envoys meet", "HANOI (Reuters) May 2, 2024 - " + STORY)
    assert (_field(lines, "published"), _field(lines, "dateline")) == ("2024-05-02", "Hanoi")


def test_date_bar_before_the_headline() -> None:
    lines = ("02.05.2024 | Envoys meet in Hanoi", STORY)
    assert (_field(lines, "title"), _field(lines, "published")) == (
        "Envoys meet in Hanoi",
        "2024-05-02",
    )


@pytest.mark.parametrize(
    "line",
    [
        "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
        "Disclaimer: Opinions expressed are the writer's.",
        "Advertisement - Scroll to continue",
        "Click to enlarge",
    ],
)
def test_syndication_and_widget_lines_leave_the_body(line: str) -> None:
    article = dprk_diplomacy.parse(
        "\n".join(("Envoys meet in Hanoi", STORY, line, STORY[:60] + "."))
    )
    assert line not in article.body
