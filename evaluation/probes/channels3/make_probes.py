"""Write the round-3 channel probe articles (tNN tune, hNN held-out) and their gold.

Each article is written from scratch as a scraped page (header, headline, credit,
dateline, paragraphs, captions and page clutter in some).  The gold of every
article was written, on the extraction guide, before the parser was run on any
of them.  Run from anywhere: ``python make_probes.py``.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import C, E, M

OUT = Path(__file__).resolve().parent
ARTICLES = {}


def add(
    key,
    lines,
    *,
    title,
    source,
    published,
    dateline,
    includes,
    excludes=(),
    envoys=(),
    meetings=(),
    channels=(),
):
    ARTICLES[key] = (
        "\n".join(lines) + "\n",
        {
            "title": title,
            "source": source,
            "published": published,
            "dateline": dateline,
            "body_includes": list(includes),
            "body_excludes": list(excludes),
            "envoys": list(envoys),
            "meetings": list(meetings),
            "channels": list(channels),
        },
    )


KP = ["KOR", "PRK"]
UP = ["PRK", "USA"]
JP = ["JPN", "PRK"]
SIX = ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]

# ---------------------------------------------------------------- tune part
add(
    "t01",
    [
        " date 2023-04-10",
        "Menu Content",
        "N. Korea leaves liaison calls unanswered for fourth day",
        "Write: 2023-04-10 15:02:11",
        "Photo : YONHAP News",
        "North Korea did not answer South Korea's routine calls on the inter-Korean liaison line for a fourth straight day on Monday, the unification ministry said.",
        "",
        "The North has also stopped responding on the military communication line along the western section of the border since Friday, according to the defense ministry.",
        "",
        "Officials in Seoul said they would keep placing calls twice a day, at 9 a.m. and 5 p.m., and would leave the lines open on their side.",
        "",
        "The two Koreas restored the lines in October 2021, more than a year after the North cut them in protest against anti-Pyongyang leaflets.",
        "",
        'Unification Minister Kwon Young-se urged the North to respond, calling the silence "deeply regrettable."',
        "",
        "Analysts said the move could signal a wider freeze, but neither side has proposed talks.",
    ],
    title="N. Korea leaves liaison calls unanswered for fourth day",
    source=None,
    published="2023-04-10",
    dateline=None,
    includes=[
        "North Korea did not answer South Korea's routine calls",
        "Analysts said the move could signal a wider freeze",
    ],
    excludes=["Menu Content"],
    envoys=[E("Kwon Young-se", "KOR", "Unification Minister")],
    channels=[
        C("inter-Korean liaison line", KP, "severed", "2023-04-07"),
        C(
            "military communication line along the western section of the border",
            KP,
            "severed",
            "2023-04-07",
        ),
    ],
)

add(
    "t02",
    [
        "U.S. has kept talking to North Korea through New York channel, officials say",
        "By Reuters Staff",
        "",
        "WASHINGTON (Reuters) - U.S. diplomats have been in regular contact with North Korean officials through the so-called New York channel for several months despite the war of words between the two leaders, U.S. officials said on Friday.",
        "",
        "Joseph Yun, the State Department's special representative for North Korea policy, has used the channel to press for the release of American detainees, the officials said.",
        "",
        "The contacts run through North Korea's mission to the United Nations, where Pak Song Il, a senior diplomat, has been Yun's main counterpart.",
        "",
        "There is no military hotline between Washington and Pyongyang, a gap some former officials have called dangerous.",
        "",
        "Yun and Pak met face to face in New York in June, the officials said, shortly before a U.S. student was flown home.",
        "",
        'President Donald Trump said this week that North Korea would face "fire and fury" if it threatened the United States.',
        "",
        "The State Department declined to comment on the contacts.",
        "",
        "Reporting by a Reuters reporter; Editing by a Reuters editor",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
    title="U.S. has kept talking to North Korea through New York channel, officials say",
    source="Reuters",
    published=None,
    dateline="Washington",
    includes=[
        "U.S. diplomats have been in regular contact with North Korean officials",
        "The State Department declined to comment on the contacts.",
    ],
    excludes=["Our Standards: The Thomson Reuters Trust Principles."],
    envoys=[
        E("Joseph Yun", "USA", "special representative for North Korea policy"),
        E("Pak Song Il", "PRK", "senior diplomat"),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[M(["Joseph Yun", "Pak Song Il"], UP, "New York", None, "held")],
    channels=[C("New York channel", UP, "open")],
)

add(
    "t03",
    [
        "N. Korea blows up inter-Korean liaison office in Kaesong",
        "Posted on : 2020-06-17 16:55 KST",
        "By Kim Ji-eun, staff reporter",
        "A plume of smoke rises from the liaison office building in Kaesong on June 16. (Yonhap News)",
        "North Korea on Tuesday blew up the inter-Korean joint liaison office in the border city of Kaesong, a week after it cut off all communication lines with the South.",
        'The demolition came three days after Kim Yo-jong, first vice department director of the Workers\' Party Central Committee, warned that the "useless" office would soon be seen "completely collapsed."',
        "The office opened in September 2018 as a symbol of the thaw of that year, and officials from both sides worked there around the clock until the COVID-19 pandemic.",
        "On June 9, the North stopped answering all calls on the lines, saying it would treat the South as an enemy.",
        'Vice Unification Minister Suh Ho told reporters that the government "strongly regrets" the destruction and would respond sternly to further provocations.',
        "Seoul's last offer of talks, sent in May, received no reply.",
    ],
    title="N. Korea blows up inter-Korean liaison office in Kaesong",
    source=None,
    published="2020-06-17",
    dateline=None,
    includes=[
        "North Korea on Tuesday blew up the inter-Korean joint liaison office",
        "Seoul's last offer of talks, sent in May, received no reply.",
    ],
    envoys=[
        E(
            "Kim Yo-jong",
            "PRK",
            "first vice department director of the Workers' Party Central Committee",
        ),
        E("Suh Ho", "KOR", "Vice Unification Minister"),
    ],
    channels=[
        C("inter-Korean joint liaison office", KP, "severed", "2020-06-16"),
        C("communication lines", KP, "severed", "2020-06-09"),
    ],
)

add(
    "t04",
    [
        "Sweden's embassy remains the US line to Pyongyang",
        "By The Associated Press",
        "",
        "STOCKHOLM (AP) — With no embassy of its own in North Korea, the United States still relies on Sweden to carry its messages to Pyongyang, Swedish diplomats said Tuesday.",
        "",
        "The Swedish Embassy in Pyongyang acts as the protecting power for American citizens and has delivered several U.S. requests for consular access this year, the Swedish Foreign Ministry said in a statement.",
        "",
        "Sweden's ambassador, Torkel Stiernlof, raised the cases with North Korean Foreign Ministry officials in Pyongyang on Monday, the statement said.",
        "",
        "Washington and Pyongyang have never had diplomatic relations.",
        "",
        "Foreign Minister Margot Wallstrom said Sweden would go on serving both sides for as long as they wished.",
        "",
        "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    ],
    title="Sweden's embassy remains the US line to Pyongyang",
    source="The Associated Press",
    published=None,
    dateline="Stockholm",
    includes=[
        "With no embassy of its own in North Korea",
        "Sweden would go on serving both sides for as long as they wished.",
    ],
    excludes=["This material may not be published, broadcast, rewritten or redistributed."],
    envoys=[
        E("Torkel Stiernlof", "SWE", "ambassador"),
        E("Margot Wallstrom", "SWE", "Foreign Minister"),
    ],
    meetings=[M(["Torkel Stiernlof"], ["PRK", "SWE"], "Pyongyang", None, "held")],
    channels=[C("Swedish Embassy in Pyongyang", UP, "open")],
)

add(
    "t05",
    [
        " date 2013-07-05",
        "N. Korea offers talks on Kaesong complex",
        "SEOUL, July 5 (Yonhap) -- North Korea on Friday sent a message to South Korea through the truce village of Panmunjom, offering to hold working-level talks on restarting the suspended Kaesong industrial complex, the unification ministry said.",
        "The North proposed that the talks be held at the Kaesong complex on Saturday, the ministry said.",
        "Seoul said it would reply through the same channel after reviewing the offer.",
        "The Panmunjom liaison line had been dead since March, when the North cut it in protest against joint military drills, but it started working again on Wednesday.",
        "The industrial park, run jointly since 2004, has been idle since April, when the North pulled out its 53,000 workers.",
        'Unification Minister Ryoo Kihl-jae told lawmakers on Thursday that the government wanted "constructive" talks. (END)',
    ],
    title="N. Korea offers talks on Kaesong complex",
    source="Yonhap",
    published="2013-07-05",
    dateline="Seoul",
    includes=[
        "North Korea on Friday sent a message to South Korea through the truce village",
        "told lawmakers on Thursday that the government wanted",
    ],
    envoys=[E("Ryoo Kihl-jae", "KOR", "Unification Minister")],
    meetings=[M([], KP, "Kaesong", "2013-07-06", "proposed")],
    channels=[C("Panmunjom liaison line", KP, "restored", "2013-07-03")],
)

add(
    "t06",
    [
        "Japan protests N. Korea missile launches via Beijing embassies",
        "KYODO",
        "TOKYO, March 5 (Kyodo) -- Japan lodged a protest with North Korea on Wednesday over the latest ballistic missile launches, conveying it through the two countries' embassies in Beijing, Chief Cabinet Secretary Yoshihide Suga said.",
        "Tokyo has no diplomatic relations with Pyongyang and usually communicates with it through the embassy route in the Chinese capital.",
        "The launches came days before Red Cross officials of the two countries are scheduled to meet in the northeastern Chinese city of Shenyang on Monday.",
        "Government-level talks between the two sides have been stalled since 2012.",
        'Suga told a news conference that Japan would "continue to call on North Korea to refrain from provocative acts."',
        "==Kyodo",
    ],
    title="Japan protests N. Korea missile launches via Beijing embassies",
    source="Kyodo",
    published=None,
    dateline="Tokyo",
    includes=[
        "Japan lodged a protest with North Korea on Wednesday",
        "to refrain from provocative acts.",
    ],
    envoys=[E("Yoshihide Suga", "JPN", "Chief Cabinet Secretary")],
    meetings=[M([], JP, "Shenyang", None, "planned")],
    channels=[C("embassies in Beijing", JP, "open")],
)

add(
    "t07",
    [
        "38 North",
        "Analysis",
        "The Kaesong Liaison Office: What It Can and Cannot Do",
        "By Jenny Town",
        "September 14, 2018",
        "The two Koreas opened a joint liaison office in the North Korean border city of Kaesong on Friday, giving officials of both sides a place to talk every day for the first time since the division of the peninsula.",
        "The phone lines at Panmunjom, which the North reconnected in January after a two-year silence, remain in use alongside the new office.",
        "Liaison officers will work in the four-story building, and the office's co-directors, vice ministers from each side, are to meet once a week.",
        "Chun Hae-sung, South Korea's vice unification minister, will serve as the southern co-director. His counterpart is Jon Jong Su, vice chairman of the North's Committee for the Peaceful Reunification of the Country.",
        "Washington and Pyongyang have also talked about exchanging liaison offices, an idea first raised in the 1994 Agreed Framework, but no such office has been set up.",
        "If the Kaesong office works, it could become a model for a U.S. presence in Pyongyang.",
        "Share this: Twitter Facebook Email",
    ],
    title="The Kaesong Liaison Office: What It Can and Cannot Do",
    source=None,
    published="2018-09-14",
    dateline=None,
    includes=[
        "The two Koreas opened a joint liaison office",
        "it could become a model for a U.S. presence in Pyongyang.",
    ],
    excludes=["Share this: Twitter Facebook Email"],
    envoys=[
        E("Chun Hae-sung", "KOR", "vice unification minister"),
        E(
            "Jon Jong Su",
            "PRK",
            "vice chairman of the North's Committee for the Peaceful Reunification of the Country",
        ),
    ],
    channels=[
        C("joint liaison office", KP, "open", "2018-09-14"),
        C("phone lines at Panmunjom", KP, "open"),
        C("liaison offices", UP, "proposed"),
    ],
)

add(
    "t08",
    [
        " date 2018-07-17",
        "Koreas fully restore western military hotline",
        "BY LEE SUNG-EUN [lee.sungeun@joongang.co.kr]",
        "South and North Korea fully restored their military communication line along the western coast on Monday, ten years after it was partly damaged in a fire, the Ministry of National Defense said.",
        "The two militaries tested the voice line and the fax line at 9 a.m. and found both working normally, the ministry said.",
        "The eastern military line, damaged by a forest fire in 2010, is still under repair, and the two sides agreed to reconnect it by next month.",
        "The restoration was agreed at general-level military talks at Panmunjom on Saturday, the first such talks in more than a decade.",
        "A hotline between the two leaders' offices was installed in April and has been used once, officials said.",
        '"The line is a basic tool for preventing accidental clashes at sea," said Defense Ministry spokeswoman Choi Hyun-soo.',
    ],
    title="Koreas fully restore western military hotline",
    source=None,
    published="2018-07-17",
    dateline=None,
    includes=[
        "South and North Korea fully restored their military communication line",
        "a basic tool for preventing accidental clashes at sea",
    ],
    envoys=[E("Choi Hyun-soo", "KOR", "Defense Ministry spokeswoman")],
    meetings=[M([], KP, "Panmunjom", "2018-07-14", "held")],
    channels=[
        C("military communication line along the western coast", KP, "restored", "2018-07-16"),
        C("eastern military line", KP, "proposed"),
        C("hotline between the two leaders' offices", KP, "open", "2018-04"),
    ],
)

add(
    "t09",
    [
        "DPRK suspends Red Cross channel with South Korea",
        "English.news.cn 2010-11-25 18:02:41",
        "PYONGYANG, Nov. 25 (Xinhua) -- The Democratic People's Republic of Korea (DPRK) on Thursday suspended the Red Cross liaison channel at Panmunjom with South Korea, the official KCNA news agency reported.",
        "The move came two days after an exchange of artillery fire near the disputed western sea border killed four South Koreans.",
        "The DPRK Red Cross said that working-level Red Cross talks set for Thursday had been called off.",
        "The talks were to discuss further reunions of families separated by the 1950-53 Korean War.",
        "A South Korean military officer said the western military communication line was still working, with both sides exchanging routine notices on cross-border traffic.",
        "South Korean Unification Ministry spokesman Chun Hae-sung said Seoul regretted the decision.",
    ],
    title="DPRK suspends Red Cross channel with South Korea",
    source="Xinhua",
    published="2010-11-25",
    dateline="Pyongyang",
    includes=[
        "on Thursday suspended the Red Cross liaison channel at Panmunjom",
        "said Seoul regretted the decision.",
    ],
    envoys=[E("Chun Hae-sung", "KOR", "Unification Ministry spokesman")],
    meetings=[M([], KP, None, "2010-11-25", "cancelled")],
    channels=[
        C("Red Cross liaison channel at Panmunjom", KP, "severed", "2010-11-25"),
        C("western military communication line", KP, "open"),
    ],
)

add(
    "t10",
    [
        "North Korea says it has shut the 'New York channel' to U.S. messages",
        "Colin Zwirko December 4th, 2019",
        "North Korea's mission to the United Nations no longer accepts messages from Washington, a senior North Korean diplomat said on Tuesday, in effect shutting down the so-called New York channel.",
        "Kim Song, Pyongyang's ambassador to the UN, told reporters in New York that the U.S. had used the channel \"only to buy time\" ahead of next year's election.",
        "The move follows working-level talks in Stockholm in October, which the North walked out of after a single day.",
        "A back channel through the North's embassy in Stockholm remains open, a Swedish diplomat said.",
        'U.S. officials have repeatedly said they are ready to meet "anytime, anywhere."',
        "Related: North Korea warns of 'Christmas gift' for the U.S.",
        "Share this story",
        "Comments",
    ],
    title="North Korea says it has shut the 'New York channel' to U.S. messages",
    source=None,
    published="2019-12-04",
    dateline=None,
    includes=[
        "North Korea's mission to the United Nations no longer accepts messages",
        "they are ready to meet",
    ],
    excludes=["Share this story", "Related: North Korea warns of 'Christmas gift' for the U.S."],
    envoys=[E("Kim Song", "PRK", "ambassador to the UN")],
    meetings=[M([], UP, "Stockholm", "2019-10", "held")],
    channels=[
        C("New York channel", UP, "severed"),
        C("back channel", UP, "open"),
    ],
)

add(
    "t11",
    [
        "N. Korea scraps agencies for dealing with South",
        "By Son Ji-hyoung",
        "Published : Jan. 16, 2024 - 14:20",
        'North Korea has abolished the government agencies in charge of relations with South Korea, state media said Tuesday, a day after leader Kim Jong-un called the South its "principal enemy."',
        "A file photo shows a South Korean officer on the military hotline at the truce village of Panmunjom. (Yonhap)",
        "The Supreme People's Assembly voted Monday to dissolve the Committee for the Peaceful Reunification of the Country and two other bodies, the Korean Central News Agency said.",
        "Pyongyang has not answered the daily calls on the inter-Korean liaison line since April last year, and the military lines have been silent for even longer, Seoul officials say.",
        'Unification Minister Kim Yung-ho said the decision "denies the history of inter-Korean relations."',
        "Any talks, he said, would require Pyongyang first to reopen the lines.",
        "MOST POPULAR",
    ],
    title="N. Korea scraps agencies for dealing with South",
    source=None,
    published="2024-01-16",
    dateline=None,
    includes=[
        "North Korea has abolished the government agencies",
        "would require Pyongyang first to reopen the lines.",
    ],
    excludes=["MOST POPULAR"],
    envoys=[
        E("Kim Jong-un", "PRK", "leader"),
        E("Kim Yung-ho", "KOR", "Unification Minister"),
    ],
    channels=[
        C("inter-Korean liaison line", KP, "severed", "2023-04"),
        C("military lines", KP, "severed"),
    ],
)

add(
    "t12",
    [
        "U.S. Sends Reply to North Korea Through U.N. Mission",
        "By a Staff Writer, Special to The New York Times",
        "June 21, 1994",
        "WASHINGTON, June 20 — The Clinton Administration sent a formal reply today to North Korea through its mission at the United Nations, accepting Pyongyang's offer to resume high-level talks, officials said.",
        "The message, passed to North Korean diplomats in New York, proposed that the talks begin in Geneva early next month.",
        "Former President Jimmy Carter, who met Kim Il Sung in Pyongyang last week, said the North Korean leader had agreed to freeze his nuclear program.",
        "The Administration has used the New York channel for most of its contacts with the North since 1992.",
        'Robert L. Gallucci, the Assistant Secretary of State who will lead the American delegation, said he expected "serious" talks.',
    ],
    title="U.S. Sends Reply to North Korea Through U.N. Mission",
    source="The New York Times",
    published="1994-06-21",
    dateline="Washington",
    includes=[
        "The Clinton Administration sent a formal reply today to North Korea",
        'said he expected "serious" talks.',
    ],
    envoys=[
        E("Jimmy Carter", "USA", "Former President"),
        E("Kim Il Sung", "PRK", "leader"),
        E("Robert L. Gallucci", "USA", "Assistant Secretary of State"),
    ],
    meetings=[
        M(["Robert L. Gallucci"], UP, "Geneva", "1994-07", "planned"),
        M(["Jimmy Carter", "Kim Il Sung"], UP, "Pyongyang", "1994-06", "held"),
    ],
    channels=[C("New York channel", UP, "open", "1992")],
)

add(
    "t13",
    [
        " date 2022-08-15",
        "Kim Jong Un, Putin exchange messages on Liberation Day",
        "MOSCOW, August 15. /TASS/. Russian President Vladimir Putin and North Korean leader Kim Jong Un exchanged congratulatory messages on the 77th anniversary of Korea's liberation, the Kremlin said on Monday.",
        'In his message, Putin said the two countries would keep expanding "comprehensive and constructive bilateral relations."',
        "Kim wrote that cooperation between the two countries had reached a new level since Russian Ambassador Alexander Matsegora met him in Pyongyang in July.",
        "Kim also handed Matsegora a letter for Putin at that meeting, the embassy said.",
        "The two leaders last met in Vladivostok in April 2019.",
    ],
    title="Kim Jong Un, Putin exchange messages on Liberation Day",
    source="TASS",
    published="2022-08-15",
    dateline="Moscow",
    includes=[
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un exchanged",
        "The two leaders last met in Vladivostok in April 2019.",
    ],
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Alexander Matsegora", "RUS", "Ambassador"),
    ],
    meetings=[
        M(["Alexander Matsegora", "Kim Jong Un"], ["PRK", "RUS"], "Pyongyang", "2022-07", "held"),
        M(
            ["Vladimir Putin", "Kim Jong Un"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019-04",
            "held",
            "summit",
        ),
    ],
    channels=[C("congratulatory messages", ["PRK", "RUS"], "open")],
)

add(
    "t14",
    [
        "North Korea expels South Koreans from Kaesong and cuts hotlines",
        "12 February 2016",
        "Share this with Email Facebook Twitter",
        "North Korea has expelled all South Korean workers from the jointly run Kaesong industrial park and cut two cross-border hotlines on Thursday, a day after Seoul halted operations there.",
        "Pyongyang said it was severing the military communication line on the west coast and the Panmunjom liaison line that the two sides used for government messages.",
        "The industrial park, opened in 2004, was the last major symbol of co-operation between the two Koreas.",
        "South Korea's Unification Minister Hong Yong-pyo said the closure was a response to the North's nuclear test in January and a rocket launch on Sunday.",
        "The hotlines had been restored only in 2013, after an earlier shutdown of the park.",
        "More on this story",
    ],
    title="North Korea expels South Koreans from Kaesong and cuts hotlines",
    source=None,
    published="2016-02-12",
    dateline=None,
    includes=[
        "North Korea has expelled all South Korean workers",
        "after an earlier shutdown of the park.",
    ],
    excludes=["Share this with Email Facebook Twitter", "More on this story"],
    envoys=[E("Hong Yong-pyo", "KOR", "Unification Minister")],
    channels=[
        C("military communication line on the west coast", KP, "severed", "2016-02-11"),
        C("Panmunjom liaison line", KP, "severed", "2016-02-11"),
    ],
)

add(
    "t15",
    [
        " date 2025-03-20",
        "US says North Korea still not responding to outreach",
        "VOA News",
        "WASHINGTON — The United States has tried to reach North Korea through its mission at the United Nations several times this year but has received no reply, a State Department spokesperson said Wednesday.",
        'Spokesperson Tammy Bruce said Washington remained open to dialogue "without preconditions."',
        "President Donald Trump has said he would like to meet Kim Jong Un again.",
        "Some former officials have suggested that the two sides set up a military hotline to prevent accidents near the Demilitarized Zone.",
        "Trump and Kim last met at the truce village of Panmunjom in June 2019.",
    ],
    title="US says North Korea still not responding to outreach",
    source="VOA News",
    published="2025-03-20",
    dateline="Washington",
    includes=[
        "The United States has tried to reach North Korea through its mission",
        "last met at the truce village of Panmunjom in June 2019.",
    ],
    envoys=[
        E("Tammy Bruce", "USA", "Spokesperson"),
        E("Donald Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", None),
    ],
    meetings=[
        M(["Donald Trump", "Kim Jong Un"], UP, None, None, "proposed", "summit"),
        M(["Donald Trump", "Kim Jong Un"], UP, "Panmunjom", "2019-06", "held", "summit"),
    ],
    channels=[
        C("mission at the United Nations", UP, "severed", "2025"),
        C("military hotline", UP, "proposed"),
    ],
)

add(
    "t16",
    [
        "North Korea hands over long-awaited nuclear declaration",
        "Staff Reporter",
        "Published: 12:00am, 27 Jun, 2008",
        "BEIJING — North Korea handed its nuclear declaration to China, the chair of the six-party talks, on Thursday, six months after the year-end deadline.",
        "A North Korean delegation travelled to Beijing to deliver the document to Chinese Vice-Foreign Minister Wu Dawei.",
        "Christopher Hill, the chief US negotiator, said weeks of back-channel talks with his North Korean counterpart, Kim Kye-gwan, had paved the way for the declaration.",
        "Hill said there would be no hotline to Pyongyang for now, but the six parties would meet in Beijing soon to verify the document.",
        "Washington said it would remove North Korea from its list of state sponsors of terrorism in 45 days.",
    ],
    title="North Korea hands over long-awaited nuclear declaration",
    source=None,
    published="2008-06-27",
    dateline="Beijing",
    includes=[
        "North Korea handed its nuclear declaration to China",
        "list of state sponsors of terrorism in 45 days.",
    ],
    envoys=[
        E("Wu Dawei", "CHN", "Vice-Foreign Minister"),
        E("Christopher Hill", "USA", "chief US negotiator"),
        E("Kim Kye-gwan", "PRK", None),
    ],
    meetings=[
        M(["Wu Dawei"], ["CHN", "PRK"], "Beijing", "2008-06-26", "held"),
        M(["Christopher Hill", "Kim Kye-gwan"], UP, None, None, "held"),
        M([], SIX, "Beijing", None, "planned"),
    ],
)

# ---------------------------------------------------------------- held-out part
add(
    "h01",
    [
        " date 2018-01-04",
        "Koreas talk over restored Panmunjom hotline for 2nd day",
        "SEOUL, Jan. 4 (Yonhap) -- South and North Korea talked over the reopened Panmunjom hotline for a second day on Thursday, discussing working-level matters for possible high-level talks, the unification ministry said.",
        "The North reconnected the line on Wednesday afternoon, nearly two years after it cut it in protest against the closure of the Kaesong industrial park.",
        "Seoul has proposed high-level talks at the truce village on Jan. 9 to discuss the North's participation in the PyeongChang Winter Olympics.",
        "The military communication line on the western coast remains down, a defense ministry official said.",
        "Cho Myoung-gyon, the unification minister, said he hoped the talks would lead to better relations. (END)",
    ],
    title="Koreas talk over restored Panmunjom hotline for 2nd day",
    source="Yonhap",
    published="2018-01-04",
    dateline="Seoul",
    includes=[
        "South and North Korea talked over the reopened Panmunjom hotline",
        "said he hoped the talks would lead to better relations.",
    ],
    envoys=[E("Cho Myoung-gyon", "KOR", "unification minister")],
    meetings=[M([], KP, "Panmunjom", "2018-01-09", "proposed")],
    channels=[
        C("Panmunjom hotline", KP, "restored", "2018-01-03"),
        C("military communication line on the western coast", KP, "severed"),
    ],
)

add(
    "h02",
    [
        "Japan, US send warnings to North Korea over nuclear test",
        "12 Oct 2006",
        "TOKYO (AFP) — Japan lodged a protest with North Korea through its embassy in Beijing on Thursday over Pyongyang's claimed nuclear test, while Washington delivered its own warning via the North's United Nations mission in New York.",
        'Chief Cabinet Secretary Yasuhisa Shiozaki said Tokyo "cannot tolerate" the test.',
        "US ambassador to the UN John Bolton said the Security Council would vote on sanctions as early as Friday.",
        "Christopher Hill, the US envoy, said there would be no bilateral talks with Pyongyang outside the six-party framework.",
        "The last round of six-party talks was held in Beijing in November 2005.",
    ],
    title="Japan, US send warnings to North Korea over nuclear test",
    source="AFP",
    published="2006-10-12",
    dateline="Tokyo",
    includes=[
        "Japan lodged a protest with North Korea through its embassy in Beijing",
        "was held in Beijing in November 2005.",
    ],
    envoys=[
        E("Yasuhisa Shiozaki", "JPN", "Chief Cabinet Secretary"),
        E("John Bolton", "USA", "ambassador to the UN"),
        E("Christopher Hill", "USA", "envoy"),
    ],
    meetings=[M([], SIX, "Beijing", "2005-11", "held")],
    channels=[
        C("embassy in Beijing", JP, "open"),
        C("United Nations mission in New York", UP, "open"),
    ],
)

add(
    "h03",
    [
        "DPRK proposes reopening Red Cross liaison office at Panmunjom",
        "English.news.cn 2011-01-11 17:20:05",
        "PYONGYANG, Jan. 11 (Xinhua) -- The Democratic People's Republic of Korea (DPRK) on Tuesday proposed reopening the Red Cross liaison office at the border village of Panmunjom, which it shut down last May, state media reported.",
        "The proposal came in a notice from the DPRK Red Cross Society to its South Korean counterpart, KCNA said.",
        "The DPRK also said it would reconnect the Panmunjom channel between the two governments from Wednesday.",
        "South Korea's Unification Ministry said it was studying the proposals but wanted an apology for last year's artillery attack first.",
        "The two sides last held Red Cross talks in the North's city of Kaesong in October.",
    ],
    title="DPRK proposes reopening Red Cross liaison office at Panmunjom",
    source="Xinhua",
    published="2011-01-11",
    dateline="Pyongyang",
    includes=[
        "on Tuesday proposed reopening the Red Cross liaison office",
        "last held Red Cross talks in the North's city of Kaesong in October.",
    ],
    meetings=[M([], KP, "Kaesong", "2010-10", "held")],
    channels=[
        C("Red Cross liaison office", KP, "proposed", "2011-01-11"),
        C("Panmunjom channel", KP, "proposed", "2011-01-11"),
    ],
)

add(
    "h04",
    [
        " date 2023-07-19",
        "US seeks contact with North Korea over soldier who crossed border",
        "NHK WORLD",
        "The U.S.-led United Nations Command said Wednesday it had sent a message to North Korea's military about a U.S. soldier who ran across the border on Tuesday, but had received no response.",
        "The message went through the command's communication line at the truce village of Panmunjom, which North Korea has not answered since April, a spokesperson said.",
        "Washington also asked Sweden, which acts as its protecting power in North Korea, to pass on a message, a State Department official said.",
        "The soldier crossed during a civilian tour of the Joint Security Area, officials said.",
        "Defense Secretary Lloyd Austin said the U.S. was working to bring the soldier home.",
    ],
    title="US seeks contact with North Korea over soldier who crossed border",
    source="NHK WORLD",
    published="2023-07-19",
    dateline=None,
    includes=[
        "The U.S.-led United Nations Command said Wednesday",
        "was working to bring the soldier home.",
    ],
    envoys=[E("Lloyd Austin", "USA", "Defense Secretary")],
    channels=[
        C("communication line at the truce village of Panmunjom", UP, "severed", "2023-04"),
        C("protecting power", UP, "open"),
    ],
)

add(
    "h05",
    [
        "North and South Korea agree deal to defuse border crisis",
        "Justin McCurry in Tokyo",
        "Wed 26 Aug 2015 02.10 BST",
        "North and South Korea have reached an agreement to ease tensions after marathon talks at the border village of Panmunjom that ended early on Tuesday.",
        "The negotiations, which began on Saturday, brought together Kim Kwan-jin, the South's national security adviser, and Hwang Pyong-so, the top military official in the North.",
        "The talks were set up after the North sent a message through the Panmunjom liaison channel on Friday proposing a high-level meeting.",
        "Under the deal, the South will switch off its propaganda loudspeakers, and the two sides will hold Red Cross talks next month on reunions of separated families.",
        "Park Geun-hye, the South Korean president, said the North must keep its promises.",
        "Comments",
        "Sign in or create your Guardian account to join the discussion.",
    ],
    title="North and South Korea agree deal to defuse border crisis",
    source=None,
    published="2015-08-26",
    dateline=None,
    includes=[
        "North and South Korea have reached an agreement to ease tensions",
        "said the North must keep its promises.",
    ],
    excludes=["Sign in or create your Guardian account to join the discussion."],
    envoys=[
        E("Kim Kwan-jin", "KOR", "national security adviser"),
        E("Hwang Pyong-so", "PRK", "top military official"),
        E("Park Geun-hye", "KOR", "president"),
    ],
    meetings=[
        M(["Kim Kwan-jin", "Hwang Pyong-so"], KP, "Panmunjom", "2015-08-22", "held"),
        M([], KP, None, "2015-09", "planned"),
    ],
    channels=[C("Panmunjom liaison channel", KP, "open")],
)

add(
    "h06",
    [
        " date 2020-06-09",
        "Lines of Communication with South Korean Authorities to Be Cut",
        "Pyongyang, June 9 (KCNA) -- The DPRK will sever all lines of communication with the south Korean authorities as of noon on Tuesday, including the line kept through the north-south joint liaison office, the East and West Sea communication lines of the militaries and the hotline between the offices of the top leaders.",
        "The decision was taken at a meeting on Monday of Kim Yo Jong, first vice department director of the Central Committee of the Workers' Party of Korea, and Kim Yong Chol, vice-chairman of the Central Committee.",
        "They stressed that there is no need to sit face to face with the south Korean authorities and nothing to discuss with them.",
        "The south Korean authorities have connived at the hostile acts of the scum, the statement said. -0-",
    ],
    title="Lines of Communication with South Korean Authorities to Be Cut",
    source="KCNA",
    published="2020-06-09",
    dateline="Pyongyang",
    includes=[
        "The DPRK will sever all lines of communication",
        "have connived at the hostile acts of the scum",
    ],
    envoys=[
        E(
            "Kim Yo Jong",
            "PRK",
            "first vice department director of the Central Committee of the Workers' Party of Korea",
        ),
        E("Kim Yong Chol", "PRK", "vice-chairman of the Central Committee"),
    ],
    channels=[
        C("north-south joint liaison office", KP, "severed", "2020-06-09"),
        C("East and West Sea communication lines", KP, "severed", "2020-06-09"),
        C("hotline between the offices of the top leaders", KP, "severed", "2020-06-09"),
    ],
)

add(
    "h07",
    [
        "Japan urges North Korea to cancel rocket launch via embassy channel",
        "KYODO",
        "APR 3, 2012",
        "BEIJING — Japan on Monday urged North Korea through diplomatic channels in Beijing to cancel its planned rocket launch, government sources said.",
        "The message was passed from the Japanese Embassy to the North Korean Embassy in the Chinese capital, the sources said.",
        "Japan and North Korea held their last official talks in Beijing in November 2008, when they discussed the abduction issue.",
        'Chief Cabinet Secretary Osamu Fujimura told reporters that Japan would "respond firmly" if the launch goes ahead.',
        "North Korea says the rocket will put a weather satellite into orbit between April 12 and 16.",
    ],
    title="Japan urges North Korea to cancel rocket launch via embassy channel",
    source="Kyodo",
    published="2012-04-03",
    dateline="Beijing",
    includes=[
        "Japan on Monday urged North Korea through diplomatic channels in Beijing",
        "into orbit between April 12 and 16.",
    ],
    envoys=[E("Osamu Fujimura", "JPN", "Chief Cabinet Secretary")],
    meetings=[M([], JP, "Beijing", "2008-11", "held")],
    channels=[C("diplomatic channels in Beijing", JP, "open")],
)

add(
    "h08",
    [
        "Washington's silent line to Pyongyang",
        "By Frank Aum | May 18, 2022",
        "The Biden administration has offered North Korea COVID-19 vaccines through intermediaries, but Pyongyang has not replied, a State Department spokesperson said on Tuesday.",
        "The offer follows more than a year of U.S. messages sent via the New York channel that went unanswered, officials have said.",
        'Sung Kim, the special representative for North Korea, met his South Korean counterpart in Seoul last week and said Washington had "no hostile intent."',
        "A hotline for North Korean defectors run by Seoul's unification ministry has reported no calls about the outbreak.",
        "Without a resident embassy in Pyongyang, Washington must rely on such indirect routes, the spokesperson said.",
    ],
    title="Washington's silent line to Pyongyang",
    source=None,
    published="2022-05-18",
    dateline=None,
    includes=[
        "The Biden administration has offered North Korea COVID-19 vaccines",
        "must rely on such indirect routes",
    ],
    envoys=[E("Sung Kim", "USA", "special representative for North Korea")],
    meetings=[M(["Sung Kim"], ["KOR", "USA"], "Seoul", "2022-05", "held")],
    channels=[
        C("intermediaries", UP, "severed"),
        C("New York channel", UP, "severed"),
    ],
)

if __name__ == "__main__":
    for key, (text, gold) in ARTICLES.items():
        (OUT / f"{key}.txt").write_text(text)
        (OUT / f"{key}.gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(
        len(ARTICLES),
        "articles,",
        sum(len(g["channels"]) for _, g in ARTICLES.values()),
        "channels",
    )
