"""wegwijs pip check / pip duo-json / deadlines"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXIT_CHECK, EXIT_OK, CliError, open_session, print_json
from app.deadlines.engine import SOORTEN, wacht_tekst
from app.deadlines.service import dagen_tekst
from app.pip.duo_check import DuoExportError
from app.pip.model import STATUSSEN
from app.pip.prefill import intake_answers
from app.validation import FieldError, format_date, parse_date

if TYPE_CHECKING:
    from app.session import Session


def register(sub: Any) -> None:
    pip = sub.add_parser("pip", help="PIP: controle en bericht voor DUO").add_subparsers(
        dest="pip_command", metavar="OPDRACHT", required=True
    )
    chk = pip.add_parser("check", help="controleer de laatste PIP op de regels van DUO")
    chk.add_argument("client", help="id, BSN of V-nummer")
    chk.add_argument("--dagtekening", help="dd-mm-jjjj voor een PIP die nog niet is vastgesteld")
    chk.set_defaults(func=cmd_check)
    exp = pip.add_parser("duo-json", help="schrijf het PIP-bericht voor DUO naar een bestand")
    exp.add_argument("client", help="id, BSN of V-nummer")
    exp.add_argument("--out", required=True, help="doelbestand; wordt nooit overschreven")
    exp.set_defaults(func=cmd_duo_json)
    dl = sub.add_parser("deadlines", help="termijnen: te laat en binnenkort")
    dl.add_argument("--json", action="store_true", help="als JSON")
    dl.add_argument("--within", type=int, default=30, help="aantal dagen vooruit (standaard 30)")
    dl.set_defaults(func=cmd_deadlines)


def _inburgeraar_id(session: Session, ref: str) -> str:
    inburgeraar = session.inburgeraars.find(ref)
    if inburgeraar is None or inburgeraar.id is None:
        raise CliError(f"Geen inburgeraar gevonden voor '{ref}'.")
    return inburgeraar.id


def cmd_check(args: argparse.Namespace) -> int:
    try:
        planned = parse_date(args.dagtekening) if args.dagtekening else None
    except FieldError as exc:
        raise CliError(f"--dagtekening: {exc}") from None
    session = open_session(args)
    try:
        service = session.pip
        inburgeraar_id = _inburgeraar_id(session, args.client)
        pip = service.current(inburgeraar_id)
        if pip is None:
            raise CliError("Deze inburgeraar heeft nog geen PIP.", EXIT_CHECK)
        dagtekening = pip.dagtekening or planned or date.today()
        found = service.controle(pip, dagtekening, intake_answers(session, inburgeraar_id))
        # a version already vastgesteld is no longer filled in: only DUO's rules count
        problems = [*found.fouten, *(found.ontbreekt if pip.bewerkbaar else [])]
    finally:
        session.close()
    print(
        f"PIP versie {pip.versie} ({STATUSSEN[pip.status].lower()}), "
        f"dagtekening {format_date(dagtekening)}"
    )
    for line in found.let_op:
        print(f"  let op: {line}")
    for line in problems:
        print(f"  fout: {line}")
    if problems:
        return EXIT_CHECK
    print("  Voldoet aan de regels van DUO.")
    return EXIT_OK


def cmd_duo_json(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        raise CliError(f"{out} bestaat al; kies een nieuwe naam.")
    session = open_session(args)
    try:
        message, path = session.pip.duo_bericht(_inburgeraar_id(session, args.client))
    except DuoExportError as exc:
        raise CliError(
            "De PIP kan niet naar DUO:\n" + "\n".join(f"  {p}" for p in exc.problems), EXIT_CHECK
        ) from None
    finally:
        session.close()
    try:
        with out.open("x", encoding="utf-8") as fh:
            json.dump(message, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    except OSError as exc:
        raise CliError(f"Kan {out} niet schrijven: {exc.strerror}.") from None
    bsn = path.split("/")[2]
    print(f"PIP-bericht voor DUO geschreven naar {out} (vorm 'Gemeente' van DUO's PIP-API).")
    print(f"  BSN: {bsn}. Het onderdeel 'pip' is de body van POST {path}.")
    print("  Het bestand bevat een BSN: geef het aan de koppeling van de gemeente en wis het.")
    return EXIT_OK


def cmd_deadlines(args: argparse.Namespace) -> int:
    if not 0 <= args.within <= 3650:
        raise CliError("--within is 0 tot en met 3650 dagen.")
    session = open_session(args)
    try:
        service = session.termijnen
        service.sync()
        rows = service.overview(date.today(), args.within)
    finally:
        session.close()
    if args.json:
        print_json(
            [
                {
                    "inburgeraar_id": r.inburgeraar_id,
                    "naam": r.naam,
                    "gemeentecode": r.gemeentecode,
                    "soort": r.soort,
                    "omschrijving": SOORTEN[r.soort],
                    "datum": r.datum.isoformat(),
                    "dagen": r.dagen,
                    "te_laat": r.dagen < 0,
                    "reden": r.reden,
                    "wacht": wacht_tekst(r.reden),
                }
                for r in rows
            ]
        )
        return EXIT_OK
    for r in rows:
        when = dagen_tekst(r.dagen)
        print(f"{format_date(r.datum)}  {when:<18} {SOORTEN[r.soort]:<32} {r.naam}")
        wacht = wacht_tekst(r.reden)
        if wacht:
            print(f"{'':<30}{wacht}")
    return EXIT_OK
