"""A tiny condition language for the questionnaire, parsed and evaluated without eval().

Grammar::

    expr    := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | atom
    atom    := "(" expr ")" | operand [op operand]
    op      := == != < <= > >= in
    operand := name | "text" | number | true | false | [literal, ...]

A name is a question id (``gezin.kinderen``) or a client fact (``client.asielstatushouder``,
``client.doelgroep``, ``client.leeftijd``). A comparison with an unanswered name is false, so a
follow-up question stays hidden until the question it depends on is answered. A bare name is true
when its value is ``true``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Union

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"[^"]*")
      | (?P<number>-?\d+)
      | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)
      | (?P<word>[A-Za-z_][A-Za-z0-9_.]*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "in", "true", "false"}
_COMPARE = {"==", "!=", "<", "<=", ">", ">=", "in"}

Literal = str | int | bool | tuple[str | int | bool, ...]


class ConditionError(ValueError):
    """A condition that cannot be parsed; the message is Dutch and says where."""


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class Const:
    value: Literal


@dataclass(frozen=True)
class Compare:
    op: str
    left: Name | Const
    right: Name | Const


@dataclass(frozen=True)
class Not:
    inner: Node


@dataclass(frozen=True)
class BoolOp:
    op: str  # "and" | "or"
    parts: tuple[Node, ...]


Node = Union[Compare, Not, BoolOp, Name]  # noqa: UP007 (forward references)


def _tokens(text: str) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    pos = 0
    stripped = text.rstrip()
    while pos < len(stripped):
        match = _TOKEN.match(stripped, pos)
        if not match or match.end() == pos:
            rest = stripped[pos:].lstrip()
            where = len(stripped) - len(rest) + 1
            raise ConditionError(f"onbekend teken op positie {where}: {rest[:10]!r}")
        kind = match.lastgroup or ""
        result.append((kind, match.group(kind)))
        pos = match.end()
    return result


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        if self.pos >= len(self.tokens):
            raise ConditionError("de voorwaarde houdt te vroeg op")
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect(self, value: str) -> None:
        if self.pos >= len(self.tokens):
            raise ConditionError(f"verwacht {value!r}, maar de voorwaarde houdt op")
        _kind, got = self.take()
        if got != value:
            raise ConditionError(f"verwacht {value!r}, gevonden {got!r}")

    def parse(self) -> Node:
        if not self.tokens:
            raise ConditionError("de voorwaarde is leeg")
        node = self.expr()
        if self.pos != len(self.tokens):
            raise ConditionError(f"onverwacht {self.peek()!r} na een volledige voorwaarde")
        return node

    def expr(self) -> Node:
        parts = [self.conj()]
        while self.peek() == "or":
            self.take()
            parts.append(self.conj())
        return parts[0] if len(parts) == 1 else BoolOp("or", tuple(parts))

    def conj(self) -> Node:
        parts = [self.negation()]
        while self.peek() == "and":
            self.take()
            parts.append(self.negation())
        return parts[0] if len(parts) == 1 else BoolOp("and", tuple(parts))

    def negation(self) -> Node:
        if self.peek() == "not":
            self.take()
            return Not(self.negation())
        return self.atom()

    def atom(self) -> Node:
        if self.peek() == "(":
            self.take()
            node = self.expr()
            self.expect(")")
            return node
        left = self.operand()
        if self.peek() in _COMPARE:
            op = self.take()[1]
            right = self.operand()
            if op == "in" and not (isinstance(right, Const) and isinstance(right.value, tuple)):
                raise ConditionError('na \'in\' hoort een lijst, bijvoorbeeld ["a", "b"]')
            return Compare(op, left, right)
        if isinstance(left, Name):
            return left
        raise ConditionError(f"een losse waarde ({left.value!r}) is geen voorwaarde")

    def scalar(self) -> str | int | bool:
        kind, value = self.take()
        if kind == "string":
            return value[1:-1]
        if kind == "number":
            return int(value)
        if value in ("true", "false"):
            return value == "true"
        raise ConditionError(f"verwacht een waarde, gevonden {value!r}")

    def operand(self) -> Name | Const:
        if self.peek() == "[":
            self.take()
            items: list[str | int | bool] = []
            while self.peek() != "]":
                items.append(self.scalar())
                if self.peek() == ",":
                    self.take()
                elif self.peek() != "]":
                    raise ConditionError("in een lijst horen komma's tussen de waarden")
            self.take()
            return Const(tuple(items))
        kind, value = self.tokens[self.pos] if self.pos < len(self.tokens) else ("", "")
        if kind == "word" and value not in _KEYWORDS:
            self.pos += 1
            return Name(value)
        return Const(self.scalar())


def parse(text: str) -> Node:
    """Parse *text*; raises ConditionError with a Dutch message when it is not well formed."""
    return _Parser(text).parse()


def names(node: Node) -> set[str]:
    """Every name the condition refers to (question ids and client facts)."""
    if isinstance(node, Name):
        return {node.name}
    if isinstance(node, Not):
        return names(node.inner)
    if isinstance(node, BoolOp):
        return set().union(*(names(p) for p in node.parts))
    return {n.name for n in (node.left, node.right) if isinstance(n, Name)}


_MISSING = object()


def _value(operand: Name | Const, context: Mapping[str, object]) -> object:
    if isinstance(operand, Name):
        return context.get(operand.name, _MISSING)
    return operand.value


def _compare(op: str, left: object, right: object) -> bool:
    if left is _MISSING or right is _MISSING or left is None or right is None:
        return False
    if op == "in":
        return isinstance(right, tuple) and left in right
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if isinstance(left, int) and isinstance(right, int):
        return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]
    return False


def evaluate(node: Node, context: Mapping[str, object]) -> bool:
    """True when the condition holds for *context* (answers plus ``client.*`` facts)."""
    if isinstance(node, Name):
        return context.get(node.name) is True
    if isinstance(node, Not):
        return not evaluate(node.inner, context)
    if isinstance(node, BoolOp):
        if node.op == "and":
            return all(evaluate(p, context) for p in node.parts)
        return any(evaluate(p, context) for p in node.parts)
    return _compare(node.op, _value(node.left, context), _value(node.right, context))
