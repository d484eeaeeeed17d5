"""wegwijs rapport kwartaal --jaar JJJJ --kwartaal N --uit BESTAND.pdf|.csv [--regio]"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError, open_session
from app.files import OutputFileError, write_new_file
from app.stem.rapport import LokaleBron, check_kwartaal, maak_rapport


def register(sub: Any) -> None:
    rapport = sub.add_parser("rapport", help="geanonimiseerde rapporten").add_subparsers(
        dest="rapport_command", metavar="OPDRACHT", required=True
    )
    kw = rapport.add_parser(
        "kwartaal", help="kwartaalrapport 'Stem van de nieuwkomer' voor de klankbordgroep"
    )
    kw.add_argument("--jaar", type=int, required=True)
    kw.add_argument("--kwartaal", type=int, required=True, help="1, 2, 3 of 4")
    kw.add_argument("--uit", required=True, metavar="BESTAND", help="eindigt op .pdf of .csv")
    kw.add_argument(
        "--regio",
        action="store_true",
        help="de hele regio, van de regionale server (coördinator of beheerder)",
    )
    kw.set_defaults(func=cmd_kwartaal)


def cmd_kwartaal(args: argparse.Namespace) -> int:
    try:
        check_kwartaal(args.jaar, args.kwartaal)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    path = Path(args.uit)
    soort = path.suffix.lower()
    if soort not in (".pdf", ".csv"):
        raise CliError("Kies een bestandsnaam die eindigt op .pdf of .csv.")
    if not path.parent.is_dir():
        raise CliError(f"De map {path.parent} bestaat niet.")
    session = open_session(args)
    try:
        if args.regio:
            from app.stem.server_bron import RegioRapportError, ServerBron

            try:
                with ServerBron(session) as bron:
                    rapport = maak_rapport(bron, args.jaar, args.kwartaal, date.today())
            except RegioRapportError as exc:
                raise CliError(str(exc), exc.code) from None
        else:
            rapport = maak_rapport(LokaleBron(session), args.jaar, args.kwartaal, date.today())
    finally:
        session.close()
    if soort == ".pdf":
        from app.stem.rapport_pdf import rapport_pdf

        data = rapport_pdf(rapport)
    else:
        from app.stem.rapport_csv import rapport_csv

        data = rapport_csv(rapport)
    try:
        write_new_file(path, data)
    except OutputFileError as exc:
        raise CliError(str(exc)) from None
    print(f"Kwartaalrapport {rapport.periode} geschreven naar {path.name}.")
    return EXIT_OK
