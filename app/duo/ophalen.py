"""On the laptop: "Gegevens DUO ophalen" — DUO's current facts next to the dossier's, and taking
DUO's values over per field.

The laptop never talks to DUO. It asks the regional server (server migration 0104): a request
row the DUO gateway answers within a second or two; the laptop polls for the answer until its
timeout, then withdraws the request. No server, no connection, DUO down, DUO not knowing the
person: `DuoOphalenError` with a Dutch sentence, and nothing changed.

Taking a value over writes the dossier field (or the intake's LBT answers) and one local DUO fact
("overgenomen", bron: DUO) that the normal sync takes to the server and every laptop, so the
dossier's DUO history shows who took which value from DUO.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.duo.gegevens import DuoGegevens
from app.duo.vergelijking import Regel, score, vergelijk
from app.errors import TemplatedError
from app.intake.values import coerce
from app.security.audit import audit
from app.security.roles import Permission, require
from db import duo_feit
from db.records import now_utc, update_row

if TYPE_CHECKING:
    from app.inburgeraars.model import Inburgeraar
    from app.session import Session

POLL_SECONDS = 0.2
DEFAULT_TIMEOUT = 30.0
NIETS = "Er is niets veranderd."


class DuoOphalenError(TemplatedError):
    """Ophalen or overnemen failed; a complete Dutch sentence (a template with its values, for
    the translators)."""


@dataclass(frozen=True)
class Ophaling:
    inburgeraar_id: str
    version: int  # the dossier's version the comparison was made against
    gegevens: DuoGegevens
    regels: tuple[Regel, ...]
    opgehaald_op: str


# --- the service ----------------------------------------------------------------------------


def _connect(session: Session) -> Any:
    # the sync's own connection (its checks: set up, wrapped password, verify-full TLS)
    from app.server import sync as sync_client

    try:
        conn, _cfg = sync_client.connect(session)
    except sync_client.SyncError as exc:
        raise DuoOphalenError(
            "Gegevens DUO ophalen kan alleen met verbinding met de regionale server. {reden} "
            + NIETS,
            reden=exc,
        ) from None
    return conn


class DuoOphalenService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    def _inburgeraar(self, inburgeraar_id: str) -> Inburgeraar:
        inburgeraar = self.session.inburgeraars.lookup(inburgeraar_id)
        if inburgeraar is None:
            raise DuoOphalenError("Deze inburgeraar bestaat niet (meer). " + NIETS)
        return inburgeraar

    def ophalen(
        self,
        inburgeraar_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        progress: Callable[[str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Ophaling:
        """Ask DUO through the regional server; waits up to *timeout* seconds."""
        require(self.session, Permission.DOSSIER_LEZEN)
        inburgeraar = self._inburgeraar(inburgeraar_id)
        if not inburgeraar.bsn:
            raise DuoOphalenError("Zonder BSN kan Wegwijs niets bij DUO opvragen. " + NIETS)
        from db.server import raadpleging_remote as remote

        say = progress or (lambda _text: None)
        say("Verbinden met de regionale server…")
        conn = _connect(self.session)
        try:
            request_id = remote.ask(conn, inburgeraar_id)
            if request_id is None:
                raise DuoOphalenError(
                    "De regionale server kent dit dossier nog niet met een BSN: synchroniseer "
                    "eerst. " + NIETS
                )
            say("Wachten op het antwoord van DUO…")
            deadline = time.monotonic() + timeout
            answer = None
            while answer is None:
                if (cancelled and cancelled()) or time.monotonic() > deadline:
                    remote.withdraw(conn, request_id)
                    if cancelled and cancelled():
                        raise DuoOphalenError("Ophalen afgebroken. " + NIETS)
                    raise DuoOphalenError(
                        "Geen antwoord van DUO binnen {seconden} seconden (draait de "
                        "DUO-koppeling op de server?). " + NIETS,
                        seconden=int(timeout),
                    )
                time.sleep(POLL_SECONDS)
                answer = remote.answer(conn, request_id)
        except DuoOphalenError:
            raise
        except Exception:
            raise DuoOphalenError(
                "De verbinding met de regionale server viel weg. " + NIETS
            ) from None
        finally:
            conn.close()
        status, body, reden = answer
        if status != "beantwoord":
            if reden:  # DUO's own words (or the gateway's), shown as they are
                raise DuoOphalenError("{reden} " + NIETS, reden=reden)
            raise DuoOphalenError("DUO gaf geen antwoord. " + NIETS)
        gegevens = DuoGegevens.from_json(body)
        audit(self.session, "opgehaald (DUO)", "inburgeraar", inburgeraar_id)
        return Ophaling(
            inburgeraar_id,
            inburgeraar.version,
            gegevens,
            tuple(self.regels(inburgeraar, gegevens)),
            now_utc(),
        )

    def regels(self, inburgeraar: Inburgeraar, gegevens: DuoGegevens) -> list[Regel]:
        assert inburgeraar.id is not None
        answers = self.session.intake.stored_answers(inburgeraar.id)
        termijn_einde = None
        for t in self.session.termijnen.for_inburgeraar(inburgeraar.id):
            if t.soort == "inburgeringstermijn":
                termijn_einde = t.datum
        verlengingen = [
            f"{int(v['dagen']) // 7} weken: {v['reden']}"
            for v in self.session.termijnen.repo.duo_verlengingen(inburgeraar.id)
        ]
        return vergelijk(inburgeraar, gegevens, answers, termijn_einde, verlengingen)

    def overnemen(self, ophaling: Ophaling, velden: Sequence[str]) -> list[str]:
        """Take DUO's values of *velden* into the dossier; returns the labels taken over.

        Refused (nothing changed) when the dossier changed since the comparison was made."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        wanted = [r for r in ophaling.regels if r.veld in set(velden) and r.overneembaar]
        if not wanted:
            raise DuoOphalenError("Kies minstens één gegeven van DUO om over te nemen.")
        g = ophaling.gegevens
        changes: dict[str, Any] = {}
        lbt: dict[str, object] = {}
        for r in wanted:
            if r.veld == "datum_start_plicht" and g.plicht and g.plicht.begindatum:
                changes[r.veld] = g.plicht.begindatum.isoformat()
            elif r.veld == "datum_melding_duo" and g.plicht and g.plicht.datum_kennisgeving:
                changes[r.veld] = g.plicht.datum_kennisgeving.isoformat()
            elif r.veld == "doelgroep" and g.doelgroep and g.doelgroep.gedetailleerd:
                changes[r.veld] = g.doelgroep.gedetailleerd
            elif r.veld == "indeling" and g.doelgroep and g.doelgroep.indeling:
                changes[r.veld] = g.doelgroep.indeling.value
            elif r.veld == "asielrechten" and g.doelgroep:
                changes[r.veld] = g.doelgroep.asielrechten_wijziging or ""
            elif r.veld == "lbt" and g.laatste_lbt is not None:
                last = g.laatste_lbt
                lbt = {
                    "lbt.afgenomen": "ja",
                    "lbt.resultaat": last.resultaat,
                    "lbt.score_behaald": score(last.behaalde_score),
                    "lbt.score_benodigd": score(last.benodigde_score),
                    "lbt.datum": last.datum_afname.isoformat(),
                }
        lines = [f"{r.label}: {r.dossier} → {r.duo}" for r in wanted]

        def write(_intake_id: str | None = None) -> None:
            conn = self.store.conn
            current = self.session.inburgeraars.lookup(ophaling.inburgeraar_id)
            if (
                current is None
                or current.version != ophaling.version
                or (
                    changes
                    and not update_row(
                        conn, "inburgeraar", current.id or "", changes, ophaling.version
                    )
                )
            ):
                raise DuoOphalenError(
                    "Het dossier is intussen gewijzigd. Haal de gegevens van DUO opnieuw op. "
                    + NIETS
                )
            if lbt:
                audit(self.session, "gewijzigd (DUO)", "intake", ophaling.inburgeraar_id)
                self.session.inburgeraars.advance_status(ophaling.inburgeraar_id, "intake")
            duo_feit.add_local(
                conn,
                ophaling.inburgeraar_id,
                "overgenomen",
                {"velden": [r.veld for r in wanted], "opgehaald_op": ophaling.opgehaald_op},
                "Overgenomen van DUO: " + "; ".join(lines) + " (bron: DUO)",
            )
            audit(self.session, "overgenomen (DUO)", "inburgeraar", ophaling.inburgeraar_id)

        if lbt:  # the intake's answers and the dossier in one transaction
            intake = self.session.intake
            items = []
            for qid, value in lbt.items():
                question = intake.definition.question(qid)
                assert question is not None, qid
                items.append((qid, coerce(question, value)))
            intake.repo.save_answers(
                ophaling.inburgeraar_id, items, intake.definition.version, write
            )
        else:
            with self.store.transaction():
                write()
        if changes:  # the start of the plicht moves the deadlines
            self.session.termijnen.refresh(ophaling.inburgeraar_id)
        return [r.label for r in wanted]
