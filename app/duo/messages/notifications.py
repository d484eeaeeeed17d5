"""What DUO sends Wegwijs unasked or as a refusal: the `Notificatie` (POST /notificaties) and
`Foutmelding` (DUO's rule violations in a 403 answer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.duo.messages.common import BSN, GEBEURTENIS_ID, DuoMessageError, drop_none, obj


@dataclass(frozen=True)
class Notificatie:
    """DUO's body for POST /notificaties."""

    registratie: datetime
    gebeurtenis_id: str
    bsn: str | None = None
    v_nummer: int | None = None

    @classmethod
    def from_json(cls, raw: object) -> Notificatie:
        body = obj(raw, "Notificatie")
        gebeurtenis = body.get("gebeurtenisId")
        if not isinstance(gebeurtenis, str) or not GEBEURTENIS_ID.fullmatch(gebeurtenis):
            raise DuoMessageError("gebeurtenisId ontbreekt of is ongeldig")
        stamp = body.get("registratieDatumTijd")
        if not isinstance(stamp, str):
            raise DuoMessageError("registratieDatumTijd ontbreekt")
        try:
            registratie = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError as exc:
            raise DuoMessageError("registratieDatumTijd is geen datum-tijd") from exc
        if registratie.tzinfo is None:
            raise DuoMessageError("registratieDatumTijd zonder tijdzone")
        bsn = body.get("bsn")
        if bsn is not None and (not isinstance(bsn, str) or not BSN.fullmatch(bsn)):
            raise DuoMessageError("bsn is geen 9 cijfers")
        v_nummer = body.get("vNummer")
        if v_nummer is not None and (
            isinstance(v_nummer, bool)
            or not isinstance(v_nummer, int)
            or not 0 <= v_nummer <= 9999999999
        ):
            raise DuoMessageError("vNummer is ongeldig")
        return cls(registratie, gebeurtenis, bsn, v_nummer)

    def to_json(self) -> dict[str, Any]:
        return drop_none(
            {
                "registratieDatumTijd": self.registratie.isoformat(),
                "gebeurtenisId": self.gebeurtenis_id,
                "bsn": self.bsn,
                "vNummer": self.v_nummer,
            }
        )


@dataclass(frozen=True)
class Foutmelding:
    """One of DUO's rule violations (the array in a 403 answer)."""

    fouttekst: str

    @classmethod
    def list_from_json(cls, raw: object) -> list[Foutmelding]:
        if not isinstance(raw, list):
            raise DuoMessageError("foutmeldingen: geen lijst")
        out = []
        for item in raw:
            tekst = obj(item, "Foutmelding").get("fouttekst")
            if not isinstance(tekst, str):
                raise DuoMessageError("fouttekst ontbreekt")
            out.append(cls(tekst[:200]))
        return out
