"""Build the envoy probe set: passages written for this probe (not copied), with gold.

Run: python _build.py  (writes pNN.txt and pNN.gold.json beside this file).
"""

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import E, M

HERE = Path(__file__).parent
P = []  # (header_date, text, article_fields, envoys, meetings, channels, weekday_checks)


def add(date, text, art, envoys, meetings=(), channels=(), checks=()):
    for day, wd in checks:  # guard the weekday arithmetic of the gold dates
        assert dt.date.fromisoformat(day).strftime("%A") == wd, (day, wd)
    P.append((date, text, art, envoys, list(meetings), list(channels)))


def A(first, last, title=None, source=None, dateline=None, published=True):
    return {
        "title": title,
        "source": source,
        "dateline": dateline,
        "body_includes": [first, last],
        "published": published,
    }


# p01 possessive country + later apposition; counterpart; professor
add(
    "2026-03-04",
    """SEOUL, March 4 (Yonhap) -- South Korea's top nuclear envoy Park Min-jae held phone talks with his U.S. counterpart, Allison Dreyer, on Tuesday to discuss North Korea's latest missile launches, the foreign ministry said. Park, the special representative for Korean Peninsula peace and security affairs, and Dreyer agreed to keep up close coordination. Dreyer, the State Department's deputy assistant secretary for Korea and Japan, said Washington remains open to dialogue with Pyongyang without preconditions. Cho Sung-ho, a professor of international relations at Korea University, said the call showed the allies' resolve.""",
    A(
        "held phone talks with his U.S. counterpart",
        "said the call showed the allies' resolve",
        source="Yonhap",
        dateline="Seoul",
    ),
    [
        E(
            "Park Min-jae",
            "KOR",
            "special representative for Korean Peninsula peace and security affairs",
        ),
        E(
            "Allison Dreyer",
            "USA",
            "State Department's deputy assistant secretary for Korea and Japan",
        ),
    ],
    [M(["Park Min-jae", "Allison Dreyer"], ["KOR", "USA"], None, "2026-03-03", "held", "call")],
    checks=[("2026-03-03", "Tuesday")],
)

# p02 DPRK names without hyphens; sister; leader; think-tank researcher
add(
    "2026-01-12",
    """North Korea's First Vice Foreign Minister Pak Chol Min said on Sunday that Pyongyang has no interest in talks with Washington, according to the Korean Central News Agency. In the statement carried by KCNA, Pak said the United States had "thrown away its last chance". Kim Yo Jong, the powerful sister of leader Kim Jong Un and a vice department director of the ruling party's Central Committee, issued a separate statement mocking Seoul. Yang Dong-hoon, a senior researcher at the Sejong Institute, said the twin statements were aimed at the incoming U.S. administration.""",
    A(
        "First Vice Foreign Minister Pak Chol Min said on Sunday",
        "aimed at the incoming U.S. administration",
    ),
    [
        E("Pak Chol Min", "PRK", "First Vice Foreign Minister"),
        E("Kim Yo Jong", "PRK", "vice department director of the ruling party's Central Committee"),
        E("Kim Jong Un", "PRK", "leader"),
    ],
)

# p03 Japanese names; counterpart without post; abductee kin
add(
    "2026-05-20",
    """TOKYO (Kyodo) -- Japan's Foreign Minister Yoko Minamida will hold talks with her South Korean counterpart, Cho Tae-hyun, in Tokyo next week to coordinate their response to North Korea, Chief Cabinet Secretary Hiroshi Tanabe told reporters Wednesday. Tanabe said the two ministers would also discuss the abduction issue. Keiko Arai, whose brother was abducted by North Korean agents in 1978, urged the government to press Pyongyang. Minamida said Japan would "leave no stone unturned" in bringing the abductees home.""",
    A(
        "Foreign Minister Yoko Minamida will hold talks",
        "in bringing the abductees home",
        source="Kyodo",
        dateline="Tokyo",
    ),
    [
        E("Yoko Minamida", "JPN", "Foreign Minister"),
        E("Cho Tae-hyun", "KOR", None),
        E("Hiroshi Tanabe", "JPN", "Chief Cabinet Secretary"),
    ],
    [M(["Yoko Minamida", "Cho Tae-hyun"], ["JPN", "KOR"], "Tokyo", "2026-05", "planned", "talks")],
)

# p04 Chinese names; spokesperson; planned visit
add(
    "2026-07-09",
    """BEIJING, July 9 (Xinhua) -- Chinese Foreign Ministry spokesperson Liu Jianfeng told a regular press briefing on Thursday that China supports dialogue between Pyongyang and Washington. Wang Zhiyuan, China's special representative for Korean Peninsula affairs, will travel to Pyongyang next week for talks with North Korean officials, Liu said. Liu declined to say whether Wang would meet leader Kim Jong Un. Zhao Lina, a researcher at Renmin University of China, said Beijing wanted to restore its influence over Pyongyang.""",
    A(
        "Foreign Ministry spokesperson Liu Jianfeng told a regular press briefing",
        "restore its influence over Pyongyang",
        source="Xinhua",
        dateline="Beijing",
    ),
    [
        E("Liu Jianfeng", "CHN", "Foreign Ministry spokesperson"),
        E("Wang Zhiyuan", "CHN", "special representative for Korean Peninsula affairs"),
        E("Kim Jong Un", "PRK", "leader"),
    ],
    [M(["Wang Zhiyuan"], ["CHN", "PRK"], "Pyongyang", "2026-07", "planned", "talks")],
)

# p05 Russian name with middle initial; ambassador to Russia
add(
    "2026-02-13",
    """MOSCOW, Feb. 13 (Yonhap) -- Russian Deputy Foreign Minister Andrei V. Rudenkov met North Korean Ambassador to Russia Sin Kwang Hyok in Moscow on Thursday, Russia's foreign ministry said. Rudenkov and Sin discussed "the situation on the Korean Peninsula" and preparations for a visit by Foreign Minister Choe Son Hui, the ministry said. Choe is expected to arrive in Moscow later this month. Dmitry Sokolov, a Korea expert at the Russian Academy of Sciences, said the meeting signaled deepening ties.""",
    A(
        "Deputy Foreign Minister Andrei V. Rudenkov met North Korean Ambassador",
        "the meeting signaled deepening ties",
        source="Yonhap",
        dateline="Moscow",
    ),
    [
        E("Andrei V. Rudenkov", "RUS", "Deputy Foreign Minister"),
        E("Sin Kwang Hyok", "PRK", "Ambassador to Russia"),
        E("Choe Son Hui", "PRK", "Foreign Minister"),
    ],
    [
        M(
            ["Andrei V. Rudenkov", "Sin Kwang Hyok"],
            ["PRK", "RUS"],
            "Moscow",
            "2026-02-12",
            "held",
            "talks",
        ),
        M(["Choe Son Hui"], ["PRK", "RUS"], "Moscow", "2026-02", "planned", "talks"),
    ],
    checks=[("2026-02-12", "Thursday")],
)

# p06 Mongolian names (back-reference by first element); airport and square
add(
    "2026-06-16",
    """ULAANBAATAR -- North Korean Vice Foreign Minister Kim Son Gyong arrived at Chinggis Khaan International Airport on Monday for a three-day visit, Mongolia's foreign ministry said. Kim was greeted by Deputy Foreign Minister Ganbold Oyunbileg and held talks later in the day with Foreign Minister Enkhtuya Dorj at the State Palace on Sukhbaatar Square. Enkhtuya said Mongolia stood ready to host talks between Pyongyang and Tokyo.
Photo by Bat-Erdene Tsogoo""",
    A(
        "Vice Foreign Minister Kim Son Gyong arrived at Chinggis Khaan International Airport",
        "stood ready to host talks between Pyongyang and Tokyo",
        dateline="Ulaanbaatar",
    ),
    [
        E("Kim Son Gyong", "PRK", "Vice Foreign Minister"),
        E("Ganbold Oyunbileg", "MNG", "Deputy Foreign Minister"),
        E("Enkhtuya Dorj", "MNG", "Foreign Minister"),
    ],
    [
        M(
            ["Kim Son Gyong", "Ganbold Oyunbileg", "Enkhtuya Dorj"],
            ["MNG", "PRK"],
            "Ulaanbaatar",
            "2026-06-15",
            "held",
            "talks",
        ),
        M([], ["JPN", "PRK"], "Mongolia", None, "proposed", "talks"),
    ],
    checks=[("2026-06-15", "Monday")],
)

# p07 Sweden; appositive title; director-general; photo credit in parentheses
add(
    "2026-09-23",
    """STOCKHOLM -- Sweden's special envoy for the Korean Peninsula, Annika Lindqvist, visited Pyongyang last week and met Choe Ryong Gil, director-general of the North Korean foreign ministry's European affairs department, the Swedish foreign ministry said on Wednesday. Lindqvist also met Swedish Ambassador Joakim Berg, who returned to Pyongyang in March. "The door is open," Lindqvist said.
(Photo: Erik Nordstrom/TT)""",
    A(
        "special envoy for the Korean Peninsula, Annika Lindqvist, visited Pyongyang",
        '"The door is open," Lindqvist said.',
        dateline="Stockholm",
    ),
    [
        E("Annika Lindqvist", "SWE", "special envoy for the Korean Peninsula"),
        E(
            "Choe Ryong Gil",
            "PRK",
            "director-general of the North Korean foreign ministry's European affairs department",
        ),
        E("Joakim Berg", "SWE", "Ambassador"),
    ],
    [
        M(
            ["Annika Lindqvist", "Choe Ryong Gil"],
            ["PRK", "SWE"],
            "Pyongyang",
            "2026-09",
            "held",
            "talks",
        )
    ],
)

# p08 Vietnamese names (back-reference by given name); square and mausoleum
add(
    "2026-10-15",
    """HANOI -- Vietnam's Deputy Foreign Minister Nguyen Van Thanh received North Korean Ambassador Ri Song Chol in Hanoi on Wednesday, the Vietnamese foreign ministry said. Thanh said Vietnam was ready to share its experience of economic reform with the North. Ri thanked Vietnam for its support and conveyed greetings from Foreign Minister Choe Son Hui. The two sides met at the ministry near Ba Dinh Square, a short walk from the Ho Chi Minh Mausoleum. Pham Thu Hang, a researcher at Vietnam National University, said Hanoi sought to balance ties with both Koreas.""",
    A(
        "Deputy Foreign Minister Nguyen Van Thanh received North Korean Ambassador",
        "sought to balance ties with both Koreas",
        dateline="Hanoi",
    ),
    [
        E("Nguyen Van Thanh", "VNM", "Deputy Foreign Minister"),
        E("Ri Song Chol", "PRK", "Ambassador"),
        E("Choe Son Hui", "PRK", "Foreign Minister"),
    ],
    [
        M(
            ["Nguyen Van Thanh", "Ri Song Chol"],
            ["PRK", "VNM"],
            "Hanoi",
            "2026-10-14",
            "held",
            "talks",
        )
    ],
    checks=[("2026-10-14", "Wednesday")],
)

# p09 Singapore; Chinese-order names; person-named school
add(
    "2026-04-02",
    """SINGAPORE -- Singapore's Foreign Minister Lim Wei Keong said on Thursday that the city-state was willing to host a new round of talks between the United States and North Korea. Lim made the remarks after meeting visiting U.S. Deputy Secretary of State Gregory Sand at the Istana on Thursday. "Singapore has done it before and will do it again if asked," Lim said, referring to the 2018 summit on Sentosa island. Sand, who is on a four-nation Asian tour, is due to fly to Jakarta on Friday. Koh Swee Lian, a senior fellow at the S. Rajaratnam School of International Studies, said the offer was sincere.""",
    A(
        "Foreign Minister Lim Wei Keong said on Thursday",
        "said the offer was sincere",
        dateline="Singapore",
    ),
    [
        E("Lim Wei Keong", "SGP", "Foreign Minister"),
        E("Gregory Sand", "USA", "Deputy Secretary of State"),
    ],
    [
        M(
            ["Lim Wei Keong", "Gregory Sand"],
            ["SGP", "USA"],
            "Singapore",
            "2026-04-02",
            "held",
            "talks",
        ),
        M([], ["PRK", "USA"], "Singapore", None, "proposed", "talks"),
        M([], ["PRK", "USA"], "Sentosa", "2018", "held", "summit"),
        M(["Gregory Sand"], ["IDN", "USA"], "Jakarta", "2026-04-03", "planned", "talks"),
    ],
    checks=[("2026-04-02", "Thursday")],
)

# p10 Switzerland; apposition post wins over rank before
add(
    "2026-11-05",
    """GENEVA -- Switzerland is prepared to offer Geneva as a venue for talks between the United States and North Korea, Federal Councillor Markus Brunner, head of the Federal Department of Foreign Affairs, said Thursday. Brunner spoke after a meeting with South Korea's Vice Foreign Minister Jeong Da-eun on the sidelines of a disarmament conference. Claudia Meier, the Swiss ambassador to China and North Korea, attended the meeting, Brunner said. Meier is based in Beijing.""",
    A(
        "Switzerland is prepared to offer Geneva as a venue",
        "Meier is based in Beijing.",
        dateline="Geneva",
    ),
    [
        E("Markus Brunner", "CHE", "head of the Federal Department of Foreign Affairs"),
        E("Jeong Da-eun", "KOR", "Vice Foreign Minister"),
        E("Claudia Meier", "CHE", "Swiss ambassador to China and North Korea"),
    ],
    [
        M(
            ["Markus Brunner", "Jeong Da-eun", "Claudia Meier"],
            ["CHE", "KOR"],
            "Geneva",
            "2026-11",
            "held",
            "talks",
        ),
        M([], ["PRK", "USA"], "Geneva", None, "proposed", "talks"),
    ],
)

# p11 UK; honorifics Baroness/Lady/Sir
add(
    "2026-08-27",
    """LONDON -- Britain will reopen its embassy in Pyongyang, Baroness Helen Carrow, the Foreign Office minister for the Indo-Pacific, told Parliament on Thursday. Lady Carrow said the ambassador-designate, David Whitcombe, would travel to Pyongyang in October. Sir Richard Hale, a former British ambassador to both Koreas, welcomed the move. "It gives us eyes and ears on the ground," Hale told the BBC.""",
    A("Britain will reopen its embassy in Pyongyang", "Hale told the BBC", dateline="London"),
    [
        E("Helen Carrow", "GBR", "Foreign Office minister for the Indo-Pacific"),
        E("David Whitcombe", "GBR", "ambassador-designate"),
        E("Richard Hale", "GBR", "former British ambassador to both Koreas"),
    ],
    [M(["David Whitcombe"], ["GBR", "PRK"], "Pyongyang", "2026-10", "planned", "talks")],
    [{"name": "embassy", "parties": ["GBR", "PRK"], "status": "proposed", "date": None}],
)

# p12 EU officials: country null
add(
    "2026-03-24",
    """BRUSSELS -- The European Union's foreign policy chief, Katarina Weiss, condemned North Korea's latest ballistic missile launch on Tuesday and urged Pyongyang to return to talks. Weiss, the EU's High Representative for Foreign Affairs and Security Policy, said the bloc would consider new sanctions. Pierre-Alain Dumont, managing director for Asia and the Pacific at the European External Action Service, will visit Seoul and Tokyo next month for consultations, her spokesman Lukas Brenner said.""",
    A(
        "foreign policy chief, Katarina Weiss, condemned",
        "her spokesman Lukas Brenner said",
        dateline="Brussels",
    ),
    [
        E("Katarina Weiss", None, "High Representative for Foreign Affairs and Security Policy"),
        E(
            "Pierre-Alain Dumont",
            None,
            "managing director for Asia and the Pacific at the European External Action Service",
        ),
        E("Lukas Brenner", None, "spokesman"),
    ],
    [
        M(["Pierre-Alain Dumont"], ["KOR"], "Seoul", "2026-04", "planned", "talks"),
        M(["Pierre-Alain Dumont"], ["JPN"], "Tokyo", "2026-04", "planned", "talks"),
    ],
)

# p13 UN ambassadors of states; UN officials country null; demonym trap
add(
    "2026-10-21",
    """UNITED NATIONS (AP) -- North Korea's U.N. ambassador Kim Song Nam said in a statement on Tuesday that his country would never give up its nuclear weapons. South Korea's U.N. ambassador, Choi Ji-hoon, told reporters the remarks were "deeply regrettable". Lorenzo Fabbri, spokesman for the U.N. secretary-general, said the secretary-general's personal envoy, Maria Elena Salgado, was ready to travel to Pyongyang. Salgado, a veteran Chilean diplomat, has not visited the North since her appointment in May.""",
    A(
        "U.N. ambassador Kim Song Nam said in a statement",
        "has not visited the North since her appointment in May",
        source="AP",
        dateline="United Nations",
    ),
    [
        E("Kim Song Nam", "PRK", "U.N. ambassador"),
        E("Choi Ji-hoon", "KOR", "U.N. ambassador"),
        E("Lorenzo Fabbri", None, "spokesman for the U.N. secretary-general"),
        E("Maria Elena Salgado", None, "personal envoy"),
    ],
    [M(["Maria Elena Salgado"], ["PRK"], "Pyongyang", None, "proposed", "talks")],
)

# p14 IAEA; demonym of an international official
add(
    "2026-09-15",
    """VIENNA (Reuters) -- International Atomic Energy Agency chief Mateo Ferreyra said on Monday that North Korea was expanding uranium enrichment at Yongbyon. Ferreyra, an Argentine diplomat who took office last year, told the agency's Board of Governors that inspectors had been barred since 2009. Anneliese Kohl, the agency's deputy director general for safeguards, said the agency remained ready to return to Yongbyon. Nora Castellanos, an analyst at the Middlebury Institute of International Studies, said satellite images showed a new building.""",
    A(
        "International Atomic Energy Agency chief Mateo Ferreyra said on Monday",
        "satellite images showed a new building",
        source="Reuters",
        dateline="Vienna",
    ),
    [
        E("Mateo Ferreyra", None, "International Atomic Energy Agency chief"),
        E("Anneliese Kohl", None, "deputy director general for safeguards"),
    ],
)

# p15 military ranks vs posts
add(
    "2026-07-28",
    """PANMUNJOM -- Generals from the two Koreas held their first military talks in eight years at the truce village of Panmunjom on Monday. The North's delegation was led by Lt. Gen. Jon Chang Bok, and the South's by Maj. Gen. Seo Joon-ho, head of the defense ministry's North Korea policy bureau. Gen. Ho Yong Chol, chief of the general staff of the Korean People's Army, had proposed the talks last month. Gen. Robert T. Halvorsen, commander of U.S. Forces Korea, said the United Nations Command had been informed.""",
    A(
        "Generals from the two Koreas held their first military talks",
        "the United Nations Command had been informed",
        dateline="Panmunjom",
    ),
    [
        E("Jon Chang Bok", "PRK", "Lt. Gen."),
        E("Seo Joon-ho", "KOR", "head of the defense ministry's North Korea policy bureau"),
        E("Ho Yong Chol", "PRK", "chief of the general staff of the Korean People's Army"),
        E("Robert T. Halvorsen", "USA", "commander of U.S. Forces Korea"),
    ],
    [
        M(
            ["Jon Chang Bok", "Seo Joon-ho"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2026-07-27",
            "held",
            "talks",
        )
    ],
    checks=[("2026-07-27", "Monday")],
)

# p16 former officials vs think-tank fellow
add(
    "2026-12-01",
    """WASHINGTON -- Daniel Reeves, a former U.S. special representative for North Korea policy, said on Monday that Washington should offer Pyongyang a phased deal. Reeves, who led talks with North Korean negotiators in Stockholm in 2019, spoke at a seminar in Washington. Yoon Hae-jin, a former vice unification minister who now teaches at Ewha Womans University, agreed. Victor Chang, a senior fellow at the Center for Strategic and International Studies, was more skeptical. "Pyongyang has no reason to talk," Chang said.""",
    A(
        "a former U.S. special representative for North Korea policy",
        '"Pyongyang has no reason to talk," Chang said.',
        dateline="Washington",
    ),
    [
        E("Daniel Reeves", "USA", "former U.S. special representative for North Korea policy"),
        E("Yoon Hae-jin", "KOR", "former vice unification minister"),
    ],
    [M(["Daniel Reeves"], ["PRK", "USA"], "Stockholm", "2019", "held", "talks")],
)

# p17 Korean names in Western order; byline and e-mail
add(
    "2026-02-25",
    """By Min-ji Seo
South Korean Foreign Minister Hyun-woo Bae met with his Chinese counterpart Wang Liqun in Beijing on Tuesday and asked China to play a "constructive role" in bringing North Korea back to talks, the ministry said. Bae also met Vice President Zhou Minghui. Bae told reporters that Zhou had expressed support for inter-Korean dialogue. (minji@heraldcorp.com)""",
    A(
        "South Korean Foreign Minister Hyun-woo Bae met with his Chinese counterpart",
        "Zhou had expressed support for inter-Korean dialogue",
    ),
    [
        E("Hyun-woo Bae", "KOR", "Foreign Minister"),
        E("Wang Liqun", "CHN", None),
        E("Zhou Minghui", "CHN", "Vice President"),
    ],
    [
        M(["Hyun-woo Bae", "Wang Liqun"], ["CHN", "KOR"], "Beijing", "2026-02-24", "held", "talks"),
        M(["Hyun-woo Bae", "Zhou Minghui"], ["CHN", "KOR"], "Beijing", None, "held", "talks"),
    ],
    checks=[("2026-02-24", "Tuesday")],
)

# p18 "X of <country>" lists
add(
    "2026-06-09",
    """TOKYO -- Chief nuclear negotiators of South Korea, Japan and the United States met in Tokyo on Monday and agreed to step up pressure on North Korea. Lee Seung-woo of South Korea, Kenta Morikawa of Japan and Rachel Ambrose of the United States also discussed North Korea's cyber theft. Morikawa, director-general of the foreign ministry's Asian and Oceanian Affairs Bureau, hosted the meeting. Lee told reporters afterwards that the three sides would meet again in Washington in the autumn.""",
    A(
        "Chief nuclear negotiators of South Korea, Japan and the United States met",
        "would meet again in Washington in the autumn",
        dateline="Tokyo",
    ),
    [
        E("Lee Seung-woo", "KOR", None),
        E(
            "Kenta Morikawa",
            "JPN",
            "director-general of the foreign ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Rachel Ambrose", "USA", None),
    ],
    [
        M(
            ["Lee Seung-woo", "Kenta Morikawa", "Rachel Ambrose"],
            ["JPN", "KOR", "USA"],
            "Tokyo",
            "2026-06-08",
            "held",
            "talks",
        ),
        M([], ["JPN", "KOR", "USA"], "Washington", "2026", "planned", "talks"),
    ],
    checks=[("2026-06-08", "Monday")],
)

# p19 demonyms before names
add(
    "2026-08-05",
    """South Korean negotiator Ahn Jung-soo and his North Korean counterpart Ri Thae Song wrapped up two days of Red Cross talks at the border village of Panmunjom on Wednesday without agreement on family reunions. A Chinese envoy, Sun Hailin, is due in Seoul on Friday, while the American official overseeing North Korea policy, Mark Pennington, arrived in Tokyo on Tuesday. Ahn said the talks would resume next month.""",
    A(
        "South Korean negotiator Ahn Jung-soo and his North Korean counterpart",
        "Ahn said the talks would resume next month.",
    ),
    [
        E("Ahn Jung-soo", "KOR", "negotiator"),
        E("Ri Thae Song", "PRK", None),
        E("Sun Hailin", "CHN", "envoy"),
        E("Mark Pennington", "USA", None),
    ],
    [
        M(
            ["Ahn Jung-soo", "Ri Thae Song"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2026-08-04",
            "held",
            "talks",
        ),
        M(["Sun Hailin"], ["CHN", "KOR"], "Seoul", "2026-08-07", "planned", "talks"),
        M(["Mark Pennington"], ["JPN", "USA"], "Tokyo", "2026-08-04", "held", "talks"),
        M([], ["KOR", "PRK"], None, "2026-09", "planned", "talks"),
    ],
    checks=[("2026-08-05", "Wednesday"), ("2026-08-07", "Friday"), ("2026-08-04", "Tuesday")],
)

# p20 ambassadors named by capital metonyms
add(
    "2026-04-29",
    """Kwon Tae-hoon, Seoul's ambassador to Beijing, met Wang Lixin, Beijing's envoy to Pyongyang, during the latter's home leave on Tuesday, diplomatic sources said. Pyongyang's ambassador to Moscow, Ri Kwang Sop, meanwhile, was summoned to the Kremlin on Monday. The U.S. ambassador in Seoul, Philip Goldstein, said Washington welcomed China's efforts.""",
    A(
        "Kwon Tae-hoon, Seoul's ambassador to Beijing, met Wang Lixin",
        "Washington welcomed China's efforts",
    ),
    [
        E("Kwon Tae-hoon", "KOR", "ambassador to Beijing"),
        E("Wang Lixin", "CHN", "envoy to Pyongyang"),
        E("Ri Kwang Sop", "PRK", "ambassador to Moscow"),
        E("Philip Goldstein", "USA", "ambassador in Seoul"),
    ],
    [
        M(["Kwon Tae-hoon", "Wang Lixin"], ["CHN", "KOR"], None, "2026-04-28", "held", "talks"),
        M(["Ri Kwang Sop"], ["PRK", "RUS"], "Kremlin", "2026-04-27", "held", "talks"),
    ],
    checks=[("2026-04-28", "Tuesday"), ("2026-04-27", "Monday")],
)

# p21 kin without posts; surname "No"
add(
    "2026-05-08",
    """PYONGYANG, May 8 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, received visiting Russian Defence Minister Pavel Zharov in Pyongyang on Thursday. Kim was accompanied by his daughter Ju Ae and his wife Ri Sol Ju at a banquet for the Russian guests. Foreign Minister Choe Son Hui and Defence Minister No Kwang Chol also attended. Zharov conveyed greetings from President Vladimir Putin.""",
    A(
        "general secretary of the Workers' Party of Korea, received visiting",
        "Zharov conveyed greetings from President Vladimir Putin.",
        source="KCNA",
        dateline="Pyongyang",
    ),
    [
        E("Kim Jong Un", "PRK", "general secretary of the Workers' Party of Korea"),
        E("Pavel Zharov", "RUS", "Defence Minister"),
        E("Choe Son Hui", "PRK", "Foreign Minister"),
        E("No Kwang Chol", "PRK", "Defence Minister"),
        E("Vladimir Putin", "RUS", "President"),
    ],
    [
        M(
            ["Kim Jong Un", "Pavel Zharov", "Choe Son Hui", "No Kwang Chol"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2026-05-07",
            "held",
            "talks",
        )
    ],
    checks=[("2026-05-07", "Thursday")],
)

# p22 defector, businessman, war victim
add(
    "2026-01-20",
    """SEOUL -- Unification Minister Kwon Yeong-ho on Tuesday urged North Korea to respond to Seoul's offer of talks on separated families. Kang Myong-chol, a defector who fled the North in 2019 and now runs a popular YouTube channel, said few in Pyongyang would hear the offer. Park Jin-woo, chairman of Hyundai Asan, which ran tours to Mount Kumgang, said his company was ready to resume business. Lee Song-mi, 91, who lost her father in the 1950-53 Korean War, said she hoped to visit his grave. Kwon said the ministry would keep the offer open.""",
    A(
        "Unification Minister Kwon Yeong-ho on Tuesday urged",
        "Kwon said the ministry would keep the offer open.",
        dateline="Seoul",
    ),
    [E("Kwon Yeong-ho", "KOR", "Unification Minister")],
)

# p23 byline, agency line, photo credits
add(
    "2026-03-18",
    """By Sarah Klein and Jun Ho-seok
Associated Press
SEOUL -- U.S. Secretary of State Laura Whitfield arrived in Seoul on Wednesday for talks with South Korean Foreign Minister Noh Jae-sung, her first visit since taking office.
(Photo by Ahn Young-soo/AP)
Whitfield and Noh are expected to discuss North Korea's growing military ties with Russia, officials said. Whitfield will travel on to Tokyo on Friday to meet Japanese Prime Minister Sanae Fujimura.
Reuters/Kim Hong-min""",
    A(
        "Secretary of State Laura Whitfield arrived in Seoul on Wednesday",
        "to meet Japanese Prime Minister Sanae Fujimura",
        source="Associated Press",
        dateline="Seoul",
    ),
    [
        E("Laura Whitfield", "USA", "Secretary of State"),
        E("Noh Jae-sung", "KOR", "Foreign Minister"),
        E("Sanae Fujimura", "JPN", "Prime Minister"),
    ],
    [
        M(
            ["Laura Whitfield", "Noh Jae-sung"],
            ["KOR", "USA"],
            "Seoul",
            "2026-03-18",
            "planned",
            "talks",
        ),
        M(
            ["Laura Whitfield", "Sanae Fujimura"],
            ["JPN", "USA"],
            "Tokyo",
            "2026-03-20",
            "planned",
            "talks",
        ),
    ],
    checks=[("2026-03-18", "Wednesday"), ("2026-03-20", "Friday")],
)

# p24 person-named places, university, ship
add(
    "2026-10-02",
    """PYONGYANG -- Chinese Vice Premier Liu Guoping arrived at Pyongyang Sunan International Airport on Thursday and was greeted by Premier Ri Chang Ho, state media said. Liu laid a wreath at Kim Il Sung Square and toured Kim Chaek University of Technology. Separately, the cargo ship Kang Yang, seized by Chinese authorities last year, was allowed to return to Nampho.""",
    A(
        "Chinese Vice Premier Liu Guoping arrived at Pyongyang Sunan International Airport",
        "was allowed to return to Nampho",
        dateline="Pyongyang",
    ),
    [E("Liu Guoping", "CHN", "Vice Premier"), E("Ri Chang Ho", "PRK", "Premier")],
    [M(["Liu Guoping", "Ri Chang Ho"], ["CHN", "PRK"], "Pyongyang", "2026-10-01", "held", "talks")],
    checks=[("2026-10-01", "Thursday")],
)

# p25 "who heads" post; acting post
add(
    "2026-11-18",
    """SEOUL -- Choi Kang-hoon, who heads the foreign ministry's North America bureau, flew to Washington on Tuesday for talks with State Department officials on the North Korean nuclear issue. He will meet Derek Lyle, the acting assistant secretary of state for East Asian and Pacific affairs, on Thursday. Choi was previously the ministry's spokesman.""",
    A(
        "Choi Kang-hoon, who heads the foreign ministry's North America bureau",
        "Choi was previously the ministry's spokesman.",
        dateline="Seoul",
    ),
    [
        E("Choi Kang-hoon", "KOR", "heads the foreign ministry's North America bureau"),
        E(
            "Derek Lyle",
            "USA",
            "acting assistant secretary of state for East Asian and Pacific affairs",
        ),
    ],
    [
        M(
            ["Choi Kang-hoon", "Derek Lyle"],
            ["KOR", "USA"],
            "Washington",
            "2026-11-19",
            "planned",
            "talks",
        )
    ],
    checks=[("2026-11-19", "Thursday")],
)

# p26 middle initials, Jr., rank + post before name
add(
    "2026-05-13",
    """WASHINGTON -- Secretary of State John R. Caldwell said on Tuesday that he was ready to meet North Korea's foreign minister "anywhere, anytime". Caldwell's remarks came as Ambassador Harold W. Mercer Jr., the U.S. special envoy for North Korea, prepared to travel to Seoul and Tokyo next week. "We have sent a clear message," Mercer said. Pentagon spokesman Maj. Carl D. Ortiz declined to comment.""",
    A(
        "Secretary of State John R. Caldwell said on Tuesday",
        "Maj. Carl D. Ortiz declined to comment",
        dateline="Washington",
    ),
    [
        E("John R. Caldwell", "USA", "Secretary of State"),
        E("Harold W. Mercer Jr.", "USA", "U.S. special envoy for North Korea"),
        E("Carl D. Ortiz", "USA", "Pentagon spokesman"),
    ],
    [
        M(["John R. Caldwell"], ["PRK", "USA"], None, None, "proposed", "talks"),
        M(["Harold W. Mercer Jr."], ["KOR", "USA"], "Seoul", "2026-05", "planned", "talks"),
        M(["Harold W. Mercer Jr."], ["JPN", "USA"], "Tokyo", "2026-05", "planned", "talks"),
    ],
)

# p27 surname-only references; two Kims avoided
add(
    "2026-09-08",
    """BEIJING -- North Korea's top diplomat, Foreign Minister Han Kyong Ok, held talks with Chinese Foreign Minister Gao Weiming in Beijing on Monday, China's foreign ministry said. Han told Gao that Pyongyang valued its "blood-sealed friendship" with Beijing. Gao said China would continue to support the North's economic development. Kim Sung Chol, the North's ambassador to China, accompanied Han.""",
    A(
        "Foreign Minister Han Kyong Ok, held talks with Chinese Foreign Minister",
        "the North's ambassador to China, accompanied Han",
        dateline="Beijing",
    ),
    [
        E("Han Kyong Ok", "PRK", "Foreign Minister"),
        E("Gao Weiming", "CHN", "Foreign Minister"),
        E("Kim Sung Chol", "PRK", "ambassador to China"),
    ],
    [
        M(
            ["Han Kyong Ok", "Gao Weiming", "Kim Sung Chol"],
            ["CHN", "PRK"],
            "Beijing",
            "2026-09-07",
            "held",
            "talks",
        )
    ],
    checks=[("2026-09-07", "Monday")],
)

# p28 honorifics Ms./Dr.; country from "Seoul" context only
add(
    "2026-12-09",
    """Foreign Minister Kang Mi-sook told lawmakers on Wednesday that Seoul had proposed high-level talks with Pyongyang. Ms. Kang said the North had not responded. Dr. Ham Sung-jin, a professor at Seoul National University, said the offer was premature. Kang's deputy, Vice Foreign Minister Yeo Sang-min, will visit Washington next week.""",
    A(
        "Foreign Minister Kang Mi-sook told lawmakers on Wednesday",
        "will visit Washington next week",
    ),
    [
        E("Kang Mi-sook", "KOR", "Foreign Minister"),
        E("Yeo Sang-min", "KOR", "Vice Foreign Minister"),
    ],
    [M(["Yeo Sang-min"], ["KOR", "USA"], "Washington", "2026-12", "planned", "talks")],
)

# p29 lowercase apposition post; counterpart
add(
    "2026-06-24",
    """Park Yoon-joo, the first vice foreign minister, said on Wednesday that Seoul and Washington had agreed to hold a new round of their strategic dialogue in Seoul in July. Park made the remarks at a parliamentary hearing. Her counterpart, Deputy Secretary of State Nathan Brill, is expected to lead the U.S. delegation.""",
    A(
        "Park Yoon-joo, the first vice foreign minister, said on Wednesday",
        "is expected to lead the U.S. delegation",
    ),
    [
        E("Park Yoon-joo", "KOR", "first vice foreign minister"),
        E("Nathan Brill", "USA", "Deputy Secretary of State"),
    ],
    [M(["Park Yoon-joo", "Nathan Brill"], ["KOR", "USA"], "Seoul", "2026-07", "planned", "talks")],
)

# p30 spokespeople of four governments
add(
    "2026-02-04",
    """State Department spokesperson Tamsin Reyes told a briefing on Tuesday that the United States had "no hostile intent" toward North Korea. In Seoul, Koo Min-hyuk, the unification ministry's spokesman, said the South hoped Pyongyang would take the message seriously. Japan's top government spokesman, Chief Cabinet Secretary Kenji Murase, said Tokyo was watching closely. A spokesman for the Chinese foreign ministry, Mao Jun, said Beijing supported dialogue.""",
    A(
        "State Department spokesperson Tamsin Reyes told a briefing",
        "said Beijing supported dialogue",
    ),
    [
        E("Tamsin Reyes", "USA", "State Department spokesperson"),
        E("Koo Min-hyuk", "KOR", "unification ministry's spokesman"),
        E("Kenji Murase", "JPN", "Chief Cabinet Secretary"),
        E("Mao Jun", "CHN", "spokesman for the Chinese foreign ministry"),
    ],
)

# p31 summit; first ladies
add(
    "2026-11-11",
    """South Korean President Moon Hae-sung and Chinese President Xi Jinping held a summit in Seoul on Tuesday and agreed to work together for the denuclearization of the Korean Peninsula. Xi, who is also general secretary of the Communist Party, invited Moon to visit China next year. First lady Kim Hye-won hosted a dinner for Peng Liyuan, Xi's wife.""",
    A(
        "South Korean President Moon Hae-sung and Chinese President Xi Jinping held a summit",
        "hosted a dinner for Peng Liyuan, Xi's wife",
    ),
    [E("Moon Hae-sung", "KOR", "President"), E("Xi Jinping", "CHN", "President")],
    [
        M(["Moon Hae-sung", "Xi Jinping"], ["CHN", "KOR"], "Seoul", "2026-11-10", "held", "summit"),
        M(["Moon Hae-sung", "Xi Jinping"], ["CHN", "KOR"], "China", "2027", "proposed", "summit"),
    ],
    checks=[("2026-11-10", "Tuesday")],
)

# p32 headline mention; rare DPRK surname; counterpart
add(
    "2026-07-15",
    """N. Korea's Ryom to visit Moscow for talks with Volkov
SEOUL, July 15 (Yonhap) -- North Korean Foreign Minister Ryom Chol Su will visit Moscow this week for talks with his Russian counterpart Sergei Volkov, the North's state media said Wednesday. Volkov visited Pyongyang in June last year.""",
    A(
        "North Korean Foreign Minister Ryom Chol Su will visit Moscow",
        "Volkov visited Pyongyang in June last year.",
        title="N. Korea's Ryom to visit Moscow for talks with Volkov",
        source="Yonhap",
        dateline="Seoul",
    ),
    [E("Ryom Chol Su", "PRK", "Foreign Minister"), E("Sergei Volkov", "RUS", None)],
    [
        M(
            ["Ryom Chol Su", "Sergei Volkov"],
            ["PRK", "RUS"],
            "Moscow",
            "2026-07",
            "planned",
            "talks",
        ),
        M(["Sergei Volkov"], ["PRK", "RUS"], "Pyongyang", "2025-06", "held", "talks"),
    ],
)

# p33 delegation lists
add(
    "2026-03-11",
    """The South Korean delegation to the talks in Geneva included Deputy Foreign Minister Kim Jong-hwa, Ambassador Lee Sang-min and Chung Dae-ho, a defense ministry official. The North sent Vice Foreign Minister Kim Chol Ung, accompanied by Ri Hyang Sun, deputy director of the foreign ministry's legal department. The talks opened on Tuesday, Swiss officials said.""",
    A(
        "The South Korean delegation to the talks in Geneva included",
        "The talks opened on Tuesday, Swiss officials said.",
    ),
    [
        E("Kim Jong-hwa", "KOR", "Deputy Foreign Minister"),
        E("Lee Sang-min", "KOR", "Ambassador"),
        E("Chung Dae-ho", "KOR", "defense ministry official"),
        E("Kim Chol Ung", "PRK", "Vice Foreign Minister"),
        E("Ri Hyang Sun", "PRK", "deputy director of the foreign ministry's legal department"),
    ],
    [
        M(
            ["Kim Jong-hwa", "Lee Sang-min", "Chung Dae-ho", "Kim Chol Ung", "Ri Hyang Sun"],
            ["KOR", "PRK"],
            "Geneva",
            "2026-03-10",
            "held",
            "talks",
        )
    ],
    checks=[("2026-03-10", "Tuesday")],
)

# p34 speaker after quote; rank before name
add(
    "2026-08-19",
    """"We will never negotiate under pressure," said Ri Hyon Chol, a spokesman for the North's foreign ministry, in a statement released on Wednesday. "The United States should stop its hostile acts," Ri added. The statement came a day after U.S. and South Korean troops began annual exercises. "These drills are defensive," said Col. Ryan Donato, a U.S. Forces Korea spokesman. Seoul's defense ministry spokesperson, Jeon Ha-kyu, echoed that view.""",
    A("We will never negotiate under pressure", "echoed that view"),
    [
        E("Ri Hyon Chol", "PRK", "spokesman for the North's foreign ministry"),
        E("Ryan Donato", "USA", "U.S. Forces Korea spokesman"),
        E("Jeon Ha-kyu", "KOR", "defense ministry spokesperson"),
    ],
)

# p35 UN agencies; demonym of a UN official
add(
    "2026-04-15",
    """GENEVA -- Ingrid Haugland, the World Food Programme's country director for North Korea, said on Wednesday that international staff had returned to Pyongyang for the first time since 2020. Haugland said the agency had held talks with Vice Minister of External Economic Relations Kim Yong Jae on food aid last week. UNICEF's representative in the country, Tomas Ekdahl, a Swede, said vaccines would arrive next month.""",
    A(
        "the World Food Programme's country director for North Korea",
        "said vaccines would arrive next month",
        dateline="Geneva",
    ),
    [
        E("Ingrid Haugland", None, "World Food Programme's country director for North Korea"),
        E("Kim Yong Jae", "PRK", "Vice Minister of External Economic Relations"),
        E("Tomas Ekdahl", None, "UNICEF's representative in the country"),
    ],
    [M(["Kim Yong Jae"], ["PRK"], None, "2026-04", "held", "talks")],
)

# p36 "X of the North's foreign ministry", "Y of the State Department"
add(
    "2026-10-28",
    """Working-level officials of North Korea and the United States met in Stockholm on Saturday. Jo Chang Il of the North's foreign ministry and Brian Costa of the State Department led their delegations. Jo told reporters outside the North Korean embassy that the talks had "broken down". Costa said the U.S. side had brought "creative ideas".""",
    A(
        "Working-level officials of North Korea and the United States met in Stockholm",
        'had brought "creative ideas"',
    ),
    [E("Jo Chang Il", "PRK", None), E("Brian Costa", "USA", None)],
    [M(["Jo Chang Il", "Brian Costa"], ["PRK", "USA"], "Stockholm", "2026-10-24", "held", "talks")],
    checks=[("2026-10-24", "Saturday")],
)

# p37 hyphen variants of one name; Korean-American US official; "Kim" ambiguity
add(
    "2026-01-28",
    """Seoul's new special envoy to Pyongyang, Lee Hye Jin, said on Wednesday she was ready to travel to the North "at any time". Lee, a former unification ministry official, was appointed by President Moon Hae-sung last week. Her U.S. counterpart, Paul Jinwoo Kim, a Korean-American career diplomat, said Washington supported the appointment. North Korea's leader Kim Jong-un has not commented. Kim Jong Un last met a South Korean envoy in 2018.""",
    A(
        "special envoy to Pyongyang, Lee Hye Jin, said on Wednesday",
        "last met a South Korean envoy in 2018",
    ),
    [
        E("Lee Hye Jin", "KOR", "special envoy to Pyongyang"),
        E("Moon Hae-sung", "KOR", "President"),
        E("Paul Jinwoo Kim", "USA", None),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    [
        M(["Lee Hye Jin"], ["KOR", "PRK"], None, None, "proposed", "talks"),
        M(["Kim Jong-un"], ["KOR", "PRK"], None, "2018", "held", "talks"),
    ],
)

# p38 Japanese names surname first; abductee kin
add(
    "2026-05-27",
    """Japan's new envoy for the abduction issue, Nakagawa Ryota, met South Korea's ambassador to Japan, Yoon Dong-hee, in Tokyo on Tuesday. Nakagawa, a former director-general of the Asian and Oceanian Affairs Bureau, asked Seoul to raise the issue with Pyongyang. Yoon promised to do so. Yokota Takuya, whose sister was abducted in 1977, attended part of the meeting.""",
    A("new envoy for the abduction issue, Nakagawa Ryota, met", "attended part of the meeting"),
    [
        E("Nakagawa Ryota", "JPN", "envoy for the abduction issue"),
        E("Yoon Dong-hee", "KOR", "ambassador to Japan"),
    ],
    [
        M(
            ["Nakagawa Ryota", "Yoon Dong-hee"],
            ["JPN", "KOR"],
            "Tokyo",
            "2026-05-26",
            "held",
            "talks",
        )
    ],
    checks=[("2026-05-26", "Tuesday")],
)


for i, (date, text, art, envoys, meetings, channels) in enumerate(P, 1):
    stem = HERE / f"p{i:02d}"
    stem.with_suffix(".txt").write_text(f" date {date}\n\n{text}\n", encoding="utf-8")
    gold = {
        "title": art["title"],
        "source": art["source"],
        "published": date,
        "dateline": art["dateline"],
        "body_includes": art["body_includes"],
        "body_excludes": [],
        "envoys": envoys,
        "meetings": meetings,
        "channels": channels,
    }
    for frag in art["body_includes"]:
        assert frag in text, (i, frag)
    for m in meetings:
        for p in m["participants"]:
            assert p in [e["name"] for e in envoys], (i, p)
    Path(f"{stem}.gold.json").write_text(
        json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
print(len(P), "passages")
