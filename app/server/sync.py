"""The laptop's sync with the regional server: push the outbox, then pull what changed.

Design (docs/server.md): every change made on this laptop is in the outbox (``sync_uit``, filled
by triggers), per field, with its own UUID and the server version of that field it was made on.
The server (wegwijs.sync_push) applies each change at most once, in the order received, and
answers per change; a same-field clash becomes a conflict there (first value stands, the other is
kept). Only after the server's commit does the laptop drop a change from its outbox, so a sync
cut off anywhere is simply run again: a change sent twice gets its first answer back. A pull asks
for the fields with a sequence number above the laptop's cursor; applying them and moving the
cursor is one local transaction, with the triggers quiet, so nothing echoes back.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.server import secret
from app.server.admin import first_line
from db import sync_apply, sync_capture, sync_schema
from db import sync_local as local
from db.records import now_utc
from db.server import remote
from db.server.tables import BY_NAME, LOCAL_COLUMNS

if TYPE_CHECKING:
    from app.session import Session

PUSH_BATCH = 500
PULL_PAGE = 20000
INSECURE_ENV = "WEGWIJS_SYNC_ZONDER_TLS"  # test fixtures only

Progress = Callable[[str], None]


class SyncError(Exception):
    """Sync could not run; ``code`` is the CLI exit code (2 input, 3 server not reachable)."""

    def __init__(self, message: str, code: int = 3) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class SyncResult:
    verstuurd: int = 0
    ontvangen: int = 0
    nieuwe_conflicten: int = 0
    open_conflicten: int = 0
    geweigerd: list[str] = field(default_factory=list)
    # which rows came in, per table (the screens refresh from these: app/server/sync_view.py)
    ontvangen_rijen: dict[str, set[str]] = field(default_factory=dict)
    verwijderd: dict[str, set[str]] = field(default_factory=dict)

    def summary(self) -> str:
        conflict = "conflict" if self.open_conflicten == 1 else "conflicten"
        return (
            f"{self.verstuurd} wijzigingen verstuurd, {self.ontvangen} ontvangen, "
            f"{self.open_conflicten} {conflict}"
        )


# --- set-up ---------------------------------------------------------------------------------


def check_dsn(dsn: str) -> str:
    """The DSN without a password; TLS with verify-full is required (only a test fixture may
    switch that off, with WEGWIJS_SYNC_ZONDER_TLS=1, and it is said loudly)."""
    from psycopg import conninfo

    try:
        parts = conninfo.conninfo_to_dict(dsn)
    except Exception:
        raise SyncError("Ongeldig serveradres (DSN).", 2) from None
    if "password" in parts:
        raise SyncError(
            "Zet het wachtwoord niet in het serveradres; gebruik --server-passphrase-file.", 2
        )
    if parts.get("sslmode") != "verify-full":
        if os.environ.get(INSECURE_ENV) != "1":
            raise SyncError(
                "De verbinding met de server moet versleuteld zijn en het servercertificaat "
                "gecontroleerd: zet sslmode=verify-full in het serveradres.",
                2,
            )
        warn_insecure()
    parts.pop("user", None)
    return conninfo.make_conninfo(**{k: str(v) for k, v in parts.items()})


def warn_insecure() -> None:
    print(
        "WAARSCHUWING: verbinding met de server ZONDER TLS-controle "
        f"({INSECURE_ENV}=1, alleen voor tests).",
        file=sys.stderr,
    )


def setup(session: Session, dsn: str, user: str, password: str) -> str:
    """Connect this laptop once: check the account on the server, keep the password wrapped,
    install the change triggers and put what the store already holds in the outbox.
    Returns the officer's server role."""
    store = session.store
    clean = check_dsn(dsn)
    try:
        conn = remote.connect(clean, user, password)
    except Exception as exc:
        raise SyncError(f"Kan de server niet bereiken: {first_line(exc)}") from None
    try:
        rol = remote.role(conn)
    except Exception as exc:
        raise SyncError(f"De server weigert: {first_line(exc)}", 2) from None
    finally:
        conn.close()
    if not rol:
        raise SyncError(f"Het account {user} is geen Wegwijs-account op deze server.", 2)
    wrapped = secret.wrap(store.raw_key, password, user)
    with store.transaction() as c:
        first = local.settings(c) is None
        apparaat = str(uuid.uuid4())
        local.save_settings(c, apparaat, clean, user, wrapped)
        sync_capture.install_triggers(c)
        if first:
            sync_capture.enqueue_existing(c)
    return rol


def configured(session: Session) -> bool:
    store = session.store
    return local.settings(store.conn) is not None


# --- status ---------------------------------------------------------------------------------


def status(session: Session) -> dict[str, Any]:
    store = session.store
    cfg = local.settings(store.conn)
    conn = store.conn
    return {
        "ingesteld": cfg is not None,
        "server": cfg["server"] if cfg else None,
        "gebruiker": cfg["gebruiker"] if cfg else None,
        "laatste_sync": cfg["laatste_sync"] if cfg else None,
        "laatste_fout": (cfg["laatste_fout"] or None) if cfg else None,
        "wachtende_wijzigingen": local.pending_count(conn),
        "open_conflicten": len(local.conflicts(conn, open_only=True)),
        "geweigerd": local.refused(conn),
    }


# --- the sync itself ------------------------------------------------------------------------


def connect(session: Session) -> tuple[Any, dict[str, Any]]:
    """An open connection to this laptop's server and its sync settings; SyncError when offline."""
    server, user, password, cfg = _login(session)
    try:
        return remote.connect(server, user, password), cfg
    except Exception as exc:
        raise SyncError(f"Offline: de server is niet bereikbaar ({first_line(exc)}).") from None


def login(session: Session) -> tuple[str, str, str]:
    """Server address, account and password of this laptop (read from the store, so on the
    thread that owns it; the connection itself may then be made elsewhere). SyncError (code 2)
    when the laptop is not connected to a server."""
    server, user, password, _cfg = _login(session)
    return server, user, password


def _login(session: Session) -> tuple[str, str, str, dict[str, Any]]:
    store = session.store
    cfg = local.settings(store.conn)
    if cfg is None:
        raise SyncError(
            "Deze laptop is nog niet met een server verbonden: 'wegwijs sync setup'.", 2
        )
    password = secret.unwrap(store.raw_key, cfg["wachtwoord"], cfg["gebruiker"])
    if password is None:
        raise SyncError(
            "Het bewaarde serverwachtwoord is niet te openen; doe sync setup opnieuw.", 2
        )
    if "sslmode=verify-full" not in cfg["server"].replace(" = ", "="):
        if os.environ.get(INSECURE_ENV) != "1":
            raise SyncError("Het serveradres heeft geen sslmode=verify-full.", 2)
        warn_insecure()
    return cfg["server"], cfg["gebruiker"], password, cfg


def run(session: Session, progress: Progress | None = None) -> SyncResult:
    """One full sync. SyncError(code 3) when the server cannot be reached or the connection
    drops: nothing is lost, the next sync continues where this one stopped."""
    store = session.store
    import psycopg

    say = progress or (lambda _text: None)
    result = SyncResult()
    conn, cfg = connect(session)
    try:
        with store.transaction() as c:
            sync_capture.install_triggers(c)
        _push(session, conn, cfg["apparaat"], result, say)
        _pull(session, conn, result, say)
        _push_audit(session, conn, cfg["apparaat"])
    except psycopg.OperationalError as exc:
        _note_error(session, f"Verbinding verbroken: {first_line(exc)}")
        raise SyncError(f"Verbinding met de server verbroken: {first_line(exc)}") from None
    except psycopg.Error as exc:
        _note_error(session, f"Server weigert: {first_line(exc)}")
        raise SyncError(f"Server weigert: {first_line(exc)}") from None
    finally:
        conn.close()
    with store.transaction() as c:
        local.update_settings(c, laatste_sync=now_utc(), laatste_fout="")
        result.open_conflicten = len(local.conflicts(c, open_only=True))
        result.geweigerd = local.refused(c)
    say(result.summary())
    return result


def _note_error(session: Session, text: str) -> None:
    store = session.store
    try:
        with store.transaction() as c:
            local.update_settings(c, laatste_fout=text)
    except Exception:  # the store itself is fine; the note is only for the status bar
        pass


def _push(session: Session, conn: Any, apparaat: str, result: SyncResult, say: Progress) -> None:
    store = session.store
    with store.transaction() as c:
        local.compact_outbox(c)
    while True:
        batch = local.pending(store.conn, PUSH_BATCH)
        if not batch:
            return
        answers = remote.push(conn, apparaat, batch)
        by_id = {str(a["id"]): a for a in answers}
        with store.transaction() as c:
            sync_apply.defer_foreign_keys(c)
            sync_capture.quiet(c, True)
            for change in batch:
                _settle(c, change, by_id[change["id"]])
            sync_capture.quiet(c, False)
        result.verstuurd += len(batch)
        say(f"{result.verstuurd} wijzigingen verstuurd")


def _settle(c: Any, change: dict[str, Any], answer: dict[str, Any]) -> None:
    """What the laptop does with the server's answer to one of its changes."""
    status = answer.get("status")
    tabel, rij = change["tabel"], change["rij"]
    if status == "geweigerd":
        local.mark_refused(c, change["id"], str(answer.get("reden", "geweigerd")))
        return
    local.done(c, change["id"])
    if status == "vervallen":  # the row was removed elsewhere: the removal reaches us by pull
        return
    seq = int(answer.get("seq", 0))
    target = str(answer.get("rij") or rij)
    if status == "alias" and target != rij:
        sync_apply.rename_row(c, tabel, rij, target)
    if change["op"] == "insert" and status in ("toegepast", "hernummerd"):
        local.mark_seen(c, ((tabel, target, v, seq) for v in change["velden"] if v != "id"))
    elif change["op"] == "set" and status == "toegepast":
        local.mark_seen(c, [(tabel, target, change["veld"], seq)])
    velden = answer.get("velden") or {}
    if velden and tabel in sync_schema.local_tables(c):
        # the server's values stand (conflict, merged row, renumbered PIP): take them over
        values: dict[str, Any] = {}
        seen = []
        for veld, item in velden.items():
            if isinstance(item, dict) and "w" in item:
                values[veld] = item["w"]
                seen.append((tabel, target, veld, int(item["s"])))
            else:
                values[veld] = item
        present = sync_apply.existing_ids(c, tabel, [target])
        if present:
            sync_apply.upsert_rows(c, tabel, {target: values}, present)
        local.mark_seen(c, seen)


def _pull(session: Session, conn: Any, result: SyncResult, say: Progress) -> None:
    store = session.store
    total: int | None = None  # dossiers to receive, counted once the pull is big
    while True:
        cfg = local.settings(store.conn)
        assert cfg is not None
        page = remote.pull_page(conn, int(cfg["cursor"]), PULL_PAGE)
        if page.more and total is None:
            total = remote.dossier_count(conn, remote.view(conn))
        grouped: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        seen: list[tuple[str, str, str, int]] = []
        for tabel, rij, veld, waarde, seq in page.fields:
            if tabel not in BY_NAME:
                continue
            grouped[tabel].setdefault(rij, {})[veld] = waarde
            seen.append((tabel, rij, veld, seq))
        # Without an fsync of its own: after a power loss the page (and the cursor with it)
        # is simply pulled again; the sync's last commit below is durable and carries it.
        with store.transaction(durable=False) as c:
            sync_apply.defer_foreign_keys(c)
            sync_capture.quiet(c, True)
            tables = set(sync_schema.local_tables(c))
            # removals first: a row replaced elsewhere (a person's languages are rewritten on
            # save) frees its unique key before the new row with that key is written
            for tabel, rij, _seq in page.tombstones:
                grouped.get(tabel, {}).pop(rij, None)  # removed: its fields stay away
                if tabel in tables:
                    sync_apply.delete_rows(c, tabel, [rij])
                    result.ontvangen += 1
                    result.verwijderd.setdefault(tabel, set()).add(rij)
            for tabel, rows in grouped.items():
                if tabel not in tables:
                    continue
                present = sync_apply.existing_ids(c, tabel, list(rows))
                required = sync_schema.required_columns(c, tabel) - {"created_at", *LOCAL_COLUMNS}
                # a row new to this laptop whose page lacks required fields (they changed
                # later): all its fields, not only those of this page
                missing = [r for r in rows if r not in present and required - set(rows[r])]
                if missing:
                    for rid, full in remote.full_rows(conn, tabel, missing).items():
                        rows[rid] = {v: w for v, (w, _s) in full.items()}
                        seen += [(tabel, rid, v, s) for v, (_w, s) in full.items()]
                sync_apply.upsert_rows(c, tabel, rows, present)
                result.ontvangen += len(rows)
                result.ontvangen_rijen.setdefault(tabel, set()).update(rows)
            seen.sort()  # in key order: the index of sync_veld grows at its end, not all over
            local.mark_seen(c, seen)
            if page.conflicts:
                rows_c = [_conflict_row(x) for x in page.conflicts]
                new = {str(r["id"]) for r in rows_c} - {str(r["id"]) for r in local.conflicts(c)}
                result.nieuwe_conflicten += len(new)
                local.upsert_conflicts(c, rows_c)
            local.update_settings(c, cursor=page.cursor)
            sync_capture.quiet(c, False)
            held = sync_apply.row_count(c, "inburgeraar") if total else 0
        if total:
            say(f"{_getal(min(held, total))} van {_getal(total)} dossiers ontvangen")
        else:
            say(f"{result.ontvangen} wijzigingen ontvangen")
        if not page.more:
            return


def _getal(n: int) -> str:
    """A count the Dutch way: 5.000, 12.345."""
    return f"{n:,}".replace(",", ".")


def _conflict_row(raw: dict[str, Any]) -> dict[str, Any]:
    row = dict(raw)
    for key in ("server_waarde", "ander_waarde"):
        row[key] = json.dumps(raw[key]) if raw[key] is not None else None
    return row


def _push_audit(session: Session, conn: Any, apparaat: str) -> None:
    from app.server.audit_sync import push_audit

    push_audit(session, conn, apparaat)
