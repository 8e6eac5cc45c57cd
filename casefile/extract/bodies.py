"""A generic description of an intergovernmental organisation's body ("X investigators said",
"an X report") is the one body of that organisation the passage names ("the X Fact-Finding
Mission"), as an analyst reading the whole passage would record it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span

from casefile.extract.parties import addressed, ancestors
from casefile.nlp.doctext import doc_spans
from casefile.nlp.lexicon import PartyLanguage
from casefile.records import Allegation, Evidence

ORGANISATION_KIND = "un_body"
# Words that describe an organisation's people or output without naming one of its bodies.
GENERIC_WORDS = frozenset({
    "the", "a", "an", "'s", "’s", "human", "rights", "independent", "special", "top", "senior", "chief",
    "investigators", "investigator", "inquiry", "probe", "mission", "experts", "expert", "team", "panel",
    "commission", "monitors", "monitor", "investigation", "representative", "representatives", "report",
    "officials", "official", "body", "agency", "office",
})


def resolve_generic_bodies(records: list[Allegation], doc: Doc, parents: dict[str, str]) -> list[Allegation]:
    """Each record whose speaker is written generically takes the organisation's one body the
    passage names, when it names exactly one; otherwise the record stays as it is."""
    spans = [s for s in doc_spans(doc, "actors") if s.label_ == ORGANISATION_KIND]
    out = []
    for record in records:
        organisation = _generic_organisation(record, spans)
        if organisation is not None:
            bodies = _bodies_of(organisation, spans, records, parents)
            if len(bodies) == 1 and record.speaker not in bodies:
                [body] = bodies
                # as written where the passage names it, when it does
                text = body if body in doc.text else record.speaker_text
                record = replace(record, speaker=body, speaker_text=text)
        out.append(record)
    return out


def _generic_organisation(record: Allegation, spans: list[Span]) -> str | None:
    """The organisation a speaker's words name with only describing words around it
    ("the X's investigators", "X experts"), or None when they name something more specific."""
    surface = record.speaker_text.strip()
    for span in spans:
        if span.text not in surface or _head_noun_of_its_name(span):
            continue
        rest = surface.replace(span.text, " ", 1).replace("’s", " ’s").replace("'s", " 's").lower().split()
        if all(word in GENERIC_WORDS for word in rest):
            return span.kb_id_
    return None


def _head_noun_of_its_name(span: Span) -> bool:
    """ "The Board" after "the X Human Rights Board": the body itself, by the last word of its
    name, not the organisation above it."""
    words = span.kb_id_.split()
    return len(span) == 1 and len(words) > 1 and span.text.lower() == words[-1].lower() and span.text.isalpha()


def _bodies_of(organisation: str, spans: list[Span], records: list[Allegation], parents: dict[str, str]) -> set[str]:
    """The specific bodies of ``organisation`` the passage names: bodies the gazetteer places
    under it, and speakers written as the organisation's name plus more than describing words."""
    found = {
        s.kb_id_ for s in spans
        if s.kb_id_ != organisation and organisation in ancestors(s.kb_id_, parents) and not addressed(s)
    }
    for record in records:
        if record.speaker == organisation or _generic_organisation(record, spans) is not None:
            continue
        if any(s.kb_id_ == organisation and s.text in record.speaker_text for s in spans):
            found.add(record.speaker)
    return found


def drop_doers_named_alongside(
    records: list[Allegation], doc: Doc, parents: dict[str, str], states: frozenset[str], words: PartyLanguage
) -> list[Allegation]:
    """ "Security forces opened fire on marchers, killing 14, according to X, which accused the
    National Police of extrajudicial killings": where the speaker names, in the same sentence and for
    the same acts, the state body that did it, the forces it first only described are that body,
    and the description is no second accused."""
    starts = [s.start_char for s in doc.sents]
    sentence = [bisect_right(starts, r.evidence.start) for r in records]  # each record's sentence, once

    def named_organ(record: Allegation) -> bool:
        return record.accused in parents or record.accused in states

    out = []
    for index, record in enumerate(records):
        said = record.accused.split()
        described = (
            not named_organ(record) and said and said[-1].lower() in words.state_organs
            and all(w.islower() for w in said[1:]) and not any(w.lower() in words.groups for w in said[:-1])
            and record.accused == record.accused_text
        )
        if described and any(
            other is not record and named_organ(other) and other.speaker == record.speaker
            and other.stance == record.stance and sentence[at] == sentence[index]
            and set(other.acts) & set(record.acts) and not _overlap(other.evidence, record.evidence)
            for at, other in enumerate(records)
        ):
            continue
        out.append(record)
    return out


def _overlap(a: Evidence, b: Evidence) -> bool:
    """Whether two evidence spans share characters (one frame naming both parties)."""
    return a.start < b.end and b.start < a.end
