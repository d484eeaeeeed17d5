"""Auto-lock's cost on everything else: opening the intake window (300 answers) with one main
window and after six were opened (each main window has its own auto-lock). The lock must not add
a Python call per event, nor one per main window ever created (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.intake.service import IntakeService
from tests.bench.test_intake_bench import big_definition, p95, value_for
from tests.conftest import TODAY, valid_form
from ui.intake.window import IntakeWindow
from ui.main_window import MainWindow

pytestmark = pytest.mark.bench


@pytest.mark.parametrize("main_windows", [1, 6])
def test_open_intake_with_main_windows(  # type: ignore[no-untyped-def]
    benchmark, qtbot, inburgeraars: InburgeraarService, data_dir: Path, main_windows: int
) -> None:
    inburgeraar_id = inburgeraars.save(valid_form(), TODAY).id
    definition = big_definition()
    service = IntakeService(inburgeraars.session, definition, today=TODAY)
    for n, qid in enumerate(definition.question_ids()):
        question = definition.question(qid)
        assert question is not None
        service.save_answer(inburgeraar_id, qid, value_for(question.type, n))
    for _ in range(main_windows):
        main = MainWindow(inburgeraars.session, data_dir)
        qtbot.addWidget(main)
        main.show()
        assert main.security is not None  # auto-lock installed

    windows: list[IntakeWindow] = []

    def open_intake() -> None:
        window = IntakeWindow(
            IntakeService(inburgeraars.session, definition, today=TODAY), inburgeraar_id
        )
        window.show()
        windows.append(window)

    benchmark.pedantic(open_intake, rounds=12, iterations=1, warmup_rounds=1)
    for window in windows:
        qtbot.addWidget(window)
    benchmark.extra_info["p95_ms"] = round(p95(benchmark.stats.stats.data) * 1000, 2)
    assert p95(benchmark.stats.stats.data) <= 0.150
