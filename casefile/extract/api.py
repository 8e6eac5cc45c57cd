"""The one entry point from text to records."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from casefile.extract.allegations import AllegationExtractor
from casefile.extract.figures import FigureExtractor, load_figure_lexicon
from casefile.extract.limitations import extract_limitations
from casefile.extract.parties import PartyResolver
from casefile.nlp import get_nlp
from casefile.nlp.doctext import doc_spans, forget_spans, span_text
from casefile.nlp.gazetteer import Gazetteer, load_gazetteer
from casefile.nlp.lexicon import load_lexicon
from casefile.nlp.pipeline import extra_actor_files
from casefile.records import (
    ActorMention,
    Allegation,
    Evidence,
    Extraction,
    Figure,
    Limitation,
    SourceDocument,
)

# Spans longer than this are cut into pieces for spaCy (its parser's memory grows with length).
MAX_CHUNK_CHARS = 100_000

_ahead = threading.local()  # .docs: text -> Docs parsed by parsed_ahead, for this thread's extract_text


@contextmanager
def parsed_ahead(texts: Sequence[str], *, batch_size: int = 32) -> Iterator[None]:
    """Parse ``texts`` together now (``nlp.pipe``), so that :func:`extract_text` on any of
    them inside the block takes its Doc instead of calling ``nlp()`` once per text.

    spaCy's models run faster on a batch of texts than on each alone, and the Docs are
    the same. Only texts of one chunk (:data:`MAX_CHUNK_CHARS`) are parsed ahead: a long
    document is parsed piece by piece as before, so its memory stays bounded. If the batch
    fails to parse, nothing is kept: each text is then parsed, and fails, on its own.
    """
    short = [text for text in texts if 0 < len(text) <= MAX_CHUNK_CHARS]
    docs: dict[str, list[Doc]] = {}
    try:
        for text, doc in zip(short, get_nlp().pipe(short, batch_size=batch_size), strict=True):
            docs.setdefault(text, []).append(doc)
    except Exception:  # noqa: BLE001  (reported per document by extract_text, which parses again)
        docs = {}
    _ahead.docs = docs
    try:
        yield
    finally:
        _ahead.docs = {}


def _parse(chunk: str) -> Doc:
    """The chunk's Doc: parsed ahead (:func:`parsed_ahead`) if it was, else now."""
    waiting = getattr(_ahead, "docs", {}).get(chunk)
    return waiting.pop() if waiting else get_nlp()(chunk)


def extract_text(text: str, *, document: str = "", published: date | None = None) -> Extraction:
    """Extract every record from normalized ``text``; offsets index into ``text``."""
    allegations: list[Allegation] = []
    figures: list[Figure] = []
    actors: list[ActorMention] = []
    limitations: list[Limitation] = []
    for offset, chunk in _chunks(text):
        doc = _parse(chunk)
        try:
            a, f, m, lim = _extract_doc(doc, document, published)
        finally:
            forget_spans(doc)
        allegations += [_shift(r, offset, text) for r in a]
        figures += [_shift(r, offset, text) for r in f]
        actors += [_shift(r, offset, text) for r in m]
        limitations += [_shift(r, offset, text) for r in lim]
    return Extraction(document, tuple(allegations), tuple(figures), tuple(actors), tuple(limitations))


def extract_document(source: SourceDocument) -> Extraction:
    """Extract from a source document; PDF evidence gets its page number."""
    extraction = extract_text(source.text, document=source.id, published=source.published)
    if not source.pages:
        return extraction
    return Extraction(
        extraction.document,
        tuple(_paged(r, source) for r in extraction.allegations),
        tuple(_paged(r, source) for r in extraction.figures),
        tuple(_paged(r, source) for r in extraction.actors),
        tuple(_paged(r, source) for r in extraction.limitations),
    )


def to_schema(extraction: Extraction) -> dict[str, Any]:
    """The SCHEMA.md shape of an extraction (what ``casefile extract --jsonl`` prints)."""
    fullest = _fullest_names(extraction)
    return {
        "allegations": [_allegation_schema(a, fullest) for a in extraction.allegations],
        "figures": [_figure_schema(f) for f in extraction.figures],
    }


def _extract_doc(doc: Doc, document: str, published: date | None):
    lexicon = load_lexicon()
    gazetteer = load_gazetteer(tuple(_paths(extra_actor_files())))
    parents = {e.name: e.part_of for e in gazetteer.entries if e.part_of}
    states = frozenset(e.name for e in gazetteer.entries if e.kind == "state")
    resolver = PartyResolver(doc, lexicon, parents, gazetteer_states=states)
    allegations = AllegationExtractor(doc, resolver, lexicon, document, published).run()
    figures = FigureExtractor(doc, resolver, document, load_figure_lexicon()).run()
    actors = [_actor_mention(span, document, parents, gazetteer) for span in doc_spans(doc, "actors")]
    limitations = extract_limitations(doc, resolver, document)
    return allegations, figures, actors, limitations


def _actor_mention(span: Span, document: str, parents: dict[str, str], gazetteer: Gazetteer) -> ActorMention:
    name, surface = span.kb_id_, span_text(span)
    return ActorMention(
        name=name,
        kind=span.label_,
        surface=surface,
        evidence=Evidence(document, span.start_char, span.end_char, surface),
        part_of=parents.get(name),
        from_gazetteer=gazetteer.get(name) is not None,
    )


def _paths(files: tuple[str, ...]):
    from pathlib import Path

    return [Path(f) for f in files]


def _chunks(text: str):
    """Pieces of at most MAX_CHUNK_CHARS, cut at paragraph breaks where possible."""
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def _shift(record, offset: int, text: str):
    if offset == 0:
        return record
    ev = record.evidence
    evidence = replace(ev, start=ev.start + offset, end=ev.end + offset)
    assert text[evidence.start : evidence.end] == evidence.text
    return replace(record, evidence=evidence)


def _paged(record, source: SourceDocument):
    return replace(record, evidence=replace(record.evidence, page=source.page_at(record.evidence.start)))


# Weapons and craft that stand for the force using them ("Xian drones struck …").
INSTRUMENTS = frozenset({
    "artillery", "jets", "aircraft", "drones", "drone", "missiles", "missile", "rockets", "shells", "tanks",
    "warships", "warplanes", "planes", "helicopters", "gunboats", "batteries", "guns", "gunners",
})


def _fullest_names(extraction: Extraction) -> dict[str, str]:
    """Each actor's fullest name as written in the passage (SCHEMA.md's ``speaker``/``accused``)."""
    fullest: dict[str, str] = {}
    surfaces = [(m.name, m.surface) for m in extraction.actors]
    surfaces += [(a.speaker, a.speaker_text) for a in extraction.allegations]
    surfaces += [(a.accused, a.accused_text) for a in extraction.allegations]
    gazetteer = load_gazetteer(tuple(_paths(extra_actor_files())))
    states = {m.name for m in extraction.actors if m.kind == "state"}
    states |= {name for name, _ in surfaces if (entry := gazetteer.get(name)) is not None and entry.kind == "state"}
    metonyms: dict[str, str] = {}  # (a state the passage names only through its organs is a state still)
    written = {(name, _bare(surface).lower()) for name, surface in surfaces}
    for name, surface in surfaces:
        surface = _bare(surface)
        words = surface.split()
        rest = words[:-1]
        named_rest = len(rest) > 1 or (len(rest) == 1 and _is_acronym(rest[0]))  # "Highland Legion", "M23"; not "Islamist"
        if named_rest and words[-1].lower() in RANK_AND_FILE and (name, " ".join(rest).lower()) in written:
            continue  # "Highland Legion fighters" where the passage names the Highland Legion: its people, not its name
        if words and words[-1].lower() in RANK_AND_FILE and len(name.split()) > 1 and (name, name.lower()) in written:
            continue  # "Xian separatist fighters" where the passage names the X Front: a description of its people
        organs = load_lexicon().parties.state_organs
        organ_first = bool(surface) and surface.split()[0].lower() in organs and any(
            w[:1].isupper() and w.lower() not in organs for w in surface.split()[1:]
        )
        if name in states and not _shares_stem(surface, name) and not organ_first:
            if len(surface.split()) > 1 and _names_by_capital(surface, name) and len(surface) > len(metonyms.get(name, "")):
                metonyms[name] = surface
            continue  # "Moscow", "the Foreign Ministry": a metonym or an organ ("authorities in Z" stays)
        if name in states and len(surface.split()) == 1 and surface.lower() not in name.lower().split():
            continue  # "Xian" alone is an adjective, not a name
        if surface.isupper() and " " in surface:
            continue  # a letterhead's capitals: the name as the story writes it is elsewhere
        if len(words) > 1 and words[-1].lower() in AUTHORED_DOCUMENTS and surface.casefold() != name.casefold():
            continue  # "X's annual report" names the report; its author is named elsewhere, else by its own name
        if surface.split() and surface.split()[-1].lower() in INSTRUMENTS:
            continue  # "Xian artillery" names the guns; the party is named elsewhere, else by its own name
        if name in states and len(surface.split()) > 1 and any(word.lower() in VOICES_OF_A_STATE for word in surface.split()):
            continue  # "Xland's foreign ministry", "Xland's presidential office" spoke for Xland; not Xland's name
        as_named = surface.casefold() == name.casefold()  # "Bosnia and Herzegovina" is one name, "and" or not
        if (as_named or _names_something(surface)) and _naming_rank(surface) > _naming_rank(fullest.get(name, "")):
            fullest[name] = surface
    for name, surface in fullest.items():
        if _is_acronym(surface) and len(name.split()) > 1 and not _initials_of(surface, name):
            fullest[name] = name  # "the JEP" alone: an acronym from another language is no name a reader can match
    for name, metonym in metonyms.items():
        parts = {m.name for m in extraction.actors if m.part_of == name}  # its organs name it by its own stem
        if not any(other not in parts | {name} and _shares_stem(_bare(surface), name) for other, surface in surfaces):
            # "Z government (Xia)": named only by its capital; not where "Xian instructors" name the party otherwise
            fullest.setdefault(name, f"{metonym} ({name})")
    return fullest


def _names_by_capital(surface: str, state: str) -> bool:
    """Whether ``surface`` names a state by its capital ("Zedville", "the Zedville government")."""
    entry = load_gazetteer(tuple(_paths(extra_actor_files()))).get(state)
    words = set(re.findall(r"[\w'-]+", surface))
    return entry is not None and any(capital in words or capital in surface for capital in entry.capitals if capital)


# Documents a phrase may name instead of their author ("the Secretary-General's annual report").
AUTHORED_DOCUMENTS = frozenset({"report", "reports", "annex", "study", "findings", "statement", "communique", "communiqué"})
# Words of a phrase naming who spoke for a state rather than the state ("Xland's Ministry of Defence").
VOICES_OF_A_STATE = frozenset({"ministry", "embassy", "office", "presidency", "spokesman", "spokeswoman", "spokesperson"})
# Determiners that count a body's people rather than name the body ("no X unit").
QUANTIFIERS = frozenset({"no", "any", "every", "each", "some", "all", "none", "several", "many"})
# Nouns for a body's people after its name ("X fighters", "X gunmen"): not part of the name.
RANK_AND_FILE = frozenset({"fighters", "gunmen", "militiamen", "militants", "members", "rebels", "insurgents"})
# Organ nouns that make an "of" phrase a name ("the government of President A B").
NAMING_ORGANS = frozenset({"government", "authorities", "administration", "regime"})
# Heads that name a state's armed organ as a whole ("Xian forces"), before one branch or rank of it ("Xian troops").
WHOLE_FORCE_HEADS = frozenset({"forces", "force", "army", "military", "armed", "navy", "police", "gendarmerie"})


def _naming_rank(surface: str) -> tuple[bool, int]:
    """Which of two names for one party to report: one naming the whole force, then the longer."""
    words = surface.lower().split()
    return (bool(words) and words[-1] in WHOLE_FORCE_HEADS, len(surface))


def _initials_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` spells the capitalised words of ``name`` ("UN", "HRW")."""
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
    return acronym.removeprefix("the ").strip().replace("-", "").lower() == letters.lower()


def _is_acronym(surface: str) -> bool:
    word = surface.removeprefix("the ").strip()
    return " " not in word and len(word) >= 2 and word.replace("-", "").isupper()


def _state_as_written(name: str, surface: str) -> str | None:
    """A state speaking under its own short name ("Xia said") keeps that name, not a fuller
    phrase found elsewhere ("Xian authorities"), which names an organ rather than the state."""
    bare = _bare(surface)
    references = load_lexicon().parties.org_references
    if len(bare.split()) == 1 and bare[:1].isupper() and bare.lower() in name.lower().split() and bare.lower() not in references:
        return bare  # not "the commission" (nor "The Board") for the Commission of Inquiry on X
    if len(bare.split()) == 1 and _names_by_capital(bare, name):
        return f"{bare} ({name})"  # "Zedville said …": the capital that spoke, and whose it is
    words = bare.split()
    organs = load_lexicon().parties.state_organs
    if len(words) > 1 and any(w.lower() in organs for w in words) and _names_something(bare):
        return bare  # "Authorities in Z", "Xia's Defence Ministry": the organ that spoke, as written
    return None


def _shares_stem(surface: str, name: str) -> bool:
    """ "Ruritanian forces" and "Ruritania" share a stem; "Zenda" (its capital) does not."""
    stems = {w.lower()[:4] for w in name.split() if len(w) > 3}
    return any(w.lower()[:4] in stems for w in surface.split())


def _names_something(surface: str) -> bool:
    """Whether words name one party ("Xian authorities"): not only a description ("the rights
    group"), not two parties ("X and allied militias"), not a part of one ("members of X")."""
    words = surface.split()
    if surface.lower() in {"it", "they", "he", "she", "we", "its", "their"}:
        return False  # a pronoun refers to a name, it is none
    if words and words[0].lower() in QUANTIFIERS:
        return False  # "no X unit", "every X soldier": some or none of X's people, not X's name
    if "and" in words or (len(words) > 2 and words[1] == "of" and words[0].islower() and words[0] not in NAMING_ORGANS):
        return False  # "members of X" is a part of X; "the government of X" names X's government
    if any(word.lower() in load_lexicon().parties.conduct for word in words):
        return False  # "Xian attacks in Y" names conduct, not its author
    return any(word[:1].isupper() for word in words)


def _bare(surface: str) -> str:
    """A name without a leading article, a possessor described in common words, a trailing
    clause (", which …") or a possessive."""
    words = surface.split(",")[0].strip().split()
    if words and words[0].lower() in {"the", "a", "an", "what"}:
        words = words[1:]
    if len(words) > 1 and words[0].islower() and words[0].endswith(("'s", "’s")) and words[1][:1].isupper():
        words = words[1:]  # "the kingdom's Royal Chancellery": the name is what follows the possessor's description
    text = " ".join(words)
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _allegation_schema(a: Allegation, fullest: dict[str, str] | None = None) -> dict[str, Any]:
    fullest = fullest or {}
    out: dict[str, Any] = {
        "speaker": _state_as_written(a.speaker, a.speaker_text) or fullest.get(a.speaker, a.speaker),
        "speaker_id": a.speaker,
        "speaker_text": a.speaker_text,
        "accused": fullest.get(a.accused, a.accused),
        "accused_id": a.accused,
        "accused_text": a.accused_text,
        "categories": list(a.categories),
        "acts": list(a.acts),
        "stance": a.stance,
        "hedged": a.hedged,
        "certainty": a.certainty,
        "responsibility": a.responsibility,
        "when": a.statement_date,
        "evidence": _evidence_schema(a.evidence),
    }
    if a.speaker_person:
        out["speaker_person"] = a.speaker_person
    if a.source:
        out["source"] = a.source
    return out


def _figure_schema(f: Figure) -> dict[str, Any]:
    return {
        "value": f.value,
        "what": f.what,
        "category": f.category,
        "attributed_to": f.attributed_to,
        "low": f.low,
        "high": f.high,
        "qualifier": f.qualifier,
        "evidence": _evidence_schema(f.evidence),
    }


def _evidence_schema(e: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {"start": e.start, "end": e.end, "text": e.text}
    if e.page is not None:
        out["page"] = e.page
    return out
