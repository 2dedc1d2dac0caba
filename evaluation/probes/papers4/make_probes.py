"""Write the round-4 newspaper/magazine probes (pNN) and their gold from one table.

All gold was written before the parser was run on any of these texts. The articles are
my own wording about real or plausible events; bylines of reporters and the analysts
quoted are invented. Layout follows articles3/make_probes.py, with one addition: a
paragraph given as ("X", text) is page clutter inside the story (it is printed where it
stands but is not a story paragraph, so the body fragments skip it)."""

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


def last_frag(p):
    sents = re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", p)
    return " ".join(sents[-1].split()[:8]).strip('"')


# ---------------------------------------------------------------- p01 Washington Post 1994
add(
    "p01",
    head=[
        "washingtonpost.com",
        "NEWS | World | Asia/Pacific | Search | Subscribe",
        "",
        "U.S., North Korea Pick Up Nuclear Talks in Geneva After Kim's Death",
        "",
        "By Daniel Hartwell",
        "Washington Post Staff Writer",
        "Saturday, August 6, 1994; Page A14",
    ],
    lead="GENEVA, Aug. 5 -- ",
    paras=[
        "American and North Korean negotiators sat down again on Friday at the North Korean diplomatic mission in this Swiss city, a month after their previous session on Pyongyang's nuclear program was cut short by word of the death of President Kim Il Sung.",
        "The chief American negotiator, Robert L. Gallucci, an assistant secretary of state for political-military affairs, said after the four-hour session that the mood had been \"serious and businesslike.\" His counterpart, Kang Sok Ju, North Korea's first vice minister of foreign affairs, walked past reporters waiting at the mission's gate without comment.",
        "Gallucci and Kang had last met here on July 8, only to break off after a single day when Pyongyang announced that the 82-year-old leader had died of a heart attack.",
        "The round itself was the product of former President Jimmy Carter's private trip to Pyongyang in mid-June, during which Kim Il Sung told him the North would freeze its nuclear program while negotiations went on. Carter also carried back an offer from Kim to meet South Korean President Kim Young Sam.",
        "That meeting, set for July 25 in Pyongyang and meant to be the first ever between the leaders of the two Koreas, was called off after Kim's death. Officials in Seoul said this week that the North's new leadership under Kim Jong Il had given no sign of wanting to set a new date.",
        ("X", "ADVERTISEMENT"),
        '"The son has every reason to keep talking, because talking is what keeps the fuel oil and the light-water reactors on the table," said Thomas Albrecht, a Korea specialist at a Washington research institute. "What nobody knows yet is who in Pyongyang is actually giving the instructions."',
        "Between rounds, the two sides have kept in touch through North Korea's mission to the United Nations, a link American officials call the New York channel.",
        "U.S. officials said the Geneva talks could run through the end of next week. Gallucci is to fly to Seoul and Tokyo on Aug. 15 to brief allied governments on the results.",
    ],
    tail=[
        "© 1994 The Washington Post Company",
        "Most Viewed World Articles",
        "Haiti junta defies new U.N. deadline",
        "Rwanda refugee camps brace for cholera",
    ],
    title="U.S., North Korea Pick Up Nuclear Talks in Geneva After Kim's Death",
    source="Washington Post",
    published="1994-08-06",
    dateline="Geneva",
    envoys=[
        E("Kim Il Sung", "PRK", "President"),
        E(
            "Robert L. Gallucci",
            "USA",
            "assistant secretary of state for political-military affairs",
        ),
        E("Kang Sok Ju", "PRK", "first vice minister of foreign affairs"),
        E("Jimmy Carter", "USA", "former President"),
        E("Kim Young Sam", "KOR", "President"),
        E("Kim Jong Il", "PRK"),
    ],
    meetings=[
        M(["Robert L. Gallucci", "Kang Sok Ju"], ["PRK", "USA"], "Geneva", "1994-08-05", "held"),
        M(["Robert L. Gallucci", "Kang Sok Ju"], ["PRK", "USA"], "Geneva", "1994-07-08", "held"),
        M(["Jimmy Carter", "Kim Il Sung"], ["PRK", "USA"], "Pyongyang", "1994-06", "held"),
        M(
            ["Kim Il Sung", "Kim Young Sam"],
            ["KOR", "PRK"],
            "Pyongyang",
            "1994-07-25",
            "cancelled",
            "summit",
        ),
        M(["Robert L. Gallucci"], ["KOR", "USA"], "Seoul", "1994-08-15", "planned"),
        M(["Robert L. Gallucci"], ["JPN", "USA"], "Tokyo", "1994-08-15", "planned"),
    ],
    channels=[C("New York channel", ["PRK", "USA"], "open")],
    excludes=[
        "NEWS | World | Asia/Pacific | Search | Subscribe",
        "ADVERTISEMENT",
        "© 1994 The Washington Post Company",
        "Most Viewed World Articles",
    ],
)

# ---------------------------------------------------------------- p02 Hankyoreh 2007
add(
    "p02",
    head=[
        " date 2007-08-19",
        "HOME > English Edition > North Korea",
        "Inter-Korean summit pushed back to October over floods in North",
        "Posted on : 2007-08-19 11:02 KST Modified on : 2007-08-19 11:02 KST",
        "By Park Min-hee, Staff Writer",
        "facebook twitter email print",
    ],
    lead="",
    paras=[
        "The second summit between the leaders of South and North Korea, which had been scheduled for Aug. 28-30 in Pyongyang, will instead take place from Oct. 2 to 4 after the North asked for a delay on Saturday, citing heavy flood damage, Cheong Wa Dae said.",
        'Baek Jong-chun, senior presidential secretary for security policy, told reporters that the North had sent a telephone notice through the Panmunjom liaison channel early on Saturday suggesting "early October," and that the South had accepted the new dates within hours.',
        "President Roh Moo-hyun will cross the Military Demarcation Line on foot and travel on by car, Baek said, instead of flying to Pyongyang as Kim Dae-jung did in June 2000, when he met North Korean leader Kim Jong-il in the first summit between the two sides.",
        "Working-level contacts on protocol, security and the press pool were held in Kaesong on Aug. 14 and had been due to resume there on Tuesday. That session has also been put off, with no new date yet, a Unification Ministry official said.",
        "The summit was arranged during two secret trips to Pyongyang by National Intelligence Service Director Kim Man-bok, who met Kim Yang-gon, director of the United Front Department of the North's Workers' Party, on Aug. 2 and again on Aug. 4.",
        ("X", "[Related] Flood toll in North climbs, aid groups say"),
        'Some analysts in Seoul saw the delay as a sign of genuine hardship rather than a tactic. "Pyongyang cannot stage a grand welcome while whole counties are under water," said Yoon Sang-ho, a professor of North Korean studies at a Seoul university. "Pushing it to October also puts the meeting closer to the end of the six-party process\'s current phase."',
        "The government plans to offer emergency flood relief through the Red Cross this week, officials said.",
    ],
    tail=[
        "ⓒ The Hankyoreh: Council of the Hankyoreh. All rights reserved.",
        "Most viewed articles",
        "1. Samsung chairman questioned again over slush fund",
        "2. Monsoon rains leave 12 dead in Gangwon",
    ],
    title="Inter-Korean summit pushed back to October over floods in North",
    source=None,
    published="2007-08-19",
    dateline=None,
    envoys=[
        E("Baek Jong-chun", "KOR", "senior presidential secretary for security policy"),
        E("Roh Moo-hyun", "KOR", "President"),
        E("Kim Dae-jung", "KOR"),
        E("Kim Jong-il", "PRK", "leader"),
        E("Kim Man-bok", "KOR", "National Intelligence Service Director"),
        E(
            "Kim Yang-gon",
            "PRK",
            "director of the United Front Department of the North's Workers' Party",
        ),
    ],
    meetings=[
        M(
            ["Roh Moo-hyun", "Kim Jong-il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2007-10-02",
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
        M([], ["KOR", "PRK"], "Kaesong", "2007-08-14", "held"),
        M([], ["KOR", "PRK"], "Kaesong", "2007-08-21", "cancelled"),
        M(["Kim Man-bok", "Kim Yang-gon"], ["KOR", "PRK"], "Pyongyang", "2007-08-02", "held"),
        M(["Kim Man-bok", "Kim Yang-gon"], ["KOR", "PRK"], "Pyongyang", "2007-08-04", "held"),
    ],
    channels=[C("Panmunjom liaison channel", ["KOR", "PRK"], "open")],
    excludes=[
        "HOME > English Edition > North Korea",
        "facebook twitter email print",
        "[Related] Flood toll in North climbs, aid groups say",
        "ⓒ The Hankyoreh: Council of the Hankyoreh. All rights reserved.",
        "Most viewed articles",
    ],
)

# ---------------------------------------------------------------- p03 Straits Times 2007
add(
    "p03",
    head=[
        "THE STRAITS TIMES",
        "Home | Singapore | Asia | World | Business | Sport | Opinion",
        "Six-party deal: North Korea to shut reactor in return for fuel aid",
        "Feb 14, 2007",
        "By Lim Wei Ling, China Correspondent",
    ],
    lead="BEIJING - ",
    paras=[
        "North Korea agreed on Tuesday to close its main nuclear reactor within 60 days in return for energy aid, in a deal struck at the end of six-party talks in the Chinese capital that opened last Thursday.",
        "The agreement was read out at the Diaoyutai State Guesthouse by China's chief negotiator, Vice-Foreign Minister Wu Dawei, after a final night of haggling over how much heavy fuel oil the North would receive and when.",
        'Mr Christopher Hill, the US Assistant Secretary of State for East Asian and Pacific Affairs, called it "a very solid step". He said he would sit down with his North Korean counterpart, Vice-Foreign Minister Kim Kye Gwan, in the next few weeks to begin talks on normalising relations, one of five working groups set up under the deal.',
        "The document also commits the foreign ministers of the six countries to meet once the first-phase steps have been carried out.",
        "Much of the groundwork was laid in Berlin last month, where Mr Hill and Mr Kim spent three days in talks at the two countries' embassies, their first substantive bilateral contact outside the six-nation format.",
        ("X", "SEE ALSO: Japan's abductee families vow to keep up pressure"),
        "A separate dispute over US financial sanctions on Macau's Banco Delta Asia, which froze some US$25 million in North Korean funds, is to be settled within 30 days, said Treasury Deputy Assistant Secretary Daniel Glaser, who held talks with North Korean banking officials in Beijing in late January.",
        "Japan, which refuses to give aid until Pyongyang accounts for Japanese citizens its agents kidnapped, kept its distance. Prime Minister Shinzo Abe told reporters in Tokyo that there would be no Japanese fuel without progress on the abductions.",
        '"This is a freeze with a price tag, not disarmament," said Professor Shen Liwei of Fudan University\'s Centre for American Studies. "But compared with where we were after the test in October, it is a real change of direction."',
    ],
    tail=[
        "Get The Straits Times app",
        "Topics: North Korea, Nuclear weapons, China",
        "Copyright 2007 Singapore Press Holdings Ltd. All rights reserved.",
    ],
    title="Six-party deal: North Korea to shut reactor in return for fuel aid",
    source=None,
    published="2007-02-14",
    dateline="Beijing",
    envoys=[
        E("Wu Dawei", "CHN", "Vice-Foreign Minister"),
        E(
            "Christopher Hill",
            "USA",
            "Assistant Secretary of State for East Asian and Pacific Affairs",
        ),
        E("Kim Kye Gwan", "PRK", "Vice-Foreign Minister"),
        E("Daniel Glaser", "USA", "Treasury Deputy Assistant Secretary"),
        E("Shinzo Abe", "JPN", "Prime Minister"),
    ],
    meetings=[
        M(["Wu Dawei", "Christopher Hill", "Kim Kye Gwan"], SIX, "Beijing", "2007-02-08", "held"),
        M(["Christopher Hill", "Kim Kye Gwan"], ["PRK", "USA"], None, "2007", "planned"),
        M([], SIX, None, None, "planned"),
        M(["Christopher Hill", "Kim Kye Gwan"], ["PRK", "USA"], "Berlin", "2007-01", "held"),
        M(["Daniel Glaser"], ["PRK", "USA"], "Beijing", "2007-01", "held"),
    ],
    excludes=[
        "Home | Singapore | Asia | World | Business | Sport | Opinion",
        "SEE ALSO: Japan's abductee families vow to keep up pressure",
        "Get The Straits Times app",
        "Copyright 2007 Singapore Press Holdings Ltd. All rights reserved.",
    ],
)
# ---------------------------------------------------------------- p04 New York Times 2009
add(
    "p04",
    head=[
        "Skip to article",
        "World | Asia Pacific",
        "Clinton Wins Release of 2 Journalists After Talks With North Korean Leader",
        "The New York Times",
        "By THOMAS REUBEN",
        "Published: August 5, 2009",
        "SHARE  E-MAIL  PRINT  REPRINTS",
    ],
    lead="SEOUL, South Korea — ",
    paras=[
        "North Korea's leader, Kim Jong-il, pardoned two American television journalists on Wednesday after holding talks on Tuesday with former President Bill Clinton, who flew into Pyongyang that morning on a mission the White House had kept secret until he landed.",
        "The journalists, who had been sentenced in June to 12 years of hard labor for crossing the border from China, left with Mr. Clinton on his chartered plane, the North's official Korean Central News Agency said.",
        "Mr. Clinton was met at the airport by Kim Kye-gwan, the North's first vice foreign minister and veteran nuclear negotiator, and by Yang Hyong-sop, vice president of the Presidium of the Supreme People's Assembly. He then spent more than three hours with Mr. Kim, including a dinner at a state guesthouse.",
        'The news agency said Mr. Clinton had conveyed "a verbal message" from President Obama. The White House denied that, saying the former president had traveled as a private citizen.',
        "Officials said the trip was worked out over several weeks through North Korea's mission to the United Nations, the so-called New York channel, which Washington has used for decades in the absence of diplomatic relations.",
        "Mr. Clinton's trip was the first by a former American president since Jimmy Carter went to Pyongyang in June 1994 and met Kim Il-sung, the current leader's father, at the height of the first nuclear crisis. In October 2000, Secretary of State Madeleine K. Albright held two days of talks with Kim Jong-il in the North Korean capital.",
        "The administration's special representative for North Korea policy, Stephen W. Bosworth, has not been received in Pyongyang since his appointment in February, and the North quit the six-party nuclear talks in April.",
        'Secretary of State Hillary Rodham Clinton, speaking to reporters in Nairobi, said she was "thrilled" but declined to discuss the diplomacy behind the release.',
        '"Pyongyang got the photograph it wanted, a former president sitting across from Kim Jong-il," said Han Seung-woo, a North Korea specialist at a Seoul research institute. "Whether it buys anything more than that depends on what comes through the New York channel next."',
    ],
    tail=[
        "A version of this article appeared in print on August 5, 2009, on page A1 of the New York edition.",
        "Related Coverage",
        "Times Topics: North Korea",
        "MOST POPULAR - WORLD",
        "E-MAILED  BLOGGED  VIEWED",
    ],
    title="Clinton Wins Release of 2 Journalists After Talks With North Korean Leader",
    source="The New York Times",
    published="2009-08-05",
    dateline="Seoul",
    envoys=[
        E("Kim Jong-il", "PRK", "leader"),
        E("Bill Clinton", "USA", "former President"),
        E("Kim Kye-gwan", "PRK", "first vice foreign minister and veteran nuclear negotiator"),
        E(
            "Yang Hyong-sop",
            "PRK",
            "vice president of the Presidium of the Supreme People's Assembly",
        ),
        E("Obama", "USA", "President"),
        E("Jimmy Carter", "USA"),
        E("Kim Il-sung", "PRK"),
        E("Madeleine K. Albright", "USA", "Secretary of State"),
        E("Stephen W. Bosworth", "USA", "special representative for North Korea policy"),
        E("Hillary Rodham Clinton", "USA", "Secretary of State"),
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
        M(["Madeleine K. Albright", "Kim Jong-il"], ["PRK", "USA"], "Pyongyang", "2000-10", "held"),
    ],
    channels=[C("New York channel", ["PRK", "USA"], "open")],
    excludes=[
        "Skip to article",
        "SHARE  E-MAIL  PRINT  REPRINTS",
        "A version of this article appeared in print on August 5, 2009, on page A1 of the New York edition.",
        "MOST POPULAR - WORLD",
        "E-MAILED  BLOGGED  VIEWED",
    ],
)

# ---------------------------------------------------------------- p05 Asahi AJW 2014
add(
    "p05",
    head=[
        "The Asahi Shimbun | Asia & Japan Watch",
        "POLITICS | ASIA & WORLD | SOCIETY | BUSINESS | CULTURE",
        "Pyongyang agrees to reopen abduction probe after Stockholm talks",
        "May 30, 2014",
        "By KENJI HAYASHI/ Staff Writer",
        "Photo/Illutration: Junichi Ihara speaks to reporters after the talks. (Kenji Hayashi)",
    ],
    lead="",
    paras=[
        "North Korea has promised to reopen its investigation into the fate of Japanese citizens abducted by its agents decades ago, Prime Minister Shinzo Abe announced on May 29, after three days of government-level talks in Stockholm.",
        "The talks in the Swedish capital, held from May 26 to 28, were led by Junichi Ihara, director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, and Song Il Ho, North Korea's ambassador for normalization talks with Japan.",
        "In return, Tokyo will ease some of its unilateral sanctions once Pyongyang sets up a special investigation committee with authority over all its state organs.",
        "The two delegations had met in Beijing on March 30 and 31, their first formal talks in more than a year and a half. That round followed an informal contact between Foreign Ministry officials of the two countries in Shenyang, in northeastern China, earlier in March.",
        "Also in mid-March, Shigeru and Sakie Yokota, the parents of abductee Megumi Yokota, were allowed to meet their granddaughter for the first time, in Ulaanbaatar.",
        ("X", "Related News: Abductee families cautiously welcome Stockholm deal"),
        "Pyongyang admitted to abducting 13 Japanese when then Prime Minister Junichiro Koizumi traveled to Pyongyang in September 2002 and met Kim Jong Il. Five of them returned to Japan the following month; the North has said the other eight are dead.",
        "With no diplomatic relations, the two governments have kept in touch through their embassies in Beijing, where much of the groundwork for the Stockholm meeting was done.",
        "Ihara is expected to meet Song again in early July to confirm the makeup of the committee, according to government sources. The venue has not been decided.",
        'Foreign Minister Fumio Kishida told reporters that Japan would "watch closely whether the investigation is genuine."',
        '"The North wants sanctions relief and a channel to Tokyo that does not depend on Washington," said Tomoko Sugita, an expert on Korean affairs at a private university in Tokyo. "That gives Japan leverage, but only for as long as the committee actually works."',
    ],
    tail=[
        "ABOUT THIS ARTICLE",
        "Related News",
        "Copyright © The Asahi Shimbun Company. All rights reserved. No reproduction or republication without written permission.",
    ],
    title="Pyongyang agrees to reopen abduction probe after Stockholm talks",
    source=None,
    published="2014-05-30",
    dateline=None,
    envoys=[
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E(
            "Junichi Ihara",
            "JPN",
            "director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Song Il Ho", "PRK", "ambassador for normalization talks with Japan"),
        E("Junichiro Koizumi", "JPN", "Prime Minister"),
        E("Kim Jong Il", "PRK"),
        E("Fumio Kishida", "JPN", "Foreign Minister"),
    ],
    meetings=[
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Stockholm", "2014-05-26", "held"),
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Beijing", "2014-03-30", "held"),
        M([], ["JPN", "PRK"], "Shenyang", "2014-03", "held"),
        M(
            ["Junichiro Koizumi", "Kim Jong Il"],
            ["JPN", "PRK"],
            "Pyongyang",
            "2002-09",
            "held",
            "summit",
        ),
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], None, "2014-07", "planned"),
    ],
    channels=[C("embassies in Beijing", ["JPN", "PRK"], "open")],
    excludes=[
        "POLITICS | ASIA & WORLD | SOCIETY | BUSINESS | CULTURE",
        "Related News: Abductee families cautiously welcome Stockholm deal",
        "ABOUT THIS ARTICLE",
        "Copyright © The Asahi Shimbun Company. All rights reserved. No reproduction or republication without written permission.",
    ],
)
# ---------------------------------------------------------------- p06 38 North 2018
add(
    "p06",
    head=[
        "38 NORTH",
        "Informed Analysis of North Korea",
        "Analysis  Satellite Imagery  Commentary  Podcast  About  Donate",
        "From PyeongChang to Panmunjom: Reading Seoul's Envoy Diplomacy",
        "BY JONATHAN MERCER | MARCH 12, 2018",
        "Print  Email  Share",
    ],
    lead="",
    paras=[
        "In the space of a week, South Korea's special envoys have turned an Olympic thaw into the promise of two summits.",
        "National Security Office director Chung Eui-yong led a five-member delegation to Pyongyang on March 5, with Suh Hoon as his deputy, and came away from a four-hour dinner with North Korean leader Kim Jong Un holding an agreement for a summit between Kim and President Moon Jae-in at the end of April at the Peace House, on the southern side of Panmunjom.",
        'Three days later Chung was in Washington, standing in the White House driveway to announce that President Donald Trump had accepted Kim\'s invitation to meet "by May." Trump had received the delegation in the Oval Office that afternoon, a day ahead of schedule.',
        "This week the envoys fan out again. Chung was in Beijing on Monday to brief President Xi Jinping and was to go on to Moscow afterwards, while Suh, director of the National Intelligence Service, is due in Tokyo on Tuesday to see Prime Minister Shinzo Abe.",
        ("X", "RELATED: The Olympic Truce and What Comes After"),
        "None of this was conceivable in December. The thaw began with Kim's New Year address and the reopening on January 3 of the Panmunjom hotline, which had been silent since early 2016, followed by high-level talks at the truce village on January 9.",
        'Kim Yo Jong, first vice director of the Workers\' Party Central Committee, then handed Moon a personal letter from her brother at the Blue House in Seoul on February 10, inviting him to visit Pyongyang "at an early date."',
        "Both earlier inter-Korean summits took place in Pyongyang, and both produced declarations that the next government in Seoul set aside. Holding the third on the southern side of the line is a symbolic change worth noting.",
        "The two sides also agreed to install a direct telephone line between the two leaders' offices and to hold a first call over it before the April meeting.",
        "What remains unclear is what Kim has actually offered on denuclearization beyond Chung's account of it. For now, Washington is relying on Seoul's reading of Kim, and it will need its own before May.",
    ],
    tail=[
        "Jonathan Mercer is a nonresident fellow who writes on inter-Korean relations and alliance politics.",
        "Tags: Inter-Korean Relations, US-DPRK Relations, Diplomacy",
        "Stay informed: sign up for the 38 North newsletter",
        "38 North is a program of the US-Korea Institute at SAIS.",
    ],
    title="From PyeongChang to Panmunjom: Reading Seoul's Envoy Diplomacy",
    source=None,
    published="2018-03-12",
    dateline=None,
    envoys=[
        E("Chung Eui-yong", "KOR", "National Security Office director"),
        E("Suh Hoon", "KOR", "director of the National Intelligence Service"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Moon Jae-in", "KOR", "President"),
        E("Donald Trump", "USA", "President"),
        E("Xi Jinping", "CHN", "President"),
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E("Kim Yo Jong", "PRK", "first vice director of the Workers' Party Central Committee"),
    ],
    meetings=[
        M(
            ["Chung Eui-yong", "Suh Hoon", "Kim Jong Un"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-03-05",
            "held",
        ),
        M(
            ["Kim Jong Un", "Moon Jae-in"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-04",
            "planned",
            "summit",
        ),
        M(["Chung Eui-yong", "Donald Trump"], ["KOR", "USA"], "Washington", "2018-03-08", "held"),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, "2018", "planned", "summit"),
        M(["Chung Eui-yong", "Xi Jinping"], ["CHN", "KOR"], "Beijing", "2018-03-12", "held"),
        M(["Chung Eui-yong"], ["KOR", "RUS"], "Moscow", None, "planned"),
        M(["Suh Hoon", "Shinzo Abe"], ["JPN", "KOR"], "Tokyo", "2018-03-13", "planned"),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-01-09", "held"),
        M(["Kim Yo Jong", "Moon Jae-in"], ["KOR", "PRK"], "Seoul", "2018-02-10", "held"),
        M([], ["KOR", "PRK"], "Pyongyang", None, "held", "summit"),
        M([], ["KOR", "PRK"], None, "2018", "planned", "call"),
    ],
    channels=[
        C("Panmunjom hotline", ["KOR", "PRK"], "restored", "2018-01-03"),
        C("direct telephone line", ["KOR", "PRK"], "proposed"),
    ],
    excludes=[
        "Analysis  Satellite Imagery  Commentary  Podcast  About  Donate",
        "Print  Email  Share",
        "RELATED: The Olympic Truce and What Comes After",
        "Tags: Inter-Korean Relations, US-DPRK Relations, Diplomacy",
        "Stay informed: sign up for the 38 North newsletter",
    ],
)
# ---------------------------------------------------------------- p07 Straits Times 2018
add(
    "p07",
    head=[
        "THE STRAITS TIMES",
        "Singapore  Asia  World  Opinion  Life  Business  Sport  Videos  Podcasts",
        "Trump-Kim summit",
        "Kim Jong Un lands in Singapore ahead of summit with Trump",
        "Published Jun 10, 2018, 3:45 pm SGT",
        "Updated Jun 10, 2018, 9:02 pm SGT",
        "Ng Hui Min",
        "Facebook  Twitter  WhatsApp  Telegram",
    ],
    lead="SINGAPORE - ",
    paras=[
        "North Korean leader Kim Jong Un arrived in Singapore on Sunday afternoon (June 10) on an Air China Boeing 747, two days ahead of his summit with US President Donald Trump at the Capella hotel on Sentosa.",
        "He was greeted at Changi Airport by Foreign Minister Vivian Balakrishnan and driven in a long motorcade to the St Regis hotel, before calling on Prime Minister Lee Hsien Loong at the Istana in the evening. Dr Balakrishnan also sat in on the meeting.",
        "Mr Trump was due to land at Paya Lebar Air Base later on Sunday and is scheduled to meet Mr Lee at the Istana on Monday.",
        'The summit was thrown into doubt on May 24, when Mr Trump called it off in a letter to Mr Kim, citing the "tremendous anger and open hostility" of a recent North Korean statement.',
        "It was put back on track after Mr Kim Yong Chol, a vice-chairman of the Workers' Party Central Committee, held talks with US Secretary of State Mike Pompeo in New York on May 31 and the next day delivered a letter from Mr Kim to Mr Trump at the White House in Washington.",
        ("X", "SEE OUR SPECIAL COVERAGE OF THE TRUMP-KIM SUMMIT"),
        "In the meantime, American officials led by Mr Sung Kim, the US ambassador to the Philippines, met North Korean Vice-Foreign Minister Choe Son Hui several times at Panmunjom in the Demilitarised Zone to work on a joint statement, while a team under White House deputy chief of staff Joe Hagin held talks with North Korean officials in Singapore on logistics.",
        '"Singapore has been chosen because both sides trust it to keep things quiet and keep things safe," said Dr Raymond Koh, a senior fellow at a Singapore think-tank. "The harder question is whether the two leaders can agree on what denuclearisation means."',
        'Mr Trump said on Saturday that he would know "within the first minute" whether Mr Kim was serious about a deal.',
    ],
    tail=[
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Topics: TRUMP-KIM SUMMIT  NORTH KOREA  DONALD TRUMP",
        "Copyright 2018 Singapore Press Holdings Ltd. Co. Regn. No. 198402868E. All rights reserved.",
    ],
    title="Kim Jong Un lands in Singapore ahead of summit with Trump",
    source=None,
    published="2018-06-10",
    dateline="Singapore",
    envoys=[
        E("Kim Jong Un", "PRK", "leader"),
        E("Donald Trump", "USA", "President"),
        E("Vivian Balakrishnan", "SGP", "Foreign Minister"),
        E("Lee Hsien Loong", "SGP", "Prime Minister"),
        E("Kim Yong Chol", "PRK", "vice-chairman of the Workers' Party Central Committee"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Sung Kim", "USA", "US ambassador to the Philippines"),
        E("Choe Son Hui", "PRK", "Vice-Foreign Minister"),
        E("Joe Hagin", "USA", "White House deputy chief of staff"),
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
            ["Kim Jong Un", "Lee Hsien Loong", "Vivian Balakrishnan"],
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
        M(["Kim Yong Chol", "Mike Pompeo"], ["PRK", "USA"], "New York", "2018-05-31", "held"),
        M(["Kim Yong Chol", "Donald Trump"], ["PRK", "USA"], "Washington", "2018-06-01", "held"),
        M(["Sung Kim", "Choe Son Hui"], ["PRK", "USA"], "Panmunjom", None, "held"),
        M(["Joe Hagin"], ["PRK", "USA"], "Singapore", None, "held"),
    ],
    channels=[C("letter", ["PRK", "USA"], "open", "2018-05-24")],
    excludes=[
        "Singapore  Asia  World  Opinion  Life  Business  Sport  Videos  Podcasts",
        "Facebook  Twitter  WhatsApp  Telegram",
        "SEE OUR SPECIAL COVERAGE OF THE TRUMP-KIM SUMMIT",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Copyright 2018 Singapore Press Holdings Ltd. Co. Regn. No. 198402868E. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p08 NK News 2019
add(
    "p08",
    head=[
        " date 2019-01-22",
        "NK NEWS",
        "Sign in | Subscribe | NK Pro",
        "U.S., North Korean negotiators wrap up three days of talks outside Stockholm",
        'Swedish foreign ministry says discussions focused on "confidence building" and long-term engagement',
        "Anna Lindqvist January 22, 2019",
    ],
    lead="",
    paras=[
        "U.S. and North Korean negotiators on Monday ended three days of closed-door talks at a conference center on the outskirts of the Swedish capital, in what officials described as the first working-level session between the two sides since last June's summit in Singapore.",
        "The Stockholm talks, which began on Saturday, brought together Stephen Biegun, the U.S. special representative for North Korea, and Choe Son Hui, North Korea's vice foreign minister. Lee Do-hoon, South Korea's special representative for Korean Peninsula peace and security affairs, also took part, making parts of the meeting three-way.",
        'Sweden\'s foreign ministry said in a statement that the discussions had centered on "confidence building, economic development and long-term engagement," but gave no details of any agreement.',
        "The session came a day after Kim Yong Chol, vice chairman of the Workers' Party Central Committee, met President Donald Trump for 90 minutes at the White House on Friday, following a morning of talks with Secretary of State Mike Pompeo at a downtown Washington hotel.",
        'Trump said afterwards that he and North Korean leader Kim Jong Un would meet again "near the end of February," at a place still to be announced. NK News understands that Hanoi and the resort city of Da Nang were both discussed as possible venues in Sweden.',
        ("X", "This article is available to NK News subscribers. Already a member? Log in"),
        "Biegun, appointed in August, had not met his North Korean counterpart in person before the weekend. A meeting between Pompeo and Kim Yong Chol planned for New York in November was called off at short notice.",
        "Sweden has represented U.S. consular interests in North Korea since 1995 through its embassy in Pyongyang, and Swedish diplomats have repeatedly carried messages between the two governments. In March last year, Foreign Minister Ri Yong Ho spent three days in Stockholm for talks with his Swedish counterpart.",
        '"Stockholm offers both sides a place where nothing leaks and nobody is keeping score," said Kristina Berg, a researcher at the Institute for Security and Development Policy. "Whether that produces a text before February is another matter."',
    ],
    tail=[
        "Related: Kim Yong Chol heads to Washington with letter for Trump",
        "Get NK News' daily newsletter",
        "© Korea Risk Group. All rights reserved.",
    ],
    title="U.S., North Korean negotiators wrap up three days of talks outside Stockholm",
    source=None,
    published="2019-01-22",
    dateline=None,
    envoys=[
        E("Stephen Biegun", "USA", "U.S. special representative for North Korea"),
        E("Choe Son Hui", "PRK", "vice foreign minister"),
        E(
            "Lee Do-hoon",
            "KOR",
            "special representative for Korean Peninsula peace and security affairs",
        ),
        E("Kim Yong Chol", "PRK", "vice chairman of the Workers' Party Central Committee"),
        E("Donald Trump", "USA", "President"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Ri Yong Ho", "PRK", "Foreign Minister"),
    ],
    meetings=[
        M(
            ["Stephen Biegun", "Choe Son Hui", "Lee Do-hoon"],
            ["KOR", "PRK", "USA"],
            "Stockholm",
            "2019-01-19",
            "held",
        ),
        M([], ["PRK", "USA"], "Singapore", "2018-06", "held", "summit"),
        M(["Kim Yong Chol", "Donald Trump"], ["PRK", "USA"], "Washington", "2019-01-18", "held"),
        M(["Kim Yong Chol", "Mike Pompeo"], ["PRK", "USA"], "Washington", "2019-01-18", "held"),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, "2019-02", "planned", "summit"),
        M(["Mike Pompeo", "Kim Yong Chol"], ["PRK", "USA"], "New York", "2018-11", "cancelled"),
        M(["Ri Yong Ho"], ["PRK", "SWE"], "Stockholm", "2018-03", "held"),
    ],
    channels=[C("embassy in Pyongyang", ["PRK", "USA"], "open", "1995")],
    excludes=[
        "Sign in | Subscribe | NK Pro",
        "This article is available to NK News subscribers. Already a member? Log in",
        "Get NK News' daily newsletter",
        "© Korea Risk Group. All rights reserved.",
    ],
)
# ---------------------------------------------------------------- p09 Korea Herald 2019
add(
    "p09",
    head=[
        "The Korea Herald",
        "National  Politics  Social Affairs  Foreign Affairs  Defense  North Korea",
        "[News Analysis] Hanoi no-deal leaves Moon's mediator role in question",
        "Published : Mar 1, 2019 - 16:21 Updated : Mar 1, 2019 - 17:40",
        "By Kim Ji-won (jiwon@heraldcorp.com)",
        "A A",
    ],
    lead="",
    paras=[
        "The collapse of the second summit between US President Donald Trump and North Korean leader Kim Jong-un in Hanoi has left President Moon Jae-in facing an awkward question: what is left for a go-between when both principals walk away from the table?",
        "The two-day summit, which opened with a dinner on Wednesday, ended abruptly on Thursday when a planned working lunch and signing ceremony were scrapped.",
        "Trump called Moon from Air Force One on his way home on Thursday and asked him to play a more active role in talking to Kim, Cheong Wa Dae spokesman Kim Eui-kyeom said. Moon will convene a National Security Council meeting on Monday to review the outcome.",
        "In Hanoi, North Korean Foreign Minister Ri Yong-ho called a rare news conference shortly after midnight, insisting that Pyongyang had sought relief from only part of the UN sanctions. Vice Foreign Minister Choe Son-hui, standing beside him, said Kim might have lost his appetite for a deal.",
        "Kim stayed on in Vietnam for an official goodwill visit and was scheduled to hold talks with Vietnamese President Nguyen Phu Trong on Friday afternoon before heading home by train.",
        ("X", "[Most Popular] Samsung unveils foldable phone price for Korea"),
        "At their first meeting in Singapore last June, Trump and Kim signed a loosely worded statement that left the sequence of steps open. Moon had hoped Hanoi would put flesh on it and clear the way for a possible visit to Seoul by Kim, which the two Korean leaders discussed at their September summit in Pyongyang.",
        '"Seoul bet that it could carry messages both ways and get paid in momentum," said Chang Dong-kyu, who served as Seoul\'s deputy chief delegate to the six-party talks. "Now it has to persuade both sides that another round is worth the risk."',
        "Cheong Wa Dae is also considering sending national security adviser Chung Eui-yong to Washington soon to hear the US assessment first-hand, an official said on condition of anonymity.",
    ],
    tail=[
        "[Most Popular]",
        "Kim Jong-un arrives in Hanoi by armored train",
        "Copyright Herald Corporation. All Rights Reserved.",
    ],
    title="[News Analysis] Hanoi no-deal leaves Moon's mediator role in question",
    source=None,
    published="2019-03-01",
    dateline=None,
    envoys=[
        E("Donald Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Eui-kyeom", "KOR", "Cheong Wa Dae spokesman"),
        E("Ri Yong-ho", "PRK", "Foreign Minister"),
        E("Choe Son-hui", "PRK", "Vice Foreign Minister"),
        E("Nguyen Phu Trong", "VNM", "President"),
        E("Chang Dong-kyu", "KOR", "deputy chief delegate to the six-party talks"),
        E("Chung Eui-yong", "KOR", "national security adviser"),
    ],
    meetings=[
        M(["Donald Trump", "Kim Jong-un"], ["PRK", "USA"], "Hanoi", "2019-02-27", "held", "summit"),
        M(["Donald Trump", "Moon Jae-in"], ["KOR", "USA"], None, "2019-02-28", "held", "call"),
        M(
            ["Kim Jong-un", "Nguyen Phu Trong"],
            ["PRK", "VNM"],
            "Vietnam",
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
        M(["Kim Jong-un", "Moon Jae-in"], ["KOR", "PRK"], "Seoul", None, "proposed", "summit"),
        M(["Kim Jong-un", "Moon Jae-in"], ["KOR", "PRK"], "Pyongyang", "2018-09", "held", "summit"),
        M(["Chung Eui-yong"], ["KOR", "USA"], "Washington", None, "proposed"),
    ],
    excludes=[
        "National  Politics  Social Affairs  Foreign Affairs  Defense  North Korea",
        "[Most Popular] Samsung unveils foldable phone price for Korea",
        "Copyright Herald Corporation. All Rights Reserved.",
    ],
)

# ---------------------------------------------------------------- p10 Korea JoongAng Daily 2020
add(
    "p10",
    head=[
        "Korea JoongAng Daily",
        "National > North Korea",
        "North blows up liaison office, rejects Moon's offer of envoys",
        "Wednesday, June 17, 2020",
        "BY LEE HYE-JIN [lee.hyejin@joongang.co.kr]",
    ],
    lead="",
    paras=[
        "North Korea on Tuesday blew up the inter-Korean joint liaison office in its border town of Kaesong, the most visible symbol of the 2018 rapprochement, and on Wednesday rejected an offer by President Moon Jae-in to send special envoys to Pyongyang.",
        'Kim Yo-jong, first vice department director of the Workers\' Party Central Committee, said in a statement carried by the Korean Central News Agency that Moon had proposed on Monday to dispatch national security adviser Chung Eui-yong and National Intelligence Service Director Suh Hoon "at the earliest date," and that the North had "flatly rejected" the idea.',
        "The four-story office opened in September 2018, five months after Moon and North Korean leader Kim Jong-un met at Panmunjom in April that year. Its operations had been suspended since January because of the coronavirus, but officials kept up twice-daily phone calls through it until June 9.",
        'On that day the North cut all of its communication lines with the South, including the hotline between the two leaders\' offices and the military lines on the east and west coasts, saying it would treat the South as an "enemy."',
        ("X", "[JoongAng Photo] Smoke rises over Kaesong industrial complex"),
        "Unification Minister Kim Yeon-chul offered to resign on Wednesday, saying he took responsibility for the deterioration in relations.",
        "Pyongyang's anger has been building since the summit between Kim and U.S. President Donald Trump in Hanoi in February last year ended without a deal. The last inter-Korean summit was held in Pyongyang in September 2018, and Seoul's later proposals for talks went unanswered.",
        '"Blowing up the building is a message that the North no longer needs Seoul as a go-between," said Kwon Tae-yoon, a senior researcher at a private think tank in Seoul. "Rejecting the envoys in public makes the same point twice."',
    ],
    tail=[
        "Log in to leave a comment. Comments are the views of readers, not of the newspaper.",
        "Most Popular",
        "Copyright ⓒ Korea JoongAng Daily. All Rights Reserved.",
    ],
    title="North blows up liaison office, rejects Moon's offer of envoys",
    source=None,
    published="2020-06-17",
    dateline=None,
    envoys=[
        E("Moon Jae-in", "KOR", "President"),
        E(
            "Kim Yo-jong",
            "PRK",
            "first vice department director of the Workers' Party Central Committee",
        ),
        E("Chung Eui-yong", "KOR", "national security adviser"),
        E("Suh Hoon", "KOR", "National Intelligence Service Director"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Kim Yeon-chul", "KOR", "Unification Minister"),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[
        M(["Chung Eui-yong", "Suh Hoon"], ["KOR", "PRK"], "Pyongyang", None, "proposed"),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], "Panmunjom", "2018-04", "held", "summit"),
        M(["Kim Jong-un", "Donald Trump"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
        M([], ["KOR", "PRK"], "Pyongyang", "2018-09", "held", "summit"),
    ],
    channels=[
        C("joint liaison office", ["KOR", "PRK"], "severed", "2020-06-16"),
        C("communication lines", ["KOR", "PRK"], "severed", "2020-06-09"),
    ],
    excludes=[
        "National > North Korea",
        "[JoongAng Photo] Smoke rises over Kaesong industrial complex",
        "Log in to leave a comment. Comments are the views of readers, not of the newspaper.",
        "Copyright ⓒ Korea JoongAng Daily. All Rights Reserved.",
    ],
)
# ---------------------------------------------------------------- p11 Guardian 2024
add(
    "p11",
    head=[
        "The Guardian",
        "News  Opinion  Sport  Culture  Lifestyle",
        "World  Europe  US news  Americas  Asia  Australia  Middle East  Africa",
        "North Korea",
        "Putin hosts North Korea's foreign minister as Moscow and Pyongyang draw closer",
        "Choe Son-hui's visit comes amid western allegations that Pyongyang is supplying Russia with ballistic missiles for use in Ukraine",
        "Helen Marsh in Seoul",
        "Wed 17 Jan 2024 09.12 GMT",
    ],
    lead="",
    paras=[
        "Russia's president, Vladimir Putin, has met North Korea's foreign minister, Choe Son-hui, at the Kremlin, in the latest sign of deepening ties between two countries under heavy western sanctions.",
        "The Kremlin spokesperson, Dmitry Peskov, said on Wednesday that the meeting had taken place on Tuesday evening and that Choe had passed on warm greetings from North Korea's leader, Kim Jong-un.",
        'Earlier on Tuesday Choe held talks in Moscow with the Russian foreign minister, Sergei Lavrov, who said afterwards that the two countries would expand cooperation "in all areas, including sensitive ones".',
        "The visit follows Kim's trip to Russia's far east in September, when he and Putin held talks at the Vostochny cosmodrome in Amur region, and Lavrov's visit to Pyongyang in October, during which he was received by Kim. The two leaders first met in Vladivostok in April 2019.",
        (
            "X",
            "Sign up to First Edition, our free daily newsletter - every weekday morning at 7am GMT",
        ),
        "Peskov said Putin had accepted Kim's invitation to visit North Korea but that no date had yet been set. Putin last went to Pyongyang in 2000, when he met Kim's father, Kim Jong-il.",
        "The United States, South Korea and Japan accuse Pyongyang of shipping artillery shells and short-range ballistic missiles to Russia. The White House national security spokesperson, John Kirby, said this month that Russian forces had already fired North Korean missiles at Ukrainian cities.",
        '"Each visit now produces a little more than the last," said Natalia Orlova, a Korea specialist at a Moscow university. "Pyongyang has become useful to Moscow in a way it has not been since the Soviet era."',
    ],
    tail=[
        "... as you're joining us today from Singapore, we have a small favour to ask.",
        "Support the Guardian",
        "Explore more on these topics: North Korea, Russia, Vladimir Putin, Kim Jong-un, Asia Pacific, news",
        "Share  Reuse this content",
        "Most viewed",
    ],
    title="Putin hosts North Korea's foreign minister as Moscow and Pyongyang draw closer",
    source=None,
    published="2024-01-17",
    dateline=None,
    envoys=[
        E("Vladimir Putin", "RUS", "president"),
        E("Choe Son-hui", "PRK", "foreign minister"),
        E("Dmitry Peskov", "RUS", "Kremlin spokesperson"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Sergei Lavrov", "RUS", "foreign minister"),
        E("Kim Jong-il", "PRK"),
        E("John Kirby", "USA", "White House national security spokesperson"),
    ],
    meetings=[
        M(["Vladimir Putin", "Choe Son-hui"], ["PRK", "RUS"], "Moscow", "2024-01-16", "held"),
        M(["Choe Son-hui", "Sergei Lavrov"], ["PRK", "RUS"], "Moscow", "2024-01-16", "held"),
        M(
            ["Kim Jong-un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vostochny cosmodrome",
            "2023-09",
            "held",
            "summit",
        ),
        M(["Sergei Lavrov", "Kim Jong-un"], ["PRK", "RUS"], "Pyongyang", "2023-10", "held"),
        M(
            ["Kim Jong-un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019-04",
            "held",
            "summit",
        ),
        M(
            ["Vladimir Putin", "Kim Jong-un"],
            ["PRK", "RUS"],
            "North Korea",
            None,
            "planned",
            "summit",
        ),
        M(["Vladimir Putin", "Kim Jong-il"], ["PRK", "RUS"], "Pyongyang", "2000", "held", "summit"),
    ],
    excludes=[
        "News  Opinion  Sport  Culture  Lifestyle",
        "Sign up to First Edition, our free daily newsletter - every weekday morning at 7am GMT",
        "Support the Guardian",
        "Share  Reuse this content",
    ],
)

# ---------------------------------------------------------------- p12 Korea Times 2025
add(
    "p12",
    head=[
        "The Korea Times",
        "Opinion  Politics  North Korea  Economy  Business  Lifestyle  Sports",
        "Seoul proposes military talks with Pyongyang to prevent border clashes",
        "Posted : 2025-11-17 10:40 | Updated : 2025-11-17 15:21",
        "By Jung Min-ah",
        "Print  Email  Facebook  X",
    ],
    lead="",
    paras=[
        "South Korea on Monday proposed military talks with North Korea to agree on a clear reference line along the Military Demarcation Line, after a series of incidents in which North Korean soldiers doing construction work strayed across the border.",
        "Kim Hong-cheol, the defense ministry's deputy minister for policy, said in a televised statement that the talks could be held at the truce village of Panmunjom, with the date and agenda to be worked out between the two militaries.",
        "Because the North has not answered calls on the inter-Korean liaison line or on the military communication lines since April 2023, the ministry conveyed the offer through the media.",
        "The last inter-Korean military talks were general-level talks held at Panmunjom in October 2018, a month after the two Koreas signed a comprehensive military agreement on the sidelines of the Pyongyang summit. Seoul suspended that agreement in full last year.",
        ("X", "Related: North Korea fires ballistic missile into East Sea"),
        'President Lee Jae Myung, who took office in June, has repeatedly offered dialogue without preconditions, and Unification Minister Chung Dong-young has said he is willing to meet his North Korean counterpart "anywhere, any time." Pyongyang has not responded.',
        'The offer also comes weeks after U.S. President Donald Trump visited South Korea late last month, holding a summit with Lee in the city of Gyeongju. Trump said during the trip that he would "love to meet" North Korean leader Kim Jong Un again, possibly in the Demilitarized Zone, but the North did not respond.',
        "Trump last met Kim at the truce village of Panmunjom in June 2019.",
        '"A reference line is a small, technical ask, which is exactly why it is worth trying," said Han Ji-seok, a researcher at the Sejong Institute. "If the North will not even take the phone on this, it will not take it on anything."',
    ],
    tail=[
        "Sign in to comment",
        "Most Read",
        "1. Won slides past 1,470 per dollar",
        "Copyright © Koreatimes.co.kr. All rights reserved.",
    ],
    title="Seoul proposes military talks with Pyongyang to prevent border clashes",
    source=None,
    published="2025-11-17",
    dateline=None,
    envoys=[
        E("Kim Hong-cheol", "KOR", "deputy minister for policy"),
        E("Lee Jae Myung", "KOR", "President"),
        E("Chung Dong-young", "KOR", "Unification Minister"),
        E("Donald Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", "leader"),
    ],
    meetings=[
        M([], ["KOR", "PRK"], "Panmunjom", None, "proposed"),
        M([], ["KOR", "PRK"], "Panmunjom", "2018-10", "held"),
        M([], ["KOR", "PRK"], "Pyongyang", "2018-09", "held", "summit"),
        M(["Chung Dong-young"], ["KOR", "PRK"], None, None, "proposed"),
        M(
            ["Donald Trump", "Lee Jae Myung"],
            ["KOR", "USA"],
            "Gyeongju",
            "2025-10",
            "held",
            "summit",
        ),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Demilitarized Zone",
            None,
            "proposed",
            "summit",
        ),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Panmunjom",
            "2019-06",
            "held",
            "summit",
        ),
    ],
    channels=[
        C("inter-Korean liaison line", ["KOR", "PRK"], "severed", "2023-04"),
        C("military communication lines", ["KOR", "PRK"], "severed", "2023-04"),
    ],
    excludes=[
        "Opinion  Politics  North Korea  Economy  Business  Lifestyle  Sports",
        "Print  Email  Facebook  X",
        "Related: North Korea fires ballistic missile into East Sea",
        "Sign in to comment",
        "Copyright © Koreatimes.co.kr. All rights reserved.",
    ],
)
# ---------------------------------------------------------------- p13 Global Times 2019
add(
    "p13",
    head=[
        "GT",
        "HOME  CHINA  SOURCE  OPINION  WORLD  IN-DEPTH  ARTS  LIFE  SPORT",
        "Xi wraps up 'historic' Pyongyang trip; experts say visit adds momentum to peninsula talks",
        "By Wang Qian and Chen Lu Source: Global Times Published: 2019/6/21 21:48:40",
    ],
    lead="",
    paras=[
        "Chinese President Xi Jinping returned to Beijing on Friday after a two-day state visit to the Democratic People's Republic of Korea (DPRK), during which he held talks with Kim Jong-un, chairman of the Workers' Party of Korea and chairman of the State Affairs Commission of the DPRK.",
        "The two leaders held talks on Thursday afternoon at the Kumsusan Guesthouse in Pyongyang, and Kim later hosted a banquet and a mass gymnastics performance in Xi's honor, the Xinhua News Agency reported.",
        "Kim told Xi that the DPRK wanted to resolve the peninsula issue through dialogue and hoped the relevant parties would meet it halfway, according to Xinhua.",
        "Xi's trip was the first by a Chinese top leader to the DPRK in 14 years, since Hu Jintao's visit to Pyongyang in October 2005. Kim has visited China four times since March 2018, most recently a trip to Beijing in January this year.",
        ("X", "RELATED ARTICLES: China-DPRK friendship enters new era: KCNA"),
        "The visit came four months after the second DPRK-US summit in Hanoi in February ended without an agreement, and as Washington and Pyongyang look for a way back to the table.",
        "Xi is scheduled to meet US President Donald Trump on the sidelines of the G20 summit in Osaka, Japan next week, where the Korean Peninsula issue is expected to come up.",
        'Chinese Foreign Ministry spokesperson Lu Kang told a routine press briefing on Friday that China would "continue to play a constructive role" on the peninsula.',
        '"China has shown that it is a stabilizer, not a bystander," Gao Weiming, a research fellow on Korean Peninsula studies at a Beijing university, told the Global Times on Friday. "Both Pyongyang and Washington now know that the road to a deal runs partly through Beijing."',
    ],
    tail=[
        "Posted in: DIPLOMACY",
        "Global Times Most Popular",
        "Copyright by Global Times Online (www.globaltimes.cn). All rights reserved.",
    ],
    title="Xi wraps up 'historic' Pyongyang trip; experts say visit adds momentum to peninsula talks",
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
        E("Hu Jintao", "CHN"),
        E("Donald Trump", "USA", "President"),
        E("Lu Kang", "CHN", "Foreign Ministry spokesperson"),
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
        M(["Hu Jintao"], ["CHN", "PRK"], "Pyongyang", "2005-10", "held", "summit"),
        M(["Kim Jong-un"], ["CHN", "PRK"], "China", None, "held", "summit"),
        M(["Kim Jong-un"], ["CHN", "PRK"], "Beijing", "2019-01", "held", "summit"),
        M([], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
        M(["Xi Jinping", "Donald Trump"], ["CHN", "USA"], "Osaka", "2019-06", "planned", "summit"),
    ],
    excludes=[
        "HOME  CHINA  SOURCE  OPINION  WORLD  IN-DEPTH  ARTS  LIFE  SPORT",
        "RELATED ARTICLES: China-DPRK friendship enters new era: KCNA",
        "Posted in: DIPLOMACY",
        "Global Times Most Popular",
        "Copyright by Global Times Online (www.globaltimes.cn). All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p14 SCMP 2025
add(
    "p14",
    head=[
        " date 2025-09-05",
        "South China Morning Post",
        "China  Asia  World  Opinion  Economy  Tech  Sport",
        "China / Diplomacy",
        "+ FOLLOW",
        "Kim Jong-un heads home after Beijing talks with Xi and Putin, his first China trip in six years",
        "Lilian Zheng in Beijing",
        "Published: 9:00pm, 5 Sep 2025",
        "Why you can trust SCMP",
    ],
    lead="",
    paras=[
        "North Korean leader Kim Jong-un was travelling home on his armoured train on Friday after a four-day trip to Beijing in which he held talks with both Chinese President Xi Jinping and Russian President Vladimir Putin, North Korean state media reported.",
        "Xi and Kim met at the Great Hall of the People on Thursday, a day after Kim stood with Xi and Putin on the Tiananmen rostrum for a military parade marking the 80th anniversary of the end of the second world war.",
        "On Wednesday afternoon, Kim and Putin held two and a half hours of talks at the Diaoyutai State Guesthouse, where the Russian leader thanked North Korean troops for fighting in the Kursk region and invited Kim to visit Russia.",
        "It was the pair's first meeting since June last year in Pyongyang, when they signed a comprehensive strategic partnership treaty that includes a mutual defence clause.",
        ("X", "Sign up for our China Briefing newsletter"),
        "Kim's previous trip to China was in January 2019, his fourth in ten months. Xi paid a return visit to Pyongyang that June.",
        "Foreign Minister Choe Son-hui, who accompanied Kim, was expected to stay on in Beijing for talks with her counterpart Wang Yi, according to a person familiar with the arrangements.",
        'US President Donald Trump, who has said he would like to meet Kim again this year, wrote on social media that Xi, Putin and Kim were "conspiring" against the United States.',
        '"Beijing wanted the picture of three leaders on one rostrum, but it also wanted Kim in a room without Putin," said Lin Meiyu, a Korea specialist at Nanjing University. "Thursday\'s meeting was about reminding Pyongyang who its oldest partner is."',
    ],
    tail=[
        "More Articles from SCMP",
        "Conversations: Sign in to join the conversation",
        "Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.",
    ],
    title="Kim Jong-un heads home after Beijing talks with Xi and Putin, his first China trip in six years",
    source=None,
    published="2025-09-05",
    dateline=None,
    envoys=[
        E("Kim Jong-un", "PRK", "leader"),
        E("Xi Jinping", "CHN", "President"),
        E("Vladimir Putin", "RUS", "President"),
        E("Choe Son-hui", "PRK", "Foreign Minister"),
        E("Wang Yi", "CHN"),
        E("Donald Trump", "USA", "President"),
    ],
    meetings=[
        M(["Xi Jinping", "Kim Jong-un"], ["CHN", "PRK"], "Beijing", "2025-09-04", "held", "summit"),
        M(
            ["Kim Jong-un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Beijing",
            "2025-09-03",
            "held",
            "summit",
        ),
        M(["Kim Jong-un", "Vladimir Putin"], ["PRK", "RUS"], "Russia", None, "proposed", "summit"),
        M(
            ["Kim Jong-un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2024-06",
            "held",
            "summit",
        ),
        M(["Kim Jong-un"], ["CHN", "PRK"], "China", "2019-01", "held", "summit"),
        M(["Xi Jinping", "Kim Jong-un"], ["CHN", "PRK"], "Pyongyang", "2019-06", "held", "summit"),
        M(["Choe Son-hui", "Wang Yi"], ["CHN", "PRK"], "Beijing", None, "planned"),
        M(["Donald Trump", "Kim Jong-un"], ["PRK", "USA"], None, "2025", "proposed", "summit"),
    ],
    excludes=[
        "China  Asia  World  Opinion  Economy  Tech  Sport",
        "+ FOLLOW",
        "Why you can trust SCMP",
        "Sign up for our China Briefing newsletter",
        "More Articles from SCMP",
        "Conversations: Sign in to join the conversation",
        "Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.",
    ],
)

# ---------------------------------------------------------------- p15 Japan Times 2024
add(
    "p15",
    head=[
        "The Japan Times",
        "NATIONAL / POLITICS & DIPLOMACY",
        "North Korea says it will reject any contact with Japan, dashing Kishida's summit hopes",
        "By Rie Ishikawa",
        "Staff writer",
        "Mar 27, 2024",
        "SHARE",
    ],
    lead="",
    paras=[
        "North Korea will reject any contact or negotiations with Japan, leader Kim Jong Un's powerful sister said Tuesday, dimming Prime Minister Fumio Kishida's hopes of a summit to settle the decades-old issue of Japanese nationals abducted by Pyongyang.",
        "In a statement carried by the state-run Korean Central News Agency, Kim Yo Jong, vice department director of the ruling Workers' Party's Central Committee, said Tokyo had shown it was unwilling to drop the abduction issue as a precondition.",
        'A day earlier she had said that Kishida had recently told Pyongyang "through another channel" that he wanted to meet Kim Jong Un as soon as possible.',
        'Chief Cabinet Secretary Yoshimasa Hayashi told a news conference Wednesday that Japan would keep seeking a summit, adding that some of Kim Yo Jong\'s remarks were "not acceptable."',
        "In February, Kim Yo Jong had raised the possibility that Kishida could one day visit Pyongyang for that summit if Tokyo stopped treating the abductions as an obstacle.",
        ("X", "RELATED STORIES: Families of abductees urge Kishida to act before parents die"),
        "Officials of the two countries reportedly held secret contacts in Mongolia last year, though the government has never confirmed them.",
        "Japan and North Korea have held only two summits, both in Pyongyang, when then-Prime Minister Junichiro Koizumi met Kim Jong Il in September 2002 and again in May 2004. A 2014 agreement under which Pyongyang promised to reinvestigate the abductions fell apart two years later.",
        '"Pyongyang is testing how much Kishida is willing to pay for a meeting," said Kenji Otani, a professor at a university in Tokyo who studies Korean affairs. "Shutting the door in public is part of the bargaining."',
    ],
    tail=[
        "WHAT'S TRENDING",
        "Subscribe to The Japan Times for unlimited access",
        "Join the conversation: comments are moderated and may take time to appear.",
        "Copyright 2024 The Japan Times. All rights reserved.",
    ],
    title="North Korea says it will reject any contact with Japan, dashing Kishida's summit hopes",
    source=None,
    published="2024-03-27",
    dateline=None,
    envoys=[
        E("Kim Jong Un", "PRK", "leader"),
        E("Fumio Kishida", "JPN", "Prime Minister"),
        E(
            "Kim Yo Jong",
            "PRK",
            "vice department director of the ruling Workers' Party's Central Committee",
        ),
        E("Yoshimasa Hayashi", "JPN", "Chief Cabinet Secretary"),
        E("Junichiro Koizumi", "JPN", "Prime Minister"),
        E("Kim Jong Il", "PRK"),
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
        M([], ["JPN", "PRK"], "Mongolia", "2023", "held"),
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
    ],
    channels=[C("another channel", ["JPN", "PRK"], "severed", "2024-03-26")],
    excludes=[
        "NATIONAL / POLITICS & DIPLOMACY",
        "SHARE",
        "RELATED STORIES: Families of abductees urge Kishida to act before parents die",
        "WHAT'S TRENDING",
        "Subscribe to The Japan Times for unlimited access",
        "Join the conversation: comments are moderated and may take time to appear.",
        "Copyright 2024 The Japan Times. All rights reserved.",
    ],
)


def story(paras):
    return [p for p in paras if isinstance(p, str)]


def render(p):
    return p[1] if isinstance(p, tuple) else p


for a in ARTICLES:
    body = [render(p) for p in a["paras"]]
    first = a["lead"] + body[0]
    text = "\n".join(a["head"]) + "\n\n" + first + "\n\n" + "\n\n".join(body[1:]) + "\n"
    if a["tail"]:
        text += "\n" + "\n".join(a["tail"]) + "\n"
    (OUT / f"{a['name']}.txt").write_text(text)
    paras = story(a["paras"])
    gold = {
        "title": a["title"],
        "source": a["source"],
        "published": a["published"],
        "dateline": a["dateline"],
        "body_includes": [first_frag(paras[0]), last_frag(paras[-1])],
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
