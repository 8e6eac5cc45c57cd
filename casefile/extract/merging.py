"""One allegation per speaker, accused, stance and date within a paragraph."""

from __future__ import annotations

from dataclasses import replace

from casefile.records import CATEGORIES, HEDGED_BELOW, Allegation


def unique(items: list[str]) -> list[str]:
    """``items`` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


def merge_statements(records: list[Allegation], text: str) -> list[Allegation]:
    """One record per speaker, accused, stance and statement date within a paragraph.

    A passage that says X accused Y of war crimes and then lists Y's acts makes one
    allegation, as an analyst would record it; the evidence runs from the first words to
    the last. Statements in other paragraphs stay separate reports.
    """
    merged: list[Allegation] = []
    # Each merged statement's index by its key, so each record's key is computed once (the key
    # counts line breaks up to the evidence: recomputing it for every pair was quadratic). A
    # combined statement keeps its key: same speaker, accused, stance and date, and its start
    # is one of two starts in the same paragraph.
    index_of: dict[tuple, int] = {}
    for record in records:
        key = _merge_key(record, text)
        index = index_of.get(key)
        if index is None:
            index_of[key] = len(merged)
            merged.append(record)
            continue
        merged[index] = _combine(merged[index], record, text)
    return merged


def same_descriptions(records: list[Allegation]) -> list[Allegation]:
    """ "eight former commanders … . The former commanders have also been charged …": a
    description that repeats the last words of one named before stands for the same party."""
    named: list[str] = []
    out = []
    for record in records:
        words = record.accused.split()
        fuller = next((n for n in named if _modified_form_of(n.split(), words)), None)
        if fuller is not None and record.accused == record.accused_text:
            record = replace(record, accused=fuller)
        elif record.accused not in named:
            named.append(record.accused)
        out.append(record)
    return out


def _modified_form_of(fuller: list[str], words: list[str]) -> bool:
    """ "eight former commanders" for "former commanders": the same words with modifiers
    before them ("allies of the authorities" is another party than "the authorities")."""
    extra = fuller[: len(fuller) - len(words)]
    return (
        len(words) >= 2 and bool(extra) and fuller[len(extra):] == words
        and not any(w.lower() in {"of", "for", "in", "and", "to", "with", "other"} for w in extra)
    )


def _merge_key(record: Allegation, text: str) -> tuple:
    paragraph = text.count("\n", 0, record.evidence.start)
    return (record.speaker, record.accused, record.stance, record.statement_date, paragraph)


def _combine(first: Allegation, other: Allegation, text: str) -> Allegation:
    start = min(first.evidence.start, other.evidence.start)
    end = max(first.evidence.end, other.evidence.end)
    # the gravest category's own hedge decides ("X killed …, but may be guilty of war crimes";
    # "violations were committed … some may constitute crimes against humanity"); the same
    # category said firmly and hedged ("genocide has been committed … and may still be
    # occurring") is said firmly
    graver = _gravest(other.categories) < _gravest(first.categories)
    same = _gravest(other.categories) == _gravest(first.categories)
    certainty = max(first.certainty, other.certainty) if same else (other.certainty if graver else first.certainty)
    return replace(
        first,
        categories=tuple(unique([*first.categories, *other.categories])),
        acts=tuple(unique([*first.acts, *other.acts])),
        certainty=certainty,
        hedged=certainty < HEDGED_BELOW,
        responsibility=first.responsibility or other.responsibility,
        speaker_person=first.speaker_person or other.speaker_person,
        evidence=replace(first.evidence, start=start, end=end, text=text[start:end]),
    )


def _gravest(categories: tuple[str, ...]) -> int:
    """Rank of the gravest category (lower is graver; CATEGORIES runs from genocide down)."""
    return min((CATEGORIES.index(c) for c in categories if c in CATEGORIES), default=len(CATEGORIES))


# The crimes whose killing act has its own name: murder (Rome Statute art. 7(1)(a)), wilful
# killing (art. 8(2)(a)(i), "murder" in art. 8(2)(c)(i)), killing members of the group (art. 6(a)),
# and murder in domestic law.
CRIMES_OF_KILLING = frozenset({"genocide", "crimes_against_humanity", "war_crimes", "other_crime"})


def killing_as_crime(record: Allegation) -> Allegation:
    """A killing the speaker calls a crime is the crime's killing act, murder; called only a
    violation of the law of war or of human rights, it stays an unlawful killing."""
    if "unlawful_killing" not in record.acts or not CRIMES_OF_KILLING & set(record.categories):
        return record
    acts = unique(["murder" if act == "unlawful_killing" else act for act in record.acts])
    return replace(record, acts=tuple(acts))
