"""Alembic, run from code: the migration scripts ship inside the package.

Opening a store upgrades its database to head, so a fresh file just works;
:func:`migrate` is the same step for a ``casefile migrate`` command.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from casefile.errors import StoreError
from casefile.store.engine import for_writing, make_engine, safe_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# Alembic's ``context``/``op`` are process-global proxies: two threads must not migrate at once.
_MIGRATING = threading.Lock()


def alembic_config(url: str) -> Config:
    """An Alembic config with no ini file: script location and URL set in code."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation would choke on a literal "%" (URL-encoded passwords).
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@cache
def head_revision() -> str:
    """The newest revision this version of casefile knows."""
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None, "casefile ships at least one migration"
    return head


def upgrade(engine: Engine) -> str:
    """Upgrade ``engine``'s database to head in one transaction; return the revision.

    Raises StoreError if the database cannot be opened or is newer than this casefile.
    """
    try:
        current = _current_revision(engine)
        if current == head_revision():
            return current
        with _MIGRATING, for_writing(engine).begin() as connection:
            config = alembic_config(engine.url.render_as_string(hide_password=False))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            revision = MigrationContext.configure(connection).get_current_revision()
    except CommandError as exc:
        raise StoreError(
            f"database {safe_url(str(engine.url))} could not be migrated: {exc}; "
            "it may have been written by a newer casefile — upgrade casefile"
        ) from exc
    except SQLAlchemyError as exc:
        raise StoreError(
            f"database {safe_url(str(engine.url))} could not be opened or migrated: {exc}; "
            "check the path or server exists and is writable"
        ) from exc
    return revision or ""


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(url: str) -> str:
    """Upgrade the database at ``url`` to head and return its revision (``casefile migrate``)."""
    engine = make_engine(url)
    try:
        return upgrade(engine)
    finally:
        engine.dispose()
