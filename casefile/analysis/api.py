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
from casefile.analysis.denials import DenialIndex, link_denials
from casefile.analysis.figure_checks import FigureReport, check_figures
from casefile.analysis.figure_scope import masks_of
from casefile.analysis.organs import Parties
from casefile.analysis.positions import Timeline, build_timelines

if TYPE_CHECKING:
    from casefile.store import Store

NEARBY_DOCUMENTS = 100  # other documents, nearest in date, whose figures one document's are grouped with


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


def _matches(needle: str | None, *names: str) -> bool:
    return not needle or any(needle.lower() in name.lower() for name in names)


def parties(store: Store) -> Parties:
    """Who is part of whom: the store's actors, with the gazetteer filling in wholes never mentioned.

    The store records each actor's ``part_of`` as the gazetteer had it at ingest; a whole
    that no document names (the ministry between a spokesperson and the state) is looked
    up in the gazetteer (bundled plus ``$CASEFILE_ACTORS``), loaded only then.
    """
    actors = store.actor_links()  # kinds and part_of links, without counting every mention or listing its forms
    known = {a.name for a in actors}
    if all(not a.part_of or a.part_of in known for a in actors):
        return Parties.from_actors(actors)
    from casefile.nlp.gazetteer import load_gazetteer  # loads spaCy: only when a link is missing
    from casefile.nlp.pipeline import extra_actor_files

    return Parties.from_actors(actors, load_gazetteer(extra_actor_files()).entries)


def _claims(store: Store) -> tuple[list[Claim], DenialIndex]:
    claims = group_claims(date_allegations(store.allegations(), store.documents()))
    return claims, link_denials(claims, parties(store))


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


def timelines(
    store: Store, *, speaker: str | None = None, accused: str | None = None, merge_organs: bool = True
) -> list[Timeline]:
    """Position timelines of every (speaker, accused) pair matching the filters.

    Organs of one party are merged into its timeline unless ``merge_organs`` is false; a
    filter matches the party or any organ merged into it.
    """
    links = parties(store) if merge_organs else None
    party = (links or Parties()).party
    names = {n: party(n) for n in store.party_names()} if speaker or accused else {}
    allegations = store.allegations(  # only the pairs a filter can match (see _names_of), not the whole ledger
        speaker_names=_names_of(speaker, names), accused_names=_names_of(accused, names)
    )
    published = store.published_dates({a.evidence.document for a in allegations} if speaker or accused else None)
    found = build_timelines(date_allegations(allegations, published), links)
    return [t for t in found if _matches(speaker, t.speaker, *t.speakers) and _matches(accused, t.accused, *t.accused_as)]


def _names_of(needle: str | None, parties_of: dict[str, str]) -> set[str] | None:
    """The names whose allegations can fall in a timeline the filter ``needle`` keeps (None: no filter).

    ``parties_of``: each canonical name's party. A timeline is kept when ``needle`` is in its
    party's name or in the name of an organ speaking in it, so: every name whose party is such a party.
    """
    if not needle:
        return None
    wanted = {party for name, party in parties_of.items() if _matches(needle, name, party)}
    return {name for name, party in parties_of.items() if party in wanted}


def figure_report(store: Store, *, document: str | None = None, category: str | None = None) -> FigureReport:
    """Relations among each document's figures, cross-document groups of figures and stated ranges.

    ``document`` (id or unique prefix) keeps one document's relations and ranges and the groups
    its figures belong to (with the other documents' values); ``category`` keeps the relations
    with a figure of that category and the groups and ranges of it. For one document the
    groups are formed among the figures of its categories in the documents published nearest
    to it (:data:`NEARBY_DOCUMENTS` of them, half before, half after), not the whole ledger,
    so the answer stays quick however large the ledger grows.
    """
    masks = masks_of(store.actor_forms())
    documents = [store.document(document)] if document else store.documents()
    own = store.figures(document=document)
    if document:  # its relations and ranges, and the groups its figures belong to with the other documents' values
        doc = documents[0]
        nearby, figures = store.figures_near(doc.id, {f.category for f in own}, documents=NEARBY_DOCUMENTS)
        found = check_figures([doc, *nearby], [*own, *figures], masks=masks)  # relations and ranges are per document
        report = FigureReport(
            tuple(r for r in found.relations if r.document == doc.id),
            tuple(g for g in found.groups if any(v.document == doc.id for v in g.values)),
            tuple(r for r in found.ranges if r.figure.evidence.document == doc.id),
        )
    else:
        report = check_figures(documents, own, masks=masks)
    if category is None:
        return report
    return FigureReport(
        tuple(r for r in report.relations if category in {f.category for f in (r.total, *r.parts)}),
        tuple(g for g in report.groups if g.category == category),
        tuple(r for r in report.ranges if r.figure.category == category),
    )
