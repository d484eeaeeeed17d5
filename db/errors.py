"""Store errors. Each carries a Dutch message that can be shown to the user as it is."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class; ``str(error)`` is a complete Dutch sentence for the user."""


class WrongKeyError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Het wachtwoord klopt niet, of dit bestand is geen Wegwijs-gegevensbestand. "
            "Er is niets aan het bestand veranderd."
        )


class StoreMissingError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Er is nog geen gegevensbestand op {path}.")
        self.path = path


class StoreExistsError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Er staat al een gegevensbestand op {path}; het wordt niet overschreven.")
        self.path = path


class StoreTooNewError(StoreError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"Dit gegevensbestand heeft schemaversie {found}; deze versie van Wegwijs kent "
            f"versie {supported}. Installeer de nieuwste Wegwijs. Er is niets veranderd."
        )
        self.found = found
        self.supported = supported


class StoreDamagedError(StoreError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            "Het gegevensbestand is beschadigd en kan niet worden geopend. "
            "Er is niets overschreven; zet een back-up terug. "
            f"(technisch: {detail})"
        )
        self.detail = detail


class DiskFullError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "De schijf is vol: dit is niet opgeslagen. Wat eerder was opgeslagen is veilig. "
            "Maak ruimte vrij (bijvoorbeeld in Downloads of de prullenbak) en probeer het opnieuw."
        )
