"""Start-up shows the passphrase dialog before importing the main window (issue 11): the
probe's process must not have imported the main window, the CLI or the code that opens the
store (keys, KDF, SQLCipher, migrations, audit, backups) when the dialog shows, nor created Qt's
namespace (its ~100 Python enums). Signing in imports that on a thread while the user types;
the dialog waits for it, busy, if the user is quicker."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.security.accounts import load_keys
from app.store import StoreLocation, create_store
from tests.conftest import PASSPHRASE, TEST_KDF
from ui import op_tuning
from ui.background_imports import BackgroundImports
from ui.main import _gui_only
from ui.unlock_dialog import UnlockDialog


def test_the_dialog_comes_before_the_main_window_and_the_cli(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from ui import startup_probe\n"
        "from ui.main import main\n"
        f"code = main(['--startup-probe', '--data-dir', {str(tmp_path)!r}])\n"
        "late = ('ui.main_window', 'app.cli', 'reportlab', 'pycountry', 'filelock',\n"
        "        'ui.ops', 'importlib.metadata', 'app.version',\n"
        "        'app.store', 'app.session', 'app.settings', 'app.errors',\n"
        "        'app.security.accounts', 'app.security.keys', 'app.security.audit',\n"
        "        'app.security.backup', 'app.security.strength', 'db.connection', 'db.migrate',\n"
        "        'db.inburgeraars', 'sqlcipher3', 'argon2', 'cryptography', 'zxcvbn',\n"
        "        'ui.widgets', 'importlib.resources')\n"
        "loaded = [m for m in late if m in sys.modules]\n"
        "import PySide6.QtCore\n"
        "if 'Qt' in vars(PySide6.QtCore):  # PySide6 makes it on first use\n"
        "    loaded.append('PySide6.QtCore.Qt')\n"
        "print('LOADED', loaded)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "Wachtwoordvenster getoond" in out.stdout
    assert "LOADED []" in out.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (False, None)),
        (["--data-dir", "/x"], (False, "/x")),
        (["--data-dir=/y", "--startup-probe"], (True, "/y")),
        (["client", "list"], None),
        (["--data-dir", "/x", "db", "init"], None),
        (["--help"], None),
        (["--data-dir"], None),
    ],
)
def test_only_plain_app_starts_skip_the_cli_parser(args: list[str], expected: object) -> None:
    assert _gui_only(args) == expected


class Gate:
    """Background imports whose last module finishes only when the test opens the gate."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.made: list[BackgroundImports] = []

    def imports(self, *first: str) -> BackgroundImports:
        made = BackgroundImports((*first, "wegwijs_test_slow_part"))
        self.made.append(made)
        return made

    def open(self) -> None:
        self.event.set()


@pytest.fixture
def gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    made = Gate()
    monkeypatch.setitem(sys.modules, "wegwijs_test_gate", types.SimpleNamespace(gate=made.event))
    (tmp_path / "wegwijs_test_slow_part.py").write_text(
        "import wegwijs_test_gate\nwegwijs_test_gate.gate.wait(30)\n", "utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield made
    made.open()
    for imports in made.made:
        imports.join()  # also gives the op tuning back
    sys.modules.pop("wegwijs_test_slow_part", None)


def test_a_quick_sign_in_waits_busy_for_the_imports_then_says_wrong_password(  # type: ignore[no-untyped-def]
    qtbot, location: StoreLocation, gate: Gate
) -> None:
    create_store(location, PASSPHRASE, "anouk", kdf=TEST_KDF).close()
    imports = gate.imports("app.store")
    dialog = UnlockDialog(location, imports=imports)
    qtbot.addWidget(dialog)
    imports.start()
    dialog.show()
    assert dialog.user.text() == "anouk"  # from the key file, before the key code is loaded
    qtbot.keyClicks(dialog.passphrase, "helemaal verkeerd")
    dialog.submit()
    qtbot.wait(200)
    assert not dialog.isEnabled()
    assert dialog.message.text() == "Bezig met openen en controleren…"
    assert load_keys(location.data_dir).get("anouk").mislukt == 0  # nothing tried yet
    gate.open()
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text(), timeout=10000)
    assert dialog.isEnabled()
    assert dialog.focusWidget() is dialog.passphrase
    assert load_keys(location.data_dir).get("anouk").mislukt == 1


def _shown_while_importing(qtbot: Any, location: StoreLocation, gate: Gate) -> UnlockDialog:
    """The first-start dialog shown while the gated imports are still running."""
    imports = gate.imports()
    dialog = UnlockDialog(location, imports=imports)
    qtbot.addWidget(dialog)
    imports.start()
    dialog.show()
    return dialog


def test_the_strength_hint_follows_once_the_imports_are_done(  # type: ignore[no-untyped-def]
    qtbot, location: StoreLocation, gate: Gate
) -> None:
    dialog = _shown_while_importing(qtbot, location, gate)
    assert dialog.creating
    before = dialog.hint.text()
    qtbot.keyClicks(dialog.passphrase, "kort")
    qtbot.wait(100)
    assert dialog.hint.text() == before  # typing goes on; the check waits
    assert dialog.passphrase.isEnabled()
    gate.open()
    qtbot.waitUntil(lambda: "Te kort" in dialog.hint.text(), timeout=10000)


def test_a_first_start_checked_after_the_wait_keeps_the_field_the_user_was_in(  # type: ignore[no-untyped-def]
    qtbot, location: StoreLocation, gate: Gate
) -> None:
    dialog = _shown_while_importing(qtbot, location, gate)
    dialog.user.setFocus()
    qtbot.keyClicks(dialog.user, "anouk")
    qtbot.keyClick(dialog.user, Qt.Key.Key_Return)  # submits, as the Aanmaken button
    assert not dialog.isEnabled()
    gate.open()
    qtbot.waitUntil(lambda: "Te kort" in dialog.message.text(), timeout=10000)
    assert dialog.isEnabled()
    assert dialog.focusWidget() is dialog.user
    assert not location.exists()


def test_while_the_thread_imports_it_is_tuned_like_an_op_and_then_not(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate
) -> None:
    assert op_tuning.ops_running() == 0
    normal = gc.get_threshold()
    imports = gate.imports()
    imports.start()
    assert op_tuning.ops_running() == 1  # full collections wait, the GIL comes back sooner
    assert gc.get_threshold()[2] >= op_tuning.HELD_FULL
    gate.open()
    qtbot.waitUntil(lambda: op_tuning.ops_running() == 0, timeout=5000)  # its own timer
    assert gc.get_threshold() == normal
    imports.join()
    assert op_tuning.ops_running() == 0  # given back once only


def test_reference_data_is_loaded_on_the_import_thread_after_the_imports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The country and language names (pycountry's tables, ~30 ms the first time) load on the
    import thread, so the first screen that shows one does not load them on the GUI thread;
    a failure there only leaves them to load on first use."""
    from app import reference
    from ui.background_imports import WARM, start_up_imports

    assert ("app.reference", "warm") in WARM
    threads: list[str] = []
    monkeypatch.setattr(reference, "warm", lambda: threads.append(threading.current_thread().name))
    imports = start_up_imports(creating=False)
    imports.start()
    imports.join()
    assert threads == ["wegwijs-import"]

    def broken() -> None:
        raise OSError("no locale files")

    monkeypatch.setattr(reference, "warm", broken)
    failing = start_up_imports(creating=False)
    failing.start()
    failing.join()  # no exception escapes the thread
    assert failing.ready(0) and failing.ready(1)
