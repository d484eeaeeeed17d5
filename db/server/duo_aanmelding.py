"""SQL of "Nieuw van DUO" on the regional server (server migration 0107).

The gateway records an aanmelding for a new inburgeraar whose BSN the region does not hold
(async, in the notification's transaction); the officer's laptop takes one in or marks it
"niet voor ons" through wegwijs.duo_aanmelding_afhandelen (sync, as the officer).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from psycopg import AsyncConnection


async def record(
    conn: AsyncConnection[Any],
    *,
    gemeentecode: str,
    bsn: str,
    gebeurtenis_id: str,
    omschrijving: str,
    registratie: datetime,
    bericht_id: str,
    plichtig: bool | None,
    datum_start_plicht: date | None,
    datum_melding_duo: date | None,
    indeling: str | None,
    gedetailleerde_doelgroep: str | None,
    asielrechten: str | None,
    met_pip_elders: bool,
) -> None:
    """One open aanmelding per person and gemeente: a later notification updates it. None is
    added while one is taken in and its dossier has not reached the server yet."""
    values = {
        "gemeentecode": gemeentecode,
        "bsn": bsn,
        "gebeurtenis_id": gebeurtenis_id,
        "omschrijving": omschrijving,
        "registratie": registratie,
        "bericht_id": bericht_id,
        "plichtig": plichtig,
        "datum_start_plicht": datum_start_plicht,
        "datum_melding_duo": datum_melding_duo,
        "indeling": indeling,
        "gedetailleerde_doelgroep": gedetailleerde_doelgroep,
        "asielrechten": asielrechten,
        "met_pip_elders": met_pip_elders,
    }
    await conn.execute(
        "INSERT INTO wegwijs.duo_aanmelding (gemeentecode, bsn, gebeurtenis_id, omschrijving,"
        " registratie, bericht_id, plichtig, datum_start_plicht, datum_melding_duo, indeling,"
        " gedetailleerde_doelgroep, asielrechten, met_pip_elders)"
        " SELECT %(gemeentecode)s, %(bsn)s, %(gebeurtenis_id)s, %(omschrijving)s,"
        " %(registratie)s, %(bericht_id)s, %(plichtig)s, %(datum_start_plicht)s,"
        " %(datum_melding_duo)s, %(indeling)s, %(gedetailleerde_doelgroep)s, %(asielrechten)s,"
        " %(met_pip_elders)s"
        " WHERE NOT EXISTS (SELECT 1 FROM wegwijs.duo_aanmelding"
        "   WHERE gemeentecode = %(gemeentecode)s AND bsn = %(bsn)s"
        "     AND status = 'opgenomen' AND dossier_id IS NULL)"
        " ON CONFLICT (gemeentecode, bsn) WHERE status = 'open' DO UPDATE SET"
        " gebeurtenis_id = EXCLUDED.gebeurtenis_id, omschrijving = EXCLUDED.omschrijving,"
        " registratie = EXCLUDED.registratie, bericht_id = EXCLUDED.bericht_id,"
        " plichtig = coalesce(EXCLUDED.plichtig, duo_aanmelding.plichtig),"
        " datum_start_plicht = coalesce(EXCLUDED.datum_start_plicht,"
        "   duo_aanmelding.datum_start_plicht),"
        " datum_melding_duo = coalesce(EXCLUDED.datum_melding_duo,"
        "   duo_aanmelding.datum_melding_duo),"
        " indeling = coalesce(EXCLUDED.indeling, duo_aanmelding.indeling),"
        " gedetailleerde_doelgroep = coalesce(EXCLUDED.gedetailleerde_doelgroep,"
        "   duo_aanmelding.gedetailleerde_doelgroep),"
        " asielrechten = coalesce(EXCLUDED.asielrechten, duo_aanmelding.asielrechten),"
        " met_pip_elders = EXCLUDED.met_pip_elders OR duo_aanmelding.met_pip_elders",
        values,
    )


def afhandelen(conn: Any, aanmelding_id: str, actie: str, reden: str) -> dict[str, Any]:
    """As the officer (their own login): the server's answer, see migration 0107."""
    row = conn.execute(
        "SELECT wegwijs.duo_aanmelding_afhandelen(%s, %s, %s)", (aanmelding_id, actie, reden)
    ).fetchone()
    answer = row[0] if row else None
    return answer if isinstance(answer, dict) else {"status": "onbekend"}
