"""Write the round-5 probes in the style of Western outlets (pNN) and their gold from one table.

All gold was written before the parser was run on any of these texts. The articles are
my own wording; events are real or plausible, sentences are not copied. Each article is
a list of text blocks (page chrome, headline, byline, story paragraphs, clutter), joined
by blank lines; the two body fragments are named explicitly and checked against the text."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import C, E, M

OUT = Path(__file__).resolve().parent
ARTICLES = []


def add(
    name,
    *,
    blocks,
    first,
    last,
    title,
    source,
    published,
    dateline,
    envoys,
    meetings,
    channels=(),
    excludes=(),
):
    """blocks: the page as scraped, in order; first/last: fragments of the story's first
    and last complete sentences; excludes: chrome lines that are not the story."""
    text = "\n\n".join(blocks) + "\n"
    for frag in [first, last, *excludes]:
        assert frag in text, (name, frag)
    assert title is None or title in text, (name, title)
    ARTICLES.append(
        dict(
            name=name,
            text=text,
            title=title,
            source=source,
            published=published,
            dateline=dateline,
            first=first,
            last=last,
            envoys=envoys,
            meetings=meetings,
            channels=list(channels),
            excludes=list(excludes),
        )
    )


SIX = ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]


# ---------------------------------------------------------------- p01 NYT archive, 1994
add(
    "p01",
    blocks=[
        "Subscribe\nLog In\nToday's Paper\nArchives | 1994",
        "CARTER SAYS KIM IL SUNG OFFERS TO MEET SOUTH KOREAN LEADER",
        "By DAVID E. WINSLOW, Special to The New York Times\nJune 19, 1994",
        "See the article in its original context from\nJune 19, 1994, Section 1, Page 1\nBuy Reprints",
        "SEOUL, South Korea, June 18 -- Former President Jimmy Carter walked back across the "
        "line at Panmunjom on Saturday carrying what he described as a standing offer from "
        "North Korea's President, Kim Il Sung, to meet President Kim Young Sam of South Korea "
        '"anytime and anywhere," a meeting that no leaders of the two Koreas have held since '
        "the peninsula was divided nearly half a century ago.",
        "President Kim Young Sam accepted the offer within hours, after Mr. Carter briefed him "
        "over lunch at the Blue House on Saturday, and his aides said the time and the place "
        "would be left to deputies. Seoul proposed that deputy prime ministers of the two "
        "sides meet in the truce village next week to begin arranging it.",
        "Mr. Carter, who spent Thursday and Friday in long sessions with the 82-year-old North "
        "Korean leader in Pyongyang, said Mr. Kim had also promised to let the two "
        "international inspectors still at the Yongbyon nuclear complex stay on, and not to "
        "refuel the reactor there while negotiations with Washington were under way.",
        '"I don\'t believe he is a man who wants to be cornered," Mr. Carter said at the '
        "American Ambassador's residence, where he spoke to reporters for nearly an hour. "
        '"He told me more than once that he wanted a way out, and that he would take it if '
        'the United States offered one."',
        "The trip was an unusual one. Mr. Carter went as a private citizen, with the "
        "grudging consent of a White House that had been pressing the United Nations "
        "Security Council for sanctions, and on Friday he and his wife were taken on a "
        "cruise down the Taedong River by Mr. Kim, who lectured them on the history of the "
        "city along the banks.",
        "In Washington, President Clinton said carefully that if Pyongyang confirmed the "
        "freeze in writing, the United States would be ready to resume the high-level talks "
        "that have been stalled since last summer. Administration officials said a third "
        "round, with Robert L. Gallucci, an Assistant Secretary of State, again leading the "
        "American side, could open in Geneva early next month.",
        "The second round was held in Geneva last July, when Mr. Gallucci faced North Korea's "
        "First Deputy Foreign Minister, Kang Sok Ju, across the table at the North's mission; "
        "the first had been held in New York the month before. Neither produced more than a "
        "promise to keep talking.",
        'Some officials here remained openly doubtful. "We have been given promises like this '
        'before, and we have paid for them," said a senior official of the Foreign Ministry, '
        "who asked not to be named.",
        "Foreign Minister Han Sung Joo said he would fly to Washington next week to compare "
        "notes with the Administration before any date is set.",
        "About the Archive\nThis is a digitized version of an article from The Times's print "
        "archive, before the start of online publication in 1996. To preserve these articles "
        "as they originally appeared, The Times does not alter, edit or update them.",
        "Order Reprints | Today's Paper | Subscribe",
    ],
    first="Former President Jimmy Carter walked back across the line at Panmunjom",
    last="to compare notes with the Administration before any date is set",
    title="CARTER SAYS KIM IL SUNG OFFERS TO MEET SOUTH KOREAN LEADER",
    source="The New York Times",
    published="1994-06-19",
    dateline="Seoul",
    excludes=["About the Archive", "Order Reprints | Today's Paper | Subscribe", "Buy Reprints"],
    envoys=[
        E("Jimmy Carter", "USA", "Former President"),
        E("Kim Il Sung", "PRK", "President"),
        E("Kim Young Sam", "KOR", "President"),
        E("Clinton", "USA", "President"),
        E("Robert L. Gallucci", "USA", "Assistant Secretary of State"),
        E("Kang Sok Ju", "PRK", "First Deputy Foreign Minister"),
        E("Han Sung Joo", "KOR", "Foreign Minister"),
    ],
    meetings=[
        M(["Kim Il Sung", "Kim Young Sam"], ["KOR", "PRK"], None, None, "planned", "summit"),
        M(["Jimmy Carter", "Kim Young Sam"], ["KOR", "USA"], "Seoul", "1994-06-18", "held"),
        M([], ["KOR", "PRK"], "Panmunjom", "1994-06", "proposed"),
        M(["Jimmy Carter", "Kim Il Sung"], ["PRK", "USA"], "Pyongyang", "1994-06-16", "held"),
        M(["Robert L. Gallucci"], ["PRK", "USA"], "Geneva", "1994-07", "proposed"),
        M(["Robert L. Gallucci", "Kang Sok Ju"], ["PRK", "USA"], "Geneva", "1993-07", "held"),
        M([], ["PRK", "USA"], "New York", "1993-06", "held"),
        M(["Han Sung Joo"], ["KOR", "USA"], "Washington", "1994-06", "planned"),
    ],
)


# ---------------------------------------------------------------- p02 Washington Post, 2000
add(
    "p02",
    blocks=[
        "washingtonpost.com\nHome Page | News Index | World | Asia/Pacific | Korea",
        "Print This Article\nE-Mail This Article",
        "Kim Vows No More Long-Range Tests, Albright Says\nTwo Days of Talks in Pyongyang Open "
        "Door to Possible Clinton Visit",
        "By Karen M. Halloway\nWashington Post Foreign Service\nWednesday, October 25, 2000; Page A01",
        "PYONGYANG, North Korea, Oct. 24 -- North Korean leader Kim Jong Il told Secretary of "
        "State Madeleine K. Albright during two days of talks here that his government would "
        "not fire another long-range missile like the one it sent over Japan in 1998, "
        "Albright said on Tuesday, as she prepared to leave the capital.",
        "The pledge, which Kim offered in the course of roughly six hours of conversation on "
        "Monday and Tuesday, was the most concrete result of the first visit by a sitting "
        "U.S. secretary of state to the isolated country. Albright was accompanied at both "
        "sessions by Wendy R. Sherman, the administration's North Korea policy coordinator.",
        "Albright had opened the visit on Monday morning with a separate meeting with Foreign "
        "Minister Paek Nam Sun at a government guesthouse, before she was driven across town "
        "to meet Kim. That evening the North Korean leader took her to a stadium, where "
        "100,000 performers staged a display of gymnastics and card-flipping in her honor.",
        "The visit has fed speculation that President Clinton will come here himself before "
        "he leaves office. Albright said she would report to the president and that no "
        'decision had been made. "We have made a good deal of progress, but there is still '
        'a considerable amount of work to be done," she said.',
        "Much of that work will fall to missile experts. Robert J. Einhorn, the assistant "
        "secretary of state for nonproliferation, is scheduled to meet a North Korean "
        "delegation in Kuala Lumpur early next month to try to turn Kim's promise into a "
        "verifiable deal on the North's exports of missiles and their parts.",
        "Related Items\nFull Coverage: Korean Peninsula\nOn Our Site: Albright Arrives in "
        "North Korea (Oct. 23)",
        "The diplomacy has moved with unusual speed since June, when Kim received South Korean "
        "President Kim Dae Jung in Pyongyang for the first summit between the two Koreas. "
        "Earlier this month, Vice Marshal Jo Myong Rok, the first vice chairman of the "
        "National Defense Commission, became the most senior North Korean ever to visit "
        "Washington, and carried a letter from Kim to Clinton in the Oval Office on Oct. 10.",
        "U.S. officials were struck by how comfortable Kim appeared. He asked detailed "
        "questions, joked about his reputation abroad and, according to one official present, "
        "spoke without notes on the technical points of the missile program.",
        "But skeptics in Congress said the administration was moving too fast. Some "
        "Republicans warned that a presidential trip would hand Kim a prize before he had "
        "given up anything that could be checked.",
        "\u00a9 2000 The Washington Post Company",
    ],
    first="North Korean leader Kim Jong Il told Secretary of State Madeleine K. Albright",
    last="would hand Kim a prize before he had given up anything that could be checked",
    title="Kim Vows No More Long-Range Tests, Albright Says",
    source="Washington Post",
    published="2000-10-25",
    dateline="Pyongyang",
    excludes=[
        "Print This Article",
        "E-Mail This Article",
        "Full Coverage: Korean Peninsula",
        "\u00a9 2000 The Washington Post Company",
    ],
    envoys=[
        E("Kim Jong Il", "PRK", "leader"),
        E("Madeleine K. Albright", "USA", "Secretary of State"),
        E("Wendy R. Sherman", "USA", "the administration's North Korea policy coordinator"),
        E("Paek Nam Sun", "PRK", "Foreign Minister"),
        E("Clinton", "USA", "President"),
        E("Robert J. Einhorn", "USA", "assistant secretary of state for nonproliferation"),
        E("Kim Dae Jung", "KOR", "President"),
        E("Jo Myong Rok", "PRK", "first vice chairman of the National Defense Commission"),
    ],
    meetings=[
        M(
            ["Madeleine K. Albright", "Wendy R. Sherman", "Kim Jong Il"],
            ["PRK", "USA"],
            "Pyongyang",
            "2000-10-23",
            "held",
        ),
        M(
            ["Madeleine K. Albright", "Paek Nam Sun"],
            ["PRK", "USA"],
            "Pyongyang",
            "2000-10-23",
            "held",
        ),
        M(["Clinton"], ["PRK", "USA"], "Pyongyang", None, "proposed", "summit"),
        M(["Robert J. Einhorn"], ["PRK", "USA"], "Kuala Lumpur", "2000-11", "planned"),
        M(
            ["Kim Jong Il", "Kim Dae Jung"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2000-06",
            "held",
            "summit",
        ),
        M(["Jo Myong Rok", "Clinton"], ["PRK", "USA"], "Washington", "2000-10-10", "held"),
    ],
)


# ---------------------------------------------------------------- p03 BBC News, 2005
add(
    "p03",
    blocks=[
        "News Front Page | World | Africa | Americas | Asia-Pacific | Europe | Middle East | "
        "South Asia | UK | Business | Health | Science/Nature | Technology | Entertainment",
        "Last Updated: Monday, 19 September 2005, 09:52 GMT 10:52 UK",
        "E-mail this to a friend\tPrintable version",
        "North Korea pledges to give up nuclear arms",
        "By Charles Whitmore\nBBC News, Beijing",
        "North Korea has promised to abandon all its nuclear weapons and existing nuclear "
        "programmes, in the first joint statement to come out of two years of six-nation "
        "talks in the Chinese capital.",
        "In return, the United States said it had no intention of attacking the North, and "
        "the other parties said they would provide energy aid and discuss supplying a "
        'civilian light-water reactor "at an appropriate time".',
        "The statement was read out on Monday by China's Vice-Foreign Minister Wu Dawei, "
        "who chaired the session. This second session of the fourth round opened last "
        "Tuesday, five weeks after the first one, which ran for 13 days from late July, had "
        "broken up without agreement.",
        "The chief US negotiator, Assistant Secretary of State Christopher Hill, called the "
        'document "a win-win" but warned that the hard part - carrying it out - lay ahead. '
        "He met his North Korean counterpart, Vice-Foreign Minister Kim Kye-gwan, for more "
        "than two hours on the sidelines on Saturday.",
        "KEY POINTS\nNorth to abandon nuclear weapons and programmes\nReturn to Non-Proliferation "
        'Treaty "at an early date"\nUS affirms no intention to invade',
        "Mr Hill also said he was ready to travel to Pyongyang if that would help move "
        "things along, an offer the North has yet to take up.",
        "Japan's delegate, Kenichiro Sasae, said he had raised the fate of Japanese citizens "
        "abducted by North Korean agents with the North's team, and South Korea's Song "
        'Min-soon, the deputy foreign minister, hailed what he called "the most important '
        'outcome in the whole history" of the process.',
        "The six countries - the two Koreas, the US, China, Russia and Japan - agreed to meet "
        "again in Beijing in early November to work out how the principles will be put into "
        "practice.",
        "The talks began in August 2003, and two more rounds followed in February and June "
        "2004, all in the Chinese capital, before Pyongyang stayed away for more than a year.",
        "An earlier deal, the 1994 Agreed Framework, collapsed in 2002 when Washington accused "
        "the North of running a secret uranium enrichment programme.",
        "SEE ALSO:\nN Korea talks resume in Beijing\n13 Sep 05 | Asia-Pacific\nProfile: "
        "Christopher Hill\n14 Feb 05 | Americas",
        "RELATED INTERNET LINKS:\nUS State Department\nThe BBC is not responsible for the "
        "content of external internet sites",
        "PRODUCTS & SERVICES\nE-mail news | Mobiles | Alerts | News feeds | Podcasts\n"
        "\u00a9 MMV\nBack to top ^^",
    ],
    first="North Korea has promised to abandon all its nuclear weapons",
    last="collapsed in 2002 when Washington accused the North of running a secret uranium",
    title="North Korea pledges to give up nuclear arms",
    source="BBC News",
    published="2005-09-19",
    dateline=None,
    excludes=[
        "E-mail this to a friend",
        "SEE ALSO:",
        "The BBC is not responsible for the content of external internet sites",
        "E-mail news | Mobiles | Alerts | News feeds | Podcasts",
    ],
    envoys=[
        E("Wu Dawei", "CHN", "Vice-Foreign Minister"),
        E("Christopher Hill", "USA", "Assistant Secretary of State"),
        E("Kim Kye-gwan", "PRK", "Vice-Foreign Minister"),
        E("Kenichiro Sasae", "JPN", "delegate"),
        E("Song Min-soon", "KOR", "deputy foreign minister"),
    ],
    meetings=[
        M(
            ["Wu Dawei", "Christopher Hill", "Kim Kye-gwan", "Kenichiro Sasae", "Song Min-soon"],
            SIX,
            "Beijing",
            "2005-09-13",
            "held",
        ),
        M([], SIX, "Beijing", "2005-07", "held"),
        M(["Christopher Hill", "Kim Kye-gwan"], ["PRK", "USA"], "Beijing", "2005-09-17", "held"),
        M(["Christopher Hill"], ["PRK", "USA"], "Pyongyang", None, "proposed"),
        M([], SIX, "Beijing", "2005-11", "planned"),
        M([], SIX, "Beijing", "2003-08", "held"),
        M([], SIX, "Beijing", "2004-02", "held"),
        M([], SIX, "Beijing", "2004-06", "held"),
    ],
)


# ---------------------------------------------------------------- p04 The Guardian, 2018
add(
    "p04",
    blocks=[
        "Skip to main content\nSupport the Guardian\nAvailable for everyone, funded by readers\n"
        "Contribute \u2192 Subscribe \u2192",
        "News\nOpinion\nSport\nCulture\nLifestyle\nWorld\nEurope\nUS news\nAmericas\nAsia\n"
        "Australia\nMiddle East\nAfrica",
        "North Korea",
        "Trump and Kim sign pledge on 'complete denuclearisation' after Singapore summit",
        "US president says he will 'absolutely' invite North Korean leader to White House, "
        "but deal offers few details on how or when",
        "Justin Harcourt and Benjamin Lee in Singapore\nTue 12 Jun 2018 09.30 BST",
        "Share on Facebook\nShare on Twitter\nShare via Email",
        "Donald Trump and Kim Jong-un have signed a document in which North Korea commits to "
        'work towards "complete denuclearisation of the Korean peninsula", at the end of a '
        'summit in Singapore that the US president called "better than anybody could have '
        'expected".',
        "The two men shook hands in front of a row of interleaved flags at the Capella hotel "
        "on Sentosa island on Tuesday morning, spent about 40 minutes alone with only their "
        "interpreters, and then moved into an expanded session and a working lunch with "
        "their aides.",
        "Kim Jong-un and Donald Trump at the Capella hotel on Sentosa island. Photograph: "
        "Kevin Lim/The Straits Times/Handout/Getty Images",
        'Asked whether he would invite Kim to the White House, Trump said: "Absolutely, at '
        'the appropriate time." He said the secretary of state, Mike Pompeo, would sit down '
        "with senior North Korean officials as early as next week to start filling in the "
        "details.",
        "Pompeo, who met Kim twice in Pyongyang in the spring, the first time while he was "
        "still director of the CIA, has been the main conduit for the diplomacy. Late last "
        "month he spent two days in New York with Kim Yong-chol, the vice-chairman of the "
        "ruling party's central committee, who then travelled to Washington and handed an "
        "oversized envelope containing a letter from Kim to Trump in the Oval Office on 1 June.",
        "While the two principals exchanged letters, a US team led by Sung Kim, the US "
        "ambassador to the Philippines, was negotiating the wording of Tuesday's document "
        "with North Korea's vice-foreign minister Choe Son-hui in the truce village of "
        "Panmunjom, in talks that began on 27 May.",
        "Singapore itself has been busy. Kim called on the prime minister, Lee Hsien Loong, "
        "on Sunday after flying in on an Air China jet, and Trump had lunch with Lee at the "
        "Istana on Monday, his 72nd birthday.",
        "Most viewed\nMost viewed in World\nLive Trump and Kim summit: latest updates\n"
        "Who is Kim Yo-jong?",
        "In Seoul, the president, Moon Jae-in, who met Kim at Panmunjom in April and again in "
        "May, said he had barely slept the night before. Trump was expected to speak to Moon "
        "by telephone later on Tuesday on his way out of Singapore.",
        "Critics said the text contained nothing the North had not promised before. \"It's a "
        'statement of aspirations," said one former US negotiator. "Everything that matters '
        'has been left for later."',
        "Topics\nNorth Korea\nDonald Trump\nKim Jong-un\nAsia Pacific\nnews",
        "Reuse this content",
        "\u2026 we have a small favour to ask. Millions are turning to the Guardian for open, "
        "independent, quality news every day.",
    ],
    first="Donald Trump and Kim Jong-un have signed a document in which North Korea",
    last="Everything that matters has been left for later.",
    title="Trump and Kim sign pledge on 'complete denuclearisation' after Singapore summit",
    source=None,
    published="2018-06-12",
    dateline=None,
    excludes=[
        "Support the Guardian",
        "Share on Facebook",
        "Most viewed in World",
        "Reuse this content",
        "we have a small favour to ask",
    ],
    envoys=[
        E("Donald Trump", "USA", "president"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Mike Pompeo", "USA", "secretary of state"),
        E("Kim Yong-chol", "PRK", "vice-chairman of the ruling party's central committee"),
        E("Sung Kim", "USA", "US ambassador to the Philippines"),
        E("Choe Son-hui", "PRK", "vice-foreign minister"),
        E("Lee Hsien Loong", "SGP", "prime minister"),
        E("Moon Jae-in", "KOR", "president"),
    ],
    meetings=[
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Singapore",
            "2018-06-12",
            "held",
            "summit",
        ),
        M(
            ["Donald Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "White House",
            None,
            "proposed",
            "summit",
        ),
        M(["Mike Pompeo"], ["PRK", "USA"], None, "2018-06", "planned"),
        M(["Mike Pompeo", "Kim Jong-un"], ["PRK", "USA"], "Pyongyang", "2018", "held"),
        M(["Mike Pompeo", "Kim Yong-chol"], ["PRK", "USA"], "New York", "2018-05", "held"),
        M(["Kim Yong-chol", "Donald Trump"], ["PRK", "USA"], "Washington", "2018-06-01", "held"),
        M(["Sung Kim", "Choe Son-hui"], ["PRK", "USA"], "Panmunjom", "2018-05-27", "held"),
        M(
            ["Kim Jong-un", "Lee Hsien Loong"],
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
            "held",
            "summit",
        ),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], "Panmunjom", "2018-04", "held", "summit"),
        M(["Moon Jae-in", "Kim Jong-un"], ["KOR", "PRK"], "Panmunjom", "2018-05", "held", "summit"),
        M(["Donald Trump", "Moon Jae-in"], ["KOR", "USA"], None, "2018-06-12", "planned", "call"),
    ],
    channels=[C("letters", ["PRK", "USA"], "open")],
)


# ---------------------------------------------------------------- p05 CNN, 2019
add(
    "p05",
    blocks=[
        "Live TV\nEdition\nUS\nInternational\nArabic\nEspa\u00f1ol",
        "Politics\nTrump\nFacts First\n2020 Election",
        "Trump walks away from Hanoi summit with no deal",
        "By Jeremy Dalton and Kaitlan Reese, CNN\nUpdated 0842 GMT (1642 HKT) February 28, 2019",
        "Hanoi, Vietnam (CNN) President Donald Trump cut short his second summit with North "
        "Korean leader Kim Jong Un on Thursday, leaving Hanoi without an agreement after the "
        "two sides deadlocked over how much of the North's sanctions relief should come "
        "before it gave up its nuclear facilities.",
        "A working lunch and a signing ceremony that had been on the White House schedule "
        "were scrapped, and the motorcades pulled away from the Sofitel Legend Metropole "
        "hotel, where the leaders had met for much of the morning, around two hours early.",
        '"Sometimes you have to walk, and this was just one of those times," Trump told '
        "reporters at a news conference at the JW Marriott before boarding Air Force One.",
        "The two-day summit had opened with a dinner on Wednesday evening at which both men "
        "were upbeat. By Thursday, with Secretary of State Mike Pompeo and Kim Yong Chol, a "
        "vice chairman of the Workers' Party, joining the expanded session, the mood had "
        "changed.",
        "Related Article: What we know about Kim's train ride to Vietnam",
        "White House press secretary Sarah Sanders said in a statement that the two leaders "
        'had "very good and constructive" talks and that their teams "look forward to '
        'meeting in the future." No date has been set for a third meeting, and Trump would '
        "say only that he would like to see Kim again.",
        "The breakdown came after weeks of preparation. Stephen Biegun, the US special "
        "representative for North Korea, spent several days last week in Hanoi with his "
        "counterpart Kim Hyok Chol trying to narrow the gaps, after a first round of "
        "working-level talks between the pair in Pyongyang earlier this month.",
        "Trump planned to call South Korean President Moon Jae-in and Japanese Prime Minister "
        "Shinzo Abe from the plane on Thursday, a senior administration official said. Seoul "
        "had hoped the summit would give fresh momentum to its own diplomacy with the North.",
        "Kim, meanwhile, is staying on in the Vietnamese capital for an official visit, "
        "including talks with President Nguyen Phu Trong on Friday, according to Vietnam's "
        "foreign ministry.",
        "Trump and Kim's first summit, in Singapore last June, produced a short statement in "
        "which Kim committed to "
        '"work toward" denuclearization. Since then, US intelligence officials have said, '
        "the North has kept producing fissile material.",
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.",
        "Paid Content\nMore from CNN",
    ],
    first="President Donald Trump cut short his second summit with North Korean leader",
    last="the North has kept producing fissile material.",
    title="Trump walks away from Hanoi summit with no deal",
    source="CNN",
    published="2019-02-28",
    dateline="Hanoi",
    excludes=[
        "Live TV",
        "Chat with us in Facebook Messenger",
        "Paid Content",
        "Related Article: What we know about Kim's train ride to Vietnam",
    ],
    envoys=[
        E("Donald Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("Kim Yong Chol", "PRK", "vice chairman of the Workers' Party"),
        E("Sarah Sanders", "USA", "White House press secretary"),
        E("Stephen Biegun", "USA", "US special representative for North Korea"),
        E("Kim Hyok Chol", "PRK", None),
        E("Moon Jae-in", "KOR", "President"),
        E("Shinzo Abe", "JPN", "Prime Minister"),
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
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, None, "proposed", "summit"),
        M(["Stephen Biegun", "Kim Hyok Chol"], ["PRK", "USA"], "Hanoi", "2019-02", "held"),
        M(["Stephen Biegun", "Kim Hyok Chol"], ["PRK", "USA"], "Pyongyang", "2019-02", "held"),
        M(
            ["Donald Trump", "Moon Jae-in", "Shinzo Abe"],
            ["JPN", "KOR", "USA"],
            None,
            "2019-02-28",
            "planned",
            "call",
        ),
        M(
            ["Kim Jong Un", "Nguyen Phu Trong"],
            ["PRK", "VNM"],
            "Hanoi",
            "2019-03-01",
            "planned",
            "summit",
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
)


# ---------------------------------------------------------------- p06 NPR, 2019
add(
    "p06",
    blocks=[
        "Accessibility links\nSkip to main content\nKeyboard shortcuts for audio player",
        "Open Navigation Menu\nNPR Shop\nClose Navigation Menu\nHome\nNews\nCulture\nMusic\n"
        "Podcasts & Shows\nSearch",
        "Asia",
        "Trump Steps Into North Korea, Meets Kim At DMZ And Agrees To Restart Talks",
        "June 30, 2019 5:14 AM ET",
        "Tom Barrington",
        "Facebook\nTwitter\nFlipboard\nEmail",
        "Enlarge this image\ntoggle caption\nBrendan Smialowski/AFP/Getty Images",
        "President Trump became the first sitting U.S. president to set foot in North Korea "
        "on Sunday, stepping over the low concrete curb that marks the border at Panmunjom "
        "to shake hands with Kim Jong Un before the two men walked back into the South for "
        "talks that lasted close to an hour.",
        "The meeting, which came together in little more than a day, took place in Freedom "
        "House, a South Korean building on the southern side of the truce village. South "
        "Korean President Moon Jae-in, who had accompanied Trump to the border, waited in "
        "another room while the two leaders talked.",
        "Afterward, Trump told reporters that the two sides had agreed to form teams that "
        "would restart working-level negotiations within the next two to three weeks. He "
        "said Stephen Biegun, his special representative for North Korea, would lead the "
        "American team.",
        'Trump also said he had invited Kim to the White House "at the right time," though '
        "he gave no date.",
        "Sponsor Message",
        "The encounter grew out of a tweet. On Saturday morning, shortly before he met "
        "Chinese President Xi Jinping on the sidelines of the Group of 20 summit in Osaka, "
        'Japan, Trump wrote that if Kim saw it, he would meet him at the border "just to '
        "shake his hand and say Hello(?)!\" Within hours, North Korea's first vice foreign "
        "minister, Choe Son Hui, said in a statement carried by state media that the idea "
        'was "very interesting" but that Pyongyang had received no formal proposal.',
        "Earlier on Sunday, Trump held talks with Moon at the Blue House in Seoul, where the "
        'South Korean leader called the planned handshake "a milestone."',
        "The two leaders have kept up an exchange of personal letters since talks collapsed "
        "at their February summit in Hanoi, Vietnam, and Trump has repeatedly called Kim's "
        'letters "beautiful." The Hanoi meeting ended without even a joint statement, and '
        "working-level contacts all but stopped afterward.",
        "Enlarge this image\ntoggle caption\nBrendan Smialowski/AFP/Getty Images",
        "Critics in Washington said Sunday's meeting gave Kim the images he wanted without "
        "any new commitment. Supporters said it put diplomacy back on the table after four "
        "months of silence.",
        "More Stories From NPR",
        "Sponsor Message\nBecome an NPR sponsor",
    ],
    first="President Trump became the first sitting U.S. president to set foot",
    last="Supporters said it put diplomacy back on the table after four months of silence.",
    title="Trump Steps Into North Korea, Meets Kim At DMZ And Agrees To Restart Talks",
    source=None,
    published="2019-06-30",
    dateline=None,
    excludes=[
        "Skip to main content",
        "Keyboard shortcuts for audio player",
        "Sponsor Message",
        "More Stories From NPR",
        "Become an NPR sponsor",
    ],
    envoys=[
        E("Trump", "USA", "President"),
        E("Kim Jong Un", "PRK", None),
        E("Moon Jae-in", "KOR", "President"),
        E("Stephen Biegun", "USA", "special representative for North Korea"),
        E("Xi Jinping", "CHN", "President"),
        E("Choe Son Hui", "PRK", "first vice foreign minister"),
    ],
    meetings=[
        M(["Trump", "Kim Jong Un"], ["PRK", "USA"], "Panmunjom", "2019-06-30", "held", "summit"),
        M(["Stephen Biegun"], ["PRK", "USA"], None, "2019-07", "planned"),
        M(["Trump", "Kim Jong Un"], ["PRK", "USA"], "White House", None, "proposed", "summit"),
        M(["Trump", "Xi Jinping"], ["CHN", "USA"], "Osaka", "2019-06-29", "held", "summit"),
        M(["Trump", "Moon Jae-in"], ["KOR", "USA"], "Seoul", "2019-06-30", "held", "summit"),
        M(["Trump", "Kim Jong Un"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
    ],
    channels=[C("personal letters", ["PRK", "USA"], "open", "2019-02")],
)


# ---------------------------------------------------------------- p07 Axios, 2019
add(
    "p07",
    blocks=[
        "Axios\nLocal\nTechnology\nPolitics\nWorld\nScience\nHealth\nNewsletters",
        "Oct 6, 2019 - World",
        "North Korea walks out of nuclear talks with U.S. in Sweden",
        "Zach Bader",
        "Share on facebook\nShare on twitter\nShare on linkedin\nShare on email",
        "Kim Myong Gil, ambassador-at-large and North Korea's lead negotiator, at the North "
        "Korean embassy in Stockholm. Photo: Jonathan Nackstrand/AFP via Getty Images",
        "North Korea's chief negotiator said Saturday that working-level talks with the U.S. "
        'in Stockholm had "broken down" because Washington showed up without new ideas, '
        "hours after the delegations sat down at a conference center on an island outside "
        "the Swedish capital.",
        "Why it matters: The session was the first formal negotiation between the two sides "
        "since the Hanoi summit collapsed in February, and the meeting President Trump and "
        "Kim Jong-un agreed to when they met at the DMZ on June 30.",
        "Details: Kim Myong Gil, North Korea's ambassador-at-large, read a statement to "
        "reporters outside his country's embassy in the evening, saying the U.S. had \"not "
        'discarded its old stand and attitude." The two sides had held a preliminary contact '
        "on Friday.",
        "The State Department pushed back. Spokesperson Morgan Ortagus said the U.S. team, "
        'led by special representative Stephen Biegun, "brought creative ideas and had good '
        'discussions" during eight and a half hours at the Villa Elfvik Strand.',
        "What's next: Ortagus said the U.S. had accepted an invitation from Sweden to come "
        "back to Stockholm in two weeks. Pyongyang has not said it will attend, and the "
        'North\'s foreign ministry later said it had no interest in "sickening" talks '
        "until Washington changed course.",
        "Sweden, which keeps an embassy in Pyongyang, has acted as the U.S. protecting power "
        "there since 1995, passing messages between the two governments and handling cases "
        "of detained Americans. Its special envoy for the Korean Peninsula, Kent Harstedt, "
        'said Stockholm remained "at the disposal of both parties."',
        "The big picture: North Korea test-fired a submarine-launched ballistic missile on "
        "Wednesday, days after agreeing to the talks.",
        "Go deeper: Kim Jong-un's new deadline for a deal with Trump",
        "Sign up for Axios AM\nEnter your email\nSubscribe",
        "\u00a9 2019 Axios Media",
    ],
    first="North Korea's chief negotiator said Saturday that working-level talks",
    last="test-fired a submarine-launched ballistic missile on Wednesday",
    title="North Korea walks out of nuclear talks with U.S. in Sweden",
    source=None,
    published="2019-10-06",
    dateline=None,
    excludes=[
        "Share on facebook",
        "Sign up for Axios AM",
        "Go deeper: Kim Jong-un's new deadline for a deal with Trump",
        "\u00a9 2019 Axios Media",
    ],
    envoys=[
        E("Kim Myong Gil", "PRK", "ambassador-at-large"),
        E("Trump", "USA", "President"),
        E("Kim Jong-un", "PRK", None),
        E("Morgan Ortagus", "USA", "Spokesperson"),
        E("Stephen Biegun", "USA", "special representative"),
        E("Kent Harstedt", "SWE", "special envoy for the Korean Peninsula"),
    ],
    meetings=[
        M(["Kim Myong Gil", "Stephen Biegun"], ["PRK", "USA"], "Stockholm", "2019-10-05", "held"),
        M([], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
        M(["Trump", "Kim Jong-un"], ["PRK", "USA"], "DMZ", "2019-06-30", "held", "summit"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10-04", "held"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "proposed"),
    ],
    channels=[C("protecting power", ["PRK", "USA"], "open", "1995")],
)


# ---------------------------------------------------------------- p08 NK News, 2024
add(
    "p08",
    blocks=[
        "NK News\nNK PRO\nKCNA Watch\nSign in\nSubscribe",
        "Latest | Politics | Diplomacy | Economy | Military | Society | Podcast",
        "Swedish diplomats return to Pyongyang, reopening embassy shut since pandemic",
        "Envoy meets vice foreign minister as Stockholm resumes role as protecting power "
        "for Washington",
        "By Elin Marsh\nSeptember 26, 2024",
        "Sweden has reopened its embassy in Pyongyang after more than three years without "
        "staff in the country, sending a delegation headed by its special envoy for the Korean "
        "Peninsula that held talks with North Korea's foreign ministry on Wednesday.",
        "Anders Kjellberg, Sweden's special envoy for the Korean Peninsula and a former "
        "ambassador in Seoul, crossed into North Korea from the Chinese border city of Dandong on Monday "
        "and reached the capital the following day, a Swedish foreign ministry spokesperson "
        "told NK News.",
        "State media reported that Vice Foreign Minister Pak Myong Ho received Kjellberg at "
        'the Mansudae Assembly Hall and "exchanged views on developing bilateral relations," '
        "without mentioning the embassy. KCNA carried a photo of the two men but no quotes.",
        "Related: Poland and Sweden said to be weighing return to Pyongyang as border reopens",
        "The embassy staff returned on Tuesday, according to the ministry spokesperson, and "
        "with them the mission's work as protecting power for the United States, which has "
        "no diplomatic relations with North Korea and has relied on Sweden to look after "
        "Americans there since 1995.",
        "That role has been tested. When U.S. Army private Travis King ran across the "
        "border in 2023, Washington's messages went through Swedish diplomats posted "
        "elsewhere, while its notes through the North's UN mission, the so-called New York "
        "channel, went unanswered, as they have since early 2021.",
        "Stockholm has also been a venue. Then-Foreign Minister Ri Yong Ho spent three days "
        "in the Swedish capital in March 2018 for talks with his counterpart Margot "
        "Wallstrom, and U.S. and North Korean negotiators met there in October 2019 before "
        "the North walked out. A smaller North Korean delegation from the foreign ministry's "
        "European department visited Stockholm in May.",
        "Kjellberg is expected to leave for Beijing on Friday for consultations with Chinese "
        "officials, the spokesperson said, declining to say how long Swedish staff would "
        "remain in Pyongyang.",
        "Edited by Bryan Holt",
        "Get unlimited access to all NK News articles and the KCNA Watch archive by "
        "subscribing\nSubscribe now",
        "Join the conversation\nComments are visible to subscribers only.",
    ],
    first="Sweden has reopened its embassy in Pyongyang after more than three years",
    last="declining to say how long Swedish staff would remain in Pyongyang.",
    title="Swedish diplomats return to Pyongyang, reopening embassy shut since pandemic",
    source=None,
    published="2024-09-26",
    dateline=None,
    excludes=[
        "KCNA Watch",
        "Related: Poland and Sweden said to be weighing return",
        "Get unlimited access to all NK News articles",
        "Join the conversation",
    ],
    envoys=[
        E("Anders Kjellberg", "SWE", "special envoy for the Korean Peninsula"),
        E("Pak Myong Ho", "PRK", "Vice Foreign Minister"),
        E("Ri Yong Ho", "PRK", "Foreign Minister"),
        E("Margot Wallstrom", "SWE", None),
    ],
    meetings=[
        M(["Anders Kjellberg", "Pak Myong Ho"], ["PRK", "SWE"], "Pyongyang", "2024-09-25", "held"),
        M(["Ri Yong Ho", "Margot Wallstrom"], ["PRK", "SWE"], "Stockholm", "2018-03", "held"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "held"),
        M([], ["PRK", "SWE"], "Stockholm", "2024-05", "held"),
        M(["Anders Kjellberg"], ["CHN", "SWE"], "Beijing", "2024-09-27", "planned"),
    ],
    channels=[
        C("embassy", ["PRK", "SWE"], "restored", "2024-09-24"),
        C("protecting power", ["PRK", "USA"], "restored", "2024-09-24"),
        C("New York channel", ["PRK", "USA"], "severed", "2021"),
    ],
)


# ---------------------------------------------------------------- p09 Le Monde in English, 2023
add(
    "p09",
    blocks=[
        "Le Monde in English\nInternational\nFrance\nOpinion\nCulture\nLe Monde Africa\n"
        "Sign in\nSubscribe",
        "International \u203a Asia and Pacific",
        "Russia's Lavrov in Pyongyang as Moscow and North Korea draw closer",
        "The Russian foreign minister's two-day visit comes a month after Kim Jong Un met "
        "Vladimir Putin in the Russian Far East.",
        "Le Monde with AFP\nPublished on October 19, 2023, at 10:12 am (Paris)\nReading time "
        "2 min. Lire en fran\u00e7ais",
        "Share\nShare on Facebook\nSend by email\nShare on Twitter\nShare on Linkedin",
        "Russian Foreign Minister Sergei Lavrov held talks in Pyongyang on Thursday with "
        "North Korean Foreign Minister Choe Son Hui, the latest in a string of high-level "
        "contacts that Western governments fear are turning into an exchange of North "
        "Korean munitions for Russian military technology.",
        "Mr. Lavrov landed on Wednesday evening, according to the Russian foreign ministry, "
        "flying in from Beijing, where President Putin had held talks with Chinese President "
        "Xi Jinping earlier that day on the sidelines of a forum on China's Belt and Road "
        "Initiative.",
        "It was not clear whether North Korean leader Kim Jong Un would receive the Russian "
        "minister before he left on Thursday. During his last visit, in May 2018, Mr. Lavrov "
        "met Mr. Kim and carried an invitation from Mr. Putin, which led to the two men's "
        "first summit in Vladivostok the following year.",
        "Read more Subscribers only\nNorth Korea and Russia, a partnership born of isolation",
        "Their second meeting, at the Vostochny cosmodrome in September, lasted more than four "
        "hours, and Mr. Kim then toured aircraft and shipbuilding plants for several days. "
        "Mr. Kim invited Mr. Putin to visit North Korea, and the Kremlin said the invitation "
        "had been accepted, without giving a date.",
        "Russia's defence minister, Sergei Shoigu, was the first to signal the rapprochement, "
        "watching a military parade in Pyongyang alongside Mr. Kim in July.",
        "The United States said last week that North Korea had delivered more than 1,000 "
        "containers of military equipment and munitions to Russia since early September. "
        "Moscow and Pyongyang deny any arms trade.",
        "Ms. Choe is expected to travel to Moscow for further talks, Russian news agencies "
        "reported, citing a diplomatic source.",
        "Le Monde with AFP",
        "Le Monde Newsletters\nSubscribe to our newsletters\nLe Monde Events",
        "\u00a9 Le Monde \u2014 All rights reserved",
    ],
    first="Russian Foreign Minister Sergei Lavrov held talks in Pyongyang on Thursday",
    last="Ms. Choe is expected to travel to Moscow for further talks",
    title="Russia's Lavrov in Pyongyang as Moscow and North Korea draw closer",
    source="Le Monde with AFP",
    published="2023-10-19",
    dateline=None,
    excludes=[
        "Share on Facebook",
        "Read more Subscribers only",
        "Le Monde Newsletters",
        "Subscribe to our newsletters",
        "All rights reserved",
    ],
    envoys=[
        E("Sergei Lavrov", "RUS", "Foreign Minister"),
        E("Choe Son Hui", "PRK", "Foreign Minister"),
        E("Vladimir Putin", "RUS", "President"),
        E("Xi Jinping", "CHN", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Sergei Shoigu", "RUS", "defence minister"),
    ],
    meetings=[
        M(["Sergei Lavrov", "Choe Son Hui"], ["PRK", "RUS"], "Pyongyang", "2023-10-19", "held"),
        M(
            ["Vladimir Putin", "Xi Jinping"],
            ["CHN", "RUS"],
            "Beijing",
            "2023-10-18",
            "held",
            "summit",
        ),
        M(["Sergei Lavrov", "Kim Jong Un"], ["PRK", "RUS"], "Pyongyang", "2023-10-19", "proposed"),
        M(["Sergei Lavrov", "Kim Jong Un"], ["PRK", "RUS"], "Pyongyang", "2018-05", "held"),
        M(
            ["Kim Jong Un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vladivostok",
            "2019",
            "held",
            "summit",
        ),
        M(
            ["Kim Jong Un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Vostochny cosmodrome",
            "2023-09",
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
        M(["Sergei Shoigu", "Kim Jong Un"], ["PRK", "RUS"], "Pyongyang", "2023-07", "held"),
        M(["Choe Son Hui"], ["PRK", "RUS"], "Moscow", None, "planned"),
    ],
)


# ---------------------------------------------------------------- p10 DW, 2024
add(
    "p10",
    blocks=[
        "Skip next section Navigation\nGermany\nWorld\nBusiness\nScience\nCulture\nLearn German",
        "Politics\nAsia\nNorth Korea",
        "Putin and Kim sign mutual defense pact in Pyongyang",
        "Russia's president was given a lavish welcome on his first trip to North Korea in "
        "24 years. The two leaders signed a treaty that commits each side to help the other "
        "if attacked.",
        "06/19/2024\nJune 19, 2024",
        "Kim Jong Un greeted Putin at the airport in the early hours of Wednesday morning",
        "Image: Gavriil Grigorov/Sputnik/Kremlin Pool Photo/AP/picture alliance",
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "
        '"comprehensive strategic partnership" treaty on Wednesday, including a pledge of '
        "mutual assistance in case of aggression against either country, after talks in "
        'Pyongyang that Kim said lifted relations to "a new, higher level."',
        "Putin landed shortly before 3 a.m. local time and was met on the tarmac by Kim, who "
        "then rode with him to the Kumsusan guesthouse. Official talks, first in a wider "
        "format and then one-on-one, took place later in the day at the Kumsusan Palace.",
        "Advertisement",
        "At the end of the visit, Putin invited Kim to come to Moscow for their next "
        "meeting, Russian state news agency TASS reported. The Kremlin did not say whether "
        "Kim had accepted.",
        "The visit is Putin's first to North Korea since July 2000, when, early in his first "
        "term, he met Kim's father, Kim Jong Il, in the same city. Putin and Kim Jong Un held "
        "their last summit at the Vostochny Cosmodrome last September.",
        "Putin was due to fly on to Vietnam later on Wednesday for a state visit, with talks "
        "with President To Lam scheduled in Hanoi on Thursday.",
        "Washington and Seoul react",
        "US State Department spokesman Matthew Miller said the deepening cooperation "
        '"should be of great concern to anyone interested in maintaining peace and '
        "stability on the Korean Peninsula.\" South Korea's national security adviser, "
        "Chang Ho-jin, said Seoul would review whether to send weapons to Ukraine.",
        "China, the North's main ally, has kept its distance from the show of unity, though "
        "it sent its top legislator, Zhao Leji, to Pyongyang in April for talks with Kim.",
        "wd/sms (AP, Reuters, AFP)",
        "Send us your feedback",
        "Skip next section Explore more\nExplore more\nNorth Korea, Russia: What's behind "
        "their growing ties?",
        "Skip next section DW's Top Stories",
        "\u00a9 2024 Deutsche Welle | Privacy Policy | Accessibility statement | Legal notice",
    ],
    first="Russian President Vladimir Putin and North Korean leader Kim Jong Un signed",
    last="it sent its top legislator, Zhao Leji, to Pyongyang in April for talks with Kim.",
    title="Putin and Kim sign mutual defense pact in Pyongyang",
    source="AP, Reuters, AFP",
    published="2024-06-19",
    dateline=None,
    excludes=[
        "Skip next section Navigation",
        "Advertisement",
        "Send us your feedback",
        "Skip next section Explore more",
        "Skip next section DW's Top Stories",
        "Privacy Policy | Accessibility statement | Legal notice",
    ],
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Kim Jong Il", "PRK", None),
        E("To Lam", "VNM", "President"),
        E("Matthew Miller", "USA", "State Department spokesman"),
        E("Chang Ho-jin", "KOR", "national security adviser"),
        E("Zhao Leji", "CHN", "top legislator"),
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
        M(["Zhao Leji", "Kim Jong Un"], ["CHN", "PRK"], "Pyongyang", "2024-04", "held"),
    ],
)


# ---------------------------------------------------------------- p11 France 24, 2019
add(
    "p11",
    blocks=[
        "Live\nFrance\nAfrica\nMiddle East\nAmericas\nEurope\nAsia-Pacific\nEnvironment\n"
        "Business / Tech\nSport\nCulture",
        "Asia-Pacific",
        "Xi arrives in Pyongyang on first visit by Chinese leader in 14 years",
        "Issued on: 20/06/2019 - 06:42Modified: 20/06/2019 - 12:31\n3 min",
        "Chinese President Xi Jinping and North Korean leader Kim Jong Un at Pyongyang "
        "airport on June 20, 2019. \u00a9 KCNA via KNS / AFP",
        "Chinese President Xi Jinping arrived in Pyongyang on Thursday for a two-day state "
        "visit, the first by a Chinese leader in 14 years, as Beijing seeks to show it still "
        "holds the keys to any settlement of the nuclear standoff on the Korean peninsula.",
        "Kim Jong Un met Xi and his wife at the airport, and the two leaders rode in an open "
        "car through streets lined with tens of thousands of people before holding talks "
        "later in the day, Chinese state television reported.",
        "Advertising",
        "The last Chinese head of state to go to North Korea was Hu Jintao, in 2005, and "
        "relations soured after the North's first nuclear test the following year. They have "
        "warmed quickly since Kim's first trip abroad as leader, a train journey to Beijing "
        "in March 2018; he has made four visits to China in all, each time meeting Xi.",
        "In a rare signed article in the ruling party's Rodong Sinmun newspaper on "
        'Wednesday, Xi said China was willing to help resolve the "relevant concerns" of '
        "the North.",
        "Read more on FRANCE 24 : Trump says he received 'beautiful letter' from Kim",
        "The visit comes a week before Xi is due to meet US President Donald Trump on the "
        "sidelines of the G20 summit in Osaka, Japan, at a time of bruising trade tensions "
        "between Beijing and Washington. Trump is expected in Seoul at the end of the month "
        "for talks with South Korean President Moon Jae-in.",
        "Analysts said Xi could carry a message from Kim to Trump. Nuclear negotiations "
        "between Washington and Pyongyang have stalled since the second Trump-Kim summit in "
        "Hanoi broke up without a deal in February.",
        "Chinese officials played down the prospect of a breakthrough. Vice Foreign Minister "
        'Kong Xuanyou told reporters on Monday that the visit was about "friendship" and '
        "would not be a venue for mediation.",
        "(FRANCE 24 with AFP, REUTERS)",
        "Daily newsletter\nReceive essential international news every morning\nSubscribe",
        "Keep up to date with international news by downloading the France 24 app",
        "\u00a9 2019 Copyright France 24 - All rights reserved. France 24 is not responsible "
        "for the content of external websites.",
    ],
    first="Chinese President Xi Jinping arrived in Pyongyang on Thursday for a two-day",
    last='the visit was about "friendship" and would not be a venue for mediation.',
    title="Xi arrives in Pyongyang on first visit by Chinese leader in 14 years",
    source="FRANCE 24 with AFP, REUTERS",
    published="2019-06-20",
    dateline=None,
    excludes=[
        "Advertising",
        "Read more on FRANCE 24",
        "Receive essential international news",
        "downloading the France 24 app",
        "is not responsible for the content of external",
    ],
    envoys=[
        E("Xi Jinping", "CHN", "President"),
        E("Kim Jong Un", "PRK", "leader"),
        E("Hu Jintao", "CHN", None),
        E("Donald Trump", "USA", "President"),
        E("Moon Jae-in", "KOR", "President"),
        E("Kong Xuanyou", "CHN", "Vice Foreign Minister"),
    ],
    meetings=[
        M(
            ["Xi Jinping", "Kim Jong Un"],
            ["CHN", "PRK"],
            "Pyongyang",
            "2019-06-20",
            "held",
            "summit",
        ),
        M(["Hu Jintao"], ["CHN", "PRK"], "North Korea", "2005", "held", "summit"),
        M(["Kim Jong Un", "Xi Jinping"], ["CHN", "PRK"], "Beijing", "2018-03", "held", "summit"),
        M(["Kim Jong Un", "Xi Jinping"], ["CHN", "PRK"], "China", None, "held", "summit"),
        M(["Xi Jinping", "Donald Trump"], ["CHN", "USA"], "Osaka", "2019-06", "planned", "summit"),
        M(["Donald Trump", "Moon Jae-in"], ["KOR", "USA"], "Seoul", "2019-06", "planned", "summit"),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "summit"),
    ],
)


# ---------------------------------------------------------------- p12 ABC News (Australia), 2021
add(
    "p12",
    blocks=[
        "Skip to main content\nSkip to navigation\nABC News Homepage",
        "Just In\nFor You\nAustralia\nWorld\nBusiness\nAnalysis\nSport\nScience\nHealth\nArts",
        "Biden team has been trying to reach North Korea since February. Pyongyang isn't "
        "picking up",
        "By North Asia correspondent Lucy Ashdown\nPosted Sun 14 Mar 2021 at 4:38am",
        "Share",
        "Key points:\nThe US has tried its main line to Pyongyang, the North's UN mission, "
        "without reply\nBlinken and Austin are in Tokyo and Seoul this week\nAustralia "
        "deals with the North through its embassy in Jakarta",
        "The Biden administration has been trying since mid-February to open a conversation "
        "with North Korea, including through the country's mission to the United Nations in "
        "New York, but has so far heard nothing back, according to a senior US official.",
        "The so-called New York channel has been the default line between the two "
        "governments for decades. Messages have gone to it, and by other routes, the "
        "official said, with no answer so far.",
        "The outreach will hang over a week of alliance diplomacy in the region. US Secretary "
        "of State Antony Blinken and Defense Secretary Lloyd Austin arrive in Tokyo on Monday "
        "for talks with their Japanese counterparts, Toshimitsu Motegi and Nobuo Kishi, and "
        "are due in Seoul on Wednesday for the first joint meeting of the two countries' "
        "foreign and defence chiefs there in five years.",
        "Mr Blinken will then stop in Anchorage, Alaska, on his way home, to meet China's top "
        "diplomat Yang Jiechi and Foreign Minister Wang Yi on Thursday.",
        "Related Story: North Korea shows off new missiles at night-time parade",
        "What happened last time?",
        "Donald Trump met Kim Jong Un three times, in 2018 and 2019, and the two exchanged "
        "letters that Mr Trump said were full of warmth. None of it produced a deal, and the "
        "last working-level talks, in Stockholm in October 2019, ended with the North "
        "Korean side walking out.",
        "Where does Australia fit in?",
        "Canberra restored diplomatic relations with Pyongyang in 2000 but has never opened "
        "an embassy there. It handles its dealings with the North through North Korea's "
        "embassy in Jakarta, and Foreign Minister Marise Payne discussed the North with Mr "
        "Blinken in a phone call last month.",
        "North Korea has not commented publicly on the US approaches.",
        "ABC/Reuters",
        "Topics: world-politics, government-and-politics, korea-democratic-people-s-republic-of, "
        "united-states",
        "Back to top\nABC acknowledges the First Australians as the traditional custodians of "
        "the lands we live on.",
    ],
    first="The Biden administration has been trying since mid-February to open a conversation",
    last="North Korea has not commented publicly on the US approaches.",
    title="Biden team has been trying to reach North Korea since February. Pyongyang isn't "
    "picking up",
    source="ABC/Reuters",
    published="2021-03-14",
    dateline=None,
    excludes=[
        "Skip to navigation",
        "ABC News Homepage",
        "Topics: world-politics",
        "Related Story: North Korea shows off new missiles at night-time parade",
        "ABC acknowledges the First Australians",
    ],
    envoys=[
        E("Antony Blinken", "USA", "Secretary of State"),
        E("Lloyd Austin", "USA", "Defense Secretary"),
        E("Toshimitsu Motegi", "JPN", None),
        E("Nobuo Kishi", "JPN", None),
        E("Yang Jiechi", "CHN", "top diplomat"),
        E("Wang Yi", "CHN", "Foreign Minister"),
        E("Donald Trump", "USA", None),
        E("Kim Jong Un", "PRK", None),
        E("Marise Payne", "AUS", "Foreign Minister"),
    ],
    meetings=[
        M(
            ["Antony Blinken", "Lloyd Austin", "Toshimitsu Motegi", "Nobuo Kishi"],
            ["JPN", "USA"],
            "Tokyo",
            "2021-03-15",
            "planned",
        ),
        M(["Antony Blinken", "Lloyd Austin"], ["KOR", "USA"], "Seoul", "2021-03-17", "planned"),
        M(
            ["Antony Blinken", "Yang Jiechi", "Wang Yi"],
            ["CHN", "USA"],
            "Anchorage",
            "2021-03-18",
            "planned",
        ),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], None, None, "held", "summit"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "held"),
        M(["Marise Payne", "Antony Blinken"], ["AUS", "USA"], None, "2021-02", "held", "call"),
    ],
    channels=[
        C("New York channel", ["PRK", "USA"], "severed", "2021-02"),
        C("letters", ["PRK", "USA"], None),
        C("embassy in Jakarta", ["AUS", "PRK"], "open"),
    ],
)


# ---------------------------------------------------------------- p13 Foreign Policy, 2017
add(
    "p13",
    blocks=[
        "Foreign Policy\nSearch\nNewsletters\nFP Live\nMagazine\nSubscribe",
        "Report",
        "The U.N.'s Quiet Man Goes to Pyongyang",
        "Jeffrey Feltman spent four days in North Korea at the height of the nuclear "
        "standoff. He came back with a promise to keep talking \u2014 and not much else.",
        "By Colin Lynde\nDecember 9, 2017, 11:03 AM",
        "Jeffrey Feltman, the U.N. under-secretary-general for political affairs, left "
        "Pyongyang on Friday after the most senior visit by a United Nations official to "
        "North Korea in nearly eight years, a trip that the world body presented as an "
        "effort to keep a door open while the guns were being loaded on both sides.",
        "Feltman, who arrived on Tuesday after a stop in Beijing, held talks with Foreign "
        "Minister Ri Yong Ho and Vice Foreign Minister Pak Myong Guk, according to the U.N. "
        "spokesman's office. North Korea's state news agency, KCNA, said the two sides had "
        'agreed that contact "through visits at various levels" should continue, without '
        "saying when.",
        "His main message, aides said, was that the North should reopen the technical "
        "channels that could stop an accident from turning into a war \u2014 above all the "
        "military hotline with the South at Panmunjom, which Pyongyang stopped answering in "
        "early 2016.",
        "A career U.S. diplomat who served as ambassador to Lebanon and then as the State "
        "Department's top official for the Middle East before moving to the U.N. in 2012, "
        "Feltman is not an obvious choice for Pyongyang, which rarely lets Americans in at "
        "that level. That he got in at all owes something to the invitation's origin: "
        "Secretary-General Ant\u00f3nio Guterres raised the idea with Ri on the margins of "
        "the General Assembly in New York in September, and Feltman later followed it up "
        "with the North's U.N. ambassador, Ja Song Nam, over lunch in Manhattan.",
        "SIGN UP for the FP Morning Brief\nEnter your email",
        "In Beijing on Monday, Feltman consulted Chinese officials, who have pushed for a "
        '"freeze for freeze" that Washington rejects. He is expected to brief U.S. '
        "Ambassador Nikki Haley in New York next week.",
        "The U.N. has tried this before, with mixed results. Maurice Strong, Kofi Annan's "
        "personal envoy, made two trips to Pyongyang in 2003. B. Lynn Pascoe, then "
        "under-secretary-general for political affairs, went there in February 2010. And in May "
        "2015 the North withdrew, a day before he was due, its permission for Ban Ki-moon, "
        "then the secretary-general, to visit the joint industrial park at Kaesong.",
        '"Nobody expected a breakthrough," said a diplomat in New York familiar with the '
        'trip. "The point was to be in the room."',
        "Colin Lynde covers the United Nations. Twitter: @clynde",
        "Tags: Diplomacy, North Korea, United Nations",
        "Join the Conversation\nCommenting on this and other recent articles is just one "
        "benefit of a Foreign Policy subscription.",
    ],
    first="Jeffrey Feltman, the U.N. under-secretary-general for political affairs, left",
    last="The point was to be in the room.",
    title="The U.N.'s Quiet Man Goes to Pyongyang",
    source=None,
    published="2017-12-09",
    dateline=None,
    excludes=[
        "SIGN UP for the FP Morning Brief",
        "Tags: Diplomacy, North Korea, United Nations",
        "Join the Conversation",
        "benefit of a Foreign Policy subscription",
    ],
    envoys=[
        E("Jeffrey Feltman", None, "under-secretary-general for political affairs"),
        E("Ri Yong Ho", "PRK", "Foreign Minister"),
        E("Pak Myong Guk", "PRK", "Vice Foreign Minister"),
        E("Ant\u00f3nio Guterres", None, "Secretary-General"),
        E("Ja Song Nam", "PRK", "U.N. ambassador"),
        E("Nikki Haley", "USA", "Ambassador"),
        E("Maurice Strong", None, "personal envoy"),
        E("Kofi Annan", None, None),
        E("B. Lynn Pascoe", None, "under-secretary-general for political affairs"),
        E("Ban Ki-moon", None, "secretary-general"),
    ],
    meetings=[
        M(
            ["Jeffrey Feltman", "Ri Yong Ho", "Pak Myong Guk"],
            ["PRK"],
            "Pyongyang",
            "2017-12-05",
            "held",
        ),
        M(["Ant\u00f3nio Guterres", "Ri Yong Ho"], ["PRK"], "New York", "2017-09", "held"),
        M(["Jeffrey Feltman", "Ja Song Nam"], ["PRK"], "Manhattan", None, "held"),
        M(["Jeffrey Feltman"], ["CHN"], "Beijing", "2017-12-04", "held"),
        M(["Jeffrey Feltman", "Nikki Haley"], ["USA"], "New York", "2017-12", "planned"),
        M(["Maurice Strong"], ["PRK"], "Pyongyang", "2003", "held"),
        M(["B. Lynn Pascoe"], ["PRK"], "Pyongyang", "2010-02", "held"),
        M(["Ban Ki-moon"], ["PRK"], "Kaesong", "2015-05", "cancelled"),
    ],
    channels=[C("military hotline", ["KOR", "PRK"], "proposed")],
)


# ---------------------------------------------------------------- p14 38 North, 2026
add(
    "p14",
    blocks=[
        "38 NORTH\nInformed Analysis of North Korea",
        "Home\nAnalysis\nSatellite Imagery\nPodcasts\nSpecial Reports\nAbout\nDonate",
        "Knocking on a Closed Door: A Year of Trump's Outreach to Kim Jong Un",
        "Michael Haldane\nFebruary 12, 2026",
        "Share this:\nTwitter\nFacebook\nEmail\nPrint",
        "A year into his second term, Donald Trump has said more than a dozen times that he "
        "would like to see Kim Jong Un again, and his administration has tried at least "
        "three routes to make it happen. None has produced a meeting. Pyongyang's public "
        "answer came in July from Kim Yo Jong, a vice department director of the Workers' "
        "Party Central Committee, who said any dialogue would have to begin from acceptance "
        "of the North's nuclear status.",
        "The first route was the oldest. In the spring of 2025, US officials reportedly tried "
        "to hand a letter from Trump to Kim to North Korean diplomats at the UN mission in New "
        "York, the so-called New York channel, and were turned away more than once.",
        "The second was the demilitarized zone. During his late-October trip to South Korea, "
        "where he held a summit with President Lee Jae-myung in Gyeongju on the margins of "
        'the APEC meeting, Trump said he was "100 percent" open to meeting Kim and would '
        "stay longer if needed; aides looked at Panmunjom as a venue. The North did not "
        "respond, and Trump flew home on October 30 after talks with Xi Jinping at an air "
        "base in Busan.",
        "The third ran through third countries. Sweden, the US protecting power in "
        "Pyongyang, has offered to host talks in Stockholm again, and a Swedish envoy who "
        "visited Pyongyang in November was said by Swedish officials to have carried American "
        "messages. No reply has been made public.",
        "Related Articles\nThe Wonsan-Kalma Resort: A Progress Report\nKim's Beijing Trip and "
        "the Parade",
        "Kim, by contrast, has been busy with other partners. In July he received Russian "
        "Foreign Minister Sergei Lavrov in the east coast city of Wonsan, at the new Kalma "
        "beach resort. In September he stood beside Xi and Vladimir Putin at the military "
        "parade in Beijing and held separate talks with each of them, and in late October he "
        "sent Foreign Minister Choe Son Hui to Moscow for another round with Lavrov.",
        "Inter-Korean contact is no better. Seoul has switched off its loudspeakers and "
        "called on the North, without reply, to pick up the liaison and military lines that "
        "it stopped answering in April 2023.",
        "The next opening may come in April, when Trump is due in Beijing for a state visit "
        "at Xi's invitation. Some in Seoul hope he will add a stop at Panmunjom and ask Kim to "
        "meet him there, as he did in 2019, when a message posted from Osaka produced a "
        "handshake at the line within 32 hours. The last formal negotiation between the two "
        "sides remains the working-level session in Stockholm that October.",
        "Allison Hooker, the under secretary of state for political affairs, who sat in on "
        'the 2018-19 talks, told a Senate hearing last week that the door "remains open." '
        "So far, no one in Pyongyang seems inclined to walk through it.",
        "Tags: Diplomacy, US-DPRK Relations, Inter-Korean Relations",
        "38 North is a program of the Henry L. Stimson Center.\n\u00a9 2026 The Henry L. "
        "Stimson Center",
    ],
    first="A year into his second term, Donald Trump has said more than a dozen times",
    last="no one in Pyongyang seems inclined to walk through it.",
    title="Knocking on a Closed Door: A Year of Trump's Outreach to Kim Jong Un",
    source=None,
    published="2026-02-12",
    dateline=None,
    excludes=[
        "Satellite Imagery",
        "Share this:",
        "Related Articles",
        "Tags: Diplomacy",
        "38 North is a program of the Henry L. Stimson Center.",
    ],
    envoys=[
        E("Donald Trump", "USA", None),
        E("Kim Jong Un", "PRK", None),
        E("Kim Yo Jong", "PRK", "vice department director of the Workers' Party Central Committee"),
        E("Lee Jae-myung", "KOR", "President"),
        E("Xi Jinping", "CHN", None),
        E("Sergei Lavrov", "RUS", "Foreign Minister"),
        E("Vladimir Putin", "RUS", None),
        E("Choe Son Hui", "PRK", "Foreign Minister"),
        E("Allison Hooker", "USA", "under secretary of state for political affairs"),
    ],
    meetings=[
        M(
            ["Donald Trump", "Lee Jae-myung"],
            ["KOR", "USA"],
            "Gyeongju",
            "2025-10",
            "held",
            "summit",
        ),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Panmunjom",
            "2025-10",
            "proposed",
            "summit",
        ),
        M(["Donald Trump", "Xi Jinping"], ["CHN", "USA"], "Busan", "2025-10-30", "held", "summit"),
        M([], ["PRK", "USA"], "Stockholm", None, "proposed"),
        M([], ["PRK", "SWE"], "Pyongyang", "2025-11", "held"),
        M(["Kim Jong Un", "Sergei Lavrov"], ["PRK", "RUS"], "Wonsan", "2025-07", "held"),
        M(["Kim Jong Un", "Xi Jinping"], ["CHN", "PRK"], "Beijing", "2025-09", "held", "summit"),
        M(
            ["Kim Jong Un", "Vladimir Putin"],
            ["PRK", "RUS"],
            "Beijing",
            "2025-09",
            "held",
            "summit",
        ),
        M(["Choe Son Hui", "Sergei Lavrov"], ["PRK", "RUS"], "Moscow", "2025-10", "held"),
        M(
            ["Donald Trump", "Xi Jinping"],
            ["CHN", "USA"],
            "Beijing",
            "2026-04",
            "planned",
            "summit",
        ),
        M(
            ["Donald Trump", "Kim Jong Un"],
            ["PRK", "USA"],
            "Panmunjom",
            "2026-04",
            "proposed",
            "summit",
        ),
        M(["Donald Trump", "Kim Jong Un"], ["PRK", "USA"], "Panmunjom", "2019", "held", "summit"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "held"),
    ],
    channels=[
        C("New York channel", ["PRK", "USA"], "severed", "2025"),
        C("letter", ["PRK", "USA"], "severed", "2025"),
        C("protecting power", ["PRK", "USA"], "open"),
        C("liaison and military lines", ["KOR", "PRK"], "severed", "2023-04"),
    ],
)


for a in ARTICLES:
    (OUT / f"{a['name']}.txt").write_text(a["text"])
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
    (OUT / f"{a['name']}.gold.json").write_text(
        json.dumps(gold, indent=2, ensure_ascii=False) + "\n"
    )
print(
    len(ARTICLES),
    "articles,",
    sum(len(a["envoys"]) for a in ARTICLES),
    "envoys,",
    sum(len(a["meetings"]) for a in ARTICLES),
    "meetings,",
    sum(len(a["channels"]) for a in ARTICLES),
    "channels",
)
