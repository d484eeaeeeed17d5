from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.security import accounts
from app.security.accounts import AccountError, LoginError, TooSoonError, delay_after, sign_in
from app.security.keys import KeyFile
from app.security.roles import Role
from app.store import StoreLocation, create_store, unlock
from db.connection import open_database
from tests.conftest import PASSPHRASE, TEST_KDF


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def made(location: StoreLocation) -> StoreLocation:
    store = create_store(location, PASSPHRASE, "anouk", kdf=TEST_KDF)
    store.close()
    return location


def test_store_key_is_random_and_wrapped_per_account(made: StoreLocation) -> None:
    raw = json.loads((made.data_dir / "sleutels.json").read_text("utf-8"))
    assert [a["naam"] for a in raw["accounts"]] == ["anouk"]
    # issue 15: the first account gets every role, so one person can try the whole app
    assert sorted(raw["accounts"][0]["rollen"]) == ["beheerder", "coordinator", "klantmanager"]
    text = (made.data_dir / "sleutels.json").read_text("utf-8")
    assert PASSPHRASE not in text
    signin = sign_in(made.data_dir, "anouk", PASSPHRASE)
    assert len(signin.key) == 32
    # the key file holds the key only wrapped
    assert signin.key.hex() not in text


def test_adding_a_user_and_changing_a_password_never_reencrypt(made: StoreLocation) -> None:
    store = unlock(made, PASSPHRASE, "anouk")
    key = store.key
    accounts.add_account(
        store, "pieter", "pieters eigen wachtwoord", frozenset({Role.COORDINATOR}), TEST_KDF
    )
    accounts.set_password(store, "anouk", "een heel nieuw wachtwoord", TEST_KDF)
    store.close()
    assert sign_in(made.data_dir, "pieter", "pieters eigen wachtwoord").key == key
    with pytest.raises(LoginError):
        sign_in(made.data_dir, "anouk", PASSPHRASE)
    store = unlock(made, "pieters eigen wachtwoord", "pieter")
    assert store.actor.naam == "pieter" and store.actor.rollen == {Role.COORDINATOR}
    store.close()
    store = unlock(made, "een heel nieuw wachtwoord", "anouk")
    store.close()


def test_without_user_the_first_account_is_used(made: StoreLocation) -> None:
    store = unlock(made, PASSPHRASE)
    assert store.actor.naam == "anouk"
    store.close()


def test_bad_names_and_duplicates_refused(made: StoreLocation) -> None:
    store = unlock(made, PASSPHRASE, "anouk")
    before = (made.data_dir / "sleutels.json").read_bytes()
    for bad in ("", "a", "Jan Jansen", "1abc", "x" * 40, "jan/../..", "ännie"):
        with pytest.raises(AccountError):
            accounts.add_account(store, bad, "lang genoeg ww", frozenset({Role.KLANTMANAGER}))
    with pytest.raises(AccountError, match="al een account"):
        accounts.add_account(store, "anouk", "lang genoeg ww", frozenset({Role.KLANTMANAGER}))
    with pytest.raises(AccountError, match="rol"):
        accounts.add_account(store, "kees", "lang genoeg ww", frozenset())
    store.close()
    assert (made.data_dir / "sleutels.json").read_bytes() == before


def test_editing_roles_in_the_key_file_breaks_the_account(made: StoreLocation) -> None:
    store = unlock(made, PASSPHRASE, "anouk")
    accounts.add_account(
        store, "kees", "kees zijn wachtwoord", frozenset({Role.COORDINATOR}), TEST_KDF
    )
    store.close()
    path = made.data_dir / "sleutels.json"
    raw = json.loads(path.read_text("utf-8"))
    raw["accounts"][1]["rollen"] = ["beheerder", "coordinator", "klantmanager"]
    path.write_text(json.dumps(raw), "utf-8")
    with pytest.raises(LoginError):
        sign_in(made.data_dir, "kees", "kees zijn wachtwoord")


def test_wrong_passwords_slow_the_next_try(made: StoreLocation) -> None:
    now = [1000.0]

    def clock() -> float:
        return now[0]

    for _ in range(3):
        with pytest.raises(LoginError):
            sign_in(made.data_dir, "anouk", "fout fout fout", clock=clock)
    # the counter is persisted: a restart does not reset it
    assert KeyFile.load(made.data_dir / "sleutels.json").first.mislukt == 3
    with pytest.raises(TooSoonError) as wait:
        sign_in(made.data_dir, "anouk", PASSPHRASE, clock=clock)
    assert wait.value.seconds == delay_after(3) == 2
    now[0] += 2
    with pytest.raises(LoginError):
        sign_in(made.data_dir, "anouk", "nog steeds fout", clock=clock)
    with pytest.raises(TooSoonError, match="4 seconden"):
        sign_in(made.data_dir, "anouk", PASSPHRASE, clock=clock)
    now[0] += 4
    sign_in(made.data_dir, "anouk", PASSPHRASE, clock=clock)
    assert KeyFile.load(made.data_dir / "sleutels.json").first.mislukt == 0
    assert [delay_after(n) for n in (0, 2, 3, 4, 5, 30)] == [0, 0, 2, 4, 8, 900]


def test_unknown_user_gets_the_same_message(made: StoreLocation) -> None:
    with pytest.raises(LoginError, match="naam of het wachtwoord"):
        sign_in(made.data_dir, "niemand", PASSPHRASE)


def _old_style_store(location: StoreLocation) -> None:
    """A store as the foundation made it: one passphrase, no key file."""
    store = open_database(location.path, PASSPHRASE, create=True)
    store.conn.execute(
        "INSERT INTO gemeente (id, created_at, updated_at, code, naam) "
        "VALUES ('g', 'x', 'x', '9999', 'Proefgemeente')"
    )
    store.close()


def test_single_passphrase_store_becomes_the_first_account(location: StoreLocation) -> None:
    _old_style_store(location)
    store = unlock(location, PASSPHRASE)
    assert store.actor.naam == "beheerder"
    assert isinstance(store.key, bytes)
    store.close()
    assert list(location.backup_dir.glob("voor-accounts-*.db"))
    # the backup still opens with the old passphrase, the store only with the new key
    backup = next(location.backup_dir.glob("voor-accounts-*.db"))
    open_database(backup, PASSPHRASE).close()
    with pytest.raises(Exception):  # noqa: B017
        open_database(location.path, PASSPHRASE)
    again = unlock(location, PASSPHRASE)
    assert again.store.conn.execute("SELECT count(*) FROM gemeente").fetchone()[0] == 1
    again.close()


def test_crash_between_key_file_and_rekey_is_finished_next_time(location: StoreLocation) -> None:
    _old_style_store(location)
    import os

    key = os.urandom(32)
    accounts.create_first(location.data_dir, "beheerder", PASSPHRASE, key, TEST_KDF)
    # (the rekey never happened)
    store = unlock(location, PASSPHRASE)
    assert store.key == key
    store.close()
    open_database(location.path, key).close()
