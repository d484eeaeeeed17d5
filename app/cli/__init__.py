"""The `wegwijs` command line. Each part of the product registers its own subcommands.

Exit codes: 0 done, 1 a check found problems, 2 invalid input (nothing changed),
3 the session could not be opened.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app.cli.common import EXIT_INPUT, EXIT_OK, EXIT_STORE, CliError
from app.security.roles import PermissionDeniedError
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
    parser.add_argument(
        "--self-test", action="store_true", help="controleer de installatie en stop (voor IT en CI)"
    )
    parser.add_argument(
        "--startup-probe", action="store_true", help="meet de starttijd tot het wachtwoordvenster"
    )
    parser.add_argument(
        "--user", help="accountnaam (zonder: het account dat als eerste is gemaakt)"
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    from app.cli import (
        defaults,
        duo,
        inburgeraars,
        intake,
        pdf,
        pip,
        rapport,
        security,
        sleutelpersonen,
        store,
        sync,
    )

    for module in (
        store,
        inburgeraars,
        defaults,
        security,
        intake,
        pip,
        sleutelpersonen,
        pdf,
        rapport,
        sync,
        duo,
    ):
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
    except PermissionDeniedError as exc:  # nothing was changed: like invalid input
        print(f"wegwijs: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except StoreError as exc:
        print(f"wegwijs: {exc}", file=sys.stderr)
        return EXIT_STORE
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
