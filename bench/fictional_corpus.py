"""A generated corpus of fictional wire stories and one long fictional PDF report, for the benchmarks.

Template sentences (accusations, denials, hedges, figures, neutral filler) varied with a
fixed random seed. Every state, group, organisation, place and person here is invented.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

# --- the fictional world ------------------------------------------------------------
# None of these names refers to a real state, group, organisation or person.

STATES = ["Pellaria", "Korvenia", "Estmarch", "Ruvanne"]
ADJECTIVES = {"Pellaria": "Pellarian", "Korvenia": "Korvenian", "Estmarch": "Estmarcher", "Ruvanne": "Ruvannese"}
GROUPS = ["Amberline Front", "Hollis Ridge Brigades", "Saltmere Defence League", "Vey River Movement"]
NGOS = ["Lumen Watch", "Candor Rights Collective", "Brightwater Legal Aid", "Meridel Medical Relief"]
BODIES = ["Commission of Inquiry on Thessaly Vale", "Assembly of Coastal Nations", "Tribunal of the Nine Shores"]
PEOPLE = ["Ilsa Morventh", "Daro Quillfen", "Petra Vanlocke", "Osric Thallow", "Mina Corvasse", "Jurek Baltrane"]
PLACES = ["Thessaly Vale", "Carrow Ford", "Ashbeck", "Lindmoor", "Fenwick Cross", "Orrinhold", "Dunmere"]
CAPITALS = ["Velstrand", "Orrinhold", "Kaspen Bay"]
AGENCIES = ["Northgate Wire", "Tidewater Press Service"]
CRIMES = [
    "war crimes",
    "crimes against humanity",
    "genocide",
    "ethnic cleansing",
    "torture",
    "the unlawful killing of civilians",
    "collective punishment",
    "the use of starvation as a method of warfare",
]
ACTS = ["shelling", "the siege", "the raids", "the air strikes", "the detentions", "the forced transfers"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

ACCUSATIONS = [
    "{person}, a spokesperson for {state}, accused the {group} of {crime} in {place}.",
    "{ngo} said the {group} had committed {crime} during {act} around {place}.",
    "The {body} found that {adj} forces committed {crime} in {place} last {weekday}.",
    '"What happened in {place} is {crime}," said {person} of {ngo}, blaming the {group}.',
    "{state} accused {state2} of {crime} and called for an inquiry by the {body}.",
    "In a report released on {weekday}, {ngo} accused {adj} troops of {crime} in {place}.",
]
DENIALS = [
    "The {group} denied the accusations and said its fighters had targeted only military positions.",
    "{person}, speaking for the {adj} government, rejected the report as fabricated.",
    "{state} dismissed the allegations of {crime} as propaganda and denied any role in {act}.",
    'A spokesman for the {group} said the claims were "baseless" and denied holding civilians.',
]
HEDGES = [
    "{ngo} said {act} in {place} may amount to {crime}.",
    "The {body} said there were reasonable grounds to believe that {crime} may have been committed.",
    "Legal experts said the attacks on {place} could constitute {crime} if confirmed.",
    "{person} said it was too early to say whether {act} amounted to {crime}.",
]
FIGURES = [
    "At least {n} people were killed in {place}, according to {ngo}.",
    "The health authorities in {place} said {n} civilians had been killed and {m} wounded since {weekday}.",
    "{ngo} said about {big} people had been displaced from {place}.",
    "The {group} is holding {small} hostages, {person} told reporters.",
    "{adj} officials said {small} people were detained during {act}.",
    "The death toll in {place} rose to {n} on {weekday}, the {body} said.",
]
FILLER = [
    "Talks between the two sides are expected to resume in {capital} next week.",
    "The road between {place} and {place2} has been closed since the start of the month.",
    "Aid convoys waited at the crossing near {place} for a third day.",
    "Residents described long queues for bread and water in {place}.",
    "Markets in {capital} reopened on {weekday} after a week of curfews.",
    "The {body} is due to meet again in {capital} later this month.",
    "Rain has made several roads into {place} impassable.",
    "{agency} could not independently verify the accounts.",
]
KINDS = [(ACCUSATIONS, 3), (DENIALS, 2), (HEDGES, 2), (FIGURES, 3), (FILLER, 4)]


def _sentence(rng: random.Random) -> str:
    templates = rng.choices([t for t, _ in KINDS], weights=[w for _, w in KINDS])[0]
    state, state2 = rng.sample(STATES, 2)
    place, place2 = rng.sample(PLACES, 2)
    return rng.choice(templates).format(
        person=rng.choice(PEOPLE),
        state=state,
        state2=state2,
        adj=ADJECTIVES[state],
        group=rng.choice(GROUPS),
        ngo=rng.choice(NGOS),
        body=rng.choice(BODIES),
        place=place,
        place2=place2,
        capital=rng.choice(CAPITALS),
        agency=rng.choice(AGENCIES),
        crime=rng.choice(CRIMES),
        act=rng.choice(ACTS),
        weekday=rng.choice(WEEKDAYS),
        n=f"{rng.randint(3, 4000):,}",
        m=f"{rng.randint(3, 900):,}",
        big=f"{rng.randint(2, 90) * 1000:,}",
        small=rng.randint(2, 90),
    )


def generate_corpus(*, docs: int, words: int, seed: int) -> list[tuple[str, str]]:
    """``docs`` (filename, text) pairs of about ``words / docs`` words each, reproducibly."""
    rng = random.Random(seed)
    per_doc = max(1, words // docs)
    start = date(2031, 1, 1)
    corpus = []
    for i in range(docs):
        day = start + timedelta(days=i)
        headline = f"{rng.choice(NGOS)} accuses {rng.choice(GROUPS)} over {rng.choice(PLACES)}"
        dateline = f"{rng.choice(CAPITALS).upper()}, {day:%B} {day.day} ({rng.choice(AGENCIES)}) -"
        paragraphs: list[str] = []
        sentences: list[str] = []
        count = len(headline.split()) + len(dateline.split())
        while count < per_doc:
            sentence = _sentence(rng)
            sentences.append(sentence)
            count += len(sentence.split())
            if len(sentences) >= rng.randint(2, 4):
                paragraphs.append(" ".join(sentences))
                sentences = []
        if sentences:
            paragraphs.append(" ".join(sentences))
        body = "\n\n".join(paragraphs)
        text = f"{headline}\n\n{dateline} {body}\n"
        corpus.append((f"{day.isoformat()}-bench-{i:04d}.txt", text))
    return corpus


def word_count(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def write_corpus(corpus: list[tuple[str, str]], folder: Path) -> list[Path]:
    """Each (filename, text) as a UTF-8 ``.txt`` file in ``folder``; the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in corpus:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def make_report_pdf(path: Path, *, pages: int, seed: int) -> int:
    """A ``pages``-page fictional inquiry report as a PDF; returns its word count.

    Each page is one section of template paragraphs (fpdf2's core fonts: Latin-1 only,
    which the templates keep to), with an explicit page break so the page count is exact.
    """
    from fpdf import FPDF

    rng = random.Random(seed)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 18, 18)
    words = 0
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        heading = f"Commission of Inquiry on Thessaly Vale - findings, part {number}"
        pdf.multi_cell(0, 6, heading)
        words += len(heading.split())
        pdf.set_font("Helvetica", size=10)
        while pdf.get_y() < 200:
            paragraph = " ".join(_sentence(rng) for _ in range(3))
            pdf.ln(2)
            pdf.multi_cell(0, 5, paragraph)
            words += len(paragraph.split())
    pdf.output(str(path))
    return words
