"""Finding a record in a parse, shared by the test modules (which import it by name)."""

from __future__ import annotations

import dprk_diplomacy


def envoy(article: dprk_diplomacy.Article, name: str) -> dprk_diplomacy.Envoy:
    """The envoy named ``name`` (or with it as an alias); a failed assertion when none is."""
    for record in article.envoys:
        if record.name == name or name in record.aliases:
            return record
    raise AssertionError(f"no envoy {name!r} in {[e.name for e in article.envoys]}")


def names(article: dprk_diplomacy.Article) -> set[str]:
    """The names of the article's envoys."""
    return {e.name for e in article.envoys}


def by_parties(found: list[dprk_diplomacy.Meeting], *parties: str) -> dprk_diplomacy.Meeting:
    """The meeting whose sides are ``parties``; a failed assertion when none is."""
    for record in found:
        if record.parties == tuple(sorted(parties)):
            return record
    raise AssertionError(f"no meeting of {parties} in {found}")
