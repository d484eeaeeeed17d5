"""PIP versions and their status flow: concept → ter_ondertekening → vastgesteld → gewijzigd.

A vastgesteld version is never edited in place: a change makes a new version (the database
refuses it too). Each step that touches dates rebuilds the person's deadlines.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from app.gemeenten import KenmerkError, check_patroon, kenmerk
from app.inburgeraars.model import Inburgeraar
from app.pip import duo_check, rules
from app.pip.codec import inhoud_from_dict, inhoud_to_dict
from app.pip.intake_check import tegenspraak
from app.pip.model import WIJZIGINGSSOORTEN, PipInhoud, PipVersie
from app.security.audit import audit
from app.security.roles import Permission, require
from app.settings import Settings, settings_path
from app.validation import ValidationError
from db.errors import StoreError
from db.pip import PipRepository

if TYPE_CHECKING:
    from app.session import Session


class PipError(StoreError):
    """A step of the status flow that is not allowed now (message in Dutch)."""


class DuoCheckError(PipError):
    def __init__(self, violations: list[duo_check.Overtreding]) -> None:
        super().__init__("De PIP voldoet niet aan de regels van DUO.")
        self.violations = violations


def _d(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _earliest(*dates: date | None) -> date | None:
    known = [d for d in dates if d is not None]
    return min(known) if known else None


def _from_row(row: dict[str, Any]) -> PipVersie:
    return PipVersie(
        inburgeraar_id=str(row["inburgeraar_id"]),
        versie=int(row["versie"]),
        status=str(row["status"]),
        inhoud=inhoud_from_dict(json.loads(row["inhoud"])),
        dagtekening=_d(row["dagtekening"]),
        wijziging_soort=str(row["wijziging_soort"]),
        wijziging_reden=str(row["wijziging_reden"]),
        kenmerk=str(row.get("kenmerk") or ""),
        id=str(row["id"]),
        row_version=int(row["version"]),
        created_at=str(row["created_at"]),
        updated_at=str(row["updated_at"]),
    )


@dataclass(frozen=True)
class Controle:
    fouten: list[str]  # against DUO's rules: DUO would refuse it
    ontbreekt: list[str]  # required parts not filled in yet
    let_op: list[str]  # allowed, but worth a look

    @property
    def mag_vastgesteld(self) -> bool:
        return not self.fouten and not self.ontbreekt


class PipService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store
        self.repo = PipRepository(self.store.conn)
        self.inburgeraars = session.inburgeraars
        self.termijnen = session.termijnen

    # --- reading -------------------------------------------------------------------------
    def versions(self, inburgeraar_id: str) -> list[PipVersie]:
        """Every version of a person's PIP; showing them is logged once."""
        require(self.session, Permission.DOSSIER_LEZEN)
        versions = self._versions(inburgeraar_id)
        audit(self.session, "bekeken", "pip", inburgeraar_id)
        return versions

    def _versions(self, inburgeraar_id: str) -> list[PipVersie]:
        return [_from_row(r) for r in self.repo.versions(inburgeraar_id)]

    def current(self, inburgeraar_id: str) -> PipVersie | None:
        require(self.session, Permission.DOSSIER_LEZEN)
        versions = self._versions(inburgeraar_id)
        return versions[-1] if versions else None

    def get(self, pip_id: str) -> PipVersie:
        require(self.session, Permission.DOSSIER_LEZEN)
        row = self.repo.get(pip_id)
        if row is None:
            raise PipError("Deze PIP bestaat niet meer.")
        return _from_row(row)

    def _inburgeraar(self, inburgeraar_id: str) -> Inburgeraar:
        inburgeraar = self.inburgeraars.get(inburgeraar_id)
        if inburgeraar is None:
            raise PipError("Deze inburgeraar bestaat niet.")
        return inburgeraar

    # --- writing -------------------------------------------------------------------------
    def create(self, inburgeraar_id: str, inhoud: PipInhoud) -> PipVersie:
        """The first PIP of a person, as a concept."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        inburgeraar = self._inburgeraar(inburgeraar_id)
        self._refuse_wrong(inhoud, inburgeraar)
        with self.store.transaction():
            if self.repo.versions(inburgeraar_id):
                raise PipError("Deze inburgeraar heeft al een PIP.")
            pip_id = self.repo.insert(self._values(inburgeraar_id, 1, "concept", inhoud))
            audit(self.session, "aangemaakt", "pip", pip_id)
            self.inburgeraars.advance_status(inburgeraar_id, "pip_concept")
        return self.get(pip_id)

    def _values(
        self, inburgeraar_id: str, versie: int, status: str, inhoud: PipInhoud
    ) -> dict[str, Any]:
        return {
            "inburgeraar_id": inburgeraar_id,
            "versie": versie,
            "status": status,
            "leerroute": inhoud.route.leerroute,
            "inhoud": json.dumps(inhoud_to_dict(inhoud), ensure_ascii=False),
        }

    def _refuse_wrong(self, inhoud: PipInhoud, inburgeraar: Inburgeraar) -> None:
        errors = rules.fouten(inhoud, inburgeraar.is_asielstatushouder)
        if errors:
            raise ValidationError(errors)

    def save(self, pip: PipVersie, inhoud: PipInhoud) -> PipVersie:
        """Save new content of a concept (or a version awaiting signature, which then goes back
        to concept: what is signed must be what was shown)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        if pip.id is None:
            raise PipError("Deze PIP is nog niet opgeslagen.")
        inburgeraar = self._inburgeraar(pip.inburgeraar_id)
        self._refuse_wrong(inhoud, inburgeraar)
        with self.store.transaction():
            current = self.get(pip.id)
            if not current.bewerkbaar:
                raise PipError(
                    "Deze versie is vastgesteld en kan niet meer worden gewijzigd. "
                    "Maak een nieuwe versie."
                )
            values = {
                "status": "concept",
                "leerroute": inhoud.route.leerroute,
                "inhoud": json.dumps(inhoud_to_dict(inhoud), ensure_ascii=False),
            }
            if not self.repo.update(pip.id, values, pip.row_version or None):
                raise PipError("Iemand anders heeft deze PIP intussen gewijzigd. Open hem opnieuw.")
            audit(self.session, "gewijzigd", "pip", pip.id)
            self.termijnen.rebuild(pip.inburgeraar_id)
        return self.get(pip.id)

    def ter_ondertekening(self, pip_id: str) -> PipVersie:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        pip = self.get(pip_id)
        if pip.status != "concept":
            raise PipError("Alleen een concept kan ter ondertekening.")
        inburgeraar = self._inburgeraar(pip.inburgeraar_id)
        missing = rules.ontbreekt(pip.inhoud, inburgeraar.is_asielstatushouder)
        if missing:
            raise ValidationError(missing)
        with self.store.transaction():
            self.repo.update(pip_id, {"status": "ter_ondertekening"}, pip.row_version)
            audit(self.session, "ter ondertekening", "pip", pip_id)
        return self.get(pip_id)

    def duo_input(self, pip: PipVersie, dagtekening: date | None = None) -> duo_check.DuoInput:
        """What DUO's check gets: the PIP with the person's register facts (dossier lezen)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        inburgeraar = self._inburgeraar(pip.inburgeraar_id)
        earlier = [
            v
            for v in self._versions(pip.inburgeraar_id)
            if v.versie < pip.versie and v.status in ("vastgesteld", "gewijzigd")
        ]
        r = pip.inhoud.route
        return duo_check.DuoInput(
            dagtekening=dagtekening or pip.dagtekening,
            leerroute=r.leerroute,
            niveau=r.niveau,
            intensiteit=r.intensiteit_uren,
            mag_opleiding_afmaken=r.mag_opleiding_afmaken,
            alfabetisering=r.alfabetisering,
            asielstatushouder=inburgeraar.is_asielstatushouder,
            # "first PIP (whatever municipality)": one made elsewhere counts too
            eerste_pip=not earlier and inburgeraar.dagtekening_pip_elders is None,
            start_plicht=inburgeraar.datum_start_plicht,
            vestiging=inburgeraar.datum_vestiging,
            eerste_dagtekening=_earliest(
                inburgeraar.dagtekening_pip_elders, earlier[0].dagtekening if earlier else None
            ),
            huidige_dagtekening=earlier[-1].dagtekening
            if earlier
            else inburgeraar.dagtekening_pip_elders,
            gemeentecode=inburgeraar.gemeentecode,
            bsn=inburgeraar.bsn,
        )

    def check(self, pip: PipVersie, dagtekening: date | None = None) -> list[duo_check.Overtreding]:
        require(self.session, Permission.DOSSIER_LEZEN)
        return duo_check.check(self.duo_input(pip, dagtekening))

    def controle(
        self, pip: PipVersie, dagtekening: date | None, antwoorden: Mapping[str, object]
    ) -> Controle:
        """What the editor's Controle tab and `wegwijs pip check` show for *pip* (saved or as
        typed): DUO's rules, the parts still missing, and what to look at (DUO's warnings,
        contradictions with the intake *antwoorden*)."""
        duo = self.duo_input(pip, dagtekening)  # dossier lezen
        vestiging = self._inburgeraar(pip.inburgeraar_id).datum_vestiging
        return Controle(
            fouten=[v.tekst for v in duo_check.check(duo)],
            ontbreekt=list(rules.ontbreekt(pip.inhoud, duo.asielstatushouder).values()),
            let_op=[
                *duo_check.waarschuwingen(duo),
                *tegenspraak(pip.inhoud, antwoorden, vestiging),
            ],
        )

    def vaststellen(self, pip_id: str, dagtekening: date) -> PipVersie:
        """Sign: needs a complete PIP that passes DUO's check; the previous version becomes
        'gewijzigd'."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        pip = self.get(pip_id)
        if pip.status not in ("concept", "ter_ondertekening"):
            raise PipError("Deze versie is al vastgesteld.")
        inburgeraar = self._inburgeraar(pip.inburgeraar_id)
        missing = rules.ontbreekt(pip.inhoud, inburgeraar.is_asielstatushouder)
        if missing:
            raise ValidationError(missing)
        violations = self.check(pip, dagtekening)
        if violations:
            raise DuoCheckError(violations)
        with self.store.transaction():
            for earlier in self._versions(pip.inburgeraar_id):
                if earlier.versie < pip.versie and earlier.status == "vastgesteld":
                    self.repo.update(str(earlier.id), {"status": "gewijzigd"}, None)
            values = {
                "status": "vastgesteld",
                "dagtekening": dagtekening.isoformat(),
                "kenmerk": self._nieuw_kenmerk(inburgeraar.gemeentecode, dagtekening),
            }
            if not self.repo.update(pip_id, values, pip.row_version):
                raise PipError("Iemand anders heeft deze PIP intussen gewijzigd. Open hem opnieuw.")
            audit(self.session, "vastgesteld", "pip", pip_id)
            self.inburgeraars.advance_status(pip.inburgeraar_id, "pip_vastgesteld")
            self.termijnen.rebuild(pip.inburgeraar_id)
        return self.get(pip_id)

    def _nieuw_kenmerk(self, gemeentecode: str, dagtekening: date) -> str:
        """The next free kenmerk after the municipality's pattern in Beheer, else the one in
        the settings (inside the transaction)."""
        from app.briefhoofd import beheer_waarden

        patroon = beheer_waarden(self.session, gemeentecode).get("kenmerk_patroon") or (
            Settings.load(settings_path(self.store.path.parent)).kenmerk_patroon
        )
        try:
            check_patroon(patroon)
        except KenmerkError:
            patroon = Settings().kenmerk_patroon  # Beheer refuses a bad pattern; never block
        jaar = str(dagtekening.year)
        nummer = self.repo.kenmerken_in_jaar(jaar) + 1
        while True:
            candidate = kenmerk(patroon, gemeentecode, dagtekening.year, nummer)
            if not self.repo.kenmerk_exists(candidate):
                return candidate
            nummer += 1

    def wijzigen(self, inburgeraar_id: str, soort: str, reden: str) -> PipVersie:
        """Start a new version from the vastgesteld one (route switch, afschalen, move …)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        errors: dict[str, str] = {}
        if soort not in WIJZIGINGSSOORTEN:
            errors["wijziging_soort"] = "Kies wat er verandert."
        if not reden.strip():
            errors["wijziging_reden"] = "Schrijf waarom de PIP verandert."
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            versions = self._versions(inburgeraar_id)
            if not versions or versions[-1].status != "vastgesteld":
                raise PipError("Alleen een vastgestelde PIP kan worden gewijzigd.")
            last = versions[-1]
            inhoud = last.inhoud
            if soort == "afschalen" and inhoud.route.leerroute != "B":
                # B1 → A2 exists only on the B1-route: A2 is never allowed with the
                # onderwijsroute and the Z-route has no B1 to step down from.
                raise PipError("Afschalen naar A2 kan alleen bij de B1-route.")
            if soort == "afschalen":
                inhoud = replace(inhoud, route=replace(inhoud.route, niveau="A2"))
            values = self._values(inburgeraar_id, last.versie + 1, "concept", inhoud)
            values.update(wijziging_soort=soort, wijziging_reden=reden.strip())
            pip_id = self.repo.insert(values)
            audit(self.session, f"nieuwe versie ({soort})", "pip", pip_id)
        return self.get(pip_id)

    def duo_message(self, inburgeraar_id: str) -> dict[str, Any]:
        """The DUO message (DUO's ``Gemeente`` shape) of the latest vastgesteld version."""
        return self.duo_bericht(inburgeraar_id)[0]

    def duo_bericht(self, inburgeraar_id: str) -> tuple[dict[str, Any], str]:
        """(message in DUO's ``Gemeente`` shape, the API path with the BSN) of the latest
        vastgesteld version; refuses a failing PIP."""
        require(self.session, Permission.DOSSIER_EXPORTEREN)
        signed = [v for v in self._versions(inburgeraar_id) if v.status == "vastgesteld"]
        if not signed:
            raise duo_check.DuoExportError(["Er is geen vastgestelde PIP."])
        duo = self.duo_input(signed[-1])
        message = duo_check.duo_message(duo)
        audit(self.session, "geëxporteerd (DUO)", "pip", str(signed[-1].id))
        return message, duo_check.duo_path(duo.bsn or "")
