"""The gold records the probe builders write, one constructor each, shared by every
``make_probes.py`` (and ``envoys/_build.py``) so that the gold format is stated once.

Fields and their order follow ``../shared/spec/extraction-guide.md`` ("Gold file format").
"""


def E(name, country, title=None):
    """An envoy."""
    return {"name": name, "country": country, "title": title}


def M(parts, parties, loc, date, status, kind="talks"):
    """A meeting (parties sorted, as score.py compares them)."""
    return {
        "participants": parts,
        "parties": sorted(parties),
        "location": loc,
        "date": date,
        "status": status,
        "kind": kind,
    }


def C(name, parties, status, date=None):
    """A channel."""
    return {"name": name, "parties": sorted(parties), "status": status, "date": date}
