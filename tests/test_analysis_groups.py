"""Organs of one party merged in timelines and denial links; figures grouped across documents with ranges.

Every state, group, organisation, person, place and number here is invented. Unit tests run
on records built by hand; the end-to-end tests ingest three fictional documents with the
real extractor and a fictional gazetteer into SQLite (and PostgreSQL when configured), then
read them back through the analysis API and the CLI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_store import postgresql_url, sqlite_url, url  # noqa: F401  (fixtures)
from typer.testing import CliRunner

from casefile.analysis import build_timelines, check_figures, date_allegations, group_claims, link_denials
from casefile.analysis.api import claim_ledger, figure_report, parties, timelines
from casefile.analysis.figure_groups import group_estimate, stated_estimate
from casefile.analysis.figure_scope import DocumentWords, unit_of
from casefile.analysis.organs import Parties
from casefile.cli import app
from casefile.records import Allegation, Evidence, Figure, StoredDocument
from casefile.service import ingest
from casefile.store import Store

STATE = "Republic of Veloria"
MINISTRY = "Velorian Ministry of Defence"
ARMY = "Velorian Armed Forces"
SPOKESPERSON = "Idris Marrow"
FRONT = "Ostrand Liberation Front"
WATCH = "Corvane Watch"
UNION = "Union of Nations"
COMMISSION = "Tessaly Inquiry Commission"
TRIBUNAL = "Tessaly Special Tribunal"

# name, kind, part_of, aliases, adjectives
ACTORS = [
    (STATE, "state", "", ["Veloria"], ["Velorian"]),
    (MINISTRY, "government_body", STATE, ["Velorian defence ministry"], []),
    (ARMY, "government_body", STATE, ["Velorian army"], []),
    (SPOKESPERSON, "person", MINISTRY, ["Marrow"], []),
    (FRONT, "armed_group", "", ["Ostrand Front"], []),
    (WATCH, "ngo", "", [], []),
    (UNION, "un_body", "", [], []),
    (COMMISSION, "un_body", UNION, [], []),
    (TRIBUNAL, "court", STATE, [], []),
]
PARTIES = Parties.from_actors(SimpleNamespace(name=n, kind=k, part_of=p or None) for n, k, p, _, _ in ACTORS)

runner = CliRunner()


# --- helpers ---------------------------------------------------------------------------


def document(doc_id: str, published: str, text: str = "", title: str | None = None) -> StoredDocument:
    return StoredDocument(doc_id, f"{doc_id}.txt", "text/plain", text, title, None, date.fromisoformat(published),
                          "2026-01-01T00:00:00")


DOCS = [document("doc-a", "2025-01-10"), document("doc-b", "2025-02-14"), document("doc-c", "2025-03-20")]


def allege(doc: str, speaker: str, accused: str, categories: tuple[str, ...], stance: str = "asserts",
           start: int = 0) -> Allegation:
    words = f"{speaker} on {accused}: {', '.join(categories)}"
    return Allegation(speaker, accused, categories, stance, Evidence(doc, start, start + len(words), words))  # type: ignore[arg-type]


def figure_at(text: str, doc: str, phrase: str, value: int, what: str = "people killed", category: str = "killed",
              source: str | None = None, low: int | None = None, high: int | None = None) -> Figure:
    start = text.index(phrase)
    return Figure(value, what, category, Evidence(doc, start, start + len(phrase), phrase), source, low, high)


# --- organs of one party -------------------------------------------------------------------


def test_party_climbs_organ_links_but_not_mandated_bodies() -> None:
    assert PARTIES.party(SPOKESPERSON) == STATE  # spokesperson -> ministry -> state
    assert PARTIES.party(ARMY) == STATE
    assert PARTIES.party(COMMISSION) == COMMISSION  # a commission of inquiry is a voice of its own
    assert PARTIES.party(TRIBUNAL) == TRIBUNAL  # so is a court, even a state's
    assert PARTIES.organ_chain(SPOKESPERSON) == [SPOKESPERSON, MINISTRY, STATE]
    assert Parties.of({MINISTRY: STATE}).party(MINISTRY) == STATE  # a bare mapping: every link counts


def test_organs_merge_into_one_timeline_that_names_who_spoke() -> None:
    allegations = [
        allege("doc-a", MINISTRY, FRONT, ("war_crimes",)),
        allege("doc-b", STATE, FRONT, ("genocide",)),
        allege("doc-c", SPOKESPERSON, FRONT, ("crimes_against_humanity",)),
        allege("doc-b", MINISTRY, STATE, ("war_crimes",), stance="denies", start=100),  # about itself: no step
    ]
    dated = date_allegations(allegations, DOCS)
    (merged,) = build_timelines(dated, PARTIES)
    assert (merged.speaker, merged.accused) == (STATE, FRONT)
    assert [(s.kind, s.speakers) for s in merged.steps] == [
        ("first", (MINISTRY,)), ("escalation", (STATE,)), ("de-escalation", (SPOKESPERSON,)),
    ]
    assert merged.speakers == (MINISTRY, STATE, SPOKESPERSON)
    assert [r.speaker for s in merged.steps for r in s.reports] == [MINISTRY, STATE, SPOKESPERSON]
    separate = build_timelines(dated)  # without part_of links every organ keeps its own timeline
    assert sorted(t.speaker for t in separate) == sorted([SPOKESPERSON, MINISTRY, STATE])


def test_accusations_against_a_states_forces_join_the_states_timeline() -> None:
    allegations = [
        allege("doc-a", WATCH, ARMY, ("war_crimes",)),
        allege("doc-c", WATCH, STATE, ("crimes_against_humanity",)),
        allege("doc-b", COMMISSION, FRONT, ("war_crimes",)),
        allege("doc-c", UNION, FRONT, ("genocide",)),
    ]
    found = {(t.speaker, t.accused): t for t in build_timelines(date_allegations(allegations, DOCS), PARTIES)}
    watch = found[(WATCH, STATE)]
    assert [(s.kind, s.accused_as) for s in watch.steps] == [("first", (ARMY,)), ("escalation", (STATE,))]
    assert watch.accused_as == (ARMY, STATE)
    assert (COMMISSION, FRONT) in found and (UNION, FRONT) in found  # not merged: separate voices


def test_denial_by_an_organ_answers_the_claim_against_its_state() -> None:
    allegations = [
        allege("doc-a", WATCH, STATE, ("war_crimes",)),
        allege("doc-b", MINISTRY, MINISTRY, ("war_crimes",), stance="denies"),
        allege("doc-c", SPOKESPERSON, STATE, ("war_crimes",), stance="denies"),
        allege("doc-c", COMMISSION, UNION, ("war_crimes",), stance="denies", start=200),
        allege("doc-a", WATCH, UNION, ("war_crimes",), start=300),
    ]
    claims = group_claims(date_allegations(allegations, DOCS))
    index = link_denials(claims, PARTIES)
    accusation = next(c for c in claims if c.speaker == WATCH and c.accused == STATE)
    assert {d.speaker for d in index.denials_of(accusation)} == {MINISTRY, SPOKESPERSON}
    ministry = next(c for c in claims if c.speaker == MINISTRY)
    assert index.answered_by(ministry) == (accusation,)
    against_union = next(c for c in claims if c.accused == UNION and c.stance == "asserts")
    assert index.denials_of(against_union) == ()  # a commission does not deny for the organisation
    assert link_denials(claims).links == ()  # without part_of no organ acts for anyone


# --- what a figure counts ----------------------------------------------------------------


@pytest.mark.parametrize(("what", "category", "unit"), [
    ("people killed", "killed", "people"), ("toll", "killed", "people"), ("victims", "killed", "people"),
    ("killed", "killed", "people"), ("children killed", "killed", "children"), ("women dead", "killed", "women"),
    ("civilians lost", "killed", "civilians"), ("Ostrand refugees", "displaced", "refugees"),
    ("hostages", "hostages", "people"), ("captives freed", "released", "hostages"), ("hostages", "killed", "hostages"),
    ("separate incidents", "other", "incident"), ("field hospitals", "other", "hospital"),
])
def test_unit_of_a_figure(what: str, category: str, unit: str) -> None:
    assert unit_of(what, category) == unit


def test_names_are_words_capitalized_inside_sentences_and_never_lower_case() -> None:
    text = ("Rebels Seize Market Town In Night Raid\n"
            "Officials said the raid on Orm killed 12 people in March. Residents of Orm fled to the market. "
            "Officials in Palk said: \"Nobody was spared.\" Later the Palk Relief Board counted the dead in Orm.")
    words = DocumentWords.of(document("t", "2025-01-01", text))
    # not the headline's capitals, sentence or quote openers, months, nor "Market" (also written lower case)
    assert words.proper == {"orm", "palk", "relief", "board"}


# --- ranges ------------------------------------------------------------------------------


def test_a_stated_range_gives_low_best_high() -> None:
    bare = stated_estimate(40, 40, 60)
    assert (bare.low, bare.best, bare.high, bare.rule) == (40, 50, 60, "midpoint of the stated range")
    central = stated_estimate(35, 30, 40)  # "about 35, between 30 and 40"
    assert (central.low, central.best, central.high) == (30, 35, 40)
    assert stated_estimate(7, None, None).rule == "the one value stated"


# --- figures across documents --------------------------------------------------------------

TESSIN = {
    "doc-a": ("2025-01-10", "Velorian forces shelled Tessin. At least 120 people were killed in the shelling of Tessin, "
                            "the Tessin Health Office said. In Harlow, 30 people were killed in a separate raid."),
    "doc-b": ("2025-02-14", "The Tessin Health Office said 150 people had been killed in the shelling of Tessin. "
                            "Between 40 and 60 people were killed in Harlow, witnesses said."),
    "doc-c": ("2025-03-20", "The toll from the shelling of Tessin was revised down to 135, the Tessin Health Office "
                            "said, after some victims were found to have been counted twice."),
}


def tessin_figures() -> tuple[list[StoredDocument], list[Figure]]:
    docs = [document(d, day, text) for d, (day, text) in TESSIN.items()]
    a, b, c = (TESSIN[d][1] for d in TESSIN)
    office = "Tessin Health Office"
    figures = [
        figure_at(a, "doc-a", "120 people", 120, source=office),
        figure_at(a, "doc-a", "30 people", 30),
        figure_at(b, "doc-b", "150 people", 150, source=office),
        figure_at(b, "doc-b", "40 and 60", 40, low=40, high=60),
        figure_at(c, "doc-c", "135", 135, what="toll", source=office),
    ]
    return docs, figures


def test_a_toll_reported_in_three_documents_is_one_group_flagged_when_it_falls() -> None:
    docs, figures = tessin_figures()
    groups = check_figures(docs, figures).groups
    tessin = next(g for g in groups if 120 in [v.value for v in g.values])
    assert [(v.value, v.document, v.date) for v in tessin.values] == [
        (120, "doc-a", "2025-01-10"), (150, "doc-b", "2025-02-14"), (135, "doc-c", "2025-03-20"),
    ]
    assert all(v.attributed_to == "Tessin Health Office" for v in tessin.values)
    assert (tessin.low, tessin.best, tessin.high, tessin.spread) == (120, 135, 150, 30)
    assert tessin.best_rule == "the latest report (2025-03-20)"
    assert tessin.cumulative and tessin.fell and tessin.flagged
    (fall,) = tessin.falls
    assert (fall.earlier, fall.earlier_date, fall.later, fall.later_date, fall.same_source) == (
        150, "2025-02-14", 135, "2025-03-20", True)
    assert "Tessin" in tessin.about


def test_figures_about_another_place_form_their_own_group_with_the_range() -> None:
    docs, figures = tessin_figures()
    report = check_figures(docs, figures)
    harlow = next(g for g in report.groups if 30 in [v.value for v in g.values])
    assert [v.value for v in harlow.values] == [30, 40]
    assert (harlow.low, harlow.high) == (30, 60)  # the stated range counts with both ends
    assert harlow.best == 50  # the latest report is the range, whose best is its midpoint
    assert not harlow.fell  # 30 and then 40 to 60: no report below an earlier one
    (stated,) = report.ranges
    assert (stated.low, stated.best, stated.high, stated.date) == (40, 50, 60, "2025-02-14")


def test_best_of_simultaneous_reports_is_their_median() -> None:
    text = ("The Dunmore Relief Office said 900 people had been displaced in Dunmore. "
            "Officials in Dunmore put the number of displaced at 1,100 people. "
            "Another agency said 1,000 people were displaced in Dunmore.")
    earlier = "Some 400 people had been displaced in Dunmore by the floods."
    docs = [document("d1", "2025-05-01", earlier), document("d2", "2025-06-01", text)]
    figures = [
        figure_at(earlier, "d1", "400 people", 400, "people displaced", "displaced"),
        figure_at(text, "d2", "900 people", 900, "people displaced", "displaced"),
        figure_at(text, "d2", "1,100 people", 1100, "people displaced", "displaced"),
        figure_at(text, "d2", "1,000 people", 1000, "people displaced", "displaced"),
    ]
    (group,) = check_figures(docs, figures).groups
    assert (group.low, group.best, group.high) == (400, 1000, 1100)
    assert group.best_rule == "median of the 3 reports of the latest date (2025-06-01)"
    two = group_estimate(group.values[:3])  # 400 on one date, 900 and 1,100 on the next
    assert (two.best, two.rule) == (900, "median of the 2 reports of the latest date (2025-06-01), the lower middle value")
    assert not group.cumulative and not group.fell


def test_a_running_toll_and_one_attacks_toll_are_not_one_figure() -> None:
    texts = {
        "p1": ("2025-01-05", "Officials said 2,000 people had been killed in Marsk since the war began."),
        "p2": ("2025-02-05", "An air strike on a market in Marsk killed 40 people, officials said."),
        "p3": ("2025-03-05", "Officials said 2,600 people had been killed in Marsk since the war began."),
    }
    docs = [document(d, day, text) for d, (day, text) in texts.items()]
    figures = [figure_at(text, d, phrase, value) for d, (_, text) in texts.items()
               for phrase, value in (("2,000 people", 2000), ("40 people", 40), ("2,600 people", 2600)) if phrase in text]
    (group,) = check_figures(docs, figures).groups
    assert [v.value for v in group.values] == [2000, 2600] and not group.fell


def test_two_attacks_on_one_town_a_year_apart_are_two_figures() -> None:
    texts = {
        "y1": ("2024-02-01", "Shelling of Brask killed 60 people, the mayor said."),
        "y2": ("2024-02-20", "The mayor said the shelling of Brask had killed 64 people."),
        "y3": ("2025-04-01", "A new shelling of Brask killed 9 people, the mayor said."),
    }
    docs = [document(d, day, text) for d, (day, text) in texts.items()]
    figures = [figure_at(text, d, phrase, value) for d, (_, text) in texts.items()
               for phrase, value in (("60 people", 60), ("64 people", 64), ("9 people", 9)) if phrase in text]
    (group,) = check_figures(docs, figures).groups
    assert [v.value for v in group.values] == [60, 64] and not group.flagged


def test_a_figure_naming_nothing_is_not_grouped() -> None:
    texts = {"n1": ("2025-01-01", "They said 50 people were killed."), "n2": ("2025-01-09", "They said 55 people were killed.")}
    docs = [document(d, day, text) for d, (day, text) in texts.items()]
    figures = [figure_at(text, d, phrase, value) for d, (_, text) in texts.items()
               for phrase, value in (("50 people", 50), ("55 people", 55)) if phrase in text]
    assert check_figures(docs, figures).groups == ()


def test_party_names_say_who_speaks_not_what_happened() -> None:
    texts = {
        "m1": ("2025-01-01", "The Republic of Veloria said 50 people were killed in Orm."),
        "m2": ("2025-01-09", "The Republic of Veloria said 70 people were killed in Palk."),
    }
    docs = [document(d, day, text) for d, (day, text) in texts.items()]
    figures = [figure_at(text, d, phrase, value) for d, (_, text) in texts.items()
               for phrase, value in (("50 people", 50), ("70 people", 70)) if phrase in text]
    assert check_figures(docs, figures, masks=("Republic of Veloria",)).groups == ()
    assert len(check_figures(docs, figures).groups) == 1  # unmasked, the speaker's name would join them


# --- end to end: the real extractor, a store, the CLI -----------------------------------------

STORIES = {
    "a.txt": (
        "date 2025-01-10\n"
        "Corvane Watch accuses Veloria over shelling of Tessin\n"
        "Corvane Watch accused the Republic of Veloria of war crimes in the town of Tessin.\n"
        "At least 120 people were killed in the shelling of Tessin, according to the Tessin Health Office.\n"
        "The Velorian Ministry of Defence accused the Ostrand Liberation Front of war crimes.\n"
    ),
    "b.txt": (
        "date 2025-02-14\n"
        "Veloria rejects Tessin findings\n"
        "The Velorian Ministry of Defence denied that its forces committed war crimes in Tessin.\n"
        "The Tessin Health Office said 150 people had been killed in the shelling of Tessin.\n"
        "Between 40 and 60 people are still missing in Harlow, the Harlow Relief Office said.\n"
        "The Republic of Veloria accused the Ostrand Liberation Front of genocide.\n"
    ),
    "c.txt": (
        "date 2025-03-20\n"
        "Tessin toll revised down\n"
        "The Tessin Health Office said 135 people had been killed in the shelling of Tessin, after some victims "
        "were found to have been counted twice.\n"
        "Idris Marrow said the Ostrand Liberation Front had committed crimes against humanity.\n"
    ),
}


def _toml(entries: list[tuple[str, str, str, list[str], list[str]]]) -> str:
    blocks = [
        f'[[actor]]\nname = "{n}"\nkind = "{k}"\naliases = {json.dumps(a)}\nacronyms = []\n'
        f'adjectives = {json.dumps(j)}\ncapitals = []\npart_of = "{p}"\nnote = "fictional"\n'
        for n, k, p, a, j in entries
    ]
    return 'version = "test-groups"\n\n' + "\n".join(blocks)


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three fictional stories on disk, and their gazetteer (one file per module: one pipeline)."""
    folder = tmp_path_factory.mktemp("veloria")
    (folder / "actors.toml").write_text(_toml(ACTORS), encoding="utf-8")
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def veloria(url: str, stories: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # noqa: F811
    """The stories ingested by the service into a fresh SQLite or PostgreSQL database."""
    monkeypatch.setenv("CASEFILE_ACTORS", str(stories / "actors.toml"))
    with Store.open(url) as store:
        summary = ingest([str(stories / name) for name in STORIES], store=store)
        assert len(summary.stored) == 3 and not summary.failed, summary
    yield url


def test_store_timeline_merges_organs_and_links_the_organs_denial(veloria: str) -> None:
    with Store.open(veloria) as store:
        found = {(t.speaker, t.accused): t for t in timelines(store)}
        entries = claim_ledger(store)
        separate = timelines(store, merge_organs=False)
        by_organ = timelines(store, speaker="Marrow")
    velorian = found[(STATE, FRONT)]
    assert [(s.kind, s.speakers) for s in velorian.steps] == [
        ("first", (MINISTRY,)), ("escalation", (STATE,)), ("de-escalation", (SPOKESPERSON,)),
    ]
    assert (STATE, STATE) not in found and (MINISTRY, MINISTRY) not in found  # self-denials stay denials
    assert {t.speaker for t in separate} >= {MINISTRY, STATE, SPOKESPERSON}
    assert [t.speaker for t in by_organ] == [STATE]  # a filter finds the party through its organ
    accusation = next(e for e in entries if e.claim.speaker == WATCH and e.claim.accused == STATE)
    assert [ref.speaker for ref in accusation.denied_by] == [MINISTRY]
    denial = next(e for e in entries if e.claim.speaker == MINISTRY and e.claim.stance == "denies")
    assert [ref.speaker for ref in denial.answers] == [WATCH]


def test_store_figures_group_across_the_three_documents(veloria: str) -> None:
    with Store.open(veloria) as store:
        report = figure_report(store)
        only_killed = figure_report(store, category="missing")
    (tessin,) = [g for g in report.groups if g.category == "killed"]
    assert [v.value for v in tessin.values] == [120, 150, 135]
    assert [v.date for v in tessin.values] == ["2025-01-10", "2025-02-14", "2025-03-20"]
    assert (tessin.low, tessin.best, tessin.high, tessin.spread, tessin.documents) == (120, 135, 150, 30, 3)
    assert tessin.flagged and [(f.earlier, f.later) for f in tessin.falls] == [(150, 135)]
    (stated,) = report.ranges
    assert (stated.low, stated.best, stated.high, stated.figure.category) == (40, 50, 60, "missing")
    assert only_killed.groups == () and len(only_killed.ranges) == 1


def test_gazetteer_fills_a_whole_no_document_names(stories: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_ACTORS", str(stories / "actors.toml"))
    with Store.open(f"sqlite:///{tmp_path / 'one.db'}") as store:
        assert ingest([str(stories / "c.txt")], store=store).stored
        assert MINISTRY not in {a.name for a in store.actors()}
        assert parties(store).party(SPOKESPERSON) == STATE  # through the ministry the store never saw
        (timeline,) = timelines(store)
    assert (timeline.speaker, timeline.steps[0].speakers) == (STATE, (SPOKESPERSON,))


def test_cli_shows_merged_organs_groups_and_ranges(stories: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_ACTORS", str(stories / "actors.toml"))
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), *(str(stories / n) for n in STORIES)])
    assert result.exit_code == 0, result.output
    checks = json.loads(runner.invoke(app, ["figures", "--check", "--json", "--db", str(db)]).stdout)
    assert set(checks) == {"relations", "groups", "ranges"}
    (group,) = [g for g in checks["groups"] if g["category"] == "killed"]
    assert (group["low"], group["best"], group["high"], group["spread"]) == (120, 135, 150, 30)
    assert [v["value"] for v in group["values"]] == [120, 150, 135] and group["fell"] and group["falls"]
    assert [(r["low"], r["best"], r["high"]) for r in checks["ranges"]] == [(40, 50, 60)]
    positions = json.loads(runner.invoke(app, ["positions", "--json", "--db", str(db)]).stdout)
    merged = next(t for t in positions if t["speaker"] == STATE)
    assert merged["speakers"] == [MINISTRY, STATE, SPOKESPERSON]
    separate = json.loads(runner.invoke(app, ["positions", "--separate-organs", "--json", "--db", str(db)]).stdout)
    assert MINISTRY in {t["speaker"] for t in separate}
    shown = runner.invoke(app, ["figures", "--check", "--db", str(db)], env={"COLUMNS": "250"}).stdout
    assert "cumulative toll fell" in shown and "stating a range" in shown
    shown = runner.invoke(app, ["positions", "--db", str(db)], env={"COLUMNS": "250"}).stdout
    assert MINISTRY in shown and SPOKESPERSON in shown
