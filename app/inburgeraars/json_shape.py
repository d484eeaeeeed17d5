"""The JSON shape of an inburgeraar, as the CLI reads and writes it (see docs/cli.md)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from app.inburgeraars.model import Inburgeraar
from app.validation import unsafe_text_problem
from db.inburgeraars import INBURGERAAR_FIELDS

# What a form (and the JSON of the CLI) holds: every column one types in, and the languages.
FORM_FIELDS = (*INBURGERAAR_FIELDS, "talen")


def inburgeraar_to_json(inburgeraar: Inburgeraar) -> dict[str, Any]:
    data = asdict(inburgeraar)
    for key, value in data.items():
        if isinstance(value, date):
            data[key] = value.isoformat()
    data["talen"] = [{"taal": t.code, "niveau": t.niveau} for t in inburgeraar.talen]
    return data


def form_from_json(data: Any) -> dict[str, Any]:
    """Turn parsed JSON into form values; unknown keys and wrong types are errors."""
    if not isinstance(data, dict):
        raise ValueError("Verwacht een JSON-object met de velden van een inburgeraar.")
    unknown = sorted(set(data) - set(FORM_FIELDS))
    if unknown:
        raise ValueError(f"Onbekende velden: {', '.join(unknown)}.")
    form: dict[str, Any] = {}
    for key, value in data.items():
        if key == "talen":
            if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
                raise ValueError('"talen" is een lijst van {"taal": …, "niveau": …}.')
            form[key] = value
        elif value is None:
            form[key] = ""
        elif isinstance(value, str | int) and not isinstance(value, bool):
            problem = unsafe_text_problem(str(value))
            if problem:
                raise ValueError(f'"{key}": {problem}')
            form[key] = str(value)
        else:
            raise ValueError(f'"{key}" moet tekst zijn.')
    return form
