"""wegwijs server init / user add · sync setup / sync / sync status · conflicts list / resolve ·
client edit · audit verify --server (shapes in docs/cli.md)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import (
    EXIT_CHECK,
    EXIT_INPUT,
    EXIT_OK,
    CliError,
    open_session,
    print_json,
    read_passphrase_file,
    validation_message,
)
from app.server import admin, conflicts
from app.server import sync as client_sync

EXIT_OFFLINE = 3


def register(sub: Any) -> None:
    server = sub.add_parser("server", help="de regionale server (voor IT)").add_subparsers(
        dest="server_command", metavar="OPDRACHT", required=True
    )
    init = server.add_parser("init", help="maak of werk schema, rollen en beleid bij")
    init.add_argument("--dsn", required=True, help="PostgreSQL-adres van de database-eigenaar")
    init.set_defaults(func=cmd_server_init)
    user = server.add_parser("user", help="serveraccounts").add_subparsers(
        dest="server_user_command", metavar="OPDRACHT", required=True
    )
    add = user.add_parser("add", help="nieuw serveraccount (of nieuw wachtwoord en rol)")
    add.add_argument("naam")
    add.add_argument("--gemeente", required=True, help="CBS-code, bijvoorbeeld 0294")
    add.add_argument("--rol", required=True, help="klantmanager, coordinator of beheerder")
    add.add_argument("--dsn", required=True)
    add.add_argument("--new-passphrase-file", help="bestand met het wachtwoord van het account")
    add.set_defaults(func=cmd_server_user_add)

    sync = sub.add_parser("sync", help="synchroniseer met de regionale server")
    sync.set_defaults(func=cmd_sync)
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="OPDRACHT")
    setup = sync_sub.add_parser("setup", help="verbind deze laptop met de server")
    setup.add_argument("--server", required=True, help="PostgreSQL-adres, met sslmode=verify-full")
    setup.add_argument("--user", dest="server_user", required=True, help="serveraccount")
    setup.add_argument("--server-passphrase-file", help="bestand met het serverwachtwoord")
    setup.set_defaults(func=cmd_sync_setup)
    status = sync_sub.add_parser("status", help="laatste sync, wachtende wijzigingen, conflicten")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_sync_status)

    conf = sub.add_parser("conflicts", help="conflicten tussen laptops").add_subparsers(
        dest="conflicts_command", metavar="OPDRACHT", required=True
    )
    clist = conf.add_parser("list", help="open conflicten")
    clist.add_argument("--json", action="store_true")
    clist.add_argument("--alle", action="store_true", help="ook opgeloste")
    clist.set_defaults(func=cmd_conflicts_list)
    resolve = conf.add_parser("resolve", help="los een conflict op")
    resolve.add_argument("id")
    group = resolve.add_mutually_exclusive_group(required=True)
    group.add_argument("--kies", choices=("mijn", "server"))
    group.add_argument("--waarde")
    resolve.set_defaults(func=cmd_conflicts_resolve)


def register_inburgeraar_edit(inburgeraar: Any) -> None:
    edit = inburgeraar.add_parser("edit", help="wijzig alleen de velden uit een JSON-bestand")
    edit.add_argument("client", help="id, BSN of V-nummer")
    edit.add_argument("--json-file", required=True)
    edit.set_defaults(func=cmd_inburgeraar_edit)


def register_audit_server(verify: Any) -> None:
    verify.add_argument("--server", help="PostgreSQL-adres: controleer de ketens per laptop")
    verify.add_argument("--json", action="store_true")


# --- server (IT) ------------------------------------------------------------------------


def cmd_server_init(args: argparse.Namespace) -> int:
    try:
        applied = admin.init(args.dsn)
    except admin.ServerError as exc:
        raise CliError(str(exc), EXIT_OFFLINE if "bereiken" in str(exc) else EXIT_INPUT) from None
    if applied:
        print("Server ingericht: " + ", ".join(applied))
    else:
        print("Server was al bijgewerkt; niets te doen.")
    return EXIT_OK


def cmd_server_user_add(args: argparse.Namespace) -> int:
    if args.new_passphrase_file:
        password = read_passphrase_file(args.new_passphrase_file)
    else:
        from app.cli.common import prompt

        password = prompt("Wachtwoord voor het serveraccount: ")
        if prompt("Herhaal het wachtwoord: ") != password:
            raise CliError("De twee wachtwoorden zijn niet gelijk.")
    try:
        new = admin.user_add(args.dsn, args.naam, args.gemeente, args.rol, password)
    except admin.ServerError as exc:
        raise CliError(str(exc), EXIT_OFFLINE if "bereiken" in str(exc) else EXIT_INPUT) from None
    word = "aangemaakt" if new else "bijgewerkt"
    print(f"Serveraccount {args.naam} ({args.rol}, gemeente {args.gemeente}) {word}.")
    return EXIT_OK


# --- the laptop ---------------------------------------------------------------------------


def cmd_sync_setup(args: argparse.Namespace) -> int:
    user = args.server_user
    if args.server_passphrase_file:
        password = read_passphrase_file(args.server_passphrase_file)
    else:
        from app.cli.common import prompt

        password = prompt("Serverwachtwoord: ")
    session = open_session(args)
    try:
        rol = client_sync.setup(session, args.server, user, password)
    except client_sync.SyncError as exc:
        raise CliError(str(exc), exc.code) from None
    finally:
        session.close()
    print(f"Verbonden met de server als {user} ({rol}). Synchroniseer met 'wegwijs sync'.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    if getattr(args, "sync_command", None):
        return EXIT_INPUT  # a subcommand sets its own func; never reached
    session = open_session(args)
    try:
        result = client_sync.run(session, progress=lambda text: print(text, file=sys.stderr))
    except client_sync.SyncError as exc:
        raise CliError(str(exc), exc.code) from None
    finally:
        session.close()
    print(result.summary())
    for reason in result.geweigerd:
        print(f"Server weigert: {reason}")
    return EXIT_CHECK if result.open_conflicten else EXIT_OK


def cmd_sync_status(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        data = client_sync.status(session)
    finally:
        session.close()
    if args.json:
        print_json(data)
    elif not data["ingesteld"]:
        print("Niet verbonden met een server.")
    else:
        print(f"Server: {data['server']} (als {data['gebruiker']})")
        print(f"Laatste sync: {data['laatste_sync'] or 'nog nooit'}")
        print(f"Wachtende wijzigingen: {data['wachtende_wijzigingen']}")
        print(f"Open conflicten: {data['open_conflicten']}")
        if data["laatste_fout"]:
            print(f"Laatste fout: {data['laatste_fout']}")
    return EXIT_OK


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        rows = conflicts.listing(session, open_only=not args.alle)
    finally:
        session.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print("Geen open conflicten.")
    for c in rows:
        print(f"{c['id']}  {c['omschrijving']}: {c['tabel']}.{c['veld']}")
        print(f"    server: {c['server']['waarde']!r} ({c['server']['door']}, {c['server']['op']})")
        print(f"    ander:  {c['ander']['waarde']!r} ({c['ander']['door']}, {c['ander']['op']})")
    return EXIT_OK


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        conflicts.resolve(session, args.id, kies=args.kies, waarde=args.waarde)
    except conflicts.ConflictInputError as exc:
        raise CliError(str(exc)) from None
    finally:
        session.close()
    print("Conflict opgelost; de keuze gaat mee met de volgende sync.")
    return EXIT_OK


def cmd_inburgeraar_edit(args: argparse.Namespace) -> int:
    from app.cli.common import read_json_file
    from app.inburgeraars.json_shape import form_fields, form_from_json, inburgeraar_to_json
    from app.validation import ValidationError

    try:
        changes = form_from_json(read_json_file(args.json_file))
    except ValueError as exc:
        raise CliError(f"Ongeldige invoer in {args.json_file}: {exc}") from None
    session = open_session(args)
    try:
        service = session.inburgeraars
        inburgeraar = service.find(args.client)
        if inburgeraar is None:
            raise CliError(f"Geen inburgeraar gevonden voor '{args.client}'.")
        current = inburgeraar_to_json(inburgeraar)
        form = form_from_json({k: v for k, v in current.items() if k in form_fields()})
        form.update(changes)
        form["id"] = inburgeraar.id
        form["version"] = str(inburgeraar.version)
        try:
            saved = service.save(form)
        except ValidationError as exc:
            raise CliError(validation_message(exc)) from None
        except Exception as exc:  # DuplicateError, ConflictError: a Dutch message of their own
            if type(exc).__name__ in ("DuplicateError", "ConflictError"):
                raise CliError(str(exc)) from None
            raise
    finally:
        session.close()
    print_json(inburgeraar_to_json(saved))
    return EXIT_OK


def audit_verify_server(dsn: str, as_json: bool) -> int:
    from db.server.audit import report

    try:
        conn = admin.connect_admin(dsn)
    except admin.ServerError as exc:
        raise CliError(str(exc), EXIT_OFFLINE) from None
    try:
        devices = report(conn)
    finally:
        conn.close()
    if as_json:
        print_json(devices)
    else:
        for d in devices:
            state = "in orde" if d["ok"] else "GESCHONDEN"
            print(f"{d['account']} ({d['apparaat']}): {d['regels_ontvangen']} regels, {state}")
            for f in d["bevindingen"]:
                print(f"    regel {f['volgnummer']}: {f['soort']} — {f['uitleg']}")
        if not devices:
            print("Nog geen audittrail van een laptop ontvangen.")
    return EXIT_OK if all(d["ok"] for d in devices) else EXIT_CHECK
