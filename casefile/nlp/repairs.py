"""Repairs of parses the small English model gets wrong in a way that turns a claim around.

"The Front rejected government claims that its fighters …": the model reads "claims" as a verb
whose subject is "government", so the rejected claim becomes the government's own saying and
everything after it is attributed to the government. A noun-noun compound before "claims" under
a verb of rejection is the claim's author, and "claims" the rejected object: the repair gives the
tokens that reading (tag, dependency), so the frames see a rejection of someone's claims.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

# Plural nouns of claim that the model takes for a third-person verb after a noun.
CLAIM_NOUNS = {"claims": "claim", "charges": "charge"}
# Verbs whose object is a claim they reject.
REJECTING_VERBS = frozenset({"reject", "dismiss", "deny", "refute", "dispute", "denounce", "contest", "brush"})


# Third-person verbs of rejection the model takes for plural nouns after a name ("an allegation X rejects").
REJECTING_FORMS = {"rejects": "reject", "denies": "deny", "disputes": "dispute", "dismisses": "dismiss", "refutes": "refute", "contests": "contest"}
# Nouns of an accusation a relative clause of rejection hangs on.
ACCUSATION_HEADS = frozenset({"allegation", "accusation", "charge", "claim"})
# Nouns of a claim whose "that" clause says what is claimed ("the finding last year that …").
CONTENT_NOUNS = ACCUSATION_HEADS | {"finding", "conclusion", "assessment", "determination"}


class ParseRepairs:
    """Re-reads "rejected X claims that …" as a rejection of X's claims, "…, an allegation X
    rejects" as an allegation that X rejects, "had documented 27 cases of rape by soldiers"
    with "by soldiers" on the cases (the doers), not on "documented" (the reporters), and
    "…, practices the report described as …" with "practices" a noun summing up the deed, and
    "the Commission of Inquiry's findings" with the whole name the possessor. Later repairs: a
    rejected "X finding that …" read as a verb, "calls X's campaign in Y genocide", a second
    "and that …" clause, a finding's "that" clause hung on the verb, a summing noun left on the main
    verb, a closing "…, A and B said" read as a third conjunct, and "told the session that …" with the
    clause read as the session's (each function says which)."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            for misparse, repair in _REPAIRS:  # the first misparse found is repaired, then the next token
                found = misparse(token)
                if found is not None and found is not False:
                    repair(token)
                    break
        return doc


def _object_after_quoted_complement(token: Token) -> Token | None:
    """ 'X rejected as "a fabrication from start to finish" claims by Y that …': the rejected claims,
    placed after the quoted name given them, which the model hangs inside the quote. The rejecting
    verb, else None."""
    if token.left_edge.i < 3 or token.doc[token.left_edge.i - 1].text not in CLOSING_QUOTES:
        return None  # checked first: the repair step asks this of every token
    closing = token.doc[token.left_edge.i - 1]  # right before the claims, or before "the commission's finding"
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CONTENT_NOUNS or not closing.is_punct:
        return None
    opening = next((t for t in reversed(token.doc[: closing.i]) if t.text in {'"', "“"} and t.i < closing.i - 1), None)
    if opening is None:
        return None
    as_ = token.doc[opening.i - 1]
    if not (opening.i < token.head.i < closing.i) and token.head != as_:
        return None  # hung outside the quote: the model read it as the object
    verb = as_.head
    if as_.lower_ != "as" or as_.dep_ != "prep" or verb.lemma_.lower() not in REJECTING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _as_object_of_the_rejection(token: Token) -> None:
    verb = _object_after_quoted_complement(token)
    assert verb is not None
    closing = token.left_edge.i - 1
    inside = [c for c in token.children if c.i < closing]  # "finish", hung on the claims from inside the quote
    old_head, old_dep = token.head, token.dep_
    token.head, token.dep_ = verb, "dobj"
    for child in inside:
        child.head, child.dep_ = old_head, old_dep


# Closing quotation marks after which a rejected claim may stand ('rejected as "…" claims by X').
CLOSING_QUOTES = frozenset({'"', "”", "'"})
# Prepositions inside the name of a body ("Commission of Inquiry on X", "Office for Y").
NAME_PREPOSITIONS = frozenset({"of", "on", "for", "in"})


def _possessive_ending_a_name(token: Token) -> Token | None:
    """ "the Commission of Inquiry's findings of …" parsed as "the Commission of [Inquiry's
    findings]": a name of two proper nouns joined by "of" whose second takes the possessive owns
    the noun as a whole. The possessed noun, else None."""
    if token.dep_ != "poss" or token.pos_ != "PROPN" or not any(c.dep_ == "case" for c in token.children):
        return None
    possessed = token.head
    if possessed.dep_ != "pobj" or possessed.i < token.i or possessed.head.lower_ not in NAME_PREPOSITIONS:
        return None
    name_head = _head_of_name(possessed.head)
    if name_head.pos_ != "PROPN" or name_head.dep_ == "ROOT":
        return None
    return possessed


def _head_of_name(preposition: Token) -> Token:
    """The first word of a name joined by prepositions ("Commission" of "the Commission of Inquiry on X")."""
    head = preposition.head
    while head.dep_ == "pobj" and head.head.lower_ in NAME_PREPOSITIONS and head.head.head.pos_ == "PROPN" and head.pos_ == "PROPN":
        head = head.head.head
    return head


def _as_possessor_named_whole(token: Token) -> None:
    possessed = _possessive_ending_a_name(token)
    assert possessed is not None
    preposition = possessed.head
    name_head = _head_of_name(preposition)
    possessed.head, possessed.dep_ = name_head.head, name_head.dep_  # the findings take the name's place
    name_head.head, name_head.dep_ = possessed, "poss"
    token.head, token.dep_ = preposition, "pobj"


# Plural nouns that sum up a deed just told ("…, practices the report described as …"), which the
# model takes for a third-person verb; and the verbs by which a teller names what the deed is.
SUMMING_FORMS = {"practices": "practice", "abuses": "abuse", "measures": "measure", "tactics": "tactic"}
NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "brand", "characterise", "characterize", "deem", "consider"})


def _summing_noun_taken_for_a_verb(token: Token) -> Token | None:
    """ "X forced 3,000 people back, practices the report described as violations" parsed with
    "practices" a verb whose object is "the report" and "described" hung on the report: the naming
    verb, else None."""
    if token.lower_ not in SUMMING_FORMS or token.tag_ != "VBZ" or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    for teller in (c for c in token.children if c.dep_ == "dobj"):
        for verb in (c for c in teller.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in NAMING_LEMMAS):
            return verb
    return None


def _as_summing_noun(token: Token) -> None:
    verb = _summing_noun_taken_for_a_verb(token)
    assert verb is not None
    teller = verb.head
    token.tag_, token.pos_, token.lemma_ = "NNS", "NOUN", SUMMING_FORMS[token.lower_]
    verb.head, verb.dep_ = token, "relcl"
    teller.head, teller.dep_ = verb, "nsubj"


def _agent_of_an_active_verb(token: Token) -> Token | None:
    """ "it had documented 27 cases of rape by soldiers" parsed with "by" as the agent of an active
    "documented" (a subject, no passive auxiliary): the verb's object before it, else None."""
    if token.dep_ != "agent" or token.lower_ != "by":
        return None
    verb = token.head
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i and c.pos_ in {"NOUN", "PROPN"}]
    return objects[-1] if objects else None


def _as_agent_of_the_object(token: Token) -> None:
    noun = _agent_of_an_active_verb(token)
    assert noun is not None
    token.head, token.dep_ = noun, "prep"


def _claims_taken_for_a_verb(token: Token) -> bool:
    if token.lower_ not in CLAIM_NOUNS or token.tag_ != "VBZ" or token.dep_ != "ccomp":
        return False
    head = token.head
    if head.lemma_.lower() not in REJECTING_VERBS or any(c.dep_ == "dobj" for c in head.children):
        return False
    author = token.doc[token.i - 1] if token.i > 0 else None
    return (
        author is not None and author.head == token and author.dep_ in {"nsubj", "compound"}
        and author.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "nsubj" and c != author for c in token.children)
    )


def _as_rejected_claims(token: Token) -> None:
    token.doc[token.i - 1].dep_ = "compound"
    token.tag_, token.pos_, token.lemma_, token.dep_ = "NNS", "NOUN", CLAIM_NOUNS[token.lower_], "dobj"
    for child in token.children:
        if child.dep_ == "ccomp":
            child.dep_ = "acl"  # "claims that its fighters …": what is claimed


def _finding_taken_for_a_verb(token: Token) -> bool:
    """ "dismissed a X finding that its fighters …" parsed with "finding" a participle whose subject
    is "a X": an article opening the subject shows it is the noun, X the finding's author."""
    if token.lower_ != "finding" or token.tag_ != "VBG" or token.head.lemma_.lower() not in REJECTING_VERBS:
        return False
    if any(c.dep_ == "dobj" and c != token for c in token.head.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    return len(subjects) == 1 and subjects[0].i == token.i - 1 and any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in subjects[0].children
    )


def _as_rejected_finding(token: Token) -> None:
    author = token.doc[token.i - 1]
    determiners = [c for c in author.children if c.dep_ == "det"]
    token.tag_, token.pos_, token.lemma_, token.dep_ = "NN", "NOUN", "finding", "dobj"
    author.dep_ = "compound"
    for determiner in determiners:
        determiner.head = token
    for child in token.children:
        if child.dep_ == "ccomp":
            child.dep_ = "acl"  # "a finding that its fighters …": what was found


def _rejection_taken_for_a_noun(token: Token) -> Token | None:
    """ "…, an allegation X rejects" tagged as the noun "rejects" with "allegation" and "X" its
    compounds: the accusation noun, else None."""
    if token.lower_ not in REJECTING_FORMS or token.pos_ != "NOUN" or token.i < 2:
        return None
    compounds = [c for c in token.lefts if c.dep_ == "compound"]
    if len(compounds) < 2 or compounds[0].lemma_.lower() not in ACCUSATION_HEADS or token.doc[token.i - 1].dep_ != "compound":
        return None
    return compounds[0]


def _as_relative_rejection(token: Token) -> None:
    accusation = _rejection_taken_for_a_noun(token)
    assert accusation is not None
    subject = token.doc[token.i - 1]
    determiners = [c for c in token.lefts if c.dep_ == "det"]
    accusation.head, accusation.dep_ = token.head, token.dep_  # the accusation takes the phrase's place
    token.head, token.dep_ = accusation, "relcl"
    token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", REJECTING_FORMS[token.lower_]
    subject.dep_ = "nsubj"
    for determiner in determiners:
        determiner.head = accusation


# Verbs that name their object by a bare complement ("calls the siege genocide").
BARE_NAMING_LEMMAS = frozenset({"call", "term", "label", "brand", "deem", "consider", "declare", "dub"})


def _complement_taken_for_a_place_compound(token: Token) -> Token | None:
    """ "calls X's campaign in Y genocide" parsed with "Y genocide" one noun phrase in the "in"
    phrase: the place name on the bare noun ending the object, else None. The verb has no other
    complement, so the bare noun is what the object is called."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"in", "on", "against"} or prep.dep_ != "prep" or token.pos_ != "NOUN":
        return None
    obj = prep.head
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in BARE_NAMING_LEMMAS:
        return None
    if any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} or c.lower_ == "as" for c in verb.children):
        return None
    lefts = list(token.lefts)
    if not lefts or lefts[0].dep_ != "compound" or lefts[0].pos_ != "PROPN" or any(c.dep_ == "det" for c in lefts):
        return None
    names = [c for c in lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1] if token.i == max(t.i for t in token.subtree) else None


def _as_complement_of_the_naming(token: Token) -> None:
    place = _complement_taken_for_a_place_compound(token)
    assert place is not None
    prep = token.head
    verb = prep.head.head
    for name in (c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c != place):
        name.head = place
    place.head, place.dep_ = prep, "pobj"
    token.head, token.dep_ = verb, "oprd"


def _second_that_clause_taken_for_a_main_clause(token: Token) -> Token | None:
    """ "believes that X bears responsibility for …, and that Y is responsible for …" parsed with
    the second clause a conjunct of the main verb: the first "that" clause under it, else None."""
    if token.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None
    head = token.head
    if any(c.dep_ == "mark" for c in head.children):
        return None
    clauses = [
        t for t in head.subtree
        if t.i < token.i and t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
    ]
    return clauses[0] if clauses else None


def _as_conjunct_of_the_first_that_clause(token: Token) -> None:
    first = _second_that_clause_taken_for_a_main_clause(token)
    assert first is not None
    for conjunction in [c for c in token.head.children if c.dep_ == "cc" and first.i < c.i < token.i]:
        conjunction.head = first
    token.head = first




def _content_of_a_claim_taken_for_the_verbs(token: Token) -> Token | None:
    """ "hardening the organisation's finding last year that the same conduct constituted …"
    parsed with the "that" clause the verb's complement: the claim noun the clause follows, else None."""
    if token.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None
    claims = [c for c in token.head.children if c.dep_ == "dobj" and c.lemma_.lower() in CONTENT_NOUNS and c.i < token.i]
    if not claims or claims[-1].right_edge.i + 1 != token.left_edge.i:
        return None  # the clause must follow the claim noun's own words directly
    return claims[-1]


def _as_content_of_the_claim(token: Token) -> None:
    claim = _content_of_a_claim_taken_for_the_verbs(token)
    assert claim is not None
    token.head, token.dep_ = claim, "acl"


# Nouns that sum up a deed just told ("…, conduct she said may amount to …").
SUMMARY_NOUNS = frozenset({"conduct", "acts", "actions", "practices", "abuses", "tactics", "treatment"})


def _summary_hung_on_the_main_verb(token: Token) -> Token | None:
    """ "rejected accusations that its fighters had removed villagers from the valley, conduct she
    said may amount to …" parsed with "conduct" a stray dependent of "rejected": the last word of the
    clause before the comma, which the summary stands beside, else None."""
    if token.lower_ not in SUMMARY_NOUNS or token.dep_ not in {"dep", "npadvmod"} or token.head.dep_ != "ROOT":
        return None
    if token.i < 2 or token.doc[token.i - 1].text != "," or not any(c.dep_ in {"relcl", "acl"} for c in token.children):
        return None
    last = token.doc[token.i - 2]
    clause = next((a for a in [last, *last.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
    if clause is None or clause == token.head or last.pos_ not in {"NOUN", "PROPN"}:
        return None  # the summary must follow a clause of its own below the main verb
    return last


def _as_summary_of_the_clause_before(token: Token) -> None:
    last = _summary_hung_on_the_main_verb(token)
    assert last is not None
    token.head, token.dep_ = last, "appos"


# Verbs that close a sentence by saying who told it ("…, X said in a report.").
CLOSING_ATTRIBUTION_LEMMAS = frozenset({"say", "tell", "add", "state", "conclude", "write", "report", "allege", "claim", "charge"})


def _closing_attribution_taken_for_a_conjunct(token: Token) -> bool:
    """ "X executed farmers and forced villagers out, in what amounts to …, A and B said in a joint
    report" parsed with "said" a third conjunct of the told verbs: a verb of saying with no "and"
    of its own, its subject right after a comma and nothing it reports after it."""
    if token.dep_ != "conj" or token.lemma_.lower() not in CLOSING_ATTRIBUTION_LEMMAS or token.head.dep_ != "ROOT":
        return False
    if token.head.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if len(subjects) != 1 or subjects[0].left_edge.i == 0:
        return False
    before = token.doc[subjects[0].left_edge.i - 1]
    return before.text == "," and not any(c.dep_ == "cc" and before.i < c.i < token.i for c in token.head.children)


def _as_attribution_of_the_clause(token: Token) -> None:
    told = token.head
    token.head, token.dep_ = token, "ROOT"
    told.head, told.dep_ = token, "ccomp"


def _subject_taken_for_an_apposition(token: Token) -> Token | None:
    """ "In her report to the X Council, the special rapporteur on Y, A, concluded that …" parsed
    with no subject and "the rapporteur" an apposition inside the opening phrase: that apposition,
    the outermost one ending right before the verb or the comma before it ("In a statement quoted by
    Z, the X Brigades denied …"), else None."""
    if token.pos_ != "VERB" or token.dep_ != "ROOT" or token.i < 4:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in token.children):
        return None
    # the opening phrase: "In her report to …", or a participle's "Presenting the report to …"
    opening = next((c for c in token.children if c.dep_ in {"prep", "advcl"} and c.left_edge.i == token.sent.start), None)
    if opening is None:
        return None
    last = _word_before_verb(token)
    chain = [a for a in [last, *last.ancestors] if a.dep_ == "appos" and a.i > opening.i and opening in a.ancestors]
    if not chain or chain[-1].right_edge.i != last.i or token.doc[chain[-1].left_edge.i - 1].text != ",":
        return None
    if opening.dep_ == "advcl" and not any(c.dep_ == "poss" for c in chain[-1].children):
        return None  # after a participle only "its chair, A," (a named speaker is found without repair)
    return chain[-1]


def _word_before_verb(token: Token) -> Token:
    """The last word before the verb, skipping one comma."""
    return token.doc[token.i - 2] if token.doc[token.i - 1].text == "," else token.doc[token.i - 1]


def _as_subject_of_the_verb(token: Token) -> None:
    subject = _subject_taken_for_an_apposition(token)
    assert subject is not None
    named = _word_before_verb(token)
    person = next((a for a in [named, *named.ancestors] if a.dep_ == "appos" and a != subject and subject in a.ancestors), None)
    subject.head, subject.dep_ = token, "nsubj"
    if person is not None and person.pos_ == "PROPN":  # "the rapporteur on Y, A,": A names the rapporteur (no entities yet)
        person.head = subject


def _rejected_finding_taken_for_the_root(token: Token) -> Token | None:
    """ 'X dismissed as "a fabrication" the commission's finding that Y …' parsed with "finding" the
    root and the rejection a clause of it: the rejecting verb, else None."""
    if token.dep_ != "ROOT" or token.pos_ != "NOUN" or token.lemma_.lower() not in CONTENT_NOUNS:
        return None
    verb = next((c for c in token.children if c.dep_ == "ccomp" and c.i < token.i and c.lemma_.lower() in REJECTING_VERBS), None)
    if verb is None or any(c.dep_ == "dobj" for c in verb.children) or not any(c.lower_ == "as" for c in verb.children):
        return None
    return verb


def _as_object_of_the_rejecting_root(token: Token) -> None:
    verb = _rejected_finding_taken_for_the_root(token)
    assert verb is not None
    for child in [c for c in token.children if c.dep_ == "punct" and c.i == token.sent.end - 1]:
        child.head = verb  # the sentence's full stop belongs to its root
    verb.head, verb.dep_ = verb, "ROOT"
    token.head, token.dep_ = verb, "dobj"


# Titles of an office held "on" or "for" a country or a theme ("the special rapporteur on X").
MANDATE_TITLES = frozenset({
    "rapporteur", "envoy", "representative", "expert", "coordinator", "adviser", "advisor",
})


def _name_of_the_office_holder_hung_on_the_mandate(token: Token) -> Token | None:
    """ "the Special Rapporteur on X, A B," parsed with "A B" an apposition of X (or of the noun the
    title hangs on): the title, else None."""
    if token.dep_ not in {"appos", "conj"} or token.pos_ != "PROPN" or token.head.i > token.i or token.left_edge.i < 4:
        return None
    comma = token.doc[token.left_edge.i - 1]
    mandate = token.doc[comma.i - 1]
    if comma.text != "," or mandate.dep_ != "pobj" or mandate.head.lower_ not in {"on", "for", "in"}:
        return None
    title = mandate.head.head
    if title.lemma_.lower() not in MANDATE_TITLES or title == token.head:
        return None
    if token.dep_ == "conj" and any(t.dep_ == "cc" for t in token.doc[token.head.i : token.i]):
        return None  # "on X and Y": two places, no name after a comma
    return title


def _as_apposition_of_the_title(token: Token) -> None:
    title = _name_of_the_office_holder_hung_on_the_mandate(token)
    assert title is not None
    token.head, token.dep_ = title, "appos"


# What a court issues "for" someone ("warrants of arrest for A and B").
WARRANT_WORDS = frozenset({"warrant", "arrest", "indictment", "summons"})


def _for_taken_for_a_subordinator(token: Token) -> Token | None:
    """ "asked the judges to issue warrants of arrest for A, …, and B, …, having found reasonable
    grounds …" parsed with "for" a subordinator and A and B the subjects of "having found": the
    warrant noun the names belong to, else None."""
    if token.lower_ != "for" or token.i == 0 or token.doc[token.i - 1].lemma_.lower() not in WARRANT_WORDS:
        return None
    clause = _clause_after_for(token)
    if clause is None or not any(c.lower_ == "having" for c in clause.children):
        return None
    names = [c for c in clause.children if c.dep_ == "nsubj" and c.i > token.i and c.pos_ == "PROPN"]
    return token.doc[token.i - 1] if names else None


def _clause_after_for(token: Token) -> Token | None:
    """The participle clause the parser made "for" introduce ("for A … having found"), if any."""
    if token.dep_ == "mark":
        return token.head
    return next((c for c in token.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)


def _as_the_warrants_object(token: Token) -> None:
    noun = _for_taken_for_a_subordinator(token)
    clause = _clause_after_for(token)
    assert noun is not None and clause is not None
    [name, *_] = [c for c in clause.children if c.dep_ == "nsubj" and c.i > token.i and c.pos_ == "PROPN"]
    token.head, token.dep_, token.pos_, token.tag_ = noun, "prep", "ADP", "IN"
    name.head, name.dep_ = token, "pobj"
    asking = [a for a in noun.ancestors if a.pos_ == "VERB"]
    clause.head, clause.dep_ = (asking[-1] if asking else clause.sent.root), "advcl"  # the one who asks has found it


def _verb_taken_for_a_noun(token: Token) -> bool:
    """ "claims that the X Armed Forces target civilians": "target" tagged a noun, though the parse
    gives it a subject and an object and hangs it as a clause ("that" its marker): a verb."""
    return (
        token.pos_ == "NOUN" and token.dep_ in {"relcl", "ccomp", "acl"} and token.tag_ in {"NN", "NNS"}
        and any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "dobj" for c in token.children)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    )


def _as_verb(token: Token) -> None:
    token.pos_, token.tag_ = "VERB", "VBZ" if token.tag_ == "NNS" else "VBP"  # "targets", "target"
    token.dep_ = "ccomp" if token.head.lemma_.lower() not in CONTENT_NOUNS else "acl"


def _verb_after_a_modal_taken_for_a_noun(token: Token) -> bool:
    """ "the treatment of detainees by X may, in our view, amount to crimes against humanity":
    "amount" tagged a noun, though it has a modal and a subject of its own: a verb's base form."""
    return (
        token.pos_ == "NOUN" and token.tag_ == "NN" and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
    )


def _as_base_verb(token: Token) -> None:
    token.pos_, token.tag_ = "VERB", "VB"


# Each misparse (a test on a token: True or the token it found, else False or None) with its repair,
# in the order they are tried.
# Verbs that take whom they tell as object and what they tell as a "that" clause.
TELLING_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "brief", "notify"})


def _told_clause_taken_for_a_relative(token: Token) -> Token | None:
    """ "told the same session that the Forces bear no responsibility …" parsed with the "that"
    clause a modifier of "session": the telling verb, when the clause has a subject of its own
    and the noun it hangs on is the addressee (no claim noun), else None."""
    if token.dep_ not in {"acl", "relcl"} or token.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in token.children):
        return None
    addressee = token.head
    if addressee.dep_ != "dobj" or addressee.lemma_.lower() in CONTENT_NOUNS or addressee.head.lemma_.lower() not in TELLING_VERBS:
        return None
    return addressee.head


def _as_clause_told(token: Token) -> None:
    verb = _told_clause_taken_for_a_relative(token)
    assert verb is not None
    token.head, token.dep_ = verb, "ccomp"


_REPAIRS: tuple[tuple[Callable[[Token], object], Callable[[Token], None]], ...] = (
    (_claims_taken_for_a_verb, _as_rejected_claims),
    (_rejection_taken_for_a_noun, _as_relative_rejection),
    (_agent_of_an_active_verb, _as_agent_of_the_object),
    (_summing_noun_taken_for_a_verb, _as_summing_noun),
    (_possessive_ending_a_name, _as_possessor_named_whole),
    (_object_after_quoted_complement, _as_object_of_the_rejection),
    (_finding_taken_for_a_verb, _as_rejected_finding),
    (_complement_taken_for_a_place_compound, _as_complement_of_the_naming),
    (_second_that_clause_taken_for_a_main_clause, _as_conjunct_of_the_first_that_clause),
    (_content_of_a_claim_taken_for_the_verbs, _as_content_of_the_claim),
    (_summary_hung_on_the_main_verb, _as_summary_of_the_clause_before),
    (_closing_attribution_taken_for_a_conjunct, _as_attribution_of_the_clause),
    (_subject_taken_for_an_apposition, _as_subject_of_the_verb),
    (_rejected_finding_taken_for_the_root, _as_object_of_the_rejecting_root),
    (_name_of_the_office_holder_hung_on_the_mandate, _as_apposition_of_the_title),
    (_for_taken_for_a_subordinator, _as_the_warrants_object),
    (_verb_taken_for_a_noun, _as_verb),
    (_verb_after_a_modal_taken_for_a_noun, _as_base_verb),
    (_told_clause_taken_for_a_relative, _as_clause_told),
)


@Language.factory("casefile_parse_repairs")
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs()
