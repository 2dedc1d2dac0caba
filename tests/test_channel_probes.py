"""Channel probes of issue 14, second round: short passages written for the test in
the styles of many outlets (wire copy, state media, analysis, press releases), each
with the gold decided on the extraction guide before the parser was run.

A passage's expected channels are matched as ``score.py`` matches them (shared
content words of the names), then their status, and, where given, their sides and
date.  ``ANY`` leaves a field unchecked.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

import dprk_diplomacy

ANY = "*"
_STOP = {"the", "a", "an", "of", "for", "and", "in", "on", "to", "with", "between", "its", "their"}


class Gold(NamedTuple):
    name: str
    status: str | None
    parties: tuple[str, ...] | str = ANY
    date: str | None = ANY


class Probe(NamedTuple):
    text: str
    published: str | None
    gold: list[Gold]


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _STOP}


def _similar(gold: str, found: str) -> float:
    shared = _words(gold) & _words(found) - {"channel", "channels", "line", "lines"}
    return len(shared) / len(_words(gold) | _words(found)) if shared else 0.0


PROBES: dict[str, Probe] = {
    # -- restorations, cuts and the latest turn of a story --------------------------------
    "wire_restored_after_cut": Probe(
        "SEOUL, Oct. 4 (Yonhap) -- North Korea restored the inter-Korean communication lines "
        "on Monday, about two months after it cut them off in protest against joint military "
        "drills, the unification ministry said. A South Korean liaison officer placed the "
        "regular morning call and the North answered, it said.",
        "2021-10-04",
        [Gold("inter-Korean communication lines", "restored", ("KOR", "PRK"), "2021-10-04")],
    ),
    "timeline_latest_dated_turn_wins": Probe(
        "North Korea cut the hotline with South Korea in June 2020 after activists flew "
        "leaflets across the border. It was restored in July 2021 but went silent again two "
        "weeks later. On Monday the hotline was reconnected, Seoul's unification ministry said.",
        "2021-10-05",
        [Gold("hotline", "restored", ("KOR", "PRK"), "2021-10-04")],
    ),
    "pronoun_restored_after_closing": Probe(
        "Seoul and Pyongyang closed the military hotline in 2016. It was restored in 2018, "
        "officials said.",
        "2019-01-10",
        [Gold("military hotline", "restored", ("KOR", "PRK"), "2018")],
    ),
    "cut_again_after_restoration_one_clause": Probe(
        "North Korea cut the hotline with the South again on Tuesday, two months after it "
        "was restored, the ministry said.",
        "2021-08-11",
        [Gold("hotline", "severed", ("KOR", "PRK"), "2021-08-10")],
    ),
    "blown_up_with_history_sentence": Probe(
        "North Korea on Tuesday blew up the inter-Korean liaison office in the border town of "
        "Kaesong, Seoul said. The liaison office opened in September 2018 as a symbol of "
        "detente after the leaders of the two Koreas met in Panmunjom.",
        "2020-06-17",
        [Gold("inter-Korean liaison office", "severed", ("KOR", "PRK"), "2020-06-16")],
    ),
    "west_sea_line_restored_east_line_history": Probe(
        "The West Sea military line, which North Korea cut in 2016, was restored on Tuesday, "
        "the defense ministry said. The two militaries tested the line with a call at 9 a.m.",
        "2018-07-18",
        [Gold("West Sea military line", "restored", ("KOR", "PRK"), "2018-07-17")],
    ),
    "kcna_lines_restored_at_an_hour": Probe(
        "Pyongyang, July 27 (KCNA) -- All the north-south communication lines were restored "
        "at 10:00 on July 27 according to the agreement between the top leaders of the DPRK "
        "and south Korea.",
        "2021-07-27",
        [Gold("north-south communication lines", "restored", ("KOR", "PRK"), "2021-07-27")],
    ),
    "caption_does_not_set_the_status": Probe(
        "|The liaison office in Kaesong on its opening day in 2018 (Yonhap)\n"
        "North Korea has shut the inter-Korean liaison office in Kaesong, Seoul said on "
        "Monday.",
        "2020-01-31",
        [Gold("liaison office in Kaesong", "severed", ("KOR", "PRK"), ANY)],
    ),
    # -- unanswered calls ----------------------------------------------------------------
    "routine_calls_unanswered_on_two_lines": Probe(
        "SEOUL, South Korea (AP) -- North Korea did not answer South Korea's routine calls on "
        "the liaison hotline and the military communication line on Friday, Seoul officials "
        "said. The two Koreas normally speak twice a day.",
        "2023-04-07",
        [
            Gold("liaison hotline", "severed", ("KOR", "PRK"), "2023-04-07"),
            Gold("military communication line", "severed", ("KOR", "PRK"), "2023-04-07"),
        ],
    ),
    "calls_ignored_since_a_day": Probe(
        "Pyongyang has ignored the twice-daily calls on the inter-Korean hotlines since "
        "April 7, Seoul's unification ministry said on Thursday.",
        "2023-04-13",
        [Gold("inter-Korean hotlines", "severed", ("KOR", "PRK"), "2023-04-07")],
    ),
    "west_sea_line_routine_call_unanswered": Probe(
        "The North did not pick up the routine morning call on the West Sea military line on "
        "Monday, South Korea's Joint Chiefs of Staff said.",
        "2022-03-01",
        [Gold("West Sea military line", "severed", ("KOR", "PRK"), "2022-02-28")],
    ),
    "new_york_channel_reached_out_no_response": Probe(
        "The United States has tried to reach North Korea through the New York channel several "
        "times since February, but Pyongyang has not responded, a State Department spokesperson "
        "said.",
        "2021-03-15",
        [Gold("New York channel", "severed", ("PRK", "USA"), ANY)],
    ),
    # -- routes: embassies, missions, protecting powers ------------------------------------
    "new_york_channel_in_use": Probe(
        "Washington and Pyongyang remain in contact through the New York channel, which links "
        "U.S. officials with North Korea's mission to the United Nations, a senior official said.",
        "2018-05-02",
        [Gold("New York channel", "open", ("PRK", "USA"), ANY)],
    ),
    "diplomatic_channels_in_beijing": Probe(
        "TOKYO (Kyodo) -- Japan lodged a protest with North Korea through diplomatic channels in "
        "Beijing on Thursday over the missile launch, the top government spokesman said.",
        "2022-01-07",
        [Gold("diplomatic channels in Beijing", "open", ("JPN", "PRK"), ANY)],
    ),
    "embassy_channel_in_beijing_press_release": Probe(
        "Japan strongly protested to North Korea via the embassy channel in Beijing and "
        "conveyed that such acts are unacceptable.",
        None,
        [Gold("embassy channel in Beijing", "open", ("JPN", "PRK"), ANY)],
    ),
    "embassies_in_beijing_informal_contacts": Probe(
        "Japan and North Korea have held informal contacts through their embassies in Beijing "
        "for years, a Japanese government source said.",
        None,
        [Gold("embassies in Beijing", "open", ("JPN", "PRK"), ANY)],
    ),
    "embassy_in_ulaanbaatar": Probe(
        "North Korea conveyed its position to Japan through its embassy in Ulaanbaatar last "
        "week, a diplomatic source said.",
        "2014-03-20",
        [Gold("embassy in Ulaanbaatar", "open", ("JPN", "PRK"), ANY)],
    ),
    "embassy_in_hanoi_before_summit": Probe(
        "North Korean officials passed messages to the U.S. side through their embassy in Hanoi "
        "in the weeks before the summit, diplomats said.",
        None,
        [Gold("embassy in Hanoi", "open", ("PRK", "USA"), ANY)],
    ),
    "swedish_embassy_in_pyongyang_hosting_capital_is_a_side": Probe(
        "The United States relayed its concerns to the North Korean leadership via the Swedish "
        "embassy in Pyongyang, which handles American consular affairs in the country.",
        None,
        [Gold("Swedish embassy in Pyongyang", "open", ("PRK", "USA"), ANY)],
    ),
    "protecting_power_passed_the_message": Probe(
        "Sweden, which acts as the protecting power for the United States in North Korea, "
        "passed the message to officials in Pyongyang, the State Department said.",
        None,
        [Gold("protecting power", "open", ("PRK", "USA"), ANY)],
    ),
    "protecting_power_withdrew": Probe(
        "Sweden, the protecting power for the United States in North Korea, withdrew its "
        "diplomats from Pyongyang in 2021 because of the pandemic.",
        None,
        [Gold("protecting power", "severed", ("PRK", "USA"), "2021")],
    ),
    "panmunjom_liaison_channel_notice": Probe(
        "South Korea notified the North of the plan through the Panmunjom liaison channel on "
        "Monday, the unification ministry said.",
        "2019-11-06",
        [Gold("Panmunjom liaison channel", "open", ("KOR", "PRK"), ANY)],
    ),
    "red_cross_channel_unanswered": Probe(
        "South Korea's Red Cross proposed talks on family reunions through the Red Cross "
        "liaison channel at Panmunjom, but the North did not respond.",
        None,
        [Gold("Red Cross liaison channel", "severed", ("KOR", "PRK"), ANY)],
    ),
    # -- letters and messages between leaders ---------------------------------------------
    "personal_letters_exchanged": Probe(
        "WASHINGTON (AP) -- Trump and Kim Jong Un have exchanged a series of personal letters "
        "since their first summit in Singapore, and Trump has called them beautiful.",
        None,
        [Gold("personal letters", "open", ("PRK", "USA"), ANY)],
    ),
    "letter_never_answered": Probe(
        "Moon Jae-in sent a letter to Kim Jong Un in March offering help against the pandemic, "
        "but Pyongyang never replied.",
        "2020-06-01",
        [Gold("letter", "severed", ("KOR", "PRK"), ANY)],
    ),
    "congratulatory_message_china": Probe(
        "BEIJING, Oct. 1 (Xinhua) -- Kim Jong Un sent a congratulatory message to Xi Jinping "
        "on the anniversary of the founding of the People's Republic of China, KCNA reported.",
        "2022-10-01",
        [Gold("congratulatory message", "open", ("CHN", "PRK"), ANY)],
    ),
    "congratulatory_messages_russia_and_relations": Probe(
        "Russia and North Korea exchanged congratulatory messages on the anniversary of the "
        "establishment of their diplomatic relations, KCNA said.",
        "2023-10-13",
        [Gold("congratulatory messages", "open", ("PRK", "RUS"), ANY)],
    ),
    "party_to_party_channels": Probe(
        "The Communist Party of China and the Workers' Party of Korea have maintained close "
        "communication through party-to-party channels, Chinese and North Korean officials "
        "said.",
        None,
        [Gold("party-to-party channels", "open", ("CHN", "PRK"), ANY)],
    ),
    "letter_handed_over_on_a_visit": Probe(
        "During his visit to Pyongyang on Friday, the Chinese vice premier handed Kim Jong Un "
        "a personal letter from Xi Jinping.",
        None,
        [],
    ),
    # -- offers, hypotheticals and threats --------------------------------------------------
    "proposed_restoring_a_military_hotline": Probe(
        "South Korea on Wednesday proposed restoring the military hotline with North Korea to "
        "prevent clashes near the western sea border, the defense ministry said.",
        "2022-05-11",
        [Gold("military hotline", "proposed", ("KOR", "PRK"), "2022-05-11")],
    ),
    "offer_to_reopen_left_unanswered": Probe(
        "Seoul offered last month to reopen the joint liaison office, but there has been no "
        "response from Pyongyang.",
        "2022-09-05",
        [Gold("joint liaison office", "proposed", ("KOR", "PRK"), ANY)],
    ),
    "liaison_office_could_reopen_if": Probe(
        "The liaison office could reopen within weeks if Pyongyang agrees, a South Korean "
        "official said.",
        None,
        [Gold("liaison office", "proposed", ANY, ANY)],
    ),
    "japan_prepared_to_open_office_in_pyongyang": Probe(
        "Japan is prepared to open a liaison office in Pyongyang once the abduction issue is "
        "settled, a Japanese government source said.",
        None,
        [Gold("liaison office in Pyongyang", "proposed", ("JPN", "PRK"), ANY)],
    ),
    "agreed_to_set_up_a_hotline": Probe(
        "Moscow and Pyongyang agreed to set up a hotline between their defence ministries, "
        "the Russian foreign ministry said.",
        None,
        [Gold("hotline", "proposed", ("PRK", "RUS"), ANY)],
    ),
    "hotline_installed": Probe(
        "A hotline between the leaders of the two Koreas was installed in April 2018, allowing "
        "Moon Jae-in and Kim Jong Un to call each other directly.",
        "2018-05-01",
        [Gold("hotline", "open", ("KOR", "PRK"), "2018-04")],
    ),
    "called_for_resuming_the_new_york_channel": Probe(
        "Several former officials have called for resuming the New York channel as a way to "
        "manage crises, according to a 38 North analysis.",
        None,
        [Gold("New York channel", "proposed", ("PRK", "USA"), ANY)],
    ),
    "restoring_would_be_a_step": Probe(
        "Restoring the inter-Korean hotlines would be a modest first step, but Pyongyang has "
        "shown no interest, analysts say.",
        None,
        [Gold("inter-Korean hotlines", "proposed", ANY, ANY)],
    ),
    "threat_to_shut_the_office": Probe(
        "The DPRK will completely shut down the north-south joint liaison office unless the "
        "south stops the leaflets, Kim Yo Jong warned in a statement.",
        None,
        [Gold("joint liaison office", None, ANY, ANY)],
    ),
    # -- no channel: negations, relations, meetings, one-off messages ----------------------
    "no_line_of_communication": Probe(
        "The two navies operate without any line of communication in the disputed waters, "
        "analysts said. There is currently no channel through which Tokyo and Pyongyang can "
        "talk directly.",
        None,
        [],
    ),
    "no_exchange_of_letters": Probe(
        "There has been no exchange of letters between the two leaders since 2019, Kim Yo Jong "
        "said in a statement.",
        None,
        [],
    ),
    "relations_and_agreement_are_no_channel": Probe(
        "Japan and North Korea have never established diplomatic relations. The 2002 Pyongyang "
        "Declaration, an agreement signed by their leaders, remains unimplemented.",
        None,
        [],
    ),
    "back_channel_negotiations_are_a_meeting": Probe(
        "U.S. and North Korean officials have held back-channel negotiations in Stockholm in "
        "recent months, people familiar with the matter said.",
        None,
        [],
    ),
    "if_the_hotline_had_worked": Probe(
        "If the military hotline had been working, the clash could have been avoided, "
        "analysts said.",
        None,
        [],
    ),
    "one_off_message_and_a_summit": Probe(
        "Kim Jong Un arrived in Vladivostok by armoured train for a summit with Vladimir Putin. "
        "Washington informed Pyongyang of the drills in a message on Monday.",
        None,
        [],
    ),
    # -- second batch, written after the first fixes ------------------------------------
    "liaison_channel_unanswered_for_days": Probe(
        "North Korea has not responded to South Korea's calls on the liaison channel for four "
        "days, the unification ministry said on Friday.",
        "2023-04-10",
        [Gold("liaison channel", "severed", ("KOR", "PRK"), ANY)],
    ),
    "diplomatic_routes_in_beijing": Probe(
        "Japan has been sounding out North Korea through diplomatic routes in Beijing about a "
        "possible summit, government sources said.",
        None,
        [Gold("diplomatic routes in Beijing", "open", ("JPN", "PRK"), ANY)],
    ),
    "hotline_dead_since_a_year": Probe(
        "The hotline between the two Koreas' militaries has been dead since 2016, when "
        "Pyongyang cut it after Seoul closed a joint industrial park.",
        "2018-01-03",
        [Gold("hotline", "severed", ("KOR", "PRK"), "2016")],
    ),
    "party_channels_xinhua": Probe(
        "BEIJING, Jan. 10 (Xinhua) -- China and the DPRK have maintained strategic "
        "communication through party channels, a Chinese Foreign Ministry spokesperson said.",
        "2024-01-10",
        [Gold("party channels", "open", ("CHN", "PRK"), ANY)],
    ),
    "kcna_notice_through_the_line": Probe(
        "The DPRK side sent a telephone notice to the south side through the north-south "
        "communication line at 10:00 on Monday, KCNA said.",
        "2018-01-09",
        [Gold("north-south communication line", "open", ("KOR", "PRK"), ANY)],
    ),
    "unresponsive_since_april": Probe(
        "The North has been unresponsive to the South's phone calls via the inter-Korean "
        "liaison channel since April, Seoul said.",
        "2023-06-01",
        [Gold("inter-Korean liaison channel", "severed", ("KOR", "PRK"), "2023-04")],
    ),
    "panmunjom_channel_operational": Probe(
        "The Panmunjom channel, which the UN Command uses to talk to the Korean People's "
        "Army, remains operational, a UNC spokesperson said.",
        None,
        [Gold("Panmunjom channel", "open", ANY, ANY)],
    ),
    "no_embassy_but_one_in_beijing": Probe(
        "Japan has no embassy in North Korea and handles its contacts with Pyongyang through "
        "its embassy in Beijing.",
        None,
        [Gold("embassy in Beijing", "open", ("JPN", "PRK"), ANY)],
    ),
    "called_for_restoring_lines_kept_shut": Probe(
        "Seoul has called for the restoration of the communication lines, which the North has "
        "kept shut since April.",
        "2023-06-01",
        [Gold("communication lines", "proposed", ("KOR", "PRK"), ANY)],
    ),
    "used_until_stopped_answering": Probe(
        "The two Koreas had been using the hotline twice daily until the North stopped "
        "answering in April.",
        "2023-06-01",
        [Gold("hotline", "severed", ("KOR", "PRK"), "2023-04")],
    ),
    "embassies_russia": Probe(
        "Russia's ambassador in Pyongyang said Moscow and Pyongyang communicate regularly "
        "through their embassies.",
        None,
        [Gold("embassies", "open", ("PRK", "RUS"), ANY)],
    ),
    "verbal_message_received": Probe(
        "Kim Jong Un received a verbal message from Vladimir Putin on Tuesday, KCNA said.",
        None,
        [Gold("verbal message", "open", ("PRK", "RUS"), ANY)],
    ),
    "verbal_messages_exchanged": Probe(
        "Xi Jinping and Kim Jong Un have exchanged verbal messages several times this year, "
        "Xinhua said.",
        None,
        [Gold("verbal messages", "open", ("CHN", "PRK"), ANY)],
    ),
    "hotline_could_help": Probe(
        "Experts say a hotline between Seoul and Pyongyang could help avoid accidental clashes.",
        None,
        [Gold("hotline", "proposed", ("KOR", "PRK"), ANY)],
    ),
    "announced_cut_with_a_caption": Probe(
        "North Korea says it will cut all lines with the South\n"
        "A South Korean official calls the North on the hotline at the truce village of "
        "Panmunjom, Jan. 3, 2018. (AP Photo)\n"
        "SEOUL, South Korea (AP) -- North Korea said Tuesday it would cut all communication "
        "lines with South Korea from noon.",
        "2020-06-09",
        [Gold("communication lines", "severed", ("KOR", "PRK"), "2020-06-09")],
    ),
    "red_cross_hotline_cut": Probe(
        "South Korea's unification ministry said the North cut off the Red Cross hotline at "
        "Panmunjom on Friday.",
        "2016-02-13",
        [Gold("Red Cross hotline", "severed", ("KOR", "PRK"), "2016-02-12")],
    ),
    "since_the_office_was_demolished": Probe(
        "Since the liaison office was demolished, the two Koreas have communicated only "
        "through statements in state media.",
        None,
        [Gold("liaison office", "severed", ("KOR", "PRK"), ANY)],
    ),
    # -- third batch -------------------------------------------------------------------------
    "published_letter_is_no_channel": Probe(
        "The letter, published by KCNA, accused Seoul of hostile acts. Lawmakers in Washington "
        "sent a letter to the secretary of state urging a tougher line on Pyongyang.",
        None,
        [],
    ),
    "new_york_channel_message_acknowledged": Probe(
        "A U.S. official said Washington had delivered a message through the New York channel "
        "last week proposing talks, and North Korea acknowledged receipt.",
        "2019-08-20",
        [Gold("New York channel", "open", ("PRK", "USA"), ANY)],
    ),
    "embassies_in_beijing_since_an_agreement": Probe(
        "Japanese and North Korean officials have kept in touch through their embassies in "
        "Beijing since the Stockholm agreement in 2014.",
        None,
        [Gold("embassies in Beijing", "open", ("JPN", "PRK"), ANY)],
    ),
    "threat_to_close_the_office_and_scrap_a_deal": Probe(
        "Kim Yo Jong threatened to scrap the inter-Korean military agreement and close the "
        "liaison office.",
        None,
        [Gold("liaison office", None, ("KOR", "PRK"), ANY)],
    ),
    "liaison_office_in_washington_proposed": Probe(
        "Pyongyang proposed opening a liaison office in Washington during the 2018 talks, "
        "according to a former official.",
        None,
        [Gold("liaison office in Washington", "proposed", ("PRK", "USA"), ANY)],
    ),
    "agreed_to_open_a_hotline_between_ministries": Probe(
        "Russia and North Korea agreed on Tuesday to open a direct hotline between their "
        "foreign ministries.",
        "2024-06-20",
        [Gold("direct hotline", "proposed", ("PRK", "RUS"), ANY)],
    ),
    "silent_since_it_stopped_responding": Probe(
        "The hotline in the truce village has been silent since North Korea stopped "
        "responding in April 2023.",
        "2024-01-05",
        [Gold("hotline", "severed", ("KOR", "PRK"), "2023-04")],
    ),
    "answered_for_the_first_time_in_months": Probe(
        "North Korea on Friday answered South Korea's call on the liaison line for the first "
        "time in two months, signalling the restoration of the channel.",
        "2021-10-02",
        [Gold("liaison line", "restored", ("KOR", "PRK"), "2021-10-01")],
    ),
    "letters_on_an_anniversary": Probe(
        "Kim Jong Un and Xi Jinping exchanged letters on the 75th anniversary of diplomatic "
        "ties, KCNA said.",
        None,
        [Gold("letters", "open", ("CHN", "PRK"), ANY)],
    ),
    "hotline_dormant_since_april": Probe(
        "The inter-Korean hotline has remained dormant since April, when the North stopped "
        "answering.",
        "2023-08-01",
        [Gold("inter-Korean hotline", "severed", ("KOR", "PRK"), "2023-04")],
    ),
    "they_were_cut_again": Probe(
        "The two Koreas restored their communication lines in July 2021. They were cut again "
        "in April 2023.",
        "2023-05-02",
        [Gold("communication lines", "severed", ("KOR", "PRK"), "2023-04")],
    ),
    "beijing_embassy_route": Probe(
        "Japan conveyed its protest to North Korea through the so-called Beijing embassy route.",
        None,
        [Gold("Beijing embassy route", "open", ("JPN", "PRK"), ANY)],
    ),
    "government_will_try_to_restore": Probe(
        "The Government will continue to make efforts to restore inter-Korean communication "
        "channels, the Ministry of Unification said in a press release.",
        None,
        [Gold("inter-Korean communication channels", "proposed", ("KOR", "PRK"), ANY)],
    ),
    "without_a_functioning_new_york_channel": Probe(
        "Without a functioning New York channel, Washington has had to rely on public "
        "statements to reach Pyongyang.",
        None,
        [],
    ),
    "message_via_hotline_no_reply": Probe(
        "South Korea said it sent a message to North Korea via the border hotline on Monday "
        "but received no reply.",
        "2023-04-11",
        [Gold("border hotline", "severed", ("KOR", "PRK"), ANY)],
    ),
    # -- fourth batch ------------------------------------------------------------------------
    "quoted_new_york_channel": Probe(
        'WASHINGTON (Reuters) - The so-called "New York channel" has been used to pass '
        "messages between the two governments for decades, officials said.",
        None,
        [Gold("New York channel", "open", ("PRK", "USA"), ANY)],
    ),
    "letter_via_the_un_mission": Probe(
        "Washington sent a letter to Pyongyang via North Korea's mission to the United "
        "Nations last month.",
        "2021-03-10",
        [Gold("mission to the United Nations", "open", ("PRK", "USA"), ANY)],
    ),
    "rebuffed_attempts_through_the_channel": Probe(
        "North Korea has rebuffed U.S. attempts to make contact through the New York channel, "
        "a senior administration official said.",
        None,
        [Gold("New York channel", "severed", ("PRK", "USA"), ANY)],
    ),
    "letter_returned_unopened": Probe(
        "Pyongyang returned Seoul's letter unopened on Wednesday, the unification ministry said.",
        "2016-01-14",
        [Gold("letter", "severed", ("KOR", "PRK"), ANY)],
    ),
    "kaesong_liaison_office_reopened": Probe(
        "The Kaesong liaison office reopened on Monday after a two-week closure over the "
        "coronavirus, officials in Seoul said.",
        "2020-02-17",
        [Gold("Kaesong liaison office", "restored", ("KOR", "PRK"), "2020-02-17")],
    ),
    "military_talks_offer_is_no_channel": Probe(
        "South Korea offered military talks to the North on Monday and urged Pyongyang to "
        "respond through the inter-Korean military line.",
        "2017-07-17",
        [Gold("inter-Korean military line", "proposed", ("KOR", "PRK"), ANY)],
    ),
    "spurned_the_calls_on_the_hotlines": Probe(
        "For a third day, North Korea spurned the morning calls on both inter-Korean "
        "hotlines, Seoul said on Thursday.",
        "2023-04-13",
        [Gold("inter-Korean hotlines", "severed", ("KOR", "PRK"), ANY)],
    ),
    # -- fifth batch: service lines and stated intentions --------------------------------
    "service_hotlines_are_no_channel": Probe(
        "South Korea's unification ministry runs a hotline for defectors who need help "
        "settling in. The U.S. embassy in Seoul set up a hotline for American citizens after "
        "the launch.",
        None,
        [],
    ),
    "would_keep_the_lines_open": Probe(
        "North Korea said on Monday it would keep the communication lines with the South "
        "open despite the drills.",
        "2022-08-22",
        [Gold("communication lines", "open", ("KOR", "PRK"), ANY)],
    ),
    "leaders_hotline_connected": Probe(
        "The hotline between the leaders of the two Koreas was connected on Friday, and "
        "officials held a four-minute test call.",
        "2018-04-21",
        [Gold("hotline", "open", ("KOR", "PRK"), "2018-04-20")],
    ),
    "aside_dates_another_event": Probe(
        "The inter-Korean hotline, which was opened in 1971, has been cut off several times.",
        None,
        [Gold("inter-Korean hotline", "severed", ("KOR", "PRK"), None)],
    ),
    "official_channels_ignored_since_april": Probe(
        "North Korea has ignored South Korea's attempts to contact it through official "
        "channels since April, officials said.",
        "2023-07-12",
        [Gold("official channels", "severed", ("KOR", "PRK"), "2023-04")],
    ),
    "warned_it_would_demolish": Probe(
        "The North had warned last week that it would demolish the liaison office.",
        "2020-06-16",
        [Gold("liaison office", None, ("KOR", "PRK"), ANY)],
    ),
    "red_cross_channel_kept_open": Probe(
        "South and North Korea agreed to keep the Red Cross channel open for talks on family "
        "reunions.",
        "2015-08-25",
        [Gold("Red Cross channel", "open", ("KOR", "PRK"), ANY)],
    ),
    "anaphora_after_a_word_holding_an_anchor": Probe(
        "North Korea cut the inter-Korean hotline in 2016. It was restored in January 2018, "
        "officials said.",
        "2018-02-01",
        [Gold("inter-Korean hotline", "restored", ("KOR", "PRK"), "2018-01")],
    ),
    "first_time_since_the_office_opened": Probe(
        "North Korea did not answer calls on the inter-Korean liaison line on Tuesday morning, "
        "for the first time since the office opened in 2018.",
        "2020-06-09",
        [Gold("inter-Korean liaison line", "severed", ("KOR", "PRK"), "2020-06-09")],
    ),
    "damaged_line_not_repaired": Probe(
        "The military hotline along the east coast was damaged by a fire in 2010 and has not "
        "been repaired, the defense ministry in Seoul said.",
        "2018-01-10",
        [Gold("military hotline", "severed", ("KOR", "PRK"), "2010")],
    ),
    "no_contact_through_the_channel_since": Probe(
        "There has been no contact through the New York channel since the new administration "
        "took office, officials in Washington said.",
        "2022-09-01",
        [Gold("New York channel", "severed", ("PRK", "USA"), ANY)],
    ),
    "ordered_the_dismantling_of_liaison_channels": Probe(
        "Kim Jong Un ordered the dismantling of agencies handling inter-Korean relations, "
        "including the liaison channels with the South.",
        "2024-01-16",
        [Gold("liaison channels", "severed", ("KOR", "PRK"), ANY)],
    ),
    "may_scrap_is_a_threat_may_reopen_a_proposal": Probe(
        "Kim Yo Jong said the North may scrap the liaison office, which she called useless. "
        "Officials in Seoul said the military hotline may reopen after the drills.",
        "2020-06-05",
        [Gold("liaison office", None, ("KOR", "PRK"), ANY), Gold("military hotline", "proposed")],
    ),
    "collapse_of_the_channels": Probe(
        "Analysts say the collapse of the inter-Korean communication channels reflects "
        "Pyongyang's new hostility toward Seoul.",
        None,
        [Gold("inter-Korean communication channels", "severed", ("KOR", "PRK"), ANY)],
    ),
    "quoted_love_letters_with_a_leader": Probe(
        'Trump has boasted of his "love letters" with Kim Jong Un, which he said were beautiful.',
        None,
        [Gold("love letters", None, ("PRK", "USA"), ANY)],
    ),
    "will_set_up_a_channel": Probe(
        "MOSCOW (TASS) -- Russia and the DPRK will set up a direct communication channel "
        "between their defense ministries, the Kremlin said.",
        "2024-06-19",
        [Gold("direct communication channel", "proposed", ("PRK", "RUS"), ANY)],
    ),
    "demolition_told_before_the_threat": Probe(
        "The demolition of the liaison office on Tuesday came three days after Kim Yo Jong "
        "threatened to destroy it.",
        "2020-06-17",
        [Gold("liaison office", "severed", ("KOR", "PRK"), "2020-06-16")],
    ),
    "stopped_again_weeks_after_restoring_them": Probe(
        "North Korea has again stopped answering South Korea's calls on the inter-Korean "
        "hotlines, two weeks after restoring them.",
        "2021-08-11",
        [Gold("inter-Korean hotlines", "severed", ("KOR", "PRK"), ANY)],
    ),
    "discussed_opening_new_lines": Probe(
        "North Korea and Russia signed a partnership treaty, and their foreign ministers "
        "discussed opening new lines of communication. The ministry in Seoul set up a "
        "communication channel with residents near the border.",
        None,
        [Gold("lines of communication", "proposed", ("PRK", "RUS"), ANY)],
    ),
}


def _check(probe: Probe) -> list[str]:
    """The differences between a probe's gold and its parse, as readable lines."""
    found = list(dprk_diplomacy.parse(probe.text, published=probe.published).channels)
    problems: list[str] = []
    left = list(found)
    for gold in probe.gold:
        best = max(left, key=lambda c: _similar(gold.name, c.name), default=None)
        if best is None or _similar(gold.name, best.name) == 0:
            problems.append(f"missed {gold.name!r}")
            continue
        left.remove(best)
        if best.status != gold.status:
            problems.append(f"{best.name!r}: status {best.status} != {gold.status}")
        if gold.parties != ANY and best.parties != gold.parties:
            problems.append(f"{best.name!r}: parties {best.parties} != {gold.parties}")
        date = None if best.date is None else str(best.date)
        if gold.date != ANY and date != gold.date:
            problems.append(f"{best.name!r}: date {date} != {gold.date}")
    problems.extend(f"extra {c.name!r} ({c.status})" for c in left)
    return problems


@pytest.mark.parametrize("key", sorted(PROBES))
def test_channel_probe(key: str) -> None:
    assert _check(PROBES[key]) == []
