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


class EmptyStoreError(StoreDamagedError):
    """A store file of 0 bytes (or shorter than one page): never taken for a new, empty store."""

    def __init__(self, size: int) -> None:
        super().__init__(f"het bestand is {size} bytes groot, een gegevensbestand is groter")
        self.size = size


class StoreIOError(StoreError):
    """The file could not be read or written: a disk, permission or folder problem, not damage.
    No restore is offered for it (the file itself may be fine)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Het gegevensbestand kan niet worden gelezen of geschreven: de schijf, de map of de "
            "rechten op de map geven een fout. Het bestand is daardoor niet beschadigd en er is "
            "niets veranderd. Controleer of de schijf er is, niet vol is en of u in de map mag "
            f"schrijven, en probeer het opnieuw. (technisch: {detail})"
        )
        self.detail = detail


class StoreBusyError(StoreError):
    """Another program holds the store's write lock for longer than we wait."""

    def __init__(self) -> None:
        super().__init__(
            "Het gegevensbestand is bezet: een ander Wegwijs-venster of -opdracht is ermee aan "
            "het schrijven. Er is niets veranderd. Wacht even en probeer het opnieuw."
        )


class StoreInUseError(StoreError):
    """A restore was asked while another process has the store open."""

    def __init__(self, who: str) -> None:
        super().__init__(
            f"Het gegevensbestand is nog geopend ({who}). Sluit Wegwijs overal waar het met dit "
            "bestand open is en probeer het opnieuw. Er is niets teruggezet."
        )


class DiskFullError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "De schijf is vol: dit is niet opgeslagen. Wat eerder was opgeslagen is veilig. "
            "Maak ruimte vrij (bijvoorbeeld in Downloads of de prullenbak) en probeer het opnieuw."
        )
