"""Records ⇄ rows: the only place that knows how a record maps onto the tables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, cast

from casefile.errors import StoreError
from casefile.records import (
    ActorMention,
    Allegation,
    Evidence,
    Extraction,
    Figure,
    Limitation,
    Page,
    Responsibility,
    SourceDocument,
    Stance,
    StoredDocument,
)
from casefile.store.models import (
    ActorMentionRow,
    AllegationActRow,
    AllegationCategoryRow,
    AllegationRow,
    DocumentRow,
    EvidenceColumns,
    FigureRow,
    LimitationRow,
    PageRow,
)

_ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def parse_statement_date(value: str | None) -> date | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` (first of month) or ``YYYY`` (1 January); else None.

    Only a whole ISO value counts: ``"before 2025-12-11"`` is a bound, not a date.
    """
    match = _ISO_DATE.fullmatch(value.strip()) if value else None
    if match is None:
        return None
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dated(allegation: Allegation, published: date | None) -> date | None:
    """The date an allegation is filed under: its own statement date, else the document's."""
    return parse_statement_date(allegation.statement_date) or published


# --- validation -------------------------------------------------------------------


def check_extraction(source: SourceDocument, extraction: Extraction) -> None:
    """Refuse records that do not cite this document's text exactly (StoreError)."""
    doc_id = source.id
    if extraction.document != doc_id:
        raise StoreError(
            f"extraction is for document {extraction.document[:12]!r}, not {doc_id[:12]!r}; "
            "extract from the document being saved"
        )
    for kind, records in _evidenced(extraction):
        for index, record in enumerate(records):
            _check_evidence(source.text, doc_id, kind, index, record.evidence)


def _evidenced(extraction: Extraction) -> Iterable[tuple[str, tuple[Any, ...]]]:
    yield "allegation", extraction.allegations
    yield "figure", extraction.figures
    yield "actor mention", extraction.actors
    yield "limitation", extraction.limitations


def _check_evidence(text: str, doc_id: str, kind: str, index: int, evidence: Evidence) -> None:
    """``doc_id`` is passed in: ``source.id`` hashes the whole text on every access."""

    def where() -> str:
        return f"document {doc_id[:12]}: {kind} {index} evidence [{evidence.start}:{evidence.end}]"

    if evidence.document != doc_id:
        raise StoreError(f"{where()} cites document {evidence.document[:12]!r}; expected this document's id")
    if not 0 <= evidence.start <= evidence.end <= len(text):
        raise StoreError(f"{where()} lies outside the text (0..{len(text)}); re-run extraction")
    found = text[evidence.start : evidence.end]
    if found != evidence.text:
        raise StoreError(f"{where()} reads {found!r}, but the record quotes {evidence.text!r}; re-run extraction")


# --- records → rows ---------------------------------------------------------------


# Each ``*_values`` function gives one row's column values as a dict, for a bulk insert
# (``session.execute(insert(Model), rows)``: what :meth:`Store.save` does); each ``*_row``
# function builds the ORM object from the same values (re-extraction, review).


def document_values(
    source: SourceDocument, *, ingested_at: datetime, casefile_version: str, extractor_version: str
) -> dict[str, Any]:
    return {
        "id": source.id,
        "origin": source.origin,
        "media_type": source.media_type,
        "title": source.title,
        "publisher": source.publisher,
        "published": source.published,
        "text": source.text,
        "raw": source.raw,
        "ingested_at": ingested_at,
        "casefile_version": casefile_version,
        "extractor_version": extractor_version,
    }


def page_values(source: SourceDocument) -> list[dict[str, Any]]:
    return [
        {"document_id": source.id, "seq": seq, "number": p.number, "start_offset": p.start, "end_offset": p.end}
        for seq, p in enumerate(source.pages)
    ]


def document_row(
    source: SourceDocument, *, ingested_at: datetime, casefile_version: str, extractor_version: str
) -> DocumentRow:
    row = DocumentRow(
        **document_values(
            source, ingested_at=ingested_at, casefile_version=casefile_version, extractor_version=extractor_version
        )
    )
    row.pages = [PageRow(**values) for values in page_values(source)]
    return row


def _evidence_columns(evidence: Evidence) -> dict[str, Any]:
    return {
        "document_id": evidence.document,
        "start_offset": evidence.start,
        "end_offset": evidence.end,
        "evidence_text": evidence.text,
        "page": evidence.page,
    }


def allegation_values(allegation: Allegation, *, seq: int, published: date | None) -> dict[str, Any]:
    """An allegation's own columns; its categories and acts are rows of their own (:func:`list_values`)."""
    return {
        "seq": seq,
        "speaker": allegation.speaker,
        "speaker_text": allegation.speaker_text,
        "speaker_person": allegation.speaker_person,
        "source": allegation.source,
        "accused": allegation.accused,
        "accused_text": allegation.accused_text,
        "stance": allegation.stance,
        "hedged": allegation.hedged,
        "certainty": allegation.certainty,
        "responsibility": allegation.responsibility,
        "statement_date": allegation.statement_date,
        "dated": dated(allegation, published),
        **_evidence_columns(allegation.evidence),
    }


def list_values(allegation_id: int, name: str, items: tuple[str, ...]) -> list[dict[str, Any]]:
    """The rows of an allegation's ``categories`` (``name="category"``) or ``acts`` (``name="act"``)."""
    return [{"allegation_id": allegation_id, "position": i, name: item} for i, item in enumerate(items)]


def allegation_row(allegation: Allegation, *, seq: int, published: date | None) -> AllegationRow:
    row = AllegationRow(**allegation_values(allegation, seq=seq, published=published))
    row.categories = [AllegationCategoryRow(position=i, category=c) for i, c in enumerate(allegation.categories)]
    row.acts = [AllegationActRow(position=i, act=a) for i, a in enumerate(allegation.acts)]
    return row


def figure_values(figure: Figure, *, seq: int) -> dict[str, Any]:
    return {
        "seq": seq,
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "qualifier": figure.qualifier,
        "what": figure.what,
        "category": figure.category,
        "attributed_to": figure.attributed_to,
        **_evidence_columns(figure.evidence),
    }


def figure_row(figure: Figure, *, seq: int) -> FigureRow:
    return FigureRow(**figure_values(figure, seq=seq))


def limitation_values(limitation: Limitation, *, seq: int) -> dict[str, Any]:
    evidence = _evidence_columns(limitation.evidence)
    return {"seq": seq, "speaker": limitation.speaker, "about": limitation.about, **evidence}


def limitation_row(limitation: Limitation, *, seq: int) -> LimitationRow:
    return LimitationRow(**limitation_values(limitation, seq=seq))


def mention_values(mention: ActorMention, *, seq: int, actor_id: int) -> dict[str, Any]:
    return {
        "seq": seq,
        "actor_id": actor_id,
        "kind": mention.kind,
        "surface": mention.surface,
        "part_of": mention.part_of,
        "from_gazetteer": mention.from_gazetteer,
        **_evidence_columns(mention.evidence),
    }


def mention_row(mention: ActorMention, *, seq: int, actor_id: int) -> ActorMentionRow:
    return ActorMentionRow(**mention_values(mention, seq=seq, actor_id=actor_id))


# --- rows → records ---------------------------------------------------------------


def evidence(row: EvidenceColumns, document_id: str) -> Evidence:
    return Evidence(
        document=document_id, start=row.start_offset, end=row.end_offset, text=row.evidence_text, page=row.page
    )


def stored_document(row: DocumentRow) -> StoredDocument:
    return StoredDocument(
        id=row.id,
        origin=row.origin,
        media_type=row.media_type,
        text=row.text,
        title=row.title,
        publisher=row.publisher,
        published=row.published,
        ingested_at=row.ingested_at.isoformat(timespec="seconds") + "+00:00",
        pages=tuple(Page(number=p.number, start=p.start_offset, end=p.end_offset) for p in row.pages),
    )


def allegation(row: AllegationRow) -> Allegation:
    return allegation_of(row, tuple(c.category for c in row.categories), tuple(a.act for a in row.acts))


def allegation_of(row: Any, categories: tuple[str, ...], acts: tuple[str, ...]) -> Allegation:
    """An allegation from anything with its columns (an ORM row, or a plain result row) and its lists."""
    return Allegation(
        speaker=row.speaker,
        accused=row.accused,
        categories=categories,
        stance=cast(Stance, row.stance),
        evidence=evidence(row, row.document_id),
        speaker_text=row.speaker_text,
        accused_text=row.accused_text,
        speaker_person=row.speaker_person,
        source=row.source,
        acts=acts,
        hedged=row.hedged,
        certainty=row.certainty,
        responsibility=cast("Responsibility | None", row.responsibility),
        statement_date=row.statement_date,
    )


def figure(row: FigureRow) -> Figure:
    return Figure(
        value=row.value,
        what=row.what,
        category=row.category,
        evidence=evidence(row, row.document_id),
        attributed_to=row.attributed_to,
        low=row.low,
        high=row.high,
        qualifier=row.qualifier,
    )


def limitation(row: LimitationRow) -> Limitation:
    return Limitation(speaker=row.speaker, about=row.about, evidence=evidence(row, row.document_id))


def mention(row: ActorMentionRow) -> ActorMention:
    return ActorMention(
        name=row.actor.name,
        kind=row.kind,
        surface=row.surface,
        evidence=evidence(row, row.document_id),
        part_of=row.part_of,
        from_gazetteer=row.from_gazetteer,
    )
