"""Test isolation: offscreen Qt before anything imports it, a fresh store per test."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("WEGWIJS_DATA_DIR", None)

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security.keys import KdfParams
from app.session import Session
from app.store import StoreLocation, create_store
from tests.support.pg import laptop, pg_cluster, pg_database, server  # noqa: F401  (fixtures)

PASSPHRASE = "correct paard batterij niet"
# Cheap key stretching for tests only; the product uses keys.DEFAULT_KDF (64 MiB, 3 passes).
TEST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: Any) -> Iterator[Any]:
    """pytest-qt's application, with the app's Dutch plural forms ("1 dossier", "2 dossiers")
    as the real app has them; Qt's own texts stay as the tests expect them."""
    from ui.i18n import install_language

    app = qapp_cls.instance() or qapp_cls(qapp_args)
    install_language(app, "nl", qt_texts=False)
    yield app


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def location(data_dir: Path) -> StoreLocation:
    return StoreLocation(data_dir)


@pytest.fixture
def store(location: StoreLocation) -> Iterator[Session]:
    s = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    yield s
    s.close()


@pytest.fixture
def inburgeraars(store: Session) -> InburgeraarService:
    return InburgeraarService(store)


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


def finish(qtbot: Any, op: Any, timeout: int = 60_000) -> Any:
    """Wait until a ui.ops.Op ended (its callbacks ran); returns what its work returned."""
    assert op is not None
    qtbot.waitUntil(lambda: not op.running, timeout=timeout)
    return op.result


def valid_form(**overrides: Any) -> dict[str, Any]:
    """Form values as an officer would type them for a valid, fictional inburgeraar."""
    form: dict[str, Any] = {
        "voornamen": "Selam",
        "voorvoegsel": "",
        "achternaam": "Tesfamariam",
        "geboortedatum": "14-03-1995",
        "geslacht": "V",
        "bsn": "999990019",
        "v_nummer": "9912345678",
        "doelgroep": "Asielstatushouder",
        "land_herkomst": "ER",
        "voorkeurstaal": "ti",
        "gemeentecode": "0294",
        "datum_start_plicht": "01-03-2025",
        "datum_vestiging": "15-02-2025",
        "datum_melding_duo": "01-03-2025",
        "klantmanager": "Anouk Jansen",
        "telefoon": "0543 123456",
        "email": "",
        "straat": "Kerkstraat",
        "huisnummer": "12a",
        "postcode": "7101ab",
        "woonplaats": "Winterswijk",
        "status": "aangemeld",
        "talen": [{"taal": "ti", "niveau": "moedertaal"}, {"taal": "nl", "niveau": "beginner"}],
    }
    form.update(overrides)
    return form


TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def _unsaved_question_answers_discard(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal "Wijzigingen opslaan?" would block a test (its teardown closes every widget): the
    answer is "Niet opslaan" unless a test answers itself (tests/ui/test_unsaved_input.py)."""
    if "PySide6" not in sys.modules:  # a test without Qt never sees the question
        return
    from ui import unsaved

    monkeypatch.setattr(unsaved, "ask", lambda _parent: unsaved.DISCARD)
