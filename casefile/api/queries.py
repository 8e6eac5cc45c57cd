"""Read models shared by the JSON API and the web pages: store and analysis calls, combined.

No SQL here either: every function calls :class:`~casefile.store.Store` or
:mod:`casefile.analysis` and reshapes what they return.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from casefile.api.schemas import ActorDetail, DocumentDetail, DocumentSummary, DocumentText, Page, Span
from casefile.errors import NotFoundError
from casefile.records import Allegation, Extraction
from casefile.store import Store

T = TypeVar("T")


def page(items: Sequence[T], *, limit: int, offset: int) -> Page[T]:
    return Page[T](total=len(items), limit=limit, offset=offset, items=list(items[offset : offset + limit]))


def spans(extraction: Extraction) -> list[Span]:
    """Every evidence span of a document's records, by start; ids name the record (``a0``, ``f2``, ``l1``)."""
    found: list[Span] = []
    for i, a in enumerate(extraction.allegations):
        kind = "denial" if a.stance == "denies" else "allegation"
        verb = "denies" if a.stance == "denies" else "accuses"
        label = f"{a.speaker} {verb} {a.accused}: {', '.join(a.categories)}"
        found.append(Span(id=f"a{i}", kind=kind, start=a.evidence.start, end=a.evidence.end, label=label))
    for i, f in enumerate(extraction.figures):
        label = f"{f.value} {f.what} ({f.category})"
        found.append(Span(id=f"f{i}", kind="figure", start=f.evidence.start, end=f.evidence.end, label=label))
    for i, lim in enumerate(extraction.limitations):
        label = f"{lim.speaker}: {lim.about}"
        found.append(Span(id=f"l{i}", kind="limitation", start=lim.evidence.start, end=lim.evidence.end, label=label))
    return sorted(found, key=lambda s: (s.start, -s.end, s.id))


def document_detail(store: Store, id_or_prefix: str) -> DocumentDetail:
    doc = store.document(id_or_prefix)
    extraction = store.extraction(doc.id)
    return DocumentDetail(
        **DocumentSummary.of(doc).model_dump(),
        allegations=list(extraction.allegations),
        figures=list(extraction.figures),
        limitations=list(extraction.limitations),
        actors=list(extraction.actors),
    )


def document_text(store: Store, id_or_prefix: str) -> DocumentText:
    doc = store.document(id_or_prefix)
    return DocumentText(id=doc.id, text=doc.text, spans=spans(store.extraction(doc.id)))


def actor_detail(store: Store, name: str) -> ActorDetail:
    """One actor by exact canonical name (case-insensitive). Raises NotFoundError."""
    wanted = name.strip().lower()
    everyone = store.actors()
    actor = next((a for a in everyone if a.name.lower() == wanted), None)
    if actor is None:
        raise NotFoundError(f"no actor named {name!r}; list them at /actors or with `casefile actors`")
    made = _exact(store.allegations(speaker=actor.name), "speaker", actor.name)
    received = _exact(store.allegations(accused=actor.name), "accused", actor.name)
    return ActorDetail(
        actor=actor,
        made=[a for a in made if a.stance == "asserts"],
        received=received,
        denials=[a for a in made if a.stance == "denies"],
        parts=sorted(a.name for a in everyone if a.part_of == actor.name),
    )


def _exact(found: list[Allegation], field: str, name: str) -> list[Allegation]:
    return [a for a in found if getattr(a, field) == name]
