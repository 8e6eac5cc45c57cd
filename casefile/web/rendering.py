"""The template environment (autoescape on for every template) and the two ways pages are rendered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"

_env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined)
templates = Jinja2Templates(env=_env)


def render(request: Request, template: str, context: dict[str, Any], *, status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def render_error(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render(request, "error.html", {"status_code": status_code, "message": message}, status_code=status_code)
