"""Allegations and denials: legal terms attached to a reporting frame, a speaker and the accused.

For each sentence: find the legal terms (categories, acts, back-references such as "the
crimes" next to a responsibility cue), attach each to the frame governing it, find whom the
clause accuses, then group terms sharing frame and accused into one record per accused.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from casefile.extract.bodies import drop_doers_named_alongside, resolve_generic_bodies
from casefile.extract.dates import statement_date
from casefile.extract.denials import DenialReader
from casefile.extract.frames import (
    PLACE_ENTITIES,
    SEEKING_VERBS,
    TRACING_VERBS,
    Frame,
    author_of,
    capitalised_run,
    dependents,
    find_frame,
    frame_kind,
    frame_of_any_verb,
    frame_of_verb,
    is_listed,
    is_passive,
    listed_by_no_one,
    placed_on,
    remains_so,
    speaker_and_person,
    warrant_of,
)
from casefile.extract.merging import (
    killing_as_crime,
    merge_statements,
    same_descriptions,
)
from casefile.extract.merging import unique as _unique
from casefile.extract.parties import (
    MEMBER_NOUNS,
    SUMMING_NOUNS,
    Party,
    PartyResolver,
    deed_which_the_accuser_names,
    in_brackets,
    names_deeds_by_which,
)
from casefile.extract.voice import Turn, document_voice, transcript_turns
from casefile.extract.wording import (
    ACQUIT_VERBS,
    ADDING_ADVERBS,
    ARMED_ORGANS,
    BLAME_PREPOSITIONS,
    CALLING_VERBS,
    CARING_VERBS,
    CHARGE_NOUNS,
    CLOSING_VERBS,
    CONTROL_VERBS,
    CRIMINAL_RESPONSIBILITY,
    CUSTODY_NOUNS,
    CUSTODY_VERBS,
    DEONTIC_MODALS,
    ENDORSING_VERBS,
    HARM_VERBS,
    HOSTILE_VERBS,
    INCIDENT_SUMMARIES,
    OWNING_UP_VERBS,
    PARTICIPATION_WORDS,
    PEOPLE_NOUNS,
    POINTED_DEEDS,
    PRESUPPOSING_VERBS,
    QUOTES,
    SUFFERED_DEEDS,
    SUPPLY_LINES,
    SUPPORT_NOUNS,
    TEMPORAL_PREPS,
    USING_VERBS,
    WEAPON_OBJECTS,
    Finding,
    accused_as_party,
    agent_hung_on_adjunct,
    cleft_focus,
    disclaimed,
    domestic_charge,
    finite_verb_hung_on_noun,
    in_scope_of,
    inside_a_cover_up,
    is_one_of,
    is_somewhere,
    names_a_place,
    names_suspects,
    names_what_it_is,
    negating_phrase,
    negative_subject,
    pointer_taken_into_term,
    says_what_conduct_is,
    seen_doing,
    speaks_in_first_person,
    subject_left_on_a_participle,
    subject_taken_for_apposition,
)
from casefile.nlp.doctext import (
    doc_spans,
    doc_text,
    in_quotes,
    next_sentence_in_paragraph,
    sentences_before_in_paragraph,
    span_text,
    spans_starting_in,
)
from casefile.nlp.lexicon import LegalLexicon
from casefile.records import HEDGED_BELOW, Allegation, Evidence

# Nouns of what would bear a claim out ("found no evidence that X …").
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "indication", "sign", "basis", "trace"})
# Verbs by which an accuser brings evidence ("has produced no evidence of …").
PRODUCING_VERBS = frozenset({"produce", "provide", "present", "offer", "adduce", "submit", "furnish", "show"})
# Nouns of an inquiry into what a party may have done ("an investigation into whether X …").
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "examination"})
# Nouns by which a body is called what it is said to be ("a terrorist entity", "a criminal regime").
BODY_KIND_NOUNS = frozenset({"entity", "proxy", "organisation", "organization", "regime", "state", "outfit"})
# Words by which a report or finding is an earlier one ("its previous report").
EARLIER_MODIFIERS = frozenset({"previous", "earlier", "prior", "former"})
# Verbs by which a report comes out ("its report, issued in 2024, …").
ISSUING_LEMMAS = frozenset({"issue", "publish", "release", "adopt", "present", "submit", "file", "launch"})
# Verbs of helping another commit a crime ("facilitating genocide", "aided and abetted abuses").
FACILITATING_LEMMAS = frozenset({"facilitate", "aid", "abet", "assist", "enable", "complicit", "complicity"})
# What a helper supplies to a principal besides support ("sending weapons to Y").
MATERIEL_NOUNS = frozenset({"weapon", "arm", "arms", "equipment", "munition", "ammunition", "fuel", "funding"})
# Verbs that say what a deed is ("would be", "would amount to", "would constitute").
NAMING_COPULAS = frozenset({"be", "amount", "constitute", "represent", "qualify"})


# Pronouns by which a speaker refers to themself or their own office.
SELF_REFERENCES = frozenset({"he", "she", "his", "her", "him", "i", "my", "me"})


# Verbs by which a teller takes something as something ("regarded the looting as …").
REGARDING_VERBS = CALLING_VERBS | {"regard", "view", "see", "treat", "recognize", "recognise"}


# Adverbs by which an apposition singles out a part of what it follows ("X forces, chiefly its police").
SINGLING_OUT = frozenset({"chiefly", "mainly", "mostly", "primarily", "principally", "notably", "particularly", "especially", "largely"})
# Verbs that say what something is ("the strike appeared indiscriminate", "the raid amounted to …").
CHARACTERIZING_VERBS = frozenset({"be", "appear", "seem", "look", "amount", "constitute", "represent"})
# Verbs of making up what did not happen ("to manufacture atrocities", "invented massacres").
FABRICATING_VERBS = frozenset({"manufacture", "fabricate", "invent", "concoct"})
# Documents that list parties for what they did ("the annex of the report", "kept on the list").
LIST_DOCUMENTS = frozenset({"report", "annex", "list", "blacklist"})


@dataclass
class AllegationExtractor(DenialReader):
    doc: Doc
    resolver: PartyResolver
    lexicon: LegalLexicon
    document: str
    published: date | None
    records: list[Allegation] = field(default_factory=list)
    _current: dict[tuple, Finding] = field(default_factory=dict)
    _last_frame: Frame | None = None
    _last_rejection: Frame | None = None  # a denier rejecting a claim in its sentence's main verb
    _teller: Frame | None = None  # a body that told acts with no one yet to accuse (see _note_teller_of_acts)
    _quoting: Frame | None = None
    _charging: tuple[Frame, tuple[Party, ...]] | None = None
    _denying_verbs: set[int] = field(default_factory=set)
    _repression_at: dict[tuple[int, int], bool] = field(default_factory=dict)  # paragraph span -> _speaks_of_repression
    _voice: Party | None = None  # the author a statement declares in its opening
    _voice_roots: set[int] = field(default_factory=set)  # sentences read in that voice
    _in_turn: bool = False  # the sentence is an answer in a transcript (see _speak_in_turn)
    _occasion_of: dict[str, str] = field(default_factory=dict)  # speaker -> the day its last dated statement gives

    def __post_init__(self) -> None:
        self._voice = document_voice(self.doc, self.resolver)
        self.resolver.voice = self._voice

    # ------------------------------------------------------------ driver
    def run(self) -> list[Allegation]:
        turns = transcript_turns(self.doc, self.resolver)
        for sent in self.doc.sents:
            if turns:
                self._speak_in_turn(sent, turns)
            if span_text(sent).rstrip().endswith("?") or self._is_limitation(sent):
                continue
            findings = self._findings(sent)
            for finding in findings:
                self.records.extend(self._to_records(finding, sent))
            if not findings:
                self._note_teller_of_acts(sent)
        parents = self.resolver.gazetteer_parent
        records = resolve_generic_bodies(self._denials_answer_claims(), self.doc, parents)
        records = drop_doers_named_alongside(
            records, self.doc, parents, self.resolver.gazetteer_states, self.lexicon.parties
        )
        return [killing_as_crime(r) for r in merge_statements(same_descriptions(records), doc_text(self.doc))]

    def _speak_in_turn(self, sent: Span, turns: list[Turn]) -> None:
        """In a transcript, a turn's sentences are in its speaker's voice ("HAKAN A, chair of the X
        Commission: We interviewed …"); the interviewer's, and text outside any turn, in no one's."""
        turn = next((t for t in turns if t.start <= sent.start_char < t.end), None)
        self._voice = turn.speaker if turn is not None else None
        self.resolver.voice = self._voice
        self._in_turn = turn is not None

    def _note_teller_of_acts(self, sent: Span) -> None:
        """ "11 journalists were in detention, X said in its round-up. The other two are held hostage
        by Y": a body that told acts with no one to accuse yet is the teller the next sentence goes on with."""
        root = sent.root
        if frame_kind(root, self.lexicon) != "report" or not any(t.label_ == "act" for t in self._legal_terms(sent)):
            return
        frame = frame_of_verb(root, self.resolver)
        if frame is not None and all(p.kind not in {"other", "person"} for p in frame.speakers):
            self._teller = frame

    def _denials_answer_claims(self) -> list[Allegation]:
        """A denial that names only acts ("the report accusing X of killing … is not true") takes
        the categories of the claim in the story that accuses X of those acts: it answers it."""
        out = []
        for record in self.records:
            if record.stance == "denies" and record.acts and list(record.categories) in (
                self._act_categories(list(record.acts)), ["human_rights_violations"]
            ) and not self._owned_up_to_later(record):
                claim = next((r for r in self.records if r.stance == "asserts" and r.accused == record.accused
                              and set(r.acts) & set(record.acts) and r.categories != record.categories), None)
                claim = claim or self._claim_answered_before(record)
                if claim is not None:
                    record = replace(record, categories=claim.categories)
            out.append(record)
        return out

    def _owned_up_to_later(self, denial: Allegation) -> bool:
        """Whether the denier admitted the deeds it denied in the same statement ("acknowledged …,
        after insisting the footage was fake"): the denial is of what it admitted, not of another's claim."""
        return any(
            r.stance == "asserts" and r.speaker == denial.speaker and r.accused == denial.accused
            and r.evidence.start <= denial.evidence.end and denial.evidence.start <= r.evidence.end
            and r.acts == denial.acts
            for r in self.records
        )

    def _claim_answered_before(self, denial: Allegation) -> Allegation | None:
        """ "Y accused X of …, calling the strike a war crime. 'We did not bomb a hospital,' X said":
        the paragraph's latest claim against the denier before the denial is the one it answers."""
        before = [r for r in self._claims_before(denial.evidence.start) if r.accused == denial.accused]
        if not before:
            return None
        latest = max(before, key=lambda r: r.evidence.start)
        sent = self.doc.char_span(latest.evidence.start, latest.evidence.end, alignment_mode="expand")
        if sent is None:
            return latest
        same = [r for r in before if sent.sent.start_char <= r.evidence.start < sent.sent.end_char]  # one statement, several records
        return replace(latest, categories=tuple(_unique([c for r in same for c in r.categories])))

    def _is_limitation(self, sent: Span) -> bool:
        """Whether the sentence states a limit of evidence (its claims are the limitation's); not where the
        limit follows a semicolon after every claim ("X denied firing at the hospital; we could not establish …")."""
        cues = [c for c in spans_starting_in(self.doc, "cues", sent) if c.label_ == "limitation" and c.end <= sent.end]
        if not cues:
            return False
        semicolons = [t.i for t in sent if t.text == ";" and t.i < cues[0].start]
        return not (semicolons and all(term.end <= semicolons[-1] for term in self._legal_terms(sent)))

    def _findings(self, sent: Span) -> list[Finding]:
        grouped: dict[tuple, Finding] = {}
        self._current = grouped
        before = len(self.records)
        terms = self._legal_terms(sent)
        if self._lists_acts_of_previous(sent, terms):
            return []
        terms += self._anaphors(sent, terms)
        terms = [t for t in terms if not self._acquitted_of(t) and self._quashing(t) is None]  # read by _acquittals
        self._denying_verbs = {verb.i for verb in sent if self._is_denial(verb, sent)}
        unattached = [term for term in terms if not self._attach(term, grouped)]
        for term in unattached:  # "Among the crimes cited by X were murder, torture …"
            if term.label_ == "act" and grouped:
                self._add_term(next(iter(grouped.values())), term)
        for key, finding in list(grouped.items()):
            if self._details_the_last_claim(sent, finding):
                del grouped[key]
        self._endorsements(grouped)
        for verb in sent:
            if verb.i in self._denying_verbs:
                self._denial(verb, sent, grouped, before)
        self._responsibility_without_terms(sent, grouped)
        self._blame_for_incident(sent, grouped)
        self._accused_of_hostile_acts(sent, grouped)
        self._suspects_named(sent, terms, grouped)
        self._compliance_denial(sent, grouped)
        self._counter_account_denial(sent, grouped)
        self._counter_blame(sent, grouped)
        self._pleas_of_innocence(sent, grouped)
        self._acquittals(sent, grouped)
        self._convictions_quashed(sent, grouped)
        self._admissions(sent, grouped)
        self._denial_before_admission(sent, grouped)
        self._quoting = self._quote_attribution(sent)
        self._charging = None if grouped else self._charge_without_terms(sent)
        self._remember_spokespeople(sent)
        self._remember_tellers(sent)
        return list(grouped.values())

    def _remember_tellers(self, sent: Span) -> None:
        """ "X said it had confirmed 23 killings. It attributed the raids to Y. '…,' said A, a
        researcher for the group.": a body telling the story with no claim yet is still the one
        "the group" and "it" refer back to."""
        root = sent.root
        if frame_kind(root, self.lexicon) not in {"report", "accuse"}:
            return
        frame = frame_of_verb(root, self.resolver)
        for subject, speaker in zip(dependents(root, {"nsubj"}), frame.speakers if frame is not None else ()):
            by_name = self.resolver.actor_span(subject) is not None
            if speaker.kind in {"ngo", "un_body", "court"} and (by_name or subject.lower_ in {"it", "they"}) or (
                speaker.kind in {"armed_group", "government_body", "other"} and by_name
            ):
                self.resolver.tellers.append((root.i, speaker))

    def _remember_spokespeople(self, sent: Span) -> None:
        """ "X's spokesman A said …" with no claim yet: A speaks for X later on too ("she told
        reporters"), so who A speaks for is noted from every reporting verb."""
        for verb in sent:
            if frame_kind(verb, self.lexicon) != "report":
                continue
            for subject in dependents(verb, {"nsubj"}):
                if subject.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in subject.subtree):
                    speaker_and_person(subject, self.resolver)

    def _charge_without_terms(self, sent: Span) -> tuple[Frame, tuple[Party, ...]] | None:
        """ "Prosecutors issued arrest warrants against A and B.", "an indictment was filed
        against A": a charge that names whom but not what; the next sentence may say what
        ("They are suspected of …", "The group is accused of …")."""
        for verb in sent:
            if frame_kind(verb, self.lexicon) == "accuse" and not is_passive(verb):
                frame = frame_of_verb(verb, self.resolver)
                charged = self._objects_of_accusation(verb, frozenset(p.name for p in frame.speakers)) if frame else ()
                if frame is not None and charged:
                    return frame, charged
        for noun in (t for t in sent if t.lemma_.lower() in CHARGE_NOUNS):
            holders = [noun, noun.head] if noun.dep_ in {"nsubjpass", "dobj"} else [noun]  # "filed against X"
            preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"against", "including"}]
            heads = [o for p in preps for o in p.children if o.dep_ == "pobj"]
            heads += [a for h in heads for a in h.children if a.dep_ == "appos"]  # "including the head of Y, Z"
            charged = self._parties_of(heads)
            frame = find_frame(noun, self.resolver) or self._charging_subject(noun.head)
            if charged and frame is not None:
                return frame, charged
        return None

    def _charging_subject(self, verb: Token) -> Frame | None:
        """ "A prosecutor filed an indictment against …": who files the charge brings it."""
        pairs = [speaker_and_person(s, self.resolver) for s in dependents(verb, {"nsubj"})]
        found = [(p, person) for p, person in pairs if p is not None]
        return Frame(verb, "accuse", tuple(p for p, _ in found), tuple(n for _, n in found)) if found else None

    def _suspicion_of_those_charged(self, term: Span) -> tuple[Frame, tuple[Party, ...]] | None:
        """The charge of the sentence before, when ``term`` is what "they" or "the group" are
        suspected, accused or charged of, with no one named as accusing them."""
        if self._charging is None or term.sent.start != self._charging[0].verb.sent.end:
            return None
        for verb in term.root.ancestors:
            accusing = verb.lemma_.lower() == "suspect" or frame_kind(verb, self.lexicon) == "accuse"
            if is_passive(verb) and accusing and not any(c.dep_ == "agent" for c in verb.children):
                subjects = dependents(verb, {"nsubjpass"})
                if subjects and all(self._refers_to_those_named(s) for s in subjects):
                    return self._charging
        return None

    def _refers_to_those_named(self, subject: Token) -> bool:
        """ "they", "the group", "the two men", "the suspects": words that name no one new."""
        if subject.pos_ == "PRON":
            return True
        definite = any(c.lower_ in {"the", "these", "those", "both"} for c in subject.children)
        return definite and not any(t.pos_ == "PROPN" for t in subject.subtree)

    def _attributed_after(self, anchor: Token) -> Frame | None:
        """ "'We did not bomb a hospital. The Front hid there,' a spokeswoman said.": a quote
        that opens in one sentence is attributed where it closes, in the next."""
        sent = anchor.sent
        if not self._quoted(sent[:1]) and span_text(sent)[:1] not in QUOTES:
            return None
        following = next_sentence_in_paragraph(sent)
        return self._quote_attribution(following) if following is not None else None

    def _quote_attribution(self, sent: Span) -> Frame | None:
        """ "'…,' X said." with no legal term: X's quote may go on in the next sentence."""
        if not any(t.text in QUOTES for t in sent):
            return None
        for verb in sent:
            if frame_kind(verb, self.lexicon) == "report":
                frame = frame_of_verb(verb, self.resolver)
                if frame is not None:
                    return frame
        return None

    # ------------------------------------------------------------ legal terms
    def _legal_terms(self, sent: Span) -> list[Span]:
        terms = [s for s in spans_starting_in(self.doc, "legal", sent) if s.end <= sent.end]
        return [t for t in terms if not self._names_an_institution(t)]

    def _anaphors(self, sent: Span, terms: list[Span]) -> list[Span]:
        """ "the crimes", "these violations": conduct named before, carrying its categories."""
        if not terms:
            counted = self._shares_of_counted_before(sent)
            if counted is not None:
                return [counted]
        if not self.records or any(t.label_ == "category" for t in terms):
            return []
        taken = {i for t in terms for i in range(t.start, t.end)}
        found = []
        for token in sent:
            if token.i not in taken and (self._definite_conduct(token) or self._took_part_in_them(token)):
                found.append(Span(self.doc, token.i, token.i + 1, label="anaphor", kb_id="anaphor"))
        return found

    def _shares_of_counted_before(self, sent: Span) -> Span | None:
        """ "Monitors verified 1,317 cases of sexual violence. Of those, 912 were attributed to X and
        287 to Y": "those" is the conduct the sentence before counted, now laid at each party's door."""
        previous = next(sentences_before_in_paragraph(sent, 1), None)
        if previous is None or not any(t.label_ == "act" for t in self._legal_terms(previous)):
            return None
        for token in sent:
            if token.lower_ in {"those", "these", "them"} and token.dep_ == "pobj" and token.head.lower_ == "of":
                verb = next((a for a in token.ancestors if a.lemma_.lower() in BLAME_PREPOSITIONS), None)
                if verb is not None and (is_passive(verb) or verb.tag_ == "VBN"):
                    return Span(self.doc, token.i, token.i + 1, label="anaphor", kb_id="counted")
        return None

    def _definite_conduct(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.parties.anaphoric and any(
            c.lower_ in {"the", "these", "such", "those"} for c in token.lefts
        )

    def _took_part_in_them(self, token: Token) -> bool:
        """ "four commanders who participated in them": "them" after a verb of taking part is
        the conduct the sentence before alleged, when that sentence alleged any."""
        if token.lower_ not in {"them", "it"} or token.dep_ != "pobj" or token.head.lower_ != "in":
            return False
        verb = token.head.head
        took_part = verb.lemma_.lower() == "take" and any(c.lower_ == "part" for c in verb.children)
        if verb.lemma_.lower() not in PARTICIPATION_WORDS and not took_part:
            return False
        previous = self.records[-1].evidence
        sent = token.sent
        return sent.start > 0 and previous.start >= self.doc[sent.start - 1].sent.start_char

    def _lists_acts_of_previous(self, sent: Span, terms: list[Span]) -> bool:
        """ "The crimes include murder, torture …": the acts belong to the claim just made."""
        if not self.records or any(t.label_ == "category" for t in terms):
            return False
        acts = _unique([t.kb_id_ for t in terms if t.label_ == "act"])
        subject = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
        if not acts or subject is None or subject.lower_ not in self.lexicon.parties.anaphoric:
            return False
        last = self.records[-1].evidence
        for index, record in enumerate(self.records):
            if record.evidence == last:
                self.records[index] = replace(record, acts=tuple(_unique([*record.acts, *acts])))
        return True

    def _details_the_last_claim(self, sent: Span, finding: Finding) -> bool:
        """ "X said Y committed war crimes. X analysed videos that depict executions and the
        mistreatment of prisoners": acts the same speaker names next, with no one accused of
        them in the sentence, detail the claim just made (same paragraph, next sentence)."""
        if finding.categories or finding.syntactic or not finding.acts or finding.stance != "asserts":
            return False
        if not self.records or sent.start == 0:
            return False
        last = self.records[-1]
        previous = self.doc[sent.start - 1].sent
        if last.stance != "asserts" or last.evidence.start < previous.start_char:
            return False
        if "\n" in doc_text(self.doc)[previous.end_char : sent.start_char]:
            return False
        if {p.name for p in finding.frame.speakers} != {last.speaker}:
            return False
        for index, record in enumerate(self.records):
            if record.evidence.start >= previous.start_char and record.speaker == last.speaker and record.stance == "asserts":
                self.records[index] = replace(record, acts=tuple(_unique([*record.acts, *finding.acts])))
        return True

    def _names_an_institution(self, term: Span) -> bool:
        """ "a war crimes court", "the Genocide Convention", "a conference on war crimes"."""
        root = term.root
        if self.resolver.actor_span(root) is not None:
            return True
        if root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= term.end:
            head = root.head.lemma_.lower()
            if head not in self.lexicon.accusation_nouns and head not in self.lexicon.parties.conduct:
                return True
        node = root
        for _ in range(3):
            if node.dep_ == "pobj" and node.head.head.lemma_.lower() in self.lexicon.not_allegation:
                return True
            node = node.head
        return False

    @staticmethod
    def _asked_whether(verb: Token) -> bool:
        """Whether the frame's verb is what a question asks ("asked whether X believed …",
        "wondered if …"): the question's content is no one's claim."""
        marked = any(m.lower_ in {"whether", "if"} for m in dependents(verb, {"mark"}))
        return marked and verb.dep_ in {"ccomp", "advcl"} and verb.head.lemma_.lower() in {"ask", "wonder", "question", "inquire", "enquire"}

    def _attach(self, term: Span, grouped: dict[tuple, Finding]) -> bool:
        """Attach a legal term to its frame and accused; False when it has neither."""
        frame = (
            find_frame(term.root, self.resolver)
            or self._continued_frame(term)
            or self._reported_after(term)
            or self._in_the_documents_voice(term)
            or self._listed_in_a_report(term)
        )
        charged = self._suspicion_of_those_charged(term) if frame is None else None
        if charged is not None:
            frame = charged[0]
        frame = frame or self._following(self._teller, term)
        if frame is None:
            return False
        frame = self._author_speaking_in_first_person(frame, term)
        if self._of_any_such_deed(term.root, frame):
            return True  # "any strike on the corridor would be a war crime": a rule, no claim
        if self._asked_whether(frame.verb):
            return True  # "Asked whether the Secretary-General believed X had committed war crimes, …": a question
        if term.root.dep_ == "dobj" and term.root.head.lemma_.lower() in FABRICATING_VERBS:
            return True  # "paying foreign NGOs to manufacture atrocities": a charge of made-up claims, no deed
        covered = self._crime_the_accuser_covers_up(term.root, frame)
        if covered:  # "called the army's account a lie to cover up a deliberate attack on a school"
            charged, frame = (frame, covered), Frame(frame.verb, "report", frame.speakers, frame.persons)
        elif frame.kind == "deny" or frame.verb.i in self._denying_verbs or self._under_denial(term.root, frame.verb):
            return True  # handled with the denial, which knows what it rejects
        negated = self._negated(term.root, frame) or self._denied_in_own_voice(term, frame)
        accused, syntactic = (charged[1], True) if charged is not None else self._accused(term.root, frame)
        own = self._own_conduct(term.root, frame) if negated else ()
        if own:  # "X said it did not use chemical weapons": X denies for itself
            accused, syntactic = own, True
        if negated and self._evidence_the_accuser_lacks(term.root):  # "Y has produced no evidence of any intent to destroy …"
            accused = tuple(self._denier_as_accused(p) for p in frame.speakers)
        if not accused and negated:
            accused = self._accused_of_the_same_crime(term)  # "'There is no genocide in Z,' X said": the claim answered
        if not accused and negated:
            accused = self._claim_against_the_teller(frame)  # "X replied that the sailors had not been mistreated"
            syntactic = syntactic or bool(accused)
        if not accused:
            return False
        stance = "denies" if negated else "asserts"
        withdrawn = None if frame.verb.i in self._voice_roots else self._frame_negation(frame)
        if withdrawn == "narrative":
            return True  # "X did not accuse Y of …": no claim either way
        if withdrawn == "withdrawn":
            stance = "denies"  # "X will no longer accuse Y of …", "we do not say that Y …"
        key = (frame.verb.i, tuple(p.name for p in accused), stance)
        finding = grouped.setdefault(key, Finding(frame, accused, stance, syntactic))
        finding.syntactic = finding.syntactic or syntactic
        self._add_term(finding, term)
        return True

    def _of_any_such_deed(self, token: Token, frame: Frame) -> bool:
        """ "warned that any strike on the corridor would be a war crime": the copula above the term has
        a subject quantified by "any", so it states what a deed would be, not that one was done."""
        node = token
        while node != frame.verb and node.head != node:
            subjects = dependents(node, {"nsubj", "nsubjpass"}) if node.pos_ in {"VERB", "AUX"} else []
            if subjects:  # "…that any commander ordered the killings": a doer, not the deed, is quantified
                return node.lemma_.lower() in NAMING_COPULAS and any(
                    s.lower_ == "any" or any(c.lower_ == "any" and c.dep_ == "det" for c in s.children) for s in subjects
                )
            node = node.head
        return False

    def _crime_the_accuser_covers_up(self, token: Token, frame: Frame) -> tuple[Party, ...]:
        """ "X called the army's account a lie to cover up a deliberate attack on a school": a crime
        a denial says the accusation hides is the denier's own claim against the accusation's author."""
        verb = frame.verb
        if not inside_a_cover_up(token, verb):
            return ()
        claims = [o for o in dependents(verb, {"dobj"}) if o.lemma_.lower() in self.lexicon.accusation_nouns]
        speakers = {p.name for p in frame.speakers}
        return tuple(p for claim in claims for p in self.resolver.owners(claim) if p.name not in speakers)

    def _claim_against_the_teller(self, frame: Frame) -> tuple[Party, ...]:
        """The accused of the story's latest claim against the one denier (or its state): what a harm
        it says did not happen, told of the harmed ("had not been mistreated"), answers."""
        if len(frame.speakers) != 1:
            return ()
        own = self._denier_as_accused(frame.speakers[0])
        claim = self._latest_claim_against(own.name) or self._claim_against_state_of(own)
        return (accused_as_party(claim),) if claim is not None else ()

    def _evidence_the_accuser_lacks(self, token: Token) -> bool:
        """ "told the court that Y had produced not a shred of evidence of any intent to destroy …":
        the party that lacks evidence is the accuser; the speaker denies the crime for itself."""
        produced = next((a for a in token.ancestors if a.dep_ == "dobj" and a.head.lemma_.lower() in PRODUCING_VERBS), None)
        return produced is not None and any(t.lemma_.lower() in EVIDENCE_NOUNS for t in produced.subtree)  # "not a shred of evidence"

    def _accused_of_the_same_crime(self, term: Span) -> tuple[Party, ...]:
        """Whom the document's latest claim of the crime a denial names without a party accused."""
        for record in reversed(self.records):
            if record.stance == "asserts" and term.kb_id_ in record.categories + record.acts:
                return (accused_as_party(record),)
        return ()

    def _under_denial(self, token: Token, verb: Token) -> bool:
        """Whether a denying verb stands between ``token`` and the frame's verb ("X said … and
        denied carrying out a terrorist attack": the attack is what X denies)."""
        for above in token.ancestors:
            if above == verb:
                return False
            if above.i in self._denying_verbs:
                return True
        return False

    def _frame_negation(self, frame: Frame) -> str | None:
        """How the reporting verb itself is negated: "withdrawn" where the speaker takes the
        claim back ("will no longer accuse", "we do not say"), "narrative" where the story only
        says a claim was not made ("did not accuse"), None where it is not negated."""
        verb = frame.verb
        words = {c.lower_ for c in dependents(verb, {"neg", "advmod"})}
        if "longer" in words or any(c.lower_ == "longer" for a in verb.children for c in a.children if a.lower_ == "no"):
            return "withdrawn"
        if not words & {"not", "n't", "never"}:
            return None
        subjects = dependents(verb, {"nsubj"})
        if any(s.lower_ in {"we", "i"} for s in subjects) and verb.tag_ in {"VBP", "VB", "VBZ"}:
            return "withdrawn"
        return "narrative"

    def _own_conduct(self, token: Token, frame: Frame) -> tuple[Party, ...]:
        """The speakers, when the negated clause's subject is the speaker itself ("it", its name)."""
        speakers = {p.name for p in frame.speakers}
        found = self._clause_party(token, frame.verb)
        if found and all(p.name in speakers for p in found):
            return tuple(self._denier_as_accused(p) for p in found)
        return ()

    def _continued_frame(self, term: Span) -> Frame | None:
        """A sentence with no speaker of its own in the same paragraph goes on the last speaker's account."""
        quoting = self._quoting  # every term of the next sentence: the quote goes on through it
        if quoting is not None and span_text(term.sent)[:1] in QUOTES and term.sent.start == quoting.verb.sent.end:
            return Frame(quoting.verb, "report", quoting.speakers, quoting.persons)  # the quote goes on
        rejection = self._following(self._last_rejection, term)
        if rejection is not None and cleft_focus(term.sent.root, dependents(term.sent.root, {"nsubj"})):
            return rejection  # "X rejects the claim that … . It is Y who …": the rejecting X turns the claim around
        return self._following(self._last_frame, term)

    def _following(self, frame: Frame | None, term: Span) -> Frame | None:
        """``frame`` carried on to the term when the term's sentence comes right after it, in the same paragraph."""
        if frame is None:
            return None
        verb = frame.verb
        between = doc_text(self.doc)[verb.idx : term.start_char]
        if "\n" in between or term.sent.start - verb.sent.end > 0:
            return None
        return Frame(frame.verb, "report", frame.speakers, frame.persons)

    def _author_speaking_in_first_person(self, frame: Frame, term: Span) -> Frame:
        """ "We further allege …", "my Office submits …" outside quotes, in a statement whose
        author is declared: the author speaks."""
        if self._voice is None or self._quoted(term):
            return frame
        subjects = dependents(frame.verb, {"nsubj"})
        first_person = subjects and all(
            s.lower_ in {"i", "we"} or any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in s.children) for s in subjects
        )
        return Frame(frame.verb, frame.kind, (self._voice,), (None,)) if first_person else frame

    def _in_the_documents_voice(self, term: Span) -> Frame | None:
        """A sentence no one in the text is said to speak, in a statement whose author the
        opening declares (:mod:`casefile.extract.voice`), outside any quotation: the author's."""
        if self._voice is None or self._quoted(term):
            return None
        root = term.sent.root
        narrated = term.label_ != "category" and not any(c.dep_ == "neg" for c in root.children) and not self._brands_untrue(term.sent)
        if narrated and not self._in_turn:
            return None  # acts a statement's author narrates ("persons abducted from X") name no crime of their own
            # (an interviewee's "the Front murdered its informers" is a claim made in the interview)
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS for c in root.children):
            return None  # a recommendation ("X should ensure that those responsible …") addresses X, it accuses no one
        self._voice_roots.add(root.i)
        return Frame(term.sent.root, "report", (self._voice,), (None,))

    def _denied_in_own_voice(self, term: Span, frame: Frame) -> bool:
        """In the document's voice, "X did not commit war crimes" and "The allegation that X
        used starvation is false" deny (a reporting verb's own negation is read elsewhere)."""
        if frame.verb.i not in self._voice_roots:
            return False
        subject_words = {t.i for s in dependents(frame.verb, {"nsubj", "nsubjpass"}) for t in s.subtree}
        in_subject = term.root.i in subject_words  # "X's war crimes will not be forgotten": taken as done
        if not in_subject and (
            any(c.dep_ == "neg" for c in frame.verb.children) or any(c.lower_ == "no" and c.dep_ == "det" for c in term.root.children)
        ):
            return True  # "X did not commit war crimes", "X has committed no war crimes"
        node = term.root
        while node.head != node:
            node = node.head
            if node.lemma_.lower() in self.lexicon.accusation_nouns:
                return self._brands_untrue(term.sent)
        return False

    def _pronoun_told_by_nobody(self, anchor: Token) -> bool:
        """A clause about "they"/"it" in a quote or under a saying whose teller is unknown: the
        pronoun names the people talked about, not who talks."""
        verb = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
        subjects = dependents(verb, {"nsubj", "nsubjpass"}) if verb is not None else []
        told = in_quotes(self.doc, anchor.idx) or any(frame_kind(a, self.lexicon) for a in anchor.ancestors)
        return told and bool(subjects) and all(s.lower_ in {"they", "it", "he", "she", "these", "those"} for s in subjects)

    def _quoted(self, term: Span) -> bool:
        """Whether ``term`` stands inside quotation marks within its paragraph."""
        return in_quotes(self.doc, term.start_char)

    def _listed_in_a_report(self, term: Span) -> Frame | None:
        """ "The Secretary-General's annual report adds several parties to its annex. Among them is X,
        cited for abductions": a party listed with no one said to list it is listed by the author
        of the latest report or list the story has named."""
        verb = next((a for a in term.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or not listed_by_no_one(verb, self.lexicon) or not self._listed(verb):
            return None
        for noun in reversed(self.doc[: verb.i]):
            author = author_of(noun, self.resolver) if noun.lemma_.lower() in LIST_DOCUMENTS and noun.pos_ == "NOUN" else None
            if author is not None:
                return Frame(verb, "accuse", (author,), (None,))
        return None

    def _reported_after(self, term: Span) -> Frame | None:
        """ "Y deported 8,000 children. X reported this on Monday": a reporting verb in the next
        sentence of the paragraph whose object points back at this one is its speaker."""
        following = next_sentence_in_paragraph(term.sent)
        if following is None:
            return None
        for verb in following:
            pointers = [c for c in dependents(verb, {"dobj", "nsubjpass"}) if c.lower_ in {"this", "that", "these"}]
            if pointers and frame_kind(verb, self.lexicon) == "report":
                return frame_of_verb(verb, self.resolver)
        return None

    def _add_term(self, finding: Finding, term: Span) -> None:
        if term.kb_id_ == "counted":  # "Of those, 912 were attributed to X": the conduct counted just before
            previous = next(sentences_before_in_paragraph(term.sent, 1))
            for counted in self._legal_terms(previous):
                bucket = finding.categories if counted.label_ == "category" else finding.acts
                bucket.extend(k for k in [counted.kb_id_] if k not in bucket)
            finding.tokens.extend(term)
            return
        if term.label_ == "anaphor":  # "the crimes": the speaker's own last claim, else the story's last one
            speakers = {p.name for p in finding.frame.speakers}
            previous = next((r for r in reversed(self.records) if r.speaker in speakers), self.records[-1])
            finding.categories.extend(c for c in previous.categories if c not in finding.categories)
            finding.tokens.extend(term)
            return
        bucket = finding.categories if term.label_ == "category" else finding.acts
        if term.kb_id_ not in bucket:
            bucket.append(term.kb_id_)
        finding.tokens.extend(term)
        finding.note_certainty(term.kb_id_, self._certainty(term.root, finding.frame))

    # ------------------------------------------------------------ accused
    def _accused(self, token: Token, frame: Frame) -> tuple[tuple[Party, ...], bool]:
        """Whom the clause holding ``token`` accuses, and whether the parse said so directly."""
        found, syntactic = self._accused_candidates(token, frame)
        act = self._act_the_category_names(token)
        if not found and act is not None:  # "the war crime of unlawful deportation, for which X bears responsibility"
            found, syntactic = self._accused_candidates(act, frame)
        speakers = {p.name for p in frame.speakers}
        found += tuple(p for p in self._accomplices(token) if p.name not in speakers | {f.name for f in found})
        found += tuple(p for p in self._principals_helped(token) if p.name not in speakers | {f.name for f in found})
        found += tuple(p for p in self._accused_around_the_aside(frame) if p.name not in speakers | {f.name for f in found})
        found = tuple(self._speakers_own(p, frame, in_quotes(self.doc, token.idx)) for p in found)
        persons = {p for p in frame.persons if p} if frame.kind == "report" else set()  # "A urged both sides to …": A speaks for X
        kept = tuple(p for p in found if not self.resolver.is_location(p) and not (p.kind == "person" and p.name in persons))
        if not kept and self._is_human_rights_term(token):
            return self._territorial_state(token, frame), True
        return kept, syntactic

    def _owned_up_to(self, token: Token, verb: Token) -> bool:
        """Whether ``token`` is in the clause of an admission ("X admitted that …", "conceded that …"),
        where the speaker may be the doer it names."""
        if verb.lemma_.lower() not in OWNING_UP_VERBS:
            return False
        clause = next((a for a in [token, *token.ancestors] if a.head == verb), None)
        if clause is None or clause.dep_ != "ccomp":
            return False
        # "acknowledged that its fighters laid mines on supply routes but denied …": a lawful version (the
        # parser may hang the denial on either verb)
        return not any(c.dep_ == "conj" and frame_kind(c, self.lexicon) == "deny" for c in [*verb.children, *clause.children])

    def _accused_of_the_accusation_above(self, verb: Token, speakers: set[str]) -> tuple[Party, ...]:
        """ "She faulted X for failing to protect civilians, which she said breached …": an aside of the
        accuser's own, in a relative clause inside its accusation, says more of the deed it accuses X of."""
        if verb.dep_ != "relcl":
            return ()
        through_for = False
        for node in verb.head.ancestors:  # up through the "for" phrase of the accusation: the deed it faults
            if node.dep_ in {"prep", "agent"}:
                if node.lower_ != "for":
                    return ()
                through_for = True
            if node.pos_ == "VERB" and frame_kind(node, self.lexicon) == "accuse" and through_for:
                outer = frame_of_verb(node, self.resolver)
                if outer is None or {p.name for p in outer.speakers} != speakers:
                    return ()
                return self._objects_of_accusation(node, frozenset(speakers))
        return ()

    @staticmethod
    def _object_phrase_of(token: Token, verb: Token) -> bool:
        """Whether ``token`` lies in a noun phrase that is the verb's object (or one of its conjuncts),
        with no verb between: its own words, not a later clause, say whose deed it is."""
        node = token
        while node.head != node and node.head.pos_ not in {"VERB", "AUX"}:
            node = node.head
        return node.head == verb and node.dep_ in {"dobj", "conj"}

    def _accomplices(self, token: Token) -> tuple[Party, ...]:
        """ "X may be complicit in war crimes committed by Y", "X's complicity in Y's crimes": the
        accomplice is accused of the crime beside its doer (aiding and abetting is a mode of liability
        for the same crime, Rome Statute art. 25(3)(c))."""
        if token.dep_ != "pobj" or token.head.lower_ != "in":
            return ()
        holder = token.head.head
        if holder.lemma_.lower() == "complicity":
            return self.resolver.owners(holder)
        if holder.lemma_.lower() != "complicit":
            return ()
        clause = holder.head if holder.dep_ == "acomp" else holder
        held = (  # "X was complicit", "found X complicit" (X the object, or the parser's compound)
            dependents(clause, {"nsubj", "nsubjpass"}) or dependents(holder, {"nsubj", "compound"})
            or (dependents(holder.head, {"dobj"}) if holder.dep_ in {"oprd", "ccomp", "xcomp"} else [])
        )
        return self._parties_of(held)

    def _accused_around_the_aside(self, frame: Frame) -> tuple[Party, ...]:
        """ "X accused Y of sheltering men who, he said, had bombed a depot, an act of terrorism": an
        aside by the accuser inside its own accusation tells the deed Y is accused over, so Y is
        accused of it beside the men."""
        verb = frame.verb
        if verb.dep_ != "parataxis":
            return ()
        above = next((a for a in verb.head.ancestors if frame_kind(a, self.lexicon) == "accuse"), None)
        outer = frame_of_verb(above, self.resolver) if above is not None else None
        if outer is None or {p.name for p in outer.speakers} != {p.name for p in frame.speakers}:
            return ()
        return self._objects_of_accusation(above)

    def _principals_helped(self, token: Token) -> tuple[Party, ...]:
        """ "accused X of facilitating genocide by giving support to Y", "X's support for Y had aided
        and abetted abuses": Y, the party the help went to, committed the
        crime the helper is said to facilitate (aiding presupposes a principal, Rome Statute art. 25(3)(c))."""
        if not any(a.lemma_.lower() in FACILITATING_LEMMAS for a in list(token.ancestors)[:4]):
            return ()
        found: list[Party] = []
        for noun in (t for t in token.sent if t.lemma_.lower() in SUPPORT_NOUNS | MATERIEL_NOUNS):
            holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "giving support to Y", "support for Y"
            for prep in (c for h in holders for c in h.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"}):
                found += [p for p in self.resolver.pobj_parties(prep) if p.name not in {f.name for f in found}]
        return tuple(found)

    def _act_the_category_names(self, token: Token) -> Token | None:
        """ "the war crime of unlawful deportation": the act in the category's "of" phrase."""
        if not self.resolver.in_legal_term(token) or self.resolver.in_act_term(token):
            return None
        return next(
            (o for p in dependents(token, {"prep"}) if p.lower_ == "of" for o in dependents(p, {"pobj"}) if self.resolver.in_act_term(o)),
            None,
        )

    def _is_human_rights_term(self, token: Token) -> bool:
        return any(
            s.label_ == "category" and s.kb_id_ == "human_rights_violations" and s.start <= token.i < s.end
            for s in doc_spans(self.doc, "legal")
        )

    def _territorial_state(self, token: Token, frame: Frame) -> tuple[Party, ...]:
        """Human-rights violations "in X" (a state): the state answers for rights on its territory."""
        speakers = {p.name for p in frame.speakers}
        node = token
        for _ in range(4):
            for child in (c for n in (node, *node.conjuncts) for c in n.children):
                if child.dep_ in {"prep", "acl", "relcl"}:
                    for pobj in child.subtree:
                        span = self.resolver.actor_span(pobj)
                        if (
                            span is not None and span.label_ == "state" and pobj.dep_ == "pobj"
                            and pobj.head.lower_ == "in" and span.kb_id_ not in speakers
                        ):
                            return (Party(span.kb_id_, "state", span.text, span.start_char, span.end_char),)
            if node.head == node or node.head == frame.verb:
                break
            node = node.head
        return ()

    def _accused_candidates(self, token: Token, frame: Frame) -> tuple[tuple[Party, ...], bool]:
        verb = frame.verb
        speakers = {p.name for p in frame.speakers}
        if in_quotes(self.doc, token.idx):  # '"… are war crimes, whoever commits them," said A, X's researcher': not A
            speakers |= {p for p in frame.persons if p}
        if self._owned_up_to(token, verb):
            speakers = set()  # "X acknowledged that its soldiers had fired on the crowd": X's own deed
        if verb.i in self._voice_roots:
            return self._accused_in_own_voice(token, speakers), True
        if frame.kind == "accuse":
            objects = self._parties_of(self._listed(verb)) or self._objects_of_accusation(verb, frozenset(speakers))
            own = tuple(p for p in self.resolver.owners(token) if p.name in {o.name for o in objects})
            if len(objects) > 1 and own and self._object_phrase_of(token, verb):
                # "condemned the abduction of A by X and attacks by Y on B": each its own
                return own, True
            if objects:
                return objects, True
            defendant = tuple(p for p in self._defendant_of_the_count(verb) if p.name not in speakers)
            if defendant:  # "… declined to include the count of extermination sought by the Prosecution"
                return defendant, True
        labelled = tuple(p for p in self._party_labelled(token) if p.name not in speakers)
        if labelled:  # "called the Front a terrorist militia", "the Front, which he called …"
            return labelled, True
        owners = tuple(p for p in self.resolver.owners(token) if p.name not in speakers)
        if owners:  # "X's crimes", "war crimes by X"
            return owners, True
        charged = tuple(p for p in self._charged_against(token) if p.name not in speakers)
        if charged:  # "confirmed charges of war crimes against X"
            return charged, True
        misplaced = tuple(p for p in self._by_hung_on_the_finding(verb, token) if p.name not in speakers)
        if misplaced:  # "X's findings of crimes against humanity by Y", "by Y" hung on "findings"
            return misplaced, True
        charging = tuple(p for p in self._charged_by_a_verb_below(token, verb) if p.name not in speakers)
        if charging:  # "prosecutors have charged A with war crimes, the office said": A is charged
            return charging, True
        naming = tuple(p for p in self._by_hung_on_the_naming_verb(verb) if p.name not in speakers)
        if naming:  # "recognize the killings of A by X as a genocide": "by X" hung on the verb
            return naming, True
        shares = tuple(p for p in self._shares_attributed(token) if p.name not in speakers)
        if shares:  # "143 cases of rape, of which 61 were attributed to X, 47 to Y"
            return shares, True
        found = tuple(p for p in self._clause_party(token, verb) if p.name not in speakers)
        if found:
            return found, True
        found = self._accused_of_the_accusation_above(verb, speakers)
        if found:
            return found, True
        found = tuple(p for p in self._agents_upward(token, verb) if p.name not in speakers)
        if found:
            return found, True
        found = tuple(p for p in self._conduct_it_happened_in(token, verb) if p.name not in speakers)
        if found:
            return found, True
        found = tuple(p for p in self._custody_it_happened_in(token, verb) if p.name not in speakers)
        if found:  # "marks of torture from Xian captivity"
            return found, True
        found = tuple(p for p in self._stray_by_agents(token) if p.name not in speakers)
        if found:
            return found, True
        found = tuple(p for p in self._agent_in_clause(token, verb) if p.name not in speakers)
        if found:
            return found, True
        owners = tuple(p for p in self._owners_upward(token, verb) if p.name not in speakers)
        if owners:
            return owners, True
        found = tuple(p for p in self._characterized_clause(verb) if p.name not in speakers)
        if found:
            return found, True
        lost = tuple(p for p in self._subjects_lost_to_the_teller(token, verb) if p.name not in speakers)
        if lost:
            return lost, True
        summed = tuple(p for p in self._doer_of_deed_summed_up(verb) if p.name not in speakers)
        if not summed:  # "…, a pattern the mission said amounted to …" with "amounted" hung on the verb before
            telling = self._summing_subjects_telling(token, verb)
            summed = tuple(p for p in self._doer_of_deed_summed_up(telling) if p.name not in speakers) if telling else ()
        if not summed:
            summed = tuple(p for p in self._doer_of_deeds_which(verb) if p.name not in speakers)
        if not summed:
            summed = tuple(p for p in self._doer_of_practice_concluded_on(token, verb) if p.name not in speakers)
        if not summed:
            summed = tuple(p for p in self._owner_of_the_deed_which(verb) if p.name not in speakers)
        if summed:  # "X beat prisoners, conduct the commission said may amount to war crimes"
            return summed, True
        suspected = tuple(p for p in self._suspected_in_inquiry(token.sent) if p.name not in speakers)
        if suspected:  # "… could amount to a war crime, and it called for an investigation into whether X had …"
            return suspected, True
        unnamed = self._deed_with_no_doer(token)
        above = () if self.resolver.in_act_term(token) and not unnamed else self._accused_by_the_verb_above(verb, frozenset(speakers))
        above = tuple(p for p in above if p.name not in speakers)
        if above:  # "X accused Y of emptying the valley, telling the council that … ethnic cleansing"
            return above, True
        told = tuple(p for p in self._doer_of_the_incident_told_before(token, verb) if p.name not in speakers)
        if told:  # "X said its strike hit a command post. Y said the strike appeared to have been indiscriminate"
            return told, True
        nearby = self._named_before(token, verb, speakers)
        if nearby:
            return nearby, False
        described = self._doer_of_conduct_described_before(token, speakers)
        if described:  # "…, which is hostage-taking": an act named as what the told conduct is counts on its own
            return described, names_what_it_is(token)
        alongside = tuple(p for p in self._doer_told_alongside(token, verb) if p.name not in speakers)
        if alongside:  # "X called the strike a war crime, saying Y had chosen a market day"
            return alongside, True
        return self._accused_from_context(frame), False

    def _defendant_of_the_count(self, verb: Token) -> tuple[Party, ...]:
        """A count "sought by the Prosecution" is sought against whoever the court's claim just
        before was against: the defendant of the proceedings the story is telling."""
        if verb.lemma_.lower() not in SEEKING_VERBS or verb.dep_ != "acl":
            return ()
        against = [o for p in dependents(verb, {"prep"}) if p.lower_ == "against" for o in dependents(p, {"pobj"})]
        if against:  # "the charges brought against him by the Prosecutor"
            return tuple(p for o in against if (p := self.resolver.party(o)) is not None)
        latest = next(self._claims_before(verb.idx), None)
        return (accused_as_party(latest),) if latest is not None else ()

    def _endorsements(self, grouped: dict[tuple, Finding]) -> None:
        """ "Ministers of X endorsed the Commission's findings of crimes against humanity by Y": the
        findings are the Commission's, and X, endorsing them, makes the same claim."""
        for (_, accused, stance), finding in list(grouped.items()):
            noun = finding.frame.verb
            if stance != "asserts" or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ENDORSING_VERBS:
                continue
            frame = frame_of_any_verb(noun.head, self.resolver) if not dependents(noun.head, {"neg"}) else None
            if frame is None or {p.name for p in frame.speakers} & {p.name for p in finding.frame.speakers}:
                continue
            endorsed = Finding(replace(frame, kind="report"), finding.accused, "asserts", finding.syntactic)
            endorsed.categories, endorsed.acts, endorsed.certainty = list(finding.categories), list(finding.acts), finding.certainty
            endorsed.hedges = dict(finding.hedges)
            endorsed.tokens = [noun.head, *finding.tokens]
            grouped.setdefault((noun.head.i, accused, "asserts"), endorsed)

    def _accused_by_the_verb_above(self, verb: Token, speakers: frozenset[str]) -> tuple[Party, ...]:
        """ "X accused Y of …, telling the council that 140,000 people had been driven out in a campaign
        of ethnic cleansing": a crime named in a telling clause that names no doer goes on with the
        accusation it hangs on (acts cited there may be anyone's: "citing killings by Z")."""
        telling = next(  # "…, telling the council", or "… and urged both to investigate whether war crimes were committed"
            (a for a in [verb, *verb.ancestors] if (a.dep_ in {"advcl", "conj"} and a.tag_ == "VBG") or (a.dep_ == "conj" and a.pos_ == "VERB")),
            None,
        )
        if telling is None or frame_kind(telling.head, self.lexicon) != "accuse":
            return ()  # "accused Y of …, citing a report by Z, which found that many had been beaten": Z's finding, about Y
        return self._objects_of_accusation(telling.head, speakers)

    def _doer_told_alongside(self, token: Token, verb: Token) -> tuple[Party, ...]:
        """ "X called the strike a war crime, saying Y had chosen a market day", "… and said the
        shells had been fired by Y": a crime named of a deed whose doer is not told goes to the
        doer the same teller names in the saying clause beside it."""
        if verb.lemma_.lower() not in CALLING_VERBS or not dependents(verb, {"dobj"}) or token not in verb.subtree:
            return ()
        for clause in (c for c in verb.children if c.dep_ in {"advcl", "conj"} and c not in token.ancestors):
            if frame_kind(clause, self.lexicon) != "report" or dependents(clause, {"nsubj", "nsubjpass"}):
                continue  # another teller's statement, or no statement at all
            for told in dependents(clause, {"ccomp"}):
                deed = self._does_harm(told) or any(
                    self.resolver.in_legal_term(t) or t.lemma_.lower() in {"responsibility", "responsible"} for t in told.subtree
                )
                doers = self._subject_party(told) if deed else ()
                if doers:  # "said Y bore full responsibility for it"; "said Varnia would respond": no deed, no doer
                    return doers
        return ()

    @staticmethod
    def _deed_with_no_doer(token: Token) -> bool:
        """ "many had been beaten in custody": a passive deed that names no one who did it."""
        clause = next((a for a in [token, *token.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
        return clause is not None and is_passive(clause) and not dependents(clause, {"agent"})

    def _suspected_in_inquiry(self, sent: Span) -> tuple[Party, ...]:
        """Whom an inquiry the sentence calls for or opens is into: "an investigation into whether X
        had deliberately targeted the facility" names X as the suspected doer of the deed the
        sentence calls a crime without naming its doer."""
        for noun in (t for t in sent if t.lemma_.lower() in INQUIRY_NOUNS and t.pos_ == "NOUN"):
            for into in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "into"):
                for clause in (c for c in into.children if c.dep_ in {"pcomp", "pobj"} and c.pos_ in {"VERB", "AUX"}):
                    if any(m.lower_ in {"whether", "if"} for m in dependents(clause, {"mark"})):
                        found = self._parties_of(dependents(clause, {"nsubj"}))
                        if found:
                            return found
        return ()

    def _party_labelled(self, token: Token) -> tuple[Party, ...]:
        """ "X called the Front a terrorist militia", "the Front, which he called …", "branded the
        Front as a terrorist group": a party given the name of what it is said to be. A deed so
        named ("called the attack a war crime") is left to the readings of conduct."""
        words = self.lexicon.parties
        if token.lower_ not in words.groups | words.org_references | BODY_KIND_NOUNS:
            return ()  # "which the commission characterised as murder": a deed's name, not a body's
        verb = token.head.head if token.head.dep_ == "prep" and token.head.lower_ == "as" else token.head
        if token.dep_ not in {"oprd", "pobj"} or verb.lemma_.lower() not in CALLING_VERBS or verb.pos_ != "VERB":
            return ()
        for obj in dependents(verb, {"dobj"}):
            if obj.lower_ in {"which", "that", "whom", "who"} and verb.dep_ == "relcl":
                obj = verb.head
            elif obj.pos_ == "PRON":
                continue
            party = self.resolver.party(obj) or self.resolver.actor_party(obj)
            if party is not None:
                return (party,)
        return ()

    def _by_hung_on_the_finding(self, noun: Token, term: Token | None = None) -> tuple[Party, ...]:
        """ "X's findings of crimes by Y": an accusation noun whose author is its possessor; a "by"
        phrase on it names the doer of what it found, not its author."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lexicon.accusation_nouns or self.resolver.owner(noun) is None:
            return ()
        bys = [by for by in dependents(noun, {"prep"}) if by.lower_ == "by"]
        after = [by for by in bys if term is not None and by.i > term.i]
        if len(bys) > 1 and after:
            bys = after[:1]  # "findings of crimes against humanity by X and of war crimes by Y": each crime its own doer
        return tuple(p for by in bys for p in self.resolver.by_parties(by))

    def _charged_by_a_verb_below(self, token: Token, verb: Token) -> tuple[Party, ...]:
        """The object of an accusing verb ("charged A with …", "accused A of …") between the term and
        the frame that reports it, also where the parser hung the term on the frame; a pronoun object
        is left to the readings that know whom "him" means."""
        below = [n for n in token.ancestors if verb in n.ancestors]
        below += [c for c in dependents(verb, {"ccomp"}) if c.i < token.i]  # "with" hung on the teller
        for node in below:
            if frame_kind(node, self.lexicon) == "accuse" and node.pos_ == "VERB":
                named = [o for o in dependents(node, {"dobj"}) if o.pos_ != "PRON" or self._antecedent(o) != o]
                return self._objects_of_accusation(node) if named else ()  # "charged him": whoever "he" is, as before
        return ()

    def _shares_attributed(self, token: Token) -> tuple[Party, ...]:
        """ "verified 143 cases of rape, of which 61 were attributed to X, 47 to Y and the rest to Z"
        (or "…, attributing 131 of them to X and 58 to Y"): the parties each share of the counted
        deeds is laid at (the parser hangs the clause on the verb)."""
        for verb in (t for t in token.sent if t.lemma_.lower() in BLAME_PREPOSITIONS):
            partitive = any(w.lower_ in {"which", "them", "those", "these"} and w.head.lower_ == "of" for w in verb.subtree)
            told_after = verb.dep_ == "ROOT" and verb.i > token.i  # "documented 14 attacks …; it attributes eleven of them to X"
            reduced = verb.tag_ == "VBN" and not dependents(verb, {"aux", "auxpass"})  # "…, 401 of them attributed to X"
            if not (is_passive(verb) or (verb.tag_ == "VBG" and verb.dep_ == "advcl") or told_after or reduced):
                continue  # only "of which 61 were attributed to X" or "…, attributing 131 of them to X"
            if not partitive or (verb.head != token and verb.head not in token.ancestors and not told_after):
                continue
            preposition = BLAME_PREPOSITIONS[verb.lemma_.lower()]
            heads = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == preposition for o in p.children if o.dep_ == "pobj"]
            return self._parties_of(heads)
        return ()

    def _by_hung_on_the_naming_verb(self, verb: Token) -> tuple[Party, ...]:
        """ "to recognize the killings of A by X as a genocide": an active verb that names its object
        as something has no agent of its own; a "by" the parser hung on it is the deed's."""
        if is_passive(verb) or verb.lemma_.lower() not in CALLING_VERBS | {"recognize", "recognise"}:
            return ()
        if not dependents(verb, {"dobj"}) or not any(p.lower_ == "as" for p in dependents(verb, {"prep"})):
            return ()
        heads = [o for by in dependents(verb, {"prep"}) if by.lower_ == "by" for o in by.children if o.dep_ == "pobj"]
        return (self._parties_of(heads) or self._unrecognised_names(heads)) if heads else ()

    def _subjects_lost_to_the_teller(self, token: Token, verb: Token) -> tuple[Party, ...]:
        """ "X said a Yian strike on …, and rockets fired by Z at …, could constitute war crimes":
        the parser made the first subject the teller's object and the predicate the teller's
        second verb; the conduct named there, and any deed by an agent hung on that predicate,
        is what the predicate says constitutes the crime."""
        clause = next((a for a in [token, *token.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
        if clause is None or clause.dep_ not in {"conj", "ccomp"} or clause.head != verb or dependents(clause, {"nsubj", "nsubjpass"}):
            return ()
        if clause.lemma_.lower() not in {"constitute", "amount", "be", "represent", "violate", "breach"}:
            return ()
        found: list[Party] = []
        deeds = [o for o in dependents(verb, {"dobj"}) if self._names_conduct(o)]
        deeds += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # "…, and rockets fired by Z"
        deeds += [c for c in clause.children if c.dep_ == "advcl" and dependents(c, {"agent"})]
        for deed in deeds:
            if deed.pos_ == "NOUN":
                parties = self.resolver.owners(deed) or self.resolver.agents(deed)
            else:  # "rockets fired by Z": the agent of the participle
                parties = tuple(p for a in dependents(deed, {"agent"}) for p in self.resolver.by_parties(a))
            found += [p for p in parties if p.name not in {f.name for f in found}]
        return tuple(found)

    def _charged_against(self, token: Token) -> tuple[Party, ...]:
        """ "charges of war crimes against X", "an indictment for genocide against X": the one a
        charge names after "against", on the crime or on the charge."""
        charge = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"of", "for"} else None
        if token.dep_ == "compound" and token.head.lemma_.lower() in CHARGE_NOUNS | self.lexicon.accusation_nouns:
            charge = token.head  # "every war crimes charge against X", "the war crimes findings against X"
        if charge is not None and charge.pos_ == "PROPN" and charge.head.lower_ == "by":
            charge = charge.head.head  # "accusations by X of war crimes against Y": "of" hung on X
        if charge is None or charge.lemma_.lower() not in CHARGE_NOUNS | self.lexicon.accusation_nouns:
            return ()
        against = [p for n in (token, charge) for p in dependents(n, {"prep"}) if p.lower_ == "against"]
        named = [o for a in against for o in dependents(a, {"pobj"}) if self._names_an_actor(o)]
        return self._parties_of(named)  # "offences against the administration of justice" names no one

    def _names_an_actor(self, noun: Token) -> bool:
        """Whether a noun phrase names an actor in its own words ("X", "Xian troops"), not a place."""
        phrase = self.resolver.phrase(noun)
        spans = [s for t in phrase if (s := self.resolver.actor_span(t)) is not None]
        return bool(spans) and all(s.label_ != "place" for s in spans)

    def _stray_by_agents(self, token: Token) -> tuple[Party, ...]:
        """ "Deaths were caused by rocket fire into populated areas by X and Y, in breach of …":
        a passive whose own agent is a thing ("fire"), with the parties' "by" hung on a noun
        further on; those parties are the agents."""
        clause = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if clause is None or not is_passive(clause):
            return ()
        agents = [o for a in dependents(clause, {"agent"}) for o in a.children if o.dep_ == "pobj"]
        if not agents or self._parties_of(agents):
            return ()  # no agent, or a party already: the usual readings apply
        found: list[Party] = []
        for by in (t for t in clause.subtree if t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ == "NOUN"):
            found += [p for p in self.resolver.by_parties(by) if p.kind not in {"person", "place"}]
        return tuple(found)

    def _accused_in_own_voice(self, token: Token, speakers: set[str]) -> tuple[Party, ...]:
        """Who a sentence in the document's voice says did it: the owner of the conduct, else the
        subject or agent of the clauses up to and including the sentence's own verb."""
        beyond = token.sent[-1]  # no reporting verb above: the walk goes up to the root itself
        for found in (self.resolver.owners(token), self._clause_party(token, beyond), self._agents_upward(token, beyond)):
            kept = tuple(p for p in found if p.name not in speakers)
            if kept:
                return kept
        return self._doer_of_conduct_described_before(token, speakers)  # "X recruits boys. These are war crimes."

    def _characterized_clause(self, verb: Token) -> tuple[Party, ...]:
        """ "X did Y, in what Z called genocide", "blamed X for what Z called a massacre": the conduct
        named is the clause the phrase hangs on (the parser may take "for" for a conjunction)."""
        if verb.dep_ not in {"pcomp", "advcl", "ccomp"} or not any(t.lower_ == "what" and t.i < verb.i for t in verb.subtree):
            return ()  # ("ccomp": "ordered X to halt what it called a genocide")
        node = verb.head if verb.dep_ == "pcomp" else verb  # climbing from "in", or from the clause itself
        while node.head != node:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                if frame_kind(node, self.lexicon) == "accuse":  # "X blamed Y, saying its guns fired …, in what it called …"
                    return self._objects_of_accusation(node)
                if frame_kind(node, self.lexicon) == "report":  # "Y drove families out, in what amounts to …, X said"
                    told = [c for c in node.children if c.dep_ == "ccomp" and c.i < verb.i]
                    return next((found for c in told if (found := self._subject_party(c))), ())
                if node.dep_ == "xcomp" and not dependents(node, {"nsubj"}) and dependents(node.head, {"dobj"}):
                    found = self._parties_of(dependents(node.head, {"dobj"}))  # "order Y to halt what X called …": Y halts
                    if found:
                        return found
                found = self._subject_party(node)
                if found:
                    return found
        return ()

    def _named_before(self, token: Token, verb: Token, speakers: set[str]) -> tuple[Party, ...]:
        """When the parse is broken: the last party named between the frame verb and the term, with
        those it is coordinated with ("the encirclement by X and Y, during which …")."""
        low, high = sorted((verb.i, token.i))
        for span in reversed(list(doc_spans(self.doc, "actors"))):
            if not (low < span.start and span.end <= high) or span.label_ == "person":
                continue
            head = span.root.head
            words = self.lexicon.parties
            anchor = head if span.root.dep_ in {"amod", "compound", "poss"} else span.root
            if anchor.lower_ not in words.state_organs | words.groups | words.conduct and anchor != span.root:
                continue
            if anchor.dep_ == "pobj" or anchor.dep_ in {"dobj"}:
                continue  # a victim or a place, not an agent
            if anchor.dep_ == "nsubjpass" and not dependents(anchor.head, {"agent"}):
                continue  # "140,000 Kessarines had been driven across the border": the harmed, not the doer
            if anchor.dep_ == "nsubj" and any(a.lower_ in DEONTIC_MODALS for a in dependents(anchor.head, {"aux"})):
                continue  # "… a war crime no matter which side does it, and Z must prosecute the commanders": asked, not accused
            party = self.resolver.party(anchor) or self.resolver.actor_party(span.root)
            if party is not None and party.name not in speakers:
                first = anchor.head if anchor.dep_ == "conj" and anchor.head.pos_ in {"NOUN", "PROPN"} else None
                fellows = self._parties_of([first, *first.conjuncts]) if first is not None else ()
                return tuple(p for p in fellows if p.name not in speakers) if party in fellows else (party,)
        return ()

    def _objects_of_accusation(self, verb: Token, speakers: frozenset[str] = frozenset()) -> tuple[Party, ...]:
        heads = [self._antecedent(h) for h in dependents(verb, {"nsubjpass"} if is_passive(verb) else {"dobj"})]
        heads = [m for h in heads for m in self._both_meant(h)]
        if not heads and verb.dep_ == "relcl" and not is_passive(verb) and dependents(verb, {"nsubj"}):
            heads = [self._name_of(verb.head)]  # "the militia that its doctors hold responsible", "that" read as a marker
        if not heads and not is_passive(verb):  # "accused neighbouring X of …": the parser made the adjective a verb
            heads = [o for x in dependents(verb, {"xcomp"}) if x.tag_ == "VBG" and x.i == verb.i + 1 for o in dependents(x, {"dobj"})]
        if verb.lemma_.lower() in {"attribute"} | TRACING_VERBS:  # "attributed responsibility for the killings to X"
            # (or "attributed A, and B, to X": the parser hangs "to X" on the last thing attributed)
            things = [t for o in dependents(verb, {"dobj"}) for t in (o, *o.conjuncts)] + [
                c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
            ]
            told_to = [o for h in (verb, *things) for p in dependents(h, {"prep"}) if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
            told_to += [  # "attributed A to X and B to Y", with "B to Y" parsed as X's conjunct
                o for x in list(told_to) for c in x.conjuncts for p in dependents(c, {"prep"}) if p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"
            ]
            told_to += [  # "attribute 804 to X, chiefly its police, and 211 to Y": a further count hung on the apposition
                o for t in verb.subtree if t.tag_ == "CD" and t.dep_ == "conj" for p in dependents(t, {"prep"})
                if p.lower_ == "to" for o in p.children if o.dep_ == "pobj" and o not in told_to
            ]
            if verb.lemma_.lower() == "attribute" or self._parties_of(told_to):
                heads = told_to  # "traced the strike to X's drones"; else "linked X to the killings": X
        warrant = warrant_of(verb)
        if warrant is not None:  # "issued arrest warrants for X and Y"
            preps = [*warrant.children, *verb.children]  # the parser hangs "against X" on either
            heads = [o for p in preps if p.dep_ in {"prep", "dative"} and p.lower_ in {"for", "against"} for o in p.children if o.dep_ == "pobj"]
            heads = heads or [  # "issued a warrant charging X with …"
                o for c in warrant.children if c.dep_ == "acl" and c.lemma_.lower() in self.lexicon.accuse_verbs
                for o in c.children if o.dep_ == "dobj"
            ]
        heads = placed_on(verb) or heads  # "placed primary responsibility on X"
        heads = [h for h in heads if not in_brackets(h)]  # "… the X Court [XC], by …": the parser's stray object
        found = self._parties_of(heads) or self._organs_in_context(heads) or self._unrecognised_names(heads)
        if any(p.name in speakers for p in found) and len(heads) == 1 and self._refers(heads[0]):
            other = self.resolver.refer_back(heads[0], excluding=speakers)  # "X accused the group of …"
            return (other,) if other is not None else ()
        if len(heads) == 1 and heads[0].lower_ in {"him", "her"}:
            tellers = self._tellers_outside(verb)
            if any(p.name in tellers for p in found):  # "A said on Monday, a day after judges charged him, …": not A
                other = self.resolver.refer_back(heads[0], excluding=speakers | tellers)
                return (other,) if other is not None else ()
        return found

    def _antecedent(self, pronoun: Token) -> Token:
        """ "X, whom it holds responsible for …", "Y, the militia that reporters hold responsible
        for …": a relative pronoun stands for the noun its clause hangs on, and a description in
        apposition for the name before it."""
        if pronoun.lower_ not in {"whom", "who", "that", "which"} or pronoun.head.dep_ != "relcl":
            return pronoun
        return self._name_of(pronoun.head.head)

    def _name_of(self, noun: Token) -> Token:
        """A description in apposition ("X, the militia …") stands for the name before it."""
        if noun.dep_ == "appos" and self.resolver.party(noun) is None and self.resolver.party(noun.head) is not None:
            return noun.head
        return noun

    def _both_meant(self, pronoun: Token) -> list[Token]:
        """ "warrants for A and B, accusing both of war crimes": "both" stands for the latest pair of
        coordinated parties before it in the sentence."""
        if pronoun.lower_ != "both" or pronoun.pos_ not in {"PRON", "DET"}:
            return [pronoun]
        for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            pair = [token, *token.conjuncts]
            if token.dep_ != "conj" and len(pair) > 1 and all(self.resolver.party(t) is not None for t in pair):
                return pair
        return [pronoun]

    def _tellers_outside(self, verb: Token) -> frozenset[str]:
        """Who tells something in ``verb``'s sentence without ``verb`` being in what they tell."""
        names = set()
        for teller in (t for t in verb.sent if t.dep_ == "nsubj" and frame_kind(t.head, self.lexicon) == "report"):
            told = {w.i for c in teller.head.children if c.dep_ in {"ccomp", "xcomp"} for w in c.subtree}
            party = self.resolver.party(teller) or self.resolver.actor_party(teller)
            if party is not None and verb.i not in told and teller.head != verb:
                names.add(party.name)
        return frozenset(names)

    def _unrecognised_names(self, heads: list[Token]) -> tuple[Party, ...]:
        """ "X accused the Dalai Lama of …": whom an accusing verb names as its object is the
        accused even when the recogniser missed the name (never a place or a date)."""
        found = (self._unrecognised_name(t) for h in heads for t in (h, *h.conjuncts))
        return tuple(p for p in found if p is not None)

    def _unrecognised_name(self, head: Token) -> Party | None:
        span = self.resolver.actor_span(head)
        if span is not None and span.label_ == "place" and span.kb_id_ == span.text and head.ent_type_ == "GPE":
            return Party(span.text, "other", span.text, span.start_char, span.end_char)  # "accused Xland of …": a polity, not where
        capitalised = head.pos_ == "NOUN" and head.text[:1].isupper() and head.i > head.sent.start  # "accused the Front of …"
        if (head.pos_ == "PROPN" or capitalised) and head.ent_type_ not in PLACE_ENTITIES and span is None:
            phrase = capitalised_run(self.resolver.phrase(head))
        elif head.tag_ in {"NNS", "NNPS"} and any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in head.children):
            phrase = self.resolver.phrase(head)  # "blamed Bosnian Muslims": a people named by its nationality or faith
        else:
            return None
        return Party(phrase.text, "other", phrase.text, phrase.start_char, phrase.end_char)

    def _organs_in_context(self, heads: list[Token]) -> tuple[Party, ...]:
        """ "accused the military of …": the armed organ of the one state the passage names."""
        states = {s.kb_id_: s for s in self.doc.spans["actors"] if s.label_ == "state"}
        if len(states) != 1:
            return ()
        [state] = states.values()
        return tuple(
            Party(state.kb_id_, "state", head.text, head.idx, head.idx + len(head.text))
            for head in heads
            if head.lower_ in ARMED_ORGANS and not any(c.dep_ in {"amod", "compound", "poss"} for c in head.children)
        )

    def _refers(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.parties.org_references or token.lower_ in {"it", "they", "them"}

    def _parties_of(self, heads: list[Token]) -> tuple[Party, ...]:
        parties: list[Party] = []
        for head in heads:
            if head.lemma_.lower() in self.lexicon.accusation_nouns and self.resolver.actor_span(head) is None:
                continue  # "the report", "the allegations": what is said, not who did it
            listed = [c for c in head.children if c.dep_ == "appos" and self._listed_apposition(head, c)]  # "A, B and C"
            conjuncts = [c for c in head.conjuncts if not self._attributed_on_its_own(head, c)]
            for token in [head, *conjuncts, *[t for a in listed for t in (a, *a.conjuncts)]]:
                token = self._named_in_apposition(token) or token  # "… and its largest member, the Y": Y
                sides = list(self.resolver.sides(token)) or self._coordinated_kinds(token)  # "both sides", "all parties: X, Y"
                harmed = token.lower_ in {"civilians", "civilian"}  # the resolver tells when civilians did the deed
                doer = self.resolver.party(token) or (None if harmed else self.resolver.actor_party(token))
                owners = self.resolver.owners(token) if doer is None else ()  # "the encirclement by X and the allied Y"
                doer = doer or (owners[0] if owners else None)
                named = [
                    doer,
                    *owners[1:],
                    *(self._acl_helpers(token) if doer is not None else ()),  # "…, carried out by X with the help of Y,"
                    *self._coordinated_modifiers(token),
                    *self._persons_included(token),
                    *self._supporters(token),
                ]
                for party in sides or [p for p in named if p is not None] or self._controllers(token):
                    if party is not None and party.name not in {p.name for p in parties}:
                        parties.append(party)
                for other in self._coordinated_in_of_phrase(token, parties):
                    if other.name not in {p.name for p in parties}:
                        parties.append(other)
        return tuple(parties)

    @staticmethod
    def _attributed_on_its_own(head: Token, conjunct: Token) -> bool:
        """ "attributed A to X and B to Y", parsed with "B" a conjunct of X: B is another deed, not a doer."""
        return head.dep_ == "pobj" and head.head.lower_ == "to" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in conjunct.children
        )

    def _named_in_apposition(self, token: Token) -> Token | None:
        """The name in apposition to a party's member or ally that names no one ("its largest member, the Y")."""
        relational = MEMBER_NOUNS | self.lexicon.parties.allies | {"wing", "branch"}
        if token.lower_ not in relational or self.resolver.actor_span(token) is not None:
            return None
        return next(
            (a for a in token.children if a.dep_ == "appos" and (span := self.resolver.actor_span(a)) is not None and span.label_ != "place"),
            None,
        )

    @staticmethod
    def _summing_subjects_telling(token: Token, stop: Token) -> Token | None:
        """The reporting relative clause on the summing subject of a verb above the term, below the frame."""
        for node in token.ancestors:
            if node == stop:
                return None
            for subject in (s for s in node.children if s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in SUMMING_NOUNS):
                return next((c for c in subject.children if c.dep_ == "relcl"), None)
        return None

    def _doer_of_deeds_which(self, verb: Token) -> tuple[Party, ...]:
        """ "X had taken aid workers hostage and used villagers as shields, both of which it described
        as war crimes": the relative's "which" is the deeds told before it; their doer is accused."""
        if verb.dep_ not in {"relcl", "advcl", "conj"} or not names_deeds_by_which(verb):
            return ()
        for deed in (verb.head, *verb.head.conjuncts):
            if deed.i < verb.i and deed.pos_ == "VERB" and self._does_harm(deed) and frame_kind(deed, self.lexicon) is None:
                found = self._subject_party(deed)
                if found:
                    return found
        return ()

    def _owner_of_the_deed_which(self, verb: Token) -> tuple[Party, ...]:
        """ "blamed Y's siege of the town, which it said amounted to collective punishment": the
        relative's "which" is the deed it hangs on; whoever that deed is said to be by is accused."""
        deed = verb.head
        if not deed_which_the_accuser_names(verb, self.lexicon.report_verbs, self.lexicon.accuse_verbs):
            return ()
        if self.resolver.actor_span(deed) is not None or not self._names_conduct(deed):
            return ()
        return tuple(p for p in self.resolver.owners(deed) or self.resolver.agents(deed) if not self.resolver.is_location(p))

    def _doer_of_deed_summed_up(self, verb: Token) -> tuple[Party, ...]:
        """ "… cases in which X beat prisoners, conduct it said may amount to war crimes": a noun
        that sums up the deed just told ("conduct", "acts", "practices"), with the frame as its
        relative clause, is that deed; its doer is the subject of the harmful verb before it."""
        summary = verb.head
        after_comma = summary.left_edge.i > 0 and summary.doc[summary.left_edge.i - 1].text == ","  # "…, a pattern …"
        summing = summary.lower_ in SUMMING_NOUNS or (after_comma and summary.lower_ in INCIDENT_SUMMARIES)
        if verb.dep_ not in {"relcl", "ccomp"} or not summing:
            return ()  # "ccomp": "conduct it regards as …" with "conduct" taken for a verb
        if summary.dep_ == "conj" and summary.head.pos_ == "VERB" and frame_kind(summary.head, self.lexicon) is None:
            found = self._subject_party(summary.head)  # "X carried off grain, conduct …": the verb it is conjoined to
            tellers = {p.name for s in dependents(verb, {"nsubj"}) for p in [self.resolver.party(s)] if p is not None}
            if found and not tellers & {p.name for p in found}:  # not "the Board voiced concern …, acts the Board said …"
                return found
        if summary.head == summary:  # the parser made the summing noun the root, the deed its clause
            told = [t for t in summary.subtree if t.i < summary.i and t.pos_ == "VERB"]
        elif summary.dep_ in {"nsubj", "nsubjpass"} and after_comma:  # "…, a pattern the mission said amounted to …"
            told = [t for t in summary.sent if t.i < summary.i and t.pos_ == "VERB"]
        elif summary.dep_ == "appos":  # "… holding them in disused mine shafts, a practice …" hung on the last noun
            clause = next((a for a in summary.ancestors if a.pos_ == "VERB"), summary.head)
            told = [t for t in clause.subtree if t.i < summary.i and t.pos_ == "VERB" and t not in summary.subtree]
        else:
            told = [t for t in summary.head.subtree if t.i < summary.i and t.pos_ == "VERB" and t not in summary.subtree]
        for deed in reversed(told):
            if self._does_harm(deed) and not dependents(deed, {"neg"}) and frame_kind(deed, self.lexicon) is None:
                found = self._subject_party(deed)
                if found:
                    return found
        if any(is_passive(d) and d.lemma_.lower() in HARM_VERBS | SUFFERED_DEEDS for d in told):
            return self._custody_told_before(summary)  # beaten "while in the custody of X": X answers for it
        return ()

    def _doer_of_the_incident_told_before(self, token: Token, verb: Token) -> tuple[Party, ...]:
        """ "The air force said its strike on a former school had destroyed a command post. The
        alliance said the strike appeared to have been indiscriminate": "the strike", with no doer of its
        own, is the strike the paragraph told before; whoever it was said to be by is accused."""
        clause = next((a for a in [token, *token.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
        while clause is not None and clause.dep_ == "xcomp" and not dependents(clause, {"nsubj", "nsubjpass"}):
            clause = clause.head  # "the strike appeared to have been indiscriminate": the subject of "appeared"
        if clause is None or clause == verb or clause.lemma_.lower() not in CHARACTERIZING_VERBS:
            return ()  # only what the incident is said to be: "the strike appeared to have been indiscriminate"
        incidents = self.lexicon.parties.incidents
        subjects = [s for s in dependents(clause, {"nsubj", "nsubjpass"}) if s.lower_ in incidents]
        subject = subjects[0] if len(subjects) == 1 else None
        if subject is None or not any(d.lower_ == "the" for d in subject.children) or self.resolver.owners(subject):
            return ()
        for sent in sentences_before_in_paragraph(token.sent, 3):
            for earlier in (t for t in sent if t.lemma_ == subject.lemma_):
                doers = tuple(p for p in self.resolver.owners(earlier) or self.resolver.agents(earlier) if not self.resolver.is_location(p))
                if doers:
                    return doers
        return ()

    def _doer_of_practice_concluded_on(self, token: Token, verb: Token) -> tuple[Party, ...]:
        """ "X held 214 people in secret sites, the group said, concluding that the practice amounted
        to enforced disappearance": "the practice" a second reporting verb names is the deed the
        first one told; its doer is that deed's subject."""
        clause = next((a for a in [token, *token.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
        if clause is None or clause.head != verb or verb.dep_ not in {"advcl", "conj"}:
            return ()
        if not any(s.lower_ in SUMMING_NOUNS and any(d.lower_ in {"the", "this", "such", "these"} for d in s.children)
                   for s in dependents(clause, {"nsubj", "nsubjpass"})):
            return ()
        first = verb.head
        if frame_kind(first, self.lexicon) != "report":
            return ()
        for deed in dependents(first, {"ccomp"}):
            if self._does_harm(deed) and not dependents(deed, {"neg"}) and frame_kind(deed, self.lexicon) is None:
                return self._subject_party(deed)
        return ()

    def _acl_helpers(self, noun: Token) -> tuple[Party, ...]:
        helped = tuple(p for c in noun.children if c.dep_ == "acl" and dependents(c, {"agent"}) for p in self.resolver.helpers(c))
        return helped + self._acting_together_with(noun)

    def _acting_together_with(self, noun: Token) -> tuple[Party, ...]:
        """ "officers of X, acting together with personnel of Y, subjected men to torture": Y did it with X."""
        found: list[Party] = []
        for clause in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in {"act", "operate", "work"}):
            joint = any(a.lower_ in {"together", "jointly"} for a in clause.children if a.dep_ == "advmod")
            for with_ in (p for p in clause.children if p.dep_ == "prep" and ((p.lower_ == "with" and joint) or p.lower_ == "alongside")):
                found += list(self.resolver.pobj_parties(with_))
        return tuple(found)

    def _coordinated_in_of_phrase(self, token: Token, found: list[Party]) -> list[Party]:
        """ "members of X and Y": the head named X through its "of"; Y, coordinated there, too."""
        others: list[Party] = []
        for pobj in (o for p in dependents(token, {"prep"}) if p.lower_ == "of" for o in dependents(p, {"pobj"})):
            first = self.resolver.party_or_owner(pobj)
            if first is None or first.name not in {p.name for p in found}:
                continue
            others += [q for c in pobj.conjuncts if (q := self.resolver.party_or_owner(c)) is not None]
        return others

    def _controllers(self, token: Token) -> list[Party]:
        """ "terrorist cells run by X", "gunmen directed by X": who runs the unnamed doers."""
        if self.resolver.party_or_owner(token) is not None:
            return []
        found: list[Party] = []
        for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in CONTROL_VERBS):
            found += [p for a in dependents(clause, {"agent"}) for p in self.resolver.by_parties(a)]
        return found

    def _listed_apposition(self, head: Token, appos: Token) -> bool:
        """Whether the parser's "apposition" is the next item of a list ("A, B and C"): it has
        conjuncts, or "and" opens it, or it names another person than the head does; not "X forces,
        chiefly military intelligence", which singles out a part of the head."""
        if any(c.dep_ == "advmod" and c.lower_ in SINGLING_OUT for c in appos.children):
            return False
        if appos.conjuncts:
            return True
        edge = appos.left_edge.i
        if edge > 0 and self.doc[edge - 1].lower_ in {"and", "or"}:
            return True
        own, other = self.resolver.actor_span(head), self.resolver.actor_span(appos)
        return own is not None and other is not None and own.label_ == other.label_ == "person" and own.kb_id_ != other.kb_id_

    def _persons_included(self, head: Token) -> list[Party]:
        """ "the generals, including Commander-in-Chief X", "armed groups, including Y": a member
        named among a class of accused is accused too; a named organisation's part ("X,
        including its armed wing") is only a part of the one accused."""
        members_of_a_class = head.tag_ == "NNS" and self.resolver.actor_span(head) is None
        found = []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "including"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for token in (pobj, *pobj.conjuncts):
                    party = self.resolver.party(token) or (self.resolver.actor_party(token) if members_of_a_class else None)
                    if party is not None and (party.kind == "person" or members_of_a_class):
                        found.append(party)
        return found

    def _supporters(self, head: Token) -> list[Party]:
        """ "the army, with X's active support, killed …", "with the backing of X": whoever the
        accused acted with the support of is accused with it (an accomplice, not a bystander)."""
        found = []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"):
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SUPPORT_NOUNS):
                owner = self.resolver.owner(noun)
                if owner is None:
                    owner = next((p for of in noun.children if of.dep_ == "prep" and of.lower_ == "of" for p in self.resolver.pobj_parties(of)), None)
                if owner is not None:
                    found.append(owner)
        return found

    def _coordinated_kinds(self, head: Token) -> list[Party]:
        """ "government and opposition forces": two kinds of forces, so two parties; the
        government's are its state's where the passage names one state."""
        words = self.lexicon.parties
        if head.lower_ not in words.state_organs | words.groups:
            return []
        modifiers = [c for c in head.children if c.dep_ in {"nmod", "compound", "amod"} and c.pos_ in {"NOUN", "ADJ"} and c.conjuncts]
        if len(modifiers) != 1 or self.resolver.actor_span(modifiers[0]) is not None:
            return []
        found = []
        for modifier in (modifiers[0], *modifiers[0].conjuncts):
            if self.resolver.actor_span(modifier) is not None:
                return []  # "Xian and government forces": named parties are read elsewhere
            state = self.resolver.sole_state() if modifier.lower_ in words.state_organs else None
            surface = f"{modifier.text} {head.text}"
            if state is not None:
                found.append(Party(state.kb_id_, "state", surface, modifier.idx, head.idx + len(head.text)))
            else:
                found.append(Party(surface, "armed_group", surface, modifier.idx, head.idx + len(head.text)))
        return found

    def _coordinated_modifiers(self, head: Token) -> list[Party]:
        """ "Xian and Yian forces": each coordinated adjective names a party of its own."""
        words = self.lexicon.parties
        if head.lower_ not in words.state_organs | words.groups:
            return []
        found = []
        own = self.resolver.actor_span(head)
        for child in head.children:
            if child.dep_ in {"amod", "nmod", "compound"} and child.conjuncts:
                # "Ilvarethi and Jorvendali forces": the parser may hang the first on the noun and the second,
                # with the noun, in one name; each modifier outside the noun's own name is a party
                for other in (child, *child.conjuncts):
                    span = self.resolver.actor_span(other)
                    if span is not None and span != own:
                        found.append(Party(span.kb_id_, span.label_, span.text, span.start_char, span.end_char))
        return found

    def _clause_party(self, token: Token, stop: Token) -> tuple[Party, ...]:
        """The subject (or passive agent) of each verb between the term and the frame verb."""
        if token.pos_ == "VERB":  # the term is the verb itself: "X targeted civilians"
            found = self._subject_party(token)
            if found:
                return found
            if token.dep_ == "relcl" and is_passive(token):
                return ()  # "… the attack, in which six men were killed": the clause above did not kill
        if token.lemma_ == "responsible" and token.dep_ == "ccomp" and dependents(token, {"nsubj"}):
            found = self._subject_party(token)  # "holds the government in Z fully responsible", parsed as a clause
            if found:
                return found
        node = token
        while node != stop and node.head != node:
            node = node.head
            if node == stop:
                break
            if frame_kind(node, self.lexicon) == "report" and (speaks_in_first_person(node) or node.dep_ == "relcl"):
                continue  # "our teams documented bodies of people killed …", "a report which said a strike …": tellers, not doers
            if node.lemma_.lower() in CALLING_VERBS and any(o.lower_ == "what" for o in dependents(node, {"dobj"})):
                continue  # "denied carrying out what X had called a massacre": X names the deed, it did not do it
            taken_as = [p for h in (node, *dependents(node, {"dobj"})) for p in dependents(h, {"prep"}) if p.lower_ == "as"]
            if node.lemma_.lower() in REGARDING_VERBS and taken_as and not is_passive(node):
                continue  # "his office no longer regarded the looting as the work of criminals": it names, it did not loot
            if node.pos_ in {"VERB", "AUX"} and node.dep_ == "pcomp":
                found = self._characterized_clause(node)  # "…, in what Z calls aggression": Z names it, the clause did it
                if found:
                    return found
            if node.pos_ in {"VERB", "AUX"} or node.lemma_ in {"responsible", "guilty", "complicit"}:
                found = self._subject_party(node)
                if found:
                    return found
            if node.lemma_.lower() == "responsibility" and node.dep_ == "appos" and self._shared_by_modifier(node):
                found = self._parties_of([node.head])  # "X, a unit fighting alongside them, shared responsibility …"
                if found:
                    return found
            if node.lemma_.lower() == "responsibility":  # "X and Y bore responsibility", "bore" mis-parsed as a modifier
                for bear in (c for c in node.children if c.lower_ in {"bear", "bears", "bore", "borne"} and c.i < node.i):
                    found = self._parties_of([c for c in bear.children if c.dep_ in {"nsubj", "nmod", "compound"}])
                    if found:
                        return found
                    both = [c for c in node.children if c.lower_ == "both" and c.i < bear.i]
                    if both:  # "… believe both bore responsibility", "both" taken for the noun's determiner
                        return self.resolver.pair_named_before(both[0])
        if stop.lemma_.lower() in CALLING_VERBS:
            heads = [
                c for c in stop.children  # "finds X, Y's armed wing, chiefly responsible": the parser hung it on Y
                if c.dep_ in {"dobj"} and (
                    token not in c.subtree
                    or any(t.lemma_ in {"responsible", "guilty", "complicit"} for t in [token, *token.ancestors] if t in c.subtree)
                ) and c.lower_ not in {"it", "this", "that"}  # "called it a war crime": "it" is the deed, no party
            ]
            return self._parties_of(heads)
        return ()

    def _responsible_for_what_was_told(self, token: Token) -> bool:
        """ "…, and that the ministry, which ordered the blockade, is responsible for it": "it", "them",
        "these crimes" point at the crime just alleged; so does "X holds Y responsible" with no "for"."""
        if token.lemma_.lower() != "responsible" or token.pos_ != "ADJ" or dependents(token, {"neg"}) or dependents(token.head, {"neg"}):
            return False
        objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        if not objects and token.head.lemma_.lower() == "hold" and not any(p.dep_ == "prep" for p in token.children):
            return True  # "The Ministry holds the government in Z fully responsible": for what it just told
        return any(o.lower_ in {"it", "them", "this", "these", "those"} or self._points_back_at_conduct(o) for o in objects)

    @staticmethod
    def _shared_by_modifier(noun: Token) -> bool:
        """ "shared responsibility" with the verb taken for the noun's modifier."""
        return any(c.lemma_.lower() in {"share", "bear", "bore"} and c.dep_ in {"amod", "compound"} and c.i < noun.i for c in noun.children)

    def _listed(self, verb: Token) -> list[Token]:
        """ "X remains listed for abductions", "Y, cited for sexual slavery": who a list names for its deeds."""
        if not is_listed(verb, self.lexicon):
            return []
        if verb.dep_ == "acl":
            return [verb.head]
        if remains_so(verb) or (verb.dep_ == "advcl" and not is_passive(verb)):  # "X remain listed", "X is, cited for"
            return dependents(verb.head, {"nsubj", "nsubjpass"})
        return dependents(verb, {"nsubjpass", "nsubj"})

    def _with_helpers(self, doers: tuple[Party, ...], verb: Token) -> tuple[Party, ...]:
        """The doers and who helped them: "committed by X with the support of Y" accuses both."""
        if not doers:
            return doers
        return doers + tuple(p for p in self.resolver.helpers(verb) if p.name not in {d.name for d in doers})

    def _subject_party(self, verb: Token) -> tuple[Party, ...]:
        listed = self._listed(verb)
        if listed:
            return self._parties_of(listed)
        if is_passive(verb):
            agents = [c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "conj" and c.lower_ == "by")]
            agents += [c for a in agents for c in a.conjuncts if c.lower_ == "by" and c not in agents]  # "by X and by Y"
            agents = agents or agent_hung_on_adjunct(verb)
            if agents:  # "committed by X in A, by Y in B, and by Z": every agent listed
                return self._with_helpers(self._parties_of([o for a in agents for o in a.children if o.dep_ == "pobj"]), verb)
            subjects = dependents(verb, {"nsubjpass"})
            holders = self._detaining_party(subjects)
            if holders:
                return holders
            attackers = self._attackers_when_harmed(verb)
            if attackers:
                return attackers
            if verb.lemma_ in {"find", "hold", "accuse", "charge", "convict", "indict", "investigate", "prosecute", "try", "punish"}:
                return self._parties_of(subjects)
            if warrant_of(verb) is not None:  # "a warrant had been issued for X on terrorism charges": X
                return self._objects_of_accusation(verb)
            if verb.lemma_.lower() in CALLING_VERBS | {"classify", "qualify", "regard"} and any(
                p.lower_ == "as" for p in dependents(verb, {"prep"})
            ):  # "X's removal of children could be characterised as …": the conduct named is X's
                owned = [p for s in subjects for p in (self.resolver.owner(s), *self.resolver.agents(s)) if p is not None]
                if owned:
                    return tuple(dict.fromkeys(owned))
            if any(c.lemma_.lower() == "charge" for p in dependents(verb, {"prep"}) for c in p.children):
                return self._parties_of(subjects)
            return ()
        agents = [o for a in dependents(verb, {"agent"}) for o in a.children if o.dep_ == "pobj"]
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and agents and not dependents(verb, {"nsubj"}):
            if verb.lemma_.lower() in CUSTODY_VERBS and names_a_place(verb.head):
                return ()  # "the capital held by X": a place in X's hands, no deed against anyone
            return self._with_helpers(self._parties_of(agents), verb)  # "187 people held incommunicado by X": a reduced passive
        if verb.tag_ == "VBG" and not dependents(verb, {"nsubj"}) and not frame_kind(verb, self.lexicon):
            bys = agents or [o for p in dependents(verb, {"prep"}) if p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
            if bys:
                return self._parties_of(bys)  # "Shelling by X killed 31": a gerund naming the deed, parsed as a verb with its agent
        subjects = dependents(verb, {"nsubj"})
        cleft = cleft_focus(verb, subjects)
        if cleft:
            return self._parties_of(cleft)  # "it is X whose rockets fell …, in breach of …": X
        if says_what_conduct_is(verb, subjects):
            return ()  # "… . It is a war crime": the pronoun is the conduct just told, not a party
        if not subjects and verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
            subjects = dependents(verb.head, {"nsubj", "nsubjpass"})
            focus = cleft_focus(verb.head, subjects)
            if focus:  # "it is X that has starved the city, turned back convoys and …": X did the later deeds too
                return self._parties_of(focus)
        if not subjects:
            subjects = subject_left_on_a_participle(verb)
        if not subjects and seen_doing(verb) and self._does_harm(verb):
            subjects = [verb.head]  # "footage shows fighters of X shooting prisoners": the fighters shoot
        if not subjects and finite_verb_hung_on_noun(verb):
            subjects = [verb.head]  # "X – a militia – killed four": the parser made the verb X's modifier
        if not subjects:
            subjects = subject_taken_for_apposition(verb)
        relative = verb if verb.dep_ == "relcl" else verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else None
        if relative is not None and relative.head.pos_ in {"NOUN", "PROPN"} and any(
            s.lower_ in {"who", "which", "that"} or any(c.lower_ == "whose" for c in s.children) for s in subjects
        ):  # "four commanders who took part in them"; "it is the X army whose shells fell on …"; "who … and hides …"
            subjects = [relative.head]
            first = relative.head.head if relative.head.dep_ == "conj" else None
            if first is not None and first.dep_ == "attr" and cleft_focus(first.head, dependents(first.head, {"nsubj"})):
                subjects = [first]  # "It is X and Y who have starved …": both
            target = is_somewhere(relative.head) or self._named_in_target_of_conduct(relative.head)
            if target and any(s.lower_ == "which" for s in dependents(relative, {"nsubj"})):
                return self._doer_of_conduct_at_place(relative.head)  # "fire on areas of X, which amounted to …"
            if relative.head.dep_ == "appos" and relative.head.lower_ in self.lexicon.parties.org_references | BODY_KIND_NOUNS:
                subjects = [relative.head.head]  # "X, an organisation that has fired on convoys": X
        parties = self._parties_of(subjects)
        if parties:
            return parties
        for subject in subjects:  # "X's actions amount to …", "the killing by X constituted …"
            owner = self.resolver.owner(subject)
            if owner is not None:
                return (owner,)
            sides = [p for s in dependents(subject, {"poss"}) for p in self.resolver.sides(s)]
            if sides:  # "both sides' use of explosive weapons in towns may amount to …"
                return tuple(sides)
        for subject in subjects:  # "the removal of residents from the districts by X constitutes …"
            found = self.resolver.agents(subject)
            if found:
                return found
        return ()

    def _attackers_when_harmed(self, verb: Token) -> tuple[Party, ...]:
        """ "40 villagers were killed when gunmen from X stormed the hamlet": a harm told in the
        passive with no agent, at the moment a party attacked, is that party's."""
        if verb.lemma_.lower() not in HARM_VERBS and not self.resolver.in_act_term(verb):
            return ()
        for clause in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in HOSTILE_VERBS):
            if any(m.lower_ in {"when", "as"} and m.dep_ in {"advmod", "mark"} for m in clause.children) and not is_passive(clause):
                return self._parties_of(dependents(clause, {"nsubj"}))
        return ()

    def _named_in_target_of_conduct(self, token: Token) -> bool:
        """ "attacks by X on the hospitals of Dalvorn, which constitute …": a name owning what the
        conduct was aimed at ("on"/"against" the hospitals), not who acted."""
        owned = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        target = owned.head if owned is not None else None
        aim = target.head if target is not None and target.dep_ == "pobj" else None
        return aim is not None and aim.lower_ in {"on", "against", "at"} and self._names_conduct(aim.head)

    def _doer_of_conduct_at_place(self, place: Token) -> tuple[Party, ...]:
        """ "… resulted from rocket fire on residential areas of X, which amounted to indiscriminate
        attacks": the parser hangs "which" on the place; what amounted to the crime is the conduct
        above it ("fire"), done by whoever the clause says caused it ("the deaths caused by Y")."""
        node = place
        while node.head != node and not (node.pos_ == "NOUN" and self._names_conduct(node)):
            node = node.head
        if node.pos_ == "NOUN":  # "X's shelling of residential areas of Y, which …"
            found = self.resolver.owner(node)
            return (found,) if found is not None else self._agents_upward(node, node.sent.root)
        # the clause's verb: "the deaths caused by X resulted from fire on areas of Y, which …"
        return tuple(p for s in dependents(node, {"nsubj", "nsubjpass"}) for p in self._agents_under(s))

    def _agents_under(self, subject: Token) -> tuple[Party, ...]:
        """ "Most of the deaths caused by X": the agent of a reduced passive inside the subject."""
        for token in subject.subtree:
            if token.dep_ == "agent":
                return self._parties_of([o for o in token.children if o.dep_ == "pobj"])
        return ()

    def _custody_it_happened_in(self, token: Token, stop: Token) -> tuple[Party, ...]:
        """ "torture from Xian captivity", "abused in the custody of X": the detaining power answers
        for what is done to those it holds (Third Geneva Convention, art. 12)."""
        for node in (t for t in [token, *token.ancestors] if t.i != stop.i):
            for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in {"in", "from", "during", "under"}):
                for place in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in CUSTODY_NOUNS):
                    found = self._holders(place)
                    if found:
                        return found
            if node.head == stop or node.head == node:
                break
        return ()

    def _holders(self, custody: Token) -> tuple[Party, ...]:
        """Who holds people in ``custody``: "Xian captivity", "X's custody", "the custody of X"."""
        holders = [c for c in custody.children if c.dep_ in {"compound", "amod", "poss"}]
        holders += [o for of in custody.children if of.dep_ == "prep" and of.lower_ == "of" for o in of.children if o.dep_ == "pobj"]
        return tuple(p for h in holders for p in [self.resolver.party(h) or self.resolver.actor_party(h)] if p is not None)

    def _custody_told_before(self, summary: Token) -> tuple[Party, ...]:
        """ "prisoners who were beaten … while in the custody of X, treatment it described as …":
        the detaining power named in the clause the summing noun sums up."""
        for token in (t for t in summary.sent if t.i < summary.i and t.lemma_.lower() in CUSTODY_NOUNS):
            if token.dep_ == "pobj" and token.head.lower_ in {"in", "under"}:
                found = self._holders(token)
                if found:
                    return found
        return ()

    def _detaining_party(self, subjects: list[Token]) -> tuple[Party, ...]:
        """ "Detainees held by X were subjected to torture": whoever holds people answers for
        what is done to them in its custody, when the sentence names no other agent."""
        for subject in subjects:
            for clause in (c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in CUSTODY_VERBS):
                for agent in dependents(clause, {"agent"}):
                    found = self.resolver.pobj_parties(agent)
                    if found:
                        return found
        return ()

    def _agents_upward(self, token: Token, stop: Token) -> tuple[Party, ...]:
        """An agent phrase on the term or on a word above it, below the frame verb:
        "evidence of war crimes by X", "acts that amount to crimes on the part of X"."""
        node = token
        while node != stop:
            for holder in (node, *node.conjuncts):
                found = self.resolver.agents(holder)
                if found:
                    return found
            if node.head == node:
                break
            node = node.head
        if node == stop and dependents(stop, {"nsubj"}) and not is_passive(stop):
            for prep in (c for c in stop.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > token.i):
                found = [p for b in (prep, *prep.conjuncts) for p in self.resolver.by_parties(b)]
                return tuple(found)  # "X found cases of torture … by Y (and by Z)": "by Y" hung on "found"
        return ()

    def _conduct_it_happened_in(self, token: Token, stop: Token) -> tuple[Party, ...]:
        """ "270 people were killed in the X attacks", "died during Yian air strikes": the author
        of the conduct the harm happened in."""
        conduct = self.lexicon.parties.conduct | self.lexicon.parties.incidents
        for verb in (t for t in [token, *token.ancestors] if t.pos_ == "VERB"):
            if verb == stop:
                break
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during", "amid"}):
                for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in conduct):
                    owner = self.resolver.owner(pobj)
                    found = (owner,) if owner is not None else self.resolver.agents(pobj)
                    if found:
                        return found
        return ()

    def _agent_in_clause(self, token: Token, stop: Token) -> tuple[Party, ...]:
        """When the parse of the reported clause is broken: an agent phrase ("… by X") in it."""
        clause = token
        while clause.head != stop and clause.head != clause:
            clause = clause.head
        if clause.head != stop or clause.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
            return ()
        for word in clause.subtree:
            if word.dep_ == "agent" or (word.dep_ == "prep" and word.lower_ == "by"):
                if not self._names_conduct(word.head):
                    continue  # "evidence gathered by X": X gathered, X did not do the wrong
                found = self.resolver.agents(word.head)
                if found:
                    return found
        return ()

    def _names_conduct(self, token: Token) -> bool:
        """Whether a word names wrongdoing: a legal term, or conduct ("attacks", "siege")."""
        in_term = self.resolver.in_legal_term(token)
        return in_term or token.lemma_.lower() in self.lexicon.parties.conduct or token.lower_ in self.lexicon.parties.conduct

    def _owners_upward(self, token: Token, stop: Token) -> tuple[Party, ...]:
        node = token
        for _ in range(4):
            if node != token and node.lemma_.lower() in self.lexicon.accusation_nouns:
                return ()  # "Y's suggestion of a war crime": Y suggests it, Y did not do it
            owners = self.resolver.owners(node)
            if owners:
                return owners
            if node.head == node or node.head == stop:
                return ()
            node = node.head
        return ()

    def _doer_of_conduct_described_before(self, token: Token, speakers: set[str]) -> tuple[Party, ...]:
        """ "Villages were emptied by Xian troops. … These removals may amount to …": conduct
        pointed back at ("these removals", "such acts"), or named by a gerund with no doer of its
        own ("Enlisting children is a war crime"), is by whoever the paragraph's sentences before
        said did it: a passive's agent, or the subject of a verb that is not a saying."""
        pointer = next(
            (
                t for t in token.sent
                if t.dep_ in {"nsubj", "nsubjpass"} and not cleft_focus(t.head, [t]) and (
                    self._points_back_at_conduct(t) or self._part_of_conduct_pointed_at(t) or self._generic_conduct_quoted(t)
                    or self._gerund_taken_for_adjective(t)
                )  # (not the "it" of "It is X that shelled …")
                or t.dep_ == "csubj" and not dependents(t, {"nsubj"})  # "what we documented was …" names no conduct
            ),
            None,
        )  # "these removals …", "Conscripting children is a war crime": the conduct the paragraph just told
        pointer = pointer or next(
            (
                t for t in token.sent
                if t.dep_ == "dobj" and t.head.lemma_.lower() in CALLING_VERBS
                and next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None) == t.head
                and self._points_back_at_conduct(t)
            ),
            None,
        )  # "called the abductions hostage-taking", "called it a war crime"
        pointer = pointer or next(
            (
                t for t in token.sent
                if t.dep_ == "dobj" and frame_kind(t.head, self.lexicon) == "report" and self._points_back_at_conduct(t)
                and any(x.dep_ == "xcomp" and x.lemma_ in {"constitute", "amount", "be"} for x in t.head.children)
            ),
            None,
        )  # "the Mission considers these acts to constitute crimes against humanity"
        if pointer is None and self._named_crimes_pointed_at(token):
            pointer = token  # "We call on the Court to investigate these war crimes": the crimes just told
        if pointer is None and self._said_to_exist(token):
            pointer = token  # "the damage indicates that there were violations of IHL": by those who did the damage told
        if pointer is None or any(c.dep_ in {"nsubj", "poss"} for c in pointer.children):
            return ()
        told = self._told_before_in_the_sentence(pointer, speakers)
        if told:  # "X concluded that Y is responsible for torture …; the Mission considers these acts to constitute …"
            return told
        blamed = self._blamed_before(pointer, token.sent)  # "X attributed the salvo to Y and said the strike …"
        kept = tuple(p for p in blamed if p.name not in speakers)
        if kept:
            return kept
        listed = self._doers_of_deeds_listed_before(pointer, speakers)  # "He cited strikes by X and shelling by Y, and said these …"
        if listed:
            return listed
        earlier = self._doer_earlier_in_sentence(pointer, speakers)
        if earlier:  # "X have seized 12 sailors, the office said, describing the seizure as hostage-taking"
            return earlier
        claimed = self._accused_of_the_same_incident(pointer, speakers)
        if claimed:  # "X accused Y of …, calling the strike a war crime. … whether the strike was a war crime"
            return claimed
        accused = self._accused_of_deeds_before(token.sent, speakers)
        if accused:  # "Y was accused by X of shooting survivors. … 'Shooting shipwrecked people is a war crime'"
            return accused
        for sent in sentences_before_in_paragraph(token.sent, 5):
            claimed = tuple(p for p in self._claimed_responsibility(sent) if p.name not in speakers)
            if claimed:  # "X said it was behind Sunday's bombing. Y called the attack a terrorist crime"
                return claimed
            found: list[Party] = []
            for verb in reversed([t for t in sent if t.pos_ == "VERB" or self._nominal_deed(t)]):
                if verb.pos_ != "VERB":
                    doers = self.resolver.agents(verb) or self._by_on_governor(verb)  # "fleeing the emptying of the valleys by X"
                elif frame_kind(verb, self.lexicon):
                    doers = self._blamed_on(verb)
                elif self._does_harm(verb) and not dependents(verb, {"neg"}):
                    doers = self._subject_party(verb)
                else:
                    continue  # "the health authority put the toll at 61": a teller of the conduct, not its doer;
                    # "we did not bomb a hospital": a denial, no deed
                found += [p for p in doers if p.name not in speakers | {f.name for f in found} and p.kind != "person"]
            if found:  # "X and Y have sealed every road …, while Z's aircraft have bombed …": every doer told
                return tuple(sorted(found, key=lambda p: p.start))
        return self._accused_of_the_paragraphs_latest_claim(token, speakers)

    @staticmethod
    def _said_to_exist(token: Token) -> bool:
        """ "there were violations of …": a crime said to exist, with no doer of its own."""
        return token.dep_ in {"attr", "nsubj"} and token.head.lemma_ == "be" and any(
            c.dep_ == "expl" and c.lower_ == "there" for c in token.head.children
        ) and not any(c.dep_ in {"prep", "acl"} and c.lower_ == "by" for c in token.children)

    @staticmethod
    def _named_crimes_pointed_at(token: Token) -> bool:
        """ "these war crimes", "such crimes against humanity": a category named in full with a
        demonstrative (a bare "these crimes" is left to the claim it answers)."""
        return any(c.dep_ == "det" and c.lower_ in {"these", "those", "such"} for c in token.children) and (
            any(c.dep_ in {"compound", "amod"} for c in token.children) or any(c.dep_ == "prep" for c in token.children)
        )

    def _told_before_in_the_sentence(self, pointer: Token, speakers: set[str]) -> tuple[Party, ...]:
        """The accused of the same speaker's claim made earlier in the sentence the pointer is in."""
        before = [
            f for f in self._current.values()
            if f.stance == "asserts" and f.frame.verb.i < pointer.i
            and any(s in p.name or p.name in s for p in f.frame.speakers for s in speakers)
        ]
        if any(c.lower_ == "both" for c in pointer.children):  # "both patterns": the last two told
            found: list[Party] = []
            for finding in sorted(before, key=lambda f: -min(t.i for t in [f.frame.verb, *f.tokens])):
                named = {party.name for party in found}
                found += [party for party in finding.accused if party.name not in named]
            return tuple(found[:2]) if len(found) >= 2 else ()
        if not before:
            return ()
        latest = max(before, key=lambda f: max(t.i for t in [f.frame.verb, *f.tokens]))
        if pointer.tag_ != "NNS" and pointer.lower_ not in {"some", "all", "many", "most", "several", "each"}:
            return latest.accused
        named = {p.name for p in latest.accused}  # "cited strikes by X, shelling by Y … these attacks": X and Y
        return latest.accused + tuple(p for p in self._doers_listed_between(latest.frame.verb, pointer) if p.name not in named)

    def _doers_listed_between(self, verb: Token, pointer: Token) -> list[Party]:
        """The doers ("by X") the words from the verb to the pointer name, in order (the parser
        hangs a list's "by" phrases anywhere in it)."""
        found: list[Party] = []
        for by in (t for t in verb.doc[verb.i + 1 : pointer.i] if t.lower_ == "by" and t.dep_ in {"prep", "agent"}):
            for doer in (c for c in by.children if c.dep_ == "pobj"):
                party = self.resolver.party(doer)
                if party is not None and party.kind != "place" and party.name not in {f.name for f in found}:
                    found.append(party)
        return found

    def _accused_of_the_paragraphs_latest_claim(self, token: Token, speakers: set[str]) -> tuple[Party, ...]:
        """ "… the custody of X, noting that the authorities' refusal … . The group observed that such
        disappearances may amount to crimes against humanity": conduct pointed at with no doer told
        again is the conduct the same speaker's latest claim in the paragraph laid at its accused."""
        text = doc_text(self.doc)
        for record in reversed(self.records):
            if "\n" in text[record.evidence.end : token.idx]:
                return ()
            same_speaker = any(s in record.speaker or record.speaker in s for s in speakers)  # "the Working Group" of its full name
            if record.stance == "asserts" and record.accused not in speakers and same_speaker:
                together = [r for r in self.records if r.evidence == record.evidence and r.stance == "asserts"]
                return tuple(accused_as_party(r) for r in together)  # "X accused A and B of …": both
        return ()

    def _claimed_responsibility(self, sent: Span) -> tuple[Party, ...]:
        """Who a sentence says claimed an incident as its own: "X said it was behind the bombing",
        "X claimed (responsibility for) the attack"."""
        words = self.lexicon.parties
        for token in sent:
            incident = token.lower_ in words.incidents or token.lemma_.lower() in words.conduct
            if not incident or token.dep_ not in {"pobj", "dobj"}:
                continue
            head = token.head
            if head.lower_ == "behind" and head.head.lemma_ == "be":
                return self._subject_party(head.head)
            claiming = head.head.head if head.lower_ == "for" and head.head.lemma_.lower() == "responsibility" else None
            if claiming is not None and claiming.lemma_.lower() in {"claim", "accept"} and not dependents(claiming, {"neg"}):
                return self._subject_party(claiming)  # "X claimed responsibility for the attack" (not "X has not claimed")
            if token.dep_ == "dobj" and head.lemma_.lower() == "claim" and not dependents(head, {"neg"}):
                return self._subject_party(head)
        return ()

    def _doer_earlier_in_sentence(self, pointer: Token, speakers: set[str]) -> tuple[Party, ...]:
        """The doer of a harmful deed the same sentence told before pointing back at it."""
        if pointer.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
            return ()  # a deed the teller goes on to call something ("describing the seizure as …", "concluding that the disappearances constitute …")
        both = any(c.lower_ == "both" for c in pointer.children)  # "both patterns": the last two deeds told
        found: list[Party] = []
        for verb in reversed([t for t in pointer.sent if t.i < pointer.i and t.pos_ == "VERB"]):
            if frame_kind(verb, self.lexicon) or not self._does_harm(verb) or dependents(verb, {"neg"}):
                continue
            for deed in (verb, *verb.conjuncts):  # "detained by X or taken from their homes by Y"
                if deed.i < pointer.i and self._does_harm(deed):
                    found += [p for p in self._subject_party(deed) if p.name not in speakers and p.kind != "person" and p not in found]
            if found and not (both and len(found) < 2):
                return tuple(found)
        return tuple(found)

    def _accused_of_deeds_before(self, sent: Span, speakers: set[str]) -> tuple[Party, ...]:
        """Whom the paragraph's sentences before accused of a deed ("accused Y of shooting …"):
        a crime named in general right after is that deed's."""
        for earlier in sentences_before_in_paragraph(sent, 5):
            for verb in (t for t in earlier if t.lemma_.lower() in {"accuse", "blame"} and t.pos_ == "VERB"):
                deeds = [t for p in dependents(verb, {"prep"}) if p.lower_ == "of" for t in p.subtree if t.tag_ == "VBG"]
                if not any(t.lemma_.lower() in HARM_VERBS | {"gun"} or self.resolver.in_act_term(t) or self._does_harm(t) for t in deeds):
                    continue  # "accused Y of shooting …": a harmful deed, not "of committing crimes against humanity"
                found = tuple(p for p in self._objects_of_accusation(verb) if p.name not in speakers)
                if found:
                    return found
        return ()

    def _accused_of_the_same_incident(self, pointer: Token, speakers: set[str]) -> tuple[Party, ...]:
        """ "the strike", "the attack" pointed back at: whom the paragraph's latest claim about an
        incident named by the same noun accused (its words hold the noun)."""
        if pointer.pos_ != "NOUN" or pointer.lemma_.lower() not in self.lexicon.parties.incidents:
            return ()
        noun = re.compile(rf"\b{re.escape(pointer.lemma_.lower())}s?\b", re.IGNORECASE)
        text = doc_text(self.doc)
        for record in reversed(self.records):
            if "\n" in text[record.evidence.end : pointer.idx]:
                break
            if record.stance == "asserts" and record.accused not in speakers and noun.search(record.evidence.text):
                return (accused_as_party(record),)
        return ()

    def _by_on_governor(self, noun: Token) -> tuple[Party, ...]:
        """ "fleeing the emptying of the valleys by X": the parser hung the deed's "by X" on the verb governing it."""
        if noun.dep_ != "dobj":
            return ()
        for by in (c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i):
            return self.resolver.by_parties(by)
        return ()

    def _nominal_deed(self, noun: Token) -> bool:
        return noun.pos_ == "NOUN" and (self._names_conduct(noun) or noun.lower_.endswith("ing"))

    def _does_harm(self, verb: Token) -> bool:
        """Whether a verb tells conduct that harms: a legal term ("killed"), a harmful verb, or a
        passive with its agent ("villages were emptied by X")."""
        if is_passive(verb):  # "our colleagues are being held": with no agent, the doer is not named
            return bool(dependents(verb, {"agent"}) or agent_hung_on_adjunct(verb))
        if self.resolver.in_legal_term(verb) or verb.lemma_.lower() in HARM_VERBS:
            return True
        if verb.lemma_.lower() in CLOSING_VERBS and any(o.lemma_.lower() in SUPPLY_LINES for o in dependents(verb, {"dobj"})):
            return True  # "X closed the last road into the town", "cut off the water supply": a siege's deeds
        if verb.lemma_.lower() in CARING_VERBS:
            return False  # "a group that interviewed 58 refugees": people met, helped or heard, not harmed
        if verb.lemma_.lower() in USING_VERBS and any(o.lemma_.lower() in WEAPON_OBJECTS for o in dependents(verb, {"dobj"})):
            return True  # "special forces used grenades during the rescue", "police fired tear gas"
        # "its fighters pulled 23 passengers off a coach", "set fire to the villages"; "carried out indiscriminate shelling"
        objects = dependents(verb, {"dobj"})
        return any(o.lemma_.lower() in PEOPLE_NOUNS | {"fire"} or self.resolver.in_act_term(o) for o in objects)

    def _part_of_conduct_pointed_at(self, token: Token) -> bool:
        """ "some of these attacks", "many of those killings"."""
        counted = token.lower_ in {"some", "many", "most", "all", "several", "each", "one", "none"} or token.like_num
        return counted and any(
            self._points_back_at_conduct(o) or self._pronoun_for_conduct(o)
            for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
        )

    def _pronoun_for_conduct(self, token: Token) -> bool:
        """ "examined 26 strikes by X and found that nine of them …": "them" stands for the nearest
        plural noun before it in the sentence; it points at conduct when that noun names conduct."""
        if token.lower_ not in {"them", "these", "those"} or token.pos_ != "PRON":
            return False
        words = self.lexicon.parties
        before = next((t for t in reversed(token.sent[: token.i - token.sent.start]) if t.tag_ == "NNS"), None)
        return before is not None and (before.lower_ in words.conduct or before.lower_ in words.incidents)

    def _doers_of_deeds_listed_before(self, pointer: Token, speakers: set[str]) -> tuple[Party, ...]:
        """The agents of the deeds the same sentence lists before pointing back at them."""
        found: list[Party] = []
        for deed in (t for t in pointer.sent if t.i < pointer.i and (self._nominal_deed(t) or t.tag_ == "VBG")):
            if deed.pos_ == "VERB":  # "shelling of Kovrane by X", parsed as a participle
                doers = tuple(p for by in deed.children if by.dep_ == "prep" and by.lower_ == "by" for p in self.resolver.by_parties(by))
            else:
                doers = self.resolver.agents(deed) or self._by_on_governor(deed)
            for party in doers:
                if party.name not in speakers and party.name not in {p.name for p in found}:
                    found.append(party)
        return tuple(found)

    def _blamed_before(self, pointer: Token, sent: Span) -> tuple[Party, ...]:
        """Whom the sentence blames for the conduct it points at and calls a crime ("X attributed
        the salvo to Y and said the strike …", "the attack was blamed on Y by X, which called it …")."""
        for verb in sorted((t for t in sent if t.pos_ == "VERB"), key=lambda t: (t.i > pointer.i, -t.i)):
            found = self._blamed_on(verb)
            if not found and verb.i < pointer.i and verb.lemma_.lower() in {"accuse", "blame"}:
                found = self._objects_of_accusation(verb)  # "X accused Y of sinking a trawler and said the attack …"
            if found:
                return found
        return ()

    def _blamed_on(self, verb: Token) -> tuple[Party, ...]:
        """ "attributed the salvo to X", "the raid was blamed on X": the party an incident is laid at."""
        preposition = BLAME_PREPOSITIONS.get(verb.lemma_.lower())
        if preposition is None:
            return ()
        preps = dependents(verb, {"prep"})
        preps += [p for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NUM", "NOUN"} for p in c.children if p.dep_ == "prep"]
        # "31 were attributed to X and nine to Y": the second share's verb left out
        heads = [o for p in preps if p.lower_ == preposition for o in p.children if o.dep_ == "pobj"]
        return self._parties_of(heads)

    def _points_back_at_conduct(self, token: Token) -> bool:
        words = self.lexicon.parties
        if token.lower_ in {"this", "that", "these", "those", "it", "they"} and token.head.lemma_ in {"be", "amount", "constitute"}:
            return True  # "These are war crimes", "That is hostage-taking"
        if token.lower_ == "which" and token.head.dep_ == "relcl" and token.head.lemma_ in {"be", "amount", "constitute"}:
            return True  # "These men are being held as bargaining chips, which is hostage-taking"
        if token.lower_ in {"it", "this", "that"} and token.dep_ == "dobj" and token.head.lemma_.lower() in CALLING_VERBS:
            return True  # "called it a war crime"
        if pointer_taken_into_term(token):
            return True  # "These are enforced disappearances": the parser made "are enforced" a passive
        determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "amod", "predet"}}
        return bool(determiners & {"these", "those", "such", "this", "that", "the", "both"}) and (
            token.lower_ in words.conduct or token.lemma_.lower() in words.conduct | POINTED_DEEDS
            or token.lower_ in words.incidents or self.resolver.in_act_term(token)  # "calling the blast an act of terror"
        )

    def _gerund_taken_for_adjective(self, token: Token) -> bool:
        """ "Killing survivors in the water is a war crime": a gerund the parser made an adjective
        of its object, which it then took for the subject."""
        return any(
            c.dep_ == "amod" and c.i == token.left_edge.i and c.tag_ == "VBG"
            and (c.lemma_.lower() in HARM_VERBS or self.resolver.in_legal_term(c))
            for c in token.children
        )

    def _generic_conduct_quoted(self, token: Token) -> bool:
        """ "'Deliberate killings of civilians may amount to war crimes,' A said": conduct named
        in general in a quote, after the story told who did it, is that conduct."""
        words = self.lexicon.parties
        if any(c.dep_ in {"det", "poss", "nummod"} for c in token.children):
            return False
        if token.tag_ != "NNS":  # "Pillage is a war crime.": an act named in the singular, in a statement's own voice too
            return self.resolver.in_act_term(token) and (self._quoted(token.doc[token.i : token.i + 1]) or self._voice is not None)
        if not (token.lemma_.lower() in words.conduct or self.resolver.in_act_term(token)):
            return False
        return self._quoted(token.doc[token.i : token.i + 1])

    def _accused_from_context(self, frame: Frame) -> tuple[Party, ...]:
        """The party last accused by the same speaker in this document ("the crimes", "the killing")."""
        speakers = {p.name for p in frame.speakers}
        for finding in self._current.values():  # "…, an incident it described as …"
            if finding.stance == "asserts" and {p.name for p in finding.frame.speakers} & speakers:
                return finding.accused
        for index in range(len(self.records) - 1, -1, -1):
            record = self.records[index]
            if record.speaker in speakers and record.stance == "asserts":
                while index > 0 and self.records[index - 1].evidence == record.evidence:
                    index -= 1  # the first party named in that statement
                first = self.records[index]
                return (accused_as_party(first),)
        return ()

    # ------------------------------------------------------------ stance and hedges
    def _negated(self, token: Token, frame: Frame) -> bool:
        if token.head != frame.verb and any(c.lower_ == "no" and c.dep_ == "det" for c in token.children):
            return True  # "said X had committed no war crimes"
        if negating_phrase(token):
            return True  # "in no sense an act of aggression"
        if token.pos_ == "VERB" and any(c.dep_ == "neg" for c in token.children):
            return True  # "they did not persecute anyone": the term is the negated verb itself
        node = token
        while node != frame.verb and node.head != node:
            node = node.head
            if node != frame.verb and negating_phrase(node):
                return True  # "the operation was in no way an act of aggression"
            if node == frame.verb or node.lemma_.lower() in self.lexicon.accusation_nouns:
                break  # "did not address the criticism of X's …": the conduct is not negated
            if node.lemma_.lower() in PRESUPPOSING_VERBS:
                break  # "this does not justify X's use of banned weapons": the use is taken as done
            if node.pos_ in {"PROPN", "NOUN"} and node.dep_ == "attr":
                continue  # "it is X, not Y, that carries …": a contrast between parties, not a denial of the deed
            if any(c.dep_ == "neg" for c in node.children) and not any(c.dep_ == "expl" for c in node.children):
                return True  # "… a market where there was not a single fighter": denies the fighters, not the deed
            if node.dep_ == "relcl" and node.head.pos_ in {"PROPN", "NOUN"} and node.head.dep_ in {"nsubj", "nsubjpass"}:
                break  # "X, which broke off talks after the killings, has not commented": the killings stand
            if node.lemma_.lower() in EVIDENCE_NOUNS and any(c.lower_ == "no" and c.dep_ == "det" for c in node.children):
                return True  # "had produced no evidence of any intent to destroy …"
            if disclaimed(node) is not None or any(c.dep_ == "dobj" and disclaimed(c) is not None for c in node.children):
                return True  # "bore no responsibility for the strike", "played no role in …", also inside quotes
            if node.dep_ in {"acl", "ccomp"} and node.head.lemma_.lower() in EVIDENCE_NOUNS and any(
                c.lower_ == "no" and c.dep_ == "det" for c in node.head.children
            ):
                return True  # "found no credible evidence that X was responsible for …": the finding clears X
        return negative_subject(token)

    def _certainty(self, token: Token, frame: Frame) -> float:
        certainty = 1.0
        words = self.lexicon.hedge_words
        path = [token]
        node = token
        while node != frame.verb and node.head != node:
            node = node.head
            path.append(node)
        for node in path:
            for child in [node, *node.children]:
                if child.lower_ in words and (child == node or child.dep_ in {"aux", "advmod", "amod", "acomp"}):
                    certainty = min(certainty, words[child.lower_])
            for modifier in (c for c in node.children if c.dep_ == "amod"):  # "an apparently deliberate attack"
                for adverb in (g for g in modifier.children if g.dep_ == "advmod" and g.lower_ in words):
                    certainty = min(certainty, words[adverb.lower_])
        sent = token.sent
        for cue in spans_starting_in(self.doc, "cues", sent):
            if cue.label_ == "hedge" and in_scope_of(cue, token, path):
                certainty = min(certainty, float(cue.kb_id_))
        return certainty

    # ------------------------------------------------------------ responsibility without terms
    def _responsibility_without_terms(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "Y was chiefly responsible for the crimes", "Z were found responsible to a lesser degree",
        "Z shared responsibility for those killings": the crimes the story alleged last."""
        # a principal degree beside a term is the term's; a lesser one said of a party the
        # sentence's terms do not accuse ("… and that Y is responsible to a lesser degree") is not
        labels = {"principal", "lesser", "shared"} if not grouped else {"lesser", "shared"}
        cues = [c for c in spans_starting_in(self.doc, "cues", sent) if c.label_ in labels]
        named = {p.name for f in grouped.values() for p in f.accused}
        cues += [self.doc[t.i : t.i + 1] for t in sent if self._responsible_for_what_was_told(t)]
        for cue in cues:
            frame = find_frame(cue.root, self.resolver) or self._continued_frame(cue)
            accused = self._clause_party(cue.root, frame.verb) if frame is not None else ()
            if frame is not None and not accused and placed_on(frame.verb):  # "placed primary responsibility on X"
                accused = self._objects_of_accusation(frame.verb)
            speakers = {p.name for p in frame.speakers} if frame is not None else set()
            if frame is None or not accused or named & {p.name for p in accused} or speakers & {p.name for p in accused}:
                continue
            said_here = [f for f in grouped.values() if f.stance == "asserts" and {p.name for p in f.frame.speakers} == speakers]
            acts: list[str] = []
            if said_here:  # "X was chiefly responsible for the war crime of …, and Y shared responsibility for those killings"
                categories = list(said_here[0].categories)
                if not categories and cue.label_:  # a degree of the deeds no term names yet: their category comes from them
                    acts = list(said_here[0].acts)
            elif self.records:
                categories = list(self.records[-1].categories)
            else:
                continue
            finding = Finding(frame, accused, "asserts", True, categories, acts, list(cue))
            grouped[(frame.verb.i, tuple(p.name for p in accused), "asserts")] = finding

    # ------------------------------------------------------------ blame for an incident
    def _blame_for_incident(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "X blamed Y for the attack", "X blamed the killings on Y", "the attack was blamed by
        X on Y": blame for a violent incident that no legal term names."""
        for verb in sent:
            lemma = verb.lemma_.lower()
            if lemma not in {"blame", "responsible"}:
                continue
            holder = (verb.head.head if verb.dep_ == "amod" else verb.head) if lemma == "responsible" else verb  # "held X responsible"
            if any(f.frame.verb in {verb, holder} for f in grouped.values()):
                continue
            incident, accused_heads = self._blamed(verb)
            if incident is None or not accused_heads:
                continue
            frame = frame_of_verb(verb, self.resolver) if verb.lemma_.lower() == "blame" else find_frame(verb, self.resolver)
            if frame is None:
                continue
            speakers = {p.name for p in frame.speakers}
            named = (
                self.resolver.party(t) or self._criminals(t) or self._unrecognised_name(t) or next(iter(self._controllers(t)), None)
                for h in accused_heads for t in (h, *h.conjuncts)
            )
            accused = tuple(p for p in named if p is not None and p.name not in speakers)
            if not accused:
                accused = tuple(p for h in accused_heads for p in self.resolver.agents(h) if p.name not in speakers)
            if not accused:
                continue
            categories, acts = self._incident_terms(incident, sent)
            if any(c.lower_ in {"terrorist", "terror"} for h in accused_heads for c in h.children if c.dep_ in {"amod", "compound"}):
                categories = ["terrorism"]  # "blamed terrorist cells run by X for the bombing"
            if all(is_one_of(h, self.lexicon.parties.criminals) for h in accused_heads):
                categories, acts = ["other_crime"], ["murder"] if acts == ["unlawful_killing"] else []
            stance = "denies" if self._negated(verb, frame) else "asserts"  # "found no evidence that Y was responsible for …"
            names = tuple(p.name for p in accused)
            if stance == "denies" and any(f.stance == "denies" and tuple(p.name for p in f.accused) == names for f in grouped.values()):
                continue  # the deed's own terms already carry the denial
            finding = Finding(frame, accused, stance, True, categories, acts, [verb, incident])
            grouped[(verb.i, names, stance)] = finding

    def _accused_of_hostile_acts(self, sent: Span, grouped: dict[tuple, Finding]) -> None:
        """ "X accused Y of deliberately shelling a crowded market": an accusation of an act of
        hostilities that no legal term names (what the story last alleged, else IHL)."""
        for verb in (t for t in sent if t.lemma_.lower() in {"accuse", "charge"} and t.pos_ == "VERB"):
            if any(f.frame.verb == verb for f in grouped.values()):
                continue
            done = [c for p in dependents(verb, {"prep"}) if p.lower_ == "of" for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
            deeds = [c for c in done if c.lemma_.lower() in HOSTILE_VERBS]
            added = not deeds and any(c.lower_ in ADDING_ADVERBS for c in dependents(verb, {"advmod"}))
            frame = frame_of_verb(verb, self.resolver) if deeds or (done and added) else None
            if frame is None:
                continue
            speakers = {p.name for p in frame.speakers}
            accused = tuple(p for p in self._objects_of_accusation(verb, frozenset(speakers)) if p.name not in speakers)
            if not accused:
                continue
            if added:  # "X accused the army of abuses. X also accused Y of secretly burying …": more of the same
                claim = self._paragraphs_latest_claim_by(speakers, sent)
                if claim is None:
                    continue
                categories, acts, deeds = list(claim.categories), [], done
            else:
                categories, acts = self._incident_terms(deeds[0], sent)
            grouped[(verb.i, tuple(p.name for p in accused), "asserts")] = Finding(frame, accused, "asserts", True, categories, acts, [verb, *deeds])

    def _paragraphs_latest_claim_by(self, speakers: set[str], sent: Span) -> Allegation | None:
        return next((r for r in self._claims_before(sent.start_char) if r.speaker in speakers), None)

    def _claims_before(self, at: int) -> Iterator[Allegation]:
        """The story's claims (asserting records) told before character ``at`` in its paragraph, latest first."""
        text = doc_text(self.doc)
        for record in reversed(self.records):
            if record.evidence.end > at:
                continue
            if "\n" in text[record.evidence.end : at]:
                return
            if record.stance == "asserts":
                yield record

    def _suspects_named(self, sent: Span, terms: list[Span], grouped: dict[tuple, Finding]) -> None:
        """ "…, adding that X are suspects", "X is the main suspect in the attack": naming a
        suspect attributes the incident (the one named, or the conduct this sentence reports) to
        them, at the standard of suspicion."""
        for noun in (t for t in sent if names_suspects(t)):
            if any(f.frame.verb == noun.head for f in grouped.values()):
                continue
            frame = find_frame(noun.head, self.resolver)
            if frame is None:
                continue
            speakers = {p.name for p in frame.speakers}
            named = (self.resolver.party(t) for h in dependents(noun.head, {"nsubj"}) for t in (h, *h.conjuncts))
            accused = tuple(p for p in named if p is not None and p.name not in speakers)
            conduct = self._suspected_conduct(noun, terms, sent)
            if not accused or conduct is None:
                continue
            categories, acts, tokens = conduct
            finding = Finding(frame, accused, "asserts", True, categories, acts, [noun, *tokens])
            finding.certainty = float(self.lexicon.hedge_words.get("suspects", 0.5))
            grouped[(noun.i, tuple(p.name for p in accused), "asserts")] = finding

    def _suspected_conduct(self, noun: Token, terms: list[Span], sent: Span) -> tuple[list[str], list[str], list[Token]] | None:
        """What the suspects are suspected of: the incident named ("suspect in the bombing"),
        else the legal terms of the sentence outside the suspects' own clause."""
        incidents = self.lexicon.parties.incidents
        incident = next(
            (c for p in dependents(noun, {"prep"}) if p.lower_ in {"in", "for", "behind"}
             for c in p.children if c.dep_ == "pobj" and is_one_of(c, incidents)),
            None,
        )
        if incident is not None:
            return (*self._incident_terms(incident, sent), [incident])
        clause = range(noun.head.left_edge.i, noun.head.right_edge.i + 1)
        conduct = [t for t in terms if t.label_ in {"category", "act"} and t.start not in clause]
        if not conduct:
            return None
        acts = _unique([t.kb_id_ for t in conduct if t.label_ == "act"])
        categories = _unique([t.kb_id_ for t in conduct if t.label_ == "category"]) or self._act_categories(acts, sent)
        return categories, acts, [t for term in conduct for t in term]

    def _criminals(self, token: Token) -> Party | None:
        """ "rioters", "gangs": people blamed as ordinary criminals, named as described."""
        if not is_one_of(token, self.lexicon.parties.criminals):
            return None
        phrase = self.resolver.phrase(token)
        return Party(phrase.text, "other", phrase.text, phrase.start_char, phrase.end_char)

    def _blamed(self, verb: Token) -> tuple[Token | None, list[Token]]:
        """The incident blamed and the heads naming whom it is blamed on; "X were responsible
        for the deaths" blames X."""
        incidents = self.lexicon.parties.incidents
        if verb.lemma_.lower() == "responsible" and verb.dep_ == "acomp":
            if dependents(verb.head, {"neg"}) or dependents(verb, {"neg"}):
                return None, []  # "was not responsible for the attack": a finding of innocence
            targets = [c for p in dependents(verb, {"prep"}) if p.lower_ == "for" for c in p.children if c.dep_ == "pobj"]
            incident = next((t for t in targets if is_one_of(t, incidents)), None)
            return incident, dependents(verb.head, {"nsubj"}) if incident is not None else []
        if verb.lemma_.lower() == "responsible" and verb.dep_ in {"amod", "ccomp", "oprd"}:
            return self._held_responsible(verb)
        objects = dependents(verb, {"dobj", "nsubjpass"})
        held = [p for o in objects for c in o.children if c.dep_ == "acl" for p in dependents(c, {"prep"})]
        preps: dict[str, list[Token]] = {}
        for p in [*dependents(verb, {"prep"}), *held]:  # "blamed cells run by X for the bombing": "for" on "run"
            preps.setdefault(p.lower_, []).extend(c for c in p.children if c.dep_ in {"pobj", "pcomp"})
        for target in preps.get("for", []):  # "blamed Y for the attack"
            if is_one_of(target, incidents):
                return target, objects
        for incident in objects:  # "blamed the killings on Y", "the attack was blamed on Y"
            if is_one_of(incident, incidents):
                return incident, preps.get("on", [])
        if verb.lemma_.lower() == "blame" and objects and not preps.get("on") and not is_passive(verb):
            told = self._incident_told_before(verb)  # "Gunmen ambushed a convoy, killing four … . The governor blamed Y"
            if told is not None:
                return told, objects
        return None, []

    def _held_responsible(self, responsible: Token) -> tuple[Token | None, list[Token]]:
        """ "X held Y responsible for the deaths": the parser hangs "responsible" on Y (amod), on
        "held" (oprd) or makes it a clause with Y its subject (ccomp)."""
        if dependents(responsible, {"neg"}):
            return None, []
        if responsible.dep_ == "amod":
            holder, accused = responsible.head.head, [responsible.head] if responsible.head.dep_ == "dobj" else []
        elif responsible.dep_ == "ccomp":
            holder, accused = responsible.head, dependents(responsible, {"nsubj"})
        else:
            holder, accused = responsible.head, dependents(responsible.head, {"dobj"})
        if holder.lemma_.lower() != "hold" or dependents(holder, {"neg"}) or not accused:
            return None, []
        targets = [c for p in dependents(responsible, {"prep"}) if p.lower_ == "for" for c in p.children if c.dep_ == "pobj"]
        incident = next((t for t in targets if is_one_of(t, self.lexicon.parties.incidents)), None)
        return incident, accused if incident is not None else []

    def _incident_told_before(self, verb: Token) -> Token | None:
        """The violent deed the paragraph's sentences just before told, which a bare "blamed Y" is about."""
        for sent in sentences_before_in_paragraph(verb.sent, 2):
            for token in reversed(list(sent)):
                if token.pos_ == "VERB" and self._does_harm(token) and not dependents(token, {"neg"}):
                    return token
        return None

    def _incident_terms(self, incident: Token, sent: Span) -> tuple[list[str], list[str]]:
        """The category of an incident with no legal term: what the story last alleged about it
        (same paragraph), else IHL in armed conflict and human rights outside it."""
        acts = ["unlawful_killing"] if incident.lower_ in {"killing", "killings", "deaths"} else []
        for record in self._claims_before(sent.start_char):  # a charge dismissed or denied does not say what it was
            return list(record.categories), list(record.acts) or acts
        if not is_one_of(incident, self.lexicon.parties.hostilities) and self._outside_armed_conflict(sent):
            return ["human_rights_violations"], acts
        return ["ihl_violations"], acts

    # ------------------------------------------------------------ records
    def _categories_of_acts_named_before(self, finding: Finding, sent: Span) -> list[str]:
        """ "… the torture described in this report": an act named definitely refers back to the
        same act in the paragraph's last claim, and takes the category that claim gave it. A denial
        of acts ("nobody is being starved") answers the paragraph's claim of them, and takes its
        categories too."""
        definite = any(
            c.lower_ in {"the", "this", "these", "those", "such"}
            for t in finding.tokens if t.pos_ == "NOUN" for c in t.children if c.dep_ == "det"
        )
        denial = finding.stance == "denies"
        if not definite and not denial:
            return []
        text = doc_text(self.doc)
        for record in reversed(self.records):
            if "\n" in text[record.evidence.end : sent.start_char]:
                break
            if set(record.acts) & set(finding.acts) and record.stance == "asserts":
                own = self._act_categories(finding.acts, sent) if denial else []
                return _unique([*record.categories, *own])
        return []

    def _to_records(self, finding: Finding, sent: Span) -> list[Allegation]:
        if not finding.categories:
            if not finding.syntactic or not finding.acts:
                return []
            finding.categories = self._categories_of_acts_named_before(finding, sent) or self._act_categories(finding.acts, sent)
            if domestic_charge(finding):
                finding.categories = ["other_crime"]  # "prosecutors charged X with murder": a crime at home
            elif finding.categories == ["ihl_violations"] and CRIMINAL_RESPONSIBILITY.search(span_text(sent)):
                finding.categories = ["war_crimes"]  # a breach of IHL that carries criminal responsibility is a war crime
        evidence = self._evidence(finding, sent)
        when = statement_date(self._date_words(finding.frame.verb), self.published)
        node = finding.frame.verb
        while when == (self.published.isoformat() if self.published else None) and node.head != node:
            node = node.head  # "X reiterated last month that it believes …": the outer verb dates it
            if node.pos_ in {"VERB", "AUX"}:
                when = statement_date(self._date_words(node), self.published)
        records = []
        if finding.stance == "asserts" and finding.frame.verb.lemma_.lower() not in ACQUIT_VERBS:
            self._last_frame = finding.frame  # (the prosecutor's charges a court acquits of do not go on speaking)
        elif finding.stance == "denies" and finding.frame.verb == sent.root and finding.frame.kind == "deny":
            self._last_rejection = finding.frame
        for speaker, person in zip(finding.frame.speakers, finding.frame.persons):
            if not (finding.stance == "asserts" and finding.frame.verb.lemma_.lower() in ACQUIT_VERBS):
                self.resolver.note_speaker(speaker, finding.frame.verb.i)  # (a prosecutor whose charges failed says nothing here)
            said_on = self._on_the_same_occasion(speaker.name, when)
            for accused in finding.accused:
                if finding.stance == "asserts" and self._speaker_on_her_own_office(finding.frame, accused):
                    continue  # "A told the council that her office had verified 318 executions": A tells, A is not accused
                if finding.stance == "asserts" and accused.name == person:
                    person = None  # "A … has been charged by the prosecutor": A is the accused, not who speaks
                records.append(
                    Allegation(
                        speaker=speaker.name,
                        accused=accused.name,
                        categories=tuple(finding.categories),
                        stance=finding.stance,  # type: ignore[arg-type]
                        evidence=evidence,
                        speaker_text=speaker.surface,
                        accused_text=accused.surface,
                        speaker_person=person,
                        acts=tuple(finding.acts),
                        hedged=finding.certainty < HEDGED_BELOW,
                        certainty=finding.certainty,
                        responsibility=self._responsibility(sent, accused),
                        statement_date=said_on,
                    )
                )
        return records

    def _on_the_same_occasion(self, speaker: str, when: str | None) -> str | None:
        """ "X said on Tuesday … . '…,' X said.": a story dates a speaker's statement once; the
        same speaker's later words with no date of their own were said on that day, not on the
        day of publication. Only a day carries over ("had accused … last year" is another
        occasion)."""
        if when is None or when != (self.published.isoformat() if self.published else None):
            if when is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
                self._occasion_of[speaker] = when
            return when
        return self._occasion_of.get(speaker, when)

    @staticmethod
    def _speaker_on_her_own_office(frame: Frame, accused: Party) -> bool:
        """ "X chair A B told the council that her office had verified …": "her" is the person who
        speaks, named in the frame's subject, not a party accused."""
        if accused.kind != "person" or accused.surface.lower() not in SELF_REFERENCES:
            return False
        subjects = dependents(frame.verb, {"nsubj"})
        text = doc_text(frame.verb.doc)
        return accused.name in frame.persons or any(accused.name in text[s.left_edge.idx : s.right_edge.idx + len(s.right_edge)] for s in subjects)

    def _evidence(self, finding: Finding, sent: Span) -> Evidence:
        starts = [t.idx for t in finding.tokens] + [finding.frame.verb.idx]
        ends = [t.idx + len(t) for t in finding.tokens] + [finding.frame.verb.idx + len(finding.frame.verb)]
        for party in finding.accused:
            if sent.start_char <= party.start < sent.end_char and party.end > party.start:
                starts.append(party.start)
                ends.append(party.end)
        start, end = max(min(starts), sent.start_char), min(max(ends), sent.end_char)
        return Evidence(self.document, start, end, doc_text(self.doc)[start:end])

    def _responsibility(self, sent: Span, accused: Party) -> str | None:
        """The degree of responsibility the sentence gives; with two ("X bears primary
        responsibility …, and Y is responsible to a lesser degree"), the one nearest the party."""
        cues = [c for c in spans_starting_in(self.doc, "cues", sent) if c.label_ in {"principal", "lesser"}]
        if not cues:
            return None
        if not sent.start_char <= accused.start < sent.end_char:
            return cues[0].label_
        return min(cues, key=lambda c: abs(c.start_char - accused.start)).label_

    def _date_words(self, verb: Token) -> str:
        words = [
            c for c in verb.children
            if c.dep_ in {"npadvmod", "advmod", "tmod", "aux"} or (c.dep_ == "prep" and c.lower_ in TEMPORAL_PREPS)
        ]
        parts = [" ".join(t.text for t in w.subtree) for w in words]
        if verb.dep_ == "ROOT" and any(w.dep_ == "aux" and w.lower_ == "had" for w in words):
            parts.append(verb.text)  # "Its report had described …": a pluperfect telling is an earlier one (not when reported: "said it had found")
        for subject in dependents(verb, {"nsubj"}):  # "its previous report, issued in 2024, had …"
            if any(c.dep_ == "amod" and c.lower_ in EARLIER_MODIFIERS for c in subject.children):
                parts.append("earlier")
            parts += [
                " ".join(t.text for t in c.subtree) for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUING_LEMMAS
            ]
        return " ".join(parts)
