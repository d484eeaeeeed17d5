"""What every subcommand shares: finding the session, asking for the passphrase, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.session import Session
from app.store import StoreLocation, check_new_passphrase, create_store, unlock
from app.store_location import default_data_dir
from app.validation import ValidationError

EXIT_OK = 0
EXIT_CHECK = 1
EXIT_INPUT = 2
EXIT_STORE = 3


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code


def location(args: argparse.Namespace) -> StoreLocation:
    return StoreLocation(default_data_dir(args.data_dir))


def read_passphrase_file(path: str) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise CliError(f"Kan het wachtwoordbestand niet lezen: {exc.strerror}.") from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise CliError("Het wachtwoordbestand is leeg.")
    return secret


def prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise CliError("Geef het wachtwoord met --passphrase-file BESTAND.")
    return getpass.getpass(text)


def new_passphrase(
    path: str | None, question: str = "Nieuw wachtwoord: ", context: tuple[str, ...] = ()
) -> str:
    """A new passphrase from the file at *path*, or typed twice; CliError (nothing changed) when
    it is too weak or the two differ."""
    if path:
        first = second = read_passphrase_file(path)
    else:
        first = prompt(question)
        second = prompt("Herhaal het wachtwoord: ")
    problem = check_new_passphrase(first, second, context)
    if problem:
        raise CliError(problem)
    return first


def open_session(args: argparse.Namespace, *, create_if_missing: bool = False) -> Session:
    loc = location(args)
    loc.prepare()
    if not loc.exists():
        if not create_if_missing:
            raise CliError(
                f"Er is nog geen gegevensbestand in {loc.data_dir}. "
                "Start de app of 'wegwijs db init' om er een te maken.",
                EXIT_STORE,
            )
        first = new_passphrase(args.passphrase_file, "Nieuw wachtwoord voor het gegevensbestand: ")
        user = getattr(args, "user", None)
        return create_store(loc, first, user) if user else create_store(loc, first)
    return unlock(loc, secret(args), getattr(args, "user", None))


def secret(args: argparse.Namespace) -> str:
    """The password of --user (or of the account created first) from the file or a prompt."""
    if args.passphrase_file:
        return read_passphrase_file(args.passphrase_file)
    return prompt("Wachtwoord: ")


def read_json_file(path: str) -> Any:
    """Parsed JSON from *path*, or CliError with a Dutch message (exit 2, nothing changed):
    unreadable, not UTF-8, not JSON, nested too deep."""
    try:
        return json.loads(Path(path).read_text("utf-8-sig"))
    except OSError as exc:
        raise CliError(f"Kan {path} niet lezen: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise CliError(f"{path} is geen UTF-8-tekst.") from None
    except RecursionError:
        raise CliError(f"{path} is te diep genest om JSON van een inburgeraar te zijn.") from None
    except ValueError as exc:  # also json.JSONDecodeError
        raise CliError(f"Ongeldige JSON in {path}: {exc}") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_json_array(items: Iterable[Any]) -> None:
    """A JSON list written item by item, laid out as print_json would lay out the whole list."""
    out = sys.stdout
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(("[\n  " if first else ",\n  ") + text)
        first = False
    out.write("[]\n" if first else "\n]\n")


def validation_message(exc: ValidationError) -> str:
    return "Ongeldige invoer, er is niets opgeslagen:\n" + "\n".join(
        f"  {field}: {message}" for field, message in exc.errors.items()
    )
