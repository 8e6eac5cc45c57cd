"""A synthetic ledger at scale for ``query_latency.py``: fictional parties, bulk-inserted.

Generates documents of ten allegation sentences, two figure sentences and some neutral
filler each, and writes them straight into the tables of a migrated store (executemany
on SQLite, COPY on PostgreSQL) -- extraction is not what is measured here, and a million
allegations through ``Store.save`` would take hours. The rows are the ones ``Store.save``
writes (every evidence span quotes its document exactly), plus whatever the store keeps
beside them (the party-name lookup, the search index, via the store's own helpers).

Parties are skewed like real coverage: a few are named far more often than the rest
(Zipf-like weights), so "the most-accused party" is a worst case worth measuring.

Every party, place, person and word here is invented: names are built from syllables
with a fixed seed and refer to nothing real.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Any

from casefile.records import CATEGORIES, document_id

PER_DOCUMENT = 10
SEED = 20261125
FIRST_DAY = date(2022, 1, 1)
DAYS = 4 * 365
INGEST_START = datetime(2026, 1, 1)
VERSION = "bench"

_SYLLABLES = (
    "vel", "kar", "mor", "tes", "dun", "ost", "rin", "bal", "sar", "fen", "lor", "vas", "tor", "mel", "quil",
    "bran", "cor", "dal", "eth", "gal", "hav", "isk", "jor", "kel", "lum", "nar", "orv", "pell", "rask", "syl",
    "thar", "ulm", "varn", "wex", "yor", "zan", "brev", "cald", "drim", "ferr", "glan", "hesk", "ivar", "jask",
)
_STATE_ENDINGS = ("ia", "ora", "ane", "mark", "esse", "und", "avia", "eth")
_PLACE_ENDINGS = ("ford", "holm", "wick", "dale", "moor", "bury", "stead", "ridge", "mouth", "field")
_GROUP_FORMS = (("{} Liberation Front", "the Front"), ("{} Defence Brigades", "the Brigades"),
                ("{} People's Army", "the People's Army"), ("{} Resistance Movement", "the Movement"))
_NGO_FORMS = ("{} Rights Watch", "{} Legal Aid Network", "{} Medical Relief", "Commission of Inquiry on {}")
_FIRST_NAMES = ("Ilsa", "Daro", "Petra", "Osric", "Mina", "Jurek", "Tavi", "Lenne", "Corin", "Astra", "Brisk",
                "Edda", "Falk", "Hanne", "Ivo", "Juna")
CATEGORY_WORDS = {
    "genocide": "genocide", "crimes_against_humanity": "crimes against humanity", "war_crimes": "war crimes",
    "aggression": "aggression", "ihl_violations": "violations of international humanitarian law",
    "human_rights_violations": "human rights violations", "ethnic_cleansing": "ethnic cleansing",
    "terrorism": "terrorism", "other_crime": "grave abuses",
}
ACT_WORDS = {
    "torture": "the torture of detainees", "attacks_on_civilians": "the shelling of civilians",
    "hostage_taking": "hostage-taking", "deportation_forcible_transfer": "the forcible transfer of residents",
    "starvation": "the starvation of civilians", "pillage": "the pillage of villages",
}
assert set(CATEGORY_WORDS) == set(CATEGORIES)


@dataclass(frozen=True)
class Party:
    name: str
    kind: str
    written: tuple[str, ...]  # how texts name it; the first is the canonical name
    part_of: str | None = None  # the state a ministry belongs to


@dataclass
class World:
    """The invented parties, places, people and vocabulary, with how often each is drawn."""

    parties: list[Party]
    accusable: list[Party]
    ngos: list[Party]
    organs: dict[str, list[Party]]  # a state's ministries, which speak for it
    places: list[str]
    people: list[str]
    words: list[str]
    speaker_weights: list[float] = field(default_factory=list)
    accused_weights: list[float] = field(default_factory=list)
    word_weights: list[float] = field(default_factory=list)

    @property
    def actors(self) -> list[Party]:
        """Every party and ministry, in a fixed order."""
        return [*self.parties, *(organ for state in self.parties for organ in self.organs.get(state.name, ()))]

    @property
    def actor_ids(self) -> dict[str, int]:
        if not hasattr(self, "_ids"):
            self._ids = {party.name: number for number, party in enumerate(self.actors, 1)}
        return self._ids


@dataclass
class Rows:
    """One batch of rows per table, as dicts of column values."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    actor_mentions: list[dict[str, Any]] = field(default_factory=list)
    allegations: list[dict[str, Any]] = field(default_factory=list)
    allegation_categories: list[dict[str, Any]] = field(default_factory=list)
    allegation_acts: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> dict[str, list[dict[str, Any]]]:
        return {"documents": self.documents, "actor_mentions": self.actor_mentions, "allegations": self.allegations,
                "allegation_categories": self.allegation_categories, "allegation_acts": self.allegation_acts,
                "figures": self.figures}


def _zipf(count: int, exponent: float) -> list[float]:
    """Cumulative Zipf-like weights (``random.choices(cum_weights=...)``): rank 0 is drawn most."""
    return list(accumulate(1 / (rank + 1) ** exponent for rank in range(count)))


def _roots(rng: random.Random, count: int, endings: Sequence[str], taken: set[str]) -> list[str]:
    found: list[str] = []
    while len(found) < count:
        root = (rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.choice(endings)).capitalize()
        if root not in taken:
            taken.add(root)
            found.append(root)
    return found


def _adjective(root: str) -> str:
    return root + ("n" if root.endswith("a") else "ian" if root.endswith(("k", "d", "h")) else "an")


def make_world(seed: int = SEED, *, states: int = 120, groups: int = 120, ngos: int = 60) -> World:
    """About 300 invented parties (states, armed groups, NGOs), 400 places, 300 people, 5,000 words."""
    rng = random.Random(seed)
    taken: set[str] = set()
    parties: list[Party] = []
    for root in _roots(rng, states, _STATE_ENDINGS, taken):
        adjective = _adjective(root)
        name = f"{rng.choice(('Republic', 'Kingdom', 'Federation', 'Union'))} of {root}"
        parties.append(Party(name, "state", (name, root, f"the {adjective} government", f"{adjective} forces",
                                             f"the {adjective} army", f"{adjective} officials",
                                             f"the government of {root}")))
    for root in _roots(rng, groups, _STATE_ENDINGS, taken):
        form, short = rng.choice(_GROUP_FORMS)
        name = form.format(root)
        parties.append(Party(name, "armed_group", (name, short, f"{name} fighters", f"militants of the {name}")))
    for root in _roots(rng, ngos, _STATE_ENDINGS, taken):
        name = rng.choice(_NGO_FORMS).format(root)
        parties.append(Party(name, "ngo", (name, f"investigators of {name}", f"the {root} monitors")))
    rng.shuffle(parties)
    organs = {
        state.name: [Party(f"{office} of {state.written[1]}", "government_body",
                           (f"{office} of {state.written[1]}", f"the {_adjective(state.written[1])} {office.lower()}"),
                           part_of=state.name)
                     for office in ("Foreign Ministry", "Defence Ministry")]
        for state in parties if state.kind == "state"
    }
    places = _roots(rng, 400, _PLACE_ENDINGS, taken)
    people = [f"{rng.choice(_FIRST_NAMES)} {surname}" for surname in _roots(rng, 300, ("en", "ow", "ik", "ane"), taken)]
    words = sorted({(rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.choice(("el", "ar", "in", "oth", "um")))
                    for _ in range(6_000)} - {w.lower() for w in taken})[:5_000]
    rng.shuffle(words)
    accusable = [p for p in parties if p.kind != "ngo"]
    return World(parties, accusable, [p for p in parties if p.kind == "ngo"], organs, places, people, words,
                 _zipf(len(parties), 0.9), _zipf(len(accusable), 0.9), _zipf(len(words), 1.0))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class DocumentWriter:
    """Builds one document's text sentence by sentence, keeping every sentence's offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, sentence: str) -> int:
        """Append ``sentence``; return where it starts in the text."""
        if self.parts:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(sentence)
        self.length += len(sentence)
        return start

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _allegation(
    rng: random.Random, world: World, published: date
) -> tuple[str, dict[str, Any], list[str], list[str], list[tuple[Party, str]]]:
    """A sentence, its allegation's columns (without ids and offsets), categories, acts, and parties named."""
    speaker = rng.choices(world.parties, cum_weights=world.speaker_weights)[0]
    accused = rng.choices(world.accusable, cum_weights=world.accused_weights)[0]
    denies = rng.random() < 0.15
    if denies and speaker.kind != "ngo" and rng.random() < 0.7:
        accused = speaker  # a party denying what it is accused of
    if speaker.kind == "state" and rng.random() < 0.3:
        speaker = rng.choice(world.organs[speaker.name])  # a ministry speaking for its state
    categories = rng.sample(CATEGORIES, rng.choice((1, 1, 1, 2)))
    acts = rng.sample(sorted(ACT_WORDS), 1) if rng.random() < 0.4 else []
    said = rng.choice(speaker.written)
    about = rng.choice(accused.written)
    place = rng.choice(world.places)
    crimes = " and ".join(CATEGORY_WORDS[c] for c in categories)
    including = f", including {ACT_WORDS[acts[0]]}," if acts else ""
    statement = published - timedelta(days=rng.randrange(1, 20)) if rng.random() < 0.3 else None
    when = f" on {statement.isoformat()}" if statement else ""
    if denies:
        sentence = rng.choice((f"{_capital(said)} denied that {about} had committed {crimes}{including} in {place}{when}.",
                               f"{_capital(said)} rejected accusations of {crimes} against {about}{when}."))
    else:
        sentence = rng.choice((f"{_capital(said)} accused {about} of {crimes}{including} in {place}{when}.",
                               f"{_capital(said)} said{when} that {about} committed {crimes}{including} near {place}.",
                               f"{_capital(said)} held {about} responsible for {crimes} in {place}{when}."))
    columns = {
        "speaker": speaker.name, "speaker_text": _capital(said),
        "speaker_person": rng.choice(world.people) if rng.random() < 0.1 else None, "source": None,
        "accused": accused.name, "accused_text": about, "stance": "denies" if denies else "asserts",
        "hedged": rng.random() < 0.2, "certainty": round(rng.uniform(0.5, 1.0), 2),
        "responsibility": rng.choice((None, None, "principal", "lesser")),
        "statement_date": statement.isoformat() if statement else None,
        "dated": statement or published, "page": None,
    }
    return sentence, columns, categories, acts, [(speaker, _capital(said)), (accused, about)]


def _filler(rng: random.Random, world: World) -> str:
    a, b = rng.choices(world.words, cum_weights=world.word_weights, k=2)
    place = rng.choice(world.places)
    return rng.choice((f"Observers in {place} reported {a} and {b} along the main road.",
                       f"Aid convoys reached {place} after talks on {a} supplies.",
                       f"Residents of {place} described {a} shortages and {b} at night."))


def document_rows(rng: random.Random, world: World, number: int, rows: Rows, next_ids: dict[str, int]) -> None:
    """Append one document and its records to ``rows``; ``next_ids`` hands out record ids."""
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    writer = DocumentWriter()
    allegations: list[tuple[int, int, dict[str, Any], list[str], list[str]]] = []
    figures: list[tuple[int, str, dict[str, Any]]] = []
    mentions: list[tuple[int, Party, str]] = []
    for seq in range(PER_DOCUMENT):
        sentence, columns, categories, acts, named = _allegation(rng, world, published)
        start = writer.add(sentence)
        allegations.append((start, len(sentence), columns, categories, acts))
        mentions += [(start + sentence.index(surface), party, surface) for party, surface in named]
        if seq in (3, 7):
            writer.add(_filler(rng, world))
        if seq == 5:
            figures += _figure_sentences(rng, world, writer)
    text = writer.text
    doc_id = document_id(text)
    first = allegations[0][2]
    ingested_at = INGEST_START + timedelta(seconds=number)
    rows.documents.append({
        "id": doc_id, "origin": f"synthetic://ledger/{number}", "media_type": "text/plain",
        "title": f"{first['accused_text']}: report {number}", "publisher": rng.choice(world.ngos).name,
        "published": published, "text": text, "raw": b"", "ingested_at": ingested_at,
        "casefile_version": VERSION, "extractor_version": VERSION,
    })
    for seq, (start, party, surface) in enumerate(sorted(mentions, key=lambda m: m[0])):
        rows.actor_mentions.append({
            "id": next_ids["actor_mentions"], "document_id": doc_id, "seq": seq,
            "actor_id": world.actor_ids[party.name], "kind": party.kind, "surface": surface,
            "part_of": party.part_of, "from_gazetteer": True, "start_offset": start,
            "end_offset": start + len(surface), "evidence_text": surface, "page": None,
        })
        next_ids["actor_mentions"] += 1
    for seq, (start, length, columns, categories, acts) in enumerate(allegations):
        allegation_id = next_ids["allegations"]
        next_ids["allegations"] += 1
        rows.allegations.append({"id": allegation_id, "document_id": doc_id, "seq": seq, "ingested_at": ingested_at,
                                 **columns,
                                 "start_offset": start, "end_offset": start + length,
                                 "evidence_text": text[start:start + length]})
        rows.allegation_categories += [{"allegation_id": allegation_id, "position": i, "category": c}
                                       for i, c in enumerate(categories)]
        rows.allegation_acts += [{"allegation_id": allegation_id, "position": i, "act": a} for i, a in enumerate(acts)]
    for seq, (start, quoted, columns) in enumerate(figures):
        rows.figures.append({"id": next_ids["figures"], "document_id": doc_id, "seq": seq, **columns,
                             "start_offset": start, "end_offset": start + len(quoted), "evidence_text": quoted,
                             "page": None})
        next_ids["figures"] += 1


def _figure_sentences(rng: random.Random, world: World, writer: DocumentWriter) -> list[tuple[int, str, dict[str, Any]]]:
    """Two figure sentences: a toll with a part of it ("including 44 children"), and a displacement."""
    place, elsewhere = rng.sample(world.places, 2)
    total = rng.randrange(10, 5_000)
    part = rng.randrange(1, total)
    ngo = rng.choice(world.ngos).name
    toll = f"At least {total:,} people were killed in {place}, including {part:,} children, according to {ngo}."
    start = writer.add(toll)
    killed = f"At least {total:,} people were killed"
    children = f"including {part:,} children"
    found: list[tuple[int, str, dict[str, Any]]] = [
        (start, killed, {"value": total, "low": total, "high": None, "qualifier": "at least", "what": "people",
                         "category": "killed", "attributed_to": ngo}),
        (start + toll.index(children), children, {"value": part, "low": None, "high": None, "qualifier": None,
                                                  "what": "children", "category": "killed", "attributed_to": ngo}),
    ]
    moved = rng.randrange(100, 90_000)
    sentence = f"About {moved:,} residents of {elsewhere} were displaced."
    start = writer.add(sentence)
    found.append((start, sentence[:-1], {"value": moved, "low": None, "high": None, "qualifier": "about",
                                         "what": "residents", "category": "displaced", "attributed_to": None}))
    return found


def batches(world: World, documents: int, *, seed: int = SEED, size: int = 2_000) -> Iterator[Rows]:
    """``documents`` documents in batches of ``size``, the same for the same seed."""
    rng = random.Random(seed + 1)
    next_ids = {"allegations": 1, "figures": 1, "actor_mentions": 1}
    rows = Rows()
    for number in range(documents):
        document_rows(rng, world, number, rows, next_ids)
        if len(rows.documents) == size:
            yield rows
            rows = Rows()
    if rows.documents:
        yield rows


def actor_rows(world: World) -> list[dict[str, Any]]:
    return [{"id": world.actor_ids[p.name], "name": p.name, "kind": p.kind} for p in world.actors]


# --- writing -------------------------------------------------------------------------


class BulkWriter:
    """Inserts many rows per table the fastest ordinary way the database has."""

    def __init__(self, connection: Any, dialect: str, columns: dict[str, list[str]]) -> None:
        self.connection = connection  # the DB-API connection (sqlite3 or psycopg)
        self.dialect = dialect
        self.columns = columns  # per table: the columns it really has

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        names = [c for c in self.columns[table] if c in rows[0]]
        values = [tuple(row[c] for c in names) for row in rows]
        cursor = self.connection.cursor()
        try:
            if self.dialect == "postgresql":
                with cursor.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                    for value in values:
                        copy.write_row(value)
            else:
                marks = ", ".join("?" for _ in names)
                cursor.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)
        finally:
            cursor.close()

    def commit(self) -> None:
        self.connection.commit()
