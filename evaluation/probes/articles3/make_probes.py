"""Write the round-3 full-article probes (tNN tune, hNN held-out) and their gold from one table.

All gold was written before the parser was run on any of these texts. The articles
are my own wording; events are real or plausible, sentences are not copied."""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import E, M

OUT = Path(__file__).resolve().parent
ARTICLES = []
SIX = ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]


def add(
    name,
    *,
    head,
    lead,
    paras,
    tail=(),
    title,
    source,
    published,
    dateline,
    envoys,
    meetings,
    excludes=(),
    channels=(),
):
    """head: lines before the story (date header, menus, headline, byline); lead: dateline
    text glued to the first paragraph; tail: page clutter after the story."""
    ARTICLES.append(
        dict(
            name=name,
            head=head,
            lead=lead,
            paras=paras,
            tail=list(tail),
            title=title,
            source=source,
            published=published,
            dateline=dateline,
            envoys=envoys,
            meetings=meetings,
            excludes=list(excludes),
            channels=list(channels),
        )
    )


def first_frag(s):
    return " ".join(s.split()[:8])


def last_frag(paras):
    sents = re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", paras[-1])
    return " ".join(sents[-1].split()[:8]).strip('"')


# ---------------------------------------------------------------- tune part
add(
    "t01",
    head=[
        " date 2019-10-07",
        "Go to Contents Go to Navigation",
        "N. Korea walks out of working-level nuclear talks in Sweden",
        "By Kim Soo-yeon",
    ],
    lead="SEOUL, Oct. 7 (Yonhap) -- ",
    paras=[
        "North Korea's chief negotiator Kim Myong-gil said Saturday that working-level talks with the United States in the Swedish capital had broken down, blaming Washington for coming to the table empty-handed.",
        "The talks, held at a conference centre on the outskirts of the city, lasted about eight and a half hours on Saturday. Stephen Biegun, the U.S. special representative for North Korea, led the American delegation.",
        "The State Department said the U.S. side had accepted an invitation from Sweden to meet again in Stockholm in two weeks. Pyongyang rejected the offer on Sunday, calling it a stalling tactic.",
        "The Stockholm meeting was the first formal nuclear negotiation between the two countries since Kim Jong-un and President Donald Trump met briefly at the truce village of Panmunjom on June 30.",
        "North Korean First Vice Foreign Minister Choe Son-hui had announced on Tuesday that the two sides would hold preliminary contact on Friday, a day before the negotiations.",
    ],
    tail=[
        "(END)",
        "Related Articles",
        "N. Korea fires projectile off east coast",
        "Copyright (c) Yonhap News Agency",
    ],
    title="N. Korea walks out of working-level nuclear talks in Sweden",
    source="Yonhap",
    published="2019-10-07",
    dateline="Seoul",
    envoys=[
        E("Kim Myong-gil", "PRK", "chief negotiator"),
        E("Stephen Biegun", "USA", "U.S. special representative for North Korea"),
        E("Kim Jong-un", "PRK"),
        E("Donald Trump", "USA", "President"),
        E("Choe Son-hui", "PRK", "First Vice Foreign Minister"),
    ],
    meetings=[
        M(
            ["Kim Myong-gil", "Stephen Biegun"],
            ["PRK", "USA"],
            "Stockholm",
            "2019-10-05",
            "held",
            "talks",
        ),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "proposed", "talks"),
        M(
            ["Kim Jong-un", "Donald Trump"],
            ["PRK", "USA"],
            "Panmunjom",
            "2019-06-30",
            "held",
            "summit",
        ),
        M([], ["PRK", "USA"], None, "2019-10-04", "planned", "talks"),
    ],
    excludes=["Go to Contents Go to Navigation", "Copyright (c) Yonhap News Agency"],
)

add(
    "t02",
    head=[" date 2018-05-27", "Moon and Kim hold surprise second summit at border"],
    lead="SEOUL (Reuters) - ",
    paras=[
        "South Korean President Moon Jae-in and North Korean leader Kim Jong Un met on Saturday in the northern half of the demilitarised zone, Moon's office said on Sunday, in an unannounced summit aimed at rescuing the leaders' plans with Washington.",
        "The two-hour meeting took place at Tongilgak, a building on the North's side of the truce village of Panmunjom.",
        "It was their second meeting in a month, after the April 27 summit on the southern side of the village, where they signed a joint declaration.",
        "Moon said Kim had told him he remained committed to meeting U.S. President Donald Trump in Singapore on June 12, a summit that Trump now says could still take place as planned.",
        "The two Koreas also agreed to hold high-level talks on June 1 at the border village, Moon said.",
        '"We agreed that the summit between North Korea and the United States must be successful," Moon told reporters at the presidential Blue House.',
    ],
    tail=[
        "Reporting by Hyonhee Shin; Editing by Nick Macfie",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
    title="Moon and Kim hold surprise second summit at border",
    source="Reuters",
    published="2018-05-27",
    dateline="Seoul",
    envoys=[
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[
        M(
            ["Moon Jae-in", "Kim Jong Un"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-05-26",
            "held",
            "summit",
        ),
        M(
            ["Moon Jae-in", "Kim Jong Un"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-04-27",
            "held",
            "summit",
        ),
        M(
            ["Kim Jong Un", "Donald Trump"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "proposed",
            "summit",
        ),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-06-01", "planned", "talks"),
    ],
    excludes=["Our Standards: The Thomson Reuters Trust Principles."],
)

add(
    "t03",
    head=[" date 2023-09-14", "Kim Jong Un Holds Talks with President of Russian Federation"],
    lead="Pyongyang, September 14 (KCNA) -- ",
    paras=[
        "Kim Jong Un, general secretary of the Workers' Party of Korea, held talks with Vladimir Putin, president of the Russian Federation, at the Vostochny Cosmodrome on September 13.",
        "Kim Jong Un arrived at the station of the cosmodrome by his private train on the afternoon of the same day, after crossing the border the day before.",
        "The talks were attended by Choe Son Hui, minister of Foreign Affairs, and Sergei Lavrov, minister of Foreign Affairs of the Russian Federation.",
        "Kim Jong Un invited Putin to visit Pyongyang at a convenient time. Putin gladly accepted the invitation.",
        "The two leaders last met in Vladivostok in April 2019.",
    ],
    title="Kim Jong Un Holds Talks with President of Russian Federation",
    source="KCNA",
    published="2023-09-14",
    dateline="Pyongyang",
    envoys=[
        E("Kim Jong Un", "PRK", "general secretary of the Workers' Party of Korea"),
        E("Vladimir Putin", "RUS", "president of the Russian Federation"),
        E("Choe Son Hui", "PRK", "minister of Foreign Affairs"),
        E("Sergei Lavrov", "RUS", "minister of Foreign Affairs"),
    ],
    meetings=[
        M(
            ["Kim Jong Un", "Vladimir Putin", "Choe Son Hui", "Sergei Lavrov"],
            ["PRK", "RUS"],
            "Vostochny Cosmodrome",
            "2023-09-13",
            "held",
            "summit",
        ),
        M(
            ["Kim Jong Un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Pyongyang",
            None,
            "planned",
            "summit",
        ),
        M(
            ["Kim Jong Un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019-04",
            "held",
            "summit",
        ),
    ],
)

add(
    "t04",
    head=[
        " date 2024-03-28",
        "Subscribe to NK Pro",
        "Japanese and North Korean officials met secretly in Mongolia, sources say",
        "Jeongmin Kim",
        "March 28, 2024",
    ],
    lead="",
    paras=[
        "Japanese and North Korean officials held secret talks in the Mongolian capital earlier this month, according to two sources familiar with the matter, as Tokyo seeks a summit with Kim Jong Un.",
        "The contact took place in mid-March on the sidelines of an international conference, one source said, adding that a Japanese foreign ministry official met a counterpart from the North's embassy.",
        "Prime Minister Fumio Kishida told parliament on Monday that he wanted to meet Kim without preconditions and that it was important to hold a summit at an early date.",
        "Kim Yo Jong, the leader's sister, said in a statement on Tuesday that Pyongyang would reject any contact with Tokyo.",
        "The last summit between the two countries came in May 2004, when Prime Minister Junichiro Koizumi travelled to Pyongyang for talks with Kim Jong Il.",
    ],
    tail=[
        "Share this article",
        "Related: Kim Yo Jong rejects Kishida summit offer",
        "Want more? Get full access to NK Pro.",
    ],
    title="Japanese and North Korean officials met secretly in Mongolia, sources say",
    source=None,
    published="2024-03-28",
    dateline=None,
    envoys=[
        E("Fumio Kishida", "JPN", "Prime Minister"),
        E("Kim Jong Un", "PRK"),
        E("Kim Yo Jong", "PRK"),
        E("Junichiro Koizumi", "JPN", "Prime Minister"),
        E("Kim Jong Il", "PRK"),
    ],
    meetings=[
        M([], ["JPN", "PRK"], "Ulaanbaatar", "2024-03", "held", "talks"),
        M(["Fumio Kishida", "Kim Jong Un"], ["JPN", "PRK"], None, None, "proposed", "summit"),
        M(
            ["Junichiro Koizumi", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2004-05",
            "held",
            "summit",
        ),
    ],
    excludes=["Want more? Get full access to NK Pro.", "Subscribe to NK Pro"],
)

add(
    "t05",
    head=[" date 2005-09-19", "North Korea agrees to give up nuclear programs"],
    lead="BEIJING (AP) — ",
    paras=[
        "North Korea pledged Monday to abandon all its nuclear weapons and existing programs in a joint statement issued at the end of six-nation talks in the Chinese capital, a first step toward ending a three-year standoff.",
        "The round, which resumed last Tuesday after a five-week recess, nearly collapsed over the North's demand for a light-water reactor. Chief U.S. envoy Christopher Hill called the agreement a win-win, and North Korea's delegation head, Vice Foreign Minister Kim Kye-gwan, called it a historic turn.",
        "The six nations agreed to meet again in Beijing in early November to discuss how to implement the deal.",
        "On the sidelines, Hill held a rare one-on-one meeting with Kim on Saturday at the North Korean Embassy.",
        "In Seoul, the Unification Ministry said Unification Minister Chung Dong-young is to visit Pyongyang next week for ministerial talks.",
    ],
    tail=[
        "Associated Press writer Burt Herman contributed to this report.",
        "© 2005 The Associated Press. All rights reserved.",
    ],
    title="North Korea agrees to give up nuclear programs",
    source="AP",
    published="2005-09-19",
    dateline="Beijing",
    envoys=[
        E("Christopher Hill", "USA", "Chief U.S. envoy"),
        E("Kim Kye-gwan", "PRK", "Vice Foreign Minister"),
        E("Chung Dong-young", "KOR", "Unification Minister"),
    ],
    meetings=[
        M(["Christopher Hill", "Kim Kye-gwan"], SIX, "Beijing", "2005-09-13", "held", "talks"),
        M([], SIX, "Beijing", "2005-11", "planned", "talks"),
        M(
            ["Christopher Hill", "Kim Kye-gwan"],
            ["PRK", "USA"],
            "Beijing",
            "2005-09-17",
            "held",
            "talks",
        ),
        M(["Chung Dong-young"], ["KOR", "PRK"], "Pyongyang", "2005-09", "planned", "talks"),
    ],
    excludes=["© 2005 The Associated Press. All rights reserved."],
)

add(
    "t06",
    head=[
        "MOST POPULAR",
        "Two Koreas fail to agree on family reunions",
        "Published : Oct. 1, 2010 - 18:02",
        "By Song Sang-ho",
    ],
    lead="",
    paras=[
        "South and North Korean Red Cross officials failed on Friday to agree on the venue for reunions of separated families, after a day of talks in the North's border city of Kaesong.",
        "The South's delegation was led by Kim Yong-hyun, a senior Red Cross official, while Choe Song-ik headed the North's team.",
        "The two sides agreed to meet again at the same place on Oct. 13 to continue the discussion.",
        "The last round of reunions was held at the Mount Kumgang resort in October 2009.",
        "Seoul had earlier proposed military talks for the end of September, but Pyongyang did not respond.",
    ],
    tail=[
        "By Song Sang-ho (sshluck@heraldcorp.com)",
        "Copyright Herald Corporation. All Rights Reserved.",
    ],
    title="Two Koreas fail to agree on family reunions",
    source=None,
    published="2010-10-01",
    dateline=None,
    envoys=[E("Kim Yong-hyun", "KOR", "senior Red Cross official"), E("Choe Song-ik", "PRK")],
    meetings=[
        M(
            ["Kim Yong-hyun", "Choe Song-ik"],
            ["KOR", "PRK"],
            "Kaesong",
            "2010-10-01",
            "held",
            "talks",
        ),
        M([], ["KOR", "PRK"], "Kaesong", "2010-10-13", "planned", "talks"),
        M([], ["KOR", "PRK"], None, "2010-09", "proposed", "talks"),
    ],
    excludes=["Copyright Herald Corporation. All Rights Reserved.", "MOST POPULAR"],
)

add(
    "t07",
    head=[
        " date 2019-02-28",
        "Trump-Kim summit cut short without agreement",
        "By Laura Bicker",
        "BBC News",
    ],
    lead="",
    paras=[
        "The second summit between US President Donald Trump and North Korean leader Kim Jong-un has ended early in the Vietnamese capital without any deal being signed.",
        "The two leaders had dinner on Wednesday evening at the Metropole hotel before talks resumed on Thursday morning.",
        "Mr Trump told reporters that Mr Kim had wanted sanctions lifted in their entirety. He said he had no plans for a third summit but that Secretary of State Mike Pompeo would keep working with his counterpart Ri Yong-ho.",
        "The two leaders first met in Singapore last June, when they signed a vague statement on denuclearisation.",
        "Mr Kim travelled to Hanoi by train, a journey of more than 60 hours through China, and is due to stay in Vietnam until Saturday for an official visit, including talks with President Nguyen Phu Trong on Friday.",
    ],
    tail=[
        "Share this with",
        "Email",
        "Facebook",
        "Twitter",
        "More on this story",
        "Related Topics",
    ],
    title="Trump-Kim summit cut short without agreement",
    source="BBC News",
    published="2019-02-28",
    dateline=None,
    envoys=[
        E("Donald Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Ri Yong-ho", "PRK"),
        E("Nguyen Phu Trong", "VNM", "President"),
    ],
    meetings=[
        M(["Donald Trump", "Kim Jong-un"], ["PRK", "USA"], "Hanoi", "2019-02-27", "held", "summit"),
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06",
            "held",
            "summit",
        ),
        M(
            ["Kim Jong-un", "Nguyen Phu Trong"],
            ["PRK", "VNM"],
            "Hanoi",
            "2019-03-01",
            "planned",
            "summit",
        ),
    ],
    excludes=["More on this story", "Related Topics"],
)

add(
    "t08",
    head=[" date 2018-06-20", "Xi Jinping holds talks with Kim Jong Un"],
    lead="BEIJING, June 19 (Xinhua) -- ",
    paras=[
        "Xi Jinping, general secretary of the Communist Party of China Central Committee, held talks with Kim Jong Un, chairman of the Workers' Party of Korea, at the Great Hall of the People on Tuesday.",
        "Kim arrived in Beijing on Tuesday morning for a two-day visit, his third trip to China this year.",
        "Xi said the summit between the DPRK and the United States in Singapore last week had achieved positive results.",
        "The two leaders met in Dalian, a coastal city in Liaoning Province, in May, and in Beijing in late March.",
        "Kim also attended a banquet hosted by Xi and his wife Peng Liyuan.",
    ],
    tail=["Enditem"],
    title="Xi Jinping holds talks with Kim Jong Un",
    source="Xinhua",
    published="2018-06-20",
    dateline="Beijing",
    envoys=[
        E(
            "Xi Jinping",
            "CHN",
            "general secretary of the Communist Party of China Central Committee",
        ),
        E("Kim Jong Un", "PRK", "chairman of the Workers' Party of Korea"),
    ],
    meetings=[
        M(["Xi Jinping", "Kim Jong Un"], ["CHN", "PRK"], "Beijing", "2018-06-19", "held", "summit"),
        M([], ["PRK", "USA"], "Singapore", "2018-06", "held", "summit"),
        M(["Xi Jinping", "Kim Jong Un"], ["CHN", "PRK"], "Dalian", "2018-05", "held", "summit"),
        M(["Xi Jinping", "Kim Jong Un"], ["CHN", "PRK"], "Beijing", "2018-03", "held", "summit"),
    ],
)

add(
    "t09",
    head=[" date 2002-08-30", "Koizumi to visit Pyongyang for summit with Kim Jong Il"],
    lead="TOKYO (Kyodo) -- ",
    paras=[
        "Prime Minister Junichiro Koizumi will travel to Pyongyang on Sept. 17 for talks with North Korean leader Kim Jong Il, the first ever summit between the two countries, the government announced Friday.",
        "The visit was arranged after director-general-level talks between the two sides' foreign ministries in Pyongyang last weekend, Chief Cabinet Secretary Yasuo Fukuda told a news conference.",
        "Koizumi spoke by phone with U.S. President George W. Bush on Thursday night to brief him on the plan, Fukuda said.",
        "Foreign Minister Yoriko Kawaguchi is expected to meet her South Korean counterpart Choi Sung-hong in Seoul next week to coordinate policy.",
        "The two countries last held normalization talks in Kuala Lumpur in October 2000, but those talks broke down over the abduction issue.",
    ],
    tail=["Kyodo"],
    title="Koizumi to visit Pyongyang for summit with Kim Jong Il",
    source="Kyodo",
    published="2002-08-30",
    dateline="Tokyo",
    envoys=[
        E("Junichiro Koizumi", "JPN", "Prime Minister"),
        E("Kim Jong Il", "PRK", "leader"),
        E("Yasuo Fukuda", "JPN", "Chief Cabinet Secretary"),
        E("George W. Bush", "USA", "President"),
        E("Yoriko Kawaguchi", "JPN", "Foreign Minister"),
        E("Choi Sung-hong", "KOR"),
    ],
    meetings=[
        M(
            ["Junichiro Koizumi", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2002-09-17",
            "planned",
            "summit",
        ),
        M([], ["JPN", "PRK"], "Pyongyang", "2002-08", "held", "talks"),
        M(
            ["Junichiro Koizumi", "George W. Bush"],
            ["JPN", "USA"],
            None,
            "2002-08-29",
            "held",
            "call",
        ),
        M(
            ["Yoriko Kawaguchi", "Choi Sung-hong"],
            ["JPN", "KOR"],
            "Seoul",
            "2002-09",
            "planned",
            "talks",
        ),
        M([], ["JPN", "PRK"], "Kuala Lumpur", "2000-10", "held", "talks"),
    ],
)

add(
    "t10",
    head=[" date 2015-08-25", "Koreas reach deal to defuse tensions after marathon talks"],
    lead="SEOUL (AFP) - ",
    paras=[
        "North and South Korea reached an agreement early Tuesday to ease military tensions, ending marathon talks at the truce village of Panmunjom that began on Saturday evening.",
        "Seoul's national security adviser Kim Kwan-jin and Unification Minister Hong Yong-pyo sat across the table from Hwang Pyong-so, the top military aide to leader Kim Jong-Un, and Kim Yang-gon, a senior party secretary.",
        "Under the deal, the two sides will hold government talks in Seoul or Pyongyang at an early date and resume reunions of families separated by the war.",
        "Red Cross officials from the two sides will meet early next month to arrange the reunions, the agreement said.",
        "The last high-level meeting between the Koreas was held in February 2014, also at Panmunjom.",
    ],
    tail=["AFP", "Share on Facebook", "Share on Twitter"],
    title="Koreas reach deal to defuse tensions after marathon talks",
    source="AFP",
    published="2015-08-25",
    dateline="Seoul",
    envoys=[
        E("Kim Kwan-jin", "KOR", "national security adviser"),
        E("Hong Yong-pyo", "KOR", "Unification Minister"),
        E("Hwang Pyong-so", "PRK", "top military aide to leader Kim Jong-Un"),
        E("Kim Yang-gon", "PRK", "senior party secretary"),
        E("Kim Jong-Un", "PRK", "leader"),
    ],
    meetings=[
        M(
            ["Kim Kwan-jin", "Hong Yong-pyo", "Hwang Pyong-so", "Kim Yang-gon"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2015-08-22",
            "held",
            "talks",
        ),
        M([], ["KOR", "PRK"], None, None, "planned", "talks"),
        M([], ["KOR", "PRK"], None, "2015-09", "planned", "talks"),
        M([], ["KOR", "PRK"], "Panmunjom", "2014-02", "held", "talks"),
    ],
    excludes=["Share on Facebook"],
)

add(
    "t11",
    head=[
        " date 1994-06-19",
        "Carter Says North Korea Agrees to Freeze Nuclear Program",
        "By Michael R. Gordon",
        "The New York Times",
    ],
    lead="SEOUL, South Korea, June 18 — ",
    paras=[
        "Former President Jimmy Carter returned to the South Korean capital after three days in North Korea, saying that President Kim Il Sung had agreed to freeze his country's nuclear program while talks with the United States resumed.",
        "Mr. Carter crossed into the North at Panmunjom on Wednesday and held two rounds of talks with Mr. Kim in Pyongyang on Thursday and Friday.",
        "Mr. Kim also told Mr. Carter that he was ready to hold a summit with President Kim Young Sam of South Korea at any time and without conditions, and Kim Young Sam accepted the offer on Saturday.",
        "American and North Korean negotiators last met in Geneva in July 1993.",
        "A third round of those talks could begin next month, an Administration official said.",
    ],
    title="Carter Says North Korea Agrees to Freeze Nuclear Program",
    source="The New York Times",
    published="1994-06-19",
    dateline="Seoul",
    envoys=[
        E("Jimmy Carter", "USA", "Former President"),
        E("Kim Il Sung", "PRK", "President"),
        E("Kim Young Sam", "KOR", "President"),
    ],
    meetings=[
        M(
            ["Jimmy Carter", "Kim Il Sung"],
            ["PRK", "USA"],
            "Pyongyang",
            "1994-06-16",
            "held",
            "talks",
        ),
        M(["Kim Il Sung", "Kim Young Sam"], ["KOR", "PRK"], None, None, "planned", "summit"),
        M([], ["PRK", "USA"], "Geneva", "1993-07", "held", "talks"),
        M([], ["PRK", "USA"], None, "1994-07", "proposed", "talks"),
    ],
)

add(
    "t12",
    head=[
        " date 2018-09-19",
        "Moon and Kim sign military agreement on second day of Pyongyang summit",
        "Posted on : 2018-09-19 17:20 KST",
        "Pyongyang Joint Press Corps",
    ],
    lead="",
    paras=[
        "South Korean President Moon Jae-in and North Korean leader Kim Jong-un signed a comprehensive military agreement on Wednesday after talks at the Paekhwawon State Guesthouse, on the second day of Moon's visit to the North's capital.",
        "Moon arrived at Pyongyang's Sunan International Airport on Tuesday morning for the three-day visit.",
        "Kim agreed to visit Seoul in the near future, which the two sides said meant before the end of the year.",
        "The leaders also agreed to hold working-level talks in October at Panmunjom on connecting roads and railways.",
        "It is Moon's third summit with Kim this year, after the April 27 meeting at the truce village and a surprise encounter there on May 26.",
    ],
    tail=["Please direct questions or comments to [english@hani.co.kr]"],
    title="Moon and Kim sign military agreement on second day of Pyongyang summit",
    source=None,
    published="2018-09-19",
    dateline=None,
    envoys=[E("Moon Jae-in", "KOR", "President"), E("Kim Jong-un", "PRK", "leader")],
    meetings=[
        M(
            ["Moon Jae-in", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-09-19",
            "held",
            "summit",
        ),
        M(["Kim Jong-un"], ["KOR", "PRK"], "Seoul", "2018", "planned", "summit"),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-10", "planned", "talks"),
        M(
            ["Moon Jae-in", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-04-27",
            "held",
            "summit",
        ),
        M(
            ["Moon Jae-in", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-05-26",
            "held",
            "summit",
        ),
    ],
    excludes=["Please direct questions or comments to [english@hani.co.kr]"],
)

add(
    "t13",
    head=[" date 2019-04-23", "Kremlin confirms Putin-Kim summit in Vladivostok"],
    lead="MOSCOW, April 23. /TASS/. ",
    paras=[
        "Russian President Vladimir Putin and North Korean leader Kim Jong-un will hold talks in Vladivostok on April 25, Kremlin aide Yuri Ushakov told reporters on Tuesday.",
        "The talks will be held on the Russky Island campus of the Far Eastern Federal University, first one-on-one and then in an expanded format, Ushakov said. Kim is travelling to the Russian Far East by armoured train and is expected to cross the border on Wednesday.",
        "Foreign Minister Sergei Lavrov discussed preparations for the visit with Ri Yong-ho when he visited Pyongyang in May 2018, Ushakov recalled.",
        "After Vladivostok, Putin will travel to Beijing for a forum on China's Belt and Road Initiative, where he is set to meet Chinese President Xi Jinping on Friday.",
        "The last Russia-North Korea summit took place in August 2011, when Dmitry Medvedev met Kim Jong-il at a military garrison near Ulan-Ude.",
    ],
    title="Kremlin confirms Putin-Kim summit in Vladivostok",
    source="TASS",
    published="2019-04-23",
    dateline="Moscow",
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Yuri Ushakov", "RUS", "Kremlin aide"),
        E("Sergei Lavrov", "RUS", "Foreign Minister"),
        E("Ri Yong-ho", "PRK"),
        E("Xi Jinping", "CHN", "President"),
        E("Dmitry Medvedev", "RUS"),
        E("Kim Jong-il", "PRK"),
    ],
    meetings=[
        M(
            ["Vladimir Putin", "Kim Jong-un"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019-04-25",
            "planned",
            "summit",
        ),
        M(["Sergei Lavrov", "Ri Yong-ho"], ["PRK", "RUS"], "Pyongyang", "2018-05", "held", "talks"),
        M(
            ["Vladimir Putin", "Xi Jinping"],
            ["CHN", "RUS"],
            "Beijing",
            "2019-04-26",
            "planned",
            "summit",
        ),
        M(
            ["Dmitry Medvedev", "Kim Jong-il"],
            ["PRK", "RUS"],
            "Ulan-Ude",
            "2011-08",
            "held",
            "summit",
        ),
    ],
)

add(
    "t14",
    head=[
        " date 2017-09-04",
        "NHK WORLD",
        "Abe and Trump agree by phone to step up pressure on North Korea",
    ],
    lead="",
    paras=[
        "Prime Minister Shinzo Abe and US President Donald Trump agreed in a phone conversation on Sunday night to further increase pressure on North Korea following its sixth nuclear test.",
        "Abe is scheduled to visit Vladivostok on Wednesday and Thursday to attend the Eastern Economic Forum, where he will hold talks with Russian President Vladimir Putin on Thursday.",
        "Foreign Minister Taro Kono also spoke by telephone with South Korean Foreign Minister Kang Kyung-wha on Monday morning.",
        "Kono plans to meet Chinese Foreign Minister Wang Yi on the sidelines of the UN General Assembly in New York later this month.",
    ],
    tail=["Share", "Back to Top"],
    title="Abe and Trump agree by phone to step up pressure on North Korea",
    source=None,
    published="2017-09-04",
    dateline=None,
    envoys=[
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E("Donald Trump", "USA", "President"),
        E("Vladimir Putin", "RUS", "President"),
        E("Taro Kono", "JPN", "Foreign Minister"),
        E("Kang Kyung-wha", "KOR", "Foreign Minister"),
        E("Wang Yi", "CHN", "Foreign Minister"),
    ],
    meetings=[
        M(["Shinzo Abe", "Donald Trump"], ["JPN", "USA"], None, "2017-09-03", "held", "call"),
        M(
            ["Shinzo Abe", "Vladimir Putin"],
            ["JPN", "RUS"],
            "Vladivostok",
            "2017-09-07",
            "planned",
            "summit",
        ),
        M(["Taro Kono", "Kang Kyung-wha"], ["JPN", "KOR"], None, "2017-09-04", "held", "call"),
        M(["Taro Kono", "Wang Yi"], ["CHN", "JPN"], "New York", "2017-09", "planned", "talks"),
    ],
    excludes=["Back to Top"],
)

add(
    "t15",
    head=[
        " date 2019-06-18",
        "Topic | North Korea",
        "Xi Jinping to make first state visit to North Korea",
        "Catherine Wong",
        "South China Morning Post",
    ],
    lead="",
    paras=[
        "Chinese President Xi Jinping will pay a two-day state visit to North Korea starting on Thursday, the first by a Chinese leader in 14 years, state media announced on Monday.",
        "Xi will hold talks with Kim Jong-un in Pyongyang during the trip, Xinhua said.",
        "The last Chinese president to visit was Hu Jintao, who travelled to Pyongyang in October 2005.",
        "Kim last visited China in January, when he met Xi in Beijing on his 35th birthday.",
        "Xi is also expected to meet US President Donald Trump at the G20 summit in Osaka, Japan, next week.",
    ],
    tail=["Advertisement", "Why you can trust SCMP"],
    title="Xi Jinping to make first state visit to North Korea",
    source="South China Morning Post",
    published="2019-06-18",
    dateline=None,
    envoys=[
        E("Xi Jinping", "CHN", "President"),
        E("Kim Jong-un", "PRK"),
        E("Hu Jintao", "CHN"),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[
        M(
            ["Xi Jinping", "Kim Jong-un"],
            ["CHN", "PRK"],
            "Pyongyang",
            "2019-06-20",
            "planned",
            "summit",
        ),
        M(["Hu Jintao"], ["CHN", "PRK"], "Pyongyang", "2005-10", "held", "summit"),
        M(["Kim Jong-un", "Xi Jinping"], ["CHN", "PRK"], "Beijing", "2019-01", "held", "summit"),
        M(["Xi Jinping", "Donald Trump"], ["CHN", "USA"], "Osaka", "2019-06", "planned", "summit"),
    ],
    excludes=["Why you can trust SCMP"],
)

add(
    "t16",
    head=[
        " date 2023-11-27",
        "Park hosts Chinese, Japanese counterparts in Busan",
        "BY PARK EUN-JEE [park.eunjee@joongang.co.kr]",
    ],
    lead="",
    paras=[
        "Foreign Minister Park Jin hosted his Chinese and Japanese counterparts in Busan on Sunday for the first trilateral foreign ministers' meeting in four years.",
        "Chinese Foreign Minister Wang Yi and Japanese Foreign Minister Yoko Kamikawa arrived in the southeastern port city on Saturday.",
        "Park held separate bilateral talks with Wang and Kamikawa before the three-way session.",
        "The last summit of the three countries' leaders was held in Chengdu, China, in December 2019.",
        "Kamikawa and Wang had also met on the sidelines of the APEC gathering in San Francisco earlier this month.",
    ],
    tail=["Related Article", "Korea, Japan foreign ministers discuss shuttle diplomacy"],
    title="Park hosts Chinese, Japanese counterparts in Busan",
    source=None,
    published="2023-11-27",
    dateline=None,
    envoys=[
        E("Park Jin", "KOR", "Foreign Minister"),
        E("Wang Yi", "CHN", "Foreign Minister"),
        E("Yoko Kamikawa", "JPN", "Foreign Minister"),
    ],
    meetings=[
        M(
            ["Park Jin", "Wang Yi", "Yoko Kamikawa"],
            ["CHN", "JPN", "KOR"],
            "Busan",
            "2023-11-26",
            "held",
            "talks",
        ),
        M(["Park Jin", "Wang Yi"], ["CHN", "KOR"], "Busan", "2023-11-26", "held", "talks"),
        M(["Park Jin", "Yoko Kamikawa"], ["JPN", "KOR"], "Busan", "2023-11-26", "held", "talks"),
        M([], ["CHN", "JPN", "KOR"], "Chengdu", "2019-12", "held", "summit"),
        M(
            ["Yoko Kamikawa", "Wang Yi"],
            ["CHN", "JPN"],
            "San Francisco",
            "2023-11",
            "held",
            "talks",
        ),
    ],
)

# ---------------------------------------------------------------- held-out part
add(
    "h01",
    head=[" date 2018-03-06", "S. Korean envoys return from Pyongyang after meeting Kim Jong-un"],
    lead="SEOUL, March 6 (Yonhap) -- ",
    paras=[
        "South Korea's special envoys returned home on Tuesday after a two-day trip to Pyongyang, during which they held talks and dinner with North Korean leader Kim Jong-un.",
        "The five-member delegation, led by national security adviser Chung Eui-yong and spy chief Suh Hoon, met Kim at the ruling party's headquarters on Monday evening.",
        "The two Koreas agreed to hold a summit at the end of April at the Peace House on the southern side of the truce village of Panmunjom, Chung said.",
        "Chung and Suh will travel to Washington later this week to brief U.S. officials on the results.",
        "Suh will then visit Tokyo, and Chung will fly to Beijing.",
    ],
    tail=["(END)"],
    title="S. Korean envoys return from Pyongyang after meeting Kim Jong-un",
    source="Yonhap",
    published="2018-03-06",
    dateline="Seoul",
    envoys=[
        E("Chung Eui-yong", "KOR", "national security adviser"),
        E("Suh Hoon", "KOR", "spy chief"),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    meetings=[
        M(
            ["Chung Eui-yong", "Suh Hoon", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-03-05",
            "held",
            "talks",
        ),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-04", "planned", "summit"),
        M(
            ["Chung Eui-yong", "Suh Hoon"],
            ["KOR", "USA"],
            "Washington",
            "2018-03",
            "planned",
            "talks",
        ),
        M(["Suh Hoon"], ["JPN", "KOR"], "Tokyo", None, "planned", "talks"),
        M(["Chung Eui-yong"], ["CHN", "KOR"], "Beijing", None, "planned", "talks"),
    ],
)

add(
    "h02",
    head=[" date 2019-06-30", "Trump steps into North Korea, meets Kim at DMZ"],
    lead="PANMUNJOM, Korea (Reuters) - ",
    paras=[
        "Donald Trump became the first sitting U.S. president to set foot in North Korea on Sunday, shaking hands with leader Kim Jong Un in the demilitarized zone before the two held talks in a building on the South Korean side.",
        "The meeting at the truce village lasted almost an hour, far longer than expected. South Korean President Moon Jae-in accompanied Trump to the border but did not take part in the talks.",
        "Trump said the two sides would set up teams to resume working-level negotiations within two or three weeks.",
        "Earlier on Sunday, Trump and Moon held a summit in Seoul, where they discussed ways to revive the stalled diplomacy.",
        "The meeting came four months after Trump and Kim's summit in the Vietnamese capital collapsed.",
    ],
    tail=[
        "Reporting by Jeff Mason; Editing by Lincoln Feast",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
    title="Trump steps into North Korea, meets Kim at DMZ",
    source="Reuters",
    published="2019-06-30",
    dateline="Panmunjom",
    envoys=[
        E("Donald Trump", "USA", "president"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Moon Jae-in", "KOR", "President"),
    ],
    meetings=[
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Panmunjom",
            "2019-06-30",
            "held",
            "summit",
        ),
        M([], ["PRK", "USA"], None, "2019-07", "planned", "talks"),
        M(["Donald Trump", "Moon Jae-in"], ["KOR", "USA"], "Seoul", "2019-06-30", "held", "summit"),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
    ],
    excludes=["Our Standards: The Thomson Reuters Trust Principles."],
)

add(
    "h03",
    head=[
        " date 2014-05-30",
        "Japan, N. Korea agree on reinvestigation of abductions after Stockholm talks",
    ],
    lead="TOKYO (Kyodo) -- ",
    paras=[
        "North Korea has agreed to reopen its investigation into the abductions of Japanese nationals, Prime Minister Shinzo Abe said Thursday, following three days of talks in the Swedish capital that ended Wednesday.",
        "Junichi Ihara, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, led the Japanese side, while the North was represented by Song Il-ho, its ambassador for normalization talks with Japan.",
        "The two sides last met in Beijing in March, when they held their first government-level talks in more than a year.",
        "Abe said Japan would lift some of its sanctions once the North sets up a special investigation committee.",
        "Foreign Minister Fumio Kishida is set to visit Seoul on June 11 for talks with Yun Byung-se.",
    ],
    title="Japan, N. Korea agree on reinvestigation of abductions after Stockholm talks",
    source="Kyodo",
    published="2014-05-30",
    dateline="Tokyo",
    envoys=[
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E(
            "Junichi Ihara",
            "JPN",
            "director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Song Il-ho", "PRK", "ambassador for normalization talks with Japan"),
        E("Fumio Kishida", "JPN", "Foreign Minister"),
        E("Yun Byung-se", "KOR"),
    ],
    meetings=[
        M(
            ["Junichi Ihara", "Song Il-ho"],
            ["JPN", "PRK"],
            "Stockholm",
            "2014-05-26",
            "held",
            "talks",
        ),
        M([], ["JPN", "PRK"], "Beijing", "2014-03", "held", "talks"),
        M(
            ["Fumio Kishida", "Yun Byung-se"],
            ["JPN", "KOR"],
            "Seoul",
            "2014-06-11",
            "planned",
            "talks",
        ),
    ],
)

add(
    "h04",
    head=[
        " date 2000-06-10",
        "South Korean president's historic trip to Pyongyang delayed by a day",
    ],
    lead="SEOUL, June 10 (AFP) - ",
    paras=[
        "South Korean President Kim Dae-jung's historic trip to Pyongyang for a summit with North Korean leader Kim Jong-il has been postponed by one day at the North's request, Seoul said on Saturday.",
        "The summit, originally set to start on Monday, will now begin on Tuesday. Kim Dae-jung will fly to the North's capital and stay for three days.",
        "Officials of the two Koreas held a final preparatory meeting at the border village of Panmunjom on Friday to settle security and protocol details.",
        "The summit was agreed in secret talks between envoys in Beijing in April.",
        "US Secretary of State Madeleine Albright plans to visit Seoul after the summit to consult with Kim Dae-jung.",
    ],
    tail=["AFP"],
    title="South Korean president's historic trip to Pyongyang delayed by a day",
    source="AFP",
    published="2000-06-10",
    dateline="Seoul",
    envoys=[
        E("Kim Dae-jung", "KOR", "President"),
        E("Kim Jong-il", "PRK", "leader"),
        E("Madeleine Albright", "USA", "Secretary of State"),
    ],
    meetings=[
        M(
            ["Kim Dae-jung", "Kim Jong-il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2000-06-13",
            "planned",
            "summit",
        ),
        M([], ["KOR", "PRK"], "Panmunjom", "2000-06-09", "held", "talks"),
        M([], ["KOR", "PRK"], "Beijing", "2000-04", "held", "talks"),
        M(
            ["Madeleine Albright", "Kim Dae-jung"],
            ["KOR", "USA"],
            "Seoul",
            None,
            "planned",
            "talks",
        ),
    ],
)

add(
    "h05",
    head=[
        " date 2022-05-21",
        "Yoon, Biden hold first summit in Seoul",
        "Written: 2022-05-21 16:40:12",
    ],
    lead="",
    paras=[
        "President Yoon Suk Yeol and U.S. President Joe Biden held their first summit at the presidential office in Seoul on Saturday, agreeing to expand joint military exercises.",
        "Biden arrived at Osan Air Base on Friday for a three-day visit, his first trip to Asia since taking office.",
        "Biden will fly to Tokyo on Sunday for talks with Prime Minister Fumio Kishida and a summit with the leaders of Japan, Australia and India on Tuesday.",
        "Yoon spoke by phone with Biden on March 10, the day after his election victory.",
    ],
    tail=["Menu Content", "Close"],
    title="Yoon, Biden hold first summit in Seoul",
    source=None,
    published="2022-05-21",
    dateline=None,
    envoys=[
        E("Yoon Suk Yeol", "KOR", "President"),
        E("Joe Biden", "USA", "President"),
        E("Fumio Kishida", "JPN", "Prime Minister"),
    ],
    meetings=[
        M(["Yoon Suk Yeol", "Joe Biden"], ["KOR", "USA"], "Seoul", "2022-05-21", "held", "summit"),
        M(
            ["Joe Biden", "Fumio Kishida"],
            ["JPN", "USA"],
            "Tokyo",
            "2022-05-22",
            "planned",
            "summit",
        ),
        M(["Joe Biden"], ["AUS", "IND", "JPN", "USA"], "Tokyo", "2022-05-24", "planned", "summit"),
        M(["Yoon Suk Yeol", "Joe Biden"], ["KOR", "USA"], None, "2022-03-10", "held", "call"),
    ],
    excludes=["Menu Content"],
)

add(
    "h06",
    head=[
        " date 2007-10-02",
        "South Korean president walks across border for summit",
        "Justin McCurry in Seoul",
        "The Guardian",
    ],
    lead="",
    paras=[
        "Roh Moo-hyun became the first South Korean president to walk across the heavily fortified border into North Korea today, on his way to a three-day summit with Kim Jong-il in Pyongyang.",
        "Kim greeted Roh at a welcoming ceremony in the North's capital, and the two held their first round of talks this afternoon.",
        "It is only the second summit between the two Koreas, after Kim Dae-jung met Kim Jong-il in the same city in June 2000.",
        "The summit had been due to take place in August but was postponed after floods devastated parts of the North.",
        "Meanwhile, the chief US envoy, Christopher Hill, said six-party talks that ended in Beijing on Sunday had produced an agreement on disabling the North's nuclear facilities.",
    ],
    tail=["Comments (12)", "Sign in or create your Guardian account to join the discussion."],
    title="South Korean president walks across border for summit",
    source="The Guardian",
    published="2007-10-02",
    dateline=None,
    envoys=[
        E("Roh Moo-hyun", "KOR", "president"),
        E("Kim Jong-il", "PRK"),
        E("Kim Dae-jung", "KOR"),
        E("Christopher Hill", "USA", "chief US envoy"),
    ],
    meetings=[
        M(
            ["Roh Moo-hyun", "Kim Jong-il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2007-10-02",
            "held",
            "summit",
        ),
        M(
            ["Kim Dae-jung", "Kim Jong-il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2000-06",
            "held",
            "summit",
        ),
        M(["Christopher Hill"], SIX, "Beijing", "2007-09-30", "held", "talks"),
    ],
    excludes=["Sign in or create your Guardian account to join the discussion."],
)

add(
    "h07",
    head=[" date 2003-08-27", "First round of six-party talks opens in Beijing"],
    lead="BEIJING, Aug. 27 (Xinhua) -- ",
    paras=[
        "The six-party talks on the nuclear issue of the Korean Peninsula opened Wednesday morning at the Diaoyutai State Guesthouse in Beijing.",
        "Heads of the delegations, including Chinese Vice Foreign Minister Wang Yi, DPRK Vice Foreign Minister Kim Yong-il and US Assistant Secretary of State James Kelly, delivered opening speeches.",
        "The talks, which will last until Friday, follow three-party talks held in Beijing in April among China, the DPRK and the United States.",
        "On Tuesday evening, Kelly and Kim met briefly at a welcoming reception hosted by the Chinese side.",
        "Chinese Foreign Minister Li Zhaoxing will meet the heads of all six delegations on Thursday.",
    ],
    tail=["Enditem"],
    title="First round of six-party talks opens in Beijing",
    source="Xinhua",
    published="2003-08-27",
    dateline="Beijing",
    envoys=[
        E("Wang Yi", "CHN", "Vice Foreign Minister"),
        E("Kim Yong-il", "PRK", "Vice Foreign Minister"),
        E("James Kelly", "USA", "Assistant Secretary of State"),
        E("Li Zhaoxing", "CHN", "Foreign Minister"),
    ],
    meetings=[
        M(["Wang Yi", "Kim Yong-il", "James Kelly"], SIX, "Beijing", "2003-08-27", "held", "talks"),
        M([], ["CHN", "PRK", "USA"], "Beijing", "2003-04", "held", "talks"),
        M(["James Kelly", "Kim Yong-il"], ["PRK", "USA"], "Beijing", "2003-08-26", "held", "talks"),
        M(["Li Zhaoxing"], SIX, "Beijing", "2003-08-28", "planned", "talks"),
    ],
)

add(
    "h08",
    head=[
        " date 2024-06-18",
        "Putin to arrive in Pyongyang for first visit in 24 years",
        "By Ji Da-gyum",
        "Published : June 18, 2024 - 15:02",
    ],
    lead="",
    paras=[
        "Russian President Vladimir Putin is travelling to North Korea for a two-day state visit starting Tuesday, the Kremlin said, his first trip to the country since July 2000.",
        "On that earlier visit Putin met Kim Jong-il in Pyongyang.",
        "Putin will hold talks with Kim Jong-un in Pyongyang on Wednesday, Kremlin aide Yuri Ushakov said.",
        "After North Korea, Putin will travel to Hanoi for a state visit to Vietnam on Wednesday and Thursday.",
        "Kim last met Putin in September at the Vostochny cosmodrome.",
        "South Korea's first vice foreign minister Kim Hong-kyun spoke by phone with Russian Deputy Foreign Minister Andrei Rudenko last week to express concern.",
    ],
    tail=["Most Popular", "Copyright Herald Corporation. All Rights Reserved."],
    title="Putin to arrive in Pyongyang for first visit in 24 years",
    source=None,
    published="2024-06-18",
    dateline=None,
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong-il", "PRK"),
        E("Kim Jong-un", "PRK"),
        E("Yuri Ushakov", "RUS", "Kremlin aide"),
        E("Kim Hong-kyun", "KOR", "first vice foreign minister"),
        E("Andrei Rudenko", "RUS", "Deputy Foreign Minister"),
    ],
    meetings=[
        M(
            ["Vladimir Putin", "Kim Jong-un"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2024-06-19",
            "planned",
            "summit",
        ),
        M(
            ["Vladimir Putin", "Kim Jong-il"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2000-07",
            "held",
            "summit",
        ),
        M(["Vladimir Putin"], ["RUS", "VNM"], "Hanoi", "2024-06-19", "planned", "summit"),
        M(
            ["Kim Jong-un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vostochny cosmodrome",
            "2023-09",
            "held",
            "summit",
        ),
        M(["Kim Hong-kyun", "Andrei Rudenko"], ["KOR", "RUS"], None, "2024-06", "held", "call"),
    ],
    excludes=["Copyright Herald Corporation. All Rights Reserved."],
)


for a in ARTICLES:
    first = a["lead"] + a["paras"][0]
    text = "\n".join(a["head"]) + "\n\n" + first + "\n\n" + "\n\n".join(a["paras"][1:]) + "\n"
    if a["tail"]:
        text += "\n" + "\n".join(a["tail"]) + "\n"
    (OUT / f"{a['name']}.txt").write_text(text)
    gold = {
        "title": a["title"],
        "source": a["source"],
        "published": a["published"],
        "dateline": a["dateline"],
        "body_includes": [first_frag(a["paras"][0]), last_frag(a["paras"])],
        "body_excludes": a["excludes"],
        "envoys": a["envoys"],
        "meetings": a["meetings"],
        "channels": a["channels"],
    }
    (OUT / f"{a['name']}.gold.json").write_text(
        json.dumps(gold, indent=2, ensure_ascii=False) + "\n"
    )
print(len(ARTICLES), sum(len(a["meetings"]) for a in ARTICLES))
