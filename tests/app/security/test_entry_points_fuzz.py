"""Every JSON/CSV entry point of the CLI answers bad input with exit 2 (or 0), a Dutch message
and nothing stored: never a traceback (issue 12, item 12). Free text refuses NUL, bidi
overrides and formula prefixes."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import run
from app.inburgeraars.json_shape import FORM_FIELDS
from app.inburgeraars.service import InburgeraarService
from app.security.accounts import add_account
from app.security.roles import Role
from app.store import StoreLocation, create_store, unlock
from tests.conftest import PASSPHRASE, TEST_KDF, valid_form

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# every code point, lone surrogates included (json.dumps writes them as \\udXXX escapes)
CHARS = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
ATTACK_TEXT = st.one_of(
    st.text(CHARS, max_size=30),
    st.sampled_from(
        ["\x00", "a\u202eb", '=HYPERLINK("x")', "+1", "@a", "-x", "\ud800", "x" * 5000]
    ),
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | ATTACK_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ATTACK_TEXT, inner, max_size=4),
    max_leaves=12,
)
DEEP = "[" * 100_000 + "]" * 100_000


COORD = "coördinator met een lange zin"


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("fuzz") / "data"
    store = create_store(StoreLocation(data), PASSPHRASE, kdf=TEST_KDF)
    add_account(store, "coord", COORD, frozenset({Role.COORDINATOR}), TEST_KDF)
    store.close()
    pw = data.parent / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", "utf-8")
    (data.parent / "coord.txt").write_text(COORD + "\n", "utf-8")
    return data, pw


def _cli(data: Path, pw: Path, *args: str) -> int:
    try:
        return run(["--data-dir", str(data), "--passphrase-file", str(pw), *args])
    except SystemExit as exc:  # argparse
        return int(exc.code or 0)


def _file(content: str | bytes, suffix: str) -> Path:
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    with tempfile.NamedTemporaryFile("wb", suffix=suffix, delete=False) as handle:
        handle.write(raw)
    return Path(handle.name)


def _total(data: Path) -> int:
    store = unlock(StoreLocation(data), PASSPHRASE)
    try:
        return InburgeraarService(store).total()
    finally:
        store.close()


@FUZZ
@given(doc=JSON)
@example(doc=DEEP)
def test_inburgeraar_add_with_any_json_never_crashes(ready: tuple[Path, Path], doc: Any) -> None:
    data, pw = ready
    text = doc if doc is DEEP else json.dumps(doc)
    assert _cli(data, pw, "client", "add", "--json-file", str(_file(text, ".json"))) in (0, 2)


@FUZZ
@given(field=st.sampled_from(sorted(set(FORM_FIELDS) - {"talen"})), value=ATTACK_TEXT)
@example(field="woonplaats", value="\x00")
@example(field="woonplaats", value="Doetinchem\u202e")
@example(field="woonplaats", value='=HYPERLINK("http://x")')
@example(field="achternaam", value="\ud800")
def test_inburgeraar_add_with_one_bad_field_stores_nothing_or_a_clean_value(
    ready: tuple[Path, Path], field: str, value: str
) -> None:
    data, pw = ready
    before = _total(data)
    form = valid_form(bsn="", v_nummer="", geboortedatum="1990-01-01")
    form[field] = value
    code = _cli(data, pw, "client", "add", "--json-file", str(_file(json.dumps(form), ".json")))
    assert code in (0, 2)
    assert _total(data) == before + (1 if code == 0 else 0)


@pytest.mark.parametrize(
    ("field", "value"),
    [("woonplaats", "\x00"), ("woonplaats", "Doetinchem\u202e"), ("straat", "=1+1"),
     ("woonplaats", "@SUM(A1)"), ("straat", "\ud800"), ("achternaam", "Jan\u202esen")],
)  # fmt: skip
def test_unsafe_free_text_is_refused_with_a_message(
    ready: tuple[Path, Path], field: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data, pw = ready
    before = _total(data)
    form = valid_form(bsn="", v_nummer="", geboortedatum="1990-01-01")
    form[field] = value
    capsys.readouterr()
    code = _cli(data, pw, "client", "add", "--json-file", str(_file(json.dumps(form), ".json")))
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "niets opgeslagen" in err
    assert _total(data) == before


@FUZZ
@given(body=st.one_of(JSON.map(json.dumps), st.text(CHARS, max_size=300), st.binary(max_size=300)))
@example(body=DEEP)
@example(body="voornaam;achternaam\r\n=HYPERLINK(1);\x00\r\n")
def test_keypersons_import_with_any_file_never_crashes(
    ready: tuple[Path, Path], body: str | bytes
) -> None:
    data, _pw = ready
    coord = data.parent / "coord.txt"
    for suffix in (".json", ".csv"):
        path = _file(body, suffix)
        code = _cli(data, coord, "--user", "coord", "keypersons", "import", str(path))
        assert code in (0, 1, 2), code  # 1: the check found rows to refuse (nothing written)


@FUZZ
@given(doc=JSON)
@example(doc=DEEP)
def test_machine_defaults_with_any_json_never_crash(ready: tuple[Path, Path], doc: Any) -> None:
    data, pw = ready
    text = doc if doc is DEEP else json.dumps(doc)
    path = _file(text, ".json")
    assert _cli(data, pw, "gemeente-instellingen", "--bestand", str(path)) in (0, 2)
