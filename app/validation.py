"""Field validators. Each takes what the officer typed and returns the normalised value, or
raises FieldError with a short Dutch message to show next to the field."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# The Wet inburgering 2021 applies to whoever became inburgeringsplichtig from 1 January 2022.
WI2021_START = date(2022, 1, 1)
EARLIEST_BIRTH = date(1900, 1, 1)


class FieldError(ValueError):
    """One field's problem; ``str(error)`` is the Dutch message."""


class ValidationError(ValueError):
    """Several fields' problems: ``errors`` maps field name to Dutch message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass
class FormCollector:
    """Parses a form field by field and keeps every field's problem instead of stopping at the
    first, so the officer sees all that is wrong at once."""

    values: Mapping[str, Any]
    errors: dict[str, str] = field(default_factory=dict)

    def take(self, name: str, parse: Callable[[Any], Any]) -> Any:
        """``parse(values[name])``, or None with the message noted under *name*."""
        try:
            return parse(self.values.get(name))
        except FieldError as exc:
            self.errors[name] = str(exc)
            return None

    def check(self) -> None:
        """Raise ValidationError with every noted problem, if there is one."""
        if self.errors:
            raise ValidationError(self.errors)


def bsn_is_valid(digits: str) -> bool:
    """The elfproef: weights 9..2 and -1 on the last digit; sum divisible by 11 (and not 0)."""
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    return total % 11 == 0 and total != 0


def parse_bsn(raw: str) -> str:
    text = re.sub(r"[\s.\-]", "", raw)
    if not text.isascii() or not text.isdigit():
        raise FieldError("Een BSN bestaat alleen uit cijfers.")
    if len(text) == 8:
        text = "0" + text  # BSNs below 100000000 are often written without the leading zero
    if len(text) != 9:
        raise FieldError("Een BSN heeft 9 cijfers.")
    if not bsn_is_valid(text):
        raise FieldError("Dit BSN klopt niet (elfproef). Controleer de cijfers.")
    return text


def parse_v_nummer(raw: str) -> str:
    """The IND's vreemdelingennummer: 10 digits, often written with dots or spaces."""
    text = re.sub(r"[\s.\-]", "", raw)
    if text[:1] in ("V", "v"):
        text = text[1:]
    if not text.isascii() or not text.isdigit():
        raise FieldError("Een V-nummer bestaat uit 10 cijfers.")
    if len(text) != 10:
        raise FieldError(f"Een V-nummer heeft 10 cijfers, dit zijn er {len(text)}.")
    return text


_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Z]{2})$")


def parse_postcode(raw: str) -> str:
    match = _POSTCODE.match(raw.strip().upper())
    if not match or match.group(2) in ("SA", "SD", "SS"):
        raise FieldError("Een postcode is 4 cijfers en 2 letters, bijvoorbeeld 7101 AB.")
    return f"{match.group(1)} {match.group(2)}"


_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
)


def parse_email(raw: str) -> str:
    text = raw.strip()
    if len(text) > 254 or not _EMAIL.match(text) or ".." in text:
        raise FieldError("Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.")
    return text


def parse_iban(raw: str) -> str:
    """An IBAN in compact form (NL91ABNA0417164300), checked with python-stdnum (country
    length, format and the ISO 7064 check digits)."""
    from stdnum import iban
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return str(iban.validate(raw))
    except StdnumError:
        raise FieldError(
            "Dit is geen geldig IBAN. Controleer de cijfers, bijvoorbeeld NL91 ABNA 0417 1643 00."
        ) from None


def format_iban(value: str) -> str:
    """NL91 ABNA 0417 1643 00: groups of four, as on a bank card."""
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def parse_phone(raw: str) -> str:
    """Dutch numbers (10 digits from 0) or international ones (+ and 8 to 15 digits)."""
    text = re.sub(r"[\s\-().]", "", raw)
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+31"):
        text = "0" + text[3:]
    if text.startswith("+"):
        digits = text[1:]
        if digits.isascii() and digits.isdigit() and 8 <= len(digits) <= 15:
            return text
    elif text.isascii() and text.isdigit() and len(text) == 10 and text.startswith("0"):
        return text
    raise FieldError(
        "Dit is geen geldig telefoonnummer, bijvoorbeeld 0543 123456 of +31 6 12345678."
    )


_DATE_NL = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(raw: str) -> date:
    """dd-mm-jjjj (also with / or .) or jjjj-mm-dd."""
    text = raw.strip()
    m = _DATE_NL.match(text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = _DATE_ISO.match(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise FieldError("Deze datum bestaat niet.") from None
    raise FieldError("Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 03-02-2025.")


def parse_past_date(raw: str, today: date, earliest: date = EARLIEST_BIRTH) -> date:
    value = parse_date(raw)
    if value > today:
        raise FieldError("Deze datum ligt in de toekomst.")
    if value < earliest:
        raise FieldError(f"Deze datum ligt voor {format_date(earliest)}.")
    return value


def parse_name(raw: str, *, required: bool, max_len: int = 200) -> str:
    problem = unsafe_text_problem(raw)
    if problem:
        raise FieldError(problem)
    text = " ".join(raw.split())
    if not text:
        if required:
            raise FieldError("Vul dit in.")
        return ""
    if len(text) > max_len:
        raise FieldError(f"Te lang: hooguit {max_len} tekens.")
    if any(ch.isdigit() for ch in text):
        raise FieldError("Een naam bevat geen cijfers.")
    if any(not (ch.isalpha() or ch in " -'’.") for ch in text):
        raise FieldError("Een naam bevat alleen letters, spaties, - en '.")
    return text


# Never stored in free text: NUL and other control characters, the Unicode bidi embeddings,
# overrides and isolates (U+202E makes "gpj.exe" look like "exe.jpg") and lone surrogates (not
# text at all; SQLite and every file encoder refuse them). Right-to-left marks (U+200E/F) are
# normal in Arabic and stay.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
FORMULA_START = ("=", "+", "-", "@")


def unsafe_text_problem(text: str) -> str | None:
    """The Dutch reason *text* may not be stored, or None."""
    found = _UNSAFE.search(text)
    if found is None:
        return None
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        return "Deze tekst bevat een ongeldig teken (geen geldige Unicode)."
    if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        return "Deze tekst bevat een teken dat de leesrichting omdraait; dat kan niet."
    return "Deze tekst bevat een onzichtbaar stuurteken; dat kan niet."


def parse_text(raw: str, *, required: bool = False, max_len: int = 200) -> str:
    """Free text: whitespace collapsed, no unsafe characters, and not starting like a
    spreadsheet formula (= + - @), which an export could run."""
    problem = unsafe_text_problem(raw)
    if problem:
        raise FieldError(problem)
    text = " ".join(raw.split())
    if text.startswith(FORMULA_START):
        raise FieldError("Begin niet met =, +, - of @ (zo begint een formule in Excel).")
    if required and not text:
        raise FieldError("Vul dit in.")
    if len(text) > max_len:
        raise FieldError(f"Te lang: hooguit {max_len} tekens.")
    return text


def parse_huisnummer(raw: str) -> str:
    text = raw.strip()
    if not re.match(r"^[1-9][0-9]{0,4}(\s?[A-Za-z]{1,2})?([\s-]?[0-9A-Za-z]{1,6})?$", text):
        raise FieldError("Een huisnummer begint met een getal, bijvoorbeeld 12 of 12a-2.")
    return text


def parse_gemeentecode(raw: str) -> str:
    text = raw.strip()
    if not re.fullmatch(r"[0-9]{4}", text):
        raise FieldError("Een gemeentecode (CBS) heeft 4 cijfers, bijvoorbeeld 0294.")
    return text


def format_date(value: date | str | None) -> str:
    """Dutch style dd-mm-jjjj; accepts an ISO string from the store."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value.strftime("%d-%m-%Y")
