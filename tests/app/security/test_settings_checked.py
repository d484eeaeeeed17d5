"""instellingen.json is checked value by value: a bad file gives defaults and a message, never a
mass delete or a crash (issue 12, item 10)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.defaults import MachineDefaults
from app.inburgeraars.service import InburgeraarService
from app.security.retention import RetentionService
from app.settings import Settings, SettingsError, settings_path
from tests.app.security.test_cli_security import cli
from tests.conftest import PASSPHRASE, TODAY, valid_form

NO_MACHINE = MachineDefaults()


def _write(data_dir: Path, content: object) -> Path:
    path = settings_path(data_dir)
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ({"bewaartermijn_jaren": -3}, "bewaartermijn_jaren"),
        ({"bewaartermijn_jaren": 0}, "bewaartermijn_jaren"),
        ({"bewaartermijn_jaren": True}, "bewaartermijn_jaren"),
        ({"autolock_minuten": 35792}, "autolock_minuten"),
        ({"autolock_minuten": "5"}, "autolock_minuten"),
        ({"standaard_gemeentecode": "abc"}, "standaard_gemeentecode"),
        ({"klantmanager": "x" * 5000}, "klantmanager"),
    ],
)
def test_a_value_out_of_range_gives_its_default_and_a_message(
    data_dir: Path, raw: dict[str, object], name: str
) -> None:
    loaded = Settings.load_checked(_write(data_dir, raw), NO_MACHINE)
    assert getattr(loaded.settings, name) == getattr(Settings(), name)
    assert len(loaded.problems) == 1 and name in loaded.problems[0]
    assert "standaardwaarde" in loaded.message()


@pytest.mark.parametrize("text", ["{", "[1, 2]", "null", "[" * 100_000 + "]" * 100_000])
def test_a_broken_file_gives_the_defaults(data_dir: Path, text: str) -> None:
    loaded = Settings.load_checked(_write(data_dir, text), NO_MACHINE)
    assert loaded.settings == Settings()
    assert loaded.problems


def test_good_values_are_kept_and_a_missing_file_is_no_problem(data_dir: Path) -> None:
    assert Settings.load_checked(settings_path(data_dir), NO_MACHINE).problems == []
    loaded = Settings.load_checked(
        _write(data_dir, {"bewaartermijn_jaren": 7, "autolock_minuten": 60}), NO_MACHINE
    )
    assert (loaded.settings.bewaartermijn_jaren, loaded.settings.autolock_minuten) == (7, 60)
    assert loaded.problems == []


def test_save_refuses_a_value_out_of_range(data_dir: Path) -> None:
    from dataclasses import replace

    with pytest.raises(SettingsError, match="autolock_minuten"):
        replace(Settings(), autolock_minuten=0).save(settings_path(data_dir), NO_MACHINE)
    assert not settings_path(data_dir).exists()


VALUES = st.one_of(st.integers(), st.text(max_size=300), st.booleans(), st.none())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(sorted(Settings.rules())), VALUES))
def test_whatever_the_file_holds_load_gives_allowed_values(raw: dict[str, object]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        loaded = Settings.load_checked(_write(Path(tmp), raw), NO_MACHINE)
    assert loaded.settings.problems() == []


def test_negative_retention_in_the_file_deletes_nothing(
    data_dir: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reproduction: -3 years listed every dossier as due and --verwijder deleted them."""
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    from app.store import StoreLocation, unlock

    store = unlock(StoreLocation(data_dir), PASSPHRASE)
    inburgeraars = InburgeraarService(store)
    ids = []
    for n in range(3):
        form = valid_form(bsn="", v_nummer="", achternaam="Proef" + "abc"[n])
        ids.append(inburgeraars.save(form, TODAY).id or "")
    store.close()
    _write(data_dir, {"bewaartermijn_jaren": -3})
    capsys.readouterr()
    assert cli(data_dir, passphrase_file, "bewaartermijn") == 0
    out = capsys.readouterr()
    assert out.out.strip() == ""  # nothing is due under the default of 5 years
    assert "bewaartermijn_jaren" in out.err
    assert cli(data_dir, passphrase_file, "bewaartermijn", "--verwijder", *ids) == 2
    store = unlock(StoreLocation(data_dir), PASSPHRASE)
    try:
        assert InburgeraarService(store).total() == 3
        with pytest.raises(SettingsError):
            RetentionService(store).candidates(date.today(), -3)
    finally:
        store.close()
