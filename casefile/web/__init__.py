"""web: server-rendered pages (Jinja2, autoescaped) over the same store and read models as the API.

One view module per page kind in ``views/``; templates are ``base.html``, one page
template per view and ``_partials/`` for pieces shared between pages.
"""

from casefile.web.rendering import STATIC_DIR, render, render_error
from casefile.web.views import web_router

__all__ = ["STATIC_DIR", "render", "render_error", "web_router"]
