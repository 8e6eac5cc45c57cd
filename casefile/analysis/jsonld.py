"""The ledger as JSON-LD: schema.org ``Claim`` nodes with W3C Web Annotation evidence.

Each allegation becomes a schema.org ``Claim`` (``author`` the speaker, ``about`` the
accused, ``appearance`` the source document as a ``CreativeWork``); each figure a
``casefile:Figure`` and each limitation a ``casefile:Limitation``. Every record carries
its evidence as a Web Annotation whose target is the document and whose selectors are a
``TextQuoteSelector`` (the exact words, with up to :data:`CONTEXT_CHARS` characters either
side) and a ``TextPositionSelector`` (offsets in Unicode code points into the stored,
normalized text, the same offsets casefile stores). The casefile fields go under the
``casefile:`` namespace; allegations also carry their CAMEO code and PLOVER event type
(:mod:`casefile.analysis.event_codes`) and ``casefile:claimId``, the claim they report
(:mod:`casefile.analysis.claim_export`; the reports of one claim share it). A record given
with its :class:`ReviewState` also carries its id in the store and where human review left
it (``casefile:review``: ``machine``, ``new``, ``accepted``, ``corrected`` or ``rejected``;
who and when).

This module works on records alone and returns plain dicts; the service reads the store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from casefile.analysis.claim_export import claim_id
from casefile.analysis.dating import parse_when
from casefile.analysis.event_codes import event_code
from casefile.records import (
    Allegation,
    Evidence,
    Figure,
    Limitation,
    StoredDocument,
    to_dict,
)

CASEFILE_NS = "https://casefile.invalid/ns#"
SCHEMA_NS = "https://schema.org/"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# How many characters of document text the TextQuoteSelector's prefix and suffix hold.
CONTEXT_CHARS = 32

# The Web Annotation context comes first (Annotation, target, source, selector, exact,
# prefix, suffix, start, end, id, type); the second context maps the schema.org terms.
# anno.jsonld binds ``name``, ``Person`` and ``Organization`` to FOAF, so they are
# rebound to schema.org here explicitly.
CONTEXT: list[Any] = [
    ANNO_CONTEXT,
    {
        "schema": SCHEMA_NS,
        "casefile": CASEFILE_NS,
        "Claim": "schema:Claim",
        "CreativeWork": "schema:CreativeWork",
        "Organization": "schema:Organization",
        "Person": "schema:Person",
        "name": "schema:name",
        "author": "schema:author",
        "about": "schema:about",
        "appearance": "schema:appearance",
        "publisher": "schema:publisher",
        "datePublished": "schema:datePublished",
        "url": {"@id": "schema:url", "@type": "@id"},
    },
]

# Actor kinds (casefile.records.ACTOR_KINDS) that are people; every other kind is an organization.
PERSON_KINDS = frozenset({"person"})


@dataclass(frozen=True)
class ReviewState:
    """A stored record's id and review status, and who decided it when (None while undecided)."""

    record_id: int
    status: str
    by: str | None = None
    at: str | None = None


def document_iri(document_id: str) -> str:
    """The IRI naming a stored document (its sha256 id)."""
    return f"urn:casefile:document:{document_id}"


def ledger_jsonld(
    *,
    documents: Iterable[StoredDocument],
    allegations: Iterable[Allegation | tuple[Allegation, ReviewState]] = (),
    figures: Iterable[Figure | tuple[Figure, ReviewState]] = (),
    limitations: Iterable[Limitation | tuple[Limitation, ReviewState]] = (),
    actor_kinds: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """One JSON-LD document (``@context`` and ``@graph``) for the given records.

    Each record may come alone or as ``(record, ReviewState)``; the latter adds
    ``casefile:recordId``, ``casefile:review`` and, once decided, ``casefile:reviewedBy``
    and ``casefile:reviewedAt`` to its node.

    ``documents`` must hold the document of every record for the quote selectors to get
    their prefix and suffix (a record whose document is missing keeps only ``exact``).
    ``actor_kinds`` maps canonical actor names to kinds; ``person`` makes a schema.org
    ``Person``, anything else (or unknown) an ``Organization``.
    """
    docs = {doc.id: doc for doc in documents}
    kinds = dict(actor_kinds or {})
    ids = _Ids()
    graph: list[dict[str, Any]] = [creative_work(doc) for doc in docs.values()]
    for a, state in map(_split, allegations):
        graph.append(_with_review(claim_node(a, docs=docs, kinds=kinds, iri=ids.next("claim", a)), state))
    for f, state in map(_split, figures):
        graph.append(_with_review(figure_node(f, docs=docs, iri=ids.next("figure", f)), state))
    for x, state in map(_split, limitations):
        graph.append(_with_review(limitation_node(x, docs=docs, iri=ids.next("limitation", x)), state))
    return {"@context": CONTEXT, "@graph": graph}


def _split(given: Any) -> tuple[Any, ReviewState | None]:
    if isinstance(given, tuple):
        record, state = given
        return record, state
    return given, None


def _with_review(node: dict[str, Any], state: ReviewState | None) -> dict[str, Any]:
    """``node`` with the review fields of ``state`` (placed before its evidence), if any."""
    if state is None:
        return node
    evidence = node.pop("casefile:evidence")
    node.update(_without_none({
        "casefile:recordId": state.record_id,
        "casefile:review": state.status,
        "casefile:reviewedBy": state.by,
        "casefile:reviewedAt": state.at,
    }))
    node["casefile:evidence"] = evidence
    return node


def creative_work(doc: StoredDocument) -> dict[str, Any]:
    """The schema.org ``CreativeWork`` of a stored document: title, publisher, url or origin, date."""
    node: dict[str, Any] = {"id": document_iri(doc.id), "type": "CreativeWork"}
    if doc.title:
        node["name"] = doc.title
    if doc.publisher:
        node["publisher"] = {"type": "Organization", "name": doc.publisher}
    if doc.origin.startswith(("http://", "https://")):
        node["url"] = doc.origin
    node["casefile:origin"] = doc.origin
    if doc.published:
        node["datePublished"] = doc.published.isoformat()
    node["casefile:mediaType"] = doc.media_type
    return node


def claim_node(
    allegation: Allegation, *, docs: Mapping[str, StoredDocument], kinds: Mapping[str, str], iri: str
) -> dict[str, Any]:
    """A schema.org ``Claim`` for one allegation, its evidence a Web Annotation."""
    doc = docs.get(allegation.evidence.document)
    code = event_code(allegation.stance, allegation.categories)
    node: dict[str, Any] = {
        "id": iri,
        "type": "Claim",
        "author": _agent(allegation.speaker, kinds),
        "about": _agent(allegation.accused, kinds),
    }
    published = _claim_date(allegation, doc)
    if published:
        node["datePublished"] = published
    node["appearance"] = creative_work(doc) if doc else {"id": document_iri(allegation.evidence.document),
                                                         "type": "CreativeWork"}
    node.update(_without_none({
        "casefile:speakerPerson": allegation.speaker_person,
        "casefile:categories": list(allegation.categories),
        "casefile:acts": list(allegation.acts),
        "casefile:stance": allegation.stance,
        "casefile:hedged": allegation.hedged,
        "casefile:certainty": allegation.certainty,
        "casefile:responsibility": allegation.responsibility,
        "casefile:statementDate": allegation.statement_date,
        "casefile:claimId": claim_id(allegation.speaker, allegation.accused, allegation.categories,
                                     allegation.stance),
        "casefile:cameo": code.cameo,
        "casefile:cameoLabel": code.cameo_label,
        "casefile:plover": code.plover,
        "casefile:ploverNote": code.note,
    }))
    node["casefile:evidence"] = annotation(allegation.evidence, doc=doc, body=iri)
    return node


def figure_node(figure: Figure, *, docs: Mapping[str, StoredDocument], iri: str) -> dict[str, Any]:
    """A ``casefile:Figure`` node, its evidence a Web Annotation."""
    node: dict[str, Any] = {"id": iri, "type": "casefile:Figure"}
    node.update(_without_none({
        "casefile:value": figure.value,
        "casefile:low": figure.low,
        "casefile:high": figure.high,
        "casefile:qualifier": figure.qualifier,
        "casefile:what": figure.what,
        "casefile:category": figure.category,
        "casefile:attributedTo": figure.attributed_to,
    }))
    node["casefile:evidence"] = annotation(figure.evidence, doc=docs.get(figure.evidence.document), body=iri)
    return node


def limitation_node(limitation: Limitation, *, docs: Mapping[str, StoredDocument], iri: str) -> dict[str, Any]:
    """A ``casefile:Limitation`` node (what a speaker says it could not establish), with evidence."""
    return {
        "id": iri,
        "type": "casefile:Limitation",
        "casefile:speaker": limitation.speaker,
        "casefile:about": limitation.about,
        "casefile:evidence": annotation(limitation.evidence, doc=docs.get(limitation.evidence.document), body=iri),
    }


def annotation(evidence: Evidence, *, doc: StoredDocument | None, body: str) -> dict[str, Any]:
    """A W3C Web Annotation of the evidence span: quote and position selectors on the document.

    The quote's prefix and suffix come from the document text; without the document
    they are left out.
    """
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": evidence.text}
    if doc is not None:
        quote["prefix"] = doc.text[max(0, evidence.start - CONTEXT_CHARS):evidence.start]
        quote["suffix"] = doc.text[evidence.end:evidence.end + CONTEXT_CHARS]
    target: dict[str, Any] = {
        "source": document_iri(evidence.document),
        "selector": [quote, {"type": "TextPositionSelector", "start": evidence.start, "end": evidence.end}],
    }
    if evidence.page is not None:
        target["casefile:page"] = evidence.page
    return {"id": f"{body}#evidence", "type": "Annotation", "motivation": "describing", "body": body,
            "target": target}


def _agent(name: str, kinds: Mapping[str, str]) -> dict[str, Any]:
    kind = kinds.get(name)
    node: dict[str, Any] = {"type": "Person" if kind in PERSON_KINDS else "Organization", "name": name}
    if kind:
        node["casefile:actorKind"] = kind
    return node


def _claim_date(allegation: Allegation, doc: StoredDocument | None) -> str | None:
    """The statement date if it is a date (``YYYY[-MM[-DD]]``), else the document's publication date.

    A ``before ...`` statement date is only a bound, so the document date stands in; the
    statement date itself stays in ``casefile:statementDate``.
    """
    own = parse_when(allegation.statement_date)
    if own is not None and not own.before:
        return own.text
    if doc is not None and doc.published is not None:
        return doc.published.isoformat()
    return None


def _without_none(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


class _Ids:
    """Stable record IRIs: a hash of the record's content, numbered if two records are equal."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def next(self, kind: str, record: Any) -> str:
        digest = hashlib.sha256(json.dumps(to_dict(record), sort_keys=True).encode("utf-8")).hexdigest()[:20]
        iri = f"urn:casefile:{kind}:{digest}"
        count = self._seen.get(iri, 0)
        self._seen[iri] = count + 1
        return iri if count == 0 else f"{iri}-{count + 1}"
