"""Language lists show names, not codes; 'Taal voor drukwerk' offers handout languages first."""

from __future__ import annotations

from app.inburgeraars.service import InburgeraarService
from app.pdf.texts import available_languages
from tests.conftest import TODAY
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog


def test_languages_by_name_and_handout_languages_first(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    dialog = InburgeraarDialog(inburgeraars, today=TODAY)
    qtbot.addWidget(dialog)
    spoken = dialog.talen[0].taal
    labels = [spoken.itemText(i) for i in range(spoken.count())]
    assert "Tigrinya" in labels and "Arabisch (Levantijns)" in labels
    assert not any(label.endswith(("(ti)", "(apc)", "(ar)")) for label in labels)
    drukwerk = dialog._combo("voorkeurstaal")
    handouts = set(available_languages())
    first = [drukwerk.itemData(i, drukwerk._role) for i in range(len(handouts))]
    assert first[0] == "nl" and set(first) == handouts
    drukwerk.setEditText("Tigrinya")
    assert drukwerk.code() == "ti"
