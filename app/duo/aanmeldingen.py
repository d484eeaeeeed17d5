"""On the laptop: "Nieuw van DUO" — new inburgeraars DUO notified whose BSN the region does not
hold yet (server migration 0107), as the sync brought them to the klantmanagers of the gemeente.

DUO sends no name: the officer takes an aanmelding into the register (the normal register
dialog, prefilled with what DUO said: BSN, start of the plicht, DUO's notification date,
doelgroep and indeling) and types the rest, or marks it "niet voor ons" with a reason. Both ask
the regional server first, which lets exactly one officer handle an aanmelding: a second one is
told who was first, and nothing changes. When the new dossier reaches the server by the sync,
DUO's facts about that BSN are attached to it and come back with it ("bron: DUO").

One taken up but not saved (the register dialog cancelled, or never finished) is released
("vrijgeven", server migration 0108): by the officer who has it, at once; by a colleague
klantmanager or a beheerder of the gemeente once it has been held longer than one working day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from app.duo.aanmelding_tijd import format_moment, instant, werkdag_later
from app.errors import TemplatedError
from app.inburgeraars.service import InburgeraarService
from app.security.audit import audit
from app.security.roles import Permission, require, require_any
from app.validation import ValidationError, format_date
from db import duo_aanmelding as local

if TYPE_CHECKING:
    from app.inburgeraars.model import Inburgeraar
    from app.session import Session

NIETS = "Er is niets veranderd."
# What the list says of the plicht DUO gave (labels for the translators; {datum}: dd-mm-jjjj).
PLICHT_TEKSTEN = {
    "nee": "niet inburgeringsplichtig",
    "sinds": "inburgeringsplichtig sinds {datum}",
    "ja": "inburgeringsplichtig",
    "onbekend": "onbekend",
}
VRIJ_EIGEN = "Vrijgegeven: elke klantmanager van uw gemeente kan deze aanmelding opnemen."
VRIJ_AL_OPEN = "Deze aanmelding was niet in behandeling; ze staat open voor uw gemeente."
VRIJ_COLLEGA = (
    "Vrijgegeven: deze aanmelding was in behandeling bij {van} sinds {sinds}. Elke klantmanager "
    "van uw gemeente kan haar nu opnemen."
)
MAX_REDEN = 500


class DuoAanmeldingError(TemplatedError):
    """Taking in, setting aside or releasing failed; a complete Dutch sentence (a template with
    its values, for the translators)."""


@dataclass(frozen=True)
class Tekst:
    """A sentence for the user with values: the template (one of the constants above, for the
    translators) and what fills it in. ``str()``: the Dutch sentence."""

    template: str
    values: Mapping[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values)


class AanmeldingOnbekendError(DuoAanmeldingError):
    """The id is not an aanmelding of this officer's gemeente (bad input for the CLI)."""


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
    in_behandeling_sinds: datetime | None = None

    def vrij_vanaf(self) -> datetime | None:
        """From when a colleague or beheerder may release it (one working day after it was
        taken up, as the server decides: wegwijs.duo_werkdag_later)."""
        return (
            None if self.in_behandeling_sinds is None else werkdag_later(self.in_behandeling_sinds)
        )

    @property
    def plicht_code(self) -> str:
        """The key of PLICHT_TEKSTEN (the list translates that text, then fills in the date)."""
        if self.plichtig is False:
            return "nee"
        if self.datum_start_plicht is not None:
            return "sinds"
        return "ja" if self.plichtig else "onbekend"

    @property
    def plicht_tekst(self) -> str:
        return PLICHT_TEKSTEN[self.plicht_code].format(datum=format_date(self.datum_start_plicht))

    @property
    def doelgroep_delen(self) -> list[str]:
        """DUO's doelgroep and indeling (once each), then the asielrechten; empty: unknown."""
        parts = list(dict.fromkeys(p for p in (self.doelgroep, self.indeling) if p))
        return [*parts, self.asielrechten] if self.asielrechten else parts

    @property
    def doelgroep_tekst(self) -> str:
        parts = [p for p in (self.doelgroep, self.indeling) if p]
        text = " / ".join(dict.fromkeys(parts)) or PLICHT_TEKSTEN["onbekend"]
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
        in_behandeling_sinds=instant(row.get("in_behandeling_sinds")),
    )


def _connect(session: Session) -> Any:
    from app.server import sync as sync_client

    try:
        conn, _cfg = sync_client.connect(session)
    except sync_client.SyncError as exc:
        raise DuoAanmeldingError(
            "Een aanmelding van DUO afhandelen kan alleen met verbinding met de regionale "
            "server (zo handelt niet ook een collega dezelfde af). {reden} " + NIETS,
            reden=exc,
        ) from None
    return conn


def _wie(answer: dict[str, Any]) -> dict[str, str]:
    """Who handled it and on which day (the server sets both), as a template's values."""
    return {
        "door": str(answer.get("door") or "?"),
        "datum": format_date(_moment(answer.get("op"))) or "?",
    }


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
            if actie == "vrijgeven":
                answer = remote.vrijgeven(conn, aanmelding_id)
            else:
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
                "Deze aanmelding van DUO wordt al in het register opgenomen door {door} op "
                "{datum}. " + NIETS,
                **_wie(answer),
            )
        with self.store.transaction():
            local.remove(self.store.conn, aanmelding_id)
        if answer.get("status") == "al_afgehandeld":
            return DuoAanmeldingError(
                "Deze aanmelding van DUO is al afgehandeld door {door} op {datum}: niet voor "
                "ons ({reden}). Ze staat niet meer in de lijst. " + NIETS,
                reden=answer.get("reden") or "-",
                **_wie(answer),
            )
        return AanmeldingOnbekendError(
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
        door = self.gebruiker()
        sinds = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self.store.transaction():
            local.set_held(self.store.conn, aanmelding_id, door or None, sinds)
            audit(self.session, "opnemen gestart (DUO)", "duo_aanmelding", aanmelding_id)
        return replace(aanmelding, in_behandeling_door=door, in_behandeling_sinds=instant(sinds))

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

    def gebruiker(self) -> str:
        """This laptop's account at the regional server ('' when not connected): the name the
        server gives as "in behandeling bij"."""
        from db import sync_local

        cfg = sync_local.settings(self.store.conn)
        return str(cfg["gebruiker"]) if cfg else ""

    def mag_vrijgeven(self, aanmelding: Aanmelding, now: datetime | None = None) -> bool:
        """Whether the list offers "Vrijgeven" (the server decides again): one's own at once,
        a colleague's after one working day; never one that is not taken up."""
        if not aanmelding.in_behandeling_door:
            return False
        if not (
            self.session.may(Permission.DOSSIER_WIJZIGEN)
            or self.session.may(Permission.GEBRUIKERS_BEHEREN)
        ):
            return False
        if aanmelding.in_behandeling_door == self.gebruiker():
            return True
        vanaf = aanmelding.vrij_vanaf()
        return vanaf is not None and (now or datetime.now(UTC)) >= vanaf

    def vrijgeven(self, aanmelding_id: str) -> Tekst:
        """Release an aanmelding taken up and not saved (one's own, or a colleague's held
        longer than one working day): open again for every klantmanager of the gemeente.
        Returns what happened (str(): the Dutch sentence); DuoAanmeldingError when refused or
        offline (nothing changed). Works from a worker thread (its own session)."""
        require_any(self.session, Permission.DOSSIER_WIJZIGEN, Permission.GEBRUIKERS_BEHEREN)
        aanmelding_id = aanmelding_id.strip()
        if not aanmelding_id:
            raise AanmeldingOnbekendError("Geef het id van de aanmelding op. " + NIETS)
        answer = self._ask(aanmelding_id, "vrijgeven", "")
        status = answer.get("status")
        if status == "te_vroeg":
            raise DuoAanmeldingError(
                "Deze aanmelding is in behandeling bij {door} sinds {sinds}. U kunt haar "
                "vrijgeven vanaf {vanaf} (één werkdag later), of vraag het die collega. " + NIETS,
                door=answer.get("door") or "?",
                sinds=format_moment(instant(answer.get("op"))),
                vanaf=format_moment(instant(answer.get("vrij_vanaf"))),
            )
        if status == "al_afgehandeld" and answer.get("actie") == "in_register":
            with self.store.transaction():
                local.remove(self.store.conn, aanmelding_id)
            raise DuoAanmeldingError(
                "Deze aanmelding is al in het register opgenomen door {door} op {datum}. Ze "
                "staat niet meer in de lijst. " + NIETS,
                **_wie(answer),
            )
        if status != "ok":
            raise self._refused(aanmelding_id, answer)
        with self.store.transaction():
            local.set_held(self.store.conn, aanmelding_id, None, None)
            audit(self.session, "vrijgegeven (DUO)", "duo_aanmelding", aanmelding_id)
        van = str(answer.get("van") or "")
        if not van:
            return Tekst(VRIJ_AL_OPEN)
        if van == self.gebruiker():
            return Tekst(VRIJ_EIGEN)
        sinds = format_moment(instant(answer.get("sinds")))
        return Tekst(VRIJ_COLLEGA, {"van": van, "sinds": sinds})

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
