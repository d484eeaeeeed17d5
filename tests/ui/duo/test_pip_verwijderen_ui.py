"""'Resultaten aan DUO melden' → 'PIP bij DUO verwijderen': refused at the button with the
reason and without asking anything (nothing stored) while DUO has no PIP, has set the termijn or
the deletion is on its way; otherwise the officer is asked, and a yes is listed as verzonden,
then with DUO's answer (bevestigd, or afgewezen with DUO's reason in red)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.duo.resultaten import DuoResultaatService
from app.inburgeraars.service import InburgeraarService
from tests.conftest import valid_form
from tests.support.artifacts import save_grab
from tests.support.duo.dialogs import resultaten_dialog
from tests.support.duo.feiten import pulled_duo_fact


class Officer:
    """Answers "PIP bij DUO verwijderen?" (yes unless a test says no) and keeps the questions."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

    def question(self, _parent: object, _title: str, text: str, *_args: object) -> object:
        self.questions.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def officer(monkeypatch: pytest.MonkeyPatch) -> Officer:
    who = Officer()
    monkeypatch.setattr(QMessageBox, "question", who.question)
    return who


def _pip_registered(inburgeraars: InburgeraarService, cid: str) -> None:
    pulled_duo_fact(
        inburgeraars.store,
        cid,
        "pip_antwoord",
        {"onderwerp_id": "pip-1", "status": "bevestigd"},
        "PIP: door DUO geregistreerd op 02-05-2026 (bron: DUO)",
    )


def test_pip_deletion_is_refused_without_a_registered_pip_then_sent_and_answered(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path, officer: Officer
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    service = DuoResultaatService(inburgeraars.session)
    dialog = resultaten_dialog(qtbot, inburgeraars.session, data_dir, client.id)
    assert dialog.pip_remove.text() == "PIP bij DUO verwijderen"
    dialog.pip_remove.click()
    qtbot.waitUntil(lambda: bool(dialog.pip_error.text()), timeout=5000)
    assert "geen PIP" in dialog.pip_error.text()
    assert officer.questions == []  # refused before anything is asked
    assert service.for_inburgeraar(client.id) == []

    _pip_registered(inburgeraars, client.id)
    dialog.pip_remove.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert dialog.pip_error.text() == ""
    assert len(officer.questions) == 1 and "geen PIP meer" in officer.questions[0]
    assert "PIP bij DUO verwijderen — verzonden, wacht op DUO" in dialog.list.item(0).text()
    (m,) = service.for_inburgeraar(client.id)
    qtbot.waitUntil(lambda: dialog.pip_remove.isEnabled(), timeout=5000)
    dialog.pip_remove.click()  # again while DUO has not answered: refused, nothing asked
    qtbot.waitUntil(lambda: bool(dialog.pip_error.text()), timeout=5000)
    assert "al naar DUO verzonden" in dialog.pip_error.text()
    assert len(officer.questions) == 1 and len(service.for_inburgeraar(client.id)) == 1

    pulled_duo_fact(
        inburgeraars.store,
        client.id,
        "pip_verwijderen_antwoord",
        {"onderwerp_id": m.id, "status": "afgewezen"},
        "PIP verwijderen: afgewezen door DUO: De inburgeringstermijn is al vastgesteld. "
        "(bron: DUO)",
    )
    dialog.refresh()
    item = dialog.list.item(0)
    assert "afgewezen door DUO" in item.text()
    assert "De inburgeringstermijn is al vastgesteld." in item.text()
    assert item.foreground().color().name() == "#a4262c"
    dialog.show()
    save_grab(dialog, "duo-resultaten-pip-verwijderen.png")


def test_pip_deletion_is_refused_once_duo_set_the_termijn(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path, officer: Officer
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    _pip_registered(inburgeraars, client.id)
    pulled_duo_fact(
        inburgeraars.store,
        client.id,
        "termijn",
        {"laatste_dag": "2028-03-01"},
        "Inburgeringstermijn tot 01-03-2028 (bron: DUO)",
    )
    dialog = resultaten_dialog(qtbot, inburgeraars.session, data_dir, client.id)
    dialog.pip_remove.click()
    qtbot.waitUntil(lambda: bool(dialog.pip_error.text()), timeout=5000)
    assert "inburgeringstermijn al vastgesteld" in dialog.pip_error.text()
    assert officer.questions == []  # the reason, and no question box
    assert dialog.list.count() == 0
    assert DuoResultaatService(inburgeraars.session).for_inburgeraar(client.id) == []


def test_no_to_the_question_sends_nothing(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path, officer: Officer
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    _pip_registered(inburgeraars, client.id)
    officer.answer = QMessageBox.StandardButton.No
    dialog = resultaten_dialog(qtbot, inburgeraars.session, data_dir, client.id)
    dialog.pip_remove.click()
    qtbot.waitUntil(lambda: bool(officer.questions), timeout=5000)
    assert "geen PIP meer" in officer.questions[-1]
    qtbot.waitUntil(lambda: dialog.pip_remove.isEnabled(), timeout=5000)
    assert dialog.list.count() == 0 and dialog.pip_error.text() == ""
    assert DuoResultaatService(inburgeraars.session).for_inburgeraar(client.id) == []
