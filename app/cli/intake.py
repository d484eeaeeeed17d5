"""wegwijs intake show CLIENT [--json]: the state of one brede intake."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import EXIT_OK, CliError, open_session, print_json
from app.intake.gesprekken import GesprekService
from app.intake.progress import STATUS_LABELS
from app.intake.service import IntakeService


def register(sub: Any) -> None:
    intake = sub.add_parser("intake", help="brede intake").add_subparsers(
        dest="intake_command", metavar="OPDRACHT", required=True
    )
    show = intake.add_parser("show", help="voortgang en antwoorden van één intake")
    show.add_argument("client", help="id, BSN of V-nummer")
    show.add_argument("--json", action="store_true", help="als JSON")
    show.set_defaults(func=cmd_show)


def intake_json(service: IntakeService, inburgeraar_id: str) -> dict[str, Any]:
    info = service.info(inburgeraar_id)
    result = service.assessment(inburgeraar_id)
    return {
        "inburgeraar_id": inburgeraar_id,
        "gestart": info is not None,
        "status": info.status if info else "open",
        "definitie_versie": info.definitie_versie if info else service.definition.version,
        "afgerond_op": info.afgerond_op if info else None,
        "afgerond_reden": info.afgerond_reden if info else "",
        "volledig": result.complete,
        "domeinen": [{"id": s.section_id, "status": s.status} for s in result.sections],
        "ontbreekt": [m.question_id for m in result.missing],
        "antwoorden": service.answers(inburgeraar_id),
        "gesprekken": len(GesprekService(service).gesprekken(inburgeraar_id)),
    }


def _print_text(data: dict[str, Any]) -> None:
    print(f"Status: {data['status']}  (vragenlijst v{data['definitie_versie']})")
    if data["afgerond_reden"]:
        print(f"Afgerond met reden: {data['afgerond_reden']}")
    for domein in data["domeinen"]:
        print(f"  {domein['id']:<16} {STATUS_LABELS[domein['status']]}")
    print(f"Nog nodig: {len(data['ontbreekt'])}")
    for qid in data["ontbreekt"]:
        print(f"  - {qid}")


def cmd_show(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        inburgeraar = session.inburgeraars.find(args.client)
        if inburgeraar is None or inburgeraar.id is None:
            raise CliError(f"Geen inburgeraar gevonden voor '{args.client}'.")
        data = intake_json(session.intake, inburgeraar.id)
    finally:
        session.close()
    if args.json:
        print_json(data)
    else:
        _print_text(data)
    return EXIT_OK
