"""The API's response shapes: pydantic models around the records defined once in :mod:`casefile.records`.

Records (``Allegation``, ``Figure``, ``ClaimEntry``, ``Timeline``...) are frozen dataclasses that
pydantic serializes as they are; only the shapes the API adds (pages, document views,
upload outcomes, errors) are defined here.
"""

from __future__ import annotations

from datetime import date
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

from casefile.records import ActorMention, Allegation, Figure, Limitation, StoredDocument
from casefile.store import ActorSummary, SearchHit
from casefile.store.search import RANK_CAP

T = TypeVar("T")

SpanKind = Literal["allegation", "denial", "figure", "limitation"]


class Page(BaseModel, Generic[T]):
    """One slice of a list: ``items`` from ``offset``, at most ``limit``, of ``total``."""

    total: int
    limit: int
    offset: int
    items: list[T]


class SearchPage(Page[SearchHit]):
    """A page of search hits; ``capped`` when more documents matched than the search ranks."""

    capped: bool = Field(description=(
        f"More than {RANK_CAP:,} documents match: only the first {RANK_CAP:,} the full-text index yields "
        f"are ranked and listed (best first), and `total` is {RANK_CAP:,}. Narrow the query to rank every match."))


class ErrorOut(BaseModel):
    detail: str


class Counts(BaseModel):
    documents: int
    allegations: int
    figures: int
    actors: int
    limitations: int


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    publisher: str | None
    published: date | None
    origin: str
    media_type: str
    ingested_at: str

    @classmethod
    def of(cls, doc: StoredDocument) -> DocumentSummary:
        return cls(
            id=doc.id, title=doc.title, publisher=doc.publisher, published=doc.published,
            origin=doc.origin, media_type=doc.media_type, ingested_at=doc.ingested_at,
        )


class DocumentDetail(DocumentSummary):
    """A document's metadata with every record extracted from it, in document order."""

    allegations: list[Allegation]
    figures: list[Figure]
    limitations: list[Limitation]
    actors: list[ActorMention]


class Span(BaseModel):
    """One highlighted stretch of a document's text: ``text[start:end]``, and which record it is."""

    id: str
    kind: SpanKind
    start: int
    end: int
    label: str


class DocumentText(BaseModel):
    id: str
    text: str
    spans: list[Span]


class ActorDetail(BaseModel):
    """An actor with what it alleged, what was alleged against it, its denials, and its parts.

    ``parts``: the actors whose ``part_of`` is this one (a state's ministries and forces,
    an organisation's spokespeople); the actor's own ``part_of`` is in ``actor``.
    """

    actor: ActorSummary
    made: list[Allegation]
    received: list[Allegation]
    denials: list[Allegation]
    parts: list[str] = []


class UploadOutcome(BaseModel):
    """What happened to one uploaded file."""

    filename: str
    status: Literal["stored", "known", "failed"]
    document_id: str | None = None
    title: str | None = None
    allegations: int = 0
    figures: int = 0
    actors: int = 0
    error: str | None = None


class UploadResult(BaseModel):
    outcomes: list[UploadOutcome]
