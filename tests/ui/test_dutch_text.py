"""Small things an officer notices: counts in Dutch, the tab that holds a wrong field, an old
message that goes as soon as the field is changed, closing an intake asks only for the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from app.inburgeraars.service import InburgeraarService, ListFilter
from app.intake.service import IntakeService
from tests.conftest import TODAY, valid_form
from ui.i18n import translate
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
from ui.intake.summary import CloseDialog
from ui.plural import aantal, plural_suffix


def test_counts_agree_with_their_number(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert aantal(1, "dossier", "dossiers") == "1 dossier"
    assert aantal(0, "dossier", "dossiers") == "0 dossiers"
    box = QSpinBox()
    qtbot.addWidget(box)
    box.setValue(2)
    plural_suffix(box, lambda n: translate("pip.deadlines_panel", " weken", None, n))
    assert box.text() == "2 weken"
    box.setValue(1)
    assert box.text() == "1 week"


def test_wrong_fields_mark_their_tabs_and_clear_when_changed(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    dialog = InburgeraarDialog(inburgeraars, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[0].startswith("Persoon – ") and titles[0].endswith("te verbeteren")
    assert titles[1].startswith("Inburgering – ")
    assert "Persoon:" in dialog.message.text() and "Inburgering:" in dialog.message.text()
    voornamen = dialog.fields["voornamen"]
    assert voornamen.error.isVisibleTo(dialog)
    qtbot.keyClicks(dialog._line("voornamen"), "Yonas")
    assert not voornamen.error.isVisibleTo(dialog)


def test_closing_an_incomplete_intake_asks_for_the_reason(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    dialog = CloseDialog(IntakeService(inburgeraars.session, today=TODAY), str(inburgeraar.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    assert dialog.error.text() == "Schrijf waarom u de intake toch afrondt."
    assert dialog.isVisible()


def test_scores_use_a_decimal_comma(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    from app.demo import seed_all
    from app.matching.service import MatchService
    from ui.plural import getal
    from ui.sleutelpersonen.match_panel import MatchDialog

    assert getal(21.5) == "21,5" and getal(18, sign=True) == "+18,0"
    seed_all(inburgeraars.session)
    inburgeraar_id = inburgeraars.page(ListFilter(), 0, 1)[0].id
    dialog = MatchDialog(MatchService(inburgeraars.session), inburgeraar_id, "", None)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.table.model()
    assert model.rowCount() > 0
    shown = model.data(model.index(0, 2))
    assert "," in shown and "." not in shown
    dialog.table.selectRow(0)
    assert shown in dialog.details.toPlainText()
    assert ".0" not in dialog.details.toPlainText()
