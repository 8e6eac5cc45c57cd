"""Reporting frames over the dependency parse: who says, accuses or denies, and about whom.

A *frame* is the verb (or "according to") that attributes a statement to a speaker:
"X said …", "X accused Y of …", "… were found responsible, it alleged", "X rejected the
accusations". Legal terms are attached to the nearest frame above them in the parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from casefile.extract.parties import (
    GENERIC_BODY_NOUNS,
    NAMING_VERBS,
    ORG_KINDS,
    Party,
    PartyResolver,
    deed_which_the_accuser_names,
)
from casefile.nlp.doctext import (
    doc_memo,
    doc_spans,
    next_sentence_in_paragraph,
    sentences_before_in_paragraph,
)
from casefile.nlp.lexicon import LegalLexicon

RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
# Inside quoted words "we" and "I" are the quoted speaker ("'We found …,' the envoy said").
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# Verb-to-verb links across which a verb shares its head's subject ("said and added").
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl"})
# Clauses hanging on a noun: what they name is not the noun's owner.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})
# Verbs of courts and prosecutors; passive without an agent, they still speak for one.
VERDICT_VERBS = frozenset({"find", "convict", "sentence", "charge", "indict"})
# Verbs by which a court or prosecutor issues or seeks a warrant: an accusation of whom it names.
WARRANT_VERBS = frozenset({"issue", "seek", "request", "sign", "approve", "unseal", "file", "bring", "lodge", "submit", "confirm"})
# Verbs by which a prosecutor asks "for" a warrant ("applied for arrest warrants for X").
APPLYING_VERBS = frozenset({"apply", "ask", "petition"})
# What such a verb issues or files against someone: a warrant, an indictment, charges.
CHARGING_DOCUMENTS = frozenset({"warrant", "indictment", "charge", "complaint", "lawsuit"})
# Titles of people who speak for a body or a state rather than in their own right.
SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson", "mouthpiece"})
# Titles of a state's envoys abroad, who speak for the state that sends them ("Xian ambassador A B").
DIPLOMATS = frozenset({"ambassador", "envoy", "delegate", "emissary"})
# Titles of those who speak for a body rather than in their own right ("Xia's agent before the court").
REPRESENTATIVES = DIPLOMATS | frozenset({"agent", "representative", "spokesman", "spokeswoman", "spokesperson"})
# Prepositions that attach a person's title or body to the name ("director at X", "head of X").
TITLE_PREPS = frozenset({"of", "for", "at", "from", "with", "in", "to"})
# Kinds preferred as the organisation a person speaks for (states last).
SPEAKS_FOR_ORDER = ("ngo", "un_body", "court", "government_body", "armed_group", "other", "media", "state")


@dataclass(frozen=True)
class Frame:
    """A verb attributing what follows to ``speakers``; ``kind`` is report, accuse or deny."""

    verb: Token
    kind: str
    speakers: tuple[Party, ...]
    persons: tuple[str | None, ...]


# Verbs by which a body passes on allegations it has received ("raised allegations of … with the Government").
RELAYING_VERBS = frozenset({"raise", "relay", "transmit", "forward"})
# Words of a speaker's concern at a deed ("is concerned at reports of …", "expressed alarm over …").
CONCERNED_WORDS = frozenset({"concerned", "alarmed", "troubled", "disturbed", "appalled", "horrified", "dismayed"})
CONCERN_NOUNS = frozenset({"concern", "alarm", "dismay", "outrage", "horror"})
# Verbs by which a report puts a party on a list for what it did ("listed X for the recruitment of
# children", "X, cited for sexual slavery", "named for abductions"): an accusation, not a report.
LISTING_VERBS = frozenset({"list", "cite", "name", "blacklist"})
# What "hold" must hold someone to, to accuse them.
HELD_TO_ACCOUNT = frozenset({"responsible", "accountable", "liable", "culpable", "guilty"})
# Verbs that lay responsibility on a party ("placed primary responsibility on X", "laid the blame on Y").
PLACING_VERBS = frozenset({"place", "lay", "put", "pin"})
# Verbs that connect a deed to whoever did it ("traced the strike to X's drones", "linked X to the killings").
TRACING_VERBS = frozenset({"trace", "link", "tie", "connect"})
# What a placing verb lays on a party.
PLACED_BURDENS = frozenset({"responsibility", "blame", "onus", "culpability"})


def frame_kind(token: Token, lexicon: LegalLexicon) -> str | None:
    """ "report", "accuse" or "deny" when ``token`` attributes words to a speaker, else None.

    Memoised per Doc and lexicon (:func:`doc_memo`): extraction asks it of every token of a
    sentence several times over (denials, quotes, charges, each climb up the parse).
    """
    kinds = doc_memo(token.doc, "frame_kind")
    key = (token.i, id(lexicon))
    if key not in kinds:
        kinds[key] = (_frame_kind(token, lexicon), lexicon)  # the lexicon kept alive: its id stays its own
    return kinds[key][0]


def _inside_an_act(verb: Token) -> bool:
    """Whether a verb and its object lie inside a named act ("denying humanitarian access")."""
    objects = [t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    return any(
        s.label_ == "act" and s.start <= verb.i < s.end and any(s.start <= o < s.end for o in objects)
        for s in doc_spans(verb.doc, "legal")
    )


def _frame_kind(token: Token, lexicon: LegalLexicon) -> str | None:
    if token.pos_ not in {"VERB", "AUX"} and not _acts_as_verb(token):
        return None
    lemma = token.lemma_.lower()
    if lemma in lexicon.deny_verbs:
        return None if _inside_an_act(token) else "deny"  # "were denying humanitarian access": a deed
    if lemma in lexicon.accuse_verbs:
        if lemma == "hold" and not _held_to_account(token):
            if any(c.dep_ == "ccomp" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children) for c in token.children):
                return "report"  # "the Court held that X had violated …": a court's finding
            return None  # "X holds 9,000 prisoners": only "holds Y responsible" accuses
        return "accuse"
    if lemma in LISTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return "accuse"  # "the report lists X for recruiting children", "X remains listed for abduction"
    if lemma in ENTERING_VERBS and _entered_on_a_list_for(token):
        return "accuse"  # "the annex keeps X on the list for recruiting children", "added X to its annex for …"
    if lemma in lexicon.report_verbs:
        if lemma == "answer" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
            return None  # "X should answer for war crimes": to be held to account, not a reply
        if lemma == "recall" and not any(c.dep_ == "ccomp" for c in token.children):
            return None  # "X recalled its ambassador": only "X recalls that …" reports
        if lemma == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
            return None  # "the findings added to the Kingdom's war crimes": adds up, says nothing
        return "report"
    if lemma == "make" and any(c.lower_ == "clear" and c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} for c in token.children):
        return "report"  # "X made it clear that …"
    if _voices_concern(token):
        return "report"  # "the Committee is concerned at reports of torture by X", "X expressed alarm over …"
    if lemma in RELAYING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.accusation_nouns for c in token.children):
        return "report"  # "the Rapporteur raised allegations of torture by X with the Government"
    if lemma in WARRANT_VERBS | APPLYING_VERBS and warrant_of(token) is not None:
        return "accuse"  # "the court issued arrest warrants for X"
    if lemma in PLACING_VERBS and placed_on(token):
        return "accuse"  # "the Commission placed primary responsibility on X"
    if lemma in TRACING_VERBS and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in token.children):
        return "accuse"  # "the investigation traced the strike to X", "linked the drones to the attacks"
    if lemma in SEEKING_VERBS and token.dep_ == "acl" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children):
        return "accuse"  # "the count of extermination sought by the Prosecution": the prosecution's charge
    if lemma in OPENING_VERBS and token.tag_ != "VB" and _opens_inquiry_into(token):  # not "should … initiate"
        return "report"  # "X opened an investigation into whether Y committed war crimes": X's (hedged) suspicion
    return None


# Verbs that put a party on a list, or keep it there.
ENTERING_VERBS = frozenset({"keep", "put", "add", "place", "include", "retain"})
# What a party is entered on.
LIST_NOUNS = frozenset({"list", "annex", "blacklist"})


def _entered_on_a_list_for(verb: Token) -> bool:
    """ "keeps X on the list for recruiting children": a list, and what the party is on it for
    (the parser hangs both on the verb, on its object or on the list)."""
    lists = [t for t in verb.subtree if t.lemma_.lower() in LIST_NOUNS and t.dep_ == "pobj" and t.head.lower_ in {"on", "to", "in"}]
    return bool(dependents(verb, {"dobj"})) and any(
        c.dep_ == "prep" and c.lower_ == "for" for h in (verb, *lists) for c in h.children
    )


def listed_by_no_one(verb: Token, lexicon: LegalLexicon) -> bool:
    """ "X remains listed for abductions", "Y, cited for sexual slavery": a listing with no lister
    named on it, whose subject (or noun) is the party listed, not a speaker."""
    return is_listed(verb, lexicon) and not dependents(verb, {"agent"})


def is_listed(verb: Token, lexicon: LegalLexicon) -> bool:
    """ "X remains listed for abductions", "Y, cited (by Z) for sexual slavery": a participle of
    listing whose subject (or noun) is the party listed."""
    if verb.lemma_.lower() not in LISTING_VERBS or frame_kind(verb, lexicon) != "accuse":
        return False
    reduced = verb.dep_ in {"acl", "advcl"} and verb.tag_ in {"VBN", "VBD"} and not dependents(verb, {"nsubj"})  # "X, cited for …"
    return is_passive(verb) or reduced or (verb.tag_ == "VBN" and remains_so(verb))


def remains_so(participle: Token) -> bool:
    """ "X remain listed": a participle the parser hung on "remain" as its complement."""
    return participle.dep_ in {"acomp", "xcomp", "oprd"} and participle.head.lemma_.lower() in {"remain", "stay", "be", "become"}


def _voices_concern(verb: Token) -> bool:
    """ "is (deeply) concerned at/about/by …", "expressed concern/alarm over …": a body telling what
    it is concerned about (treaty bodies, monitors) tells the deed it names."""
    lemma = verb.lemma_.lower()
    if verb.lower_ in CONCERNED_WORDS and is_passive(verb):  # "X is concerned at …", parsed as a passive
        held = [verb]
    elif lemma == "be":
        held = [c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.lower_ in CONCERNED_WORDS]
    elif lemma in {"express", "voice", "raise", "reiterate"}:
        held = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CONCERN_NOUNS]
    else:
        held = []
    return any(p.dep_ == "prep" and p.lower_ in {"at", "about", "by", "over", "regarding"} for h in held for p in [*h.children, *verb.children])


def _held_to_account(hold: Token) -> bool:
    """ "holds Y responsible", also when the parser hangs "responsible" on Y as its modifier."""
    objects = [c for c in hold.children if c.dep_ == "dobj"]
    return any(c.lower_ in HELD_TO_ACCOUNT for c in [*hold.children, *(m for o in objects for m in o.children if m.dep_ == "amod")])


# Verbs by which a party asks a court for a charge ("the count of extermination sought by the Prosecution").
SEEKING_VERBS = frozenset({"seek", "request", "propose", "bring", "file", "lay"})


# Verbs by which a body starts an inquiry.
OPENING_VERBS = frozenset({"open", "launch", "begin", "start", "announce", "order", "initiate"})
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "examination"})


def _opens_inquiry_into(verb: Token) -> bool:
    """ "opened a criminal investigation into whether …": an inquiry object with its "into"."""
    return any(
        o.lemma_.lower() in INQUIRY_NOUNS and any(p.dep_ == "prep" and p.lower_ == "into" for p in [*o.children, *verb.children])
        for o in verb.children if o.dep_ == "dobj"
    )  # the parser hangs "into" on the noun or on the verb


def placed_on(verb: Token) -> list[Token]:
    """Whom a placing verb lays responsibility or blame on ("placed responsibility on X and Y"):
    the objects of its "on", hung on the verb or on the burden."""
    burdens = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PLACED_BURDENS]
    if not burdens:
        return []
    return [o for h in (verb, *burdens) for p in h.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"} for o in p.children if o.dep_ == "pobj"]


def warrant_of(verb: Token) -> Token | None:
    """The warrant or charge a verb issues, seeks or files ("issued arrest warrants for X",
    "filed an indictment against X"), if any; "accused X of …, the sharpest charge yet" files none."""
    if verb.lemma_.lower() in APPLYING_VERBS:  # "applied for arrest warrants for X"
        asked = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        return next((o for o in asked if o.lemma_.lower() in CHARGING_DOCUMENTS), None)
    if verb.lemma_.lower() not in WARRANT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in CHARGING_DOCUMENTS), None)


def _acts_as_verb(token: Token) -> bool:
    """A word mis-tagged as a noun that heads a clause with its own subject ("… X strongly rejects")."""
    return token.dep_ in {"relcl", "ccomp", "advcl", "ROOT"} and any(c.dep_ == "nsubj" for c in token.children)


def is_passive(verb: Token) -> bool:
    """ "was killed", and "were arrested and tortured by X": a participle coordinated with a
    passive shares its auxiliary."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head != verb and is_passive(verb.head) and not dependents(verb, {"nsubj", "aux"})


def dependents(verb: Token, deps: set[str] | frozenset[str]) -> list[Token]:
    """Children of ``verb`` with one of ``deps``, also where the parser hung them on its auxiliary."""
    found = []
    for child in verb.children:  # one pass: spaCy builds the children anew on every walk
        dep = child.dep_
        if dep in deps:
            found.append(child)
        if dep in AUXILIARY_DEPS:
            found.extend(c for c in child.children if c.dep_ in deps)
    return sorted(found, key=lambda t: t.i)


def find_frame(token: Token, resolver: PartyResolver) -> Frame | None:
    """The nearest attributing verb governing ``token`` (climbing the parse), with its speakers."""
    lexicon = resolver.lexicon
    for child in token.subtree:  # "the crimes (against humanity) cited by X"
        near = child.head.i - token.i <= 3 or child.lemma_.lower() in SEEKING_VERBS  # "the crime against humanity of X sought by"
        if child.dep_ == "acl" and child.i > token.i and near and frame_kind(child, lexicon):
            frame = _frame_for(child, resolver)
            if frame:
                return frame
    node = token
    while True:
        kind = frame_kind(node, lexicon)
        if kind and node != token and not _conduct_as_evidence(node, resolver) and not listed_by_no_one(node, lexicon):
            frame = _frame_for(node, resolver)
            if frame:
                return (
                    _relayed(frame, token, resolver) or _team_of_outer_speaker(frame, resolver)
                    or _member_naming_in_bodys_accusation(frame, resolver) or _namer_of_what_the_doer_did(frame, resolver)
                    or frame
                )
        documented = _documented_by(node, token, resolver) or _finding_of_its_possessor(node, token, resolver)
        if documented is not None:
            return documented
        aside = _parenthetical_frame(node, resolver) or _attribution_hung_as_adverbial(node, token, resolver)
        if aside is not None:
            return aside
        if node.head == node:
            break
        node = node.head
    return (
        according_to(token, resolver) or _trailing_attribution(token, resolver) or _attribution_hung_as_relative(token, resolver)
        or _verdict_of_a_court(token, resolver) or _accusation_by_named_author(token, resolver)
        or _finding_before_semicolon(token, resolver)
    )


# Accusation nouns that state their possessor's own claim ("X's findings of … by Y").
CLAIM_NOUNS = frozenset({
    "accusation", "allegation", "charge", "claim", "finding", "conclusion", "assertion", "contention", "insistence",
})


def _finding_of_its_possessor(node: Token, token: Token, resolver: PartyResolver) -> Frame | None:
    """ "Analysts say the policy deflects attention from the Commission's findings of crimes
    against humanity by Y", "A's insistence that Y is a terrorist group has helped …": a claim noun
    with a named possessor, the term in its "of" phrase or its "that" clause, is the possessor's
    claim, whoever cites it further up."""
    if node is token or node.pos_ != "NOUN" or node.lemma_.lower() not in CLAIM_NOUNS:
        return None
    owner = next((c for c in node.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    content = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"]
    content += [c for c in node.children if c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    said = any(token in c.subtree for c in content)
    if owner is None or not said or frame_kind(node.head, resolver.lexicon) == "deny":
        return None  # "X dismissed Y's findings of …": the denial reads Y's claim with it
    author = resolver.owner(node)
    return Frame(node, "report", (author,), (None,)) if author is not None and author.kind != "place" else None


def _finding_before_semicolon(token: Token, resolver: PartyResolver) -> Frame | None:
    """ "X examined the strikes and concluded that …; such strikes may constitute war crimes": the
    parser hangs the reporting clause before the semicolon on the verb after it; the clause after
    the semicolon goes on with the same speaker's finding."""
    root = token.sent.root
    semicolons = [c for c in root.children if c.text == ";" and c.i < token.i]
    if not semicolons:
        return None
    for clause in (c for c in root.children if c.dep_ in {"ccomp", "parataxis"} and c.i < semicolons[0].i):
        for verb in (clause, *clause.conjuncts):
            if frame_kind(verb, resolver.lexicon) == "report":
                frame = _frame_for(verb, resolver)
                if frame:
                    return frame
    return None


def _accusation_by_named_author(token: Token, resolver: PartyResolver) -> Frame | None:
    """ "X's accusations of war crimes against Y drew an angry response", "accusations of pillage
    against Y made earlier this year by X": an accusation noun whose author is named on it,
    with no verb above to tell it, is the author's claim."""
    for noun in token.ancestors:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in resolver.lexicon.accusation_nouns:
            continue
        if noun.lemma_.lower() in DOCUMENT_NOUNS:
            return None  # "her report, which lays bare …": a document's content is told by whoever cites it
        author = _author_named_on(noun, resolver)
        if author is not None and author.kind not in {"place"}:
            return Frame(noun, "report", (author,), (None,))
        return None
    return None


# Verbs by which an accusation is put forward ("accusations … made by X", "charges levelled by X").
LEVELLING_VERBS = frozenset({"make", "level", "bring", "raise", "lodge", "file", "voice"})


def _author_named_on(noun: Token, resolver: PartyResolver) -> Party | None:
    """The author an accusation noun names itself: "X's accusations", "accusations by X", "made by X"."""
    owner = resolver.owner(noun)
    if owner is not None:
        return owner
    for clause in (c for c in noun.subtree if c.dep_ == "acl" and (c.head == noun or c.lemma_.lower() in LEVELLING_VERBS)):
        for agent in (a for a in clause.children if a.dep_ == "agent"):  # "made by X", however far the parser hung it
            found = resolver.by_parties(agent)
            if found:
                return found[0]
    for document in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"):
        if document.lemma_.lower() in DOCUMENT_NOUNS:  # "the findings against X in the latest report of Y": Y's
            return author_of(document, resolver)
    return None


# Verbs by which a fact, not a speaker, points to something ("the strikes reveal a pattern").
EVIDENTIAL_VERBS = frozenset({"reveal", "show", "indicate", "suggest", "demonstrate", "point", "confirm", "prove"})


def _conduct_as_evidence(verb: Token, resolver: PartyResolver) -> bool:
    """ "Rocket fire by X … reveals a pattern of attacks that may constitute war crimes, Y said":
    conduct that reveals something is no speaker; the teller is further up."""
    if verb.lemma_.lower() not in EVIDENTIAL_VERBS:
        return False
    words = resolver.lexicon.parties
    subjects = dependents(verb, {"nsubj"})
    return bool(subjects) and all(
        s.lemma_.lower() in words.conduct | words.incidents | {"fire"} or resolver.in_legal_term(s) for s in subjects
    )


def _parenthetical_frame(node: Token, resolver: PartyResolver) -> Frame | None:
    """ "Most of the shootings, monitors say, were the work of X": a reporting verb set
    off by commas inside the clause it reports ("parataxis") frames the whole clause."""
    if node.pos_ not in {"VERB", "AUX"}:
        return None
    for aside in node.children:
        if aside.dep_ == "parataxis" and frame_kind(aside, resolver.lexicon) == "report":
            if _speaker_recalled_inside_a_frame(aside, node, resolver):
                return None
            return _frame_for(aside, resolver)
    return None


def _speaker_recalled_inside_a_frame(aside: Token, node: Token, resolver: PartyResolver) -> bool:
    """ "X accused the army of holding them in a quarry where, she said, many were tortured":
    a pronoun's "she said" inside a clause an outer verb already attributes, a clause that names
    no doer of its own, only recalls that verb's speaker, so the outer frame, with its accused, governs."""
    subjects = dependents(aside, {"nsubj"})
    if not subjects or any(s.pos_ != "PRON" for s in subjects):
        return False
    if dependents(node, {"nsubj"}):  # "… commanders who, he said, had organised the bombing": the aside names the doer's deed
        return False
    return any(frame_kind(above, resolver.lexicon) for above in node.ancestors)


def _attribution_hung_as_adverbial(node: Token, token: Token, resolver: PartyResolver) -> Frame | None:
    """ "X committed war crimes, the group reported on Thursday": the closing attribution,
    which the parser sometimes hangs on the clause it reports as an adverbial clause."""
    if node.pos_ not in {"VERB", "AUX"} or node.head != node:
        return None
    for clause in node.children:
        if (
            clause.dep_ == "advcl" and clause.i > token.i and frame_kind(clause, resolver.lexicon) == "report"
            and "," in {clause.left_edge.text, clause.doc[max(clause.left_edge.i - 1, 0)].text}
            and dependents(clause, {"nsubj"})
        ):
            return _frame_for(clause, resolver)
    return None


def _documented_by(node: Token, token: Token, resolver: PartyResolver) -> Frame | None:
    """ "killings, torture …, all of which has been documented by X": a passive reporting verb
    in a relative clause after the conduct, with its agent, attributes the conduct to X."""
    for clause in node.children:
        if (
            clause.dep_ == "relcl" and clause.i > token.i and is_passive(clause)
            and frame_kind(clause, resolver.lexicon) == "report"
            and any(c.dep_ == "agent" for c in clause.children)
        ):
            return _frame_for(clause, resolver)
    return None


def _trailing_attribution(token: Token, resolver: PartyResolver) -> Frame | None:
    """ "[claim], the head of X told the council": a subjectless reporting verb after the claim,
    whose speaker the parser left between the last comma and the verb."""
    sent = token.sent
    for verb in sent:
        if verb.i <= token.i or frame_kind(verb, resolver.lexicon) != "report" or is_passive(verb):
            continue
        if dependents(verb, {"nsubj", "nsubjpass", "csubj"}):
            continue
        comma = next((t for t in reversed(sent.doc[sent.start : verb.i]) if t.text == ","), None)
        if comma is None or comma.i <= token.i:
            continue
        if comma.i == verb.i - 1:  # "…, concluded the commission": the parser made the speaker an object
            for obj in (c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.i > verb.i):
                party, person = speaker_and_person(obj, resolver)
                if party is not None:
                    return Frame(verb, "report", (party,), (person,))
        words = [t for t in sent.doc[comma.i + 1 : verb.i] if t.pos_ in {"NOUN", "PROPN"}]
        heads = [t for t in words if not (t.head.i > comma.i and t.head.i < verb.i and t.head in words)]
        for head in heads[:1]:
            party, person = speaker_and_person(head, resolver)
            if party is not None:
                return Frame(verb, "report", (party,), (person,))
    return None


def _attribution_hung_as_relative(token: Token, resolver: PartyResolver) -> Frame | None:
    """ "X tortured detainees at Fort Y, a Z investigation has found": a closing attribution with
    its own subject, which the parser hung on the last noun as a relative clause, or joined to the
    claim as a second clause with no "and"."""
    for verb in (t for t in token.sent if t.i > token.i and t.dep_ in {"relcl", "conj"} and not is_passive(t)):
        if frame_kind(verb, resolver.lexicon) != "report" or verb.dep_ == "conj" and any(
            c.dep_ == "cc" for c in [*verb.children, *verb.head.children]
        ):
            continue
        subjects = dependents(verb, {"nsubj"})
        if not subjects or subjects[0].lower_ in RELATIVE_PRONOUNS:
            continue
        before = subjects[0].left_edge.i - 1
        if before > token.i and verb.doc[before].text == "," and verb.right_edge.i >= verb.sent.end - 2:
            return _frame_for(verb, resolver)
    return None


def _verdict_of_a_court(token: Token, resolver: PartyResolver) -> Frame | None:
    """ "X was found guilty of / convicted of / charged with …" with no agent: a court or
    prosecutor the story names said so (only such bodies convict and charge)."""
    node = token
    while node.head != node:
        node = node.head
        if is_passive(node) and node.lemma_.lower() in VERDICT_VERBS and not any(c.dep_ == "agent" for c in node.children):
            court = resolver.latest_of(node, frozenset({"court"}))
            if court is not None:
                return Frame(node, "accuse", (court,), (None,))
            return None
    return None


def _relayed(frame: Frame, token: Token, resolver: PartyResolver) -> Frame | None:
    """ "X said [the words], Y reported": Y only relays; X, whose verb comes first, is the speaker.

    The parser often hangs the trailing "Y reported" under "said"; the words then climb to
    Y's verb first.
    """
    verb = frame.verb
    head = verb.head
    if verb.dep_ != "ccomp" or verb.i < token.i or head.i > token.i or not frame_kind(head, resolver.lexicon):
        return None
    return _frame_for(head, resolver)


def _team_of_outer_speaker(frame: Frame, resolver: PartyResolver) -> Frame | None:
    """ "X told reporters the team had found …": an unnamed "the team" or "the mission" in
    words a speaker reports is the speaker's own body, not the last body the story named; so are
    bare "investigators" or "experts" ("its chair said investigators had established …")."""
    verb = frame.verb
    if verb.dep_ != "ccomp" or not frame_kind(verb.head, resolver.lexicon):
        return None
    subjects = frame_subjects(verb, resolver)
    references = resolver.lexicon.parties.org_references
    if not subjects or not all(
        s.lower_ in references and not any(t.pos_ == "PROPN" for t in s.subtree) and (
            any(c.lower_ in {"the", "its", "our", "their"} for c in s.children)
            or (s.tag_ == "NNS" and not list(s.children) and resolver.actor_span(s) is None)
        )
        for s in subjects
    ):
        return None
    outer = _frame_for(verb.head, resolver)
    if outer is None or any(p.kind == "person" for p in outer.speakers):
        return None
    return Frame(verb, frame.kind, outer.speakers, outer.persons)


# Verbs that give a deed its name in a free relative ("what it called a genocide").
LABELLING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "characterise", "characterize"})


def _namer_of_what_the_doer_did(frame: Frame, resolver: PartyResolver) -> Frame | None:
    """ "X asked the court to order Y to halt what it called a genocide": "it" is not Y, whose deed is
    being named, but the sentence's subject, X, who names it."""
    verb = frame.verb
    subjects = dependents(verb, {"nsubj"})
    if verb.lemma_.lower() not in LABELLING_VERBS or [s.lower_ for s in subjects] not in (["it"], ["they"]):
        return None
    if not any(c.lower_ == "what" and c.dep_ == "dobj" for c in verb.children) or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    deed = verb.head  # "order Y to halt what …": Y halts (object control)
    named = dependents(deed, {"nsubj"}) or (dependents(deed.head, {"dobj"}) if deed.dep_ == "xcomp" else [])
    doers = {p.name for s in named for p in [resolver.party(s) or resolver.actor_party(s)] if p}
    if not doers:
        return None
    root = verb.sent.root
    outer = _frame_for(root, resolver) if root != verb and frame_kind(root, resolver.lexicon) else None
    if outer is None:
        namers = [p for s in dependents(root, {"nsubj"}) for p in [resolver.party(s) or resolver.actor_party(s)] if p and p.name not in doers]
        return Frame(verb, frame.kind, tuple(namers), (None,) * len(namers)) if namers else None
    if doers & {p.name for p in outer.speakers}:
        return None
    return Frame(verb, frame.kind, outer.speakers, outer.persons)


def _member_naming_in_bodys_accusation(frame: Frame, resolver: PartyResolver) -> Frame | None:
    """ "The ministry blamed X for what deputy minister A called a terrorist massacre": a member of
    the accusing body naming the deed in a free relative speaks for the body's accusation."""
    verb = frame.verb
    if verb.lemma_.lower() not in LABELLING_VERBS:
        return None
    if verb.dep_ not in {"advcl", "pcomp"} or not any(t.lower_ == "what" and t.i < verb.i for t in verb.subtree):
        return None
    if len(frame.speakers) != 1 or frame.speakers[0].kind != "person" or not frame.speakers[0].part_of:
        return None
    outer = next((a for a in verb.ancestors if frame_kind(a, resolver.lexicon) in {"accuse", "report"}), None)
    outer_frame = _frame_for(outer, resolver) if outer is not None else None
    if outer_frame is None or frame.speakers[0].part_of not in {p.name for p in outer_frame.speakers}:
        return None
    return Frame(outer, outer_frame.kind, outer_frame.speakers, (frame.speakers[0].name,) * len(outer_frame.speakers))


# Nouns of opinion in "in X's view", "in the view of X".
VIEW_NOUNS = frozenset({"view", "views", "opinion", "assessment", "judgment", "judgement", "eyes"})


def according_to(token: Token, resolver: PartyResolver) -> Frame | None:
    """ "according to X", "in the view of X", "in X's view", "as far as X is concerned"
    anywhere in the sentence name the speaker."""
    for word in token.sent:
        for holder in _holders_of_the_view(word):
            speaker = speaker_party(holder, resolver)
            if speaker:
                return Frame(word, "report", (speaker,), (None,))
    return None


def _holders_of_the_view(word: Token) -> list[Token]:
    if word.lower_ == "according":
        return [pobj for to in word.children for pobj in to.children if pobj.dep_ == "pobj"]
    if word.lower_ in VIEW_NOUNS and word.dep_ == "pobj" and word.head.lower_ == "in":
        owners = [c for c in word.children if c.dep_ == "poss"]  # "in X's view"
        owners += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return owners
    if word.lemma_.lower() == "concern" and _as_far_as(word):  # "as far as X is concerned"
        return dependents(word, {"nsubjpass"})
    return []


def _as_far_as(word: Token) -> bool:
    marked = any(c.lower_ == "as" and c.dep_ == "mark" for c in word.children)
    return marked and any(c.lower_ == "far" for c in word.head.subtree if c.i < word.i)


def _frame_for(verb: Token, resolver: PartyResolver) -> Frame | None:
    kind = frame_kind(verb, resolver.lexicon)
    subjects = frame_subjects(verb, resolver)
    if not subjects:
        return None
    if all(s.lower_ in FIRST_PERSON for s in subjects):
        outer = _quoting_frame(verb, resolver) or _closing_attribution(verb, resolver)
        if outer is not None:
            return Frame(verb, kind or "report", outer.speakers, outer.persons)
    pair = _pair_who_spoke_before(subjects, resolver)
    if pair:  # "…, the two organisations said": both bodies that spoke before
        return Frame(verb, kind or "report", pair, (None,) * len(pair))
    speakers, persons = [], []
    for subject in subjects:
        several = _holders_of_several(subject, resolver)
        if several:  # "the foreign ministers of A, B and C said": each state
            speakers += several
            persons += [None] * len(several)
            continue
        party, person = speaker_and_person(person_named_next(subject, resolver) or subject, resolver)
        if party is None:
            party, person = _body_named_next(subject, resolver), None
        if party is not None:
            speakers.append(party)
            persons.append(person)
    if not speakers:
        return None
    return Frame(verb, kind or "report", tuple(speakers), tuple(persons))


def _holders_of_several(subject: Token, resolver: PartyResolver) -> tuple[Party, ...]:
    """ "The foreign ministers of A, B and C", "the leaders of A and B": a plural title held in
    several bodies speaks for each of them; so does "they" after it in the sentence."""
    if subject.lower_ == "they":
        before = [t for t in subject.sent if t.i < subject.i and t.dep_ == "nsubj" and t.tag_ == "NNS"]
        return _holders_of_several(before[-1], resolver) if before else ()
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in OFFICE_TITLES | PLURAL_OFFICE_TITLES:
        return ()
    bodies = [
        o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
        for pobj in p.children if pobj.dep_ == "pobj" for o in (pobj, *pobj.conjuncts)
    ]
    parties = [resolver.party(o) or resolver.actor_party(o) for o in bodies]
    if len(parties) < 2 or any(p is None or p.kind in {"person", "place"} for p in parties):
        return ()
    return tuple(p for p in parties if p is not None)


def _authors_after(by: Token, resolver: PartyResolver) -> tuple[Party, ...]:
    """The bodies a "by" names, also where the parser hung one name inside the other."""
    found = resolver.by_parties(by)
    if len(found) > 1:
        return found
    spans = [
        s for s in doc_spans(by.doc, "actors")
        if by.i < s.start and s.end <= by.right_edge.i + 1 and s.root.dep_ != "amod" and s.label_ not in {"person", "place"}
    ]
    return tuple(Party(s.kb_id_, s.label_, s.text, s.start_char, s.end_char, resolver.gazetteer_parent.get(s.kb_id_)) for s in spans)


def _pair_who_spoke_before(subjects: list[Token], resolver: PartyResolver) -> tuple[Party, ...]:
    """ "the two organisations said", "both groups said": the two bodies named together as the
    subjects of the latest reporting verb before the sentence."""
    if len(subjects) != 1:
        return ()
    subject = subjects[0]
    words = resolver.lexicon.parties
    plural = subject.tag_ == "NNS" and subject.lemma_.lower() in words.org_references | words.groups
    counted = any(c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet"} for c in subject.children)
    if not plural or not counted or resolver.actor_span(subject) is not None:
        return ()
    for by in (t for t in subject.sent if t.i < subject.i and t.dep_ == "agent"):
        authors = {p.name: p for p in _authors_after(by, resolver) if p.kind != "person"}
        if len(authors) == 2:  # "Of the cases registered by A and B, the two groups attribute …"
            return tuple(authors.values())
    for verb in reversed(subject.doc[: subject.i]):  # "A and B recorded …, the two organisations said": also earlier in the sentence
        if frame_kind(verb, resolver.lexicon) != "report":
            continue
        tellers = frame_subjects(verb, resolver)
        bodies = [speaker_party(s, resolver) for s in tellers if resolver.actor_span(s) is not None]
        bodies += [  # "a joint investigation by A and B documented …": its authors
            p for s in tellers if s.lemma_.lower() in resolver.lexicon.accusation_nouns
            for by in s.children if by.dep_ == "prep" and by.lower_ == "by" for p in _authors_after(by, resolver)
        ]
        named: dict[str, Party] = {}
        for body in (p for p in bodies if p is not None and p.kind != "person"):
            named.setdefault(body.name, body)  # as first named: "X (XW)" is X, however it is later abbreviated
        if len(named) == 2:
            return tuple(named.values())
    return ()


# Nouns of office that describe one person ("the U.N. rights chief", "a UN expert").
PERSON_TITLES = frozenset({
    "chief", "expert", "rapporteur", "envoy", "official", "head", "commissioner", "director",
    "spokesman", "spokeswoman", "spokesperson", "prosecutor", "investigator", "representative", "ambassador",
})


def person_named_next(subject: Token, resolver: PartyResolver) -> Token | None:
    """ "The U.N. rights chief said … . Michelle B also called …": a speaker described by the
    title of one unnamed person is the person the next sentence of the paragraph names as its subject."""
    if subject.lower_ not in PERSON_TITLES | {"lawyer", "counsel", "attorney", "advocate"} or any(
        (s := resolver.actor_span(t)) is not None and s.label_ == "person" for t in subject.subtree
    ):
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        return None  # "X's prosecutor, A B, said …": named here, whatever the gazetteer knows
    following = next_sentence_in_paragraph(subject.sent)
    if following is None:
        return None
    for token in following:
        if token.dep_ == "nsubj" and token.head == following.root:
            span = resolver.actor_span(token)
            return token if span is not None and span.label_ == "person" else None
    return None


# Nouns by which a story first describes a body it names later ("a rights organisation").
BODY_DESCRIPTIONS = frozenset({"organization", "organisation", "group", "ngo", "watchdog", "charity", "monitor"})


def _body_named_next(subject: Token, resolver: PartyResolver) -> Party | None:
    """ "A Xian human rights organisation counted … . '…,' the Collective for Y said": a body
    introduced by an indefinite description is the one named as speaker in the next sentence."""
    if subject.lower_ not in BODY_DESCRIPTIONS or not any(c.lower_ in {"a", "an"} for c in subject.children):
        return None
    following = next_sentence_in_paragraph(subject.sent)
    if following is None:
        return None
    for verb in following:
        if frame_kind(verb, resolver.lexicon) != "report":
            continue
        for named in dependents(verb, {"nsubj"}):
            party = speaker_party(named, resolver)
            if party is not None and party.kind in ORG_KINDS:
                return party
    return None


def _closing_attribution(verb: Token, resolver: PartyResolver) -> Frame | None:
    """ "'We do not say …. What we have seen …,' X said": a quote of several sentences is
    attributed after it closes; its first person is X (the same paragraph only)."""
    doc = verb.doc
    opened = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.text in {'"', "“"}), None)
    if opened is None:
        return None
    for token in doc[verb.i + 1 :]:
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
        if token.text in {'"', "”"} and token.i > verb.sent.end - 1:
            for after in doc[token.i + 1 : token.sent.end]:
                if frame_kind(after, resolver.lexicon) == "report" and not all(
                    s.lower_ in FIRST_PERSON for s in dependents(after, {"nsubj"})
                ):
                    subjects = frame_subjects(after, resolver)
                    pairs = [speaker_and_person(s, resolver) for s in subjects]
                    found = [(p, person) for p, person in pairs if p is not None]
                    if found:
                        return Frame(after, "report", tuple(p for p, _ in found), tuple(person for _, person in found))
            return None
    return None


def frame_of_any_verb(verb: Token, resolver: PartyResolver) -> Frame | None:
    """The speakers of a verb that is no reporting verb but makes a claim its subject's own
    ("X endorsed the findings"), as a report."""
    return _frame_for(verb, resolver)


def frame_of_verb(verb: Token, resolver: PartyResolver) -> Frame | None:
    """The frame ``verb`` itself opens, when it attributes words to a speaker."""
    return _frame_for(verb, resolver) if frame_kind(verb, resolver.lexicon) else None


def _quoting_frame(verb: Token, resolver: PartyResolver) -> Frame | None:
    """The frame that reports the words in which ``verb`` speaks in the first person."""
    node = verb
    while node.head != node:
        node = node.head
        if frame_kind(node, resolver.lexicon):
            frame = _frame_for(node, resolver)
            if frame is not None:
                return frame
    return None


# "The evidence leads / led X to conclude …": X concludes (object control).
LEADING_VERBS = frozenset({"lead", "prompt", "cause", "compel", "force", "persuade", "bring"})
# "X has grounds / reason / a basis to believe …": the holder of the grounds believes.
GROUNDS_NOUNS = frozenset({"ground", "grounds", "reason", "basis"})


def _description_before_its_name(subject: Token, subjects: list[Token], resolver: PartyResolver) -> bool:
    """A body noun as subject whose phrase runs straight into another subject, a name ("the charity X")."""
    return subject.lower_ in resolver.lexicon.parties.org_references and not subject.right_edge.is_punct and any(
        other.pos_ == "PROPN" and other.left_edge.i == subject.right_edge.i + 1 for other in subjects if other is not subject
    )


def frame_subjects(verb: Token, resolver: PartyResolver) -> list[Token]:
    """The tokens naming who speaks: the subject, the agent of a passive, or the author of a report."""
    if verb.lemma_.lower() == "quote":  # "Y was quoted as saying", "X quoted Y as calling …": Y speaks, X passes it on
        return _with_conjuncts(dependents(verb, {"dobj"}) or dependents(verb, {"nsubjpass"}))
    active = verb.tag_ == "VBG" and bool(dependents(verb, {"dobj"}))  # "calling the blast an act of terror by X": X did it
    for child in verb.children:  # "… cited by X", "… was documented by X"
        if child.dep_ == "agent" and not active:
            return _with_conjuncts([c for c in child.children if c.dep_ == "pobj"])
    if is_passive(verb) and verb.lower_ in CONCERNED_WORDS:
        return _with_conjuncts(dependents(verb, {"nsubjpass"}))  # "the Board is concerned at …": the Board
    if is_passive(verb) and frame_kind(verb, resolver.lexicon) != "report":
        return []
    subjects = []
    named = dependents(verb, {"nsubj", "csubj"})
    if len(named) > 1:  # "Meeting in exile in the Xian capital, the Y Congress accused …": the participle opens, Y speaks
        named = [s for s in named if s.tag_ != "VBG"] or named
    if len(named) > 1 and deed_which_the_accuser_names(verb, resolver.lexicon.report_verbs, resolver.lexicon.accuse_verbs):
        named = [s for s in named if s.lower_ not in {"which", "that"}]  # "a siege, which it said amounted to …": "it" says
    if len(named) > 1:  # "the medical charity X Medics said", split in two subjects: the description is X's
        named = [s for s in named if not _description_before_its_name(s, named, resolver)]
    for subject in named:
        if _in_dateline(subject):  # "PLACE (AGENCY) – X …": X, which the parser hung on the place
            found = [c for c in subject.children if c.dep_ == "appos" and not _in_dateline(c)]
            found = found or [  # "PLACE, 3 December – The Prosecutor …": hung on the date
                t for t in subject.subtree if t.dep_ in {"appos", "conj"} and not _in_dateline(t) and _in_dateline(t.head)
            ][:1]
            subjects.extend(found)
        elif _names_a_place_said_before(subject):  # "Meeting in the capital, Z, the X Congress accused …": X
            subjects.extend(c for c in subject.children if c.dep_ == "appos")
        else:
            subjects.append(subject)
    if not subjects and verb.dep_ in {"advcl", "parataxis"} and frame_kind(verb, resolver.lexicon) == "report":
        subjects = _speaker_hung_as_apposition(verb, resolver)
    if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subjects = [verb.head]  # "the West, which also accuses …"
        words = resolver.lexicon.parties
        if verb.head.dep_ == "appos" and verb.head.lower_ in words.org_references | words.groups and resolver.actor_span(verb.head) is None:
            subjects = [verb.head.head]  # "X, a Y-based monitor, which found …": X
    if subjects:
        return _list_head(verb, subjects) + _with_conjuncts(subjects) + _with_conjuncts(_as_did(verb))
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in LEADING_VERBS and dependents(verb.head, {"dobj"}):
        return _with_conjuncts(dependents(verb.head, {"dobj"}))  # "the evidence leads the commission to conclude …"
    if verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in GROUNDS_NOUNS and verb.head.dep_ == "dobj" and (
        verb.dep_ == "acl" or not any(s.pos_ == "PRON" for s in dependents(verb.head.head, {"nsubj"}))
    ):
        return frame_subjects(verb.head.head, resolver)  # "X has reasonable grounds to believe …": X believes
    named = verb.tag_ == "VBN" and verb.lemma_.lower() in NAMING_VERBS and not dependents(verb, {"agent"})
    if verb.dep_ == "acl" and not named:  # ("residents deemed disloyal": what is deemed, never who deems it)
        if verb.head.lemma_.lower() in DECISION_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            owners = [c for c in verb.head.children if c.dep_ == "poss"]
            if owners:  # "X's decision to list the movement as a terrorist organisation": X lists it
                return _with_conjuncts(owners)
        return _petitioners(verb.head) or [verb.head]  # "a report alleging …", "the crimes cited by …"
    if (
        verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and frame_kind(verb, resolver.lexicon) in {"accuse", "deny"}
        and frame_kind(verb.head, resolver.lexicon) is None and frame_kind(verb.head.head, resolver.lexicon) == "report"
    ):  # "X said the jets had hit a command post and accused the rebels of …": X accuses, not the jets
        return frame_subjects(verb.head.head, resolver)
    teller = _reporting_ancestor(verb, resolver)
    if teller is not None:  # "He said X's raids could amount to war crimes, adding that …": he adds, not the raids
        return frame_subjects(teller, resolver)
    sibling = _teller_beside(verb, resolver)
    if sibling is not None:  # "…, the X Centre said in a report, warning that …": both hung on the clause told
        return frame_subjects(sibling, resolver)
    if verb.dep_ in SHARED_SUBJECT_DEPS and verb.head != verb:
        shared = frame_subjects(verb.head, resolver)
        if shared or verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return shared
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return frame_subjects(verb.head.head, resolver)  # "X marked the day by accusing Y of …": X accuses
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        return frame_subjects(verb.head.head, resolver)  # "X quoted Y as calling the claims lies": Y calls
    if verb.dep_ == "ccomp" and verb.head.lemma_ in {"have", "be", "do"}:  # "X has … accused": a mis-parsed auxiliary
        return _with_conjuncts(dependents(verb.head, {"nsubj"}))
    joined = _joined_in(verb)
    if joined:
        return joined
    first = _first_of_a_list_of_verbs(verb, resolver)
    if first is not None:  # 'X called the trial "a show," insisted …': the parser made "called" a clause of "insisted"
        return frame_subjects(first, resolver)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        earlier = _earlier_report_verb(verb, resolver)
        if earlier is not None:  # "…, X posted on Monday, adding that …" where the parse lost the link
            return frame_subjects(earlier, resolver)
    return _names_before(verb, resolver)


def _first_of_a_list_of_verbs(verb: Token, resolver: PartyResolver) -> Token | None:
    """ 'X called the trial "a show," insisted …, and said …': a subjectless sentence root whose
    clause before it, with a subject and a saying verb, is the first of a list of what X did."""
    if verb.dep_ != "ROOT" or dependents(verb, {"nsubj", "nsubjpass"}):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        if frame_kind(clause, resolver.lexicon) is not None and dependents(clause, {"nsubj"}):
            return clause
    return None


def _reporting_ancestor(verb: Token, resolver: PartyResolver) -> Token | None:
    """For a reporting or accusing participle hung on a reported clause ("adding", "saying" under
    "could amount to"; "X alleged that Y ordered …, charging him with …"), the reporting verb above that clause."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or frame_kind(verb, resolver.lexicon) not in {"report", "accuse"}:
        return None
    if frame_kind(verb.head, resolver.lexicon) is not None:
        return None
    if frame_kind(verb, resolver.lexicon) == "accuse":  # only the nearest frame above: "X denied that Y killed …, blaming Z"
        above = next((a for a in verb.head.ancestors if frame_kind(a, resolver.lexicon) is not None), None)
        return above if above is not None and frame_kind(above, resolver.lexicon) == "report" else None
    for above in verb.head.ancestors:
        rejecting = _rejecting_verb(above, resolver)
        if rejecting is not None:
            return rejecting  # "X rejected Y's claims that its fighters hid …, saying …": X says it
        if frame_kind(above, resolver.lexicon) == "report":
            rejecting = _rejection_above(above, resolver) if above.dep_ in {"relcl", "acl"} else None
            return rejecting or above  # "X dismissed a report that found …, saying …": X says it
    return None


def _rejection_above(clause: Token, resolver: PartyResolver) -> Token | None:
    """The verb of rejection whose object a relative clause describes ("a report that found …")."""
    governing = next((a for a in clause.ancestors if frame_kind(a, resolver.lexicon) is not None), None)
    return governing if governing is not None and frame_kind(governing, resolver.lexicon) == "deny" else None


def _rejecting_verb(noun: Token, resolver: PartyResolver) -> Token | None:
    """The verb of rejection a claim noun is the object of, however far up the parser put it
    ("dismissed as 'fabricated from start to finish' a report …")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in resolver.lexicon.accusation_nouns:
        return None
    governing = next((a for a in noun.ancestors if frame_kind(a, resolver.lexicon) is not None), None)
    return governing if governing is not None and frame_kind(governing, resolver.lexicon) == "deny" else None


def _speaker_hung_as_apposition(verb: Token, resolver: PartyResolver) -> list[Token]:
    """ "… taken by men of the X Directorate, the Y Centre said": the parser made the speaker an
    apposition of the name before it; the named body ending right before the verb is its subject."""
    edge = min([c.i for c in verb.lefts if c.dep_ in {"aux", "neg", "advmod"}] + [verb.i])
    if edge == 0:
        return []
    before = verb.doc[edge - 1]
    appos = next((t for t in [before, *before.ancestors] if t.dep_ == "appos" and t.right_edge.i == edge - 1), None)
    if appos is None or appos.head.i > appos.i or resolver.actor_span(appos) is None:
        return []
    return [appos]


def _teller_beside(verb: Token, resolver: PartyResolver) -> Token | None:
    """ "214 people have disappeared …, the Centre said in a report, warning that …": a participle of
    saying hung beside the reporting verb on the clause that verb tells, not on the reporting verb."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or frame_kind(verb, resolver.lexicon) != "report":
        return None
    before = [c for c in verb.head.children if c.dep_ in {"advcl", "parataxis"} and c.i < verb.i and c.tag_ != "VBG"]
    return next((c for c in reversed(before) if frame_kind(c, resolver.lexicon) == "report"), None)


def _earlier_report_verb(verb: Token, resolver: PartyResolver) -> Token | None:
    """The reporting verb before a participle ("adding", "saying") in the same sentence."""
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.tag_ != "VBG" and frame_kind(token, resolver.lexicon) == "report":
            return token
    return None


# Verbs by which a party asks a court or body for something.
PETITION_VERBS = frozenset({"ask", "request", "seek", "petition", "urge", "apply"})
# Verbs that put a document before a court or body: "X lodged an application accusing Y …".
FILING_VERBS = frozenset({"file", "lodge", "submit", "bring", "present", "table", "launch"})


def _petitioners(noun: Token) -> list[Token]:
    """ "X asked the court for an order declaring that Y …", "X lodged an application with the
    court accusing Y …": whoever asks for a ruling, or files the document, alleges what it says."""
    if noun.dep_ == "pobj":  # "asked the court for an order …"
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and noun.head.lower_ in {"with", "before", "to"}:
            verb = verb.head  # "lodged an application with the court accusing …", the parser hanging it on the court
    elif noun.dep_ == "dobj":  # "requested an order …"
        verb = noun.head
    else:
        return []
    if verb.lemma_.lower() not in PETITION_VERBS | FILING_VERBS:
        return []
    return _with_conjuncts(dependents(verb, {"nsubj"}))


def _joined_in(verb: Token) -> list[Token]:
    """ "X joined Y in accusing …", "X is set to join Y in charging …": X and Y both speak."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() != "join":
        return []
    join = prep.head
    holder = join
    while not dependents(holder, {"nsubj", "nsubjpass"}) and holder.dep_ == "xcomp" and holder.head != holder:
        holder = holder.head  # "X is set to join …": X is the subject of "set"
    joiners = _with_conjuncts(dependents(holder, {"nsubj", "nsubjpass"}))
    return joiners + _with_conjuncts(dependents(join, {"dobj"})) if joiners else []


# Common nouns for a place that a name in apposition after them names ("the capital, Z,").
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "port"})


def _names_a_place_said_before(subject: Token) -> bool:
    """ "… in the Xian capital, Z, the X Congress accused …": a name set off after a place noun
    names that place, and the parser took it for the subject of what follows."""
    before = subject.doc[subject.i - 2 : subject.i] if subject.i >= 2 else []
    return (
        len(before) == 2 and before[1].text == "," and before[0].lower_ in PLACE_NOUNS
        and any(c.dep_ == "appos" for c in subject.children)
    )


def _in_dateline(token: Token) -> bool:
    """ "BOGOTA (AFP) – …": the place and agency before the dash open a wire story, they speak for no one."""
    sent = token.sent
    ends = doc_memo(token.doc, "dateline_end")  # asked of every subject: read each sentence's opening once
    if sent.start not in ends:
        ends[sent.start] = _dateline_end(sent)
    return token.i < ends[sent.start]


def _dateline_end(sent: Span) -> int:
    """The index of the dash closing the sentence's dateline ("PLACE (AGENCY) –"), else -1."""
    head = list(sent.doc[sent.start : min(sent.end, sent.start + 12)])
    dash = next((t for t in head if t.text in {"–", "—", "-", "--"}), None)
    if dash is None or dash.i == sent.start:
        return -1
    agency = any(t.text == "(" for t in head if t.i < dash.i)  # "PLACE (AGENCY) –"
    dated = head[0].pos_ == "PROPN" and head[1].text == "," and any(t.ent_type_ == "DATE" for t in head if t.i < dash.i)
    return dash.i if agency or dated else -1  # or "PLACE, 3 December –"


def _list_head(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "A, B and C said": the parser often hangs the first name of a list on the verb."""
    first = min(subjects, key=lambda t: t.i)
    return [
        c for c in verb.children
        if c.dep_ in {"npadvmod", "nmod", "dep"} and c.pos_ == "PROPN" and c.i < first.i
        and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "," and first.conjuncts
    ]


def _as_did(verb: Token) -> list[Token]:
    """ "X blamed Y, as did Z": Z says the same ("as it did again last week": X, again)."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl" and clause.lemma_ == "do" and any(m.lower_ == "as" and m.dep_ == "mark" for m in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.pos_ != "PRON"
    ]


def _names_before(verb: Token, resolver: PartyResolver) -> list[Token]:
    """ "…, X and Y said": when the parse lost the subject, the names right before the verb."""
    if frame_kind(verb, resolver.lexicon) != "report" or verb.dep_ in {"pcomp", "xcomp", "acl", "relcl", "amod"}:
        return []  # "accused X of showing …": a verb inside a phrase has no speaker of its own
    roots: list[Token] = []
    for token in reversed(verb.doc[max(verb.sent.start, verb.i - 12) : verb.i]):
        if token.text in {",", ";", "\"", "“", "”", "’", "'"} or token.pos_ in {"VERB", "AUX"}:
            break
        span = resolver.actor_span(token)
        if span is not None and span.root not in roots:
            roots.append(span.root)
    if not roots and verb.i - 2 >= verb.sent.start and verb.doc[verb.i - 1].text == ",":
        titled = _titled_name_before(verb.doc[verb.i - 2], resolver)  # "…, A B, spokesman for X, said"
        if titled is not None:
            roots.append(titled)
    return sorted(roots, key=lambda t: t.i)


def _titled_name_before(last: Token, resolver: PartyResolver) -> Token | None:
    """The person a title in apposition ends on: "A B, spokesman for X" ending at ``last``."""
    for token in (last, *last.ancestors):
        if token.dep_ == "appos":
            span = resolver.actor_span(token.head)
            return token.head if span is not None and span.label_ == "person" else None
    return None


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens and those coordinated with them, also through an apposition
    ("the group X and Y's minister Z said": the parser hangs "and …" on X)."""
    out = []
    for token in tokens:
        out.append(token)
        out.extend(c for c in token.conjuncts if c.i > token.i)
        for appos in (c for c in token.children if c.dep_ == "appos"):
            out.extend(c for c in appos.conjuncts if c.i > appos.i and c not in out)
    return out


# Entity types that name places, dates and amounts, which never speak.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"})


# Small words inside a capitalised name ("League Against Hunger and Neglect of …").
NAME_JOINERS = frozenset({"of", "for", "and", "on", "against", "the"})


def capitalised_run(phrase: Span) -> Span:
    """ "the Varnian League Against Hunger and Neglect of Children": a name runs on
    through its capitalised words and the small words between them."""
    doc, end = phrase.doc, phrase.end
    while end < phrase.sent.end:
        word = doc[end]
        capitalised = word.text[:1].isupper() and word.is_alpha
        joining = word.lower_ in NAME_JOINERS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
        if not (capitalised or joining):
            break
        end += 1
    while end > phrase.end and not doc[end - 1].text[:1].isupper():
        end -= 1
    return doc[phrase.start : end]


def speaker_and_person(subject: Token, resolver: PartyResolver) -> tuple[Party | None, str | None]:
    client = _client_of_counsel(subject, resolver)
    if client is not None:  # "lawyers for A B rejected the charges": A B, through counsel
        return client
    officer = _named_officer_of(subject, resolver)
    if officer is not None:
        return officer
    body = _body_of_unnamed_officer(subject, resolver)
    if body is not None:  # "an X spokesman, Major A B, said": A B speaks for X, here and later
        return body, _representative_named(subject, body, resolver)
    party = speaker_party(subject, resolver)
    own_right = _in_own_right(subject, party, resolver)
    if own_right is not None:
        return own_right, None
    if party is None:
        named = _person_in_apposition(subject, resolver)
        if named is None:
            return None, None
        subject, party = named  # "the company's chief executive, A B, said": A B, for the company
        owner = resolver.owner(subject.head)
        if owner is not None and owner.kind not in {"person", "place"}:
            resolver.speaks_for[party.name] = owner
            return owner, party.name
    if party.kind != "person":  # "Xia's agent, A B, told the court": A B, for Xia
        return party, _representative_named(subject, party, resolver) if party.kind != "place" else None
    if any(_title_held_for_a_state(c, resolver) for c in subject.children if c.dep_ == "appos"):
        return party, None  # "A B, prime minister of the X government, accused …": a minister in her own right
    organisation = _organisation_of(subject, party, resolver) or resolver.speaks_for.get(party.name)
    if organisation is None:
        return party, None
    resolver.speaks_for[party.name] = organisation  # "She added, …": still for the same body
    return organisation, party.name


# Nouns of those who speak for a client in proceedings ("lawyers for A B", "A B's defence team").
COUNSEL_NOUNS = frozenset({"lawyer", "lawyers", "counsel", "attorney", "attorneys", "advocate", "advocates", "defence", "defense"})


def _client_of_counsel(subject: Token, resolver: PartyResolver) -> tuple[Party, str | None] | None:
    """ "Defence lawyers for A B", "A B's lawyer, C D", "counsel for X": counsel speak for the client
    named, who is the speaker, with the lawyer named beside the title as the person."""
    head = subject
    if head.lower_ in {"team", "teams"}:
        head = next((c for c in head.children if c.dep_ == "compound" and c.lower_ in COUNSEL_NOUNS), head)
    if head.lower_ not in COUNSEL_NOUNS:
        return None
    holders = [o for p in subject.children if p.dep_ == "prep" and p.lower_ in {"for", "of"} for o in p.children if o.dep_ == "pobj"]
    holders += [c for c in subject.children if c.dep_ == "poss"]
    for holder in holders:
        client = resolver.party(holder) or resolver.actor_party(holder)
        if client is not None and client.kind != "place":
            lawyer = next((a for a in subject.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)
            named = (resolver.party(lawyer) or resolver.actor_party(lawyer)) if lawyer is not None else None
            return client, named.name if named is not None else None
    return None


# Titles of those who speak in their own right when they hold them for a state (SCHEMA.md: heads of
# state and ministers accusing for themselves), not for a court or commission they preside over.
OWN_RIGHT_TITLES = frozenset({"minister", "president", "premier", "chancellor", "king", "queen", "monarch", "emir", "sultan"})
# Mandates held by one independent expert in a personal capacity, not by a body (special procedures).
PERSONAL_MANDATES = frozenset({"rapporteur"})


def _title_held_for_a_state(title: Token, resolver: PartyResolver) -> bool:
    """ "prime minister of the Government of Free X", "president of Y": a title held for a state or
    its government (a president of a council of churches speaks for the council)."""
    if title.lemma_.lower() not in OWN_RIGHT_TITLES:
        return False
    held = [resolver.party(o) or resolver.actor_party(o) for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(b is not None and (b.kind == "state" or "government" in b.name.lower().split()) for b in held)


def _in_own_right(subject: Token, party: Party | None, resolver: PartyResolver) -> Party | None:
    """ "Xia's foreign minister, A B, accused …": the minister named beside the title, not Xia; "the
    Assembly's special rapporteur on Xia, A B": an independent expert, who speaks in a personal capacity."""
    mandate = subject.lemma_.lower() in PERSONAL_MANDATES
    if not mandate and (subject.lemma_.lower() not in OWN_RIGHT_TITLES or (party is not None and party.kind not in {"state", "person"})):
        return None
    named = _person_in_apposition(subject, resolver)
    return named[1] if named is not None else None


def _representative_named(title: Token, body: Party, resolver: PartyResolver) -> str | None:
    """The person named beside a representative's title ("Xia's agent, A B"), remembered as
    speaking for ``body`` when "he" or "she" speaks later; None when no one is named."""
    office = resolver.actor_span(title)  # "X's chief prosecutor, A B": the title names the office A B holds
    holds_office = office is not None and office.label_ not in {"person", "place", "state"}
    if title.lemma_.lower() not in REPRESENTATIVES and not holds_office:
        return None
    named = _person_in_apposition(title, resolver)
    person = named[1].name if named is not None else _holder_named_after_office(office, resolver)
    if person is None:
        return None
    resolver.speaks_for[person] = body
    return person


def _holder_named_after_office(office: Span | None, resolver: PartyResolver) -> str | None:
    """ "High Commissioner for Human Rights A B told …": the person whose name follows the office's
    with no comma between (the parser hangs it inside the office's name)."""
    if office is None or office.end >= len(office.doc):
        return None
    span = resolver.actor_span(office.doc[office.end])
    return span.kb_id_ if span is not None and span.label_ == "person" and span.start == office.end else None


# Words for someone who speaks for a body without being named: "a Xian commander said".
UNNAMED_OFFICERS = frozenset({"commander", "official", "officer", "representative", "leader", "spokesman", "spokeswoman", "spokesperson"})


def _body_of_unnamed_officer(subject: Token, resolver: PartyResolver) -> Party | None:
    """ "A Ravenholt commander, speaking on condition of anonymity, rejected …": an unnamed
    officer of a named armed group speaks for it ("a top U.N. official" is reported as written)."""
    if subject.lower_ in DIPLOMATS and resolver.actor_span(subject) is None:
        return _state_sending(subject, resolver)
    if subject.lower_ not in UNNAMED_OFFICERS or resolver.actor_span(subject) is not None:
        return None
    for modifier in (c for c in subject.children if c.dep_ in {"compound", "amod"} and c.i < subject.i):
        span = resolver.actor_span(modifier)
        if span is not None and span.label_ == "armed_group":
            return Party(span.kb_id_, span.label_, span.text, span.start_char, span.end_char)
    for of in (o for p in subject.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for o in p.children if o.dep_ == "pobj"):
        body = resolver.party(of)  # "a representative of the brigade", "a spokesman for the brigades": the body named before
        if body is not None and body.kind == "armed_group":
            return body
    for owner in (c for c in subject.children if c.dep_ == "poss" and c.lower_ not in {"its", "their", "his", "her"}):
        body = resolver.party(owner)  # "the rebels' spokesman": the armed group the story named
        if body is not None and body.kind == "armed_group":
            return body
    return None


def _state_sending(envoy: Token, resolver: PartyResolver) -> Party | None:
    """ "The Xian ambassador", "Xia's envoy": an unnamed diplomat speaks for the state sending them."""
    for modifier in (c for c in envoy.children if c.dep_ in {"compound", "amod", "poss"} and c.i < envoy.i):
        span = resolver.actor_span(modifier)
        if span is not None and span.label_ == "state":
            return Party(span.kb_id_, span.label_, span.text, span.start_char, span.end_char)
    return None


def _person_in_apposition(subject: Token, resolver: PartyResolver) -> tuple[Token, Party] | None:
    """A title no lexicon knows with a person's name beside it ("the chief executive, A B"); the
    parser may hang the name on the mandate's topic ("the special rapporteur on X, A B"), or
    join it to the place of office ("the mayor of X, A B": "A B" a conjunct of X)."""
    topics = [o for p in subject.children if p.dep_ == "prep" and p.lower_ in {"on", "for", "of"} for o in p.children if o.dep_ == "pobj"]
    beside = [c for t in topics for c in t.children if c.dep_ == "conj" and c.doc[c.left_edge.i - 1].text == ","]
    for appos in [*(c for h in (subject, *topics) for c in h.children if c.dep_ == "appos"), *beside]:
        span = resolver.actor_span(appos)
        if span is not None and span.label_ == "person":
            return appos, Party(span.kb_id_, "person", span.text, span.start_char, span.end_char)
    return None


def _named_officer_of(subject: Token, resolver: PartyResolver) -> tuple[Party, str] | None:
    """ "The commander of X, A B, said …": a named holder of a post in a body speaks for it."""
    if subject.lower_ not in OFFICE_TITLES | {"commander", "chairman", "chairwoman", "head", "chief"}:
        return None
    for of in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
        for pobj in (c for c in of.children if c.dep_ == "pobj"):
            # the parser hangs the name on the title or on the body
            person = next((a for a in [*subject.children, *pobj.children] if a.dep_ == "appos"), None)
            person_span = resolver.actor_span(person) if person is not None else None
            if person_span is None or person_span.label_ != "person":
                return None
            own = resolver.actor_span(subject)  # "the Special Prosecutor of X, A B": an office the gazetteer knows by that title
            if own is not None and own.label_ not in {"person", "place", "state"}:
                body = Party(own.kb_id_, own.label_, own.text, own.start_char, own.end_char)
            else:
                body = resolver.party(pobj) or resolver.actor_party(pobj)
            if body is not None and body.kind not in {"person", "place"}:
                resolver.speaks_for[person_span.kb_id_] = body
                return body, person_span.kb_id_
    return None


# Subjects that "show" or "establish" what a speaker takes from them.
EVIDENCE_SUBJECTS = frozenset({"evidence", "document", "data", "video", "footage"})


def speaker_party(subject: Token, resolver: PartyResolver) -> Party | None:
    lexicon = resolver.lexicon
    if (
        subject.lemma_.lower() in lexicon.accusation_nouns | EVIDENCE_SUBJECTS | {"annex"}
        and resolver.actor_span(subject) is None
    ):
        verb = subject.head
        if (
            subject.lemma_.lower() in EVIDENCE_SUBJECTS and subject.dep_ == "nsubj" and verb.dep_ == "ccomp"
            and frame_kind(verb.head, lexicon) == "report"
        ):
            return None  # "A found that the evidence established …": A weighs the evidence and says so
        return author_of(subject, resolver)
    body = _body_named_as_owner(subject, resolver)
    if body is not None:  # "the organisation's head of mission in X": the organisation, not X
        return body
    party = resolver.party(subject)
    if party is not None:
        return party
    span = resolver.actor_span(subject)
    if span is not None:
        return Party(span.kb_id_, span.label_, span.text, span.start_char, span.end_char)
    if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subject.children):
        owner = _pronoun_owner(subject, resolver)
        if owner is not None:
            return owner  # "Its head in X, A B, said": the body "its" points at, not X where the office sits
    # "a spokesman for X", "X's director": the title's organisation speaks (not a party
    # named in a clause about the subject: "the West, which accuses X")
    clauses = {t.i for c in subject.subtree if c.dep_ in CLAUSE_DEPS and c != subject for t in c.subtree}
    clauses |= {t.i for c in subject.children if c.dep_ == "conj" for t in c.subtree}  # "residents and X officials": X is the other's
    for token in subject.subtree:
        if token.i in clauses:
            continue
        span = resolver.actor_span(token)
        if span is not None and span.label_ not in {"person", "place"}:
            if span.label_ == "state" and span.root.dep_ in {"amod", "compound", "nmod"} and (
                span.root.head.lower_ in BODY_DESCRIPTIONS
            ):
                continue  # "a Xian rights organisation": a body of that nationality, not the state
            if span.label_ == "other" and span.root.dep_ == "amod" and span.root.head == subject and (
                subject.lower_ in lexicon.parties.speaker_descriptions
            ):
                continue  # "Xian prosecutors" of a nation no gazetteer knows: the prosecutors, as described
            return Party(span.kb_id_, span.label_, span.text, span.start_char, span.end_char)
    owner = _pronoun_owner(subject, resolver)
    if owner is not None:
        return owner
    if subject.lower_ in {"judges", "judge"} and not any(c.dep_ in {"amod", "compound", "prep"} for c in subject.children):
        court = resolver.latest_of(subject, frozenset({"court"}))
        if court is not None:  # "… to the X Court, … a day after judges issued a warrant": the court's judges
            return court
    government = _government_speaking_before(subject, resolver)
    if government is not None:  # "X's government blamed Y for the bombing. Officials called it …": X's officials
        return government
    if subject.lower_ in lexicon.parties.speaker_descriptions:  # "prosecutors said", "witnesses told"
        phrase = resolver.phrase(subject)
        return Party(phrase.text, "other", phrase.text, phrase.start_char, phrase.end_char)
    if subject.pos_ == "PROPN" and subject.dep_ in {"nsubj", "nsubjpass"} and subject.ent_type_ not in PLACE_ENTITIES - {"LOC"}:
        # "Turk accused …": a name the recogniser missed; "the West, which accuses …": a region's
        # governments (only a town or a country the gazetteer does not know stays a place)
        phrase = capitalised_run(resolver.phrase(subject))
        return Party(phrase.text, "other", phrase.text, phrase.start_char, phrase.end_char)
    return None


# Offices through which a body speaks ("its foreign minister said"); a lawyer speaks for a client.
# Bodies whose plural several states field, beside the titles of office ("the governments of A and B").
PLURAL_OFFICE_TITLES = frozenset({"delegation", "government"})
OFFICE_TITLES = PERSON_TITLES | {
    "minister", "president", "secretary", "leader", "commander", "spokespeople", "officials",
    "chair", "chairman", "chairwoman", "chairperson",
}


# Nouns of a body's decision whose "to" clause is the body's own act ("X's decision to list Y as …").
DECISION_NOUNS = frozenset({"decision", "move", "bid", "vote", "resolution", "order"})
# A body's people whose findings are the body's ("its researchers found", "their reporters hold …").
STAFF_NOUNS = frozenset({
    "researchers", "reporters", "investigators", "experts", "monitors", "staff", "doctors", "journalists", "analysts",
    "authors",
})


def _body_named_as_owner(subject: Token, resolver: PartyResolver) -> Party | None:
    """The body a title's definite possessor refers to ("the organisation's head", "the group's
    spokesman"): the title's holder speaks for it."""
    if subject.lower_ not in OFFICE_TITLES | STAFF_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in resolver.lexicon.parties.org_references), None)
    if owner is None or not any(d.lower_ == "the" for d in owner.children) or resolver.actor_span(owner) is not None:
        return None
    party = resolver.party(owner)
    return party if party is not None and party.kind not in {"person", "place"} else None


def _pronoun_owner(subject: Token, resolver: PartyResolver) -> Party | None:
    """ "Its foreign minister accused …", "their spokesman said": a body speaks through its
    officials, so the body "its" refers to is the speaker: the subject of the clause before,
    else what the pronoun refers back to."""
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
    if owner is None or subject.lower_ not in OFFICE_TITLES | STAFF_NOUNS:
        return None
    before = [t for t in subject.sent if t.i < owner.i and t.dep_ == "nsubj"]  # "X changed course: its minister …"
    # the clause before's own subject, not one of a clause it reports ("X believes that Y's units …, its chair said")
    outermost = min(before, key=lambda t: (len(list(t.ancestors)), -t.i)) if before else None
    party = resolver.party(outermost) if outermost is not None else _speaker_of_sentence_before(subject, resolver)
    if party is None or party.kind == "person":
        party = resolver.refer_back(owner)
    return party if party is not None and party.kind != "person" else None


def _government_speaking_before(subject: Token, resolver: PartyResolver) -> Party | None:
    """Bare "officials" opening the sentence after one whose subject, a state or a ministry, spoke:
    that government's officials."""
    if subject.lower_ != "officials" or subject.i != subject.sent.start or list(subject.children):
        return None
    previous = next(sentences_before_in_paragraph(subject.sent, 1), None)
    if previous is None or frame_kind(previous.root, resolver.lexicon) is None:
        return None
    for teller in dependents(previous.root, {"nsubj"}):
        party = resolver.party(teller) or resolver.actor_party(teller)
        if party is not None and party.kind in {"state", "government_body"}:
            return Party(party.name, party.kind, subject.text, subject.idx, subject.idx + len(subject), party.part_of)
    return None


def _speaker_of_sentence_before(subject: Token, resolver: PartyResolver) -> Party | None:
    """ "…, the X Agency said on Monday. Its head, A B, said …": the body whose saying closed the
    paragraph's sentence before, when "its" opens the sentence."""
    previous = next(sentences_before_in_paragraph(subject.sent, 1), None)
    if previous is None or previous.root.lemma_.lower() not in resolver.lexicon.report_verbs:
        return None
    for teller in dependents(previous.root, {"nsubj"}):
        party = resolver.party(teller) or resolver.actor_party(teller) or speaker_party(teller, resolver)
        if party is not None and party.kind not in {"person", "place"}:
            return party  # (a report's author: "A report by X concludes … . Its authors write …")
    return None


# Documents with one author, which "the report" names again later in a story.
DOCUMENT_NOUNS = frozenset({"report", "study", "statement", "investigation", "inquiry", "review", "assessment", "annex"})


def author_of(noun: Token, resolver: PartyResolver) -> Party | None:
    """Who wrote a report, finding or statement: "X's report", "a report by X", "the X report";
    for "the report" alone, the author of the report named before, else the story's main speaker."""
    return _named_author(noun, resolver) or _author_of_earlier_report(noun, resolver) or resolver.main_speaker(noun.i)


def _author_of_earlier_report(noun: Token, resolver: PartyResolver) -> Party | None:
    """ "A report produced by X says …. The report said …": the same report, by the same author."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None  # "the allegations" may be anyone's: only a document has one author
    for earlier in reversed(noun.doc[: noun.i]):
        if earlier.lemma_.lower() == noun.lemma_.lower():
            found = _named_author(earlier, resolver)
            if found is not None:
                return found
    return None


def _named_author(noun: Token, resolver: PartyResolver) -> Party | None:
    owner = resolver.owner(noun)
    if owner is not None:
        return owner
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = _named_author(pobj, resolver) if pobj.lemma_.lower() in DOCUMENT_NOUNS else None  # "the annex of X's report"
                    found = found or resolver.party(pobj) or resolver.actor_party(pobj)
                    if found:
                        return found
    for clause in (c for c in noun.children if c.dep_ == "relcl"):  # "the accusation that certain governments repeat"
        inside = {t.i for t in clause.subtree}
        if any(span.start in inside for span in doc_spans(noun.doc, "legal")):
            continue  # "the allegation that X committed genocide": what is alleged, not who alleges it
        subjects = [s for s in dependents(clause, {"nsubj"}) if s.pos_ in {"NOUN", "PROPN"}]
        if len(subjects) == 1:
            phrase = resolver.phrase(subjects[0])  # "certain governments": whoever they are, not the story's main voice
            return speaker_party(subjects[0], resolver) or Party(phrase.text, "other", phrase.text, phrase.start_char, phrase.end_char)
    if noun.dep_ == "dobj":  # "X issued a report alleging …", "X gathered evidence showing …"
        for subject in dependents(noun.head, {"nsubj"}):
            found = speaker_party(subject, resolver)
            if found:
                return found
    for child in noun.children:
        if child.dep_ == "acl":  # "a report released by X", "a report published today by X"
            for token in child.subtree:
                if token.dep_ == "pobj" and token.head.lower_ == "by":
                    found = resolver.party(token) or resolver.actor_party(token)
                    if found:
                        return found
    return None


def _organisation_of(subject: Token, person: Party, resolver: PartyResolver) -> Party | None:
    """The organisation a named person speaks for, named around the person ("X's director Y")."""
    candidates = []
    # the person's own phrase: titles, appositions, "director at X", not "repeated it before X"
    foreign = {t.i for c in subject.children if c.dep_ == "prep" and c.lower_ not in TITLE_PREPS for t in c.subtree}
    foreign |= {t.i for t in _hosts_of_envoys(subject)}  # "A, Xia's ambassador to the Concord": sent by Xia, not by the Concord
    heads = [subject, subject.head] if subject.dep_ == "appos" else [subject]
    told = [c for h in heads for c in h.children if c.dep_ == "relcl" and frame_kind(c, resolver.lexicon) in {"accuse", "deny"}]
    foreign |= {t.i for c in told for t in c.subtree}  # "A, who accused the Xian army of …": whom A accuses, not A's body
    former = [c for h in heads for c in h.children if c.dep_ == "relcl" and _office_left(c)]
    foreign |= {t.i for c in former for t in c.subtree}  # "A, who headed X until 2024, writes …": no longer X's voice
    region = [t for t in subject.subtree if t.i not in foreign]
    if subject.dep_ == "appos":
        region += [t for t in subject.head.subtree if t.i not in foreign]
    # a head of state or minister speaks in their own right: only non-state bodies take the
    # floor, unless the person is titled as the state's voice ("the government spokesperson")
    kinds = ORG_KINDS | {"state"} if any(t.lemma_.lower() in SPOKESPERSONS | DIPLOMATS for t in region) else ORG_KINDS
    for token in region:
        span = resolver.actor_span(token)
        if span is not None and span.label_ in kinds and span.kb_id_ != person.name:
            if span.label_ == "other" and span.root.ent_type_ == "NORP" and span.root.dep_ in {"amod", "compound"}:
                continue  # "Xian President A B" of a nation no gazetteer knows: a nationality, not a body
            if _bare_organ(span, resolver):
                continue  # "Government spokesman A B": no name, the government the story means
            candidates.append(span)
    if not candidates:
        return _body_in_title(region, person, resolver)
    best = min(candidates, key=lambda s: SPEAKS_FOR_ORDER.index(s.label_) if s.label_ in SPEAKS_FOR_ORDER else 99)
    return Party(best.kb_id_, best.label_, best.text, best.start_char, best.end_char)


def _office_left(clause: Token) -> bool:
    """ "who headed the directorate until 2024": an office held in the past."""
    return clause.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ == "until" for c in clause.children)


def _hosts_of_envoys(subject: Token) -> list[Token]:
    """The words after "to" under an envoy's title: where the envoy is sent."""
    titles = [t for t in subject.subtree if t.lemma_.lower() in DIPLOMATS]
    return [t for title in titles for p in title.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree]


def _bare_organ(span: Span, resolver: PartyResolver) -> bool:
    """A one-word "name" that is only an organ's noun ("Government", "Army"), capitalised in a title."""
    return span.label_ == "other" and len(span) == 1 and span.root.lower_ in resolver.lexicon.parties.state_organs


def _body_in_title(region: list[Token], person: Party, resolver: PartyResolver) -> Party | None:
    """ "Commission member X", "X, a member of the panel", "X, the organisation's director": the
    body a title names by a common noun is the one the story named before."""
    references = resolver.lexicon.parties.org_references
    organs = resolver.lexicon.parties.state_organs
    titled = any(t.lemma_.lower() in SPOKESPERSONS for t in region)
    for token in region:
        span = resolver.actor_span(token)
        if titled and token.dep_ in {"compound", "pobj"} and token.lower_ in organs and (span is None or _bare_organ(span, resolver)):
            body = resolver.organ_named_before(token)
            if body is not None:  # "Army spokesman A B": the army the story named
                return body
        possessor = token.dep_ == "poss" and token.pos_ == "NOUN" and token.i > 0 and token.doc[token.i - 1].lower_ == "the"
        if token.dep_ in {"compound", "pobj", "poss"} and (token.lower_ in references or possessor) and resolver.actor_span(token) is None:
            if token.lower_ in PERSON_TITLES and token.dep_ == "compound":
                continue  # "Special rapporteur X", "Prosecutor X": the person's own office, not a body
            body = resolver.refer_back(token, frozenset({person.name}))
            generic = token.lower_ in GENERIC_BODY_NOUNS and body is not None and body.kind == "ngo"
            generic |= token.lower_ in resolver.lexicon.parties.groups and body is not None and body.kind == "armed_group"
            if body is not None and body.kind not in {"person", "place"} and (token.lower_ in body.name.lower() or generic):
                return body  # "Commission member X"; "the bureau's coordinator" after "the X Coordination Bureau";
                # "the group's commander" after "the X Front said"
            if token.dep_ == "poss" or token.lower_ not in references:
                continue  # "the group's director" with no such group before: no body to name
            phrase = resolver.phrase(token)  # a body the passage never named: as written
            return Party(phrase.text, "other", phrase.text, phrase.start_char, phrase.end_char)
    return None
