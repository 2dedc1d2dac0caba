"""Write the round-3 envoy probe articles (tNN/hNN .txt) and their gold from one table.

Every article was written for this probe, in the probe writer's own words; the
people are mostly invented, so the officials roster cannot help. The gold was
written before the parser was run on any of them.

Run: python make_probes.py  (writes the files beside this script).
"""

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_records import C, E, M

OUT = Path(__file__).resolve().parent
P: list[dict[str, object]] = []


def add(
    stem,
    lines,
    *,
    title,
    source,
    published,
    dateline,
    first,
    last,
    envoys,
    meetings=(),
    channels=(),
    excludes=(),
    days=(),
):
    for day, wd in days:  # guard the weekday arithmetic behind the gold dates
        assert dt.date.fromisoformat(day).strftime("%A") == wd, (stem, day, wd)
    P.append(
        dict(
            stem=stem,
            text="\n".join(lines) + "\n",
            gold=dict(
                title=title,
                source=source,
                published=published,
                dateline=dateline,
                body_includes=[first, last],
                body_excludes=list(excludes),
                envoys=envoys,
                meetings=list(meetings),
                channels=list(channels),
            ),
        )
    )


# ---------------------------------------------------------------- tune part

# t01 wire: title before name vs apposition; relative clause "who heads";
# byline reporter; analyst; "ready to meet ... anytime" is no meeting
add(
    "t01",
    [
        " date 2024-03-12",
        "S. Korea, U.S. nuclear envoys discuss N. Korea in Seoul",
        "By Park Ji-won",
        "SEOUL, March 12 (Yonhap) -- South Korea's chief nuclear negotiator Seo Jae-hwan held talks with Mark Ellison, the U.S. deputy special representative for North Korea, in Seoul on Tuesday, the foreign ministry said.",
        "Seo, who heads the ministry's Korean Peninsula peace regime bureau, told Ellison that Seoul would keep the door open to dialogue with Pyongyang despite its recent missile tests.",
        "Ellison said Washington harbours no hostile intent toward the North and is ready to meet North Korean officials anywhere, anytime, without preconditions.",
        "The talks came a week after North Korean leader Kim Jong-un called the South the country's principal enemy in a speech to the Supreme People's Assembly.",
        '"The allies want to show they are in lockstep before the U.S. election," said Choi Eun-ji, a research fellow at the Asan Institute for Policy Studies.',
        "(END)",
    ],
    title="S. Korea, U.S. nuclear envoys discuss N. Korea in Seoul",
    source="Yonhap",
    published="2024-03-12",
    dateline="Seoul",
    first="South Korea's chief nuclear negotiator Seo Jae-hwan held talks",
    last="in lockstep before the U.S. election",
    envoys=[
        E("Seo Jae-hwan", "KOR", "chief nuclear negotiator"),
        E("Mark Ellison", "USA", "deputy special representative for North Korea"),
        E("Kim Jong-un", "PRK", "leader"),
    ],
    meetings=[
        M(["Seo Jae-hwan", "Mark Ellison"], ["KOR", "USA"], "Seoul", "2024-03-12", "held", "talks")
    ],
    days=[("2024-03-12", "Tuesday")],
)

# t02 KCNA: long party titles in apposition, "headed by its minister X",
# coordinated titles, ambassador to the DPRK; venue with city
add(
    "t02",
    [
        " date 2018-09-20",
        "Respected Supreme Leader Receives Delegation of Chinese Party",
        "Pyongyang, September 20 (KCNA) -- Kim Jong Un, chairman of the State Affairs Commission of the DPRK, on Wednesday received a delegation of the International Liaison Department of the Communist Party of China headed by its minister Sun Haoran at the Paekhwawon State Guest House in Pyongyang.",
        "Present there were Ri Su Yong, vice-chairman of the Central Committee of the Workers' Party of Korea, and Kim Song Nam, first vice department director of the Central Committee.",
        "Sun Haoran conveyed the warm greetings of Xi Jinping, general secretary of the Central Committee of the Communist Party of China and president of the People's Republic of China.",
        "Also present was Wang Yachen, Chinese ambassador to the DPRK.",
        "The talks proceeded in a comradely and friendly atmosphere, and the two sides exchanged views on matters of mutual concern.",
        "The delegation later visited Kim Il Sung Square and the Tower of the Juche Idea.",
    ],
    title="Respected Supreme Leader Receives Delegation of Chinese Party",
    source="KCNA",
    published="2018-09-20",
    dateline="Pyongyang",
    first="on Wednesday received a delegation of the International Liaison Department",
    last="visited Kim Il Sung Square and the Tower of the Juche Idea",
    envoys=[
        E("Kim Jong Un", "PRK", "chairman of the State Affairs Commission of the DPRK"),
        E("Sun Haoran", "CHN", "minister"),
        E(
            "Ri Su Yong",
            "PRK",
            "vice-chairman of the Central Committee of the Workers' Party of Korea",
        ),
        E("Kim Song Nam", "PRK", "first vice department director of the Central Committee"),
        E(
            "Xi Jinping",
            "CHN",
            "general secretary of the Central Committee of the Communist Party of China and president of the People's Republic of China",
        ),
        E("Wang Yachen", "CHN", "ambassador to the DPRK"),
    ],
    meetings=[
        M(
            ["Kim Jong Un", "Sun Haoran", "Ri Su Yong", "Kim Song Nam", "Wang Yachen"],
            ["CHN", "PRK"],
            "Pyongyang",
            "2018-09-19",
            "held",
            "talks",
        )
    ],
    days=[("2018-09-19", "Wednesday")],
)

# t03 newspaper with "Mr." back-references; kin-only sister; former official
# commenting (an envoy by the guide); two bylines
add(
    "t03",
    [
        " date 2019-02-26",
        "Kim Reaches Hanoi by Train for Second Meeting With Trump",
        "By Hannah Ostrow and Lee Min-seok",
        "HANOI, Vietnam — Kim Jong-un, the North Korean leader, arrived in Hanoi on Tuesday after a two-and-a-half-day train journey across China, a day before his second summit meeting with President Trump.",
        "Mr. Kim was met at the border station of Dong Dang by Vietnamese officials, led by Deputy Prime Minister Vo Thanh Hai, before he switched to a motorcade for the last leg into the capital.",
        "Mr. Trump, who was due to land late Tuesday, will sit down with Mr. Kim on Wednesday evening for a one-on-one conversation followed by dinner, the White House said.",
        "Kim Yo-jong, Mr. Kim's sister, was seen on the platform clutching a glass ashtray.",
        "For days, Kim Hyok-chol, the North's special representative for American affairs, had been haggling in a Hanoi guesthouse with his American counterpart, Stephen Biegun, over the wording of a joint statement.",
        '"Nobody should expect the North to give up its weapons in one go," said Gordon Whitlock, a former National Security Council official who now teaches at Georgetown University.',
        "Share this article",
    ],
    title="Kim Reaches Hanoi by Train for Second Meeting With Trump",
    source=None,
    published="2019-02-26",
    dateline="Hanoi",
    first="arrived in Hanoi on Tuesday after a two-and-a-half-day train journey",
    last="who now teaches at Georgetown University",
    excludes=["Share this article"],
    envoys=[
        E("Kim Jong-un", "PRK", "leader"),
        E("Trump", "USA", "President"),
        E("Vo Thanh Hai", "VNM", "Deputy Prime Minister"),
        E("Kim Hyok-chol", "PRK", "special representative for American affairs"),
        E("Stephen Biegun", "USA", None),
        E("Gordon Whitlock", "USA", "former National Security Council official"),
    ],
    meetings=[
        M(
            ["Kim Jong-un", "Vo Thanh Hai"],
            ["PRK", "VNM"],
            "Dong Dang",
            "2019-02-26",
            "held",
            "summit",
        ),
        M(
            ["Trump", "Kim Jong-un"],
            ["PRK", "USA"],
            "Hanoi",
            "2019-02-27",
            "planned",
            "summit",
        ),
        M(["Kim Hyok-chol", "Stephen Biegun"], ["PRK", "USA"], "Hanoi", "2019-02", "held", "talks"),
    ],
    days=[("2019-02-26", "Tuesday"), ("2019-02-27", "Wednesday")],
)

# t04 inter-Korean talks at Panmunjom: romanisation variants of one name,
# surnames O and Ro, business chairman, photo credit, reporter's e-mail
add(
    "t04",
    [
        " date 2018-01-09",
        "Two Koreas hold first high-level talks in two years",
        "By Kim Bo-ra (kbr@heraldcorp.com)",
        "South and North Korea held their first high-level talks in more than two years at the truce village of Panmunjom on Tuesday, agreeing to discuss the North's participation in the PyeongChang Winter Olympics.",
        "The South's five-member delegation was led by Unification Minister Cho Myoung-gyon, while the North sent Ri Son-gwon, chairman of the Committee for the Peaceful Reunification of the Country.",
        "Cho Myung-kyun, as his name is sometimes spelled, proposed reunions of families separated by the 1950-53 Korean War. Ri answered that the North would consider it.",
        "Vice Unification Minister Ro Tae-kang and O Yong Chol, a senior official of the North's reunification committee, are to hold working-level follow-up talks next week.",
        "Hyun Jae-sook, chairwoman of the Hyundai Asan group that once ran tours to Mount Kumgang, welcomed the talks and said her company hoped to resume the tours.",
        "Chief delegates shake hands at the Peace House on Tuesday. (Joint Press Corps)",
        'Minister Cho told reporters later that the talks were "a good start."',
    ],
    title="Two Koreas hold first high-level talks in two years",
    source=None,
    published="2018-01-09",
    dateline=None,
    first="South and North Korea held their first high-level talks in more than two years",
    last='the talks were "a good start."',
    envoys=[
        E("Cho Myoung-gyon", "KOR", "Unification Minister"),
        E(
            "Ri Son-gwon",
            "PRK",
            "chairman of the Committee for the Peaceful Reunification of the Country",
        ),
        E("Ro Tae-kang", "KOR", "Vice Unification Minister"),
        E("O Yong Chol", "PRK", "senior official of the North's reunification committee"),
    ],
    meetings=[
        M(
            ["Cho Myoung-gyon", "Ri Son-gwon"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2018-01-09",
            "held",
            "talks",
        ),
        M(["Ro Tae-kang", "O Yong Chol"], ["KOR", "PRK"], None, "2018-01", "planned", "talks"),
    ],
    days=[("2018-01-09", "Tuesday")],
)

# t05 six-party talks: many delegations, "who chairs the talks",
# photo credit "AP Photo/X", professor, speaker frame "X said"
add(
    "t05",
    [
        " date 2007-03-19",
        "Six-party talks resume in Beijing amid funds dispute",
        "BEIJING (AP) — Envoys from six nations reopened talks on North Korea's nuclear programme in Beijing on Monday, with the North demanding the return of frozen funds before it takes further steps.",
        "Chief U.S. negotiator Daniel Marsh, an assistant secretary of state, said he expected the money issue to be settled within days.",
        '"We are ready to move to the next phase," Marsh told reporters at his hotel.',
        "North Korea's delegation is led by Vice Foreign Minister Han Sung Gil, who met Marsh for an hour on the sidelines on Monday afternoon.",
        "Chinese Vice Foreign Minister Liu Jianping, who chairs the talks, urged all sides to show flexibility. Japan's envoy, Keisuke Tanabe, director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, said Tokyo would raise the fate of Japanese abducted by the North.",
        "South Korea's Song Ji-hoon and Russia's deputy foreign minister Igor Ryabov also attended the opening session at the Diaoyutai state guesthouse.",
        "Delegates pose before the opening session. (AP Photo/Wen Jiaqi)",
        "Zhou Haitao, an international relations professor at Renmin University, said the funds dispute could stall the process for weeks.",
    ],
    title="Six-party talks resume in Beijing amid funds dispute",
    source="AP",
    published="2007-03-19",
    dateline="Beijing",
    first="Envoys from six nations reopened talks on North Korea's nuclear programme",
    last="could stall the process for weeks",
    envoys=[
        E("Daniel Marsh", "USA", "assistant secretary of state"),
        E("Han Sung Gil", "PRK", "Vice Foreign Minister"),
        E("Liu Jianping", "CHN", "Vice Foreign Minister"),
        E(
            "Keisuke Tanabe",
            "JPN",
            "director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Song Ji-hoon", "KOR", None),
        E("Igor Ryabov", "RUS", "deputy foreign minister"),
    ],
    meetings=[
        M(
            [
                "Daniel Marsh",
                "Han Sung Gil",
                "Liu Jianping",
                "Keisuke Tanabe",
                "Song Ji-hoon",
                "Igor Ryabov",
            ],
            ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"],
            "Beijing",
            "2007-03-19",
            "held",
            "talks",
        ),
        M(
            ["Han Sung Gil", "Daniel Marsh"],
            ["PRK", "USA"],
            "Beijing",
            "2007-03-19",
            "held",
            "talks",
        ),
    ],
    days=[("2007-03-19", "Monday")],
)

# t06 TASS: Russian officials; Kremlin spokesman; ambassador "to the DPRK";
# "Pyongyang's" cue; frame "X is ready to ..., Y said"
add(
    "t06",
    [
        " date 2023-09-13",
        "Putin and Kim hold talks at Vostochny spaceport",
        "VOSTOCHNY, September 13. /TASS/. Russian President Vladimir Putin held talks with Kim Jong Un, Chairman of the State Affairs of the DPRK, at the Vostochny cosmodrome in the Amur Region on Wednesday, the Kremlin said.",
        "Russia is ready to help the DPRK build satellites, President Putin told journalists after the talks.",
        "Kremlin spokesman Dmitry Peskov said the sides had not signed any agreements.",
        "Pyongyang's foreign minister, Choe Son Hui, and Marshal Pak Jong Chon, a secretary of the ruling party, sat in on the expanded round of talks, along with Russian Defence Minister Sergei Shoigu.",
        "Alexander Matsegora, Russia's ambassador in Pyongyang, told TASS that the visit had been prepared over several months.",
        "Read also: Putin accepts invitation to visit North Korea",
    ],
    title="Putin and Kim hold talks at Vostochny spaceport",
    source="TASS",
    published="2023-09-13",
    dateline="Vostochny",
    first="Russian President Vladimir Putin held talks with Kim Jong Un",
    last="had been prepared over several months",
    excludes=["Read also: Putin accepts invitation to visit North Korea"],
    envoys=[
        E("Vladimir Putin", "RUS", "President"),
        E("Kim Jong Un", "PRK", "Chairman of the State Affairs of the DPRK"),
        E("Dmitry Peskov", "RUS", "Kremlin spokesman"),
        E("Choe Son Hui", "PRK", "foreign minister"),
        E("Pak Jong Chon", "PRK", "secretary of the ruling party"),
        E("Sergei Shoigu", "RUS", "Defence Minister"),
        E("Alexander Matsegora", "RUS", "ambassador in Pyongyang"),
    ],
    meetings=[
        M(
            ["Vladimir Putin", "Kim Jong Un", "Choe Son Hui", "Pak Jong Chon", "Sergei Shoigu"],
            ["PRK", "RUS"],
            "Vostochny cosmodrome",
            "2023-09-13",
            "held",
            "summit",
        ),
    ],
    days=[("2023-09-13", "Wednesday")],
)

# t07 broadcaster: kin-only daughter; defector; photographer; UN official
# (country null); "the North's" cue
add(
    "t07",
    [
        " date 2024-05-21",
        "North Korea hosts UN food agency chief in rare visit",
        "By Grace Whitfield, BBC News, Seoul",
        "A senior United Nations official has held talks in Pyongyang with North Korean officials, in the first such visit since the country sealed its borders in 2020.",
        "Helena Brandt, the deputy executive director of the World Food Programme, met the North's vice foreign minister, Kim Son Gyong, on Tuesday, state media said.",
        "Ms Brandt also toured a children's hospital, where she was shown around by Health Minister Jong Myong Su.",
        "The trip comes weeks after Kim Jong Un and his daughter Kim Ju Ae were shown inspecting a new greenhouse farm.",
        "Kang Min-seo, who fled the North in 2014 and now runs a support group in Seoul, said aid rarely reached ordinary families.",
        "Image caption, Ms Brandt arrives at Pyongyang's Sunan airport (Image: Choi Jae-woo/Getty)",
    ],
    title="North Korea hosts UN food agency chief in rare visit",
    source="BBC News",
    published="2024-05-21",
    dateline=None,
    first="A senior United Nations official has held talks in Pyongyang",
    last="aid rarely reached ordinary families",
    envoys=[
        E("Helena Brandt", None, "deputy executive director of the World Food Programme"),
        E("Kim Son Gyong", "PRK", "vice foreign minister"),
        E("Jong Myong Su", "PRK", "Health Minister"),
        E("Kim Jong Un", "PRK", None),
    ],
    meetings=[
        M(
            ["Helena Brandt", "Kim Son Gyong", "Jong Myong Su"],
            ["PRK"],
            "Pyongyang",
            "2024-05-21",
            "held",
            "talks",
        ),
    ],
    days=[("2024-05-21", "Tuesday")],
)

# t08 Japanese names given-first and surname-only; abductee kin; Mongolian
# minister; "Chief Cabinet Secretary" (a post of one state)
add(
    "t08",
    [
        " date 2024-11-01",
        "Japan, N. Korea officials said to have met secretly in Mongolia",
        "KYODO NEWS - Nov 1, 2024 - 18:40 | All, Japan, World",
        "TOKYO - Japanese and North Korean officials held secret contacts in Ulaanbaatar last month, sources close to bilateral relations said Friday.",
        'Chief Cabinet Secretary Hiroaki Tsujimura declined to confirm the report, saying only that Tokyo was using "various channels" to resolve the abduction issue.',
        "Foreign Minister Yumiko Sakata is expected to visit Mongolia later this month, where she will meet her Mongolian counterpart, Batbold Erdenechimeg.",
        'Sakata said at a press conference that she was "not in a position to comment" on diplomatic exchanges.',
        "Takumi Yokoyama, whose elder sister was abducted in 1978, urged the government to act before the families' parents die.",
        "Related coverage:",
        "Japan to keep sanctions on North Korea for two more years",
    ],
    title="Japan, N. Korea officials said to have met secretly in Mongolia",
    source="KYODO NEWS",
    published="2024-11-01",
    dateline="Tokyo",
    first="Japanese and North Korean officials held secret contacts in Ulaanbaatar last month",
    last="before the families' parents die",
    excludes=["Japan to keep sanctions on North Korea for two more years"],
    envoys=[
        E("Hiroaki Tsujimura", "JPN", "Chief Cabinet Secretary"),
        E("Yumiko Sakata", "JPN", "Foreign Minister"),
        E("Batbold Erdenechimeg", "MNG", None),
    ],
    meetings=[
        M([], ["JPN", "PRK"], "Ulaanbaatar", "2024-10", "held", "talks"),
        M(
            ["Yumiko Sakata", "Batbold Erdenechimeg"],
            ["JPN", "MNG"],
            "Mongolia",
            "2024-11",
            "planned",
            "talks",
        ),
    ],
)

# t09 UN Security Council: UN and IAEA officials (country null);
# "ambassador to the United Nations"; deputy ambassador; think-tank analyst
add(
    "t09",
    [
        " date 2017-09-22",
        "Security Council divided over North Korea sanctions",
        "UNITED NATIONS (Reuters) - The U.N. Security Council met on Friday to discuss North Korea's latest nuclear test, with Washington and Beijing at odds over new sanctions.",
        "U.N. Secretary-General Mateus Vieira told the council that the situation was the most dangerous in years.",
        "Ilse Moravec, director general of the International Atomic Energy Agency, said her inspectors had detected renewed activity at the Yongbyon reactor.",
        "North Korea's ambassador to the United Nations, Ja Song Il, walked out before the U.S. ambassador, Karen Whitmore, began to speak.",
        "China's deputy U.N. ambassador Zhang Lihua said sanctions alone would not solve the problem.",
        "Marcus Feld, a senior fellow at the Center for Arms Control in Washington, said the divisions played into Pyongyang's hands.",
        "Reporting by Tom Asher; Editing by Clara Nunes",
    ],
    title="Security Council divided over North Korea sanctions",
    source="Reuters",
    published="2017-09-22",
    dateline="United Nations",
    first="The U.N. Security Council met on Friday to discuss North Korea's latest nuclear test",
    last="the divisions played into Pyongyang's hands",
    envoys=[
        E("Mateus Vieira", None, "Secretary-General"),
        E("Ilse Moravec", None, "director general of the International Atomic Energy Agency"),
        E("Ja Song Il", "PRK", "ambassador to the United Nations"),
        E("Karen Whitmore", "USA", "ambassador"),
        E("Zhang Lihua", "CHN", "deputy U.N. ambassador"),
    ],
    meetings=[
        M(
            ["Mateus Vieira", "Ja Song Il", "Karen Whitmore", "Zhang Lihua"],
            ["CHN", "PRK", "USA"],
            "New York",
            "2017-09-22",
            "held",
            "talks",
        )
    ],
    days=[("2017-09-22", "Friday")],
)
# The Council's venue is "United Nations" by the dateline only; no city named.
P[-1]["gold"]["meetings"][0]["location"] = None  # type: ignore[index]

# t10 Xinhua state visit: entourage list "including X, Y and Z";
# coordinated "foreign minister and state councilor"; Kim Il Sung Square
add(
    "t10",
    [
        " date 2019-06-20",
        "Xi arrives in Pyongyang for state visit to DPRK",
        "Source: Xinhua| 2019-06-20 13:05:11|Editor: Liu",
        "PYONGYANG, June 20 (Xinhua) -- Chinese President Xi Jinping arrived here Thursday for a two-day state visit to the Democratic People's Republic of Korea (DPRK).",
        "Xi was greeted at the airport by Kim Jong Un, chairman of the Workers' Party of Korea and chairman of the State Affairs Commission of the DPRK.",
        "Xi is accompanied by senior officials including Cai Hongwei, director of the General Office of the Communist Party of China Central Committee, and Zhao Mingyuan, state councilor and foreign minister.",
        "Tens of thousands of residents lined the streets to Kim Il Sung Square to welcome the Chinese guests.",
        "The two leaders will hold talks later on Thursday, Zhao told reporters on the plane.",
        "Choe Ryong Hae, president of the Presidium of the Supreme People's Assembly, will host a banquet in Xi's honour.",
    ],
    title="Xi arrives in Pyongyang for state visit to DPRK",
    source="Xinhua",
    published="2019-06-20",
    dateline="Pyongyang",
    first="Chinese President Xi Jinping arrived here Thursday",
    last="will host a banquet in Xi's honour",
    envoys=[
        E("Xi Jinping", "CHN", "President"),
        E(
            "Kim Jong Un",
            "PRK",
            "chairman of the Workers' Party of Korea and chairman of the State Affairs Commission of the DPRK",
        ),
        E(
            "Cai Hongwei",
            "CHN",
            "director of the General Office of the Communist Party of China Central Committee",
        ),
        E("Zhao Mingyuan", "CHN", "state councilor and foreign minister"),
        E("Choe Ryong Hae", "PRK", "president of the Presidium of the Supreme People's Assembly"),
    ],
    meetings=[
        M(
            ["Xi Jinping", "Kim Jong Un", "Cai Hongwei", "Zhao Mingyuan", "Choe Ryong Hae"],
            ["CHN", "PRK"],
            "Pyongyang",
            "2019-06-20",
            "held",
            "summit",
        )
    ],
    days=[("2019-06-20", "Thursday")],
)

# t11 specialist site: reporter byline; Swedish envoy; "a Pyongyang-based
# diplomat" (unnamed); names with Pak/Ri; university named after a person
add(
    "t11",
    [
        " date 2021-10-06",
        "North Korea receives Swedish envoy as embassies stay shut",
        "Chad Ellery October 6, 2021",
        "Sweden's special envoy for the Korean Peninsula, Joakim Berglund, held talks with North Korean Vice Foreign Minister Pak Myong Ho by video link on Wednesday, the Swedish foreign ministry said.",
        "Berglund raised the return of foreign diplomats to Pyongyang, where the Swedish embassy has been empty since early 2021.",
        'Pak, who handles relations with European countries, said the border would reopen "when conditions permit," according to the ministry\'s readout.',
        "North Korea's foreign minister, Ri Son Gwon, has not met a Western diplomat in person since taking office.",
        "Last month state media showed students at Kim Chaek University of Technology studying a speech by Kim Jong Un.",
        "Edited by Oliver Hendry",
        "Join NK Pro today for full access to our analysis",
    ],
    title="North Korea receives Swedish envoy as embassies stay shut",
    source=None,
    published="2021-10-06",
    dateline=None,
    first="Sweden's special envoy for the Korean Peninsula, Joakim Berglund, held talks",
    last="studying a speech by Kim Jong Un",
    excludes=["Join NK Pro today for full access to our analysis"],
    envoys=[
        E("Joakim Berglund", "SWE", "special envoy for the Korean Peninsula"),
        E("Pak Myong Ho", "PRK", "Vice Foreign Minister"),
        E("Ri Son Gwon", "PRK", "foreign minister"),
        E("Kim Jong Un", "PRK", None),
    ],
    meetings=[
        M(["Joakim Berglund", "Pak Myong Ho"], ["PRK", "SWE"], None, "2021-10-06", "held", "call")
    ],
    days=[("2021-10-06", "Wednesday")],
)

# t12 broadcaster, U.S. side: "Deputy Secretary of State" (one state's post);
# spokesperson; surname-only back-reference shared with a leader (Kim)
add(
    "t12",
    [
        " date 2020-12-09",
        "US deputy secretary in Seoul for farewell visit",
        "VOA News",
        "SEOUL — U.S. Deputy Secretary of State Nathan Crowell arrived in Seoul on Wednesday for a three-day visit, his last before the change of administration in Washington.",
        "Crowell will meet South Korea's First Vice Foreign Minister Choi Hyun-woo on Thursday and is expected to call on Foreign Minister Kang Mi-sook.",
        'State Department spokesperson Alicia Porter said the visit would "reaffirm the ironclad alliance."',
        "Sung Kim, the U.S. ambassador to Indonesia who previously served as special representative for North Korea, is accompanying him. Kim said the door to Pyongyang remained open.",
        "North Korea has ignored repeated U.S. offers of talks since the Stockholm meeting of October 2019.",
        "Some information for this report came from Reuters.",
    ],
    title="US deputy secretary in Seoul for farewell visit",
    source="VOA News",
    published="2020-12-09",
    dateline="Seoul",
    first="Deputy Secretary of State Nathan Crowell arrived in Seoul on Wednesday",
    last="since the Stockholm meeting of October 2019",
    envoys=[
        E("Nathan Crowell", "USA", "Deputy Secretary of State"),
        E("Choi Hyun-woo", "KOR", "First Vice Foreign Minister"),
        E("Kang Mi-sook", "KOR", "Foreign Minister"),
        E("Alicia Porter", "USA", "State Department spokesperson"),
        E("Sung Kim", "USA", "ambassador to Indonesia"),
    ],
    meetings=[
        M(
            ["Nathan Crowell", "Choi Hyun-woo", "Sung Kim"],
            ["KOR", "USA"],
            "Seoul",
            "2020-12-10",
            "planned",
            "talks",
        ),
        M(["Nathan Crowell", "Kang Mi-sook"], ["KOR", "USA"], "Seoul", None, "planned", "talks"),
        M([], ["PRK", "USA"], "Stockholm", "2019-10", "held", "talks"),
    ],
    days=[("2020-12-09", "Wednesday")],
)

# t13 1994 history: former President as envoy; wife kin-only; first vice
# foreign minister; assistant secretary of state; university named after a leader
add(
    "t13",
    [
        " date 1994-06-17",
        "Carter says North Korea ready to freeze nuclear program",
        "By Lee Sang-chul, Staff reporter",
        "Former U.S. President Jimmy Carter said Friday that North Korean President Kim Il Sung had agreed to freeze the country's nuclear program while talks with Washington resume.",
        "Carter met Kim for about three hours in Pyongyang on Thursday, accompanied by his wife Rosalynn. He also held talks with First Vice Foreign Minister Kang Sok Ju.",
        "In Washington, Assistant Secretary of State Robert Galloway, the chief U.S. negotiator, said the administration would study Carter's account carefully.",
        'President Kim Young-sam of South Korea said he was willing to meet the North Korean leader "anywhere, anytime."',
        "The former president visited Kim Il Sung University before crossing back to the South through Panmunjom on Saturday.",
    ],
    title="Carter says North Korea ready to freeze nuclear program",
    source=None,
    published="1994-06-17",
    dateline=None,
    first="Former U.S. President Jimmy Carter said Friday",
    last="back to the South through Panmunjom on Saturday",
    envoys=[
        E("Jimmy Carter", "USA", "Former President"),
        E("Kim Il Sung", "PRK", "President"),
        E("Kang Sok Ju", "PRK", "First Vice Foreign Minister"),
        E("Robert Galloway", "USA", "chief U.S. negotiator"),
        E("Kim Young-sam", "KOR", "President"),
    ],
    meetings=[
        M(
            ["Jimmy Carter", "Kim Il Sung"],
            ["PRK", "USA"],
            "Pyongyang",
            "1994-06-16",
            "held",
            "talks",
        ),
        M(["Jimmy Carter", "Kang Sok Ju"], ["PRK", "USA"], "Pyongyang", None, "held", "talks"),
        M(["Kim Young-sam"], ["KOR", "PRK"], None, None, "proposed", "summit"),
    ],
    days=[("1994-06-16", "Thursday")],
)

# t14 newspaper at the UN General Assembly: coordinated titles ("foreign
# minister and deputy prime minister"), "Mr." in a quote frame, former ambassador
add(
    "t14",
    [
        " date 2017-09-19",
        "North Korea's foreign minister heads to New York as war of words escalates",
        "Ellen Marsh in New York",
        "Tue 19 Sep 2017 18.02 BST",
        "North Korea's foreign minister, Ri Yong-ho, is due in New York this week for the UN general assembly, where he is expected to reply to Donald Trump's threat to \"totally destroy\" the country.",
        "Yerlan Saparov, Kazakhstan's foreign minister and deputy prime minister, said he had offered his capital as a venue for talks between Pyongyang and Washington.",
        'The US secretary of state, Rex Tillerson, told reporters that diplomatic efforts "remain our preferred approach". Mr Tillerson did not say whether he would cross paths with Mr Ri.',
        '"Nobody in Pyongyang is listening to threats," said Bill Hartnett, a former US ambassador to South Korea.',
        "Han Song-ryol, a North Korean diplomat who served at the country's UN mission, was quoted by state media as saying the country would never negotiate away its deterrent.",
        "Topics: North Korea | United Nations | Donald Trump",
    ],
    title="North Korea's foreign minister heads to New York as war of words escalates",
    source=None,
    published="2017-09-19",
    dateline=None,
    first="North Korea's foreign minister, Ri Yong-ho, is due in New York this week",
    last="would never negotiate away its deterrent",
    excludes=["Topics: North Korea | United Nations | Donald Trump"],
    envoys=[
        E("Ri Yong-ho", "PRK", "foreign minister"),
        E("Donald Trump", "USA", None),
        E("Yerlan Saparov", "KAZ", "foreign minister and deputy prime minister"),
        E("Rex Tillerson", "USA", "secretary of state"),
        E("Bill Hartnett", "USA", "former US ambassador to South Korea"),
        E("Han Song-ryol", "PRK", "diplomat"),
    ],
    meetings=[
        M([], ["PRK", "USA"], None, None, "proposed", "talks"),
    ],
)

# t15 Singapore summit, regional paper: host officials; photo credit
# "Photo: X"; analyst fellow; "Mr." with Kim; two-title apposition
add(
    "t15",
    [
        " date 2018-06-12",
        "Trump and Kim shake hands at Capella hotel in historic summit",
        "PUBLISHED : Tuesday, 12 June, 2018, 10:14am",
        "Donald Trump and Kim Jong-un met on Singapore's Sentosa island on Tuesday, the first meeting between a sitting US president and a North Korean leader.",
        "Singapore's Foreign Minister Vivian Balakrishnan, who had flown to Pyongyang and Washington to help arrange the summit, greeted both delegations.",
        "Kim was accompanied by Kim Yong-chol, vice-chairman of the party's central committee, and foreign minister Ri Yong-ho. Secretary of State Mike Pompeo and national security adviser John Bolton sat on the US side of the table.",
        "The two leaders will sign a joint statement later on Tuesday, the White House press secretary, Sarah Sanders, told reporters.",
        "Zhao Tianyi, a fellow at the Carnegie-Tsinghua Centre for Global Policy, said China would watch closely for any talk of US troop cuts.",
        "Photo: Roy Issa",
    ],
    title="Trump and Kim shake hands at Capella hotel in historic summit",
    source=None,
    published="2018-06-12",
    dateline=None,
    first="Donald Trump and Kim Jong-un met on Singapore's Sentosa island on Tuesday",
    last="would watch closely for any talk of US troop cuts",
    envoys=[
        E("Donald Trump", "USA", "president"),
        E("Kim Jong-un", "PRK", "leader"),
        E("Vivian Balakrishnan", "SGP", "Foreign Minister"),
        E("Kim Yong-chol", "PRK", "vice-chairman of the party's central committee"),
        E("Ri Yong-ho", "PRK", "foreign minister"),
        E("Mike Pompeo", "USA", "Secretary of State"),
        E("John Bolton", "USA", "national security adviser"),
        E("Sarah Sanders", "USA", "White House press secretary"),
    ],
    meetings=[
        M(
            [
                "Donald Trump",
                "Kim Jong-un",
                "Kim Yong-chol",
                "Ri Yong-ho",
                "Mike Pompeo",
                "John Bolton",
            ],
            ["PRK", "USA"],
            "Sentosa",
            "2018-06-12",
            "held",
            "summit",
        ),
        M(["Vivian Balakrishnan"], ["PRK", "SGP"], "Pyongyang", None, "held", "talks"),
        M(["Vivian Balakrishnan"], ["SGP", "USA"], "Washington", None, "held", "talks"),
    ],
    days=[("2018-06-12", "Tuesday")],
)
# Title words of Trump and Kim are not stated as posts here.
P[-1]["gold"]["envoys"][0]["title"] = None  # type: ignore[index]
P[-1]["gold"]["envoys"][1]["title"] = None  # type: ignore[index]

# t16 military talks at Panmunjom: military ranks before names (Col., Lt.
# Gen.), surname An; "head of the North's delegation"; "the North's"
add(
    "t16",
    [
        " date 2025-07-16",
        "Koreas hold first general-level military talks in seven years",
        "Posted : 2025-07-16 17:20",
        "By Yoon Se-ra",
        "The two Koreas held general-level military talks at the border village of Panmunjom on Wednesday, the first since 2018, the defense ministry said.",
        "The South's delegation was led by Maj. Gen. Park Sung-chan, the ministry's policy planning chief, while Lt. Gen. An Kwang Il, head of the North's delegation, led a five-member team.",
        "An proposed restoring the military hotline, which the North cut in April 2023. Park said the South would respond once the two sides agree on a timetable.",
        "Col. Jo Yong Nam of the Korean People's Army accompanied An and read out the North's proposals.",
        'Defense Minister Lee Kang-hyuk said in Seoul the talks were "a first step."',
        "Chun Sang-woo, a lecturer in security studies at Kyungnam University, said the North wanted to show it could talk to Seoul without Washington.",
    ],
    title="Koreas hold first general-level military talks in seven years",
    source=None,
    published="2025-07-16",
    dateline=None,
    first="The two Koreas held general-level military talks at the border village of Panmunjom",
    last="could talk to Seoul without Washington",
    envoys=[
        E("Park Sung-chan", "KOR", "policy planning chief"),
        E("An Kwang Il", "PRK", "head of the North's delegation"),
        E("Jo Yong Nam", "PRK", "Col."),
        E("Lee Kang-hyuk", "KOR", "Defense Minister"),
    ],
    meetings=[
        M(
            ["Park Sung-chan", "An Kwang Il", "Jo Yong Nam"],
            ["KOR", "PRK"],
            "Panmunjom",
            "2025-07-16",
            "held",
            "talks",
        )
    ],
    channels=[C("military hotline", ["KOR", "PRK"], "proposed", "2025-07-16")],
    days=[("2025-07-16", "Wednesday")],
)
# A rank alone ("Col.") is no post.
P[-1]["gold"]["envoys"][2]["title"] = None  # type: ignore[index]

# ---------------------------------------------------------------- held-out part

# h01 wire, Stockholm talks: host foreign minister; "the North's chief
# negotiator"; statement read out; analyst
add(
    "h01",
    [
        " date 2019-10-05",
        "N.Korea says talks with U.S. in Stockholm broke down",
        "STOCKHOLM (AFP) - North Korea's chief negotiator said on Saturday that working-level nuclear talks with the United States in the Swedish capital had broken down.",
        'Kim Myong Gil, the North\'s ambassador-at-large, told reporters outside his embassy that the U.S. side had come "empty-handed."',
        'State Department spokeswoman Morgan Ortagus said the American delegation, led by special representative Stephen Biegun, had brought "creative ideas" and had offered to meet again in two weeks.',
        "Swedish Foreign Minister Ann Linde said her country stood ready to host further rounds.",
        "Hwang Ji-min, a researcher at the Korea Institute for National Unification, said Pyongyang was raising the price for a deal.",
        "© AFP 2019",
    ],
    title="N.Korea says talks with U.S. in Stockholm broke down",
    source="AFP",
    published="2019-10-05",
    dateline="Stockholm",
    first="North Korea's chief negotiator said on Saturday",
    last="was raising the price for a deal",
    excludes=["© AFP 2019"],
    envoys=[
        E("Kim Myong Gil", "PRK", "ambassador-at-large"),
        E("Morgan Ortagus", "USA", "State Department spokeswoman"),
        E("Stephen Biegun", "USA", "special representative"),
        E("Ann Linde", "SWE", "Foreign Minister"),
    ],
    meetings=[
        M(
            ["Kim Myong Gil", "Stephen Biegun"],
            ["PRK", "USA"],
            "Stockholm",
            "2019-10",
            "held",
            "talks",
        ),
        M([], ["PRK", "USA"], None, "2019-10", "proposed", "talks"),
    ],
)

# h02 Red Cross talks at Mount Kumgang: Red Cross heads; unification
# ministry spokesperson; separated family member (not an envoy)
add(
    "h02",
    [
        " date 2018-06-22",
        "Koreas agree to hold family reunions in August",
        "SEOUL, June 22 (Yonhap) -- South and North Korea agreed Friday to hold reunions of families separated by the Korean War in August, after Red Cross talks at the North's Mount Kumgang resort.",
        "The South's delegation was led by Park Kyung-seo, president of the Korean Red Cross, and the North's by Pak Yong Il, vice chairman of the Committee for the Peaceful Reunification of the Country.",
        "Unification ministry spokesperson Baek Tae-hyun said about 100 families from each side would take part.",
        "Kim Hye-ok, 91, who has not seen her younger brother since 1951, said she hoped her name would be drawn this time.",
        "(END)",
    ],
    title="Koreas agree to hold family reunions in August",
    source="Yonhap",
    published="2018-06-22",
    dateline="Seoul",
    first="South and North Korea agreed Friday to hold reunions of families",
    last="her name would be drawn this time",
    envoys=[
        E("Park Kyung-seo", "KOR", "president of the Korean Red Cross"),
        E(
            "Pak Yong Il",
            "PRK",
            "vice chairman of the Committee for the Peaceful Reunification of the Country",
        ),
        E("Baek Tae-hyun", "KOR", "Unification ministry spokesperson"),
    ],
    meetings=[
        M(
            ["Park Kyung-seo", "Pak Yong Il"],
            ["KOR", "PRK"],
            "Mount Kumgang",
            "2018-06-22",
            "held",
            "talks",
        ),
    ],
    days=[("2018-06-22", "Friday")],
)

# h03 Russia–DPRK foreign ministers: "Pyongyang's top diplomat"; Kremlin aide;
# ambassador; Russian demonym; analyst
add(
    "h03",
    [
        " date 2024-11-05",
        "N. Korean FM holds talks with Lavrov in Moscow",
        "SEOUL, Nov. 5 (Yonhap) -- North Korean Foreign Minister Choe Son Hui held talks with her Russian counterpart Sergei Lavrov in Moscow on Monday, Russian state media reported.",
        "Pyongyang's top diplomat is on her second trip to Russia in less than two months.",
        "Yuri Ushakov, a Kremlin aide, said President Vladimir Putin may also receive Choe this week.",
        "Russian Ambassador to North Korea Alexander Matsegora attended the talks.",
        "Lim Eul-chul, a professor at Kyungnam University, said the two sides were likely discussing troop deployments.",
        "(END)",
    ],
    title="N. Korean FM holds talks with Lavrov in Moscow",
    source="Yonhap",
    published="2024-11-05",
    dateline="Seoul",
    first="North Korean Foreign Minister Choe Son Hui held talks",
    last="were likely discussing troop deployments",
    envoys=[
        E("Choe Son Hui", "PRK", "Foreign Minister"),
        E("Sergei Lavrov", "RUS", None),
        E("Yuri Ushakov", "RUS", "Kremlin aide"),
        E("Vladimir Putin", "RUS", "President"),
        E("Alexander Matsegora", "RUS", "Ambassador to North Korea"),
    ],
    meetings=[
        M(
            ["Choe Son Hui", "Sergei Lavrov", "Alexander Matsegora"],
            ["PRK", "RUS"],
            "Moscow",
            "2024-11-04",
            "held",
            "talks",
        ),
        M(
            ["Vladimir Putin", "Choe Son Hui"],
            ["PRK", "RUS"],
            "Moscow",
            "2024-11",
            "proposed",
            "talks",
        ),
    ],
    days=[("2024-11-04", "Monday")],
)

# h04 think-tank commentary: authors not envoys; former officials are;
# titles in relative clauses
add(
    "h04",
    [
        " date 2022-04-14",
        "What Pyongyang Wants From the Next Administration in Seoul",
        "By Rachel Dunmore and Ko Eun-bi",
        "April 14, 2022",
        "When President-elect Yoon Suk-yeol takes office next month, he will inherit a frozen relationship with the North.",
        "Chung Eui-yong, who served as national security adviser before becoming foreign minister, argued in 2018 that summits could break the deadlock.",
        "Yoon's pick for unification minister, Kwon Young-se, has said he would seek talks with his North Korean counterpart without conditions.",
        "Pyongyang, for its part, has signalled through Kim Yo Jong, the vice department director of the party's Central Committee, that it has little interest.",
        "Rachel Dunmore is a senior fellow at the Pacific Forum. Ko Eun-bi is a research associate there.",
    ],
    title="What Pyongyang Wants From the Next Administration in Seoul",
    source=None,
    published="2022-04-14",
    dateline=None,
    first="When President-elect Yoon Suk-yeol takes office next month",
    last="Ko Eun-bi is a research associate there",
    envoys=[
        E("Yoon Suk-yeol", "KOR", "President-elect"),
        E("Chung Eui-yong", "KOR", "foreign minister"),
        E("Kwon Young-se", "KOR", "unification minister"),
        E("Kim Yo Jong", "PRK", "vice department director of the party's Central Committee"),
    ],
    meetings=[M(["Kwon Young-se"], ["KOR", "PRK"], None, None, "proposed", "talks")],
)

# h05 Japanese outlet: surname-first Japanese names; Mongolian president;
# abductee kin
add(
    "h05",
    [
        " date 2014-03-17",
        "Yokota couple meets granddaughter in Ulan Bator",
        "The Japan Times",
        "The parents of abductee Megumi Yokota met their granddaughter, Kim Eun-gyong, for the first time in Mongolia last week, Chief Cabinet Secretary Yoshihide Suga said Monday.",
        "Shigeru Yokota and his wife, Sakie, spent several days with her in Ulan Bator, in a meeting arranged with the help of the Mongolian government.",
        "Suga said Japanese and North Korean Red Cross officials had also met on the sidelines, and that government-level talks could follow.",
        "Junichi Ihara, director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau, is expected to lead Japan's side in any talks.",
        "Mongolian President Tsakhiagiin Elbegdorj has offered to host talks between Tokyo and Pyongyang.",
    ],
    title="Yokota couple meets granddaughter in Ulan Bator",
    source="The Japan Times",
    published="2014-03-17",
    dateline=None,
    first="The parents of abductee Megumi Yokota met their granddaughter",
    last="has offered to host talks between Tokyo and Pyongyang",
    envoys=[
        E("Yoshihide Suga", "JPN", "Chief Cabinet Secretary"),
        E(
            "Junichi Ihara",
            "JPN",
            "director-general of the Foreign Ministry's Asian and Oceanian Affairs Bureau",
        ),
        E("Tsakhiagiin Elbegdorj", "MNG", "President"),
    ],
    meetings=[
        M([], ["JPN", "PRK"], "Ulan Bator", "2014-03", "held", "talks"),
        M(["Junichi Ihara"], ["JPN", "PRK"], None, None, "proposed", "talks"),
    ],
)

# h06 broadcaster: leaders' phone call; presidential spokesperson; "Prime
# Minister" of Japan; "Mr." absent; kin; analyst
add(
    "h06",
    [
        " date 2025-06-09",
        "President Lee, Japanese PM Ishiba hold first phone call",
        "KBS WORLD",
        "President Lee Jae-myung held his first phone talks with Japanese Prime Minister Shigeru Ishiba on Monday and agreed to keep close cooperation on North Korea.",
        "Presidential spokesperson Kang Yu-jung said the two leaders spoke for about 25 minutes.",
        "Ishiba invited Lee to visit Japan at an early date, Kang said, and Lee said he would consider it.",
        "National security adviser Wi Sung-lac is expected to visit Washington later this month for talks with his U.S. counterpart.",
        "Park Won-gon, a professor of North Korean studies at Ewha Womans University, said the call set a pragmatic tone.",
    ],
    title="President Lee, Japanese PM Ishiba hold first phone call",
    source="KBS WORLD",
    published="2025-06-09",
    dateline=None,
    first="President Lee Jae-myung held his first phone talks",
    last="the call set a pragmatic tone",
    envoys=[
        E("Lee Jae-myung", "KOR", "President"),
        E("Shigeru Ishiba", "JPN", "Prime Minister"),
        E("Kang Yu-jung", "KOR", "Presidential spokesperson"),
        E("Wi Sung-lac", "KOR", "National security adviser"),
    ],
    meetings=[
        M(["Lee Jae-myung", "Shigeru Ishiba"], ["JPN", "KOR"], None, "2025-06-09", "held", "call"),
        M(["Lee Jae-myung", "Shigeru Ishiba"], ["JPN", "KOR"], "Japan", None, "proposed", "summit"),
        M(["Wi Sung-lac"], ["KOR", "USA"], "Washington", "2025-06", "planned", "talks"),
    ],
    days=[("2025-06-09", "Monday")],
)

# h07 Vietnamese visit: Vietnamese names with given-name back-references;
# "Pyongyang's foreign minister"; ambassador
add(
    "h07",
    [
        " date 2019-03-31",
        "DPRK foreign minister wraps up Hanoi visit",
        "HANOI, March 31 (Xinhua) -- Vietnamese Foreign Minister Nguyen Van Phuc held talks on Sunday with Ri Yong Ho, foreign minister of the Democratic People's Republic of Korea (DPRK), who is on an official visit to Vietnam.",
        "Phuc said Vietnam was ready to share its experience of economic reform with the DPRK.",
        "Ri also paid a courtesy call on Prime Minister Tran Quoc Dung, according to the Vietnamese foreign ministry.",
        "DPRK Ambassador to Vietnam Kim Myong Gil attended both meetings.",
        "Editor: Sun",
    ],
    title="DPRK foreign minister wraps up Hanoi visit",
    source="Xinhua",
    published="2019-03-31",
    dateline="Hanoi",
    first="Vietnamese Foreign Minister Nguyen Van Phuc held talks on Sunday",
    last="attended both meetings",
    excludes=["Editor: Sun"],
    envoys=[
        E("Nguyen Van Phuc", "VNM", "Foreign Minister"),
        E("Ri Yong Ho", "PRK", "foreign minister"),
        E("Tran Quoc Dung", "VNM", "Prime Minister"),
        E("Kim Myong Gil", "PRK", "Ambassador to Vietnam"),
    ],
    meetings=[
        M(
            ["Nguyen Van Phuc", "Ri Yong Ho", "Kim Myong Gil"],
            ["PRK", "VNM"],
            "Hanoi",
            "2019-03-31",
            "held",
            "talks",
        ),
        M(
            ["Ri Yong Ho", "Tran Quoc Dung", "Kim Myong Gil"],
            ["PRK", "VNM"],
            "Hanoi",
            "2019-03",
            "held",
            "talks",
        ),
    ],
    days=[("2019-03-31", "Sunday")],
)

# h08 2000 summit: intelligence chief; business founder (not an envoy);
# culture minister; "Mr." back-reference
add(
    "h08",
    [
        " date 2000-06-13",
        "Kim Dae-jung lands in Pyongyang for first inter-Korean summit",
        "By Donald Ferris, Associated Press Writer",
        "SEOUL, South Korea (AP) — South Korean President Kim Dae-jung flew to Pyongyang on Tuesday and was greeted on the tarmac by North Korean leader Kim Jong Il, opening the first summit between the two Koreas since their division.",
        "Mr. Kim was accompanied by Lim Dong-won, director of the National Intelligence Service, who had arranged the meeting in secret contacts.",
        "Culture Minister Park Jie-won, who negotiated the summit agreement in Beijing in April, was also in the delegation.",
        "Chung Ju-yung, founder of the Hyundai group, whose cattle drives across the border paved the way for the trip, watched the arrival on television in Seoul.",
        "The two leaders held a first round of talks at a guesthouse in the afternoon.",
    ],
    title="Kim Dae-jung lands in Pyongyang for first inter-Korean summit",
    source="AP",
    published="2000-06-13",
    dateline="Seoul",
    first="South Korean President Kim Dae-jung flew to Pyongyang on Tuesday",
    last="held a first round of talks at a guesthouse in the afternoon",
    envoys=[
        E("Kim Dae-jung", "KOR", "President"),
        E("Kim Jong Il", "PRK", "leader"),
        E("Lim Dong-won", "KOR", "director of the National Intelligence Service"),
        E("Park Jie-won", "KOR", "Culture Minister"),
    ],
    meetings=[
        M(
            ["Kim Dae-jung", "Kim Jong Il", "Lim Dong-won", "Park Jie-won"],
            ["KOR", "PRK"],
            "Pyongyang",
            "2000-06-13",
            "held",
            "summit",
        ),
        M(["Park Jie-won"], ["KOR", "PRK"], "Beijing", "2000-04", "held", "talks"),
    ],
    days=[("2000-06-13", "Tuesday")],
)


for p in P:
    gold = p["gold"]
    text = p["text"]
    for frag in gold["body_includes"]:  # type: ignore[index]
        assert frag in text, (p["stem"], frag)
    names = [e["name"] for e in gold["envoys"]]  # type: ignore[index]
    for e in gold["envoys"]:  # type: ignore[index]
        assert e["name"] in text, (p["stem"], e["name"])
    for m in gold["meetings"]:  # type: ignore[index]
        for who in m["participants"]:
            assert who in names, (p["stem"], who)
    (OUT / f"{p['stem']}.txt").write_text(text, encoding="utf-8")  # type: ignore[operator]
    (OUT / f"{p['stem']}.gold.json").write_text(  # type: ignore[operator]
        json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
print(len(P), "articles")
