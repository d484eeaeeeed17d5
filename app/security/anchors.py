"""Where the audit trail's head is kept outside the store, and reading those anchors back.

* the key file (``audit_anker``): moved forward at every sign-in and backup, but never over
  evidence: when the chain no longer holds the anchored line unchanged, the anchor stays;
* a manifest beside every backup (``NAME.db.manifest.json``): the head when it was made;
* the regional server at each sync (see :func:`app.security.audit.head` / ``lines_since``).

A restore resets the key-file anchor to the restored chain (``sinds``): manifests of backups made
before that moment describe a chain that the restore replaced and are not compared any more.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.security.accounts import key_path, load_keys, locked
from app.security.audit import Anchor, Head, head
from app.security.keys import write_private
from db.audit import AuditRepository

MANIFEST_SUFFIX = ".manifest.json"
KEY_FILE_PLACE = "het sleutelbestand"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def anchor_in_key_file(store: Any, *, reset: bool = False) -> None:
    """Move the key file's anchor to the store's current head (see module docstring)."""
    data_dir = store.path.parent
    if not key_path(data_dir).exists():
        return
    now_head = head(store)
    with contextlib.suppress(OSError), locked(data_dir):
        keys = load_keys(data_dir)
        old = keys.audit_anker
        if old and not reset:
            anchored = Head.from_json(old)
            line = AuditRepository(store.conn).at(anchored.volgnummer)
            if anchored.volgnummer and (line is None or line["hash"] != anchored.hash):
                return  # keep the evidence: verify reports it
        since = _now() if reset or not old else str(old.get("sinds", ""))
        keys.audit_anker = {**now_head.to_json(), "sinds": since}
        keys.save(key_path(data_dir))


def write_manifest(backup: Path, now_head: Head) -> None:
    data = {**now_head.to_json(), "gemaakt": _now(), "bestand": backup.name}
    write_private(backup.with_name(backup.name + MANIFEST_SUFFIX), json.dumps(data).encode())


def known_anchors(data_dir: Path, backup_dir: Path) -> list[Anchor]:
    """The key-file anchor and the manifests of backups made since the last restore."""
    found: list[Anchor] = []
    since = ""
    try:
        raw = load_keys(data_dir).audit_anker
    except Exception:
        raw = None
    if raw:
        found.append(Anchor(Head.from_json(raw), KEY_FILE_PLACE))
        since = str(raw.get("sinds", ""))
    if backup_dir.is_dir():
        for manifest in sorted(backup_dir.glob("*" + MANIFEST_SUFFIX)):
            try:
                data = json.loads(manifest.read_text("utf-8"))
                if str(data.get("gemaakt", "")) < since:
                    continue
                found.append(Anchor(Head.from_json(data), f"back-up {data.get('bestand', '')}"))
            except (OSError, ValueError, KeyError, TypeError):
                continue
    return found
