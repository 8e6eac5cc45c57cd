"""From a noun in the parse to the party it names, and from references back to a party.

A *party* is who speaks or who is accused. The rules are about English: a state's organs
("Xian forces") stand for the state; a group noun ("armed groups") keeps its own phrase;
conduct ("X's strikes", "attacks by X") points at its owner; "it", "the group", "the
commission" refer back to a party already named. No rule names a party.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from casefile.nlp.doctext import (
    doc_spans,
    doc_text,
    in_quotes,
    paragraph_start,
    sentences_before_in_paragraph,
    span_text,
    spans_starting_in,
)
from casefile.nlp.lexicon import LegalLexicon

# Dependency labels of left modifiers that belong to a noun phrase's name.
NAME_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "nummod", "quantmod", "case", "det", "npadvmod"})
# Determiners and pronouns dropped from the front of a surface phrase.
# Adjectives that point back rather than describe: "the same coalition", "the so-called movement".
REFERRING_ADJECTIVES = frozenset({"same", "so-called", "so", "called", "self-styled", "self-proclaimed", "aforementioned"})
LEADING_NOISE = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that", "both", "either", "neither"})
# Actor kinds that are organisations (for "it", "the body", and persons speaking for them).
ORG_KINDS = frozenset({"ngo", "un_body", "court", "government_body", "armed_group", "other", "media"})
# Nouns that say what kind of body a name is ("the X group", "the X charity"): the named body itself.
TYPE_NOUNS = frozenset({"group", "organisation", "organization", "charity", "watchdog", "ngo"})
# Kinds of body that a type noun after the name does not narrow ("the X group" is X; a UN
# "group of experts" or a state's "group" is a body of its own).
SELF_TYPED_KINDS = frozenset({"ngo", "armed_group", "media", "other"})
# People within a body, who answer for their own conduct ("X leaders", "X commanders").
MEMBER_NOUNS = frozenset({"leaders", "leader", "commanders", "commander", "members", "member"})
# Ranks and posts by which one member of a force is described ("a sergeant of X").
RANKS = frozenset({
    "sergeant", "corporal", "private", "lieutenant", "captain", "major", "colonel", "general", "officer",
    "soldier", "fighter", "guard", "commander", "member", "militiaman", "policeman",
})
# Group nouns that, definite and alone, name one party as a name would ("the opposition").
COLLECTIVE_NAMES = frozenset({"opposition", "junta"})
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Plural nouns by which a story calls a non-state armed group it has named ("the rebels").
INSURGENT_NOUNS = frozenset({"rebels", "insurgents", "militants", "separatists", "guerrillas", "jihadists", "paramilitaries"})
# Nouns that sum up the deed a clause has just told (", conduct that may amount to …", ", acts which …").
SUMMING_NOUNS = frozenset({
    "conduct", "acts", "actions", "practice", "practices", "abuses", "measures", "behaviour", "behavior", "tactics",
    "treatment", "pattern",
})
# Verbs by which a speaker names what a deed is ("…, which it called a crime against humanity").
NAMING_VERBS = frozenset({
    "call", "describe", "term", "label", "brand", "characterise", "characterize",
    "regard", "consider", "deem", "view", "find", "say", "believe", "assess",  # "conduct it regards as pillage"
})
# Modifiers that make a group a civic one ("the rights group", "the aid agency").
CIVIC_MODIFIERS = frozenset({"rights", "aid", "relief", "humanitarian", "medical", "advocacy", "monitoring", "watchdog"})
# Nouns by which a party names its opponent ("his neighbour", "its rival").
RIVAL_NOUNS = frozenset({"neighbour", "neighbor", "rival", "adversary", "enemy", "foe", "opponent"})
# Nouns that count instances of a deed ("58 cases of rape against women committed by X").
CASE_NOUNS = frozenset({"case", "incident", "instance", "act", "count"})
# Nouns of taking part in another's deed ("with the assistance of Y", "with the participation of Y").
HELP_NOUNS = frozenset({"assistance", "help", "support", "participation", "complicity", "involvement", "collusion", "backing", "cooperation"})
GENERIC_SIDES = frozenset({"side", "sides", "parties", "party", "both", "all", "factions", "belligerents"})
# People described by the uniform they wear, and the words for it ("men in X uniforms").
UNIFORMED_NOUNS = frozenset({"man", "men", "gunman", "gunmen", "soldier", "fighter", "people", "person", "militiaman", "militiamen"})
# What attackers came on, by which witnesses describe them ("gunmen on motorcycles").
MOUNT_NOUNS = frozenset({"motorcycle", "motorbike", "horseback", "horse", "camel"})
UNIFORM_NOUNS = frozenset({"uniform", "uniforms", "fatigues", "insignia", "camouflage"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "within", "into", "throughout", "towards", "toward", "around", "along", "beyond"})
# Participles that say whom people belong to ("believed to be from X", "linked to X").
AFFILIATION_VERBS = frozenset({
    "believe", "say", "think", "suspect", "link", "affiliate", "belong", "tie", "connect", "associate", "report",
    "identify",  # "men identifying themselves as officers of X"
})
# Conduct nouns with no one to suffer them: their "of" names who moved ("the crossing of X units").
MOVEMENT_NOUNS = frozenset({"crossing", "incursion", "advance", "entry", "deployment", "presence"})
# Nouns for places, whose "of" names one ("the town of X", "the village of Y").
SETTLEMENT_NOUNS = frozenset({
    "town", "city", "village", "hamlet", "district", "region", "province", "port", "camp", "neighbourhood",
    "neighborhood", "suburb", "settlement", "municipality", "county", "island", "valley", "oasis",
})
# Nouns for a part of a place: what follows their "of" is a place ("the southern edge of X").
PLACE_PART_NOUNS = frozenset({
    "edge", "outskirts", "outskirt", "centre", "center", "heart", "suburbs", "periphery", "vicinity", "environs",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "entrance",
    "area", "part", "street",
})
# Who observes, reports or judges a conflict: never one of its "both sides".
OBSERVER_KINDS = frozenset({"person", "ngo", "un_body", "court", "media"})

# Kinds NER gives names the gazetteer does not know; a place may hide behind either.
GUESSED_KINDS = frozenset({"other", "person"})
# "under the X of Y": Y directs the conduct.
COMMAND_NOUNS = frozenset({"authority", "command", "order", "control", "direction", "leadership", "instruction"})
# Bodies that field no armed men: "its forces" is never theirs.
UNARMED_KINDS = frozenset({"ngo", "un_body", "court", "media"})
# Nouns for a party's armed men or arms ("its forces", "their fighters").
ARMED_NOUNS = frozenset({
    "forces", "force", "troops", "army", "military", "soldiers", "fighters", "militia", "militias", "units",
    "gunmen", "police", "navy", "aircraft", "jets", "drones", "artillery", "warplanes",
})
# Nouns of what is done to people, whose personal possessive is the one it is done to ("their detention").
SUFFERED_NOUNS = frozenset({
    "detention", "arrest", "imprisonment", "abduction", "kidnapping", "disappearance", "death", "killing",
    "execution", "torture", "deportation", "transfer", "expulsion", "removal", "capture", "treatment", "murder",
})
# Words that make arms the government's without naming it ("government artillery", "regime jets").
GOVERNMENT_WORDS = frozenset({"government", "regime", "pro", "pro-government", "government-backed", "regime-backed", "state"})
# Words that make arms a non-state group's without naming it ("rebel fighters", "insurgent mortar fire").
INSURGENT_WORDS = frozenset({"rebel", "insurgent", "militant", "separatist", "guerrilla", "jihadist", "militia"})
# What an armed party fires ("rebel mortar rounds"), and the words that name the weapon before it.
MUNITION_NOUNS = frozenset({"rounds", "shells", "rockets", "mortars", "missiles", "fire", "bombs", "shelling"})
WEAPON_WORDS = frozenset({"mortar", "artillery", "rocket", "tank", "sniper", "drone", "missile", "machine", "gun", "heavy"})
# Words in the names of a state's armed bodies besides the nouns for armed men ("Defence Forces", "Republican Guard").
ARMED_NAME_WORDS = frozenset({"guard", "defence", "defense", "armed", "air", "corps"})
# Kinds of body a bare organ noun ("the junta", "the army") may name again.
ORGAN_KINDS = frozenset({"government_body", "armed_group", "state", "other"})
# Descriptions that fit any kind of body ("the group said … HRW"), unlike "the commission".
GENERIC_BODY_NOUNS = frozenset({"group", "organisation", "organization", "body", "charity", "ngo", "watchdog", "agency", "monitor"})
# Nouns for a statement a body made: "the report by X said … . It also cited …" refers to X, not to "the report".
REPORT_NOUNS = frozenset({"report", "statement", "findings", "study"})
# Nouns that, bare and definite, name a state already named ("the kingdom", "the country").
# Verbs whose object, or whose "to" phrase, is the body spoken to, not the speaker's own.
AUDIENCE_VERBS = frozenset({"tell", "brief", "address", "inform", "update", "warn"})
SPEECH_VERBS = frozenset({"say", "speak", "report", "present", "testify", "tell", "deliver", "submit", "explain"})
POLITY_NOUNS = frozenset({"country", "kingdom", "republic", "federation", "nation", "emirate", "principality"})
PRONOUNS_ORG = frozenset({"it", "its", "they", "their", "them", "we", "our"})
PRONOUNS_PERSON = frozenset({"he", "she", "his", "her", "him"})

# Which actor kinds a referring noun may point back to.
# Nouns naming a court's prosecuting side by its role ("the Prosecution", "prosecutors").
PROSECUTION_NOUNS = frozenset({"prosecution", "prosecutor", "prosecutors"})
REFERENCE_KINDS: dict[str, frozenset[str]] = {
    "group": frozenset({"armed_group", "ngo", "other"}),
    "organisation": frozenset({"ngo", "other", "un_body"}),
    "organization": frozenset({"ngo", "other", "un_body"}),
    "ngo": frozenset({"ngo", "other"}),
    "charity": frozenset({"ngo", "other"}),
    "watchdog": frozenset({"ngo", "other", "un_body"}),
    "court": frozenset({"court", "other"}),
    "tribunal": frozenset({"court", "other"}),
    "chamber": frozenset({"court", "other"}),
    "prosecutor": frozenset({"court", "government_body", "person", "other"}),
    "prosecution": frozenset({"court", "government_body", "other"}),
    "ministry": frozenset({"government_body", "state"}),
    "government": frozenset({"state", "government_body"}),
    "authorities": frozenset({"state", "government_body", "other"}),
    "company": frozenset({"armed_group", "other"}),  # a private military company, a contractor
    "firm": frozenset({"armed_group", "other"}),
    "contractor": frozenset({"armed_group", "other"}),
    "alliance": frozenset({"armed_group", "other"}),  # "the alliance denied …": the armed alliance named before
    "coalition": frozenset({"armed_group", "other"}),
    "front": frozenset({"armed_group", "other"}),
    "movement": frozenset({"armed_group", "other"}),
    "brigade": frozenset({"armed_group", "other"}),
    "brigades": frozenset({"armed_group", "other"}),
    "battalion": frozenset({"armed_group", "other"}),
    "battalions": frozenset({"armed_group", "other"}),
    "militia": frozenset({"armed_group", "other"}),
    "guard": frozenset({"armed_group", "government_body", "other"}),
    "force": frozenset({"armed_group"}),  # "the paramilitary force": the armed body named before
    **dict.fromkeys(  # the names of civil-society bodies: "the network said", "the institute found"
        ("network", "project", "centre", "center", "institute", "foundation", "initiative", "observatory", "association", "league"),
        frozenset({"ngo", "other"}),
    ),
}
DEFAULT_REFERENCE_KINDS = frozenset({"un_body", "government_body", "ngo", "other", "court"})


def names_deeds_by_which(verb: Token) -> bool:
    """Whether a verb's object is a relative "which" standing for deeds told before it ("…, both of
    which it described as war crimes")."""
    return any(t.lower_ == "which" for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def deed_which_the_accuser_names(verb: Token, report_verbs: frozenset[str], accuse_verbs: frozenset[str]) -> bool:
    """ "X blamed Y's siege of the town, which it said amounted to collective punishment": a reporting
    relative on the deed an accusing verb lays on someone, its "it" the accuser."""
    deed = verb.head
    return (
        verb.dep_ == "relcl" and verb.lemma_.lower() in report_verbs and deed.pos_ == "NOUN"
        and any(t.lower_ in {"which", "that"} and verb in (t.head, t.head.head) for t in verb.subtree)  # on it or its clause
        and any(c.lower_ in {"it", "they"} and c.dep_ == "nsubj" for c in verb.children)
        and deed.head.lemma_.lower() in accuse_verbs and deed.dep_ == "dobj"
    )


@dataclass(frozen=True)
class Party:
    """A speaker or accused: canonical ``name``, ``kind``, and the words as written."""

    name: str
    kind: str
    surface: str
    start: int  # character offsets of the surface in the document text
    end: int
    part_of: str | None = None


# Verbs whose subject did the deed ("X committed …", "took part in …").
COMMISSION_VERBS = frozenset({"commit", "perpetrate", "participate", "join"})
# Predicates that find their subject answerable for a deed.
ANSWERABLE = frozenset({"responsible", "guilty", "liable", "culpable", "complicit"})


def civilians_as_doers(token: Token) -> bool:
    """ "X and some civilians were also found responsible", "civilians committed …": civilians
    told as the doers of a deed, not as the harmed."""
    head = token
    while head.dep_ in {"conj", "appos"}:
        head = head.head
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head
        if head.dep_ == "nsubj" and verb.lemma_.lower() in COMMISSION_VERBS:
            return True
        predicates = [c for c in verb.children if c.dep_ in {"acomp", "xcomp", "oprd"}]
        predicates += [g for c in predicates for g in c.children if g.dep_ in {"acomp", "attr"}]
        answerable = [p for p in predicates if p.lemma_.lower() in ANSWERABLE]
        return bool(answerable) and not any(_denied(t) for t in (verb, *answerable))
    return False


def _denied(word: Token) -> bool:
    """ "were not responsible", "responsible for none of the killings"."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "prep" and any(o.lower_ in {"none", "nothing"} for o in c.children))
        for c in word.children
    )


@dataclass
class PartyResolver:
    """Resolves tokens to parties within one document, remembering who was named and who spoke."""

    doc: Doc
    lexicon: LegalLexicon
    gazetteer_parent: dict[str, str] = field(default_factory=dict)
    gazetteer_states: frozenset[str] = frozenset()  # the gazetteer's states, named in the passage or not
    speakers: list[tuple[int, Party]] = field(default_factory=list)
    speaks_for: dict[str, Party] = field(default_factory=dict)  # person -> the body they spoke for
    tellers: list[tuple[int, Party]] = field(default_factory=list)  # bodies that told the story, by name, with no claim
    voice: Party | None = None  # the author a statement declares in its opening, if any
    _actor_at: dict[int, Span] = field(default_factory=dict)
    _legal_at: set[int] = field(default_factory=set)  # tokens inside a legal term
    _act_at: set[int] = field(default_factory=set)  # tokens inside the name of an underlying act
    _states: dict[str, Span] = field(default_factory=dict)  # the states the passage names
    _phrases: dict[int, Span] = field(default_factory=dict)  # head index -> phrase(head)
    _armed_bodies: dict[str, Span] | None = None  # the states' armed bodies the passage names (see _sole_armed_body)

    def __post_init__(self) -> None:
        for span in doc_spans(self.doc, "actors"):
            for i in range(span.start, span.end):
                self._actor_at[i] = span
            if span.label_ == "state":
                self._states.setdefault(span.kb_id_, span)
        self._legal_at = {i for span in doc_spans(self.doc, "legal") for i in range(span.start, span.end)}
        self._act_at = {i for span in doc_spans(self.doc, "legal") if span.label_ == "act" for i in range(span.start, span.end)}

    # ------------------------------------------------------------ phrases
    def in_legal_term(self, token: Token) -> bool:
        return token.i in self._legal_at

    def in_act_term(self, token: Token) -> bool:
        return token.i in self._act_at

    def actor_span(self, token: Token) -> Span | None:
        return self._actor_at.get(token.i)

    def phrase(self, head: Token) -> Span:
        """The name-bearing noun phrase around ``head`` (left modifiers, an ``of``/``in`` + proper noun).

        Memoised per head: it depends only on the parse and the actor spans, and resolving
        speakers and accused asks it of the same nouns many times per sentence.
        """
        phrase = self._phrases.get(head.i)
        if phrase is None:
            phrase = self._phrases[head.i] = self._phrase(head)
        return phrase

    def _phrase(self, head: Token) -> Span:
        left = head.i
        for child in head.lefts:
            if child.dep_ in NAME_MODIFIERS:
                left = min(left, child.left_edge.i)
        right = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"of", "in"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                named = objects and (objects[0].pos_ == "PROPN" or self._names_a_party(objects[0]))
                if named:  # "the government of X", "units of the Xian army"
                    span = self._actor_at.get(objects[0].i)  # not "of President A B of genocide", hung on the name
                    right = max(right, span.end if span is not None and span.root == objects[0] else objects[0].right_edge.i + 1)
        while left < head.i and (self.doc[left].lower_ in LEADING_NOISE or self.doc[left].is_punct):
            left += 1
        # an actor span straddling the edge belongs whole to the phrase
        for i in (left, right - 1):
            span = self._actor_at.get(i)
            if span is not None:
                left, right = min(left, span.start), max(right, span.end)
        return self.doc[left:right]

    def _names_a_party(self, token: Token) -> bool:
        """Whether a common noun heads a party's name ("the Xian army"), not a place's."""
        span = self._actor_at.get(token.i)
        return span is not None and span.label_ != "place" and span.start <= token.i < span.end

    def _party(self, name: str, kind: str, span: Span) -> Party:
        if kind == "other" and (len(name.split()) >= 2 or name.lower() in self.lexicon.parties.org_references):
            fuller = self._named_before_in_full(name, span.start)  # also "the Mission" after "the X Fact-Finding Mission"
            if fuller is not None:  # "The Rights Initiative observed …" after "the Veridane Rights Initiative"
                name, kind = fuller.kb_id_, fuller.label_
        return Party(name, kind, span_text(span), span.start_char, span.end_char, self.gazetteer_parent.get(name))

    def _named_before_in_full(self, name: str, before: int) -> Span | None:
        """The body named before whose full name holds ``name`` word for word."""
        words = f" {name.lower()} "
        for span in reversed(doc_spans(self.doc, "actors")):
            if span.end <= before and span.label_ not in {"person", "place", "other"} and words in f" {span.kb_id_.lower()} ":
                return span
        return None

    # ------------------------------------------------------------ tokens → parties
    def party(self, token: Token) -> Party | None:
        """The party a noun names, or None when it names none (a victim, a place, a thing)."""
        words = self.lexicon.parties
        civilians = token.lower_ in {"civilians", "civilian"}
        if civilians and not any(c.lower_ == "armed" for c in token.children) and not civilians_as_doers(token):
            return None  # "these civilians", "at least 1,140 civilians": the harmed, never a party (armed ones may be)
        phrase = self.phrase(token)
        if civilians:  # "some unaffiliated civilians were also found responsible": as described, past the quantifier
            described = self.doc[next((t.i for t in phrase if t.dep_ != "det"), phrase.start) : phrase.end]
            return self._party(described.text, "other", described)
        if token.lower_ in GENERIC_SIDES and self._modifier_actor(phrase, token) is None:
            return None  # "both sides", "all parties": the parties are named elsewhere, if at all
        named = self._appositive_actor(token)
        if named is not None and self.actor_span(token) is None and (token.lower_ in words.groups or token.lower_ in words.org_references):
            return named  # "the advocacy group Civic Watch", "the commission, the X Inquiry"
        uniformed = self._wearing_uniforms_of(token)
        if uniformed is not None:  # "men in the uniforms of X": X's, as the witness tells it
            return Party(uniformed.name, uniformed.kind, phrase.text, phrase.start_char, phrase.end_char, uniformed.part_of)
        first_person = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "my"), None)
        if first_person is not None and (token.lower_ in words.groups or token.lower_ in words.state_organs):
            own = self._quoted_speaker(token)
            if own is None:
                return None  # "my men": the speaker's own, never a party named after the words
            return Party(own.name, own.kind, phrase.text, phrase.start_char, phrase.end_char, own.part_of)
        if token.lemma_.lower() in RIVAL_NOUNS or any(c.dep_ == "amod" and c.lower_ in RIVAL_NOUNS for c in token.children):
            rival = self._rival_of(token)  # "his neighbour", "its rival rebel alliance"
            if rival is not None:
                return Party(rival.name, rival.kind, phrase.text, phrase.start_char, phrase.end_char, rival.part_of)
        if token.lower_ in {"country", "nation"}:
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
            person = self.refer_back(owner) if owner is not None else None
            state = self._state_of_person(person) if person is not None else None
            if state is not None:  # "his country": the state its leader speaks for
                return Party(state.name, state.kind, phrase.text, phrase.start_char, phrase.end_char)
        if token.lower_ in POLITY_NOUNS and self._bare_definite(phrase, token):
            state = self._state_named_before(token)
            if state is not None:  # "X's ministry said the kingdom did not …": the state named before
                return Party(state, "state", phrase.text, phrase.start_char, phrase.end_char)
        office = self.prosecuting_office(token)
        if office is not None:  # "the Prosecution", "prosecutors": the prosecuting office of the court on the case
            return office
        if token.lower_ in {"i", "me", "my"} and self.voice is not None and not in_quotes(self.doc, token.idx):
            return self.voice  # a statement's or a transcript answer's "I reject …": its author's, by the name it gave
        if token.lower_ in PRONOUNS_ORG | PRONOUNS_PERSON or (
            token.lower_ in words.org_references and self._is_definite(token) and not self._is_named(phrase, token)
        ):
            return self.refer_back(token)
        own = self.actor_span(token)
        if own is not None and own.label_ == "place":
            return None  # a place is where, not who
        if own is not None and not self._organ_of_named_state(own, token, phrase):
            return self._party(own.kb_id_, own.label_, phrase if token.lower_ in words.state_organs else own)
        if own is not None:
            own = None
        lower = token.lower_
        named = self._appositive_actor(token)
        if named is not None and self.actor_span(token) is None and (lower in words.groups or lower in words.org_references):
            return named  # "the advocacy group Civic Watch", "the commission, the X Inquiry"
        allied = self._allies_of(token, phrase) or self._known_as(token)
        if allied is not None:
            return allied
        modifier = self._modifier_actor(phrase, token) or self._possessor(token)
        if isinstance(modifier, Span) and modifier.start > token.i and lower in words.conduct:
            modifier = None  # "the siege of X": X suffers the conduct, it does not own it
        if modifier is None and lower in MOVEMENT_NOUNS:
            moved = self._armed_body_of(token)
            if moved is not None:
                return moved  # "the crossing of Xian armoured units": the units', so X's
        if isinstance(modifier, Party):
            armed = self._armed_body_of_ministry(modifier, phrase) if lower in ARMED_NOUNS else None
            if armed is not None:  # "the defence ministry rejected a finding that its troops …": the state's forces
                return armed
            if lower in words.state_organs or lower in words.conduct or lower in words.groups:  # "its fighters"
                return Party(modifier.name, modifier.kind, phrase.text, phrase.start_char, phrase.end_char, modifier.part_of)
            return None
        if modifier is not None:
            if lower in words.groups and modifier.label_ == "state":
                rebels = any(t.lower_ in INSURGENT_WORDS for t in phrase if t.i < token.i)
                group = self._sole_armed_group(phrase) if rebels else None
                if group is not None:  # "Xian separatist fighters … . The X Front, which …": the one armed group
                    return group
                return self._party(phrase.text, "armed_group", phrase)
            if self._names_its_kind(phrase, token, modifier):
                return self._party(modifier.kb_id_, modifier.label_, modifier)  # "the X (XY) group": X itself
            if lower in MEMBER_NOUNS and modifier.label_ not in {"state", "person"} and modifier.end <= token.i:
                return self._party(phrase.text, "armed_group", phrase)  # "X leaders": people of X, not X
            if lower in {"court", "tribunal"} and modifier.label_ == "state":  # "a Xian military court": the court rules, as a part of X
                return Party(phrase.text, "court", phrase.text, phrase.start_char, phrase.end_char, modifier.kb_id_)
            if lower in {"staff", "employees"} and modifier.label_ not in {"person", "place", "state"} and modifier.start > token.i:
                return self._party(modifier.kb_id_, modifier.label_, modifier)  # "staff of the X agency": the agency's people
            if lower in RANKS and modifier.label_ not in {"person", "place"} and modifier.start > token.i:
                return self._party(phrase.text, "other", phrase)  # "a former sergeant of X": one of X's men, as described
            if lower in SPOKESPERSON_NOUNS and modifier.label_ not in {"person", "place"}:
                return self._party(modifier.kb_id_, modifier.label_, phrase)  # "a Xian army spokeswoman": the army speaks
            if lower in words.org_references and lower not in words.state_organs and modifier.label_ != "state":
                return self._party(phrase.text, modifier.label_, phrase)  # "UN investigators", "the U.N. panel"
            if lower in words.groups and modifier.label_ == "person" and modifier.kb_id_ not in self.gazetteer_parent:
                return self._party(modifier.kb_id_, "armed_group", phrase)  # "the X separatists": a guessed person names a group here
            if lower in words.state_organs or lower in words.groups or lower in words.conduct:
                return self._party(modifier.kb_id_, modifier.label_, phrase)
            return None
        if lower in words.state_organs and self._demonstrative(token) and [t for t in phrase if t.dep_ != "det"] == [token]:
            named = self._latest_named_with_head(token, ORGAN_KINDS, frozenset())
            if named is not None:  # "the X Armed Forces … those forces committed …": the body named so
                return named
        if lower in words.state_organs and self._bare_definite(phrase, token):
            named = self._named_by_head(token, ORGAN_KINDS, frozenset())
            if named is not None:  # "the Xian junta … The junta denied …": the body named so before
                return named
            armed = self._sole_armed_body(phrase) if lower in {"army", "military"} else None
            if armed is not None:  # "Xian soldiers … . The army said …": the one armed body the passage names
                return armed
        if lower in ARMED_NOUNS | MUNITION_NOUNS and self._called_insurgent(phrase, token):
            group = self._sole_armed_group(phrase)
            if group is not None:  # "Rebel mortar rounds hit the ward … . The X Front did not respond": X's
                return group
        if lower in ARMED_NOUNS and self._called_the_governments(phrase, token):
            armed = self._armed_body_named_before(token, phrase) or self._sole_armed_body(phrase)
            if armed is not None:  # "the X Defence Forces … shelling by government artillery": those forces
                return armed
        if lower in words.state_organs and (self._organ_of_the_state(phrase, token) or self._bare_definite(phrase, token)):
            state = self.sole_state()
            if state is not None:  # "State authorities" in a story about one state: that state's
                return Party(state.kb_id_, "state", phrase.text, phrase.start_char, phrase.end_char)
        if lower in words.groups:
            affiliated = self._affiliation(token)
            if affiliated is not None:
                return affiliated
        if lower in words.groups or lower in words.state_organs:
            bare = phrase.text.lower() in {lower, "side", "sides", "parties", "members"}
            if bare and not (lower in COLLECTIVE_NAMES and self._is_definite(token)) and not self._demonstrative(token):
                found = (
                    self._in_service_of(token) or self._described_by_participle(token) or self._of_phrase_after(token)
                    or self._in_uniform(token) or self._on_what_they_rode(token)
                )  # a bare "forces" names no one, unless "… of X" follows, or a uniform says whose they seem
                if found is None and lower in INSURGENT_NOUNS and self._is_definite(token):
                    found = self._first_of(token, frozenset({"armed_group"}))  # "X fired rockets … the rebels": X
                return found
            return self._party(phrase.text, "armed_group" if lower in words.groups else "other", phrase)
        body = self._body_subdivided(token)
        if body is not None:
            return body  # "Pre-Trial Chamber I of the X Tribunal": the tribunal rules through it
        if lower in words.org_references and any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in token.children):
            return self._party(phrase.text, "other", phrase)  # "the Tribunal prosecutor": a body no gazetteer knows, as named
        return None

    def _quoted_speaker(self, token: Token) -> Party | None:
        """Who says the quoted words ``token`` stands in ('"… my men …," X commander A B said'): the
        speaker of the sentence's saying verb outside the quote, as a body where one is named."""
        for verb in (t for t in token.sent if t.lemma_.lower() in self.lexicon.report_verbs and not in_quotes(self.doc, t.idx)):
            for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i > token.i):
                spans = (self.actor_span(t) for t in subject.subtree)
                body = next((s for s in spans if s is not None and s.label_ not in {"person", "place"}), None)
                if body is not None:  # "Tolvaren Guard commander A B said": the Guard
                    return self._party(body.kb_id_, body.label_, body)
        return None

    def _quote_tellers(self, token: Token) -> list[Party]:
        """Who says the quoted words ``token`` stands in, as the saying after them names it
        ("…," the group said; "…," she told reporters)."""
        sayings = (t for t in token.sent if t.lemma_.lower() in self.lexicon.report_verbs and not in_quotes(self.doc, t.idx))
        subjects = (c for verb in sayings for c in verb.children if c.dep_ == "nsubj" and c.i > token.i)
        return [party for party in map(self.party, subjects) if party is not None]

    def _body_quoted(self, token: Token) -> Party | None:
        """The body that says the quoted words; None for a person, whose "we" may be many things."""
        return next((p for p in self._quote_tellers(token) if p.kind not in {"person", "place"}), None)

    def _quoting(self, token: Token) -> frozenset[str]:
        """Who says the quoted words, and the body a quoted person speaks for."""
        return frozenset(name for p in self._quote_tellers(token) for name in (p.name, p.part_of) if name is not None)

    def _rival_of(self, token: Token) -> Party | None:
        """ "accused his neighbour of …", "its rival rebel alliance": the party of the owner's kind
        (a state for a state or its official) that the story names, other than the owner's own."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        party = self.refer_back(owner) if owner is not None else None
        if party is None:
            return None
        own = self.state_of_person(party) if party.kind == "person" else party
        if own is None:
            return None
        kinds = frozenset({"state"}) if own.kind == "state" else frozenset({own.kind})
        excluding = frozenset({party.name, own.name})
        return self._first_of(token, kinds, excluding) or self._first_after(token, kinds, excluding)

    def _body_subdivided(self, token: Token) -> Party | None:
        """The court or body a chamber, division or section is "of"."""
        if token.lower_ not in {"chamber", "chambers", "division", "section", "bench", "registry"}:
            return None
        holders = [token, *(c for c in token.children if c.dep_ == "appos")]  # "Chamber [I of the X Tribunal]"
        for pobj in (o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            span = self.actor_span(pobj)
            if span is not None and span.label_ in {"court", "un_body", "government_body"}:
                return self._party(span.kb_id_, span.label_, span)
        return None

    def _state_named_before(self, token: Token) -> str | None:
        """The one state whose name holds the noun ("the Federation"), else the state last named
        before ``token`` in its paragraph: by name, as a modifier, or
        through one of its organs ("the Xian foreign ministry")."""
        head = re.compile(rf"\b{re.escape(token.lower_)}\b", re.IGNORECASE)
        named = [s for s in doc_spans(self.doc, "actors") if s.label_ == "state" and head.search(s.kb_id_)]
        if len({s.kb_id_ for s in named}) == 1:
            return named[0].kb_id_  # "the Federation" of a story about the X Federation and a kingdom
        start = paragraph_start(token)
        for span in reversed(doc_spans(self.doc, "actors")):
            if span.end > token.i or span.start < start:
                continue
            if span.label_ == "state":
                return span.kb_id_
            if span.label_ == "government_body" and self.gazetteer_parent.get(span.kb_id_):
                return self.gazetteer_parent[span.kb_id_]
        return None

    def _affiliation(self, token: Token) -> Party | None:
        """ "fighters believed to be from the X group", "gunmen linked to X": men described by
        whom they belong to are that party's (not a place they come from)."""
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        clauses = [c for c in token.children if c.dep_ == "acl"]
        if following is not None and following.dep_ in {"ccomp", "advcl"} and following.tag_ in {"VBN", "VBD"}:
            clauses.append(following)  # "… and fighters believed to be from X of …": the parser hung it on the verb
        clauses += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]  # "gunmen from X"
        for clause in (c for c in clauses if c.lemma_.lower() in AFFILIATION_VERBS or c.dep_ == "prep"):
            for word in clause.subtree:
                if word.dep_ == "pobj" and word.head.lower_ in {"from", "to", "with", "of"}:
                    span = self.actor_span(word)
                    if span is not None and span.label_ not in {"place", "person", "state"}:
                        return self._party(span.kb_id_, span.label_, span)
        return None

    def _armed_body_of(self, token: Token) -> Party | None:
        """ "the crossing of Xian armoured units": an "of" naming forces names who moved, not whom
        the conduct was done to (as in "the siege of X")."""
        words = self.lexicon.parties
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in of.children if c.dep_ == "pobj"):
                if pobj.lower_ in (words.state_organs | words.groups) - {"civilians", "members", "men"}:
                    return self.party(pobj)
        return None

    def _names_its_kind(self, phrase: Span, head: Token, modifier: Span) -> bool:
        """ "the X group", "the X (XY) charity": a noun saying what kind of body X is, with
        nothing but X before it, is X ("the UN group of experts", "X armed group" are not)."""
        if head.lower_ not in TYPE_NOUNS or modifier.label_ not in SELF_TYPED_KINDS or modifier.end > head.i:
            return False
        for token in phrase:
            if token.i >= head.i or token.pos_ in {"DET", "PUNCT"} or in_brackets(token):
                continue  # "(XY)": the name's own acronym
            span = self.actor_span(token)
            if span is None or span.kb_id_ != modifier.kb_id_:
                return False
        return True

    @staticmethod
    def _organ_of_the_state(phrase: Span, head: Token) -> bool:
        """ "State authorities", "state security forces": an organ qualified only by "state"."""
        modifiers = [t.lower_ for t in phrase if t.i < head.i and t.pos_ != "DET"]
        return bool(modifiers) and modifiers[0] == "state" and all(m in {"state", "security"} for m in modifiers)

    @staticmethod
    def _called_the_governments(phrase: Span, head: Token) -> bool:
        """ "government artillery", "regime aircraft", "pro-government forces": arms described only as the government's."""
        modifiers = [t.lower_ for t in phrase if t.i < head.i and t.pos_ != "DET" and t.text != "-"]
        return bool(modifiers) and all(m in GOVERNMENT_WORDS for m in modifiers)

    @staticmethod
    def _called_insurgent(phrase: Span, head: Token) -> bool:
        """ "rebel fighters", "Rebel mortar rounds", "insurgent forces": arms described only as the rebels'."""
        modifiers = [t.lower_ for t in phrase if t.i < head.i and t.pos_ != "DET" and t.text != "-"]
        return bool(modifiers) and modifiers[0] in INSURGENT_WORDS and all(m in INSURGENT_WORDS | WEAPON_WORDS for m in modifiers)

    def _sole_armed_group(self, phrase: Span) -> Party | None:
        """The one armed group the passage names, if it names exactly one."""
        groups = {s.kb_id_ for s in doc_spans(self.doc, "actors") if s.label_ == "armed_group"}
        if len(groups) != 1:
            return None
        [name] = groups
        return Party(name, "armed_group", phrase.text, phrase.start_char, phrase.end_char, self.gazetteer_parent.get(name))

    def _armed_body_named_before(self, token: Token, phrase: Span) -> Party | None:
        """The state's armed body the story named last before ``token`` ("the X Defence Forces")."""
        for span in reversed([s for s in doc_spans(self.doc, "actors") if s.end <= token.i and s.label_ == "government_body"]):
            if any(word.lower() in ARMED_NOUNS | ARMED_NAME_WORDS for word in span.kb_id_.split()):
                return Party(span.kb_id_, span.label_, phrase.text, phrase.start_char, phrase.end_char, self.gazetteer_parent.get(span.kb_id_))
        return None

    def _armed_body_of_ministry(self, owner: Party, phrase: Span) -> Party | None:
        """A ministry's "troops" are its state's: the state's one armed body when the passage names
        it, else the state (a ministry fields no troops of its own)."""
        armed_itself = any(w.lower() in ARMED_NOUNS | ARMED_NAME_WORDS for w in owner.name.split())
        if owner.kind != "government_body" or (armed_itself and "ministry" not in owner.name.lower()):
            return None
        state = self.gazetteer_parent.get(owner.name)
        if not state:
            return None
        armed = [
            name for name, parent in self.gazetteer_parent.items()
            if parent == state and "ministry" not in name.lower()  # "Ministry of Defence" fields no troops
            and any(w.lower() in ARMED_NOUNS | ARMED_NAME_WORDS for w in name.split())
        ]
        if len(armed) == 1 and armed[0] in {s.kb_id_ for s in doc_spans(self.doc, "actors")}:
            return Party(armed[0], "government_body", phrase.text, phrase.start_char, phrase.end_char, state)
        return Party(state, "state", phrase.text, phrase.start_char, phrase.end_char) if state in self.gazetteer_states else None

    def _sole_armed_body(self, phrase: Span) -> Party | None:
        """ "government aircraft had dropped bombs … . The X air force did not respond": the one armed
        body of a state the passage names, when it names it only later."""
        if self._armed_bodies is None:  # once per document: a long report asks it of every "the army"
            self._armed_bodies = {
                s.kb_id_: s for s in doc_spans(self.doc, "actors")
                if s.label_ == "government_body" and any(w.lower() in ARMED_NOUNS | ARMED_NAME_WORDS for w in s.kb_id_.split())
            }
        bodies = self._armed_bodies
        if len(bodies) != 1:
            return None
        [span] = bodies.values()
        return Party(span.kb_id_, span.label_, phrase.text, phrase.start_char, phrase.end_char, self.gazetteer_parent.get(span.kb_id_))

    @staticmethod
    def _bare_definite(phrase: Span, head: Token) -> bool:
        """ "the government", "the army": an organ named by its common noun alone."""
        words = [t.lower_ for t in phrase if t.lower_ not in REFERRING_ADJECTIVES and t.dep_ != "case" and t.text != "-"]
        return words == ["the", head.lower_] or (words == [head.lower_] and any(c.lower_ == "the" for c in head.children))

    def organ_named_before(self, token: Token) -> Party | None:
        """ "Army spokesman A B", "a spokesman for the junta": the body of that noun the story
        named before ("the Xian army"), else the one state the story names."""
        lemma = token.lemma_.lower()
        for earlier in reversed(self.doc[: token.i]):
            if earlier.lemma_.lower() == lemma:
                party = self.party(earlier)
                if party is not None and party.kind not in {"person", "place"}:
                    return party
        phrase = self.phrase(token)
        state = self.sole_state()
        if state is not None:
            return Party(state.kb_id_, "state", phrase.text, phrase.start_char, phrase.end_char)
        for span in reversed([s for s in doc_spans(self.doc, "actors") if s.end <= token.i]):
            parent = self.gazetteer_parent.get(span.kb_id_)
            if parent is not None and span.label_ in {"government_body", "armed_group"}:
                return Party(parent, "state", phrase.text, phrase.start_char, phrase.end_char)  # "the Xian army": X's
        return None

    def sole_state(self) -> Span | None:
        return next(iter(self._states.values())) if len(self._states) == 1 else None

    def state_of_person(self, person: Party) -> Party | None:
        """The state a person serves: the first state up their gazetteer chain, else the state in
        their title where the story names them."""
        name = self.gazetteer_parent.get(person.name) if person.kind == "person" else None
        while name is not None:
            if name in self.gazetteer_states:
                return Party(name, "state", person.surface, person.start, person.end)
            name = self.gazetteer_parent.get(name)
        return self._state_of_person(person)

    def _state_of_person(self, person: Party) -> Party | None:
        """The state in a person's title where the story names them ("Xian President A B")."""
        if person.kind != "person":
            return None
        mentions = [s for s in doc_spans(self.doc, "actors") if s.kb_id_ == person.name]
        if not mentions:
            return None
        span = mentions[0]  # where the story introduces them, title and all
        root = span.root
        if root.dep_ == "appos":
            root = root.head  # "X's foreign minister, A B": the title the name stands beside
        for token in root.subtree:
            if token.i >= span.start and token.i < span.end:
                continue
            found = self.actor_span(token)
            if found is not None and found.label_ == "state":
                return self._party(found.kb_id_, found.label_, found)
        return None

    def _of_phrase_after(self, token: Token) -> Party | None:
        """ "X forces and mercenaries of Y": the parser hung "of Y" on the first conjunct; "personnel of
        the company X": the name in apposition to what the "of" names."""
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is None or following.lower_ != "of":
            return None
        own = following.head == token  # "personnel of the private military company X": X, in apposition
        for pobj in (c for c in following.children if c.dep_ == "pobj"):
            for candidate in (*(c for c in pobj.children if c.dep_ == "appos"), *(() if own else (pobj,))):
                span = self.actor_span(candidate)
                if span is not None and span.label_ not in {"place", "person"}:
                    return self._party(span.kb_id_, span.label_, span)
        return None

    def _organ_of_named_state(self, own: Span, head: Token, phrase: Span) -> bool:
        """ "Xia's Ministry of Defence" found by NER alone: an organ of the state that owns it."""
        from_ner = any(s.start == own.start and s.end == own.end for s in spans_starting_in(self.doc, "actors_ner", own))
        if not from_ner or head.lower_ not in self.lexicon.parties.state_organs:
            return False
        return any(
            (s := self.actor_span(t)) is not None and s.label_ == "state" and not (s.start <= head.i < s.end)
            for t in phrase
        )

    def _appositive_actor(self, token: Token) -> Party | None:
        for child in token.children:
            if child.dep_ in {"appos", "nmod", "compound"} and child.i > token.i:
                span = self.actor_span(child)
                if span is not None and span.label_ not in {"state", "place"}:
                    return self._party(span.kb_id_, span.label_, span)
        return None

    def _allies_of(self, token: Token, phrase: Span) -> Party | None:
        """ "X and their allies", "Y's affiliated militias": a party of its own, named by
        whom it stands with ("allies of X"), never X itself."""
        words = self.lexicon.parties
        relational = token.lower_ in words.allies or (
            token.lower_ in words.groups
            and any(c.lower_ in words.alliance_modifiers for c in token.children if c.dep_ in {"amod", "compound"})
        )
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if not relational or any(
            c.dep_ in {"appos", "compound", "nmod"} and self.actor_span(c) is not None for c in token.children
        ) or (following is not None and self.actor_span(following) is not None):
            return None  # "its ally Zemaryn": the ally is named
        owner = self._ally_in_coordination(token) or self._possessor(token)
        if owner is None:
            owned = next((c for c in token.children if c.dep_ == "poss"), None)
            span = self.actor_span(owned) if owned is not None else None
            if span is None or span.label_ in {"place", "person"}:
                return None
            owner = self._party(span.kb_id_, span.label_, span)
        words_of_phrase = [t.text for t in phrase if t.dep_ not in {"poss", "case"} and t.i >= token.left_edge.i]
        name = f"{' '.join(words_of_phrase)} of {owner.name}"
        return Party(name, "armed_group", phrase.text, phrase.start_char, phrase.end_char)

    def _known_as(self, token: Token) -> Party | None:
        """ "an informal group of youth known as 'Samri'", "a militia calling itself X": the
        name given is the party's name."""
        words = self.lexicon.parties
        if token.lower_ not in words.groups:
            return None
        for clause in (c for c in token.subtree if c.dep_ == "acl" and c.head.pos_ in {"NOUN", "PROPN"}):
            if clause.lemma_.lower() not in {"know", "call", "name"}:
                continue
            named = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            named += [o for o in clause.children if o.dep_ in {"oprd", "dobj"} and o.lower_ not in {"itself", "themselves"}]
            named += [o for r in clause.children if r.lower_ in {"itself", "themselves"} for o in r.children if o.dep_ == "oprd"]
            for name in named:
                span = self.actor_span(name)
                if span is not None and span.label_ not in {"place", "person"}:
                    return self._party(span.kb_id_, span.label_, span)
                text = name.text.strip("'\"‘’“”")
                if text[:1].isupper():
                    return Party(text, "armed_group", text, name.idx, name.idx + len(name.text))
        return None

    def _ally_in_coordination(self, token: Token) -> Party | None:
        """ "X and their allies": "their" is X, the conjunct before (the parser may hang the
        conjunct on a place inside X: "the authorities in Kelm and their allies")."""
        if not any(c.dep_ == "poss" and c.lower_ in PRONOUNS_ORG for c in token.children):
            return None
        first = token.head if token.dep_ == "conj" else self._sibling_before_and(token)
        if first is None:
            return None
        party = self.party(first)
        if party is None and first.dep_ == "pobj" and first.head.head.pos_ in {"NOUN", "PROPN"}:
            party = self.party(first.head.head)
        return party

    @staticmethod
    def _sibling_before_and(token: Token) -> Token | None:
        """ "X and their allies committed …" parsed as two subjects: X, the one before "and"."""
        edge = token.left_edge.i
        if edge == 0 or token.doc[edge - 1].lower_ not in {"and", "or"}:
            return None
        before = [c for c in token.head.children if c.dep_ == token.dep_ and c.i < token.i]
        return before[-1] if before else None

    def _possessor(self, token: Token) -> Party | None:
        """ "its military", "their forces": the party a possessive pronoun refers to."""
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ in PRONOUNS_ORG:
                return self.refer_back(child)
            if child.dep_ == "poss" and child.lower_ == "whose":
                return self._antecedent_of_relative(token)
            if child.dep_ == "poss" and child.lower_ in {"his", "her"}:
                person = self.refer_back(child)  # "his fighters": the men of the body he commands or speaks for
                if person is not None and person.name in self.speaks_for:
                    return self.speaks_for[person.name]
        return None

    def _antecedent_of_relative(self, token: Token) -> Party | None:
        """ "positions of X, whose fighters kept residents …": the fighters are X's, the noun the
        relative clause hangs on."""
        clause = next((t for t in [token, *token.ancestors] if t.dep_ == "relcl"), None)
        if clause is None:
            return None
        antecedent = clause.head
        return self.party(antecedent) or self.actor_party(antecedent)

    def owner(self, token: Token) -> Party | None:
        """Whose conduct a noun names: "X's strikes", "Xian attacks", "attacks by X"."""
        if token.lower_ in {"civilians", "civilian"}:
            return None  # "Xian civilians" are people, not conduct: :meth:`party` tells when they did a deed
        for child in token.children:
            if child.dep_ == "poss" and not self._undergoes(child, token):
                found = self.party(child) or self.actor_party(child)
                if found:
                    return found
        for child in token.children:
            if child.dep_ in {"amod", "compound", "nmod"} and not _coordinated_with_common_noun(child):
                span = self.actor_span(child)
                if span is not None and span.label_ != "place":
                    return self._party(span.kb_id_, span.label_, span)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return self._pobj_party(child)
            if child.dep_ == "acl":
                for grand in child.children:
                    if grand.dep_ == "agent":
                        return self._pobj_party(grand)
        return None

    @staticmethod
    def _undergoes(possessor: Token, noun: Token) -> bool:
        """ "their detention", "his arrest": a personal pronoun on a noun of what is done to people,
        with no "of" object, names who suffers it, not who does it."""
        return possessor.lower_ in {"his", "her", "their"} and noun.lemma_.lower() in SUFFERED_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        )

    def _pobj_party(self, prep: Token) -> Party | None:
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                return self.party(pobj) or self.actor_party(pobj)
            if pobj.dep_ == "pcomp":  # "by invading Xian forces": the gerund's object
                for obj in pobj.children:
                    if obj.dep_ == "dobj":
                        return self.party(obj) or self.actor_party(obj)
        return None

    def owners(self, token: Token) -> tuple[Party, ...]:
        """Like :meth:`owner`, with the owners coordinated with it ("X and Y's crimes")."""
        first = self.owner(token)
        if first is None:
            return ()
        agents = self.agents(token)
        if agents and agents[0].name == first.name:
            return agents  # "violations committed by X and Y"
        found = [first]
        for child in token.children:
            if child.dep_ in {"poss", "nmod", "compound"} and first.start <= child.idx < first.end:
                for other in child.conjuncts:
                    party = self.party(other) or self.actor_party(other)
                    if party is not None and party.name not in {p.name for p in found}:
                        found.append(party)
        return tuple(found)

    def agents(self, token: Token) -> tuple[Party, ...]:
        """Who carried out what ``token`` names, told by an agent phrase on it:
        "crimes by X and Y", "on the part of X", "attributable to X", "committed by X"; on a term of
        several words, the clause may hang on its last ("crimes against humanity committed by X")."""
        last = token
        while last.i + 1 in self._legal_at and last.i + 1 < len(self.doc) and self.doc[last.i + 1].head.i in {last.i, token.i}:
            last = self.doc[last.i + 1]
        tail = [c for c in last.children if c.dep_ in {"acl", "relcl"}] if last != token else []
        for clause in (c for c in [*token.children, *tail] if c.dep_ == "relcl"):
            if any(
                a.dep_ == "acomp" and a.lemma_.lower() in {"responsible", "liable", "accountable"}
                or a.dep_ == "dobj" and a.lemma_.lower() == "responsibility"  # "… for which X bears full responsibility"
                for a in clause.children
            ):
                found = tuple(p for s in clause.children if s.dep_ == "nsubj" for p in (self.party(s) or self.actor_party(s),) if p)
                if found:  # "crimes against humanity for which the X state is responsible"
                    return found
        bys = [c for c in [*token.children, *tail] if c.dep_ == "prep" and c.lower_ == "by" or c.dep_ == "agent"]
        if not bys and token.pos_ == "NOUN":  # "the abduction of 40 residents of A and nearby villages by X": hung on the victims
            bys = [
                t for of in token.children if of.dep_ == "prep" and of.lower_ == "of" for t in of.subtree
                if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ in {"NOUN", "PROPN", "NUM"}
            ]
        if bys:  # "committed by X in A, by Y in B, and by Z": every agent listed
            bys += [c for c in token.children if c.dep_ == "conj" and c.lower_ == "by"]
            bys += [c for b in list(bys) for c in b.conjuncts if c.lower_ == "by" and c not in bys]  # "by X and by Y"
            found: list[Party] = []
            for by in bys:
                found += [p for p in self.by_parties(by) if p.name not in {f.name for f in found}]
            found += [p for by in bys for p in self.helpers(by.head) if p.name not in {f.name for f in found}]
            return tuple(found)
        for child in [*token.children, *tail]:
            if child.dep_ == "prep" and child.lower_ == "under":  # "under the command of X"
                for command in child.children:
                    if command.dep_ == "pobj" and command.lemma_.lower() in COMMAND_NOUNS:
                        for of in command.children:
                            if of.dep_ == "prep" and of.lower_ == "of":
                                return self.pobj_parties(of)
            if child.dep_ == "prep" and child.lower_ == "on":
                for part in child.children:
                    if part.dep_ == "pobj" and part.lower_ == "part":
                        for of in part.children:
                            if of.dep_ == "prep" and of.lower_ == "of":
                                return self.pobj_parties(of)
            if child.dep_ == "acl" or (child.dep_ == "amod" and child.lower_ == "attributable"):
                for grand in child.children:
                    if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "to" and child.lower_ == "attributable"):
                        if grand.dep_ != "agent":
                            return self.pobj_parties(grand)
                        agents = self.by_parties(grand)
                        return agents + tuple(p for p in self.helpers(child) if p.name not in {a.name for a in agents})
        return self._agent_on_the_victims(token)

    def helpers(self, verb: Token) -> tuple[Party, ...]:
        """ "carried out by X with the assistance of Y": Y took part in what X did."""
        found: list[Party] = []
        for with_ in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            for noun in (c for c in with_.children if c.dep_ == "pobj" and c.lemma_.lower() in HELP_NOUNS):
                found += [p for of in noun.children if of.dep_ == "prep" and of.lower_ == "of" for p in self.pobj_parties(of)]
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for prep in (c for h in (verb, *agents) for c in h.children if c.dep_ == "prep"):
            together = prep.lower_ == "alongside" or (
                prep.lower_ == "with" and prep.i > 0 and self.doc[prep.i - 1].lower_ in {"together", "jointly", "along"}
            )
            if together:  # "imposed by X together with Y", "by X alongside Y": both did it
                found += self.pobj_parties(prep)
        return tuple(found)

    def by_parties(self, by: Token) -> tuple[Party, ...]:
        """Who an agent phrase names. "Crimes committed by Xland": a name the recogniser took for
        a place, but a place does not commit anything, so as an agent it is a polity (kind unknown)."""
        named = self.pobj_parties(by)
        if named:
            return named
        found = []
        for pobj in (c for c in by.children if c.dep_ == "pobj"):
            span = self.actor_span(pobj)
            if span is not None and span.label_ == "place" and span.kb_id_ == span.text and pobj.ent_type_ == "GPE":
                found.append(Party(span.text, "other", span.text, span.start_char, span.end_char))
        return tuple(found)

    def _agent_on_the_victims(self, token: Token) -> tuple[Party, ...]:
        """ "a massacre of dozens of villagers by X": the parser hangs "by X" on the victims."""
        words = self.lexicon.parties
        deverbal = token.pos_ == "NOUN" and token.lower_.endswith("ing")  # "the emptying of the valleys by X"
        if token.lower_ not in words.conduct and token.lower_ not in words.incidents and token.i not in self._legal_at and not deverbal:
            return ()
        found = self._by_below_of(token, depth=2)
        if not found and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in CASE_NOUNS:
            found = self._by_below_of(token.head.head, depth=2)  # "58 cases of rape against women committed by X"
        return found

    def _by_below_of(self, token: Token, depth: int) -> tuple[Party, ...]:
        """ "… of hundreds of people by X", "the removal of residents from the district by X"."""
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "from", "against"}):
            for victims in (c for c in of.children if c.dep_ == "pobj"):
                for by in (c for c in victims.children if c.dep_ == "prep" and c.lower_ == "by"):
                    return self.pobj_parties(by)
                for clause in (c for c in victims.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                    for by in (a for a in clause.children if a.dep_ == "agent"):  # "cases of rape against women committed by X"
                        agents = self.pobj_parties(by)  # (hung on the women); "the siege of A, imposed by X together with Y"
                        return agents + tuple(p for p in self.helpers(clause) if p.name not in {a.name for a in agents})
                found = self._by_below_of(victims, depth - 1) if depth > 1 else ()
                if found:
                    return found
        return ()

    def pobj_parties(self, prep: Token) -> tuple[Party, ...]:
        found: list[Party] = []
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for token in (pobj, *pobj.conjuncts):
                for party in self.sides(token) or (
                    self.party(token) or self.actor_party(token) or (self._possessive_party(token) if token != pobj else None),
                ):  # "by X's artillery and Y's rocket fire": Y's too
                    if party is not None and party.name not in {p.name for p in found}:
                        found.append(party)
                        found += [p for p in self._others_of_the_same(token, party) if p.name not in {f.name for f in found}]
        return tuple(found)

    def _possessive_party(self, token: Token) -> Party | None:
        """The party named in the possessive on ``token`` ("the Front's rocket fire"), if any."""
        owners = [p for c in token.children if c.dep_ == "poss" for p in (self.party(c) or self.actor_party(c),) if p is not None]
        return owners[0] if owners else None

    def _others_of_the_same(self, token: Token, party: Party) -> list[Party]:
        """ "members of X and Y": a group noun whose party is its "of" object names the object's
        coordinated parties too."""
        found = []
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in of.children if o.dep_ == "pobj"):
                named = self.party(obj) or self.actor_party(obj)
                if named is None or named.name != party.name:
                    continue  # "members of the community and X": the group is not the community's
                found += [p for c in obj.conjuncts for p in (self.party(c) or self.actor_party(c),) if p is not None]
        return found

    def sides(self, token: Token) -> tuple[Party, ...]:
        """ "all sides: X, Y and Z", "both sides": the parties a generic side-noun stands for,
        listed after a colon, else the last two parties the sentence named before it ("both")."""
        if token.lower_ in {"both", "each"} and token.dep_ in {"nsubj", "nsubjpass"}:
            return self.pair_named_before(token)  # "Both were also found guilty …", "each is responsible"
        if token.lower_ not in {"sides", "parties", "factions", "belligerents"}:
            return ()
        quantifier = {c.lower_ for c in token.children if c.dep_ in {"det", "predet", "preconj", "amod"}}
        if not quantifier & {"both", "all"}:
            return ()
        listed = self._listed_after_colon(token)
        if listed or "both" not in quantifier:
            return listed
        named: list[Party] = []
        sent = token.sent
        previous = self.doc[sent.start - 1].sent if sent.start > 0 else sent
        start = previous.start if "\n" not in self.doc[previous.start : sent.start].text else sent.start
        for word in self.doc[start : token.i]:  # "both factions": the two named just before, this sentence or the last
            if word.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}:
                party = self.party(word)
                if party is not None and party.kind not in OBSERVER_KINDS and party.name not in {p.name for p in named}:
                    named.append(party)
        return tuple(named[-2:]) if len(named) >= 2 else ()

    def pair_named_before(self, token: Token) -> tuple[Party, ...]:
        """ "warrants for A and B, finding … both bore responsibility": the pair coordinated before
        in the sentence; "A was …, while B was … . Both were …": the two subjects of the sentence before;
        "warrants for A, a commander, and for B, the governor. … each is responsible": the two objects
        of one preposition repeated in the sentence before."""
        sent = token.sent
        pair = self._coordinated_pair(t for t in sent if t.i < token.i and len(t.conjuncts) == 1 and t.conjuncts[0].i < token.i)
        if pair or sent.start == 0:
            return pair
        previous = self.doc[sent.start - 1].sent
        repeated = self._objects_of_a_repeated_preposition(previous)
        if repeated:
            return repeated
        named: list[Party] = []
        for word in previous:
            if word.dep_ in {"nsubj", "nsubjpass"}:
                party = self.party(word)
                if party is not None and party.name not in {p.name for p in named}:
                    named.append(party)
        return tuple(named) if len(named) == 2 else ()

    def _coordinated_pair(self, tokens: Iterable[Token]) -> tuple[Party, ...]:
        for first in tokens:
            pair = [self._titled_person_after(t) or self.party(t) or self.actor_party(t) for t in (first, first.conjuncts[0])]
            if all(p is not None for p in pair) and pair[0].name != pair[1].name:
                return tuple(p for p in pair if p is not None)
        return ()

    def _titled_person_after(self, token: Token) -> Party | None:
        """ "against A and X commander B B": a body's name before a rank and a person's name is
        the person's title, however the parser joined the body to A."""
        span = self.actor_span(token)
        if span is None or span.label_ in {"person", "place"} or span.end + 1 >= len(self.doc):
            return None
        title, name = self.doc[span.end], self.actor_span(self.doc[span.end + 1])
        if title.lower_ not in RANKS | {"chief", "leader", "head"} or name is None or name.label_ != "person":
            return None
        return self._party(name.kb_id_, name.label_, name)

    def _objects_of_a_repeated_preposition(self, sent: Span) -> tuple[Party, ...]:
        """ "warrants for A, …, and for B": the parties a preposition and its repetition govern."""
        preps = [t for t in sent if t.dep_ in {"prep", "conj"} and t.pos_ == "ADP" and self.actor_span(t) is None]
        for prep in preps:
            twins = [p for p in preps if p.lower_ == prep.lower_ and p.i > prep.i and p.dep_ == "conj"]
            if not twins:
                continue
            parties = [self._pobj_party(p) for p in (prep, *twins)]
            if all(p is not None for p in parties) and len({p.name for p in parties if p}) == len(parties):
                return tuple(p for p in parties if p is not None)
        return ()

    def _listed_after_colon(self, token: Token) -> tuple[Party, ...]:
        sent = token.sent
        colon = next((t for t in sent if t.i > token.i and t.text in {":", "—", "–"}), None)
        if colon is None:
            return ()
        first = next((t for t in sent if t.i > colon.i and t.pos_ in {"NOUN", "PROPN"} and t.head.i < colon.i), None)
        if first is None:
            return ()
        found: list[Party] = []
        for item in (first, *first.conjuncts):
            party = self.party(item) or self.actor_party(item)
            if party is not None and party.name not in {p.name for p in found}:
                found.append(party)
        return tuple(found) if len(found) >= 2 else ()

    def actor_party(self, token: Token) -> Party | None:
        span = self.actor_span(token)
        if span is None or span.label_ == "place":
            return None
        return self._party(span.kb_id_, span.label_, span)

    def party_or_owner(self, token: Token) -> Party | None:
        return self.party(token) or self.actor_party(token) or self.owner(token)

    def _modifier_actor(self, phrase: Span, head: Token) -> Span | None:
        for token in phrase:
            if token.i != head.i:
                span = self.actor_span(token)
                if span is not None and span.label_ != "place" and not (span.start <= head.i < span.end):
                    return span
        return None

    def _is_named(self, phrase: Span, head: Token) -> bool:
        """Whether a phrase names its referent itself ("the U.N. Human Rights Office")."""
        return any(t.pos_ == "PROPN" or self.actor_span(t) is not None for t in phrase if t.i != head.i) or (
            self.actor_span(head) is not None
        )

    def is_location(self, party: Party) -> bool:
        """A party named inside a place phrase ("killings in X", "attacks near X") is a place there."""
        if party.end <= party.start:  # a party carried over from an earlier record has no words here
            return party.kind in GUESSED_KINDS and party.name.casefold() in self._place_names
        span = self.doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span.root.head
        if span.root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
            return True
        return party.kind in GUESSED_KINDS and party.name.casefold() in self._place_names

    @cached_property
    def _place_names(self) -> frozenset[str]:
        """Names the document uses as places somewhere ("fighters crossed into X"): one name keeps
        one sense in a story, so "the X attack" is then where it happened, not who did it. Only
        for kinds the recogniser guesses for unknown names (a town may pass for a person)."""
        places: set[str] = set()
        for span in doc_spans(self.doc, "actors"):
            root = span.root
            if span.label_ not in GUESSED_KINDS or root.dep_ != "pobj":
                continue
            of_a_place = root.head.lower_ == "of" and root.head.head.lemma_.lower() in SETTLEMENT_NOUNS | PLACE_PART_NOUNS  # "the town of X", "the edge of X"
            taken_from = root.head.lower_ == "from" and root.head.head.pos_ == "VERB"  # "civilians taken from X"
            if root.head.lower_ in LOCATIVE_PREPS or of_a_place or taken_from:
                places.add(span.text.casefold())
        return frozenset(places)

    @cached_property
    def _places_named(self) -> frozenset[str]:
        """The actor names the document uses as places (see :attr:`_place_names`), by name."""
        spans = doc_spans(self.doc, "actors")
        return frozenset(s.kb_id_ for s in spans if s.label_ in GUESSED_KINDS and s.text.casefold() in self._place_names)

    def _wearing_uniforms_of(self, token: Token) -> Party | None:
        """ "men in the uniforms of X", "gunmen in X uniforms", "men wearing X insignia": the party whose
        uniform they wear."""
        if token.lemma_.lower() not in UNIFORMED_NOUNS:
            return None
        worn = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
        worn += [o for w in token.children if w.dep_ == "acl" and w.lemma_.lower() == "wear" for o in w.children if o.dep_ == "dobj"]
        for uniform in (o for o in worn if o.lemma_.lower() in UNIFORM_NOUNS):
            owners = [self.actor_party(c) for c in uniform.children if c.dep_ in {"compound", "poss", "amod"}]
            owners += [self.actor_party(o) for p in uniform.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            found = [o for o in owners if o is not None]
            if found:
                return found[0]
        return None

    def _in_service_of(self, token: Token) -> Party | None:
        """ "guards employed by X", "fighters loyal to X", "men working for X": the party they
        serve, which answers for what they do as for its own forces."""
        for clause in (c for c in token.children if c.i > token.i and c.dep_ in {"acl", "amod"}):
            lemma = clause.lemma_.lower()
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and lemma in SERVICE_PARTICIPLES:
                found = [p for by in clause.children if by.dep_ == "agent" for p in self.by_parties(by)]
            elif lemma in SERVICE_WORDS:
                preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == SERVICE_WORDS[lemma]]
                found = [p for prep in preps for p in self.pobj_parties(prep)]
            else:
                continue
            if found:
                return found[0]
        return None

    def _described_by_participle(self, token: Token) -> Party | None:
        """ "men wearing army fatigues", "gunmen dressed in black": a bare group noun that a
        participle describes is named by the description as a witness gives it."""
        clause = next((c for c in token.children if c.dep_ == "acl" and c.i > token.i and _describes_the_doer(c)), None)
        if clause is None:
            return None
        span = self.doc[token.i : clause.right_edge.i + 1]
        return Party(span.text, "armed_group", span.text, span.start_char, span.end_char)

    @staticmethod
    def _demonstrative(token: Token) -> bool:
        """ "these rebels", "those soldiers": a demonstrative points at one group the story has in view."""
        return any(c.lower_ in {"these", "those"} and c.dep_ == "det" for c in token.lefts)

    @staticmethod
    def _demonstrative_determiner(token: Token) -> bool:
        return any(c.lower_ in {"this", "that"} and c.dep_ == "det" for c in token.lefts)

    @staticmethod
    def _is_definite(token: Token) -> bool:
        return any(c.lower_ in {"the", "this", "that"} for c in token.lefts)

    # ------------------------------------------------------------ coreference
    def note_speaker(self, party: Party, token_index: int) -> None:
        self.speakers.append((token_index, party))

    def _speaker_of_sentence_before(self, token: Token, kinds: frozenset[str], excluding: frozenset[str]) -> Party | None:
        """ "X has found that Y recruited children. …, the organisation said": a description that
        speaks is the body that spoke or found in the paragraph's sentence before, not a party
        named inside what that body said."""
        sent = token.sent
        if sent.start == 0 or "\n" in self.doc[sent.start - 1].whitespace_ + self.doc[sent.start - 1].text:
            return None
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in self.lexicon.report_verbs:
            return None
        root = self.doc[sent.start - 1].sent.root
        if root.lemma_.lower() not in self.lexicon.report_verbs:
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        span = self.actor_span(subjects[0]) if len(subjects) == 1 else None
        if span is None or span.label_ not in kinds or span.kb_id_ in excluding:
            return None
        return self._as_reference(self._party(span.kb_id_, span.label_, span), token)

    def _subject_of_first_conjunct(self, token: Token) -> Party | None:
        """The party subject of the clause a pronoun's clause is joined to ("X said …, and it denied …",
        "X launched a war …, and its forces continue to …")."""
        owned = token.dep_ == "poss" and token.lower_ in {"its", "their"} and token.head.dep_ == "nsubj"
        if owned:
            token = token.head
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
            return None
        if names_deeds_by_which(verb):
            return None  # "X had taken hostages …, both of which it described as …": a relative the parser conjoined
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in PRONOUNS_ORG | PRONOUNS_PERSON:
            return None
        return self.party(subject)

    def _reporting_subject_before(self, token: Token) -> Party | None:
        """ "The panel's report painted … . Hospitals were shelled …, it said": a speaking "it"
        is the body whose report or statement opened the paragraph's previous sentence, or the body
        that spoke in it ("X said … . It said …")."""
        sent = token.sent
        if sent.start == 0 or "\n" in self.doc[sent.start - 1].whitespace_ + self.doc[sent.start - 1].text:
            return None
        previous = self.doc[sent.start - 1].sent
        words = self.lexicon.parties
        referring_nouns = words.state_organs | words.org_references
        for subject in self._subjects_root_first(previous):
            if self._speaks_on(subject.head, token.head):
                span = self.actor_span(subject)  # "X said Y had seized 64 men. It said these were …": X goes on
                if span is not None and span.label_ not in {"person", "place"} and span.root == subject:
                    return self._party(span.kb_id_, span.label_, span)
                referring = subject.lower_ in referring_nouns and subject.lemma_.lower() not in REPORT_NOUNS
                organ = self.party(subject) if referring else None
                if organ is not None and organ.kind not in {"person", "place"}:
                    return organ  # "X's foreign ministry accused Y … . It called …", "…, the group said. It also …"
            if subject.lemma_.lower() not in REPORT_NOUNS:
                continue
            for owner in (c for c in subject.children if c.dep_ == "poss"):
                span = self.actor_span(owner)
                if span is not None and span.label_ not in {"person", "place", "state"}:
                    return self._party(span.kb_id_, span.label_, span)
                if owner.lower_ in self.lexicon.parties.org_references:
                    phrase = self.phrase(owner)
                    return self._party(phrase.text, "other", phrase)
        return None

    @staticmethod
    def _subjects_root_first(sent: Span) -> list[Token]:
        """The subjects of a sentence's verbs, its root's first: "X documented 143 cases: 97 were
        committed by Y …" parses with "committed" as the root, and X still told the sentence."""
        subjects = [t for t in sent if t.dep_ == "nsubj" and t.head.pos_ in {"VERB", "AUX"}]
        return sorted(subjects, key=lambda t: t.head != sent.root)

    def _teller_among(self, tokens: Iterable[Token]) -> Token | None:
        """The first verb of saying, accusing or denying among ``tokens`` that has a subject."""
        telling = self.lexicon.report_verbs | self.lexicon.accuse_verbs | self.lexicon.deny_verbs
        return next((a for a in tokens if a.lemma_.lower() in telling and dependents_of(a, "nsubj")), None)

    def _teller_of_sentence(self, token: Token) -> Party | None:
        """For "it said" set in as an aside, or in a clause naming the deed just told ("…, treatment it
        described as …"), the body whose saying the sentence opens with."""
        verb = token.head
        summing = verb.dep_ == "relcl" and verb.head.lower_ in SUMMING_NOUNS
        if (verb.dep_ != "parataxis" and not summing) or verb.lemma_.lower() not in self.lexicon.report_verbs:
            return None
        root = token.sent.root
        if root.lemma_.lower() not in self.lexicon.report_verbs | self.lexicon.accuse_verbs | self.lexicon.deny_verbs:
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < token.i]
        party = self.party(subjects[0]) if len(subjects) == 1 and subjects[0].lower_ not in PRONOUNS_ORG | PRONOUNS_PERSON else None
        return party if party is not None and party.kind not in {"person", "place"} else None

    def _plural_subject_before(self, token: Token) -> Party | None:
        """The plural subject of the clause before "they" in the same sentence, when it names a party."""
        earlier = self._subject_before(token)
        return self.party(earlier) if earlier is not None and earlier.tag_ in {"NNS", "NNPS"} else None

    def _subject_before(self, token: Token) -> Token | None:
        return next(
            (t for t in reversed(token.doc[token.sent.start : token.i]) if t.dep_ in {"nsubj", "nsubjpass"} and t.head != token.head),
            None,
        )

    def _conduct_before(self, token: Token) -> bool:
        """ "The killings could constitute … if they proved to be widespread": "they" is the plural
        conduct the clause before is about, not a party."""
        earlier = self._subject_before(token)
        words = self.lexicon.parties
        return (
            earlier is not None and earlier.tag_ == "NNS"
            and (earlier.lower_ in words.conduct | words.incidents or self.in_act_term(earlier))
        )

    def _speaks_on(self, before: Token, verb: Token) -> bool:
        """Whether two sentences' verbs are both of saying: the second goes on with the first's speaker."""
        report = self.lexicon.report_verbs
        telling = report | self.lexicon.accuse_verbs  # "X accused Y of … . It called the expulsions …": X goes on
        return before.lemma_.lower() in telling and verb.lemma_.lower() in telling  # "X said … . It attributed …"

    def main_speaker(self, before: int) -> Party | None:
        """The party that has spoken most so far (the author of "the report")."""
        counts: dict[str, tuple[int, Party]] = {}
        for index, party in self.speakers:
            if index < before and party.kind != "person":
                n, _ = counts.get(party.name, (0, party))
                counts[party.name] = (n + 1, party)
        if not counts:
            return None
        return max(counts.values(), key=lambda pair: pair[0])[1]

    def refer_back(self, token: Token, excluding: frozenset[str] = frozenset()) -> Party | None:
        """The party a pronoun or a definite description ("the commission") refers to;
        never one of ``excluding`` (an accuser's "the group" is not the accuser)."""
        lower = token.lower_
        if lower == "report" or lower in {"findings", "statement"}:
            return self.main_speaker(token.i)
        voice = self.voice if lower == "government" and self._voice_of_a_government(token) else None
        if voice is not None and self._bare_definite(self.phrase(token), token):
            return self._as_reference(voice, token)  # "Statement by the X Ministry …: The Government rejects …"
        if lower in PRONOUNS_PERSON:
            kinds = frozenset({"person"})
            teller = self._person_telling(token)
            if teller is not None and teller.name not in excluding:
                return self._as_reference(teller, token)
            carried = self._subject_carried_over(token)
            if carried is not None and carried.name not in excluding:
                return self._as_reference(carried, token)  # "A said … . He told B that … . He accused …": A, not B
        elif lower in PRONOUNS_ORG:
            excluding = excluding | self._antecedent_of_own_relative(token)  # "terrorists from X, whom it held …": not X
            teller = self._body_quoted(token) if lower in {"we", "our"} and in_quotes(self.doc, token.idx) else None
            if teller is not None and teller.name not in excluding:
                return self._as_reference(teller, token)  # '"Our units struck only military targets," the group said'
            own_before = any(t.lower_ in {"we", "our", "us"} for t in token.sent if t.i < token.i)  # "our soldiers …; they …"
            if lower not in {"we", "our"} and in_quotes(self.doc, token.idx) and not own_before:
                excluding = excluding | self._quoting(token)  # '"They set fire to a police station," she said': not her side
            if lower in {"we", "our"} and self.voice is not None and not in_quotes(self.doc, token.idx):
                state = self._state_behind_the_voice(token)
                if state is not None:  # a ministry's "our security institutions": its state's
                    return state
                return self._as_reference(self.voice, token)  # "in our assessment", outside quotes: the author's
            teller = self._teller_of_sentence(token) if lower in {"it", "they"} and token.dep_ == "nsubj" else None
            if teller is not None and teller.name not in excluding:
                return self._as_reference(teller, token)  # "… munitions that the army, it said, had stored …"
            if lower == "they" and self._conduct_before(token):
                return None
            earlier = self._plural_subject_before(token) if lower == "they" else None
            if earlier is not None and earlier.name not in excluding:
                return earlier  # "Our soldiers moved people out; they did not persecute anyone"
            shared = self._subject_of_first_conjunct(token)  # "X said …, and it denied …": X
            if shared is not None and shared.kind != "person" and shared.name not in excluding:
                return self._as_reference(shared, token)
            matrix = self._matrix_subject(token.head if token.dep_ == "poss" else token)  # "X said its fighters …"
            if matrix is not None and matrix.kind != "person" and matrix.name not in excluding:
                return self._as_reference(matrix, token)
            characterizer = self._subject_above_what_clause(token)  # "X said … in what it called …": X, in its own sentence
            if characterizer is not None and characterizer.name not in excluding:
                return self._as_reference(characterizer, token)
            author = self._reporting_subject_before(token) if lower == "it" and token.dep_ == "nsubj" else None
            if author is not None and author.name not in excluding:
                return self._as_reference(author, token)
            if lower == "its":  # "Presenting the report of X to the Council, its chair …": X's chair, not the audience's
                excluding = excluding | self._audience_before(token)
            topic = self._topic_before(token) if lower == "its" else None
            if topic is not None and topic.name not in excluding:
                return self._as_reference(topic, token)
            # "civilians taken from X. 'They are hostages'": "they" is no place; "its forces" are the
            # latest state's or armed body's, never a commission's, court's or charity's
            armed = lower in {"its", "their"} and token.dep_ == "poss" and token.head.lower_ in ARMED_NOUNS
            kinds = (ORG_KINDS - UNARMED_KINDS) | {"state"} if armed else ORG_KINDS
            return self._first_of(token, kinds, excluding | self._places_named) or self._first_of(token, frozenset({"state"}), excluding)
        else:
            kinds = REFERENCE_KINDS.get(lower, DEFAULT_REFERENCE_KINDS)
            if lower in {"organisation", "organization"} and self._demonstrative_determiner(token):
                kinds = kinds | {"armed_group"}  # "X has blown up ferries … This organisation …": whatever X is
            if any(c.lower_ in CIVIC_MODIFIERS for c in token.lefts):
                kinds = kinds & {"ngo", "other"} or kinds  # "the rights group", "the aid group": not an armed one
        # a body whose name holds the description's noun ("the commission" after "the Commission
        # of Inquiry on X") comes first; then a body the gazetteer knows before a name NER merely
        # guessed ("the organisation")
        found = (
            (self._named_by_head(token, kinds, excluding) if lower not in PRONOUNS_PERSON else None)
            or (self._speaker_of_sentence_before(token, kinds, excluding) if lower not in PRONOUNS_PERSON else None)
            or (self._teller_before(token, kinds, excluding) if lower not in PRONOUNS_PERSON else None)
            or self._first_of(token, kinds - {"other"}, excluding)
            or self._first_of(token, kinds, excluding)
        )
        if found is not None and lower == "ministry" and not self._same_portfolio(token, found):
            found = None  # "the interior ministry" after "the health ministry": another ministry
        if found is None and lower not in PRONOUNS_PERSON:
            found = self._first_after(token, kinds & {"ngo", "un_body", "court"}, excluding)  # "… the rights group …; HRW also …"
        if found is None and lower not in PRONOUNS_PERSON:
            phrase = self.phrase(token)  # "the tribunal" with nothing to refer to: name it as written
            state = self.sole_state() if lower in self.lexicon.parties.state_organs else None
            if state is not None:  # "the government" of a story that names one state, later on
                return Party(state.kb_id_, "state", phrase.text, phrase.start_char, phrase.end_char)
            return self._party(phrase.text, "other", phrase)
        return found

    @staticmethod
    def _same_portfolio(ministry: Token, found: Party) -> bool:
        """Whether a ministry described by its portfolio ("the interior ministry") can be ``found``:
        the portfolio's word is in its canonical name."""
        portfolio = [c.lower_ for c in ministry.children if c.dep_ in {"compound", "amod"} and c.pos_ != "PROPN"]
        return all(word in found.name.lower() for word in portfolio)

    def _in_uniform(self, token: Token) -> Party | None:
        """ "men in police uniform", "gunmen wearing army fatigues": doers the witnesses could describe
        only by what they wore, as written (who they were is the claim's to make, not ours)."""
        worn = [
            o for p in token.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in {"uniform", "fatigues"}
        ]
        worn += [
            o for v in token.children if v.dep_ == "acl" and v.lemma_.lower() == "wear" for o in v.children
            if o.dep_ == "dobj" and o.lemma_.lower() in {"uniform", "fatigues"}
        ]
        after = token.doc[token.i + 1 : token.i + 4]  # "assaulted by soldiers in uniform": "in" hung on the verb
        if not worn and len(after) > 1 and after[0].lower_ == "in" and after[0].head != token:
            worn = [t for t in after[1:] if t.lemma_.lower() in {"uniform", "fatigues"}][:1]
        if not worn:
            return None
        phrase = token.doc[token.i : worn[0].i + 1]
        return self._party(phrase.text, "other", phrase)

    def _on_what_they_rode(self, token: Token) -> Party | None:
        """ "gunmen on motorcycles", "men on horseback": doers the witnesses could describe only by how
        they came, as written."""
        if token.lemma_.lower() not in UNIFORMED_NOUNS:
            return None
        mounts = [
            o for p in token.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in MOUNT_NOUNS
        ]
        if not mounts:
            return None
        phrase = token.doc[token.i : mounts[0].i + 1]
        return self._party(phrase.text, "other", phrase)

    def _antecedent_of_own_relative(self, pronoun: Token) -> frozenset[str]:
        """The party a relative clause's antecedent names, when the pronoun is that clause's subject
        and the relative its object ("X, whom it held responsible"): the pronoun is someone else."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "relcl" or not any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"whom", "which", "that"} for c in clause.children
        ):
            return frozenset()
        antecedent = clause.head
        words = [t for t in antecedent.subtree if t.i < clause.i and (t == antecedent or t.dep_ == "pobj")]
        named = [p for t in words for p in [self.party(t)] if p is not None]
        return frozenset(p.name for p in named)

    def _audience_before(self, token: Token) -> frozenset[str]:
        """The bodies the sentence, before ``token``, names as those spoken to ("presenting the report
        to the Council", "told the Board", "briefing the Council")."""
        found = set()
        for word in token.doc[token.sent.start : token.i]:  # the sentence's own words: no scan of the document's spans
            span = self.actor_span(word)
            if span is None or span.start != word.i or span.end > token.i:
                continue
            if addressed(span):
                found.add(span.kb_id_)
        return frozenset(found)

    def prosecuting_office(self, token: Token) -> Party | None:
        """ "the Prosecution", "prosecutors" with no name of their own: the one office the gazetteer
        places under a court the passage names whose name says it prosecutes (a court's judges
        and its prosecutors are different speakers)."""
        if token.lower_ not in PROSECUTION_NOUNS or self.actor_span(token) is not None:
            return None
        if any(c.dep_ in {"amod", "compound", "poss"} or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children):
            return None  # "Xian prosecutors", "its prosecutor", "lawyers for the prosecution": said more than the role
        courts = {s.kb_id_ for s in doc_spans(self.doc, "actors") if s.label_ == "court"}
        courts |= {a for c in list(courts) for a in ancestors(c, self.gazetteer_parent)}
        offices = {
            name for name in self.gazetteer_parent
            if "prosecut" in name.lower() and name not in courts and courts & set(ancestors(name, self.gazetteer_parent))
        }
        if len(offices) != 1:
            return None
        [office] = offices
        phrase = self.phrase(token)
        return Party(office, "court", phrase.text, phrase.start_char, phrase.end_char, self.gazetteer_parent.get(office))

    def _voice_of_a_government(self, token: Token) -> bool:
        """Whether a statement declares a government's organ as its author and ``token`` is in its own words."""
        voice = self.voice
        return (
            voice is not None and voice.kind == "government_body" and voice.part_of in self.gazetteer_states
            and not in_quotes(self.doc, token.idx)
        )

    def _state_behind_the_voice(self, token: Token) -> Party | None:
        """ "accuse our security institutions of …" in a ministry's statement: the state's organs (as
        the subject, "Our units did not …", they are the ministry's own voice)."""
        voice = self.voice
        organ = token.lower_ == "our" and token.head.lower_ in self.lexicon.parties.state_organs and token.head.dep_ != "nsubj"
        if voice is None or not organ or voice.kind != "government_body" or voice.part_of not in self.gazetteer_states:
            return None
        return Party(voice.part_of, "state", token.text, token.idx, token.idx + len(token))

    def _subject_carried_over(self, token: Token, depth: int = 3) -> Party | None:
        """ "He" or "she" as the subject of a sentence continues the person who was the subject of
        the paragraph's sentence before (the addressee of "told B" is not the one who goes on)."""
        if token.lower_ not in {"he", "she"} or token.dep_ != "nsubj" or depth == 0:
            return None
        previous = next(sentences_before_in_paragraph(token.sent, 1), None)
        if previous is None:
            return None
        for subject in (t for t in previous if t.dep_ == "nsubj" and t.head == previous.root):
            if subject.lower_ == token.lower_:
                return self._subject_carried_over(subject, depth - 1) or self._person_telling(subject)
            span = next((self.actor_span(t) for t in subject.subtree if self.actor_span(t) is not None), None)
            if span is not None and span.label_ == "person":
                return self._party(span.kb_id_, span.label_, span)
        return None

    def _person_telling(self, token: Token) -> Party | None:
        """ "A, who …, told reporters that her country rejects …": "his/her country" inside what a
        named person says is that person's (the one telling, not the last one quoted). Any other
        "he" or "she" in reported words may be someone else ("she said he ordered …"); only a
        subject pronoun opening a sentence is taken for the person the sentence before was about."""
        if token.dep_ == "poss" and token.head.lower_ in {"country", "nation", "government"}:
            return self._named_teller(token)
        if token.dep_ == "nsubj" and token.i == token.sent.start and token.sent.start > 0:
            return self._person_subject_of(self.doc[token.sent.start - 1].sent)  # "A B told …. She accused …"
        return None

    def _named_teller(self, token: Token) -> Party | None:
        for verb in token.ancestors:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i and token not in c.subtree]
            if subjects:
                return self._person_named_by(subjects[0])
        return None

    def _person_subject_of(self, sent: Span) -> Party | None:
        """The person the subject of ``sent``'s main verb names."""
        subjects = [c for c in sent.root.children if c.dep_ == "nsubj"]
        return self._person_named_by(subjects[0]) if len(subjects) == 1 else None

    def _person_named_by(self, subject: Token) -> Party | None:
        """The person a subject names, itself or by a name beside its title ("X's foreign
        minister, A B, told …"); never a pronoun, which is what is being resolved."""
        if subject.lower_ in PRONOUNS_PERSON:
            return None
        for candidate in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
            party = self.party(candidate)
            if party is not None and party.kind == "person":
                return party
        return None

    def _subject_above_what_clause(self, token: Token) -> Party | None:
        """ "X accused Y of …, in what it called a breach of …": "it" naming what was done is
        whoever the sentence has speaking, the subject of the clause the phrase hangs on."""
        verb = token.head
        lexicon = self.lexicon
        saying = lexicon.report_verbs | lexicon.accuse_verbs | lexicon.deny_verbs
        what = verb.dep_ == "pcomp" and any(c.lower_ == "what" for c in verb.children)
        which = (  # "…, both of which it described as war crimes": the deeds told, named by the teller
            verb.dep_ in {"relcl", "advcl", "conj"} and verb.lemma_.lower() in lexicon.report_verbs
            and names_deeds_by_which(verb)
        )
        deed_which = self.actor_span(verb.head) is None and deed_which_the_accuser_names(verb, lexicon.report_verbs, lexicon.accuse_verbs)
        if token.dep_ != "nsubj" or not (what or which or deed_which):
            return None
        for above in verb.ancestors:
            subjects = [c for c in above.children if c.dep_ == "nsubj"] if above.pos_ in {"VERB", "AUX"} else []
            if not subjects and above.dep_ == "advcl" and above.tag_ == "VBG":
                tellers = [
                    c for c in above.head.children  # "…, the ministry said, blaming X for what it called …"
                    if c.dep_ in {"parataxis", "advcl", "ccomp"} and c.i < above.i and c.lemma_.lower() in saying
                ]
                subjects = [s for c in tellers[-1:] for s in c.children if s.dep_ == "nsubj"]
            if subjects and above.dep_ != "ROOT" and above.lemma_.lower() not in saying:
                continue  # "blamed X, saying its guns fired into a crowd in what it called …": the blamer, not the guns
            if subjects:
                if subjects[0].lower_ in PRONOUNS_ORG | PRONOUNS_PERSON:
                    return None
                if subjects[0].lower_ in {"which", "who", "that"} and above.dep_ == "relcl":
                    subjects = [above.head]  # "…, according to the X Ministry, which blamed Y for what it called …": the ministry
                return self.party(subjects[0]) or self.actor_party(subjects[0])
        return None

    def _topic_before(self, token: Token) -> Party | None:
        """ "The X Guard is a volunteer formation. The suggestion that its members …": "its" at the
        head of a sentence that names no one before it is the subject the sentence before was about,
        when that sentence only described it (a copula: no one spoke there)."""
        sent = token.sent
        if any(self.actor_span(t) is not None for t in sent if t.i < token.i) or sent.start == 0:
            return None
        previous = self.doc[sent.start - 1].sent
        root = previous.root
        if root.lemma_ != "be":
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        party = self.party(subjects[0]) if len(subjects) == 1 else None
        return party if party is not None and party.kind != "person" else None

    def _matrix_subject(self, token: Token) -> Party | None:
        """ "X said it would …", "X denied accusations that it …": the subject of a reported
        clause, or of the content of an accusation X rejects, refers to X."""
        clause = token.head
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head  # "… that it supports Y and that it has sent …"
        if token.dep_ == "nsubj" and clause.dep_ == "relcl":
            return self._subject_around_relative(token, clause)
        if token.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ not in {"ccomp", "xcomp", "acl"}:
            return None
        verb = clause.head
        if verb.lemma_.lower() in self.lexicon.accusation_nouns and verb.dep_ in {"dobj", "conj"}:
            verb = verb.head if verb.dep_ == "dobj" else verb.head.head
            if verb.lemma_.lower() not in self.lexicon.deny_verbs:
                return None
        elif clause.dep_ == "acl":
            return None
        if verb.lower_ in SUMMING_NOUNS:  # "X carried off grain, conduct it regards as pillage" ("conduct" taken for a verb)
            teller = self._teller_among(verb.ancestors)
            return self.party(dependents_of(teller, "nsubj")[0]) if teller is not None else None
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i]
        if not subjects and verb.dep_ == "conj":  # "X called the footage a fake and insisted its marines …"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < token.i]
        if len(subjects) == 1 and subjects[0].lower_ in {"it", "they"}:
            return self._matrix_subject(subjects[0])  # "X said that it rejected a finding that its members …": X
        if len(subjects) != 1 or subjects[0].lower_ in PRONOUNS_ORG | PRONOUNS_PERSON:
            return None
        return self.party(subjects[0]) or self.owner(subjects[0])  # "X's political bureau said its fighters …"

    def _subject_around_relative(self, token: Token, clause: Token) -> Party | None:
        """ "X holds 9,000 prisoners, some of whom it tortured": "it" in a relative clause is the
        subject of the clause its antecedent stands in, when that is not the antecedent itself."""
        verb = clause.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        if clause.lemma_.lower() in NAMING_VERBS:  # "X accused Y of torturing men, which it called …": X names it
            teller = self._teller_among([verb, *verb.ancestors])
            if teller is None:
                return None  # "X beat prisoners, acts which it described as …": not X, the doer, but whoever tells it
            verb = teller
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < clause.i]
        if len(subjects) != 1 or subjects[0].lower_ in PRONOUNS_ORG | PRONOUNS_PERSON or clause.head in subjects[0].subtree:
            return None
        party = self.party(subjects[0])
        return party if party is not None and party.kind != "person" else None

    def latest_of(self, token: Token, kinds: frozenset[str]) -> Party | None:
        """The latest speaker or actor of one of ``kinds`` named before ``token``, else the first after it."""
        for index, party in reversed(self.speakers):
            if index < token.i and party.kind in kinds:
                return party
        spans = [s for s in doc_spans(self.doc, "actors") if s.label_ in kinds]
        before = [s for s in spans if s.end <= token.i]
        after = [s for s in spans if s.start > token.i]
        nearest = before[-1] if before else (after[0] if after else None)
        return None if nearest is None else self._party(nearest.kb_id_, nearest.label_, nearest)

    def _first_of(self, token: Token, kinds: frozenset[str], excluding: frozenset[str] = frozenset()) -> Party | None:
        """The latest speaker, else the latest actor named, of one of ``kinds`` before ``token``.

        A pronoun that speaks ("…," it said) never refers into what it says: actors inside
        the reported words are skipped.
        """
        reported = self._reported_words(token)
        for index, party in reversed(self.speakers):
            if index < token.i and party.kind in kinds and index not in reported and party.name not in excluding:
                return self._as_reference(party, token)
        for span in reversed(list(doc_spans(self.doc, "actors"))):
            if span.kb_id_ in excluding:
                continue
            if span.end <= token.i and span.label_ in kinds and not self._is_modifier(span) and span.start not in reported:
                return self._as_reference(self._party(span.kb_id_, span.label_, span), token)
        return None

    def _teller_before(self, token: Token, kinds: frozenset[str], excluding: frozenset[str]) -> Party | None:
        """ "X said it had confirmed 23 killings. … said A, a researcher for the group": the body
        that told the story by name, though it made no claim there yet."""
        for index, party in reversed(self.tellers):
            if index < token.i and party.kind in kinds and party.name not in excluding:
                return self._as_reference(party, token)
        return None

    def _named_by_head(self, token: Token, kinds: frozenset[str], excluding: frozenset[str]) -> Party | None:
        """The latest body named before ``token`` whose name contains its noun: "the commission"
        is the Commission of Inquiry named a sentence ago, not the rights group quoted before it.
        Only a bare description of an institution: "the rights group" says more than its noun,
        and "group" is in the names of armed groups and charities alike."""
        if token.lower_ in {"group", "groups"} or not self._bare_definite(self.phrase(token), token):
            return None
        return self._latest_named_with_head(token, kinds, excluding)

    def _latest_named_with_head(self, token: Token, kinds: frozenset[str], excluding: frozenset[str]) -> Party | None:
        """The latest body named before ``token`` whose name holds its noun ("forces" in "X Armed Forces")."""
        head = re.compile(rf"\b{re.escape(token.lemma_.lower())}s?\b", re.IGNORECASE)
        reported = self._reported_words(token)
        for span in reversed(list(doc_spans(self.doc, "actors"))):
            if span.end > token.i or span.kb_id_ in excluding or span.label_ not in kinds or span.start in reported:
                continue
            if (head.search(span.kb_id_) or head.search(span.text)) and not self._is_modifier(span):
                return self._as_reference(self._party(span.kb_id_, span.label_, span), token)
        return None

    def _first_after(self, token: Token, kinds: frozenset[str], excluding: frozenset[str]) -> Party | None:
        """With nothing named before: the first body of ``kinds`` the passage names after ``token``
        (a story that opens on "the rights group" and names it in the next breath). A noun naming
        one kind of institution ("the commission") is only a body whose name holds it, not the
        tribunal the commission calls on."""
        institution = token.lemma_.lower() not in GENERIC_BODY_NOUNS
        head = re.compile(rf"\b{re.escape(token.lemma_.lower())}s?\b", re.IGNORECASE)
        for span in doc_spans(self.doc, "actors"):
            if span.start > token.i and span.label_ in kinds and span.kb_id_ not in excluding and not self._is_modifier(span):
                if institution and not (head.search(span.kb_id_) or head.search(span.text)):
                    continue
                return self._as_reference(self._party(span.kb_id_, span.label_, span), token)
        return None

    @staticmethod
    def _reported_words(token: Token) -> set[int]:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head == token:
            return set()
        return {t.i for t in token.head.subtree} - {t.i for t in token.subtree}

    def _is_modifier(self, span: Span) -> bool:
        """A name only describing a noun ("Xian villages"), no antecedent; a group's name on what marks
        its men ("men wearing X insignia") still names the group."""
        root = span.root
        if root.dep_ not in {"amod", "compound"} or root.head.lower_ in self.lexicon.parties.state_organs:
            return False
        men = root.head
        doers = men.dep_ == "nsubj" or (men.dep_ == "pobj" and men.head.lower_ == "by")
        if span.label_ == "armed_group" and doers and men.lower_ in self.lexicon.parties.groups - {"civilians", "settlers"}:
            return False  # "X fighters had fired mortars … accused the group": X's own men (not "captured X fighters")
        return not (span.label_ == "armed_group" and root.head.lemma_.lower() in UNIFORM_NOUNS)

    def _as_reference(self, party: Party, token: Token) -> Party:
        """The referent, evidenced by the referring words themselves."""
        first = token.left_edge
        while first.i < token.i and first.lower_ in {"both", "either", "neither", "all"}:
            first = self.doc[first.i + 1]  # "both the government and …": "both" belongs to the pair
        start, end = first.idx, token.idx + len(token.text)
        if token.lower_ in PRONOUNS_ORG | PRONOUNS_PERSON:
            start = token.idx
        return Party(party.name, party.kind, doc_text(self.doc)[start:end], start, end, party.part_of)


def in_brackets(token: Token) -> bool:
    """ "(XY)", "[XY]": a name's acronym set beside it, never a party of its own in the clause."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in {"(", "["} and doc[token.i + 1].text in {")", "]"}


def _coordinated_with_common_noun(modifier: Token) -> bool:
    """ "genocide against the Ostrel and war crimes …": a name coordinated with a common noun
    ("Yazidi and war") ends one phrase; it is not an adjective of the next ("Xian and Yian forces" is)."""
    return any(c.pos_ == "NOUN" for c in modifier.conjuncts)


# Past participles that describe how people look, not what was done to them ("men dressed in black").
APPEARANCE_PARTICIPLES = frozenset({"dress", "clad", "arm", "mask", "disguise", "equip"})
# Participles by which people are said to act for a master: "guards employed by X" are X's men.
SERVICE_PARTICIPLES = frozenset({"employ", "hire", "contract", "command", "lead", "send", "deploy", "dispatch", "pay", "recruit", "direct"})
# "fighters loyal to X", "men working for X", "gunmen acting for X".
SERVICE_WORDS = {"loyal": "to", "work": "for", "act": "for", "fight": "for"}


def _describes_the_doer(clause: Token) -> bool:
    """ "men wearing fatigues", "gunmen dressed in black", not "men killed in the raid": an
    active participle, or a passive one of appearance."""
    return clause.tag_ == "VBG" or (clause.tag_ == "VBN" and clause.lemma_.lower() in APPEARANCE_PARTICIPLES)


def ancestors(name: str, parents: dict[str, str]) -> list[str]:
    """The bodies ``name`` is part of, nearest first (the gazetteer's part-of chain)."""
    found: list[str] = []
    while name in parents and parents[name] and parents[name] not in found and len(found) < 5:
        name = parents[name]
        found.append(name)
    return found


def addressed(span: Span) -> bool:
    """ "… told the Security Council", "said before the assembly", "presenting the report to the
    Council": the body spoken to is the audience, not the speaker's own."""
    root = span.root
    if root.dep_ in {"dobj", "dative"} and root.head.lemma_.lower() in AUDIENCE_VERBS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in {"to", "before"} and root.head.head.lemma_.lower() in SPEECH_VERBS


def dependents_of(token: Token, dep: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == dep]
