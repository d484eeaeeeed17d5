"""Settings declared once, with types and defaults; stored as JSON where platformdirs says.

Only non-personal preferences live here (no names of newcomers, no secrets). The path is
injectable so tests never touch the real user folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "Wegwijs"
ENV_DATA_DIR = "WEGWIJS_DATA_DIR"


def default_data_dir(explicit: str | Path | None = None) -> Path:
    """--data-dir wins, then $WEGWIJS_DATA_DIR, then the user's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    klantmanager: str = ""  # the officer's own name, prefilled in new dossiers
    standaard_gemeentecode: str = ""  # preselected municipality in new dossiers
    autolock_minuten: int = 5
    backup_map: str = ""  # folder for automatic backups, chosen by the beheerder ("" = default)
    bewaartermijn_jaren: int = 5  # years after the end of the duty before a dossier is deleted

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known: dict[str, Any] = {}
        defaults = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            if isinstance(value, type(getattr(defaults, f.name))):
                known[f.name] = value
        return replace(defaults, **known)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), "utf-8")
        tmp.replace(path)


def settings_path(data_dir: Path) -> Path:
    return data_dir / "instellingen.json"


def backup_folder(data_dir: Path) -> Path:
    """Where automatic backups go: the beheerder's choice, else ``backups`` beside the store."""
    chosen = Settings.load(settings_path(data_dir)).backup_map
    return Path(chosen).expanduser() if chosen else data_dir / "backups"
