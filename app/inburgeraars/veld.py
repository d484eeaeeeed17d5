"""What the register knows about one field, and the few kinds of field it has.

The catalogue (app/inburgeraars/velden.py) is a tuple of :class:`Veld`; every place that shows,
reads or writes register fields walks it: the form parser and the store (model, service), the
list's columns and rows, the dialog, the detail pane, the CLI's JSON, the inzage and the sync
conflict labels. Labels are Dutch; ui/ shows them through ``app_text`` (collected for the
translators by tools/i18n_app_texts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from app.inburgeraars.parsers import Parser
from app.validation import format_date

# tekst: a line of text; datum: a date typed dd-mm-jjjj, stored ISO; keuze: a code from a list;
# talen: the languages a person speaks (their own table, their own editor)
Soort = Literal["tekst", "datum", "keuze", "talen"]


@dataclass
class Bron:
    """What showing a value may need beyond the catalogue: the known municipalities. Labels of
    long choice lists are looked up once per field and kept."""

    gemeenten: Sequence[tuple[str, str]] = ()
    _labels: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def gemeente_naam(self, code: str) -> str:
        return dict(self.gemeenten).get(code, code)

    def label(self, veld: Veld, code: str) -> str:
        if veld.keuzes is None:
            return code
        if veld.key not in self._labels:
            self._labels[veld.key] = dict(veld.keuzes.items(self))
        return self._labels[veld.key].get(code, code)


@dataclass(frozen=True)
class Keuzes:
    """The choices of a keuze field. *gedeeld*: a long list the UI builds once and shares
    (``land``, ``taal``, ``drukwerktaal``: searchable, common choices first); *items* is still
    what the list holds."""

    items: Callable[[Bron], Sequence[tuple[str, str]]]
    leeg: str | None = None  # the empty choice's text ("kies…"); None: no empty choice
    zoeken: bool = False
    gedeeld: str = ""


@dataclass(frozen=True)
class Kolom:
    """A column of the register list."""

    kop: str
    sorteer: str = ""  # the list query's sort key; "" = not sortable
    breedte: int = 100  # pixels at the start (all columns fit a 1366-pixel laptop screen)


@dataclass(frozen=True)
class Detail:
    """Where the detail pane shows the field. Fields under one *label* in a group share a row:
    *nieuw_deel* starts a part joined with ", " (postcode after street), else a space."""

    groep: str
    label: str = ""  # "" = the field's label
    nieuw_deel: bool = True
    volgorde: int = 0  # within the group: lower first, then the catalogue's order


@dataclass(frozen=True)
class Veld:
    key: str  # column of table inburgeraar, form key and JSON key
    label: str  # Dutch, as the dialog shows it (without the '*' of a required field)
    soort: Soort
    parse: Parser  # typed text → value; raises FieldError (app/inburgeraars/parsers.py)
    tab: str  # the dialog's tab
    verplicht: bool = False  # the dialog marks it with '*'; the parser refuses it empty
    hint: str = ""  # placeholder text in the dialog
    keuzes: Keuzes | None = None
    standaard: str = ""  # a new inburgeraar's value in the dialog
    kolom: Kolom | None = None  # a column in the register list
    lijst: bool = False  # in the list's rows (and `client list --json`); a kolom implies it
    detail: Detail | None = None  # shown in the detail pane
    toon: Callable[[Any, Bron], str] | None = None  # the value in words (default: by soort)
    inzage: str = ""  # label in the inzage and the sync conflicts ("" = label)
    gevoelig: bool = False  # without dossier lezen the list leaves it empty
    leeg_is_null: bool = False  # an empty value is stored as NULL (else "")

    @property
    def in_lijst(self) -> bool:
        return self.lijst or self.kolom is not None

    @property
    def inzage_label(self) -> str:
        return self.inzage or self.label

    @property
    def detail_label(self) -> str:
        return (self.detail.label if self.detail else "") or self.label

    @property
    def in_tabel(self) -> bool:
        """A column of table inburgeraar (the languages have their own table)."""
        return self.soort != "talen"

    # --- conversions ----------------------------------------------------------------------
    def opslag(self, value: Any) -> Any:
        """The model's value as the store keeps it."""
        if self.soort == "datum":
            return value.isoformat() if value else None
        return value

    def uit_opslag(self, value: Any) -> Any:
        """A stored value as the model holds it."""
        if self.soort == "datum":
            return date.fromisoformat(value) if value else None
        if value is None and self.leeg_is_null:
            return None
        return str(value or "")

    def als_json(self, value: Any) -> Any:
        if self.soort == "datum":
            return value.isoformat() if value else None
        if self.soort == "talen":
            return [{"taal": t.code, "niveau": t.niveau} for t in value]
        return value

    def als_invoer(self, value: Any) -> str:
        """The model's value as the dialog's editor holds it (dates as dd-mm-jjjj)."""
        if self.soort == "datum":
            return format_date(value)
        return str(value or "")

    def tekst(self, value: Any, bron: Bron) -> str:
        """The value in words, as the detail pane and the list show it."""
        if self.toon is not None:
            return self.toon(value, bron)
        if value is None or value == "":
            return ""
        if self.soort == "datum":
            return format_date(value)
        if self.soort == "keuze":
            return bron.label(self, str(value))
        return str(value)
