"""Which laptop tables sync, how the server scopes each row, and which fields point at rows.

One place for both sides: the laptop installs its change triggers on exactly these tables, and
``wegwijs server init`` writes this list into the server's ``sync_tabel`` / ``sync_ref`` config,
which the push function and the row-level policies read.

scope
    ``dossier``: belongs to one inburgeraar (``dossier_via`` names the field that leads there:
    the row itself for ``inburgeraar``, ``inburgeraar_id``, or a parent row's dossier);
    ``pool``: the regional key-person pool (everyone in the region sees it);
    ``regio``: municipalities and regional settings.
sleutel
    The natural key (the laptop's UNIQUE constraint). A second row with the same key made on
    another laptop becomes an alias of the first: its fields are merged into the first row
    (differences become conflicts) and the laptop renames its row to the first one's id.
    ``pip`` is the exception: two versions with one number are both kept (renumbered, flagged).
coordinator
    Fields of a dossier-scoped table that the coördinator receives (what matching needs; never
    BSN, contact details, intake answers or PIPs). ``"*"``: every field.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SyncTable:
    name: str
    scope: str  # dossier | pool | regio
    dossier_via: str = ""  # field holding the parent id ("id": the row is the dossier)
    parent: str = ""  # table that field points at ("inburgeraar" or a dossier-scoped table)
    sleutel: tuple[str, ...] = ()
    coordinator: tuple[str, ...] = ()
    refs: dict[str, str] = field(default_factory=dict)  # field -> table it points at


_INB = "inburgeraar"

TABLES: tuple[SyncTable, ...] = (
    SyncTable("gemeente", "regio", sleutel=("code",)),
    SyncTable("instelling", "regio", sleutel=("sleutel",)),
    SyncTable("sleutelpersoon", "pool"),
    SyncTable(
        _INB,
        "dossier",
        "id",
        _INB,
        sleutel=("bsn",),
        coordinator=(
            "created_at",
            "voornamen",
            "voorvoegsel",
            "achternaam",
            "geboortedatum",
            "geslacht",
            "doelgroep",
            "land_herkomst",
            "voorkeurstaal",
            "gemeentecode",
            "klantmanager",
            "woonplaats",
            "status",
            "sorteernaam",
        ),
    ),
    SyncTable(
        "inburgeraar_taal",
        "dossier",
        "inburgeraar_id",
        _INB,
        sleutel=("inburgeraar_id", "taal"),
        coordinator=("*",),
        refs={"inburgeraar_id": _INB},
    ),
    SyncTable(
        "intake",
        "dossier",
        "inburgeraar_id",
        _INB,
        sleutel=("inburgeraar_id",),
        refs={"inburgeraar_id": _INB},
    ),
    SyncTable(
        "intake_antwoord",
        "dossier",
        "intake_id",
        "intake",
        sleutel=("intake_id", "vraag_id"),
        refs={"intake_id": "intake"},
    ),
    SyncTable(
        "inzet",
        "pool",
        coordinator=("*",),
        refs={"sleutelpersoon_id": "sleutelpersoon", "inburgeraar_id": _INB},
    ),
    SyncTable(
        "intake_gesprek",
        "dossier",
        "intake_id",
        "intake",
        refs={"intake_id": "intake", "inzet_id": "inzet"},
    ),
    SyncTable(
        "intake_notitie",
        "dossier",
        "gesprek_id",
        "intake_gesprek",
        refs={"gesprek_id": "intake_gesprek"},
    ),
    SyncTable(
        "intake_signaal",
        "dossier",
        "intake_id",
        "intake",
        refs={"intake_id": "intake", "gesprek_id": "intake_gesprek"},
    ),
    SyncTable("intake_correctie", "dossier", "intake_id", "intake", refs={"intake_id": "intake"}),
    # the newcomers' voice (0060): feedback on a gesprek, experiences with the offer
    SyncTable(
        "intake_feedback",
        "dossier",
        "gesprek_id",
        "intake_gesprek",
        sleutel=("gesprek_id",),
        refs={"gesprek_id": "intake_gesprek", "sleutelpersoon_id": "sleutelpersoon"},
    ),
    SyncTable(
        "ervaring",
        "dossier",
        "inburgeraar_id",
        _INB,
        sleutel=("inburgeraar_id", "onderdeel", "aanbieder", "periode"),
        refs={"inburgeraar_id": _INB, "sleutelpersoon_id": "sleutelpersoon"},
    ),
    SyncTable(
        "pip",
        "dossier",
        "inburgeraar_id",
        _INB,
        sleutel=("inburgeraar_id", "versie"),
        refs={"inburgeraar_id": _INB},
    ),
    SyncTable(
        "pip_verlenging",
        "dossier",
        "inburgeraar_id",
        _INB,
        sleutel=("inburgeraar_id",),
        refs={"inburgeraar_id": _INB},
    ),
    SyncTable("duo_verlenging", "dossier", "inburgeraar_id", _INB, refs={"inburgeraar_id": _INB}),
    # written on the server by the DUO gateway (server migration 0102), read by the laptops
    SyncTable("duo_feit", "dossier", "inburgeraar_id", _INB, refs={"inburgeraar_id": _INB}),
    # "Nieuw van DUO": an aanmelding for a BSN the region does not hold (server 0107); the
    # row is its own "dossier" (scoped to its gemeente), written only by the server
    SyncTable("duo_aanmelding", "dossier", "id", "duo_aanmelding"),
    # uren and contactpersoon marked done on a laptop, sent to DUO by the gateway (server 0106)
    SyncTable("duo_melding", "dossier", "inburgeraar_id", _INB, refs={"inburgeraar_id": _INB}),
    SyncTable(
        "declaratie",
        "pool",
        sleutel=("sleutelpersoon_id", "maand"),
        coordinator=("*",),
        refs={"sleutelpersoon_id": "sleutelpersoon"},
    ),
    SyncTable(
        "koppeling",
        "dossier",
        "inburgeraar_id",
        _INB,
        coordinator=("*",),
        refs={"inburgeraar_id": _INB, "sleutelpersoon_id": "sleutelpersoon"},
    ),
    SyncTable(
        "sleutelpersoon_uitsluiting",
        "dossier",
        "inburgeraar_id",
        _INB,
        sleutel=("inburgeraar_id", "sleutelpersoon_id"),
        coordinator=("*",),
        refs={"inburgeraar_id": _INB, "sleutelpersoon_id": "sleutelpersoon"},
    ),
)

BY_NAME = {t.name: t for t in TABLES}
# Local bookkeeping columns that never sync (each laptop counts its own edits).
LOCAL_COLUMNS = frozenset({"updated_at", "version"})
# Fields of a pool row that point into a dossier: scoped like that dossier.
DOSSIER_FIELDS = {("inzet", "inburgeraar_id")}
