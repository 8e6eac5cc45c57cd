"""The one path from inputs to the ledger: sources → extract → store.

The CLI (and later the API) call these functions and print what they return; they
never read files, run the extractor or write to the store themselves.

- :func:`ingest` reads, extracts and stores a batch, one transaction per document;
  an item that cannot be read becomes a ``failed`` outcome and the batch goes on.
- :func:`extract_cases` is ``casefile extract --jsonl``: JSON Lines in, records out,
  nothing stored.
- :func:`export_rows` lists every stored record with its document's metadata;
  :func:`export_jsonld` gives the same ledger as one JSON-LD document.
"""

from __future__ import annotations

import dataclasses
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from casefile.analysis.claim_export import claim_id
from casefile.analysis.event_codes import event_code
from casefile.analysis.jsonld import ReviewState, ledger_jsonld
from casefile.engines import Engine, ExtractionFailed, LocalEngine, Result
from casefile.errors import InputError, SourceError
from casefile.evaluation.runner import predict_case
from casefile.records import Extraction, SourceDocument, to_dict
from casefile.sources import expand_inputs, read_source

if TYPE_CHECKING:
    from casefile.store import Reextraction, ReviewedRecord, Store

Status = Literal["stored", "reextracted", "known", "failed"]


@dataclass(frozen=True)
class RecordCounts:
    """How many records one extraction holds."""

    allegations: int = 0
    figures: int = 0
    actors: int = 0

    @classmethod
    def of(cls, extraction: Extraction) -> RecordCounts:
        return cls(len(extraction.allegations), len(extraction.figures), len(extraction.actors))


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one input item: stored, already known, or failed (with why)."""

    item: str
    status: Status
    document_id: str | None = None
    title: str | None = None
    counts: RecordCounts = RecordCounts()
    error: str | None = None
    reextraction: Reextraction | None = None  # with ``reextract=True``: what the new extraction changed


@dataclass(frozen=True)
class IngestSummary:
    """Every outcome of one :func:`ingest` call, in input order."""

    outcomes: tuple[IngestOutcome, ...]

    def _with(self, status: Status) -> list[IngestOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def stored(self) -> list[IngestOutcome]:
        return self._with("stored")

    @property
    def reextracted(self) -> list[IngestOutcome]:
        return self._with("reextracted")

    @property
    def known(self) -> list[IngestOutcome]:
        return self._with("known")

    @property
    def failed(self) -> list[IngestOutcome]:
        return self._with("failed")

    @property
    def counts(self) -> RecordCounts:
        """Records added by this batch (stored documents only)."""
        stored = self.stored
        return RecordCounts(
            allegations=sum(o.counts.allegations for o in stored),
            figures=sum(o.counts.figures for o in stored),
            actors=sum(o.counts.actors for o in stored),
        )


def expand(inputs: Iterable[str]) -> list[str]:
    """The items :func:`ingest` will read: directories expanded, everything else as given."""
    return list(expand_inputs(inputs))


def count_inputs(inputs: Iterable[str]) -> int:
    """How many items :func:`ingest` will report on (sizes a progress bar)."""
    return len(expand(inputs))


def ingest(
    inputs: Sequence[str],
    *,
    store: Store,
    published: date | None = None,
    publisher: str | None = None,
    title: str | None = None,
    origin: str | None = None,
    stdin: BinaryIO | None = None,
    on_item: Callable[[IngestOutcome], None] | None = None,
    reextract: bool = False,
    engine: Engine | None = None,
) -> IngestSummary:
    """Read, extract and store each input; documents already stored are not extracted again.

    ``published``, ``publisher``, ``title`` and ``origin`` (e.g. an uploaded file's name
    instead of its temporary path) override what the source says. A
    :class:`SourceError` (or an extractor failure on one text) fails that item only;
    store errors stop the batch (documents saved before stay saved). ``on_item`` is called after each item.
    ``reextract``: extract documents already stored again (:meth:`Store.reextract`: human decisions are kept).
    ``engine``: where extraction runs (:mod:`casefile.engines`: a process pool, Ray; default
    this process). Sources are read and results written here, in input order, whatever the engine.
    """
    overrides = _overrides(published=published, publisher=publisher, title=title, origin=origin)
    outcomes: list[IngestOutcome] = []

    def emit(outcome: IngestOutcome) -> None:
        outcomes.append(outcome)
        if on_item is not None:
            on_item(outcome)

    # Items read but not yet reported, in input order; None marks one out for extraction.
    waiting: deque[tuple[str, IngestOutcome | None]] = deque()

    def to_extract() -> Iterator[SourceDocument]:
        for item in expand(inputs):
            read = _read_one(item, store=store, overrides=overrides, stdin=stdin, reextract=reextract)
            if not isinstance(read, IngestOutcome):
                waiting.append((item, None))
                yield read
            elif waiting:
                waiting.append((item, read))
            else:
                emit(read)

    for source, result in (engine or LocalEngine(extract_document)).run(to_extract()):
        while waiting[0][1] is not None:
            emit(waiting.popleft()[1])  # type: ignore[arg-type]
        item, _ = waiting.popleft()
        emit(_store_one(item, source, result, store=store, reextract=reextract))
    for _, outcome in waiting:
        emit(outcome)  # type: ignore[arg-type]
    return IngestSummary(tuple(outcomes))


def _overrides(**values: Any) -> dict[str, Any]:
    return {name: value for name, value in values.items() if value is not None}


def _read_one(
    item: str, *, store: Store, overrides: dict[str, Any], stdin: BinaryIO | None, reextract: bool
) -> SourceDocument | IngestOutcome:
    """The item's source, to be extracted; or its outcome already (unreadable, already known)."""
    try:
        source = dataclasses.replace(read_source(item, stdin=stdin), **overrides)
    except SourceError as exc:
        return IngestOutcome(item=item, status="failed", error=str(exc))
    if not reextract and store.has_document(source.id):
        return _known(item, source)
    return source


def _store_one(item: str, source: SourceDocument, result: Result, *, store: Store, reextract: bool) -> IngestOutcome:
    """Write one extraction (an extractor bug on this text fails this item only; the batch goes on)."""
    if isinstance(result, ExtractionFailed):
        return IngestOutcome(
            item=item,
            status="failed",
            error=f"{item}: extraction failed ({result.error}); please report this with the file",
        )
    extraction = result
    if reextract and store.has_document(source.id):
        return IngestOutcome(item=item, status="reextracted", document_id=source.id, title=source.title,
                             counts=RecordCounts.of(extraction), reextraction=store.reextract(source, extraction))
    if not store.save(source, extraction):
        return _known(item, source)
    return IngestOutcome(
        item=item, status="stored", document_id=source.id, title=source.title, counts=RecordCounts.of(extraction)
    )


def extract_document(source: SourceDocument) -> Extraction:
    """:func:`casefile.extract.extract_document`, imported on first use: spaCy loads only to extract."""
    from casefile.extract import extract_document as extract

    return extract(source)


def _known(item: str, source: SourceDocument) -> IngestOutcome:
    return IngestOutcome(item=item, status="known", document_id=source.id, title=source.title)


# --- extract --jsonl -------------------------------------------------------------


def extract_cases(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """For each JSON line ``{"text", "id"?, "date"?}``: ``{"id", "allegations", "figures"}``.

    The same prediction ``casefile eval`` scores (:func:`predict_case`); ``id`` is
    echoed (null when absent). Blank lines are skipped. A line that is not a JSON
    object with a string ``text``, or whose ``date`` is not ``YYYY-MM-DD`` or null,
    raises :class:`InputError` naming its line number. Nothing is stored.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        case = _parse_case(line, number)
        try:
            prediction = predict_case({**case, "id": str(case.get("id") or "")})
        except InputError as exc:
            raise InputError(f"line {number}: {exc}") from exc
        yield {**prediction, "id": case.get("id")}


def _parse_case(line: str, number: int) -> dict[str, Any]:
    try:
        case = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"line {number}: not valid JSON ({exc.msg}); expected one JSON object per line") from exc
    if not isinstance(case, dict) or not isinstance(case.get("text"), str):
        raise InputError(f'line {number}: expected a JSON object with a string "text" field')
    return case


# --- export ----------------------------------------------------------------------

EXPORT_COLUMNS: tuple[str, ...] = (
    "record",
    "document",
    "document_title",
    "document_origin",
    "document_publisher",
    "document_published",
    "speaker",
    "speaker_person",
    "accused",
    "categories",
    "acts",
    "stance",
    "hedged",
    "certainty",
    "responsibility",
    "statement_date",
    "cameo",
    "plover",
    "claim_id",
    "value",
    "low",
    "high",
    "what",
    "category",
    "attributed_to",
    "qualifier",
    "about",
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "evidence_page",
    "record_id",
    "review",
    "reviewed_by",
    "reviewed_at",
)


def export_rows(store: Store, *, include_rejected: bool = False) -> Iterator[dict[str, Any]]:
    """Every allegation, figure and limitation, each a JSON-ready dict, document by document.

    Each row has ``record`` (``allegation``, ``figure`` or ``limitation``), the
    record's own fields (evidence included) and ``document``: the id, title, origin,
    publisher and publication date of the document it comes from. Allegation rows also
    have ``cameo`` and ``plover``: their nearest CAMEO code and PLOVER event type, and
    ``claim_id``: the claim they report (see :mod:`casefile.analysis.claim_export`). Every
    row has ``record_id`` and its review state: ``review`` (``machine``, ``new``,
    ``accepted`` or ``corrected``), ``reviewed_by`` and ``reviewed_at``. Rejected records
    are left out unless ``include_rejected`` (then ``review`` is ``rejected``).
    Documents come oldest-ingested first (the ledger's order), records in document order.
    """
    for doc in _in_ledger_order(store.documents()):
        meta = _document_meta(doc)
        for found in _reviewed(store, doc.id, include_rejected):
            kind, record = found.kind, found.record
            yield {"record": kind, **to_dict(record), **_event_codes(kind, record), **_review_fields(found),
                   "document": meta}


def _in_ledger_order(documents: Iterable[Any]) -> list[Any]:
    return sorted(documents, key=lambda doc: (doc.ingested_at, doc.id))


def _reviewed(store: Store, document_id: str, include_rejected: bool) -> Iterator[ReviewedRecord]:
    """A document's records with their review states (kinds in turn, each in document order)."""
    found = store.reviewed_records(document_id)
    for kind in ("allegation", "figure", "limitation"):
        yield from (r for r in found[kind] if include_rejected or r.status != "rejected")


def _review_fields(found: ReviewedRecord) -> dict[str, Any]:
    return {"record_id": found.id, "review": found.status, "reviewed_by": found.reviewed_by,
            "reviewed_at": found.reviewed_at}


def _event_codes(kind: str, record: Any) -> dict[str, str]:
    """An allegation's CAMEO and PLOVER codes and the id of the claim it reports (none for other kinds)."""
    if kind != "allegation":
        return {}
    code = event_code(record.stance, record.categories)
    claim = claim_id(record.speaker, record.accused, record.categories, record.stance)
    return {"cameo": code.cameo, "plover": code.plover, "claim_id": claim}


def export_jsonld(store: Store, *, include_rejected: bool = False) -> dict[str, Any]:
    """The whole ledger as one JSON-LD document (see :mod:`casefile.analysis.jsonld`).

    Allegations are schema.org ``Claim`` nodes, figures ``casefile:Figure`` and
    limitations ``casefile:Limitation``, each with its evidence as a W3C Web Annotation
    and its record id and review state. Rejected records only with ``include_rejected``.
    """
    documents = _in_ledger_order(store.documents())
    given: dict[str, list[Any]] = {"allegation": [], "figure": [], "limitation": []}
    for doc in documents:
        for found in _reviewed(store, doc.id, include_rejected):
            state = ReviewState(found.id, found.status, found.reviewed_by, found.reviewed_at)
            given[found.kind].append((found.record, state))
    return ledger_jsonld(
        documents=documents,
        allegations=given["allegation"],
        figures=given["figure"],
        limitations=given["limitation"],
        actor_kinds={actor.name: actor.kind for actor in store.actors()},
    )


def _document_meta(doc: Any) -> dict[str, Any]:
    published = doc.published.isoformat() if doc.published else None
    return {"id": doc.id, "title": doc.title, "origin": doc.origin, "publisher": doc.publisher, "published": published}


def csv_row(row: dict[str, Any]) -> dict[str, str]:
    """One :func:`export_rows` row flattened to :data:`EXPORT_COLUMNS` (lists ``;``-joined)."""
    document = row["document"]
    evidence = row["evidence"]
    flat: dict[str, Any] = {
        **{name: row.get(name) for name in EXPORT_COLUMNS},
        "document": document.get("id"),
        "document_title": document.get("title"),
        "document_origin": document.get("origin"),
        "document_publisher": document.get("publisher"),
        "document_published": document.get("published"),
        "evidence_start": evidence["start"],
        "evidence_end": evidence["end"],
        "evidence_text": evidence["text"],
        "evidence_page": evidence.get("page"),
    }
    return {name: _cell(flat[name]) for name in EXPORT_COLUMNS}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return str(value)
