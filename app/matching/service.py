"""Match suggestions for stored inburgeraars, and recording the officer's decision."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.clients.service import ClientService
from app.matching.afstanden import Afstanden, achterhoek
from app.matching.assign import Toewijzing, assign_all
from app.matching.instellingen import laad
from app.matching.model import Gewichten, Uitkomst, Vraag
from app.matching.pool import Pool
from app.matching.suggest import Suggesties, explain, suggest
from app.matching.vraag import vraag_voor
from app.sleutelpersonen.service import SleutelpersoonService
from app.validation import ValidationError, parse_text
from db.connection import Store
from db.sleutelpersonen import SleutelpersoonRepository

Answers = Callable[[str], Mapping[str, object]]


def intake_answers(store: Store) -> Answers:
    """The intake's answers when the intake part is installed; otherwise none."""
    try:
        from app.intake.service import IntakeService  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return lambda _client_id: {}
    service: Any = IntakeService(store)
    return lambda client_id: dict(service.answers(client_id))


@dataclass(frozen=True)
class Besluit:
    koppeling_id: str
    sleutelpersoon_id: str
    afwijking: bool


class MatchService:
    def __init__(
        self,
        store: Store,
        gewichten: Gewichten | None = None,
        answers: Answers | None = None,
        afstanden: Afstanden | None = None,
    ) -> None:
        self.store = store
        self.gewichten = gewichten or laad(store)
        self.answers = answers or intake_answers(store)
        self.afstanden = afstanden or achterhoek()
        self.clients = ClientService(store)
        self.personen = SleutelpersoonService(store)
        self.repo = SleutelpersoonRepository(store.conn)
        self._pool: tuple[Any, Pool] | None = None

    def pool(self, today: date | None = None) -> Pool:
        """The prepared pool, rebuilt only when the registry, engagements, matches or the day
        changed (so a suggestion list opens at once, also with a large regional pool)."""
        day = today or date.today()
        key = (day, self.repo.fingerprint())
        if self._pool is None or self._pool[0] != key:
            self._pool = (key, Pool(self.personen.kandidaten(day)))
        return self._pool[1]

    def vraag(self, client_id: str, beleid: str = "uitsluiten") -> Vraag:
        client = self.clients.get(client_id)
        if client is None:
            raise ValidationError({"inburgeraar": "Deze inburgeraar bestaat niet."})
        return vraag_voor(
            client, self.answers(client_id), self.repo.uitsluitingen(client_id), beleid
        )

    def suggesties(
        self,
        client_id: str,
        beleid: str = "uitsluiten",
        aantal: int = 10,
        today: date | None = None,
    ) -> Suggesties:
        return suggest(
            self.vraag(client_id, beleid),
            self.pool(today),
            self.gewichten,
            self.afstanden,
            self.personen.gemeente_namen(),
            aantal,
        )

    def uitleg(
        self, client_id: str, sleutelpersoon_id: str, beleid: str = "uitsluiten"
    ) -> Uitkomst:
        kandidaat = self.pool().by_id.get(sleutelpersoon_id)
        if kandidaat is None:
            raise ValidationError({"sleutelpersoon": "Deze sleutelpersoon bestaat niet."})
        return explain(
            self.vraag(client_id, beleid),
            kandidaat,
            self.gewichten,
            self.afstanden,
            self.personen.gemeente_namen(),
        )

    def huidige(self, client_id: str) -> dict[str, Any] | None:
        return self.repo.active_koppeling(client_id)

    def bevestig(
        self,
        client_id: str,
        sleutelpersoon_id: str,
        voorgesteld: Uitkomst | None,
        reden: str = "",
        door: str = "",
    ) -> Besluit:
        """Record the match. Choosing someone other than the top suggestion needs a reason."""
        afwijking = voorgesteld is None or voorgesteld.kandidaat_id != sleutelpersoon_id
        reden = parse_text(reden, max_len=500)
        if afwijking and not reden:
            raise ValidationError(
                {"reden": "Geef een reden waarom u een andere sleutelpersoon kiest."}
            )
        if self.personen.get(sleutelpersoon_id) is None:
            raise ValidationError({"sleutelpersoon": "Deze sleutelpersoon bestaat niet."})
        score = self.uitleg(client_id, sleutelpersoon_id).score
        with self.store.transaction():
            self.repo.end_koppelingen(client_id)
            kid = self.repo.insert_koppeling(
                {
                    "inburgeraar_id": client_id,
                    "sleutelpersoon_id": sleutelpersoon_id,
                    "voorgesteld_id": voorgesteld.kandidaat_id if voorgesteld else None,
                    "score": score,
                    "afwijking_reden": reden if afwijking else "",
                    "besloten_door": door,
                }
            )
        return Besluit(kid, sleutelpersoon_id, afwijking)

    def sluit_uit(self, client_id: str, sleutelpersoon_id: str, reden: str) -> None:
        """Exclude a key person for this newcomer (conflict of interest: relative, acquaintance)."""
        text = parse_text(reden, max_len=200)
        if not text:
            raise ValidationError({"reden": "Geef de reden, bijvoorbeeld: familie."})
        with self.store.transaction():
            if sleutelpersoon_id not in self.repo.uitsluitingen(client_id):
                self.repo.insert_uitsluiting(client_id, sleutelpersoon_id, text)

    def wachtende(self) -> list[str]:
        """Inburgeraars in intake or with a PIP in concept who have no key person yet."""
        rows = self.store.conn.execute(
            "SELECT id FROM inburgeraar WHERE status IN ('aangemeld', 'intake', 'pip_concept')"
            " AND id NOT IN (SELECT inburgeraar_id FROM koppeling WHERE actief = 1) ORDER BY id"
        ).fetchall()
        ids = [str(r[0]) for r in rows]
        return [i for i in ids if self.answers(i).get("sleutelpersoon.gewenst") != "nee"]

    def bevestig_toewijzing(self, toewijzing: Toewijzing, door: str = "") -> int:
        """Record every match of a global assignment the officer accepted, in one transaction.
        Newcomers who meanwhile got a key person are left alone."""
        count = 0
        with self.store.transaction():
            for client_id, person_id in toewijzing.koppelingen.items():
                if person_id is None or self.repo.active_koppeling(client_id):
                    continue
                self.repo.insert_koppeling(
                    {
                        "inburgeraar_id": client_id,
                        "sleutelpersoon_id": person_id,
                        "voorgesteld_id": person_id,
                        "score": toewijzing.scores.get(client_id),
                        "afwijking_reden": "",
                        "besloten_door": door,
                    }
                )
                count += 1
        return count

    def wijs_alle_toe(self, client_ids: Sequence[str] | None = None) -> Toewijzing:
        """A proposal for all waiting newcomers at once (nothing is stored)."""
        ids = list(client_ids) if client_ids is not None else self.wachtende()
        vragen = [self.vraag(i) for i in ids]
        return assign_all(vragen, self.pool(), self.gewichten, self.afstanden)
