"""Wrap the user-visible string literals in ui/ in Qt's translation system (a re-runnable codemod).

    python tools/i18n_wrap.py            # rewrite ui/ in place, then ruff fixes imports and format
    python tools/i18n_wrap.py --check    # list what is still untranslated; exit 1 if anything is

A string literal (or f-string) that reaches a Qt text API — setText, setWindowTitle, QLabel(...),
QPushButton(...), addAction, setToolTip, setPlaceholderText, QMessageBox texts, showMessage, addTab,
addRow, … and the app's own text-taking helpers (shell.add_action, _group, set_error, …) — becomes
`translate("<module>", "…")`; an f-string becomes
`translate("<module>", "… {naam} …").format(naam=…)`, so a translator sees one whole sentence
with named placeholders. Column headers (HEADERS / COLUMNS tuples) are marked with
QT_TRANSLATE_NOOP("kolom", …) and translated where the header is shown.

Idempotent: a string already inside translate()/tr()/QT_TRANSLATE_NOOP() is left alone, so the lead
can run it again after merging other branches. tests/ui/test_translatable.py runs the same finder.
Only the standard library: `ast` gives every node's exact position, the rewrite is textual."""

from __future__ import annotations

import argparse
import ast
import keyword
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
SKIP_FILES = {"i18n.py"}
HEADER_CONTEXT = "kolom"

ALL = None  # every positional argument
LAST = -1
# method or function name → which positional arguments carry text (ALL = every one)
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    # Qt widgets and items
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setHtml": (0,),
    "showMessage": (0,),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addAction": ALL,
    "addMenu": ALL,
    "addToolBar": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addRow": (0,),
    "insertRow": (1,),
    "addButton": (0,),
    "setButtonText": (1,),
    "setCancelButtonText": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "setHeaderData": (2,),
    # the app's own helpers that put their text argument on screen
    "add_action": (0,),
    "add_tab": (1,),
    "_action": (0,),
    "_group": (0, 1),
    "_field": (2,),
    "_line": (2, 3),
    "_add": (2,),
    "_text": (2, 3),
    "_button": (0,),
    "_ask": (0,),
    "_refused": (1,),
    "no_access": (0,),
    "refused": (0,),
    "say": (0,),
    "announce": (1,),
    "announce_status": (1,),
    "ask_reason": (0, 1),
    "progress": (0,),
    "busy": (0,),
    "set_error": (LAST,),
    "RowsModel": (0,),
    "password_edit": (0,),
    "ok_cancel": (0,),
    "Op": (),
    "ChoiceCombo": (),
    "LazyTab": (1,),
}
# constructors whose every positional string is text
TEXT_CLASSES = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QMessageBox",
    "QProgressDialog",
    "QCommandLinkButton",
    "QToolButton",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QStandardItem",
}
# static dialogs: Class → method → positions of the title and text
STATIC_CALLS: dict[str, dict[str, tuple[int, ...]]] = {
    "QMessageBox": {m: (1, 2) for m in ("warning", "information", "question", "critical", "about")},
    "QInputDialog": {m: (1, 2) for m in ("getText", "getItem", "getInt", "getMultiLineText")},
    "QFileDialog": {
        "getSaveFileName": (1, 3),
        "getOpenFileName": (1, 3),
        "getExistingDirectory": (1,),
    },
}
TEXT_KEYWORDS = {
    "empty",
    "text",
    "title",
    "label",
    "tooltip",
    "toolTip",
    "placeholder",
    "caption",
    "message",
}
HEADER_NAMES = {"HEADERS", "COLUMNS"}
EXC_NAMES = {"exc", "error", "err", "problem"}  # an exception whose text is a Dutch app/ sentence
TRANSLATE_NAMES = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "app_text"}


def _has_words(text: str) -> bool:
    """Only text a person reads: not "", "–", "#", "<b>{}</b>" or a bare placeholder."""
    if re.match(r"^\s*[a-z-]+\s*:", text) and re.search(r";|#[0-9a-fA-F]{3}|\dpx\b", text):
        return False  # a style sheet, not words
    bare = re.sub(r"<[^>]*>|\{[^{}]*\}|&[a-z]+;", "", text)
    return any(ch.isalpha() for ch in bare)


def _is_app_message(node: ast.expr) -> bool:
    if not isinstance(node, ast.Call) or len(node.args) != 1:
        return False
    name = getattr(node.func, "id", None)
    arg = node.args[0]
    if name == "user_message":
        return True
    return name == "str" and isinstance(arg, ast.Name) and arg.id in EXC_NAMES


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        where = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{where}:{self.line}: {self.text!r}"


@dataclass(frozen=True)
class Edit:
    start: int  # byte offsets in the file
    end: int
    text: str


def context_for(path: Path) -> str:
    rel = path.relative_to(UI).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"] or ["ui"]
    return ".".join(parts)


def _str_literal(text: str, width: int = 64) -> str:
    """A Python string literal; a long text as implicitly joined parts on their own lines."""
    parts = re.findall(rf".{{1,{width}}}(?:\s+|$)|\S+", text, flags=re.S) or [text]
    quoted = []
    for part in parts:
        out = part.replace("\\", "\\\\").replace('"', '\\"')
        quoted.append('"' + out.replace("\n", "\\n").replace("\t", "\\t") + '"')
    return "\n".join(quoted)


def _key_for(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        key = expr.id
    elif isinstance(expr, ast.Attribute):
        key = expr.attr
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name | ast.Attribute):
        key = expr.func.id if isinstance(expr.func, ast.Name) else expr.func.attr
    elif isinstance(expr, ast.Subscript):
        key = _key_for(expr.value)
    else:
        key = "waarde"
    key = key.strip("_") or "waarde"
    return key + "_" if keyword.iskeyword(key) else key


class Module:
    def __init__(self, path: Path, context: str | None = None) -> None:
        self.path = path
        self.source = path.read_bytes()
        self.tree = ast.parse(self.source, filename=str(path))
        self.context = context or context_for(path)
        starts = [0]
        for line in self.source.splitlines(keepends=True):
            starts.append(starts[-1] + len(line))
        self.line_starts = starts
        self.findings: list[Finding] = []
        self.edits: list[Edit] = []
        self.needs_translate = False
        self.needs_noop = False
        self.needs_app_text = False
        self.constants: set[str] = set()

    # positions -----------------------------------------------------------------------------
    def span(self, node: ast.AST) -> tuple[int, int]:
        start = self.line_starts[node.lineno - 1] + node.col_offset  # type: ignore[attr-defined]
        end = self.line_starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[attr-defined]
        return start, end

    def segment(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.source[start:end].decode("utf-8")

    # finding -------------------------------------------------------------------------------
    def run(self) -> None:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                for arg in self._text_args(node):
                    self._leaf(arg, self.context)
                self._format_of_translation(node)
                self._bare_tr(node)
            if isinstance(node, ast.Assign) and node in self.tree.body:
                value = node.value
                if _is_text_constant(node) and isinstance(value, ast.Constant):
                    self._mark_constant(value)
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = {t.id for t in targets if isinstance(t, ast.Name)}
                if names & HEADER_NAMES and node.value is not None:
                    self._headers(node.value)

    def _text_args(self, call: ast.Call) -> list[ast.expr]:
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in TRANSLATE_NAMES or name is None:
            return []
        positions: tuple[int, ...] | None
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in STATIC_CALLS
        ):
            if name not in STATIC_CALLS[func.value.id]:
                return []
            positions = STATIC_CALLS[func.value.id][name]
        elif isinstance(func, ast.Name) and name in TEXT_CLASSES:
            positions = ALL
        elif name in TEXT_CALLS:
            positions = TEXT_CALLS[name]
        else:
            return []
        args = [a for a in call.args if not isinstance(a, ast.Starred)]
        if positions is ALL:
            chosen = list(args)
        else:
            chosen = []
            for p in positions:
                index = len(args) + p if p < 0 else p
                if 0 <= index < len(args):
                    chosen.append(args[index])
        chosen += [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
        return chosen

    def _leaf(self, node: ast.expr, context: str) -> None:
        """Wrap the literal text in an argument; look into the plain ways of combining text."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _has_words(node.value):
                self._wrap_constant(node, context)
        elif isinstance(node, ast.JoinedStr):
            self._wrap_fstring(node, context)
        elif isinstance(node, ast.IfExp):
            self._leaf(node.body, context)
            self._leaf(node.orelse, context)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                self._leaf(value, context)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            self._leaf(node.left, context)
            self._leaf(node.right, context)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            self._leaf(node.left, context)
        elif isinstance(node, ast.List | ast.Tuple | ast.Set):
            for element in node.elts:
                self._leaf(element, context)
        elif isinstance(node, ast.Name) and node.id in self.constants:
            self._constant_use(node)
        elif _is_app_message(node):
            self._app_message(node)
        elif isinstance(node, ast.ListComp | ast.GeneratorExp):
            self._leaf(node.elt, context)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
        ):
            self._leaf(node.func.value, context)

    def _app_message(self, node: ast.expr) -> None:
        """`str(exc)` or `user_message(exc)` on screen: app/'s Dutch sentence, via app_text."""
        start, end = self.span(node)
        self.findings.append(Finding(self.path, node.lineno, self.segment(node)))
        self.edits.append(Edit(start, end, f"app_text({self.segment(node)})"))
        self.needs_app_text = True

    def _bare_tr(self, call: ast.Call) -> None:
        """`tr("…")` through a variable (`tr = obj.tr`): lupdate files it under no context while
        Qt looks under the object's class, so it would never translate. `self.tr` is fine (both
        use the class); a bare one becomes translate("<module>", "…")."""
        if not (isinstance(call.func, ast.Name) and call.func.id == "tr" and call.args):
            return
        if not isinstance(call.args[0], ast.Constant | ast.JoinedStr):
            return
        start, end = self.span(call)
        inner = self.source[self.span(call.args[0])[0] : end - 1].decode("utf-8")
        self.findings.append(Finding(self.path, call.lineno, self.segment(call.args[0])))
        self.edits.append(Edit(start, end, f'translate("{self.context}", {inner})'))
        self.needs_translate = True

    def _format_of_translation(self, call: ast.Call) -> None:
        """translate(…).format(exc=exc): the exception's sentence is translated too."""
        func = call.func
        if not (
            isinstance(func, ast.Attribute)
            and func.attr == "format"
            and isinstance(func.value, ast.Call)
            and getattr(func.value.func, "id", None) == "translate"
        ):
            return
        for kw in call.keywords:
            if isinstance(kw.value, ast.Name) and kw.value.id in EXC_NAMES:
                start, end = self.span(kw.value)
                self.findings.append(Finding(self.path, kw.value.lineno, kw.value.id))
                self.edits.append(Edit(start, end, f"app_text(str({kw.value.id}))"))
                self.needs_app_text = True

    def _mark_constant(self, node: ast.Constant) -> None:
        self.findings.append(Finding(self.path, node.lineno, str(node.value)))
        start, end = self.span(node)
        noop = f'QT_TRANSLATE_NOOP("{TEXT_CONSTANT_CONTEXT}", {self.segment(node)})'
        self.edits.append(Edit(start, end, noop))
        self.needs_noop = True

    def _constant_use(self, node: ast.Name) -> None:
        self.findings.append(Finding(self.path, node.lineno, node.id))
        start, end = self.span(node)
        self.edits.append(Edit(start, end, f'translate("{TEXT_CONSTANT_CONTEXT}", {node.id})'))
        self.needs_translate = True

    def _headers(self, node: ast.expr) -> None:
        if isinstance(node, ast.Tuple | ast.List):
            for element in node.elts:
                if isinstance(element, ast.Tuple):  # (header, key) pairs: the header only
                    if element.elts:
                        self._headers_leaf(element.elts[0])
                else:
                    self._headers_leaf(element)

    def _headers_leaf(self, node: ast.expr) -> None:
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _has_words(node.value)
        ):
            self.findings.append(Finding(self.path, node.lineno, node.value))
            start, end = self.span(node)
            self.edits.append(
                Edit(start, end, f'QT_TRANSLATE_NOOP("{HEADER_CONTEXT}", {self.segment(node)})')
            )
            self.needs_noop = True

    def _wrap_constant(self, node: ast.Constant, context: str) -> None:
        self.findings.append(Finding(self.path, node.lineno, node.value))
        start, end = self.span(node)
        self.edits.append(Edit(start, end, f'translate("{context}", {self.segment(node)})'))
        self.needs_translate = True

    def _wrap_fstring(self, node: ast.JoinedStr, context: str) -> None:
        template: list[str] = []
        keys: dict[str, str] = {}  # expression source → key
        for value in node.values:
            if isinstance(value, ast.Constant):
                template.append(str(value.value).replace("{", "{{").replace("}", "}}"))
                continue
            assert isinstance(value, ast.FormattedValue)
            source = self.segment(value.value)
            if source not in keys:
                key = _key_for(value.value)
                taken = set(keys.values())
                base, n = key, 2
                while key in taken:
                    key, n = f"{base}{n}", n + 1
                keys[source] = key
            piece = keys[source]
            if value.conversion != -1:
                piece += "!" + chr(value.conversion)
            if value.format_spec is not None:
                spec = value.format_spec
                if not all(isinstance(v, ast.Constant) for v in spec.values):  # type: ignore[attr-defined]
                    return  # a computed format spec: leave it, the check reports it
                piece += ":" + "".join(str(v.value) for v in spec.values)  # type: ignore[attr-defined]
            template.append("{" + piece + "}")
        text = "".join(template)
        if not _has_words(text):
            return
        self.findings.append(Finding(self.path, node.lineno, text))
        args = ", ".join(f"{key}={source}" for source, key in keys.items())
        start, end = self.span(node)
        call = f'translate("{context}", {_str_literal(text)})'
        self.edits.append(Edit(start, end, f"{call}.format({args})" if keys else call))
        self.needs_translate = True

    # rewriting -----------------------------------------------------------------------------
    def rewritten(self) -> bytes:
        out = self.source
        kept: list[Edit] = []
        for edit in sorted(set(self.edits), key=lambda e: (e.start, -e.end)):
            if kept and edit.start < kept[-1].end:
                continue  # inside a text already wrapped
            kept.append(edit)
        for edit in reversed(kept):
            out = out[: edit.start] + edit.text.encode("utf-8") + out[edit.end :]
        imports = []
        if self.needs_translate and not self._imports("ui.i18n", "translate"):
            imports.append("from ui.i18n import translate\n")
        if self.needs_app_text and not self._imports("ui.i18n", "app_text"):
            imports.append("from ui.i18n import app_text\n")
        if self.needs_noop and not self._imports("ui.i18n", "QT_TRANSLATE_NOOP"):
            imports.append("from ui.i18n import QT_TRANSLATE_NOOP\n")
        if imports:
            offset = self._import_offset()
            out = out[:offset] + "".join(imports).encode() + out[offset:]
        return out

    def _imports(self, module: str, name: str) -> bool:
        return any(
            isinstance(n, ast.ImportFrom)
            and n.module == module
            and any(a.name == name for a in n.names)
            for n in self.tree.body
        )

    def _import_offset(self) -> int:
        """After the last top-level import at the head of the module (or after the docstring)."""
        last: ast.stmt | None = None
        for index, stmt in enumerate(self.tree.body):
            if isinstance(stmt, ast.Import | ast.ImportFrom):
                last = stmt
            elif index == 0 and isinstance(stmt, ast.Expr):
                last = stmt  # the docstring
            else:
                break
        if last is None:
            return 0
        return self.line_starts[last.end_lineno]  # type: ignore[index]


def ui_files(root: Path = UI) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if p.name not in SKIP_FILES)


TEXT_CONSTANT_CONTEXT = "tekst"


def _is_text_constant(stmt: ast.stmt) -> str | None:
    """`NO_REGISTER = "Uw rol leest …"` at module level (or already marked): its name."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
        return None
    target, value = stmt.targets[0], stmt.value
    if not (isinstance(target, ast.Name) and target.id.isupper()):
        return None
    if target.id in HEADER_NAMES:
        return None
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return target.id if " " in value.value.strip() and _has_words(value.value) else None
    if isinstance(value, ast.Call) and getattr(value.func, "id", None) == "QT_TRANSLATE_NOOP":
        return target.id
    return None


def text_constants(paths: list[Path]) -> set[str]:
    """The names of ui/'s module-level sentences, for every module that shows one."""
    names: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_bytes())
        names |= {n for stmt in tree.body if (n := _is_text_constant(stmt))}
    return names


def scan(path: Path, constants: set[str] | None = None) -> Module:
    module = Module(path)
    module.constants = text_constants(ui_files()) if constants is None else constants
    module.run()
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list untranslated strings")
    parser.add_argument("paths", nargs="*", type=Path, help="files (default: all of ui/)")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.paths] or ui_files()
    changed: list[Path] = []
    findings: list[Finding] = []
    constants = text_constants(ui_files())
    for path in paths:
        module = scan(path, constants)
        findings += module.findings
        if not args.check and module.edits:
            path.write_bytes(module.rewritten())
            changed.append(path)
    if args.check:
        for finding in findings:
            print(finding)
        return 1 if findings else 0
    if changed:
        files = [str(p) for p in changed]
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run(
            [*ruff, "check", "--fix", "--select", "I,F401", "--quiet", *files], check=False
        )
        subprocess.run([*ruff, "format", "--quiet", *files], check=False)
    print(f"{len(findings)} texts wrapped in {len(changed)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
