"""Municipality defaults set centrally by IT: one ``wegwijs-defaults.json`` per machine.

The file is looked for in this order (the first one that exists is used):

1. the path in ``$WEGWIJS_DEFAULTS``;
2. the machine-wide configuration folder (``C:\\ProgramData\\Wegwijs`` on Windows,
   ``/etc/xdg/Wegwijs`` on Linux, ``/Library/Application Support/Wegwijs`` on macOS);
3. the installation folder, next to ``Wegwijs.exe``.

Example::

    {"gemeente_naam": "Winterswijk", "gemeentecode": "0294", "logo": "logo.png",
     "autolock_minuten": 5}

A relative logo path is relative to the file. A file that cannot be used is reported with a
Dutch message (:class:`DefaultsError`) and ignored as a whole: the app then starts with its
built-in defaults, so a typo by IT never half-applies.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

FILE_NAME = "wegwijs-defaults.json"
ENV_DEFAULTS = "WEGWIJS_DEFAULTS"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
MAX_NAME = 80
_CODE = re.compile(r"^\d{4}$")
_KNOWN = {"gemeente_naam", "gemeentecode", "logo", "autolock_minuten", "gemeenten"}
# Letterhead details per municipality (see app/gemeenten.py), e.g.
# "gemeenten": {"0294": {"postadres": "Postbus 101\n7100 AC Winterswijk", "telefoon": "14 0543"}}
_GEMEENTE_FIELDS = {
    "naam",
    "postadres",
    "bezoekadres",
    "telefoon",
    "email",
    "website",
    "bezwaar_online",
    "kenmerk_patroon",
    "ondertekenaar",
    "ondertekenaar_functie",
    "kostenplaats",
}


class DefaultsError(ValueError):
    """A defaults file that cannot be used; the message is Dutch and names the file."""


@dataclass(frozen=True)
class MachineDefaults:
    gemeente_naam: str = ""
    gemeentecode: str = ""
    logo: Path | None = None
    autolock_minuten: int | None = None
    source: Path | None = None  # the file these came from; None for built-in defaults
    gemeenten: dict[str, dict[str, str]] = field(default_factory=dict)


def candidate_paths(env: dict[str, str] | None = None) -> list[Path]:
    """Where the defaults file is looked for, in order."""
    env = dict(os.environ) if env is None else env
    paths: list[Path] = []
    if env.get(ENV_DEFAULTS):
        paths.append(Path(env[ENV_DEFAULTS]).expanduser())
    paths.append(Path(platformdirs.site_config_dir("Wegwijs", appauthor=False)) / FILE_NAME)
    if getattr(sys, "frozen", False):
        paths.append(Path(sys.executable).resolve().parent / FILE_NAME)
    return paths


def find_defaults_file(env: dict[str, str] | None = None) -> Path | None:
    return next((p for p in candidate_paths(env) if p.is_file()), None)


def _text(raw: dict[str, Any], key: str, path: Path) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise DefaultsError(f"{path}: '{key}' moet tekst zijn (tussen aanhalingstekens).")
    return value.strip()


def _code(raw: dict[str, Any], path: Path) -> str:
    code = _text(raw, "gemeentecode", path)
    if code and not _CODE.match(code):
        raise DefaultsError(
            f"{path}: 'gemeentecode' moet de CBS-code van vier cijfers zijn, "
            f'bijvoorbeeld "0294" voor Winterswijk (gevonden: "{code}").'
        )
    return code


def _logo(raw: dict[str, Any], path: Path) -> Path | None:
    value = _text(raw, "logo", path)
    if not value:
        return None
    logo = Path(value).expanduser()
    logo = logo if logo.is_absolute() else path.parent / logo
    if logo.suffix.lower() not in LOGO_SUFFIXES:
        raise DefaultsError(
            f"{path}: het logo moet een PNG-, JPG- of SVG-bestand zijn (gevonden: {logo.name})."
        )
    if not logo.is_file():
        raise DefaultsError(f"{path}: het logo {logo} bestaat niet.")
    return logo


def _autolock(raw: dict[str, Any], path: Path) -> int | None:
    value = raw.get("autolock_minuten")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 60:
        raise DefaultsError(f"{path}: 'autolock_minuten' moet een heel getal van 1 tot 60 zijn.")
    return value


def _gemeenten(raw: dict[str, Any], path: Path) -> dict[str, dict[str, str]]:
    value = raw.get("gemeenten", {})
    wrong = DefaultsError(
        f"{path}: 'gemeenten' moet per CBS-code van vier cijfers een object met tekst zijn, "
        f"met alleen {', '.join(sorted(_GEMEENTE_FIELDS))}."
    )
    if not isinstance(value, dict):
        raise wrong
    out: dict[str, dict[str, str]] = {}
    for code, details in value.items():
        if not _CODE.match(str(code)) or not isinstance(details, dict):
            raise wrong
        if not set(details) <= _GEMEENTE_FIELDS:
            raise wrong
        if not all(isinstance(v, str) for v in details.values()):
            raise wrong
        out[str(code)] = {k: v.strip() for k, v in details.items()}
    return out


def parse_defaults(text: str, path: Path) -> MachineDefaults:
    """Check and read the file's text; raises DefaultsError with a Dutch message."""
    try:
        raw = json.loads(text)
    except RecursionError:
        raise DefaultsError(f"{path} is geen geldige JSON (te diep genest).") from None
    except json.JSONDecodeError as exc:
        raise DefaultsError(
            f"{path} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}). "
            "Controleer komma's en aanhalingstekens."
        ) from None
    if not isinstance(raw, dict):
        raise DefaultsError(f"{path} moet één object tussen {{ }} bevatten.")
    unknown = sorted(set(raw) - _KNOWN)
    if unknown:
        raise DefaultsError(
            f"{path}: onbekende instelling {', '.join(repr(k) for k in unknown)}. "
            f"Toegestaan zijn: {', '.join(sorted(_KNOWN))}."
        )
    naam = _text(raw, "gemeente_naam", path)
    if len(naam) > MAX_NAME:
        raise DefaultsError(f"{path}: 'gemeente_naam' is langer dan {MAX_NAME} tekens.")
    return MachineDefaults(
        naam, _code(raw, path), _logo(raw, path), _autolock(raw, path), path, _gemeenten(raw, path)
    )


def load_defaults(path: Path | None = None) -> MachineDefaults:
    """The machine defaults (built-in ones when there is no file); DefaultsError when unusable."""
    path = path if path is not None else find_defaults_file()
    if path is None:
        return MachineDefaults()
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise DefaultsError(f"{path} is geen tekstbestand in UTF-8.") from None
    except OSError as exc:
        raise DefaultsError(f"{path} kan niet worden gelezen: {exc.strerror}.") from None
    return parse_defaults(text, path)


def load_defaults_or_builtin(path: Path | None = None) -> tuple[MachineDefaults, str | None]:
    """The usable defaults and, when the file was rejected, the message saying why."""
    try:
        return load_defaults(path), None
    except DefaultsError as exc:
        return MachineDefaults(), str(exc)
