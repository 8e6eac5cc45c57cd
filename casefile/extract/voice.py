"""The document's own voice: who speaks where no one in the text is said to speak.

A press release, a ministry statement or an NGO's public statement says in its opening whose
it is ("Statement of the Ministry of X", "PRESS RELEASE - Y", a letterhead over "Public
statement", "The Ministry … states the following"), or opens in the present tense of its own
stand ("The Ministry of X categorically rejects …"). Its unattributed sentences ("X did not
commit war crimes"; "The attacks were war crimes") are that author's claims. A news story
declares no author that way: it tells positions in the past ("X rejected …", "X said") and its
headline is no sentence of the body (a statement may also be signed off at its end, "– A B,
Prosecutor"). So a story's unattributed sentences stay unattributed: casefile never makes a
reporter's narration into someone's accusation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Doc, Span

from casefile.extract.parties import Party, PartyResolver
from casefile.nlp.components import turn_labels
from casefile.nlp.doctext import doc_spans, doc_text

# Words that title a document as its author's own ("Statement of X", "X press release").
STATEMENT_TITLE = re.compile(
    r"\b(?:statement|press release|news release|communiqu[eé]|declaration|press briefing|briefing notes|oral update"
    r"|(?P<report>report) (?:by|of|from)|(?P<speech>address|speech|remarks) by)\b",
    re.IGNORECASE,
)
# "X … states the following": the opening of a formal statement.
STATES_THE_FOLLOWING = re.compile(r"\b(?:states?|declares?)\s+(?:as\s+)?(?:the\s+)?follow(?:ing|s)\b", re.IGNORECASE)
# "X today publishes its annual count": a report's first sentence in its author's present tense.
PUBLISHES_ITS = re.compile(r"\b(?:today\s+)?(?:publishes|releases|presents)\s+(?:its|this|our)\b", re.IGNORECASE)
# How far into a document its title block and opening run.
OPENING_LINES = 6
TITLE_MAX_WORDS = 25
# Kinds that publish statements in their own name.
AUTHOR_KINDS = frozenset({"state", "government_body", "ngo", "un_body", "court", "armed_group", "other"})


def document_voice(doc: Doc, resolver: PartyResolver) -> Party | None:
    """The author a document declares in its opening, or None (a news story, a passage)."""
    lines = _opening_lines(doc_text(doc))
    first = next(iter(doc.sents), None)
    if lines and _titled_before_a_colon(lines[0][2]):  # "Statement by X: The bombing … was a terrorist act"
        start, _, line = lines[0]
        lines[0] = (start, start + line.index(":"), line[: line.index(":")])
    elif _title_run_on(first, lines):  # "Statement of X. The …" in one paragraph: its first sentence is the title
        lines[:1] = [(first.start_char, first.end_char, first.text.rstrip(". "))]
    for index, (start, end, line) in enumerate(lines):
        title = STATEMENT_TITLE.search(line)
        if title is not None and _is_title(line):
            found = _letterhead(doc, resolver, *lines[index - 1][:2]) if index > 0 else None  # "X" over "Public statement"
            if found is None:  # "a report by X", never "X report accuses Y" (a headline about a report)
                kinds = AUTHOR_KINDS | {"person"} if title.group("speech") else AUTHOR_KINDS  # "Address by President A B"
                found = _author_in(doc, resolver, start, end, after=start + title.end(), before=not title.group("report"), kinds=kinds)
            if found is not None:
                return found
        match = STATES_THE_FOLLOWING.search(line)
        if match is not None:
            found = _subject_author(doc, resolver, start, start + match.start())
            if found is not None:
                return found
    return (
        _publisher(first, doc, resolver) or _stance_opener(_first_clause(doc), resolver) or _signature(doc, resolver)
        or _stance_in_unreported_text(doc, resolver)
    )


def _publisher(first: Span | None, doc: Doc, resolver: PartyResolver) -> Party | None:
    """ "X today publishes its annual count of …": the body that opens by publishing its own report."""
    match = PUBLISHES_ITS.search(first.text) if first is not None else None
    if match is None:
        return None
    return _subject_author(doc, resolver, first.start_char, first.start_char + match.start())


# Verbs by which a body takes a position in its own statement, in the present tense of its
# opening ("The Ministry of X categorically rejects …", "X is outraged and condemns …").
STANCE_VERBS = frozenset({
    "reject", "condemn", "deny", "denounce", "deplore", "dismiss", "refute", "protest", "welcome", "reiterate",
    "demand", "urge", "regret",
})


def _first_clause(doc: Doc) -> Span | None:
    """The first sentence with a verb: past a dateline the parser split off ("PLACE –")."""
    return next((s for s in islice(doc.sents, 2) if s.root.pos_ in {"VERB", "AUX"}), None)


def _stance_opener(first: Span | None, resolver: PartyResolver, verbs_of_stance: frozenset[str] = STANCE_VERBS) -> Party | None:
    """ "The Ministry of Foreign Affairs of X categorically rejects the so-called findings …": a
    body opening in the present tense of its own position is the author of what follows. A news
    story tells positions in the past ("X rejected", "X said"); "X says" is reporting, not a stand."""
    if first is None or _is_title(first.text.strip()):
        return None  # "Xia rejects new report": a headline in the present is the story's, not the body's statement
    verbs = [first.root, *(t for t in first.root.children if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"})]
    if not any(v.tag_ == "VBZ" and v.lemma_.lower() in verbs_of_stance for v in verbs):
        return None
    for subject in (t for t in first.root.children if t.dep_ == "nsubj"):
        span = resolver.actor_span(subject)
        if span is not None and span.label_ in AUTHOR_KINDS:
            return _as_party(resolver, span)
    return None


def _stance_in_unreported_text(doc: Doc, resolver: PartyResolver) -> Party | None:
    """ "… . Halcyra calls on the ministry to suspend all support …": a passage that reports no one's
    words in the past ("said", "told") and in which a body takes a position in the present tense
    is that body's own release, whatever sentence it opens with."""
    sentences = list(doc.sents)
    if any(t.tag_ == "VBD" and t.lemma_.lower() in REPORTING_PAST for t in doc):
        return None
    for sent in sentences[1:]:
        found = _stance_opener(sent, resolver, STANCE_VERBS | APPEAL_VERBS) or _undertaking(sent, resolver)
        if found is not None:
            return found
    return None


# Verbs by which a body undertakes to act on its own evidence ("X will hand its evidence to …").
UNDERTAKING_VERBS = frozenset({"hand", "place", "submit", "present", "forward", "send", "share", "transmit"})


def _undertaking(sent: Span, resolver: PartyResolver) -> Party | None:
    """ "The Front will hand every piece of its evidence to the Commission": a named body saying
    what it will do with its own material, in a passage that reports no one's words, writes it."""
    root = sent.root
    if root.lemma_.lower() not in UNDERTAKING_VERBS or not any(c.lower_ == "will" and c.dep_ == "aux" for c in root.children):
        return None
    if not any(t.lower_ == "its" for t in root.subtree):
        return None
    for subject in (t for t in root.children if t.dep_ == "nsubj"):
        span = resolver.actor_span(subject)
        if span is not None and span.label_ in AUTHOR_KINDS:
            return _as_party(resolver, span)
    return None


# Verbs of a news story's reporting in the past: a passage using them is a story, not a release.
REPORTING_PAST = frozenset({"say", "tell", "report", "add", "state", "announce", "claim", "accuse", "allege"})
# Verbs by which a body appeals to another in its own release ("X calls on Y to …", "X urges …").
APPEAL_VERBS = frozenset({"call", "ask", "appeal"})


# A closing signature: "– President A B", "- A B, Prosecutor of X" at the very end.
SIGNATURE = re.compile(r"(?:^|\s)[-–—]{1,2}\s*([A-Z][^\n.!?\"”]{2,120})\s*$")
SIGNATURE_MAX_WORDS = 14


def _signature(doc: Doc, resolver: PartyResolver) -> Party | None:
    """The person who signs a statement off at its end, by a dash and a name."""
    text = doc_text(doc).rstrip()
    tail_start = max(0, len(text) - 200)
    match = SIGNATURE.search(text, tail_start)
    if match is None or len(match.group(1).split()) > SIGNATURE_MAX_WORDS:
        return None
    start = match.start(1)
    people = [s for s in doc_spans(doc, "actors") if s.start_char >= start and s.label_ == "person"]
    return _as_party(resolver, people[0]) if people else None


def _titled_before_a_colon(line: str) -> bool:
    head = line.split(":", 1)[0]
    return ":" in line and STATEMENT_TITLE.match(head.strip()) is not None and _is_title(head)


def _title_run_on(first: Span | None, lines: list[tuple[int, int, str]]) -> bool:
    if first is None or not lines or _is_title(lines[0][2]) or first.end_char >= lines[0][1]:
        return False
    return STATEMENT_TITLE.match(first.text.strip()) is not None


def _opening_lines(text: str) -> list[tuple[int, int, str]]:
    """The first non-empty lines, with their character offsets."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            lines.append((match.start(), match.end(), match.group()))
        if len(lines) == OPENING_LINES:
            break
    return lines


def _is_title(line: str) -> bool:
    """A title or letterhead line: short, and not a sentence of the story ("In a statement, X said …")."""
    words = line.split()
    return len(words) <= TITLE_MAX_WORDS and not line.rstrip().endswith((".", '"', "”"))


def _authors(doc: Doc, start: int, end: int, kinds: frozenset[str] = AUTHOR_KINDS) -> list[Span]:
    return [s for s in doc_spans(doc, "actors") if s.start_char >= start and s.end_char <= end and s.label_ in kinds]


def _author_in(
    doc: Doc, resolver: PartyResolver, start: int, end: int, *, after: int, before: bool, kinds: frozenset[str] = AUTHOR_KINDS
) -> Party | None:
    """The body a title line names after its "statement" ("Statement of X"), else, with
    ``before``, the last one before it ("X presents its report: statement by the Chair")."""
    spans = _authors(doc, start, end, kinds)
    following = [s for s in spans if s.start_char >= after]
    preceding = [s for s in spans if s.end_char <= after and not STATEMENT_TITLE.search(s.text)] if before else []
    chosen = following[0] if following else (preceding[-1] if preceding else None)
    return _as_party(resolver, chosen)


def _letterhead(doc: Doc, resolver: PartyResolver, start: int, end: int) -> Party | None:
    """A line that is nothing but a body's name."""
    spans = _authors(doc, start, end)
    line = doc_text(doc)[start:end].strip()
    if len(spans) == 1 and spans[0].text.strip() == line:
        return _as_party(resolver, spans[0])
    return None


def _subject_author(doc: Doc, resolver: PartyResolver, start: int, verb_at: int) -> Party | None:
    """ "The Ministry of X … states the following": the first body named before the verb."""
    spans = _authors(doc, start, verb_at)
    return _as_party(resolver, spans[0]) if spans else None


def _as_party(resolver: PartyResolver, span: Span | None) -> Party | None:
    if span is None:
        return None
    return Party(span.kb_id_, span.label_, span.text, span.start_char, span.end_char, resolver.gazetteer_parent.get(span.kb_id_))


# Words of a title before a name in a transcript's label ("DEFENCE MINISTER A B", "GENERAL A B").
LABEL_TITLE_WORDS = frozenset({
    "minister", "defence", "defense", "foreign", "interior", "justice", "prime", "deputy", "president", "vice",
    "spokesman", "spokeswoman", "spokesperson", "general", "colonel", "major", "commander", "chair", "chairman",
    "chairwoman", "chairperson", "director", "secretary", "ambassador", "envoy", "judge", "prosecutor", "senator",
    "governor", "mayor", "mr", "mrs", "ms", "dr", "sir", "dame", "professor", "brigadier", "admiral", "lieutenant",
})


@dataclass(frozen=True)
class Turn:
    """One speaker's turn in a transcript: the text after its label, up to the next label."""

    start: int
    end: int
    speaker: Party | None  # None for the interviewer's questions


def transcript_turns(doc: Doc, resolver: PartyResolver) -> list[Turn]:
    """The turns of an interview or hearing transcript ("Q: … DEFENCE MINISTER A B: …"), each with
    the party whose first person it speaks in: the body a label's role names, else the person."""
    text = doc_text(doc)
    labels = turn_labels(text)
    turns = []
    for label, following in zip(labels, [*labels[1:], None]):
        end = following.start() if following is not None else len(text)
        turns.append(Turn(label.end(), end, _labelled_speaker(doc, resolver, label)))
    return turns


def _labelled_speaker(doc: Doc, resolver: PartyResolver, label: re.Match[str]) -> Party | None:
    name = label.group("name")
    if name in {"Q", "A"}:
        return None
    spans = [s for s in doc_spans(doc, "actors") if label.start() <= s.start_char and s.end_char <= label.end()]
    if any(s.label_ == "media" for s in spans):
        return None  # the outlet asking
    if label.group("role"):  # "A B, chair of the X Commission": the commission speaks
        bodies = [s for s in spans if s.start_char >= label.start("role") and s.label_ in AUTHOR_KINDS - {"state"}]
        if bodies:
            return _as_party(resolver, bodies[0])
    words = [w for w in name.split() if w.lower().strip(".") not in LABEL_TITLE_WORDS]
    if len(words) < 2:
        return None  # "HIGHLAND DISPATCH" has no title; a bare "MINISTER" names no one
    person = " ".join(w.capitalize() for w in words)
    if any(s.label_ == "media" and s.text.casefold() == person.casefold() for s in doc_spans(doc, "actors")):
        return None  # "HIGHLAND DISPATCH:" where the story names the outlet
    return Party(person, "person", name, label.start("name"), label.end("name"))
