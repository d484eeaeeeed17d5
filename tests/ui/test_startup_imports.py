"""Start-up shows the passphrase dialog before importing the main window (issue 11): the
probe's process must not have imported the main window, the CLI or the code that opens the
store (keys, KDF, SQLCipher, migrations, audit, backups) when the dialog shows, nor created Qt's
namespace (its ~100 Python enums). Signing in imports that on a thread while the user types;
the dialog waits for it, busy, if the user is quicker."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.security.accounts import load_keys
from app.store import StoreLocation, create_store
from tests.conftest import PASSPHRASE, TEST_KDF
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


@pytest.fixture
def gated_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Background imports whose sign-in group finishes only when the test sets the event."""
    gate = threading.Event()
    monkeypatch.setitem(sys.modules, "wegwijs_test_gate", types.SimpleNamespace(gate=gate))
    (tmp_path / "wegwijs_test_slow_part.py").write_text(
        "import wegwijs_test_gate\nwegwijs_test_gate.gate.wait(30)\n", "utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield gate
    gate.set()
    sys.modules.pop("wegwijs_test_slow_part", None)


def test_a_quick_sign_in_waits_busy_for_the_imports_then_says_wrong_password(  # type: ignore[no-untyped-def]
    qtbot, location: StoreLocation, gated_imports: threading.Event
) -> None:
    create_store(location, PASSPHRASE, "anouk", kdf=TEST_KDF).close()
    imports = BackgroundImports(("app.store", "wegwijs_test_slow_part"))
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
    gated_imports.set()
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text(), timeout=10000)
    assert dialog.isEnabled()
    assert dialog.focusWidget() is dialog.passphrase
    assert load_keys(location.data_dir).get("anouk").mislukt == 1


def test_the_strength_hint_follows_once_the_imports_are_done(  # type: ignore[no-untyped-def]
    qtbot, location: StoreLocation, gated_imports: threading.Event
) -> None:
    imports = BackgroundImports(("wegwijs_test_slow_part",))
    dialog = UnlockDialog(location, imports=imports)
    qtbot.addWidget(dialog)
    imports.start()
    dialog.show()
    assert dialog.creating
    before = dialog.hint.text()
    qtbot.keyClicks(dialog.passphrase, "kort")
    qtbot.wait(100)
    assert dialog.hint.text() == before  # typing goes on; the check waits
    assert dialog.passphrase.isEnabled()
    gated_imports.set()
    qtbot.waitUntil(lambda: "Te kort" in dialog.hint.text(), timeout=10000)


def test_a_first_start_checked_after_the_wait_keeps_the_field_the_user_was_in(  # type: ignore[no-untyped-def]
    qtbot, location: StoreLocation, gated_imports: threading.Event
) -> None:
    imports = BackgroundImports(("wegwijs_test_slow_part",))
    dialog = UnlockDialog(location, imports=imports)
    qtbot.addWidget(dialog)
    imports.start()
    dialog.show()
    dialog.user.setFocus()
    qtbot.keyClicks(dialog.user, "anouk")
    qtbot.keyClick(dialog.user, Qt.Key.Key_Return)  # submits, as the Aanmaken button
    assert not dialog.isEnabled()
    gated_imports.set()
    qtbot.waitUntil(lambda: "Te kort" in dialog.message.text(), timeout=10000)
    assert dialog.isEnabled()
    assert dialog.focusWidget() is dialog.user
    assert not location.exists()
