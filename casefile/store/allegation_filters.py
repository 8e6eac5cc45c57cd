"""The allegation filters of the CLI, the API and the web pages, as SQL conditions.

One place builds them for both the rows (:meth:`Store.allegations`, paged in SQL) and
their count (:meth:`Store.count_allegations`), so a page and its total always agree.
Party filters go through :mod:`casefile.store.parties`, so they are index lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from casefile.errors import InputError
from casefile.records import CATEGORIES
from casefile.store import parties
from casefile.store.models import AllegationCategoryRow, AllegationRow

STANCES = ("asserts", "denies")


@dataclass(frozen=True)
class AllegationFilters:
    """``speaker``/``accused``: case-insensitive substring of the canonical name or the words as
    written. ``since``/``until`` (inclusive) apply to the allegation's date (its statement date,
    else the document's publication date); undated ones are left out when either is given."""

    speaker: str | None = None
    accused: str | None = None
    category: str | None = None
    stance: str | None = None
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        _check_choice("stance", self.stance, STANCES)
        _check_choice("category", self.category, CATEGORIES)

    def conditions(self, session: Session) -> list[ColumnElement[bool]]:
        """The WHERE terms (party names are looked up in ``session``)."""
        found: list[ColumnElement[bool]] = []
        if self.speaker:
            found.append(parties.name_filter(session, self.speaker, AllegationRow.speaker, AllegationRow.speaker_text))
        if self.accused:
            found.append(parties.name_filter(session, self.accused, AllegationRow.accused, AllegationRow.accused_text))
        if self.category:
            found.append(AllegationRow.categories.any(AllegationCategoryRow.category == self.category))
        if self.stance:
            found.append(AllegationRow.stance == self.stance)
        if self.since:
            found.append(AllegationRow.dated >= self.since)
        if self.until:
            found.append(AllegationRow.dated <= self.until)
        return found


def _check_choice(name: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise InputError(f"{name} {value!r} is not known; expected one of: {', '.join(choices)}")
