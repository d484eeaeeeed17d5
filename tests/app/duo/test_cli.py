"""`wegwijs duo-gateway`: bad settings give a Dutch message and exit 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import run
from app.duo.config import load_config
from app.duo.digikoppeling import ConfigError
from tests.support.duo.pki import Pki


def _config(tmp_path: Path, pki: Pki, **over: str) -> Path:
    values = {
        "dsn": "host=127.0.0.1 port=1 dbname=x user=y sslmode=disable connect_timeout=1",
        "url": "https://duo.test:443/v1",
        "duo_oin": "00000001800866472000",
        "gemeente_oin": "00000001001589623000",
        "cert": str(pki.gemeente.certificate),
    }
    values.update(over)
    path = tmp_path / "gw.toml"
    path.write_text(
        f"""[database]
dsn = "{values["dsn"]}"
[duo]
url = "{values["url"]}"
oin = "{values["duo_oin"]}"
[tls]
certificaat = "{values["cert"]}"
sleutel = "{pki.gemeente.key}"
ca = "{pki.ca}"
[gemeenten]
"0222" = "{values["gemeente_oin"]}"
""",
        "utf-8",
    )
    return path


def test_good_settings_load(tmp_path: Path, pki: Pki) -> None:
    config = load_config(_config(tmp_path, pki))
    assert config.oin_of("0222") == "00000001001589623000"
    assert config.gemeente_of("00000001001589623000") == "0222"


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"gemeente_oin": "123"}, "OIN van gemeente 0222: een OIN is 20 cijfers."),
        ({"duo_oin": "0000000180086647200X"}, "duo.oin: een OIN is 20 cijfers."),
        ({"url": "http://duo.test/v1"}, "duo.url moet met https:// beginnen."),
        ({"cert": "/bestaat/niet.crt"}, "TLS-certificaat niet gevonden"),
    ],
)
def test_bad_settings_exit_2_with_the_setting_named(
    tmp_path: Path, pki: Pki, capsys: pytest.CaptureFixture[str], over: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message.split(":")[0]):
        load_config(_config(tmp_path, pki, **over))
    assert run(["duo-gateway", "--config", str(_config(tmp_path, pki, **over))]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_file_and_unreachable_database(
    tmp_path: Path, pki: Pki, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["duo-gateway", "--config", str(tmp_path / "geen.toml")]) == 2
    assert "Instellingen niet te lezen" in capsys.readouterr().err
    assert run(["duo-gateway", "--config", str(_config(tmp_path, pki)), "--achterstand"]) == 3
    assert "niet bereikbaar" in capsys.readouterr().err
