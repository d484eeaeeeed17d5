"""From a vastgesteld PIP that reached the server by the sync to the meldingen for DUO.

The PIP message is built from the dossier's synced fields with the app's own DUO check
(app/pip/duo_check), so the server sends exactly what the laptop checked when it was signed.
A finished PVT or MAP recorded in the PIP goes out as DUO's PVT / MAP result (once per dossier
and date). A PIP that fails DUO's rules here is recorded as not sent, with the reasons.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from psycopg import AsyncConnection

from app import reference
from app.duo import meldingen
from app.duo.meldingen import Melding, MeldingError
from app.duo.messages.outgoing import ResultaatMap, ResultaatPvt
from app.pip import duo_check
from app.pip.codec import inhoud_from_dict
from app.pip.model import PipInhoud
from db.server import duo_queue
from db.server.duo_queue import ServerPip


def _date(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _inhoud(sp: ServerPip) -> PipInhoud:
    raw = sp.pip.get("inhoud")
    data = json.loads(raw) if isinstance(raw, str) else raw
    return inhoud_from_dict(data if isinstance(data, dict) else {})


def duo_input(sp: ServerPip, inhoud: PipInhoud) -> duo_check.DuoInput:
    inburgeraar = sp.inburgeraar
    versie = int(sp.pip.get("versie") or 0)
    earlier = sorted(
        (int(e.get("versie") or 0), _date(e.get("dagtekening")))
        for e in sp.eerdere
        if int(e.get("versie") or 0) < versie
    )
    elders = _date(inburgeraar.get("dagtekening_pip_elders"))
    known = [d for d in (elders, earlier[0][1] if earlier else None) if d is not None]
    r = inhoud.route
    return duo_check.DuoInput(
        dagtekening=_date(sp.pip.get("dagtekening")),
        leerroute=r.leerroute,
        niveau=r.niveau,
        intensiteit=r.intensiteit_uren,
        mag_opleiding_afmaken=r.mag_opleiding_afmaken,
        alfabetisering=r.alfabetisering,
        asielstatushouder=reference.is_asielstatushouder(str(inburgeraar.get("doelgroep") or "")),
        eerste_pip=not earlier and elders is None,
        start_plicht=_date(inburgeraar.get("datum_start_plicht")),
        vestiging=_date(inburgeraar.get("datum_vestiging")),
        eerste_dagtekening=min(known) if known else None,
        huidige_dagtekening=earlier[-1][1] if earlier else elders,
        gemeentecode=sp.gemeentecode,
        bsn=str(inburgeraar.get("bsn") or ""),
    )


def meldingen_for(sp: ServerPip) -> list[tuple[str, Melding]]:
    """(onderwerp_id, melding) for this PIP; MeldingError when it cannot go to DUO."""
    inhoud = _inhoud(sp)
    data = duo_input(sp, inhoud)
    if not data.bsn:
        raise MeldingError(["Zonder BSN kan de PIP niet naar DUO."])
    out = [(sp.pip_id, meldingen.pip(data.bsn, meldingen.pip_from_check(data)))]
    if inhoud.pvt.afgerond and inhoud.pvt.datum_ondertekening:
        d = inhoud.pvt.datum_ondertekening
        out.append((f"{sp.dossier_id}:{d}", meldingen.pvt_resultaat(data.bsn, ResultaatPvt(d))))
    if inhoud.map.afgerond and inhoud.map.datum_eindgesprek:
        d = inhoud.map.datum_eindgesprek
        out.append((f"{sp.dossier_id}:{d}", meldingen.map_resultaat(data.bsn, ResultaatMap(d))))
    return out


async def enqueue_new_pips(conn: AsyncConnection[Any], limit: int = 100) -> int:
    """Queue the meldingen of vastgestelde PIPs not yet queued; returns how many PIPs."""
    async with conn.transaction():
        found = await duo_queue.pips_to_send(conn, limit)
        for sp in found:
            try:
                planned = meldingen_for(sp)
            except MeldingError as exc:
                reden = "Niet naar DUO: " + "; ".join(exc.problems)
                bericht_id = await duo_queue.refuse_unsent(
                    conn,
                    gemeentecode=sp.gemeentecode,
                    soort="pip",
                    dossier_id=sp.dossier_id,
                    onderwerp_id=sp.pip_id,
                    reden=reden,
                )
                await duo_queue.add_feit(
                    conn,
                    gemeentecode=sp.gemeentecode,
                    dossier_id=sp.dossier_id,
                    bsn=None,
                    soort="pip_antwoord",
                    gegevens={"onderwerp_id": sp.pip_id, "status": "fout"},
                    omschrijving=f"PIP niet naar DUO verzonden. {reden}",
                    bericht_id=bericht_id,
                )
                continue
            for onderwerp, m in planned:
                await duo_queue.enqueue(
                    conn,
                    gemeentecode=sp.gemeentecode,
                    soort=m.soort,
                    methode=m.method,
                    pad=m.path,
                    inhoud=m.body,
                    dossier_id=sp.dossier_id,
                    onderwerp_id=onderwerp,
                )
        return len(found)
