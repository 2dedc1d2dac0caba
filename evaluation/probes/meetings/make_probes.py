"""Write the meeting probe passages (pNN.txt) and their gold (pNN.gold.json) from one table.

The gold of each passage was written before the parser was run on it."""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import E, M

OUT = Path(__file__).resolve().parent
P = []


def add(pub, title, dateline_line, dateline, source, paras, envoys, meetings, channels=()):
    P.append(
        dict(
            pub=pub,
            title=title,
            dl=dateline_line,
            dateline=dateline,
            source=source,
            paras=paras,
            envoys=envoys,
            meetings=meetings,
            channels=list(channels),
        )
    )


SIX = ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]

add(
    "2007-03-21",
    "Nuclear envoys open new round of six-party talks",
    "BEIJING (AP) -- ",
    "Beijing",
    "AP",
    [
        "Envoys from six nations opened a new round of six-party talks on North Korea's nuclear programme in the Chinese capital on Monday, with the chief U.S. negotiator, Christopher Hill, voicing cautious optimism.",
        "The sessions at the Diaoyutai state guesthouse were expected to last through Thursday. North Korea's delegation is led by Vice Foreign Minister Kim Kye-gwan.",
        "Hill met Kim separately on the sidelines on Tuesday, a State Department official said.",
    ],
    [
        E("Christopher Hill", "USA", "chief U.S. negotiator"),
        E("Kim Kye-gwan", "PRK", "Vice Foreign Minister"),
    ],
    [
        M(["Christopher Hill", "Kim Kye-gwan"], SIX, "Beijing", "2007-03-19", "held", "talks"),
        M(
            ["Christopher Hill", "Kim Kye-gwan"],
            ["PRK", "USA"],
            "Beijing",
            "2007-03-20",
            "held",
            "talks",
        ),
    ],
)

add(
    "2018-04-20",
    "Moon, Kim to meet at truce village next week",
    "SEOUL (Yonhap) -- ",
    "Seoul",
    "Yonhap",
    [
        "South Korean President Moon Jae-in will meet North Korean leader Kim Jong-un at the truce village of Panmunjom next Friday, the third summit between the two Koreas.",
        "The first, in June 2000, brought Kim Dae-jung to Pyongyang for talks with Kim Jong-il. Roh Moo-hyun travelled to Pyongyang in October 2007.",
        "Officials from both sides met on Wednesday to finalise protocol for the meeting.",
    ],
    [
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Kim Dae-jung", "KOR"),
        E("Kim Jong-il", "PRK"),
        E("Roh Moo-hyun", "KOR"),
    ],
    [
        M(
            ["Moon Jae-in", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-04-27",
            "planned",
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
        M(["Roh Moo-hyun"], ["KOR", "PRK"], "Pyongyang", "2007-10", "held", "summit"),
        M([], ["KOR", "PRK"], None, "2018-04-18", "held", "talks"),
    ],
)

add(
    "2019-08-21",
    "Biegun arrives in Seoul for talks on stalled nuclear diplomacy",
    "SEOUL, Aug. 21 (Yonhap) -- ",
    "Seoul",
    "Yonhap",
    [
        "U.S. Special Representative for North Korea Stephen Biegun arrived in Seoul on Tuesday for a three-day visit.",
        "During the trip, he met his South Korean counterpart, Lee Do-hoon, on Wednesday to discuss ways to restart working-level talks with Pyongyang.",
        "Biegun had stopped in Tokyo for talks with Japanese officials before flying to the South Korean capital.",
    ],
    [E("Stephen Biegun", "USA", "Special Representative for North Korea"), E("Lee Do-hoon", "KOR")],
    [
        M(
            ["Stephen Biegun", "Lee Do-hoon"],
            ["KOR", "USA"],
            "Seoul",
            "2019-08-21",
            "held",
            "talks",
        ),
        M(["Stephen Biegun"], ["JPN", "USA"], "Tokyo", None, "held", "talks"),
    ],
)

add(
    "2019-10-05",
    "North Korea, U.S. hold first talks in months",
    "STOCKHOLM (Reuters) -- ",
    "Stockholm",
    "Reuters",
    [
        "North Korean and U.S. negotiators were holding working-level talks in the Swedish capital, the first such meeting in seven months.",
        "North Korea's delegation was led by Kim Myong-gil. The U.S. side was headed by Stephen Biegun.",
        "The talks were taking place at a conference centre on the outskirts of the city.",
    ],
    [E("Kim Myong-gil", "PRK"), E("Stephen Biegun", "USA")],
    [
        M(
            ["Kim Myong-gil", "Stephen Biegun"],
            ["PRK", "USA"],
            "Stockholm",
            "2019-10",
            "held",
            "talks",
        )
    ],
)

add(
    "2018-01-10",
    "Koreas hold first talks in two years",
    "PANMUNJOM, Korea (AP) -- ",
    "Panmunjom",
    "AP",
    [
        "The two Koreas held their first high-level talks in more than two years at the truce village on Tuesday, agreeing that North Korea would send athletes to the Winter Olympics.",
        "The delegations met on the southern side of the border. They also agreed to hold military talks soon.",
    ],
    [],
    [
        M([], ["KOR", "PRK"], "Panmunjom", "2018-01-09", "held", "talks"),
        M([], ["KOR", "PRK"], None, None, "planned", "talks"),
    ],
)

add(
    "2018-06-15",
    "Pompeo briefs allies after summit",
    "SEOUL (Reuters) -- ",
    "Seoul",
    "Reuters",
    [
        "U.S. Secretary of State Mike Pompeo met South Korean President Moon Jae-in in Seoul on Thursday, a day after holding talks with Japanese Foreign Minister Taro Kono in Tokyo.",
        "He travels to Beijing on Saturday to brief Chinese officials.",
    ],
    [
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Moon Jae-in", "KOR", "President"),
        E("Taro Kono", "JPN", "Foreign Minister"),
    ],
    [
        M(["Mike Pompeo", "Moon Jae-in"], ["KOR", "USA"], "Seoul", "2018-06-14", "held", "talks"),
        M(["Mike Pompeo", "Taro Kono"], ["JPN", "USA"], "Tokyo", "2018-06-13", "held", "talks"),
        M(["Mike Pompeo"], ["CHN", "USA"], "Beijing", "2018-06-16", "planned", "talks"),
    ],
)

add(
    "2019-04-26",
    "Putin and Kim hold first summit",
    "VLADIVOSTOK, Russia (AP) -- ",
    "Vladivostok",
    "AP",
    [
        "Russian President Vladimir Putin and North Korean leader Kim Jong-un held their first summit on Thursday on Russky Island, across a bay from downtown Vladivostok.",
        "Putin said afterwards Kim had been invited to visit Moscow. Kim arrived in the Russian port city by armoured train on Wednesday.",
    ],
    [E("Vladimir Putin", "RUS", "President"), E("Kim Jong-un", "PRK", "leader")],
    [
        M(
            ["Vladimir Putin", "Kim Jong-un"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019-04-25",
            "held",
            "summit",
        ),
        M(["Kim Jong-un", "Vladimir Putin"], ["PRK", "RUS"], "Moscow", None, "proposed", "summit"),
    ],
)

add(
    "2001-08-05",
    "Kim Jong-il meets Putin at the Kremlin",
    "MOSCOW (AFP) -- ",
    "Moscow",
    "AFP",
    [
        "North Korean leader Kim Jong-il held talks with President Vladimir Putin at the Kremlin on Saturday, capping a long rail journey across Russia.",
        "The two leaders signed a joint declaration. The Russian leader accepted an invitation to visit Pyongyang at a convenient time.",
    ],
    [E("Kim Jong-il", "PRK", "leader"), E("Vladimir Putin", "RUS", "President")],
    [
        M(
            ["Kim Jong-il", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Moscow",
            "2001-08-04",
            "held",
            "summit",
        ),
        M(
            ["Vladimir Putin", "Kim Jong-il"],
            ["PRK", "RUS"],
            "Pyongyang",
            None,
            "planned",
            "summit",
        ),
    ],
)

add(
    "2002-09-18",
    "Koizumi back from historic Pyongyang trip",
    "TOKYO (Kyodo) -- ",
    "Tokyo",
    "Kyodo",
    [
        "Prime Minister Junichiro Koizumi returned home on Tuesday night after a one-day trip to Pyongyang, where he held a summit with Kim Jong-il, the first ever between the two countries.",
        "The two leaders agreed to resume normalisation talks in October. Koizumi told reporters he had pressed Kim over the fate of Japanese abducted by North Korean agents.",
    ],
    [E("Junichiro Koizumi", "JPN", "Prime Minister"), E("Kim Jong-il", "PRK")],
    [
        M(
            ["Junichiro Koizumi", "Kim Jong-il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2002-09-17",
            "held",
            "summit",
        ),
        M([], ["JPN", "PRK"], None, "2002-10", "planned", "talks"),
    ],
)

add(
    "2018-03-28",
    "Kim Jong-un made secret visit to Beijing",
    "BEIJING (Reuters) -- ",
    "Beijing",
    "Reuters",
    [
        "North Korean leader Kim Jong-un made an unannounced visit to Beijing from Sunday to Wednesday and met Chinese President Xi Jinping, Chinese state media said on Wednesday.",
        "It was Kim's first known trip abroad since he took power in 2011. Xi hosted a banquet for Kim at the Great Hall of the People, and the two leaders held talks at the Diaoyutai state guesthouse on Monday.",
    ],
    [E("Kim Jong-un", "PRK", "leader"), E("Xi Jinping", "CHN", "President")],
    [M(["Kim Jong-un", "Xi Jinping"], ["CHN", "PRK"], "Beijing", "2018-03-26", "held", "summit")],
)

add(
    "2019-05-08",
    "Abe, Trump discuss North Korean launches by phone",
    "TOKYO (Kyodo) -- ",
    "Tokyo",
    "Kyodo",
    [
        "Prime Minister Shinzo Abe and U.S. President Donald Trump spoke by telephone on Monday for about 30 minutes about North Korea's latest short-range missile launches.",
        "Abe later told reporters he was ready to meet North Korean leader Kim Jong-un without conditions.",
    ],
    [
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E("Donald Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    [
        M(["Shinzo Abe", "Donald Trump"], ["JPN", "USA"], None, "2019-05-06", "held", "call"),
        M(["Shinzo Abe", "Kim Jong-un"], ["JPN", "PRK"], None, None, "proposed", "summit"),
    ],
)

add(
    "2021-06-03",
    "Nuclear envoys of Seoul, Tokyo hold video talks",
    "SEOUL (Yonhap) -- ",
    "Seoul",
    "Yonhap",
    [
        "South Korea's nuclear envoy Noh Kyu-duk held video talks with his Japanese counterpart, Takehiro Funakoshi, last month on ways to bring North Korea back to dialogue, the foreign ministry said Thursday.",
        "The two agreed to meet in person in Tokyo later this month.",
    ],
    [E("Noh Kyu-duk", "KOR", "nuclear envoy"), E("Takehiro Funakoshi", "JPN")],
    [
        M(["Noh Kyu-duk", "Takehiro Funakoshi"], ["JPN", "KOR"], None, "2021-05", "held", "call"),
        M(
            ["Noh Kyu-duk", "Takehiro Funakoshi"],
            ["JPN", "KOR"],
            "Tokyo",
            "2021-06",
            "planned",
            "talks",
        ),
    ],
)

add(
    "2018-05-25",
    "Trump calls off Singapore summit with Kim",
    "WASHINGTON (AP) -- ",
    "Washington",
    "AP",
    [
        "President Donald Trump on Thursday called off his planned June 12 summit with North Korean leader Kim Jong-un in Singapore, citing anger and hostility in a recent statement from Pyongyang.",
        "Secretary of State Mike Pompeo had met Kim in Pyongyang earlier this month to prepare the summit.",
        "Trump left open the possibility that the meeting could still happen at a later date.",
    ],
    [
        E("Donald Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Mike Pompeo", "USA", "Secretary of State"),
    ],
    [
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "cancelled",
            "summit",
        ),
        M(["Mike Pompeo", "Kim Jong-un"], ["PRK", "USA"], "Pyongyang", "2018-05", "held", "talks"),
    ],
)

add(
    "2015-09-01",
    "Koreas delay Red Cross talks by nine days",
    "SEOUL (Yonhap) -- ",
    "Seoul",
    "Yonhap",
    [
        "The two Koreas' Red Cross talks on family reunions, originally set for Sept. 7, have been postponed to Sept. 16, the Unification Ministry said Tuesday.",
        "The working-level meeting will be held at the truce village of Panmunjom.",
        "Last week, senior officials of the two sides met at the border village to ease military tensions.",
    ],
    [],
    [
        M([], ["KOR", "PRK"], "Panmunjom", "2015-09-16", "planned", "talks"),
        M([], ["KOR", "PRK"], "Panmunjom", "2015-08", "held", "talks"),
    ],
)

add(
    "2018-05-16",
    "North Korea postpones talks with South",
    "SEOUL (Reuters) -- ",
    "Seoul",
    "Reuters",
    [
        "North Korea on Wednesday abruptly postponed high-level talks with South Korea that had been scheduled for later in the day, citing joint military drills.",
        "The talks, to be held at the Peace House on the southern side of Panmunjom, were meant to follow up on last month's summit between Moon Jae-in and Kim Jong-un. No new date was set.",
    ],
    [E("Moon Jae-in", "KOR"), E("Kim Jong-un", "PRK")],
    [
        M([], ["KOR", "PRK"], "Panmunjom", "2018-05-16", "cancelled", "talks"),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], None, "2018-04", "held", "summit"),
    ],
)

add(
    "2012-02-14",
    "North Korea offers talks with U.S. in Geneva",
    "SEOUL (Yonhap) -- ",
    "Seoul",
    "Yonhap",
    [
        "North Korea said Monday it is willing to hold talks with the United States in Geneva if Washington drops its hostile policy, according to the North's official news agency.",
        "The offer came a week after U.S. envoy Glyn Davies visited Beijing for consultations with Chinese officials.",
    ],
    [E("Glyn Davies", "USA", "envoy")],
    [
        M([], ["PRK", "USA"], "Geneva", None, "proposed", "talks"),
        M(["Glyn Davies"], ["CHN", "USA"], "Beijing", "2012-02", "held", "talks"),
    ],
)

add(
    "2023-09-11",
    "Kim Jong-un travelling to Russia for Putin meeting",
    "SEOUL (AFP) -- ",
    "Seoul",
    "AFP",
    [
        "North Korean leader Kim Jong-un is travelling to Russia by train for a meeting with President Vladimir Putin later this week, the Kremlin confirmed on Monday.",
        "The two would meet in the Russian Far East, Kremlin spokesman Dmitry Peskov said. South Korean officials said the summit was likely to take place at the Vostochny cosmodrome.",
    ],
    [
        E("Kim Jong-un", "PRK", "leader"),
        E("Vladimir Putin", "RUS", "President"),
        E("Dmitry Peskov", "RUS", "Kremlin spokesman"),
    ],
    [
        M(
            ["Kim Jong-un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vostochny cosmodrome",
            "2023-09",
            "planned",
            "summit",
        )
    ],
)

add(
    "2008-07-24",
    "Six-party foreign ministers meet in Singapore",
    "SINGAPORE (Reuters) -- ",
    "Singapore",
    "Reuters",
    [
        "Foreign ministers from the six countries involved in North Korea's nuclear talks held an informal meeting on the sidelines of the ASEAN Regional Forum in Singapore on Wednesday, the first such gathering at ministerial level.",
        "U.S. Secretary of State Condoleezza Rice and North Korean Foreign Minister Pak Ui-chun exchanged words briefly, but did not hold bilateral talks.",
    ],
    [
        E("Condoleezza Rice", "USA", "Secretary of State"),
        E("Pak Ui-chun", "PRK", "Foreign Minister"),
    ],
    [M(["Condoleezza Rice", "Pak Ui-chun"], SIX, "Singapore", "2008-07-23", "held", "talks")],
)

add(
    "2017-12-09",
    "U.N. political chief holds talks in Pyongyang",
    "UNITED NATIONS (AP) -- ",
    "United Nations",
    "AP",
    [
        "U.N. political chief Jeffrey Feltman held talks with North Korean Foreign Minister Ri Yong-ho in Pyongyang on Thursday, the first visit by a senior U.N. official in six years.",
        "Feltman arrived in the North Korean capital on Tuesday and is due to leave on Saturday.",
    ],
    [
        E("Jeffrey Feltman", None, "U.N. political chief"),
        E("Ri Yong-ho", "PRK", "Foreign Minister"),
    ],
    [M(["Jeffrey Feltman", "Ri Yong-ho"], ["PRK"], "Pyongyang", "2017-12-07", "held", "talks")],
)

add(
    "2020-01-15",
    "Little chance of U.S.-North Korea diplomacy before election, analysts say",
    "SEOUL (Reuters) -- ",
    "Seoul",
    "Reuters",
    [
        "Analysts see little chance of a return to diplomacy between Washington and Pyongyang before the U.S. presidential election in November.",
        "North Korean leader Kim Jong-un and U.S. President Donald Trump first met in Singapore in June 2018, and again in Hanoi in February 2019, where talks collapsed over sanctions relief.",
        "A brief encounter at Panmunjom in June 2019 produced a pledge to restart working-level talks, which broke down in Stockholm in October.",
    ],
    [E("Kim Jong-un", "PRK", "leader"), E("Donald Trump", "USA", "President")],
    [
        M(
            ["Kim Jong-un", "Donald Trump"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06",
            "held",
            "summit",
        ),
        M(["Kim Jong-un", "Donald Trump"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
        M(
            ["Kim Jong-un", "Donald Trump"],
            ["PRK", "USA"],
            "Panmunjom",
            "2019-06",
            "held",
            "summit",
        ),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "held", "talks"),
    ],
)

add(
    "2018-03-09",
    "Kim invites Trump to meet, Seoul envoy says",
    "SEOUL (Yonhap) -- ",
    "Seoul",
    "Yonhap",
    [
        "South Korean national security adviser Chung Eui-yong said Thursday that North Korean leader Kim Jong-un had invited U.S. President Donald Trump to meet. Trump accepted.",
        "Chung had met Kim in Pyongyang on Monday.",
        "Preparations for the April summit between Kim and President Moon Jae-in will begin in mid-March with working-level talks at Panmunjom, Chung said.",
    ],
    [
        E("Chung Eui-yong", "KOR", "national security adviser"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Donald Trump", "USA", "President"),
        E("Moon Jae-in", "KOR", "President"),
    ],
    [
        M(["Kim Jong-un", "Donald Trump"], ["PRK", "USA"], None, None, "planned", "summit"),
        M(
            ["Chung Eui-yong", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-03-05",
            "held",
            "talks",
        ),
        M(["Kim Jong-un", "Moon Jae-in"], ["KOR", "PRK"], None, "2018-04", "planned", "summit"),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-03", "planned", "talks"),
    ],
)

add(
    "2019-02-15",
    "U.S. envoy to return to Asia before Hanoi summit",
    "WASHINGTON (Reuters) -- ",
    "Washington",
    "Reuters",
    [
        "U.S. envoy Stephen Biegun will travel to Hanoi next week for further talks with his North Korean counterpart, Kim Hyok-chol, ahead of the second summit between President Donald Trump and North Korean leader Kim Jong-un, set for Feb. 27-28 in the Vietnamese capital.",
        "Biegun held three days of talks with Kim Hyok-chol in Pyongyang last week.",
    ],
    [
        E("Stephen Biegun", "USA", "envoy"),
        E("Kim Hyok-chol", "PRK"),
        E("Donald Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    [
        M(
            ["Stephen Biegun", "Kim Hyok-chol"],
            ["PRK", "USA"],
            "Hanoi",
            "2019-02",
            "planned",
            "talks",
        ),
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Hanoi",
            "2019-02-27",
            "planned",
            "summit",
        ),
        M(
            ["Stephen Biegun", "Kim Hyok-chol"],
            ["PRK", "USA"],
            "Pyongyang",
            "2019-02",
            "held",
            "talks",
        ),
    ],
)

add(
    "2006-11-01",
    "Six-party talks to resume after informal meeting",
    "BEIJING (Xinhua) -- ",
    "Beijing",
    "Xinhua",
    [
        "Chief negotiators from China, the United States and North Korea met informally in Beijing to discuss a resumption of the six-party talks, the Chinese Foreign Ministry said.",
        "The meeting took place on Tuesday and was hosted by Vice Foreign Minister Wu Dawei. The U.S. was represented by Christopher Hill and the North by Kim Kye-gwan.",
    ],
    [
        E("Wu Dawei", "CHN", "Vice Foreign Minister"),
        E("Christopher Hill", "USA"),
        E("Kim Kye-gwan", "PRK"),
    ],
    [
        M(
            ["Wu Dawei", "Christopher Hill", "Kim Kye-gwan"],
            ["CHN", "PRK", "USA"],
            "Beijing",
            "2006-10-31",
            "held",
            "talks",
        )
    ],
)

add(
    "2010-05-08",
    "Kim Jong-il met Hu Jintao in Beijing, state media confirm",
    "BEIJING (AFP) -- ",
    "Beijing",
    "AFP",
    [
        "Kim Jong-il met Chinese President Hu Jintao in Beijing on Wednesday, Chinese state media reported Friday, confirming a visit shrouded in secrecy.",
        "During their talks, Hu urged Kim to return to the six-party negotiations. The North Korean leader had crossed the border by special train on Monday and stopped in the port city of Dalian.",
    ],
    [E("Kim Jong-il", "PRK", "leader"), E("Hu Jintao", "CHN", "President")],
    [M(["Kim Jong-il", "Hu Jintao"], ["CHN", "PRK"], "Beijing", "2010-05-05", "held", "summit")],
)

add(
    "2016-03-02",
    "Japan denies secret contact with North Korea",
    "TOKYO (Kyodo) -- ",
    "Tokyo",
    "Kyodo",
    [
        "Chief Cabinet Secretary Yoshihide Suga on Wednesday denied a newspaper report that Japanese and North Korean officials had met secretly in Shenyang last month.",
        "The government has no plans to hold talks with Pyongyang for now, he told a news conference.",
        "Japan and North Korea last held formal talks in Beijing in November 2014.",
    ],
    [E("Yoshihide Suga", "JPN", "Chief Cabinet Secretary")],
    [M([], ["JPN", "PRK"], "Beijing", "2014-11", "held", "talks")],
)

add(
    "2007-06-02",
    "Inter-Korean ministerial talks end without statement",
    "SEOUL (Yonhap) -- ",
    "Seoul",
    "Yonhap",
    [
        "The 21st round of inter-Korean ministerial talks closed in Seoul on Friday without a joint statement, as the two sides failed to narrow differences over rice aid.",
        "The four-day talks had opened on Tuesday with South Korean Unification Minister Lee Jae-joung and North Korea's chief delegate Kwon Ho-ung exchanging sharp words.",
        "The two sides agreed to hold the next round in Pyongyang in July.",
    ],
    [E("Lee Jae-joung", "KOR", "Unification Minister"), E("Kwon Ho-ung", "PRK", "chief delegate")],
    [
        M(["Lee Jae-joung", "Kwon Ho-ung"], ["KOR", "PRK"], "Seoul", "2007-05-29", "held", "talks"),
        M([], ["KOR", "PRK"], "Pyongyang", "2007-07", "planned", "talks"),
    ],
)

add(
    "2019-06-18",
    "Xi to visit North Korea this week",
    "BEIJING (Reuters) -- ",
    "Beijing",
    "Reuters",
    [
        "Chinese President Xi Jinping would make a state visit to North Korea on Thursday and Friday, state media said on Monday, a rare trip to Pyongyang by a Chinese leader.",
        "Xi is expected to hold talks with Kim Jong-un during the visit.",
    ],
    [E("Xi Jinping", "CHN", "President"), E("Kim Jong-un", "PRK")],
    [
        M(
            ["Xi Jinping", "Kim Jong-un"],
            ["CHN", "PRK"],
            "Pyongyang",
            "2019-06-20",
            "planned",
            "summit",
        )
    ],
)

add(
    "2000-10-24",
    "Albright holds talks with Kim Jong-il",
    "PYONGYANG (AP) -- ",
    "Pyongyang",
    "AP",
    [
        "Secretary of State Madeleine Albright arrived in the North Korean capital on Monday, the highest-ranking U.S. official ever to visit the communist state.",
        "She held talks with leader Kim Jong-il for about three hours. Albright is expected to meet Kim again on Tuesday before leaving for Seoul.",
    ],
    [E("Madeleine Albright", "USA", "Secretary of State"), E("Kim Jong-il", "PRK", "leader")],
    [
        M(
            ["Madeleine Albright", "Kim Jong-il"],
            ["PRK", "USA"],
            "Pyongyang",
            "2000-10-23",
            "held",
            "talks",
        ),
        M(["Madeleine Albright"], ["KOR", "USA"], "Seoul", None, "planned", "talks"),
    ],
)

add(
    "2014-05-30",
    "North Korea agrees to reinvestigate abductions",
    "TOKYO (Kyodo) -- ",
    "Tokyo",
    "Kyodo",
    [
        "North Korea has agreed to reopen its investigation into the fate of Japanese citizens abducted decades ago, Prime Minister Shinzo Abe said Thursday, following three days of talks between senior diplomats of the two countries in the Swedish capital.",
        "The talks, which ended Wednesday, were led by Junichi Ihara, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, and Song Il-ho, North Korea's ambassador for normalisation talks with Japan.",
    ],
    [
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E(
            "Junichi Ihara",
            "JPN",
            "director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Song Il-ho", "PRK", "ambassador for normalisation talks with Japan"),
    ],
    [
        M(
            ["Junichi Ihara", "Song Il-ho"],
            ["JPN", "PRK"],
            "Stockholm",
            "2014-05-28",
            "held",
            "talks",
        )
    ],
)

add(
    "2024-06-18",
    "Putin to visit North Korea",
    "MOSCOW (AP) -- ",
    "Moscow",
    "AP",
    [
        "Russian President Vladimir Putin will travel to North Korea on Tuesday for a two-day visit, the Kremlin said Monday.",
        "Putin plans to hold talks with Kim Jong-un in Pyongyang. Yuri Ushakov, a Kremlin foreign policy aide, said the two leaders could sign a partnership agreement.",
    ],
    [
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong-un", "PRK"),
        E("Yuri Ushakov", "RUS", "Kremlin foreign policy aide"),
    ],
    [
        M(
            ["Vladimir Putin", "Kim Jong-un"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2024-06-18",
            "planned",
            "summit",
        )
    ],
)

add(
    "1994-10-18",
    "U.S., North Korea reach nuclear deal",
    "GENEVA (Reuters) -- ",
    "Geneva",
    "Reuters",
    [
        "U.S. and North Korean negotiators reached a deal on Monday in the Swiss city on freezing Pyongyang's nuclear programme, ending a fourth week of talks.",
        "Chief U.S. negotiator Robert Gallucci said the agreement would be signed on Friday by both sides. North Korean First Vice Foreign Minister Kang Sok-ju led the delegation from Pyongyang.",
    ],
    [
        E("Robert Gallucci", "USA", "Chief U.S. negotiator"),
        E("Kang Sok-ju", "PRK", "First Vice Foreign Minister"),
    ],
    [
        M(
            ["Robert Gallucci", "Kang Sok-ju"],
            ["PRK", "USA"],
            "Geneva",
            "1994-10-17",
            "held",
            "talks",
        ),
        M([], ["PRK", "USA"], None, "1994-10-21", "planned", "talks"),
    ],
)

add(
    "2014-08-11",
    "North Korean, Japanese foreign ministers meet in Myanmar",
    "NAYPYIDAW (AP) -- ",
    "Naypyidaw",
    "AP",
    [
        "Foreign ministers of Asian and Western nations gathered for the ASEAN Regional Forum in Myanmar's capital on Sunday.",
        "North Korean Foreign Minister Ri Su-yong met his Japanese counterpart, Fumio Kishida, on the sidelines, the first contact between the two countries' foreign ministers in nearly a decade.",
        "U.S. Secretary of State John Kerry, who also attended the forum, did not meet Ri.",
    ],
    [
        E("Ri Su-yong", "PRK", "Foreign Minister"),
        E("Fumio Kishida", "JPN"),
        E("John Kerry", "USA", "Secretary of State"),
    ],
    [
        M(
            ["Ri Su-yong", "Fumio Kishida", "John Kerry"],
            ["JPN", "MMR", "PRK", "USA"],
            "Naypyidaw",
            "2014-08-10",
            "held",
            "talks",
        ),
        M(
            ["Ri Su-yong", "Fumio Kishida"],
            ["JPN", "PRK"],
            "Naypyidaw",
            "2014-08-10",
            "held",
            "talks",
        ),
    ],
)

add(
    "2023-11-27",
    "Foreign ministers of South Korea, Japan, China meet in Busan",
    "BUSAN, South Korea (Yonhap) -- ",
    "Busan",
    "Yonhap",
    [
        "The foreign ministers of South Korea, Japan and China met in Busan on Sunday for their first trilateral talks in four years.",
        "South Korean Foreign Minister Park Jin held separate bilateral talks with Japan's Yoko Kamikawa and China's Wang Yi on the same day.",
        "The three agreed to hold a leaders' summit at the earliest mutually convenient date.",
    ],
    [E("Park Jin", "KOR", "Foreign Minister"), E("Yoko Kamikawa", "JPN"), E("Wang Yi", "CHN")],
    [
        M(
            ["Park Jin", "Yoko Kamikawa", "Wang Yi"],
            ["CHN", "JPN", "KOR"],
            "Busan",
            "2023-11-26",
            "held",
            "talks",
        ),
        M(["Park Jin", "Yoko Kamikawa"], ["JPN", "KOR"], "Busan", "2023-11-26", "held", "talks"),
        M(["Park Jin", "Wang Yi"], ["CHN", "KOR"], "Busan", "2023-11-26", "held", "talks"),
        M([], ["CHN", "JPN", "KOR"], None, None, "planned", "summit"),
    ],
)

add(
    "2022-11-03",
    "Kishida, Yoon hold phone talks after missile launch",
    "TOKYO (Kyodo) -- ",
    "Tokyo",
    "Kyodo",
    [
        "Prime Minister Fumio Kishida held a 20-minute phone conversation with South Korean President Yoon Suk Yeol on Tuesday night, days after North Korea fired a ballistic missile.",
        "The two leaders agreed to meet in person on the sidelines of the ASEAN summit in Phnom Penh later this month.",
    ],
    [E("Fumio Kishida", "JPN", "Prime Minister"), E("Yoon Suk Yeol", "KOR", "President")],
    [
        M(["Fumio Kishida", "Yoon Suk Yeol"], ["JPN", "KOR"], None, "2022-11-01", "held", "call"),
        M(
            ["Fumio Kishida", "Yoon Suk Yeol"],
            ["JPN", "KOR"],
            "Phnom Penh",
            "2022-11",
            "planned",
            "summit",
        ),
    ],
)

add(
    "2004-06-05",
    "Koreas agree to halt border propaganda",
    "SEOUL (Yonhap) -- ",
    "Seoul",
    "Yonhap",
    [
        "South and North Korean generals agreed on Friday to stop propaganda broadcasts along the border, at the end of their second round of general-level military talks at the South Korean resort of Mount Sorak.",
        "The talks opened on Thursday. The first round was held at the North's Mount Kumgang resort on May 26.",
    ],
    [],
    [
        M([], ["KOR", "PRK"], "Mount Sorak", "2004-06-03", "held", "talks"),
        M([], ["KOR", "PRK"], "Mount Kumgang", "2004-05-26", "held", "talks"),
    ],
)

add(
    "2018-08-25",
    "Trump cancels Pompeo trip to North Korea",
    "WASHINGTON (Reuters) -- ",
    "Washington",
    "Reuters",
    [
        "President Donald Trump on Friday told Secretary of State Mike Pompeo not to make a planned trip to North Korea, citing insufficient progress on denuclearization.",
        "Pompeo had been due to travel to Pyongyang with newly named special envoy Stephen Biegun. Pompeo last visited Pyongyang in early July.",
    ],
    [
        E("Donald Trump", "USA", "President"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Stephen Biegun", "USA", "special envoy"),
    ],
    [
        M(
            ["Mike Pompeo", "Stephen Biegun"],
            ["PRK", "USA"],
            "Pyongyang",
            None,
            "cancelled",
            "talks",
        ),
        M(["Mike Pompeo"], ["PRK", "USA"], "Pyongyang", "2018-07", "held", "talks"),
    ],
)

add(
    "2019-09-06",
    "Chinese foreign minister holds talks in Pyongyang",
    "SEOUL (Reuters) -- ",
    "Seoul",
    "Reuters",
    [
        "Chinese Foreign Minister Wang Yi held talks with his North Korean counterpart Ri Yong-ho in Pyongyang on Tuesday, on a three-day visit that began Monday.",
        "Wang did not meet leader Kim Jong-un, diplomatic sources said. The visit came ahead of the 70th anniversary of diplomatic ties.",
    ],
    [
        E("Wang Yi", "CHN", "Foreign Minister"),
        E("Ri Yong-ho", "PRK"),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    [M(["Wang Yi", "Ri Yong-ho"], ["CHN", "PRK"], "Pyongyang", "2019-09-03", "held", "talks")],
)


def first_frag(s):
    return " ".join(s.split()[:9])


def last_frag(paras):
    sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paras[-1])
    return " ".join(sents[-1].split()[:9])


for i, p in enumerate(P, 1):
    name = f"p{i:02d}"
    body0 = p["dl"] + p["paras"][0]
    text = (
        f" date {p['pub']}\n{p['title']}\n\n" + body0 + "\n\n" + "\n\n".join(p["paras"][1:]) + "\n"
    )
    (OUT / f"{name}.txt").write_text(text)
    gold = {
        "title": p["title"],
        "source": p["source"],
        "published": p["pub"],
        "dateline": p["dateline"],
        "body_includes": [first_frag(p["paras"][0]), last_frag(p["paras"])],
        "body_excludes": [],
        "envoys": p["envoys"],
        "meetings": p["meetings"],
        "channels": p["channels"],
    }
    (OUT / f"{name}.gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
print(len(P), sum(len(p["meetings"]) for p in P))
