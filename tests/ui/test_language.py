"""The language of Wegwijs: English loads from the shipped .qm, Dutch counts agree with their
number, and the choice in Beheer is kept per laptop and used from the next start (or the
system language decides when nothing was chosen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui.i18n import (
    SYSTEM,
    choose_language,
    chosen_language,
    effective_language,
    install_language,
    translate,
)
from ui.security.taal_box import TaalBox


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "en", qt_texts=False)
    yield qapp
    install_language(qapp, "nl", qt_texts=False)


def test_english_comes_from_the_shipped_translation(english: QApplication) -> None:
    assert translate("main_window", "&Bestand") == "&File"
    assert translate("main_window", "%n inburgeraars", None, 1) == "1 client"
    assert translate("main_window", "%n inburgeraars", None, 3) == "3 clients"
    assert translate("app", "Vul dit in.") == "Fill this in."  # a sentence made in app/


def test_dutch_counts_agree_with_their_number(qapp: QApplication) -> None:
    install_language(qapp, "nl", qt_texts=False)
    assert translate("main_window", "%n inburgeraars", None, 1) == "1 inburgeraar"
    assert translate("main_window", "%n inburgeraars", None, 0) == "0 inburgeraars"
    assert translate("main_window", "Opgeslagen") == "Opgeslagen"  # Dutch is the source


def test_the_main_window_in_english(
    qtbot, english: QApplication, inburgeraars, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Client"]
    assert window.tabs.tabText(0) == "Clients"
    assert window.search.placeholderText().startswith("Search by name")


def test_the_choice_in_beheer_is_kept_for_the_next_start(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert chosen_language(data_dir) == SYSTEM
    box = TaalBox(data_dir)
    qtbot.addWidget(box)
    assert "volgende keer" in box.note.text()  # it says when the choice applies
    box.combo.setCurrentIndex(box.combo.findData("en"))
    assert chosen_language(data_dir) == "en"
    again = TaalBox(data_dir)
    qtbot.addWidget(again)
    assert again.combo.currentData() == "en"
    assert (data_dir / "taal.ini").exists()
    choose_language(data_dir, SYSTEM)
    assert chosen_language(data_dir) == SYSTEM


def test_without_a_choice_the_system_language_decides() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert effective_language(SYSTEM, english) == "en"
    assert effective_language(SYSTEM, german) == "nl"
    assert effective_language("nl", english) == "nl"
    with pytest.raises(ValueError):
        choose_language(Path("."), "de")
