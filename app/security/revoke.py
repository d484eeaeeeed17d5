"""Account intrekken: remove an account and re-key the store, so that its password (and the
store key it could unwrap) opens neither the live store nor the backups any more.

Steps, each safe to interrupt:

1. Nobody else may have the store open (as for a restore); a mark keeps others out meanwhile.
2. A new random store key. The key file is written with every remaining account holding the new
   key *and* the previous one (``vorige``, sealed to the same public key): a crash before step 3
   still opens the store, and the next sign-in finishes the re-key (app.store).
3. ``PRAGMA rekey`` re-encrypts the store under the new key (one SQLite transaction).
4. The key file without ``vorige``; the account's roles leave the store.
5. Every backup the app knows of (the backup folder, ``wegwijs-vervangen-*``, the copies made
   before a migration) is re-encrypted under the new key and gets the new key file beside it.
   A file that cannot be re-keyed (not under the previous key, unreadable) is named in the
   report and in ``OUDE-SLEUTEL.txt`` in its folder: it still opens with old passwords.
   Copies outside those folders (a USB stick) are out of reach: see docs/security.md.

Accounts of the first key-file format cannot be given the new key without their password: they
are listed in the report and need a new password from a beheerder (``wegwijs user passwd``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.security.accounts import AccountError, key_path, load_keys, locked
from app.security.audit import audit
from app.security.backup import KEYS_SUFFIX, in_use_by
from app.security.interrupted_restore import RESTORE_MARK
from app.security.keys import KeyFile, reseal, write_private
from app.security.retention_copies import known_copies
from app.security.roles import Permission, Role, require
from db.accounts import AccountRoleRepository
from db.connection import Store, rekey_file
from db.errors import StoreInUseError

if TYPE_CHECKING:
    from app.session import Session

OLD_KEY_NOTE = "OUDE-SLEUTEL.txt"


@dataclass
class RevokeReport:
    naam: str
    rekeyed_backups: list[Path] = field(default_factory=list)
    old_key_files: list[Path] = field(default_factory=list)  # still open with old passwords
    need_new_password: list[str] = field(default_factory=list)


def revoke_account(session: Session, naam: str, backup_dir: Path) -> RevokeReport:
    """Revoke *naam* and re-key the store and its known backups (beheerder). The store stays
    open under the new key."""
    actor = require(session, Permission.GEBRUIKERS_BEHEREN)
    store = session.store
    data_dir = store.path.parent
    old_key = store.raw_key
    if not isinstance(old_key, bytes):
        raise AccountError("Dit gegevensbestand heeft nog geen accounts.")
    if naam == actor.naam:
        raise AccountError("U kunt uw eigen account niet intrekken; vraag een andere beheerder.")
    report = RevokeReport(naam)
    mark = data_dir / RESTORE_MARK
    with locked(data_dir):
        keys = load_keys(data_dir)
        if keys.get(naam) is None:
            raise AccountError(f"Er is geen account {naam}.")
        rest = [a for a in keys.accounts if a.naam != naam]
        if not any(Role.BEHEERDER in a.rollen for a in rest):
            raise AccountError("Dan blijft er geen beheerder over; er is niets veranderd.")
        write_private(mark, json.dumps({"pid": os.getpid(), "bewaard": ""}).encode())
        try:
            who = _in_use_by_other(store)
            if who is not None:
                raise StoreInUseError(who)
            new_key = os.urandom(32)
            carried: list[Any] = []
            for account in rest:
                moved = reseal(account, new_key, old_key)
                if moved is None:
                    report.need_new_password.append(account.naam)
                    carried.append(account)
                else:
                    carried.append(moved)
            KeyFile(carried, keys.audit_anker).save(key_path(data_dir))  # step 2
            store.rekey(new_key)  # step 3
            final = KeyFile([replace(a, vorige=b"") for a in carried], keys.audit_anker)
            final.save(key_path(data_dir))  # step 4
            with store.transaction():
                AccountRoleRepository(store.conn).remove(naam)
                audit(session, "ingetrokken", "account", naam)
                audit(session, "opnieuw versleuteld", "gegevensbestand", "")
        finally:
            mark.unlink(missing_ok=True)
    for copy in known_copies(data_dir, backup_dir):  # step 5
        if rekey_file(copy, old_key, new_key):
            report.rekeyed_backups.append(copy)
            keys_copy = copy.with_name(copy.name + KEYS_SUFFIX)
            write_private(keys_copy, key_path(data_dir).read_bytes())
        else:
            report.old_key_files.append(copy)
    for folder in {p.parent for p in report.old_key_files}:
        names = "\n".join(p.name for p in report.old_key_files if p.parent == folder)
        (folder / OLD_KEY_NOTE).write_text(
            "Deze back-ups zijn niet opnieuw versleuteld toen account "
            f"{naam} werd ingetrokken. Ze openen nog met oude wachtwoorden (ook dat van "
            f"{naam}). Verwijder ze als ze niet meer nodig zijn.\n\n{names}\n",
            "utf-8",
        )
    audit(session, "back-ups opnieuw versleuteld", "back-up", str(len(report.rekeyed_backups)))
    return report


def _in_use_by_other(store: Store) -> str | None:
    """Who else has the store open (this connection's own marker does not count)."""
    own = getattr(store, "_marker", None)
    if own is not None:
        own.unlink(missing_ok=True)
    try:
        return in_use_by(store.path)
    finally:
        if own is not None:
            own.touch()
