"""The analysis layer's entry points over a :class:`~casefile.store.Store`.

Each reads what it needs through the store's public queries and returns records the
CLI prints as they are; ``speaker``/``accused`` filters are case-insensitive substrings
of the canonical names, applied after the analysis so that denials by parties outside
the filter still link to the claims shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from casefile.analysis.claims import Claim, date_allegations, group_claims
from casefile.analysis.denials import DenialIndex, link_denials, part_of_map
from casefile.analysis.figure_checks import FigureReport, check_figures
from casefile.analysis.positions import Timeline, build_timelines

if TYPE_CHECKING:
    from casefile.store import Store


@dataclass(frozen=True)
class ClaimRef:
    """A claim named briefly, to point from a claim to the denials answering it and back."""

    speaker: str
    accused: str
    categories: tuple[str, ...]
    stance: str
    first_reported: str | None

    @classmethod
    def of(cls, claim: Claim) -> ClaimRef:
        return cls(claim.speaker, claim.accused, claim.categories, claim.stance, claim.first_reported)


@dataclass(frozen=True)
class ClaimEntry:
    """A claim with the denials that answer it (or, for a denial, the claims it answers)."""

    claim: Claim
    denied_by: tuple[ClaimRef, ...] = ()
    answers: tuple[ClaimRef, ...] = ()


def _matches(needle: str | None, name: str) -> bool:
    return not needle or needle.lower() in name.lower()


def _claims(store: Store) -> tuple[list[Claim], DenialIndex]:
    claims = group_claims(date_allegations(store.allegations(), store.documents()))
    return claims, link_denials(claims, part_of_map(store.actors()))


def claim_ledger(store: Store, *, speaker: str | None = None, accused: str | None = None) -> list[ClaimEntry]:
    """Every claim with its reports and linked denials, first reported first."""
    claims, index = _claims(store)
    entries = [
        ClaimEntry(
            claim,
            tuple(ClaimRef.of(d) for d in index.denials_of(claim)),
            tuple(ClaimRef.of(c) for c in index.answered_by(claim)),
        )
        for claim in claims
        if _matches(speaker, claim.speaker) and _matches(accused, claim.accused)
    ]
    return entries


def timelines(store: Store, *, speaker: str | None = None, accused: str | None = None) -> list[Timeline]:
    """Position timelines of every (speaker, accused) pair matching the filters."""
    dated = date_allegations(store.allegations(), store.documents())
    return [t for t in build_timelines(dated) if _matches(speaker, t.speaker) and _matches(accused, t.accused)]


def figure_report(store: Store, *, document: str | None = None, category: str | None = None) -> FigureReport:
    """Relations among each document's figures and cross-document groups of figures.

    ``document`` (id or unique prefix) keeps one document's relations and groups; ``category`` keeps
    the relations with a figure of that category and the groups of it.
    """
    documents = [store.document(document)] if document else store.documents()
    report = check_figures(documents, store.figures(document=document))
    if document:  # the groups this document's figures belong to, with the other documents' values
        doc_id = documents[0].id
        groups = check_figures(store.documents(), store.figures()).groups
        report = FigureReport(report.relations, tuple(g for g in groups if any(v.document == doc_id for v in g.values)))
    if category is None:
        return report
    relations = tuple(r for r in report.relations if category in {f.category for f in (r.total, *r.parts)})
    return FigureReport(relations, tuple(g for g in report.groups if g.category == category))
