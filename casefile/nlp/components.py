"""casefile's spaCy components: the actor gazetteer and the legal lexicon.

Each component *finds* (``match``) and then *writes* (``set_annotations``) span groups:

- ``doc.spans["actors"]``: actor mentions; ``label_`` is the kind, ``kb_id_`` the canonical
  name. Gazetteer matches first (longest wins), spaCy's NER fills in actors not in the file;
  those alone are also in ``doc.spans["actors_ner"]``.
- ``doc.spans["legal"]``: ``label_`` ``category`` or ``act``, ``kb_id_`` the label.
- ``doc.spans["cues"]``: ``label_`` ``hedge``/``principal``/``lesser``/``shared``/``limitation``/``compliance``/``innocence``;
  for hedges ``kb_id_`` holds the certainty the phrase leaves, for compliance the act denied ("" for none).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from casefile.nlp.doctext import doc_memo, doc_text
from casefile.nlp.gazetteer import Gazetteer, load_gazetteer
from casefile.nlp.lexicon import LegalLexicon, load_lexicon

# spaCy entity labels taken as actors when the gazetteer has no entry, with the kind they get.
# Every state is in the gazetteer, so a place spaCy finds that the gazetteer does not know is a place.
NER_ACTOR_KINDS = {"ORG": "other", "PERSON": "person", "GPE": "place", "NORP": "other"}


# Titles a portfolio word stands before ("Justice Minister", "Interior Secretary").
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"})


class ActorGazetteer:
    """Marks actor mentions: gazetteer surfaces (case rules per form), then NER fallback."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.targets: dict[str, tuple[str, str]] = {}
        self.known = {entry.name for entry in gazetteer.entries}
        exact_docs: dict[str, list[Doc]] = {}
        folded_docs: dict[str, list[Doc]] = {}
        for surface in gazetteer.surfaces():
            key = f"{surface.name}\x1f{surface.kind}"
            self.targets[key] = (surface.name, surface.kind)
            bucket = exact_docs if surface.case_sensitive else folded_docs
            text = surface.text if surface.case_sensitive else surface.text.lower()
            bucket.setdefault(key, []).append(nlp.make_doc(text))
        for key, docs in exact_docs.items():
            self.exact.add(key, docs)
        for key, docs in folded_docs.items():
            self.folded.add(key, docs)

    def match(self, doc: Doc) -> list[Span]:
        found = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                name, kind = self.targets[doc.vocab.strings[match_id]]
                found.append(Span(doc, start, end, label=kind, kb_id=name))
        gazetteer_spans = [s for s in filter_spans(found) if not _nationality_in_a_civic_name(doc, s)]
        taken = {i for span in gazetteer_spans for i in range(span.start, span.end)}
        taken |= {i for span in doc.spans.get("legal", []) for i in range(span.start, span.end)}
        words = load_lexicon().parties
        common = words.state_organs | words.org_references | words.groups
        for ent in doc.ents:
            kind = NER_ACTOR_KINDS.get(ent.label_)
            if kind is None or any(i in taken for i in range(ent.start, ent.end)):
                continue
            if len(ent) == 1 and ent[0].lower_ in common:
                continue  # "State" in "Secretary of State": a title's word, not a body
            if not any(t.text[:1].isupper() for t in ent):
                continue  # "sham" in "sham trials": a name is written with a capital
            if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].tag_ == "NNS" and ent[0].lemma_ != ent[0].lower_:
                continue  # '"Strikes of this kind …"': a plural noun that opens a sentence, no one's name
            if ent.root.dep_ == "compound" and ent.root.head.lower_ in PORTFOLIO_TITLES and ent.root.head.i == ent.end:
                continue  # "Justice" in "Justice Minister A B": the minister's portfolio, not a body
            if _subdivision_of_known_body(doc, ent, gazetteer_spans):
                continue  # "Pre-Trial Chamber II of the X Court": the court acts through it
            ent = _strip_determiner(ent)
            if ent is not None:
                gazetteer_spans.append(Span(doc, ent.start, ent.end, label=kind, kb_id=ent.text))
        spans = [s for s in _titled_people(doc, _named_again_in_short(doc, gazetteer_spans, self.known), self.known) if not _wire_credit(doc, s)]
        return _surnames(doc, sorted(spans, key=lambda s: s.start))

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans["actors"] = spans
        doc.spans["actors_ner"] = [s for s in spans if s.kb_id_ not in self.known]

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


# Last words of the names of civil-society bodies ("the Xian Red Lantern Society", "the Xian Bar Association").
CIVIC_NAME_ENDINGS = frozenset({
    "society", "association", "committee", "union", "league", "federation", "foundation", "institute",
    "centre", "center", "network", "collective", "crescent", "cross", "syndicate", "observatory",
})


def _nationality_in_a_civic_name(doc: Doc, span: Span) -> bool:
    """ "The Xian Red Lantern Society said …": a state's adjective inside the name of a body NER
    found, the name ending as civil-society bodies' names do, is part of that body's name."""
    if span.label_ != "state" or len(span) != 1:
        return False
    return any(
        ent.label_ == "ORG" and ent.start <= span.start and span.end < ent.end and len(ent) >= 3
        and ent[-1].lower_ in CIVIC_NAME_ENDINGS and all(t.text[:1].isupper() for t in ent[span.end - ent.start :])
        for ent in doc.ents
    )


def _named_again_in_short(doc: Doc, spans: list[Span], known: set[str]) -> list[Span]:
    """ "the Kindred Working Group on Disappeared Persons … . The Working Group observed …": a name
    NER found that repeats two or more words of a body named before in full is that body."""
    out: list[Span] = []
    for span in spans:
        if span.kb_id_ not in known and len(span) >= 2 and span.label_ != "person":
            words = f" {span.text.lower()} "
            fuller = next((s for s in reversed(out) if s.kb_id_ in known and s.end <= span.start and words in f" {s.kb_id_.lower()} "), None)
            if fuller is not None:
                span = Span(doc, span.start, span.end, label=fuller.label_, kb_id=fuller.kb_id_)
        out.append(span)
    return out


DASHES = frozenset({"–", "—", "-", "--"})


def _wire_credit(doc: Doc, span: Span) -> bool:
    """ "PLACE, Nov 3 (Agency) – …": the agency credited in a wire dateline carried the story; it
    says nothing in it and is no party a later "it" or "its" can mean."""
    opening = next((t.i for t in reversed(doc[max(0, span.start - 4) : span.start]) if t.text == "("), None)
    closing = next((t.i for t in doc[span.end : span.end + 4] if t.text == ")"), None)
    if opening is None or closing is None or closing + 1 >= len(doc):
        return False
    return doc[closing + 1].text in DASHES and not any(t.text in {"(", ")"} for t in doc[opening + 1 : closing])


# Parts of a court or body that act in its name ("Trial Chamber I of X").
SUBDIVISIONS = frozenset({"chamber", "chambers", "division", "bench", "section", "registry", "presidency"})
ROMAN_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def _subdivision_of_known_body(doc: Doc, ent: Span, known: list[Span]) -> bool:
    """Whether a guessed name is a chamber or division "of" a body the gazetteer knows."""
    words = [t.lower_ for t in ent]
    end = ent.end + (ent.end < len(doc) and doc[ent.end].text in ROMAN_NUMERALS)  # "Pre-Trial Chamber" "I" "of"
    if not SUBDIVISIONS & set(words) or end >= len(doc) or doc[end].lower_ != "of":
        return False
    after = end + 1 + (doc[end + 1].lower_ == "the" if end + 1 < len(doc) else 0)
    return any(span.start == after and span.label_ in {"court", "un_body", "government_body"} for span in known)


# Nouns of a role only a person holds: a name they stand beside in apposition is a person's.
PERSON_ROLES = frozenset({
    "commander", "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "minister",
    "president", "director", "secretary", "general", "colonel", "officer", "envoy", "ambassador", "rapporteur",
    "commissioner", "chairman", "chairwoman", "judge", "lawyer", "researcher", "coordinator", "founder",
    "deputy", "governor", "mayor", "adviser", "advisor", "professor", "editor", "correspondent", "sergeant",
    "captain", "major", "lieutenant", "brigadier", "head", "chair", "investigator", "activist", "journalist",
})


def _titled_people(doc: Doc, spans: list[Span], known: set[str]) -> list[Span]:
    """ "A B, chief prosecutor at X", "for A B, a senior commander of X": a capitalised name in
    apposition with a person's role is a person, also where the recogniser missed it or took it
    for a place (a dateline before it, an unfamiliar name)."""
    by_token = {i: span for span in spans for i in range(span.start, span.end)}
    out = list(spans)
    for token in doc:
        role = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.lemma_.lower() in PERSON_ROLES), None)
        if role is None or token.pos_ != "PROPN":
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
            start -= 1
        name = doc[start : token.i + 1]
        if len(name) < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in name):
            continue  # a lone word may be a body's short name; a person is named in full
        held = {by_token[i] for i in range(name.start, name.end) if i in by_token}
        if any(h.kb_id_ in known or h.label_ == "person" for h in held):
            continue
        out = [s for s in out if s not in held] + [Span(doc, name.start, name.end, label="person", kb_id=name.text)]
    return out


def _surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person named in full, then by surname alone ("Arlen Voss … Voss said"): the surname
    is that person, also where NER took it for something else on its own."""
    surnames: dict[str, Span] = {}
    out: list[Span] = []
    for span in spans:
        if span.label_ == "person" and len(span) > 1:
            surnames.setdefault(span[-1].text, span)
            out.append(span)
            continue
        person = surnames.get(span.text) if len(span) == 1 else None
        out.append(Span(doc, span.start, span.end, label="person", kb_id=person.kb_id_) if person is not None else span)
    covered = {i for span in out for i in range(span.start, span.end)}
    for token in doc:
        person = surnames.get(token.text)
        if person is not None and token.i not in covered and token.i >= person.end and token.pos_ == "PROPN":
            out.append(Span(doc, token.i, token.i + 1, label="person", kb_id=person.kb_id_))
    return _short_forms(doc, sorted(out, key=lambda s: s.start))


def _short_forms(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Ostrel Liberation Front … the Front": a capitalised head word after "the" stands
    for the one body named in full before whose name ends with it."""
    bodies: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for span in spans:
        if len(span) > 1 and span.label_ not in {"person", "place", "state"} and span[-1].text[:1].isupper():
            bodies.setdefault(span[-1].text, set()).add(span.kb_id_)
            first_at.setdefault(span[-1].text, span.end)
    lone = {span.start: span for span in spans if len(span) == 1 and span.kb_id_ == span.text}  # NER's own guess
    covered = {i for span in spans for i in range(span.start, span.end)} - set(lone)
    out = [span for span in spans if span.start not in lone]
    for token in doc:
        names = bodies.get(token.text)
        if (
            names and len(names) == 1 and token.i not in covered and token.i >= first_at[token.text]
            and token.i > 0 and doc[token.i - 1].lower_ == "the"
        ):
            (name,) = names
            kind = next(s.label_ for s in spans if s.kb_id_ == name)
            out.append(Span(doc, token.i, token.i + 1, label=kind, kb_id=name))
        elif token.i in lone:
            out.append(lone[token.i])
    return sorted(out, key=lambda s: s.start)


def _strip_determiner(span: Span) -> Span | None:
    start = span.start
    while start < span.end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    end = span.end
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    if end <= start:
        return None
    return span.doc[start:end]


def _without_nested_acts(spans: list[Span]) -> list[Span]:
    """A killing named inside a murder is the murder: "mass killings", "wilful killing" are
    murder, not also the unlawful killing their last word names. ("killed 52 civilians" stays
    both a killing and an attack on civilians: the two acts are different wrongs.)"""
    murders = [s for s in spans if s.label_ == "act" and s.kb_id_ == "murder"]
    return [
        s for s in spans
        if not (s.label_ == "act" and s.kb_id_ == "unlawful_killing")
        or not any(o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in murders)
    ]


def _without_executions_by_sentence(spans: list[Span], lexicon: LegalLexicon) -> list[Span]:
    """ "Iran hanged 834 people, the most executions in years … the use of capital punishment": in a
    paragraph about the death penalty a bare "execution" is a sentence carried out, not an
    unlawful killing ("extrajudicial executions", "summarily executed" stay one)."""
    kept = []
    for span in spans:
        bare = span.label_ == "act" and span.kb_id_ == "unlawful_killing" and span.text.lower().startswith("execut")
        if bare and lexicon.judicial_executions.search(_paragraph_of(span)):
            continue
        kept.append(span)
    return kept


def _paragraph_of(span: Span) -> str:
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start : end if end >= 0 else len(text)]


class LegalAnnotator:
    """Marks legal categories, underlying acts and the cue phrases of the lexicon."""

    def __init__(self, lexicon: LegalLexicon) -> None:
        self.lexicon = lexicon

    def match(self, doc: Doc) -> tuple[list[Span], list[Span]]:
        legal = [
            span
            for term in self.lexicon.terms
            for span in _regex_spans(doc, term.pattern, term.kind, term.label)
        ]
        cues: list[Span] = []
        for pattern, certainty in self.lexicon.hedge_phrases:
            cues.extend(_regex_spans(doc, pattern, "hedge", str(certainty)))
        cues.extend(_regex_spans(doc, self.lexicon.principal, "principal", "principal"))
        cues.extend(_regex_spans(doc, self.lexicon.lesser, "lesser", "lesser"))
        cues.extend(_regex_spans(doc, self.lexicon.shared, "shared", "shared"))
        cues.extend(_regex_spans(doc, self.lexicon.limitation, "limitation", "limitation"))
        cues.extend(_regex_spans(doc, self.lexicon.compliance_civilians, "compliance", "attacks_on_civilians"))
        cues.extend(_regex_spans(doc, self.lexicon.compliance_law, "compliance", ""))
        cues.extend(_regex_spans(doc, self.lexicon.compliance_hostages, "compliance", "hostage_taking"))
        cues.extend(_regex_spans(doc, self.lexicon.innocence, "innocence", "innocence"))
        return legal, cues

    def set_annotations(self, doc: Doc, found: tuple[list[Span], list[Span]]) -> None:
        legal, cues = found
        legal = _without_executions_by_sentence(_without_nested_acts(legal), self.lexicon)
        doc.spans["legal"] = sorted(legal, key=lambda s: (s.start, -s.end))
        doc.spans["cues"] = sorted(cues, key=lambda s: s.start)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


def _regex_spans(doc: Doc, pattern, label: str, kb_id: str) -> list[Span]:
    """Where ``pattern`` matches the text, read with its double quotation marks left out: a phrase a
    speaker half quotes ('"cynically withholding" the remains') is the same phrase."""
    text, origin = _without_quote_marks(doc)
    twin = _lowercase_twin(pattern)
    if twin is not None and (lowered := _lowered(doc, text)) is not None:
        pattern, text = twin, lowered
    spans = []
    for m in pattern.finditer(text):
        if m.end() <= m.start():
            continue
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


QUOTE_MARKS = frozenset('"“”')
_ESCAPED_LETTER = re.compile(r"\\[A-Za-z]")


@cache
def _lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern compiled without IGNORECASE, to scan the lower-cased text: case-insensitive
    matching is about twice as slow in Python's engine, and the lexicon scans every document some
    sixty times. None when the pattern reads letter case itself ("(?-i:[A-Z])", capitals)."""
    source = _ESCAPED_LETTER.sub("", pattern.pattern)
    if "(?-i" in source or source != source.lower():
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _lowered(doc: Doc, text: str) -> str | None:
    """``text`` lower-cased, when that keeps every character at its offset (memoised on the Doc)."""
    memo = doc_memo(doc, "unquoted")
    if "lowered" not in memo:
        lowered = text.lower()
        memo["lowered"] = lowered if len(lowered) == len(text) else None
    return memo["lowered"]


def _without_quote_marks(doc: Doc) -> tuple[str, list[int]]:
    """The text without its double quotation marks, and for each of its characters the offset it
    has in the document (memoised on the Doc: every pattern of the lexicon reads it)."""
    memo = doc_memo(doc, "unquoted")
    if "text" not in memo:
        original = doc_text(doc)
        kept = [i for i, char in enumerate(original) if char not in QUOTE_MARKS]
        memo["text"], memo["origin"] = "".join(original[i] for i in kept), kept
    return memo["text"], memo["origin"]


@Language.component("casefile_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and paragraphs never run into the next one."""
    for token in doc[:-1]:
        if "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    _mark_datelines(doc)
    _mark_platform_at_sentence_end(doc)
    _mark_turn_labels(doc)
    return doc


# A transcript's turn label: "Q:", "Q (Outlet):", "DEFENCE MINISTER A B:", "A B, chair of the X:"
# at the start of a paragraph or after a sentence's end (see :func:`turn_labels`).
TURN_LABEL = re.compile(
    r"(?:^|(?<=[.?!\"”'’]\s)|(?<=\n))"
    r"(?P<name>[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*)*)(?: \([^()\n]{1,60}\))?(?:, (?P<role>[^:\n.?!]{3,160}))?: "
)


def turn_labels(text: str) -> list[re.Match[str]]:
    """The speaker labels of an interview or hearing transcript: none unless there are two or more
    (a lone "KYIV:" or "UPDATE:" is a dateline or a tag, not a turn) and one of them asks something
    ("Q:", or a turn with a question): a release's "PRESS RELEASE: … NOTES TO EDITORS: …" is no interview."""
    found = [
        m for m in TURN_LABEL.finditer(text)
        if m.group("name") in {"Q", "A"} or (all(len(w) > 1 for w in m.group("name").split()) and len(m.group("name")) > 3)
    ]
    ends = [m.start() for m in found[1:]] + [len(text)]
    asking = any(m.group("name") == "Q" or "?" in text[m.end() : end] for m, end in zip(found, ends))
    return found if len(found) > 1 and asking else []


def _mark_turn_labels(doc: Doc) -> None:
    """ "… open an inquiry? DEFENCE MINISTER A B: Our units …": the answer starts a sentence of its
    own, not one whose subject the parser would seek in the label."""
    for label in turn_labels(doc_text(doc)):
        after = doc.char_span(label.end(), label.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True


def _mark_platform_at_sentence_end(doc: Doc) -> None:
    """ "…, its director wrote on X. Five reporters have been killed …": the tokenizer keeps a
    capital and its full stop together as an initial, so the platform named after "on" would
    run into the next sentence."""
    for token in doc[1:-1]:
        following = doc[token.i + 1]
        if (
            len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."
            and doc[token.i - 1].lower_ in {"on", "via"} and following.text[:1].isupper()
        ):
            following.is_sent_start = True


def _mark_datelines(doc: Doc) -> None:
    """ "KYIV, Nov 21 (Agency) – Text…", "(Place, 19 March 2024) - Text…": the wire dateline is
    not part of the first sentence."""
    for start in [0] + [t.i + 1 for t in doc[:-1] if "\n" in t.text]:
        window = doc[start : start + 20]
        if not len(window):
            continue
        bracketed = window[0].text == "(" and any(
            t.text == ")" and t.i + 1 < len(doc) and doc[t.i + 1].text in {"–", "—", "-", "--"} for t in window
        )
        if not bracketed and (not window[0].is_upper or len(window[0]) < 3):
            continue
        for token in window[1:]:
            if token.text in {"–", "—", "-", "--"} and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
                break


@Language.factory("casefile_actors", default_config={"extra_files": []})
def make_actor_gazetteer(nlp: Language, name: str, extra_files: list[str]) -> ActorGazetteer:
    return ActorGazetteer(nlp, load_gazetteer(tuple(Path(p) for p in extra_files)))


@Language.factory("casefile_legal", default_config={"lexicon": None})
def make_legal_annotator(nlp: Language, name: str, lexicon: str | None) -> LegalAnnotator:
    return LegalAnnotator(load_lexicon(Path(lexicon) if lexicon else None))
