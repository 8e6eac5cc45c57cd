"""Claims as export rows: one row per claim (speaker, accused, categories, stance), not per report.

An analyst's spreadsheet usually wants both: the reports (``casefile export``: one row per
allegation, each with its ``claim_id``) and the claims they make up (``casefile export
--claims``: first and last reported, how often, in how many documents, and the denials
linked to the claim). :func:`claim_id` joins the two: the same id on a claim row and on
each of its reports. It is a hash of the claim's key, so it is the same in every export
of the same ledger and needs no table of its own. JSON-LD ``Claim`` nodes carry it as
``casefile:claimId``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from casefile.analysis.claims import claim_key
from casefile.analysis.event_codes import event_code

if TYPE_CHECKING:
    from casefile.analysis.api import ClaimEntry, ClaimRef

CLAIM_COLUMNS: tuple[str, ...] = (
    "record",
    "claim_id",
    "speaker",
    "accused",
    "categories",
    "stance",
    "cameo",
    "plover",
    "first_reported",
    "last_reported",
    "count",
    "documents",
    "denied_by",
    "answers",
    "first_document",
    "first_evidence_start",
    "first_evidence_end",
    "first_evidence_text",
)


def claim_id(speaker: str, accused: str, categories: Iterable[str], stance: str) -> str:
    """A short stable id of the claim these fields make (see :func:`casefile.analysis.claims.claim_key`)."""
    key = json.dumps(list(claim_key(speaker, accused, categories, stance)), ensure_ascii=False)
    return "claim-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _ref(ref: ClaimRef) -> dict[str, Any]:
    return {
        "claim_id": claim_id(ref.speaker, ref.accused, ref.categories, ref.stance),
        "speaker": ref.speaker,
        "accused": ref.accused,
        "categories": list(ref.categories),
        "stance": ref.stance,
        "first_reported": ref.first_reported,
    }


def claim_row(entry: ClaimEntry) -> dict[str, Any]:
    """One claim as a JSON-ready dict: its key, dates, counts, event codes, linked denials and reports."""
    claim = entry.claim
    code = event_code(claim.stance, claim.categories)
    return {
        "record": "claim",
        "claim_id": claim_id(claim.speaker, claim.accused, claim.categories, claim.stance),
        "speaker": claim.speaker,
        "accused": claim.accused,
        "categories": list(claim.categories),
        "stance": claim.stance,
        "cameo": code.cameo,
        "plover": code.plover,
        "first_reported": claim.first_reported,
        "last_reported": claim.last_reported,
        "count": claim.count,
        "documents": claim.documents,
        "denied_by": [_ref(r) for r in entry.denied_by],
        "answers": [_ref(r) for r in entry.answers],
        "reports": [
            {"document": r.evidence.document, "start": r.evidence.start, "end": r.evidence.end,
             "text": r.evidence.text, "page": r.evidence.page, "date": r.date}
            for r in claim.reports
        ],
    }


def claim_csv_row(row: dict[str, Any]) -> dict[str, str]:
    """A :func:`claim_row` flattened to :data:`CLAIM_COLUMNS`: lists ``;``-joined, the first report's evidence.

    Linked claims are written ``speaker (first reported)``; the full list of reports is in
    the report export, joined on ``claim_id``.
    """
    first = row["reports"][0] if row["reports"] else {}
    flat: dict[str, Any] = {
        **{name: row.get(name) for name in CLAIM_COLUMNS},
        "denied_by": [_brief(r) for r in row["denied_by"]],
        "answers": [_brief(r) for r in row["answers"]],
        "first_document": first.get("document"),
        "first_evidence_start": first.get("start"),
        "first_evidence_end": first.get("end"),
        "first_evidence_text": first.get("text"),
    }
    return {name: _cell(flat[name]) for name in CLAIM_COLUMNS}


def _brief(ref: dict[str, Any]) -> str:
    return f"{ref['speaker']} ({ref['first_reported'] or 'undated'})"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return str(value)
