"""Fixed handout texts, one JSON file per language in ``resources/handout/<taal>.json``.

Dutch (``nl.json``) is the reference: every key it has must be in every other language, with
a non-empty text. A language that misses texts is never printed half-translated:
``load_texts`` raises ``MissingTexts`` naming the keys, and the caller offers Dutch only.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

REFERENCE = "nl"


class MissingTexts(ValueError):
    def __init__(self, taal: str, keys: tuple[str, ...], naam: str) -> None:
        self.taal = taal
        self.keys = keys
        super().__init__(
            f"De vertaling in het {naam} ({taal}) mist {len(keys)} tekst(en): "
            f"{', '.join(keys)}. Druk de folder alleen in het Nederlands af, of vul de "
            f"ontbrekende teksten aan in resources/handout/{taal}.json."
        )


def handout_dir() -> Path:
    return Path(str(resources.files("resources") / "handout"))


def available_languages(folder: Path | None = None) -> tuple[str, ...]:
    folder = folder or handout_dir()
    return tuple(sorted(p.stem for p in folder.glob("*.json")))


def _read(taal: str, folder: Path) -> dict[str, str]:
    path = folder / f"{taal}.json"
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise ValueError(f"Het tekstbestand {path.name} is geen geldige JSON: {exc}.") from None
    if not isinstance(raw, dict):
        raise ValueError(f"Het tekstbestand {path.name} moet een lijst van teksten zijn.")
    return {str(k): str(v) for k, v in raw.items() if not str(k).startswith("_")}


@cache
def _cached(taal: str, folder: Path) -> dict[str, str]:
    return _read(taal, folder)


def missing_keys(taal: str, folder: Path | None = None) -> tuple[str, ...]:
    folder = folder or handout_dir()
    reference = _read(REFERENCE, folder)
    texts = _read(taal, folder)
    return tuple(k for k in reference if not texts.get(k, "").strip())


def load_texts(taal: str, folder: Path | None = None) -> dict[str, str]:
    """All fixed texts for *taal*; raises MissingTexts when any reference key is absent."""
    folder = folder or handout_dir()
    missing = missing_keys(taal, folder)
    if missing:
        from app.reference import language_name

        raise MissingTexts(taal, missing, (language_name(taal) or taal).lower())
    return dict(_cached(taal, folder))


def texts_hash(taal: str, folder: Path | None = None) -> str:
    """Fingerprint of one language file, so a review is tied to the texts that were checked."""
    folder = folder or handout_dir()
    texts = _read(taal, folder)
    blob = json.dumps(texts, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()
