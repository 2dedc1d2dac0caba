"""Write the round-6 wire/regional-paper probes (p01..) and their gold from one table.

All gold was written before the parser was run on any of these texts. The articles are
my own wording; events are real or plausible (2024-2026 ones imagined), sentences are
not copied from anywhere. Layout: `head` lines (date header, menus, headline, byline),
`lead` (dateline glued to the first paragraph), `paras` (story; a tuple ("x", line) is
clutter placed inside the story and skipped for the body fragments), `tail` (credits
and page clutter after the story)."""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import C, E, M

OUT = Path(__file__).resolve().parent
ARTICLES = []
SIX = ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]
FOUR = ["CHN", "KOR", "PRK", "USA"]


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
    channels=(),
    excludes=(),
    last=None,
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
            channels=list(channels),
            excludes=list(excludes),
            last=last,
        )
    )


def first_frag(s):
    return " ".join(s.split()[:8])


def last_frag(paras):
    story = [p for p in paras if isinstance(p, str)]
    sents = re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", story[-1])
    return " ".join(sents[-1].split()[:8]).strip('"')


# ---------------------------------------------------------------- p01 Reuters 1997
add(
    "p01",
    head=[
        " date 1997-12-09",
        "Reuters | World News | Asia-Pacific | Top News | Business | Markets",
        "UPDATE 2-Koreas, U.S., China open four-way peace talks in Geneva",
        "(Adds U.S.-North Korea bilateral session, paragraphs 8-9; corrects title of South Korean delegate in paragraph 4)",
        "By Laura Hennig",
    ],
    lead="GENEVA, Dec 9 (Reuters) - ",
    paras=[
        "North and South Korea sit down with the United States and China on Tuesday for the first formal session of four-party talks meant to replace the armistice that halted the 1950-53 Korean War with a permanent peace treaty.",
        "Delegates gathered in a conference room at the Palais des Nations shortly after 10 a.m., with the U.S. delegation chairing the opening plenary by prior agreement. The session is expected to run into Wednesday, and diplomats said a second plenary could be convened in the Swiss city early next year if the first one produces an agreed agenda.",
        "Secretary of State Madeleine Albright, who flew in from a NATO meeting in Brussels to open the talks, said in a brief address that the four nations owed the Korean people a settlement that the armistice had left undone for 44 years. She was due to leave for Paris in the afternoon.",
        "North Korea's delegation is led by Vice Foreign Minister Kim Gye-gwan, South Korea's by Deputy Foreign Minister Song Young-shik and China's by Vice Foreign Minister Tang Jiaxuan. Day-to-day U.S. negotiating will fall to Charles Kartman, deputy assistant secretary of state for East Asian and Pacific affairs.",
        '"The mood in the room was businesslike, nobody walked out," Kartman told reporters during the lunch break, declining to go into the substance of the morning\'s exchanges.',
        "The road to Geneva has been slow. The idea of four-way talks was first floated by President Bill Clinton and South Korean President Kim Young-sam when they met on the southern island of Cheju in April 1996, and Pyongyang held off for more than a year before attending a preparatory meeting in New York in August. A second preparatory round in New York in September broke up after North Korea insisted that the withdrawal of U.S. troops from the South be put on the agenda.",
        "The two Koreas have held no government-level talks since their prime ministers last met in Pyongyang in September 1992, although their Red Cross liaison offices at the Panmunjom truce village still exchange messages on humanitarian cases.",
        "A source familiar with the talks said the North would again press for a separate peace arrangement with Washington and for food aid, positions Seoul has rejected in the past.",
        "U.S. and North Korean delegates held a separate bilateral session at the U.S. mission on Tuesday evening, the source said, without giving details.",
    ],
    tail=[
        "(Reporting by Laura Hennig; additional reporting by Jae-won Min in Seoul; Editing by Peter Dalby)",
        "Related coverage",
        "North Korea asks for more grain as famine deepens",
        "South Korea's won slides to record low against dollar",
        "(c) Reuters Limited 1997. All rights reserved. Republication or redistribution of Reuters content is expressly prohibited without the prior written consent of Reuters.",
    ],
    title="UPDATE 2-Koreas, U.S., China open four-way peace talks in Geneva",
    source="Reuters",
    published="1997-12-09",
    dateline="Geneva",
    excludes=[
        "Reuters | World News | Asia-Pacific | Top News | Business | Markets",
        "North Korea asks for more grain as famine deepens",
        "(c) Reuters Limited 1997. All rights reserved.",
    ],
    envoys=[
        E("Madeleine Albright", "USA", "Secretary of State"),
        E("Kim Gye-gwan", "PRK", "Vice Foreign Minister"),
        E("Song Young-shik", "KOR", "Deputy Foreign Minister"),
        E("Tang Jiaxuan", "CHN", "Vice Foreign Minister"),
        E(
            "Charles Kartman",
            "USA",
            "deputy assistant secretary of state for East Asian and Pacific affairs",
        ),
        E("Bill Clinton", "USA", "President"),
        E("Kim Young-sam", "KOR", "President"),
    ],
    meetings=[
        M(
            [
                "Madeleine Albright",
                "Kim Gye-gwan",
                "Song Young-shik",
                "Tang Jiaxuan",
                "Charles Kartman",
            ],
            FOUR,
            "Geneva",
            "1997-12-09",
            "held",
        ),
        M([], FOUR, "Geneva", "1998", "proposed"),
        M(["Bill Clinton", "Kim Young-sam"], ["KOR", "USA"], "Cheju", "1996-04", "held", "summit"),
        M([], FOUR, "New York", "1997-08", "held"),
        M([], FOUR, "New York", "1997-09", "held"),
        M([], ["KOR", "PRK"], "Pyongyang", "1992-09", "held"),
        M([], ["PRK", "USA"], "Geneva", "1997-12-09", "held"),
    ],
    channels=[C("Red Cross liaison offices", ["KOR", "PRK"], "open")],
)

# ---------------------------------------------------------------- p02 AP 2000
add(
    "p02",
    head=[
        " date 2000-06-13",
        "Yahoo! News   Home - Yahoo! - Help",
        "World - AP - Reuters - AFP - Full Coverage",
        "South Korea's Kim Lands in Pyongyang for First Summit",
        "By SUNG-HEE PARK",
        "Email this story - Print this story",
    ],
    lead="SEOUL, South Korea (AP) - ",
    paras=[
        "South Korean President Kim Dae-jung flew into Pyongyang on Tuesday and was met on the tarmac by North Korean leader Kim Jong Il, a surprise welcome that opened the first summit between the rival Koreas since the peninsula was divided 55 years ago.",
        "The two men shook hands for a long moment at the foot of the airplane steps, then rode together in a black limousine through streets lined with tens of thousands of North Koreans waving paper flowers. At the Paekhwawon state guesthouse they held a first round of talks lasting about half an hour, North and South Korean television showed, before a state banquet in the evening.",
        "Officials traveling with the South Korean leader said the main talks would take place on Wednesday, and Seoul hoped to sign a joint statement before Kim Dae-jung flies home on Thursday.",
        "The summit had been due to begin on Monday, but the North asked on Saturday for a one-day delay, citing what it called technical reasons. It gave no further explanation.",
        "The meeting was arranged in secret. Culture Minister Park Jie-won met Song Ho Gyong, vice chairman of the North's Asia-Pacific Peace Committee, in Shanghai in March and again in Beijing on April 8, when the two signed the agreement to hold the summit. Details such as the number of journalists and the route of the motorcade were settled in five rounds of preparatory talks at the border truce village of Panmunjom in May.",
        "Leaders of the two Koreas came close to meeting once before. In 1994, North Korean President Kim Il Sung agreed to receive South Korean President Kim Young-sam in Pyongyang in late July, but Kim Il Sung died of a heart attack on July 8 and the meeting never took place.",
        "South Korean officials said they would propose a direct hotline between the two leaders' offices, which would be the first regular link at that level.",
        "In Seoul, thousands of people watched the airport greeting live on giant screens set up outside the main railway station, and some wept openly.",
    ],
    tail=[
        "Copyright 2000 The Associated Press. All rights reserved. The information contained in the AP News report may not be published, broadcast, rewritten or otherwise distributed without the prior written authority of The Associated Press.",
        "Email this story - Print this story",
        "More World Stories",
    ],
    title="South Korea's Kim Lands in Pyongyang for First Summit",
    source="AP",
    published="2000-06-13",
    dateline="Seoul",
    excludes=[
        "Yahoo! News   Home - Yahoo! - Help",
        "Email this story - Print this story",
        "Copyright 2000 The Associated Press. All rights reserved.",
    ],
    envoys=[
        E("Kim Dae-jung", "KOR", "President"),
        E("Kim Jong Il", "PRK", "leader"),
        E("Park Jie-won", "KOR", "Culture Minister"),
        E("Song Ho Gyong", "PRK", "vice chairman of the North's Asia-Pacific Peace Committee"),
        E("Kim Il Sung", "PRK", "President"),
        E("Kim Young-sam", "KOR", "President"),
    ],
    meetings=[
        M(
            ["Kim Dae-jung", "Kim Jong Il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2000-06-13",
            "held",
            "summit",
        ),
        M(["Park Jie-won", "Song Ho Gyong"], ["KOR", "PRK"], "Shanghai", "2000-03", "held"),
        M(["Park Jie-won", "Song Ho Gyong"], ["KOR", "PRK"], "Beijing", "2000-04-08", "held"),
        M([], ["KOR", "PRK"], "Panmunjom", "2000-05", "held"),
        M(
            ["Kim Il Sung", "Kim Young-sam"],
            ["KOR", "PRK"],
            "Pyongyang",
            "1994-07",
            "cancelled",
            "summit",
        ),
    ],
    channels=[C("hotline", ["KOR", "PRK"], "proposed")],
)

# ---------------------------------------------------------------- p03 AFP 2003
add(
    "p03",
    head=[
        " date 2003-08-27",
        "INQ7.net  |  Breaking News  |  World  |  Sports  |  Entertainment  |  Technology",
        "Six-nation talks on North Korean nuclear standoff open in Beijing",
        "Posted 12:47pm (Mla time) Aug 27, 2003",
        "By Ana Moreno",
        "Agence France-Presse",
        "Chinese paramilitary policemen stand guard at the gate of the Diaoyutai state guesthouse in Beijing. AFP photo",
    ],
    lead="BEIJING -- ",
    paras=[
        "Envoys from six nations opened talks in Beijing on Wednesday aimed at defusing the standoff over North Korea's nuclear weapons programme, with the Stalinist state and the United States facing each other across a hexagonal table at the Diaoyutai state guesthouse.",
        "The three-day meeting brings together US Assistant Secretary of State James Kelly, North Korean Vice Foreign Minister Kim Yong-il, Chinese Vice Foreign Minister Wang Yi, South Korean Deputy Foreign Minister Lee Soo-hyuck, Russian Deputy Foreign Minister Alexander Losyukov and Mitoji Yabunaka, director general of the Japanese foreign ministry's Asian and Oceanian affairs bureau.",
        "Kelly and Kim had a brief bilateral encounter on the sidelines of the opening session, a US official said, in what appeared to be a gesture to Pyongyang, which has long insisted on dealing with Washington directly.",
        "The Beijing meeting grew out of three-way talks hosted by China in April, when Kelly spent three days in the Chinese capital with North Korean and Chinese officials. In mid-July, Chinese Vice Foreign Minister Dai Bingguo flew to Pyongyang, where he handed a letter from President Hu Jintao to North Korean leader Kim Jong-il, and then went on to Washington to brief US officials on what he had heard.",
        ("x", "ALSO READ: Japan to press abduction issue at Beijing talks"),
        "Losyukov told reporters on his arrival on Tuesday that Moscow would put forward a package under which the North would freeze its nuclear facilities in return for security guarantees and energy aid.",
        "Japan wants to raise the fate of its nationals abducted by North Korean agents in the 1970s and 1980s, and Yabunaka will seek a separate meeting with the North Korean delegation on Thursday, Japanese officials said. Pyongyang has so far refused to discuss the issue in a multilateral setting.",
        "Few diplomats expect more than an agreement to meet again. Chinese foreign ministry spokesman Kong Quan said Beijing hoped the parties would keep the process going and hold a further round of talks, possibly before the end of the year.",
    ],
    tail=[
        "Copyright 2003 Agence France-Presse. All rights reserved.",
        "Other Stories:",
        "Philippine peso weakens as oil prices climb",
        "Home | Breaking News | Talk of the Town | Site Map",
    ],
    title="Six-nation talks on North Korean nuclear standoff open in Beijing",
    source="Agence France-Presse",
    published="2003-08-27",
    dateline="Beijing",
    excludes=[
        "INQ7.net  |  Breaking News  |  World  |  Sports  |  Entertainment  |  Technology",
        "ALSO READ: Japan to press abduction issue at Beijing talks",
        "Copyright 2003 Agence France-Presse. All rights reserved.",
        "Home | Breaking News | Talk of the Town | Site Map",
    ],
    envoys=[
        E("James Kelly", "USA", "Assistant Secretary of State"),
        E("Kim Yong-il", "PRK", "Vice Foreign Minister"),
        E("Wang Yi", "CHN", "Vice Foreign Minister"),
        E("Lee Soo-hyuck", "KOR", "Deputy Foreign Minister"),
        E("Alexander Losyukov", "RUS", "Deputy Foreign Minister"),
        E(
            "Mitoji Yabunaka",
            "JPN",
            "director general of the Japanese foreign ministry's Asian and Oceanian affairs bureau",
        ),
        E("Dai Bingguo", "CHN", "Vice Foreign Minister"),
        E("Hu Jintao", "CHN", "President"),
        E("Kim Jong-il", "PRK", "leader"),
        E("Kong Quan", "CHN", "foreign ministry spokesman"),
    ],
    meetings=[
        M(
            [
                "James Kelly",
                "Kim Yong-il",
                "Wang Yi",
                "Lee Soo-hyuck",
                "Alexander Losyukov",
                "Mitoji Yabunaka",
            ],
            SIX,
            "Beijing",
            "2003-08-27",
            "held",
        ),
        M(["James Kelly", "Kim Yong-il"], ["PRK", "USA"], "Beijing", "2003-08-27", "held"),
        M(["James Kelly"], ["CHN", "PRK", "USA"], "Beijing", "2003-04", "held"),
        M(["Dai Bingguo", "Kim Jong-il"], ["CHN", "PRK"], "Pyongyang", "2003-07", "held"),
        M(["Dai Bingguo"], ["CHN", "USA"], "Washington", "2003-07", "held"),
        M(["Mitoji Yabunaka"], ["JPN", "PRK"], "Beijing", "2003-08-28", "proposed"),
        M([], SIX, None, "2003", "proposed"),
    ],
)

# ---------------------------------------------------------------- p04 Bloomberg 2005
add(
    "p04",
    head=[
        "Bloomberg.com",
        "Home | News | Market Data | Personal Finance | TV and Radio",
        "Asia",
        "North Korea Agrees to Give Up Nuclear Arms in Six-Nation Accord",
        "By Heejin Ahn and Bill Austin",
    ],
    lead="Sept. 19 (Bloomberg) -- ",
    paras=[
        "North Korea agreed to abandon all nuclear weapons and existing nuclear programs in return for energy aid and security assurances, the first joint statement produced in two years of six-nation talks in Beijing.",
        "The accord, read out today by China's chief negotiator, Vice Foreign Minister Wu Dawei, ended the fourth round of talks, whose second session began on Sept. 13 after a five-week recess. The first session, held in the Chinese capital from late July, ran for 13 days and broke up in August without agreement. The six countries agreed to hold a fifth round in Beijing in early November.",
        '"This is a win-win," Christopher Hill, U.S. assistant secretary of state for East Asian and Pacific affairs, told reporters. Hill met his North Korean counterpart, Kim Gye Gwan, at least four times during the session, U.S. officials said, including a two-hour meeting at the North Korean Embassy on Sept. 16 at which the two sides traded drafts of the statement.',
        'The main obstacle in the final days was North Korea\'s demand for a light-water reactor to generate electricity. The statement says the other parties will discuss the provision of such a reactor "at an appropriate time."',
        "South Korean Unification Minister Chung Dong Young, who met Kim Jong Il in Pyongyang on June 17 and secured the North's pledge to return to the talks, said Seoul was ready to supply 2 million kilowatts of electricity to the North once it dismantles its weapons program.",
        "Japan's delegate, Kenichiro Sasae, head of the Foreign Ministry's Asian and Oceanian Affairs Bureau, met North Korean officials on the sidelines on Sept. 18 to press for information on Japanese citizens abducted by the North, Kyodo News reported.",
        "South Korea's won rose 0.4 percent to 1,036.50 per dollar as of 3:12 p.m. in Seoul, and the benchmark Kospi index gained 1.2 percent to a record, led by shipbuilders and banks.",
    ],
    tail=[
        "To contact the reporters on this story: Heejin Ahn in Seoul at hahn2@bloomberg.net; Bill Austin in Beijing at baustin9@bloomberg.net",
        "Last Updated: September 19, 2005 04:41 EDT",
        "Sponsored links",
        "Home | About Bloomberg | Privacy Policy | Terms of Service | Trademarks",
    ],
    title="North Korea Agrees to Give Up Nuclear Arms in Six-Nation Accord",
    source="Bloomberg",
    published="2005-09-19",
    dateline=None,
    excludes=[
        "Home | News | Market Data | Personal Finance | TV and Radio",
        "Home | About Bloomberg | Privacy Policy | Terms of Service | Trademarks",
        "Sponsored links",
    ],
    envoys=[
        E("Wu Dawei", "CHN", "Vice Foreign Minister"),
        E(
            "Christopher Hill",
            "USA",
            "assistant secretary of state for East Asian and Pacific affairs",
        ),
        E("Kim Gye Gwan", "PRK", None),
        E("Chung Dong Young", "KOR", "Unification Minister"),
        E("Kim Jong Il", "PRK", None),
        E(
            "Kenichiro Sasae",
            "JPN",
            "head of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
    ],
    meetings=[
        M(
            ["Wu Dawei", "Christopher Hill", "Kim Gye Gwan", "Kenichiro Sasae"],
            SIX,
            "Beijing",
            "2005-09-13",
            "held",
        ),
        M([], SIX, "Beijing", "2005-07", "held"),
        M([], SIX, "Beijing", "2005-11", "planned"),
        M(["Christopher Hill", "Kim Gye Gwan"], ["PRK", "USA"], "Beijing", "2005-09", "held"),
        M(["Christopher Hill", "Kim Gye Gwan"], ["PRK", "USA"], "Beijing", "2005-09-16", "held"),
        M(["Chung Dong Young", "Kim Jong Il"], ["KOR", "PRK"], "Pyongyang", "2005-06-17", "held"),
        M(["Kenichiro Sasae"], ["JPN", "PRK"], "Beijing", "2005-09-18", "held"),
    ],
)

# ---------------------------------------------------------------- p05 UPI 2007
add(
    "p05",
    head=[
        " date 2007-11-14",
        "UPI.com",
        "Top News | U.S. News | World News | Business | Science | Odd News",
        "Koreas' premiers open first talks in 15 years",
        "Published: Nov. 14, 2007 at 9:41 AM",
    ],
    lead="SEOUL, Nov. 14 (UPI) -- ",
    paras=[
        "The prime ministers of North and South Korea opened three days of talks in Seoul Wednesday, the first meeting at that level in 15 years, to put flesh on the agreements their leaders reached in Pyongyang last month.",
        "North Korean Premier Kim Yong Il arrived at Gimpo airport in the morning with a 40-member delegation and was greeted by South Korean Prime Minister Han Duck-soo. Formal sessions began in the afternoon at the Grand Hilton Hotel in western Seoul and are scheduled to end Friday with a joint statement.",
        "The Oct. 2-4 summit between South Korean President Roh Moo-hyun and North Korean leader Kim Jong Il produced an eight-point declaration that calls for a joint fishing zone in the Yellow Sea, a special economic zone around the port of Haeju and regular freight train service across the border.",
        "Defense ministers of the two sides are to meet in Pyongyang Nov. 27-29 to discuss military guarantees for the fishing zone, and a working-level meeting on the freight railway was held in Kaesong last week, the Unification Ministry said.",
        "The last premiers' talks, the eighth such round, took place in Pyongyang in September 1992. Dialogue at that level collapsed the following year when the North threatened to leave the nuclear Non-Proliferation Treaty.",
        "A ministry official, who spoke on condition of anonymity, said the two sides were also discussing a liaison channel between the premiers' offices so that projects agreed at the summit could be followed up without waiting for the next round.",
        "Kim Yong Il is expected to tour a shipyard in the southern city of Geoje on Friday before flying home.",
    ],
    tail=[
        "Copyright 2007 by United Press International. All Rights Reserved.",
        "Most Popular",
        "1. Oil nears $100 as dollar slides",
        "2. Experts puzzle over Arctic ice melt",
        "Topics: Roh Moo-hyun, Kim Jong Il, Han Duck-soo",
    ],
    title="Koreas' premiers open first talks in 15 years",
    source="UPI",
    published="2007-11-14",
    dateline="Seoul",
    excludes=[
        "Top News | U.S. News | World News | Business | Science | Odd News",
        "Copyright 2007 by United Press International. All Rights Reserved.",
        "1. Oil nears $100 as dollar slides",
    ],
    envoys=[
        E("Kim Yong Il", "PRK", "Premier"),
        E("Han Duck-soo", "KOR", "Prime Minister"),
        E("Roh Moo-hyun", "KOR", "President"),
        E("Kim Jong Il", "PRK", "leader"),
    ],
    meetings=[
        M(["Kim Yong Il", "Han Duck-soo"], ["KOR", "PRK"], "Seoul", "2007-11-14", "held"),
        M(
            ["Roh Moo-hyun", "Kim Jong Il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2007-10-02",
            "held",
            "summit",
        ),
        M([], ["KOR", "PRK"], "Pyongyang", "2007-11-27", "planned"),
        M([], ["KOR", "PRK"], "Kaesong", "2007-11", "held"),
        M([], ["KOR", "PRK"], "Pyongyang", "1992-09", "held"),
    ],
    channels=[C("liaison channel", ["KOR", "PRK"], "proposed")],
)

# ---------------------------------------------------------------- p06 Asahi 2002
add(
    "p06",
    head=[
        " date 2002-09-17",
        "asahi.com : ENGLISH",
        "HOME > POLITICS",
        "Kim admits abductions, apologizes to Koizumi",
        "THE ASAHI SHIMBUN",
    ],
    lead="PYONGYANG--",
    paras=[
        "North Korean leader Kim Jong Il admitted Tuesday that agents of his country had kidnapped Japanese citizens in the 1970s and 1980s and apologized to Prime Minister Junichiro Koizumi at their summit here, the first ever held between the two nations.",
        "Koizumi arrived at Sunan airport shortly after 9 a.m. aboard a government plane and was welcomed by Kim Yong Nam, president of the Presidium of the Supreme People's Assembly. The two leaders then talked for about two and a half hours at the Paekhwawon guesthouse, in a morning session and an afternoon session, taking lunch separately.",
        "Shortly before the leaders sat down, Vice Foreign Minister Kang Sok Ju told Hitoshi Tanaka, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, in a meeting at the guesthouse that of 13 abductees, eight had died and five were alive. Koizumi was informed during the lunch break, and aides said he was visibly shaken.",
        'The summit was prepared through more than 20 rounds of secret contacts over the past year between Tanaka and a North Korean official known to the Japanese side only as "Mr. X," mostly held in the northeastern Chinese port city of Dalian.',
        "In the Pyongyang Declaration signed in the late afternoon, the two leaders agreed that normalization talks, stalled since the 11th round in Beijing in October 2000, will resume in October. Kim also said the North would extend its moratorium on missile launches beyond 2003, according to a Japanese official who briefed reporters.",
        "Until now, Tokyo has had to rely on contacts between the two countries' embassies in Beijing as its only regular line to Pyongyang.",
        'Relatives of the abductees, who had gathered at a Tokyo hotel to await the news, reacted with grief and anger. "How can we normalize relations with a country that did this?" said one father.',
    ],
    tail=[
        "(IHT/Asahi: September 18,2002) (09/17)",
        "Copyright 2002 Asahi Shimbun. All rights reserved. No reproduction or republication without written permission.",
        "Go to Top",
    ],
    title="Kim admits abductions, apologizes to Koizumi",
    source="The Asahi Shimbun",
    published="2002-09-17",
    dateline="Pyongyang",
    excludes=[
        "asahi.com : ENGLISH",
        "Copyright 2002 Asahi Shimbun. All rights reserved. No reproduction or republication without written permission.",
        "Go to Top",
    ],
    envoys=[
        E("Kim Jong Il", "PRK", "leader"),
        E("Junichiro Koizumi", "JPN", "Prime Minister"),
        E("Kim Yong Nam", "PRK", "president of the Presidium of the Supreme People's Assembly"),
        E("Kang Sok Ju", "PRK", "Vice Foreign Minister"),
        E(
            "Hitoshi Tanaka",
            "JPN",
            "director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
    ],
    meetings=[
        M(
            ["Kim Jong Il", "Junichiro Koizumi", "Kim Yong Nam"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2002-09-17",
            "held",
            "summit",
        ),
        M(["Kang Sok Ju", "Hitoshi Tanaka"], ["JPN", "PRK"], "Pyongyang", "2002-09-17", "held"),
        M(["Hitoshi Tanaka"], ["JPN", "PRK"], "Dalian", None, "held"),
        M([], ["JPN", "PRK"], "Beijing", "2000-10", "held"),
        M([], ["JPN", "PRK"], None, "2002-10", "planned"),
    ],
    channels=[C("embassies in Beijing", ["JPN", "PRK"], "open")],
)

# ---------------------------------------------------------------- p07 Chosun Ilbo 2009
add(
    "p07",
    head=[
        "Chosun Ilbo (English Edition): Daily News in English About Korea",
        "Home | National | Politics | North Korea | Business | Sci/Tech | Sports | Entertainment | Opinion",
        "Clinton Meets Kim Jong-il, Wins Release of U.S. Journalists",
        "Updated August 5, 2009 11:32 KST",
        "Former U.S. President Bill Clinton (left) and North Korean leader Kim Jong-il pose in Pyongyang on Tuesday. /Yonhap",
        "Former U.S. President Bill Clinton (left) and North Korean leader Kim Jong-il pose in Pyongyang on Tuesday. /Yonhap",
    ],
    lead="",
    paras=[
        "Former U.S. President Bill Clinton met North Korean leader Kim Jong-il in Pyongyang on Tuesday and secured a pardon for two American journalists held in the North since March, the North's official Korean Central News Agency reported Wednesday.",
        "Clinton landed at Pyongyang's Sunan Airport around 10:50 a.m. on a private jet and was greeted by Kim Kye-gwan, the North's first vice foreign minister, and Yang Hyong-sop, vice president of the Presidium of the Supreme People's Assembly, before being driven to the Paekhwawon guesthouse.",
        'According to KCNA, Kim hosted a dinner for Clinton after talks it described as "exhaustive," and Clinton conveyed a verbal message from President Barack Obama expressing thanks. The White House flatly denied on Tuesday that Clinton was carrying any message.',
        "It was the first trip to Pyongyang by a former U.S. president since Jimmy Carter met Kim Il-sung there in June 1994, a visit that defused the first nuclear crisis.",
        "Washington and Pyongyang had discussed the journalists' fate for weeks through the so-called New York channel, the North's mission to the United Nations, a diplomatic source in Seoul said.",
        'Stephen Bosworth, the U.S. special representative for North Korea policy, said in Washington last week that he was prepared to go to Pyongyang for bilateral talks if the North returns to the six-party framework. A Foreign Ministry official in Seoul said the release could "create an atmosphere" for such a trip but cautioned against reading too much into it.',
        "The two reporters, Laura Ling and Euna Lee of Current TV, were sentenced in June to 12 years of hard labor for illegally crossing the border from China.",
    ],
    tail=[
        "Most Viewed",
        "Gov't Mulls Allowing Dual Citizenship",
        "Copyright 2009 Chosunilbo & Chosun.com",
        "Privacy Policy | Email Us",
    ],
    title="Clinton Meets Kim Jong-il, Wins Release of U.S. Journalists",
    source=None,
    published="2009-08-05",
    dateline=None,
    excludes=[
        "Home | National | Politics | North Korea | Business | Sci/Tech | Sports | Entertainment | Opinion",
        "Gov't Mulls Allowing Dual Citizenship",
        "Copyright 2009 Chosunilbo & Chosun.com",
    ],
    envoys=[
        E("Bill Clinton", "USA", "former President"),
        E("Kim Jong-il", "PRK", "leader"),
        E("Kim Kye-gwan", "PRK", "first vice foreign minister"),
        E(
            "Yang Hyong-sop",
            "PRK",
            "vice president of the Presidium of the Supreme People's Assembly",
        ),
        E("Barack Obama", "USA", "President"),
        E("Jimmy Carter", "USA", None),
        E("Kim Il-sung", "PRK", None),
        E("Stephen Bosworth", "USA", "U.S. special representative for North Korea policy"),
    ],
    meetings=[
        M(
            ["Bill Clinton", "Kim Jong-il", "Kim Kye-gwan", "Yang Hyong-sop"],
            ["PRK", "USA"],
            "Pyongyang",
            "2009-08-04",
            "held",
        ),
        M(["Jimmy Carter", "Kim Il-sung"], ["PRK", "USA"], "Pyongyang", "1994-06", "held"),
        M(["Stephen Bosworth"], ["PRK", "USA"], "Pyongyang", None, "proposed"),
    ],
    channels=[C("New York channel", ["PRK", "USA"], "open")],
)

# ---------------------------------------------------------------- p08 Korea Times 2013
add(
    "p08",
    head=[
        "The Korea Times",
        "Nation | Biz & Tech | Opinion | Lifestyle | Entertainment | Sports | World",
        "North Korea",
        "Koreas agree to reopen Kaesong complex",
        "By Lee Hae-rin",
        "2013-08-14 17:52",
        "Facebook  Twitter  Kakao  Email  Print",
    ],
    lead="",
    paras=[
        "South and North Korea agreed Wednesday to restart the joint industrial park in Kaesong, idle for more than four months, at the seventh round of working-level talks held at the complex.",
        "Chief delegates Kim Ki-woong, head of the Unification Ministry's Kaesong industrial district support team, and Pak Chol-su, vice director of the North's Central Special Zone Development Guidance General Bureau, signed a five-point agreement shortly after 4 p.m. following a session that began at 10 a.m.",
        'Under the deal, the North promised not to unilaterally halt operations again, and the two sides will set up a joint committee to run the zone. Its first meeting is to be held "at an early date," the agreement says.',
        "The two sides failed to strike a deal in six earlier rounds in July. The first, held at the truce village of Panmunjom on July 6-7, ended with only a vague pledge to reopen the zone, and the sixth, at Kaesong on July 25, broke up with the North's delegation storming into the press room to hand out its own draft.",
        ("x", "Related : Seoul weighs 'grave decision' on Kaesong"),
        'Pyongyang proposed the seventh round on Aug. 7, days after Seoul warned it would take a "grave decision" on the future of the park, and the South accepted the next day. The liaison channel at Panmunjom, which the North cut in March, has been working again since early July and was used to set up the talks, officials said.',
        "Separately, the Unification Ministry said it had proposed Red Cross talks at Panmunjom on Aug. 23 to discuss reunions of families separated by the Korean War in time for Chuseok. The North has yet to respond.",
        "President Park Geun-hye welcomed the agreement, calling it a new start for inter-Korean relations, Cheong Wa Dae spokeswoman Kim Haing said.",
    ],
    tail=[
        "Please log in to leave a comment.",
        "Top 10 Stories",
        "Seoul to extend tax break for small firms",
        "Copyright (c) 2013 The Korea Times. All rights reserved.",
    ],
    title="Koreas agree to reopen Kaesong complex",
    source=None,
    published="2013-08-14",
    dateline=None,
    excludes=[
        "Nation | Biz & Tech | Opinion | Lifestyle | Entertainment | Sports | World",
        "Facebook  Twitter  Kakao  Email  Print",
        "Related : Seoul weighs 'grave decision' on Kaesong",
        "Please log in to leave a comment.",
        "Copyright (c) 2013 The Korea Times. All rights reserved.",
    ],
    envoys=[
        E(
            "Kim Ki-woong",
            "KOR",
            "head of the Unification Ministry's Kaesong industrial district support team",
        ),
        E(
            "Pak Chol-su",
            "PRK",
            "vice director of the North's Central Special Zone Development Guidance General Bureau",
        ),
        E("Park Geun-hye", "KOR", "President"),
        E("Kim Haing", "KOR", "Cheong Wa Dae spokeswoman"),
    ],
    meetings=[
        M(["Kim Ki-woong", "Pak Chol-su"], ["KOR", "PRK"], "Kaesong", "2013-08-14", "held"),
        M([], ["KOR", "PRK"], None, None, "planned"),
        M([], ["KOR", "PRK"], None, "2013-07", "held"),
        M([], ["KOR", "PRK"], "Panmunjom", "2013-07-06", "held"),
        M([], ["KOR", "PRK"], "Kaesong", "2013-07-25", "held"),
        M([], ["KOR", "PRK"], "Panmunjom", "2013-08-23", "proposed"),
    ],
    channels=[C("liaison channel at Panmunjom", ["KOR", "PRK"], "restored", "2013-07")],
)

# ---------------------------------------------------------------- p09 Mainichi 2014
add(
    "p09",
    head=[
        "Mainichi Daily News",
        "Home | Japan | World | Business | Sports | Opinion | Features",
        "N. Korea agrees to reinvestigate abductions; Japan to ease some sanctions",
        "Print  E-mail  Twitter",
    ],
    lead="",
    paras=[
        "Prime Minister Shinzo Abe announced Thursday that North Korea has agreed to launch a fresh investigation into the fate of Japanese nationals abducted by its agents, and that Japan will lift some of its unilateral sanctions once the probe gets under way.",
        "The agreement came out of three days of talks in Stockholm that ended Wednesday between Junichi Ihara, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, and Song Il Ho, North Korea's ambassador for normalization talks with Japan.",
        "Speaking to reporters at the airport before leaving the Swedish capital, Ihara said the North would set up a special investigation committee with authority over all state institutions, including the powerful State Security Department.",
        "It was the second round of formal intergovernmental talks since Abe returned to power. The first was held in Beijing on March 30-31, weeks after officials of the two governments met on the sidelines of a Red Cross meeting in the northeastern Chinese city of Shenyang on March 3. Before that, the last formal round had been held in Ulan Bator in November 2012, and a follow-up planned for the following month was called off after the North launched a long-range rocket.",
        '"Our goal is to bring every abductee home," Abe said at the prime minister\'s office.',
        "Chief Cabinet Secretary Yoshihide Suga told a press conference on Friday morning that Tokyo would keep in touch with Pyongyang through the embassy channel in Beijing to confirm when the committee starts work.",
        "A government source said the North is expected to report the committee's launch within about three weeks, and further talks between Ihara and Song are expected in late June.",
        "Families of the abductees welcomed the agreement cautiously, recalling that a 2004 investigation ended with the North handing over remains that DNA tests showed were not Megumi Yokota's.",
    ],
    tail=[
        "(Mainichi Japan) May 30, 2014",
        "Related stories:",
        "Abductees' families urge gov't to keep pressure on Pyongyang",
        "Copyright THE MAINICHI NEWSPAPERS. All rights reserved.",
    ],
    title="N. Korea agrees to reinvestigate abductions; Japan to ease some sanctions",
    source="Mainichi Japan",
    published="2014-05-30",
    dateline=None,
    excludes=[
        "Home | Japan | World | Business | Sports | Opinion | Features",
        "Print  E-mail  Twitter",
        "Abductees' families urge gov't to keep pressure on Pyongyang",
        "Copyright THE MAINICHI NEWSPAPERS. All rights reserved.",
    ],
    envoys=[
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E(
            "Junichi Ihara",
            "JPN",
            "director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Song Il Ho", "PRK", "North Korea's ambassador for normalization talks with Japan"),
        E("Yoshihide Suga", "JPN", "Chief Cabinet Secretary"),
    ],
    meetings=[
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Stockholm", "2014-05-28", "held"),
        M([], ["JPN", "PRK"], "Beijing", "2014-03-30", "held"),
        M([], ["JPN", "PRK"], "Shenyang", "2014-03-03", "held"),
        M([], ["JPN", "PRK"], "Ulan Bator", "2012-11", "held"),
        M([], ["JPN", "PRK"], None, "2012-12", "cancelled"),
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], None, "2014-06", "planned"),
    ],
    channels=[C("embassy channel in Beijing", ["JPN", "PRK"], "open")],
)

# ---------------------------------------------------------------- p10 Dong-A Ilbo 2015
add(
    "p10",
    head=[
        "The DONG-A ILBO",
        "Home > Politics",
        "Koreas strike deal at Panmunjom after 43-hour marathon talks",
        "August. 25, 2015 07:23.",
        "by Jae-Young Yoon jyyoon@donga.com",
    ],
    lead="",
    paras=[
        "South and North Korea reached an agreement early Tuesday to defuse the military standoff along the border, after marathon high-level talks at the truce village of Panmunjom that stretched over four days.",
        "Kim Kwan-jin, national security adviser to President Park Geun-hye, and Unification Minister Hong Yong-pyo sat across the table from Hwang Pyong-so, director of the General Political Bureau of the Korean People's Army, and Kim Yang-gon, the Workers' Party secretary in charge of South Korean affairs, at the Peace House on the southern side of the village.",
        "The talks started at 6:30 p.m. on Saturday and, after breaking at dawn on Sunday, resumed at 3:30 p.m. the same day before the deal was announced at 2 a.m. Tuesday. Kim Yang-gon's proposal for the meeting had reached Seoul on Friday afternoon through the Panmunjom liaison channel.",
        'In the six-point agreement the North expressed "regret" over the land mine blasts that maimed two South Korean soldiers, and the South will stop its propaganda loudspeaker broadcasts. The two sides agreed to hold talks between their authorities in Seoul or Pyongyang at an early date, and to arrange reunions of separated families around Chuseok, with Red Cross working-level contact to take place in early September.',
        "The last high-level contact between the two sides was held at Panmunjom in February last year, when Kim Kyou-hyun, then first deputy director of the National Security Office, met Won Tong-yon, vice director of the party's United Front Department. In October last year Hwang, Choe Ryong-hae and Kim Yang-gon made a surprise trip to Incheon for the closing of the Asian Games and held a lunch meeting with Kim Kwan-jin, where the two sides agreed to hold a second round of high-level talks. That round never took place.",
        ("x", "Share  Facebook  Twitter"),
        "The loudspeakers will fall silent at noon on Tuesday.",
    ],
    tail=[
        "Most Viewed Articles",
        "1. Samsung unveils new phablet",
        "Copyright by dongA.com Email : newsroom@donga.com",
    ],
    title="Koreas strike deal at Panmunjom after 43-hour marathon talks",
    source=None,
    published="2015-08-25",
    dateline=None,
    excludes=[
        "Share  Facebook  Twitter",
        "Most Viewed Articles",
        "Copyright by dongA.com Email : newsroom@donga.com",
    ],
    envoys=[
        E("Kim Kwan-jin", "KOR", "national security adviser"),
        E("Park Geun-hye", "KOR", "President"),
        E("Hong Yong-pyo", "KOR", "Unification Minister"),
        E(
            "Hwang Pyong-so",
            "PRK",
            "director of the General Political Bureau of the Korean People's Army",
        ),
        E("Kim Yang-gon", "PRK", "Workers' Party secretary in charge of South Korean affairs"),
        E("Kim Kyou-hyun", "KOR", "first deputy director of the National Security Office"),
        E("Won Tong-yon", "PRK", "vice director of the party's United Front Department"),
        E("Choe Ryong-hae", "PRK", None),
    ],
    meetings=[
        M(
            ["Kim Kwan-jin", "Hong Yong-pyo", "Hwang Pyong-so", "Kim Yang-gon"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2015-08-22",
            "held",
        ),
        M([], ["KOR", "PRK"], None, None, "planned"),
        M([], ["KOR", "PRK"], None, "2015-09", "planned"),
        M(["Kim Kyou-hyun", "Won Tong-yon"], ["KOR", "PRK"], "Panmunjom", "2014-02", "held"),
        M(
            ["Hwang Pyong-so", "Choe Ryong-hae", "Kim Yang-gon", "Kim Kwan-jin"],
            ["KOR", "PRK"],
            "Incheon",
            "2014-10",
            "held",
        ),
        M([], ["KOR", "PRK"], None, None, "cancelled"),
    ],
    channels=[C("Panmunjom liaison channel", ["KOR", "PRK"], "open")],
)

# ---------------------------------------------------------------- p11 VOA 2017
add(
    "p11",
    head=[
        "Voice of America",
        "USA | Africa | Americas | Asia | Middle East | Europe | Extremism Watch",
        "East Asia Pacific",
        "UN Envoy Feltman Wraps Up Rare Visit to North Korea",
        "VOA News",
        "December 09, 2017 8:13 AM",
        "FILE - U.N. Under-Secretary-General for Political Affairs Jeffrey Feltman speaks at U.N. headquarters in New York.",
        "Print  Share  Comments",
    ],
    lead="SEOUL — ",
    paras=[
        "United Nations political affairs chief Jeffrey Feltman left North Korea on Saturday at the end of a five-day visit during which he urged officials in Pyongyang to open channels of communication to reduce the risk of a conflict, the world body said.",
        "Feltman, the U.N. under-secretary-general for political affairs, arrived in Pyongyang on Tuesday and held talks with Foreign Minister Ri Yong Ho and Vice Foreign Minister Pak Myong Guk, U.N. spokesman Stephane Dujarric told reporters in New York.",
        '"Time is of the essence," Feltman told the officials, according to a U.N. statement, which said he stressed the need to reopen military-to-military channels between the North and South Korea to lower the risk of miscalculation.',
        'North Korea\'s official Korean Central News Agency said the two sides had agreed to communicate regularly "through visits at different levels," but gave no dates.',
        "He is the most senior U.N. official to visit North Korea since his predecessor, Lynn Pascoe, traveled to Pyongyang in February 2010. Before flying in, Feltman stopped in Beijing on Monday for talks with Chinese Vice Foreign Minister Zhang Yesui, the U.N. said.",
        ("x", "Related: North Korea Claims New Missile Can Hit All of US Mainland"),
        "U.N. Secretary-General Antonio Guterres has repeatedly offered his good offices to help ease tensions on the peninsula.",
        "The visit came less than two weeks after North Korea tested its Hwasong-15 intercontinental ballistic missile, which Pyongyang says can reach the entire U.S. mainland.",
    ],
    tail=[
        "Follow Us",
        "Subscribe to VOA newsletters",
        "The comments section is closed.",
        "Latest News: Philippines Floods Kill Dozens",
    ],
    title="UN Envoy Feltman Wraps Up Rare Visit to North Korea",
    source="VOA News",
    published="2017-12-09",
    dateline="Seoul",
    excludes=[
        "USA | Africa | Americas | Asia | Middle East | Europe | Extremism Watch",
        "Print  Share  Comments",
        "Related: North Korea Claims New Missile Can Hit All of US Mainland",
        "Subscribe to VOA newsletters",
        "The comments section is closed.",
    ],
    envoys=[
        E("Jeffrey Feltman", None, "U.N. under-secretary-general for political affairs"),
        E("Ri Yong Ho", "PRK", "Foreign Minister"),
        E("Pak Myong Guk", "PRK", "Vice Foreign Minister"),
        E("Stephane Dujarric", None, "U.N. spokesman"),
        E("Lynn Pascoe", None, None),
        E("Zhang Yesui", "CHN", "Vice Foreign Minister"),
        E("Antonio Guterres", None, "Secretary-General"),
    ],
    meetings=[
        M(
            ["Jeffrey Feltman", "Ri Yong Ho", "Pak Myong Guk"],
            ["PRK"],
            "Pyongyang",
            "2017-12-05",
            "held",
        ),
        M(["Lynn Pascoe"], ["PRK"], "Pyongyang", "2010-02", "held"),
        M(["Jeffrey Feltman", "Zhang Yesui"], ["CHN"], "Beijing", "2017-12-04", "held"),
    ],
    channels=[C("military-to-military channels", ["KOR", "PRK"], "proposed")],
)

# ---------------------------------------------------------------- p12 Nikkei Asia 2019
add(
    "p12",
    head=[
        " date 2019-02-28",
        "Nikkei Asian Review",
        "Politics | Economy | Business | Markets | Tech | Opinion | Life & Arts",
        "Trump-Kim summit",
        "Trump and Kim cut Hanoi summit short with no deal",
        "US wanted more than Yongbyon, North Korea wanted sanctions lifted",
        "KENJI SATO and HA-YOON JUNG, Nikkei staff writers",
        "February 28, 2019 17:05 JST",
    ],
    lead="HANOI -- ",
    paras=[
        "U.S. President Donald Trump and North Korean leader Kim Jong Un cut short their second summit here on Thursday, leaving the Metropole hotel without signing a joint document or sitting down to the working lunch that had been laid out for them.",
        "The summit had opened on Wednesday evening with a 20-minute one-on-one conversation and a dinner attended by aides. On Thursday the two leaders talked alone in the morning and then joined an expanded session with their delegations before the White House announced abruptly that the program had been cut.",
        '"Sometimes you have to walk," Trump told reporters at the JW Marriott hotel, saying Kim had demanded that sanctions be lifted in full in exchange for dismantling only the Yongbyon nuclear complex. Secretary of State Mike Pompeo said the negotiating teams would keep talking, though no date was set for the next meeting.',
        "Pompeo's opposite number, Kim Yong Chol, vice chairman of the Workers' Party Central Committee, sat beside Kim Jong Un in the expanded session, across the table from Pompeo. The two leaders first met in Singapore on June 12 last year.",
        "Working-level preparations were handled by Stephen Biegun, U.S. special representative for North Korea, who spent three days in Pyongyang in early February negotiating with Kim Hyok Chol, a former ambassador to Spain, and continued the talks with him in Hanoi in the days before the summit.",
        'Trump called Japanese Prime Minister Shinzo Abe from Air Force One on Thursday after leaving Hanoi, and Abe told reporters in Tokyo that he "fully supports" the decision to walk away without a bad deal. South Korean President Moon Jae-in is expected to speak with Trump by phone later in the day.',
        "Kim, who arrived by armored train via China, is scheduled to stay on for an official goodwill visit, including talks with Vietnamese President Nguyen Phu Trong at the Presidential Palace in Hanoi on Friday.",
        "The Korean won weakened 0.5% against the dollar after news of the breakdown, while shares of Japanese defense contractors rose.",
    ],
    tail=[
        "Sign up for our newsletters to get the latest on Asia, every weekday.",
        "Nikkei Inc. No reproduction without permission.",
        "About Us | Site Map | Terms of Use | Privacy Policy",
    ],
    title="Trump and Kim cut Hanoi summit short with no deal",
    source="Nikkei",
    published="2019-02-28",
    dateline="Hanoi",
    excludes=[
        "Politics | Economy | Business | Markets | Tech | Opinion | Life & Arts",
        "Sign up for our newsletters to get the latest on Asia, every weekday.",
        "Nikkei Inc. No reproduction without permission.",
        "About Us | Site Map | Terms of Use | Privacy Policy",
    ],
    envoys=[
        E("Donald Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Kim Yong Chol", "PRK", "vice chairman of the Workers' Party Central Committee"),
        E("Stephen Biegun", "USA", "U.S. special representative for North Korea"),
        E("Kim Hyok Chol", "PRK", "former ambassador to Spain"),
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E("Moon Jae-in", "KOR", "President"),
        E("Nguyen Phu Trong", "VNM", "President"),
    ],
    meetings=[
        M(
            ["Donald Trump", "Kim Jong Un", "Mike Pompeo", "Kim Yong Chol"],
            ["PRK", "USA"],
            "Hanoi",
            "2019-02-27",
            "held",
            "summit",
        ),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "held",
            "summit",
        ),
        M(["Stephen Biegun", "Kim Hyok Chol"], ["PRK", "USA"], "Pyongyang", "2019-02", "held"),
        M(["Stephen Biegun", "Kim Hyok Chol"], ["PRK", "USA"], "Hanoi", "2019-02", "held"),
        M(["Donald Trump", "Shinzo Abe"], ["JPN", "USA"], None, "2019-02-28", "held", "call"),
        M(["Moon Jae-in", "Donald Trump"], ["KOR", "USA"], None, "2019-02-28", "planned", "call"),
        M(
            ["Kim Jong Un", "Nguyen Phu Trong"],
            ["PRK", "VNM"],
            "Hanoi",
            "2019-03-01",
            "planned",
            "summit",
        ),
    ],
)

# ---------------------------------------------------------------- p13 SCMP 2019
add(
    "p13",
    head=[
        "South China Morning Post",
        "News | China | Diplomacy",
        "Xi Jinping wraps up Pyongyang trip with pledge to help address North Korea's 'reasonable concerns'",
        "Chinese leader spends barely 27 hours in North Korean capital on first visit by a Chinese president since 2005",
        "Wendy Ho",
        "Published: 6:00pm, 21 Jun, 2019",
        "Updated: 10:21pm, 21 Jun, 2019",
        "Chinese President Xi Jinping and North Korean leader Kim Jong-un at Pyongyang airport on Friday. Photo: Xinhua",
        "Chinese President Xi Jinping and North Korean leader Kim Jong-un at Pyongyang airport on Friday. Photo: Xinhua",
    ],
    lead="",
    paras=[
        'Chinese President Xi Jinping left Pyongyang on Friday after a two-day state visit in which he told North Korean leader Kim Jong-un that Beijing was willing to help address the North\'s "reasonable security and development concerns", according to state broadcaster CCTV.',
        "Xi, accompanied by his wife Peng Liyuan, was met at the airport on Thursday by Kim and his wife Ri Sol-ju. The two leaders held talks that afternoon at the Kumsusan State Guesthouse, where Xi was staying, and in the evening watched a mass gymnastics performance at the May Day Stadium. On Friday Kim hosted a luncheon before seeing Xi off.",
        "Foreign Minister Wang Yi and his North Korean counterpart Ri Yong-ho held separate talks on Thursday, a source at the Chinese foreign ministry said, without giving details.",
        "It was the first visit to North Korea by a Chinese leader in 14 years, since Hu Jintao's trip in October 2005.",
        ("x", "Sign up now and get the SCMP Today newsletter delivered to your inbox"),
        "Kim has travelled to China four times since March last year, most recently in January, when he and Xi met in Beijing on the eve of his 35th birthday. The two leaders have kept up a regular exchange of messages since their first meeting.",
        "Xi is due to meet US President Donald Trump at the G20 summit in Osaka, Japan, next week, and analysts expect the Korean peninsula to be on the table as Washington and Beijing try to patch up a trade war.",
        '"Xi can now tell Trump he has a direct line to Kim," said Zhao Tong, a Beijing-based fellow at the Carnegie-Tsinghua Centre for Global Policy.',
    ],
    tail=[
        "Topics: Xi Jinping, Kim Jong-un, China-North Korea relations",
        "Copyright © 2019 South China Morning Post Publishers Ltd. All rights reserved.",
        "Most Popular",
        "Hong Kong protesters surround police headquarters",
    ],
    title="Xi Jinping wraps up Pyongyang trip with pledge to help address North Korea's 'reasonable concerns'",
    source=None,
    published="2019-06-21",
    dateline=None,
    excludes=[
        "News | China | Diplomacy",
        "Sign up now and get the SCMP Today newsletter delivered to your inbox",
        "Copyright © 2019 South China Morning Post Publishers Ltd. All rights reserved.",
        "Hong Kong protesters surround police headquarters",
    ],
    envoys=[
        E("Xi Jinping", "CHN", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Wang Yi", "CHN", "Foreign Minister"),
        E("Ri Yong-ho", "PRK", None),
        E("Hu Jintao", "CHN", None),
        E("Donald Trump", "USA", "President"),
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
        M(["Wang Yi", "Ri Yong-ho"], ["CHN", "PRK"], "Pyongyang", "2019-06-20", "held"),
        M(["Hu Jintao"], ["CHN", "PRK"], "North Korea", "2005-10", "held", "summit"),
        M(["Kim Jong-un"], ["CHN", "PRK"], "China", None, "held", "summit"),
        M(["Kim Jong-un", "Xi Jinping"], ["CHN", "PRK"], "Beijing", "2019-01", "held", "summit"),
        M(["Xi Jinping", "Donald Trump"], ["CHN", "USA"], "Osaka", "2019-06", "planned", "summit"),
    ],
    channels=[C("exchange of messages", ["CHN", "PRK"], "open")],
)

# ---------------------------------------------------------------- p14 Al Jazeera 2023
add(
    "p14",
    head=[
        "Al Jazeera",
        "News | Middle East | Africa | Asia | US & Canada | Latin America | Europe | Asia Pacific",
        "News|Politics",
        "Putin hosts Kim at Russian spaceport as US warns over arms deal",
        "Russian and North Korean leaders hold talks for hours at Vostochny Cosmodrome in Russia's Far East.",
        "Published On 13 Sep 2023",
        "Save articles to read later and create your own reading list.",
        "Listen to this article",
    ],
    lead="",
    paras=[
        "Russian President Vladimir Putin has welcomed North Korean leader Kim Jong Un to the Vostochny Cosmodrome in Russia's Far East, where the two men held talks for several hours on Wednesday amid Western warnings that Pyongyang could supply Moscow with ammunition for its war in Ukraine.",
        "Kim, who travelled on his armoured train and crossed into Russia at the border station of Khasan on Tuesday, was given a tour of the launch facilities before the talks began. The Kremlin had confirmed the visit only on Monday evening.",
        'Kremlin spokesman Dmitry Peskov said there would be no joint statement and no documents signed. But according to the North\'s state news agency KCNA, Kim invited Putin to visit North Korea "at a convenient time", and Putin accepted.',
        "It was the pair's second summit. They first met in Vladivostok in April 2019, weeks after Kim's talks with then-US President Donald Trump collapsed in Hanoi. Foreign Minister Sergey Lavrov and his North Korean counterpart Choe Son Hui also met on the sidelines on Wednesday, and Lavrov is expected to travel to Pyongyang in October.",
        "Defence Minister Sergei Shoigu led a Russian delegation to Pyongyang in July for the 70th anniversary of the end of the Korean War, where Kim personally showed him the country's newest ballistic missiles.",
        ("x", "Keep reading"),
        ("x", "list of 4 items"),
        "In Washington, State Department spokesman Matthew Miller said any arms transfer from North Korea to Russia would violate UN Security Council resolutions and that the US would not hesitate to impose new sanctions.",
    ],
    tail=[
        "Source: Al Jazeera and news agencies",
        "Sign up for Al Jazeera",
        "Weekly Newsletter",
        "Follow Al Jazeera English:",
        "© 2023 Al Jazeera Media Network",
    ],
    title="Putin hosts Kim at Russian spaceport as US warns over arms deal",
    source="Al Jazeera and news agencies",
    published="2023-09-13",
    dateline=None,
    excludes=[
        "News | Middle East | Africa | Asia | US & Canada | Latin America | Europe | Asia Pacific",
        "Save articles to read later and create your own reading list.",
        "list of 4 items",
        "Follow Al Jazeera English:",
        "© 2023 Al Jazeera Media Network",
    ],
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Dmitry Peskov", "RUS", "Kremlin spokesman"),
        E("Donald Trump", "USA", "President"),
        E("Sergey Lavrov", "RUS", "Foreign Minister"),
        E("Choe Son Hui", "PRK", None),
        E("Sergei Shoigu", "RUS", "Defence Minister"),
        E("Matthew Miller", "USA", "State Department spokesman"),
    ],
    meetings=[
        M(
            ["Vladimir Putin", "Kim Jong Un"],
            ["PRK", "RUS"],
            "Vostochny Cosmodrome",
            "2023-09-13",
            "held",
            "summit",
        ),
        M(
            ["Vladimir Putin", "Kim Jong Un"],
            ["PRK", "RUS"],
            "North Korea",
            None,
            "planned",
            "summit",
        ),
        M(
            ["Vladimir Putin", "Kim Jong Un"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019-04",
            "held",
            "summit",
        ),
        M(["Kim Jong Un", "Donald Trump"], ["PRK", "USA"], "Hanoi", "2019", "held", "summit"),
        M(
            ["Sergey Lavrov", "Choe Son Hui"],
            ["PRK", "RUS"],
            "Vostochny Cosmodrome",
            "2023-09-13",
            "held",
        ),
        M(["Sergey Lavrov"], ["PRK", "RUS"], "Pyongyang", "2023-10", "planned"),
        M(["Sergei Shoigu", "Kim Jong Un"], ["PRK", "RUS"], "Pyongyang", "2023-07", "held"),
    ],
)

# ---------------------------------------------------------------- p15 Sputnik 2024
add(
    "p15",
    head=[
        "Sputnik International",
        "World | Russia | Military | Economy | Analysis | Multimedia",
        "Putin, Kim Sign Comprehensive Strategic Partnership Treaty in Pyongyang",
        "19.06.2024, 14:32 (updated: 15:05 19.06.2024)",
        "© Sputnik / Pool photo",
        "Subscribe",
    ],
    lead="MOSCOW (Sputnik) - ",
    paras=[
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty on comprehensive strategic partnership on Wednesday following talks in Pyongyang, the Kremlin said.",
        "Putin arrived in the North Korean capital in the early hours of Wednesday and was met at the airport by Kim. Negotiations in an expanded format were followed by a one-on-one conversation lasting about two hours at the Kumsusan guest house, Kremlin aide Yury Ushakov told reporters.",
        "According to Ushakov, Putin invited Kim to pay a visit to Moscow. The North Korean leader has not yet responded publicly.",
        "Russian Foreign Minister Sergey Lavrov held separate talks with his North Korean counterpart Choe Son Hui on the sidelines, the Russian Foreign Ministry said.",
        "Kim last traveled to Russia in September, when the two leaders met at the Vostochny spaceport. Putin's only previous visit to Pyongyang was in July 2000, when he held talks with Kim's father, Kim Jong Il.",
        ("x", "Also Read: Russia, DPRK to Boost Trade Turnover - Kremlin"),
        "Later on Wednesday, Putin is set to fly on to Vietnam for a state visit, his first since 2017, and is expected to hold talks with Vietnamese President To Lam on Thursday.",
        "The new treaty replaces the 1961 treaty of friendship signed between the Soviet Union and North Korea, as well as documents signed in 2000 and 2001.",
    ],
    tail=[
        "Sputnik is not responsible for the content of comments. To participate in the discussion, log in or register.",
        "All comments",
        "Show new comments (0)",
        "Trending",
    ],
    title="Putin, Kim Sign Comprehensive Strategic Partnership Treaty in Pyongyang",
    source="Sputnik",
    published="2024-06-19",
    dateline="Moscow",
    excludes=[
        "World | Russia | Military | Economy | Analysis | Multimedia",
        "Also Read: Russia, DPRK to Boost Trade Turnover - Kremlin",
        "Sputnik is not responsible for the content of comments.",
        "Show new comments (0)",
    ],
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Yury Ushakov", "RUS", "Kremlin aide"),
        E("Sergey Lavrov", "RUS", "Foreign Minister"),
        E("Choe Son Hui", "PRK", None),
        E("Kim Jong Il", "PRK", None),
        E("To Lam", "VNM", "President"),
    ],
    meetings=[
        M(
            ["Vladimir Putin", "Kim Jong Un"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2024-06-19",
            "held",
            "summit",
        ),
        M(["Vladimir Putin", "Kim Jong Un"], ["PRK", "RUS"], "Moscow", None, "proposed", "summit"),
        M(["Sergey Lavrov", "Choe Son Hui"], ["PRK", "RUS"], "Pyongyang", "2024-06-19", "held"),
        M(
            ["Kim Jong Un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vostochny spaceport",
            "2023-09",
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
            ["Vladimir Putin", "To Lam"],
            ["RUS", "VNM"],
            "Vietnam",
            "2024-06-20",
            "planned",
            "summit",
        ),
    ],
)

# ---------------------------------------------------------------- p16 RFA 2026 (imagined)
add(
    "p16",
    head=[
        "Radio Free Asia",
        "China | Tibet | Uyghur | North Korea | Vietnam | Cambodia | Myanmar | Laos",
        "KOREA",
        "Japanese, North Korean officials met secretly in Mongolia, sources say",
        "Tokyo declines to confirm the contact, the first in nearly three years.",
        "By Han Seo-yoon for RFA Korean",
        "2026.02.18",
        "FILE PHOTO: Relatives of Japanese abducted by North Korea hold a rally in Tokyo, Nov. 23, 2025. Credit: Kyodo via AP",
    ],
    lead="",
    paras=[
        "Japanese and North Korean government officials held an unpublicized meeting in the Mongolian capital Ulaanbaatar late last month to discuss Japanese citizens abducted by the North decades ago, two sources familiar with the matter told RFA Korean.",
        "The Japanese side was led by a deputy director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, while the North Korean delegation included an official of the Foreign Ministry's Japan department, one of the sources said, asking not to be named because of the sensitivity of the issue.",
        'Chief Cabinet Secretary Minoru Kihara declined to confirm the meeting at a regular press conference on Tuesday, saying only that the government "uses various channels" to deal with Pyongyang.',
        'Prime Minister Sanae Takaichi told parliament in November that she had sounded out the North on a summit with Kim Jong Un and was prepared to meet him "face to face, without preconditions."',
        "The Ulaanbaatar contact, if confirmed, would be the first known meeting between the two governments since officials met in Mongolia in March 2023 and again in Southeast Asia that May, according to Japanese media reports at the time. In March 2024, Kim Yo Jong, the North Korean leader's sister and a senior party official, said Prime Minister Fumio Kishida had asked for a summit, but the North later declared it would reject any contact with Tokyo.",
        "The last Japan-North Korea summit took place in Pyongyang in May 2004, when then-Prime Minister Junichiro Koizumi made his second trip to the city and met Kim Jong Il.",
        "Tokyo has no diplomatic relations with Pyongyang and has mainly passed messages through the two countries' embassies in Beijing, a route that North Korean diplomats have stopped answering since mid-2024, the second source said.",
        "Separately, Elizabeth Salmon, the U.N. special rapporteur on human rights in North Korea, is due to visit Tokyo next week to meet abductees' families and Japanese officials.",
    ],
    tail=[
        "Translated by Claire Shin. Edited by Tom Brenner.",
        "Copyright © 1998-2026, RFA. Used with the permission of Radio Free Asia, 2025 M St. NW, Suite 300, Washington DC 20036.",
        "Related Stories",
        "North Korea rejects Japan's overture, says abduction issue 'resolved'",
    ],
    title="Japanese, North Korean officials met secretly in Mongolia, sources say",
    source="RFA Korean",
    published="2026-02-18",
    dateline=None,
    excludes=[
        "China | Tibet | Uyghur | North Korea | Vietnam | Cambodia | Myanmar | Laos",
        "Copyright © 1998-2026, RFA.",
        "North Korea rejects Japan's overture, says abduction issue 'resolved'",
    ],
    envoys=[
        E("Minoru Kihara", "JPN", "Chief Cabinet Secretary"),
        E("Sanae Takaichi", "JPN", "Prime Minister"),
        E("Kim Jong Un", "PRK", None),
        E("Kim Yo Jong", "PRK", "senior party official"),
        E("Fumio Kishida", "JPN", "Prime Minister"),
        E("Junichiro Koizumi", "JPN", "Prime Minister"),
        E("Kim Jong Il", "PRK", None),
        E("Elizabeth Salmon", None, "U.N. special rapporteur on human rights in North Korea"),
    ],
    meetings=[
        M([], ["JPN", "PRK"], "Ulaanbaatar", "2026-01", "held"),
        M(["Sanae Takaichi", "Kim Jong Un"], ["JPN", "PRK"], None, None, "proposed", "summit"),
        M([], ["JPN", "PRK"], "Mongolia", "2023-03", "held"),
        M([], ["JPN", "PRK"], "Southeast Asia", "2023-05", "held"),
        M(["Fumio Kishida"], ["JPN", "PRK"], None, None, "proposed", "summit"),
        M(
            ["Junichiro Koizumi", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2004-05",
            "held",
            "summit",
        ),
        M(["Elizabeth Salmon"], ["JPN"], "Tokyo", "2026-02", "planned"),
    ],
    channels=[C("embassies in Beijing", ["JPN", "PRK"], "severed", "2024")],
)

# ---------------------------------------------------------------- p17 Reuters 2018 (timeline appended)
add(
    "p17",
    head=[
        " date 2018-09-18",
        "Business | Markets | World | Politics | Tech | Breakingviews | Wealth",
        "World News",
        "UPDATE 3-Moon in Pyongyang for third summit, seeks to revive stalled nuclear talks",
        "Soo-min Park, Josh Keller",
        "5 Min Read",
        "FILE PHOTO: South Korean President Moon Jae-in and North Korean leader Kim Jong Un walk together at the truce village of Panmunjom, South Korea, April 27, 2018. Korea Summit Press Pool/Pool via REUTERS/File Photo",
    ],
    lead="PYONGYANG/SEOUL (Reuters) - ",
    paras=[
        "South Korean President Moon Jae-in arrives in Pyongyang on Tuesday for his third summit with North Korean leader Kim Jong Un, hoping to break a deadlock in nuclear negotiations between Pyongyang and Washington.",
        "Kim and his wife Ri Sol Ju greeted Moon with hugs at Sunan airport, and the two leaders rode through the capital in an open-top car past crowds waving flowers. They held their first round of talks at the headquarters of the ruling Workers' Party in the afternoon, with Moon's national security adviser Chung Eui-yong and intelligence chief Suh Hoon sitting in, and Kim joined by his sister Kim Yo Jong and senior party official Kim Yong Chol.",
        "The leaders will meet again on Wednesday, and South Korean officials said a joint statement could be announced before Moon flies home on Thursday.",
        "Moon's hopes of brokering a deal rest on reviving U.S.-North Korea talks that have stalled since U.S. Secretary of State Mike Pompeo's trip to Pyongyang in July ended with the North accusing him of \"gangster-like\" demands. Pompeo called off a return trip planned for late August after U.S. President Donald Trump said not enough progress was being made.",
        'Trump told reporters last week he had received a "very warm" letter from Kim seeking a second summit, and the White House said it was open to the idea. A source familiar with the matter said Washington had yet to propose a venue.',
        "Inter-Korean ties have moved faster. The two Koreas opened a joint liaison office in the North Korean border city of Kaesong on Friday, the first time they have had staff from both sides working in one building around the clock.",
        "Key dates in inter-Korean summitry:",
        "June 13, 2000 - South Korean President Kim Dae-jung flies to Pyongyang for the first inter-Korean summit with Kim Jong Il.",
        "Oct. 2, 2007 - President Roh Moo-hyun walks across the military demarcation line and travels to Pyongyang for a second summit with Kim Jong Il.",
        "April 27, 2018 - Moon and Kim Jong Un meet in the truce village of Panmunjom and sign the Panmunjom Declaration.",
        "May 26, 2018 - The two leaders hold an unannounced second meeting on the northern side of Panmunjom.",
        "June 12, 2018 - Kim and Trump hold the first U.S.-North Korea summit in Singapore.",
    ],
    tail=[
        "(Reporting by Soo-min Park in Seoul and Josh Keller in Washington; Writing by Nina Carver; Editing by Ian Laird)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Apps  Newsletters  Advertise with Us  Advertising Guidelines  Cookies  Terms of Use  Privacy",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        "© 2018 Reuters. All Rights Reserved.",
    ],
    title="UPDATE 3-Moon in Pyongyang for third summit, seeks to revive stalled nuclear talks",
    source="Reuters",
    published="2018-09-18",
    dateline="Pyongyang/Seoul",
    excludes=[
        "Business | Markets | World | Politics | Tech | Breakingviews | Wealth",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Apps  Newsletters  Advertise with Us  Advertising Guidelines  Cookies  Terms of Use  Privacy",
        "All quotes delayed a minimum of 15 minutes.",
        "© 2018 Reuters. All Rights Reserved.",
    ],
    envoys=[
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Chung Eui-yong", "KOR", "national security adviser"),
        E("Suh Hoon", "KOR", "intelligence chief"),
        E("Kim Yo Jong", "PRK", None),
        E("Kim Yong Chol", "PRK", "senior party official"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Donald Trump", "USA", "President"),
        E("Kim Dae-jung", "KOR", "President"),
        E("Kim Jong Il", "PRK", None),
        E("Roh Moo-hyun", "KOR", "President"),
    ],
    meetings=[
        M(
            [
                "Moon Jae-in",
                "Kim Jong Un",
                "Chung Eui-yong",
                "Suh Hoon",
                "Kim Yo Jong",
                "Kim Yong Chol",
            ],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-09-18",
            "held",
            "summit",
        ),
        M(["Mike Pompeo"], ["PRK", "USA"], "Pyongyang", "2018-07", "held"),
        M(["Mike Pompeo"], ["PRK", "USA"], "Pyongyang", "2018-08", "cancelled"),
        M(["Kim Jong Un", "Donald Trump"], ["PRK", "USA"], None, None, "proposed", "summit"),
        M(
            ["Kim Dae-jung", "Kim Jong Il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2000-06-13",
            "held",
            "summit",
        ),
        M(
            ["Roh Moo-hyun", "Kim Jong Il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2007-10-02",
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
            ["Moon Jae-in", "Kim Jong Un"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-05-26",
            "held",
            "summit",
        ),
        M(
            ["Kim Jong Un", "Donald Trump"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "held",
            "summit",
        ),
    ],
    channels=[
        C("letter", ["PRK", "USA"], "open"),
        C("joint liaison office", ["KOR", "PRK"], "open", "2018-09-14"),
    ],
)

# ---------------------------------------------------------------- p18 The Hindu (PTI) 2018
add(
    "p18",
    head=[
        "The Hindu",
        "Home | News | Opinion | Business | Sport | Entertainment | Life & Style | e-Paper",
        "International",
        "Trump, Kim land in Singapore ahead of historic summit",
        "JUNE 11, 2018 00:12 IST",
        "UPDATED: JUNE 11, 2018 10:47 IST",
        "SHARE ARTICLE   PRINT   A A A",
        "North Korean leader Kim Jong Un is greeted by Singapore's Foreign Minister Vivian Balakrishnan on his arrival at Changi airport. | Photo Credit: AP",
    ],
    lead="SINGAPORE: ",
    paras=[
        "North Korean leader Kim Jong Un and U.S. President Donald Trump flew into Singapore on Sunday ahead of a summit on Tuesday that will be the first ever meeting between a sitting U.S. President and a North Korean leader.",
        "Kim, who arrived on an Air China jet, called on Singapore's Prime Minister Lee Hsien Loong at the Istana on Sunday evening. Mr. Trump landed a few hours later at the Paya Lebar air base and is scheduled to meet Mr. Lee at the Istana on Monday.",
        "The summit will be held at the Capella hotel on the resort island of Sentosa, which has been declared a special event area for the duration.",
        "Officials of the two sides, led by U.S. Ambassador to the Philippines Sung Kim and North Korean Vice Foreign Minister Choe Son Hui, met for a final round of preparatory talks at the Ritz-Carlton hotel on Monday morning, a White House official said. The same teams had held several rounds at the truce village of Panmunjom in late May.",
        "Kim Yong Chol, a top aide to the North Korean leader, met Mr. Trump at the White House on June 1 and handed over a large envelope containing a letter from Kim. Secretary of State Mike Pompeo travelled to Pyongyang in early April and again on May 9, when he brought home three detained Americans.",
        'Mr. Trump told reporters before leaving Canada on Saturday that he would know "within the first minute" whether Kim was serious, and said he could invite Kim to the White House if the talks went well.',
        "India's Minister of State for External Affairs V.K. Singh visited Pyongyang in May, the first ministerial visit from India in nearly two decades, and held talks with Kim Yong Dae, vice-president of the Presidium of the Supreme People's Assembly.",
        "The Ministry of External Affairs in New Delhi said India welcomed the summit and hoped it would lead to peace on the Korean peninsula.",
    ],
    tail=[
        "PTI",
        "Related Topics: World | Singapore | Korea",
        "Printable version | Jun 11, 2018 3:02:17 PM | https://www.thehindu.com/news/international/trump-kim-land-in-singapore/article24131857.ece",
        "© THG PUBLISHING PVT LTD.",
    ],
    title="Trump, Kim land in Singapore ahead of historic summit",
    source="PTI",
    published="2018-06-11",
    dateline="Singapore",
    excludes=[
        "Home | News | Opinion | Business | Sport | Entertainment | Life & Style | e-Paper",
        "SHARE ARTICLE   PRINT   A A A",
        "Related Topics: World | Singapore | Korea",
        "© THG PUBLISHING PVT LTD.",
    ],
    envoys=[
        E("Kim Jong Un", "PRK", "leader"),
        E("Donald Trump", "USA", "President"),
        E("Vivian Balakrishnan", "SGP", "Foreign Minister"),
        E("Lee Hsien Loong", "SGP", "Prime Minister"),
        E("Sung Kim", "USA", "Ambassador to the Philippines"),
        E("Choe Son Hui", "PRK", "Vice Foreign Minister"),
        E("Kim Yong Chol", "PRK", "top aide to the North Korean leader"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("V.K. Singh", "IND", "Minister of State for External Affairs"),
        E(
            "Kim Yong Dae",
            "PRK",
            "vice-president of the Presidium of the Supreme People's Assembly",
        ),
    ],
    meetings=[
        M(
            ["Kim Jong Un", "Donald Trump"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "planned",
            "summit",
        ),
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
        M(["Sung Kim", "Choe Son Hui"], ["PRK", "USA"], "Singapore", "2018-06-11", "held"),
        M(["Sung Kim", "Choe Son Hui"], ["PRK", "USA"], "Panmunjom", "2018-05", "held"),
        M(["Kim Yong Chol", "Donald Trump"], ["PRK", "USA"], "Washington", "2018-06-01", "held"),
        M(["Mike Pompeo"], ["PRK", "USA"], "Pyongyang", "2018-04", "held"),
        M(["Mike Pompeo"], ["PRK", "USA"], "Pyongyang", "2018-05-09", "held"),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "White House",
            None,
            "proposed",
            "summit",
        ),
        M(["V.K. Singh", "Kim Yong Dae"], ["IND", "PRK"], "Pyongyang", "2018-05", "held"),
    ],
)


def render(a):
    story = [p if isinstance(p, str) else p[1] for p in a["paras"]]
    first = a["lead"] + story[0]
    text = "\n".join(a["head"]) + "\n\n" + first + "\n\n" + "\n\n".join(story[1:]) + "\n"
    if a["tail"]:
        text += "\n" + "\n".join(a["tail"]) + "\n"
    return text


def check(a, text):
    names = {e["name"] for e in a["envoys"]}
    for m in a["meetings"]:
        assert set(m["participants"]) <= names, (a["name"], m)
        assert len(m["parties"]) >= 1
    for frag in a["excludes"]:
        assert frag in text, (a["name"], frag)
    for n in names:
        assert n in text, (a["name"], n)
    if a["title"]:
        assert a["title"] in text


for a in ARTICLES:
    text = render(a)
    check(a, text)
    inc = [first_frag(a["paras"][0]), a["last"] or last_frag(a["paras"])]
    for frag in inc:
        assert frag in text, (a["name"], frag)
    (OUT / f"{a['name']}.txt").write_text(text)
    gold = {
        "title": a["title"],
        "source": a["source"],
        "published": a["published"],
        "dateline": a["dateline"],
        "body_includes": inc,
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
