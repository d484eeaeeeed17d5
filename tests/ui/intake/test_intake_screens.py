"""Render the intake window, its panels and the summary to PNG (tests/artifacts/)."""

from __future__ import annotations

from app.demo import seed_all
from app.inburgeraars.service import InburgeraarService
from app.intake.service import IntakeService
from tests.ui.test_screens import save
from tests.ui.visible import assert_shows, usable_button
from ui.intake.summary import SummaryDialog
from ui.intake.window import IntakeWindow


def demo_intakes(inburgeraars: InburgeraarService) -> tuple[IntakeService, str, str]:
    seed_all(inburgeraars.session)
    service = IntakeService(inburgeraars.session)
    rows = service.repo.overview()
    busy = next(r["inburgeraar_id"] for r in rows if r["status"] == "open")
    done = next(r["inburgeraar_id"] for r in rows if r["status"] == "afgerond")
    return service, busy, done


def test_intake_window_renders(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    service, busy, _done = demo_intakes(inburgeraars)
    window = IntakeWindow(service, busy)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.go_to("gezin")
    image = save(window, "intake-window")
    assert image.width() == 1280
    # the page heading and its questions, what is still needed, the way on
    missing = len(service.assessment(busy).missing)  # follows the demo data, not a fixed count
    assert missing > 0
    assert_shows(window, "<h2>Gezin</h2>", "Partner *", "Heeft kinderen *", f"Nog {missing} nodig")
    assert_shows(window, "Elk antwoord wordt direct opgeslagen.")
    usable_button(window, "Volgende")
    usable_button(window, "Samenvatting")
    window.side.setCurrentWidget(window.gesprekken_panel)
    save(window, "intake-gesprekken")
    assert_shows(window.gesprekken_panel, "Datum", "Sleutelpersoon", "Rollen", "Vertaler")
    usable_button(window.gesprekken_panel, "Gesprek")


def test_intake_summary_renders(qtbot, inburgeraars: InburgeraarService) -> None:  # type: ignore[no-untyped-def]
    service, _busy, done = demo_intakes(inburgeraars)
    dialog = SummaryDialog(service, done)
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog, "intake-summary")
    assert "Leerbaarheidstoets" in dialog.browser.toPlainText()
