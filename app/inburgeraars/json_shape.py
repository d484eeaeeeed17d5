"""The JSON shape of an inburgeraar, as the CLI reads and writes it (see docs/cli.md)."""

from __future__ import annotations

from typing import Any

from app.inburgeraars import velden
from app.inburgeraars.model import Inburgeraar, waarde
from app.validation import unsafe_text_problem


def form_fields() -> tuple[str, ...]:
    """What a form (and the JSON of the CLI) holds: every field of the catalogue."""
    return velden.keys()


# the catalogue's fields when this module was loaded (use form_fields() where a test may add one)
FORM_FIELDS = form_fields()


def inburgeraar_to_json(inburgeraar: Inburgeraar) -> dict[str, Any]:
    data: dict[str, Any] = {v.key: v.als_json(waarde(inburgeraar, v.key)) for v in velden.alle()}
    data["id"] = inburgeraar.id
    data["version"] = inburgeraar.version
    return data


def form_from_json(data: Any) -> dict[str, Any]:
    """Turn parsed JSON into form values; unknown keys and wrong types are errors."""
    if not isinstance(data, dict):
        raise ValueError("Verwacht een JSON-object met de velden van een inburgeraar.")
    unknown = sorted(set(data) - set(form_fields()))
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
