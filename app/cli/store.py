"""wegwijs db init / check / backup"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_CHECK, EXIT_OK, CliError, location, open_session, print_json
from app.security import backup


def register(sub: Any) -> None:
    db = sub.add_parser("db", help="het gegevensbestand").add_subparsers(
        dest="db_command", metavar="OPDRACHT", required=True
    )
    init = db.add_parser("init", help="maak een nieuw, versleuteld gegevensbestand")
    init.set_defaults(func=cmd_init)
    check = db.add_parser("check", help="controleer integriteit en schemaversie")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)
    backup = db.add_parser("backup", help="maak een (versleutelde) kopie")
    backup.add_argument("--out", required=True, help="doelbestand")
    backup.set_defaults(func=cmd_backup)
    from app.cli.security import register_db

    register_db(db)


def cmd_init(args: argparse.Namespace) -> int:
    loc = location(args)
    loc.prepare()
    if loc.exists():
        raise CliError(f"Er is al een gegevensbestand in {loc.data_dir}.")
    if loc.has_accounts():
        raise CliError(
            f"Er is geen wegwijs.db in {loc.data_dir}, maar wel een sleutelbestand met accounts. "
            "Er wordt geen nieuw gegevensbestand gemaakt (dat zou de accounts en de toegang tot "
            "de back-ups overschrijven). Zet een back-up terug met 'wegwijs db restore'."
        )
    open_session(args, create_if_missing=True).close()
    print(f"Gegevensbestand gemaakt: {loc.path}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        problems = session.store.integrity_problems()
        version = session.store.schema_version
        total = session.inburgeraars.total()
    finally:
        session.close()
    if args.json:
        print_json(
            {
                "ok": not problems,
                "schemaversie": version,
                "problemen": problems,
                "inburgeraars": total,
            }
        )
    else:
        print(f"Schemaversie: {version}")
        print(f"Inburgeraars: {total}")
        print("Integriteit: in orde" if not problems else "Integriteit: FOUTEN")
        for line in problems:
            print(f"  {line}")
    return EXIT_CHECK if problems else EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    target = Path(args.out)
    if target.exists():
        raise CliError(f"{target} bestaat al; kies een nieuwe naam.")
    if not target.parent.exists():
        raise CliError(f"De map {target.parent} bestaat niet.")
    session = open_session(args)
    try:
        try:  # beheerder only, with an audit line; the key file goes beside it
            backup.backup_to(session, target)
        except backup.BackupError as exc:
            raise CliError(str(exc)) from None
    finally:
        session.close()
    print(f"Back-up gemaakt: {target} (versleuteld; sleutelbestand ernaast)")
    return EXIT_OK
