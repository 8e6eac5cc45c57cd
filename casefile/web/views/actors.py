"""``/actors`` and ``/actors/{name}``: allegations made and received, denials, names as written, and a position timeline."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from casefile.analysis import timelines
from casefile.analysis.positions import Timeline
from casefile.api import queries
from casefile.api.deps import StoreDep
from casefile.records import iso_day
from casefile.web.rendering import render

router = APIRouter()

SVG_WIDTH = 640
SVG_LEFT = 190
SVG_RIGHT = 20
ROW_HEIGHT = 34


@dataclass(frozen=True)
class Dot:
    x: float
    kind: str
    stance: str
    title: str


@dataclass(frozen=True)
class Row:
    accused: str
    y: float
    dots: tuple[Dot, ...]


@dataclass(frozen=True)
class Chart:
    """A position timeline drawn server-side: one row per accused party, one dot per dated step."""

    width: int
    height: int
    rows: tuple[Row, ...]
    first: str
    last: str


def _by(speakers: tuple[str, ...], party: str) -> str:
    """Which organs made a statement for the party (empty when the party itself spoke)."""
    organs = [name for name in speakers if name != party]
    return f" (by {', '.join(organs)})" if organs else ""


def chart(lines: list[Timeline]) -> Chart | None:
    dated = [(t, s, iso_day(s.date)) for t in lines for s in t.steps]
    days = [d for _, _, d in dated if d is not None]
    if not days:
        return None
    low, high = min(days), max(days)
    span = max((high - low).days, 1)
    usable = SVG_WIDTH - SVG_LEFT - SVG_RIGHT
    rows = []
    for i, line in enumerate(lines):
        dots = tuple(
            Dot(x=SVG_LEFT + usable * ((d - low).days / span if high != low else 0.5), kind=s.kind, stance=s.stance,
                title=f"{s.date}: {s.kind}, {s.stance} {', '.join(s.categories)}" + _by(s.speakers, t.speaker))
            for t, s, d in dated if t is line and d is not None
        )
        rows.append(Row(accused=line.accused, y=ROW_HEIGHT * i + ROW_HEIGHT / 2, dots=dots))
    return Chart(SVG_WIDTH, ROW_HEIGHT * len(rows) + 24, tuple(rows), low.isoformat(), high.isoformat())



@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "actors.html", {"actors": store.actors()})


@router.get("/actors/{name}", response_class=HTMLResponse)
def actor(request: Request, name: str, store: StoreDep) -> HTMLResponse:
    detail = queries.actor_detail(store, name)
    name = detail.actor.name
    # a party's timelines include its organs' statements; an organ's page shows its own
    lines = [t for t in timelines(store, speaker=name) if t.speaker == name] or [
        t for t in timelines(store, speaker=name, merge_organs=False) if t.speaker == name
    ]
    return render(request, "actor.html", {"detail": detail, "timelines": lines, "chart": chart(lines)})
