"""The register status follows the intake: aangemeld → intake, never backwards, with audit."""

from __future__ import annotations

import pytest

from app.inburgeraars.service import InburgeraarService
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from tests.conftest import TODAY, valid_form


def _audit_actions(inburgeraars: InburgeraarService, inburgeraar_id: str) -> list[str]:
    rows = inburgeraars.store.conn.execute(
        "SELECT actie FROM audit_regel WHERE object_id = ? ORDER BY volgnummer", (inburgeraar_id,)
    ).fetchall()
    return [str(r[0]) for r in rows]


def _status(inburgeraars: InburgeraarService, inburgeraar_id: str) -> str:
    inburgeraar = inburgeraars.get(inburgeraar_id)
    assert inburgeraar is not None
    return inburgeraar.status


@pytest.fixture
def cid(inburgeraars: InburgeraarService) -> str:
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    assert inburgeraar.id and inburgeraar.status == "aangemeld"
    return inburgeraar.id


def test_opening_the_intake_moves_aangemeld_to_intake(
    inburgeraars: InburgeraarService, cid: str
) -> None:
    IntakeService(inburgeraars.session, today=TODAY).mark_open(cid)
    assert _status(inburgeraars, cid) == "intake"
    assert _audit_actions(inburgeraars, cid).count("status intake") == 1


def test_first_answer_or_gesprek_also_starts_it(inburgeraars: InburgeraarService, cid: str) -> None:
    intake = IntakeService(inburgeraars.session, today=TODAY)
    GesprekService(intake, today=TODAY).add_gesprek(cid, {"datum": "20-11-2026", "plaats": "azc"})
    assert _status(inburgeraars, cid) == "intake"
    intake.save_answers(cid, {})
    assert _audit_actions(inburgeraars, cid).count("status intake") == 1  # once, not per write


def test_closing_leaves_intake_and_never_moves_backwards(
    inburgeraars: InburgeraarService, cid: str
) -> None:
    intake = IntakeService(inburgeraars.session, today=TODAY)
    intake.mark_open(cid)
    intake.close(cid, "Afgerond met de inburgeraar besproken, rest volgt later.")
    assert _status(inburgeraars, cid) == "intake"
    inburgeraars.advance_status(cid, "pip_vastgesteld")
    intake.mark_open(cid)
    intake.reopen(cid)
    assert _status(inburgeraars, cid) == "pip_vastgesteld"
    assert not inburgeraars.advance_status(cid, "aangemeld")
    assert _status(inburgeraars, cid) == "pip_vastgesteld"


def test_unknown_status_is_refused(inburgeraars: InburgeraarService, cid: str) -> None:
    with pytest.raises(ValueError):
        inburgeraars.advance_status(cid, "klaar")
    assert _status(inburgeraars, cid) == "aangemeld"
