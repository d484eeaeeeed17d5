"""wegwijs duo-gateway: the DUO link on the regional server (see docs/server.md); wegwijs duo
ophalen: DUO's current facts about one dossier, asked through the regional server."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_CHECK, EXIT_INPUT, EXIT_OK, CliError, open_session, print_json

DEFAULT_CONFIG = "/etc/wegwijs/duo-gateway.toml"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "duo-gateway",
        help="koppeling met DUO op de regionale server (notificaties, PIP en resultaten)",
    )
    p.add_argument(
        "--config",
        default=os.environ.get("WEGWIJS_DUO_CONFIG", DEFAULT_CONFIG),
        help=f"instellingenbestand (TOML; standaard {DEFAULT_CONFIG} of $WEGWIJS_DUO_CONFIG)",
    )
    p.add_argument(
        "--achterstand",
        action="store_true",
        help="toon wat wacht, wat mislukte en onbekende BSN's (JSON) en stop",
    )
    p.set_defaults(func=cmd_duo_gateway)
    duo = sub.add_parser("duo", help="gegevens van DUO (via de regionale server)")
    duo_sub = duo.add_subparsers(dest="duo_command", metavar="OPDRACHT", required=True)
    o = duo_sub.add_parser(
        "ophalen", help="toon wat DUO nu weet naast wat het dossier vastlegt; neem waarden over"
    )
    o.add_argument("client", help="id, BSN of V-nummer")
    o.add_argument("--json", action="store_true", help="als JSON")
    o.add_argument(
        "--overnemen",
        metavar="VELD",
        action="append",
        default=[],
        help="neem DUO's waarde van dit veld over (herhaalbaar; de velden staan in de uitvoer)",
    )
    o.add_argument(
        "--timeout", type=float, default=30.0, help="seconden wachten op DUO (standaard 30)"
    )
    o.set_defaults(func=cmd_duo_ophalen)
    m = duo_sub.add_parser(
        "melden", help="markeer gevolgde uren of de contactpersoon als gereed (gaat naar DUO)"
    )
    m.add_argument("client", help="id, BSN of V-nummer")
    m.add_argument(
        "--uren-soort",
        choices=["bredeintake/taallesknm", "participatieactiviteiten", "participatietaalles"],
        help="welke uren (met --uren)",
    )
    m.add_argument("--uren", help="totaal aantal gevolgde uren tot nu toe (0 tot en met 9999)")
    m.add_argument("--contactpersoon", metavar="NAAM", help="naam van de contactpersoon")
    m.add_argument("--email", default="", help="e-mail van de contactpersoon")
    m.add_argument("--telefoon", default="", help="telefoon van de contactpersoon")
    m.add_argument("--zroute", metavar="DATUM", help="datum afronding Z-route (dd-mm-jjjj)")
    m.add_argument(
        "--wijzig-contactpersoon",
        metavar="MELDING",
        help="wijzig bij DUO de bevestigde contactpersoon van deze melding (met --contactpersoon)",
    )
    m.add_argument(
        "--verwijder-contactpersoon",
        metavar="MELDING",
        help="verwijder bij DUO de bevestigde contactpersoon van deze melding",
    )
    m.add_argument(
        "--verwijder-pip",
        action="store_true",
        help="vraag DUO het geregistreerde PIP te verwijderen (alleen zonder termijn van DUO)",
    )
    m.set_defaults(func=cmd_duo_melden)
    ml = duo_sub.add_parser("meldingen", help="gemelde resultaten en het antwoord van DUO")
    ml.add_argument("client", help="id, BSN of V-nummer")
    ml.add_argument("--json", action="store_true", help="als JSON")
    ml.set_defaults(func=cmd_duo_meldingen)
    nw = duo_sub.add_parser("nieuw", help="nieuwe inburgeraars van DUO, nog niet in het register")
    nw.add_argument("--json", action="store_true", help="als JSON")
    nw.set_defaults(func=cmd_duo_nieuw)
    nv = duo_sub.add_parser(
        "niet-voor-ons", help="handel een aanmelding van DUO af die niet voor uw gemeente is"
    )
    nv.add_argument("aanmelding", help="id van de aanmelding (zie 'wegwijs duo nieuw')")
    nv.add_argument("--reden", required=True, help="waarom de aanmelding niet voor ons is")
    nv.set_defaults(func=cmd_duo_niet_voor_ons)
    vg = duo_sub.add_parser(
        "vrijgeven",
        help="geef een aanmelding van DUO vrij die in behandeling is maar niet opgenomen "
        "(de eigen meteen, die van een collega na één werkdag)",
    )
    vg.add_argument("aanmelding", help="id van de aanmelding (zie 'wegwijs duo nieuw')")
    vg.set_defaults(func=cmd_duo_vrijgeven)


def cmd_duo_gateway(args: argparse.Namespace) -> int:
    from app.duo.config import load_config
    from app.duo.digikoppeling import ConfigError

    try:
        config = load_config(Path(args.config))
    except ConfigError as exc:
        raise CliError(str(exc), EXIT_INPUT) from exc
    if args.achterstand:
        counts = asyncio.run(_backlog(config.dsn))
        print(json.dumps(counts, indent=2, sort_keys=True))
        return EXIT_OK
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    # httpx logs every request line, and DUO's paths carry the BSN: never in the log
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    asyncio.run(_serve(config))
    return EXIT_OK


async def _backlog(dsn: str) -> dict[str, int]:
    import psycopg

    from db.server import duo_queue

    try:
        async with await psycopg.AsyncConnection.connect(dsn) as conn:
            return await duo_queue.backlog(conn)
    except psycopg.OperationalError as exc:
        raise CliError("De database van de regionale server is niet bereikbaar.", 3) from exc


async def _serve(config: Any) -> None:
    from app.duo.service import run

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await run(config, stop)


def cmd_duo_ophalen(args: argparse.Namespace) -> int:
    from app.duo.ophalen import DuoOphalenError, DuoOphalenService

    if not 1 <= args.timeout <= 300:
        raise CliError("--timeout: 1 tot en met 300 seconden.", EXIT_INPUT)
    session = open_session(args)
    try:
        inburgeraar = session.inburgeraars.find(args.client)
        if inburgeraar is None or inburgeraar.id is None:
            raise CliError(f"Geen inburgeraar gevonden voor '{args.client}'.", EXIT_INPUT)
        service = DuoOphalenService(session)
        try:
            ophaling = service.ophalen(inburgeraar.id, timeout=args.timeout)
        except DuoOphalenError as exc:
            raise CliError(str(exc), EXIT_CHECK) from None
        known = {r.veld for r in ophaling.regels if r.veld}
        unknown = [v for v in args.overnemen if v not in known]
        if unknown:
            raise CliError(
                f"Onbekend veld: {', '.join(unknown)}. Velden: {', '.join(sorted(known))}. "
                "Er is niets veranderd.",
                EXIT_INPUT,
            )
        taken: list[str] = []
        if args.overnemen:
            try:
                taken = service.overnemen(ophaling, args.overnemen)
            except DuoOphalenError as exc:
                raise CliError(str(exc), EXIT_INPUT) from None
        if args.json:
            print_json(
                {
                    "regels": [
                        {
                            "veld": r.veld or None,
                            "label": r.label,
                            "dossier": r.dossier,
                            "duo": r.duo,
                            "overneembaar": r.overneembaar,
                        }
                        for r in ophaling.regels
                    ],
                    "overgenomen": taken,
                    "duo": ophaling.gegevens.to_json(),
                }
            )
        else:
            width = max(len(r.label) for r in ophaling.regels)
            print(f"{'':{width}}  {'Dossier':<28}  DUO")
            for r in ophaling.regels:
                mark = f"  [overnemen: --overnemen {r.veld}]" if r.overneembaar else ""
                print(f"{r.label:{width}}  {r.dossier:<28}  {r.duo}{mark}")
            for label in taken:
                print(f"Overgenomen van DUO: {label}")
        return EXIT_OK
    finally:
        session.close()


def _find(session: Any, ref: str) -> str:
    inburgeraar = session.inburgeraars.find(ref)
    if inburgeraar is None or inburgeraar.id is None:
        raise CliError(f"Geen inburgeraar gevonden voor '{ref}'.", EXIT_INPUT)
    return str(inburgeraar.id)


def cmd_duo_melden(args: argparse.Namespace) -> int:
    from app.duo.resultaten import DuoResultaatService
    from app.errors import ValidationError

    given = [
        x
        for x in (
            args.uren,
            args.contactpersoon,
            args.zroute,
            args.verwijder_contactpersoon,
            True if args.verwijder_pip else None,
        )
        if x is not None
    ]
    if len(given) != 1:
        raise CliError(
            "Geef één van --uren (met --uren-soort), --contactpersoon, --zroute, "
            "--verwijder-contactpersoon of --verwijder-pip.",
            EXIT_INPUT,
        )
    session = open_session(args)
    try:
        inburgeraar_id = _find(session, args.client)
        service = DuoResultaatService(session)
        try:
            if args.verwijder_pip:
                service.pip_verwijderen(inburgeraar_id)
            elif args.zroute is not None:
                service.zroute_gereed(inburgeraar_id, args.zroute)
            elif args.verwijder_contactpersoon is not None:
                service.contactpersoon_verwijderen(inburgeraar_id, args.verwijder_contactpersoon)
            elif args.wijzig_contactpersoon is not None:
                service.contactpersoon_wijzigen(
                    inburgeraar_id,
                    args.wijzig_contactpersoon,
                    args.contactpersoon,
                    args.email,
                    args.telefoon,
                )
            elif args.uren is not None:
                service.uren_gereed(inburgeraar_id, args.uren_soort or "", args.uren)
            else:
                service.contactpersoon_gereed(
                    inburgeraar_id, args.contactpersoon, args.email, args.telefoon
                )
        except ValidationError as exc:
            raise CliError(
                " ".join(exc.errors.values()) + " Er is niets veranderd.", EXIT_INPUT
            ) from None
        print("Gemarkeerd; het gaat bij de volgende synchronisatie naar DUO.")
        return EXIT_OK
    finally:
        session.close()


def cmd_duo_meldingen(args: argparse.Namespace) -> int:
    from app.duo.resultaten import STAND_LABEL, DuoResultaatService

    session = open_session(args)
    try:
        marked = DuoResultaatService(session).for_inburgeraar(_find(session, args.client))
        if args.json:
            print_json(
                [
                    {
                        "id": m.id,
                        "soort": m.soort,
                        "omschrijving": m.omschrijving,
                        "gemarkeerd_op": m.gemarkeerd_op,
                        "gemarkeerd_door": m.gemarkeerd_door,
                        "stand": m.stand.value,
                        "antwoord": m.antwoord or None,
                        "duo_id": m.duo_id,
                    }
                    for m in marked
                ]
            )
        else:
            for m in marked:
                print(f"{m.gemarkeerd_op[:10]}  {m.omschrijving}  ({STAND_LABEL[m.stand]})  {m.id}")
                if m.antwoord:
                    print(f"            {m.antwoord}")
        return EXIT_OK
    finally:
        session.close()


def cmd_duo_nieuw(args: argparse.Namespace) -> int:
    from app.duo.aanmeldingen import DuoAanmeldingService
    from app.validation import format_date

    session = open_session(args)
    try:
        entries = DuoAanmeldingService(session).lijst()
        if args.json:
            print_json(
                [
                    {
                        "id": a.id,
                        "gebeurtenis": a.gebeurtenis_id,
                        "omschrijving": a.omschrijving,
                        "datum": a.registratie.isoformat() if a.registratie else None,
                        "bsn": a.bsn,
                        "plicht": a.plicht_tekst,
                        "doelgroep": a.doelgroep_tekst,
                    }
                    for a in entries
                ]
            )
        elif not entries:
            print("Er zijn geen nieuwe meldingen van DUO.")
        else:
            for a in entries:
                print(
                    f"{a.id}  {format_date(a.registratie)}  {a.gebeurtenis_id}  {a.bsn}  "
                    f"{a.plicht_tekst}  {a.doelgroep_tekst}"
                )
        return EXIT_OK
    finally:
        session.close()


def cmd_duo_niet_voor_ons(args: argparse.Namespace) -> int:
    from app.duo.aanmeldingen import DuoAanmeldingError, DuoAanmeldingService
    from app.errors import ValidationError

    session = open_session(args)
    try:
        service = DuoAanmeldingService(session)
        if service.get(args.aanmelding) is None:
            raise CliError(
                "Deze aanmelding staat niet in de lijst ('wegwijs duo nieuw'). "
                "Er is niets veranderd.",
                EXIT_INPUT,
            )
        try:
            service.niet_voor_ons(args.aanmelding, args.reden)
        except ValidationError as exc:
            raise CliError(" ".join(exc.errors.values()), EXIT_INPUT) from None
        except DuoAanmeldingError as exc:  # offline, or a colleague was first
            raise CliError(str(exc), EXIT_CHECK) from None
        print("Afgehandeld: niet voor ons.")
        return EXIT_OK
    finally:
        session.close()


def cmd_duo_vrijgeven(args: argparse.Namespace) -> int:
    from app.duo.aanmeldingen import (
        AanmeldingOnbekendError,
        DuoAanmeldingError,
        DuoAanmeldingService,
    )

    session = open_session(args)
    try:
        try:
            print(DuoAanmeldingService(session).vrijgeven(args.aanmelding))
        except AanmeldingOnbekendError as exc:
            raise CliError(str(exc), EXIT_INPUT) from None
        except DuoAanmeldingError as exc:  # offline, too early, or already handled
            raise CliError(str(exc), EXIT_CHECK) from None
        return EXIT_OK
    finally:
        session.close()
