"""Tests of the bundled gazetteers and of their loader and lookups."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dprk_diplomacy.errors import GazetteerError
from dprk_diplomacy.gazetteer import (
    Gazetteer,
    OfficialEntry,
    PlaceEntry,
    lookup_key,
)

ISO_CODES = frozenset(country.alpha_3 for country in pycountry.countries)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _write(path: Path, content: object) -> Path:
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


# The bundled data


def test_every_iso_country_is_listed_once(gazetteer: Gazetteer) -> None:
    codes = [entry.code for entry in gazetteer.countries]
    assert len(codes) == len(set(codes))
    assert set(codes) == ISO_CODES


def test_no_country_term_maps_to_two_codes(gazetteer: Gazetteer) -> None:
    codes_by_key: defaultdict[str, set[str]] = defaultdict(set)
    for entry in gazetteer.countries:
        for term in (*entry.names, *entry.demonyms, *entry.capitals):
            codes_by_key[lookup_key(term)].add(entry.code)
    clashes = {key: codes for key, codes in codes_by_key.items() if len(codes) > 1}
    assert clashes == {}


def test_every_linked_country_is_a_valid_code_or_null(gazetteer: Gazetteer) -> None:
    linked = [
        *(entry.country for entry in gazetteer.places),
        *(entry.country for entry in gazetteer.officials),
        *(entry.country for entry in gazetteer.organizations),
    ]
    assert {code for code in linked if code is not None} <= ISO_CODES


@pytest.mark.parametrize("section", ["places", "officials", "organizations"])
def test_names_and_aliases_are_unique_within_a_section(gazetteer: Gazetteer, section: str) -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for entry in getattr(gazetteer, section):
        for term in (entry.name, *entry.aliases):
            owners[lookup_key(term)].add(entry.name)
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_bundled_files_are_sorted_by_primary_key(gazetteer: Gazetteer) -> None:
    assert [entry.code for entry in gazetteer.countries] == sorted(
        entry.code for entry in gazetteer.countries
    )
    for entries in (gazetteer.places, gazetteer.officials, gazetteer.organizations):
        names = [entry.name.lower() for entry in entries]
        assert names == sorted(names)


def test_official_terms_of_office_are_ordered(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.officials:
        if entry.valid_from and entry.valid_to:
            assert entry.valid_from <= entry.valid_to, entry.name


def test_context_dependent_words_are_left_out(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_by_name("the North") is None
    assert gazetteer.country_by_name("Korea") is None
    assert gazetteer.official("Kim") is None
    assert gazetteer.official("Lee") is None


def test_ordinary_english_country_names_are_flagged(gazetteer: Gazetteer) -> None:
    flagged = {entry.code for entry in gazetteer.countries if entry.ambiguous}
    assert {"GEO", "JOR", "TCD", "NER", "GIN", "TUR", "TGO"} <= flagged
    assert "PRK" not in flagged


# Loading


def test_default_is_loaded_once() -> None:
    assert Gazetteer.default() is Gazetteer.default()


def test_from_files_adds_and_replaces_entries(tmp_path: Path, gazetteer: Gazetteer) -> None:
    user_file = _write(
        tmp_path / "mine.json",
        {
            "officials": [
                {"name": "Kim Jong Un", "aliases": ["Marshal Kim"], "country": "PRK"},
                {"name": "Jane Envoy", "country": "NZL", "title": "special envoy"},
            ],
            "places": [{"name": "Lidingo Manor", "country": "SWE", "kind": "site"}],
        },
    )
    extended = Gazetteer.from_files(user_file)

    replaced = extended.official("Marshal Kim")
    assert replaced is not None and replaced.title is None
    assert extended.official("Kim Jong-un") == replaced
    assert len([e for e in extended.officials if e.name == "Kim Jong Un"]) == 1
    added = extended.official("jane envoy")
    assert added is not None and added.country == "NZL"
    assert extended.place("lidingo manor") == PlaceEntry(
        name="Lidingo Manor", country="SWE", kind="site"
    )
    assert len(extended.officials) == len(gazetteer.officials) + 1
    # The default is untouched.
    assert gazetteer.official("Jane Envoy") is None


def test_from_files_extends_a_given_base(tmp_path: Path) -> None:
    base = Gazetteer(places=(PlaceEntry(name="Nowhere", kind="city"),))
    user_file = _write(tmp_path / "more.json", {"places": [{"name": "Somewhere", "kind": "city"}]})
    extended = Gazetteer.from_files(user_file, base=base)
    assert [entry.name for entry in extended.places] == ["Nowhere", "Somewhere"]
    assert extended.countries == ()


def test_a_user_country_replaces_the_bundled_one_by_code(tmp_path: Path) -> None:
    user_file = _write(
        tmp_path / "countries.json",
        {"countries": [{"code": "PRK", "names": ["Hermit Kingdom"], "capitals": ["Pyongyang"]}]},
    )
    extended = Gazetteer.from_files(user_file)
    assert extended.country_by_name("Hermit Kingdom") == "PRK"
    assert extended.country_by_name("DPRK") is None


def test_malformed_entry_names_file_section_and_entry(tmp_path: Path) -> None:
    user_file = _write(
        tmp_path / "officials.json",
        {
            "officials": [
                {"name": "Someone Fine"},
                {"name": "Kim Jong Un", "country": "prk"},
            ]
        },
    )
    with pytest.raises(GazetteerError) as raised:
        Gazetteer.from_files(user_file)
    message = str(raised.value)
    assert str(user_file) in message
    assert "officials[1] ('Kim Jong Un')" in message
    assert "country" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "invalid JSON"),
        ("[]", "expected a JSON object"),
        ('{"people": []}', "unknown section"),
        ('{"places": {"name": "X"}}', "places: expected a list"),
        ('{"places": ["Geneva"]}', "places[0]: expected an object"),
        ('{"places": [{"name": "", "kind": "city"}]}', "places[0] (''): name"),
        ('{"places": [{"name": "X", "kind": "planet"}]}', "places[0] ('X'): kind"),
        ('{"officials": [{"name": "X", "valid_from": "May"}]}', "valid_from"),
        ('{"countries": [{"code": "XKX", "names": []}]}', "countries[0] ('XKX'): names"),
    ],
)
def test_bad_user_files_raise_gazetteer_error(tmp_path: Path, content: str, expected: str) -> None:
    user_file = tmp_path / "bad.json"
    user_file.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.json") as raised:
        Gazetteer.from_files(user_file)
    assert expected in str(raised.value)


def test_missing_file_raises_gazetteer_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"absent\.json"):
        Gazetteer.from_files(tmp_path / "absent.json")


def test_extend_accepts_models_and_dicts(gazetteer: Gazetteer) -> None:
    official = OfficialEntry(name="Test Person", country="KOR", valid_from=dt.date(2020, 1, 1))
    extended = gazetteer.extend(
        officials=[official], organizations=[{"name": "Test Agency", "country": "JPN"}]
    )
    assert extended.official("test-person") == official
    agency = extended.organization("TEST AGENCY")
    assert agency is not None and agency.country == "JPN"
    with pytest.raises(GazetteerError, match=r"organizations\[0\]"):
        gazetteer.extend(organizations=[{"name": "X", "country": "Japan"}])


def test_gazetteer_is_immutable(gazetteer: Gazetteer) -> None:
    with pytest.raises(AttributeError):
        gazetteer.places = ()  # type: ignore[misc]


# Lookups


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korea", "PRK"),
        ("n. korea", "PRK"),
        ("D.P.R.K.", "PRK"),
        ("DPRK", "PRK"),
        ("S.Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("U.S.", "USA"),
        ("United States of America", "USA"),
        ("UK", "GBR"),
        ("Russian Federation", "RUS"),
        ("PRC", "CHN"),
        ("Viet Nam", "VNM"),
        ("Turkiye", "TUR"),
    ],
)
def test_country_by_name(gazetteer: Gazetteer, text: str, code: str) -> None:
    assert gazetteer.country_by_name(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korean", "PRK"),
        ("south korean", "KOR"),
        ("Americans", "USA"),
        ("Chinese", "CHN"),
        ("Swiss", "CHE"),
        ("British", "GBR"),
        ("Mongolian", "MNG"),
    ],
)
def test_country_by_demonym(gazetteer: Gazetteer, text: str, code: str) -> None:
    assert gazetteer.country_by_demonym(text) == code
    assert gazetteer.country_by_name(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [("Pyongyang", "PRK"), ("SEOUL", "KOR"), ("Ulan Bator", "MNG"), ("Washington", "USA")],
)
def test_country_by_capital(gazetteer: Gazetteer, text: str, code: str) -> None:
    assert gazetteer.country_by_capital(text) == code


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        ("Panmunjeom", "Panmunjom", None, "site"),
        ("P'anmunjŏm", "Panmunjom", None, "site"),
        ("pusan", "Busan", "KOR", "city"),
        ("Da Nang", "Da Nang", "VNM", "city"),
        ("Hanoi", "Hanoi", "VNM", "city"),
        ("Singapore", "Singapore", "SGP", "country"),
        ("Viet Nam", "Vietnam", "VNM", "country"),
    ],
)
def test_place(gazetteer: Gazetteer, text: str, name: str, country: str | None, kind: str) -> None:
    place = gazetteer.place(text)
    assert place is not None
    assert (place.name, place.country, place.kind) == (name, country, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kim Jong-un", "Kim Jong Un"),
        ("kim jong-Un", "Kim Jong Un"),
        ("KIM JONG UN", "Kim Jong Un"),
        ("Kim Yo-jong", "Kim Yo Jong"),
        ("Moon Jae-in", "Moon Jae-in"),
        ("moon jae in", "Moon Jae-in"),
        ("Pompeo", "Mike Pompeo"),
        ("Xi", "Xi Jinping"),
        ("António Guterres", "Antonio Guterres"),
    ],
)
def test_official_ignores_case_hyphens_and_spaces(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    official = gazetteer.official(text)
    assert official is not None and official.name == name


def test_official_details(gazetteer: Gazetteer) -> None:
    kim = gazetteer.official("Kim Jong Un")
    assert kim is not None
    assert kim.country == "PRK" and kim.head_of_state_or_government
    assert kim.valid_from == dt.date(2011, 12, 17) and kim.valid_to is None
    grossi = gazetteer.official("Grossi")
    assert grossi is not None and grossi.country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ministry of Unification", "KOR"),
        ("Blue House", "KOR"),
        ("state department", "USA"),
        ("Workers Party of Korea", "PRK"),
        ("Kremlin", "RUS"),
        ("IAEA", None),
    ],
)
def test_organization(gazetteer: Gazetteer, text: str, country: str | None) -> None:
    organization = gazetteer.organization(text)
    assert organization is not None and organization.country == country


def test_unknown_and_empty_lookups_return_none(gazetteer: Gazetteer) -> None:
    for lookup in (
        gazetteer.country_by_name,
        gazetteer.country_by_demonym,
        gazetteer.country_by_capital,
        gazetteer.place,
        gazetteer.official,
        gazetteer.organization,
    ):
        assert lookup("") is None
        assert lookup(" - ") is None
        assert lookup("Atlantis Prime") is None


def test_place_names_are_lower_cased(gazetteer: Gazetteer) -> None:
    names = gazetteer.place_names()
    assert {"seoul", "panmunjom", "new york", "north korea"} <= names
    assert all(name == name.lower() for name in names)


def test_all_country_terms(gazetteer: Gazetteer) -> None:
    terms = gazetteer.all_country_terms()
    assert terms["north korea"] == ("PRK", "name")
    assert terms["north korean"] == ("PRK", "demonym")
    assert terms["pyongyang"] == ("PRK", "capital")
    assert terms["djibouti"] == ("DJI", "name")
    assert all(term == term.lower() for term in terms)
    terms.clear()  # a copy: the gazetteer's own table is untouched
    assert gazetteer.all_country_terms()


@given(st.sampled_from([entry for entry in Gazetteer.default().officials]), st.data())
def test_any_respelling_of_an_official_finds_them(
    official: OfficialEntry, data: st.DataObject
) -> None:
    words = official.name.replace("-", " ").split()
    joiners = data.draw(
        st.lists(
            st.sampled_from([" ", "-", "  "]), min_size=len(words) - 1, max_size=len(words) - 1
        )
    )
    upper = data.draw(st.booleans())
    respelt = words[0] + "".join(
        joiner + word for joiner, word in zip(joiners, words[1:], strict=True)
    )
    found = Gazetteer.default().official(respelt.upper() if upper else respelt.lower())
    assert found == official


def test_user_file_adds_a_channel(tmp_path: Path) -> None:
    from dprk_diplomacy import Parser

    extra = tmp_path / "channels.json"
    extra.write_text(
        json.dumps(
            {
                "channels": [
                    {"name": "Stockholm channel", "family": "stockholm", "parties": ["PRK", "USA"]}
                ]
            }
        ),
        encoding="utf-8",
    )
    text = "Officials said the Stockholm channel was reopened last week."
    assert Parser().parse(text).channels == ()
    channels = Parser.from_files(extra).parse(text, published="2024-05-10").channels
    assert [(c.name, c.parties, c.status) for c in channels] == [
        ("Stockholm channel", ("PRK", "USA"), "restored")
    ]


def test_malformed_channel_entry_names_the_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"channels": [{"name": "Oslo line", "parties": ["XX"]}]}))
    with pytest.raises(GazetteerError, match=r"bad\.json.*channels.*Oslo line"):
        Gazetteer.from_files(bad)
