"""The mock DUO as a process of its own, like the real DUO on another machine (for the bench):
`python -m tests.support.duo.mock_server PORT PKI_DIR PERSONS` serves BSNs 9xxxxxxxx below
PERSONS."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.duo.digikoppeling import TlsFiles
from tests.support.duo.contract import duo_contract
from tests.support.duo.fixtures import DUO_OIN, GEMEENTE_OIN
from tests.support.duo.mock_duo import MockDuo, Served


def main(port: int, pki_dir: Path, persons: int) -> None:
    mock = MockDuo(duo_contract(), bron_oins={GEMEENTE_OIN}, doel_oin=DUO_OIN)
    for i in range(persons):
        mock.person(f"9{i:08d}")
    mock.keep_exchanges = False
    tls = TlsFiles(pki_dir / "duo.crt", pki_dir / "duo.key", pki_dir / "ca.crt")
    with Served(mock.app, port, tls):
        print("ready", flush=True)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
