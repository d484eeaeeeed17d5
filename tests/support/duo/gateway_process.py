"""The gateway as its own process (`python -m app.duo`), for the SIGKILL test and the bench."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.duo.config import GatewayConfig
from tests.support.duo.contract import REPO


def write_config(path: Path, config: GatewayConfig) -> Path:
    assert config.tls is not None
    gemeenten = "\n".join(f'"{code}" = "{oin}"' for code, oin in config.gemeenten.items())
    path.write_text(
        f"""[database]
dsn = "{config.dsn}"
[duo]
url = "{config.duo_url}"
oin = "{config.duo_oin}"
[tls]
certificaat = "{config.tls.certificate}"
sleutel = "{config.tls.key}"
ca = "{config.tls.ca}"
[notificaties]
host = "127.0.0.1"
port = {config.port}
[wachtrij]
batch = {config.batch}
[gemeenten]
{gemeenten}
""",
        "utf-8",
    )
    path.chmod(0o600)
    return path


def start(config_file: Path, log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "app.duo", "--config", str(config_file)],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
