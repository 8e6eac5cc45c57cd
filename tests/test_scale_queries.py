"""The store's queries at scale, on SQLite and PostgreSQL: pages and counts in SQL, the party-name
and actor-form lookups, documents near a date, and the analysis entry points that use them.

Every check compares with an answer worked out independently: from the records this file
writes, or from the whole-ledger path the pushed-down query must agree with. All parties,
places and numbers are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from alembic import command
from sqlalchemy import insert
from test_store import postgresql_url, sqlite_url, url  # noqa: F401  (fixtures)

from casefile.analysis import figure_report, timelines
from casefile.records import (
    ActorMention,
    Allegation,
    Evidence,
    Extraction,
    Figure,
    SourceDocument,
    normalize_text,
)
from casefile.store import Store, actor_forms, ledger_order, migrate, parties
from casefile.store.engine import make_engine
from casefile.store.migrate import alembic_config
from casefile.store.models import AllegationRow

# (speaker, speaker as written, accused, accused as written, stance, category): one sentence each
STATEMENTS = [
    ("Republic of Varnia", "The Varnian government", "Ostrel Liberation Front", "the Front", "asserts", "terrorism"),
    ("Varnian Foreign Ministry", "Varnia's foreign ministry", "Ostrel Liberation Front", "Ostrel fighters", "asserts",
     "war_crimes"),
    ("Civic Watch International", "Civic Watch", "Republic of Varnia", "Varnian troops", "asserts", "war_crimes"),
    ("Ostrel Liberation Front", "The Front", "Republic of Varnia", "the Varnian army", "asserts",
     "crimes_against_humanity"),
    ("Republic of Varnia", "Varnia", "Republic of Varnia", "its army", "denies", "war_crimes"),
    ("Tarsk Coastal Guard", "The 100% Guard", "Meridel_Commission", "the commission", "asserts", "other_crime"),
    ("Civic Watch International", "Civic Watch", "Ostrel Liberation Front", "OLF units", "asserts", "war_crimes"),
]
KINDS = {"Republic of Varnia": "state", "Varnian Foreign Ministry": "government_body",
         "Civic Watch International": "ngo", "Ostrel Liberation Front": "armed_group",
         "Tarsk Coastal Guard": "armed_group", "Meridel_Commission": "un_body"}
PART_OF = {"Varnian Foreign Ministry": "Republic of Varnia"}
NEEDLES = ["varnia", "VARNIAN", "front", "Civic", "watch intern", "ostrel fighters", "its army", "%", "_", "100%",
           "meridel_", "guard", "nobody", "a", "the"]


def _document(number: int) -> tuple[SourceDocument, Extraction]:
    """Document ``number``: every statement once, published ``number`` weeks after 2025-01-06."""
    sentences = [f"{said} accused {about} of crimes near Dalvik ({number}-{i})."
                 for i, (_, said, _, about, _, _) in enumerate(STATEMENTS)]
    figures_text = f"At least {40 + number} people were killed in Dalvik, according to Civic Watch."
    text = normalize_text(" ".join([*sentences, figures_text]))
    source = SourceDocument(origin=f"memo-{number}.txt", media_type="text/plain", text=text, raw=text.encode(),
                            title=f"Memo {number}", published=date(2025, 1, 6) + timedelta(weeks=number))
    allegations, mentions = [], []
    for sentence, (speaker, said, accused, about, stance, category) in zip(sentences, STATEMENTS, strict=True):
        start = text.index(sentence)
        evidence = Evidence(source.id, start, start + len(sentence), sentence)
        allegations.append(Allegation(speaker, accused, (category,), stance, evidence, speaker_text=said,
                                      accused_text=about))
        for name, surface in ((speaker, said), (accused, about)):
            at = text.index(surface, start)
            mentions.append(ActorMention(name, KINDS[name], surface, Evidence(source.id, at, at + len(surface), surface),
                                         part_of=PART_OF.get(name)))
    at = text.index("At least")
    toll = f"At least {40 + number} people were killed"
    figure = Figure(40 + number, "people", "killed", Evidence(source.id, at, at + len(toll), toll), qualifier="at least")
    return source, Extraction(source.id, tuple(allegations), (figure,), tuple(sorted(mentions, key=lambda m: m.evidence.start)))


DOCUMENTS = 6


@pytest.fixture
def ledger(url: str) -> Iterator[Store]:  # noqa: F811
    with Store.open(url) as store:
        for number in range(DOCUMENTS):
            assert store.save(*_document(number))
        yield store


def _expected(needle: str, role: str) -> list[tuple[str, str]]:
    """(document origin order is ingest order) the statements a substring filter keeps, by hand."""
    lowered = needle.lower()
    keep = []
    for number in range(DOCUMENTS):
        for speaker, said, accused, about, _, _ in STATEMENTS:
            name, written = (speaker, said) if role == "speaker" else (accused, about)
            if lowered in name.lower() or lowered in written.lower():
                keep.append((f"memo-{number}", f"{said}|{about}"))
    return keep


@pytest.mark.parametrize("role", ["speaker", "accused"])
def test_party_filters_match_name_or_words_as_written(ledger: Store, role: str) -> None:
    origins = {d.id: d.origin.removesuffix(".txt") for d in ledger.documents()}
    for needle in NEEDLES:
        found = ledger.allegations(**{role: needle})
        got = [(origins[a.evidence.document], f"{a.speaker_text}|{a.accused_text}") for a in found]
        assert got == _expected(needle, role), needle
        assert ledger.count_allegations(**{role: needle}) == len(got), needle


def test_pages_and_counts_agree_with_the_whole_list(ledger: Store) -> None:
    for filters in ({}, {"speaker": "varnia"}, {"accused": "front", "category": "war_crimes"},
                    {"stance": "denies"}, {"since": date(2025, 1, 20)}):
        everything = ledger.allegations(**filters)
        assert ledger.count_allegations(**filters) == len(everything)
        pages = [ledger.allegations(**filters, limit=4, offset=start) for start in range(0, len(everything) + 4, 4)]
        assert [a for page in pages for a in page] == everything, filters
    first = ledger.documents()[-1].id  # the oldest: ingested first
    assert ledger.count_allegations(document=first[:10]) == len(STATEMENTS)


def test_exact_name_filters(ledger: Store) -> None:
    found = ledger.allegations(speaker_names={"Republic of Varnia", "Tarsk Coastal Guard"})
    assert {a.speaker for a in found} == {"Republic of Varnia", "Tarsk Coastal Guard"}
    assert len(found) == 3 * DOCUMENTS
    assert ledger.allegations(speaker_names=set()) == []
    assert ledger.count_allegations(accused_names={"Republic of Varnia"}, stance="asserts") == 2 * DOCUMENTS


def test_a_corrected_party_is_found_by_its_new_name(ledger: Store) -> None:
    doc = ledger.documents()[0].id
    first = ledger.reviewed_records(doc)["allegation"][0]
    ledger.review("allegation", first.id, "correct", by="tester", fields={"speaker": "Harrowgate Rights Monitor"})
    assert [a.speaker for a in ledger.allegations(speaker="harrowgate")] == ["Harrowgate Rights Monitor"]
    assert ledger.count_allegations(speaker="harrowgate") == 1


def test_lookups_hold_what_the_records_say(ledger: Store) -> None:
    names = sorted({s[0] for s in STATEMENTS} | {s[2] for s in STATEMENTS})
    assert ledger.party_names() == names
    summaries = {a.name: (a.kind, a.surfaces, a.part_of) for a in ledger.actors()}
    assert {f.name: (f.kind, f.surfaces, f.part_of) for f in ledger.actor_forms()} == summaries
    assert ledger.actor_forms()[0].name == "Civic Watch International"  # by name
    # the links alone (what the analysis reads for organs): the same kinds and wholes, no forms
    assert [(f.name, f.kind, f.part_of) for f in ledger.actor_links()] == [
        (a.name, summaries[a.name][0], summaries[a.name][2]) for a in ledger.actor_forms()]
    assert {f.surfaces for f in ledger.actor_links()} == {()}
    assert PART_OF.items() <= {f.name: f.part_of for f in ledger.actor_links()}.items()
    dates = ledger.published_dates()
    assert sorted(dates.values()) == [date(2025, 1, 6) + timedelta(weeks=n) for n in range(DOCUMENTS)]
    some = list(dates)[:2]
    assert ledger.published_dates([*some, "0" * 64]) == {d: dates[d] for d in some}


def test_a_bulk_load_rebuilds_the_lookups(url: str) -> None:  # noqa: F811
    source, extraction = _document(0)
    with Store.open(url) as store:
        store.save(source, Extraction(source.id))  # the document only; its allegations come in bulk
        doc_id = source.id
    engine = make_engine(url)
    rows = [{"document_id": doc_id, "seq": i, "speaker": a.speaker, "speaker_text": a.speaker_text,
             "accused": a.accused, "accused_text": a.accused_text, "stance": a.stance, "hedged": False,
             "certainty": 1.0, "start_offset": a.evidence.start, "end_offset": a.evidence.end,
             "evidence_text": a.evidence.text} for i, a in enumerate(extraction.allegations)]
    with engine.begin() as connection:
        connection.execute(insert(AllegationRow), rows)
        parties.rebuild(connection)
        actor_forms.rebuild(connection)
        ledger_order.backfill(connection)
    engine.dispose()
    with Store.open(url) as store:
        assert len(store.allegations(speaker="coastal")) == 1
        assert store.party_names()[0] == "Civic Watch International"
        # in document order, none left unsorted (the bulk rows carry no categories)
        assert [a.evidence for a in store.allegations()] == [a.evidence for a in extraction.allegations]


def test_reextraction_keeps_the_order_and_the_lookups(ledger: Store) -> None:
    source, extraction = _document(0)  # the first stored
    sentence = extraction.allegations[1].evidence
    renamed = replace(extraction.allegations[1], speaker="Harrowgate Rights Monitor")
    changed = replace(extraction, allegations=(renamed, *extraction.allegations[2:]))
    ledger.reextract(source, changed)
    everything = ledger.allegations()
    by_document = [a for n in range(DOCUMENTS) for a in ledger.allegations(document=_document(n)[0].id)]
    assert everything == by_document  # oldest-ingested document first, then document order
    assert everything[: len(changed.allegations)] == sorted(changed.allegations, key=lambda a: a.evidence.start)
    assert [a.evidence for a in ledger.allegations(speaker="harrowgate")] == [sentence]


def test_writing_to_sqlite_leaves_planner_statistics(sqlite_url: str) -> None:  # noqa: F811
    with Store.open(sqlite_url) as store:
        store.save(*_document(0))
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        analysed = {row[0] for row in connection.exec_driver_sql("SELECT DISTINCT idx FROM sqlite_stat1")}
    engine.dispose()
    assert {"ix_allegations_accused_order", "ix_allegations_speaker_accused"} <= analysed


def test_upgrading_to_0004_fills_the_lookups_from_what_is_stored(url: str) -> None:  # noqa: F811
    with Store.open(url) as store:
        for number in range(2):
            store.save(*_document(number))
        before = store.actors()
    command.downgrade(alembic_config(url), "0003")
    assert migrate(url) == "0004"
    with Store.open(url) as store:
        assert len(store.allegations(accused="varnian army")) == 2
        assert [(f.name, f.surfaces) for f in store.actor_forms()] == [(a.name, a.surfaces) for a in
                                                                       sorted(before, key=lambda a: a.name)]


def test_figures_near_a_document_come_from_the_closest_dates(ledger: Store) -> None:
    docs = sorted(ledger.documents(), key=lambda d: d.published or date.min)
    middle = docs[2]
    near, figures = ledger.figures_near(middle.id, {"killed"}, documents=2)
    assert {d.id for d in near} == {docs[1].id, docs[3].id}  # one before, one after
    assert {f.evidence.document for f in figures} == {docs[1].id, docs[3].id}
    near, figures = ledger.figures_near(middle.id, {"killed"}, documents=100)
    assert {d.id for d in near} == {d.id for d in docs} - {middle.id}
    assert ledger.figures_near(middle.id, {"displaced"}, documents=100) == ([], [])


def test_one_documents_figure_groups_include_the_nearby_reports(ledger: Store) -> None:
    doc = min(ledger.documents(), key=lambda d: d.published or date.min)
    report = figure_report(ledger, document=doc.id)
    whole = figure_report(ledger)  # the whole ledger: here small enough to be the reference
    expected = [g for g in whole.groups if any(v.document == doc.id for v in g.values)]
    assert report.groups == tuple(expected)
    assert expected and len({v.document for v in expected[0].values}) == DOCUMENTS


@pytest.mark.parametrize("merge_organs", [True, False])
def test_filtered_timelines_equal_the_whole_ledgers_filtered(ledger: Store, merge_organs: bool) -> None:
    everything = timelines(ledger, merge_organs=merge_organs)
    for needle in ["varnia", "foreign ministry", "front", "civic", "OSTREL", "nobody"]:
        for role in ("speaker", "accused"):
            kept = [t for t in everything
                    if any(needle.lower() in n.lower() for n in (getattr(t, role), *(
                        t.speakers if role == "speaker" else t.accused_as)))]
            assert timelines(ledger, merge_organs=merge_organs, **{role: needle}) == kept, (needle, role)
    both = timelines(ledger, speaker="varnia", accused="ostrel", merge_organs=merge_organs)
    assert both and all("varnia" in t.speaker.lower() or any("varnia" in s.lower() for s in t.speakers) for t in both)
