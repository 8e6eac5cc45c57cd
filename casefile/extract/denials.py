"""Denials: who rejects which claim, for whom, and the claims a denial names on its way
("rejected accusations by Y that X …"), pleas of innocence and claims of keeping the law."""

from __future__ import annotations

from spacy.tokens import Span, Token

from casefile.extract.frames import (
    Frame,
    author_of,
    dependents,
    find_frame,
    frame_kind,
    frame_of_verb,
    frame_subjects,
    is_passive,
    person_named_next,
    speaker_and_person,
    speaker_party,
)
from casefile.extract.merging import unique as _unique
from casefile.extract.parties import GENERIC_SIDES, Party, ancestors
from casefile.extract.wording import (
    ACQUIT_VERBS,
    ADMISSION_VERBS,
    ARMED_SPEAKER_KINDS,
    COUNTER_BLAMED_DEEDS,
    DENIED_OBJECTS,
    DEONTIC_MODALS,
    EVIDENCE_NOUNS,
    FAKED,
    HARM_VERBS,
    HOSTILE_VERBS,
    INSISTING_VERBS,
    JUDGMENT_NOUNS,
    OWNING_UP_VERBS,
    RANK_AND_FILE,
    REVERSAL_VERBS,
    SUFFERED_DEEDS,
    Finding,
    accused_as_party,
    deed_of_the_subject_above,
    disclaimed,
    fronted_accusation,
    infinitive,
    inside_a_cover_up,
    is_one_of,
    negative_subject,
    own_deed_negated,
    top_of,
)
from casefile.nlp.doctext import doc_spans, doc_text, span_text, spans_starting_in
from casefile.records import Allegation

# Verbs of a case made out in court ("the Prosecution had not proved that …").
PROVING_VERBS = frozenset({"prove", "establish", "demonstrate", "show"})
# Verbs by which charges are laid ("the charges brought by the prosecution").
CHARGING_LEMMAS = frozenset({"bring", "file", "lay", "press", "level", "lodge"})
# Nouns of a tally a party may dispute without any accusation being rejected.
COUNT_NOUNS = frozenset({"figure", "number", "toll", "tally", "count", "estimate", "statistic"})
# Tags of tensed verbs: conjuncts that share one subject ("put …, told …, and insisted …"), not participles.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


class DenialReader:
    """Denials, pleas of innocence and claims of compliance, read for :class:`AllegationExtractor`
    (a mixin: it uses the extractor's document, resolver, lexicon and records)."""

    # ------------------------------------------------------------ denials
    def _denial(self, verb: Token, sent: Span, grouped: dict[tuple, Finding], before: int) -> None:
        """ "X rejected/denied [the accusations by Y of Z against W]": a denial, and Y's claim."""
        deniers, persons = self._deniers(verb)
        deniers = tuple(self._organ_of_accused_state(d) for d in deniers)
        frame = Frame(verb, "deny", deniers, persons)
        objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp", "prep"}]
        if is_passive(verb):
            objects += [c for c in verb.children if c.dep_ == "nsubjpass"]  # "the accusation … was dismissed by X"
        if verb.pos_ == "NOUN":  # "X equally rejects, in the strongest terms, the accusation …": "rejects" taken for a noun
            objects += [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in self.lexicon.accusation_nouns]
        for clause in self._branding_adjectives(verb):
            # "rejected as politically motivated the claim that …": the parser hangs the claim on the adjective
            objects += [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.accusation_nouns]
        brand = self._brand_given_to_claim(verb, objects)
        terms = [
            t for t in self._legal_terms(sent)
            if any(t.root in o.subtree for o in objects if o is not brand) and not inside_a_cover_up(t.root, verb)
        ]  # ("a lie to cover up a deliberate attack": the denier's own claim, not what it denies)
        if verb.dep_ in {"relcl", "acl"} or fronted_accusation(verb, self.lexicon.accusation_nouns):
            terms = []  # "…, an allegation X rejects": what the sentence already alleges
            accused = self._accused_described_as_denier(verb, grouped)
            if accused:  # "X accused Y of …, a charge the group denies": the group is Y, never X
                deniers, persons = accused, (None,) * len(accused)
                frame = Frame(verb, "deny", deniers, persons)
        if not deniers:  # "the minister rejected accusations by Y that X …": Y's claim stands on its own
            self._claim_inside_denial(objects, terms, self._denied_party(objects, deniers, terms), deniers, grouped)
            return
        defended = self._defended_against_accusations(verb)
        accused = defended or self._denied_party(objects, deniers, terms)
        if verb.dep_ in {"relcl", "acl"}:  # "…, which X denied": X denies what the sentence alleged
            claimed = [f for f in grouped.values() if f.stance == "asserts"]
            if claimed:
                accused = claimed[0].accused[:1]
        categories, acts = self._terms_or_context(terms, grouped, deniers, accused, before)
        if not categories:
            incident = self._incident_denied(objects)
            claim = self._claim_answered_by_deed_denied(objects, deniers) if incident is None else None
            if incident is None and claim is None:
                return
            if claim is not None:  # "it denied that live rounds had been used against marchers": the claim it answers
                categories, acts, accused = self._categories_of_the_claim(claim, verb.idx), [], (accused_as_party(claim),)
            else:
                categories, acts = self._incident_terms(incident, sent)
        own = len(deniers) > 1 and {p.name for p in accused} == {d.name for d in deniers}
        # "both sides denied any wrongdoing": each denies for itself, not for the other
        by_name = {a.name: a for a in accused}
        pairs = [(Frame(verb, "deny", (d,), (p,)), (by_name[d.name],)) for d, p in zip(deniers, persons)] if own else [(frame, accused)]
        for denial, denied in pairs:
            key = (verb.i, tuple(p.name for p in denied), "denies")
            finding = grouped.setdefault(key, Finding(denial, denied, "denies", True))
            finding.categories, finding.acts = categories, acts
            said = [] if terms else [t for o in objects if o.dep_ == "ccomp" for t in o.subtree]  # the deed denied, as words
            finding.tokens.extend([verb, *[t for term in terms for t in term], *said])
        self._claim_inside_denial(objects, terms, accused, deniers, grouped)

    def _brand_given_to_claim(self, verb: Token, objects: list[Token]) -> Token | None:
        """ 'dismissed the accusation as "a fabrication by people who excuse terrorism"': the "as" phrase
        names what the denier calls the claim, so a legal word in it is no crime denied."""
        if not any(o.lemma_.lower() in self.lexicon.accusation_nouns for o in objects if o.dep_ in {"dobj", "nsubjpass"} and o.head == verb):
            return None
        return next((o for o in objects if o.dep_ == "prep" and o.lower_ == "as"), None)

    @staticmethod
    def _branding_adjectives(verb: Token) -> list[Token]:
        """The adjective a denial brands the claim with, put before the claim: "rejected as politically
        motivated the claim …" (an adverbial clause) or 'dismissed as "baseless" a charge …' (under "as")."""
        found = [c for c in verb.children if c.dep_ in {"advcl", "conj"} and c.pos_ == "ADJ"]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            found += [c for c in prep.children if c.dep_ in {"amod", "pobj", "acomp"} and c.pos_ == "ADJ"]
        return found

    def _accused_described_as_denier(self, verb: Token, grouped: dict[tuple, Finding]) -> tuple[Party, ...]:
        """ "…, a charge the group denies", "an accusation the corps rejects": a denier the relative
        clause only describes ("the group", "it") is the party the sentence's claim accuses."""
        fronted = fronted_accusation(verb, self.lexicon.accusation_nouns)
        if verb.head.lemma_.lower() not in self.lexicon.accusation_nouns and not fronted:
            return ()
        subjects = dependents(verb, {"nsubj"})
        if len(subjects) != 1 or not self._described_only(subjects[0]):
            return ()
        claimed = [f.accused for f in grouped.values() if f.stance == "asserts" and f.accused]
        if fronted and not claimed:  # the parser cut "…, a charge the group denies" off as a sentence of its own
            claimed = [(accused_as_party(r),) for r in self._claims_before(verb.sent.start_char)][:1]
        return claimed[0][:1] if claimed else ()

    @staticmethod
    def _described_only(subject: Token) -> bool:
        """ "the group", "the corps", "it": words that point at a party without naming one."""
        if subject.lower_ in {"it", "they"}:
            return True
        determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
        others = [c for c in subject.children if c.dep_ not in {"det", "punct"}]
        return determiners == ["the"] and not others and subject.pos_ == "NOUN"

    def _categories_of_the_claim(self, claim: Allegation, at: int) -> list[str]:
        """Every category the claim's speaker gave it against that party in the paragraph ("accused Y
        of bombing …, calling the strike a war crime" is one claim, told in two records until merged)."""
        text = doc_text(self.doc)
        same = [
            r for r in self.records
            if r.stance == "asserts" and r.speaker == claim.speaker and r.accused == claim.accused
            and r.evidence.start < at and "\n" not in text[min(r.evidence.start, claim.evidence.start) : max(r.evidence.end, claim.evidence.end)]
        ]
        return _unique([c for r in same for c in r.categories]) or list(claim.categories)

    def _incident_denied(self, objects: list[Token]) -> Token | None:
        """ "denied responsibility for the assault", "denied involvement in the bombing"."""
        for obj in objects:
            holders = [obj] if obj.lemma_.lower() in DENIED_OBJECTS else []
            if obj.dep_ == "ccomp":  # "denied that it was involved in the strike", "… was responsible for it"
                holders += [t for t in (obj, *dependents(obj, {"acomp"})) if t.lemma_.lower() in {"involve", "responsible"}]
                holders += [  # "said … and that it bore no responsibility for the strike"
                    h for clause in (obj, *obj.conjuncts) for t in clause.subtree for h in [disclaimed(t)] if h is not None
                ]
            for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"for", "in"}):
                for target in prep.children:
                    if target.dep_ == "pobj" and is_one_of(target, self.lexicon.parties.incidents):
                        return target
        return None

    def _deed_by_nobody(self, clause: Token) -> bool:
        """ "none of its units had fired on the town", "no soldier shot at the crowd": a harmful or hostile
        deed whose subject is nobody (a legal term in it is read by the term's own negation)."""
        lemma = clause.lemma_.lower()
        if lemma not in HARM_VERBS | HOSTILE_VERBS | SUFFERED_DEEDS or (is_passive(clause) and lemma not in SUFFERED_DEEDS):
            return False  # "no one has been held accountable": not a deed denied; "no civilian was harmed" is
        denied = negative_subject(clause) or own_deed_negated(clause)
        return denied and not any(self.resolver.in_legal_term(t) for t in clause.subtree)

    def _claim_answered_by_deed_denied(self, objects: list[Token], deniers: tuple[Party, ...]) -> Allegation | None:
        """ "X fired on demonstrators, Y said. X's ministry denied that live rounds had been used against
        marchers": a denial of a harmful deed, no legal term named, answers the paragraph's latest claim
        against the denier or its state's forces."""
        clauses = [o for o in objects if o.dep_ == "ccomp"]
        deeds = [
            t for c in clauses for t in c.subtree
            if t.pos_ == "VERB" and (t.lemma_.lower() in HARM_VERBS | HOSTILE_VERBS or any(p.lower_ == "against" for p in dependents(t, {"prep"})))
        ]
        if len(deniers) != 1 or not deeds:
            return None
        own = self._denier_as_accused(deniers[0])
        claim = self._latest_claim_against(own.name) or self._claim_against_state_of(own)
        if claim is None or "\n" in doc_text(self.doc)[claim.evidence.end : deeds[0].idx]:
            return None
        return claim

    def _is_denial(self, verb: Token, sent: Span) -> bool:
        """ "X denied …", "X denounced the report", "X said the allegations were made up"."""
        kind = frame_kind(verb, self.lexicon)
        if kind == "deny" and self._denies_a_count_only(verb):
            return False  # "… killed 61 soldiers, figures the ministry dismissed as fantasy": a battle's tally disputed
        if kind == "deny" or self._defended_against_accusations(verb) is not None:
            return True
        if kind is None:
            return False
        objects = dependents(verb, {"dobj", "nsubjpass"})
        objects += [o for p in dependents(verb, {"prep"}) if p.lower_ == "against" for o in p.children]
        accusation = [o for o in objects if o.lemma_.lower() in self.lexicon.accusation_nouns]
        if verb.dep_ in {"relcl", "acl"} and verb.head.lemma_.lower() in self.lexicon.accusation_nouns:
            accusation.append(verb.head)
        if accusation and verb.lemma_.lower() in self.lexicon.deny_object_verbs:
            return verb.lemma_.lower() not in {"call", "describe", "label", "brand"} or self._brands_untrue(sent)
        if kind != "report" or any(t.dep_ == "neg" for t in verb.children):
            return False
        told = dependents(verb, {"ccomp"}) + ([verb.head] if verb.dep_ == "parataxis" else [])  # "No one was harmed, X said"
        if any(self._deed_by_nobody(c) for c in told):
            return True  # "X said none of its units had fired on the town": the deed denied
        if self._disclaiming_party(told):
            return True  # "X said Y bore no responsibility for the strike" (not "its staff had no role": the rejection says it)
        for clause in dependents(verb, {"ccomp", "xcomp", "advcl"}):  # "said the allegations were made up"
            subjects = dependents(clause, {"nsubj", "nsubjpass"})
            if any(t.lemma_.lower() in self.lexicon.accusation_nouns or t.lower_ in {"it", "they", "this"} for t in subjects):
                return self._brands_untrue(clause.sent)
            if clause.lower_ in FAKED and any(t.lemma_.lower() in EVIDENCE_NOUNS for t in subjects):
                return True  # "said the footage had been staged": the evidence of the claim is false
        return False

    def _denies_a_count_only(self, verb: Token) -> bool:
        """Whether what is rejected is a tally ("figures", "numbers") of no crime: the relative's
        antecedent or the object, with no legal term in it or in the clause it sums up."""
        hung_on = verb.dep_ in {"relcl", "acl"} or (verb.dep_ == "ccomp" and verb.head.i < verb.i)  # "figures" taken for a verb
        objects = dependents(verb, {"dobj"}) + ([verb.head] if hung_on else [])
        if not objects or not all(o.lemma_.lower() in COUNT_NOUNS for o in objects):
            return False
        summed = [t for o in objects for t in (o.head.subtree if o.dep_ == "appos" else o.subtree)]
        return not any(self.resolver.in_legal_term(t) for t in summed)

    def _counter_account(self, clause: Token) -> bool:
        """ "the gendarmes had died in a firefight", "the strike hit a legitimate military target":
        another version of the deed, with no legal term of its own (an accusation it makes is no denial)."""
        start = clause.left_edge.idx
        text = doc_text(self.doc)[start : clause.right_edge.idx + len(clause.right_edge)]
        told = [(start + m.start(), start + m.end()) for m in self.lexicon.counter_accounts.finditer(text)]
        # the account's own words may name an act ("killed in a firefight"); any other legal term accuses
        return bool(told) and not any(
            self.resolver.in_legal_term(t) and not any(a <= t.idx < b for a, b in told) for t in clause.subtree
        )

    def _defended_against_accusations(self, verb: Token) -> tuple[Party, ...] | None:
        """ "X defended Y against accusations of torture": X denies them on Y's behalf."""
        if verb.lemma_.lower() != "defend":
            return None
        against = [o for p in dependents(verb, {"prep"}) if p.lower_ == "against" for o in p.children if o.dep_ == "pobj"]
        if not any(o.lemma_.lower() in self.lexicon.accusation_nouns for o in against):
            return None
        defended = self._parties_of(dependents(verb, {"dobj"}))
        return defended or None

    def _brands_untrue(self, sent: Span) -> bool:
        return any(t.lower_ in self.lexicon.deny_words for t in sent) or bool(
            self.lexicon.deny_phrases.search(span_text(sent))
        )

    def _deniers(self, verb: Token) -> tuple[tuple[Party, ...], tuple[str | None, ...]]:
        subjects = [] if infinitive(verb) else dependents(verb, {"nsubj"})  # "to contest": no subject of its own
        if is_passive(verb):  # "the accusation … was dismissed by X"
            subjects = [o for a in dependents(verb, {"agent"}) for o in a.children if o.dep_ == "pobj"]
        if not subjects and verb.dep_ in {"conj", "advcl", "xcomp"}:
            head = verb.head  # "X put the toll at six, told reporters …, and insisted …": X, two conjuncts up
            while not dependents(head, {"nsubj"}) and head.dep_ == "conj" and {head.tag_, verb.tag_} <= FINITE_TAGS:
                head = head.head
            subjects = dependents(head, {"nsubj"})
        if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
            subjects = frame_subjects(verb, self.resolver)  # "X quoted Y as calling the accusations lies": Y
        claims = {t.lemma_.lower() for t in verb.subtree} & self.lexicon.accusation_nouns
        if (
            verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and frame_kind(verb.head.head, self.lexicon) == "report"
            and (verb.lemma_.lower() == "deny" or claims) and not dependents(verb, {"nsubj"})
        ):
            subjects = dependents(verb.head.head, {"nsubj"})  # "X said the blast was aimed at Y and denied …": X denied
        parties: list[Party] = []
        persons: list[str | None] = []
        for subject in subjects:
            for token in [subject, *subject.conjuncts]:
                sides = self.resolver.sides(token)  # "both sides denied any wrongdoing"
                named = person_named_next(token, self.resolver) or token  # "X's ambassador … . Ambassador A B …"
                for party, person in [(side, None) for side in sides] or [speaker_and_person(named, self.resolver)]:
                    if party is not None:
                        parties.append(party)
                        persons.append(person)
        return tuple(parties), tuple(persons)

    def _hangs_on_accusation(self, head: Token) -> bool:
        """ "accusations against X", and "accusations of ethnic cleansing (circulated) against X",
        where the parse hangs "against" on the crime named after "of" or on a participle after it."""
        if head.dep_ == "acl" and head.tag_ == "VBN":  # "levelled against X"; "accusing Y of … against X" names victims
            head = head.head
        if head.lemma_.lower() in self.lexicon.accusation_nouns:
            return True
        above = head.head
        return head.dep_ == "pobj" and above.lower_ == "of" and above.head.lemma_.lower() in self.lexicon.accusation_nouns

    def _denied_party(self, objects: list[Token], deniers: tuple[Party, ...], terms: list[Span]) -> tuple[Party, ...]:
        names = {d.name for d in deniers}
        disclaiming = self._disclaiming_party(objects)
        if disclaiming:  # "… and that the Army bore no responsibility for the strike": the Army
            return disclaiming
        for term in terms:  # "denied a report alleging violations by Y and X": X denies for itself
            agents = [self.resolver.owner(term.root), *self._agents_upward(term.root, term.root.sent.root)]
            if any(p is not None and p.name in names for p in agents):
                return tuple(self._denier_as_accused(d) for d in deniers)
        for term in terms:  # "… alleging genocide by its military"
            owner = self.resolver.owner(term.root)
            if owner is not None:
                return (owner,)
        for obj in objects:
            for token in obj.subtree:
                if token.dep_ == "pobj" and token.head.lower_ == "against" and self._hangs_on_accusation(token.head.head):
                    party = self.resolver.party_or_owner(token)
                    if party:
                        return (party,)
        for obj in (o for o in objects if dependents(o, {"poss"})):  # "dismissed X's findings of war crimes by Y": Y, whose deeds X found
            found = tuple(p for p in self._by_hung_on_the_finding(obj) if p.name not in names)
            if found:
                return found
        for term in terms:  # "the report accusing X of … is not true": X is who the denial defends
            accused = self._accused_by_embedded_accusation(term.root)
            if accused:
                return accused
        for term in terms:  # "denied that its forces committed …": the clause's subject
            verb = objects[0] if objects else term.root
            if all(d.kind == "person" for d in deniers):  # a minister's "the claim that they executed civilians": her forces
                forces = self._clause_party(term.root, verb.head)
                if forces and all(p.kind in {"government_body", "armed_group"} for p in forces):
                    return forces
            if self._bare_reference_subject(term.root, verb.head) or deed_of_the_subject_above(term.root, verb.head):
                return tuple(self._denier_as_accused(d) for d in deniers)  # "X's spokesman denied that the group …"
            if verb.lower_ in FAKED and is_passive(verb):
                continue  # "the claims of torture have been fabricated by X": X made them up, it is not accused
            found = self._clause_party(term.root, verb.head)
            if found:
                return found
        answered = self._accused_of_answered_claim(objects)
        if answered:
            return answered
        answered = self._accused_of_the_accusation(objects, deniers)
        if answered:
            return answered
        own = [self._denier_as_accused(d) for d in deniers]
        if len(own) == 1 and self._latest_claim_against(own[0].name) is None:
            claim = self._claim_against_state_of(own[0])  # "Xia's foreign ministry denied any involvement": of Xian intelligence
            states = {s.kb_id_ for s in doc_spans(self.doc, "actors") if s.label_ == "state"}
            if claim is not None and not (own[0].kind == "person" and claim.accused in states):
                return (accused_as_party(claim),)  # a person answers for the forces, not for the state itself
        if len(own) == 1 and own[0].kind == "person" and not self._accused_in_story(own[0]):
            # "Xian Defence Minister A B dismissed a report which said a strike …": for the state he serves
            state = self.resolver.state_of_person(own[0])
            if state is not None:
                return (Party(state.name, state.kind, own[0].surface, own[0].start, own[0].end),)
        return tuple(own)

    def _disclaiming_party(self, objects: list[Token]) -> tuple[Party, ...]:
        """The party a told clause says bears "no responsibility" or had "no role" (its subject)."""
        for clause in (c for o in objects if o.dep_ == "ccomp" for c in (o, *o.conjuncts)):
            for token in clause.subtree:
                if disclaimed(token) is None:
                    continue
                verb = token.head if token.dep_ in {"dobj", "appos"} else token
                subjects = dependents(verb, {"nsubj"}) or [c for c in verb.children if c.dep_ == "compound"]
                return tuple(p for s in subjects if s.pos_ != "PRON" for p in [self.resolver.party(s)] if p is not None)
        return ()

    def _accused_in_story(self, party: Party) -> bool:
        """Whether the story already holds a claim against the party itself, by anyone (a defendant
        answers for himself; an official no one accused answers for the state he serves)."""
        return any(r.accused == party.name for r in self.records) or any(
            f.accused and any(p.name == party.name for p in f.accused) for f in self._current.values()
        )

    def _accused_of_the_accusation(self, objects: list[Token], deniers: tuple[Party, ...]) -> tuple[Party, ...]:
        """ "A B dismissed the accusation": a person no body is known for, or a bare "Government",
        answers the story's latest claim, whoever it accused (unless it accused the denier)."""
        if len(deniers) != 1 or not self.records:
            return ()
        denier = deniers[0]
        bare = denier.kind == "other" and denier.surface.lower() in self.lexicon.parties.state_organs
        member = bool(self.records) and denier.name in ancestors(self.records[-1].accused, self.resolver.gazetteer_parent)
        if denier.kind != "person" and not bare and not member:
            return ()  # a body answers for one of its own, "the indictment" of its commander
        if self._latest_claim_against(denier.name) is not None:
            return ()
        definite = [
            o for o in objects
            if o.lemma_.lower() in self.lexicon.accusation_nouns and [c.lower_ for c in o.children if c.dep_ == "det"] == ["the"]
            and not self._has_author(o)
        ]
        latest = self.records[-1]
        if not definite or latest.stance != "asserts":
            return ()
        return (accused_as_party(latest),)

    def _bare_reference_subject(self, token: Token, stop: Token) -> bool:
        """Whether the clause under a denial has for subject only "the group", "the militia" or
        the like: a body denying speaks of itself so (the spokesman's own group), not of
        whichever body the story named last."""
        words = self.lexicon.parties
        for node in (t for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}):
            if node == stop:
                break
            for subject in dependents(node, {"nsubj", "nsubjpass"}):
                if subject.lower_ in {"it", "they", "we"}:
                    return True  # "X denied that it had bombed a hospital": X, not the last body named
                modifiers = [c for c in subject.children if c.dep_ not in {"det", "punct"}]
                definite = [c.lower_ for c in subject.children if c.dep_ == "det"] == ["the"]
                return definite and not modifiers and subject.lower_ in words.groups | words.org_references
        return False

    def _accused_of_answered_claim(self, objects: list[Token]) -> tuple[Party, ...]:
        """ "X dismissed the Yian accusations": whom Y's latest claim in the story accused."""
        for obj in objects:
            if obj.lemma_.lower() not in self.lexicon.accusation_nouns:
                continue
            author = self.resolver.owner(obj) or (author_of(obj, self.resolver) if self._has_author(obj) else None)
            if author is None:
                continue
            for record in reversed(self.records):
                if record.speaker == author.name and record.stance == "asserts":
                    return (accused_as_party(record),)
        return ()

    def _accused_by_embedded_accusation(self, token: Token) -> tuple[Party, ...]:
        node = token
        while node.head != node:
            node = node.head
            if frame_kind(node, self.lexicon) == "accuse":
                accuser = frame_of_verb(node, self.resolver)
                speakers = frozenset(p.name for p in accuser.speakers) if accuser else frozenset()
                return self._objects_of_accusation(node, speakers)
        return ()

    def _organ_of_accused_state(self, denier: Party) -> Party:
        """ "The Foreign Ministry dismissed the report": an organ the story names without its
        state answers for the state the story's latest claim accused."""
        words = denier.surface.split()
        if denier.kind != "other" or not words or words[-1].lower() not in self.lexicon.parties.state_organs:
            return denier
        spans = doc_spans(self.doc, "actors")
        if any(s.start_char < denier.end and denier.start < s.end_char and s.kb_id_ != denier.name for s in spans):
            return denier  # the organ's own name carries an actor: "the Zemaryni army", not unnamed
        states = {span.kb_id_ for span in spans if span.label_ == "state"}
        for record in reversed(self.records):
            if record.stance == "asserts" and record.accused in states:
                return Party(record.accused, "government_body", denier.surface, denier.start, denier.end, record.accused)
        return denier

    def _speakers_own(self, party: Party, frame: Frame, quoted: bool = False) -> Party:
        """ "'Our soldiers did not persecute anyone,' X said": the speaker's own people are the speaker's
        (in a quote given to a body, whatever body the story's first person was taken for)."""
        words = party.surface.split()
        if len(frame.speakers) != 1 or len(words) < 2 or words[0].lower() != "our":
            return party
        speaker = frame.speakers[0]
        if party.kind == "other" or (quoted and speaker.kind not in {"person", "other"} and party.name != speaker.name):
            return self._denier_as_accused(speaker)
        return party

    def _denier_as_accused(self, denier: Party) -> Party:
        """A state organ denies for its state, unless the story accused that organ itself; a movement
        for its part the story accused (its armed wing); anyone else, a person too, for itself (a
        spokesperson is already resolved to the body it speaks for)."""
        if denier.part_of and denier.kind == "government_body" and self._latest_claim_against(denier.name) is None:
            return Party(denier.part_of, "state", denier.surface, denier.start, denier.end)
        movement = denier.kind in {"armed_group", "other"} and self._latest_claim_against(denier.name) is None
        member = self._claim_against_part_of(denier) if movement else None
        if member is not None:  # "X accused the Brigades of …. The movement the Brigades belong to called it a lie"
            return Party(member.accused, "other", denier.surface, denier.start, denier.end)
        return denier  # the body itself, also an organ the story accused by its own name ("the junta denied …")

    def _terms_or_context(self, terms, grouped, deniers, accused, before) -> tuple[list[str], list[str]]:
        categories = [t.kb_id_ for t in terms if t.label_ == "category"]
        acts = [t.kb_id_ for t in terms if t.label_ == "act"]
        if categories:
            return _unique(categories), _unique(acts)
        if acts:  # "denied holding any hostages": the acts denied, as the claim answered named them
            answered = self._answered_claim(accused, deniers, before)
            named = self._categories_of_the_claim(answered, len(doc_text(self.doc))) if answered is not None else []
            return _unique(named + self._act_categories(acts)), _unique(acts)
        denying = {p.name for p in deniers}
        for finding in grouped.values():  # the claim made in this very sentence (not the denier's own counter-claim)
            if finding.stance == "asserts" and not denying & {p.name for p in finding.frame.speakers}:
                return list(finding.categories) or self._act_categories(finding.acts), list(finding.acts)
        answered = self._answered_claim(accused, deniers, before)
        if answered is not None:
            return self._categories_of_the_claim(answered, len(doc_text(self.doc))), list(answered.acts)
        return [], []

    def _answered_claim(self, accused, deniers, before: int) -> Allegation | None:
        """The latest claim in the document against the accused or the deniers (a state answers
        for its forces too)."""
        names = {p.name for p in accused} | {p.name for p in deniers}
        parent = self.resolver.gazetteer_parent
        for record in reversed(self.records[:before]):
            if (record.accused in names or parent.get(record.accused) in names) and record.stance == "asserts":
                return record
        return None

    def _claim_inside_denial(self, objects, terms, accused, deniers, grouped) -> None:
        """ "rejected accusations by Y of …": Y's own claim is a record too."""
        for obj in objects:
            claim = obj.lemma_.lower() in self.lexicon.accusation_nouns or obj.lower_ in self.lexicon.deny_words  # "the lie, spread by Y, that …"
            if not claim or not terms:
                continue
            author = author_of(obj, self.resolver) if self._has_author(obj) else None
            if author is None or author.name in {p.name for p in accused} | {p.name for p in deniers}:
                continue
            if any(s.left_edge.idx <= author.start < s.right_edge.idx + len(s.right_edge) for s in dependents(obj.head, {"nsubj"})):
                continue  # "lawyers for A rejected the charges": the rejecting counsel wrote no claim
            frame = Frame(obj, "report", (author,), (None,))
            key = (obj.i, tuple(p.name for p in accused), "asserts")
            finding = grouped.setdefault(key, Finding(frame, accused, "asserts", True))
            for term in terms:
                self._add_term(finding, term)

    def _admissions(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "X accepted accusations by Y that they committed war crimes": Y's claim, and X's own
        admission of it."""
        for verb in (t for t in sent if t.lemma_.lower() in ADMISSION_VERBS and not dependents(t, {"neg"})):
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.accusation_nouns]
            terms = [t for t in self._legal_terms(sent) if any(t.root in o.subtree for o in objects)]
            admitters, persons = self._deniers(verb) if terms else ((), ())
            if not admitters:
                continue
            accused = tuple(self._denier_as_accused(a) for a in admitters)
            self._claim_inside_denial(objects, terms, accused, admitters, grouped)
            key = (verb.i, tuple(p.name for p in accused), "asserts")
            finding = grouped.setdefault(key, Finding(Frame(verb, "report", admitters, persons), accused, "asserts", True))
            for term in terms:
                self._add_term(finding, term)

    def _denial_before_admission(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "X acknowledged that its soldiers had fired on the procession, after initially dismissing
        reports of the shooting as propaganda": the admission, and the denial X made of the same
        deed before it, as X's own record (the reversal is the story)."""
        finding = next((
            f for f in grouped.values()
            if f.stance == "asserts" and f.frame.verb.lemma_.lower() in OWNING_UP_VERBS and f.frame.verb.sent == sent
        ), None)
        earlier = self._earlier_denial(sent, finding.frame.verb) if finding is not None else None
        if earlier is None:
            return
        cue, phrase = earlier
        for key, other in list(grouped.items()):  # the phrase's own "it had called reports … invention": the admitter's
            if other.stance == "denies" and other.frame.verb in phrase:
                del grouped[key]
        frame = Frame(cue, "deny", finding.frame.speakers, finding.frame.persons)
        denied = Finding(frame, finding.accused, "denies", True, list(finding.categories), list(finding.acts), list(phrase))
        grouped[(cue.i, tuple(p.name for p in finding.accused), "denies")] = denied

    def _earlier_denial(self, sent: Span, admission: Token) -> tuple[Token, list[Token]] | None:
        """The denying word of an "after …" phrase beside an admission ("after initially dismissing
        reports as propaganda", "a week after it had called them pure invention", "after a week of
        insisting the footage was fake"), with the phrase's tokens."""
        calling = self.lexicon.report_verbs | self.lexicon.deny_object_verbs
        for after in (t for t in sent if t.lower_ == "after" and t.dep_ in {"prep", "mark"}):
            head = after.head if after.dep_ == "mark" else after
            phrase = list(head.subtree)
            if admission in phrase:  # "…, after X acknowledged …": the admission's own time
                continue
            words = {t.lower_ for t in phrase}
            branded = bool(words & (self.lexicon.deny_words | FAKED)) or bool(
                self.lexicon.deny_phrases.search(" ".join(t.text for t in phrase))
            )
            for cue in phrase:
                if cue.pos_ != "VERB" or dependents(cue, {"neg"}):
                    continue
                if frame_kind(cue, self.lexicon) == "deny" or (branded and cue.lemma_.lower() in calling):
                    return cue, phrase
        return None

    def _has_author(self, noun: Token) -> bool:
        return any(
            c.dep_ in {"poss", "compound", "nmod"}
            or (c.dep_ == "amod" and self.resolver.actor_span(c) is not None)  # "rejected Xian claims that …"
            or (c.dep_ == "prep" and c.lower_ in {"by", "from", "of"})
            or (c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children))  # "a report released by X"
            for c in noun.children
        )

    def _act_categories(self, acts: list[str], sent: Span | None = None) -> list[str]:
        """The category of acts named without one: IHL in armed conflict, human rights outside it."""
        found = _unique([c for c in (self.lexicon.act_category(a) for a in acts) if c])[:1]
        if found == ["ihl_violations"] and sent is not None and self._outside_armed_conflict(sent):
            return ["human_rights_violations"]
        return found

    def _outside_armed_conflict(self, sent: Span) -> bool:
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, sent.start_char) + 1
        end = text.find("\n", sent.end_char)
        end = end if end >= 0 else len(text)
        if (start, end) not in self._repression_at:  # two regex scans of the paragraph: once per paragraph
            self._repression_at[(start, end)] = self._speaks_of_repression(text[start:end])
        return self._repression_at[(start, end)]

    def _speaks_of_repression(self, paragraph: str) -> bool:
        # the setting the paragraph speaks of more: policing and dissent, or hostilities
        return len(self.lexicon.repression.findall(paragraph)) > len(self.lexicon.armed_conflict.findall(paragraph))

    # ------------------------------------------------------------ pleas of innocence
    def _pleas_of_innocence(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "X pleaded not guilty", "'I am innocent,' X said": X denies what the story accused X of."""
        for cue in (c for c in spans_starting_in(self.doc, "cues", sent) if c.label_ == "innocence"):
            verb = next((t for t in [cue.root, *cue.root.ancestors] if t.pos_ in {"VERB", "AUX"}), cue.root)
            frame = frame_of_verb(verb, self.resolver) or find_frame(verb, self.resolver)
            if frame is None:
                subjects = frame_subjects(verb, self.resolver)
                pairs = [speaker_and_person(s, self.resolver) for s in subjects]
                parties = tuple(p for p, _ in pairs if p is not None)
                if not parties:
                    continue
                frame = Frame(verb, "deny", parties, tuple(person for p, person in pairs if p is not None))
            for speaker, person in zip(frame.speakers, frame.persons):
                claim = self._latest_claim_against(speaker.name)
                if claim is None:
                    continue
                one = Frame(frame.verb, "deny", (speaker,), (person,))
                key = (frame.verb.i, (speaker.name,), "denies")
                grouped.setdefault(key, Finding(one, (speaker,), "denies", True, list(claim.categories), [], list(cue)))

    def _acquitted_of(self, term: Span) -> bool:
        for of in (a for a in term.root.ancestors if a.dep_ == "prep" and a.lower_ == "of"):
            holder = of.head.head if of.head.dep_ in {"dobj", "nsubjpass"} else of.head  # "acquitted X of …"
            if holder.lemma_.lower() in ACQUIT_VERBS:
                return True
        return False

    def _acquittals(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "The court acquitted X of war crimes", "X was acquitted of …": a court that finds a
        charge not proved disputes that the accused did it."""
        for verb in (t for t in sent if t.lemma_.lower() in ACQUIT_VERBS and t.pos_ == "VERB"):
            if any(f.frame.verb == verb for f in grouped.values()):
                continue
            held = [verb, *dependents(verb, {"dobj", "nsubjpass"})]  # the parser hangs "of …" on either
            held += [a for h in held[1:] for a in h.children if a.dep_ == "appos"]  # "acquitted X, the commander of Y, of …"
            charges = [p for h in held for p in h.children if p.dep_ == "prep" and p.lower_ in {"of", "as"}]
            terms = [t for t in self._legal_terms(sent) if any(t.root in p.subtree for p in charges)]
            categories = _unique([t.kb_id_ for t in terms if t.label_ == "category"])
            acts = _unique([t.kb_id_ for t in terms if t.label_ == "act"])
            categories = categories or self._act_categories(acts)
            if not categories:
                continue
            heads = dependents(verb, {"nsubjpass"} if is_passive(verb) else {"dobj"})
            accused = self._parties_of(heads) or self._unrecognised_names(heads)
            if is_passive(verb):
                court = next((p for a in dependents(verb, {"agent"}) for p in self.resolver.pobj_parties(a)), None)
            else:
                court = next((speaker_party(s, self.resolver) for s in dependents(verb, {"nsubj"})), None)
            court = court or self.resolver.latest_of(verb, frozenset({"court"}))
            if court is None or not accused:
                continue
            frame = Frame(verb, "deny", (court,), (None,))
            key = (verb.i, tuple(p.name for p in accused), "denies")
            grouped.setdefault(key, Finding(frame, accused, "denies", True, categories, acts, [verb, *[t for term in terms for t in term]]))
            prosecutor = self._author_of_charges(charges) or self._prosecution_unproven(verb)
            if prosecutor is not None and prosecutor.name != court.name:  # "acquitted him of the charges … brought by the prosecution"
                claim = Frame(verb, "report", (prosecutor,), (None,))
                key = (verb.i, tuple(p.name for p in accused), "asserts")
                grouped.setdefault(key, Finding(claim, accused, "asserts", True, categories, acts, [t for term in terms for t in term]))

    def _prosecution_unproven(self, verb: Token) -> Party | None:
        """ "acquitted him of rape, finding that the Prosecution had not proved …": the prosecution
        whose case failed is the one that brought the charge."""
        for proving in (t for t in verb.subtree if t.lemma_.lower() in PROVING_VERBS and dependents(t, {"neg"})):
            for subject in dependents(proving, {"nsubj"}):
                office = self.resolver.prosecuting_office(subject)
                if office is not None:
                    return office
        return None

    def _author_of_charges(self, charges: list[Token]) -> Party | None:
        """Who brought the charges a court rules on ("the charges of … brought by the prosecution")."""
        for noun in (t for p in charges for t in p.subtree if t.lemma_.lower() in {"charge", "count", "indictment", "accusation"}):
            # "the charges of … as crimes against humanity brought by X": the parser may hang "brought" on the last noun
            agents = [a for c in noun.subtree if c.dep_ == "acl" and c.lemma_.lower() in CHARGING_LEMMAS for a in c.children if a.dep_ == "agent"]
            agents += [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
            found = next((p for a in agents for p in self.resolver.pobj_parties(a)), None)
            if found is not None:
                return found
        return None

    def _quashing(self, term: Span) -> Token | None:
        """The verb quashing the conviction ``term`` names the charge of ("quashed the conviction of X
        for the crime against humanity of …"), if any."""
        for prep in (a for a in term.root.ancestors if a.dep_ == "prep" and a.lower_ in {"for", "on"}):
            judgment = prep.head
            verb = judgment.head if judgment.lemma_.lower() in JUDGMENT_NOUNS else judgment
            if verb.lemma_.lower() in REVERSAL_VERBS and verb.pos_ == "VERB":
                return verb
        return None

    def _convictions_quashed(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "The Appeals Chamber quashed the conviction of X for …": a court that sets a conviction
        aside disputes, as an acquittal does, that X committed what it was convicted of."""
        for term in self._legal_terms(sent):
            verb = self._quashing(term)
            if verb is None:
                continue
            judgment = next((o for o in dependents(verb, {"dobj", "nsubjpass"}) if o.lemma_.lower() in JUDGMENT_NOUNS), None)
            if judgment is None:
                continue
            heads = [o for p in judgment.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            heads = heads or [c for c in judgment.children if c.dep_ == "poss"]  # "quashed his conviction"
            accused = self._parties_of(heads) or self._unrecognised_names(heads)
            subjects = dependents(verb, {"nsubj"})
            court = speaker_party(subjects[0], self.resolver) if subjects else self.resolver.latest_of(verb, frozenset({"court"}))
            if court is None or not accused:
                continue
            key = (verb.i, tuple(p.name for p in accused), "denies")
            finding = grouped.setdefault(key, Finding(Frame(verb, "deny", (court,), (None,)), accused, "denies", True))
            self._add_term(finding, term)
            finding.tokens.append(verb)

    def _latest_claim_against(self, name: str) -> Allegation | None:
        return next((r for r in reversed(self.records) if r.accused == name and r.stance == "asserts"), None)

    # ------------------------------------------------------------ compliance as denial
    def _compliance_denial(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "X says it takes all feasible precautions to avoid harming civilians": a party
        asserting that it keeps the law of armed conflict denies, on its own account, violating it."""
        for cue in (c for c in spans_starting_in(self.doc, "cues", sent) if c.label_ == "compliance"):
            frame = self._compliance_frame(cue.root, cue)
            if frame is None:
                continue
            in_own_voice = self.resolver.voice is not None and frame.speakers == (self.resolver.voice,)
            named = self._clause_party(cue.root, cue.root.sent.root) if in_own_voice else ()
            # a statement's "X forces strike only military targets": X's forces, by its author
            accused = named or tuple(self._denier_as_accused(p) for p in frame.speakers)
            claim = self._latest_claim_against(accused[0].name) if accused else None  # what it answers, if any
            if claim is None and accused:
                claim = self._claim_against_state_of(accused[0]) or self._claim_against_part_of(accused[0])
                accused = (accused_as_party(claim),) if claim is not None else accused
            key = (frame.verb.i, tuple(p.name for p in accused), "denies")
            if key in grouped:
                continue
            acts = [cue.kb_id_] if cue.kb_id_ else []
            categories = list(claim.categories) if claim is not None else ["ihl_violations"]
            grouped[key] = Finding(frame, accused, "denies", True, categories, acts, list(cue))

    def _counter_account_denial(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "X accused the Front of executing 23 gendarmes. A spokesman for the Front said they had died
        in a firefight": the accused party's other version of the deed denies the claim against it."""
        for verb in sent:
            if frame_kind(verb, self.lexicon) != "report" or dependents(verb, {"neg"}) or any(f.frame.verb == verb for f in grouped.values()):
                continue
            told = [c for c in dependents(verb, {"ccomp"}) if self._counter_account(c)]
            if not told:
                continue
            deniers, persons = self._deniers(verb)
            if len(deniers) != 1:
                continue
            own = self._denier_as_accused(deniers[0])
            claim = (
                self._latest_claim_against(own.name) or self._claim_against_state_of(own) or self._claim_against_part_of(own)
                or self._claim_against_those_defended(told[0], own)
            )
            if claim is None or "\n" in doc_text(self.doc)[claim.evidence.end : verb.idx]:
                continue
            accused = (accused_as_party(claim),)
            key = (verb.i, tuple(p.name for p in accused), "denies")
            categories = self._categories_of_the_claim(claim, verb.idx)
            evidence = [verb, told[0].left_edge, told[0].right_edge]  # the other version, as said
            grouped.setdefault(key, Finding(Frame(verb, "deny", deniers, persons), accused, "denies", True, categories, list(claim.acts), evidence))

    def _claim_against_those_defended(self, told: Token, denier: Party) -> Allegation | None:
        """ "X accused the police of killing 11 marchers. Interior Minister A B said the officers had
        acted in self-defence": a person the story places nowhere, telling the accused's own version
        of what they did, answers the claim against them."""
        if denier.kind != "person" or denier.part_of is not None:
            return None
        parents = self.resolver.gazetteer_parent
        latest = next((r for r in reversed(self.records) if r.stance == "asserts"), None)
        if latest is None:
            return None
        states = self.resolver.gazetteer_states
        for subject in dependents(told, {"nsubj"}):
            party = self.resolver.party(subject)
            if party is not None and top_of(party.name, parents) == top_of(latest.accused, parents):
                return latest
            organ = subject.lower_ in self.lexicon.parties.state_organs and any(c.lower_ == "the" for c in subject.children)
            if party is None and organ and top_of(latest.accused, parents) in states:
                return latest  # "the officers", with the police accused just before
        return None

    def _claim_against_part_of(self, body: Party) -> Allegation | None:
        """ "X's armed wing seized the crew … . X said the men were not hostages": the story's latest
        claim against a part of the body that answers (the gazetteer's part-of links)."""
        parents = self.resolver.gazetteer_parent
        for record in reversed(self.records):
            if record.stance == "asserts" and body.name in ancestors(record.accused, parents):
                return record
        return None

    def _claim_against_state_of(self, organ: Party) -> Allegation | None:
        """ "X's defence ministry said the crew acted in conformity with the law": the claim it
        answers is the story's latest against X or one of X's forces."""
        parents = self.resolver.gazetteer_parent
        states = [organ.name] if organ.kind == "state" else [
            s.kb_id_ for s in doc_spans(self.doc, "actors")
            if s.label_ == "state" and organ.start <= s.start_char and s.end_char <= organ.end and organ.end > organ.start
        ] or [p for p in [top_of(organ.name, parents)] if p != organ.name]
        if len(states) != 1:
            return None
        persons = {s.kb_id_ for s in doc_spans(self.doc, "actors") if s.label_ == "person"}
        for record in reversed(self.records):  # "X's air force", a part of X's forces, is X's too (not X's officials)
            if record.stance == "asserts" and record.accused not in persons and top_of(record.accused, parents) == states[0]:
                return record
        return None

    def _compliance_frame(self, anchor: Token, cue: Span | None = None) -> Frame | None:
        """Who asserts its own compliance: the reporting speaker when the clause's subject is
        the speaker itself, else the clause's own subject; None when the words are about
        another party ("urged Y to avoid harming civilians")."""
        frame = find_frame(anchor, self.resolver) or self._attributed_after(anchor)
        stop = frame.verb if frame is not None and frame.verb.sent == anchor.sent else anchor.sent.root
        node, subjects = anchor, []
        while node != stop and node.head != node:
            if node.dep_ in {"xcomp", "advcl"} and (
                dependents(node.head, {"dobj"}) or any(p.lower_ == "on" for p in dependents(node.head, {"prep"}))
            ) and node.i > node.head.i:
                return None  # object control, "calling on all parties to respect …": the object is asked to comply
            negations = [c for c in dependents(node, {"neg"}) if cue is None or not cue.start <= c.i < cue.end]
            if node.lemma_.lower() in {"fail", "refuse", "neglect"} or negations:
                return None  # "failed to take precautions": an accusation, not compliance ("did not target" is the cue's own)
            subjects = subjects or dependents(node, {"nsubj"})
            node = node.head
        if frame is not None and frame.verb.sent != anchor.sent:
            subjects = subjects or dependents(stop, {"nsubj"})  # the quote is attributed in the next sentence
        if frame is None and self._pronoun_told_by_nobody(anchor):
            return None  # '"They are prisoners, not hostages," he said' with no one "he" can be: no speaker to give it
        if frame is None:
            verb = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
            voice = self.resolver.voice
            if voice is not None and verb is not None:  # a ministry's statement: "Our forces strike only …" is its own word
                return Frame(verb, "report", (voice,), (None,))
            subjects = self._clause_party(anchor, anchor.sent.root) or (self._subject_party(verb) if verb is not None else ())
            return Frame(verb, "report", subjects, tuple(None for _ in subjects)) if subjects and verb is not None else None
        if subjects and all(s.lower_ in {"we", "it", "they"} for s in subjects):
            return frame  # "'We did not bomb a hospital,' X said", "X said it had aimed only at …": X of itself
        actors = self._clause_party(anchor, frame.verb)
        speakers = {p.name for p in frame.speakers}
        if subjects and not actors and self._own_people(subjects, frame):
            return frame  # "X said … the crew had acted in conformity with the law": X's own crew
        parents = self.resolver.gazetteer_parent
        tops = {top_of(name, parents) for name in speakers}
        if (subjects and not actors) or not all(p.name in speakers or top_of(p.name, parents) in tops for p in actors):
            return None  # "all parties must take precautions": not the speaker's own conduct
        return frame

    @staticmethod
    def _own_people(subjects: list[Token], frame: Frame) -> bool:
        """ "the crew", "its pilots", "our soldiers": a definite or owned common noun that names no
        party of its own, under no "must" or "should" (which would address others). A force or
        government speaking of "troops" or "soldiers" with no article speaks of its own."""
        armed = all(p.kind in ARMED_SPEAKER_KINDS for p in frame.speakers)
        if not armed and any(p.kind not in {"person", "other"} for p in frame.speakers):
            return False  # a rights group or a court has no troops: "the army" it speaks of is another's
        for subject in subjects:
            determiners = {c.lower_ for c in subject.children if c.dep_ in {"det", "poss"}}
            bare_ranks = armed and not determiners and subject.tag_ == "NNS" and subject.lemma_.lower() in RANK_AND_FILE
            if subject.pos_ != "NOUN" or not (bare_ranks or determiners & {"the", "its", "our", "their"}) or subject.lower_ in GENERIC_SIDES:
                return False
            if any(c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS for c in subject.head.children):
                return False
        return True

    # ------------------------------------------------------------ counter-accounts
    def _counter_blame(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "Y denied firing on the city, saying the rockets had been launched by Z": a denier who
        lays the deed at another party's door accuses that party of what it was itself accused of."""
        for denial in [f for f in grouped.values() if f.stance == "denies" and f.categories]:
            deniers = {p.name for p in denial.frame.speakers} | {p.name for p in denial.accused}
            for clause in self._reasons_given(denial.frame.verb):
                for deed in (t for t in clause.subtree if t.pos_ == "VERB" and t.lemma_.lower() in COUNTER_BLAMED_DEEDS):
                    if dependents(deed, {"neg"}) or deed.dep_ == "relcl" or deed.tag_ not in {"VBD", "VBN"}:
                        continue  # "its strikes target only groups that raid across the border": what it does, no incident
                    doers = tuple(p for p in self._doers_of(deed) if p.name not in deniers and p.kind not in {"person", "other"})
                    if not doers:
                        continue
                    categories = self._act_categories(list(denial.acts), sent) if denial.acts else list(denial.categories)
                    key = (deed.i, tuple(p.name for p in doers), "asserts")
                    grouped.setdefault(key, Finding(Frame(denial.frame.verb, "report", denial.frame.speakers, denial.frame.persons), doers, "asserts", True, categories, [], [deed]))
                    break

    @staticmethod
    def _reasons_given(verb: Token) -> list[Token]:
        """The clauses a denier adds to its denial: "…, saying (that) …", "… and said (that) …"."""
        return [c for c in verb.children if c.dep_ in {"advcl", "conj"} and c.lemma_.lower() in INSISTING_VERBS]

    def _doers_of(self, deed: Token) -> tuple[Party, ...]:
        """The parties named as doing a deed: its subject, or a passive's agent, by name."""
        if is_passive(deed):
            heads = [o for a in dependents(deed, {"agent"}) for o in a.children if o.dep_ == "pobj"]
        else:
            heads = dependents(deed, {"nsubj"})
        named = [h for h in heads if any(self.resolver.actor_span(t) is not None for t in h.subtree)]
        return self._parties_of(named)
