"""``casefile serve`` (the HTTP API and web UI) and ``casefile token create|list|revoke`` (write tokens)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from casefile.cli.options import DbOption, err, open_store
from casefile.errors import NotFoundError


class LogLevel(StrEnum):
    """How much the server logs (``info`` adds one access line per request; never headers or bodies)."""

    critical = "critical"
    error = "error"
    warning = "warning"
    info = "info"
    debug = "debug"


token_app = typer.Typer(help="Manage write tokens (uploads through the API and web UI need one).", no_args_is_help=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    db: DbOption = None,
    log_level: Annotated[LogLevel, typer.Option(help="What to log: info adds a line per request.")] = LogLevel.warning,
) -> None:
    """Serve the JSON API (/api, /openapi.json) and the web UI; reading is open, uploads need a token."""
    import uvicorn

    from casefile.api import create_app

    with open_store(db) as store:
        err().print(f"casefile serving {store.url} on http://{host}:{port}/ (Ctrl-C to stop)", soft_wrap=True)
        uvicorn.run(create_app(store), host=host, port=port, log_level=log_level.value)


@token_app.command("create")
def create_token(
    name: Annotated[str, typer.Argument(help="A name for the token, e.g. who or what uses it.")],
    db: DbOption = None,
) -> None:
    """Make a write token and print its secret: it is shown only this once (only a hash is stored)."""
    with open_store(db) as store:
        secret = store.create_token(name)
    err().print(f"Token {name!r} created. Keep the secret below; it cannot be shown again.", soft_wrap=True)
    typer.echo(secret)


@token_app.command("list")
def list_tokens(db: DbOption = None) -> None:
    """List the write tokens by name and creation time (UTC); secrets cannot be shown."""
    with open_store(db) as store:
        found = store.tokens()
    if not found:
        err().print("No tokens yet; make one with `casefile token create NAME`.", soft_wrap=True)
    for name, created in found:
        typer.echo(f"{name}\t{created.isoformat(timespec='seconds')}+00:00")


@token_app.command("revoke")
def revoke_token(
    name: Annotated[str, typer.Argument(help="The name the token was created with (see `casefile token list`).")],
    db: DbOption = None,
) -> None:
    """Revoke a write token: its secret and the web sessions signed in with it stop working at once."""
    with open_store(db) as store:
        revoked = store.revoke_token(name)
    if not revoked:
        raise NotFoundError(f"no token named {name!r}; see the names with `casefile token list`")
    err().print(f"Token {name!r} revoked.", soft_wrap=True)
