"""Central municipality defaults: read when valid, rejected whole with a Dutch message when not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import defaults
from app.defaults import DefaultsError, MachineDefaults, load_defaults, parse_defaults
from app.settings import Settings


def write(folder: Path, data: object) -> Path:
    path = folder / defaults.FILE_NAME
    path.write_text(data if isinstance(data, str) else json.dumps(data), "utf-8")
    return path


def test_valid_file_with_relative_logo(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    path = write(
        tmp_path,
        {
            "gemeente_naam": " Winterswijk ",
            "gemeentecode": "0294",
            "logo": "logo.png",
            "autolock_minuten": 10,
        },
    )
    found = load_defaults(path)
    assert found == MachineDefaults("Winterswijk", "0294", tmp_path / "logo.png", 10, path)


def test_no_file_gives_builtin_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(defaults, "find_defaults_file", lambda env=None: None)
    assert load_defaults() == MachineDefaults()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"gemeentecode": "0294",}', "geen geldige JSON (regel 1"),
        ("[1, 2]", "moet één object"),
        ({"gemeente": "Winterswijk"}, "onbekende instelling 'gemeente'"),
        ({"gemeentecode": "294"}, "CBS-code van vier cijfers"),
        ({"gemeentecode": 294}, "'gemeentecode' moet tekst zijn"),
        ({"gemeente_naam": "x" * 81}, "langer dan 80 tekens"),
        ({"logo": "ontbreekt.png"}, "bestaat niet"),
        ({"logo": "logo.gif"}, "PNG-, JPG- of SVG-bestand"),
        ({"autolock_minuten": 0}, "heel getal van 1 tot 60"),
        ({"autolock_minuten": True}, "heel getal van 1 tot 60"),
        ({"autolock_minuten": "5"}, "heel getal van 1 tot 60"),
    ],
)
def test_bad_file_gets_a_clear_dutch_message(tmp_path: Path, content: object, message: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(DefaultsError) as caught:
        load_defaults(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)  # IT sees which file to fix


def test_file_that_is_not_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / defaults.FILE_NAME
    path.write_bytes(b"\xff\xfe\x00{")
    with pytest.raises(DefaultsError, match="geen tekstbestand in UTF-8"):
        load_defaults(path)


@given(st.text(max_size=200))
def test_any_text_is_read_or_refused_with_a_message(text: str) -> None:
    try:
        parse_defaults(text, Path("wegwijs-defaults.json"))
    except DefaultsError as exc:
        assert str(exc).startswith("wegwijs-defaults.json")


def test_search_order_env_first_then_machine_folder(tmp_path: Path) -> None:
    own = tmp_path / "eigen.json"
    paths = defaults.candidate_paths({defaults.ENV_DEFAULTS: str(own)})
    assert paths[0] == own
    assert paths[1].name == defaults.FILE_NAME
    assert defaults.candidate_paths({})[0] == paths[1]


def test_bad_file_is_ignored_whole_by_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(defaults.ENV_DEFAULTS, str(write(tmp_path, {"gemeentecode": "12"})))
    machine, problem = defaults.load_defaults_or_builtin()
    assert machine == MachineDefaults()
    assert problem is not None and "vier cijfers" in problem
    assert Settings.load(tmp_path / "instellingen.json") == Settings()


def test_settings_take_machine_defaults_and_user_choices_win(tmp_path: Path) -> None:
    machine = MachineDefaults("Aalten", "0197", None, 15, tmp_path / "d.json")
    user_file = tmp_path / "instellingen.json"
    settings = Settings.load(user_file, machine)
    assert (settings.gemeente_naam, settings.standaard_gemeentecode) == ("Aalten", "0197")
    assert settings.autolock_minuten == 15
    user_file.write_text(json.dumps({"standaard_gemeentecode": "0294"}), "utf-8")
    assert Settings.load(user_file, machine).standaard_gemeentecode == "0294"


def test_saving_keeps_only_own_choices_so_later_central_changes_arrive(tmp_path: Path) -> None:
    first = MachineDefaults("Aalten", "0197")
    user_file = tmp_path / "instellingen.json"
    settings = Settings.load(user_file, first)
    from dataclasses import replace

    replace(settings, klantmanager="Anouk Jansen").save(user_file, first)
    assert json.loads(user_file.read_text("utf-8")) == {"klantmanager": "Anouk Jansen"}
    later = MachineDefaults("Aalten", "0197", autolock_minuten=3)
    reloaded = Settings.load(user_file, later)
    assert reloaded.autolock_minuten == 3
    assert reloaded.klantmanager == "Anouk Jansen"
