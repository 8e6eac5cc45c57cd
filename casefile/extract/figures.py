"""Figures: numbers about people or events, with what they count, a category and who says so.

A number's category comes from the nearest *cue* word in its sentence's dependency tree
("were killed", "the death of", "held … hostage", "N injured"), searched outwards from the
number through the words that only measure it ("a minimum of"), but not into another
predication (a clause with its own subject, a coordinated verb with its own object, a verb
whose argument carries another number). A part ("including 44 who …", "six of whom", "28 of
the victims") and a number whose noun English leaves out ("…, 16 were …", "bringing the
total to 133") count what the figure before them counted. Alternatives of different kinds
("killing or torturing 800") and killed-with-injured give `other`; the counted sources of an
inquiry ("testimonies of 31 residents") are no figure, nor are an age beside a person
("Tavrossi, 51,"), a list item's number ("4.", "(3)") or a number naming the noun before it
("point 2", "Checkpoint 9"). A bare part ("forty-one of the Front's fighters") says what it
counts through its "of".
"""

from __future__ import annotations

import heapq
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from casefile.errors import LexiconError
from casefile.extract.frames import find_frame
from casefile.extract.numbers import (
    DATE_WORDS,
    NUMBER,
    RANGE,
    RANGE_LINK,
    RANGE_SECOND,
    is_bare_one,
    looks_like_non_count,
    number_value,
    parse_number,
)
from casefile.extract.parties import PartyResolver
from casefile.nlp.doctext import doc_text, span_text
from casefile.records import FIGURE_CATEGORIES, Evidence, Figure

__all__ = ["FigureExtractor", "FigureLexicon", "load_figure_lexicon", "parse_number"]

# Entity labels whose numbers are not counts of people or events.
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
# Entity labels of names: a cue word inside a name ("Commission on Missing Persons") is no predicate.
NAME_ENTITIES = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
# Clause links the cue search does not cross: a reported clause and a loosely attached one.
CLAUSE_BOUNDARIES = frozenset({"ccomp", "parataxis"})
# Secondary predicates read together with their verb: "held five people hostage", "reported missing".
COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "xcomp", "advcl"})
# How far (in dependency links) a cue may be from its number.
MAX_CUE_DISTANCE = 4
# Approximators the model may parse as prepositions taking the number ("injured around 200").
QUALIFYING_PREPOSITIONS = frozenset({"around", "about", "over", "nearly", "some", "roughly"})
# Common nouns of places people leave ("8,000 people had left the district").
PLACE_NOUNS = frozenset({"district", "region", "area", "city", "town", "village", "country", "island", "islands", "province", "valley", "enclave", "zone"})
# Verbs of taking people by force: done by an armed group, the taken are its captives.
SEIZING_VERBS = frozenset({"capture", "seize", "grab", "snatch", "hold"})
# Places of custody: people held in them are detainees, whoever holds them.
CUSTODY_PLACES = frozenset({"jail", "prison", "cell", "detention", "custody", "facility", "centre", "center", "camp", "barracks"})
# Dependency labels of a verb's own subject or object.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Words before a number that make it an age ("as young as 12", "under the age of 15", "aged 9",
# "children under 15").
AGE_BEFORE = re.compile(
    r"(?:\bas (?:young|old) as|\b(?:under|over|above|below) the age of|\bage(?:d| of)?|"
    r"\b(?:children|child|boys|girls|minors) (?:under|over|below|above))\s*$",
    re.IGNORECASE,
)
# Killed and injured counted together are casualties, category `other`.
CASUALTIES = {"killed", "injured"}
# Subject dependency labels.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Parts of speech of nouns and noun-like words.
NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# Pronouns and determiners before a speaker's description ("it", "the group"): an
# attribution gives the party's name instead of them.
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their"})
# The parser's tag of a list item marker ("(1) the release …").
LIST_ITEM_TAG = "LS"
# Fine-grained tags of plural nouns: "2000 Khmers" counts people even if it looks like a year.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Entity types of places: "left Port Ilvane" leaves a place.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Words of asking for something not yet done ("calls for the release of 11 sailors", "urged the
# group to free them"): a release asked for is no release.
OBLIGING_MODALS = frozenset({"must", "should", "ought"})  # "will be released" under a deal is a release
DEMAND_WORDS = frozenset({"call", "demand", "urge", "seek", "ask", "appeal", "plead", "press", "request", "insist"})


@dataclass(frozen=True)
class FigureLexicon:
    categories: tuple[tuple[str, frozenset[str]], ...]
    captivity: frozenset[str]
    dying: frozenset[str]
    counted_nouns: frozenset[str]
    part_cues: frozenset[str]
    status_nouns: frozenset[str]
    accusation_verbs: frozenset[str]
    non_count_nouns: frozenset[str]
    qualifiers: tuple[str, ...]
    quantity_nouns: frozenset[str]
    sum_nouns: frozenset[str]
    informant_words: frozenset[str]
    keeping_verbs: frozenset[str]


@lru_cache(maxsize=2)
def load_figure_lexicon(path: Path | None = None) -> FigureLexicon:
    path = path or Path(str(resources.files("casefile.nlp") / "data" / "figures.toml"))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        categories = tuple((k, frozenset(v)) for k, v in data["categories"].items())
        for label, _ in categories:
            if label not in FIGURE_CATEGORIES:
                raise LexiconError(f"{path}: [categories] {label!r} is not a figure category")
        return FigureLexicon(
            categories,
            frozenset(data["captivity"]),
            frozenset(data["dying"]),
            frozenset(data["counted_nouns"]),
            frozenset(data["part_cues"]),
            frozenset(data["status_nouns"]),
            frozenset(data["accusation_verbs"]),
            frozenset(data["non_count_nouns"]),
            tuple(sorted(data["qualifiers"], key=len, reverse=True)),
            frozenset(data["quantity_nouns"]),
            frozenset(data["sum_nouns"]),
            frozenset(data["informant_words"]),
            frozenset(data["keeping_verbs"]),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise LexiconError(f"{path}: cannot read the figure lexicon ({exc!r})") from exc


@dataclass(frozen=True)
class Cue:
    """The word that says what happened to the counted, and the category it gives."""

    category: str
    token: Token


@dataclass
class FigureExtractor:
    doc: Doc
    resolver: PartyResolver
    document: str
    lexicon: FigureLexicon
    _found: list[tuple[int, str]] = field(default_factory=list)  # (number token index, category)

    def run(self) -> list[Figure]:
        """Figures in document order; a figure restated later (same value and category) is kept once."""
        figures: list[Figure] = []
        seen: set[tuple[int, str]] = set()
        listed: set[tuple[int, str, int]] = set()  # (value, category, list) of coordinated counts
        for sent in self.doc.sents:
            found = [f for f in (self._figure(sent, m) for m in NUMBER.finditer(span_text(sent))) if f is not None]
            found += self._articles_in_lists(sent, found)
            for figure, number in found:
                key, in_list = (figure.value, figure.category), _list_of_counts(number)
                if key not in seen or (in_list is not None and (*key, in_list) in listed):
                    seen.add(key)
                    figures.append(figure)
                    if in_list is not None:
                        listed.add((*key, in_list))
        return figures

    def _articles_in_lists(self, sent: Span, found: list[tuple[Figure, Token]]) -> list[tuple[Figure, Token]]:
        """ "13 Israelis, 10 Thais and a Filipino": in a list of counts, "a"/"an" counts one,
        with the category of the counts beside it."""
        by_noun = {_counted_noun(number).i: figure for figure, number in found}
        out = []
        for article in sent:
            noun = article.head
            if article.dep_ != "det" or article.lower_ not in {"a", "an"} or noun.dep_ != "conj":
                continue
            if any(c.like_num for c in noun.children):
                continue
            beside = [by_noun[n.i] for n in noun.conjuncts if n.i in by_noun]
            if not beside:
                continue
            start, end = article.idx, noun.idx + len(noun)
            evidence = Evidence(self.document, start, end, doc_text(self.doc)[start:end])
            figure = Figure(value=1, what=noun.text, category=beside[-1].category, evidence=evidence,
                            attributed_to=beside[-1].attributed_to)
            out.append((figure, article))
        return out

    def _figure(self, sent: Span, m: re.Match[str]) -> tuple[Figure, Token] | None:
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        span = self.doc.char_span(start, end, alignment_mode="expand")
        before = span_text(sent)[: m.start()]
        if span is None or RANGE_SECOND.search(before) or self._not_a_count(span, m):
            return None
        value = number_value(m.group("num"), m.group("unit"))
        if value is None:
            return None
        number = _number_root(span)
        noun = _counted_noun(number)
        category, cue = self._category(number, noun)
        if category is None or self._informants(noun):
            return None
        self._found.append((number.i, category))
        figure = Figure(
            value=value,
            what=self._what(noun, number, cue),
            category=category,
            evidence=self._evidence(span, noun, cue),
            attributed_to=self._attribution(number),
            qualifier=self._qualifier(before),
            low=value if RANGE.search(before) else None,
            high=self._range_high(sent, m),
        )
        return figure, number

    # -- what is not a count -------------------------------------------------------------

    def _not_a_count(self, span: Span, m: re.Match[str]) -> bool:
        token = span[0]
        if looks_like_non_count(doc_text(self.doc), span.start_char, span.end_char, m):
            return True
        if is_bare_one(doc_text(self.doc), span.start_char, m) and not self._in_counted_list(token):
            return True
        if token.dep_ == "nummod" and token.head.lemma_.lower() in self.lexicon.non_count_nouns:
            return True  # "182 interviews", "six counts of war crimes"
        if _label_after_noun(span) or self._age_in_apposition(_number_root(span)):
            return True
        if AGE_BEFORE.search(doc_text(self.doc)[max(0, span.start_char - 30) : span.start_char]):
            return True  # "as young as 12", "children under the age of 15": how old, not how many
        if token.tag_ == LIST_ITEM_TAG:
            return True  # the parser's list item marker
        if token.ent_type_ not in NOT_COUNTS or m.group("unit"):
            return False
        counted = span[-1].head
        if span[-1].dep_ == "nummod" and counted.tag_ in PLURAL_TAGS and not DATE_WORDS.search(counted.lower_):
            return False  # "2000 Khmers": a plural noun makes it a count
        return self._entity_is_not_count(token)

    def _informants(self, noun: Token) -> bool:
        """People counted as the evidence's sources ("12 soldiers testified", "testimonies of 31
        residents", "interviewed 40 survivors"): a count of the inquiry, not of the events."""
        words = self.lexicon.informant_words
        head = noun.head
        if noun.dep_ in {"nsubj", "dobj"} and head.lemma_.lower() in words:
            return True
        return noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in words

    def _age_in_apposition(self, number: Token) -> bool:
        """ "Tavrossi, 51, was arrested", "two brothers, 19 and 23,": a bare number set beside
        one person, or beside people it does not count, says how old they are.

        A count in apposition agrees with a plural set that has no count of its own ("the
        detainees, 40 in all"); beside a singular noun, or a noun already counted, a number
        alone is an attribute. A noun that is itself a count ("the toll, 58,") keeps it.
        """
        first = number
        while first.dep_ == "conj" and first.head.like_num:
            first = first.head
        if first.dep_ != "appos" or first.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        numbers = [first, *first.conjuncts]
        if any(c.dep_ not in {"punct", "cc", "conj"} for n in numbers for c in n.children):
            return False  # "40 people, 12 in Dalvik", "…, 12 of them children": a part, not an age
        noun = first.head
        lemma = noun.lemma_.lower()
        if lemma in self.lexicon.quantity_nouns | self.lexicon.sum_nouns or self._word_category(noun, number):
            return False
        counted = any(c.dep_ == "nummod" and c not in numbers for c in noun.children)
        return noun.tag_ in {"NN", "NNP"} or counted

    @staticmethod
    def _in_counted_list(token: Token) -> bool:
        """ "eight women, two children, and one girl": "one" in a list of counts is a count."""
        noun = token.head
        if token.dep_ != "nummod" or noun == token:
            return False
        linked = [*noun.conjuncts]
        return any(any(c.dep_ == "nummod" and c.like_num for c in n.children) for n in linked)

    @staticmethod
    def _entity_is_not_count(token: Token) -> bool:
        """spaCy calls "41 later" a DATE; only dates that name a calendar unit are not counts."""
        if token.ent_type_ != "DATE":
            return True
        start = token.i
        while start > 0 and token.doc[start].ent_iob_ == "I":  # back to the entity's first token
            start -= 1
        end = token.i + 1
        while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
            end += 1
        text = token.doc[start:end].text.lower()
        return bool(DATE_WORDS.search(text)) or (token.text.isdigit() and len(token.text) == 4)

    # -- category ------------------------------------------------------------------------

    def _category(self, number: Token, noun: Token) -> tuple[str | None, Cue | None]:
        inherited = (
            self._part_of_total(number)
            or self._among_a_total(number, noun)
            or (self._antecedent(number) if self._partitive(number) else None)
        )
        cue = self._nearest_cue(number)  # "85 detainees released, 19 of them women": the part is of the released
        own = cue is not None and (
            cue.token.i == noun.i != number.i
            or _predicate_of(cue.token, number) and cue.token.lemma_.lower() not in self.lexicon.status_nouns
            or _takes_the_number(cue.token, number) and cue.token.lemma_.lower() not in self.lexicon.keeping_verbs
            # "the killing of four of them": done to the part; "still holding nine of them" keeps them as they were
        )
        if inherited and not own:
            return inherited, cue  # a part, unless its own noun ("156 injuries") or predicate ("370 of whom are missing") says what it counts
        if cue is not None:
            category = self._coordinated(cue, noun)
            if category == "detained" and self._held_by_armed_group(cue.token):
                category = "hostages"  # "seized by the X Brigades": no authority detains, a group holds captives
            return category, cue
        recovered = self._elided_total(number, noun)
        if recovered is not None:
            return recovered, None
        if noun.i != number.i and self._counts_people(noun):
            return "other", None  # "19 soldiers", "13 Israelis": people counted, nothing said of them
        return None, None

    def _held_by_armed_group(self, verb: Token) -> bool:
        """Whether who holds the counted, as the verb of holding names them (its subject, or "by" the
        agent of a passive), is a non-state armed group: captives of a group, not an authority's detainees."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SEIZING_VERBS:
            return False  # "detained", "arrested": the words of custody, whoever keeps it
        if any(t.lemma_.lower() in CUSTODY_PLACES and t.dep_ == "pobj" and t.head.lower_ in {"in", "inside"} for t in verb.subtree):
            return False  # "held … in makeshift jails": kept in custody, as the group's detainees
        passive = verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children))
        holders = (
            [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if passive else [c for c in verb.children if c.dep_ == "nsubj"]
        )
        for holder in holders:
            party = self.resolver.party(holder) or self.resolver.actor_party(holder)
            if party is not None and party.kind == "armed_group":
                return True
        return False

    def _coordinated(self, cue: Cue, noun: Token) -> str:
        """ "killed or injured", "dead and wounded": two categories joined in one predicate.

        An alternative of another kind ("killing or torturing 800 people") does not say how
        many suffered which: the count is of both, category `other`.
        """
        own = self._word_category(cue.token, cue.token)
        for other in cue.token.conjuncts:
            if any((c.dep_ in ARGUMENT_DEPS or c.like_num) and c != noun for c in other.children) or any(
                o.like_num for p in other.children if p.dep_ == "prep" and p.lower_ in QUALIFYING_PREPOSITIONS for o in p.children
            ):
                continue  # "killing 7 people and wounding 13", "19 deaths and 20 injuries", "injured around 200": own counts
            if _count_before_passive(other):
                continue  # "23 died in the barrage and 61 were wounded": the parser lost the 61 as the subject
            category = self._word_category(other, cue.token)
            if {own, category} == CASUALTIES:
                return "other"
            if category != own and _alternatives(cue.token, other):
                return "other"
        return cue.category

    def _counts_people(self, noun: Token) -> bool:
        """A people noun, a nationality or group ("Iranians"), or a plural proper noun ("Khmers")."""
        if noun.lemma_.lower() in self.lexicon.counted_nouns or noun.ent_type_ == "NORP":
            return True
        if noun.ent_type_ in NAME_ENTITIES:
            return False
        # English capitalises demonyms and group names: a capitalised plural inside a sentence
        # ("one million Azerbaijanis", even when tagged a common noun) names people.
        return noun.tag_ == "NNPS" or (noun.tag_ == "NNS" and noun.is_title and not noun.is_sent_start)

    def _nearest_cue(self, number: Token) -> Cue | None:
        """Search the dependency tree outwards from the number; the closest cue word wins.

        A status noun ("prisoners", "hostages") yields to what a predicate says happened
        to them ("executed 10 prisoners", "released 24 hostages"), or to the noun of such a
        predicate that takes them as its argument ("the execution of 15 prisoners",
        "in exchange for 1,968 prisoners"); a verb that only keeps them as they are ("holding
        48 captives") does not.
        """
        adjacent = self._postnominal(number) or self._participle_before(number)
        if adjacent is not None:
            return adjacent
        status: Cue | None = None
        for token in self._outwards(number):
            cue = self._cue_at(token, number)
            if cue is None or any(_counts_its_own(t, number, self.lexicon.quantity_nouns) for t in {cue.token, token}):
                continue  # "4,600 people, 370 of whom are unaccounted for": the complement is the 370's
            if status is None and self._is_status_noun(cue.token, number):
                status = cue
                continue
            if status is not None and not self._changes_status(cue.token, status.token):
                continue
            if status is not None and status.token.dep_ == "amod" and cue.category != "killed":
                continue  # "40 wounded soldiers were evacuated": still counted as the wounded
            return cue
        return status or self._orphan_passive(number)

    def _outwards(self, number: Token) -> list[Token]:
        """Tokens of the number's sentence in order of dependency distance, up to MAX_CUE_DISTANCE."""
        sent = number.sent
        noun = _counted_noun(number)  # "killing three of our staff and two patients": the two share "killing"
        shared = {noun.head.i} if noun.dep_ == "conj" and noun.head.like_num else set()
        best = {number.i: 0}
        heap: list[tuple[int, int, int]] = [(0, 0, number.i)]
        order: list[Token] = []
        while heap:
            distance, _, index = heapq.heappop(heap)
            if distance > best.get(index, distance):
                continue
            token = self.doc[index]
            if index != number.i:
                order.append(token)
                if token.like_num and token.dep_ != "nummod" and token.i not in shared:
                    continue  # another number's own branch
                if token.lemma_.lower() in self.lexicon.accusation_verbs:
                    continue  # "19 soldiers charged with murder": the counted are the accused
            for near, cost in self._neighbours(token, self.lexicon.quantity_nouns):
                total = distance + cost
                if sent.start <= near.i < sent.end and total <= MAX_CUE_DISTANCE and total < best.get(near.i, 99):
                    best[near.i] = total
                    heapq.heappush(heap, (total, abs(near.i - number.i), near.i))
        return order

    @staticmethod
    def _neighbours(token: Token, quantity_nouns: frozenset[str]) -> list[tuple[Token, int]]:
        """Linked tokens and the cost of the link: coordinated nouns share one predicate (cost 0),
        and a quantity noun with its "of" ("the deaths of a minimum of 40") adds no distance."""
        links = [(c, c) for c in token.children]
        if token.head != token:
            links.append((token.head, token))
        out = []
        for near, child in links:
            if child.dep_ in CLAUSE_BOUNDARIES or _separate_clauses(child) or _verb_joined_to_number(child):
                continue
            nominal = child.dep_ == "conj" and child.pos_ in NOMINALS and child.head.pos_ in NOMINALS
            # "64 civilians were shot or burned to death": verbs coordinated on one subject share it
            nominal = nominal or (
                child.dep_ == "conj" and child.pos_ == "VERB" and child.head.pos_ == "VERB"
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            )
            quantity = child.lemma_.lower() in quantity_nouns or (
                child.dep_ == "prep" and child.head.lemma_.lower() in quantity_nouns
            )
            out.append((near, 0 if nominal or quantity or child.dep_ == "appos" else 1))
        return out

    def _postnominal(self, number: Token) -> Cue | None:
        """ "left 40 dead and 90 wounded": a participle or adjective right after a bare number
        is said of it, however the parser attached it."""
        if _counted_noun(number) != number or number.i + 1 >= number.sent.end:
            return None
        after = self.doc[number.i + 1]
        if after.tag_ not in {"VBN", "JJ"}:
            return None
        category = self._word_category(after, number)
        return Cue(self._captivity(category, after, number), after) if category else None

    def _participle_before(self, number: Token) -> Cue | None:
        """ "…, killing at least 37 people, the panel said": a participle right before the count
        (past "at least", "some", "more than") is said of it, when the parser gave the counted
        noun to another verb."""
        start = number.i
        while start > number.sent.start and self.doc[start - 1].lower_ in {"at", "least", "some", "more", "than", "about", "nearly", "almost", "over", "around", "up", "to"}:
            start -= 1
        if start == number.sent.start:
            return None
        before = self.doc[start - 1]
        noun = _counted_noun(number)
        if before.tag_ != "VBG" or noun in before.subtree or not self._word_category(before, number):
            return None
        return Cue(self._captivity(self._word_category(before, number), before, number), before)

    def _changes_status(self, predicate: Token, status: Token) -> bool:
        if predicate.pos_ in {"VERB", "AUX", "ADJ"}:
            return predicate.lemma_.lower() not in self.lexicon.keeping_verbs
        return _takes_as_argument(predicate, status)

    def _is_status_noun(self, cue: Token, number: Token) -> bool:
        """A noun of what the counted are ("prisoners"), or an adjective of what they were
        before the predicate ("shot dead 14 wounded fighters": wounded, then killed)."""
        if cue.i == number.head.i and cue.lemma_.lower() in self.lexicon.status_nouns:
            return True
        return cue.dep_ == "amod" and cue.head.i == number.head.i and number.head.i != number.i

    def _orphan_passive(self, number: Token) -> Cue | None:
        """A passive cue verb the parser left without a subject ("…, were executed") takes the count before it."""
        sent = number.sent
        for token in self.doc[number.i + 1 : sent.end]:
            deps = {c.dep_ for c in token.children}
            if token.pos_ == "VERB" and "auxpass" in deps and not deps & SUBJECT_DEPS:
                return self._cue_at(token, number)
        return None

    def _cue_at(self, token: Token, number: Token) -> Cue | None:
        """A token's category, its secondary predicate first ("held … hostage" is hostage-taking)."""
        complements = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS and c.pos_ in {"NOUN", "ADJ"}]
        complements += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]  # "held as hostages"
        for word in (*complements, token):
            category = self._word_category(word, number)
            if category is not None:
                return Cue(self._captivity(category, word, number), word)
        return None

    def _word_category(self, token: Token, number: Token) -> str | None:
        if token.pos_ == "PROPN" or token.ent_type_ in NAME_ENTITIES:
            return None  # a word inside a name
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i != number.head.i:
            return None  # "arrest warrants", "death sentences": the cue modifies another noun
        if token.i > 0 and self.doc[token.i - 1].text == "-" and not self.doc[token.i - 2].whitespace_:
            return None  # "rebel-held areas", "government-controlled": a place's owner, not a count's fate
        words = {token.lemma_.lower(), token.lower_, f"{token.lower_}/{token.pos_}"}
        words |= {  # "round up"; "force back", where the model makes "back" an adverb
            f"{token.lemma_.lower()} {c.lower_}" for c in token.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back")
        }
        words |= {f"{token.lemma_.lower()} {c.lemma_.lower()}" for c in token.children if c.dep_ == "dobj"}  # "leave (their) homes"
        describes_other = token.dep_ == "acl" and token.head.i != _counted_noun(number).i  # "boats leaving the islands"
        words |= {
            f"{token.lemma_.lower()} <place>" for c in token.children
            if c.dep_ == "dobj" and (c.ent_type_ in PLACE_ENTITIES or c.lemma_.lower() in PLACE_NOUNS) and not describes_other
        }
        words |= {f"{token.lemma_.lower()} {c.lower_}" for c in token.children if c.dep_ == "prep" and c.lower_ in {"across", "over"}}  # "forced across the river"
        if token.dep_ == "pobj":
            words.add(f"{token.head.lower_} {token.lemma_.lower()}")  # "(forced) from (their) homes"
        label = next((label for label, lemmas in self.lexicon.categories if words & lemmas), None)
        if label == "released" and _not_yet_done(token):
            return None  # "must be freed", "demanded the release of 230 members held in prisons"
        return label

    def _captivity(self, category: str, cue: Token, number: Token) -> str:
        """ "died in captivity", "deaths in custody": a death in someone's hands."""
        if category != "killed" or cue.lemma_.lower() not in self.lexicon.dying:
            return category
        near = [t for t in cue.subtree if t.i != number.i] + [cue.head]
        if any(t.lemma_.lower() in self.lexicon.captivity for t in near):
            return "died_in_captivity"
        return category

    def _part_of_total(self, number: Token) -> str | None:
        """ "251 people …, including 44 who …": the part counts what the total counts."""
        node = number
        for _ in range(4):
            if node.head == node or node.dep_ in CLAUSE_BOUNDARIES:
                return None
            came_from, node = node, node.head
            if node.lower_ in self.lexicon.part_cues and came_from.dep_ in {"pobj", "dobj", "conj", "nummod"}:
                return self._total_of(node, number)
        return None

    def _among_a_total(self, number: Token, noun: Token) -> str | None:
        """ "Six children were among the nine people killed": a part counts what its total counts."""
        if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
            return None
        for prep in (c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "among"):
            for total in (c for c in prep.children if c.dep_ == "pobj"):
                counts = [c for c in total.children if c.dep_ == "nummod" and c.like_num]
                if counts:
                    return self._category(counts[0], total)[0]
        return None

    def _elided_total(self, number: Token, noun: Token) -> str | None:
        """The category of a set counted just before, for a number that says nothing of its own.

        English leaves out the noun of a set already named: a bare numeral ("…, 16 were
        displaced persons"), a partitive ("six of whom", "28 of the victims") or a sum
        ("bringing the total to 133 people") counts what the figure before it counted.
        """
        bare = noun.i == number.i or noun.like_num  # "from 12,000 to 20,000": a number on a number
        if not (bare or self._partitive(number) or self._near_sum(number)):
            return None
        return self._antecedent(number)

    @staticmethod
    def _partitive(number: Token) -> bool:
        """ "six of whom", "28 of the victims", "among them 6 women": a part of a set named
        without a number."""
        noun = _counted_noun(number)
        preps = [(p, True) for p in number.children if p.lower_ in {"of", "among"}]
        # on a noun, "of" is its complement ("two cylinders of the gas"); "among them" is a part
        preps += [(p, False) for p in noun.children if p.lower_ == "among" and noun != number]
        for prep, definite_ok in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.pos_ == "PRON" or (definite_ok and _definite_without_number(obj))):
                    return True
        return False

    def _near_sum(self, number: Token) -> bool:
        """A sum noun near the number that is not the sum of another number ("a total of 73")."""
        for token in self._outwards(number):
            if token.lemma_.lower() in self.lexicon.sum_nouns:
                counts = [t for t in token.subtree if t.like_num and t.i != number.i]
                if not counts or number in token.subtree:
                    return True
        return False

    def _antecedent(self, number: Token) -> str | None:
        """The category of the last figure found in this sentence or the one before."""
        sent_start = number.sent.start
        earlier_start = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        earlier = [c for i, c in self._found if earlier_start <= i < number.i]
        return earlier[-1] if earlier else None

    def _total_of(self, part_cue: Token, number: Token) -> str | None:
        """The category of the total a part belongs to: the counted noun "including" hangs from,
        else the last figure found before the part."""
        found = dict(self._found)
        total = part_cue.head
        for child in (total, *total.children):
            if child.i in found:
                return found[child.i]
        earlier = [(i, c) for i, c in self._found if i < number.i and number.sent.start - i < 80]
        return earlier[-1][1] if earlier else None

    # -- the record ----------------------------------------------------------------------

    def _what(self, noun: Token, number: Token, cue: Cue | None) -> str:
        partitive = _partitive_noun(number) if noun.i == number.i else None
        if partitive is not None:
            words = [_noun_phrase(partitive)]
        elif noun.i == number.i:
            words = []
        else:
            lefts = [c.left_edge.i for c in noun.lefts if c.i != number.i and c.dep_ in {"amod", "compound"}]
            left = min([noun.i, *lefts])
            words = [t.text for t in self.doc[left : noun.i + 1] if t.i != number.i and not t.like_num]
        if cue is not None and cue.token.text not in words:
            words.append(cue.token.text)
        return " ".join(words) or number.text

    def _evidence(self, span: Span, noun: Token, cue: Cue | None) -> Evidence:
        sent = span.sent
        tokens = [noun] + ([cue.token] if cue is not None and sent.start <= cue.token.i < sent.end else [])
        partitive = _partitive_noun(noun) if noun == _number_root(span) else None
        tokens += [partitive] if partitive is not None else []  # "killed four of its workers"
        start = min([span.start_char] + [t.idx for t in tokens])
        end = max([span.end_char] + [t.idx + len(t) for t in tokens])
        return Evidence(self.document, start, end, doc_text(self.doc)[start:end])

    def _attribution(self, number: Token) -> str | None:
        """Who the text credits for the number: the party of a reporting frame (by its name,
        not a pronoun standing for it), else the source after "according to" even when it is
        no party ("according to official figures")."""
        frame = find_frame(number, self.resolver)
        if frame is None:
            return _according_to_source(number)
        party = frame.speakers[0]
        return party.surface if _is_proper_name(party.surface) else party.name or party.surface

    def _qualifier(self, before: str) -> str | None:
        tail = before.lower().rstrip()
        for qualifier in self.lexicon.qualifiers:
            if tail.endswith(qualifier) and (len(tail) == len(qualifier) or not tail[-len(qualifier) - 1].isalnum()):
                return qualifier
        return None

    def _range_high(self, sent: Span, m: re.Match[str]) -> int | None:
        rest = span_text(sent)[m.end():]
        follow = RANGE_LINK.match(rest)
        if not (RANGE.search(span_text(sent)[: m.start()]) and follow):
            return None
        second = NUMBER.match(rest, follow.end())
        return number_value(second.group("num"), second.group("unit")) if second else None


def _is_proper_name(surface: str) -> bool:
    """ "the Tessin Health Office", "HRW": a name; "it", "The group": words standing for one."""
    words = surface.split()
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return False
    if words[0].lower() in DETERMINERS:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _according_to_source(number: Token) -> str | None:
    """ "according to official figures": the noun phrase after "according to" in the sentence."""
    for word in number.sent:
        if word.lower_ != "according":
            continue
        for to in word.children:
            for source in to.children:
                if source.dep_ == "pobj":
                    words = [t for t in source.subtree if t.i <= source.i and t.dep_ != "det"]
                    return " ".join(t.text for t in words) or None
    return None


def _counted_noun(number: Token) -> Token:
    """The noun a number counts; through a modifier it was hung on ("20 undergraduate and
    graduate students": the parser attaches "20" to "undergraduate")."""
    if number.dep_ not in {"nummod", "quantmod", "compound"}:
        return number
    noun = number.head
    while noun.dep_ in {"nmod", "amod", "compound"} and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _label_after_noun(span: Span) -> bool:
    """ "point 2", "Camp 4", "phase two": English writes a count before its noun; a number
    right after a singular noun it hangs on names that noun, it does not count it."""
    number = _number_root(span)
    noun = number.head
    if number.dep_ not in {"nummod", "appos", "npadvmod", "compound"} or noun.i != span.start - 1:
        return False
    return noun.pos_ in {"NOUN", "PROPN"} and noun.tag_ in {"NN", "NNP"}


def _partitive_noun(number: Token) -> Token | None:
    """ "forty-one of the Front's fighters": the noun a bare number takes a part of (not a
    pronoun: "six of whom" says nothing of what is counted)."""
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "among"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}:
                    return obj
    return None


def _noun_phrase(noun: Token) -> str:
    """A noun with its owner and modifiers before it, as written: "the Front's fighters" → "Front's fighters"."""
    lefts = [c.left_edge.i for c in noun.lefts if c.dep_ in {"poss", "amod", "compound", "nmod"}]
    tokens = [t for t in noun.doc[min([noun.i, *lefts]) : noun.i + 1] if not t.like_num]
    while tokens[:-1] and (tokens[0].dep_ == "det" or tokens[0].pos_ == "PRON"):  # "the", "its"
        tokens = tokens[1:]
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text


def _number_root(span: Span) -> Token:
    """The token of a number span that links it to the sentence ("one million Azerbaijanis": "million")."""
    inside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
    return inside[-1] if inside else span[-1]


def _counts_its_own(predicate: Token, number: Token, quantity_nouns: frozenset[str]) -> bool:
    """A verb whose subject or object carries another number tells of that count ("two attacks
    in which 46 civilians were killed": "killed" is said of the 46, not of the two)."""
    if predicate.dep_ == "dobj" and predicate.pos_ == "NOUN":
        predicate = predicate.head  # "lost their lives": the verb the cue noun completes
    if predicate.pos_ not in {"VERB", "AUX"}:
        return False
    noun = _counted_noun(number)
    for arg in predicate.children:
        if arg.dep_ not in ARGUMENT_DEPS:
            continue
        if arg.lemma_.lower() in quantity_nouns:  # "a total of 73 people": the count is the 73
            arg = next((o for p in arg.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), arg)
        if arg == noun or noun in arg.conjuncts or number in arg.subtree:
            continue  # the number's own noun, or coordinated with it ("530 protesters and 70 police")
        if _part_named_after(arg):
            continue  # "wounding 23 others, among them four children": the four are of the 23
        if arg.like_num or any(c.dep_ == "nummod" and c.like_num for c in arg.children):
            return True
    return False


def _part_named_after(arg: Token) -> bool:
    """Whether a count follows "among them", "including" or "of whom": a part of the count before
    it, which the model may hang on the verb as a second object."""
    if any(p.lower_ == "among" and p.i < arg.i and any(o.pos_ == "PRON" for o in p.children) for p in arg.children):
        return True  # "among them four children", "among" hung on the part
    words = [t.lower_ for t in arg.doc[max(0, arg.left_edge.i - 2) : arg.left_edge.i]]
    return words[-1:] == ["including"] or words in (["among", "them"], ["among", "whom"], ["of", "whom"])


def _predicate_of(cue: Token, number: Token) -> bool:
    """Whether ``cue`` (or the verb it completes) has the number in its subject: said of the number
    itself ("370 of whom are unaccounted for", "the whereabouts of 212 of those detained are unknown")."""
    for predicate in (p for p in {cue, cue.head} if p.pos_ in {"VERB", "AUX", "ADJ"}):
        if any(s.dep_ in {"nsubj", "nsubjpass"} and number in s.subtree for s in predicate.children):
            return True
    return False


def _takes_the_number(cue: Token, number: Token) -> bool:
    """ "killed four of them", "the killing of four of them": a cue whose object is the number itself."""
    if number.head == cue and number.dep_ == "dobj":
        return True
    return number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head == cue and cue.pos_ == "NOUN"


def _count_before_passive(verb: Token) -> bool:
    """A passive with no subject right after a number ("… and 61 were wounded")."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return aux.i > 0 and verb.doc[aux.i - 1].like_num


def _list_of_counts(number: Token) -> int | None:
    """The first noun of a list of coordinated counts the number belongs to ("five men and five
    women"), else None: equal counts in one list are different people, not a restatement."""
    noun = number.head if number.dep_ == "nummod" else number
    members = [noun, *noun.conjuncts]
    counted = [n for n in members if any(c.dep_ == "nummod" and c.like_num for c in n.children)]
    return min(n.i for n in members) if len(counted) > 1 else None


def _alternatives(first: Token, second: Token) -> bool:
    """Two conjuncts joined by "or" ("killing or torturing")."""
    head = first if first.i < second.i else second
    return any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children)


def _definite_without_number(noun: Token) -> bool:
    """ "the victims", "these detainees": a set already named, with no count of its own."""
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return bool(dets & {"the", "these", "those"}) and not any(c.like_num for c in noun.children)


def _takes_as_argument(predicate: Token, noun: Token) -> bool:
    """ "the release of [N hostages]", "exchange for [N prisoners]": a nominalised predicate
    whose prepositional object is the counted noun."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head == predicate


def _verb_joined_to_number(child: Token) -> bool:
    """A verb "coordinated" with a numeral is a misparse ("killing six and injuring civilians"
    hangs "injuring" on "six"): a number and a verb cannot be conjuncts, so the link is not followed."""
    return child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and child.head.like_num


def _separate_clauses(child: Token) -> bool:
    """A coordinated or adverbial clause with its own subject, or a coordinated verb with its own
    object, tells of other people."""
    if child.dep_ not in {"conj", "advcl"} or child.pos_ not in {"VERB", "AUX"}:
        return False
    head = child.head
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    # "killed 1,200 people and took 250 hostages": two verbs, each with its own object, are
    # two predications even when they share a subject.
    both_objects = child.dep_ == "conj" and _has_dep(child, {"dobj"}) and _has_dep(head, {"dobj"})
    return (_has_dep(child, SUBJECT_DEPS) and _has_dep(head, SUBJECT_DEPS)) or both_objects


def _not_yet_done(word: Token) -> bool:
    """A release that is asked for or conditional: under a modal of obligation ("must be freed"),
    with a condition ("would be freed if cleared"), or a word of demand ("calls for the release of", "urged the
    group to free them")."""
    if any(c.tag_ == "MD" and c.lower_ in OBLIGING_MODALS for c in word.children):
        return True
    if any(c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children if m.dep_ == "mark") for c in word.children):
        return True  # "would be freed if cleared"
    head = word.head
    while head.dep_ == "prep" or (word.dep_ == "pobj" and head == word.head):
        word, head = head, head.head
        if word == head:
            break
    return head.lemma_.lower() in DEMAND_WORDS and word.dep_ in {"dobj", "xcomp", "prep", "pobj", "ccomp"}


def _has_dep(token: Token, deps: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ in deps for c in token.children)
