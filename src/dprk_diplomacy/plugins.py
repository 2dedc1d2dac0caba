"""Custom extractors installed by other packages, found through entry points.

A package adds an extractor to every :class:`~dprk_diplomacy.pipeline.Parser`
by declaring an entry point in the ``dprk_diplomacy.extractors`` group::

    [project.entry-points."dprk_diplomacy.extractors"]
    sanctions = "dprk_diplomacy_sanctions:SanctionsOfficials"

The object named is either an extractor (a callable taking the document and
the article found so far) or a zero-argument factory returning one, such as a
class.  A plugin that cannot be loaded is reported with a ``RuntimeWarning``
and left out; it never stops the parser from being built.  Setting the
environment variable ``DPRK_DIPLOMACY_NO_PLUGINS=1`` turns loading off.
"""

from __future__ import annotations

import inspect
import os
import warnings
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import Extractor

ENTRY_POINT_GROUP = "dprk_diplomacy.extractors"
"""The entry-point group plugins declare their extractors in."""

DISABLE_ENV_VAR = "DPRK_DIPLOMACY_NO_PLUGINS"
"""Set to ``1`` (or ``true``, ``yes``, ``on``) to load no plugins."""

_TRUE_VALUES = frozenset({"1", "true", "yes", "on"})


def plugins_disabled() -> bool:
    """True when the environment turns plugin loading off."""
    return os.environ.get(DISABLE_ENV_VAR, "").strip().lower() in _TRUE_VALUES


def _is_factory(obj: Any) -> bool:
    """True for a class or a callable that takes no arguments.

    >>> _is_factory(dict), _is_factory(lambda: None), _is_factory(lambda document, found: ())
    (True, True, False)
    """
    if inspect.isclass(obj):
        return True
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):  # builtins without a signature are taken as extractors
        return False
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    for parameter in signature.parameters.values():
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            return False
        if parameter.kind in positional and parameter.default is inspect.Parameter.empty:
            return False
    return True


def load_extractor(entry_point: EntryPoint) -> Extractor:
    """Load one entry point and return its extractor; raises on any failure."""
    obj = entry_point.load()
    if _is_factory(obj):
        obj = obj()
    if not callable(obj):
        raise TypeError(f"{entry_point.value} gave {type(obj).__name__}, which is not callable")
    extractor: Extractor = obj
    return extractor


def load_entry_point_extractors(group: str = ENTRY_POINT_GROUP) -> tuple[Extractor, ...]:
    """The extractors installed packages declare in the entry-point ``group``.

    Entry points are loaded in order of name, so parses are reproducible.
    Returns ``()`` when ``DPRK_DIPLOMACY_NO_PLUGINS=1``.  A failure to load one
    entry point becomes a ``RuntimeWarning`` naming it, never an exception.
    """
    if plugins_disabled():
        return ()
    try:
        found = entry_points(group=group)
    except Exception as exc:  # broken distribution metadata must not break the parser
        warnings.warn(
            f"dprk_diplomacy: could not list the {group!r} entry points: {exc!r}",
            RuntimeWarning,
            stacklevel=2,
        )
        return ()
    extractors: list[Extractor] = []
    seen: set[tuple[str, str]] = set()
    for entry_point in sorted(found, key=lambda ep: (ep.name, ep.value)):
        if (entry_point.name, entry_point.value) in seen:
            continue  # the same distribution seen twice on sys.path
        seen.add((entry_point.name, entry_point.value))
        try:
            extractors.append(load_extractor(entry_point))
        except Exception as exc:  # one broken plugin must not stop the others
            warnings.warn(
                f"dprk_diplomacy: skipped extractor plugin {entry_point.name!r} "
                f"({entry_point.value}) from group {group!r}: {exc!r}",
                RuntimeWarning,
                stacklevel=2,
            )
    return tuple(extractors)


__all__ = [
    "DISABLE_ENV_VAR",
    "ENTRY_POINT_GROUP",
    "load_entry_point_extractors",
    "load_extractor",
    "plugins_disabled",
]
