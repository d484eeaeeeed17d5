"""Who checked a handout translation, and when: a small JSON file next to the settings.

A review is tied to a fingerprint of the language file: when the texts change afterwards, the
review no longer counts and the app says the translation has not been checked.
The file holds only key persons' names and dates, never data about newcomers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.pdf.texts import texts_hash
from app.validation import FieldError

REVIEW_FILE = "vertaalcontrole.json"


@dataclass(frozen=True)
class Review:
    taal: str
    sleutelpersoon: str
    datum: date
    tekst_hash: str

    @property
    def actueel(self) -> bool:
        return self.tekst_hash == texts_hash(self.taal)


def review_path(data_dir: Path) -> Path:
    return data_dir / REVIEW_FILE


def _load_all(path: Path) -> dict[str, dict[str, str]]:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def get_review(data_dir: Path, taal: str) -> Review | None:
    item = _load_all(review_path(data_dir)).get(taal)
    if not isinstance(item, dict):
        return None
    try:
        return Review(
            taal, str(item["sleutelpersoon"]), date.fromisoformat(item["datum"]), item["hash"]
        )
    except (KeyError, ValueError, TypeError):
        return None


def record_review(data_dir: Path, taal: str, sleutelpersoon: str, datum: date) -> Review:
    """Store that *sleutelpersoon* checked the *taal* texts on *datum* (replaces an older one)."""
    naam = " ".join(sleutelpersoon.split())
    if not naam:
        raise FieldError("Vul de naam in van de sleutelpersoon die de vertaling controleerde.")
    if len(naam) > 100:
        raise FieldError("De naam is te lang (hooguit 100 tekens).")
    if datum > date.today():
        raise FieldError("De datum van de controle ligt in de toekomst.")
    review = Review(taal, naam, datum, texts_hash(taal))
    path = review_path(data_dir)
    data = _load_all(path)
    data[taal] = {"sleutelpersoon": naam, "datum": datum.isoformat(), "hash": review.tekst_hash}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), "utf-8")
    tmp.replace(path)
    return review
