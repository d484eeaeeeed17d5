"""Weak passwords are refused by zxcvbn with Dutch words, the user's own name and the
municipality; files in the data folder are 0600, the folder 0700 (issue 12, item 14)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.security import backup
from app.security.strength import strength
from app.store import StoreLocation, check_new_passphrase, create_store
from tests.conftest import PASSPHRASE, TEST_KDF


@pytest.mark.parametrize(
    "weak",
    ["password12", "1234567890", "Doetinchem2024", "oost gelre", "wachtwoord123", "Welkom01!",
     "zomer2026!", "anouk12345", "Berkelland1"],
)  # fmt: skip
def test_weak_passwords_are_refused(weak: str) -> None:
    found = strength(weak, ("anouk",))
    assert not found.acceptable, found
    assert check_new_passphrase(weak, weak, ("anouk",)) is not None


@pytest.mark.parametrize("good", [PASSPHRASE, "fiets regen koffie lamp", "Tulp-Zeven-Wolk-Bank!"])
def test_a_sentence_of_words_is_accepted(good: str) -> None:
    assert strength(good, ("anouk",)).acceptable
    assert check_new_passphrase(good, good) is None


def test_the_municipality_set_by_it_is_a_dictionary_word() -> None:
    assert not strength("Wegwijsdorp2026", ("Wegwijsdorp",)).acceptable


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_data_folder_is_0700_and_its_files_0600(location: StoreLocation, tmp_path: Path) -> None:
    store = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    made = backup.make_backup(store, location.data_dir / "backups")
    store.close()
    assert stat.S_IMODE(location.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((location.data_dir / "backups").stat().st_mode) == 0o700
    for path in (location.path, location.data_dir / "sleutels.json", made,
                 made.with_name(made.name + ".sleutels.json"),
                 made.with_name(made.name + ".manifest.json")):  # fmt: skip
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
