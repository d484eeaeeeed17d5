"""The `wegwijs` command line. Each part of the product registers its own subcommands.

Exit codes: 0 done, 1 a check found problems, 2 invalid input (nothing changed),
3 the store could not be opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli.common import EXIT_INPUT, EXIT_STORE, CliError
from db.errors import StoreError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wegwijs",
        description="Wegwijs: brede intake, PIP en sleutelpersonen. Zonder opdracht start de app.",
    )
    parser.add_argument("--data-dir", help="map met het gegevensbestand (ook: $WEGWIJS_DATA_DIR)")
    parser.add_argument(
        "--passphrase-file", help="bestand met het wachtwoord (anders wordt erom gevraagd)"
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    from app.cli import clients, pip, store

    for module in (store, clients, pip):
        module.register(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INPUT
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"wegwijs: {exc}", file=sys.stderr)
        return exc.code
    except StoreError as exc:
        print(f"wegwijs: {exc}", file=sys.stderr)
        return EXIT_STORE
