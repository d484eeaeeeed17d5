"""Every window and dialog fits a 1366×768 laptop at 100 % and a 1920×1080 screen at 150 %, with
no text cut off (see tests/ui/screen_walk.py for what is checked). Each screen is its own Qt
process, because Qt picks its screen once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1366x768-100": {"width": 1366, "height": 768, "logicalDpi": 96},
    "1920x1080-150": {"width": 1920, "height": 1080, "logicalDpi": 144},
}


def walk(tmp_path: Path, name: str) -> dict[str, object]:
    config = tmp_path / "screen.json"
    screen = {"name": name, "x": 0, "y": 0, "logicalBaseDpi": 96, "dpr": 1, **SCREENS[name]}
    config.write_text(json.dumps({"screens": [screen]}), "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env.pop("WEGWIJS_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_walk", str(tmp_path / "shots")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_window_fits_and_no_text_is_cut_off(tmp_path: Path, name: str) -> None:
    result = walk(tmp_path, name)
    assert result["problems"] == []
    assert result["unnamed"] == [], "every focusable widget needs a name for a screen reader"
    shots = result["shots"]
    assert isinstance(shots, list) and len(shots) >= 15
    assert all((tmp_path / "shots" / s).stat().st_size > 2000 for s in shots)


def test_the_check_sees_cut_off_text_and_a_window_too_large(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

    from tests.ui.screen_walk import problems_in

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Een lange uitleg die niet in dit smalle venster past"))
    layout.addWidget(QCheckBox("Een lang vinkje dat ook niet past"))
    window.setFixedWidth(120)
    window.show()
    found = problems_in(window, "proef")
    assert any("QLabel" in p and "past niet" in p for p in found)
    assert any("QCheckBox" in p for p in found)
    screen = window.screen().availableGeometry()
    window.setFixedSize(screen.width() + 50, 200)
    assert any("groter dan het scherm" in p for p in problems_in(window, "proef"))


def test_the_check_sees_a_field_without_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

    from tests.ui.screen_walk import unnamed_in
    from ui.accessible import name_form_fields

    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    loose = QLineEdit()
    form.addRow(loose)  # no label: nothing tells a screen reader what this field is
    labelled = QLineEdit()
    form.addRow("&Postcode *", labelled)
    window.show()
    found = unnamed_in(window, "proef")
    assert len(found) == 1 and "QLineEdit" in found[0]
    loose.setAccessibleName("Opmerking")
    name_form_fields(window)
    assert unnamed_in(window, "proef") == []
    assert labelled.accessibleName() == "Postcode"


def test_table_models_answer_the_accessible_text_role(qtbot, inburgeraars, data_dir) -> None:  # type: ignore[no-untyped-def]
    """A screen reader asks AccessibleTextRole; the overdue colour is also said in words."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    from app.demo import seed_all
    from ui.main_window import MainWindow

    seed_all(inburgeraars.session)
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    views = [v for v in window.findChildren(QAbstractItemView) if v.model() is not None]
    checked = 0
    for view in views:
        model = view.model()
        if not type(model).__module__.startswith("ui."):
            continue  # Qt's own item-widget models; Qt reads their text itself
        if model.rowCount() == 0 or model.columnCount() == 0:
            continue
        index = model.index(0, 0)
        shown = model.data(index, Qt.ItemDataRole.DisplayRole)
        if shown is None:
            continue
        said = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
        assert said and str(shown) in str(said), type(model).__name__
        checked += 1
    assert checked >= 3
    from datetime import date

    from app.deadlines.service import OverzichtRij
    from ui.pip.termijnen import TermijnenModel

    termijnen = TermijnenModel()
    late = OverzichtRij("x", "Reem Aziz", "0294", "", "pip", date(2026, 11, 20), -11, "")
    termijnen.rows = [late]
    said = termijnen.data(termijnen.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert said == "20-11-2026, te laat"
