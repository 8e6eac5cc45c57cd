"""casefile's error hierarchy.

Every message says what was found, what was expected and what to do. The CLI turns
these into exit codes (see ``casefile.cli``); nothing below the edges exits.
"""


class CasefileError(Exception):
    """Base of every error casefile raises on purpose."""

    exit_code = 1


class SourceError(CasefileError):
    """A document could not be read: names the file or URL and the reason."""

    exit_code = 2

    def __init__(self, origin: str, reason: str, hint: str = "") -> None:
        self.origin = origin
        self.reason = reason
        self.hint = hint
        message = f"{origin}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class UnsupportedSourceError(SourceError):
    """The file type is not one casefile reads."""


class StoreError(CasefileError):
    """The database could not be opened, migrated or written."""

    exit_code = 3


class NotFoundError(StoreError):
    """A document, actor or record asked for by id does not exist."""

    exit_code = 4


class LexiconError(CasefileError):
    """A lexicon or gazetteer data file is malformed: names the file and entry."""

    exit_code = 5


class InputError(CasefileError):
    """Input given on the command line or in a JSON Lines file is not what was expected."""

    exit_code = 2
