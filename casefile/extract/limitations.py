"""Limitations: a speaker's own statement of what its evidence could not establish."""

from __future__ import annotations

from spacy.tokens import Doc

from casefile.extract.frames import find_frame
from casefile.extract.parties import PartyResolver
from casefile.nlp.doctext import doc_spans, doc_text
from casefile.records import Evidence, Limitation

# Dependency labels of the words that say what could not be established.
ABOUT_DEPS = frozenset({"dobj", "pobj", "attr", "ccomp"})


def extract_limitations(doc: Doc, resolver: PartyResolver, document: str) -> list[Limitation]:
    found = []
    for cue in doc_spans(doc, "cues"):
        if cue.label_ != "limitation":
            continue
        sent = cue.sent
        frame = find_frame(cue.root, resolver)
        subject = next((c for c in cue.root.head.children if c.dep_ == "nsubj"), None)
        speaker = frame.speakers[0].name if frame else None
        if speaker is None and subject is not None:
            party = resolver.party(subject)
            speaker = party.name if party else None
        start, end = cue.start_char, max(cue.end_char, _clause_end(cue))
        end = min(end, sent.end_char)
        about = doc_text(doc)[cue.end_char : end].strip(" ,.;")
        found.append(
            Limitation(
                speaker=speaker or "",
                about=about or cue.text,
                evidence=Evidence(document, start, end, doc_text(doc)[start:end]),
            )
        )
    return found


def _clause_end(cue) -> int:
    """Where the words governed by the limitation's verb end ("… the full scope of sexual crimes")."""
    verb = cue[-1]
    ends = [c.right_edge.idx + len(c.right_edge) for c in verb.children if c.dep_ in ABOUT_DEPS]
    return max(ends) if ends else cue.end_char
