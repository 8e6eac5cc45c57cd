"""Repairs of parses the small English model gets wrong in a way that turns a claim around.

"The Front rejected government claims that its fighters …": the model reads "claims" as a verb
whose subject is "government", so the rejected claim becomes the government's own saying and
everything after it is attributed to the government. A noun-noun compound before "claims" under
a verb of rejection is the claim's author, and "claims" the rejected object: the repair gives the
tokens that reading (tag, dependency), so the frames see a rejection of someone's claims.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# Plural nouns of claim that the model takes for a third-person verb after a noun.
CLAIM_NOUNS = {"claims": "claim", "charges": "charge"}
# Verbs whose object is a claim they reject.
REJECTING_VERBS = frozenset({"reject", "dismiss", "deny", "refute", "dispute", "denounce", "contest", "brush"})


class ParseRepairs:
    """Re-reads "rejected X claims that …" as a rejection of X's claims."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if _claims_taken_for_a_verb(token):
                _as_rejected_claims(token)
        return doc


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


@Language.factory("casefile_parse_repairs")
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs()
