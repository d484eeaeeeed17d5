"""wegwijs client … / gemeente … / demo"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    CliError,
    open_session,
    print_json,
    print_json_array,
    read_json_file,
)
from app.cli.common import validation_message as _validation_message
from app.demo import seed_all
from app.errors import DuplicateError
from app.inburgeraars.json_shape import form_from_json, inburgeraar_to_json
from app.inburgeraars.service import ListFilter
from app.validation import ValidationError


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="vul het gegevensbestand met fictieve voorbeelddata")
    demo.set_defaults(func=cmd_demo)

    inburgeraar = sub.add_parser("client", help="inburgeraars").add_subparsers(
        dest="client_command", metavar="OPDRACHT", required=True
    )
    lst = inburgeraar.add_parser("list", help="lijst van inburgeraars")
    lst.add_argument("--json", action="store_true", help="als JSON")
    lst.add_argument("--zoek", default="", help="zoek op naam, BSN of V-nummer")
    lst.add_argument("--gemeente", help="gemeentecode")
    lst.add_argument("--status", help="status, bijvoorbeeld intake")
    lst.set_defaults(func=cmd_list)
    add = inburgeraar.add_parser("add", help="voeg een inburgeraar toe uit een JSON-bestand")
    add.add_argument("--json-file", required=True, help="bestand met één inburgeraar als JSON")
    add.set_defaults(func=cmd_add)
    show = inburgeraar.add_parser("show", help="alle gegevens van één inburgeraar")
    show.add_argument("client", help="id, BSN of V-nummer")
    show.set_defaults(func=cmd_show)
    from app.cli.sync import register_inburgeraar_edit

    register_inburgeraar_edit(inburgeraar)

    gemeente = sub.add_parser("gemeente", help="gemeenten").add_subparsers(
        dest="gemeente_command", metavar="OPDRACHT", required=True
    )
    glist = gemeente.add_parser("list", help="bekende gemeenten")
    glist.set_defaults(func=cmd_gemeente_list)
    gadd = gemeente.add_parser("add", help="voeg een gemeente toe")
    gadd.add_argument("--code", required=True, help="CBS-gemeentecode, 4 cijfers")
    gadd.add_argument("--naam", required=True)
    gadd.set_defaults(func=cmd_gemeente_add)


def cmd_demo(args: argparse.Namespace) -> int:
    session = open_session(args, create_if_missing=True)
    try:
        report = seed_all(session)
    finally:
        session.close()
    for line in report.lines:
        print(line)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """Streams the rows: a register of any size in constant memory, nothing left out."""
    session = open_session(args)
    try:
        service = session.inburgeraars
        flt = ListFilter(text=args.zoek, gemeentecode=args.gemeente, status=args.status)
        rows = service.stream(flt)
        if args.json:
            print_json_array(row.as_json() for row in rows)
        else:
            for row in rows:
                print(f"{row.id}  {row.naam:<40} {row.bsn:<9}  {row.status}")
    finally:
        session.close()
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    data = read_json_file(args.json_file)
    try:
        form = form_from_json(data)
    except ValueError as exc:
        raise CliError(
            f"Ongeldige invoer in {args.json_file}, er is niets opgeslagen: {exc}"
        ) from None
    session = open_session(args)
    try:
        inburgeraar = session.inburgeraars.save(form)
    except ValidationError as exc:
        raise CliError(_validation_message(exc), EXIT_INPUT) from None
    except DuplicateError as exc:
        raise CliError(str(exc), EXIT_INPUT) from None
    finally:
        session.close()
    print_json(inburgeraar_to_json(inburgeraar))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        inburgeraar = session.inburgeraars.find(args.client)
    finally:
        session.close()
    if inburgeraar is None:
        raise CliError(f"Geen inburgeraar gevonden voor '{args.client}'.")
    print_json(inburgeraar_to_json(inburgeraar))
    return EXIT_OK


def cmd_gemeente_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        for code, naam in session.inburgeraars.gemeente_list():
            print(f"{code}  {naam}")
    finally:
        session.close()
    return EXIT_OK


def cmd_gemeente_add(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        session.inburgeraars.add_gemeente(args.code, args.naam)
    except ValidationError as exc:
        raise CliError(_validation_message(exc)) from None
    except DuplicateError as exc:
        raise CliError(str(exc)) from None
    finally:
        session.close()
    print(f"Gemeente {args.naam} ({args.code}) toegevoegd.")
    return EXIT_OK
