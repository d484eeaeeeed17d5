"""wegwijs keypersons import|export|workload|claims and wegwijs match CLIENT."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_INPUT, EXIT_OK, CliError, open_session, print_json
from app.cli.common import validation_message as _validation_message
from app.files import OutputFileError, write_new_file
from app.matching.model import Uitkomst
from app.sleutelpersonen.inzet_service import declaraties_csv
from app.sleutelpersonen.transfer import export_file, lees_import, voer_uit
from app.sleutelpersonen.werkdruk import parse_maand
from app.validation import FieldError, ValidationError


def register(sub: Any) -> None:
    kp = sub.add_parser("keypersons", help="sleutelpersonen (regionale pool)").add_subparsers(
        dest="keypersons_command", metavar="OPDRACHT", required=True
    )
    imp = kp.add_parser("import", help="sleutelpersonen inlezen uit .csv of .json")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--yes", action="store_true", help="voer de import uit (anders alleen controle)"
    )
    imp.set_defaults(func=cmd_import)
    exp = kp.add_parser("export", help="alle sleutelpersonen naar .csv (Excel) of .json")
    exp.add_argument("--out", required=True, metavar="FILE")
    exp.set_defaults(func=cmd_export)
    wd = kp.add_parser("workload", help="uren per sleutelpersoon in een maand tegen capaciteit")
    wd.add_argument("--maand", help="jjjj-mm (standaard: deze maand)")
    wd.add_argument("--json", action="store_true")
    wd.set_defaults(func=cmd_workload)
    cl = kp.add_parser("claims", help="declaraties van een maand als CSV")
    cl.add_argument("--maand", required=True, help="jjjj-mm")
    cl.add_argument("--out", required=True, metavar="FILE")
    cl.set_defaults(func=cmd_claims)

    st = kp.add_parser("settings", help="kilometertarief en gewichten van de matching")
    st.add_argument("--km-tarief", help="euro per km, bijvoorbeeld 0,23")
    st.add_argument(
        "--gewicht", action="append", default=[], metavar="NAAM=WAARDE",
        help="bijvoorbeeld taal=40 of eigen_gemeenschap=-30 (herhaalbaar)",
    )  # fmt: skip
    st.set_defaults(func=cmd_settings)

    match = sub.add_parser("match", help="sleutelpersonen voorstellen voor een inburgeraar")
    match.add_argument("client", metavar="CLIENT", help="id, BSN of V-nummer")
    match.add_argument("--json", action="store_true", help="als JSON")
    match.add_argument("--aantal", type=int, default=10)
    match.add_argument(
        "--eigen-gemeenschap",
        choices=("uitsluiten", "lager"),
        default="uitsluiten",
        help="als de inburgeraar liever niet iemand uit de eigen gemeenschap wil",
    )
    match.set_defaults(func=cmd_match)


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.suffix.lower() not in (".csv", ".json"):
        raise CliError("Het bestand moet eindigen op .csv of .json.")
    session = open_session(args)
    try:
        service = session.sleutelpersonen
        try:
            plan = lees_import(service, path)
        except OSError as exc:
            raise CliError(f"Kan {path.name} niet lezen: {exc.strerror}.") from None
        if plan.fouten:
            lines = "\n".join("  " + f.tekst() for f in plan.fouten)
            raise CliError(f"De import bevat fouten; er is niets veranderd:\n{lines}")
        if not args.yes:
            print(f"Klaar om in te lezen: {plan.nieuw} nieuw, {plan.bijwerken} bijgewerkt.")
            print("Er is nog niets veranderd. Voer uit met --yes.")
            return EXIT_OK
        nieuw, bijgewerkt = voer_uit(service, plan)
    finally:
        session.close()
    print(f"Ingelezen: {nieuw} nieuw, {bijgewerkt} bijgewerkt.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    path = Path(args.out)
    if path.suffix.lower() not in (".csv", ".json"):
        raise CliError("Kies een bestandsnaam die eindigt op .csv of .json.")
    session = open_session(args)
    try:
        count = export_file(session.sleutelpersonen, path)
    except OutputFileError as exc:
        raise CliError(str(exc)) from None
    finally:
        session.close()
    print(f"{count} sleutelpersonen geschreven naar {path.name}.")
    return EXIT_OK


def _maand(raw: str | None) -> str:
    try:
        return parse_maand(raw) if raw else date.today().strftime("%Y-%m")
    except FieldError as exc:
        raise CliError(str(exc)) from None


def cmd_workload(args: argparse.Namespace) -> int:
    maand = _maand(args.maand)
    session = open_session(args)
    try:
        rows = session.inzet.werkdruk(maand)
    finally:
        session.close()
    if args.json:
        print_json([asdict(r) for r in rows])
        return EXIT_OK
    for r in rows:
        flags = ("OVERBELAST " if r.overbelast else "") + (
            "lang niet gevraagd" if r.lang_niet_gevraagd else ""
        )
        print(f"{r.naam:<28} {r.uren:>5.1f} / {r.capaciteit_uren:>3} uur  {flags}")
    return EXIT_OK


def cmd_claims(args: argparse.Namespace) -> int:
    maand = _maand(args.maand)
    session = open_session(args)
    try:
        data = declaraties_csv(session.inzet.declaraties(maand))
    finally:
        session.close()
    try:
        write_new_file(Path(args.out), data)
    except OutputFileError as exc:
        raise CliError(str(exc)) from None
    print(f"Declaraties van {maand} geschreven naar {Path(args.out).name}.")
    return EXIT_OK


def _uitkomst_json(u: Uitkomst, rang: int) -> dict[str, Any]:
    return {
        "rang": rang,
        "sleutelpersoon_id": u.kandidaat_id,
        "naam": u.naam,
        "score": u.score,
        "voor": u.voor,
        "tegen": u.tegen,
        "onderdelen": [{"factor": d.factor, "punten": d.punten, "reden": d.reden} for d in u.delen],
    }


def cmd_match(args: argparse.Namespace) -> int:
    if not 1 <= args.aantal <= 100:
        raise CliError("--aantal ligt tussen 1 en 100.", EXIT_INPUT)
    session = open_session(args)
    try:
        service = session.matching
        inburgeraar = service.inburgeraars.find(args.client)
        if inburgeraar is None or inburgeraar.id is None:
            raise CliError(f"Geen inburgeraar gevonden voor '{args.client}'.")
        try:
            result = service.suggesties(inburgeraar.id, args.eigen_gemeenschap, args.aantal)
        except ValidationError as exc:
            raise CliError(_validation_message(exc)) from None
    finally:
        session.close()
    ranked = [_uitkomst_json(u, n) for n, u in enumerate(result.ranglijst, start=1)]
    if args.json:
        print_json(
            {
                "inburgeraar_id": inburgeraar.id,
                "suggesties": ranked,
                "uitgesloten": dict(result.uitgesloten),
                "zonder_gemeenschappelijke_taal": result.zonder_taal,
            }
        )
        return EXIT_OK
    if not ranked:
        print("Geen sleutelpersoon gevonden die past.", file=sys.stderr)
    for item in ranked:
        print(f"{item['rang']:>2}. {item['naam']:<28} {item['score']:>6.1f}")
        for reden in item["voor"]:
            print(f"      + {reden}")
        for reden in item["tegen"]:
            print(f"      - {reden}")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.matching.instellingen import bewaar, gewichten_uit, laad
    from app.sleutelpersonen.inzet import parse_bedrag

    pairs = dict(item.partition("=")[::2] for item in args.gewicht)
    session = open_session(args)
    try:
        inzet = session.inzet
        try:
            gewichten = gewichten_uit(pairs, laad(session))
            cent = parse_bedrag(args.km_tarief) if args.km_tarief else None
            if cent is not None:
                inzet.set_km_tarief_cent(cent)
        except ValidationError as exc:
            raise CliError(_validation_message(exc)) from None
        except FieldError as exc:
            raise CliError(f"--km-tarief: {exc}") from None
        if pairs:
            bewaar(session, gewichten)
        print_json({"km_tarief_cent": inzet.km_tarief_cent(), "gewichten": asdict(gewichten)})
    finally:
        session.close()
    return EXIT_OK
