"""The package's exceptions, all derived from :class:`DiplomacyError`.

Catch ``DiplomacyError`` to handle anything this package raises on purpose.
``InputTypeError`` is also a ``TypeError`` and the value errors are also
``ValueError``, so callers that already catch the builtin types keep working.
"""

from __future__ import annotations


class DiplomacyError(Exception):
    """Base class of every error raised on purpose by ``dprk_diplomacy``."""


class InputTypeError(DiplomacyError, TypeError):
    """The article given to ``parse`` is not a ``str``."""


class InputTooLargeError(DiplomacyError, ValueError):
    """The article is longer than the parser's ``max_chars`` limit."""


class InvalidDateError(DiplomacyError, ValueError):
    """A ``published`` date (or another date given by the caller) cannot be read."""


class GazetteerError(DiplomacyError, ValueError):
    """A gazetteer or lexicon file is malformed; the message names the file and the entry."""


class ExtractionWarning(RuntimeWarning):
    """A rule failed on one article: it is returned with its article fields but no records.

    Turn it into an error (``warnings.simplefilter("error", ExtractionWarning)``)
    to find the input that triggers the failure.
    """
