"""Personal names and the titles attached to them.

Reporting names officials in a few fixed shapes, and these rules read them:

- a title before the name: ``U.S. President Donald Trump``, ``presidential
  spokesman Kang Min-seok``, ``Russia's First Deputy Foreign Minister X``;
- an appositive after it: ``Ri Yong Ho, North Korea's vice foreign minister,``
  or ``X, who is head of the ministry's ... office``;
- a title set off before it: ``the White House press secretary, Sarah Sanders,``;
- a relative clause that states a post: ``X, who heads the ministry's bureau``;
- a pull quote's credit: ``X,`` alone on a line, the post on the next.

A post in apposition wins over a bare rank or role before the name ("Vice
Marshal X, vice chairman of ..."); of two posts joined by "and" the first is
kept, unless it is only a membership or role.  Names that are part of a
place's ("X Square"), or that follow "portraits of", are marked so.

A name is a run of two to four capitalised tokens (``Kim Jong-un``, ``Robert
O'Brien``, ``Joseph DeTrani``) that are not words of titles, places,
institutions or sentence openers; a single capitalised token is kept as a
possible back-reference ("Biegun", "Xi") for the envoy stage to resolve.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache, partial

from ..resources import load_json
from .terms import Term, TermIndex
from .trie import word_list_pattern

# Letters of names beyond ASCII ("António Guterres", "Nguyễn Phú Trọng", "Đặng", "Wałęsa"):
# capitals that open a name, and the small letters (Latin-1, Latin Extended-A, Vietnamese)
# that follow. The two classes share no letter, so a name's tokens split one way only.
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽƠƯ"
_LOWER = (
    "a-zß-öø-ÿāăąćčďđēėęěğīıķĺľłńňōőœŕřśşšţťũūůűųźżžơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
)

_NAME_TOKEN = rf"""
    (?:
      O(?=[ ][A-Z][a-z]|[ ](?:said|says|told|added)\b|$)  # the one-letter Korean surname
                                # O, before its given name (O Yong Chol), alone and speaking,
                                # or as a whole run that _NAME_RUN found so
    |
      (?:[A-Z]['’])?            # an Irish prefix: O'Brien
      [{_UPPER}][{_LOWER}]{{1,20}}      # the capitalised body: Kim, Biegun, Xi, António, Đặng
      (?:[{_UPPER}][{_LOWER}]{{1,20}})? # an inner capital: DeTrani, McCain
      (?:[-‐](?:[{_UPPER}a-z][{_LOWER}]{{1,20}}|[a-z]))?  # a hyphenated given name: Kap-soo, Jong-Un
    )
"""

_NAME_RUN = re.compile(
    rf"""
    [{_UPPER}]                  # the first capital: the engine skips ahead to capitals
    (?<![\w'’.-][{_UPPER}])     # not inside another word or an abbreviation
    (?:
      (?<=O)(?=[ ][A-Z][a-z]|[ ](?:said|says|told|added)\b)  # the surname O (see _NAME_TOKEN)
    |
      (?:(?<=[A-Z])['’][A-Z])?  # the first token as _NAME_TOKEN reads it, its capital taken
                                # (an Irish prefix's capital is a plain A-Z, as there)
      [{_LOWER}]{{1,20}}
      (?:[{_UPPER}][{_LOWER}]{{1,20}})?
      (?:[-‐](?:[{_UPPER}a-z][{_LOWER}]{{1,20}}|[a-z]))?
    )
    (?:[ ](?:[A-Z]\.[ ])?{_NAME_TOKEN}){{0,9}}  # titles and names run together: "Foreign
                                # Minister Choe Son Hui"; a middle initial inside: "George W. Bush"
    (?![\w-])
    """,
    re.VERBOSE,
)

_TOKEN = re.compile(_NAME_TOKEN, re.VERBOSE)


def _outlet_names() -> list[str]:
    """The names of news outlets, longest first, as a post at one names them."""
    sources = load_json("news_sources.json")["sources"]
    names = {n for source in sources for n in (source["name"], *source.get("aliases", ()))}
    return sorted(names, key=len, reverse=True)


# A news outlet named in a post ("AP bureau chief", "NK News correspondent"): a
# journalist's post, not a government's.
# (\b(?:name|...)(?![\w'’-]) as a word list: the engine skips ahead to the names' initials.)
_NEWS_OUTLET = word_list_pattern(_outlet_names(), not_after=r"\w", after=r"(?![\w'’-])")

# Verbs of a relative clause that state a post, and the post: "who heads" -> "head".
_CLAUSE_POSTS: dict[str, str] = load_json("titles.json")["clause_posts"]

_APPOSITIVE = re.compile(
    rf"""
    (?:(?<=[JS]r)\.)?                               # the dot of a "Jr." or "Sr." ending the name
    \s{{0,3}}(?:\([^()\n]{{1,25}}\)\s{{0,3}})?     # a photo position or a country in brackets: (R), (US)
    (?:,\s{{1,3}}|\s{{0,2}}[—–]\s{{0,2}}|\s--?\s)      # the comma (or dash) that opens the appositive
    (?:\d{{2,3}},\s{{1,3}})?                       # an age set off first: "X, 72, a former ..."
    (?:(?P<who>who\s(?:is|was|serves\sas|served\sas|is\salso|has\sbeen|had\sbeen|became|is\snow)\s)
      |who\s(?P<verb>{"|".join(map(re.escape, _CLAUSE_POSTS))})\s  # a post as a verb: "who heads"
    )?
    (?P<title>(?:[^,;:()"“”\n—–&]|&(?:\#\d{{2,5}}|[a-z]{{2,6}});|&){{2,220}})  # the appositive
                                                    # itself, up to the next break; an HTML
                                                    # entity's ";" is none: "the North&#8217;s"
    """,
    re.VERBOSE,
)

# A post said of the name by a copula: "Kim is North Korea's ambassador to Vietnam." The
# post opens with an article or a possessive; ``who`` and ``verb`` never match (see
# _APPOSITIVE, whose groups _title_after reads).
_COPULA_TITLE = re.compile(
    r"""
    [ ](?:is|was|remains|serves[ ]as|served[ ]as)[ ]  # the copula right after the name
    (?P<who>(?!))?(?P<verb>(?!))?                 # (no relative clause here)
    (?P<title>(?:the|a|an|(?:[A-Z][\w.]{1,20}[ ]){0,2}[A-Z][\w.]{1,20}['’]s)  # the post,
      [ ](?!(?:first|second|third|last|only|latest|next)[ ])  # ("is the first leader to
                                                # visit" tells a record, not a post)
      [^,;:()"“”\n—–]{2,200})                  # after an article or a possessive
    """,
    re.VERBOSE,
)

_TITLE_CUT = re.compile(
    r"""
    # the space is read first, so a search tries the lookbehinds only at a space (3x faster)
    \s(?<!\bfor\s)(?<!\bon\s)(?<!\bat\s)(?<!\bin\s)  # a verb, not a noun after a preposition
    (?<!level\s)(?<!party\s)(?<!peace\s)(?<!nuclear\s)(?<!ization\s)  # or a modifier: "envoy
    talks\b                                    # for talks on ...", "for normalization talks"
    | \s(?:told|said|says|say|added|noted|stressed|met|meets|meet|will|would|could|can|has|have|had
       |is|was|are|were|who|which|whose|when|while|during|as|stands|leaves|left|arrived
       |arrives|called|urged|warned|according|also|where|after|before|since|because|in\sthe\sname
       |that                                    # a relative clause: "the ministry that handles ..."
       |heading|leading|representing|overseeing|handling  # a participle: "member heading the team"
       |until|till|(?:in|from|between)\s(?:19|20)\d\d  # the post's time: "minister until 2019",
       |at\sthe\stime)\b                       # "president at the time"
    | \.(?<!\b[A-Z]\.)(?:\s|$)                  # a sentence end, not an initial's dot: "U.S. envoy"
    | \s-{1,2}\s                                # a typed dash closing the appositive: "X -- a ... --"
    """,
    re.VERBOSE,
)

_AND = re.compile(
    r"""
    \s(?:and|as\swell\sas)\s                    # the joint of two coordinated parts
    (?P<det>(?:a|an|the|one-time|onetime|former|also|his|her)\s)?  # the second opens a new phrase
    """,
    re.VERBOSE,
)


def _state_or_body(term: Term) -> bool:
    """A term for a state, or for an organisation (which may stand at a title's end)."""
    return bool(term.codes) or term.kind == "org"


_RANK_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{1,3}$")  # a title's last word, if short: "Gen"

# A post alone on the line below a name and its comma (a pull quote's credit).
_CREDIT_LINE = re.compile(
    r"""
    ,[ \t]{0,3}\n[ \t]{0,12}               # the comma ending the name's line, the next line's indent
    (?P<title>[^\n,.;:"“”()]{3,80}?)        # the post, the whole line
    [ \t]{0,3}(?:\n|$)                      # and the line's end
    """,
    re.VERBOSE,
)

# A past-tense verb, which no post holds: "the envoy pressed ...", "the aide added".
_PAST_VERB = re.compile(r"\s([a-z]{2,20}ed)(?=[\s,.;]|$)")

# Participles that may follow a post inside an appositive: "a diplomat based in Beijing".
_POST_PARTICIPLES = frozenset(load_json("titles.json")["post_participles"])

_NOW = re.compile(r"\s(?:and\s)?now\s")  # "a former envoy (and) now ...": a past and a present post

# Link words a title never ends on ("delegation to the"); the pattern and the
# suffix test before it (which spares most titles the search) both read them.
_CONNECTOR_WORDS = ("to", "of", "for", "the", "at", "on", "in", "and", "with")
_TRAILING_CONNECTOR = re.compile(rf"(?:\s(?:{'|'.join(_CONNECTOR_WORDS)})){{1,3}}$")

# Words after a state's name that make it the subject of an office: "North Korea policy".
_SUBJECT_AFTER = re.compile(
    r"(?:\s[a-z][\w-]{0,20}){0,2}?\s(?i:affairs|policy|issues?|desk|bureau|division)\b"
)

# A state's own office right after its demonym: "(for the) Chinese foreign ministry",
# "(at the) Swedish embassy". The office is the state's, whatever the preposition.
_OFFICE_AFTER = re.compile(
    r"""
    (?:\s(?i:foreign|defen[cs]e|interior|justice|trade))?  # at most one ministry's field
    \s(?i:ministry|embassy|mission|consulate)\b          # the office
    """,
    re.VERBOSE,
)

# How far back a post fronted before a set-off name may start (its complement included).
_FRONTED_REACH = 100

# The complement of a post: "envoy for the Korean Peninsula", "envoy on the abduction issue".
_COMPLEMENT = re.compile(r"\s(?:for|on)\s")

# "(the) office of", "delegation of": a body before the post its holder holds.
_OFFICE_OF = re.compile(r"(?:[Oo]ffice|[Dd]elegation|[Tt]eam|[Aa]gency)\s(?:of|for)\s")

# A state's possessive right before a name: "North Korea's " Kim Yo Jong.
_POSSESSIVE_BEFORE = re.compile(r"(?P<state>[A-Z][\w.]{1,15}(?:\s[A-Z][\w.]{1,15})?)['’]s\s$")

# A link word inside a title read back from a name: "aide to" + another post.
_POST_LINK = re.compile(r"\s(?:to|of|for)\s")

# A minister's post that names the ministry: "Unification Minister", "Minister of Unification".
_MINISTER_OF = re.compile(
    r"(?:(?P<before>(?:[A-Za-z][a-z]{1,20}\s){1,3})[Mm]inister\b"
    r"|\b[Mm]inister\sof\s(?:the\s)?(?P<after>[A-Za-z][a-z]{1,20}(?:\s[A-Za-z][a-z]{1,20}){0,2}))"
)

# The up to four capitalised words right after a name, read in one match.
_NEXT_WORDS = re.compile(
    r"[ ]([A-Z][\w'’]{1,20})(?:[ ]([A-Z][\w'’]{1,20})(?:[ ]([A-Z][\w'’]{1,20})"
    r"(?:[ ]([A-Z][\w'’]{1,20}))?)?)?"
)

_LAST_WORD = re.compile(r"(\w{1,30})\s$")


def _last_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """:data:`_LAST_WORD` searched in ``text[start:end]``, from the last word on.

    A match is one run of word characters up to the space before the end, so it
    opens after the last space before that one: the search skips the words
    before it, at each of whose characters it would try and fail (same match).

    >>> _last_word("the Foreign Minister Kim", 0, 21).group(1)
    'Minister'
    """
    last_space = text.rfind(" ", start, end - 2)
    return _LAST_WORD.search(text, max(start, last_space + 1), end)


# An honorific right before a name, as ministries print their own and their guests':
# "Mr. IWAYA Takeshi", "H.E. Mr. CHO Tae-yul". It marks the capitals after it as a
# family name the way a post does ("Foreign Minister KAMIKAWA Yoko").
_HONORIFIC_BEFORE = re.compile(
    rf"""
    (?<![\w.])                     # a whole word
    (?:{"|".join(map(re.escape, load_json("names.json")["honorifics"]))})  # Mr, Mrs, H.E ...
    \.?[ ]$                         # its dot, if abbreviated, and the space before the name
    """,
    re.VERBOSE,
)

# The honorifics as words, to leave them out of a post read before a name ("H.E. Ambassador").
_HONORIFICS = frozenset(load_json("names.json")["honorifics"])

# A Mongolian patronymic initial (two consonant letters and a dot) before the name it
# stands with: "Ts.Elbegdorj", "Kh. Battulga". The name is the word after the dot.
_PATRONYMIC_INITIAL = re.compile(
    r"""
    (?P<initial>[A-Z][b-df-hj-np-tv-z])  # two letters, the second a consonant: Ts, Kh, Ch
    \.[ ]?                               # its dot, the name glued on or after a space
    (?P<name>[A-Z][a-z]{2,20})           # the name it stands with
    (?![\w-])
    """,
    re.VERBOSE,
)

# A family name in capitals right before or after a name: "KAMIKAWA Yoko", "Fumio KISHIDA".
_CAPITALS_BEFORE = re.compile(r"(?<![\w.-])(?P<family>[A-Z]{2,15})[ ]$")
_CAPITALS_AFTER = re.compile(r"[ ](?P<family>[A-Z]{2,15})(?![\w.'’-])")
_VOWEL = re.compile(r"[AEIOUY]")

# Lower-case particles inside a name, then its capitalised surname: " von der Leyen".
_PARTICLE_AFTER = re.compile(
    rf"""
    (?:[ ](?:von|van|der|den|de|da|das|dos|du|di|del|della|bin|ibn|ter)){{1,3}}  # particles
    [ ][{_UPPER}][{_LOWER}]{{1,20}}(?![\w-])     # the surname they belong to
    """,
    re.VERBOSE,
)

_LOWER_NEXT = re.compile(r"[ ]([a-z]{3,12})\b")  # the lower-case word right after a name

_OF_AFTER = re.compile(r",? (?:of (?:the )?|(?P<source>from the ))")  # "X of Chile", "from the"

# The body a demonym names after "from the": "South Korean side", "Japanese delegation".
# A body named by its field before its state: "Ministry for Foreign Affairs of (the) ".
_BODY_OF_STATE = re.compile(
    r"""
    (?:Ministry|Department|Office|Government|Embassy)  # the body
    (?:[ ](?:of|for)[ ][A-Z][a-z]{2,15}(?:[ ][A-Z][a-z]{2,15}){0,2})?  # its field
    [ ]of[ ](?:the[ ])?                               # and its state, next
    """,
    re.VERBOSE,
)

_SIDE_NOUN = re.compile(r"\s(?:side|delegation|team|government|mission|embassy|ministry)\b")

_PAREN_AFTER = re.compile(r"\s{0,2}\((?P<inner>[^()\n]{1,25})\)")

_WORD = re.compile(r"[\w'’.-]+|[,;:()\"“”—–]")  # a dash is a word, so that titles stop at it
_WORD_REST = re.compile(r"[\w'’.-]*")  # the rest of a _WORD word from a point inside it
_LOWER_WORD = re.compile(r"[a-z]+")
# Words counting the people of a plural appositive: "the two leaders" describes a pair.
_COUNT_WORDS = frozenset(load_json("titles.json")["count_words"])
# Words that give a plural appositive to each member of the list: "A and B, both
# secretaries of the party" says each is a secretary (unlike "the two leaders").
_DISTRIBUTIVE_WORDS = frozenset(load_json("titles.json")["distributive_words"])
# Lower-case words describing the person between a depiction cue and the name: "(the
# birthday of) the country's founder ", "(portraits of) the late leader ".
_DESCRIPTION_BEFORE = re.compile(r"(?:the\s)?(?:[a-z-]{2,15}(?:['’]s)?\s){1,3}$")
# A name's possessive and the noun it owns: "X's portrait", "X's birth anniversary".
_OWNED_AFTER = re.compile(
    r"['’]s\s(?:\d{1,3}(?:st|nd|rd|th)\s)?(?:birth\s|death\s)?([a-z]{3,12})\b"
)
# Lower-case words that may open an appositive post without being a post's own words:
# "Kim's de facto chief of staff", "his longtime aide".
_DESCRIPTIVE_OPENERS = frozenset(load_json("titles.json")["descriptive_openers"])
# What stands between the names of a list: "A, B and C".
_LIST_GAPS = frozenset([", ", " and ", ", and "])
# A plural post word opening an appositive, after up to three words: "department directors".
_PLURAL_HEAD = re.compile(
    r"""
    (?:[\w'’.-]{1,25}[ ]){0,3}?   # the words before the head: "vice", "department"
    (?P<head>[a-z-]{3,25}(?:s|men))  # the plural head: "ministers", "secretaries", "chairmen"
    (?:[ ]|$)
    """,
    re.VERBOSE,
)
# A business group: a lower-case "group" after a capitalised name ("chairwoman of the Hanul
# group"), unlike a government body's "working group" or a capitalised "Contact Group".
_BUSINESS_GROUP = re.compile(
    r"""
    [A-Z][\w-]{1,30}            # the last word of the group's name
    [ ]group\b                  # the lower-case noun
    """,
    re.VERBOSE,
)


def _plain_words(phrase: str) -> str:
    """A phrase as its lower-case words, possessives dropped: ``People's Army`` -> ``people army``.

    >>> _plain_words("the Unification Ministry's spokesman")
    'the unification ministry spokesman'
    """
    return " ".join(_LOWER_WORD.findall(phrase.lower().replace("'s", "").replace("’s", "")))


_POSSESSIVE = re.compile(r"[^\s]{1,40}?['’]s\s")  # "the DPRK's ", "Russia’s "

# Prepositions that may stand before a title read back from a name ("a call on
# Chinese Vice Foreign Minister X", "according to Kremlin spokesman Y"); never its start.
_PREPOSITIONS_BEFORE_TITLES = ("on", "to", "by", "with", "from", "for", "at", "in")
_LEADING_PREPOSITIONS = re.compile(rf"(?:(?:{'|'.join(_PREPOSITIONS_BEFORE_TITLES)})\s+)+")
_TITLE_REACH = 200  # a title before a name is read from the 200 characters before it


class _Words:
    """The words of a sentence (``_WORD`` matches), read once for all its names.

    :meth:`between` gives the words that ``_WORD.finditer(text, start, end)``
    would give, without reading the text again; :meth:`run_start` remembers
    how far back runs of title words reach, so that names in a long run of
    capitalised words do not each read the run again.  Titles stand before
    names, so the caller reads words only up to the sentence's last name.
    """

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        in_title: Callable[[str], bool],
        terms: Sequence[Term] | None,
    ) -> None:
        self.text = text
        self.in_title = in_title  # whether a word may stand in a title read back from a name
        self.terms = terms  # the sentence's gazetteer terms, if the caller found them
        self.term_starts = [term.start for term in terms or ()]
        matches = list(_WORD.finditer(text, start, end))
        self.starts = list(map(re.Match.start, matches))
        self.ends = list(map(re.Match.end, matches))
        self._run_start: dict[int, int] = {}  # word -> first word of the title run ending there

    def word(self, index: int) -> str:
        """The text of word ``index``."""
        return self.text[self.starts[index] : self.ends[index]]

    def between(self, start: int, end: int) -> tuple[int, int]:
        """The indices ``first, last`` of the words from ``start`` to ``end`` (last excluded).

        The words at either end may be cut by ``start`` or ``end``; a cut word
        reads the same as ``_WORD`` would read it from there, because a word is
        a run of one class of characters or a single punctuation mark.
        """
        first = bisect_right(self.ends, start)  # the first word ending after start
        last = bisect_left(self.starts, end)  # the first word starting at or after end
        return first, last

    def terms_within(self, start: int, end: int) -> list[Term] | None:
        """``TermIndex.find(text, start, end)`` read from the sentence's terms, if they tell.

        They tell when no term of the sentence runs across either bound and a
        space follows ``end`` (so that a name ending there is one in both).
        """
        if self.terms is None or not self.text[end : end + 1].isspace():
            return None
        first = bisect_left(self.term_starts, start)
        if first and self.terms[first - 1].end > start:
            return None  # a term runs across start
        last = bisect_left(self.term_starts, end)
        if last > first and self.terms[last - 1].end > end:
            return None  # a term runs across end
        return list(self.terms[first:last])

    def _article_in_title(self, index: int) -> bool:
        """True for a "the" between "of" and a capitalised word: "Director of the Office"."""
        return (
            0 < index < len(self.starts) - 1
            and self.word(index) == "the"
            and self.word(index - 1) == "of"
            and self.word(index + 1)[:1].isupper()
        )

    def run_start(self, index: int) -> int:
        """The first of the title words running without a break up to word ``index``."""
        walked = []
        at = index
        while at not in self._run_start:
            walked.append(at)
            if at == 0 or not (
                self.in_title(self.text[self.starts[at - 1] : self.ends[at - 1]])
                or self._article_in_title(at - 1)
            ):
                self._run_start[at] = at
                break
            at -= 1
        start = self._run_start[at]
        for word in walked:
            self._run_start[word] = start
        return start


# Prepositions that tie a named person into a post ("adviser to Prime Minister X").
_POST_LINKS = frozenset(["of", "to", "for", "at", "with", "under", "in", "on", "from"])

# Korean given-name syllables that are also title link words: "Kim In Ryong".
_NAME_SYLLABLES = frozenset(["In"])
# Vietnamese syllables spelt like English words ("To Lam", "Do Muoi"): a name's first
# token only right after a post (see NameFinder._titled_syllable).
_TITLED_SYLLABLES = frozenset(load_json("names.json")["titled_syllables"])

_TITLE_LINKS = ("of", "for", "and")  # lower-case words inside a title: "Minister of ..."


# "In March the ambassador X": a month or a day is capitalised but no word of a post
_TIME_WORDS = frozenset(load_json("titles.json")["time_words"])


def _in_title(word: str, lexicon: Lexicon) -> bool:
    """Whether a word may stand in a title read back from a name."""
    if word in _TITLE_BREAKERS or word in _TIME_WORDS or word in ',;:()"“”—–':
        return False
    return lexicon.title_word(word) or word[:1].isupper() or word.lower() in _TITLE_LINKS


_TITLE_BREAKERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "To",
        "For",
        "From",
        "By",
        "With",
        "Of",
        "And",
        "Or",
        "But",
        "As",
        "If",
        "During",
        "After",
        "Before",
        "Since",
        "While",
        "When",
        "According",
        "Meanwhile",
        "However",
        "Also",
        "Then",
        "Earlier",
        "Later",
        "Last",
        "Next",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Our",
        "His",
        "Her",
        "Their",
        "Both",
        "Another",
        "All",
        "Some",
        "Many",
        "Most",
        "Asked",
        "Speaking",
        "Meeting",
    ]
)


@dataclass(frozen=True)
class Lexicon:
    """Title and name word lists from ``data/titles.json`` and ``data/names.json``."""

    heads: frozenset[str]
    multiword_heads: tuple[str, ...]
    modifiers: frozenset[str]
    head_of_state: frozenset[str]
    not_government: frozenset[str]
    korean_surnames: frozenset[str]
    dprk_surnames: frozenset[str]
    not_name_words: frozenset[str]
    place_nouns: frozenset[str] = frozenset()
    place_modifiers: frozenset[str] = frozenset()  # "International" (Airport)
    place_personal_names: frozenset[str] = frozenset()  # "Jordan": a place alone, a name beside one
    state_envoy_heads: tuple[str, ...] = ()
    ranks_and_roles: frozenset[str] = frozenset()
    depiction_cues: tuple[str, ...] = ()
    depiction_nouns: frozenset[str] = frozenset()  # "X's portrait": a likeness or a date
    place_of_cues: tuple[str, ...] = ()
    venue_nouns: frozenset[str] = frozenset()  # "hotel" of "the St Regis hotel"
    title_surnames: frozenset[str] = frozenset()  # "King" of "Robert King"
    single_state_posts: tuple[tuple[str, str], ...] = ()  # ("secretary of state", "USA")
    not_before_for: frozenset[str] = frozenset()  # Britain's "Secretary of State for ..."
    international_owners: tuple[str, ...] = ()  # "secretary-general's"
    courtesy_titles: frozenset[str] = frozenset()  # "ambassador" as a rank before a name
    national_body_prefixes: tuple[str, ...] = ()  # "National " (Security Council): a state's body
    trailing_ranks: frozenset[str] = frozenset()  # "Col.", "Lt.": a rank between a post and a name
    kin_nouns: frozenset[str] = frozenset()  # "sister", "wife": a person described as kin
    acting_words: frozenset[str] = frozenset()  # "said", "handed": a person speaking or acting
    rank_after_rank: frozenset[str] = frozenset()  # "General" after "Major", "Lt."
    body_anaphors: frozenset[str] = frozenset()  # "agency" of "the agency's deputy director"
    holders_in: frozenset[str] = frozenset()  # "official" of "the top official in the North"
    premiers_not_heads: frozenset[str] = frozenset()  # states whose premier is not the head

    @classmethod
    @cache
    def default(cls) -> Lexicon:
        """The bundled lexicon, read once."""
        titles = load_json("titles.json")
        names = load_json("names.json")
        heads = [h.lower() for h in titles["heads"]]
        return cls(
            heads=frozenset(h for h in heads if " " not in h),
            multiword_heads=tuple(h for h in heads if " " in h),
            modifiers=frozenset(m.lower() for m in titles["modifiers"]),
            head_of_state=frozenset(h.lower() for h in titles["head_of_state"]),
            premiers_not_heads=frozenset(titles.get("premiers_not_heads", ())),
            not_government=frozenset(w.lower() for w in titles["not_government"]),
            korean_surnames=frozenset(names["korean_surnames"]),
            dprk_surnames=frozenset(names["dprk_surnames"]),
            not_name_words=frozenset(names["not_name_words"]),
            place_nouns=frozenset(names.get("place_nouns", ())),
            place_modifiers=frozenset(names.get("place_modifiers", ())),
            place_personal_names=frozenset(names.get("place_personal_names", ())),
            state_envoy_heads=tuple(h.lower() for h in titles.get("state_envoy_heads", ())),
            ranks_and_roles=frozenset(h.lower() for h in titles.get("ranks_and_roles", ())),
            depiction_cues=tuple(c.lower() + " " for c in names.get("depiction_cues", ())),
            depiction_nouns=frozenset(names.get("depiction_nouns", ())),
            place_of_cues=tuple(c + " " for c in names.get("place_of_cues", ())),
            venue_nouns=frozenset(names.get("venue_nouns", ())),
            title_surnames=frozenset(names.get("title_surnames", ())),
            body_anaphors=frozenset(t.lower() for t in titles.get("body_anaphors", ())),
            holders_in=frozenset(titles.get("holders_in", ())),
            courtesy_titles=frozenset(t.lower() for t in titles.get("courtesy_titles", ())),
            national_body_prefixes=tuple(p + " " for p in titles.get("national_body_prefixes", ())),
            trailing_ranks=frozenset(titles.get("trailing_ranks", ())),
            kin_nouns=frozenset(titles.get("kin_nouns", ())),
            acting_words=frozenset(titles.get("acting_words", ())),
            rank_after_rank=frozenset(titles.get("rank_after_rank", ())),
            international_owners=tuple(o.lower() for o in titles.get("international_owners", ())),
            single_state_posts=tuple(
                sorted(
                    ((_plain_words(p), c) for p, c in titles.get("single_state_posts", {}).items()),
                    key=lambda item: -len(item[0]),  # the longest post first
                )
            ),
            not_before_for=frozenset(
                _plain_words(p) for p in titles.get("single_state_posts_not_before_for", ())
            ),
        )

    def single_state(self, title: str) -> str | None:
        """The one state that has the post or office the title names, if it names such a post.

        >>> Lexicon.default().single_state("Deputy Secretary of State")
        'USA'
        >>> Lexicon.default().single_state("Secretary of State for Foreign Affairs") is None
        True
        >>> Lexicon.default().single_state("Assistant Secretary of State for East Asian Affairs")
        'USA'
        >>> Lexicon.default().single_state("Seoul's envoy to the White House") is None
        True
        """
        low = " " + _plain_words(title) + " "
        for post, code in self.single_state_posts:
            at = low.find(" " + post + " ")
            if at < 0:
                continue
            if post in self.not_before_for and low.startswith(" for ", at + len(post) + 1):
                return None  # "Secretary of State for Defence": another state's post
            if low[:at].endswith((" to", " to the")):
                continue  # "envoy to the White House": the office is the post's object
            return code
        return None

    def title_word(self, word: str) -> bool:
        """True for a word that can stand inside a title (head or modifier).

        >>> Lexicon.default().title_word("Minister")
        True
        """
        low = word.lower().strip(".,")
        if low in self.heads or low in self.modifiers:
            return True
        if word[:1].isupper() and low.endswith("s") and self.singular_head(low):
            return True  # "Presidents X and Y": a capitalised plural post before names
        # "Vice-Chairman", "deputy-director": every part a word of titles
        return "-" in low and all(
            part in self.heads or part in self.modifiers for part in low.split("-")
        )

    def head_word(self, word: str) -> bool:
        """True for a word that names a post, also as the last part of a compound.

        >>> Lexicon.default().head_word("vice-chairman"), Lexicon.default().head_word("vice")
        (True, False)
        >>> Lexicon.default().head_word("ambassador-designate")
        True
        """
        low = word.lower().strip(".,'’")
        if low in self.heads or low.rsplit("-", 1)[-1] in self.heads:
            return True
        # "ambassador-designate", "president-elect": a post with a modifier after it
        parts = low.split("-")
        return (
            len(parts) > 1
            and parts[0] in self.heads
            and all(p in self.heads or p in self.modifiers for p in parts[1:])
        )

    def singular_head(self, word: str) -> str | None:
        """The singular of a plural post word, or None if it is none.

        >>> Lexicon.default().singular_head("directors"), Lexicon.default().singular_head("secretaries")
        ('director', 'secretary')
        >>> Lexicon.default().singular_head("talks") is None
        True
        >>> Lexicon.default().singular_head("chairmen"), Lexicon.default().singular_head("women")
        ('chairman', None)
        """
        low = word.lower()
        if low.endswith("men"):  # "chairmen", "spokesmen"
            return low[:-2] + "an" if self.head_word(low[:-2] + "an") else None
        if not low.endswith("s"):
            return None
        for singular in (low[:-3] + "y" if low.endswith("ies") else "", low[:-1]):
            if singular and self.head_word(singular):
                return singular
        return None

    def only_role(self, title: str) -> bool:
        """True when every head of the title is a rank or role ("member", "official").

        >>> Lexicon.default().only_role("top nuclear envoy")
        True
        >>> Lexicon.default().only_role("chief negotiator"), Lexicon.default().only_role("chief")
        (True, False)
        """
        heads = [w.strip(".") for w in title.lower().split() if self.head_word(w)]
        # a head word that also qualifies the next head is its modifier: "chief negotiator"
        heads = [h for h in heads[:-1] if h not in self.modifiers] + heads[-1:]
        return bool(heads) and all(h in self.ranks_and_roles for h in heads)

    def has_head(self, title: str) -> bool:
        """True when ``title`` contains a word that names a post.

        >>> Lexicon.default().has_head("first vice foreign minister")
        True
        >>> Lexicon.default().has_head("sister of the leader's aide")
        True
        """
        return self._decided_has_head(title)

    @cached_property
    def _decided_has_head(self) -> Callable[[str], bool]:
        # The same titles recur in every article: decide each once.
        return lru_cache(maxsize=8192)(self._has_head)

    def _has_head(self, title: str) -> bool:
        return any(self.head_word(w) for w in title.split()) or any(
            h in title.lower() for h in self.multiword_heads
        )

    def government(self, title: str) -> bool:
        """False when the title marks someone outside government (analyst, professor ...).

        >>> Lexicon.default().government("senior fellow at a think tank")
        False
        >>> Lexicon.default().government("chairman of the Daesong group")
        False
        """
        return self._decided_government(title)

    @cached_property
    def _decided_government(self) -> Callable[[str], bool]:
        return lru_cache(maxsize=8192)(self._government)

    def _government(self, title: str) -> bool:
        if _BUSINESS_GROUP.search(title):
            return False
        low = title.lower()
        words = set(_LOWER_WORD.findall(low))
        return not (words & self.not_government) and not any(
            w in low for w in self._multiword_not_government
        )

    @cached_property
    def _multiword_not_government(self) -> tuple[str, ...]:
        return tuple(w for w in self.not_government if " " in w)


@dataclass(slots=True)
class PersonMention:
    """A name in the text with what its context says about the person."""

    start: int
    end: int
    name: str
    sentence: int
    title: str | None = None
    title_start: int = -1
    title_end: int = -1
    title_countries: list[str] = field(default_factory=list)
    paren_country: str | None = None
    counterpart_country: str | None = None
    nongovernment: bool = False
    depicted: bool = False  # "portraits of X": shown or remembered, not acting
    shared_title: bool = (
        False  # "Foreign Ministers X and Y": the plural post is the next name's too
    )

    @property
    def tokens(self) -> list[str]:
        """The name's tokens."""
        return self.name.split()


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` (a loop: it runs for every run of
    capitalised words, and a generator for any() costs more than the test).

    >>> _overlaps_any(5, 9, [(0, 5), (8, 12)]), _overlaps_any(5, 8, [(0, 5), (8, 12)])
    (True, False)
    """
    for a, b in spans:  # noqa: SIM110
        if a < end and b > start:
            return True
    return False


def _is_name_token(token: str, stop: frozenset[str], lexicon: Lexicon) -> bool:
    bare = token.rstrip("'’s") if token.endswith(("'s", "’s")) else token
    return (bare not in stop and not lexicon.title_word(bare)) or bare in lexicon.korean_surnames


class NameFinder:
    """Finds name candidates with their titles, built once per gazetteer."""

    def __init__(self, terms: TermIndex, gazetteer: object, lexicon: Lexicon | None = None) -> None:
        self.terms = terms
        self.lexicon = lexicon or Lexicon.default()
        stop = set(self.lexicon.not_name_words)
        # A one-word name of a state, capital, place or body is no personal name; the words
        # of a longer one ("Camp David", "Costa Rica") are (``find`` leaves out the whole).
        term_words: set[str] = set()
        for country in getattr(gazetteer, "countries", ()):
            for name in (*country.names, *country.demonyms, *country.capitals):
                (term_words if " " in name else stop).update(name.split())
        for entry in (*getattr(gazetteer, "places", ()), *getattr(gazetteer, "organizations", ())):
            for name in (entry.name, *entry.aliases):
                (term_words if " " in name else stop).update(name.split())
        self.term_words = frozenset(term_words - stop)
        self.official_tokens: set[str] = set()
        for official in getattr(gazetteer, "officials", ()):
            for name in (official.name, *official.aliases):
                self.official_tokens.update(name.replace("-", " ").split())
        stop -= self.lexicon.korean_surnames
        stop -= self.lexicon.place_personal_names  # names beside another name word (see find)
        # ... unless a known official bears the name alone ("President Clinton")
        self.place_only_names = frozenset(self.lexicon.place_personal_names - self.official_tokens)
        stop -= {t for t in self.official_tokens if t[:1].isupper()}
        stop.discard("Park")
        self.stop = frozenset(stop)
        # The same capitalised words and runs recur in every article: decide each once.
        self._name_token: Callable[[str], bool] = lru_cache(maxsize=16384)(
            partial(_is_name_token, stop=self.stop, lexicon=self.lexicon)
        )
        self._in_title: Callable[[str], bool] = lru_cache(maxsize=16384)(self._word_in_title)
        self._run_pieces: Callable[[str], tuple[tuple[int, int], ...]] = lru_cache(maxsize=16384)(
            self._split_run_text
        )
        self._run_names_of: Callable[[str], tuple[tuple[int, int], ...]] = lru_cache(maxsize=16384)(
            self._names_of_run
        )

    def split_run(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """The name-like stretches of a capitalised run, as offsets.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> finder = NameFinder(TermIndex(g), g)
        >>> t = "Chinese Premier Li Qiang"
        >>> [t[a:b] for a, b in finder.split_run(t, 0, len(t))]
        ['Li Qiang']
        """
        for a, b in self._run_pieces(text[start:end]):
            yield start + a, start + b

    def _only_place_names(self, piece: str) -> bool:
        """True for a piece made only of place names that are also personal names.

        "Jordan" alone (or "Jordan's") is the state; "Martin Jordan" is a person.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> f._only_place_names("Jordan's"), f._only_place_names("Martin Jordan")
        (True, False)
        """
        names = self.place_only_names
        return all((t[:-2] if t.endswith(("'s", "’s")) else t) in names for t in piece.split())

    def _run_names(
        self, text: str, start: int, end: int, named: list[tuple[int, int]]
    ) -> Iterable[tuple[int, int]]:
        """:meth:`split_run`, with the words of the multi-word terms at ``named`` left out."""
        inside = [(a, b) for a, b in named if a < end and b > start]
        if not inside:
            return self.split_run(text, start, end)
        pieces: list[tuple[int, int]] = []
        piece_start = -1
        piece_end = -1
        tokens = list(_TOKEN.finditer(text, start, end))
        for at, match in enumerate(tokens):
            if any(a <= match.start() < b for a, b in inside):
                name_word = False
            else:
                name_word = self._name_token(match.group(0)) or self._inner_syllable(
                    text, tokens, at, piece_start
                )
            if name_word:
                if piece_start < 0:
                    piece_start = match.start()
                piece_end = match.end()
            elif piece_start >= 0:
                pieces.append((piece_start, piece_end))
                piece_start = -1
        if piece_start >= 0:
            pieces.append((piece_start, piece_end))
        return pieces

    def _names_of_run(self, run: str) -> tuple[tuple[int, int], ...]:
        """The names of a whole run that holds no multi-word term, as offsets into it.

        :meth:`split_run`'s pieces, a ``Trump-Kim`` pair split, and pieces of place
        names alone left out: each step reads only the piece's own text, so a run
        is worked out once for every article that writes it.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "Chinese Premier Li Qiang"
        >>> [t[a:b] for a, b in f._names_of_run(t)]
        ['Li Qiang']
        """
        return tuple(
            part
            for piece in self._run_pieces(run)
            for part in self._paired_names(run, *piece)
            if not self._only_place_names(run[part[0] : part[1]])
        )

    def _split_run_text(self, run: str) -> tuple[tuple[int, int], ...]:
        """:meth:`split_run` of a whole string (tokens need no context: their offsets are the same)."""
        return tuple(self._split(run))

    def _split(self, text: str) -> Iterable[tuple[int, int]]:
        piece_start = -1
        piece_end = -1
        tokens = list(_TOKEN.finditer(text))
        for at, match in enumerate(tokens):
            token = match.group(0)
            if (
                self._name_token(token)
                or self._inner_syllable(text, tokens, at, piece_start)
                or self._title_surname(text, tokens, at, piece_start)
                or self._titled_syllable(text, tokens, at, piece_start)
            ):
                if piece_start < 0:
                    piece_start = match.start()
                piece_end = match.end()
            else:
                if piece_start >= 0:
                    yield piece_start, piece_end
                piece_start = -1
        if piece_start >= 0:
            yield piece_start, piece_end

    def _capital_family_name(
        self, text: str, start: int, end: int, a: int, b: int
    ) -> tuple[int, int]:
        """A name with its family name in capitals, as governments print it, made whole.

        "Foreign Minister KAMIKAWA Yoko", "Prime Minister Fumio KISHIDA": the
        capitals are no name token, so the name found is the given name alone; the
        family name joins it when a title stands before the name and the capitals
        are no state, body or acronym.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "Foreign Minister HAYASHI Yoshimasa said"
        >>> t[slice(*f._capital_family_name(t, 0, len(t), 25, 34))]
        'HAYASHI Yoshimasa'
        >>> t = "Mr. HAYASHI Yoshimasa said"
        >>> t[slice(*f._capital_family_name(t, 0, len(t), 12, 21))]
        'HAYASHI Yoshimasa'
        """
        # the family name's last capital is right before the space (or the space and a last
        # newline, which "$" allows): a test of it spares most names the search
        before = (
            _CAPITALS_BEFORE.search(text, max(start, a - 20), a)
            if (a >= 2 and "A" <= text[a - 2] <= "Z") or text[a - 1 : a] == "\n"
            else None
        )
        if before is not None and self._capitals_name(before.group("family")):
            title_end = before.start("family")
            word = _last_word(text, max(start, title_end - 31), title_end)
            if (
                word is not None and self._capitalised_title_word(word.group(1))
            ) or _HONORIFIC_BEFORE.search(text, max(start, title_end - 8), title_end):
                return before.start("family"), b
        after = _CAPITALS_AFTER.match(text, b, end)
        if after is not None and self._capitals_name(after.group("family")):
            word = _last_word(text, max(start, a - 31), a)
            if word is not None and self._capitalised_title_word(word.group(1)):
                return a, after.end("family")
        return a, b

    def _capitalised_title_word(self, word: str) -> bool:
        """True for a title's capitalised word ("Minister"), not a link ("the", "of")."""
        return word[:1].isupper() and self.lexicon.title_word(word)

    def _capitals_name(self, word: str) -> bool:
        """True for a word in capitals that may be a family name: no state, body or acronym."""
        return (
            _VOWEL.search(word) is not None
            and self.terms.lookup(word) is None
            and word.title() not in self.stop
            and not self.lexicon.title_word(word)
        )

    def _title_surname(
        self, text: str, tokens: list[re.Match[str]], at: int, piece_start: int
    ) -> bool:
        """True for a post word that is a surname right after a given name: "Robert King".

        A title stands before the name it goes with, so a post word that closes a
        name begun by a given name is the surname, when no name word follows it.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> [g for g in NameFinder(TermIndex(g), g)._split("Envoy Robert King")]
        [(6, 17)]
        """
        token = tokens[at].group(0)
        if piece_start < 0 or token not in self.lexicon.title_surnames:
            return False
        if tokens[at - 1].end() + 1 != tokens[at].start():
            return False
        if at + 1 < len(tokens) and self._name_token(tokens[at + 1].group(0)):
            return False  # "Gen. Lee Major Kim": a rank before the next name
        return text[piece_start : tokens[at].start()].count(" ") == 1  # one given name

    def _titled_syllable(
        self, text: str, tokens: list[re.Match[str]], at: int, piece_start: int
    ) -> bool:
        """True for a name syllable spelt like an English word, between a post and the name's
        last token: "President To Lam", "Chairman Do Muoi".

        A capitalised "To" right after a post, before one more name token that closes the
        run, opens a two-syllable name; "President To Visit Hanoi" (a title-case
        headline) runs on and is no name.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> [f"President To Lam"[a:b] for a, b in f._split("President To Lam")]
        ['To Lam']
        """
        if piece_start >= 0 or tokens[at].group(0) not in _TITLED_SYLLABLES:
            return False
        if at == 0 or at + 2 != len(tokens):
            return False
        before, after = tokens[at - 1], tokens[at + 1]
        return (
            before.end() + 1 == tokens[at].start()
            and tokens[at].end() + 1 == after.start()
            and self._capitalised_title_word(before.group(0))
            and self._name_token(after.group(0))
        )

    def _inner_syllable(
        self, text: str, tokens: list[re.Match[str]], at: int, piece_start: int
    ) -> bool:
        """True for "In" inside a Korean name: "Kim In Ryong", "Moon Jae In".

        "In" is a title's link word elsewhere ("envoy in Seoul"): inside a run of
        capitalised words, it is a syllable when a name token follows it, or when it
        closes a name that opens with a Korean surname.
        """
        if piece_start < 0 or tokens[at].group(0) not in _NAME_SYLLABLES:
            return False
        if at + 1 < len(tokens):
            following = tokens[at + 1]
            return following.start() == tokens[at].end() + 1 and self._name_token(
                following.group(0)
            )
        first = text[piece_start : tokens[at].start()].split()
        return len(first) >= 2 and first[0] in self.lexicon.korean_surnames

    def find(
        self,
        text: str,
        start: int,
        end: int,
        sentence: int,
        terms: Sequence[Term] | None = None,
    ) -> list[PersonMention]:
        """Name candidates in ``text[start:end]`` with their titles.

        ``terms`` are the gazetteer terms of ``text[start:end]``, if the caller
        has them (``TermIndex.find(text, start, end)``): titles read them.
        """
        if terms is None:
            terms = self.terms.find(text, start, end)
        # Words of a multi-word place or body ("Camp David", "Costa Rica") are names
        # elsewhere ("David Hale", "Brian Costa"): only the whole name's words are no name.
        named = [(t.start, t.end) for t in terms if " " in text[t.start : t.end]]
        pieces: list[tuple[int, int]] = []
        for run in _NAME_RUN.finditer(text, start, end):
            run_start, run_end = run.span()
            if not _overlaps_any(run_start, run_end, named):
                # most runs hold no multi-word term: their names are the run text's own
                pieces.extend(
                    (run_start + a, run_start + b) for a, b in self._run_names_of(run.group())
                )
                continue
            pieces.extend(
                part
                for piece in self._run_names(text, run_start, run_end, named)
                for part in self._paired_names(text, *piece)
                if not self._only_place_names(text[part[0] : part[1]])
            )
        if not pieces:
            return []
        pieces = _with_particles(
            text, end, [self._capital_family_name(text, start, end, *piece) for piece in pieces]
        )
        pieces = [_with_leading_initial(text, start, *piece) for piece in pieces]
        pieces = _with_peerage(text, start, end, pieces)
        # Titles stand before names: the words up to the last name are all they read
        # (read to the end of the word the last name starts in, so that no word is cut).
        words_end = _WORD_REST.match(text, pieces[-1][0], end)
        assert words_end is not None  # the pattern matches the empty string too
        words = _Words(text, start, words_end.end(), self._in_title, terms)
        found: list[PersonMention] = []
        skip = -1  # the start of a name already read after its initial
        for a, b in pieces:
            if a == skip or self._names_a_place(text, a, b, end):
                continue
            # "Ts.Elbegdorj", "Ts. Elbegdorj": a patronymic initial before the name
            # the initial's dot is its third character: a test of it spares most names both matches
            dotted = text[a + 2 : a + 3] == "."
            initial = _PATRONYMIC_INITIAL.match(text, a, end) if dotted else None
            name = text[a:b]
            if initial is not None and initial.end("initial") == b:
                b, name, skip = initial.end(), initial.group("name"), initial.start("name")
            elif dotted and _PATRONYMIC_INITIAL.match(text, a) and b - a == 2:
                continue  # the initial cut from its name by a sentence break: no name alone
            mention = PersonMention(a, b, name, sentence)
            mention.depicted = self._depicted(text, start, a, found) or self._depicted_after(
                text, b, end
            )
            self._attach_title(text, start, end, mention, words)
            if found and text[found[-1].end : a] in _LIST_GAPS:
                if found[-1].title is None:
                    self._shared_plural_post(text, end, mention, found, words)
                elif found[-1].shared_title and mention.title is None:
                    # "Foreign Ministers X and Y": the plural post before the list is Y's too
                    mention.title, mention.title_start, mention.title_end = (
                        found[-1].title,
                        found[-1].title_start,
                        found[-1].title_end,
                    )
                    mention.shared_title = True
            found.append(mention)
        return found

    def _shared_plural_post(
        self,
        text: str,
        sent_end: int,
        mention: PersonMention,
        found: list[PersonMention],
        words: _Words,
    ) -> None:
        """A plural post set off after a list of names is each one's: "A and B, vice ministers,".

        Each name of the list takes the post in the singular ("vice minister").
        """
        match = _APPOSITIVE.match(text, mention.end, sent_end)
        if match is None or match.group("who") or match.group("verb"):
            return
        start, end = match.span("title")
        cut = _TITLE_CUT.search(text, start, end)
        if cut:
            end = cut.start()
        plural = _PLURAL_HEAD.match(text, start, end)
        if plural is None:
            return
        singular = self.lexicon.singular_head(plural.group("head"))
        before = text[start : plural.start("head")].lower().split()
        if before and before[0] in _DISTRIBUTIVE_WORDS:
            before.pop(0)  # "both secretaries of ...": each one's post
        if singular is None or _COUNT_WORDS.intersection(before):
            return  # "the two leaders": a description of the pair, not a post
        while before and before[0] in _TITLE_LEAD_WORDS:
            before.pop(0)
        if mention.title is not None and mention.title_start < mention.end:
            return  # a post before the name is the name's own
        mention.title = None
        prefix = " ".join([*before, singular]) + " "
        self._set_title(words, mention, plural.end(), end, post=prefix)
        if mention.title is None:
            return
        at = len(found) - 1
        members = [mention]
        while at >= 0 and found[at].title is None:
            following = members[-1]
            if text[found[at].end : following.start] not in _LIST_GAPS:
                break
            members.append(found[at])
            at -= 1
        for member in members[1:]:
            member.title, member.title_start, member.title_end = (
                mention.title,
                mention.title_start,
                mention.title_end,
            )
            member.title_countries = list(mention.title_countries)

    def _paired_names(self, text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """A ``Trump-Kim`` pair (of a "Trump-Kim summit") as its two names, else the piece.

        Only a single token joining two known officials' names is split: a
        Korean given name ("Jong-Un") is one token of a longer name.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "the Trump-Kim summit"
        >>> [t[a:b] for a, b in f._paired_names(t, 4, 13)]
        ['Trump', 'Kim']
        """
        first, dash, second = text[start:end].partition("-")
        if (
            dash
            and " " not in first
            and first in self.official_tokens
            and second in self.official_tokens
            and first[:1].isupper()
            and second[:1].isupper()
        ):
            middle = start + len(first)
            return ((start, middle), (middle + 1, end))
        return ((start, end),)

    def _names_a_place(self, text: str, start: int, end: int, limit: int) -> bool:
        """True when the name is part of a place's or institution's: ``X Square``, ``X Airport``.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "crowds in Kim Il Sung Square cheered"
        >>> f._names_a_place(t, 10, 21, len(t))
        True
        >>> t = "at the border town of Sinpo Dong"
        >>> f._names_a_place(t, 22, 32, len(t))
        True
        >>> t = "they met at the Grand Lumiere hotel"
        >>> f._names_a_place(t, 16, 29, len(t))
        True
        """
        # "the border town of X", "the port city of X": a place noun names what follows
        if text[max(0, start - 20) : start].endswith(self.lexicon.place_of_cues):
            return True
        last = text[start:end].rsplit(" ", 1)[-1]
        if last in self.lexicon.place_nouns:
            return True
        # "the Ritz-Carlton Millenia hotel": a lower-case venue noun right after the name
        venue = _LOWER_NEXT.match(text, end, limit)
        if venue is not None and venue.group(1) in self.lexicon.venue_nouns:
            return True
        # "X International Airport", "X Pyongyang Textile Mill": a few capitalised words (a
        # modifier, a city, a trade) may come before the place noun
        following = _NEXT_WORDS.match(text, end, limit)
        return following is not None and any(
            word in self.lexicon.place_nouns for word in following.groups() if word
        )

    def _depicted(
        self, text: str, sent_start: int, name_start: int, earlier: list[PersonMention]
    ) -> bool:
        """True for a name after ``portraits of``, ``the birthday of`` (or listed with one).

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "They bowed to the statues of Kim Il Sung"
        >>> f._depicted(t, 0, 29, [])
        True
        """
        before = text[max(sent_start, name_start - 70) : name_start].lower()
        if before.endswith("the late "):
            before = before[: -len("the late ")]
        if before.endswith(self.lexicon.depiction_cues):
            return True
        # "the birthday of the country's founder X": a description may stand between (the
        # pattern is tried only when a cue stands in the stretch at all: names are many)
        if (" of " in before or "named " in before) and any(
            cue in before for cue in self.lexicon.depiction_cues
        ):
            described = _DESCRIPTION_BEFORE.search(before)
            if described is not None and before[: described.start()].endswith(
                self.lexicon.depiction_cues
            ):
                return True
        # "portraits of X and Y": the next name of the same list
        if earlier and earlier[-1].depicted:
            gap = text[earlier[-1].end : name_start]
            return gap in (" and ", ", ", ", and ")
        return False

    def _depicted_after(self, text: str, name_end: int, sent_end: int) -> bool:
        """True for a name whose possessive owns a likeness or a date: ``X's portrait``.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "under Kim Il Sung's portrait"
        >>> f._depicted_after(t, 17, len(t))
        True
        """
        owned = _OWNED_AFTER.match(text, name_end, sent_end)
        return owned is not None and owned.group(1).lower() in self.lexicon.depiction_nouns

    # -- titles ------------------------------------------------------------
    def _attach_title(
        self, text: str, sent_start: int, sent_end: int, mention: PersonMention, words: _Words
    ) -> None:
        paren = _PAREN_AFTER.match(text, mention.end, sent_end)
        if paren:
            term = self.terms.lookup(paren.group("inner").strip())
            if term is not None and term.code:
                mention.paren_country = term.code
        if mention.paren_country is None:
            mention.paren_country = self._country_after_of(text, mention.end, sent_end)
        if mention.paren_country is None:
            mention.paren_country = self._country_possessive_before(text, sent_start, mention.start)
        word_before = _last_word(text, max(sent_start, mention.start - 30), mention.start)
        if word_before and word_before.group(1).lower() in self.lexicon.not_government:
            mention.nongovernment = True  # "American student Otto Warmbier"
        # "the ambassador, Mr. X,", "Ambassador Dr. X": the post is read past the honorific
        lead = self._honorific_start(text, sent_start, mention.start)
        lead = _bracket_start(text, sent_start, lead, mention.end)
        before = self._title_before(words, sent_start, lead)
        if "(" in text[lead : mention.start]:
            before = self._bracketed_post(text, sent_start, lead) or before
        if before is not None:
            self._set_title(words, mention, self._last_post(text, *before), before[1])
        # matched once: the title and the calling after the name both read it
        appositive = _APPOSITIVE.match(text, mention.end, sent_end)
        after = self._title_after(text, mention.end, sent_end, appositive)
        if after is None and mention.title is None and self._opens_with_calling(appositive):
            mention.nongovernment = True  # "X, a professor at a university in Tokyo,"
        bare = self._bare_rank(mention)  # read once per title: it looks the title's terms up
        # "Chief U.S. negotiator X, an assistant secretary of state,": a role that names
        # its state yields to the post too; its state stays the holder's
        stated_role = (
            after is not None
            and not bare
            and bool(mention.title_countries)
            and self._only_role(mention.title or "")
        )
        if after is not None and after[2] and mention.title is None:
            # "the North's vice minister, X, who headed the delegation,": the post set off
            # before the name is X's; the clause after it tells a role in the occasion
            set_off = self._title_set_off(words, sent_start, lead, mention.end, sent_end)
            if set_off is not None:
                self._set_title(words, mention, *set_off)
                if mention.title is not None:
                    after = None
        if after is not None and (mention.title is None or bare or stated_role):
            # "Vice Marshal X, vice chairman of the commission,": the post in apposition
            # wins over a rank or role before the name (the guide's rule)
            role_countries = mention.title_countries
            self._set_title(words, mention, *after)
            if stated_role and not mention.title_countries:
                mention.title_countries = role_countries
            bare = self._bare_rank(mention)
        if mention.title is None or bare:
            # "a spokesperson for the command, Col. X,": the post set off before a rank wins too
            opening = lead if mention.title is None else mention.title_start
            set_off = self._title_set_off(words, sent_start, opening, mention.end, sent_end)
            if set_off is not None:
                self._set_title(words, mention, *set_off)
        elif not mention.title_countries and mention.title_end <= mention.start:
            # "North Korea's chief delegate, Vice Foreign Minister X,": the post stays, and
            # the role set off before it says whose it is
            set_off = self._title_set_off(
                words, sent_start, mention.title_start, mention.end, sent_end
            )
            if set_off is not None:
                mention.title_countries = self.title_countries(text, *set_off)
        if mention.title is None:
            self._title_on_next_line(text, mention, words)

    @staticmethod
    def _honorific_start(text: str, sent_start: int, name_start: int) -> int:
        """Where an honorific right before a name starts, else the name's start.

        A post stands before the honorific, not between it and the name
        ("the DPRK ambassador, Mr Ri,"): titles are read back from its start.

        >>> t = "the envoy, Mr. Ri Son, said"
        >>> t[: NameFinder._honorific_start(t, 0, 15)]
        'the envoy, '
        >>> NameFinder._honorific_start(t, 0, 4)
        4
        """
        honorific = _HONORIFIC_BEFORE.search(text, max(sent_start, name_start - 10), name_start)
        return name_start if honorific is None else honorific.start()

    def _bracketed_post(self, text: str, sent_start: int, bracket: int) -> tuple[int, int] | None:
        """The whole post opening a line before a bracketed name, commas and all.

        A parliamentary record heads a speech with the post, its department set
        off by commas, and the holder's name in brackets ("The Minister of State,
        Foreign Office (X)"): all that stands before the bracket is the post, when
        every word of it can stand in a title.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "The Minister of State, Home Office (Ms X)"
        >>> t[slice(*f._bracketed_post(t, 0, t.index(" (")))]
        'The Minister of State, Home Office'
        >>> f._bracketed_post("He said the minister (Ms X)", 0, 20) is None
        True
        """
        before = text[sent_start:bracket]
        opening = sent_start + len(before) - len(before.lstrip())  # past the line's opening spaces
        if not 0 < bracket - opening <= _FRONTED_REACH or not _opens_line(text, opening):
            return None
        for word in _WORD.finditer(text, opening, bracket):
            if word.group(0) != "," and not (
                word.group(0) in ("The", "the") or self._in_title(word.group(0))
            ):
                return None
        if not self._title_opening(text, opening, bracket):
            return None
        return opening, bracket

    def _title_on_next_line(self, text: str, mention: PersonMention, words: _Words) -> None:
        """The credit of a pull quote or portrait: ``Name,`` alone on a line, the post below.

        The post's line is outside the name's sentence, so it is read from the text.
        """
        if not _opens_line(text, mention.start):
            return
        below = _CREDIT_LINE.match(text, mention.end)
        if below is None:
            return
        start, end = below.span("title")
        if not self._title_opening(text, start, end):
            return
        self._set_title(words, mention, start, end)
        if mention.title is not None:
            # the line is outside the sentence, whose terms do not reach it
            mention.title_countries = self.title_countries(text, start, end)

    def _last_post(self, text: str, start: int, end: int) -> int:
        """Where the name's own post starts in a title read back from it.

        "a top aide to North Korean leader X": the words after the last link
        word hold a post of their own, which is X's; the words before it are
        another person's.  "Ambassador to the United Nations X" keeps its whole
        title, as no post follows the link.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "top aide to North Korean leader"
        >>> t[f._last_post(t, 0, len(t)) :]
        'North Korean leader'
        >>> t = "Ambassador to the United Nations"
        >>> t[f._last_post(t, 0, len(t)) :]
        'Ambassador to the United Nations'
        """
        for link in reversed(list(_POST_LINK.finditer(text, start, end))):
            tail = text[link.end() : end]
            if self._own_head(tail) and self._own_head(text[start : link.start()]):
                return link.end()
        return start

    def _own_head(self, words: str) -> bool:
        """True when the words hold a post word that is not a possessive ("Minister's")."""
        return any(self.lexicon.head_word(w) for w in words.split() if not w.endswith(("'s", "’s")))

    def _bare_rank(self, mention: PersonMention) -> bool:
        """True when the title read before the name is a bare rank or role.

        Such a title ("Vice Marshal", "spokesman", "Lt. Gen.") names no state,
        place or body, and its heads are ranks or roles, not posts: a post in
        apposition replaces it.  One that names a state ("U.S. envoy") keeps its
        place, as meetings read its state from it; so does a post ("Vice Foreign
        Minister").
        """
        if mention.title is None or mention.title_countries:
            return False
        if mention.title.lower() in self.lexicon.courtesy_titles:
            return True  # "Ambassador X, the special envoy for ...,": a courtesy rank
        if not self._only_role(mention.title):
            return False  # "Vice Foreign Minister X, a top envoy,": the post stays
        return not self.terms.find(mention.title, 0, len(mention.title))

    def _rank_after_post(self, text: str, start: int, end: int) -> int:
        """Where a title ends without the military rank between its post and the name.

        "ministry spokesman Col. X": the post is "ministry spokesman"; a rank
        alone ("Lt. Gen. X") or one with no post before it stays.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "army spokesman Lt. Col."
        >>> t[: f._rank_after_post(t, 0, len(t))]
        'army spokesman'
        >>> t = "Attorney General"
        >>> t[: f._rank_after_post(t, 0, len(t))]
        'Attorney General'
        >>> t = "Lt. Gen."
        >>> t[: f._rank_after_post(t, 0, len(t))]
        'Lt. Gen.'
        """
        words = text[start:end].split(" ")
        cut = len(words)
        while cut > 1:
            low = words[cut - 1].lower()
            if low in self.lexicon.trailing_ranks or (
                low in self.lexicon.rank_after_rank
                and words[cut - 2].lower() in self.lexicon.trailing_ranks
            ):
                cut -= 1
            else:
                break
        ranks = self.lexicon.trailing_ranks | self.lexicon.rank_after_rank
        if cut == len(words) or not any(
            self.lexicon.head_word(w) and w.lower() not in ranks and w.lower() + "." not in ranks
            for w in words[:cut]
        ):
            return end  # "Lt. Gen.": a rank alone stays the title
        return start + len(" ".join(words[:cut]))

    def _set_title(
        self, words: _Words, mention: PersonMention, raw_start: int, raw_end: int, post: str = ""
    ) -> None:
        text = words.text
        start, end = self._strip_title(text, raw_start, raw_end)
        end = self._rank_after_post(text, start, end)
        if post and start < end:
            start = raw_start  # "head of South Korea's ministry": the object's words all stay
        title = post + text[start:end] if start < end else post.strip()
        last = title.rsplit(" ", 1)[-1]
        singular = self.lexicon.singular_head(last) if raw_end <= mention.start else None
        if singular and last.lower() != singular:
            # "Foreign Ministers X and Y": each holds the post in the singular
            title = title[: len(title) - len(last)] + last[:1] + singular[1:]
            mention.shared_title = True
        if not title or not self.lexicon.has_head(title):
            return
        if not self.lexicon.government(title) or _NEWS_OUTLET.search(title):
            mention.nongovernment = True  # "a professor at ...", "a former AP bureau chief"
            return
        mention.title, mention.title_start, mention.title_end = title, start, end
        # "a call on Chinese Vice Foreign Minister X": the preposition governs the whole
        # title, so the state after it is the holder's, not the object of the post
        lead = _LEADING_PREPOSITIONS.match(text, raw_start, end)
        owned_from = lead.end() if lead else raw_start
        mention.title_countries = self.title_countries(
            text, owned_from, raw_end, words.terms_within(owned_from, raw_end)
        )

    def _country_possessive_before(self, text: str, sent_start: int, name_start: int) -> str | None:
        """The state of ``Japan's Ishikawa Taro``: a state's possessive right before the name.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "After talks, Japan's Ishikawa Taro said so."
        >>> f._country_possessive_before(t, 0, 21)
        'JPN'
        """
        # The "'s" ends the stretch but for its space (and a line's end): most names have none
        # there, and a test of the last four characters is far cheaper than the search.
        tail = text[max(sent_start, name_start - 4) : name_start]
        if "'s" not in tail and "’s" not in tail:
            return None
        owner = _POSSESSIVE_BEFORE.search(text, max(sent_start, name_start - 30), name_start)
        if owner is None:
            return None
        term = self.terms.lookup(owner.group("state"))
        if term is None or not term.code or term.kind not in ("country", "capital", "reference"):
            return None
        return term.code

    def _country_after_of(self, text: str, name_end: int, sent_end: int) -> str | None:
        """The state of ``President Ana Roldan of Chile``, ``X from the South Korean side``.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "Choi Jong-kun from the South Korean delegation"
        >>> f._country_after_of(t, 13, len(t))
        'KOR'
        """
        of = _OF_AFTER.match(text, name_end, sent_end)
        if of is None:
            return None
        at = of.end()
        body = _BODY_OF_STATE.match(text, at, sent_end)
        if body is not None and not self.terms.at(text, at, sent_end):
            at = body.end()  # "from the Ministry for Foreign Affairs of Finland"
        for term in self.terms.find(text, at, min(sent_end, at + 40)):
            if term.start != at or not term.code:
                break
            if body is not None and at != of.end():
                return term.code if term.kind in ("country", "reference") else None
            if term.kind in ("country", "reference") and not of.group("source"):
                return term.code  # "of Chile", "of the North" (not "returned from the North")
            if term.kind == "demonym" and _SIDE_NOUN.match(text, term.end, sent_end):
                return term.code  # "from the South Korean delegation"
            if term.kind == "org" and not of.group("source"):
                return term.code  # "X of the State Department": a body of one state
            break
        return None

    def _title_before(
        self, words: _Words, sent_start: int, name_start: int
    ) -> tuple[int, int] | None:
        """The title standing right before a name: ``Vice Foreign Minister`` X.

        The words of the 200 characters before the name are read back from the
        last one while they can stand in a title (capitalised, title words, "of").
        """
        text = words.text
        reach = max(sent_start, name_start - _TITLE_REACH)
        first, end = words.between(reach, name_start)
        if first >= end:
            return None
        last = end - 1
        last_word = text[max(words.starts[last], reach) : min(words.ends[last], name_start)]
        if last_word.lower() in _TITLE_CONNECTORS or last_word.lower() == "counterpart":
            return None
        if not (
            self.lexicon.title_word(last_word)
            or self._is_country_word(last_word)
            or self._country_ends_at(words, last)
        ):
            return None
        if not words.in_title(last_word):
            return None
        title = last
        if last - 1 > first:  # whole words between the first and the last
            if words.in_title(text[words.starts[last - 1] : words.ends[last - 1]]):
                title = max(words.run_start(last - 1), first + 1)
        elif last - 1 == first:
            title = first + 1
        # The first word may be cut by the 200 characters: it is read as cut.
        if title == first + 1 and words.in_title(
            text[max(words.starts[first], reach) : words.ends[first]]
        ):
            title = first
        for index in range(last - 1, title, -1):
            if words.word(index).lower() == "and" and not self._joins_title(words, index):
                title = index + 1  # "Ana Roldan of Chile and Prime Minister X": two people
                break
        title = self._past_headless_of(words, title, last)
        return max(words.starts[title], reach), min(words.ends[last], name_start)

    def _past_headless_of(self, words: _Words, title: int, last: int) -> int:
        """The title's first word, past lower-case words before an "of" that name no post.

        "the health of leader X", "the safety of President X": what stands before
        the "of" is the thing said of the person, not a post ("minister of ..." is).
        """
        for index in range(title, last):
            word = words.word(index)
            if word == "of":
                return index + 1
            if not word.islower() or self.lexicon.head_word(word):
                return title
        return title

    def _calling_after(self, text: str, name_end: int, sent_end: int) -> bool:
        """True for an appositive that opens with a calling outside government.

        Such a description names no post, so :meth:`_title_after` reads none:
        its first words still say the person is no official.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "said Aki Mori, a professor in Osaka."
        >>> f._calling_after(t, 13, len(t))
        True
        """
        return self._opens_with_calling(_APPOSITIVE.match(text, name_end, sent_end))

    def _opens_with_calling(self, match: re.Match[str] | None) -> bool:
        """:meth:`_calling_after` of the name's :data:`_APPOSITIVE` match, read already."""
        if match is None or match.group("who"):
            return False
        opening = " ".join(match.group("title").split()[:3])
        return not self.lexicon.government(opening)

    def _title_after(
        self, text: str, name_end: int, sent_end: int, appositive: re.Match[str] | None
    ) -> tuple[int, int, str] | None:
        """An appositive title: X``, the DPRK's first vice foreign minister,``.

        ``appositive`` is ``_APPOSITIVE.match(text, name_end, sent_end)``, which the
        caller reads once for this and :meth:`_opens_with_calling`.
        """
        match = appositive or _COPULA_TITLE.match(text, name_end, sent_end)
        if not match:
            return None
        start, end = match.span("title")
        cut = _TITLE_CUT.search(text, start, end)
        if cut:
            end = cut.start()
        past = self._verb_after_post(text, start, end)
        if past:
            if past.group(1) not in _POST_PARTICIPLES:
                return None  # "including X, the envoy pressed ...": a clause, no appositive
            end = past.start()  # "a diplomat based in Beijing": the post is before it
        segment = text[start:end]
        now = _NOW.search(segment)
        if now:
            # "a former official now at a think tank": the post before "now" stands
            # unless a government post follows it
            head, tail = segment[: now.start()], segment[now.end() :]
            if self.lexicon.government(tail) and self.lexicon.has_head(tail):
                start += now.end()
            else:
                end = start + len(head)
        first, last = self._coordinated_post(text[start:end])
        start, end = start + first, start + last
        first_word = _WORD.match(text, start, end)
        if first_word is None:
            return None
        verb = match.group("verb")
        if verb:
            # "who heads the ministry's office": the post is the head of what the verb governs
            return start, end, _CLAUSE_POSTS[verb] + " of "
        if not match.group("who") and not self._title_opening(text, start, end):
            return None
        if self._names_next_subject(text, start, end):
            return None
        return start, end, ""

    def _verb_after_post(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """A past-tense word right after a post's word: "the envoy pressed", "a diplomat based".

        An adjective elsewhere ("a retired general", "chief of the armed forces")
        is no verb.
        """
        for past in _PAST_VERB.finditer(text, start, end):
            before = text[start : past.start()].split()
            if before and self.lexicon.head_word(before[-1]):
                return past
        return None

    def _names_next_subject(self, text: str, start: int, end: int) -> bool:
        """True when what follows the comma is a titled name opening the next clause.

        "Led by President X, presidential spokesman Y said ...": the words after X's
        comma are Y's title and Y, not a post of X's.  A name inside a post is
        linked to it by a preposition ("adviser to Prime Minister Z").

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "presidential spokesman Lee Dong-kwan"
        >>> f._names_next_subject(t, 0, len(t))
        True
        >>> t = "President Jan Novak's security adviser"
        >>> f._names_next_subject(t, 0, len(t))
        False
        >>> t = "national security adviser to Prime Minister Jan Novak"
        >>> f._names_next_subject(t, 0, len(t))
        False
        >>> t = "the deputy White House chief of staff"
        >>> f._names_next_subject(t, 0, len(t))
        False
        """
        named: list[tuple[int, int]] | None = None
        for run in _NAME_RUN.finditer(text, start, end):
            for piece_start, piece_end in self.split_run(text, run.start(), run.end()):
                if named is None:  # a body of several words: "White House", not "Osong"
                    terms = self.terms.find(text, start, end)
                    named = [(t.start, t.end) for t in terms if " " in text[t.start : t.end]]
                if _overlaps_any(piece_start, piece_end, named):
                    continue  # "the deputy White House chief of staff": an office, no name
                if text.startswith(("'s", "’s"), piece_end):
                    return False  # "Moon's senior secretary": the post of another's office
                before = text[start:piece_start].lower().split()
                return not any(w in _POST_LINKS for w in before)
        return False

    def _kin(self, words: str) -> bool:
        """True when the words name a relative: "the leader's sister"."""
        return any(w in self.lexicon.kin_nouns for w in _LOWER_WORD.findall(words))

    def _coordinated_post(self, segment: str) -> tuple[int, int]:
        """The span of the post among two joined by "and", else of the whole segment.

        An appositive may join a second post or a relation to the first ("a former
        minister and one-time ambassador", "a top official and the sister of ...");
        the first is the post, unless it is only a membership or role and the
        second a government post ("a member of the Politburo and foreign minister").
        An "and" inside one post ("Foreign Affairs and Trade", "peace and security
        affairs") joins no second head, and stays.

        >>> f = NameFinder.__new__(NameFinder)
        >>> f.lexicon = Lexicon.default()
        >>> def post(s): return s[slice(*f._coordinated_post(s))]
        >>> post("a former minister and one-time ambassador to Japan")
        'a former minister'
        >>> post("minister of foreign affairs and trade")
        'minister of foreign affairs and trade'
        >>> post("director for Asia and the Pacific at the agency")
        'director for Asia and the Pacific at the agency'
        >>> post("a member of the Politburo and foreign minister")
        'foreign minister'
        >>> post("the sister of the leader and a vice department director")
        'vice department director'
        >>> post("the sister of the leader and a senior party official")
        'senior party official'
        >>> post("the leader's younger sister and a senior official of the party")
        'senior official of the party'
        """
        for joint in _AND.finditer(segment):
            head, tail = segment[: joint.start()], segment[joint.end() :]
            if not self.lexicon.has_head(head):
                if (
                    self._kin(head)
                    and self.lexicon.has_head(tail)
                    and self.lexicon.government(tail)
                ):
                    return joint.end(), len(segment)  # "the leader's sister and a senior official"
                continue
            if not self.lexicon.has_head(tail) and self.lexicon.government(tail):
                continue  # "director for Asia and the Pacific": one post's complement
            if joint.group("det") or self.lexicon.has_head(tail):
                tail_post = self.lexicon.government(tail) and self.lexicon.has_head(tail)
                if tail_post and (
                    # a relation ("the sister of leader X and a senior party official")
                    not self.lexicon.government(head)
                    # a role before a post ("a member of the Politburo and foreign minister")
                    or (self._only_role(head) and not self._only_role(tail))
                ):
                    return joint.end(), len(segment)
                return 0, joint.start()
        return 0, len(segment)

    def _only_role(self, title: str) -> bool:
        """True when every head of the title is a rank or role ("member", "official")."""
        return self.lexicon.only_role(title)

    def _title_opening(self, text: str, start: int, end: int) -> bool:
        """True when the appositive opens like a title, not like a clause or a relation."""
        for word_match in _WORD.finditer(text, start, end):
            word = word_match.group(0)
            low = word.lower()
            if (
                low
                in (
                    "a",
                    "an",
                    "the",
                    "also",
                    "now",
                    "then",
                    "our",
                    "its",
                    "his",
                    "her",
                    "their",
                )
                or low in _DESCRIPTIVE_OPENERS
            ):
                continue
            if word.endswith(("'s", "’s")) or self._is_country_word(word):
                continue
            if self.lexicon.head_word(low):
                return True
            if self.lexicon.title_word(word) or word[:1].isupper():
                continue
            return False
        return False

    def _title_set_off(
        self, words: _Words, sent_start: int, name_start: int, name_end: int, sent_end: int
    ) -> tuple[int, int] | None:
        """A title set off by commas before the name: ``the press secretary, X,``."""
        text = words.text
        head = text[max(sent_start, name_start - 3) : name_start]
        if not head.rstrip().endswith(","):
            return None
        tail = text[name_end : min(sent_end, name_end + 2)]
        if tail[:1] not in (",", ".", "") and not tail.startswith(" w"):
            return None
        comma = text.rfind(",", sent_start, name_start)
        found = self._title_before(words, sent_start, comma)
        if found is not None:
            return found
        # "Sweden's special envoy for the Korean Peninsula, X,": a post with its complement
        # fronted as the sentence's first phrase (it opens like a title, with no comma in it)
        fronted = text[sent_start:comma] if comma > sent_start else ""
        opening = sent_start + len(fronted) - len(fronted.lstrip())
        for dash in (" -- ", " — ", " – "):  # a dateline opening the story's first sentence
            cut = fronted.rfind(dash)
            if cut >= 0:
                opening = max(opening, sent_start + cut + len(dash))
        if (
            0 < comma - opening <= _FRONTED_REACH
            and "," not in text[opening:comma]
            and self._title_opening(text, opening, comma)
            and _COMPLEMENT.search(text, opening, comma)
        ):
            return opening, comma
        return None

    def _strip_title(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Trim determiners and a leading state possessive: ``the DPRK's`` X -> X."""
        changed = True
        while changed and start < end:
            changed = False
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1] in ",.;" or text[end - 1].isspace()):
                end -= 1
            short = _RANK_ABBREVIATION.search(text, max(start, end - 5), end)
            if short and text[end : end + 1] == "." and self.lexicon.title_word(short.group()):
                end += 1  # "Lt. Gen.", "Rep.": an abbreviated rank keeps its dot
            elif (
                text[end : end + 1] == "."
                and end - start >= 3
                and text[end - 2] == "."
                and text[end - 1].isupper()
            ):
                end += 1  # "ambassador to the U.N.": an initialism keeps its last dot
            # "$" also matches before a last newline: then the suffix test cannot tell
            tail = (
                _TRAILING_CONNECTOR.search(text, start, end)
                if text.endswith(_CONNECTOR_WORDS, start, end) or text[end - 1 : end] == "\n"
                else None
            )
            if tail:  # "delegation to the" (cut before "talks"): a title never ends on a link
                end = tail.start()
                changed = True
            word = _WORD.match(text, start, end)
            if word is None:
                break
            token = word.group(0)
            if token.lower() in _TITLE_LEAD_WORDS or (
                token.lower() == "under" and not _UNDER_SECRETARY.match(text, word.end(), end)
            ):
                start = word.end()  # "a team under deputy chief of staff X": a preposition
                changed = True
                continue
            if token.rstrip(".") in _HONORIFICS and word.end() < end:
                start = word.end()  # "H.E. Ambassador X": the honorific is no part of the post
                changed = True
                continue
            if token.lower().startswith("then-") and len(token) > 5:
                start += 5  # "Then-Prime Minister X": the time of the post, as "then" alone
                changed = True
                continue
            body = _OFFICE_OF.match(text, start, end)
            if body:  # "the office of President X": the post is what follows
                start = body.end()
                changed = True
                continue
            possessive = _POSSESSIVE.match(text, start, end)
            if possessive:
                owner = text[start : possessive.end() - 3].strip()
                if self._is_country_word(owner) or owner.lower() in ("country", "our country"):
                    start = possessive.end()
                    changed = True
                    continue
                multi = self._country_possessive(text, start, end)
                if multi is not None:
                    start = multi
                    changed = True
                    continue
            multi = self._country_possessive(text, start, end)
            if multi is not None:
                start = multi
                changed = True
        return start, end

    def _country_possessive(self, text: str, start: int, end: int) -> int | None:
        # Only a name right at ``start`` counts, and then it is the first in the 60 characters;
        # "our country's" counts when no name at all is there.
        bound = min(end, start + 60)
        term = self.terms.at(text, start, bound)
        if term is None and text.startswith(("our country's ", "our country’s "), start):
            term = self.terms.first(text, start, bound)
        if term is not None:
            if term.start != start:
                return None
            after = text[term.end : term.end + 3]
            if after.startswith(("'s ", "’s ")) and term.kind in (
                "country",
                "reference",
                "capital",
            ):
                return term.end + 3
            return None
        if text.startswith(("our country's ", "our country’s "), start):
            return start + len("our country's ")
        return None

    def _word_in_title(self, word: str) -> bool:
        """Whether a word may stand in a title read back from a name; another name ends it."""
        if word in self.term_words:
            return _in_title(word, self.lexicon)  # "White House spokesman X": a body's word
        if self._ends_name(word) and not word.endswith(("'s", "’s")):
            return False  # "Donald Trump and Kim": the title of one name does not run over another
        return _in_title(word, self.lexicon)

    def _joins_title(self, words: _Words, index: int) -> bool:
        """True when the "and" at ``index`` joins two parts of one title ("Foreign Affairs and Trade")."""
        if index == 0 or index + 1 >= len(words.starts):
            return False
        return self.lexicon.title_word(words.word(index - 1)) and self.lexicon.title_word(
            words.word(index + 1)
        )

    def _country_ends_at(self, words: _Words, index: int) -> bool:
        """True when a state's or organisation's name ends with word ``index``.

        "... envoy for North Korea" + name; "ambassador to the United Nations" + name.
        """
        word_start, word_end = words.starts[index], words.ends[index]
        if words.terms is not None:
            # terms do not overlap: only the last one starting at or before the word can end it
            at = bisect_right(words.term_starts, word_start) - 1
            term = words.terms[at] if at >= 0 else None
            return term is not None and term.end == word_end and _state_or_body(term)
        return any(
            t.end == word_end and t.start <= word_start and _state_or_body(t)
            for t in self.terms.find(words.text, max(0, word_start - 30), word_end)
        )

    def _ends_name(self, word: str) -> bool:
        """True for a capitalised word that can close a personal name ("Trump", "Biegun")."""
        return (
            bool(_TOKEN.fullmatch(word))
            and _is_name_token(word, self.stop, self.lexicon)
            and not self._is_country_word(word)
        )

    def _is_country_word(self, word: str) -> bool:
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        term = self.terms.lookup(bare)
        return term is not None and term.kind in (
            "country",
            "demonym",
            "reference",
            "capital",
            "org",
        )

    def title_countries(
        self, text: str, start: int, end: int, terms: Sequence[Term] | None = None
    ) -> list[str]:
        """States a title ties its holder to: ``U.S. special envoy for North Korea`` -> USA.

        A state named as the object of the post (``envoy for North Korea``,
        ``ambassador to Spain``) or as the subject of an office (``North Korean
        affairs bureau``) is not the holder's own; an office of a state is,
        whatever the preposition (``spokesperson for the Unification Ministry``).
        ``terms`` are the title's gazetteer terms, if the caller has them.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> t = "chief of the ministry's North Korean nuclear affairs bureau"
        >>> f.title_countries(t, 0, len(t))
        []
        """
        found: list[str] = []
        for term in self.terms.find(text, start, end) if terms is None else terms:
            if not term.codes or term.kind == "pair" or len(term.codes) != 1:
                continue
            if term.kind == "org":
                found.append(term.codes[0])  # "spokesperson for the Unification Ministry"
                continue
            before = text[max(start, term.start - 10) : term.start].split()
            possessive = text[term.end : term.end + 2] in ("'s", "’s")
            if not possessive and _SUBJECT_AFTER.match(text, term.end, end):
                continue  # "the ministry's North Korean affairs bureau": the bureau's subject
            if term.kind == "demonym" and _OFFICE_AFTER.match(text, term.end, end):
                found.append(term.codes[0])  # "spokesman for the Chinese foreign ministry"
                continue
            if self._holder_in(text[max(start, term.start - 30) : term.start].split()):
                found.append(term.codes[0])  # "the top military official in the North"
                continue
            if before and before[-1].lower() in _OBJECT_PREPOSITIONS and not possessive:
                continue
            if (
                before[-2:-1]
                and before[-1].lower() == "the"
                and before[-2].lower() in _OBJECT_PREPOSITIONS
                and not possessive
            ):
                continue
            found.append(term.codes[0])
        if not found:
            found = self._ministry_of_post(text[start:end])
        if not found:
            # "Deputy Secretary of State", "the unification ministry's spokesman": a post
            # or office only one state has tells the holder's state by itself.
            single = self.lexicon.single_state(text[start:end])
            found = [single] if single else []
        return found

    def _holder_in(self, before: list[str]) -> bool:
        """True for "official in (the)" before a state: the state is the holder's own.

        >>> f = NameFinder.__new__(NameFinder)
        >>> f.lexicon = Lexicon.default()
        >>> f._holder_in("top official in the".split()), f._holder_in("ambassador in".split())
        (True, False)
        """
        words = [w.lower() for w in before]
        if words[-1:] == ["the"]:
            words = words[:-1]
        return len(words) >= 2 and words[-1] == "in" and words[-2] in self.lexicon.holders_in

    def _ministry_of_post(self, title: str) -> list[str]:
        """The state of the ministry a minister heads: ``Unification Minister`` -> KOR.

        The post names its ministry ("Unification Minister", "Minister of
        Unification"); when the gazetteer knows that ministry as one state's,
        the post is that state's.

        >>> from dprk_diplomacy.gazetteer import Gazetteer
        >>> g = Gazetteer.default()
        >>> f = NameFinder(TermIndex(g), g)
        >>> f._ministry_of_post("Vice Unification Minister"), f._ministry_of_post("Foreign Minister")
        (['KOR'], [])
        >>> f._ministry_of_post("the unification minister")
        ['KOR']
        """
        match = _MINISTER_OF.search(title)
        if match is None:
            return []
        if match.group("after"):
            words = match.group("after").split()
            names = ["Ministry of " + " ".join(w[:1].upper() + w[1:] for w in words)]
        else:
            words = [w[:1].upper() + w[1:] for w in match.group("before").split()]
            names = [" ".join(words[-n:]) + " Ministry" for n in range(1, min(3, len(words)) + 1)]
        for name in names:
            term = self.terms.lookup(name)
            if term is not None and term.kind == "org" and len(term.codes) == 1:
                return [term.codes[0]]
        return []


# Words a title read back from a name may open with but never begins with:
# "the", "our", and the preposition of "according to Kremlin spokesman X".
_TITLE_LEAD_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "also",
        "then",
        "and",
        "of",
        "our",
        "his",
        "her",
        "their",
        "its",
        *_PREPOSITIONS_BEFORE_TITLES,
    ]
)

# "Under Secretary", "under-secretary": "under" opening a title is its rank, not a preposition.
_UNDER_SECRETARY = re.compile(r"[ -](?:[Ss]ecretar|[Ss]ecretary-)")

# Words that join the parts of a title but never end one.
_TITLE_CONNECTORS = frozenset(["and", "of", "for", "the", "to", "on", "at", "in"])

_OBJECT_PREPOSITIONS = frozenset(
    [
        "for",
        "to",
        "on",
        "toward",
        "towards",
        "against",
        "with",
        "about",
        "in",
        "over",
        "from",
        "into",
    ]
)


def _with_particles(text: str, end: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names carried on over a lower-case particle: "Ursula von der Leyen", "Lula da Silva".

    >>> t = "President Ursula von der Leyen spoke"
    >>> [t[a:b] for a, b in _with_particles(t, len(t), [(10, 16), (25, 30)])]
    ['Ursula von der Leyen']
    """
    joined: list[tuple[int, int]] = []
    for a, b in pieces:
        if joined and a < joined[-1][1]:
            continue  # the surname already carried on from the name before it
        particle = _PARTICLE_AFTER.match(text, b, end)
        joined.append((a, particle.end() if particle else b))
    return joined


def _bracket_start(text: str, sent_start: int, name_start: int, name_end: int) -> int:
    """Where the bracket around a name opens, if the name fills it; else the name's start.

    Parliamentary records print the post and then the holder's name in brackets
    ("The Minister for Foreign Affairs (Ms Ito)"): the post is read back from
    the bracket.

    >>> t = "The Foreign Secretary (Ms Jane Doe) said"
    >>> t[: _bracket_start(t, 0, t.index("Ms"), t.index(")"))]
    'The Foreign Secretary'
    >>> t = "the ministry (and Ms Jane Doe) said"
    >>> _bracket_start(t, 0, t.index("Ms"), t.index(")")) == t.index("Ms")
    True
    """
    if (
        text[name_end : name_end + 1] != ")"
        or text[max(sent_start, name_start - 1) : name_start] != "("
    ):
        return name_start
    return name_start - 1 - (text[max(sent_start, name_start - 2) : name_start - 1] == " ")


# A peer's style around a name: "Lord Ahmad of Wimbledon", "Baroness Anelay of St Johns".
_PEERAGE_BEFORE = re.compile(
    rf"""
    (?<![\w.])                                              # a whole word
    (?:{"|".join(map(re.escape, load_json("names.json")["peerage_styles"]))})  # Lord, Baroness ...
    [ ]$                                                    # the space before the name
    """,
    re.VERBOSE,
)
_PEERAGE_OF = re.compile(
    rf"""
    [ ]of[ ]                                       # the territorial designation ...
    (?:St\.?[ ])?                                  # ... a saint's place: "of St Johns"
    [{_UPPER}][{_LOWER}]{{1,20}}(?![\w-])          # ... the place, one word
    """,
    re.VERBOSE,
)


def _with_peerage(
    text: str, start: int, end: int, pieces: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A peer's name made whole with its style and territorial designation.

    Parliaments and their reports name a peer by style, name and place: the
    three are one name ("Lord Ahmad of Wimbledon"), and the place no name of
    its own.

    >>> t = "said Lord Ahmad of Wimbledon (Con)"
    >>> [t[a:b] for a, b in _with_peerage(t, 0, len(t), [(10, 15), (19, 28)])]
    ['Lord Ahmad of Wimbledon']
    >>> t = "said Lord Ahmad on Monday"
    >>> [t[a:b] for a, b in _with_peerage(t, 0, len(t), [(10, 15)])]
    ['Ahmad']
    """
    joined: list[tuple[int, int]] = []
    for a, b in pieces:
        if joined and a < joined[-1][1]:
            continue  # the place already joined to the peer's name before it
        style = _PEERAGE_BEFORE.search(text, max(start, a - 12), a)
        place = _PEERAGE_OF.match(text, b, end) if style is not None else None
        if style is not None and place is not None:
            joined.append((style.start(), place.end()))
        else:
            joined.append((a, b))
    return joined


# A first-name initial opening a name: "B. Lynn Pascoe" (not the "S." of "U.S.").
_LEADING_INITIAL = re.compile(r"(?<![\w.'’-])[A-Z]\.[ ]$")


def _with_leading_initial(text: str, start: int, a: int, b: int) -> tuple[int, int]:
    """A name with the initial of its first name before it, when one opens it.

    >>> t = "B. Lynn Pascoe went there."
    >>> t[slice(*_with_leading_initial(t, 0, 3, 14))]
    'B. Lynn Pascoe'
    >>> t = "the U.S. Lynn Pascoe"
    >>> t[slice(*_with_leading_initial(t, 0, 9, 20))]
    'Lynn Pascoe'
    """
    if text[a - 2 : a] != ". " or a < 3:
        return a, b  # most names: no initial's dot and space right before (a cheap test first)
    initial = _LEADING_INITIAL.search(text, max(start, a - 3), a)
    return (initial.start(), b) if initial is not None else (a, b)


def korean_name_country(name: str, lexicon: Lexicon) -> str | None:
    """A last-resort guess from the romanisation of a Korean name.

    North Korea's own romanisation (Ri, Choe, Pak) and its unhyphenated
    three-syllable names mark North Koreans; a hyphenated given name is the
    South Korean convention.

    >>> korean_name_country("Kim Kye Gwan", Lexicon.default())
    'PRK'
    >>> korean_name_country("Kang Min-seok", Lexicon.default())
    'KOR'
    """
    tokens = name.split()
    if not tokens or tokens[0] not in lexicon.korean_surnames:
        return None
    if tokens[0] in lexicon.dprk_surnames:
        return "PRK"
    if len(tokens) == 3:
        return "PRK"
    if len(tokens) == 2 and "-" in tokens[1]:
        return "KOR"
    return None


def _opens_line(text: str, position: int) -> bool:
    r"""True when only spaces stand between ``position`` and the line's start.

    Reads back over the spaces alone, so a long line without breaks costs no
    more than its indentation (a search back for the newline would read the
    whole line for every name on it).

    >>> _opens_line("said so.\n  Kim Jong Un,", 11), _opens_line("He met Kim", 7)
    (True, False)
    """
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    return position == 0 or text[position - 1] in "\n\r"
