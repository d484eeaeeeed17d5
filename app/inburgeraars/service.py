"""Register of inburgeraars: validate, refuse duplicates, save, list and search."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app import reference
from app.errors import DuplicateError, StoreError
from app.inburgeraars import velden
from app.inburgeraars.model import (
    Inburgeraar,
    Taal,
    build,
    fold,
    inburgeraar_from_form,
    search_key,
    search_words,
    waarde,
)
from app.inburgeraars.veld import Veld
from app.security.audit import audit
from app.security.roles import Permission, may, require, require_any
from app.validation import ValidationError, parse_gemeentecode, parse_text
from db.inburgeraars import GemeenteRepository, InburgeraarQuery, InburgeraarRepository

if TYPE_CHECKING:
    from app.session import Session


class ConflictError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Iemand anders heeft deze inburgeraar intussen gewijzigd. "
            "Sluit het venster en open de gegevens opnieuw."
        )


@dataclass(frozen=True)
class ListRow:
    """One row of the register list: only what the list shows. The catalogue's list fields
    (velden.lijst_velden) are in *waarden* as text and read as attributes (``row.bsn``)."""

    id: str
    naam: str
    waarden: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __getattr__(self, name: str) -> str:
        waarden = self.__dict__.get("waarden")
        if waarden is None or name not in waarden:
            raise AttributeError(name)
        return str(waarden[name])

    def as_json(self) -> dict[str, str]:
        """The row as ``client list --json`` prints it."""
        return {"id": self.id, "naam": self.naam, **self.waarden}


@dataclass(frozen=True)
class ListFilter:
    text: str = ""
    gemeentecode: str | None = None
    status: str | None = None
    sort: str = "naam"
    descending: bool = False

    def asks_for_number(self) -> bool:
        """A search word with digits: a BSN or V-nummer. For a role without dossier lezen it
        matches nothing (the register must not confirm whose number a typed BSN is)."""
        return any(any(c.isdigit() for c in w) for w in search_words(self.text))

    def query(self) -> InburgeraarQuery:
        return InburgeraarQuery(
            words=search_words(self.text),
            gemeentecode=self.gemeentecode or None,
            status=self.status or None,
            sort=self.sort,
            descending=self.descending,
        )


def _row_values(inburgeraar: Inburgeraar) -> dict[str, Any]:
    row = {v.key: v.opslag(waarde(inburgeraar, v.key)) for v in velden.alle() if v.in_tabel}
    row["zoeksleutel"] = search_key(inburgeraar)
    row["sorteernaam"] = fold(f"{inburgeraar.achternaam} {inburgeraar.voornamen}")
    return row


def _from_row(row: Mapping[str, Any], talen: list[tuple[str, str]]) -> Inburgeraar:
    values = {v.key: v.uit_opslag(row.get(v.key)) for v in velden.alle() if v.in_tabel}
    values["talen"] = tuple(Taal(t, n) for t, n in talen)
    return build(values, id=str(row["id"]), version=int(row["version"]))


def _list_columns() -> tuple[str, ...]:
    """What the list reads of a row: the name's parts and the catalogue's list fields."""
    names = ("id", "version", "voornamen", "voorvoegsel", "achternaam")
    return tuple(dict.fromkeys((*names, *(v.key for v in velden.lijst_velden()))))


def display_name(row: Mapping[str, Any]) -> str:
    parts = (row.get("voornamen"), row.get("voorvoegsel"), row.get("achternaam"))
    return " ".join(str(p) for p in parts if p)


class InburgeraarService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store
        self.repo = InburgeraarRepository(self.store.conn)
        self.gemeenten = GemeenteRepository(self.store.conn)

    # --- municipalities -------------------------------------------------------------------
    def gemeente_list(self) -> list[tuple[str, str]]:
        return [(str(r["code"]), str(r["naam"])) for r in self.gemeenten.all()]

    def gemeente_name(self, code: str) -> str:
        row = self.gemeenten.by_code(code)
        return str(row["naam"]) if row else code

    def add_gemeente(self, code: str, naam: str) -> None:
        require(self.session, Permission.GEMEENTEN_BEHEREN)
        errors: dict[str, str] = {}
        try:
            code = parse_gemeentecode(code)
        except ValueError as exc:
            errors["code"] = str(exc)
        try:
            naam = parse_text(naam, required=True, max_len=80)
        except ValueError as exc:
            errors["naam"] = str(exc)
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            existing = self.gemeenten.by_code(code)
            if existing:
                raise DuplicateError(
                    "code", str(existing["id"]), f"Code {code} hoort al bij {existing['naam']}."
                )
            gemeente_id = self.gemeenten.insert(code, naam)
            audit(self.session, "aangemaakt", "gemeente", str(gemeente_id))

    # --- inburgeraars ----------------------------------------------------------------------
    def validate(self, values: Mapping[str, Any], today: date | None = None) -> Inburgeraar:
        """Validate form values without saving; raises ValidationError or DuplicateError."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        codes = {code for code, _ in self.gemeente_list()}
        inburgeraar = inburgeraar_from_form(values, codes, today or date.today())
        self._refuse_duplicates(inburgeraar)
        return inburgeraar

    def _refuse_duplicates(self, inburgeraar: Inburgeraar) -> None:
        for column, label, value in (
            ("bsn", "BSN", inburgeraar.bsn),
            ("v_nummer", "V-nummer", inburgeraar.v_nummer),
        ):
            if not value:
                continue
            other = self.repo.find_by(column, value, inburgeraar.id)
            if other:
                raise DuplicateError(
                    column,
                    str(other["id"]),
                    f"Dit {label} hoort al bij {display_name(other)}. "
                    "Open die inburgeraar in plaats van een nieuwe aan te maken.",
                )

    def save(self, values: Mapping[str, Any], today: date | None = None) -> Inburgeraar:
        """Validate and store (insert without ``id``, update with ``id`` and ``version``)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        with self.store.transaction():
            inburgeraar = self.validate(values, today)
            row = _row_values(inburgeraar)
            talen = [(t.code, t.niveau) for t in inburgeraar.talen]
            if inburgeraar.id:
                if not self.repo.update(inburgeraar.id, row, talen, inburgeraar.version or None):
                    raise ConflictError()
                inburgeraar_id = inburgeraar.id
                audit(self.session, "gewijzigd", "inburgeraar", inburgeraar_id)
            else:
                inburgeraar_id = self.repo.insert(row, talen)
                audit(self.session, "aangemaakt", "inburgeraar", inburgeraar_id)
        found = self._get(inburgeraar_id)
        assert found is not None
        return found

    def insert_many(self, inburgeraars: list[Inburgeraar]) -> int:
        """Bulk insert of records built by code (demo, benchmarks), in one transaction.
        Records are validated by construction; duplicates are still refused by the schema."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        with self.store.transaction():
            for inburgeraar in inburgeraars:
                self.repo.insert(
                    _row_values(inburgeraar), [(t.code, t.niveau) for t in inburgeraar.talen]
                )
            self.repo.keep_places()  # names added in name order use up their gaps
            audit(self.session, "aangemaakt (bulk)", "inburgeraar", f"{len(inburgeraars)} dossiers")
        return len(inburgeraars)

    def get(self, inburgeraar_id: str, browsing: bool = False) -> Inburgeraar | None:
        """One whole dossier; the view is logged in the audit trail. *browsing*: the officer
        moves through the list (the detail pane): the line is written without an fsync of its
        own, so scrolling does not wait for the disk per row."""
        require(self.session, Permission.DOSSIER_LEZEN)
        found = self._get(inburgeraar_id)
        if found:
            audit(self.session, "bekeken", "inburgeraar", inburgeraar_id, durable=not browsing)
        return found

    def lookup(self, inburgeraar_id: str) -> Inburgeraar | None:
        """The inburgeraar for another service working on their case (the intake's conditions,
        matching): no audit line, because the caller's own method logs what it shows. Open to
        whoever may read a dossier or work with key persons (the coordinator matches without
        reading the dossier)."""
        require_any(
            self.session,
            Permission.DOSSIER_LEZEN,
            Permission.SLEUTELPERSONEN_LEZEN,
            Permission.SLEUTELPERSONEN_BEHEREN,
        )
        return self._get(inburgeraar_id)

    def _get(self, inburgeraar_id: str) -> Inburgeraar | None:
        row = self.repo.get(inburgeraar_id)
        return _from_row(row, self.repo.talen(inburgeraar_id)) if row else None

    def advance_status(self, inburgeraar_id: str, status: str) -> bool:
        """Move the dossier's status forward to *status* as the work progresses (intake started,
        PIP drafted, PIP vastgesteld); never backwards. Joins a running transaction."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        if status not in reference.STATUSSEN:
            raise ValueError(status)
        if self.store.conn.in_transaction:
            return self._advance(inburgeraar_id, status)
        with self.store.transaction():
            return self._advance(inburgeraar_id, status)

    def _advance(self, inburgeraar_id: str, status: str) -> bool:
        row = self.repo.get(inburgeraar_id)
        order = list(reference.STATUSSEN)
        if row is None or order.index(str(row["status"])) >= order.index(status):
            return False
        self.repo.set_status(inburgeraar_id, status)
        audit(self.session, f"status {status}", "inburgeraar", inburgeraar_id)
        return True

    def record(self, action: str, inburgeraar_id: str) -> None:
        """Log an export or print of a dossier (called by the part that exports or prints)."""
        require(self.session, Permission.DOSSIER_EXPORTEREN)
        audit(self.session, action, "inburgeraar", inburgeraar_id)

    def find(self, ref: str) -> Inburgeraar | None:
        """Find by id, BSN or V-nummer (what the CLI accepts as CLIENT)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        found = self.get(ref)
        if found:
            return found
        for column, parse in (("bsn", "bsn"), ("v_nummer", "v_nummer")):
            digits = "".join(ch for ch in ref if ch.isdigit())
            if not digits:
                continue
            if parse == "bsn" and len(digits) == 8:
                digits = "0" + digits
            other = self.repo.find_by(column, digits, None)
            if other:
                return self.get(str(other["id"]))
        return None

    def page(self, flt: ListFilter, offset: int, limit: int) -> list[ListRow]:
        """The register. BSN, V-nummer and date of birth only for a role that may read
        dossiers (docs/security.md: the coördinator sees names, gemeente and status)."""
        require(self.session, Permission.REGISTER_LEZEN)
        ids = may(self.session, Permission.DOSSIER_LEZEN)
        if not ids and flt.asks_for_number():
            return []
        lijst = velden.lijst_velden()
        rows = self.repo.page(flt.query(), offset, limit, _list_columns())
        return [_list_row(r, ids, lijst) for r in rows]

    def namen(self, inburgeraar_ids: Sequence[str]) -> dict[str, str]:
        """Display names of many inburgeraars in one read (lists of many people: the caller
        logs the read of the set). Unknown ids are left out."""
        require(self.session, Permission.REGISTER_LEZEN)
        return {str(r["id"]): display_name(r) for r in self.repo.names(inburgeraar_ids)}

    def stream(self, flt: ListFilter) -> Iterator[ListRow]:
        """Every matching row in order, without holding the whole list in memory (the same
        rule for BSN and date of birth as :meth:`page`)."""
        require(self.session, Permission.REGISTER_LEZEN)  # now, not at the first row
        ids = may(self.session, Permission.DOSSIER_LEZEN)
        if not ids and flt.asks_for_number():
            return iter(())
        lijst = velden.lijst_velden()
        batches = self.repo.stream(flt.query(), _list_columns())
        return (_list_row(r, ids, lijst) for rows in batches for r in rows)

    def count(self, flt: ListFilter) -> int:
        require(self.session, Permission.REGISTER_LEZEN)
        if flt.asks_for_number() and not may(self.session, Permission.DOSSIER_LEZEN):
            return 0
        return self.repo.count(flt.query())

    def total(self) -> int:
        return self.repo.total()


def _list_row(r: Mapping[str, Any], ids: bool, lijst: Sequence[Veld]) -> ListRow:
    """One list row with the catalogue's *lijst* fields; without *ids* (no dossier lezen) no
    BSN, V-nummer or date of birth (the catalogue's gevoelig fields)."""
    return ListRow(
        id=str(r["id"]),
        naam=display_name(r),
        waarden={v.key: str(r.get(v.key) or "") if ids or not v.gevoelig else "" for v in lijst},
    )
