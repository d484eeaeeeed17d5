"""Answer values per answer type: turn what was given into the stored value, and back to text.

Stored values: str (text, longtext, choice, ISO date), int, bool, list[str] (multichoice).
``None``, empty text and an empty list mean "not answered".
"""

from __future__ import annotations

from datetime import date

from app.intake.definition import Question
from app.validation import FieldError, format_date, parse_date

MAX_TEXT = {"text": 300, "longtext": 5000}
_YES = {"ja", "j", "true", "1", "yes"}
_NO = {"nee", "n", "false", "0", "no"}


def _as_text(question: Question, value: object) -> str | None:
    if not isinstance(value, str):
        raise FieldError("Vul tekst in.")
    text = value.strip() if question.type == "text" else value.rstrip()
    if len(text) > MAX_TEXT[question.type]:
        raise FieldError(f"Dit is te lang (hoogstens {MAX_TEXT[question.type]} tekens).")
    return text or None


def _as_int(question: Question, value: object) -> int | None:
    if isinstance(value, bool):
        raise FieldError("Vul een geheel getal in.")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:  # isdigit() alone lets '²' and '--5' through, which int() refuses
            value = int(text)
        except ValueError:
            raise FieldError("Vul een geheel getal in, zonder punten of letters.") from None
    if not isinstance(value, int):
        raise FieldError("Vul een geheel getal in.")
    if question.min is not None and value < question.min:
        raise FieldError(f"Het getal is minstens {question.min}.")
    if question.max is not None and value > question.max:
        raise FieldError(f"Het getal is hoogstens {question.max}.")
    return value


def _as_date(value: object) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise FieldError("Vul een datum in als dd-mm-jjjj.")
    if not value.strip():
        return None
    parsed = parse_date(value)
    if not date(1950, 1, 1) <= parsed <= date(2100, 12, 31):
        raise FieldError("Deze datum ligt buiten de mogelijke periode.")
    return parsed.isoformat()


def _as_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().casefold()
        if not text:
            return None
        if text in _YES:
            return True
        if text in _NO:
            return False
    raise FieldError("Kies ja of nee.")


def _as_choice(question: Question, value: object) -> str | None:
    if not isinstance(value, str):
        raise FieldError("Kies een van de mogelijkheden.")
    if not value:
        return None
    if value not in {o.value for o in question.choices}:
        raise FieldError(f"'{value}' is geen van de mogelijkheden.")
    return value


def _as_multi(question: Question, value: object) -> list[str] | None:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise FieldError("Kies een of meer van de mogelijkheden.")
    allowed = [o.value for o in question.choices]
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise FieldError(f"Geen van de mogelijkheden: {', '.join(unknown)}.")
    chosen = [v for v in allowed if v in value]  # definition order, no doubles
    return chosen or None


def coerce(question: Question, value: object) -> object | None:
    """The value to store for *question*, or None for "not answered"; FieldError when invalid."""
    if value is None:
        return None
    if question.type in MAX_TEXT:
        return _as_text(question, value)
    if question.type == "int":
        return _as_int(question, value)
    if question.type == "date":
        return _as_date(value)
    if question.type == "bool":
        return _as_bool(value)
    if question.type == "choice":
        return _as_choice(question, value)
    return _as_multi(question, value)


def is_valid(question: Question, value: object) -> bool:
    """Whether a stored value (perhaps from an older definition) still fits *question*."""
    try:
        return coerce(question, value) == value and value is not None
    except FieldError:
        return False


def display(question: Question | None, value: object) -> str:
    """Plain Dutch text for an answer, as the summary shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nee"
    if question is None:
        return ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    if question.type == "date" and isinstance(value, str):
        try:
            return format_date(value)
        except ValueError:
            return value
    if question.type == "choice" and isinstance(value, str):
        return question.choice_label(value)
    if question.type == "multichoice" and isinstance(value, list):
        return ", ".join(question.choice_label(str(v)) for v in value)
    return str(value)
