"""Word lists and parse-tree helpers shared by the readers of allegations and denials, and the
:class:`Finding` they fill in before it becomes records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from casefile.extract.frames import Frame, dependents, warrant_of
from casefile.extract.parties import PLACE_PART_NOUNS, SETTLEMENT_NOUNS, Party
from casefile.records import CATEGORIES, Allegation

QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# A state's armed organs, which a story names bare ("the army") once the state is clear.
ARMED_ORGANS = frozenset({"military", "army", "troops", "police", "navy", "soldiers"})
# What one party lends another that acts ("with X's support").
SUPPORT_NOUNS = frozenset({"support", "help", "backing", "assistance", "participation", "involvement", "complicity", "cooperation"})
# Modals of what someone ought to do: a recommendation, not a finding.
DEONTIC_MODALS = frozenset({"should", "must", "shall", "ought"})
# Participles by which people are in someone's custody ("detainees held by X").
CUSTODY_VERBS = frozenset({"hold", "detain", "capture", "imprison", "abduct", "arrest", "take", "keep", "seize", "kidnap"})
# Nouns for being held by a party ("in Xian custody", "from X captivity").
CUSTODY_NOUNS = frozenset({"custody", "captivity", "detention"})
# Verbs telling harmful conduct whose subject did it, when no legal term names it.
HARM_VERBS = CUSTODY_VERBS | frozenset({
    "burn", "shell", "bomb", "loot", "pillage", "plunder", "expel", "empty", "raze", "destroy", "demolish",
    "attack", "fire", "strike", "shoot", "target", "starve", "block", "deport", "displace", "remove", "drive",
    "recruit", "conscript", "enlist", "execute", "torture", "rape", "beat", "besiege", "encircle", "storm",
    "kill", "murder", "massacre", "assassinate", "abduct", "kidnap", "blow", "maim", "mutilate", "flog", "seize",
    "force",  # "forced 3,000 highlanders back across the border"
})
# Verbs whose people are met, heard or helped, not harmed ("interviewed 58 refugees").
CARING_VERBS = frozenset({
    "interview", "meet", "visit", "consult", "survey", "hear", "ask", "help", "treat", "assist", "rescue",
    "feed", "protect", "register", "receive", "host", "shelter", "house", "examine", "represent", "support",
})
# Verbs that shut a way in, and the ways and supplies a siege shuts ("closed the last road into the town").
CLOSING_VERBS = frozenset({"close", "seal", "cut", "shut", "block", "bar"})
# Using a weapon is a deed that may harm ("used grenades during the rescue, conduct that …").
USING_VERBS = frozenset({"use", "fire", "drop", "deploy", "throw", "launch"})
WEAPON_OBJECTS = frozenset({
    "grenade", "bomb", "shell", "rocket", "missile", "munition", "ammunition", "explosive", "gas", "bullet",
    "round", "mortar", "drone", "weapon", "force",
})
SUPPLY_LINES = frozenset({
    "road", "route", "crossing", "corridor", "border", "port", "access", "supply", "supplies", "water", "electricity",
    "aid", "food", "convoy", "convoys", "checkpoint", "bridge",
})
# Deeds a story points back at besides the conduct nouns ("the seizure", "these arrests").
POINTED_DEEDS = frozenset({"act", "removal", "abuse", "seizure", "abduction", "arrest", "detention", "disappearance", "execution", "death", "pattern"})
# Participles by which unnamed doers are another's: "cells run by X", "gunmen directed by X".
CONTROL_VERBS = frozenset({"run", "direct", "control", "command", "operate", "lead", "send", "dispatch"})
# Nouns for people as those conduct is done to ("passengers", "villagers").
PEOPLE_NOUNS = frozenset({
    "people", "person", "civilian", "passenger", "resident", "villager", "man", "woman", "child", "boy", "girl",
    "detainee", "prisoner", "captive", "hostage", "family", "refugee", "worker", "student", "teacher",
    "journalist", "patient", "farmer", "fisherman", "worshipper", "protester", "demonstrator", "inhabitant",
    "elder", "clerk", "doctor", "nurse", "volunteer", "shepherd",
})
# Acts of hostilities a party may be accused of with no legal term ("accused X of shelling …").
HOSTILE_VERBS = frozenset({
    "shell", "bomb", "strike", "attack", "fire", "target", "shoot", "massacre", "besiege", "raid", "storm",
    "machine-gun", "gun", "strafe", "mortar",
})
# Verbs by which a speaker makes another's findings its own ("endorsed the commission's findings").
ENDORSING_VERBS = frozenset({"endorse", "welcome", "back", "echo", "uphold", "reaffirm", "adopt"})
# Evidence a claim rests on, and verbs that say it was faked ("the footage had been staged").
EVIDENCE_NOUNS = frozenset({"footage", "video", "image", "photo", "photograph", "picture", "recording", "evidence", "scene"})
FAKED = frozenset({"staged", "faked", "doctored", "fabricated", "manipulated", "forged", "falsified"})
# Plural incident nouns that, after a comma, sum up the deed just told ("X shelled the camp, attacks which …").
INCIDENT_SUMMARIES = frozenset({"attacks", "strikes", "killings", "raids", "bombardments", "assaults", "incidents"})
# Deeds whose passive with "no one" for subject denies them ("no civilian was harmed", "nobody was moved").
SUFFERED_DEEDS = frozenset({"kill", "harm", "hurt", "injure", "wound", "target", "attack", "torture", "move", "expel", "deport", "displace", "starve", "shell", "bomb", "shoot", "execute", "rape", "beat"})
# Deeds a denier lays at another party's door ("the rockets had been launched by Z").
COUNTER_BLAMED_DEEDS = HOSTILE_VERBS | frozenset({"launch", "plant", "detonate", "kill", "carry"})
# Verbs by which a denier gives its own account ("…, saying the shells were fired by Z").
INSISTING_VERBS = frozenset({"say", "insist", "claim", "maintain", "argue", "add", "contend"})
# Adverbs by which an accusation adds to the one told before ("also accused Y of …").
ADDING_ADVERBS = frozenset({"also", "likewise", "similarly", "further", "additionally"})
# Verbs by which a court finds a charge not proved.
ACQUIT_VERBS = frozenset({"acquit"})
# Verbs by which a higher court sets a judgment aside, and the judgments set aside.
REVERSAL_VERBS = frozenset({"quash", "overturn", "reverse", "vacate", "annul"})
JUDGMENT_NOUNS = frozenset({"conviction", "convictions", "verdict", "sentence", "judgment", "judgement"})
# Verbs that say what something is ("called it a war crime", "described the raids as …").
CALLING_VERBS = frozenset({
    "call", "describe", "label", "term", "brand", "characterize", "characterise", "consider", "deem", "find", "name",
    "list", "designate", "declare",  # "listed the movement as a terrorist organisation"
})
# Verbs that lay an incident at a party's door, with the preposition naming that party.
BLAME_PREPOSITIONS = {"attribute": "to", "blame": "on", "ascribe": "to"}
# Verbs whose negation still takes their object as done ("does not justify the killings").
PRESUPPOSING_VERBS = frozenset({"justify", "excuse", "absolve", "erase", "diminish", "mitigate", "lessen", "undo"})
# "criminal responsibility", "criminally liable": what a breach of IHL carries when it is a war crime.
CRIMINAL_RESPONSIBILITY = re.compile(r"\bcriminal(?:ly)? (?:responsib|liab)", re.IGNORECASE)
# Verbs by which a party takes an accusation against it as true.
ADMISSION_VERBS = frozenset({"accept", "admit", "acknowledge", "concede"})
# Verbs by which a party owns up to a deed told in their clause ("admitted that its soldiers fired …").
OWNING_UP_VERBS = frozenset({"admit", "acknowledge", "concede"})
# Nouns naming a formal charge: "an indictment against X", "charges against X".
CHARGE_NOUNS = frozenset({"indictment", "charge", "warrant", "complaint"})
# Words by which someone takes part in conduct named before ("participated in them"; "took
# part in them" is read off the verb).
PARTICIPATION_WORDS = frozenset({"participate", "part", "involve", "involved", "engage", "complicit", "implicate", "implicated"})
# Nouns that name a rejected thing other than an accusation ("denied responsibility").
DENIED_OBJECTS = frozenset({"responsibility", "involvement", "role", "wrongdoing", "guilt", "culpability"})
# Prepositions whose phrase on a reporting verb may date the statement ("on Thursday").
TEMPORAL_PREPS = frozenset({"on", "in", "since", "during", "last", "earlier"})
# Dependency labels through which the legal term is the clause's object.
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "pobj", "acomp", "xcomp", "ccomp", "conj", "appos", "dative"})


@dataclass
class Finding:
    """Legal terms gathered under one frame about one set of accused, before becoming records."""

    frame: Frame
    accused: tuple[Party, ...]
    stance: str
    syntactic: bool
    categories: list[str] = field(default_factory=list)
    acts: list[str] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    certainty: float = 1.0
    hedges: dict[str, float] = field(default_factory=dict)  # each term's surest certainty

    def note_certainty(self, label: str, certainty: float) -> None:
        """The gravest category's own hedge decides, said firmly once it is firm ("genocide has
        been committed … and may still be occurring"); acts alone, their least certain one."""
        self.hedges[label] = max(self.hedges.get(label, 0.0), certainty)
        graded = [c for c in CATEGORIES if c in self.hedges]
        self.certainty = self.hedges[graded[0]] if graded else min(self.hedges.values())


# Who speaks for armed people of its own, and the plural nouns of those people ("troops fired warning shots").
ARMED_SPEAKER_KINDS = frozenset({"state", "government_body", "armed_group"})
RANK_AND_FILE = frozenset({"troop", "soldier", "fighter", "gunner", "pilot", "sailor", "unit", "guard", "officer", "policeman"})



def disclaimed(token: Token) -> Token | None:
    """ "bore no responsibility", "had no role": for a disclaimed object, the word whose "for"/"in"
    names the incident disclaimed (the object, or the verb taking it), else None."""
    if token.lemma_.lower() not in DENIED_OBJECTS or not any(d.lower_ == "no" and d.dep_ == "det" for d in token.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"for", "in"} for c in token.children):
        return token  # "no responsibility for the strike"
    return token.head if token.dep_ in {"dobj", "appos"} else token  # "bore no responsibility … for the strike"


def accused_as_party(record: Allegation) -> Party:
    """The party an earlier record accused, carried over to a claim that names it no more."""
    return Party(record.accused, "", record.accused_text, record.evidence.start, record.evidence.start)


def says_what_conduct_is(verb: Token, subjects: list[Token]) -> bool:
    """ "That is hostage-taking", "it is a war crime": a copula whose subject is a bare
    pronoun and whose attribute is a noun names the conduct, not who did it."""
    return (
        verb.lemma_ == "be" and len(subjects) == 1 and subjects[0].lower_ in {"it", "this", "that", "these", "those"}
        and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)
    )


def is_one_of(token: Token, words: frozenset[str]) -> bool:
    """Whether ``token`` is one of ``words``, as written or by its lemma ("attacks", "attack")."""
    return token.lower_ in words or token.lemma_.lower() in words


def finite_verb_hung_on_noun(verb: Token) -> bool:
    """A verb with an object parsed as a noun's modifier ("acl"), where the verb is finite or
    the noun heads a sentence with no other verb: a reduced relative would be a participle
    without an object, so the noun is in fact the verb's subject."""
    return (
        verb.dep_ == "acl"
        and (verb.tag_ == "VBD" or verb.head.dep_ == "ROOT")
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "dobj" for c in verb.children)
    )


CHARGING_VERBS = frozenset({"charge", "indict", "prosecute", "arrest", "convict", "sentence"})


def domestic_charge(finding: Finding) -> bool:
    """A charge, arrest, warrant or conviction for acts named without a category ("arrested on
    charges of torture"), by anyone but an international court or body (a state's own court is
    part of the state): the acts are charged as crimes of the state's own law."""
    verb = finding.frame.verb
    charging = verb.lemma_.lower() in CHARGING_VERBS or warrant_of(verb) is not None or any(
        a.lemma_.lower() == "charge" and a.pos_ == "NOUN" for t in finding.tokens for a in t.ancestors
    )  # "… was arrested on charges of torture"
    return charging and not any(p.kind in {"court", "un_body"} and not p.part_of for p in finding.frame.speakers)


def infinitive(verb: Token) -> bool:
    """ "… to contest the accusations": a to-infinitive without "for" has no subject of its
    own; a subject the parser gave it belongs to the clause above."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "mark" and c.lower_ == "for" for c in verb.children
    )


def speaks_in_first_person(verb: Token) -> bool:
    """ "We documented …", "our teams recorded …": the quoted speaker reporting."""
    return any(
        s.lower_ in {"we", "i"} or any(c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in s.children)
        for s in dependents(verb, {"nsubj"})
    )


def names_suspects(noun: Token) -> bool:
    """ "X are suspects", "X is the main suspect": a predicate noun of "be", not negated."""
    return (
        noun.lemma_.lower() == "suspect" and noun.pos_ == "NOUN" and noun.dep_ == "attr"
        and noun.head.lemma_ == "be" and not dependents(noun.head, {"neg"})
    )


NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none"})


# Nouns of a negating adverbial phrase: "in no sense", "in no way", "by no means".
NEGATING_PHRASE_NOUNS = frozenset({"sense", "way", "means", "mean", "respect", "case"})  # "means" lemmatises to "mean"


def negating_phrase(node: Token) -> bool:
    """Whether ``node`` carries "in no sense", "in no way" or "by no means"."""
    return any(
        p.dep_ == "prep" and p.lower_ in {"in", "by"} and o.lemma_.lower() in NEGATING_PHRASE_NOUNS
        and any(d.lower_ == "no" for d in o.children if d.dep_ == "det")
        for p in node.children for o in p.children if o.dep_ == "pobj"
    )


def deed_of_the_subject_above(token: Token, stop: Token) -> bool:
    """ "A spokesman for X, A B, denied holding any hostages": a deed with no subject of its own,
    hung on the denying verb as its complement, is the denier's own (not the person's beside it)."""
    node = token
    while node != stop and node.head != node:
        if node.pos_ in {"VERB", "AUX"} and dependents(node, {"nsubj", "nsubjpass"}):
            return False
        if node.head == stop:
            return node.dep_ == "xcomp" and node.pos_ in {"VERB", "AUX"}
        node = node.head
    return False


# Verbs of seeing and showing whose object is shown doing something ("shows fighters shooting …").
PERCEPTION_VERBS = frozenset({"show", "see", "film", "record", "depict", "capture", "watch", "witness", "photograph"})


def seen_doing(verb: Token) -> bool:
    """ "The video shows fighters of X shooting prisoners": a present participle on the object of a
    verb of seeing or showing has that object for its subject."""
    noun = verb.head
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in PERCEPTION_VERBS
    )


# Verbs of hiding a deed behind words ("a lie to cover up the attack", "to distract from its crimes").
COVER_UP_VERBS = frozenset({"cover", "hide", "conceal", "distract", "divert", "deflect", "whitewash", "mask", "obscure"})


def inside_a_cover_up(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies in a clause, under ``verb``, of hiding a deed ("a lie to cover up …")."""
    return any(a.lemma_.lower() in COVER_UP_VERBS for a in token.ancestors if a.i != verb.i and verb in a.ancestors)


def fronted_accusation(verb: Token, accusation_nouns: frozenset[str]) -> bool:
    """ ", a charge the group denies" parsed as a clause of its own: a rejecting verb whose object,
    an accusation noun after a comma, stands before its subject."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in accusation_nouns]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not objects or not subjects or objects[0].i > subjects[0].i:
        return False
    start = objects[0].left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","


def in_scope_of(cue: Span, token: Token, path: list[Token]) -> bool:
    """Whether a hedging phrase bears on the term at ``token``: the term lies under the phrase
    ("to examine whether [X amounts to genocide]") or the phrase hangs on the term's way up to its
    frame ("…, if proven, would amount to …"). Not a term told beside it in the same sentence
    ("accused X of ethnic cleansing and asked the court to examine whether …")."""
    root = cue.root
    return token in root.subtree or root in path or root.head in path


def cleft_focus(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "It is X that/whose …": the party a cleft sentence puts in focus, the doer of its clause."""
    if verb.lemma_ != "be" or [s.lower_ for s in subjects] != ["it"]:
        return []
    attrs = dependents(verb, {"attr"})
    if any(c.dep_ == "ccomp" and any(s.lower_ in {"that", "who"} for s in dependents(c, {"nsubj"})) for c in verb.children):
        return attrs  # "It is X that has besieged …" with the clause parsed as the verb's complement
    return [  # "It is X and Y who …": the clause may hang on the last of the coordinated parties
        a for a in attrs if any(c.dep_ == "relcl" for n in (a, *a.conjuncts) for c in n.children)
    ]


def is_somewhere(noun: Token) -> bool:
    """A place, or what a place noun is "of" ("residential areas of X": X is somewhere here)."""
    if names_a_place(noun):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in {"of", "in"} and noun.head.head.lemma_.lower() in PLACE_PART_NOUNS | SETTLEMENT_NOUNS


def names_a_place(noun: Token) -> bool:
    """ "the capital", "Sorvath", "the eastern districts": somewhere, not someone."""
    return noun.ent_type_ in {"GPE", "LOC", "FAC"} or noun.lemma_.lower() in SETTLEMENT_NOUNS | PLACE_PART_NOUNS | {"capital", "territory", "land", "ground"}


# Words by which a teller's clause speaks of the teller's own side ("it", "its fighters", "our men").
OWN_WORDS = frozenset({"it", "they", "we", "its", "their", "our"})


def own_deed_negated(verb: Token) -> bool:
    """ "X said its fighters had detained nobody", "… that they had never fired on the town": the
    teller's own side (a pronoun, or a noun of "its"/"their"/"our") said not to have done the deed."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    own = any(s.lower_ in OWN_WORDS or any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in s.children) for s in subjects)
    if not own:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True  # "had not entered", "never fired"
    return any(
        c.dep_ == "dobj" and (c.lower_ in NEGATIVE_PRONOUNS | {"no one"} or any(d.lower_ == "no" and d.dep_ == "det" for d in c.children))
        for c in verb.children
    )  # "detained nobody", "targeted no civilians"


def negative_subject(token: Token) -> bool:
    """ "Nobody is being starved by X", "no civilians were targeted": a deed whose subject is
    "nobody" or "no …" is denied. Only the deed's own verb counts: in "no one has been held
    accountable for X's war crimes" the crimes are taken as done."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if token != verb and token.dep_ not in {"dobj", "attr"}:
        return False
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in NEGATIVE_PRONOUNS:
            return True
        if any(c.lower_ == "no" and c.dep_ == "det" for c in subject.children):
            return True
    return False


def subject_taken_for_apposition(verb: Token) -> list[Token]:
    """ "In the towns it holds along the Y valley, X has barred girls from school": after a fronted
    place phrase the parser may make the subject X an apposition to the place; the noun phrase
    ending right before the verb's own words is then its subject."""
    edge = min([c.i for c in verb.lefts if c.dep_ in {"aux", "neg", "advmod"}] + [verb.i])
    if edge == 0 or verb.pos_ != "VERB":
        return []
    before = verb.doc[edge - 1]
    appos = next((t for t in [before, *before.ancestors] if t.dep_ == "appos" and t.right_edge.i == edge - 1), None)
    if appos is None or appos.head.i > appos.i or appos.head.dep_ != "pobj" or verb not in appos.ancestors:
        return []
    return [appos]


def agent_hung_on_adjunct(verb: Token) -> list[Token]:
    """ "were detained at checkpoints by X": the passive's "by" phrase, hung by the parser on the
    place or time phrase before it."""
    return [
        by for p in verb.children if p.dep_ == "prep" and p.lower_ != "by"
        for o in p.children if o.dep_ == "pobj"
        for by in o.children if by.dep_ == "prep" and by.lower_ == "by"
    ]


def subject_left_on_a_participle(verb: Token) -> list[Token]:
    """ "X said that police, acting under decrees adopted after the bombing, had held 146 suspects …,
    subjected them to …": the parser read the participle "adopted" as the clause's verb, gave it the
    subject, and hung the real verb, and those joined to it, on the teller with no subject."""
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in first.children):
        return []
    before = [c for c in first.head.children if c.dep_ == "ccomp" and c.i < first.i and c.tag_ == "VBN"]
    if not before or not any(c.dep_ == "aux" for c in first.children):
        return []  # "had held": a finite verb of its own, looking for the subject it lost
    return [c for c in before[-1].children if c.dep_ == "nsubj"]


def top_of(name: str, parents: dict[str, str]) -> str:
    """The body at the top of ``name``'s part-of chain in the gazetteer (an air wing's state)."""
    for _ in range(4):
        if name not in parents:
            break
        name = parents[name]
    return name


def pointer_taken_into_term(token: Token) -> bool:
    """ "These are enforced disappearances" parsed as "These [are enforced]": the pointer is the
    passive subject of the term's own participle (hung on the noun, or taking it as object)."""
    if token.lower_ not in {"this", "that", "these", "those"} or token.dep_ != "nsubjpass" or token.head.i < token.i:
        return False
    participle = token.head
    return participle.tag_ == "VBN" and (
        participle.dep_ == "amod" and participle.head.pos_ == "NOUN"
        or any(o.dep_ == "dobj" and o.i == participle.i + 1 for o in participle.children)
    )


# Nouns through which a deed is named as an instance of an act ("a clear case of hostage-taking").
INSTANCE_NOUNS = frozenset({"use", "case", "instance", "example", "form", "act", "practice"})


def names_what_it_is(token: Token) -> bool:
    """ "…, which is hostage-taking", "called the abductions hostage-taking", "describing the
    seizure as hostage-taking": an act named as what the conduct told is; also through the noun
    of a use or an instance that holds it ("calling it textbook use of human shields")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in INSTANCE_NOUNS:
        token = token.head.head
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "constitute":
        return True  # "Such practices constitute enforced disappearance"
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() == "amount":
        return True  # "These acts amount to torture"
    if any(pointer_taken_into_term(g) for c in (token, *token.children) for g in c.children):
        return True  # "These are enforced disappearances"
    if token.dep_ == "oprd" and token.head.lemma_.lower() in CALLING_VERBS:
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in CALLING_VERBS and any(
        c.dep_ == "dobj" and c.i < token.i for c in token.head.children
    ):
        return True  # "calling it textbook use of …": the parser's second object is the name given
    if token.dep_ != "pobj" or token.head.lower_ != "as":
        return False
    held = token.head.head  # "as" on the verb, or on its object ("describing [the seizure as …]")
    return held.lemma_.lower() in CALLING_VERBS or (held.dep_ == "dobj" and held.head.lemma_.lower() in CALLING_VERBS)
