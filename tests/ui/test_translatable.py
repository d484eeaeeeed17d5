"""Every text on screen goes through Qt's translation system, and the English translation is
complete: no string literal reaches a Qt text API in ui/ untranslated (an AST check, the same
finder as tools/i18n_wrap.py), no entry of wegwijs_en.ts is unfinished or out of date with the
code, placeholders survive translation, and the shipped .qm files are what the .ts files give."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent

# Texts that may reach the screen untranslated, as (file under ui/, text). Keep it short: a name
# of the product or a format that is the same in every language.
ALLOWLIST: set[tuple[str, str]] = set()


def _wrap_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_wrap", ROOT / "tools" / "i18n_wrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_wrap"] = module
    spec.loader.exec_module(module)
    return module


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return path


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).iter("message"))


def test_no_untranslated_text_reaches_a_qt_text_api() -> None:
    tool = _wrap_tool()
    findings = []
    for path in tool.ui_files():
        for finding in tool.scan(path).findings:
            key = (str(path.relative_to(ROOT / "ui")), finding.text)
            if key not in ALLOWLIST:
                findings.append(str(finding))
    assert findings == [], "untranslated; run `make translations`:\n" + "\n".join(findings)


def test_the_check_finds_literals_fstrings_and_app_messages(tmp_path: Path) -> None:
    tool = _wrap_tool()
    ui = tmp_path / "ui"
    ui.mkdir()
    sample = ui / "voorbeeld.py"
    sample.write_text(
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "def f(label, naam, exc):\n"
        '    label.setText("Opslaan gelukt")\n'
        '    QLabel(f"Dossier van {naam}")\n'
        '    QMessageBox.warning(None, "Let op", str(exc))\n'
        '    label.setObjectName("niet_voor_mensen")\n'
        '    label.setText("–")\n',
        encoding="utf-8",
    )
    module = tool.Module(sample, "voorbeeld")
    module.run()
    assert sorted(f.text for f in module.findings) == [
        "Dossier van {naam}",
        "Let op",
        "Opslaan gelukt",
        "str(exc)",
    ]
    rewritten = module.rewritten().decode()
    assert 'translate("voorbeeld", "Dossier van {naam}").format(naam=naam)' in rewritten
    assert "app_text(str(exc))" in rewritten
    sample.write_text(rewritten, encoding="utf-8")
    again = tool.Module(sample, "voorbeeld")
    again.run()
    assert again.findings == []  # idempotent: wrapped text is left alone


def test_english_translation_is_complete_and_up_to_date(tmp_path: Path) -> None:
    """lupdate over today's code into a copy of the .ts: nothing new or unfinished appears."""
    lupdate = _tool("pyside6-lupdate")
    ts = tmp_path / "wegwijs_en.ts"
    shutil.copy(I18N / "wegwijs_en.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, str(I18N / "app_texts.py"), "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    unfinished = [
        m.findtext("source")
        for m in _messages(ts)
        if (m.find("translation") is not None)
        and m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert unfinished == [], "translate these in resources/i18n/wegwijs_en.ts:\n" + "\n".join(
        str(u) for u in unfinished
    )


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|%[sd]")


def _mnemonic(text: str) -> bool:
    return "&" in text.replace("&&", "")


def test_translations_keep_every_placeholder_and_mnemonic() -> None:
    wrong = []
    for message in _messages(I18N / "wegwijs_en.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                wrong.append(f"{source!r} → {text!r}")
            if "<" not in source and _mnemonic(source) != _mnemonic(text):
                wrong.append(f"mnemonic: {source!r} → {text!r}")
    assert wrong == []


def test_dutch_plural_forms_are_complete() -> None:
    for message in _messages(I18N / "wegwijs_nl.ts"):
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


@pytest.mark.parametrize("name", ["wegwijs_en", "wegwijs_nl"])
def test_shipped_qm_is_what_the_ts_gives(tmp_path: Path, name: str) -> None:
    """A .qm older than its .ts would ship yesterday's English: compare with a fresh lrelease
    (by content, not file times: a git checkout does not keep those)."""
    lrelease = _tool("pyside6-lrelease")
    fresh = tmp_path / f"{name}.qm"
    subprocess.run(
        [lrelease, str(I18N / f"{name}.ts"), "-qm", str(fresh)], check=True, capture_output=True
    )
    shipped = I18N / f"{name}.qm"
    assert shipped.exists(), "run `make translations`"
    assert shipped.read_bytes() == fresh.read_bytes(), f"{name}.qm is stale: `make translations`"
