"""Write the round-4 wire-service / broadcaster probes (pNN) and their gold from one table.

All gold was written before the parser was run on any of these texts. The articles are
my own wording about real or plausible events (1994-2026); no sentence is copied.
Mechanics follow ``../articles3/make_probes.py``: head lines, a dateline lead glued to
the first paragraph, story paragraphs, then page clutter (tail)."""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import C, E, M

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


# ---------------------------------------------------------------- p01 Yonhap
add(
    "p01",
    head=[
        " date 2018-06-14",
        "Go to Contents Go to Navigation",
        "ALL NEWS",
        "N. Korea",
        "(LEAD) Koreas hold first general-level military talks in over a decade",
        "All News 16:41 June 14, 2018",
        "By Park Ji-hoon",
    ],
    lead="SEOUL, June 14 (Yonhap) -- ",
    paras=[
        "South and North Korea held general-level military talks on Thursday for the first time in more than ten years, with the two sides exploring ways to ease tension along their heavily fortified border, the defense ministry said.",
        "The meeting opened at 10 a.m. at Tongilgak, a building on the northern side of the truce village of Panmunjom, and ran into the evening.",
        "Maj. Gen. Kim Do-gyun, head of the ministry's North Korea policy division, led the five-member South Korean team. The North's delegation was headed by An Ik-san, chief of the policy department of the North's Ministry of People's Armed Forces, who has represented Pyongyang in border negotiations for years.",
        "Seoul proposed restoring the military communication line along the west coast, which has been largely silent since 2016, and the two sides agreed to bring it back into full service, officials said.",
        "The last general-level talks between the two militaries took place in December 2007.",
        "Thursday's meeting follows the April 27 summit at which President Moon Jae-in and North Korean leader Kim Jong-un agreed to hold frequent military talks, and Kim's summit with U.S. President Donald Trump in Singapore on Tuesday.",
        "The two Koreas also have a busy schedule of other talks. Sports officials will meet on Monday at the truce village to discuss fielding joint teams at the Asian Games, and Red Cross officials are set to sit down at the North's Mount Kumgang resort on June 22 to arrange reunions of families separated by the 1950-53 Korean War.",
        "A ministry spokesman declined to say when a follow-up round of the military talks might be held.",
    ],
    tail=[
        "(END)",
        "Keywords",
        "#general-level talks #military #Panmunjom",
        "Related Articles",
        "N. Korea, S. Korea agree to hold sports talks next week",
        "(2nd LD) Trump, Kim sign joint statement in Singapore",
        "Most Liked",
        "(LEAD) Moon's approval rating hits new high after Singapore summit",
        "Copyright Yonhap News Agency. All rights reserved.",
    ],
    title="(LEAD) Koreas hold first general-level military talks in over a decade",
    source="Yonhap",
    published="2018-06-14",
    dateline="Seoul",
    envoys=[
        E("Kim Do-gyun", "KOR", "head of the ministry's North Korea policy division"),
        E(
            "An Ik-san",
            "PRK",
            "chief of the policy department of the North's Ministry of People's Armed Forces",
        ),
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[
        M(["Kim Do-gyun", "An Ik-san"], ["KOR", "PRK"], "Panmunjom", "2018-06-14", "held"),
        M([], ["KOR", "PRK"], None, "2007-12", "held"),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], None, "2018-04-27", "held", "summit"),
        M(
            ["Kim Jong-un", "Donald Trump"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "held",
            "summit",
        ),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-06-18", "planned"),
        M([], ["KOR", "PRK"], "Mount Kumgang", "2018-06-22", "planned"),
    ],
    channels=[C("military communication line", ["KOR", "PRK"], "proposed", "2018-06-14")],
    excludes=[
        "Go to Contents Go to Navigation",
        "#general-level talks #military #Panmunjom",
        "(2nd LD) Trump, Kim sign joint statement in Singapore",
        "Most Liked",
        "Copyright Yonhap News Agency. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p02 Reuters
add(
    "p02",
    head=[
        " date 2017-11-17",
        "Business  Markets  World  Politics  TV  More",
        "WORLD NEWS",
        "NOVEMBER 17, 2017 / 9:12 AM / UPDATED 6 HOURS AGO",
        "China's Xi sends senior envoy to North Korea amid nuclear standoff",
        "Li Mei, Park Sun-woo",
        "3 MIN READ",
    ],
    lead="BEIJING/SEOUL (Reuters) - ",
    paras=[
        "A senior Chinese Communist Party official arrived in Pyongyang on Friday as President Xi Jinping's special envoy, the highest-level visitor from Beijing to reach North Korea in about two years.",
        "Song Tao, head of the party's International Department, is expected to brief North Korean officials on last month's party congress, which gave Xi a second five-year term, China's official Xinhua news agency said.",
        "He was greeted at Pyongyang's airport by Ri Chang Gun, vice department director of the North's ruling Workers' Party, according to Chinese state television footage.",
        "It was not clear whether Song would be received by North Korean leader Kim Jong Un during the four-day trip. Diplomatic sources in Beijing said such a meeting could not be ruled out but had not been arranged.",
        "The visit comes after U.S. President Donald Trump held talks with Xi in Beijing last week and urged him to do more to rein in Pyongyang's nuclear and missile programmes.",
        "Trump said on Twitter on Thursday that China was sending an envoy and called it \u201ca big move\u201d.",
        "Relations between the old allies have cooled as Beijing backed tougher U.N. sanctions. The last senior Chinese official to visit, Politburo Standing Committee member Liu Yunshan, attended a military parade in Pyongyang in October 2015 and met Kim.",
        "Kim sent Xi a congratulatory message after the congress last month, but it was noticeably shorter than previous ones, analysts said.",
        "South Korea's foreign ministry said it hoped the visit would help draw the North back to negotiations. Seoul's nuclear envoy Lee Do-hoon spoke by phone on Thursday with Kong Xuanyou, China's special representative for Korean Peninsula affairs, to discuss the trip, the ministry said.",
    ],
    tail=[
        "Reporting by Li Mei in BEIJING and Park Sun-woo in SEOUL; Editing by Tom Hayes",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "MORE FROM REUTERS",
        "Oil steadies as traders weigh OPEC output cut extension",
        "Share  Tweet  Email",
    ],
    title="China's Xi sends senior envoy to North Korea amid nuclear standoff",
    source="Reuters",
    published="2017-11-17",
    dateline="Beijing/Seoul",
    envoys=[
        E("Song Tao", "CHN", "head of the party's International Department"),
        E("Xi Jinping", "CHN", "President"),
        E("Ri Chang Gun", "PRK", "vice department director of the North's ruling Workers' Party"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Donald Trump", "USA", "President"),
        E("Liu Yunshan", "CHN", "Politburo Standing Committee member"),
        E("Lee Do-hoon", "KOR", "nuclear envoy"),
        E("Kong Xuanyou", "CHN", "special representative for Korean Peninsula affairs"),
    ],
    meetings=[
        M(["Song Tao", "Ri Chang Gun"], ["CHN", "PRK"], "Pyongyang", "2017-11-17", "planned"),
        M(["Song Tao", "Kim Jong Un"], ["CHN", "PRK"], "Pyongyang", "2017-11", "proposed"),
        M(["Donald Trump", "Xi Jinping"], ["CHN", "USA"], "Beijing", "2017-11", "held", "summit"),
        M(["Liu Yunshan", "Kim Jong Un"], ["CHN", "PRK"], "Pyongyang", "2015-10", "held"),
        M(["Lee Do-hoon", "Kong Xuanyou"], ["CHN", "KOR"], None, "2017-11-16", "held", "call"),
    ],
    channels=[C("congratulatory message", ["CHN", "PRK"], "open", "2017-10")],
    excludes=[
        "Business  Markets  World  Politics  TV  More",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "MORE FROM REUTERS",
        "Oil steadies as traders weigh OPEC output cut extension",
    ],
)

# ---------------------------------------------------------------- p03 AP
CAP3 = "North Korean leader Kim Jong Un, right, embraces South Korean President Moon Jae-in at Sunan airport in Pyongyang, North Korea, Tuesday, Sept. 18, 2018. (Pyongyang Press Corps Pool via AP)"
add(
    "p03",
    head=[
        " date 2018-09-18",
        "AP NEWS",
        "Top Stories  Topics  Video  Listen",
        "Moon arrives in Pyongyang for 3rd summit with Kim",
        "By JAE-WON LEE and MARK SIMMS",
        "September 18, 2018",
        CAP3,
        CAP3,
    ],
    lead="PYONGYANG, North Korea (AP) \u2014 ",
    paras=[
        "South Korean President Moon Jae-in arrived in Pyongyang on Tuesday for his third summit this year with North Korean leader Kim Jong Un, who met him on the airport tarmac with a hug.",
        "The two leaders sat down for their first round of talks at the ruling party's headquarters in the afternoon, Moon's office said. They are scheduled to meet again on Wednesday before Moon flies home on Thursday.",
        "Kim Yo Jong, the North Korean leader's sister and a senior official of the ruling party, was among those greeting Moon at the airport, along with Kim Yong Nam, the North's nominal head of state.",
        "Moon hopes to use the trip to revive stalled nuclear negotiations between Pyongyang and Washington. He has said he will carry a message from President Donald Trump and try to bring one back.",
        "Secretary of State Mike Pompeo's last trip to Pyongyang, in early July, ended with the North accusing Washington of making \u201cgangster-like\u201d demands. Trump abruptly cancelled a trip Pompeo had been due to make to Pyongyang at the end of August, citing a lack of progress.",
        "Moon and Kim first met in April at the border village of Panmunjom, where they declared they would work toward a nuclear-free peninsula, and held a second, hastily arranged meeting on the northern side of the village a month later.",
        "Kim's talks in Singapore with Trump in June produced a vaguely worded pledge on denuclearization but little since.",
        "Last Friday, the Koreas opened a liaison office in the North Korean border town of Kaesong, where officials from both sides will work around the clock, giving them a channel for contact that does not depend on phone lines across the border.",
    ],
    tail=[
        "Associated Press writer Mark Simms reported from Seoul.",
        "Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "AP RADIO  AP TOP 25 POLL",
    ],
    title="Moon arrives in Pyongyang for 3rd summit with Kim",
    source="AP",
    published="2018-09-18",
    dateline="Pyongyang",
    envoys=[
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Kim Yo Jong", "PRK", "senior official of the ruling party"),
        E("Kim Yong Nam", "PRK", "nominal head of state"),
        E("Donald Trump", "USA", "President"),
        E("Mike Pompeo", "USA", "Secretary of State"),
    ],
    meetings=[
        M(
            ["Moon Jae-in", "Kim Jong Un", "Kim Yo Jong", "Kim Yong Nam"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-09-18",
            "held",
            "summit",
        ),
        M(["Mike Pompeo"], ["PRK", "USA"], "Pyongyang", "2018-07", "held"),
        M(["Mike Pompeo"], ["PRK", "USA"], "Pyongyang", "2018-08", "cancelled"),
        M(["Moon Jae-in", "Kim Jong Un"], ["KOR", "PRK"], "Panmunjom", "2018-04", "held", "summit"),
        M(["Moon Jae-in", "Kim Jong Un"], ["KOR", "PRK"], "Panmunjom", "2018-05", "held", "summit"),
        M(
            ["Kim Jong Un", "Donald Trump"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06",
            "held",
            "summit",
        ),
    ],
    channels=[C("liaison office", ["KOR", "PRK"], "open", "2018-09-14")],
    excludes=[
        "Top Stories  Topics  Video  Listen",
        "Copyright 2018 The Associated Press. All rights reserved.",
        "AP RADIO  AP TOP 25 POLL",
    ],
)

# ---------------------------------------------------------------- p04 AFP
add(
    "p04",
    head=[
        " date 2019-12-16",
        "Home | World | Asia-Pacific | Business | Sport",
        "Asia-Pacific",
        "US envoy says Washington 'has no deadline' for North Korea talks",
        "AFP \u00b7 16 Dec 2019",
        "Share  Tweet  Email",
    ],
    lead="Seoul (AFP) - ",
    paras=[
        "The US special envoy for North Korea said Monday that Washington had set no deadline for nuclear talks and urged Pyongyang to return to the table, as he visited Seoul amid fears of a fresh long-range missile launch.",
        "Stephen Biegun, the State Department's special representative for North Korea, made the remarks after talks on Monday morning with Lee Do-hoon, South Korea's special representative for Korean Peninsula peace and security affairs.",
        "\u201cLet me be clear: the United States does not have a deadline,\u201d Biegun told reporters. He said he was ready to meet his North Korean counterparts and that they knew how to reach him.",
        "Biegun, who arrived on Sunday for a three-day stay, also called on Foreign Minister Kang Kyung-wha on Monday afternoon and is due to meet Chung Eui-yong, the presidential national security adviser, on Tuesday, officials said.",
        "Pyongyang has given Washington until the end of the year to offer new concessions, and the process has been deadlocked since a working-level meeting in Stockholm in October collapsed after a single day.",
        "Biegun heads to Tokyo later this week. There has been speculation in Seoul that he could seek a meeting with North Korean officials at the truce village of Panmunjom before leaving, though US officials would not confirm any plan.",
        "President Donald Trump and North Korean leader Kim Jong Un have met three times since June last year, most recently at Panmunjom in June, when Trump briefly stepped into the North.",
        "Choe Son Hui, the North's first vice foreign minister, warned this month that dialogue was not on the table unless Washington changed course.",
    ],
    tail=[
        "bur-jhl/sb",
        "\u00a9 2019 AFP",
        "MOST READ",
        "1. Storm batters southern France",
        "2. Oil prices edge higher on trade hopes",
    ],
    title="US envoy says Washington 'has no deadline' for North Korea talks",
    source="AFP",
    published="2019-12-16",
    dateline="Seoul",
    envoys=[
        E("Stephen Biegun", "USA", "special representative for North Korea"),
        E(
            "Lee Do-hoon",
            "KOR",
            "special representative for Korean Peninsula peace and security affairs",
        ),
        E("Kang Kyung-wha", "KOR", "Foreign Minister"),
        E("Chung Eui-yong", "KOR", "presidential national security adviser"),
        E("Donald Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Choe Son Hui", "PRK", "first vice foreign minister"),
    ],
    meetings=[
        M(["Stephen Biegun", "Lee Do-hoon"], ["KOR", "USA"], "Seoul", "2019-12-16", "held"),
        M(["Stephen Biegun", "Kang Kyung-wha"], ["KOR", "USA"], "Seoul", "2019-12-16", "held"),
        M(["Stephen Biegun", "Chung Eui-yong"], ["KOR", "USA"], "Seoul", "2019-12-17", "planned"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "held"),
        M(["Stephen Biegun"], ["JPN", "USA"], "Tokyo", "2019-12", "planned"),
        M(["Stephen Biegun"], ["PRK", "USA"], "Panmunjom", "2019-12", "proposed"),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, None, "held", "summit"),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Panmunjom",
            "2019-06",
            "held",
            "summit",
        ),
    ],
    excludes=[
        "Home | World | Asia-Pacific | Business | Sport",
        "\u00a9 2019 AFP",
        "MOST READ",
        "Storm batters southern France",
    ],
)

# ---------------------------------------------------------------- p05 Kyodo
add(
    "p05",
    head=[
        " date 2014-05-26",
        "KYODO NEWS",
        "HOME | NATIONAL | WORLD | BUSINESS | SPORTS",
        "Japan, N. Korea begin 3-day talks in Stockholm on abductions",
        "Kyodo",
    ],
    lead="STOCKHOLM, May 26 Kyodo - ",
    paras=[
        "Senior diplomats from Japan and North Korea opened three days of talks in the Swedish capital on Monday, with Tokyo pressing Pyongyang to reinvestigate the fate of Japanese nationals abducted by its agents decades ago.",
        "Junichi Ihara, director general of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau, and Song Il Ho, North Korea's ambassador for talks on normalizing ties with Japan, are leading the delegations at a venue the two sides have not disclosed.",
        "The talks are scheduled to run through Wednesday. They follow a round held in Beijing in late March, in which the same two officials took part, the first formal government-level negotiations between the countries in well over a year.",
        "Before that, Red Cross officials from both countries met in the Chinese city of Shenyang in early March, and Ihara and Song reportedly held an informal exchange on the sidelines of that meeting, sources close to the matter said.",
        "Chief Cabinet Secretary Yoshihide Suga told a news conference Monday that Japan would seek \u201ca sincere response\u201d from the North on the abduction issue, which Prime Minister Shinzo Abe has called a top priority of his government.",
        "Japan and North Korea have no diplomatic relations and have mostly communicated through their embassies in Beijing, where officials of the two countries met several times last year, according to government sources.",
        "The last intergovernmental talks before this year took place in Ulan Bator in November 2012, but a follow-up round planned for the following month in Beijing was called off after Pyongyang launched a long-range rocket.",
    ],
    tail=[
        "==Kyodo",
        "Related coverage:",
        "Abductees' families urge gov't to secure concrete results",
        "All Rights Reserved, Copyright (C) Kyodo News",
    ],
    title="Japan, N. Korea begin 3-day talks in Stockholm on abductions",
    source="Kyodo",
    published="2014-05-26",
    dateline="Stockholm",
    envoys=[
        E(
            "Junichi Ihara",
            "JPN",
            "director general of the Japanese Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Song Il Ho", "PRK", "ambassador for talks on normalizing ties with Japan"),
        E("Yoshihide Suga", "JPN", "Chief Cabinet Secretary"),
        E("Shinzo Abe", "JPN", "Prime Minister"),
    ],
    meetings=[
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Stockholm", "2014-05-26", "held"),
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Beijing", "2014-03", "held"),
        M([], ["JPN", "PRK"], "Shenyang", "2014-03", "held"),
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Shenyang", "2014-03", "held"),
        M([], ["JPN", "PRK"], "Beijing", "2013", "held"),
        M([], ["JPN", "PRK"], "Ulan Bator", "2012-11", "held"),
        M([], ["JPN", "PRK"], "Beijing", "2012-12", "cancelled"),
    ],
    channels=[C("embassies in Beijing", ["JPN", "PRK"], "open")],
    excludes=[
        "HOME | NATIONAL | WORLD | BUSINESS | SPORTS",
        "Related coverage:",
        "Abductees' families urge gov't to secure concrete results",
        "All Rights Reserved, Copyright (C) Kyodo News",
    ],
)

# ---------------------------------------------------------------- p06 Xinhua
add(
    "p06",
    head=[
        " date 2007-02-08",
        "Home | China | World | Business | Sci-Tech | Sports",
        "Six-party talks resume in Beijing",
        "www.chinaview.cn 2007-02-08 16:20:35",
        "Print  Send to friends",
    ],
    lead="BEIJING, Feb. 8 (Xinhua) -- ",
    paras=[
        "The fifth round of the six-party talks on the Korean Peninsula nuclear issue resumed here Thursday afternoon with the opening of its third phase at the Diaoyutai State Guesthouse.",
        "Chinese Vice Foreign Minister Wu Dawei, head of the Chinese delegation, presided over the opening session, which was attended by the heads of delegations from China, the Democratic People's Republic of Korea (DPRK), the United States, the Republic of Korea (ROK), Russia and Japan.",
        "The heads of delegation are Kim Kye Gwan, DPRK vice foreign minister; Christopher Hill, U.S. assistant secretary of state for East Asian and Pacific affairs; Chun Yung-woo, special representative for Korean Peninsula peace and security affairs of the ROK Foreign Ministry; Alexander Losyukov, Russian deputy foreign minister; and Kenichiro Sasae, director general of the Asian and Oceanian Affairs Bureau of the Japanese Foreign Ministry.",
        "In his opening remarks, Wu said all parties should take a pragmatic attitude and work out the initial steps for implementing the joint statement issued in September 2005.",
        "Ahead of the session, Hill held a bilateral meeting with Kim Kye Gwan at the DPRK embassy on Wednesday, his second meeting with the DPRK negotiator since the two met in Berlin in mid-January, sources said.",
        "Wu also met Sasae on Wednesday evening to exchange views on the agenda, according to the Chinese Foreign Ministry.",
        "The second phase of the fifth round was held in Beijing from Dec. 18 to 22 last year, but ended without a breakthrough amid disputes over financial sanctions.",
        "Chinese Foreign Ministry spokesman Qin Gang said on Tuesday that China hoped the current session would yield positive results. The session is expected to last several days, though no closing date has been set.",
    ],
    tail=[
        "Editor: Zhang Lei",
        "Related:",
        "Hill upbeat on progress ahead of six-party talks",
        "DPRK, U.S. envoys hold talks in Berlin",
        "Copyright \u00a9 2007 Xinhua News Agency. All rights reserved.",
    ],
    title="Six-party talks resume in Beijing",
    source="Xinhua",
    published="2007-02-08",
    dateline="Beijing",
    envoys=[
        E("Wu Dawei", "CHN", "Vice Foreign Minister"),
        E("Kim Kye Gwan", "PRK", "vice foreign minister"),
        E(
            "Christopher Hill",
            "USA",
            "assistant secretary of state for East Asian and Pacific affairs",
        ),
        E(
            "Chun Yung-woo",
            "KOR",
            "special representative for Korean Peninsula peace and security affairs of the ROK Foreign Ministry",
        ),
        E("Alexander Losyukov", "RUS", "deputy foreign minister"),
        E(
            "Kenichiro Sasae",
            "JPN",
            "director general of the Asian and Oceanian Affairs Bureau of the Japanese Foreign Ministry",
        ),
        E("Qin Gang", "CHN", "Foreign Ministry spokesman"),
    ],
    meetings=[
        M(
            [
                "Wu Dawei",
                "Kim Kye Gwan",
                "Christopher Hill",
                "Chun Yung-woo",
                "Alexander Losyukov",
                "Kenichiro Sasae",
            ],
            SIX,
            "Beijing",
            "2007-02-08",
            "held",
        ),
        M(["Christopher Hill", "Kim Kye Gwan"], ["PRK", "USA"], "Beijing", "2007-02-07", "held"),
        M(["Christopher Hill", "Kim Kye Gwan"], ["PRK", "USA"], "Berlin", "2007-01", "held"),
        M(["Wu Dawei", "Kenichiro Sasae"], ["CHN", "JPN"], "Beijing", "2007-02-07", "held"),
        M([], SIX, "Beijing", "2006-12-18", "held"),
    ],
    excludes=[
        "Home | China | World | Business | Sci-Tech | Sports",
        "Print  Send to friends",
        "Related:",
        "Hill upbeat on progress ahead of six-party talks",
        "Copyright \u00a9 2007 Xinhua News Agency. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p07 TASS
add(
    "p07",
    head=[
        " date 2019-11-20",
        "TASS Russian News Agency",
        "Russian Politics & Diplomacy",
        "Lavrov, DPRK's Choe Son Hui discuss Korean settlement in Moscow",
        "20 NOV 2019, 14:25",
        "UPDATED: 20 NOV 2019, 15:02",
    ],
    lead="MOSCOW, November 20. /TASS/. ",
    paras=[
        "Russian Foreign Minister Sergei Lavrov held talks on Wednesday with First Deputy Foreign Minister of the Democratic People's Republic of Korea Choe Son Hui, who is in Moscow on a working visit, the Russian Foreign Ministry reported.",
        "The sides discussed the situation on the Korean Peninsula and the prospects for resuming dialogue between Pyongyang and Washington. \u201cAn exchange of opinions took place in a constructive atmosphere,\u201d a source in the ministry told TASS.",
        "On Tuesday, Choe Son Hui held consultations with Russian Deputy Foreign Minister Igor Morgulov, who oversees relations with countries of the Asia-Pacific region.",
        "The DPRK diplomat arrived in Moscow on Monday. According to the Foreign Ministry, her visit will last until Friday.",
        "The US-DPRK working-level contacts in Stockholm in early October ended without result, after which Pyongyang said it saw no point in further meetings unless Washington changed its approach.",
        "Russian President Vladimir Putin and Chairman of the State Affairs Commission of the DPRK Kim Jong Un held their first summit in Vladivostok on April 25 of this year.",
        "The Kremlin has said that an invitation for Kim Jong Un to visit Moscow remains in force, although no dates have been agreed. Kremlin spokesman Dmitry Peskov said earlier that Moscow and Pyongyang stayed in contact through their embassies on the matter.",
        "Lavrov last visited Pyongyang in May 2018, when he was received by Kim Jong Un.",
    ],
    tail=[
        "Read also",
        "Russia ready to assist in DPRK-US dialogue \u2014 diplomat",
        "Show more",
        "Tags",
        "Korean Peninsula nuclear problem",
    ],
    title="Lavrov, DPRK's Choe Son Hui discuss Korean settlement in Moscow",
    source="TASS",
    published="2019-11-20",
    dateline="Moscow",
    envoys=[
        E("Sergei Lavrov", "RUS", "Foreign Minister"),
        E("Choe Son Hui", "PRK", "First Deputy Foreign Minister"),
        E("Igor Morgulov", "RUS", "Deputy Foreign Minister"),
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "Chairman of the State Affairs Commission"),
        E("Dmitry Peskov", "RUS", "Kremlin spokesman"),
    ],
    meetings=[
        M(["Sergei Lavrov", "Choe Son Hui"], ["PRK", "RUS"], "Moscow", "2019-11-20", "held"),
        M(["Choe Son Hui", "Igor Morgulov"], ["PRK", "RUS"], "Moscow", "2019-11-19", "held"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "held"),
        M(
            ["Vladimir Putin", "Kim Jong Un"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019-04-25",
            "held",
            "summit",
        ),
        M(["Kim Jong Un"], ["PRK", "RUS"], "Moscow", None, "proposed", "summit"),
        M(["Sergei Lavrov", "Kim Jong Un"], ["PRK", "RUS"], "Pyongyang", "2018-05", "held"),
    ],
    channels=[C("embassies", ["PRK", "RUS"], "open")],
    excludes=[
        "TASS Russian News Agency",
        "Read also",
        "Russia ready to assist in DPRK-US dialogue \u2014 diplomat",
        "Show more",
        "Korean Peninsula nuclear problem",
    ],
)

# ---------------------------------------------------------------- p08 KCNA
add(
    "p08",
    head=[
        " date 2019-07-01",
        "Korean Central News Agency of DPRK",
        "Top | Home | Photo | Video | Search",
        "Juche 108 (2019) July 1 Monday",
        "Historic Meeting between Top Leaders of DPRK and U.S. Held at Panmunjom",
    ],
    lead="Pyongyang, July 1 (KCNA) -- ",
    paras=[
        "Respected Supreme Leader Comrade Kim Jong Un, chairman of the State Affairs Commission of the Democratic People's Republic of Korea, met Donald J. Trump, President of the United States of America, at Panmunjom on June 30.",
        "The meeting was realized at the proposal of Trump made the previous day to meet Kim Jong Un at the demilitarized zone.",
        "Kim Jong Un warmly greeted Trump at the military demarcation line, and the top leaders of the two countries shook hands and crossed the line together before heading to the House of Freedom on the southern side of Panmunjom, where they had a one-on-one talk lasting nearly an hour.",
        "Accompanying Kim Jong Un were Ri Yong Ho, member of the Political Bureau of the Central Committee of the Workers' Party of Korea and foreign minister, and Choe Son Hui, first vice-minister of Foreign Affairs.",
        "Kim Jong Un said that the excellent personal relations with Trump, built up through the exchange of personal letters, made possible such a dramatic meeting at a single day's notice.",
        "Recalling their first talks in Singapore in June last year and their second in Hanoi in February, the top leaders agreed that working-level negotiators of the two sides would meet in the coming weeks to make a new breakthrough.",
        "Trump expressed the hope to invite Kim Jong Un to the White House at an appropriate time.",
        "Kim Jong Un bade farewell to Trump at the military demarcation line, wishing him a good journey.",
    ],
    tail=[
        "www.kcna.kp (Juche108.7.1.)",
        "Copyright (C) 2002-2019 Korean Central News Agency of DPRK. All rights reserved.",
    ],
    title="Historic Meeting between Top Leaders of DPRK and U.S. Held at Panmunjom",
    source="KCNA",
    published="2019-07-01",
    dateline="Pyongyang",
    envoys=[
        E(
            "Kim Jong Un",
            "PRK",
            "chairman of the State Affairs Commission of the Democratic People's Republic of Korea",
        ),
        E("Donald J. Trump", "USA", "President of the United States of America"),
        E(
            "Ri Yong Ho",
            "PRK",
            "member of the Political Bureau of the Central Committee of the Workers' Party of Korea and foreign minister",
        ),
        E("Choe Son Hui", "PRK", "first vice-minister of Foreign Affairs"),
    ],
    meetings=[
        M(
            ["Kim Jong Un", "Donald J. Trump", "Ri Yong Ho", "Choe Son Hui"],
            ["PRK", "USA"],
            "Panmunjom",
            "2019-06-30",
            "held",
            "summit",
        ),
        M(
            ["Kim Jong Un", "Donald J. Trump"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06",
            "held",
            "summit",
        ),
        M(["Kim Jong Un", "Donald J. Trump"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
        M([], ["PRK", "USA"], None, "2019", "planned"),
        M(
            ["Kim Jong Un", "Donald J. Trump"],
            ["PRK", "USA"],
            "White House",
            None,
            "proposed",
            "summit",
        ),
    ],
    channels=[C("personal letters", ["PRK", "USA"], "open")],
    excludes=[
        "Top | Home | Photo | Video | Search",
        "Copyright (C) 2002-2019 Korean Central News Agency of DPRK. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p09 NHK World
add(
    "p09",
    head=[
        " date 2024-03-26",
        "NHK WORLD-JAPAN",
        "News  Live  Programs  On Demand",
        "Kim Yo Jong says N.Korea will reject any contact with Japan",
        "Mar. 26, 2024 14:08 JST",
        "Share",
    ],
    lead="",
    paras=[
        "The influential sister of North Korean leader Kim Jong Un says her country will reject any contact or negotiations with Japan, a day after she claimed that Prime Minister Kishida Fumio had proposed a summit.",
        "Kim Yo Jong, a vice department director of the ruling Workers' Party's Central Committee, made the remarks in a statement carried by state media on Tuesday.",
        "On Monday, she said Kishida had recently told Pyongyang that he wished to meet Kim Jong Un in person at an early date. Japanese officials had reportedly sounded out the North through its embassy in Beijing. Her new statement said the North would not respond to any such approaches.",
        "Kishida told a parliamentary committee on Tuesday that he was aware of the statement and still believes a summit is important for resolving the issue of Japanese citizens abducted by North Korea. He said he would continue efforts through various channels.",
        "Chief Cabinet Secretary Hayashi Yoshimasa told reporters on Tuesday morning that Japan cannot accept the claim that the abduction issue has been resolved.",
        "Japan and North Korea have held only two summits. Then-Prime Minister Koizumi Junichiro traveled to Pyongyang in September 2002 to meet then-leader Kim Jong Il, and returned for a second meeting with him in May 2004.",
        "Government-level talks between the two countries in Stockholm in May 2014 produced an agreement under which the North promised to reinvestigate the abductions, but the probe was later abandoned.",
    ],
    tail=[
        "Related News",
        "Families of abductees urge govt. to act quickly",
        "Back to top",
        "Copyright NHK (Japan Broadcasting Corporation) All rights reserved.",
    ],
    title="Kim Yo Jong says N.Korea will reject any contact with Japan",
    source=None,
    published="2024-03-26",
    dateline=None,
    envoys=[
        E("Kim Jong Un", "PRK", "leader"),
        E("Kishida Fumio", "JPN", "Prime Minister"),
        E(
            "Kim Yo Jong",
            "PRK",
            "vice department director of the ruling Workers' Party's Central Committee",
        ),
        E("Hayashi Yoshimasa", "JPN", "Chief Cabinet Secretary"),
        E("Koizumi Junichiro", "JPN", "Prime Minister"),
        E("Kim Jong Il", "PRK", "leader"),
    ],
    meetings=[
        M(["Kishida Fumio", "Kim Jong Un"], ["JPN", "PRK"], None, None, "proposed", "summit"),
        M(
            ["Koizumi Junichiro", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2002-09",
            "held",
            "summit",
        ),
        M(
            ["Koizumi Junichiro", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2004-05",
            "held",
            "summit",
        ),
        M([], ["JPN", "PRK"], "Stockholm", "2014-05", "held"),
    ],
    channels=[C("embassy in Beijing", ["JPN", "PRK"], "severed", "2024-03-26")],
    excludes=[
        "NHK WORLD-JAPAN",
        "News  Live  Programs  On Demand",
        "Related News",
        "Families of abductees urge govt. to act quickly",
        "Copyright NHK (Japan Broadcasting Corporation) All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p10 VOA
CAP10 = "U.S. Secretary of State Mike Pompeo, left, shakes hands with North Korean leader Kim Jong Un in Pyongyang, May 9, 2018. (KCNA via Reuters)"
add(
    "p10",
    head=[
        " date 2018-05-09",
        "VOA",
        "Home | US | World | Africa | Asia | Middle East",
        "East Asia Pacific",
        "Pompeo Meets Kim in Pyongyang, Set to Bring Home 3 Detained Americans",
        "May 09, 2018 6:45 AM",
        "VOA News",
        "Share  Print",
        CAP10,
        CAP10,
    ],
    lead="",
    paras=[
        "U.S. Secretary of State Mike Pompeo met North Korean leader Kim Jong Un in Pyongyang on Wednesday to finalize plans for a summit with President Donald Trump, and was expected to leave with three Americans who had been held by the North.",
        "It is Pompeo's second trip to the North Korean capital in just over a month. He first met Kim secretly in early April, when he was still director of the CIA.",
        "Kim Yong Chol, vice chairman of the ruling party's Central Committee, who has handled contacts with Washington, accompanied Kim at the talks, according to North Korean state media.",
        "Trump told reporters at the White House that the time and place for his meeting with Kim had been chosen and would be announced soon. Singapore and the Demilitarized Zone separating the two Koreas have been mentioned as possible venues.",
        "Meanwhile in Tokyo, Japanese Prime Minister Shinzo Abe, South Korean President Moon Jae-in and Chinese Premier Li Keqiang held a three-way summit on Wednesday and voiced support for the denuclearization of the Korean Peninsula.",
        "Moon met Kim at the truce village of Panmunjom on April 27, the first inter-Korean summit in more than a decade.",
        "Moon and Trump spoke by phone on Friday and agreed to coordinate closely ahead of the U.S.-North Korea summit, according to Seoul.",
    ],
    tail=[
        "Related",
        "Trump Says Date, Place Set for Kim Summit",
        "Comments",
        "This forum has been closed.",
        "Follow Us",
    ],
    title="Pompeo Meets Kim in Pyongyang, Set to Bring Home 3 Detained Americans",
    source="VOA News",
    published="2018-05-09",
    dateline=None,
    envoys=[
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Donald Trump", "USA", "President"),
        E("Kim Yong Chol", "PRK", "vice chairman of the ruling party's Central Committee"),
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E("Moon Jae-in", "KOR", "President"),
        E("Li Keqiang", "CHN", "Premier"),
    ],
    meetings=[
        M(
            ["Mike Pompeo", "Kim Jong Un", "Kim Yong Chol"],
            ["PRK", "USA"],
            "Pyongyang",
            "2018-05-09",
            "held",
        ),
        M(["Mike Pompeo", "Kim Jong Un"], ["PRK", "USA"], "Pyongyang", "2018-04", "held"),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, None, "planned", "summit"),
        M(
            ["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
            ["CHN", "JPN", "KOR"],
            "Tokyo",
            "2018-05-09",
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
        M(["Moon Jae-in", "Donald Trump"], ["KOR", "USA"], None, "2018-05-04", "held", "call"),
    ],
    excludes=[
        "Home | US | World | Africa | Asia | Middle East",
        "Trump Says Date, Place Set for Kim Summit",
        "This forum has been closed.",
        "Follow Us",
    ],
)

# ---------------------------------------------------------------- p11 BBC
add(
    "p11",
    head=[
        "BBC NEWS",
        "News Front Page | Africa | Americas | Asia-Pacific | Europe | Middle East | South Asia",
        "Page last updated at 08:52 GMT, Tuesday, 2 October 2007 09:52 UK",
        "E-mail this to a friend  Printable version",
        "Roh crosses border for Korea summit",
        "By Sarah Whitfield",
        "BBC News, Seoul",
        "Mr Roh paused at the line before stepping into North Korea",
    ],
    lead="",
    paras=[
        "South Korean President Roh Moo-hyun has walked across the heavily armed border into North Korea, the first time a South Korean leader has done so on foot, on his way to a summit with North Korean leader Kim Jong-il.",
        "Mr Roh and his wife stepped over a yellow line painted on the road at the Panmunjom crossing before boarding a motorcade for Pyongyang.",
        "He was welcomed in the North Korean capital by Kim Jong-il himself at an outdoor ceremony, a gesture officials in Seoul described as courteous.",
        "The two leaders are due to hold formal talks on Wednesday. Mr Roh is expected to push for steps to ease military tension and expand economic ties during his three-day stay.",
        "It is only the second summit between the two Koreas. The first, in June 2000, brought together Mr Kim and then-President Kim Dae-jung in Pyongyang.",
        "The meeting comes after negotiators from six countries, meeting in Beijing last week, agreed on a plan for the North to disable its main nuclear facilities by the end of the year.",
        "The chief US negotiator, Christopher Hill, said the Beijing deal had given the summit a better atmosphere.",
        "Critics in the South have accused Mr Roh, who leaves office in February, of using the summit to boost his party's chances in December's presidential election.",
    ],
    tail=[
        "SEE ALSO",
        "Timeline: Inter-Korean relations",
        "RELATED INTERNET LINKS",
        "The BBC is not responsible for the content of external internet sites",
        "PRODUCTS AND SERVICES",
        "E-mail news  Mobiles  Alerts  News feeds  Podcasts",
        "Back to top ^^",
        "BBC \u00a9 MMVII",
    ],
    title="Roh crosses border for Korea summit",
    source="BBC News",
    published="2007-10-02",
    dateline=None,
    envoys=[
        E("Roh Moo-hyun", "KOR", "President"),
        E("Kim Jong-il", "PRK", "leader"),
        E("Kim Dae-jung", "KOR", "President"),
        E("Christopher Hill", "USA", "chief US negotiator"),
    ],
    meetings=[
        M(
            ["Roh Moo-hyun", "Kim Jong-il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2007-10-03",
            "planned",
            "summit",
        ),
        M(
            ["Kim Jong-il", "Kim Dae-jung"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2000-06",
            "held",
            "summit",
        ),
        M(["Christopher Hill"], SIX, "Beijing", "2007-09", "held"),
    ],
    excludes=[
        "News Front Page | Africa | Americas | Asia-Pacific | Europe | Middle East | South Asia",
        "E-mail this to a friend  Printable version",
        "RELATED INTERNET LINKS",
        "The BBC is not responsible for the content of external internet sites",
        "E-mail news  Mobiles  Alerts  News feeds  Podcasts",
        "BBC \u00a9 MMVII",
    ],
)

# ---------------------------------------------------------------- p12 KBS World Radio
add(
    "p12",
    head=[
        " date 2018-08-13",
        "KBS WORLD Radio",
        "Home  News  Korean  Program  Community",
        "Politics",
        "Two Koreas Agree to Hold Pyongyang Summit in September",
        "Two Koreas Agree to Hold Pyongyang Summit in September",
        "Write: 2018-08-13 17:24:51 / Update: 2018-08-13 18:02:10",
        "Photo : YONHAP News",
    ],
    lead="",
    paras=[
        "The two Koreas have agreed to hold a summit in Pyongyang in September, following high-level talks at the border village of Panmunjom on Monday.",
        "Unification Minister Cho Myoung-gyon, who led the South Korean delegation, told reporters after the talks that the exact date had not been fixed but that the summit would take place within September.",
        "The North's chief delegate, Ri Son-gwon, chairman of the Committee for the Peaceful Reunification of the Country, said the date was already set in his mind, without elaborating.",
        "The talks were held at Tongilgak, a building on the northern side of the village, and lasted about three hours.",
        "It will be President Moon Jae-in's third meeting with North Korean leader Kim Jong-un this year, after their summits in April and May.",
        "The two sides also reviewed progress in carrying out the declaration adopted at the April summit, including the planned opening of a joint liaison office in the North's border city of Kaesong.",
        "The previous high-level talks between the two sides took place on June 1, when they discussed follow-up measures to the April summit.",
        "Seoul's presidential office welcomed the agreement, saying the summit would offer a chance to break the deadlock in nuclear talks between Pyongyang and Washington.",
    ],
    tail=[
        "Most Viewed",
        "Moon's approval rating slips for fourth straight week",
        "Close",
        "Copyright(c) KBS World Radio. All rights reserved.",
    ],
    title="Two Koreas Agree to Hold Pyongyang Summit in September",
    source=None,
    published="2018-08-13",
    dateline=None,
    envoys=[
        E("Cho Myoung-gyon", "KOR", "Unification Minister"),
        E(
            "Ri Son-gwon",
            "PRK",
            "chairman of the Committee for the Peaceful Reunification of the Country",
        ),
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    meetings=[
        M(["Cho Myoung-gyon", "Ri Son-gwon"], ["KOR", "PRK"], "Panmunjom", "2018-08-13", "held"),
        M(
            ["Moon Jae-in", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-09",
            "planned",
            "summit",
        ),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], None, "2018-04", "held", "summit"),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], None, "2018-05", "held", "summit"),
        M([], ["KOR", "PRK"], None, "2018-06-01", "held"),
    ],
    channels=[C("joint liaison office", ["KOR", "PRK"], "proposed")],
    excludes=[
        "Home  News  Korean  Program  Community",
        "Most Viewed",
        "Moon's approval rating slips for fourth straight week",
        "Copyright(c) KBS World Radio. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p13 RFA
add(
    "p13",
    head=[
        " date 2020-06-09",
        "Korean | Mandarin | Cantonese | Tibetan | Uyghur | Burmese | Vietnamese | Lao | Khmer",
        "North Korea",
        "North Korea Cuts All Communication Lines With South, Calls Seoul an 'Enemy'",
        "RFA \u00b7 2020-06-09",
    ],
    lead="",
    paras=[
        "North Korea said Tuesday it would sever all communication lines with South Korea from noon, including a hotline between the two leaders, in what it described as the first step in treating Seoul as an enemy.",
        "The state-run Korean Central News Agency said the decision was made at a meeting chaired by Kim Yo Jong, the sister of leader Kim Jong Un and first vice department director of the ruling party's Central Committee, and Kim Yong Chol, vice chairman of the party's Central Committee.",
        "The lines to be cut include the link through the joint liaison office in the border city of Kaesong and the military communication lines along the east and west coasts, KCNA said.",
        "South Korea's Unification Ministry said North Korean officials did not answer its regular morning call through the liaison office on Tuesday. The Defense Ministry said calls over the military lines also went unanswered.",
        "The hotline between President Moon Jae-in's office and Kim's headquarters was installed in April 2018, a week before the leaders' first summit at Panmunjom, but officials said it was never used for a direct conversation between them.",
        "The move follows days of angry statements from Pyongyang over leaflets that defectors' groups have sent across the border by balloon. Kim Yo Jong last week threatened to close the liaison office and scrap a 2018 military agreement if Seoul failed to stop them.",
        "The liaison office, which opened in September 2018, has been largely idle since January, when both sides pulled their staff out because of the coronavirus pandemic and switched to twice-daily phone calls.",
        "Inter-Korean dialogue has stalled since the second summit between Kim and U.S. President Donald Trump, in Hanoi, collapsed in February 2019.",
        "A ministry spokesman, Yoh Sang-key, said Seoul would keep trying to reach the North and called for communication to continue \u201cin accordance with inter-Korean agreements.\u201d",
    ],
    tail=[
        "Reported by RFA's Korean Service. Translated by Min Ji-won. Written in English by Daniel Carter.",
        "Comments",
        "Add your comment below. Comments are moderated.",
        "Copyright \u00a9 1998-2020, RFA. Used with the permission of Radio Free Asia, 2025 M St. NW, Suite 300, Washington DC 20036.",
        "View Full Site",
    ],
    title="North Korea Cuts All Communication Lines With South, Calls Seoul an 'Enemy'",
    source="RFA",
    published="2020-06-09",
    dateline=None,
    envoys=[
        E(
            "Kim Yo Jong",
            "PRK",
            "first vice department director of the ruling party's Central Committee",
        ),
        E("Kim Jong Un", "PRK", "leader"),
        E("Kim Yong Chol", "PRK", "vice chairman of the party's Central Committee"),
        E("Moon Jae-in", "KOR", "President"),
        E("Donald Trump", "USA", "President"),
        E("Yoh Sang-key", "KOR", "ministry spokesman"),
    ],
    meetings=[
        M(["Moon Jae-in", "Kim Jong Un"], ["KOR", "PRK"], "Panmunjom", "2018-04", "held", "summit"),
        M(["Kim Jong Un", "Donald Trump"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
    ],
    channels=[
        C("joint liaison office", ["KOR", "PRK"], "severed", "2020-06-09"),
        C("military communication lines", ["KOR", "PRK"], "severed", "2020-06-09"),
        C("hotline", ["KOR", "PRK"], "severed", "2020-06-09"),
    ],
    excludes=[
        "Korean | Mandarin | Cantonese | Tibetan | Uyghur | Burmese | Vietnamese | Lao | Khmer",
        "Add your comment below. Comments are moderated.",
        "Used with the permission of Radio Free Asia",
        "View Full Site",
    ],
)

# ---------------------------------------------------------------- p14 Arirang
add(
    "p14",
    head=[
        " date 2018-03-06",
        "ARIRANG NEWS",
        "HOME  NEWS  PROGRAM  SCHEDULE  ON AIR",
        "Moon's special envoys return from Pyongyang with summit deal",
        "Reporter : Kim Ji-yeon",
        "Updated : 2018-03-06 20:11:04",
    ],
    lead="",
    paras=[
        "The two Koreas will hold a summit at the end of April, the first in more than a decade, South Korean officials said Tuesday after a presidential delegation returned from a two-day trip to Pyongyang.",
        "National Security Office chief Chung Eui-yong, who led the five-member delegation, said the leaders would meet at the Peace House on the southern side of the truce village of Panmunjom.",
        "Chung and National Intelligence Service director Suh Hoon met North Korean leader Kim Jong-un on Monday over a dinner that lasted about four hours, the first time South Korean officials had met Kim since he took power.",
        "The two sides also agreed to install a hotline between President Moon Jae-in and Kim and to hold their first phone conversation before the summit, Chung said.",
        "North Korea also said it was willing to hold talks with the United States on denuclearization and normalizing ties, according to Chung.",
        "Chung and Suh will fly to Washington later this week to explain the outcome to U.S. officials, including a message from Kim that Chung said he would deliver in person to President Donald Trump.",
        "Chung will then travel to China and Russia, while Suh heads to Japan, the presidential office said.",
    ],
    tail=[
        "Kim Ji-yeon, Arirang News.",
        "Arirang TV | Arirang Radio | Arirang K-Pop",
        "Copyright \u24d2 Arirang International Broadcasting. All Rights Reserved.",
    ],
    title="Moon's special envoys return from Pyongyang with summit deal",
    source="Arirang News",
    published="2018-03-06",
    dateline=None,
    envoys=[
        E("Chung Eui-yong", "KOR", "National Security Office chief"),
        E("Suh Hoon", "KOR", "National Intelligence Service director"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Moon Jae-in", "KOR", "President"),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[
        M(
            ["Moon Jae-in", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-04",
            "planned",
            "summit",
        ),
        M(
            ["Chung Eui-yong", "Suh Hoon", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-03-05",
            "held",
        ),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], None, "2018", "planned", "call"),
        M(
            ["Chung Eui-yong", "Suh Hoon", "Donald Trump"],
            ["KOR", "USA"],
            "Washington",
            "2018-03",
            "planned",
        ),
        M(["Chung Eui-yong"], ["CHN", "KOR"], "China", None, "planned"),
        M(["Chung Eui-yong"], ["KOR", "RUS"], "Russia", None, "planned"),
        M(["Suh Hoon"], ["JPN", "KOR"], "Japan", None, "planned"),
    ],
    channels=[C("hotline", ["KOR", "PRK"], "proposed")],
    excludes=[
        "HOME  NEWS  PROGRAM  SCHEDULE  ON AIR",
        "Arirang TV | Arirang Radio | Arirang K-Pop",
        "Arirang International Broadcasting. All Rights Reserved.",
    ],
)

# ---------------------------------------------------------------- p15 AP (1994)
add(
    "p15",
    head=[
        "AP NEWS",
        "Carter Says Kim Il Sung Agrees to Summit With South's President",
        "By TAE-HO PARK",
        "June 18, 1994",
    ],
    lead="SEOUL, South Korea (AP) _ ",
    paras=[
        "Former President Jimmy Carter crossed back into South Korea on Saturday and said North Korean President Kim Il Sung had agreed to meet South Korea's leader without conditions, a step that could ease the crisis over the North's nuclear program.",
        "Carter spent three days in Pyongyang and held two rounds of talks with Kim, on Thursday and Friday, one of them aboard a yacht on the Taedong River.",
        "Shortly after arriving in Seoul, Carter briefed President Kim Young-sam at the presidential Blue House and passed on Kim Il Sung's offer.",
        "Kim Young-sam accepted at once. \u201cI am ready to meet him anytime and anywhere,\u201d he told reporters.",
        "The South's Unification Ministry said it would propose that deputy prime ministers of the two sides meet at the truce village of Panmunjom on June 28 to arrange the time and place of the summit.",
        "In Washington, President Bill Clinton said the United States was willing to return to negotiations if the North froze its nuclear program. The last round of high-level talks, led on the American side by Assistant Secretary of State Robert Gallucci, was held in Geneva last July.",
        "Carter, who traveled as a private citizen but with the blessing of the White House, said he would report to Clinton in Washington on his return.",
    ],
    tail=[
        "Copyright 1994 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    ],
    title="Carter Says Kim Il Sung Agrees to Summit With South's President",
    source="AP",
    published="1994-06-18",
    dateline="Seoul",
    envoys=[
        E("Jimmy Carter", "USA", "Former President"),
        E("Kim Il Sung", "PRK", "President"),
        E("Kim Young-sam", "KOR", "President"),
        E("Bill Clinton", "USA", "President"),
        E("Robert Gallucci", "USA", "Assistant Secretary of State"),
    ],
    meetings=[
        M(["Jimmy Carter", "Kim Il Sung"], ["PRK", "USA"], "Pyongyang", "1994-06-16", "held"),
        M(["Jimmy Carter", "Kim Young-sam"], ["KOR", "USA"], "Seoul", "1994-06-18", "held"),
        M(["Kim Il Sung", "Kim Young-sam"], ["KOR", "PRK"], None, None, "planned", "summit"),
        M([], ["KOR", "PRK"], "Panmunjom", "1994-06-28", "proposed"),
        M(["Robert Gallucci"], ["PRK", "USA"], "Geneva", "1993-07", "held"),
    ],
    excludes=[
        "Copyright 1994 The Associated Press. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p16 Yonhap
add(
    "p16",
    head=[
        " date 2016-01-07",
        "Go to Contents Go to Navigation",
        "(2nd LD) S. Korea, U.S., Japan step up coordination after N. Korea's nuclear test",
        "2016/01/07 11:20",
        "By Choi Soo-jin",
    ],
    lead="SEOUL, Jan. 7 (Yonhap) -- ",
    paras=[
        "South Korea, the United States and Japan will hold a meeting of their chief nuclear envoys in Seoul next week to coordinate their response to North Korea's fourth nuclear test, the foreign ministry said Thursday.",
        "Hwang Joon-kook, South Korea's special representative for Korean Peninsula peace and security affairs, will host Sung Kim, the U.S. special representative for North Korea policy, and Kimihiro Ishikane, director general of the Japanese foreign ministry's Asian and Oceanian affairs bureau, on Wednesday, officials said.",
        "Foreign Minister Yun Byung-se spoke by phone with U.S. Secretary of State John Kerry on Wednesday night, hours after Pyongyang announced it had detonated a hydrogen bomb. Earlier in the evening, he held phone talks with Japanese Foreign Minister Fumio Kishida.",
        "A phone conversation between Yun and his Chinese counterpart Wang Yi has yet to be arranged, a ministry official said, adding that Seoul had asked for one.",
        "At the United Nations, the Security Council held emergency closed-door consultations in New York on Wednesday at the request of the United States and Japan and agreed to start work on new sanctions.",
        "Defense officials said the western military hotline with the North was operating normally on Thursday morning, and the liaison channel at the truce village of Panmunjom also answered the regular morning call.",
        "The test came as the two Koreas had been trying to arrange a second round of vice-ministerial talks, after the first one at the Kaesong industrial complex in mid-December broke up without agreement.",
        "The six-party talks, which bring together the two Koreas, the U.S., China, Japan and Russia, have been dormant since the last round in Beijing in December 2008.",
    ],
    tail=[
        "(END)",
        "Related Articles",
        "(LEAD) N. Korea says it conducted first H-bomb test",
        "Park orders stern response to N. Korea's nuclear test",
        "Copyright Yonhap News Agency. All rights reserved.",
    ],
    title="(2nd LD) S. Korea, U.S., Japan step up coordination after N. Korea's nuclear test",
    source="Yonhap",
    published="2016-01-07",
    dateline="Seoul",
    envoys=[
        E(
            "Hwang Joon-kook",
            "KOR",
            "special representative for Korean Peninsula peace and security affairs",
        ),
        E("Sung Kim", "USA", "special representative for North Korea policy"),
        E(
            "Kimihiro Ishikane",
            "JPN",
            "director general of the Japanese foreign ministry's Asian and Oceanian affairs bureau",
        ),
        E("Yun Byung-se", "KOR", "Foreign Minister"),
        E("John Kerry", "USA", "Secretary of State"),
        E("Fumio Kishida", "JPN", "Foreign Minister"),
        E("Wang Yi", "CHN", None),
    ],
    meetings=[
        M(
            ["Hwang Joon-kook", "Sung Kim", "Kimihiro Ishikane"],
            ["JPN", "KOR", "USA"],
            "Seoul",
            "2016-01-13",
            "planned",
        ),
        M(["Yun Byung-se", "John Kerry"], ["KOR", "USA"], None, "2016-01-06", "held", "call"),
        M(["Yun Byung-se", "Fumio Kishida"], ["JPN", "KOR"], None, "2016-01-06", "held", "call"),
        M(["Yun Byung-se", "Wang Yi"], ["CHN", "KOR"], None, None, "proposed", "call"),
        M([], ["JPN", "USA"], "New York", "2016-01-06", "held"),
        M([], ["KOR", "PRK"], "Kaesong", "2015-12", "held"),
        M([], SIX, "Beijing", "2008-12", "held"),
    ],
    channels=[
        C("western military hotline", ["KOR", "PRK"], "open"),
        C("liaison channel at the truce village of Panmunjom", ["KOR", "PRK"], "open"),
    ],
    excludes=[
        "Go to Contents Go to Navigation",
        "Related Articles",
        "(LEAD) N. Korea says it conducted first H-bomb test",
        "Park orders stern response to N. Korea's nuclear test",
        "Copyright Yonhap News Agency. All rights reserved.",
    ],
)


# ---------------------------------------------------------------- write
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
print(
    len(ARTICLES),
    "articles;",
    sum(len(a["envoys"]) for a in ARTICLES),
    "envoys;",
    sum(len(a["meetings"]) for a in ARTICLES),
    "meetings;",
    sum(len(a["channels"]) for a in ARTICLES),
    "channels",
)
