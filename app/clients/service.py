"""Register of inburgeraars: validate, refuse duplicates, save, list and search."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app import reference
from app.clients.model import (
    Inburgeraar,
    Taal,
    client_from_form,
    fold,
    search_key,
    search_words,
)
from app.security.audit import audit
from app.security.roles import Permission, may, require
from app.validation import ValidationError, parse_gemeentecode, parse_text
from db.clients import ClientQuery, ClientRepository, GemeenteRepository
from db.connection import Store
from db.errors import DuplicateError, StoreError


class ConflictError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Iemand anders heeft deze inburgeraar intussen gewijzigd. "
            "Sluit het venster en open de gegevens opnieuw."
        )


@dataclass(frozen=True)
class ListRow:
    """One row of the register list: only what the list shows."""

    id: str
    naam: str
    achternaam: str
    geboortedatum: str
    bsn: str
    v_nummer: str
    gemeentecode: str
    status: str
    datum_melding_duo: str


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

    def query(self) -> ClientQuery:
        return ClientQuery(
            words=search_words(self.text),
            gemeentecode=self.gemeentecode or None,
            status=self.status or None,
            sort=self.sort,
            descending=self.descending,
        )


def _row_values(client: Inburgeraar) -> dict[str, Any]:
    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    return {
        "voornamen": client.voornamen,
        "voorvoegsel": client.voorvoegsel,
        "achternaam": client.achternaam,
        "geboortedatum": client.geboortedatum.isoformat(),
        "geslacht": client.geslacht,
        "bsn": client.bsn,
        "v_nummer": client.v_nummer,
        "doelgroep": client.doelgroep,
        "land_herkomst": client.land_herkomst,
        "voorkeurstaal": client.voorkeurstaal,
        "gemeentecode": client.gemeentecode,
        "datum_start_plicht": iso(client.datum_start_plicht),
        "datum_vestiging": iso(client.datum_vestiging),
        "datum_melding_duo": iso(client.datum_melding_duo),
        "dagtekening_pip_elders": iso(client.dagtekening_pip_elders),
        "indeling": client.indeling,
        "asielrechten": client.asielrechten,
        "klantmanager": client.klantmanager,
        "telefoon": client.telefoon,
        "email": client.email,
        "straat": client.straat,
        "huisnummer": client.huisnummer,
        "postcode": client.postcode,
        "woonplaats": client.woonplaats,
        "status": client.status,
        "zoeksleutel": search_key(client),
        "sorteernaam": fold(f"{client.achternaam} {client.voornamen}"),
    }


def _from_row(row: Mapping[str, Any], talen: list[tuple[str, str]]) -> Inburgeraar:
    def d(name: str) -> date | None:
        value = row.get(name)
        return date.fromisoformat(value) if value else None

    return Inburgeraar(
        id=str(row["id"]),
        version=int(row["version"]),
        voornamen=row["voornamen"],
        voorvoegsel=row["voorvoegsel"],
        achternaam=row["achternaam"],
        geboortedatum=date.fromisoformat(row["geboortedatum"]),
        geslacht=row["geslacht"],
        bsn=row["bsn"],
        v_nummer=row["v_nummer"],
        doelgroep=row["doelgroep"],
        land_herkomst=row["land_herkomst"],
        voorkeurstaal=row["voorkeurstaal"],
        gemeentecode=row["gemeentecode"],
        datum_start_plicht=d("datum_start_plicht"),
        datum_vestiging=d("datum_vestiging"),
        datum_melding_duo=d("datum_melding_duo"),
        dagtekening_pip_elders=d("dagtekening_pip_elders"),
        indeling=str(row.get("indeling") or ""),
        asielrechten=str(row.get("asielrechten") or ""),
        klantmanager=row["klantmanager"],
        telefoon=row["telefoon"],
        email=row["email"],
        straat=row["straat"],
        huisnummer=row["huisnummer"],
        postcode=row["postcode"],
        woonplaats=row["woonplaats"],
        status=row["status"],
        talen=tuple(Taal(t, n) for t, n in talen),
    )


def display_name(row: Mapping[str, Any]) -> str:
    parts = (row.get("voornamen"), row.get("voorvoegsel"), row.get("achternaam"))
    return " ".join(str(p) for p in parts if p)


class ClientService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.repo = ClientRepository(store.conn)
        self.gemeenten = GemeenteRepository(store.conn)

    # --- municipalities -------------------------------------------------------------------
    def gemeente_list(self) -> list[tuple[str, str]]:
        return [(str(r["code"]), str(r["naam"])) for r in self.gemeenten.all()]

    def gemeente_name(self, code: str) -> str:
        row = self.gemeenten.by_code(code)
        return str(row["naam"]) if row else code

    def add_gemeente(self, code: str, naam: str) -> None:
        require(self.store, Permission.GEMEENTEN_BEHEREN)
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
            audit(self.store, "aangemaakt", "gemeente", str(gemeente_id))

    # --- inburgeraars ----------------------------------------------------------------------
    def validate(self, values: Mapping[str, Any], today: date | None = None) -> Inburgeraar:
        """Validate form values without saving; raises ValidationError or DuplicateError."""
        require(self.store, Permission.DOSSIER_WIJZIGEN)
        codes = {code for code, _ in self.gemeente_list()}
        client = client_from_form(values, codes, today or date.today())
        self._refuse_duplicates(client)
        return client

    def _refuse_duplicates(self, client: Inburgeraar) -> None:
        for column, label, value in (
            ("bsn", "BSN", client.bsn),
            ("v_nummer", "V-nummer", client.v_nummer),
        ):
            if not value:
                continue
            other = self.repo.find_by(column, value, client.id)
            if other:
                raise DuplicateError(
                    column,
                    str(other["id"]),
                    f"Dit {label} hoort al bij {display_name(other)}. "
                    "Open die inburgeraar in plaats van een nieuwe aan te maken.",
                )

    def save(self, values: Mapping[str, Any], today: date | None = None) -> Inburgeraar:
        """Validate and store (insert without ``id``, update with ``id`` and ``version``)."""
        require(self.store, Permission.DOSSIER_WIJZIGEN)
        with self.store.transaction():
            client = self.validate(values, today)
            row = _row_values(client)
            talen = [(t.code, t.niveau) for t in client.talen]
            if client.id:
                if not self.repo.update(client.id, row, talen, client.version or None):
                    raise ConflictError()
                client_id = client.id
                audit(self.store, "gewijzigd", "inburgeraar", client_id)
            else:
                client_id = self.repo.insert(row, talen)
                audit(self.store, "aangemaakt", "inburgeraar", client_id)
        found = self._get(client_id)
        assert found is not None
        return found

    def insert_many(self, clients: list[Inburgeraar]) -> int:
        """Bulk insert of records built by code (demo, benchmarks), in one transaction.
        Records are validated by construction; duplicates are still refused by the schema."""
        require(self.store, Permission.DOSSIER_WIJZIGEN)
        with self.store.transaction():
            for client in clients:
                self.repo.insert(_row_values(client), [(t.code, t.niveau) for t in client.talen])
            audit(self.store, "aangemaakt (bulk)", "inburgeraar", f"{len(clients)} dossiers")
        return len(clients)

    def get(self, client_id: str, browsing: bool = False) -> Inburgeraar | None:
        """One whole dossier; the view is logged in the audit trail. *browsing*: the officer
        moves through the list (the detail pane): the line is written without an fsync of its
        own, so scrolling does not wait for the disk per row."""
        require(self.store, Permission.DOSSIER_LEZEN)
        found = self._get(client_id)
        if found:
            audit(self.store, "bekeken", "inburgeraar", client_id, durable=not browsing)
        return found

    def _get(self, client_id: str) -> Inburgeraar | None:
        row = self.repo.get(client_id)
        return _from_row(row, self.repo.talen(client_id)) if row else None

    def advance_status(self, client_id: str, status: str) -> bool:
        """Move the dossier's status forward to *status* as the work progresses (intake started,
        PIP drafted, PIP vastgesteld); never backwards. Joins a running transaction."""
        require(self.store, Permission.DOSSIER_WIJZIGEN)
        if status not in reference.STATUSSEN:
            raise ValueError(status)
        if self.store.conn.in_transaction:
            return self._advance(client_id, status)
        with self.store.transaction():
            return self._advance(client_id, status)

    def _advance(self, client_id: str, status: str) -> bool:
        row = self.repo.get(client_id)
        order = list(reference.STATUSSEN)
        if row is None or order.index(str(row["status"])) >= order.index(status):
            return False
        self.repo.set_status(client_id, status)
        audit(self.store, f"status {status}", "inburgeraar", client_id)
        return True

    def record(self, action: str, client_id: str) -> None:
        """Log an export or print of a dossier (called by the part that exports or prints)."""
        require(self.store, Permission.DOSSIER_EXPORTEREN)
        audit(self.store, action, "inburgeraar", client_id)

    def find(self, ref: str) -> Inburgeraar | None:
        """Find by id, BSN or V-nummer (what the CLI accepts as CLIENT)."""
        require(self.store, Permission.DOSSIER_LEZEN)
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
        require(self.store, Permission.REGISTER_LEZEN)
        ids = may(self.store, Permission.DOSSIER_LEZEN)
        if not ids and flt.asks_for_number():
            return []
        return [_list_row(r, ids) for r in self.repo.page(flt.query(), offset, limit)]

    def namen(self, client_ids: Sequence[str]) -> dict[str, str]:
        """Display names of many inburgeraars in one read (lists of many people: the caller
        logs the read of the set). Unknown ids are left out."""
        require(self.store, Permission.REGISTER_LEZEN)
        return {str(r["id"]): display_name(r) for r in self.repo.names(client_ids)}

    def stream(self, flt: ListFilter) -> Iterator[ListRow]:
        """Every matching row in order, without holding the whole list in memory (the same
        rule for BSN and date of birth as :meth:`page`)."""
        require(self.store, Permission.REGISTER_LEZEN)  # now, not at the first row
        ids = may(self.store, Permission.DOSSIER_LEZEN)
        if not ids and flt.asks_for_number():
            return iter(())
        return (_list_row(r, ids) for rows in self.repo.stream(flt.query()) for r in rows)

    def count(self, flt: ListFilter) -> int:
        require(self.store, Permission.REGISTER_LEZEN)
        if flt.asks_for_number() and not may(self.store, Permission.DOSSIER_LEZEN):
            return 0
        return self.repo.count(flt.query())

    def total(self) -> int:
        return self.repo.total()


def _list_row(r: Mapping[str, Any], ids: bool = True) -> ListRow:
    """One list row; without *ids* (no dossier lezen) no BSN, V-nummer or date of birth."""
    return ListRow(
        id=str(r["id"]),
        naam=display_name(r),
        achternaam=str(r["achternaam"]),
        geboortedatum=str(r["geboortedatum"]) if ids else "",
        bsn=str(r["bsn"] or "") if ids else "",
        v_nummer=str(r["v_nummer"] or "") if ids else "",
        gemeentecode=str(r["gemeentecode"]),
        status=str(r["status"]),
        datum_melding_duo=str(r["datum_melding_duo"] or ""),
    )
