"""On the laptop: "Nieuw van DUO" — new inburgeraars DUO notified whose BSN the region does not
hold yet (server migration 0107), as the sync brought them to the klantmanagers of the gemeente.

DUO sends no name: the officer takes an aanmelding into the register (the normal register
dialog, prefilled with what DUO said: BSN, start of the plicht, DUO's notification date,
doelgroep and indeling) and types the rest, or marks it "niet voor ons" with a reason. Both ask
the regional server first, which lets exactly one officer handle an aanmelding: a second one is
told who was first, and nothing changes. When the new dossier reaches the server by the sync,
DUO's facts about that BSN are attached to it and come back with it ("bron: DUO").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.inburgeraars.service import InburgeraarService
from app.security.audit import audit
from app.security.roles import Permission, require
from app.validation import ValidationError, format_date
from db import duo_aanmelding as local

if TYPE_CHECKING:
    from app.inburgeraars.model import Inburgeraar
    from app.session import Session

NIETS = "Er is niets veranderd."
MAX_REDEN = 500


class DuoAanmeldingError(UserError):
    """Taking in or setting aside failed; the message is a complete Dutch sentence."""


@dataclass(frozen=True)
class Aanmelding:
    id: str
    gemeentecode: str
    bsn: str
    gebeurtenis_id: str
    omschrijving: str
    registratie: date | None
    plichtig: bool | None
    datum_start_plicht: date | None
    datum_melding_duo: date | None
    indeling: str
    doelgroep: str  # DUO's gedetailleerde doelgroep
    asielrechten: str
    met_pip_elders: bool
    in_behandeling_door: str = ""  # taken up by this officer or a colleague, not yet arrived

    @property
    def plicht_tekst(self) -> str:
        if self.plichtig is False:
            return "niet inburgeringsplichtig"
        if self.datum_start_plicht is not None:
            return f"inburgeringsplichtig sinds {format_date(self.datum_start_plicht)}"
        return "inburgeringsplichtig" if self.plichtig else "onbekend"

    @property
    def doelgroep_tekst(self) -> str:
        parts = [p for p in (self.doelgroep, self.indeling) if p]
        text = " / ".join(dict.fromkeys(parts)) or "onbekend"
        return f"{text}; {self.asielrechten}" if self.asielrechten else text


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _moment(value: Any) -> date | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _aanmelding(row: dict[str, Any]) -> Aanmelding:
    plichtig = row.get("plichtig")
    return Aanmelding(
        id=str(row["id"]),
        gemeentecode=str(row["gemeentecode"]),
        bsn=str(row["bsn"]),
        gebeurtenis_id=str(row["gebeurtenis_id"]),
        omschrijving=str(row["omschrijving"]),
        registratie=_moment(row["registratie"]),
        plichtig=None if plichtig in (None, "") else bool(int(plichtig)),
        datum_start_plicht=_date(row.get("datum_start_plicht")),
        datum_melding_duo=_date(row.get("datum_melding_duo")),
        indeling=str(row.get("indeling") or ""),
        doelgroep=str(row.get("gedetailleerde_doelgroep") or ""),
        asielrechten=str(row.get("asielrechten") or ""),
        met_pip_elders=bool(row.get("met_pip_elders")),
        in_behandeling_door=str(row.get("in_behandeling_door") or ""),
    )


def _connect(session: Session) -> Any:
    from app.server import sync as sync_client

    try:
        conn, _cfg = sync_client.connect(session)
    except sync_client.SyncError as exc:
        raise DuoAanmeldingError(
            "Een aanmelding van DUO afhandelen kan alleen met verbinding met de regionale "
            f"server (zo handelt niet ook een collega dezelfde af). {exc} {NIETS}"
        ) from None
    return conn


def _wie(answer: dict[str, Any]) -> str:
    door = str(answer.get("door") or "een collega")
    op = _moment(answer.get("op"))
    return f"{door} op {format_date(op)}" if op else door


class DuoAanmeldingService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    def lijst(self) -> list[Aanmelding]:
        require(self.session, Permission.DOSSIER_LEZEN)
        return [_aanmelding(r) for r in local.open_list(self.store.conn)]

    def get(self, aanmelding_id: str) -> Aanmelding | None:
        require(self.session, Permission.DOSSIER_LEZEN)
        row = local.by_id(self.store.conn, aanmelding_id)
        return None if row is None else _aanmelding(row)

    def _ask(self, aanmelding_id: str, actie: str, reden: str) -> dict[str, Any]:
        from db.server import duo_aanmelding as remote

        conn = _connect(self.session)
        try:
            answer = remote.afhandelen(conn, aanmelding_id, actie, reden)
        except Exception:
            raise DuoAanmeldingError(
                "De verbinding met de regionale server viel weg. " + NIETS
            ) from None
        finally:
            conn.close()
        return answer

    def _refused(self, aanmelding_id: str, answer: dict[str, Any]) -> DuoAanmeldingError:
        if answer.get("status") == "al_afgehandeld" and answer.get("actie") == "opgenomen":
            # stays listed ("in behandeling bij …") until the colleague's dossier arrives
            return DuoAanmeldingError(
                f"Deze aanmelding van DUO wordt al in het register opgenomen door "
                f"{_wie(answer)}. {NIETS}"
            )
        with self.store.transaction():
            local.remove(self.store.conn, aanmelding_id)
        if answer.get("status") == "al_afgehandeld":
            return DuoAanmeldingError(
                f"Deze aanmelding van DUO is al afgehandeld door {_wie(answer)}: niet voor ons "
                f"({answer.get('reden') or 'geen reden'}). Ze staat niet meer in de lijst. {NIETS}"
            )
        return DuoAanmeldingError(
            "De regionale server kent deze aanmelding niet (meer) voor uw gemeente. Ze staat "
            "niet meer in de lijst. " + NIETS
        )

    def opnemen_starten(self, aanmelding_id: str) -> Aanmelding:
        """Claim the aanmelding at the server for this officer; then the register dialog
        opens. Works from a worker thread (its own session)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        aanmelding = self.get(aanmelding_id)
        if aanmelding is None:
            raise DuoAanmeldingError("Deze aanmelding staat niet (meer) in de lijst. " + NIETS)
        answer = self._ask(aanmelding_id, "opnemen", "")
        if answer.get("status") != "ok":
            raise self._refused(aanmelding_id, answer)
        audit(self.session, "opnemen gestart (DUO)", "duo_aanmelding", aanmelding_id)
        return aanmelding

    def niet_voor_ons(self, aanmelding_id: str, reden: str) -> None:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        reden = " ".join(reden.split())
        if not reden:
            raise ValidationError({"reden": "Geef een reden op. " + NIETS})
        if len(reden) > MAX_REDEN:
            raise ValidationError({"reden": f"De reden mag hoogstens {MAX_REDEN} tekens zijn."})
        if self.get(aanmelding_id) is None:
            raise DuoAanmeldingError("Deze aanmelding staat niet (meer) in de lijst. " + NIETS)
        answer = self._ask(aanmelding_id, "niet_voor_ons", reden)
        if answer.get("status") != "ok":
            raise self._refused(aanmelding_id, answer)
        with self.store.transaction():
            local.remove(self.store.conn, aanmelding_id)
            audit(self.session, "niet voor ons (DUO)", "duo_aanmelding", aanmelding_id)

    @staticmethod
    def formulier(aanmelding: Aanmelding) -> dict[str, Any]:
        """The register dialog's values, prefilled from DUO (dates as the dialog types them)."""
        return {
            "bsn": aanmelding.bsn,
            "gemeentecode": aanmelding.gemeentecode,
            "datum_start_plicht": format_date(aanmelding.datum_start_plicht),
            "datum_melding_duo": format_date(aanmelding.datum_melding_duo),
            "doelgroep": aanmelding.doelgroep,
            "indeling": aanmelding.indeling,
            "asielrechten": aanmelding.asielrechten,
            "status": "aangemeld",
        }

    def opnemen(
        self, aanmelding: Aanmelding, values: Mapping[str, Any], today: date | None = None
    ) -> Inburgeraar:
        """Store the new dossier (claimed with `opnemen_starten`). The BSN is DUO's: a
        different one would leave DUO's facts unattached, so it is refused."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        if str(values.get("bsn") or "").strip() != aanmelding.bsn:
            raise ValidationError(
                {"bsn": f"Dit BSN komt van DUO ({aanmelding.bsn}) en blijft gelijk. {NIETS}"}
            )
        inburgeraar = self.session.inburgeraars.save(values, today)
        # a crash here leaves the aanmelding, but the list hides it (the BSN is held here)
        with self.store.transaction():
            local.remove(self.store.conn, aanmelding.id)
            audit(
                self.session, "opgenomen uit aanmelding (DUO)", "inburgeraar", inburgeraar.id or ""
            )
        return inburgeraar


class OpnameService(InburgeraarService):
    """The register dialog's service while taking an aanmelding in: saving stores the new
    dossier through `DuoAanmeldingService.opnemen` (DUO's BSN kept, the aanmelding done)."""

    def __init__(self, session: Session, aanmelding: Aanmelding) -> None:
        super().__init__(session)
        self.aanmelding = aanmelding

    def save(self, values: Mapping[str, Any], today: date | None = None) -> Inburgeraar:
        return DuoAanmeldingService(self.session).opnemen(self.aanmelding, values, today)
