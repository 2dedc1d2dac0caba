"""Write the round-6 probes (p01..p15): pages as scrapers capture them (Wayback toolbar,
AMP cache, aggregator copy, newsletter email, paywall teaser, PDF-to-text brief, Telegram
post, app share, machine translation, ministry press release, parliamentary record,
liveblog, wiki current-events page, regional TV video page, reposted piece).

Each article is one whole page text plus its gold; the two body fragments are given
explicitly and checked to occur in the page. All gold was written before the parser was
run. The wording is my own; events are real or plausible."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import C, E, M

OUT = Path(__file__).resolve().parent
ARTICLES = []
SIX = ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]


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
    channels=(),
    excludes=(),
):
    text = text.strip("\n") + "\n"
    for frag in [first, last, *excludes]:
        assert frag in text, (name, frag)
    if title:
        assert title in text, (name, title)
    ARTICLES.append(
        dict(
            name=name,
            text=text,
            gold={
                "title": title,
                "source": source,
                "published": published,
                "dateline": dateline,
                "body_includes": [first, last],
                "body_excludes": list(excludes),
                "envoys": envoys,
                "meetings": meetings,
                "channels": list(channels),
            },
        )
    )


# ---------------------------------------------------------------- p01 Wayback capture
add(
    "p01",
    """
The Wayback Machine - https://web.archive.org/web/20070215031244/http://www.theage.com.au/news/world/north-korea-to-shut-reactor/2007/02/14/1171405285322.html
INTERNET ARCHIVE
Wayback Machine
http://www.theage.com.au/news/world/north-korea-to-shut-reactor/2007/02/14/1171405285322.html
Go
36 captures
14 Feb 2007 - 22 Sep 2016
JAN	FEB	MAR
15
2006	2007	2008
About this capture
COLLECTED BY
Organization: Alexa Crawls
Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.
TIMESTAMPS
Close
Help

theage.com.au | Home | National | World | Business | Technology | Sport | Entertainment | Travel
You are here: Home > World > Article

North Korea to shut reactor under six-nation deal
February 14, 2007 - 11:38AM
Reuters

Advertisement

BEIJING: North Korea has agreed to shut down its main nuclear reactor within 60 days in return for an initial shipment of 50,000 tonnes of fuel oil, under a deal struck at six-nation talks in the Chinese capital that wound up early on Tuesday after a session running through the night.

The round, which opened last Thursday at the Diaoyutai guesthouse, brought together envoys from the two Koreas, the United States, China, Japan and Russia, and at several points appeared close to collapse over how much energy aid Pyongyang would receive up front.

"This is a good step, it is not the last step," Christopher Hill, the US assistant secretary of state for East Asia, told reporters at his hotel, adding that Washington would begin talks on taking North Korea off its list of state sponsors of terrorism.

North Korea's vice-foreign minister, Kim Kye-gwan, who headed Pyongyang's delegation, gave no public comment, but the North's official KCNA news agency described the accord as a "temporary suspension" that would be followed by compensation.

Wu Dawei, China's vice-foreign minister, who chaired the talks, said the delegations would reconvene in Beijing on March 19, and that China had offered to host a meeting of the six foreign ministers in the city once the reactor at Yongbyon had been sealed and inspectors had returned.

The breakthrough grew out of three days of talks between Hill and Kim in Berlin last month, held alternately at the US and North Korean embassies in the German capital, which officials said had set out the outline of the trade that was finally signed on Tuesday.

Japan's delegate, Kenichiro Sasae, director-general of the foreign ministry's Asian and Oceanian affairs bureau, said he had met his North Korean counterpart, Song Il-ho, on the sidelines on Sunday but that the abduction of Japanese citizens in the 1970s and 1980s remained unresolved, and Tokyo would not pay for the fuel oil until it was.

Hill is expected to fly to Tokyo and then Seoul later this week to brief the allies before returning to Washington.

Advertisement

Email to a friend  |  Printer format  |  Save article
Related coverage
Bush hails deal as 'first step'
Analysis: the cost of 50,000 tonnes
Copyright © 2007. The Age Company Ltd.
Member of the Fairfax Digital network
""",
    title="North Korea to shut reactor under six-nation deal",
    source="Reuters",
    published="2007-02-14",
    dateline="Beijing",
    first="North Korea has agreed to shut down its main nuclear reactor",
    last="Hill is expected to fly to Tokyo and then Seoul",
    excludes=[
        "INTERNET ARCHIVE",
        "About this capture",
        "Alexa Internet has been donating",
        "Email to a friend",
        "Copyright © 2007. The Age Company Ltd.",
    ],
    envoys=[
        E("Christopher Hill", "USA", "assistant secretary of state for East Asia"),
        E("Kim Kye-gwan", "PRK", "vice-foreign minister"),
        E("Wu Dawei", "CHN", "vice-foreign minister"),
        E(
            "Kenichiro Sasae",
            "JPN",
            "director-general of the foreign ministry's Asian and Oceanian affairs bureau",
        ),
        E("Song Il-ho", "PRK", None),
    ],
    meetings=[
        M(
            ["Christopher Hill", "Kim Kye-gwan", "Wu Dawei", "Kenichiro Sasae"],
            SIX,
            "Beijing",
            "2007-02-08",
            "held",
        ),
        M([], SIX, "Beijing", "2007-03-19", "planned"),
        M([], SIX, "Beijing", None, "proposed"),
        M(["Christopher Hill", "Kim Kye-gwan"], ["PRK", "USA"], "Berlin", "2007-01", "held"),
        M(["Kenichiro Sasae", "Song Il-ho"], ["JPN", "PRK"], "Beijing", "2007-02-11", "held"),
        M(["Christopher Hill"], ["JPN", "USA"], "Tokyo", "2007-02", "planned"),
        M(["Christopher Hill"], ["KOR", "USA"], "Seoul", "2007-02", "planned"),
    ],
)

# ---------------------------------------------------------------- p02 Google AMP cache
add(
    "p02",
    """
https://www-straitstimes-com.cdn.ampproject.org/c/s/www.straitstimes.com/asia/east-asia/pompeo-says-kim-agreed-to-inspectors-at-test-site?amp
AMP
☰  The Straits Times
ASIA
Pompeo says Kim agreed to let inspectors into dismantled test site
Published Oct 8, 2018, 5:00 am SGT
SEOUL/PYONGYANG (REUTERS, AFP) - North Korean leader Kim Jong Un agreed to allow international inspectors into the Punggye-ri nuclear test site, which Pyongyang says it has dismantled, when he hosted US Secretary of State Mike Pompeo in the North Korean capital on Sunday (Oct 7), South Korea's presidential office said.
Mr Pompeo, on his fourth trip to Pyongyang this year, spent about two hours with Mr Kim in the morning and then had lunch with him, before flying on to Seoul, where he briefed President Moon Jae-in at the Blue House the same evening.
"We continue to make progress on the agreements made at the Singapore summit," he wrote on Twitter after leaving, posting a photograph of himself shaking hands with Mr Kim in front of a mural.
The two sides agreed to form a working group to settle the date and venue of a second summit between Mr Kim and President Donald Trump "as soon as possible", Ms Heather Nauert, the State Department spokesman, said in a statement.
Mr Stephen Biegun, the new US special representative for North Korea, who travelled with Mr Pompeo, has invited his counterpart, First Vice-Foreign Minister Choe Son Hui, to meet him in Vienna at an early date, Ms Nauert added. The North has not said whether Ms Choe will go.
ADVERTISEMENT
The previous visit, in July, ended badly, with the North's foreign ministry calling US demands "gangster-like" within hours of Mr Pompeo's departure after two days of talks with Mr Kim Yong Chol, the vice-chairman of the ruling party's central committee.
Mr Pompeo stopped in Tokyo on Saturday to meet Prime Minister Shinzo Abe, who asked him to raise the fate of Japanese abductees, and was due in Beijing on Monday for talks with Foreign Minister Wang Yi amid a bruising trade war between Washington and Beijing.
Join ST's Telegram channel and get the latest breaking news delivered to you.
Read 39 comments
TOPICS: NORTH KOREA  US-NK RELATIONS  NUCLEAR
Terms & Conditions | Data Protection Policy | Advertise With Us
SPH Digital News / Copyright © 2018 Singapore Press Holdings Ltd. Co. Regn. No. 198402868E. All rights reserved
""",
    title="Pompeo says Kim agreed to let inspectors into dismantled test site",
    source="REUTERS, AFP",
    published="2018-10-08",
    dateline="Seoul/Pyongyang",
    first="North Korean leader Kim Jong Un agreed to allow international inspectors",
    last="was due in Beijing on Monday for talks with Foreign Minister Wang Yi",
    excludes=[
        "Join ST's Telegram channel",
        "Read 39 comments",
        "Terms & Conditions | Data Protection Policy",
        "Copyright © 2018 Singapore Press Holdings",
    ],
    envoys=[
        E("Kim Jong Un", "PRK", "leader"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Moon Jae-in", "KOR", "President"),
        E("Donald Trump", "USA", "President"),
        E("Heather Nauert", "USA", "State Department spokesman"),
        E("Stephen Biegun", "USA", "special representative for North Korea"),
        E("Choe Son Hui", "PRK", "First Vice-Foreign Minister"),
        E("Kim Yong Chol", "PRK", "vice-chairman of the ruling party's central committee"),
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E("Wang Yi", "CHN", "Foreign Minister"),
    ],
    meetings=[
        M(["Kim Jong Un", "Mike Pompeo"], ["PRK", "USA"], "Pyongyang", "2018-10-07", "held"),
        M(["Mike Pompeo", "Moon Jae-in"], ["KOR", "USA"], "Seoul", "2018-10-07", "held"),
        M(["Kim Jong Un", "Donald Trump"], ["PRK", "USA"], None, None, "planned", "summit"),
        M([], ["PRK", "USA"], "Singapore", None, "held", "summit"),
        M(["Stephen Biegun", "Choe Son Hui"], ["PRK", "USA"], "Vienna", None, "proposed"),
        M(["Mike Pompeo", "Kim Yong Chol"], ["PRK", "USA"], "Pyongyang", "2018-07", "held"),
        M(["Mike Pompeo", "Shinzo Abe"], ["JPN", "USA"], "Tokyo", "2018-10-06", "held"),
        M(["Mike Pompeo", "Wang Yi"], ["CHN", "USA"], "Beijing", "2018-10-08", "planned"),
    ],
)

# ---------------------------------------------------------------- p03 Yahoo News, AFP copy
add(
    "p03",
    """
Yahoo News
Search the web
Sign in
Mail
News  Finance  Sports  Entertainment  Life  Shopping  More...
World
Putin and Kim pledge mutual help as Russian leader visits Pyongyang
AFP
Wed, June 19, 2024 at 9:48 PM GMT+9 · 4 min read
Russian President Vladimir Putin (L) and North Korean leader Kim Jong Un attend a welcoming ceremony at Kim Il Sung Square in Pyongyang (Gavriil GRIGOROV)
Russian President Vladimir Putin (L) and North Korean leader Kim Jong Un attend a welcoming ceremony at Kim Il Sung Square in Pyongyang (Gavriil GRIGOROV)
Vladimir Putin and Kim Jong Un signed a pact on Wednesday committing their countries to help each other if either is attacked, capping a lavish state visit that saw the North Korean leader declare his "full support" for Moscow's war in Ukraine.
The Russian leader touched down at Pyongyang's Sunan airport a little before 3:00 am after a delay, and was met at the foot of the steps by Kim, who then rode with him in a motorcade into the capital, state media footage showed.
After a welcome ceremony in the city's main square, the two men held talks at the Kumsusan state guest house that ran for several hours, first with their delegations and then one-on-one with only interpreters in the room, Kremlin foreign policy adviser Yuri Ushakov told Russian agencies.
Story continues
It is Putin's first trip to the North since July 2000, when he flew in to meet Kim's father and predecessor, Kim Jong Il, a few months after becoming president.
Kim returned the attention last September, travelling by armoured train to the Russian Far East for a summit with Putin that Washington says paved the way for deliveries of North Korean artillery shells and missiles to Russian forces.
North Korean Foreign Minister Choe Son Hui was in Moscow in January for talks with her counterpart Sergei Lavrov, who accompanied Putin this week and was later seen chatting with Choe at a banquet, according to footage released by the Kremlin.
RELATED: Seoul says it will 'review' arms supplies to Ukraine after pact
In Washington, State Department spokesman Matthew Miller said the deepening ties "should be of great concern" to anyone interested in peace on the Korean peninsula.
Putin was due to leave Pyongyang late Wednesday for Vietnam, where he is scheduled to hold talks with President To Lam in Hanoi on Thursday, in a further show that Western efforts to isolate him have limited reach.
burs-oho/ssy
View comments
Terms/Privacy Policy
Privacy Dashboard
About Our Ads
""",
    title="Putin and Kim pledge mutual help as Russian leader visits Pyongyang",
    source="AFP",
    published="2024-06-19",
    dateline=None,
    first="Vladimir Putin and Kim Jong Un signed a pact on Wednesday",
    last="he is scheduled to hold talks with President To Lam in Hanoi on Thursday",
    excludes=[
        "Search the web",
        "News  Finance  Sports  Entertainment",
        "View comments",
        "Terms/Privacy Policy",
        "Privacy Dashboard",
        "About Our Ads",
    ],
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Yuri Ushakov", "RUS", "foreign policy adviser"),
        E("Kim Jong Il", "PRK", None),
        E("Choe Son Hui", "PRK", "Foreign Minister"),
        E("Sergei Lavrov", "RUS", None),
        E("Matthew Miller", "USA", "State Department spokesman"),
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
            "Russian Far East",
            "2023-09",
            "held",
            "summit",
        ),
        M(["Choe Son Hui", "Sergei Lavrov"], ["PRK", "RUS"], "Moscow", "2024-01", "held"),
        M(["Vladimir Putin", "To Lam"], ["RUS", "VNM"], "Hanoi", "2024-06-20", "planned", "summit"),
    ],
)

# ---------------------------------------------------------------- p04 newsletter digest email
add(
    "p04",
    """
From: The Japan Times <newsletters@japantimes.co.jp>
To: reader@example.com
Date: Thu, 15 Feb 2024 06:30:12 +0900
Subject: Asia Briefing: Pyongyang holds a door ajar for Kishida

View this email in your browser

ASIA BRIEFING
Asia Briefing: Pyongyang holds a door ajar for Kishida
The Japan Times

Good morning. North Korea sends a rare conciliatory signal to Tokyo, Japan's economy slips a place in the global rankings, and Indonesia counts its votes.

1. A conditional invitation from Pyongyang
Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un and a vice department director of the ruling party's Central Committee, said late Wednesday that Prime Minister Fumio Kishida could be welcomed in Pyongyang if Tokyo stopped treating the abduction of Japanese nationals as a precondition for ties, in a statement carried by the official KCNA news agency. Kishida told a Lower House committee last Friday that he wanted a summit with Kim Jong Un "without delay" and that his office was working "through various routes," without saying which. Japanese and North Korean officials reportedly met in Bangkok in March and again in Ulaanbaatar in May last year, according to people familiar with the contacts, though neither government has confirmed it. Chief Cabinet Secretary Yoshimasa Hayashi said late Wednesday that Tokyo had noted the statement but that its position on the abductees "has not changed." The last Japanese leader to sit down with a North Korean counterpart was Junichiro Koizumi, who flew to Pyongyang in September 2002 and again in May 2004.
Read more >

2. Japan drops to No. 4
Gross domestic product shrank an annualized 0.4% in October-December, the second straight quarter of contraction, and a weak yen pushed Japan's dollar-denominated economy below Germany's for the first time. Economists expect a rebound in the spring as wage talks conclude.
Read more >

3. Indonesia's vote
Quick counts from Wednesday's election put Defense Minister Prabowo Subianto well ahead of his two rivals, suggesting no runoff will be needed. Official results are due next month.
Read more >

That's it for today. See you tomorrow.

Advertisement
Subscribe to The Japan Times Digital | Gift a subscription
You are receiving this email because you signed up for Asia Briefing.
Manage preferences | Unsubscribe
The Japan Times, Ltd., Ichibancho 2-2, Chiyoda-ku, Tokyo 102-0082
""",
    title="Asia Briefing: Pyongyang holds a door ajar for Kishida",
    source="The Japan Times",
    published="2024-02-15",
    dateline=None,
    first="North Korea sends a rare conciliatory signal to Tokyo",
    last="Official results are due next month.",
    excludes=[
        "View this email in your browser",
        "You are receiving this email because",
        "Manage preferences | Unsubscribe",
        "Subscribe to The Japan Times Digital",
    ],
    envoys=[
        E("Kim Yo Jong", "PRK", "vice department director of the ruling party's Central Committee"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Fumio Kishida", "JPN", "Prime Minister"),
        E("Yoshimasa Hayashi", "JPN", "Chief Cabinet Secretary"),
        E("Junichiro Koizumi", "JPN", None),
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
        M([], ["JPN", "PRK"], "Bangkok", "2023-03", "held"),
        M([], ["JPN", "PRK"], "Ulaanbaatar", "2023-05", "held"),
        M(["Junichiro Koizumi"], ["JPN", "PRK"], "Pyongyang", "2002-09", "held", "summit"),
        M(["Junichiro Koizumi"], ["JPN", "PRK"], "Pyongyang", "2004-05", "held", "summit"),
    ],
)

# ---------------------------------------------------------------- p05 paywall teaser
add(
    "p05",
    """
THE TIMES
Subscribe   Log in
Home  News  World  Comment  Business  Money  Sport  Life & Style  Culture
WORLD | ASIA

North Korea agrees to six-nation talks on nuclear stand-off
Pyongyang drops its demand for one-to-one negotiations with Washington
Richard Lloyd Parry, Tokyo
Friday August 01 2003, 12.00am, The Times

Share
Save

NORTH KOREA has agreed to take part in talks with five other countries on its nuclear weapons programme, Russian and South Korean officials said yesterday, abandoning its insistence that it would negotiate only with the United States.

The talks, which will bring together the two Koreas, the US, China, Japan and Russia, are expected to be held in Beijing later this month. Pyongyang conveyed its acceptance through its embassy in Moscow, and the State Department said that it had also been told through the so-called New York channel, the North's mission to the United Nations.

The decision follows weeks of shuttle diplomacy by China. Dai Bingguo, a Chinese vice-foreign minister, travelled to Pyongyang in mid-July and met Kim Jong-il, the North Korean leader, handing over a letter from President Hu Jintao. In April Beijing brought James Kelly, the US assistant secretary of state for East Asian and Pacific affairs, together with North Korean and Chinese officials for three days of talks in the Chinese capital that ended in recrimination, after the North's delegate, Li Gun, reportedly told Mr Kelly privately that his country already had nuclear weapons.

Officials in Tokyo said that Japan would insist that the fate of

Subscribe to unlock this article
Try 1 month for £1. Cancel any time.
Already a subscriber? Log in

Related articles
Seoul fears Kim's missiles more than his bomb
July 28 2003
Japan weighs sanctions over abductions
July 15 2003
© Times Newspapers Limited 2003. Registered in England No. 894646.
""",
    title="North Korea agrees to six-nation talks on nuclear stand-off",
    source=None,
    published="2003-08-01",
    dateline=None,
    first="NORTH KOREA has agreed to take part in talks with five other countries",
    last="his country already had nuclear weapons.",
    excludes=[
        "Subscribe to unlock this article",
        "Try 1 month for £1. Cancel any time.",
        "Already a subscriber? Log in",
        "Seoul fears Kim's missiles more than his bomb",
        "© Times Newspapers Limited 2003.",
    ],
    envoys=[
        E("Dai Bingguo", "CHN", "vice-foreign minister"),
        E("Kim Jong-il", "PRK", "leader"),
        E("Hu Jintao", "CHN", "President"),
        E("James Kelly", "USA", "assistant secretary of state for East Asian and Pacific affairs"),
        E("Li Gun", "PRK", None),
    ],
    meetings=[
        M([], SIX, "Beijing", "2003-08", "planned"),
        M(["Dai Bingguo", "Kim Jong-il"], ["CHN", "PRK"], "Pyongyang", "2003-07", "held"),
        M(["James Kelly", "Li Gun"], ["CHN", "PRK", "USA"], "Beijing", "2003-04", "held"),
    ],
    channels=[
        C("embassy in Moscow", ["PRK", "RUS"], "open"),
        C("New York channel", ["PRK", "USA"], "open"),
    ],
)

# ---------------------------------------------------------------- p06 PDF-to-text think-tank brief
add(
    "p06",
    """
UI BRIEF
No. 2
2022

Keeping a line open: Sweden as a channel to Pyongyang

Linnea Bergqvist
Analyst, Asia Programme

Published 14 February 2022



Summary
When governments that do not recognise each other need to talk, someone has to carry the
message. For more than four decades Sweden has been one of the few Western states able to do
so in North Korea. This brief reviews how that role has been used since 2018 and what is left of it
after two years of border closures.

Sweden opened its embassy in Pyongyang in 1975, the first Western country to do so, and since
1995 it has acted as protecting power for the United States, handling consular matters for
American citizens in the North.¹ The arrangement remains in force, but it has had to be run from
Stockholm since the last Swedish diplomats left Pyongyang in 2021, when the pandemic made
rotations of staff impossible. The embassy has been unstaffed since then.

UI BRIEF | No. 2 | 2022                                                                           2

The years of hosting
Sweden's practical value showed most clearly in 2018 and 2019. Foreign Minister Ri Yong-ho
spent three days in Stockholm in March 2018 and held talks with his Swedish counterpart, Margot
Wallström, weeks before the Singapore summit.² Kent Härstedt, the government's special
envoy for the Korean Peninsula, made several trips to Pyongyang over the following two years,
usually unannounced.

In January 2019 Stockholm hosted three days of talks, starting on 19 January, at a conference
facility near the capital, bringing together Stephen Biegun, the US special representative for North
Korea, North Korea's vice-foreign minister Choe Son-hui and South Korea's chief nuclear
negotiator Lee Do-hoon.³ In October of the same year the Swedish capital was again the venue,
when Biegun met Kim Myong-gil, a former ambassador to Vietnam, for working-level
negotiations on 5 October that the North Korean side walked out of after one day.⁴

UI BRIEF | No. 2 | 2022                                                                           3

Silence since 2021
Washington has said that messages it began sending to Pyongyang in mid-February 2021,
including through the New York channel, the North's mission to the United Nations, have gone
unanswered.⁵ The government in Stockholm has repeated that it stands ready to host a new round
in Stockholm whenever both sides wish, but no such meeting is in prospect.

Conclusions
Sweden's assets are trust and presence. The first has survived the pandemic; the second has not.
Getting Swedish diplomats back into Pyongyang should be the first priority once the borders
reopen.

___________________
¹ Agreement on consular protection, exchange of notes of 1995.
² Government Offices of Sweden, press release, 17 March 2018.
³ Reuters, 21 January 2019.
⁴ Ministry of Foreign Affairs of the DPRK, statement, 5 October 2019.
⁵ Reuters, 13 March 2021.

UI BRIEF | No. 2 | 2022                                                                           4
Utrikespolitiska institutet · Box 27035 · 102 51 Stockholm · www.ui.se
""",
    title="Keeping a line open: Sweden as a channel to Pyongyang",
    source=None,
    published="2022-02-14",
    dateline=None,
    first="When governments that do not recognise each other need to talk",
    last="should be the first priority once the borders",
    excludes=["UI BRIEF | No. 2 | 2022", "Utrikespolitiska institutet · Box 27035"],
    envoys=[
        E("Ri Yong-ho", "PRK", "Foreign Minister"),
        E("Margot Wallström", "SWE", None),
        E("Kent Härstedt", "SWE", "special envoy for the Korean Peninsula"),
        E("Stephen Biegun", "USA", "special representative for North Korea"),
        E("Choe Son-hui", "PRK", "vice-foreign minister"),
        E("Lee Do-hoon", "KOR", "chief nuclear negotiator"),
        E("Kim Myong-gil", "PRK", "former ambassador to Vietnam"),
    ],
    meetings=[
        M(["Ri Yong-ho", "Margot Wallström"], ["PRK", "SWE"], "Stockholm", "2018-03", "held"),
        M([], ["PRK", "USA"], "Singapore", None, "held", "summit"),
        M(["Kent Härstedt"], ["PRK", "SWE"], "Pyongyang", None, "held"),
        M(
            ["Stephen Biegun", "Choe Son-hui", "Lee Do-hoon"],
            ["KOR", "PRK", "USA"],
            "Stockholm",
            "2019-01-19",
            "held",
        ),
        M(["Stephen Biegun", "Kim Myong-gil"], ["PRK", "USA"], "Stockholm", "2019-10-05", "held"),
        M([], ["PRK", "USA"], "Stockholm", None, "proposed"),
    ],
    channels=[
        C("protecting power", ["PRK", "USA"], "open", "1995"),
        C("embassy in Pyongyang", ["PRK", "SWE"], "severed", "2021"),
        C("New York channel", ["PRK", "USA"], "severed", "2021-02"),
    ],
)

# ---------------------------------------------------------------- p07 Telegram channel post
add(
    "p07",
    """
MFA Russia 🇷🇺
@MFARussia
412 178 subscribers

July 12, 2025

📌 #RussiaDPRK

🇷🇺🇰🇵 On July 12, Foreign Minister of the Russian Federation Sergey Lavrov, who is on an official visit to the Democratic People's Republic of Korea, held talks in Wonsan with Minister of Foreign Affairs of the DPRK Choe Son Hui.

The Russian Minister arrived in Wonsan on July 11 at the invitation of the North Korean side. Ambassador of Russia to the DPRK Alexander Matsegora took part in the talks.

The Ministers discussed the implementation of the agreements reached by President Vladimir Putin and Chairman of State Affairs of the DPRK Kim Jong Un during the summit in Pyongyang in June 2024, including the Treaty on Comprehensive Strategic Partnership, and exchanged views on the situation on the Korean Peninsula and in Ukraine.

Sergey Lavrov and Choe Son Hui noted that this meeting continued the strategic dialogue between the two foreign ministries, the first round of which took place in Moscow in November 2024.

Later the same day Sergey Lavrov was received by Kim Jong Un, to whom he conveyed warm greetings from Vladimir Putin. The Chairman confirmed that the invitation to pay an official visit to Russia remains in force; the timing will be agreed through diplomatic channels.

👁 61.4K   edited 14:27

👍 2.1K  ❤️ 845  🔥 312  🤝 97  🙏 41

💬 213 comments

Forward   Share   Copy link
Join channel
""",
    title=None,
    source=None,
    published="2025-07-12",
    dateline=None,
    first="On July 12, Foreign Minister of the Russian Federation Sergey Lavrov",
    last="the timing will be agreed through diplomatic channels.",
    excludes=[
        "412 178 subscribers",
        "💬 213 comments",
        "Forward   Share   Copy link",
        "Join channel",
    ],
    envoys=[
        E("Sergey Lavrov", "RUS", "Foreign Minister"),
        E("Choe Son Hui", "PRK", "Minister of Foreign Affairs"),
        E("Alexander Matsegora", "RUS", "Ambassador of Russia to the DPRK"),
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "Chairman of State Affairs"),
    ],
    meetings=[
        M(
            ["Sergey Lavrov", "Choe Son Hui", "Alexander Matsegora"],
            ["PRK", "RUS"],
            "Wonsan",
            "2025-07-12",
            "held",
        ),
        M(
            ["Vladimir Putin", "Kim Jong Un"],
            ["PRK", "RUS"],
            "Pyongyang",
            "2024-06",
            "held",
            "summit",
        ),
        M([], ["PRK", "RUS"], "Moscow", "2024-11", "held"),
        M(["Sergey Lavrov", "Kim Jong Un"], ["PRK", "RUS"], "Wonsan", "2025-07-12", "held"),
        M(["Kim Jong Un"], ["PRK", "RUS"], "Russia", None, "proposed", "summit"),
    ],
)

# ---------------------------------------------------------------- p08 mobile app share
add(
    "p08",
    """
Japan Today

Japan, N Korea agree to reopen abduction probe; Tokyo to ease some sanctions
KYODO
May. 30, 2014 06:25 am JST
6 Comments

TOKYO —
North Korea has agreed to reinvestigate the fate of all Japanese nationals it abducted in the 1970s and 1980s, and Japan will lift part of its unilateral sanctions once the new probe gets under way, Prime Minister Shinzo Abe said Thursday.

The deal was struck at three days of talks in the Swedish capital that ended Wednesday, with Junichi Ihara, director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, heading the Japanese side and Song Il Ho, North Korea's ambassador for normalization talks with Japan, leading Pyongyang's delegation.

"This is the first step toward a full resolution," Abe told reporters at his office, adding that his government would keep the families of the abductees informed at each stage.

Under the agreement, Pyongyang will set up a special investigation committee with authority over all state bodies and report its findings to Tokyo. Chief Cabinet Secretary Yoshihide Suga said Japan would ease restrictions on travel and remittances, and allow North Korean ships to dock for humanitarian purposes, after confirming that the committee is up and running.

The Stockholm round followed formal government-level talks in Beijing in late March, the first in about a year and four months, which came shortly after Shigeru and Sakie Yokota were allowed to meet their granddaughter, the daughter of their abducted daughter Megumi, in Mongolia.

The two governments will stay in touch through their embassies in Beijing, and officials said another round could be held in the coming weeks once the committee has been launched.

(C) Copyright 2014 Kyodo News. All rights reserved. No reproduction or republication without written permission.

--
Shared from the Japan Today app
Download on the App Store | Get it on Google Play
Sent from my iPhone
""",
    title="Japan, N Korea agree to reopen abduction probe; Tokyo to ease some sanctions",
    source="KYODO",
    published="2014-05-30",
    dateline="Tokyo",
    first="North Korea has agreed to reinvestigate the fate of all Japanese nationals",
    last="another round could be held in the coming weeks once the committee has been launched.",
    excludes=[
        "(C) Copyright 2014 Kyodo News. All rights reserved.",
        "Shared from the Japan Today app",
        "Download on the App Store | Get it on Google Play",
        "Sent from my iPhone",
    ],
    envoys=[
        E("Shinzo Abe", "JPN", "Prime Minister"),
        E(
            "Junichi Ihara",
            "JPN",
            "director general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Song Il Ho", "PRK", "ambassador for normalization talks with Japan"),
        E("Yoshihide Suga", "JPN", "Chief Cabinet Secretary"),
    ],
    meetings=[
        M(["Junichi Ihara", "Song Il Ho"], ["JPN", "PRK"], "Stockholm", "2014-05-28", "held"),
        M([], ["JPN", "PRK"], "Beijing", "2014-03", "held"),
        M([], ["JPN", "PRK"], None, "2014", "proposed"),
    ],
    channels=[C("embassies in Beijing", ["JPN", "PRK"], "open")],
)

# ---------------------------------------------------------------- p09 machine-translated Korean page
add(
    "p09",
    """
Translated from: Korean   Show original   Options ▼
Yonhap News
All news | politics | North Korea | economy | society | world | culture | sports | entertainment
North Korea

Kim Yeo-jeong "Special envoy dispatch proposal of South side, flatly rejected ... impudent"
Input 2020-06-17 07:32 | Modified 2020-06-17 10:05
Text size   Print   Share

North Korea, "the South side on 15th requested special envoy dispatch through notification"
Reveals Chung Eui-yong · Suh Hoon names ... "has no regard for"

(Seoul = Yonhap News) Reporter Kim Ji-hoon = Kim Yeo-jeong, first vice department director of the Workers' Party of Korea Central Committee, revealed that President Moon Jae-in proposed to dispatch special envoys to the North, and she flatly rejected it.

According to the Korean Central News Agency on the 17th, Kim first vice department director said in a talk that "the South side on the afternoon of the 15th sent a notification that it wants to dispatch to us as special envoys Chung Eui-yong, National Security Office director, and Suh Hoon, National Intelligence Service director, at an early date, and asked that we accept it."

She said "we made clear that we have no intention to accept this impudent proposal," and called the proposal "a tactic that is not to the taste of the situation."

The two men visited Pyongyang as special envoys in March 2018, and met Chairman of the State Affairs Commission Kim Jong-eun, paving the way for the first summit between President Moon and Chairman Kim, at Panmunjom in April 2018. The two leaders met again in Pyongyang in September of the same year.

The North side on the 16th explosively demolished the South-North joint liaison office in Kaesong, which had opened in September 2018. Earlier on the 9th, it cut off all communication lines with the South side, including the hotline between the leaders and the military communication lines, saying it would treat the South as "enemy".

Unification department spokesperson Yeo Sang-ki said at briefing, "It is very regrettable that the North side disclosed unilaterally the special envoy proposal," and added that the government will keep making efforts to resume dialogue.

Cheong Wa Dae senior secretary for public communication Yoon Do-han said "such rude behavior we will not tolerate anymore".

kimjh@yna.co.kr
<Copyright holder (c) Yonhap News Agency, unauthorized reproduction - redistribution prohibited>
2020/06/17 07:32 sent
Report an error   This article was automatically translated. Translation may not be accurate.
Most viewed
1. BTS to hold online concert
2. Corona19 new confirmed 43 people
""",
    title='Kim Yeo-jeong "Special envoy dispatch proposal of South side, flatly rejected ... impudent"',
    source="Yonhap News",
    published="2020-06-17",
    dateline="Seoul",
    first="Kim Yeo-jeong, first vice department director of the Workers' Party of Korea Central Committee",
    last="such rude behavior we will not tolerate anymore",
    excludes=[
        "Translated from: Korean   Show original",
        "All news | politics | North Korea | economy",
        "<Copyright holder (c) Yonhap News Agency",
        "This article was automatically translated.",
        "BTS to hold online concert",
    ],
    envoys=[
        E(
            "Kim Yeo-jeong",
            "PRK",
            "first vice department director of the Workers' Party of Korea Central Committee",
        ),
        E("Moon Jae-in", "KOR", "President"),
        E("Chung Eui-yong", "KOR", "National Security Office director"),
        E("Suh Hoon", "KOR", "National Intelligence Service director"),
        E("Kim Jong-eun", "PRK", "Chairman of the State Affairs Commission"),
        E("Yeo Sang-ki", "KOR", "Unification department spokesperson"),
        E("Yoon Do-han", "KOR", "senior secretary for public communication"),
    ],
    meetings=[
        M(["Chung Eui-yong", "Suh Hoon"], ["KOR", "PRK"], None, None, "proposed"),
        M(
            ["Chung Eui-yong", "Suh Hoon", "Kim Jong-eun"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-03",
            "held",
        ),
        M(
            ["Moon Jae-in", "Kim Jong-eun"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-04",
            "held",
            "summit",
        ),
        M(
            ["Moon Jae-in", "Kim Jong-eun"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-09",
            "held",
            "summit",
        ),
    ],
    channels=[
        C("South-North joint liaison office", ["KOR", "PRK"], "severed", "2020-06-16"),
        C("communication lines", ["KOR", "PRK"], "severed", "2020-06-09"),
    ],
)

# ---------------------------------------------------------------- p10 foreign ministry press release (Mongolia)
add(
    "p10",
    """
MINISTRY OF FOREIGN AFFAIRS OF MONGOLIA
Монгол  |  English
Home  About the Ministry  Foreign Policy  Consular  Media  Contact
Home / Media / News

State Secretary D.Davaasuren holds political consultations in Pyongyang
2019-11-20
Views: 1,204

On 18-19 November 2019, State Secretary of the Ministry of Foreign Affairs of Mongolia D.Davaasuren paid a working visit to the Democratic People's Republic of Korea at the invitation of the Ministry of Foreign Affairs of the DPRK.

During the visit, State Secretary D.Davaasuren co-chaired the regular political consultations between the foreign ministries of the two countries with Vice Minister of Foreign Affairs of the DPRK Pak Myong Guk, and paid a courtesy call on Minister of Foreign Affairs of the DPRK Ri Yong Ho.

The sides noted with satisfaction the exchange of messages between President of Mongolia Kh.Battulga and Chairman of the State Affairs Commission of the DPRK Kim Jong Un on the occasion of national holidays, and exchanged views on trade, education, health and cultural cooperation. The previous round of the consultations was held in Ulaanbaatar in March 2017.

The parties agreed to convene the next session of the Intergovernmental Consultative Committee on Trade, Economic, Scientific and Technical Cooperation in Ulaanbaatar in the first half of 2020.

The Mongolian side reaffirmed its consistent position on the denuclearization of the Korean Peninsula through dialogue and invited a delegation of the DPRK to take part in the sixth Ulaanbaatar Dialogue on Northeast Asian Security, to be held in Ulaanbaatar in June 2020.

During his stay in Pyongyang, State Secretary D.Davaasuren also met with the staff of the Embassy of Mongolia and visited the Kim Il Sung University.

Share   Print
Related news
Foreign Minister receives Ambassador of the Republic of Korea
Mongolia, Japan hold consular consultations
© 2019 Ministry of Foreign Affairs of Mongolia. All rights reserved.
Peace Avenue 7A, Ulaanbaatar 15160, Mongolia
""",
    title="State Secretary D.Davaasuren holds political consultations in Pyongyang",
    source=None,
    published="2019-11-20",
    dateline=None,
    first="On 18-19 November 2019, State Secretary of the Ministry of Foreign Affairs",
    last="also met with the staff of the Embassy of Mongolia and visited the Kim Il Sung University.",
    excludes=[
        "Home  About the Ministry  Foreign Policy",
        "Foreign Minister receives Ambassador of the Republic of Korea",
        "© 2019 Ministry of Foreign Affairs of Mongolia. All rights reserved.",
        "Peace Avenue 7A, Ulaanbaatar 15160",
    ],
    envoys=[
        E("D.Davaasuren", "MNG", "State Secretary of the Ministry of Foreign Affairs"),
        E("Pak Myong Guk", "PRK", "Vice Minister of Foreign Affairs"),
        E("Ri Yong Ho", "PRK", "Minister of Foreign Affairs"),
        E("Kh.Battulga", "MNG", "President"),
        E("Kim Jong Un", "PRK", "Chairman of the State Affairs Commission"),
    ],
    meetings=[
        M(["D.Davaasuren", "Pak Myong Guk"], ["MNG", "PRK"], "Pyongyang", "2019-11-18", "held"),
        M(["D.Davaasuren", "Ri Yong Ho"], ["MNG", "PRK"], "Pyongyang", "2019-11", "held"),
        M([], ["MNG", "PRK"], "Ulaanbaatar", "2017-03", "held"),
        M([], ["MNG", "PRK"], "Ulaanbaatar", "2020", "planned"),
        M([], ["MNG", "PRK"], "Ulaanbaatar", "2020-06", "proposed"),
    ],
    channels=[C("exchange of messages", ["MNG", "PRK"], "open")],
)

# ---------------------------------------------------------------- p11 parliamentary record (Hansard, Lords)
add(
    "p11",
    """
Skip to main content
UK Parliament
Hansard
Commons  Lords  Search  Find debates
Hansard
Lords Chamber
North Korea: Diplomatic Relations
Volume 830: debated on Tuesday 16 May 2023
Download text
Share this debate
Question
3.08pm
Asked by
Lord Alton of Liverpool
To ask His Majesty's Government what steps they are taking to restore a diplomatic presence in Pyongyang.
Share this specific contribution
Link to this contribution
The Minister of State, Foreign, Commonwealth and Development Office (Lord Ahmad of Wimbledon) (Con)
My Lords, the British embassy in Pyongyang has been closed since May 2020, when the DPRK's Covid-19 restrictions made it impossible for us to rotate staff or supply the mission. We have not broken off relations. Our officials continue to engage the DPRK embassy in London, which remains open, and in March the DPRK ambassador, Mr Choe Il, was called in to the Foreign Office following the launch of an intercontinental ballistic missile, when we made clear that such launches violate Security Council resolutions. We will return to Pyongyang as soon as conditions permit, and we have proposed to the DPRK authorities that a small team travel there to assess the state of the embassy compound; we have yet to receive a reply.
Share this specific contribution
Link to this contribution
Lord Alton of Liverpool (CB)
My Lords, I thank the Minister. Given that China now hosts the largest diplomatic presence in Pyongyang, has he raised with Beijing the forced return of North Korean escapees?
Share this specific contribution
Link to this contribution
Lord Ahmad of Wimbledon (Con)
My Lords, we raise the treatment of escapees with China regularly, including at ministerial level. When I met the Republic of Korea's Foreign Minister, Park Jin, in London last November, we discussed how like-minded partners could press Beijing on this, and I will be visiting Seoul later this year, where I expect to take the matter further with our Korean friends.
Share this specific contribution
Link to this contribution
Hansard is a substantially verbatim report of what is said in Parliament.
Parliamentary Copyright. Content available under the Open Parliament Licence.
""",
    title="North Korea: Diplomatic Relations",
    source=None,
    published="2023-05-16",
    dateline=None,
    first="To ask His Majesty's Government what steps they are taking",
    last="where I expect to take the matter further with our Korean friends.",
    excludes=[
        "Skip to main content",
        "Commons  Lords  Search  Find debates",
        "Share this specific contribution",
        "Link to this contribution",
        "Hansard is a substantially verbatim report",
        "Parliamentary Copyright. Content available under the Open Parliament Licence.",
    ],
    envoys=[
        E(
            "Lord Ahmad of Wimbledon",
            "GBR",
            "Minister of State, Foreign, Commonwealth and Development Office",
        ),
        E("Choe Il", "PRK", "ambassador"),
        E("Park Jin", "KOR", "Foreign Minister"),
    ],
    meetings=[
        M(["Choe Il"], ["GBR", "PRK"], "London", "2023-03", "held"),
        M([], ["GBR", "PRK"], "Pyongyang", None, "proposed"),
        M(["Lord Ahmad of Wimbledon", "Park Jin"], ["GBR", "KOR"], "London", "2022-11", "held"),
        M(["Lord Ahmad of Wimbledon"], ["GBR", "KOR"], "Seoul", "2023", "planned"),
    ],
    channels=[
        C("British embassy in Pyongyang", ["GBR", "PRK"], "severed", "2020-05"),
        C("DPRK embassy in London", ["GBR", "PRK"], "open"),
    ],
)

# ---------------------------------------------------------------- p12 liveblog
add(
    "p12",
    """
The Guardian
News  Opinion  Sport  Culture  Lifestyle
World  Europe  US  Americas  Asia  Australia  Middle East  Africa
North Korea
Live
Moon in Pyongyang: Kim hosts South Korean leader for third summit – live
Moon Jae-in is greeted by Kim Jong-un at Sunan airport before the pair hold their first round of talks at the ruling party headquarters
Justin Kwak in Seoul
Tue 18 Sep 2018 11.02 BST
First published on Tue 18 Sep 2018 00.31 BST
Key events
Show key events only
Please turn on JavaScript to use this feature

11.02 BST  19.02 KST
Second round set for Wednesday
Moon and Kim will sit down again at the Paekhwawon state guesthouse on Wednesday morning, Moon's spokesman Kim Eui-kyeom has told reporters in the press centre in Seoul, and the two sides hope to produce a written agreement by lunchtime.

10.05 BST  18.05 KST
First round ends after two hours
The first session of talks at the Workers' party headquarters ended at 5.45pm local time. Chung Eui-yong, Moon's national security adviser, and Suh Hoon, director of the National Intelligence Service, sat in on the South Korean side, with Kim Yong-chol, vice-chairman of the party central committee, and Kim Yo-jong, Kim's sister, across the table.

08.10 BST  16.10 KST
Party leaders miss meeting
A planned meeting between three South Korean party leaders and Kim Yong-nam, the North's nominal head of state, at the Mansudae assembly hall was called off after the South Koreans failed to appear. Seoul officials put it down to a scheduling mix-up; there are no plans to reschedule.

02.12 BST  10.12 KST
Kim greets Moon on the tarmac
Kim and his wife, Ri Sol-ju, waited at the foot of the steps as Moon and his wife, Kim Jung-sook, left the plane. The two leaders embraced, then rode into the city in an open-top car through crowds waving flowers.
Updated at 02.30 BST

00.31 BST  08.31 KST
What we know
Moon left Seoul airport in Seongnam shortly before 9am for the 50-minute flight. This is the third meeting between the two leaders this year, after the summit at Panmunjom on 27 April and a second, hastily arranged encounter on the northern side of the truce village on 26 May. The hotline installed between their offices in April has been tested but, officials concede, never used for a conversation between the leaders. Moon is due to meet Donald Trump in New York next week on the sidelines of the UN general assembly, where he is expected to relay what he hears from Kim.

Topics
North Korea  South Korea  Kim Jong-un  Moon Jae-in
Reuse this content
Comments (214)
Sign up to First Edition, our free daily newsletter
""",
    title="Moon in Pyongyang: Kim hosts South Korean leader for third summit – live",
    source=None,
    published="2018-09-18",
    dateline=None,
    first="Moon and Kim will sit down again at the Paekhwawon state guesthouse on Wednesday morning",
    last="where he is expected to relay what he hears from Kim.",
    excludes=[
        "News  Opinion  Sport  Culture  Lifestyle",
        "Please turn on JavaScript to use this feature",
        "Reuse this content",
        "Comments (214)",
        "Sign up to First Edition, our free daily newsletter",
    ],
    envoys=[
        E("Moon Jae-in", "KOR", None),
        E("Kim Jong-un", "PRK", None),
        E("Kim Eui-kyeom", "KOR", "spokesman"),
        E("Chung Eui-yong", "KOR", "national security adviser"),
        E("Suh Hoon", "KOR", "director of the National Intelligence Service"),
        E("Kim Yong-chol", "PRK", "vice-chairman of the party central committee"),
        E("Kim Yo-jong", "PRK", None),
        E("Kim Yong-nam", "PRK", "nominal head of state"),
        E("Donald Trump", "USA", None),
    ],
    meetings=[
        M(
            ["Moon Jae-in", "Kim Jong-un"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2018-09-19",
            "planned",
            "summit",
        ),
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
        M(["Kim Yong-nam"], ["KOR", "PRK"], "Pyongyang", "2018-09-18", "cancelled"),
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
        M(
            ["Moon Jae-in", "Donald Trump"],
            ["KOR", "USA"],
            "New York",
            "2018-09",
            "planned",
            "summit",
        ),
    ],
    channels=[C("hotline", ["KOR", "PRK"], "open", "2018-04")],
)

# ---------------------------------------------------------------- p13 wiki current-events page
add(
    "p13",
    """
Jump to navigation
Jump to search
Main page
Contents
Current events
Random article
About Wikipedia
Contact us
Donate
Portal:Current events/2019 June 30
From Wikipedia, the free encyclopedia
< June 29	June 30	July 1 >
June 30, 2019 (Sunday)
edit	history	watch
Armed conflicts and attacks
Syrian civil war
Government forces shell villages in the south of Idlib Governorate for a second day, killing at least six civilians, according to a monitoring group. (Al Jazeera)
Disasters and accidents
2019 European heat wave
Temperatures in parts of southern France remain above 40 °C (104 °F); authorities lift some school closures. (France 24)
International relations
North Korea–United States relations
U.S. President Donald Trump meets South Korean President Moon Jae-in at the Blue House in Seoul before travelling to the Korean Demilitarized Zone. (Yonhap)
Trump meets North Korean leader Kim Jong-un at Panmunjom and briefly crosses the Military Demarcation Line, becoming the first sitting U.S. president to set foot in North Korea. The two leaders then hold a 53-minute meeting inside the Freedom House on the southern side. (BBC News)
Trump and Kim agree to designate teams to restart working-level nuclear negotiations within two to three weeks. (Reuters)
Sports
2019 Austrian Grand Prix
Max Verstappen wins the race at the Red Bull Ring ahead of Charles Leclerc. (Formula1.com)
Retrieved from "https://en.wikipedia.org/w/index.php?title=Portal:Current_events/2019_June_30&oldid=904324011"
Categories: Current events pages
This page was last edited on 2 July 2019, at 03:14 (UTC).
Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.
Privacy policy  About Wikipedia  Disclaimers  Contact Wikipedia  Mobile view
""",
    title="Portal:Current events/2019 June 30",
    source=None,
    published="2019-06-30",
    dateline=None,
    first="Government forces shell villages in the south of Idlib Governorate",
    last="Max Verstappen wins the race at the Red Bull Ring ahead of Charles Leclerc.",
    excludes=[
        "Jump to navigation",
        "Random article",
        'Retrieved from "https://en.wikipedia.org',
        "This page was last edited on 2 July 2019",
        "Text is available under the Creative Commons",
        "Privacy policy  About Wikipedia  Disclaimers",
    ],
    envoys=[
        E("Donald Trump", "USA", "President"),
        E("Moon Jae-in", "KOR", "President"),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    meetings=[
        M(["Donald Trump", "Moon Jae-in"], ["KOR", "USA"], "Seoul", "2019-06-30", "held", "summit"),
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Panmunjom",
            "2019-06-30",
            "held",
            "summit",
        ),
        M([], ["PRK", "USA"], None, "2019-07", "planned"),
    ],
)

# ---------------------------------------------------------------- p14 regional TV site with video player
add(
    "p14",
    """
KITV4 Island News
Watch Live   News   Weather   Traffic   Sports   Contests
84° Honolulu
TRENDING: Hurricane Hector  |  Kilauea eruption  |  Rail costs

Remains believed to be US war dead arrive at Hickam from North Korea
Posted: Aug 01, 2018 6:12 PM HST
Updated: Aug 01, 2018 8:40 PM HST
By KITV4 Web Staff

Watch: Honor ceremony for returning remains at Joint Base Pearl Harbor-Hickam
0:00 / 2:14
Closed captions  Autoplay: On
Up next: Thursday's forecast with Kristina

HONOLULU (KITV4) - Fifty-five boxes of remains that North Korea says belong to American servicemen killed in the Korean War arrived at Joint Base Pearl Harbor-Hickam on Wednesday, carried off two C-17 transport planes by honor guards as Vice President Mike Pence looked on.

The handover is the first concrete result of the June 12 summit in Singapore between President Donald Trump and North Korean leader Kim Jong Un, where Kim committed to returning the remains of prisoners of war and those missing in action.

Details were worked out when U.S. and North Korean military officers met at Panmunjom on July 15, the first general officer-level talks between the United Nations Command and the North's army in nine years. Air Force Maj. Gen. Michael Minihan, chief of staff of the United Nations Command, led the U.S. side. Working-level officers from both sides met again at the truce village the next day.

Secretary of State Mike Pompeo had pressed the issue in Pyongyang earlier in July during two days of talks with Kim Yong Chol, vice chairman of the Workers' Party Central Committee.

The talks at the border were arranged over the military line at Panmunjom linking the U.N. Command with the North Korean army, which officials say has been answered regularly since the spring.

The remains were flown out of Wonsan on Friday and received in a brief ceremony at Osan Air Base in South Korea before the trip to Hawaii, where forensic experts at the Defense POW/MIA Accounting Agency will begin the work of identifying them.

Watch: Pence speaks at Hickam ceremony
0:00 / 4:31
Copyright 2018 KITV4. All rights reserved.
Report a typo
More from KITV4
Rail board weighs new cost estimate
Man rescued off Kaena Point
""",
    title="Remains believed to be US war dead arrive at Hickam from North Korea",
    source="KITV4",
    published="2018-08-01",
    dateline="Honolulu",
    first="Fifty-five boxes of remains that North Korea says belong to American servicemen",
    last="will begin the work of identifying them.",
    excludes=[
        "Watch Live   News   Weather   Traffic",
        "TRENDING: Hurricane Hector",
        "Closed captions  Autoplay: On",
        "Up next: Thursday's forecast with Kristina",
        "Copyright 2018 KITV4. All rights reserved.",
        "Rail board weighs new cost estimate",
    ],
    envoys=[
        E("Mike Pence", "USA", "Vice President"),
        E("Donald Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Michael Minihan", "USA", "chief of staff of the United Nations Command"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Kim Yong Chol", "PRK", "vice chairman of the Workers' Party Central Committee"),
    ],
    meetings=[
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "held",
            "summit",
        ),
        M(["Michael Minihan"], ["PRK", "USA"], "Panmunjom", "2018-07-15", "held"),
        M([], ["PRK", "USA"], "Panmunjom", "2018-07-16", "held"),
        M(["Mike Pompeo", "Kim Yong Chol"], ["PRK", "USA"], "Pyongyang", "2018-07", "held"),
    ],
    channels=[C("military line at Panmunjom", ["PRK", "USA"], "open", "2018")],
)

# ---------------------------------------------------------------- p15 reposted piece
add(
    "p15",
    """
Eurasia Review
A Journal of Analysis and News
Home  World News  Analysis  Opinion  Asia  Europe  Middle East  Subscribe

When Albright went to Pyongyang: the summit that almost was
October 24, 2020   Eleanor Marsh   0 Comments
By Eleanor Marsh

Twenty years ago this week, Madeleine Albright became the highest-ranking American official ever to set foot in North Korea. The secretary of state landed in Pyongyang on October 23, 2000 and spent two days in talks with Kim Jong Il, who surprised her delegation by answering detailed questions on missile exports without notes and by taking her to a mass games performance in the May Day Stadium.

Wendy Sherman, the State Department's North Korea policy coordinator, who was at Albright's side throughout, later said the North Korean leader had seemed ready to trade away his long-range missile programme in return for a visit by the American president.

The trip itself was a reply. Earlier that month Vice Marshal Jo Myong Rok, first vice-chairman of North Korea's National Defence Commission, had flown to Washington and, in his uniform, met President Bill Clinton in the Oval Office on October 10, the two sides issuing a joint communique that declared neither had "hostile intent" toward the other.

All of it rode on the momentum of June, when South Korean President Kim Dae-jung and Kim Jong Il held the first inter-Korean summit in Pyongyang from June 13. Much of the groundwork for the American exchanges was laid through the so-called New York channel, the North's mission to the United Nations, which remains the main line between the two governments but which Pyongyang has left largely silent since 2019.

The follow-up did not match the promise. Missile experts led by Robert Einhorn, the assistant secretary of state for nonproliferation, and Jang Chang Chon of the North's foreign ministry met in Kuala Lumpur from November 1 but could not close a deal on verification. Clinton, whom Kim had invited to Pyongyang, weighed the trip through the disputed election count and finally announced on December 28 that he would not go, leaving the matter to his successor.

George W. Bush's team took a harder view. When James Kelly, an assistant secretary of state, travelled to Pyongyang in October 2002, he confronted his hosts with evidence of a secret uranium enrichment programme, and the framework of the 1990s began to unravel.

Donald Trump's three meetings with Kim Jong Un produced photographs that Albright's visit never did, but not the missile deal that seemed within reach in October 2000.

This article first appeared in The Diplomat.

Share this:
Twitter  Facebook  LinkedIn  Email
Related
North Korea's party congress: what to watch
Leave a Reply
Cancel reply
Your email address will not be published. Required fields are marked *
Comment *
Name *
Email *
""",
    title="When Albright went to Pyongyang: the summit that almost was",
    source="The Diplomat",
    published="2020-10-24",
    dateline=None,
    first="Twenty years ago this week, Madeleine Albright became the highest-ranking American official",
    last="but not the missile deal that seemed within reach in October 2000.",
    excludes=[
        "Home  World News  Analysis  Opinion",
        "Twitter  Facebook  LinkedIn  Email",
        "Leave a Reply",
        "Your email address will not be published.",
    ],
    envoys=[
        E("Madeleine Albright", "USA", "secretary of state"),
        E("Kim Jong Il", "PRK", None),
        E("Wendy Sherman", "USA", "North Korea policy coordinator"),
        E(
            "Jo Myong Rok",
            "PRK",
            "first vice-chairman of North Korea's National Defence Commission",
        ),
        E("Bill Clinton", "USA", "President"),
        E("Kim Dae-jung", "KOR", "President"),
        E("Robert Einhorn", "USA", "assistant secretary of state for nonproliferation"),
        E("Jang Chang Chon", "PRK", None),
        E("George W. Bush", "USA", None),
        E("James Kelly", "USA", "assistant secretary of state"),
        E("Donald Trump", "USA", None),
        E("Kim Jong Un", "PRK", None),
    ],
    meetings=[
        M(
            ["Madeleine Albright", "Kim Jong Il", "Wendy Sherman"],
            ["PRK", "USA"],
            "Pyongyang",
            "2000-10-23",
            "held",
        ),
        M(["Jo Myong Rok", "Bill Clinton"], ["PRK", "USA"], "Washington", "2000-10-10", "held"),
        M(
            ["Kim Dae-jung", "Kim Jong Il"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2000-06-13",
            "held",
            "summit",
        ),
        M(
            ["Robert Einhorn", "Jang Chang Chon"],
            ["PRK", "USA"],
            "Kuala Lumpur",
            "2000-11-01",
            "held",
        ),
        M(["Bill Clinton", "Kim Jong Il"], ["PRK", "USA"], "Pyongyang", None, "proposed", "summit"),
        M(["James Kelly"], ["PRK", "USA"], "Pyongyang", "2002-10", "held"),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, None, "held", "summit"),
    ],
    channels=[C("New York channel", ["PRK", "USA"], "severed", "2019")],
)


for a in ARTICLES:
    (OUT / f"{a['name']}.txt").write_text(a["text"])
    (OUT / f"{a['name']}.gold.json").write_text(
        json.dumps(a["gold"], indent=2, ensure_ascii=False) + "\n"
    )
print(
    len(ARTICLES),
    "articles;",
    sum(len(a["gold"]["envoys"]) for a in ARTICLES),
    "envoys;",
    sum(len(a["gold"]["meetings"]) for a in ARTICLES),
    "meetings;",
    sum(len(a["gold"]["channels"]) for a in ARTICLES),
    "channels",
)
