"""The Typer app: commands registered, ``--version``, and expected errors turned into exit codes."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from typer.core import TyperGroup

from casefile import __version__
from casefile.cli import analysis, data, evaluate, ingest, ledger, show
from casefile.cli.options import err
from casefile.errors import CasefileError


class CasefileGroup(TyperGroup):
    """Runs a command; a :class:`CasefileError` becomes one red line on stderr and its exit code."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CasefileError as exc:
            err().print(f"[bold red]Error:[/] {escape(str(exc))}", soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=CasefileGroup,
    name="casefile",
    help="Who accused whom of what, on what evidence: a ledger of allegations, denials and figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"casefile {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Who accused whom of what, on what evidence: a ledger of allegations, denials and figures."""


app.command("ingest")(ingest.ingest)
app.command("allegations")(ledger.allegations)
app.command("figures")(ledger.figures)
app.command("claims")(analysis.claims)
app.command("positions")(analysis.positions)
app.command("actors")(ledger.actors)
app.command("documents")(ledger.documents)
app.command("search")(ledger.search)
app.command("show")(show.show)
app.command("export")(data.export)
app.command("extract")(data.extract)
app.command("eval")(evaluate.evaluate)

from casefile.cli import maintenance  # noqa: E402  (backup, check, migrate)

app.command("backup")(maintenance.backup)
app.command("check")(maintenance.check)
app.command("migrate")(maintenance.migrate)

from casefile.cli import review  # noqa: E402  (records, review, audit)

app.command("records")(review.records)
app.command("review")(review.review)
app.command("audit")(review.audit)

from casefile.cli import serve  # noqa: E402  (the web edge: serve and token commands)

app.command("serve")(serve.serve)
app.add_typer(serve.token_app, name="token")


def main() -> None:
    """Entry point of the ``casefile`` script."""
    app()
