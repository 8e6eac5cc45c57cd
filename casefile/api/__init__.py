"""api: the HTTP edge (FastAPI). Reads through the store and the analysis layer; writes only through the service.

Public API: :func:`create_app`.
"""

from casefile.api.app import create_app

__all__ = ["create_app"]
