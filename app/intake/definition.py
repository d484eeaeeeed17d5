"""The versioned questionnaire definition: read from ``resources/intake/definitie-vN.json``.

The file is data, not code. Loading checks every section and question and refuses a malformed file
with a Dutch message that says where the problem is (section, question, field).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from app import reference
from app.intake.conditions import ConditionError, Node, names, parse

ANSWER_TYPES: dict[str, str] = {
    "text": "korte tekst",
    "longtext": "lange tekst",
    "int": "geheel getal",
    "date": "datum",
    "bool": "ja/nee",
    "choice": "keuze",
    "multichoice": "meerkeuze",
}
CHOICE_TYPES = frozenset({"choice", "multichoice"})
# Facts from the inburgeraar record a condition may use.
INBURGERAAR_FACTS = frozenset(
    {
        "client.asielstatushouder",
        "client.doelgroep",
        "client.leeftijd",
        "client.geslacht",
        "client.land_herkomst",
    }
)
# Choice lists kept in app.reference, so the definition and matching share one list.
CHOICE_SOURCES: dict[str, Mapping[str, str]] = {"themas": reference.THEMAS}
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")
_FILE = re.compile(r"^definitie-v(\d+)\.json$")


class DefinitionError(ValueError):
    """A malformed definition; the message names the file, section, question and field."""


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Question:
    id: str
    label: str
    type: str
    help: str = ""
    choices: tuple[Option, ...] = ()
    required_for_completion: bool = False
    condition_text: str = ""
    condition: Node | None = None
    min: int | None = None
    max: int | None = None

    def choice_label(self, value: str) -> str:
        return next((o.label for o in self.choices if o.value == value), value)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    questions: tuple[Question, ...]
    help: str = ""
    legal_minimum: bool = False
    condition_text: str = ""
    condition: Node | None = None


@dataclass(frozen=True)
class Definition:
    version: int
    title: str
    sections: tuple[Section, ...]
    _index: dict[str, tuple[Section, Question]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for section in self.sections:
            for question in section.questions:
                self._index[question.id] = (section, question)

    def question(self, question_id: str) -> Question | None:
        found = self._index.get(question_id)
        return found[1] if found else None

    def section_of(self, question_id: str) -> Section | None:
        found = self._index.get(question_id)
        return found[0] if found else None

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def question_ids(self) -> list[str]:
        return list(self._index)


class _Reader:
    """Walks the raw JSON and says exactly where a problem is."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> DefinitionError:
        return DefinitionError(f"Vragenlijst {self.source}: {where}: {problem}")

    def get(
        self, obj: Mapping[str, Any], key: str, kind: type, where: str, default: Any = ...
    ) -> Any:
        if key not in obj:
            if default is ...:
                raise self.fail(where, f"veld '{key}' ontbreekt")
            return default
        value = obj[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            expected = {str: "tekst", int: "getal", bool: "true/false", list: "lijst"}[kind]
            raise self.fail(where, f"veld '{key}' moet {expected} zijn")
        return value

    def text(self, obj: Mapping[str, Any], key: str, where: str, default: Any = ...) -> str:
        value = str(self.get(obj, key, str, where, default))
        if default is ... and not value.strip():
            raise self.fail(where, f"veld '{key}' is leeg")
        return value

    def condition(self, obj: Mapping[str, Any], where: str) -> tuple[str, Node | None]:
        text = self.text(obj, "condition", where, "")
        if not text:
            return "", None
        try:
            return text, parse(text)
        except ConditionError as exc:
            raise self.fail(where, f"voorwaarde {text!r} klopt niet: {exc}") from None

    def choices(self, raw: Mapping[str, Any], qtype: str, where: str) -> tuple[Option, ...]:
        if "choices_from" in raw:
            name = self.text(raw, "choices_from", where)
            if name not in CHOICE_SOURCES:
                raise self.fail(where, f"onbekende keuzelijst '{name}' in 'choices_from'")
            return tuple(Option(k, v) for k, v in CHOICE_SOURCES[name].items())
        items = self.get(raw, "choices", list, where, [])
        if qtype in CHOICE_TYPES and not items:
            raise self.fail(where, f"type '{qtype}' heeft 'choices' of 'choices_from' nodig")
        if qtype not in CHOICE_TYPES and items:
            raise self.fail(where, f"type '{qtype}' heeft geen 'choices'")
        options: list[Option] = []
        for n, item in enumerate(items, 1):
            spot = f"{where}, keuze {n}"
            if not isinstance(item, dict):
                raise self.fail(spot, "een keuze heeft 'value' en 'label'")
            options.append(Option(self.text(item, "value", spot), self.text(item, "label", spot)))
        values = [o.value for o in options]
        if len(set(values)) != len(values):
            raise self.fail(where, "dezelfde keuze staat er twee keer in")
        return tuple(options)

    def question(self, raw: Any, where: str) -> Question:
        if not isinstance(raw, dict):
            raise self.fail(where, "een vraag moet een object zijn")
        qid = self.text(raw, "id", where)
        where = f"{where} ('{qid}')"
        if not _ID.match(qid):
            raise self.fail(where, "een vraag-id bestaat uit kleine letters, cijfers, _ en punten")
        qtype = self.text(raw, "type", where)
        if qtype not in ANSWER_TYPES:
            allowed = ", ".join(ANSWER_TYPES)
            raise self.fail(where, f"onbekend type '{qtype}' (mogelijk: {allowed})")
        text, node = self.condition(raw, where)
        return Question(
            id=qid,
            label=self.text(raw, "label", where),
            type=qtype,
            help=self.text(raw, "help", where, ""),
            choices=self.choices(raw, qtype, where),
            required_for_completion=bool(
                self.get(raw, "required_for_completion", bool, where, False)
            ),
            condition_text=text,
            condition=node,
            min=self.get(raw, "min", int, where, None) if "min" in raw else None,
            max=self.get(raw, "max", int, where, None) if "max" in raw else None,
        )

    def section(self, raw: Any, number: int) -> Section:
        where = f"sectie {number}"
        if not isinstance(raw, dict):
            raise self.fail(where, "een sectie moet een object zijn")
        sid = self.text(raw, "id", where)
        where = f"sectie '{sid}'"
        items = self.get(raw, "questions", list, where)
        if not items:
            raise self.fail(where, "een sectie heeft minstens één vraag")
        questions = tuple(self.question(q, f"{where}, vraag {n}") for n, q in enumerate(items, 1))
        text, node = self.condition(raw, where)
        return Section(
            id=sid,
            title=self.text(raw, "title", where),
            questions=questions,
            help=self.text(raw, "help", where, ""),
            legal_minimum=bool(self.get(raw, "legal_minimum", bool, where, False)),
            condition_text=text,
            condition=node,
        )


def _check_references(definition: Definition, reader: _Reader) -> None:
    known = set(definition.question_ids()) | INBURGERAAR_FACTS
    seen_sections: set[str] = set()
    for section in definition.sections:
        if section.id in seen_sections:
            raise reader.fail(f"sectie '{section.id}'", "deze sectie-id komt twee keer voor")
        seen_sections.add(section.id)
        items: list[tuple[str, Node | None, str]] = [
            (f"sectie '{section.id}'", section.condition, "")
        ]
        items += [
            (f"sectie '{section.id}', vraag '{q.id}'", q.condition, q.id) for q in section.questions
        ]
        for where, node, own in items:
            if node is None:
                continue
            for name in sorted(names(node)):
                if name == own:
                    raise reader.fail(where, "de voorwaarde verwijst naar de vraag zelf")
                if name not in known:
                    raise reader.fail(where, f"de voorwaarde noemt onbekende vraag '{name}'")


def parse_definition(data: Any, source: str = "(tekst)") -> Definition:
    """Build a Definition from decoded JSON; raises DefinitionError naming the problem."""
    reader = _Reader(source)
    if not isinstance(data, dict):
        raise reader.fail("bovenste niveau", "verwacht een object met 'version' en 'sections'")
    version = reader.get(data, "version", int, "bovenste niveau")
    if version < 1:
        raise reader.fail("bovenste niveau", "'version' is 1 of hoger")
    raw_sections = reader.get(data, "sections", list, "bovenste niveau")
    if not raw_sections:
        raise reader.fail("bovenste niveau", "er staan geen secties in")
    sections = tuple(reader.section(s, n) for n, s in enumerate(raw_sections, 1))
    first_seen: dict[str, str] = {}
    for section in sections:
        for q in section.questions:
            if q.id in first_seen:
                raise reader.fail(
                    f"sectie '{section.id}', vraag '{q.id}'",
                    f"deze vraag-id komt al voor in sectie '{first_seen[q.id]}'",
                )
            first_seen[q.id] = section.id
    definition = Definition(version, reader.text(data, "title", "bovenste niveau", ""), sections)
    _check_references(definition, reader)
    return definition


def parse_definition_text(text: str, source: str = "(tekst)") -> Definition:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            f"Vragenlijst {source}: geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}): "
            f"{exc.msg}"
        ) from None
    return parse_definition(data, source)


def _files() -> dict[int, Any]:
    found: dict[int, Any] = {}
    for entry in resources.files("resources.intake").iterdir():
        match = _FILE.match(entry.name)
        if match:
            found[int(match.group(1))] = entry
    return found


def available_versions() -> list[int]:
    return sorted(_files())


@cache
def load_definition(version: int | None = None) -> Definition:
    """The shipped definition *version*, or the newest one."""
    files = _files()
    if not files:
        raise DefinitionError("Er is geen vragenlijst meegeleverd (resources/intake).")
    chosen = max(files) if version is None else version
    if chosen not in files:
        raise DefinitionError(f"Vragenlijst versie {chosen} bestaat niet.")
    entry = files[chosen]
    definition = parse_definition_text(entry.read_text("utf-8"), entry.name)
    if definition.version != chosen:
        raise DefinitionError(
            f"Vragenlijst {entry.name}: 'version' is {definition.version}, "
            f"de bestandsnaam zegt {chosen}"
        )
    return definition
