"""Settings declared once, with types, defaults and ranges; stored as JSON where platformdirs says.

Only non-personal preferences live here (no names of newcomers, no secrets). The path is
injectable so tests never touch the real user folder.

Every setting is one declaration on :class:`Settings`::

    autolock_minuten: int = setting(5, lo=1, hi=60)

The type comes from the annotation, the default and the allowed range from :func:`setting`
(``lo``/``hi`` for numbers, ``max_len``/``pattern`` for text). :meth:`Settings.load` checks
every value in ``instellingen.json`` against it: a value of the wrong type or out of range is
replaced by its default and named in :attr:`Loaded.problems` (a Dutch sentence per problem), a
file that is not JSON gives the defaults and one problem. :meth:`Settings.save` refuses a value
out of range (:class:`SettingsError`), so the file only ever holds what load accepts.
"""

from __future__ import annotations

import json
import re
from dataclasses import MISSING, Field, asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.defaults import MachineDefaults, load_defaults_or_builtin
from db.errors import StoreError

if TYPE_CHECKING:
    from app.session import Session


class SettingsError(StoreError):
    """A Dutch message about a setting value that is not allowed (nothing was saved)."""


@dataclass(frozen=True)
class Rule:
    """What one setting may hold: a number range, or a text length and pattern."""

    lo: int | None = None
    hi: int | None = None
    max_len: int = 200
    pattern: str | None = None

    def problem(self, name: str, value: object, kind: type) -> str | None:
        """The Dutch reason *value* is not allowed for setting *name*, or None when it is."""
        if kind is int:
            if not isinstance(value, int) or isinstance(value, bool):
                return f"'{name}' moet een heel getal zijn"
            if (self.lo is not None and value < self.lo) or (
                self.hi is not None and value > self.hi
            ):
                return f"'{name}' moet tussen {self.lo} en {self.hi} liggen (niet {value})"
            return None
        if kind is bool:
            return None if isinstance(value, bool) else f"'{name}' moet waar of onwaar zijn"
        if not isinstance(value, str):
            return f"'{name}' moet tekst zijn"
        if len(value) > self.max_len:
            return f"'{name}' mag hoogstens {self.max_len} tekens hebben"
        if "\x00" in value:
            return f"'{name}' bevat een ongeldig teken"
        if value and self.pattern and not re.fullmatch(self.pattern, value):
            return f"'{name}' heeft niet de goede vorm"
        return None


def setting(
    default: Any,
    *,
    lo: int | None = None,
    hi: int | None = None,
    max_len: int = 200,
    pattern: str | None = None,
) -> Any:
    """Declare one setting: its default and what it may hold (see the module docstring)."""
    return field(default=default, metadata={"rule": Rule(lo, hi, max_len, pattern)})


def _rule(f: Field[Any]) -> Rule:
    rule = f.metadata.get("rule")
    return rule if isinstance(rule, Rule) else Rule()


def _kind(f: Field[Any]) -> type:
    return type(f.default) if f.default is not MISSING else str


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    problems: list[str]

    def message(self) -> str:
        """One Dutch paragraph for the user, "" when the file was in order."""
        if not self.problems:
            return ""
        return (
            "Het bestand instellingen.json klopt niet: "
            + "; ".join(self.problems)
            + ". Wegwijs gebruikt daarvoor de standaardwaarde; er is niets verwijderd of "
            "veranderd. Laat de beheerder de instellingen opnieuw opslaan."
        )


_DAYS = r"\d{4}-\d{2}-\d{2}(\s*,\s*\d{4}-\d{2}-\d{2})*"  # JJJJ-MM-DD, comma-separated


@dataclass(frozen=True)
class Settings:
    klantmanager: str = setting("", max_len=100)  # the officer's own name, for new dossiers
    standaard_gemeentecode: str = setting("", pattern=r"\d{4}")  # preselected municipality
    autolock_minuten: int = setting(5, lo=1, hi=60)
    gemeente_naam: str = setting("", max_len=100)  # the municipality on printed documents
    gemeente_logo: str = setting("", max_len=1000)  # path of its logo (PNG/JPG/SVG), "" = none
    gemeente_adres: str = setting("", max_len=500)  # postal address on printed documents
    klantmanager_contact: str = setting("", max_len=200)  # WORK phone/e-mail; never private
    backup_map: str = setting("", max_len=1000)  # folder for automatic backups ("" = default)
    bewaartermijn_jaren: int = setting(5, lo=1, hi=30)  # years after the duty before deleting

    # The PIP letter (app/pdf/pip_letter.py): signatory, the officer's work line, the kenmerk.
    ondertekenaar: str = setting("", max_len=100)  # signs namens het college; "" = klantmanager
    ondertekenaar_functie: str = setting("", max_len=100)
    klantmanager_telefoon: str = setting("", max_len=40)  # WORK phone, on the letter and handout
    klantmanager_email: str = setting("", max_len=200)  # WORK e-mail
    kenmerk_patroon: str = setting("{gemeentecode}/PIP/{jaar}/{nummer:05d}", max_len=100)
    # Extra days the government designated under the Algemene termijnenwet, as JJJJ-MM-DD
    # separated by commas (e.g. the Friday after Hemelvaart in a designated year).
    aangewezen_dagen: str = setting("", max_len=1000, pattern=_DAYS)
    # Regional rules whose figures are not in the law (domain.md: unconfirmed): the advice, the
    # PIP editor and the deadlines all read them (app/regio.py).
    onderwijsroute_max_leeftijd: int = setting(28, lo=16, hi=40)  # "tot 28 jaar"
    routewissel_maanden: int = setting(18, lo=1, hi=36)  # route change, source Divosa
    kostenplaats: str = setting("", max_len=40)  # cost centre on the key persons' claims
    sync_minuten: int = setting(5, lo=1, hi=120)  # background sync with the regional server

    @classmethod
    def rules(cls) -> dict[str, tuple[type, Rule]]:
        """Per setting name: its type and rule (for forms that want to show the range)."""
        return {f.name: (_kind(f), _rule(f)) for f in fields(cls)}

    def problems(self) -> list[str]:
        """Every value of this object that its declaration does not allow."""
        found = []
        for f in fields(self):
            problem = _rule(f).problem(f.name, getattr(self, f.name), _kind(f))
            if problem:
                found.append(problem)
        return found

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
    def load_checked(cls, path: Path, machine: MachineDefaults | None = None) -> Loaded:
        """The user's settings and what was wrong with the file. What they never set (or set
        to a value that is not allowed) comes from the machine defaults."""
        defaults = cls.machine_base(machine)
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            return Loaded(defaults, [])
        except (OSError, ValueError):
            return Loaded(defaults, ["het is niet te lezen"])
        try:
            raw = json.loads(text)
        except (ValueError, RecursionError):
            return Loaded(defaults, ["het is geen geldige JSON"])
        if not isinstance(raw, dict):
            return Loaded(defaults, ["het is geen lijst van instellingen"])
        known: dict[str, Any] = {}
        problems: list[str] = []
        for f in fields(cls):
            if f.name not in raw:
                continue
            value = raw[f.name]
            problem = _rule(f).problem(f.name, value, _kind(f))
            if problem:
                problems.append(problem)
            else:
                known[f.name] = value
        return Loaded(replace(defaults, **known), problems)

    @classmethod
    def load(cls, path: Path, machine: MachineDefaults | None = None) -> Settings:
        """Like :meth:`load_checked`, without the problems (callers that only read)."""
        return cls.load_checked(path, machine).settings

    def save(self, path: Path, machine: MachineDefaults | None = None) -> None:
        """Store only what differs from the machine defaults, so a later central change by IT
        still reaches every user who never chose otherwise. Refuses a value out of range."""
        problems = self.problems()
        if problems:
            raise SettingsError(
                "Deze instelling kan niet worden opgeslagen: " + "; ".join(problems) + "."
            )
        base = asdict(self.machine_base(machine))
        own = {k: v for k, v in asdict(self).items() if v != base[k]}
        from app.security.keys import write_private

        path.parent.mkdir(parents=True, exist_ok=True)
        write_private(path, json.dumps(own, indent=2, ensure_ascii=False).encode("utf-8"))


def settings_path(data_dir: Path) -> Path:
    return data_dir / "instellingen.json"


def save_settings(session: Session, new: Settings, what: str = "instellingen") -> None:
    """The service for changing settings (beheerder): checks the role, saves, audits.
    (:meth:`Settings.save` is the file write underneath; see docs/security.md for what a role
    check in a program on the user's own laptop can and cannot stop.)"""
    store = session.store
    from app.security.audit import audit
    from app.security.roles import Permission, require

    require(session, Permission.INSTELLINGEN_BEHEREN)
    new.save(settings_path(store.path.parent))
    audit(session, "gewijzigd", "instelling", what)


def backup_folder(data_dir: Path) -> Path:
    """Where automatic backups go: the beheerder's choice, else ``backups`` beside the store."""
    chosen = Settings.load(settings_path(data_dir)).backup_map
    return Path(chosen).expanduser() if chosen else data_dir / "backups"
