"""Write the round-5 "asia5" probes (p01..pNN) and their gold from one table.

English-language Asian outlets as scraped (Yonhap, KCNA, Kyodo/Japan Times, Xinhua,
NHK World, Rodong Sinmun, Global Times, ITAR-TASS, Hankyoreh, Straits Times,
VnExpress, Montsame, Korea Herald, Arirang, JoongAng Daily), 1994-2026. The wording
is my own; events are real or plausible. All gold was written before the parser was
run on any of these texts."""

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


# ---------------------------------------------------------------- p01 Yonhap 2018
add(
    "p01",
    head=[
        " date 2018-06-14",
        "Go to Contents Go to Navigation",
        "All News | N. Korea | Politics | Economy | Market | Industry | Sci/Tech | Society | Culture | Sports | National",
        "(LEAD) Koreas hold first general-level military talks in over a decade",
        "All News 15:48 June 14, 2018",
        "By Oh Seok-min",
    ],
    lead="SEOUL, June 14 (Yonhap) -- ",
    paras=[
        "South and North Korea held their first general-level military talks in more than a decade on Thursday, with the two sides looking for ways to carry out their leaders' pledge to turn the heavily armed border into a zone of peace.",
        "The meeting got under way at 10 a.m. at Tongilgak, a North Korean-controlled building on the northern side of the truce village of Panmunjom, according to the defense ministry. Maj. Gen. Kim Do-gyun, head of the North Korea policy division at the defense ministry, led a five-member delegation from the South. North Korea's chief delegate, Lt. Gen. An Ik-san, has represented the communist country at military negotiations since the early 2000s.",
        "Seoul hoped to use the session to discuss easing tensions along the Military Demarcation Line and pulling back guard posts, officials said. The North was believed to be pressing for an end to the annual joint military drills between Seoul and Washington, which U.S. President Donald Trump said would be halted after his summit with North Korean leader Kim Jong-un in Singapore on Tuesday.",
        "It is the first general-grade dialogue between the two militaries since December 2007, when their delegations last sat across the table at Panmunjom.",
        "Restoring the western military hotline, which has been out of service since a fire on the North's side years ago, was also high on the agenda, a ministry official said on condition of anonymity. The eastern military line was reconnected in January, ahead of the PyeongChang Winter Olympics.",
        "The military talks follow the high-level talks on June 1, at which the two sides agreed on a string of follow-up meetings. Red Cross officials from both Koreas will meet at the North's Mount Kumgang resort on June 22 to discuss reunions of families separated by the 1950-53 Korean War, and sports officials are scheduled to hold talks at Panmunjom on Monday on fielding joint teams at the Asian Games in August.",
        'Defense ministry spokeswoman Choi Hyun-soo told reporters Wednesday that the military would take a "step-by-step approach" and that the joint drills were not on the table for the South.',
    ],
    tail=[
        "(END)",
        "Keywords",
        "#military talks #Panmunjom #An Ik-san",
        "Most Viewed",
        "1. BTS tops Billboard social chart for 50th week",
        "2. Weather forecast for Friday",
        "Copyright Yonhap News Agency. All rights reserved.",
    ],
    title="(LEAD) Koreas hold first general-level military talks in over a decade",
    source="Yonhap",
    published="2018-06-14",
    dateline="Seoul",
    envoys=[
        E("Kim Do-gyun", "KOR", "head of the North Korea policy division at the defense ministry"),
        E("An Ik-san", "PRK", "chief delegate"),
        E("Donald Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Choi Hyun-soo", "KOR", "Defense ministry spokeswoman"),
    ],
    meetings=[
        M(["Kim Do-gyun", "An Ik-san"], ["KOR", "PRK"], "Panmunjom", "2018-06-14", "held"),
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "held",
            "summit",
        ),
        M([], ["KOR", "PRK"], "Panmunjom", "2007-12", "held"),
        M([], ["KOR", "PRK"], None, "2018-06-01", "held"),
        M([], ["KOR", "PRK"], "Mount Kumgang", "2018-06-22", "planned"),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-06-18", "planned"),
    ],
    channels=[
        C("western military hotline", ["KOR", "PRK"], "proposed"),
        C("eastern military line", ["KOR", "PRK"], "restored", "2018-01"),
    ],
    excludes=[
        "Copyright Yonhap News Agency. All rights reserved.",
        "Go to Contents Go to Navigation",
    ],
)

# ---------------------------------------------------------------- p02 KCNA 2019
KJU_LONG = (
    "chairman of the Workers' Party of Korea, chairman of the State Affairs Commission of the "
    "Democratic People's Republic of Korea and supreme commander of the armed forces of the DPRK"
)
add(
    "p02",
    head=[
        " date 2019-04-26",
        "Home | Kim Jong Un | Top News | Editorials | Society | Economy | External | Photo | Video",
        "Juche 108(2019).4.26.",
        "Talks between Supreme Leader Kim Jong Un and President of Russian Federation Held",
    ],
    lead="Pyongyang, April 26 (KCNA) -- ",
    paras=[
        f"Talks between Kim Jong Un, {KJU_LONG}, and Vladimir Vladimirovich Putin, president of the Russian Federation, took place at the Far Eastern Federal University in Vladivostok on April 25.",
        "The respected Supreme Leader, who arrived in Vladivostok by his private train the previous day and was greeted at the station by the Russian minister for the development of the Far East and other officials, was warmly welcomed by Putin at the entrance of the main building, and the top leaders of the two countries had a photo session.",
        "At the one-on-one talks Supreme Leader Kim Jong Un expressed deep thanks to the President for sparing precious time in his busy schedule, and said that his first visit to Russia was a manifestation of the will to carry forward and develop the traditional friendship forged by the preceding leaders of the two countries.",
        "The talks were then continued in an extended format. Present there from the DPRK side were Ri Yong Ho, member of the Political Bureau of the C.C., WPK and foreign minister, and Choe Son Hui, first vice-minister of Foreign Affairs, and from the Russian side Sergei Lavrov, foreign minister, and Yuri Ushakov, aide to the President.",
        "Kim Jong Un said that the situation on the Korean peninsula has now reached a deadlock and come to a critical point as the U.S. took a unilateral attitude in bad faith at the recent second DPRK-U.S. summit talks. He stressed that peace and security on the peninsula will entirely depend on the future attitude of the U.S., and that the DPRK will prepare itself for every possible situation.",
        "Putin highly appreciated the DPRK's efforts, noting that the visit of the Supreme Leader would serve as a good occasion for deepening mutual understanding, and the top leaders reached a consensus of views on all the issues discussed.",
        "At a grand reception given the same evening in honor of Kim Jong Un, Putin made a congratulatory speech and the respected Supreme Leader made a return speech, wishing the friendly Russian people greater success.",
        "Kim Jong Un invited Putin to visit the DPRK at a convenient time, and Putin accepted the invitation with pleasure.",
    ],
    tail=[
        "[Photo] Supreme Leader Kim Jong Un and Vladimir Vladimirovich Putin at the Far Eastern Federal University",
        "www.kcna.kp (Juche108.4.26.)",
        "Copyright © 2019 Korean Central News Agency",
    ],
    title="Talks between Supreme Leader Kim Jong Un and President of Russian Federation Held",
    source="KCNA",
    published="2019-04-26",
    dateline="Pyongyang",
    envoys=[
        E("Kim Jong Un", "PRK", KJU_LONG),
        E("Vladimir Vladimirovich Putin", "RUS", "president of the Russian Federation"),
        E(
            "Ri Yong Ho",
            "PRK",
            "member of the Political Bureau of the C.C., WPK and foreign minister",
        ),
        E("Choe Son Hui", "PRK", "first vice-minister of Foreign Affairs"),
        E("Sergei Lavrov", "RUS", "foreign minister"),
        E("Yuri Ushakov", "RUS", "aide to the President"),
    ],
    meetings=[
        M(
            [
                "Kim Jong Un",
                "Vladimir Vladimirovich Putin",
                "Ri Yong Ho",
                "Choe Son Hui",
                "Sergei Lavrov",
                "Yuri Ushakov",
            ],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019-04-25",
            "held",
            "summit",
        ),
        M(["Kim Jong Un"], ["PRK", "USA"], None, None, "held", "summit"),
        M(
            ["Kim Jong Un", "Vladimir Vladimirovich Putin"],
            ["PRK", "RUS"],
            "DPRK",
            None,
            "planned",
            "summit",
        ),
    ],
    excludes=[
        "Home | Kim Jong Un | Top News | Editorials | Society | Economy | External | Photo | Video",
        "Copyright © 2019 Korean Central News Agency",
    ],
)

# ---------------------------------------------------------------- p03 Kyodo / Japan Times 2014
add(
    "p03",
    head=[
        "The Japan Times",
        "NEWS | BUSINESS | OPINION | LIFE | COMMUNITY | CULTURE | SPORTS",
        "NATIONAL / POLITICS",
        "Pyongyang agrees to reopen abduction probe after Stockholm talks",
        "KYODO",
        "May 30, 2014",
        "Facebook Twitter Email Print",
    ],
    lead="STOCKHOLM – ",
    paras=[
        "North Korea has agreed to launch a fresh investigation into the fate of Japanese nationals abducted by its agents in the 1970s and 1980s, the government said Thursday, following three days of closed-door negotiations between senior diplomats of the two countries in the Swedish capital.",
        "In return, Tokyo will lift some of the unilateral sanctions it has imposed on Pyongyang once the North sets up a special committee to carry out the probe, Prime Minister Shinzo Abe told reporters at his office.",
        "The talks, which ran from Monday through Wednesday at a government facility in Stockholm, were led by Junichi Ihara, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, and Song Il Ho, North Korea's ambassador for normalization talks with Japan.",
        "It was the second round of formal intergovernmental negotiations since the two sides resumed them in Beijing in late March after a hiatus of more than a year. Director general-level officials had met in Ulaanbaatar in November 2012, but a follow-up session planned for the following month was scrapped after Pyongyang announced a long-range rocket launch.",
        "Ihara and Song are expected to meet again in early July, possibly in Beijing, to confirm the makeup of the North's committee, according to a source close to the negotiations. Working-level officials of the two governments have also been keeping in touch through their embassies in Beijing, the source said.",
        "Abe has made resolving the abduction issue a top priority of his administration. Pyongyang admitted in 2002, when then Prime Minister Junichiro Koizumi traveled to Pyongyang for a summit with leader Kim Jong Il, that its agents had kidnapped 13 Japanese. Five of them were repatriated that year.",
        "Families of the abductees welcomed the agreement but urged caution, recalling that a similar reinvestigation promised at working-level talks in the northeastern Chinese city of Shenyang in August 2008 was never carried out.",
        '"We will watch closely whether the North\'s investigation is sincere," Chief Cabinet Secretary Yoshihide Suga said Friday.',
    ],
    tail=[
        "Facebook Twitter Email Print",
        "RELATED STORIES",
        "Japan, North Korea agree to resume formal talks",
        "Abductee families seek answers after decades",
        "MOST POPULAR",
        "1. Cabinet approves defense white paper",
        "2. Typhoon season outlook",
        "KEYWORDS",
        "abductions, North Korea, Sweden",
    ],
    title="Pyongyang agrees to reopen abduction probe after Stockholm talks",
    source="Kyodo",
    published="2014-05-30",
    dateline="Stockholm",
    envoys=[
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E(
            "Junichi Ihara",
            "JPN",
            "director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Song Il Ho", "PRK", "ambassador for normalization talks with Japan"),
        E("Junichiro Koizumi", "JPN", "Prime Minister"),
        E("Kim Jong Il", "PRK", "leader"),
        E("Yoshihide Suga", "JPN", "Chief Cabinet Secretary"),
    ],
    meetings=[
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Stockholm", "2014-05-26", "held"),
        M([], ["JPN", "PRK"], "Beijing", "2014-03", "held"),
        M([], ["JPN", "PRK"], "Ulaanbaatar", "2012-11", "held"),
        M([], ["JPN", "PRK"], None, "2012-12", "cancelled"),
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Beijing", "2014-07", "planned"),
        M(
            ["Junichiro Koizumi", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2002",
            "held",
            "summit",
        ),
        M([], ["JPN", "PRK"], "Shenyang", "2008-08", "held"),
    ],
    channels=[C("embassies in Beijing", ["JPN", "PRK"], "open")],
    excludes=["Facebook Twitter Email Print", "MOST POPULAR", "RELATED STORIES"],
)

# ---------------------------------------------------------------- p04 Xinhua 2003
add(
    "p04",
    head=[
        "English Edition | Home | China | World | Business | Sci-Tech | Sports | Photos",
        "Six-party talks close in Beijing, parties agree to meet again",
        "www.chinaview.cn 2003-08-29 18:32:05",
    ],
    lead="BEIJING, Aug. 29 (Xinhua) -- ",
    paras=[
        "The six-party talks on the nuclear issue on the Korean Peninsula closed here Friday with all parties agreeing to keep up the process of peaceful dialogue and to hold a new round of talks, Chinese Vice Foreign Minister Wang Yi said.",
        "Wang, who headed the Chinese delegation, read out a summary of the consensus reached during the three-day talks at the closing plenary session held at the Diaoyutai State Guesthouse in west Beijing.",
        "The talks, which opened Wednesday, brought together delegations from China, the Democratic People's Republic of Korea (DPRK), the United States, the Republic of Korea (ROK), Russia and Japan. They were headed respectively by Wang Yi, DPRK Vice Foreign Minister Kim Yong Il, U.S. Assistant Secretary of State James Kelly, ROK Deputy Foreign Minister Lee Soo-hyuck, Russian Deputy Foreign Minister Alexander Losyukov and Mitoji Yabunaka, director-general of the Asian and Oceanian Affairs Bureau of the Japanese Foreign Ministry.",
        "According to Wang, the parties agreed to seek a peaceful solution through dialogue, to refrain from words or deeds that could escalate the situation, and to fix the date and venue of the next round through consultations among the six at an early date.",
        "On the sidelines, the DPRK and U.S. delegations held a bilateral contact on Wednesday afternoon, the first direct exchange between the two since the three-party talks in Beijing in April. Kelly and Kim Yong Il spoke for about half an hour, a source with the U.S. delegation said.",
        "Kim Yong Il told the plenary session on Thursday that the DPRK was ready to give up its nuclear program if the United States abandoned its hostile policy, a DPRK spokesman said.",
        "The Beijing meeting came about after intensive shuttle diplomacy. Chinese President Hu Jintao sent Vice Foreign Minister Dai Bingguo to Pyongyang in mid-July with a personal letter for DPRK leader Kim Jong Il, and Dai later traveled to Moscow and Washington to consult on the format of the talks.",
    ],
    tail=[
        "Related:",
        "China hopes for new round of six-party talks",
        "Print this article | Email this article",
        "Copyright (C) 2003 Xinhua News Agency. All Rights Reserved.",
    ],
    title="Six-party talks close in Beijing, parties agree to meet again",
    source="Xinhua",
    published="2003-08-29",
    dateline="Beijing",
    envoys=[
        E("Wang Yi", "CHN", "Vice Foreign Minister"),
        E("Kim Yong Il", "PRK", "Vice Foreign Minister"),
        E("James Kelly", "USA", "Assistant Secretary of State"),
        E("Lee Soo-hyuck", "KOR", "Deputy Foreign Minister"),
        E("Alexander Losyukov", "RUS", "Deputy Foreign Minister"),
        E(
            "Mitoji Yabunaka",
            "JPN",
            "director-general of the Asian and Oceanian Affairs Bureau of the Japanese Foreign Ministry",
        ),
        E("Hu Jintao", "CHN", "President"),
        E("Dai Bingguo", "CHN", "Vice Foreign Minister"),
        E("Kim Jong Il", "PRK", "leader"),
    ],
    meetings=[
        M(
            [
                "Wang Yi",
                "Kim Yong Il",
                "James Kelly",
                "Lee Soo-hyuck",
                "Alexander Losyukov",
                "Mitoji Yabunaka",
            ],
            SIX,
            "Beijing",
            "2003-08-27",
            "held",
        ),
        M([], SIX, None, None, "planned"),
        M(["James Kelly", "Kim Yong Il"], ["PRK", "USA"], "Beijing", "2003-08-27", "held"),
        M([], ["CHN", "PRK", "USA"], "Beijing", "2003-04", "held"),
        M(["Dai Bingguo"], ["CHN", "PRK"], "Pyongyang", "2003-07", "held"),
        M(["Dai Bingguo"], ["CHN", "RUS"], "Moscow", None, "held"),
        M(["Dai Bingguo"], ["CHN", "USA"], "Washington", None, "held"),
    ],
    excludes=[
        "English Edition | Home | China | World | Business | Sci-Tech | Sports | Photos",
        "Print this article | Email this article",
        "Copyright (C) 2003 Xinhua News Agency. All Rights Reserved.",
    ],
)

# ---------------------------------------------------------------- p05 NHK World 2024
add(
    "p05",
    head=[
        " date 2024-06-19",
        "NHK WORLD-JAPAN",
        "News | Programs | Live | Japan | World | Asia | Business | Sci-Tech",
        "Watch Live",
        "Putin, Kim sign partnership pact in Pyongyang",
        "Jun. 19, 2024 20:41 JST",
    ],
    lead="",
    paras=[
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un have signed an agreement on a comprehensive strategic partnership after summit talks in Pyongyang.",
        "Putin arrived in the North Korean capital early on Wednesday. It is his first visit there in 24 years. He last traveled to Pyongyang in July 2000, when he met Kim's father, Kim Jong Il.",
        "Kim greeted Putin at the airport. The two leaders held one-on-one talks at the Kumsusan State Guest House following a welcome ceremony in Kim Il Sung Square, and then expanded talks with their delegations.",
        "Russian media say Putin is accompanied by Foreign Minister Sergei Lavrov.",
        "Kim said relations between the two countries have entered a new period of high prosperity. Putin said the agreement includes a provision on mutual assistance in the event of aggression against either party.",
        "The two leaders last met in September at the Vostochny Cosmodrome in Russia's Far East.",
        "Putin is scheduled to leave for Vietnam later on Wednesday. He is expected to hold talks with President To Lam in Hanoi on Thursday.",
        "Japan's Chief Cabinet Secretary Hayashi Yoshimasa told reporters that Tokyo is seriously concerned about the deepening military cooperation between Russia and North Korea. Hayashi said Japan will stay in close contact with the United States and South Korea.",
    ],
    tail=[
        "Share",
        "X Facebook LINE",
        "Related News",
        "Putin arrives in Pyongyang",
        "North Korea prepares for Russian leader's visit",
        "Download the NHK WORLD-JAPAN app",
    ],
    title="Putin, Kim sign partnership pact in Pyongyang",
    source=None,
    published="2024-06-19",
    dateline=None,
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Kim Jong Il", "PRK", None),
        E("Sergei Lavrov", "RUS", "Foreign Minister"),
        E("To Lam", "VNM", "President"),
        E("Hayashi Yoshimasa", "JPN", "Chief Cabinet Secretary"),
    ],
    meetings=[
        M(
            ["Vladimir Putin", "Kim Jong Un", "Sergei Lavrov"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2024-06-19",
            "held",
            "summit",
        ),
        M(
            ["Vladimir Putin", "Kim Jong Il"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2000-07",
            "held",
            "summit",
        ),
        M(
            ["Vladimir Putin", "Kim Jong Un"],
            ["PRK", "RUS"],
            "Vostochny Cosmodrome",
            "2023-09",
            "held",
            "summit",
        ),
        M(["Vladimir Putin", "To Lam"], ["RUS", "VNM"], "Hanoi", "2024-06-20", "planned", "summit"),
    ],
    excludes=["Download the NHK WORLD-JAPAN app", "X Facebook LINE"],
)

# ---------------------------------------------------------------- p06 Rodong Sinmun 2018
add(
    "p06",
    head=[
        " date 2018-05-27",
        "Rodong Sinmun",
        "Home | Supreme Leader's Activities | Politics | Economy | Korean Nation | World | Editorial",
        "Kim Jong Un Holds Talks with President Moon Jae In",
    ],
    lead="",
    paras=[
        "Kim Jong Un, chairman of the State Affairs Commission of the Democratic People's Republic of Korea, had talks with Moon Jae In, president of the Republic of Korea, at Thongil House in the north side area of Panmunjom on May 26.",
        "Moon Jae In was greeted at the house by the respected Supreme Leader of our Party, state and army, who warmly welcomed the President, saying that though the talks were arranged in a hurry it was fortunate that they could meet at such an important juncture.",
        "Present at the talks were Kim Yong Chol, vice-chairman of the Central Committee of the Workers' Party of Korea, and Suh Hoon, director of the National Intelligence Service of south Korea.",
        "At the talks the top leaders of the north and the south had a candid exchange of views on the issues arising in implementing the Panmunjom Declaration which Kim Jong Un and Moon Jae In adopted at their first talks at the Peace House on the south side of Panmunjom on April 27, and on the DPRK-U.S. summit talks slated for June 12.",
        "Kim Jong Un expressed his fixed will on the historic DPRK-U.S. summit talks and appreciated the efforts made by the President for their success.",
        "The top leaders agreed to hold the north-south high-level talks on June 1 and to push forward talks by sectors, including talks between the military authorities and Red Cross talks, with a view to putting the declaration into practice at an early date. They also agreed to settle practical matters through the Panmunjom liaison channel.",
        "The talks proceeded in a comradely and sincere atmosphere. After the talks Kim Jong Un saw Moon Jae In off, warmly shaking hands with him.",
    ],
    tail=[
        "Juche 107(2018). 5. 27.",
        "PRINT | LIST",
        "Copyright © 2003 - 2018 «Rodong Sinmun» All Rights Reserved",
    ],
    title="Kim Jong Un Holds Talks with President Moon Jae In",
    source=None,
    published="2018-05-27",
    dateline=None,
    envoys=[
        E(
            "Kim Jong Un",
            "PRK",
            "chairman of the State Affairs Commission of the Democratic People's Republic of Korea",
        ),
        E("Moon Jae In", "KOR", "president of the Republic of Korea"),
        E(
            "Kim Yong Chol",
            "PRK",
            "vice-chairman of the Central Committee of the Workers' Party of Korea",
        ),
        E("Suh Hoon", "KOR", "director of the National Intelligence Service"),
    ],
    meetings=[
        M(
            ["Kim Jong Un", "Moon Jae In", "Kim Yong Chol", "Suh Hoon"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-05-26",
            "held",
            "summit",
        ),
        M(
            ["Kim Jong Un", "Moon Jae In"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-04-27",
            "held",
            "summit",
        ),
        M(["Kim Jong Un"], ["PRK", "USA"], None, "2018-06-12", "planned", "summit"),
        M([], ["KOR", "PRK"], None, "2018-06-01", "planned"),
    ],
    channels=[C("Panmunjom liaison channel", ["KOR", "PRK"], "open")],
    excludes=[
        "Home | Supreme Leader's Activities | Politics | Economy | Korean Nation | World | Editorial",
        "Copyright © 2003 - 2018 «Rodong Sinmun» All Rights Reserved",
    ],
)

# ---------------------------------------------------------------- p07 Global Times 2019
add(
    "p07",
    head=[
        "HOME | CHINA | SOURCE | OPINION | WORLD | IN-DEPTH | ARTS | LIFE | SPORT",
        "Xi wraps up DPRK trip as analysts hail 'new chapter' in ties",
        "By Liu Xin and Yang Sheng Source:Global Times Published: 2019/6/21 22:28:40",
    ],
    lead="",
    paras=[
        "Chinese President Xi Jinping concluded a two-day state visit to the Democratic People's Republic of Korea (DPRK) on Friday, the first trip to the country by a top Chinese leader in 14 years, which Chinese experts said has opened a new chapter in bilateral ties.",
        "Xi held talks with Kim Jong-un, chairman of the Workers' Party of Korea and chairman of the State Affairs Commission of the DPRK, in Pyongyang on Thursday afternoon, shortly after arriving in the city to a grand welcome, the Xinhua News Agency reported.",
        "Kim told Xi that the DPRK was willing to stay patient and hoped the relevant parties would meet it halfway, according to Xinhua. Xi said the international community hoped the DPRK and the US would keep talking and that China was ready to play a constructive role.",
        "Kim has visited China four times since March 2018, most recently in January, when the two leaders met in Beijing around Kim's 35th birthday.",
        "The last time a top Chinese leader visited Pyongyang was in October 2005, when then president Hu Jintao held talks with Kim Jong-il.",
        "Lü Chao, a research fellow at the Liaoning Academy of Social Sciences, told the Global Times that the visit came at a crucial moment, as talks between Pyongyang and Washington have stalled since the Hanoi summit in February ended without an agreement.",
        "Xi is due to attend the G20 summit in Osaka, Japan next week, where he is widely expected to meet US President Donald Trump. Some observers said Xi might bring Kim's views to that meeting, though Chinese Foreign Ministry spokesperson Geng Shuang said on Friday he had no information to release on the arrangement.",
        'Trump said earlier this month that he had received a "beautiful letter" from Kim, a sign that the leaders\' personal communication remains intact despite the stalemate.',
    ],
    tail=[
        "Newspaper headline: Xi's visit opens new chapter",
        "Posted in: DIPLOMACY",
        "RELATED ARTICLES",
        "Chinese, DPRK leaders agree to strengthen strategic communication",
        "Global Times Copyright © 2019. All rights reserved.",
    ],
    title="Xi wraps up DPRK trip as analysts hail 'new chapter' in ties",
    source="Global Times",
    published="2019-06-21",
    dateline=None,
    envoys=[
        E("Xi Jinping", "CHN", "President"),
        E(
            "Kim Jong-un",
            "PRK",
            "chairman of the Workers' Party of Korea and chairman of the State Affairs Commission of the DPRK",
        ),
        E("Hu Jintao", "CHN", "president"),
        E("Kim Jong-il", "PRK", None),
        E("Donald Trump", "USA", "President"),
        E("Geng Shuang", "CHN", "Foreign Ministry spokesperson"),
    ],
    meetings=[
        M(
            ["Xi Jinping", "Kim Jong-un"],
            ["CHN", "PRK"],
            "Pyongyang",
            "2019-06-20",
            "held",
            "summit",
        ),
        M(["Kim Jong-un"], ["CHN", "PRK"], "China", None, "held", "summit"),
        M(["Xi Jinping", "Kim Jong-un"], ["CHN", "PRK"], "Beijing", "2019-01", "held", "summit"),
        M(["Hu Jintao", "Kim Jong-il"], ["CHN", "PRK"], "Pyongyang", "2005-10", "held", "summit"),
        M([], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
        M(["Xi Jinping", "Donald Trump"], ["CHN", "USA"], "Osaka", "2019-06", "planned", "summit"),
    ],
    channels=[C("letter", ["PRK", "USA"], "open")],
    excludes=[
        "HOME | CHINA | SOURCE | OPINION | WORLD | IN-DEPTH | ARTS | LIFE | SPORT",
        "Posted in: DIPLOMACY",
    ],
)

# ---------------------------------------------------------------- p08 ITAR-TASS 2011
add(
    "p08",
    head=[
        "ITAR-TASS",
        "Russia | World | Economy | Politics | Sport | Photo",
        "Medvedev, Kim Jong-il hold talks at military garrison near Ulan-Ude",
        "24.08.2011, 14.52",
    ],
    lead="ULAN-UDE, August 24 (Itar-Tass) -- ",
    paras=[
        "Russian President Dmitry Medvedev and North Korean leader Kim Jong-il held talks on Wednesday at the Sosnovy Bor military garrison outside Ulan-Ude, the capital of Buryatia, in their first meeting and during the North Korean leader's first visit to Russia in nine years.",
        "The talks lasted about two hours, first in a narrow format and then with delegations, Kremlin spokeswoman Natalya Timakova told reporters. According to her, Kim Jong-il expressed readiness to return to the six-party talks without preconditions and, in the course of them, to impose a moratorium on nuclear tests and the production of nuclear materials.",
        "The sides also discussed a project to lay a gas pipeline from Russia to South Korea across North Korean territory. A special commission will be set up to work out the bilateral aspects of the project, Timakova said.",
        "Kim's armoured train crossed the border at Khasan on Saturday. On Sunday he toured the Bureya hydropower plant in the Amur region, where he was shown around by local officials.",
        "Kim Jong-il last visited Russia in August 2002, when he held talks with then President Vladimir Putin in Vladivostok. A year earlier he had travelled by train all the way to Moscow.",
        "Deputy Foreign Minister Alexei Borodavkin, who represents Russia at the six-party talks, said last month after meeting North Korean First Vice Foreign Minister Kim Kye-gwan in Moscow that Pyongyang was ready to resume the negotiations.",
        "From Buryatia, the North Korean leader is expected to head home through northeastern China, diplomatic sources in Beijing said, and he could meet Chinese officials there later this week.",
    ],
    tail=[
        "Share:",
        "Print version",
        "Comments (0)",
        "Add comment",
        "© ITAR-TASS 1999-2011",
    ],
    title="Medvedev, Kim Jong-il hold talks at military garrison near Ulan-Ude",
    source="Itar-Tass",
    published="2011-08-24",
    dateline="Ulan-Ude",
    envoys=[
        E("Dmitry Medvedev", "RUS", "President"),
        E("Kim Jong-il", "PRK", "leader"),
        E("Natalya Timakova", "RUS", "Kremlin spokeswoman"),
        E("Vladimir Putin", "RUS", "President"),
        E("Alexei Borodavkin", "RUS", "Deputy Foreign Minister"),
        E("Kim Kye-gwan", "PRK", "First Vice Foreign Minister"),
    ],
    meetings=[
        M(
            ["Dmitry Medvedev", "Kim Jong-il"],
            ["PRK", "RUS"],
            "Ulan-Ude",
            "2011-08-24",
            "held",
            "summit",
        ),
        M(
            ["Kim Jong-il", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2002-08",
            "held",
            "summit",
        ),
        M(["Kim Jong-il"], ["PRK", "RUS"], "Moscow", "2001", "held", "summit"),
        M(["Alexei Borodavkin", "Kim Kye-gwan"], ["PRK", "RUS"], "Moscow", "2011-07", "held"),
        M(["Kim Jong-il"], ["CHN", "PRK"], "northeastern China", "2011-08", "proposed"),
    ],
    excludes=["Print version", "Add comment", "© ITAR-TASS 1999-2011"],
)

# ---------------------------------------------------------------- p09 Hankyoreh 2020
add(
    "p09",
    head=[
        "hankyoreh",
        "Home > English Edition > North Korea",
        "N. Korea cuts off all communication lines with South",
        "Posted on : Jun.10,2020 16:52 KST Modified on : Jun.10,2020 16:52 KST",
        "Pyongyang says it is the first step toward shutting down all contact over leaflets",
    ],
    lead="",
    paras=[
        "North Korea on Tuesday cut off all its communication lines with South Korea, including the hotline linking the two leaders, in what it called the first step toward shutting down all contact with the South over anti-North leaflets sent across the border by defector groups.",
        'According to the Korean Central News Agency, the North "completely cut off and shut down" the liaison line of the inter-Korean joint liaison office, the East and West Sea communication lines between the two militaries, the test line between the Workers\' Party headquarters and the Blue House, and the hotline between the two leaders at noon on Tuesday.',
        "The decision was taken at a meeting of officials in charge of South Korean affairs chaired by Kim Yo-jong, first vice department director of the Workers' Party Central Committee, and Kim Yong-chol, vice chairman of the party Central Committee, KCNA said.",
        "Calls from the South went unanswered. Liaison office staff placed their regular 9 am call on Tuesday morning, but nobody picked up on the other side, the Ministry of Unification said. It was the first time the North had failed to answer the office's morning call since the office opened in Kaesong in September 2018, although the office has been run from Seoul since staff were pulled out in January over COVID-19. The military's calls on the two border lines also went unanswered.",
        "Unification Ministry spokesperson Yoh Sang-key said the lines were a basic means of communication and that Seoul would continue to abide by the agreements the two sides had made.",
        "The leaders' hotline was installed at the Blue House in April 2018, ahead of the first summit between President Moon Jae-in and Kim Jong-un at Panmunjom later that month. The two leaders went on to meet twice more that year, in May at Panmunjom and in September in Pyongyang.",
        "Inter-Korean exchanges have largely stalled since the breakdown of the second summit between Kim and US President Donald Trump in Hanoi in February 2019. Analysts said Pyongyang may be using the leaflets as a pretext to ratchet up pressure on Seoul, and some warned that the liaison office itself could be the next target.",
    ],
    tail=[
        "By Kim So-youn, staff reporter",
        "Please direct questions or comments to [english@hani.co.kr]",
        "Related stories",
        "Kim Yo-jong threatens to scrap military agreement over leaflets",
        "Most viewed articles",
        "1. [Editorial] Time to restore trust",
        "2. Seoul housing prices keep climbing",
    ],
    title="N. Korea cuts off all communication lines with South",
    source=None,
    published="2020-06-10",
    dateline=None,
    envoys=[
        E(
            "Kim Yo-jong",
            "PRK",
            "first vice department director of the Workers' Party Central Committee",
        ),
        E("Kim Yong-chol", "PRK", "vice chairman of the party Central Committee"),
        E("Yoh Sang-key", "KOR", "Unification Ministry spokesperson"),
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong-un", "PRK", None),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], "Panmunjom", "2018-04", "held", "summit"),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], "Panmunjom", "2018-05", "held", "summit"),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], "Pyongyang", "2018-09", "held", "summit"),
        M(["Kim Jong-un", "Donald Trump"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
    ],
    channels=[
        C("inter-Korean joint liaison office", ["KOR", "PRK"], "severed", "2020-06-09"),
        C("East and West Sea communication lines", ["KOR", "PRK"], "severed", "2020-06-09"),
        C("test line", ["KOR", "PRK"], "severed", "2020-06-09"),
        C("hotline between the two leaders", ["KOR", "PRK"], "severed", "2020-06-09"),
    ],
    excludes=[
        "Please direct questions or comments to [english@hani.co.kr]",
        "Most viewed articles",
    ],
)

# ---------------------------------------------------------------- p10 Straits Times 2018
add(
    "p10",
    head=[
        "The Straits Times",
        "Singapore | Asia | World | Opinion | Life | Business | Tech | Sport | Videos | Podcasts",
        "Subscribe",
        "Trump-Kim summit: Kim calls on PM Lee at Istana as officials hold last-minute talks",
        "North Korean leader Kim Jong Un with Prime Minister Lee Hsien Loong at the Istana on June 10. PHOTO: MCI",
        "Tham Yuen-C",
        "Senior Political Correspondent",
        "Published Jun 11, 2018, 5:00 am SGT",
        "Updated Jun 11, 2018, 1:45 pm SGT",
    ],
    lead="SINGAPORE - ",
    paras=[
        "North Korean leader Kim Jong Un called on Prime Minister Lee Hsien Loong at the Istana on Sunday evening, hours after landing at Changi Airport on an Air China jet for his summit with US President Donald Trump.",
        "Mr Kim thanked Singapore for its hospitality and for the effort it had put into hosting the meeting, said Mr Lee, who posted photos of their talks on Facebook.",
        "Mr Trump, who touched down at Paya Lebar Air Base on Sunday night, will have a working lunch with Mr Lee at the Istana on Monday, a day before his summit with Mr Kim at the Capella hotel on Sentosa, the resort island off the south of Singapore.",
        "North Korean leader Kim Jong Un with Prime Minister Lee Hsien Loong at the Istana on June 10. PHOTO: MCI",
        "Officials from both sides met again on Monday morning at the Ritz-Carlton Millenia hotel to narrow the remaining gaps on a joint document. The American team was led by Mr Sung Kim, the US ambassador to the Philippines, and the North Korean team by Vice-Foreign Minister Choe Son Hui. Mr Sung Kim and Ms Choe had held several rounds of talks in the truce village of Panmunjom over the past two weeks.",
        "The Singapore summit was in doubt until barely two weeks ago. Mr Trump called it off on May 24, citing \"tremendous anger and open hostility\" in a North Korean statement, only to reinstate it after receiving Mr Kim Yong Chol, vice-chairman of the ruling Workers' Party's Central Committee, at the White House in Washington on June 1. Mr Kim Yong Chol handed over a letter from Mr Kim Jong Un during that visit.",
        "Foreign Minister Vivian Balakrishnan travelled to Pyongyang last week and met his counterpart Ri Yong Ho, having earlier gone to Washington to meet Secretary of State Mike Pompeo.",
        'Mr Lee said on Sunday that Singapore would bear about $20 million of the cost of hosting the summit, calling it "our contribution to an international endeavour which is in our profound interest".',
        "Roads around the Shangri-La Hotel, where Mr Trump is staying, and the St Regis, where Mr Kim is staying, were closed to traffic.",
    ],
    tail=[
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Topics: DONALD TRUMP, KIM JONG UN, TRUMP-KIM SUMMIT",
        "Sign up for our newsletter",
    ],
    title="Trump-Kim summit: Kim calls on PM Lee at Istana as officials hold last-minute talks",
    source=None,
    published="2018-06-11",
    dateline="Singapore",
    envoys=[
        E("Kim Jong Un", "PRK", "leader"),
        E("Lee Hsien Loong", "SGP", "Prime Minister"),
        E("Donald Trump", "USA", "President"),
        E("Sung Kim", "USA", "ambassador to the Philippines"),
        E("Choe Son Hui", "PRK", "Vice-Foreign Minister"),
        E("Kim Yong Chol", "PRK", "vice-chairman of the ruling Workers' Party's Central Committee"),
        E("Vivian Balakrishnan", "SGP", "Foreign Minister"),
        E("Ri Yong Ho", "PRK", None),
        E("Mike Pompeo", "USA", "Secretary of State"),
    ],
    meetings=[
        M(
            ["Kim Jong Un", "Lee Hsien Loong"],
            ["PRK", "SGP"],
            "Singapore",
            "2018-06-10",
            "held",
            "summit",
        ),
        M(
            ["Donald Trump", "Lee Hsien Loong"],
            ["SGP", "USA"],
            "Singapore",
            "2018-06-11",
            "planned",
            "summit",
        ),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "planned",
            "summit",
        ),
        M(["Sung Kim", "Choe Son Hui"], ["PRK", "USA"], "Singapore", "2018-06-11", "held"),
        M(["Sung Kim", "Choe Son Hui"], ["PRK", "USA"], "Panmunjom", "2018", "held"),
        M(["Donald Trump", "Kim Yong Chol"], ["PRK", "USA"], "Washington", "2018-06-01", "held"),
        M(["Vivian Balakrishnan", "Ri Yong Ho"], ["PRK", "SGP"], "Pyongyang", "2018-06", "held"),
        M(["Vivian Balakrishnan", "Mike Pompeo"], ["SGP", "USA"], "Washington", None, "held"),
    ],
    excludes=[
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Sign up for our newsletter",
    ],
)

# ---------------------------------------------------------------- p11 VnExpress 2019
add(
    "p11",
    head=[
        "VnExpress International",
        "News | Business | Travel | Life | Sports | World | Perspectives",
        "News > Politics",
        "Trump-Kim summit ends abruptly without agreement",
        "By Vu Anh   February 28, 2019 | 04:37 pm GMT+7",
        "U.S. President Donald Trump and North Korean leader Kim Jong-un at the Metropole hotel in Hanoi. Photo by Reuters",
    ],
    lead="",
    paras=[
        "The second summit between U.S. President Donald Trump and North Korean leader Kim Jong-un ended early in Hanoi on Thursday without any agreement, with a planned working lunch and a signing ceremony scrapped at the last minute.",
        'The two leaders left the Sofitel Legend Metropole hotel, where the day\'s talks had begun at 9 a.m., shortly after 1 p.m. in separate motorcades. "No agreement was reached at this time," White House press secretary Sarah Sanders said in a statement.',
        "Trump and Kim had opened the summit with a 20-minute one-on-one conversation and a social dinner at the same hotel on Wednesday evening.",
        "At a press conference at the JW Marriott hotel, Trump said Pyongyang had wanted sanctions lifted in their entirety in exchange for closing only part of its nuclear program. Secretary of State Mike Pompeo said he hoped talks would continue, but no further meeting had been scheduled.",
        "Earlier on Wednesday, Trump met Party General Secretary and State President Nguyen Phu Trong at the Presidential Palace and later Prime Minister Nguyen Xuan Phuc at the Government Office, witnessing the signing of deals worth over $21 billion between Vietnamese and American companies.",
        "U.S. President Donald Trump and North Korean leader Kim Jong-un at the Metropole hotel in Hanoi. Photo by Reuters",
        "Kim, who arrived by armored train at Dong Dang station on Tuesday after a 65-hour journey from Pyongyang, will stay in Vietnam until Saturday for an official friendship visit. He will hold talks with Trong in Hanoi on Friday, according to the Vietnamese foreign ministry.",
        "The first Trump-Kim summit took place in Singapore in June last year.",
        "North Korean Foreign Minister Ri Yong-ho paid an official visit to Vietnam in late November last year, holding talks with Deputy Prime Minister and Foreign Minister Pham Binh Minh in Hanoi.",
    ],
    tail=[
        "Tags: Trump Kim summit  Hanoi summit  North Korea  Vietnam",
        "Related news:",
        "Hanoi streets closed as motorcades pass",
        "Back to top",
    ],
    title="Trump-Kim summit ends abruptly without agreement",
    source=None,
    published="2019-02-28",
    dateline=None,
    envoys=[
        E("Donald Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Sarah Sanders", "USA", "White House press secretary"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Nguyen Phu Trong", "VNM", "Party General Secretary and State President"),
        E("Nguyen Xuan Phuc", "VNM", "Prime Minister"),
        E("Ri Yong-ho", "PRK", "Foreign Minister"),
        E("Pham Binh Minh", "VNM", "Deputy Prime Minister and Foreign Minister"),
    ],
    meetings=[
        M(["Donald Trump", "Kim Jong-un"], ["PRK", "USA"], "Hanoi", "2019-02-27", "held", "summit"),
        M(
            ["Donald Trump", "Nguyen Phu Trong"],
            ["USA", "VNM"],
            "Hanoi",
            "2019-02-27",
            "held",
            "summit",
        ),
        M(
            ["Donald Trump", "Nguyen Xuan Phuc"],
            ["USA", "VNM"],
            "Hanoi",
            "2019-02-27",
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
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06",
            "held",
            "summit",
        ),
        M(["Ri Yong-ho", "Pham Binh Minh"], ["PRK", "VNM"], "Hanoi", "2018-11", "held"),
    ],
    excludes=["Back to top", "News | Business | Travel | Life | Sports | World | Perspectives"],
)

# ---------------------------------------------------------------- p12 Montsame 2013
add(
    "p12",
    head=[
        "MONTSAME Mongolian News Agency",
        "Mongolia | Politics | Economy | Society | World | Culture | Sports",
        "President Ts.Elbegdorj holds official talks with Kim Yong Nam",
        "2013-10-29 11:20:15",
        "Views: 1482",
    ],
    lead="Pyongyang, October 29 /MONTSAME/ ",
    paras=[
        "The President of Mongolia Mr Ts.Elbegdorj, who is paying a state visit to the DPRK at the invitation of the President of the Presidium of the Supreme People's Assembly Mr Kim Yong Nam, held official talks with Mr Kim on Monday in the Mansudae Assembly Hall.",
        "The sides exchanged views on expanding cooperation in trade, agriculture, education and culture, and on regional issues. The head of state underlined that Mongolia attaches importance to developing its traditional friendly relations with the DPRK and is interested in the peace and stability of Northeast Asia.",
        "Afterwards the Mongolian leader attended a state banquet given in his honour by Kim Yong Nam.",
        "On Tuesday, Minister of Foreign Affairs L.Bold is to hold talks with his counterpart Pak Ui Chun, while other members of the delegation will meet with the DPRK Ministers of Agriculture and of External Economic Affairs.",
        "Ts.Elbegdorj is the first foreign head of state to visit the DPRK since Kim Jong Un took over the leadership of the country at the end of 2011. A meeting with Kim Jong Un is not on the programme of the visit, the Office of the President said.",
        "Mongolia has repeatedly offered Ulaanbaatar as a venue for dialogue on regional issues. The Mongolian capital hosted talks between the Governments of Japan and the DPRK in November last year, and Mongolia stands ready to host further rounds of the talks, the President's foreign policy adviser told MONTSAME.",
        "Ts.Elbegdorj will wrap up the visit on Thursday.",
    ],
    tail=[
        "Print | Share",
        "Other news",
        "Cabinet discusses winter preparation",
        "MONTSAME News Agency 2013. All rights reserved.",
    ],
    title="President Ts.Elbegdorj holds official talks with Kim Yong Nam",
    source="MONTSAME",
    published="2013-10-29",
    dateline="Pyongyang",
    envoys=[
        E("Ts.Elbegdorj", "MNG", "President of Mongolia"),
        E("Kim Yong Nam", "PRK", "President of the Presidium of the Supreme People's Assembly"),
        E("L.Bold", "MNG", "Minister of Foreign Affairs"),
        E("Pak Ui Chun", "PRK", None),
        E("Kim Jong Un", "PRK", None),
    ],
    meetings=[
        M(
            ["Ts.Elbegdorj", "Kim Yong Nam"],
            ["MNG", "PRK"],
            "Pyongyang",
            "2013-10-28",
            "held",
            "summit",
        ),
        M(["L.Bold", "Pak Ui Chun"], ["MNG", "PRK"], "Pyongyang", "2013-10-29", "planned"),
        M([], ["MNG", "PRK"], "Pyongyang", "2013-10-29", "planned"),
        M([], ["JPN", "PRK"], "Ulaanbaatar", "2012-11", "held"),
        M([], ["JPN", "PRK"], "Ulaanbaatar", None, "proposed"),
    ],
    excludes=["Print | Share", "MONTSAME News Agency 2013. All rights reserved.", "Views: 1482"],
)

# ---------------------------------------------------------------- p13 Korea Herald 1994
add(
    "p13",
    head=[
        "The Korea Herald",
        "National | Politics | North Korea | Business | Opinion | Archive",
        "Koreas agree to first summit in Pyongyang July 25-27",
        "Published : 1994-06-29 00:00",
        "By Lee Kyong-hee, Staff reporter",
    ],
    lead="",
    paras=[
        "South and North Korea agreed yesterday to hold the first summit meeting in the peninsula's half century of division in Pyongyang from July 25 to 27, opening the way for President Kim Young-sam to meet North Korean leader Kim Il-sung.",
        "The agreement came at a preliminary meeting at Panmunjom between Deputy Prime Minister Lee Hong-koo, who doubles as national unification minister, and Kim Yong-sun, a secretary of the North's Workers' Party Central Committee. The session lasted a little over two hours at Peace House on the southern side of the truce village.",
        "Under the accord, the two sides will hold working-level contacts at the truce village from Friday to work out protocol, security and communications for the summit. They will exchange the lists of their delegations through the liaison offices at Panmunjom, and a direct telephone line between the two leaders' offices is to be installed before the summit.",
        '"This is only the first step, but a very important one," Lee told reporters on his return to Seoul, adding that the government would do its utmost to make the summit a success.',
        "The summit offer was first conveyed by former U.S. President Jimmy Carter, who met Kim Il-sung in Pyongyang earlier this month on what he described as a private visit. Carter crossed back into the South through Panmunjom on June 18 and briefed President Kim at Chong Wa Dae in Seoul the same day.",
        "Meanwhile, the United States and North Korea will resume their high-level talks in Geneva on July 8, the State Department said. Robert Gallucci, assistant secretary of state for political-military affairs, will again face First Vice Foreign Minister Kang Sok-ju. The two last sat down together in Geneva in July last year.",
        "Officials here said the breakthrough could ease the crisis over the North's nuclear program, which had prompted Washington to seek U.N. sanctions against Pyongyang earlier this month.",
    ],
    tail=[
        "Korea Herald archive | Print | Email",
        "Copyright © The Korea Herald. All Rights Reserved.",
    ],
    title="Koreas agree to first summit in Pyongyang July 25-27",
    source=None,
    published="1994-06-29",
    dateline=None,
    envoys=[
        E("Kim Young-sam", "KOR", "President"),
        E("Kim Il-sung", "PRK", "leader"),
        E("Lee Hong-koo", "KOR", "Deputy Prime Minister"),
        E("Kim Yong-sun", "PRK", "secretary of the North's Workers' Party Central Committee"),
        E("Jimmy Carter", "USA", "President"),
        E("Robert Gallucci", "USA", "assistant secretary of state for political-military affairs"),
        E("Kang Sok-ju", "PRK", "First Vice Foreign Minister"),
    ],
    meetings=[
        M(
            ["Kim Young-sam", "Kim Il-sung"],
            ["KOR", "PRK"],
            "Pyongyang",
            "1994-07-25",
            "planned",
            "summit",
        ),
        M(["Lee Hong-koo", "Kim Yong-sun"], ["KOR", "PRK"], "Panmunjom", "1994-06-28", "held"),
        M([], ["KOR", "PRK"], "Panmunjom", "1994-07-01", "planned"),
        M(["Jimmy Carter", "Kim Il-sung"], ["PRK", "USA"], "Pyongyang", "1994-06", "held"),
        M(["Jimmy Carter", "Kim Young-sam"], ["KOR", "USA"], "Seoul", "1994-06-18", "held"),
        M(["Robert Gallucci", "Kang Sok-ju"], ["PRK", "USA"], "Geneva", "1994-07-08", "planned"),
        M(["Robert Gallucci", "Kang Sok-ju"], ["PRK", "USA"], "Geneva", "1993-07", "held"),
    ],
    channels=[
        C("liaison offices at Panmunjom", ["KOR", "PRK"], "open"),
        C("direct telephone line", ["KOR", "PRK"], "proposed"),
    ],
    excludes=[
        "Korea Herald archive | Print | Email",
        "Copyright © The Korea Herald. All Rights Reserved.",
    ],
)

# ---------------------------------------------------------------- p14 Arirang 2025
add(
    "p14",
    head=[
        " date 2025-11-17",
        "ARIRANG NEWS",
        "HOME | NEWS | Politics | Business | North Korea | World | Sci-Tech | Culture",
        "S. Korea proposes military talks with N. Korea to clarify MDL",
        "Updated: 2025-11-17 17:12:20 KST",
        "Reporter : Choi Min-jung",
    ],
    lead="",
    paras=[
        "South Korea's defense ministry has offered to hold military talks with North Korea to agree on a clear reference line for the Military Demarcation Line, in what would be the first such talks in seven years.",
        "Deputy Defense Minister for Policy Kim Hong-cheol announced the proposal on Monday, saying the two militaries need to sit down to prevent accidental clashes, as North Korean soldiers doing construction work near the border have repeatedly crossed the line this year.",
        "The ministry said the date and venue could be worked out later, but suggested the truce village of Panmunjom as one option.",
        "There is no direct way to deliver the offer. The North has not answered calls on the inter-Korean liaison and military lines since April 2023, so the ministry made the proposal public through the media.",
        "The last general-level military talks between the two Koreas were held at Panmunjom in October 2018, weeks after the two sides signed the Comprehensive Military Agreement in September that year on the sidelines of the inter-Korean summit in Pyongyang.",
        "President Lee Jae Myung has called for restoring dialogue with the North. He asked Chinese President Xi Jinping to play a constructive role when the two leaders held talks in Gyeongju earlier this month on the sidelines of the APEC summit.",
        "Pyongyang has not responded. North Korean leader Kim Jong Un said in September that he could sit down with Washington if it dropped its demand for denuclearization, but he has defined the South as a separate, hostile state.",
    ],
    tail=[
        "Choi Min-jung, Arirang News.",
        "Copyright ⓒ Arirang International Broadcasting. All Rights Reserved.",
        "Share this article",
        "MOST VIEWED",
        "K-pop concert draws record crowd in Busan",
    ],
    title="S. Korea proposes military talks with N. Korea to clarify MDL",
    source="Arirang News",
    published="2025-11-17",
    dateline=None,
    envoys=[
        E("Kim Hong-cheol", "KOR", "Deputy Defense Minister for Policy"),
        E("Lee Jae Myung", "KOR", "President"),
        E("Xi Jinping", "CHN", "President"),
        E("Kim Jong Un", "PRK", "leader"),
    ],
    meetings=[
        M([], ["KOR", "PRK"], "Panmunjom", None, "proposed"),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-10", "held"),
        M([], ["KOR", "PRK"], "Pyongyang", "2018-09", "held", "summit"),
        M(["Lee Jae Myung", "Xi Jinping"], ["CHN", "KOR"], "Gyeongju", "2025-11", "held", "summit"),
        M(["Kim Jong Un"], ["PRK", "USA"], None, None, "proposed"),
    ],
    channels=[C("inter-Korean liaison and military lines", ["KOR", "PRK"], "severed", "2023-04")],
    excludes=[
        "Copyright ⓒ Arirang International Broadcasting. All Rights Reserved.",
        "HOME | NEWS | Politics | Business | North Korea | World | Sci-Tech | Culture",
    ],
)

# ---------------------------------------------------------------- p15 JoongAng Daily 2026
add(
    "p15",
    head=[
        "Korea JoongAng Daily",
        "National | Business | Entertainment | Sports | Opinion | Culture | Foreign Affairs",
        "North Korea",
        "North's top diplomat holds talks with Lavrov in Moscow amid summit speculation",
        "Published: 16 Jan. 2026, 17:40 Updated: 16 Jan. 2026, 18:05",
        "BY YONHAP [yonhap@yna.co.kr]",
        "North Korean Foreign Minister Choe Son-hui, left, and Russian Foreign Minister Sergei Lavrov shake hands in Moscow. [TASS/YONHAP]",
    ],
    lead="",
    paras=[
        "North Korean Foreign Minister Choe Son-hui held talks with her Russian counterpart Sergei Lavrov in Moscow on Thursday, as speculation grows that leader Kim Jong-un could travel to Russia this year.",
        "Choe arrived in the Russian capital on Tuesday at the head of a Foreign Ministry delegation, according to the North's Korean Central News Agency, which did not say how long she would stay.",
        'Russian state media reported that the two ministers discussed "the implementation of agreements reached at the highest level" and the international situation. Kremlin spokesman Dmitry Peskov told reporters on Wednesday that a visit by Kim to Moscow remained possible and that the invitation stood, but that no dates had been set.',
        "Choe last visited Russia in late October, when she was received by President Vladimir Putin at the Kremlin in Moscow. That meeting came weeks after Kim and Putin held talks on the sidelines of a military parade in Beijing in early September.",
        "In Seoul, Unification Minister Chung Dong-young said Friday that the government would keep the door open to dialogue, noting that calls on the inter-Korean communication lines have gone unanswered since April 2023.",
        "President Lee Jae Myung, who held a summit with Chinese President Xi Jinping in Beijing earlier this month, has asked China to help bring Pyongyang back to the table. U.S. President Donald Trump has repeatedly said he is willing to meet Kim this year.",
    ],
    tail=[
        "Related Article",
        "North Korea, Russia mark anniversary of partnership treaty",
        "Copyright ⓒ Korea JoongAng Daily. All Rights Reserved.",
        "Most Popular",
        "1. Seoul apartment prices extend gains",
        "Comments (0)",
    ],
    title="North's top diplomat holds talks with Lavrov in Moscow amid summit speculation",
    source="Yonhap",
    published="2026-01-16",
    dateline=None,
    envoys=[
        E("Choe Son-hui", "PRK", "Foreign Minister"),
        E("Sergei Lavrov", "RUS", "Foreign Minister"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Dmitry Peskov", "RUS", "Kremlin spokesman"),
        E("Vladimir Putin", "RUS", "President"),
        E("Chung Dong-young", "KOR", "Unification Minister"),
        E("Lee Jae Myung", "KOR", "President"),
        E("Xi Jinping", "CHN", "President"),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[
        M(["Choe Son-hui", "Sergei Lavrov"], ["PRK", "RUS"], "Moscow", "2026-01-15", "held"),
        M(["Kim Jong-un"], ["PRK", "RUS"], "Moscow", "2026", "proposed", "summit"),
        M(["Choe Son-hui", "Vladimir Putin"], ["PRK", "RUS"], "Moscow", "2025-10", "held"),
        M(
            ["Kim Jong-un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Beijing",
            "2025-09",
            "held",
            "summit",
        ),
        M(["Lee Jae Myung", "Xi Jinping"], ["CHN", "KOR"], "Beijing", "2026-01", "held", "summit"),
        M(["Donald Trump", "Kim Jong-un"], ["PRK", "USA"], None, "2026", "proposed", "summit"),
    ],
    channels=[C("inter-Korean communication lines", ["KOR", "PRK"], "severed", "2023-04")],
    excludes=["Copyright ⓒ Korea JoongAng Daily. All Rights Reserved.", "Comments (0)"],
)

# ---------------------------------------------------------------- p16 KBS World 2007
add(
    "p16",
    head=[
        " date 2007-10-03",
        "KBS WORLD Radio",
        "News | Korea 24 | Inter-Korea | Politics | Economy | Society | Culture",
        "Menu Content",
        "Roh, Kim Jong-il hold first round of summit talks",
        "2007-10-03",
        "Photo : YONHAP News",
    ],
    lead="",
    paras=[
        "President Roh Moo-hyun and North Korean leader Kim Jong-il held their first round of talks in Pyongyang on Wednesday, the second day of Roh's three-day visit to the North for the second inter-Korean summit.",
        "The two leaders met for about two hours in the morning at the Paekhwawon State Guesthouse, where Roh is staying, and resumed the talks in the afternoon after a break, Cheong Wa Dae spokesman Cheon Ho-seon told reporters in Pyongyang.",
        "During the afternoon session Kim suggested that Roh extend his stay by a day, but Roh declined after consulting his aides, saying the schedule had already been fixed, according to Cheon.",
        "Roh crossed the Military Demarcation Line on foot on Tuesday morning, becoming the first South Korean president to do so, and was welcomed by Kim Jong-il at a ceremony in central Pyongyang. He later held talks with Kim Yong-nam, president of the Presidium of the Supreme People's Assembly, at the Mansudae Assembly Hall.",
        "The summit is the first between the two Koreas since President Kim Dae-jung met Kim Jong-il in Pyongyang in June 2000. It had originally been scheduled for late August but was postponed at the North's request after floods hit the country.",
        "Meanwhile in Beijing, the latest session of the six-party talks ended on Sunday with agreement on a draft joint document on disabling the North's nuclear facilities by the end of the year. China's chief delegate Wu Dawei said the document would be released once the governments approved it.",
        "Roh is scheduled to return to Seoul on Thursday after signing a joint declaration with the North Korean leader.",
    ],
    tail=[
        "Editor's Pick",
        "Top News",
        "Share Facebook Twitter",
        "KBS WORLD Radio. All Rights Reserved.",
    ],
    title="Roh, Kim Jong-il hold first round of summit talks",
    source=None,
    published="2007-10-03",
    dateline=None,
    envoys=[
        E("Roh Moo-hyun", "KOR", "President"),
        E("Kim Jong-il", "PRK", "leader"),
        E("Cheon Ho-seon", "KOR", "Cheong Wa Dae spokesman"),
        E("Kim Yong-nam", "PRK", "president of the Presidium of the Supreme People's Assembly"),
        E("Kim Dae-jung", "KOR", "President"),
        E("Wu Dawei", "CHN", "chief delegate"),
    ],
    meetings=[
        M(
            ["Roh Moo-hyun", "Kim Jong-il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2007-10-03",
            "held",
            "summit",
        ),
        M(
            ["Roh Moo-hyun", "Kim Yong-nam"],
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
        M(["Wu Dawei"], SIX, "Beijing", "2007-09-30", "held"),
    ],
    excludes=["KBS WORLD Radio. All Rights Reserved.", "Share Facebook Twitter"],
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
print(
    len(ARTICLES),
    sum(len(a["envoys"]) for a in ARTICLES),
    sum(len(a["meetings"]) for a in ARTICLES),
    sum(len(a["channels"]) for a in ARTICLES),
)
