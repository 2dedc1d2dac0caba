"""Write the round-5 probes (pages5: messy page layouts as scraped) and their gold from one table.

Each entry is the whole scraped text plus its gold. The opening and closing body fragments
are given explicitly (pages here put clutter inside and around the story, so they are not
derived), and the script checks that every fragment and exclude occurs in the text.
All articles are my own wording; events are real or plausible, sentences are not copied.
All gold was written before the parser was run on any of these texts."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import C, E, M

OUT = Path(__file__).resolve().parent
ARTICLES = []


def add(
    name,
    text,
    *,
    title,
    source,
    published,
    dateline,
    first,
    last,
    envoys,
    meetings,
    excludes=(),
    channels=(),
):
    ARTICLES.append(
        dict(
            name=name,
            text=text.lstrip("\n"),
            title=title,
            source=source,
            published=published,
            dateline=dateline,
            first=first,
            last=last,
            envoys=envoys,
            meetings=meetings,
            excludes=list(excludes),
            channels=list(channels),
        )
    )


# ---------------------------------------------------------------- p01 AMP page, 2018
add(
    "p01",
    """
 date 2018-10-15
Korea JoongAng Daily
AMP
\u2261 Menu   Search
HOME > National > North Korea
Koreas agree on military talks, Red Cross meeting at Panmunjom session
Oct 15,2018
BY LEE SU-JIN [lee.sujin@joongang.co.kr]
Tap here to view the full version of this page
Share  Tweet  Email

Senior officials of the two Koreas agreed Monday to hold general-level military talks later this month and to bring their Red Cross delegations together at the Mount Kumgang resort in November, as they worked out how to carry out the agreements their leaders signed in Pyongyang last month.

The high-level talks, held at the Peace House on the southern side of the truce village of Panmunjom, were led by Unification Minister Cho Myoung-gyon and Ri Son-gwon, chairman of the North's Committee for the Peaceful Reunification of the Country. They opened at 10:30 a.m. and ran well past lunch, according to the Ministry of Unification.

Under a joint statement read out after the session, the generals will sit down "at an early date in late October" at Panmunjom to discuss setting up a joint military commission, while the Red Cross talks at the resort will take up video reunions and the regular exchange of letters between families separated by the 1950-53 Korean War.

Advertisement

Cho told reporters before crossing the border that he would press the North for a date for the visit to Seoul that North Korean leader Kim Jong-un promised last month to make "in the near future." The joint statement did not mention the trip.

Ri, known in Seoul for a blunt manner at the table, told the South Korean delegation in his opening remarks that the talks should move "at the speed of the new era."

President Moon Jae-in and Kim met in Pyongyang from Sept. 18 to 20, their third summit this year. The previous round of high-level talks, on Aug. 13, was also held at Panmunjom, though in the North's Tongilgak building, and set the timing of that summit.

Monday's session was arranged through the joint liaison office that opened in the North's border town of Kaesong on Sept. 14, where officials from both sides now work under one roof and can talk around the clock.

The government also plans to consult Washington on the railway and road projects, which may run up against international sanctions. Stephen Biegun, the U.S. special representative for North Korea, is expected in Seoul later this month, a ministry official said on condition of anonymity.

RELATED
Moon to brief Pope Francis on Pyongyang summit
Cross-border railway inspection set for next week
View non-AMP version
Copyright \u00a9 JoongAng Ilbo. All rights reserved.
""",
    title="Koreas agree on military talks, Red Cross meeting at Panmunjom session",
    source=None,
    published="2018-10-15",
    dateline=None,
    first="Senior officials of the two Koreas agreed Monday to hold general-level military talks",
    last="is expected in Seoul later this month, a ministry official said",
    envoys=[
        E("Cho Myoung-gyon", "KOR", "Unification Minister"),
        E(
            "Ri Son-gwon",
            "PRK",
            "chairman of the North's Committee for the Peaceful Reunification of the Country",
        ),
        E("Kim Jong-un", "PRK", "leader"),
        E("Moon Jae-in", "KOR", "President"),
        E("Stephen Biegun", "USA", "special representative for North Korea"),
    ],
    meetings=[
        M(["Cho Myoung-gyon", "Ri Son-gwon"], ["KOR", "PRK"], "Panmunjom", "2018-10-15", "held"),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-10", "planned"),
        M([], ["KOR", "PRK"], "Mount Kumgang", "2018-11", "planned"),
        M(["Kim Jong-un"], ["KOR", "PRK"], "Seoul", None, "planned", "summit"),
        M(
            ["Moon Jae-in", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-09-18",
            "held",
            "summit",
        ),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-08-13", "held"),
        M(["Stephen Biegun"], ["KOR", "USA"], "Seoul", "2018-10", "planned"),
    ],
    channels=[C("joint liaison office", ["KOR", "PRK"], "open", "2018-09-14")],
    excludes=[
        "Tap here to view the full version of this page",
        "View non-AMP version",
        "Moon to brief Pope Francis on Pyongyang summit",
        "Copyright \u00a9 JoongAng Ilbo. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p02 State Dept readout, print view, 2021
add(
    "p02",
    """
 date 2021-07-21
Print this page   Close window
https://www.state.gov/deputy-secretary-shermans-trilateral-meeting-with-japanese-and-rok-vice-foreign-ministers/
U.S. DEPARTMENT of STATE
Deputy Secretary Sherman's Trilateral Meeting with Japanese and Republic of Korea Vice Foreign Ministers
READOUT
OFFICE OF THE SPOKESPERSON
JULY 21, 2021

The below is attributable to Spokesperson Ned Price:

Deputy Secretary of State Wendy R. Sherman met today in Tokyo with Japanese Vice Minister for Foreign Affairs Takeo Mori and Republic of Korea First Vice Foreign Minister Choi Jong Kun. The meeting followed the Deputy Secretary's bilateral meeting with Vice Minister Mori on Tuesday.

The Deputy Secretary and her counterparts discussed the urgent need to address the DPRK's nuclear and ballistic missile programs and reaffirmed their commitment to the complete denuclearization of the Korean Peninsula. The Deputy Secretary underscored that the United States remains open to diplomacy with the DPRK, and that U.S. Special Representative for the DPRK Sung Kim is prepared to meet with his DPRK counterparts anywhere, at any time, without preconditions.

The three also discussed cooperation on COVID-19 response and recovery, the climate crisis, and supply chain resilience, and underscored the importance of trilateral cooperation in upholding a free and open Indo-Pacific.

The Deputy Secretary will travel to Seoul, where she is scheduled to hold the U.S.-ROK Strategic Dialogue with First Vice Foreign Minister Choi on Friday. She will then travel to Tianjin, People's Republic of China, on July 25 for meetings on July 26 with Vice Foreign Minister Xie Feng and State Councilor and Foreign Minister Wang Yi, as part of ongoing efforts to hold candid exchanges with PRC officials.

TAGS
Bureau of East Asian and Pacific Affairs   Japan   Republic of Korea   The Deputy Secretary of State
Related Articles
JULY 20, 2021
Deputy Secretary Sherman's Meeting with Japanese Vice Minister for Foreign Affairs Mori
White House   USA.gov   Office of the Inspector General   Archives   Contact Us
Privacy Policy   Accessibility Statement   Copyright Information   FOIA   No FEAR Act
""",
    title="Deputy Secretary Sherman's Trilateral Meeting with Japanese and Republic of Korea Vice Foreign Ministers",
    source=None,
    published="2021-07-21",
    dateline=None,
    first="Deputy Secretary of State Wendy R. Sherman met today in Tokyo",
    last="as part of ongoing efforts to hold candid exchanges with PRC officials",
    envoys=[
        E("Ned Price", "USA", "Spokesperson"),
        E("Wendy R. Sherman", "USA", "Deputy Secretary of State"),
        E("Takeo Mori", "JPN", "Vice Minister for Foreign Affairs"),
        E("Choi Jong Kun", "KOR", "First Vice Foreign Minister"),
        E("Sung Kim", "USA", "Special Representative for the DPRK"),
        E("Xie Feng", "CHN", "Vice Foreign Minister"),
        E("Wang Yi", "CHN", "State Councilor and Foreign Minister"),
    ],
    meetings=[
        M(
            ["Wendy R. Sherman", "Takeo Mori", "Choi Jong Kun"],
            ["JPN", "KOR", "USA"],
            "Tokyo",
            "2021-07-21",
            "held",
        ),
        M(["Wendy R. Sherman", "Takeo Mori"], ["JPN", "USA"], "Tokyo", "2021-07-20", "held"),
        M(["Sung Kim"], ["PRK", "USA"], None, None, "proposed"),
        M(["Wendy R. Sherman", "Choi Jong Kun"], ["KOR", "USA"], "Seoul", "2021-07-23", "planned"),
        M(
            ["Wendy R. Sherman", "Xie Feng", "Wang Yi"],
            ["CHN", "USA"],
            "Tianjin",
            "2021-07-26",
            "planned",
        ),
    ],
    excludes=[
        "Print this page   Close window",
        "Bureau of East Asian and Pacific Affairs",
        "Related Articles",
        "Privacy Policy   Accessibility Statement",
    ],
)

# ---------------------------------------------------------------- p03 Japan MOFA release from PDF, 2024
add(
    "p03",
    """
 date 2024-10-02
Ministry of Foreign Affairs of Japan
Japanese   Other Languages   Site Map
Home > Foreign Policy > Countries & Regions > Asia > Republic of Korea
(Provisional Translation)
Japan-ROK Foreign Ministers' Telephone Talk
October 2, 2024

On October 2, commencing at 4:10 p.m. for approximately 25 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs of the Republic of Korea. The overview of the telephone talk is as follows.

1. At the outset, Minister Iwaya stated that he had assumed office on October 1 and that he looked forward to working closely with Minister Cho. In response, Minister Cho expressed his congratulations on Minister Iwaya's appointment.

2. Minister Iwaya stated that next year marks the 60th anniversary of the normalization of diplomatic relations between Japan and the ROK. The two Ministers concurred on building on the momentum created by the Japan-ROK Summit Meeting held in Seoul on September 6 and on the frequent exchanges between the two leaders, and on further developing the relationship.

- 1 -

3. The two Ministers exchanged views on regional affairs, including North Korea. They confirmed that Japan and the ROK, as well as Japan, the ROK and the United States, will continue to cooperate closely in responding to North Korea's nuclear and missile issues. Minister Iwaya sought continued understanding and cooperation toward the immediate resolution of the abductions issue, and Minister Cho expressed his support.

4. The two Ministers agreed to hold an in-person meeting at the earliest possible opportunity, and to continue close communication between the foreign authorities of the two countries at various levels.

(Reference) The previous Japan-ROK Foreign Ministers' Meeting was held on July 27 in Vientiane, Lao PDR, on the margins of the ASEAN-related Foreign Ministers' Meetings, between Minister Cho and former Minister for Foreign Affairs KAMIKAWA Yoko.

- 2 -
Back to Republic of Korea
Page Top
Legal Matters   Accessibility   Privacy Policy   Links
Copyright \u00a9 2024 Ministry of Foreign Affairs of Japan
""",
    title="Japan-ROK Foreign Ministers' Telephone Talk",
    source=None,
    published="2024-10-02",
    dateline=None,
    first="On October 2, commencing at 4:10 p.m.",
    last="The previous Japan-ROK Foreign Ministers' Meeting was held on July 27",
    envoys=[
        E("IWAYA Takeshi", "JPN", "Minister for Foreign Affairs of Japan"),
        E("CHO Tae-yul", "KOR", "Minister of Foreign Affairs of the Republic of Korea"),
        E("KAMIKAWA Yoko", "JPN", "former Minister for Foreign Affairs"),
    ],
    meetings=[
        M(["IWAYA Takeshi", "CHO Tae-yul"], ["JPN", "KOR"], None, "2024-10-02", "held", "call"),
        M([], ["JPN", "KOR"], "Seoul", "2024-09-06", "held", "summit"),
        M(["IWAYA Takeshi", "CHO Tae-yul"], ["JPN", "KOR"], None, None, "planned"),
        M(["CHO Tae-yul", "KAMIKAWA Yoko"], ["JPN", "KOR"], "Vientiane", "2024-07-27", "held"),
    ],
    excludes=[
        "Japanese   Other Languages   Site Map",
        "Back to Republic of Korea",
        "Copyright \u00a9 2024 Ministry of Foreign Affairs of Japan",
    ],
)

# ---------------------------------------------------------------- p04 Unification Ministry briefing transcript, 2023
add(
    "p04",
    """
 date 2023-04-10
MINISTRY OF UNIFICATION
About MOU | Policy | News | Data | Civil Service
Home > News > Briefings
Regular Briefing by Deputy Spokesperson (April 10, 2023)
Date : 2023-04-10   Hit : 388
\u25a0 Deputy Spokesperson Lee Hyo-jung

Good morning. I will begin today's briefing.

North Korea did not answer the opening call placed through the inter-Korean liaison channel at 9 a.m. today, and the military communication line on the west coast also went unanswered this morning, according to the Ministry of National Defense. Both lines have gone without a response since Friday.

The government considers the North's one-sided failure to respond highly regrettable. The liaison channel is the most basic means of communication between the South and the North, and we urge the North to answer our calls and to return to dialogue without delay.

Minister Kwon Young-se will meet Julie Turner, the U.S. special envoy for North Korean human rights issues, at the Government Complex Seoul on Thursday to discuss cooperation ahead of the publication of the government's report on North Korean human rights. The minister also met Japanese Ambassador to Korea Koichi Aiboshi at the ministry in Seoul last week and exchanged views on the abductee and detainee issues.

That is all for my opening remarks. I will take your questions.

[Q&A]

Q : When did the North last answer a call?
A : The last normal call was the closing call at 5 p.m. on Thursday, April 6. Since the opening call on Friday morning, there has been no answer on either line.

Q : Does the government intend to send a message to the North by some other route?
A : We are reviewing various options, but I have nothing to share at this point.

Q : Is the ministry preparing a proposal for talks?
A : As the minister has said, the government's position is that the door to dialogue remains open. We have not sent a separate proposal.

\u203b This briefing has been provided as a courtesy translation. The Korean version prevails.
List   Print   Scrap
Copyright(C) Ministry of Unification. All Rights Reserved.
""",
    title="Regular Briefing by Deputy Spokesperson (April 10, 2023)",
    source=None,
    published="2023-04-10",
    dateline=None,
    first="Good morning. I will begin today's briefing.",
    last="We have not sent a separate proposal.",
    envoys=[
        E("Lee Hyo-jung", "KOR", "Deputy Spokesperson"),
        E("Kwon Young-se", "KOR", "Minister"),
        E("Julie Turner", "USA", "special envoy for North Korean human rights issues"),
        E("Koichi Aiboshi", "JPN", "Ambassador to Korea"),
    ],
    meetings=[
        M(["Kwon Young-se", "Julie Turner"], ["KOR", "USA"], "Seoul", "2023-04-13", "planned"),
        M(["Kwon Young-se", "Koichi Aiboshi"], ["JPN", "KOR"], "Seoul", "2023-04", "held"),
    ],
    channels=[
        C("inter-Korean liaison channel", ["KOR", "PRK"], "severed", "2023-04-07"),
        C("military communication line", ["KOR", "PRK"], "severed", "2023-04-07"),
    ],
    excludes=[
        "About MOU | Policy | News | Data | Civil Service",
        "List   Print   Scrap",
        "Copyright(C) Ministry of Unification. All Rights Reserved.",
    ],
)

# ---------------------------------------------------------------- p05 machine-translated Korean page, 2023
add(
    "p05",
    """
 date 2023-09-14
[This page has been automatically translated]   View original (\ud55c\uad6d\uc5b4)   Select Language \u25bc
Politics  |  North Korea  |  Diplomacy
Kim Jong-un\u00b7Putin, Summit at Vostochny Cosmodrome... "Putin accepted invitation to visit North Korea"
Input 2023.09.14 06:00   Modify 2023.09.14 07:12
Reporter Park Min-ji
Font size  Print  Share

Kim Jong-un, Chairman of State Affairs of North Korea and Russian President Vladimir Putin held summit at Vostochny Cosmodrome in Russian Far East on 13th. It is first North Korea-Russia summit in 4 years and 5 months since Vladivostok meeting in April 2019.

According to Korean Central News Agency (KCNA) of North Korea on 14th, Chairman Kim invited President Putin to visit Pyongyang at convenient time, and President Putin accepted invitation with pleasure. Kremlin did not disclose date of visit.

Chairman Kim who departed Pyongyang on 10th by special train entered Russia through Khasan on 12th. The talks which began around 1 p.m. local time continued about 5 hours including one-on-one meeting, expanded meeting and banquet. Foreign Minister Choe Son-hui attended the expanded meeting on North side.

Putin showed Chairman Kim the launch facilities of cosmodrome before the talks. When asked by reporters whether Russia would help North Korea build satellites, President Putin answered "That is why we came here."

Kremlin spokesman Dmitry Peskov said to Russian media that Foreign Minister Sergei Lavrov will visit North Korea in October for follow-up consultation.

Russian Defense Minister Sergei Shoigu visited Pyongyang in July for the 70th anniversary of armistice, and Chairman Kim received him and showed new weapons. It was seen as signal of military cooperation between two countries.

U.S. State Department spokesman Matthew Miller said arms deal between two countries would violate several resolutions of UN Security Council, and warned that the U.S. will not hesitate to impose new sanctions.

Reporter Park Min-ji pmj@example.co.kr
\u24d2 Unauthorized reproduction and redistribution prohibited
Like 12   Sad 3   Angry 41
Recommended articles
\u25b6 Seoul, "grave concern" over military cooperation of North Korea and Russia
\u25b6 Kim Jong-un's train, where it goes next?
Original text: \uae40\uc815\uc740\u00b7\ud478\ud2f4, \ubcf4\uc2a4\ud1a0\uce58\ub2c8 \uc6b0\uc8fc\uae30\uc9c0\uc11c \uc815\uc0c1\ud68c\ub2f4
""",
    title='Kim Jong-un\u00b7Putin, Summit at Vostochny Cosmodrome... "Putin accepted invitation to visit North Korea"',
    source=None,
    published="2023-09-14",
    dateline=None,
    first="Kim Jong-un, Chairman of State Affairs of North Korea and Russian President Vladimir Putin held summit",
    last="the U.S. will not hesitate to impose new sanctions",
    envoys=[
        E("Kim Jong-un", "PRK", "Chairman of State Affairs"),
        E("Vladimir Putin", "RUS", "President"),
        E("Choe Son-hui", "PRK", "Foreign Minister"),
        E("Dmitry Peskov", "RUS", "Kremlin spokesman"),
        E("Sergei Lavrov", "RUS", "Foreign Minister"),
        E("Sergei Shoigu", "RUS", "Defense Minister"),
        E("Matthew Miller", "USA", "State Department spokesman"),
    ],
    meetings=[
        M(
            ["Kim Jong-un", "Vladimir Putin", "Choe Son-hui"],
            ["PRK", "RUS"],
            "Vostochny Cosmodrome",
            "2023-09-13",
            "held",
            "summit",
        ),
        M([], ["PRK", "RUS"], "Vladivostok", "2019-04", "held", "summit"),
        M(
            ["Kim Jong-un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Pyongyang",
            None,
            "planned",
            "summit",
        ),
        M(["Sergei Lavrov"], ["PRK", "RUS"], "North Korea", "2023-10", "planned"),
        M(["Sergei Shoigu", "Kim Jong-un"], ["PRK", "RUS"], "Pyongyang", "2023-07", "held"),
    ],
    excludes=[
        "[This page has been automatically translated]",
        "Like 12   Sad 3   Angry 41",
        "Recommended articles",
        "Unauthorized reproduction and redistribution prohibited",
    ],
)

# ---------------------------------------------------------------- p06 live blog, reverse order, 2019
add(
    "p06",
    """
 date 2019-06-30
News | Opinion | Sport | Culture | Lifestyle
World \u203a Asia Pacific \u203a North Korea
LIVE
Trump meets Kim at DMZ \u2013 as it happened
Donald Trump becomes first sitting US president to step into North Korea
Updated 30 Jun 2019 20.41 KST
Staff and agencies in Seoul
Key events
Show key events only
Please turn on JavaScript to use this feature

Summary

US President Donald Trump became the first sitting American president to set foot in North Korea on Sunday, stepping over the military demarcation line at Panmunjom to shake hands with North Korean leader Kim Jong-un before the two men held talks for nearly an hour.

Trump said the two sides had agreed to set up teams to restart working-level negotiations within the next two or three weeks, with Stephen Biegun, the special representative for North Korea, leading the American side.

Trump also said he had invited Kim to the White House "at the right time".

20.41 KST
We are wrapping up our live coverage for today. Thanks for following along.

18.02 KST
Air Force One has left Osan air base for Washington.

16.55 KST
Speaking to reporters before leaving the border, Secretary of State Mike Pompeo said the new negotiations would probably begin "sometime in the middle of July", but he gave no venue.

16.47 KST
The meeting is over. The two leaders spent 53 minutes inside Freedom House, on the southern side of the truce village, before Kim walked back across the line. South Korean President Moon Jae-in, who accompanied Trump to the border, waited in another room while they talked.
Share   Facebook   Twitter

15.46 KST
It's happening. Trump has stepped over the low concrete kerb into North Korean territory, with Kim at his side. "Good to see you again," Kim told him, in English-language remarks picked up by pool cameras.

11.58 KST
At their joint news conference at the Blue House, Moon said his talks with Trump this morning had focused on how to revive nuclear negotiations, and called the planned handshake at the border "a milestone".

09.10 KST
Recap: Trump floated the idea on Twitter on Saturday morning from Osaka, where he was attending the G20. Choe Son-hui, North Korea's first vice foreign minister, called it "a very interesting suggestion" in a statement but said no official proposal had been received.

09.00 KST
Trump and Kim last met in Hanoi in February, when their second summit broke up without a deal over sanctions relief. The pair have kept up a correspondence since; Trump described a letter he received from Kim this month as "beautiful".

Most viewed
Comments (1,204)
This discussion is now closed for comments
Reuse this content
""",
    title="Trump meets Kim at DMZ \u2013 as it happened",
    source=None,
    published="2019-06-30",
    dateline=None,
    first="US President Donald Trump became the first sitting American president to set foot in North Korea",
    last="Trump described a letter he received from Kim this month as",
    envoys=[
        E("Donald Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Stephen Biegun", "USA", "special representative for North Korea"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Moon Jae-in", "KOR", "President"),
        E("Choe Son-hui", "PRK", "first vice foreign minister"),
    ],
    meetings=[
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Panmunjom",
            "2019-06-30",
            "held",
            "summit",
        ),
        M(["Stephen Biegun"], ["PRK", "USA"], None, "2019-07", "planned"),
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "White House",
            None,
            "proposed",
            "summit",
        ),
        M(
            ["Moon Jae-in", "Donald Trump"],
            ["KOR", "USA"],
            "Blue House",
            "2019-06-30",
            "held",
            "summit",
        ),
        M(["Donald Trump", "Kim Jong-un"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
    ],
    channels=[C("correspondence", ["PRK", "USA"], "open", "2019-02")],
    excludes=[
        "News | Opinion | Sport | Culture | Lifestyle",
        "Please turn on JavaScript to use this feature",
        "This discussion is now closed for comments",
        "Reuse this content",
    ],
)

# ---------------------------------------------------------------- p07 RSS feed dumped to text, 2014
add(
    "p07",
    """
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Yonhap News Agency - North Korea</title>
<link>http://english.yonhapnews.co.kr/northkorea/</link>
<description>Latest North Korea news from Yonhap</description>
<item>
<title>N. Korea's No. 2 official makes surprise visit, agrees to resume high-level talks</title>
<link>http://english.yonhapnews.co.kr/northkorea/2014/10/04/0401000000AEN20141004002851315.html</link>
<pubDate>Sat, 04 Oct 2014 18:47:11 +0900</pubDate>
<dc:creator>Chang Jae-soon</dc:creator>
<description><![CDATA[<p>INCHEON, Oct. 4 (Yonhap) -- A high-powered North Korean delegation led by Hwang Pyong-so, director of the General Political Bureau of the Korean People&#039;s Army, held talks with senior South Korean officials in this western port city on Saturday and agreed to hold a second round of high-level talks between late October and early November, Seoul&#039;s unification ministry said.</p>
<p>Hwang, widely seen as the second most powerful man in Pyongyang, flew into Incheon on a chartered Air Koryo plane at around 10 a.m. together with Choe Ryong-hae and Kim Yang-gon, both secretaries of the ruling Workers&#039; Party, to attend the closing ceremony of the Asian Games.</p>
<p>The North Koreans sat down over lunch at a hotel in the city with National Security Director Kim Kwan-jin, Unification Minister Ryoo Kihl-jae and Kim Kyou-hyun, first deputy director of the national security office. The meeting lasted about 90 minutes, ministry spokesman Lim Byeong-cheol told reporters.</p>
<p>The delegation did not meet President Park Geun-hye. A presidential spokesman said Hwang had turned down a proposal to call on Park at Cheong Wa Dae, citing the delegation&#039;s tight schedule.</p>
<p>&quot;The North agreed to hold the second round at a time convenient to us,&quot; Lim said, adding that the exact date and venue would be worked out later. The two Koreas last held high-level talks in February at the truce village of Panmunjom, when they agreed to hold reunions of families separated by the 1950-53 Korean War.</p>
<p>The North notified the South of the visit on Friday through the liaison channel at Panmunjom, less than 24 hours before the plane landed.</p>
<p>It is the highest-level North Korean delegation to visit the South in years, and comes amid speculation about the health of leader Kim Jong-un, who has not been seen in public since early September. (END)</p>
<img src="http://english.yonhapnews.co.kr/pixel.gif?id=AEN20141004002851315" width="1" height="1" />]]></description>
</item>
<item>
<title>S. Korea's exports up 9 pct in September</title>
<link>http://english.yonhapnews.co.kr/business/2014/10/04/0501000000AEN20141004001200320.html</link>
<pubDate>Sat, 04 Oct 2014 11:02:40 +0900</pubDate>
<description><![CDATA[<p>SEJONG, Oct. 4 (Yonhap) -- South Korea&#039;s exports rose 9 percent on-year in September on strong demand for ships and</p>]]></description>
</item>
""",
    title="N. Korea's No. 2 official makes surprise visit, agrees to resume high-level talks",
    source="Yonhap",
    published="2014-10-04",
    dateline="Incheon",
    first="A high-powered North Korean delegation led by Hwang Pyong-so",
    last="who has not been seen in public since early September",
    envoys=[
        E(
            "Hwang Pyong-so",
            "PRK",
            "director of the General Political Bureau of the Korean People's Army",
        ),
        E("Choe Ryong-hae", "PRK", "secretary of the ruling Workers' Party"),
        E("Kim Yang-gon", "PRK", "secretary of the ruling Workers' Party"),
        E("Kim Kwan-jin", "KOR", "National Security Director"),
        E("Ryoo Kihl-jae", "KOR", "Unification Minister"),
        E("Kim Kyou-hyun", "KOR", "first deputy director of the national security office"),
        E("Lim Byeong-cheol", "KOR", "ministry spokesman"),
        E("Park Geun-hye", "KOR", "President"),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    meetings=[
        M(
            [
                "Hwang Pyong-so",
                "Choe Ryong-hae",
                "Kim Yang-gon",
                "Kim Kwan-jin",
                "Ryoo Kihl-jae",
                "Kim Kyou-hyun",
            ],
            ["KOR", "PRK"],
            "Incheon",
            "2014-10-04",
            "held",
        ),
        M([], ["KOR", "PRK"], None, "2014", "planned"),
        M(["Hwang Pyong-so", "Park Geun-hye"], ["KOR", "PRK"], "Cheong Wa Dae", None, "proposed"),
        M([], ["KOR", "PRK"], "Panmunjom", "2014-02", "held"),
    ],
    channels=[C("liaison channel at Panmunjom", ["KOR", "PRK"], "open")],
    excludes=["Latest North Korea news from Yonhap", "S. Korea's exports up 9 pct in September"],
)

# ---------------------------------------------------------------- p08 syndicated commentary (The Conversation), 2024
add(
    "p08",
    """
 date 2024-03-27
ASIA TIMES
Home  |  Northeast Asia  |  China  |  Japan  |  Korea  |  Opinion  |  Newsletters
Why Kim Yo Jong just slammed the door on a Kishida summit
Pyongyang's flirtation with Tokyo lasted six weeks. Here is what each side wanted from it
by Mika Sato
March 27, 2024
Japanese Prime Minister Fumio Kishida. Photo: Pool / AFP
Japanese Prime Minister Fumio Kishida. Photo: Pool / AFP

For a few weeks in February and March, it looked as if Japan and North Korea might be edging toward their first summit in two decades.

On Feb. 15, Kim Yo Jong, the sister of North Korean leader Kim Jong Un and a vice department director of the ruling Workers' Party, said in a statement carried by the state news agency KCNA that Prime Minister Fumio Kishida "could visit Pyongyang" if Tokyo stopped treating the abduction of Japanese citizens as an obstacle.

Kishida, who has said repeatedly since last year that he wants to meet Kim Jong Un "at an early date", told parliament the statement was noteworthy. Japanese and North Korean officials then reportedly met in Ulaanbaatar, the Mongolian capital, in mid-March, according to Kyodo and other Japanese media, although Tokyo declined to confirm the contact.

Then, on March 25, Kim Yo Jong shut the door. Japan had recently sought a summit through various routes, she said, but Pyongyang would "reject any contact and negotiations" with Tokyo. Kishida said the same day that a summit remained "important" and that Japan would keep working toward one.

Sign up for one of our free newsletters
The Daily Report  Start your day right with Asia Times' top stories
Sign up here

Only one Japanese prime minister has ever sat across the table from a North Korean leader. Junichiro Koizumi, then prime minister, flew to Pyongyang in September 2002 to meet Kim Jong Il, the current leader's father, and returned in May 2004 for a second meeting with him that brought home five children of abductees already repatriated.

Talks between Japanese and North Korean officials in Stockholm in May 2014 produced a deal under which Pyongyang agreed to reinvestigate the fate of the abductees. It collapsed two years later after a nuclear test.

The two countries have no diplomatic relations, and messages still pass through their embassies in Beijing, the route Tokyo uses to lodge protests after missile launches.

Kishida has domestic reasons to want a breakthrough, with his approval ratings near record lows. Pyongyang, newly confident after deepening its ties with Moscow, has less reason to compromise on its demand that Tokyo treat the abduction issue as settled.

For now, the door Kim Yo Jong opened in February looks firmly shut.

Mika Sato is a lecturer in Japanese politics at the University of Leeds.
This article is republished from The Conversation under a Creative Commons license. Read the original article.
Join the Conversation
Most read
1. China's property slump enters its fourth year
2. Philippines, Japan edge toward defence pact
""",
    title="Why Kim Yo Jong just slammed the door on a Kishida summit",
    source="The Conversation",
    published="2024-03-27",
    dateline=None,
    first="For a few weeks in February and March, it looked as if Japan",
    last="the door Kim Yo Jong opened in February looks firmly shut",
    envoys=[
        E("Kim Yo Jong", "PRK", "vice department director of the ruling Workers' Party"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Fumio Kishida", "JPN", "Prime Minister"),
        E("Junichiro Koizumi", "JPN", "prime minister"),
        E("Kim Jong Il", "PRK", None),
    ],
    meetings=[
        M(
            ["Fumio Kishida", "Kim Jong Un"],
            ["JPN", "PRK"],
            "Pyongyang",
            None,
            "proposed",
            "summit",
        ),
        M([], ["JPN", "PRK"], "Ulaanbaatar", "2024-03", "held"),
        M(
            ["Junichiro Koizumi", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2002-09",
            "held",
            "summit",
        ),
        M(
            ["Junichiro Koizumi", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2004-05",
            "held",
            "summit",
        ),
        M([], ["JPN", "PRK"], "Stockholm", "2014-05", "held"),
    ],
    channels=[C("embassies in Beijing", ["JPN", "PRK"], "open")],
    excludes=[
        "Home  |  Northeast Asia  |  China  |  Japan  |  Korea  |  Opinion  |  Newsletters",
        "Sign up for one of our free newsletters",
        "Join the Conversation",
        "Most read",
    ],
)

# ---------------------------------------------------------------- p09 forum repost of a wire story with comments, 2021
add(
    "p09",
    """
KoreaExpatForum.net  \u00bb  Board index  \u00bb  News & Current Events  \u00bb  North Korea
Register   Login   FAQ   Search
N. Korea restores hotlines with South, two months after cutting them
Post by seoulsearcher \u00bb Mon Oct 04, 2021 3:12 pm
Quote   Report

copy-pasted from AP since the link is paywalled for some people:

N. Korea restores hotlines with South, two months after cutting them
By HYUNG-JIN KIM

SEOUL, South Korea (AP) \u2014 North Korea restored communication lines with South Korea on Monday, nearly two months after it stopped answering them in anger over the South's military drills with the United States, as it pushes Seoul to drop what it calls hostile policies.

South Korea's Unification Ministry said a liaison officer placed a call to the North at 9 a.m. and the North picked up. The Defense Ministry said separate military hotlines between the two sides' militaries were also working again.

The restoration came days after North Korean leader Kim Jong Un said in a speech at the rubber-stamp parliament that he was willing to restore the lines in early October. His sister, Kim Yo Jong, said last month that a summit between her brother and South Korean President Moon Jae-in could be discussed if Seoul abandoned its "double standards."

The lines had first been restored in late July, 13 months after the North cut them, only to go silent again in August when the allies began their summertime drills.

Sung Kim, the U.S. special representative for North Korea, has said Washington is willing to meet the North "anywhere, anytime" without preconditions. He is expected to visit Seoul later this month for talks with his South Korean counterpart, Noh Kyu-duk, officials said.

North Korea has ignored those offers, saying it would not return to talks unless Washington first drops its hostility. The last round of nuclear talks between the two countries, in Stockholm in October 2019, broke down over what the North called the U.S. failure to bring new proposals.

Top

Re: N. Korea restores hotlines with South, two months after cutting them
Post by hanbok_hank \u00bb Mon Oct 04, 2021 4:01 pm
Give it till the next drills and they'll hang up again.

Re: N. Korea restores hotlines with South, two months after cutting them
Post by dmzwatcher \u00bb Mon Oct 04, 2021 5:26 pm
Remember last year when they blew up that building in Kaesong? Picking up the phone is the bare minimum.

Display posts from previous: All posts   Sort by Post time   Ascending
Who is online
Users browsing this forum: No registered users and 3 guests
""",
    title="N. Korea restores hotlines with South, two months after cutting them",
    source="AP",
    published="2021-10-04",
    dateline="Seoul",
    first="North Korea restored communication lines with South Korea on Monday",
    last="The last round of nuclear talks between the two countries, in Stockholm",
    envoys=[
        E("Kim Jong Un", "PRK", "leader"),
        E("Kim Yo Jong", "PRK", None),
        E("Moon Jae-in", "KOR", "President"),
        E("Sung Kim", "USA", "special representative for North Korea"),
        E("Noh Kyu-duk", "KOR", None),
    ],
    meetings=[
        M(["Kim Jong Un", "Moon Jae-in"], ["KOR", "PRK"], None, None, "proposed", "summit"),
        M(["Sung Kim"], ["PRK", "USA"], None, None, "proposed"),
        M(["Sung Kim", "Noh Kyu-duk"], ["KOR", "USA"], "Seoul", "2021-10", "planned"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "held"),
    ],
    channels=[
        C("communication lines", ["KOR", "PRK"], "restored", "2021-10-04"),
        C("military hotlines", ["KOR", "PRK"], "restored", "2021-10-04"),
    ],
    excludes=[
        "Register   Login   FAQ   Search",
        "Give it till the next drills and they'll hang up again.",
        "Picking up the phone is the bare minimum.",
        "Users browsing this forum: No registered users and 3 guests",
    ],
)

# ---------------------------------------------------------------- p10 UN noon briefing transcript, 2017
add(
    "p10",
    """
United Nations
Meetings Coverage and Press Releases
Secretary-General | General Assembly | Security Council | Economic and Social Council | Press Briefings
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
5 December 2017
The following is a near-verbatim transcript of today's noon briefing by St\u00e9phane Dujarric, Spokesman for the Secretary-General.

**Democratic People's Republic of Korea

Good afternoon. I will start with a travel announcement. Jeffrey Feltman, the Under-Secretary-General for Political Affairs, arrived in Pyongyang today for a visit that will run until Saturday. He is expected to meet Foreign Minister Ri Yong Ho and Vice Foreign Minister Pak Myong Guk, along with other officials, to discuss issues of mutual interest and concern. He will also visit UN project sites.

On his way, Mr. Feltman stopped in Beijing, where he met yesterday with Chinese officials. He is the most senior UN political official to travel to the country since his predecessor, B. Lynn Pascoe, went to Pyongyang in February 2010.

**Philippines

Turning to the Philippines, our humanitarian colleagues tell us that some 4,000 people remain displaced in Marawi City following the conflict there, and that food and shelter assistance continues.

**Questions and Answers

Question: Thanks, St\u00e9phane. On Mr. Feltman, will he be seeing Kim Jong Un, and is he carrying a message from the Secretary-General?

Spokesman: I have no meetings to announce beyond the ones I just mentioned. He will obviously be conveying the Secretary-General's views on the situation on the Peninsula, which are well known.

Question: Whose idea was the trip?

Spokesman: The visit responds to a long-standing invitation from the DPRK authorities for a policy dialogue. It was discussed when Secretary-General Ant\u00f3nio Guterres met Foreign Minister Ri on the margins of the General Assembly in New York in September.

Question: Will he brief the Council when he's back?

Spokesman: I would expect him to debrief the Secretary-General first, and we'll take it from there. Okay, thank you all.

* *** *
For information media. Not an official record.
""",
    title="Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
    source=None,
    published="2017-12-05",
    dateline=None,
    first="Good afternoon. I will start with a travel announcement.",
    last="Okay, thank you all.",
    envoys=[
        E("St\u00e9phane Dujarric", None, "Spokesman for the Secretary-General"),
        E("Jeffrey Feltman", None, "Under-Secretary-General for Political Affairs"),
        E("Ri Yong Ho", "PRK", "Foreign Minister"),
        E("Pak Myong Guk", "PRK", "Vice Foreign Minister"),
        E("B. Lynn Pascoe", None, None),
        E("Kim Jong Un", "PRK", None),
        E("Ant\u00f3nio Guterres", None, "Secretary-General"),
    ],
    meetings=[
        M(
            ["Jeffrey Feltman", "Ri Yong Ho", "Pak Myong Guk"],
            ["PRK"],
            "Pyongyang",
            "2017-12-05",
            "planned",
        ),
        M(["Jeffrey Feltman"], ["CHN"], "Beijing", "2017-12-04", "held"),
        M(["B. Lynn Pascoe"], ["PRK"], "Pyongyang", "2010-02", "held"),
        M(["Ant\u00f3nio Guterres", "Ri Yong Ho"], ["PRK"], "New York", "2017-09", "held"),
    ],
    excludes=[
        "Secretary-General | General Assembly | Security Council | Economic and Social Council | Press Briefings",
        "For information media. Not an official record.",
    ],
)

# ---------------------------------------------------------------- p11 wire story with timeline and factbox, 2018
add(
    "p11",
    """
 date 2018-05-24
World News | Thu May 24, 2018 | 5:18pm EDT
Trump calls off June summit with North Korea's Kim, citing 'open hostility'
Jeff Mason, David Brunnstrom
4 Min Read

WASHINGTON (Reuters) - U.S. President Donald Trump on Thursday called off a planned June 12 summit in Singapore with North Korean leader Kim Jong Un, citing the "tremendous anger and open hostility" of a recent North Korean statement, and warned that the U.S. military was ready if Pyongyang acted "foolishly."

In a letter to Kim released by the White House, Trump wrote that it would be "inappropriate, at this time" to go ahead, but left the door open: "If you change your mind having to do with this most important summit, please do not hesitate to call me or write."

The decision came hours after North Korea said it had demolished tunnels at its Punggye-ri nuclear test site, and a day after Choe Son Hui, a North Korean vice foreign minister, called Vice President Mike Pence a "political dummy" over his remarks comparing North Korea to Libya.

White House officials said North Korean officials had failed to turn up for a preparatory meeting in Singapore last week with a U.S. team led by Joe Hagin, the deputy White House chief of staff, and had stopped answering American calls.

RELATED COVERAGE
Factbox: What was on the table in Singapore
South Korea's Moon 'perplexed' by summit cancellation

TIMELINE: The road to Singapore (2018)
March 8 - South Korean national security adviser Chung Eui-yong tells Trump at the White House that Kim wants to meet. Trump accepts on the spot.
March 31-April 1 - Pompeo secretly visits Pyongyang as CIA director and meets Kim.
April 27 - Kim and Moon hold a summit at the border village of Panmunjom.
May 7-8 - Kim meets Chinese President Xi Jinping in Dalian, his second trip to China in six weeks.
May 9 - Pompeo returns to Pyongyang and brings home three detained Americans.
May 16 - North Korea calls off high-level talks with South Korea set for that day, citing U.S.-South Korean air drills.
May 24 - Trump cancels the summit.

FACTBOX: What was on the table
- Denuclearization: Washington wants complete, verifiable and irreversible dismantlement.
- Sanctions: North Korea seeks relief and security guarantees.

Trump's move blindsided Seoul. South Korean President Moon Jae-in, who met Trump at the White House on Tuesday in an attempt to keep the meeting on track, called his top security aides to an emergency session near midnight.

Secretary of State Mike Pompeo, who has twice traveled to Pyongyang to meet Kim, told a Senate hearing that Washington had received no response to repeated requests to prepare for the summit.

Trump told reporters later that a meeting could still take place, possibly on June 12 "or at a later date."

Reporting by Jeff Mason and David Brunnstrom; Additional reporting by Hyonhee Shin in Seoul; Editing by Mary Milliken
Our Standards: The Thomson Reuters Trust Principles.
""",
    title="Trump calls off June summit with North Korea's Kim, citing 'open hostility'",
    source="Reuters",
    published="2018-05-24",
    dateline="Washington",
    first="U.S. President Donald Trump on Thursday called off a planned June 12 summit",
    last='possibly on June 12 "or at a later date."',
    envoys=[
        E("Donald Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Choe Son Hui", "PRK", "vice foreign minister"),
        E("Mike Pence", "USA", "Vice President"),
        E("Joe Hagin", "USA", "deputy White House chief of staff"),
        E("Moon Jae-in", "KOR", "President"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Chung Eui-yong", "KOR", "national security adviser"),
        E("Xi Jinping", "CHN", "President"),
    ],
    meetings=[
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "cancelled",
            "summit",
        ),
        M(["Joe Hagin"], ["PRK", "USA"], "Singapore", "2018-05", "cancelled"),
        M(
            ["Moon Jae-in", "Donald Trump"],
            ["KOR", "USA"],
            "White House",
            "2018-05-22",
            "held",
            "summit",
        ),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, None, "proposed", "summit"),
        M(["Chung Eui-yong", "Donald Trump"], ["KOR", "USA"], "White House", "2018-03-08", "held"),
        M(["Mike Pompeo", "Kim Jong Un"], ["PRK", "USA"], "Pyongyang", "2018-03-31", "held"),
        M(
            ["Kim Jong Un", "Moon Jae-in"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-04-27",
            "held",
            "summit",
        ),
        M(["Kim Jong Un", "Xi Jinping"], ["CHN", "PRK"], "Dalian", "2018-05-07", "held", "summit"),
        M(["Mike Pompeo", "Kim Jong Un"], ["PRK", "USA"], "Pyongyang", "2018-05-09", "held"),
        M([], ["KOR", "PRK"], None, "2018-05-16", "cancelled"),
    ],
    channels=[C("letter", ["PRK", "USA"], "open", "2018-05-24")],
    excludes=[
        "World News | Thu May 24, 2018 | 5:18pm EDT",
        "4 Min Read",
        "South Korea's Moon 'perplexed' by summit cancellation",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
)

# ---------------------------------------------------------------- p12 photo gallery with long captions, 2018
add(
    "p12",
    """
 date 2018-09-18
The Korea Times
National | Politics | Photos | Multimedia | Gallery
[PHOTOS] Moon arrives in Pyongyang for third summit with Kim
Posted : 2018-09-18 17:40   Updated : 2018-09-18 19:02
By Jung Da-min
Font size \u25b2 \u25bc   Print   Facebook   Twitter

President Moon Jae-in arrived in Pyongyang on Tuesday morning for a three-day visit, his third summit with North Korean leader Kim Jong-un this year, and was greeted on the tarmac at Sunan International Airport by Kim and his wife, Ri Sol-ju.

The two leaders held their first round of talks at the headquarters of the ruling Workers' Party of Korea in the afternoon. Chung Eui-yong, director of the presidential National Security Office, and Suh Hoon, chief of the National Intelligence Service, joined Moon, while Kim Yong-chol, vice chairman of the party's Central Committee, and Kim's sister Kim Yo-jong sat on the North's side, according to Cheong Wa Dae. A second round is scheduled for Wednesday morning.

Moon and Kim first met at the truce village of Panmunjom on April 27, and again on May 26 at the Tongilgak building on the North's side of the village, a meeting arranged at a day's notice.

1 / 6
President Moon Jae-in, right, and North Korean leader Kim Jong-un embrace on the tarmac at Sunan International Airport in Pyongyang, Tuesday, as thousands of residents waving flowers and unification flags look on. / Pyeongyang Press Corps
2 / 6
Kim Yong-nam, President of the Presidium of the Supreme People's Assembly, shakes hands with Moon during a welcoming ceremony at the airport. Honor guards of the army, navy and air force lined the runway. / Pyeongyang Press Corps
3 / 6
Moon and Kim ride together in an open-top limousine through central Pyongyang on their way to the Paekhwawon State Guesthouse, where the South Korean delegation is staying. / Pyeongyang Press Corps
4 / 6
First lady Kim Jung-sook and Ri Sol-ju visit a children's hospital in Pyongyang, Tuesday afternoon, while the two leaders hold talks. / Pyeongyang Press Corps
5 / 6
Moon and Kim pose for photographers before sitting down for talks at the Workers' Party headquarters. It is the first time a South Korean leader has entered the building. / Pyeongyang Press Corps
6 / 6
Moon and Kim toast at a welcoming dinner hosted by the North at Mokran House, Tuesday evening. / Pyeongyang Press Corps
\u25c0 Prev   Next \u25b6   View all 6 photos

Photo thumbnails
President Moon Jae-in, right, and North Korean leader Kim Jong-un embrace on the tarmac at Sunan International Airport in Pyongyang, Tuesday, as thousands of residents waving flowers and unification flags look on. / Pyeongyang Press Corps
Kim Yong-nam, President of the Presidium of the Supreme People's Assembly, shakes hands with Moon during a welcoming ceremony at the airport. Honor guards of the army, navy and air force lined the runway. / Pyeongyang Press Corps
Most Read
1. Seoul stocks open higher on summit hopes
2. BTS to speak at UN General Assembly event
Copyright (c) koreatimes.co.kr. All rights reserved.
""",
    title="[PHOTOS] Moon arrives in Pyongyang for third summit with Kim",
    source=None,
    published="2018-09-18",
    dateline=None,
    first="President Moon Jae-in arrived in Pyongyang on Tuesday morning for a three-day visit",
    last="a meeting arranged at a day's notice",
    envoys=[
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Chung Eui-yong", "KOR", "director of the presidential National Security Office"),
        E("Suh Hoon", "KOR", "chief of the National Intelligence Service"),
        E("Kim Yong-chol", "PRK", "vice chairman of the party's Central Committee"),
        E("Kim Yo-jong", "PRK", None),
        E("Kim Yong-nam", "PRK", "President of the Presidium of the Supreme People's Assembly"),
    ],
    meetings=[
        M(
            [
                "Moon Jae-in",
                "Kim Jong-un",
                "Chung Eui-yong",
                "Suh Hoon",
                "Kim Yong-chol",
                "Kim Yo-jong",
            ],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-09-18",
            "held",
            "summit",
        ),
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
    excludes=[
        "National | Politics | Photos | Multimedia | Gallery",
        "Font size \u25b2 \u25bc   Print   Facebook   Twitter",
        "View all 6 photos",
        "Most Read",
        "Copyright (c) koreatimes.co.kr. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p13 cookie banner, stray HTML, 2019
add(
    "p13",
    """
 date 2019-01-21
We use cookies to give you the best experience on our site. By continuing to browse you agree to our use of cookies. <a href="/cookie-policy">Learn more</a>   [ACCEPT]   [Manage settings]
The Local Sweden
News  |  Society  |  Politics  |  Jobs in Sweden  |  Membership
<div class="article-header">
North and South Korean diplomats wrap up talks with US envoy outside Stockholm
</div>
Published: 21 January 2019 14:03 CET
Credit: AFP/The Local
<img src="/userdata/images/article/korea-talks.jpg" alt="US special representative Stephen Biegun (file photo)." />
US special representative Stephen Biegun (file photo). Photo: Jung Yeon-je/AFP
<p>Three days of talks between North Korean, South Korean and American diplomats at a secluded conference centre in S\u00f6dert\u00e4lje, south of Stockholm, ended on Monday, Sweden's foreign ministry said, without any public word on progress.&nbsp;</p>
<p>The North's delegation was led by Choe Son Hui, the vice foreign minister, and the American one by Stephen Biegun, the US special representative for North Korea. South Korea sent Lee Do-hoon, its special representative for Korean Peninsula peace and security affairs. The talks began on Saturday, the ministry said.</p>
<p>"We are hosting this as a contribution to a process that we believe is important," Foreign Minister Margot Wallstr\u00f6m told the TT news agency on Sunday. Sweden's envoy for the Korean Peninsula, Kent H\u00e4rstedt, has travelled between Pyongyang and Seoul several times since his appointment last year.</p>
<!-- ad-slot: article-inline-1 -->
<p>The gathering came a day after Kim Yong Chol, the North's top nuclear negotiator and a vice chairman of the ruling party's central committee, met Secretary of State Mike Pompeo at a hotel in Washington and was then driven to the White House to meet President Donald Trump in the Oval Office on Friday. The White House said afterwards that a second summit between Trump and North Korean leader Kim Jong Un would take place "near the end of February", at a location still to be announced.</p>
<p>Sweden is one of a handful of Western countries with an embassy in Pyongyang and acts as the protecting power for the United States there, handling consular matters for American citizens. Diplomats say the embassy has also served as a discreet conduit for messages between Washington and Pyongyang.&nbsp;</p>
<p>The country hosted Ri Yong Ho, the North's foreign minister, for talks with Wallstr\u00f6m and Prime Minister Stefan L\u00f6fven in Stockholm in March last year, weeks before the first round of summitry between the two Koreas.</p>
<p>The first Trump-Kim summit was held in Singapore last June.</p>
<div class="newsletter-box">Get the news from Sweden in your inbox. <input type="email" placeholder="Your email" /> SUBSCRIBE</div>
Share this article   Facebook   Twitter   LinkedIn   Email
Cookie settings   Privacy policy   Terms of use   \u00a9 The Local Europe AB
""",
    title="North and South Korean diplomats wrap up talks with US envoy outside Stockholm",
    source="AFP/The Local",
    published="2019-01-21",
    dateline=None,
    first="Three days of talks between North Korean, South Korean and American diplomats",
    last="The first Trump-Kim summit was held in Singapore last June.",
    envoys=[
        E("Choe Son Hui", "PRK", "vice foreign minister"),
        E("Stephen Biegun", "USA", "special representative for North Korea"),
        E(
            "Lee Do-hoon",
            "KOR",
            "special representative for Korean Peninsula peace and security affairs",
        ),
        E("Margot Wallstr\u00f6m", "SWE", "Foreign Minister"),
        E("Kent H\u00e4rstedt", "SWE", "envoy for the Korean Peninsula"),
        E(
            "Kim Yong Chol",
            "PRK",
            "top nuclear negotiator and a vice chairman of the ruling party's central committee",
        ),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Donald Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Ri Yong Ho", "PRK", "foreign minister"),
        E("Stefan L\u00f6fven", "SWE", "Prime Minister"),
    ],
    meetings=[
        M(
            ["Choe Son Hui", "Stephen Biegun", "Lee Do-hoon"],
            ["KOR", "PRK", "USA"],
            "S\u00f6dert\u00e4lje",
            "2019-01-19",
            "held",
        ),
        M(["Kim Yong Chol", "Mike Pompeo"], ["PRK", "USA"], "Washington", "2019-01-18", "held"),
        M(["Kim Yong Chol", "Donald Trump"], ["PRK", "USA"], "Washington", "2019-01-18", "held"),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, "2019-02", "planned", "summit"),
        M(
            ["Ri Yong Ho", "Margot Wallstr\u00f6m", "Stefan L\u00f6fven"],
            ["PRK", "SWE"],
            "Stockholm",
            "2018-03",
            "held",
        ),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06",
            "held",
            "summit",
        ),
    ],
    channels=[C("embassy in Pyongyang", ["PRK", "USA"], "open")],
    excludes=[
        "We use cookies to give you the best experience on our site.",
        "News  |  Society  |  Politics  |  Jobs in Sweden  |  Membership",
        "Get the news from Sweden in your inbox.",
        "Share this article   Facebook   Twitter   LinkedIn   Email",
        "Cookie settings   Privacy policy   Terms of use",
    ],
)

# ---------------------------------------------------------------- p14 newspaper archive, print view with explainer box, 1994
add(
    "p14",
    """
[Print]   [Close this window]
nytimes.com  \u2014  Archives
North Korea Puts Off Summit Meeting After Kim's Death
By JAMES R. HOLLAND, Special to The New York Times
Published: July 12, 1994

TOKYO, July 11 \u2014 North Korea informed South Korea today that the first summit meeting between the leaders of the two Koreas, which had been set to open in Pyongyang on July 25, would be postponed because of the death of President Kim Il Sung, and it gave no indication of when the meeting might be held.

The message was passed to the South through the liaison office at Panmunjom, the truce village on the border, and was read out in Seoul by an official of the National Unification Board. It said the North was in mourning and could not "receive guests."

President Kim Young Sam had agreed to the meeting in principle after former President Jimmy Carter carried the invitation back from his talks with Kim Il Sung in Pyongyang last month. Negotiators for the two sides settled the dates at a preliminary meeting at Panmunjom on June 28, led by South Korea's Deputy Prime Minister, Lee Hong Koo, and Kim Yong Sun, a secretary of the North's Workers' Party.

In Geneva, talks between the United States and North Korea on the North's nuclear program, which opened on Friday, were suspended after a single session when word of Kim Il Sung's death reached the delegations. The chief American negotiator, Robert L. Gallucci, an Assistant Secretary of State, said he expected to resume the talks with his North Korean counterpart, First Deputy Foreign Minister Kang Sok Ju, in Geneva once the mourning period was over.

Mr. Gallucci paid a condolence call at the North Korean mission in Geneva on Sunday, a gesture that American officials said had been well received.

THE NEW YORK CHANNEL
For more than a year, American and North Korean diplomats have kept in touch through North Korea's mission to the United Nations, a link known in Washington as the New York channel. President Bill Clinton's message of condolence went through it on Saturday.

South Korean officials said they were in no hurry to press for a new date, and that Seoul's armed forces had been put on a higher state of alert as a precaution.

Copyright 1994 The New York Times Company   |   Privacy Policy   |   Home
""",
    title="North Korea Puts Off Summit Meeting After Kim's Death",
    source="The New York Times",
    published="1994-07-12",
    dateline="Tokyo",
    first="North Korea informed South Korea today that the first summit meeting",
    last="had been put on a higher state of alert as a precaution",
    envoys=[
        E("Kim Il Sung", "PRK", "President"),
        E("Kim Young Sam", "KOR", "President"),
        E("Jimmy Carter", "USA", "former President"),
        E("Lee Hong Koo", "KOR", "Deputy Prime Minister"),
        E("Kim Yong Sun", "PRK", "secretary of the North's Workers' Party"),
        E("Robert L. Gallucci", "USA", "Assistant Secretary of State"),
        E("Kang Sok Ju", "PRK", "First Deputy Foreign Minister"),
        E("Bill Clinton", "USA", "President"),
    ],
    meetings=[
        M(
            ["Kim Young Sam", "Kim Il Sung"],
            ["KOR", "PRK"],
            "Pyongyang",
            "1994-07-25",
            "cancelled",
            "summit",
        ),
        M(["Jimmy Carter", "Kim Il Sung"], ["PRK", "USA"], "Pyongyang", "1994-06", "held"),
        M(["Lee Hong Koo", "Kim Yong Sun"], ["KOR", "PRK"], "Panmunjom", "1994-06-28", "held"),
        M(["Robert L. Gallucci", "Kang Sok Ju"], ["PRK", "USA"], "Geneva", "1994-07-08", "held"),
        M(["Robert L. Gallucci", "Kang Sok Ju"], ["PRK", "USA"], "Geneva", None, "planned"),
        M(["Robert L. Gallucci"], ["PRK", "USA"], "Geneva", "1994-07-10", "held"),
    ],
    channels=[
        C("liaison office at Panmunjom", ["KOR", "PRK"], "open"),
        C("New York channel", ["PRK", "USA"], "open"),
    ],
    excludes=[
        "[Print]   [Close this window]",
        "nytimes.com  \u2014  Archives",
        "Copyright 1994 The New York Times Company",
    ],
)


for a in ARTICLES:
    text = a["text"]
    for frag in [a["first"], a["last"], *a["excludes"]]:
        assert frag in text, (a["name"], frag)
    (OUT / f"{a['name']}.txt").write_text(text)
    gold = {
        "title": a["title"],
        "source": a["source"],
        "published": a["published"],
        "dateline": a["dateline"],
        "body_includes": [a["first"], a["last"]],
        "body_excludes": a["excludes"],
        "envoys": a["envoys"],
        "meetings": a["meetings"],
        "channels": a["channels"],
    }
    names = {e["name"] for e in a["envoys"]}
    for m in a["meetings"]:
        assert set(m["participants"]) <= names, (a["name"], m["participants"])
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
