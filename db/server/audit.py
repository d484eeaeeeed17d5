"""Server-side audit report: per device, how far its trail reached the server and what the
checks on arrival found (SQL; run as the database owner)."""

from __future__ import annotations

from typing import Any


def report(conn: Any) -> list[dict[str, Any]]:
    devices = conn.execute(
        "SELECT apparaat, officer, laatste_nummer, bijgewerkt_op FROM wegwijs.audit_apparaat"
        " ORDER BY officer, apparaat"
    ).fetchall()
    out = []
    for apparaat, officer, nummer, stamp in devices:
        findings = [
            {"volgnummer": int(n), "soort": str(s), "uitleg": str(u)}
            for n, s, u in conn.execute(
                "SELECT volgnummer, soort, uitleg FROM wegwijs.audit_bevinding"
                " WHERE apparaat = %s ORDER BY id",
                (apparaat,),
            )
        ]
        # the stored lines themselves: each must point at the one before it
        breaks = conn.execute(
            "SELECT volgnummer FROM (SELECT volgnummer, vorige_hash,"
            " lag(hash) OVER (ORDER BY volgnummer) AS vorige,"
            " lag(volgnummer) OVER (ORDER BY volgnummer) AS vorig_nr"
            " FROM wegwijs.audit_regel WHERE apparaat = %s) s"
            " WHERE vorig_nr IS NOT NULL AND vorig_nr = volgnummer - 1"
            " AND vorige_hash <> vorige",
            (apparaat,),
        ).fetchall()
        for (n,) in breaks:
            if not any(f["volgnummer"] == int(n) for f in findings):
                findings.append(
                    {"volgnummer": int(n), "soort": "keten_breuk", "uitleg": "opgeslagen keten"}
                )
        out.append(
            {
                "apparaat": str(apparaat),
                "account": str(officer),
                "regels_ontvangen": int(nummer),
                "laatst_bijgewerkt": stamp.isoformat(),
                "ok": not findings,
                "bevindingen": findings,
            }
        )
    return out
