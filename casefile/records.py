"""The shapes casefile passes between layers, each defined once.

Every extracted record carries an :class:`Evidence`: the character offsets into the
stored (normalized) text of its document, the exact words there, and the page for
PDFs. Records are claims (X *said* Y did Z), never verdicts.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Stance = Literal["asserts", "denies"]
Responsibility = Literal["principal", "lesser"]

CATEGORIES: tuple[str, ...] = (
    "genocide",
    "crimes_against_humanity",
    "war_crimes",
    "aggression",
    "ihl_violations",
    "human_rights_violations",
    "ethnic_cleansing",
    "terrorism",
    "other_crime",
)

ACTS: tuple[str, ...] = (
    "murder",
    "extermination",
    "enslavement",
    "deportation_forcible_transfer",
    "imprisonment",
    "torture",
    "rape_sexual_violence",
    "persecution",
    "enforced_disappearance",
    "apartheid",
    "other_inhumane_acts",
    "hostage_taking",
    "attacks_on_civilians",
    "indiscriminate_attacks",
    "attacks_on_protected_objects",
    "starvation",
    "denial_of_humanitarian_access",
    "collective_punishment",
    "pillage",
    "human_shields",
    "unlawful_killing",
    "mistreatment_of_detainees",
    "withholding_of_bodies",
)

FIGURE_CATEGORIES: tuple[str, ...] = (
    "killed",
    "injured",
    "hostages",
    "detained",
    "displaced",
    "missing",
    "died_in_captivity",
    "released",
    "other",
)

ACTOR_KINDS: tuple[str, ...] = (
    "state",
    "armed_group",
    "ngo",
    "un_body",
    "court",
    "government_body",
    "person",
    "media",
    "other",
)
# The kind of a mention spaCy recognises as a place the gazetteer does not know: never a party.
PLACE_KIND = "place"


def normalize_text(text: str) -> str:
    """The text casefile stores and hashes: NFC, ``\\n`` line ends, no NULs, no trailing space.

    Offsets of every evidence span point into this string, so it must be computed
    the same way everywhere (ingest, extract, check).
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def document_id(normalized_text: str) -> str:
    """A document's id: the sha256 of its normalized text, hex."""
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Page:
    """Where one PDF page lies in the document's text: ``text[start:end]``."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class SourceDocument:
    """A document as read from a file, URL or stdin, before extraction.

    ``text`` is already normalized (:func:`normalize_text`); ``raw`` holds the
    original bytes exactly as read.
    """

    origin: str
    media_type: str
    text: str
    raw: bytes
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    pages: tuple[Page, ...] = ()

    @property
    def id(self) -> str:
        return document_id(self.text)

    def page_at(self, offset: int) -> int | None:
        """The PDF page number holding character ``offset``, or None for non-paged text."""
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return None


@dataclass(frozen=True)
class Evidence:
    """The exact words a record rests on: ``document text[start:end] == text``."""

    document: str
    start: int
    end: int
    text: str
    page: int | None = None


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text: canonical name and kind, and the words as written."""

    name: str
    kind: str
    surface: str
    evidence: Evidence
    part_of: str | None = None
    from_gazetteer: bool = True


@dataclass(frozen=True)
class Allegation:
    """``speaker`` said ``accused`` did (or, with ``denies``, did not do) wrong of a legal kind."""

    speaker: str
    accused: str
    categories: tuple[str, ...]
    stance: Stance
    evidence: Evidence
    speaker_text: str = ""
    accused_text: str = ""
    speaker_person: str | None = None
    source: str | None = None
    acts: tuple[str, ...] = ()
    hedged: bool = False
    certainty: float = 1.0
    responsibility: Responsibility | None = None
    statement_date: str | None = None


# Certainty under which a claim counts as hedged ("may amount to" 0.5, "likely" 0.7); a standard of
# proof ("reasonable grounds to believe", 0.9) grades a finding without hedging it.
HEDGED_BELOW = 0.8


@dataclass(frozen=True)
class Figure:
    """A number the text reports about people or events, with what it counts and who says so."""

    value: int
    what: str
    category: str
    evidence: Evidence
    attributed_to: str | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class Limitation:
    """A speaker's own statement of what its evidence could not establish."""

    speaker: str
    about: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document, in document order."""

    document: str
    allegations: tuple[Allegation, ...] = ()
    figures: tuple[Figure, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    limitations: tuple[Limitation, ...] = ()


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store holds it (text, metadata), without the raw bytes."""

    id: str
    origin: str
    media_type: str
    text: str
    title: str | None
    publisher: str | None
    published: date | None
    ingested_at: str
    pages: tuple[Page, ...] = field(default=())


def iso_day(value: str | None) -> date | None:
    """The date an ISO string starts with ("2025-12-11", "2025-12-11T08:00"), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of any record above (tuples become lists, dates ISO strings)."""

    def convert(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (list, tuple)):
            return [convert(v) for v in value]
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        return value

    return convert(asdict(record))
