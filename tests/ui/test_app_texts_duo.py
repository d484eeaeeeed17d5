"""The DUO services' messages reach the translators (tools/i18n_app_texts.py) and the screen in
the chosen language: fixed sentences put together from literals and text constants
("… " + NIETS), the plicht labels of "Nieuw van DUO", and messages with values raised as a
template (app.errors.TemplatedError), shown by ui.i18n.app_message with the values filled in."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QTranslator

from app.duo.aanmeldingen import PLICHT_TEKSTEN, VRIJ_COLLEGA, DuoAanmeldingError
from app.duo.ophalen import DuoOphalenError
from ui.i18n import app_message, app_text

ROOT = Path(__file__).resolve().parents[2]
DUO_SERVICES = [ROOT / "app" / "duo" / "aanmeldingen.py", ROOT / "app" / "duo" / "ophalen.py"]
TEMPLATE_TAKEN = (
    "Deze aanmelding van DUO wordt al in het register opgenomen door {door} op {datum}. "
    "Er is niets veranderd."
)


def _tool() -> ModuleType:
    path = ROOT / "tools" / "i18n_app_texts.py"
    spec = importlib.util.spec_from_file_location("i18n_app_texts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_app_texts"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def collected() -> set[str]:
    return set(_tool().collect())


def test_the_duo_services_messages_are_collected(collected: set[str]) -> None:
    for text in (
        "Deze aanmelding staat niet (meer) in de lijst. Er is niets veranderd.",
        "Geef een reden op. Er is niets veranderd.",
        "De reden mag hoogstens 500 tekens zijn.",
        "Zonder BSN kan Wegwijs niets bij DUO opvragen. Er is niets veranderd.",
        "Geen antwoord van DUO binnen {seconden} seconden (draait de DUO-koppeling op de "
        "server?). Er is niets veranderd.",
        TEMPLATE_TAKEN,
        VRIJ_COLLEGA,
        *PLICHT_TEKSTEN.values(),
    ):
        assert text in collected, text


def test_every_error_the_duo_services_raise_is_collected(collected: set[str]) -> None:
    """Each message of DuoAanmeldingError / DuoOphalenError is a fixed text or template (no
    f-string with a value), and the translators get it; "{reden} …" (DUO's own words) aside."""
    tool = _tool()
    constants = {
        tool._module_name(p): tool.module_constants(ast.parse(p.read_text("utf-8")))
        for p in DUO_SERVICES
    }
    seen = 0
    for path in DUO_SERVICES:
        tree = ast.parse(path.read_text("utf-8"))
        env = tool._environment(tree, constants)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "DuoAanmeldingError",
                "AanmeldingOnbekendError",
                "DuoOphalenError",
            ):
                text = tool._text_of(node.args[0], env)
                assert text is not None, f"{path.name}:{node.lineno} has no fixed text"
                seen += 1
                if not text.startswith("{"):
                    assert text in collected, f"{path.name}:{node.lineno}"
    assert seen >= 15


@given(
    st.text(alphabet="abc XYZ.,", min_size=1, max_size=20),
    st.text(alphabet="abc XYZ.,", min_size=1, max_size=20),
)
def test_texts_put_together_from_constants_are_resolved(a: str, b: str) -> None:
    tool = _tool()
    tree = ast.parse(f"A = {a!r}\nB = {b!r} + A\nC = f'{{B}}!{{A}}'\nD = f'{{x}}'\nE = 7\n")
    env = tool.module_constants(tree)
    assert env["B"] == b + a and env["C"] == f"{b}{a}!{a}" and env["E"] == "7"
    assert "D" not in env  # a value: no fixed text


class _English(QTranslator):
    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__()
        self.texts = texts

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.texts.get(source, "") if context == "app" else ""


def test_a_template_is_shown_translated_with_its_values(qapp) -> None:  # type: ignore[no-untyped-def]
    english = _English(
        {
            TEMPLATE_TAKEN: "{door} is already adding this registration from DUO ({datum}). "
            "Nothing was changed.",
            PLICHT_TEKSTEN["sinds"]: "obliged to integrate since {datum}",
            "Ophalen afgebroken. Er is niets veranderd.": "Stopped. Nothing was changed.",
        }
    )
    QCoreApplication.installTranslator(english)
    try:
        taken = DuoAanmeldingError(TEMPLATE_TAKEN, door="km.a", datum="01-12-2026")
        assert str(taken).startswith("Deze aanmelding van DUO wordt al in het register")
        assert app_message(taken) == (
            "km.a is already adding this registration from DUO (01-12-2026). Nothing was changed."
        )
        stopped = DuoOphalenError("Ophalen afgebroken. Er is niets veranderd.")
        assert app_message(stopped) == "Stopped. Nothing was changed."
        assert app_text(PLICHT_TEKSTEN["sinds"]).format(datum="10-01-2026") == (
            "obliged to integrate since 10-01-2026"
        )
        # a translation with a wrong placeholder: the Dutch sentence, never a crash
        english.texts[TEMPLATE_TAKEN] = "{wie} already has it."
        assert app_message(taken) == str(taken)
    finally:
        QCoreApplication.removeTranslator(english)
