"""Auto-lock, Ctrl+L, the Beheer tab, the unlock dialog's restore offer and single instance:
real widgets driven with qtbot; screens rendered to tests/artifacts/."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from app.inburgeraars.service import InburgeraarService
from app.security import audit, backup
from app.security.roles import Role
from app.store import StoreLocation, create_store
from tests.conftest import PASSPHRASE, TEST_KDF, TODAY, finish, valid_form
from tests.support.security import act_as
from tests.ui.test_screens import save
from ui import security as security_ui
from ui.application import instance_lock
from ui.main_window import MainWindow
from ui.security.lock import AutoLock, IdleDetector
from ui.unlock_dialog import UnlockDialog


@pytest.fixture
def window(qtbot, inburgeraars: InburgeraarService, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    inburgeraars.save(valid_form(), TODAY)
    win = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(win)
    win.resize(1100, 650)
    win.show()
    win.table.selectRow(0)
    return win


def test_a_new_window_does_not_lock_for_input_older_than_itself(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The application's idle detector may have seen its last input long before this window
    (a long test run, a second sign-in): a new window counts from its own start. Before, it
    locked on its first event-loop pass after ~5 minutes of earlier tests, which is what made
    Ctrl+L over a dialog and the PIP action from Termijnen fail in one pytest process."""
    from ui.security.lock import IdleDetector

    detector = IdleDetector.of(QApplication.instance())
    monkeypatch.setattr(detector, "idle_ms", lambda: 60 * 60_000)  # an hour without input
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(100)
    assert window.security is not None
    lock = window.security.autolock
    assert not lock.locked and window.new_action.isEnabled()
    lock.set_limit_ms(50)  # its own idle time still locks it
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)


def test_ctrl_l_covers_everything_and_keeps_unsaved_typing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.detail.inburgeraar is not None
    dialog = window.edit_inburgeraar()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    typed = "nog niet opgeslagen"
    editors = [w for w in dialog.findChildren(type(window.search)) if w.isVisible()]
    editors[0].setText(typed)
    security = window.security
    assert security is not None
    # Ctrl+L pressed while typing in the open dialog (through its window, as the OS delivers it)
    editors[0].setFocus()
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = security.autolock
    assert lock.locked and lock.screen.isVisible()
    assert not dialog.isVisible()  # hidden, not closed
    assert not window.new_action.isEnabled() and not window.menuBar().isEnabled()
    save(window, "vergrendeld")
    assert lock.screen.geometry() == window.rect()
    # every point of the window shows the cover, nothing of the register behind it
    for x in range(5, window.width(), 97):
        for y in range(5, window.height(), 61):
            hit = window.childAt(x, y)
            assert hit is lock.screen or lock.screen.isAncestorOf(hit), (x, y)
    qtbot.keyClicks(lock.screen.password, "helemaal fout")
    lock.screen.submit()
    qtbot.waitUntil(lambda: "klopt niet" in lock.screen.message.text(), timeout=10000)
    assert lock.locked
    # which account is locked stays in view after the wrong password
    assert lock.screen.account.isVisible() and lock.screen.naam in lock.screen.account.text()
    assert lock.screen.naam in lock.screen.message.text()
    lock.screen.password.clear()
    qtbot.keyClicks(lock.screen.password, PASSPHRASE)
    with qtbot.waitSignal(lock.locked_changed, timeout=10000):
        qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    assert not lock.locked and dialog.isVisible()
    assert editors[0].text() == typed  # nothing the officer typed is lost
    assert window.new_action.isEnabled()
    dialog.reject()


def test_idle_time_locks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.security is not None and window.security.admin_view is not None
    lock = window.security.autolock
    assert lock.limit_ms == 5 * 60_000  # the default: 5 minutes
    view = window.security.admin_view
    view.autolock.setValue(12)
    view.save_settings()
    assert lock.limit_ms == 12 * 60_000
    assert view.settings().autolock_minuten == 12
    lock.set_limit_ms(50)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)


def test_input_in_a_dialog_keeps_the_window_unlocked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.security is not None
    lock = window.security.autolock
    dialog = window.edit_inburgeraar()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    handle = dialog.windowHandle()
    # the dialog's window is watched from its first focus, or within a second of showing
    qtbot.waitUntil(lambda: bool(handle.property("wegwijs_idle_detector")), timeout=3000)
    qtbot.keyClick(handle, Qt.Key.Key_A)
    lock.set_limit_ms(400)
    # typing and moving the mouse in the dialog for longer than the idle time
    for i in range(8):
        qtbot.wait(100)
        if i % 2:
            qtbot.keyClick(handle, Qt.Key.Key_A)
        else:
            qtbot.mouseMove(handle, QPoint(20 + i, 30))
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)  # then idle: locked
    assert not dialog.isVisible()
    dialog.reject()


def test_one_idle_detector_however_many_main_windows(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    assert window.security is not None
    app = QApplication.instance()
    detectors = app.findChildren(IdleDetector)
    assert len(detectors) == 1
    filters_before = _filter_calls(qtbot, window)
    more = []
    for _ in range(3):
        other = MainWindow(window.session, data_dir)
        qtbot.addWidget(other)
        other.show()
        qtbot.waitExposed(other)
        more.append(other)
    assert app.findChildren(IdleDetector) == detectors
    # a few window-level events per repaint (update, expose), not one per widget's event
    assert filters_before <= 5 * 20
    # four main windows, four auto-locks: still one detector's calls, not four times as many
    assert _filter_calls(qtbot, window) <= filters_before * 1.5 + 5
    # Ctrl+L in the second window locks that window only
    other = more[0]
    assert other.security is not None
    other.activateWindow()
    QTest.keyClick(other.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert other.security.autolock.locked
    assert not window.security.autolock.locked


def _filter_calls(qtbot, window: MainWindow) -> int:  # type: ignore[no-untyped-def]
    """How often the Python event filters of the lock run while the list repaints 20 times:
    an application-wide filter would see every paint event of every widget."""
    app = QApplication.instance()
    filters = [*app.findChildren(IdleDetector), *app.findChildren(AutoLock)]
    filters += [w.security.autolock for w in app.topLevelWidgets() if getattr(w, "security", None)]
    calls = 0

    def counting(original):  # type: ignore[no-untyped-def]
        def count(watched, event):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            return original(watched, event)

        return count

    for item in filters:
        item.eventFilter = counting(item.eventFilter)
    try:
        # first let the windows' own pending events (expose, layout) pass: until 100 ms go by
        # without a call (a fixed wait was too short under load: other windows' events counted)
        settled, rounds = 0, 0
        while settled < 2 and rounds < 100:  # at most 5 s
            before, rounds = calls, rounds + 1
            qtbot.wait(50)
            settled = settled + 1 if calls == before else 0
        calls = 0
        for _ in range(20):
            window.table.viewport().repaint()
            window.search.repaint()
    finally:
        for item in filters:
            del item.eventFilter
    return calls


def test_beheer_tab_verifies_audit_and_deletes_due_dossiers(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    assert window.security is not None and window.security.admin_view is not None
    view = window.security.admin_view
    window.tabs.setCurrentWidget(view)
    findings, _count = finish(qtbot, view.verify_audit())
    assert findings == []
    assert "In orde" in view.audit_result.text()
    save(window, "beheer")
    store = window.session
    store.store.conn.execute("DROP TRIGGER audit_regel_geen_wijziging")
    store.store.conn.execute("UPDATE audit_regel SET actie = 'x' WHERE volgnummer = 2")
    finish(qtbot, view.verify_audit())
    assert [f.volgnummer for f in view.findings] == [2]
    assert "GESCHONDEN" in view.audit_result.text() and "Regel 2" in view.audit_result.text()


def test_retention_in_beheer_tab(qtbot, inburgeraars: InburgeraarService, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ui.security.admin_view import AdminView

    form = valid_form(bsn="", v_nummer="", datum_start_plicht="01-01-2022")
    cid = inburgeraars.save(form, TODAY).id
    view = AdminView(inburgeraars.session, data_dir, today=date(2030, 6, 1))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.retention_loaded, timeout=10_000):  # built off the GUI thread
        view.show()  # when the tab is first shown
    assert view.retention_model.rowCount() == 1
    view.retention_table.selectRow(0)
    with qtbot.waitSignal(view.retention_loaded, timeout=10_000) as loaded:
        assert finish(qtbot, view.delete_selected(confirm=False)) == 1
    assert loaded.args == [0]
    assert inburgeraars.total() == 0 and view.retention_model.rowCount() == 0
    # the purge also cleans the backups, which writes its own line after the deletion
    assert cid in [line["object_id"] for line in audit.recent(inburgeraars.session, 3)]


def test_bad_backup_restore_in_ui_is_refused(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "kapot.db"
    bad.write_bytes(b"\x00" * 8192)
    assert window.security is not None and window.security.admin_view is not None
    finish(qtbot, window.security.admin_view.restore(bad, confirm=False))
    assert window.security.admin_view.restored is False
    assert shown and "Er is niets veranderd" in shown[0]
    assert InburgeraarService(window.session).total() == 1  # the store is still open and whole


def test_coordinator_sees_no_dossier_and_no_beheer(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    inburgeraars.save(valid_form(), TODAY)
    act_as(inburgeraars.session, Role.COORDINATOR)
    win = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(win)
    win.show()
    win.table.selectRow(0)
    assert win.model.rowCount() == 1 and win.detail.inburgeraar is None
    assert win.security is not None and win.security.admin_view is None
    assert not win.new_action.isVisible()


def test_damaged_store_offers_the_newest_good_backup(qtbot, location: StoreLocation) -> None:  # type: ignore[no-untyped-def]
    store = create_store(location, PASSPHRASE, "anouk", kdf=TEST_KDF)
    InburgeraarService(store).save(valid_form(), TODAY)
    good = backup.make_backup(store, location.data_dir / "backups")
    store.close()
    data = bytearray(location.path.read_bytes())
    data[5000:9000] = bytes(4000)
    location.path.write_bytes(bytes(data))
    dialog = UnlockDialog(location)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.user.text() == "anouk"
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.restore_button.isVisible(), timeout=10000)
    assert "beschadigd" in dialog.message.text()
    assert location.path.read_bytes() == bytes(data)  # never overwritten
    save(dialog, "beschadigd")
    with qtbot.waitSignal(dialog.unlocked, timeout=10000):
        dialog.restore_button.click()
    assert dialog.session is not None
    assert InburgeraarService(dialog.session).total() == 1
    assert audit.recent(dialog.session, 1)[0]["object_id"] == good.name
    dialog.session.close()
    assert list(location.data_dir.glob("wegwijs-vervangen-*.db"))


def test_second_instance_is_refused_and_a_stale_lock_is_taken_over(data_dir: Path) -> None:
    first = instance_lock(data_dir)
    assert first is not None
    assert instance_lock(data_dir) is None
    first.unlock()
    # a crashed app (killed) leaves a stale lock file: the next start takes it over
    code = (
        "import sys, os, signal; from PySide6.QtCore import QLockFile; "
        f"l = QLockFile({str(data_dir / 'wegwijs.lock')!r}); assert l.tryLock(100); "
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    subprocess.run([sys.executable, "-c", code], check=False)
    assert (data_dir / "wegwijs.lock").exists()
    again = instance_lock(data_dir)
    assert again is not None
    again.unlock()


def test_account_dialog_refuses_bad_input_then_adds(qtbot, store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from app.security.accounts import describe
    from ui.security.account_dialog import AccountDialog

    dialog = AccountDialog(store, data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    before = describe(data_dir)
    qtbot.keyClicks(dialog.naam, "Pieter Jansen")
    qtbot.keyClicks(dialog.password, "kort")
    dialog.submit()
    assert "Te kort" in dialog.message.text()
    dialog.password.setText("pieter zijn wachtwoord")
    dialog.repeat.setText("pieter zijn wachtwoord")
    dialog.submit()
    assert "accountnaam" in dialog.message.text().lower()
    dialog.naam.setText("beheerder")
    dialog.submit()
    assert "al een account" in dialog.message.text()
    assert describe(data_dir) == before
    dialog.naam.setText("pieter")
    dialog.roles[Role.KLANTMANAGER].setChecked(False)
    dialog.submit()
    assert "minstens één rol" in dialog.message.text()
    dialog.roles[Role.COORDINATOR].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert describe(data_dir)[-1] == ("pieter", "Coördinator sleutelpersonen")


def test_inzage_export_from_the_menu(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    from ui.security import export_inzage

    target = export_inzage(window, tmp_path / "inzage.json")
    assert target is not None
    data = json.loads(target.read_text("utf-8"))
    assert data["tabellen"]["inburgeraar"][0]["bsn"] == "999990019"


def test_password_dialog_changes_only_the_wrap(qtbot, store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from app.security.accounts import sign_in
    from ui.security.password_dialog import PasswordDialog

    key = store.key
    dialog = PasswordDialog(store, data_dir, "beheerder")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText("niet het goede wachtwoord")
    dialog.new.setText("een nieuw lang wachtwoord")
    dialog.repeat.setText("een nieuw lang wachtwoord")
    dialog.submit()
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text(), timeout=5000)
    assert sign_in(data_dir, "beheerder", PASSPHRASE).key == key
    dialog.old.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert sign_in(data_dir, "beheerder", "een nieuw lang wachtwoord").key == key


@pytest.mark.parametrize("fails", [False, True])
def test_automatic_backup_finishing_after_the_window_closed(  # type: ignore[no-untyped-def]
    qtbot,
    inburgeraars: InburgeraarService,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    fails: bool,
) -> None:
    """The hourly backup runs off the GUI thread; when the window is gone by the time it ends,
    its message (made or failed) is dropped instead of reaching a deleted status bar."""
    window = MainWindow(inburgeraars.session, data_dir)  # not qtbot's: this test deletes it itself
    window.show()
    assert window.security is not None
    gate = threading.Event()
    ran: list[bool] = []

    def slow_backup(*_args: object) -> list[object]:
        gate.wait(20)
        ran.append(True)
        if fails:
            raise OSError("schijf vol")
        return []

    monkeypatch.setattr(security_ui, "_automatic_backup", slow_backup)
    window.security.backup_timer.timeout.emit()  # the backup starts now
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window), timeout=5000)
    gate.set()  # then the backup ends
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: bool(ran) and pool.activeThreadCount() == 0, timeout=20_000)
    qtbot.wait(50)  # its callback is delivered here: an error in it fails this test (pytest-qt)
    assert ran == [True]
