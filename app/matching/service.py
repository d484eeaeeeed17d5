"""Match suggestions for stored inburgeraars, and recording the officer's decision.

Permissions (docs/security.md): suggestions and explanations for one newcomer need
``DOSSIER_LEZEN`` (klantmanager); recording a match or an exclusion ``DOSSIER_WIJZIGEN``; all
of them also ``SLEUTELPERSONEN_LEZEN``. The global "alle wachtenden koppelen" may also be run
and accepted by the coordinator (``SLEUTELPERSONEN_BEHEREN``). Whoever asks, matching only
ever reads the intake's key-person answers (wish, preferred gender, themes) through
``IntakeService.preferences``: health and family answers never reach this module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.inburgeraars.service import InburgeraarService
from app.matching.afstanden import Afstanden, achterhoek
from app.matching.assign import Toewijzing, assign_all
from app.matching.instellingen import laad
from app.matching.model import Gewichten, Uitkomst, Vraag
from app.matching.pool import Pool
from app.matching.suggest import Suggesties, explain, suggest
from app.matching.vraag import vraag_voor
from app.security.audit import audit
from app.security.roles import Permission, require, require_any
from app.sleutelpersonen.service import SleutelpersoonService
from app.sorting import drop_in_steps
from app.validation import ValidationError, parse_text
from db.sleutelpersonen import SleutelpersoonRepository

if TYPE_CHECKING:
    from app.session import Session

Answers = Callable[[str], Mapping[str, object]]


def intake_answers(session: Session) -> Answers:
    """The intake's key-person answers (no health or family answers), from the session's
    intake service (built on first use)."""
    return lambda inburgeraar_id: dict(session.intake.preferences(inburgeraar_id))


@dataclass(frozen=True)
class Besluit:
    koppeling_id: str
    sleutelpersoon_id: str
    afwijking: bool


@dataclass(frozen=True)
class Voorstel:
    """A global assignment with the names of everyone in it, ready to show."""

    toewijzing: Toewijzing
    inburgeraars: Mapping[str, str]  # id → name
    sleutelpersonen: Mapping[str, str]  # id → name


class MatchService:
    def __init__(
        self,
        session: Session,
        gewichten: Gewichten | None = None,
        answers: Answers | None = None,
        afstanden: Afstanden | None = None,
    ) -> None:
        self.session = session
        self.store = session.store
        self.gewichten = gewichten or laad(session)
        self.answers = answers or intake_answers(session)
        self.afstanden = afstanden or achterhoek()
        self.inburgeraars: InburgeraarService = session.inburgeraars
        self.personen: SleutelpersoonService = session.sleutelpersonen
        self.repo = SleutelpersoonRepository(self.store.conn)
        self._pool: tuple[Any, Pool] | None = None

    def pool(self, today: date | None = None) -> Pool:
        """The prepared pool, rebuilt only when the registry, engagements, matches or the day
        changed (so a suggestion list opens at once, also with a large regional pool)."""
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        day = today or date.today()
        key = (day, self.repo.fingerprint())
        if self._pool is None or self._pool[0] != key:
            self._pool = (key, Pool(self.personen.kandidaten(day)))
        return self._pool[1]

    def vraag(self, inburgeraar_id: str, beleid: str = "uitsluiten") -> Vraag:
        """The matching question for one newcomer (klantmanager: reads the dossier)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        return self._vraag(inburgeraar_id, beleid)

    def _vraag(self, inburgeraar_id: str, beleid: str = "uitsluiten") -> Vraag:
        inburgeraar = self.inburgeraars.lookup(inburgeraar_id)
        if inburgeraar is None:
            raise ValidationError({"inburgeraar": "Deze inburgeraar bestaat niet."})
        return vraag_voor(
            inburgeraar,
            self.answers(inburgeraar_id),
            self.repo.uitsluitingen(inburgeraar_id),
            beleid,
        )

    def suggesties(
        self,
        inburgeraar_id: str,
        beleid: str = "uitsluiten",
        aantal: int = 10,
        today: date | None = None,
    ) -> Suggesties:
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        return suggest(
            self.vraag(inburgeraar_id, beleid),
            self.pool(today),
            self.gewichten,
            self.afstanden,
            self.personen.gemeente_namen(),
            aantal,
        )

    def uitleg(
        self, inburgeraar_id: str, sleutelpersoon_id: str, beleid: str = "uitsluiten"
    ) -> Uitkomst:
        require(self.session, Permission.DOSSIER_LEZEN)
        kandidaat = self.pool().by_id.get(sleutelpersoon_id)
        if kandidaat is None:
            raise ValidationError({"sleutelpersoon": "Deze sleutelpersoon bestaat niet."})
        return explain(
            self.vraag(inburgeraar_id, beleid),
            kandidaat,
            self.gewichten,
            self.afstanden,
            self.personen.gemeente_namen(),
        )

    def huidige(self, inburgeraar_id: str) -> dict[str, Any] | None:
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        return self.repo.active_koppeling(inburgeraar_id)

    def bevestig(
        self,
        inburgeraar_id: str,
        sleutelpersoon_id: str,
        voorgesteld: Uitkomst | None,
        reden: str = "",
        door: str = "",
    ) -> Besluit:
        """Record the match. Choosing someone other than the top suggestion needs a reason."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        afwijking = voorgesteld is None or voorgesteld.kandidaat_id != sleutelpersoon_id
        reden = parse_text(reden, max_len=500)
        if afwijking and not reden:
            raise ValidationError(
                {"reden": "Geef een reden waarom u een andere sleutelpersoon kiest."}
            )
        if self.personen.get(sleutelpersoon_id) is None:
            raise ValidationError({"sleutelpersoon": "Deze sleutelpersoon bestaat niet."})
        score = self.uitleg(inburgeraar_id, sleutelpersoon_id).score
        with self.store.transaction():
            self.repo.end_koppelingen(inburgeraar_id)
            kid = self.repo.insert_koppeling(
                {
                    "inburgeraar_id": inburgeraar_id,
                    "sleutelpersoon_id": sleutelpersoon_id,
                    "voorgesteld_id": voorgesteld.kandidaat_id if voorgesteld else None,
                    "score": score,
                    "afwijking_reden": reden if afwijking else "",
                    "besloten_door": door,
                }
            )
            audit(self.session, "aangemaakt", "koppeling", kid)
        return Besluit(kid, sleutelpersoon_id, afwijking)

    def sluit_uit(self, inburgeraar_id: str, sleutelpersoon_id: str, reden: str) -> None:
        """Exclude a key person for this newcomer (conflict of interest: relative, acquaintance)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        text = parse_text(reden, max_len=200)
        if not text:
            raise ValidationError({"reden": "Geef de reden, bijvoorbeeld: familie."})
        with self.store.transaction():
            if sleutelpersoon_id not in self.repo.uitsluitingen(inburgeraar_id):
                self.repo.insert_uitsluiting(inburgeraar_id, sleutelpersoon_id, text)
                audit(self.session, "uitgesloten", "sleutelpersoon", sleutelpersoon_id)

    def wachtende(self) -> list[str]:
        """Inburgeraars in intake or with a PIP in concept who have no key person yet."""
        require(self.session, Permission.SLEUTELPERSONEN_LEZEN)
        ids = self.repo.wachtende_ids()
        return [i for i in ids if self.answers(i).get("sleutelpersoon.gewenst") != "nee"]

    def voorstel_alle(self, beleid: str = "uitsluiten") -> Voorstel:
        """The proposal for everyone waiting, with the names to show it: the dossiers are read
        in bulk and the read is logged as one audit line naming the set, not one per person."""
        require(self.session, Permission.DOSSIER_LEZEN)
        ids = self.wachtende()
        vragen = [self._vraag(inburgeraar_id, beleid) for inburgeraar_id in ids]
        pool = self.pool()
        toewijzing = assign_all(vragen, pool, self.gewichten, self.afstanden)
        drop_in_steps(vragen, 1024)  # freed at once they would hold the GIL (app/sorting.py)
        namen = self.inburgeraars.namen(ids)
        audit(
            self.session,
            "bekeken (alle wachtenden koppelen)",
            "inburgeraar",
            f"{len(ids)} wachtenden",
        )
        personen = {k.id: k.naam for k in pool.kandidaten}
        return Voorstel(toewijzing, namen, personen)

    def bevestig_toewijzing(self, toewijzing: Toewijzing, door: str = "") -> int:
        """Record every match of a global assignment the officer accepted, in one transaction.
        Newcomers who meanwhile got a key person are left alone."""
        require_any(self.session, Permission.DOSSIER_WIJZIGEN, Permission.SLEUTELPERSONEN_BEHEREN)
        count = 0
        with self.store.transaction():
            for inburgeraar_id, person_id in toewijzing.koppelingen.items():
                if person_id is None or self.repo.active_koppeling(inburgeraar_id):
                    continue
                kid = self.repo.insert_koppeling(
                    {
                        "inburgeraar_id": inburgeraar_id,
                        "sleutelpersoon_id": person_id,
                        "voorgesteld_id": person_id,
                        "score": toewijzing.scores.get(inburgeraar_id),
                        "afwijking_reden": "",
                        "besloten_door": door,
                    }
                )
                audit(self.session, "aangemaakt", "koppeling", kid)
                count += 1
        return count

    def wijs_alle_toe(self, inburgeraar_ids: Sequence[str] | None = None) -> Toewijzing:
        """A proposal for all waiting newcomers at once (nothing is stored). Uses only the
        register's matching fields and the key-person answers, so the coordinator may run it."""
        require_any(self.session, Permission.DOSSIER_LEZEN, Permission.SLEUTELPERSONEN_BEHEREN)
        ids = list(inburgeraar_ids) if inburgeraar_ids is not None else self.wachtende()
        vragen = [self._vraag(i) for i in ids]
        toewijzing = assign_all(vragen, self.pool(), self.gewichten, self.afstanden)
        drop_in_steps(vragen, 1024)
        return toewijzing
