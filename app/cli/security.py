"""wegwijs user add/passwd/list · audit verify/list · db restore · bewaartermijn · inzage"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    EXIT_CHECK,
    EXIT_OK,
    CliError,
    location,
    new_passphrase,
    open_session,
    print_json,
    secret,
)
from app.files import OutputFileError, write_new_file
from app.security import accounts, audit, backup, retention
from app.security.roles import PermissionDeniedError, Role
from app.settings import Settings, settings_path
from app.store import open_signed_in

if TYPE_CHECKING:
    from app.session import Session

ROLE_CHOICES = [r.value for r in Role]


def register(sub: Any) -> None:
    user = sub.add_parser("user", help="accounts").add_subparsers(
        dest="user_command", metavar="OPDRACHT", required=True
    )
    add = user.add_parser("add", help="nieuw account (beheerder)")
    add.add_argument("naam")
    add.add_argument("--rol", action="append", required=True, choices=ROLE_CHOICES)
    add.add_argument("--new-passphrase-file", help="bestand met het wachtwoord van het account")
    add.set_defaults(func=cmd_user_add)
    passwd = user.add_parser("passwd", help="nieuw wachtwoord (eigen, of als beheerder)")
    passwd.add_argument("naam")
    passwd.add_argument("--new-passphrase-file", help="bestand met het nieuwe wachtwoord")
    passwd.set_defaults(func=cmd_user_passwd)
    revoke = user.add_parser(
        "revoke", help="account intrekken en het gegevensbestand opnieuw versleutelen (beheerder)"
    )
    revoke.add_argument("naam")
    revoke.set_defaults(func=cmd_user_revoke)
    lst = user.add_parser("list", help="accounts en rollen")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_user_list)

    aud = sub.add_parser("audit", help="audittrail").add_subparsers(
        dest="audit_command", metavar="OPDRACHT", required=True
    )
    verify = aud.add_parser("verify", help="controleer dat niemand de audittrail heeft gewijzigd")
    verify.set_defaults(func=cmd_audit_verify)
    from app.cli.sync import register_audit_server

    register_audit_server(verify)
    alist = aud.add_parser("list", help="laatste regels van de audittrail")
    alist.add_argument("--aantal", type=int, default=50)
    alist.set_defaults(func=cmd_audit_list)

    bew = sub.add_parser("bewaartermijn", help="dossiers waarvan de bewaartermijn voorbij is")
    bew.add_argument("--verwijder", nargs="+", metavar="ID", help="verwijder deze dossiers")
    bew.set_defaults(func=cmd_bewaartermijn)
    inz = sub.add_parser(
        "inzage", help="alles over één inburgeraar als PDF of JSON (inzageverzoek)"
    )
    inz.add_argument("client", help="id van de inburgeraar")
    inz.add_argument("--out", required=True, help="doelbestand (.pdf of .json)")
    inz.set_defaults(func=cmd_inzage)


def register_db(db: Any) -> None:
    """`wegwijs db restore FILE` (hooked into the db group of app/cli/session.py)."""
    restore = db.add_parser("restore", help="zet een back-up terug (na controle)")
    restore.add_argument("file", help="het back-upbestand (.db)")
    restore.set_defaults(func=cmd_restore)


def _with_store(args: argparse.Namespace) -> Session:
    return open_session(args)


def _checked(fn: Any, *a: Any) -> Any:
    try:
        return fn(*a)
    except (accounts.AccountError, PermissionDeniedError, backup.BackupError) as exc:
        raise CliError(str(exc)) from None


def cmd_user_add(args: argparse.Namespace) -> int:
    naam = _checked(accounts.check_name, args.naam)
    password = new_passphrase(args.new_passphrase_file, context=(naam,))
    session = _with_store(args)
    try:
        rollen = frozenset(Role(r) for r in args.rol)
        _checked(accounts.add_account, session, naam, password, rollen)
    finally:
        session.close()
    print(f"Account {naam} gemaakt.")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace) -> int:
    naam = _checked(accounts.check_name, args.naam)
    password = new_passphrase(args.new_passphrase_file, context=(naam,))
    session = _with_store(args)
    try:
        _checked(accounts.set_password, session, naam, password)
    finally:
        session.close()
    print(f"Wachtwoord van {naam} gewijzigd. Het gegevensbestand is niet opnieuw versleuteld.")
    return EXIT_OK


def cmd_user_revoke(args: argparse.Namespace) -> int:
    from app.security.revoke import revoke_account
    from app.settings import backup_folder

    naam = _checked(accounts.check_name, args.naam)
    store = _with_store(args)
    try:
        report = _checked(revoke_account, store, naam, backup_folder(store.path.parent))
    finally:
        store.close()
    print(
        f"Account {naam} ingetrokken. Het gegevensbestand is opnieuw versleuteld met een nieuwe "
        f"sleutel; {len(report.rekeyed_backups)} back-up(s) ook."
    )
    for path in report.old_key_files:
        print(f"  LET OP: {path} opent nog met oude wachtwoorden (zie OUDE-SLEUTEL.txt ernaast).")
    for other in report.need_new_password:
        print(f"  Account {other} heeft een nieuw wachtwoord nodig: wegwijs user passwd {other}")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    rows = _checked(accounts.describe, location(args).data_dir)
    if args.json:
        print_json([{"naam": n, "rollen": r} for n, r in rows])
    else:
        for naam, rollen in rows:
            print(f"{naam:<24} {rollen}")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    if getattr(args, "server", None):  # the regional server: each laptop's chain
        from app.cli.sync import audit_verify_server

        return audit_verify_server(args.server, args.json)
    session = _with_store(args)
    try:
        findings = _checked(audit.verify, session)
        total = audit.count(session)
    finally:
        session.close()
    if not findings:
        print(f"Audittrail in orde: {total} regels, keten ongeschonden.")
        return EXIT_OK
    print(f"Audittrail GESCHONDEN ({len(findings)} bevinding(en)):")
    for finding in findings:
        print(f"  {finding.message}")
    return EXIT_CHECK


def cmd_audit_list(args: argparse.Namespace) -> int:
    session = _with_store(args)
    try:
        lines = _checked(audit.recent, session, max(1, args.aantal))
    finally:
        session.close()
    for line in reversed(lines):
        print(
            f"{line['volgnummer']:>6} {line['tijdstip']} {line['actor']:<12} {line['actie']} "
            f"{line['object_type']} {line['object_id']} [{line['resultaat']}] {line['herkomst']}"
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"{source} bestaat niet.")
    loc = location(args)
    signin = accounts.sign_in(loc.data_dir, getattr(args, "user", None), secret(args))
    if Role.BEHEERDER not in signin.account.rollen:
        raise CliError("Alleen een beheerder mag een back-up terugzetten. Er is niets veranderd.")
    actor = accounts.actor_for(signin.account)
    kept = _checked(backup.restore, loc.path, source, signin.key, actor)
    session = open_signed_in(loc, signin)
    try:
        audit.audit(session, "teruggezet", "back-up", source.name)
    finally:
        session.close()
    print(f"Back-up teruggezet. Het vervangen bestand is bewaard als {kept.name}.")
    return EXIT_OK


def cmd_bewaartermijn(args: argparse.Namespace) -> int:
    loaded = Settings.load_checked(settings_path(location(args).data_dir))
    if loaded.problems:
        print(f"wegwijs: {loaded.message()}", file=sys.stderr)
    jaren = loaded.settings.bewaartermijn_jaren
    session = _with_store(args)
    try:
        service = session.retention
        if args.verwijder:
            try:
                count = _checked(service.delete, list(args.verwijder), date.today(), jaren)
            except ValueError as exc:
                raise CliError(f"{exc} Er is niets verwijderd.") from None
            print(f"{count} dossier(s) definitief verwijderd.")
            return EXIT_OK
        for c in _checked(service.candidates, date.today(), jaren):
            print(f"{c.id}  gemeente {c.gemeentecode}  einde plicht {c.einde_plicht:%d-%m-%Y}")
    finally:
        session.close()
    return EXIT_OK


def cmd_inzage(args: argparse.Namespace) -> int:
    target = Path(args.out)
    kind = target.suffix.lower()
    if kind not in (".json", ".pdf"):
        raise CliError(f"Kies een bestand dat eindigt op .json of .pdf (niet {target.name}).")
    if target.exists():
        raise CliError(f"{target} bestaat al; kies een nieuwe naam.")
    if not target.parent.is_dir():  # before anything is read or logged
        raise CliError(f"De map {target.parent} bestaat niet. Er is niets geëxporteerd.")
    session = _with_store(args)
    try:
        try:
            if kind == ".pdf":
                from app.security.inzage_pdf import inzage_pdf

                data = _checked(inzage_pdf, session, args.client)
            else:
                data = _checked(retention.inzage_json, session, args.client).encode("utf-8")
        except KeyError:
            raise CliError(f"Geen inburgeraar met id {args.client}.") from None
    finally:
        session.close()
    try:
        write_new_file(target, data)
    except OutputFileError as exc:
        raise CliError(str(exc)) from None
    print(f"Inzage-export geschreven naar {target}.")
    return EXIT_OK
