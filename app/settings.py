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

from app.defaults import MachineDefaults, load_defaults_or_builtin

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
    gemeente_naam: str = ""  # the municipality shown on printed documents
    gemeente_logo: str = ""  # path of its logo (PNG/JPG/SVG), "" for none
    gemeente_adres: str = ""  # postal address on printed documents (lines separated by newlines)
    klantmanager_contact: str = ""  # the officer's WORK phone/e-mail for handouts; never private
    backup_map: str = ""  # folder for automatic backups, chosen by the beheerder ("" = default)
    bewaartermijn_jaren: int = 5  # years after the end of the duty before a dossier is deleted
    # The PIP letter (app/pdf/pip_letter.py): signatory, the officer's work line, the kenmerk.
    ondertekenaar: str = ""  # signs namens het college; "" = the klantmanager
    ondertekenaar_functie: str = ""
    klantmanager_telefoon: str = ""  # WORK phone, printed on the letter and the handout
    klantmanager_email: str = ""  # WORK e-mail
    kenmerk_patroon: str = "{gemeentecode}/PIP/{jaar}/{nummer:05d}"
    # Extra days the government designated under the Algemene termijnenwet, as JJJJ-MM-DD
    # separated by commas (e.g. the Friday after Hemelvaart in a designated year).
    aangewezen_dagen: str = ""

    @classmethod
    def machine_base(cls, machine: MachineDefaults | None = None) -> Settings:
        """Built-in defaults overlaid with what IT set centrally (see app/defaults.py)."""
        machine = machine if machine is not None else load_defaults_or_builtin()[0]
        base = cls()
        return replace(
            base,
            gemeente_naam=machine.gemeente_naam or base.gemeente_naam,
            standaard_gemeentecode=machine.gemeentecode or base.standaard_gemeentecode,
            gemeente_logo=str(machine.logo) if machine.logo else base.gemeente_logo,
            autolock_minuten=machine.autolock_minuten or base.autolock_minuten,
        )

    @classmethod
    def load(cls, path: Path, machine: MachineDefaults | None = None) -> Settings:
        """The user's own settings; what they never set comes from the machine defaults."""
        defaults = cls.machine_base(machine)
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return defaults
        if not isinstance(raw, dict):
            return defaults
        known: dict[str, Any] = {}
        for f in fields(cls):
            value = raw.get(f.name)
            if isinstance(value, type(getattr(defaults, f.name))):
                known[f.name] = value
        return replace(defaults, **known)

    def save(self, path: Path, machine: MachineDefaults | None = None) -> None:
        """Store only what differs from the machine defaults, so a later central change by IT
        still reaches every user who never chose otherwise."""
        base = asdict(self.machine_base(machine))
        own = {k: v for k, v in asdict(self).items() if v != base[k]}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(own, indent=2, ensure_ascii=False), "utf-8")
        tmp.replace(path)


def settings_path(data_dir: Path) -> Path:
    return data_dir / "instellingen.json"


def backup_folder(data_dir: Path) -> Path:
    """Where automatic backups go: the beheerder's choice, else ``backups`` beside the store."""
    chosen = Settings.load(settings_path(data_dir)).backup_map
    return Path(chosen).expanduser() if chosen else data_dir / "backups"
