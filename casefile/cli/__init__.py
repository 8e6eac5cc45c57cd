"""cli: the ``casefile`` command, a thin edge over :mod:`casefile.service` and the store.

Each command parses its options, makes one library call and prints. Expected errors
(:class:`casefile.errors.CasefileError`) are caught here only: a one-line message on
stderr and the error class's ``exit_code``.
"""

from casefile.cli.app import app, main

__all__ = ["app", "main"]
