"""Every warning and error the plugin can print, found in its source: ``python tools/messages.py``.

The package reports problems in a few ways: ``Problem(path, line, message)`` values (logged by the
build, printed by ``check``), the registry's ``_error`` and ``_Entry.report``, ``logger.warning`` /
``error`` / ``critical``, the exceptions it raises for the user to read (``SettingsError``,
``RegistryError``, the command line's ``UsageError``, and the ``ValueError``s whose text reaches
them), a ``Tag``'s ``error`` and ``warning``, and what the command line prints on its error output.
For each such place this finds the message's fixed words, following it through the function's local
names, the functions that return its pieces, and the module's constant tables.

``tests/test_docs.py`` uses it to hold ``docs/troubleshooting.md`` to every message: a message's
fixed words (each run of at least two words between its variable parts) must appear in the page.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pelican_spotlight"

LOG_METHODS = {"warning", "error", "critical", "exception"}
RAISED = {"SettingsError", "RegistryError", "UsageError", "ValueError", "ArgumentTypeError"}
# Where a helper takes the message: function name -> the message's position among its arguments.
MESSAGE_ARGUMENT = {"Problem": 2, "_error": 2, "report": 1, "_fail": 1, "ComposerError": 2}
_WORD = re.compile(r"[^\W\d_]{2,}")
# Placeholders of logging's %-formatting, which split a message's fixed words like f-string fields.
_PERCENT = re.compile(r"%[sdr]")
_DEPTH = 8


@dataclass(frozen=True)
class Message:
    """One place in the package that reports a problem, and the fixed words of what it says."""

    path: Path
    line: int
    pieces: tuple[str, ...]  # every fixed piece of text found for it

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(PACKAGE.parent).as_posix()}:{self.line}"

    @property
    def phrases(self) -> list[str]:
        """The pieces worth looking for in the docs: those with two words or more."""
        found = []
        for piece in self.pieces:
            for part in _PERCENT.split(piece):
                if len(_WORD.findall(part)) >= 2 and part not in found:
                    found.append(part)
        return found

    @property
    def shown(self) -> str:
        """The message as one line, with … for its variable parts."""
        return " … ".join(p.strip() for p in self.phrases)


class _Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.functions: dict[str, ast.FunctionDef] = {}
        self.constants: dict[str, ast.expr] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.FunctionDef):
                self.functions.setdefault(node.name, node)
            for child in ast.iter_child_nodes(node):
                child.parent = node  # type: ignore[attr-defined]
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    self.constants[target.id] = node.value

    # -- where messages are reported ---------------------------------------------------------------

    def sinks(self) -> Iterator[tuple[ast.Call, ast.expr]]:
        """Each call that reports a message, with the expression of its text."""
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            keywords = {k.arg: k.value for k in node.keywords}
            position = MESSAGE_ARGUMENT.get(name)
            first = node.args[0] if node.args else None
            if position is not None and len(node.args) > position:
                if name != "report" or isinstance(func, ast.Attribute):
                    yield node, node.args[position]
            elif first is not None and (
                (name in LOG_METHODS and _called_on(func, ("logger", "log")))
                or name in RAISED
                or (name == "print" and "file" in keywords)
                or (name == "error" and _called_on(func, ("parser",)))
            ):
                yield node, first
            elif name == "Tag":
                yield from ((node, keywords[k]) for k in ("error", "warning") if k in keywords)

    # -- what a message is made of -----------------------------------------------------------------

    def pieces(self, expr: ast.expr | None, scope: ast.AST | None, depth: int = 0) -> list[str]:
        """The fixed text pieces an expression can produce."""
        if expr is None or depth > _DEPTH:
            return []
        deeper = depth + 1
        if isinstance(expr, ast.Constant):
            return [expr.value] if isinstance(expr.value, str) else []
        if isinstance(expr, ast.JoinedStr):
            found: list[str] = []
            for value in expr.values:
                if isinstance(value, ast.Constant):
                    found.append(value.value)
                elif isinstance(value, ast.FormattedValue):
                    found += self.pieces(value.value, scope, deeper)
            return found
        if isinstance(expr, ast.BinOp):
            return self.pieces(expr.left, scope, deeper) + self.pieces(expr.right, scope, deeper)
        if isinstance(expr, ast.IfExp):
            return self.pieces(expr.body, scope, deeper) + self.pieces(expr.orelse, scope, deeper)
        if isinstance(expr, ast.Tuple | ast.List):
            return [p for e in expr.elts for p in self.pieces(e, scope, deeper)]
        if isinstance(expr, ast.ListComp | ast.GeneratorExp):
            return self.pieces(expr.elt, scope, deeper)
        if isinstance(expr, ast.Name):
            return self._name(expr.id, scope, deeper)
        if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name):
            table = self.constants.get(expr.value.id)
            if isinstance(table, ast.Dict):
                return [p for v in table.values for p in self.pieces(v, None, deeper)]
        if isinstance(expr, ast.Call):
            return self._call(expr, scope, deeper)
        return []

    def _name(self, name: str, scope: ast.AST | None, depth: int) -> list[str]:
        """What a local name can hold: its assignments, ``+=`` and ``.append``s in the function, the
        loops that bind it; else a module constant."""
        found: list[str] = []
        for node in ast.walk(scope) if scope is not None else ():
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign | ast.For):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                value = node.iter if isinstance(node, ast.For) else node.value
                for target in targets:
                    found += self._bound(target, name, value, scope, depth)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "append"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == name
                and node.args
            ):
                found += self.pieces(node.args[0], scope, depth)
        if not found and name in self.constants:
            found = self.pieces(self.constants[name], None, depth)
        return found

    def _bound(self, target: ast.expr, name: str, value: ast.expr | None, scope: ast.AST | None, depth: int):
        if isinstance(target, ast.Name) and target.id == name:
            return self.pieces(value, scope, depth)
        if isinstance(target, ast.Tuple) and any(
            isinstance(e, ast.Name) and e.id == name for e in target.elts
        ):
            index = next(i for i, e in enumerate(target.elts) if isinstance(e, ast.Name) and e.id == name)
            if isinstance(value, ast.Tuple) and len(value.elts) == len(target.elts):
                return self.pieces(value.elts[index], scope, depth)
            return self.pieces(value, scope, depth)  # a call or a name: all it can hold
        return []

    def _call(self, call: ast.Call, scope: ast.AST | None, depth: int) -> list[str]:
        """A function of this module: what it returns. ``sep.join(items)``: the items."""
        func = call.func
        if isinstance(func, ast.Name) and func.id in self.functions:
            function = self.functions[func.id]
            returns = [n.value for n in ast.walk(function) if isinstance(n, ast.Return)]
            return [p for r in returns for p in self.pieces(r, function, depth)]
        if isinstance(func, ast.Attribute) and func.attr == "join" and call.args:
            return self.pieces(call.args[0], scope, depth)
        return []


def _called_on(func: ast.expr, names: tuple[str, ...]) -> bool:
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in names


def _enclosing(node: ast.AST) -> ast.AST | None:
    while node is not None and not isinstance(node, ast.FunctionDef):
        node = getattr(node, "parent", None)
    return node


def messages(package: Path = PACKAGE) -> list[Message]:
    """Every place in the package that reports a problem, in file and line order."""
    found = []
    for path in sorted(package.rglob("*.py")):
        module = _Module(path)
        for call, expr in module.sinks():
            pieces = tuple(module.pieces(expr, _enclosing(call)))
            found.append(Message(path, call.lineno, pieces))
    return sorted(found, key=lambda m: (str(m.path), m.line))


def words(text: str) -> list[str]:
    """Text as lower-case words, so Markdown's backticks, quotes and line breaks do not matter."""
    return re.findall(r"\w+", text.lower())


def appears(phrase: str, text_words: list[str]) -> bool:
    """Whether ``phrase``'s words appear, in order and next to each other, among ``text_words``.

    A phrase that starts or ends in the middle of a word (``public post`` of ``public post{s}``, where a
    variable part follows with no space) matches that word's end or start.
    """
    wanted = words(phrase)
    if not wanted:
        return True
    glued_start = phrase[:1].isalnum()
    glued_end = phrase[-1:].isalnum()
    n = len(wanted)

    def same(i: int, j: int) -> bool:
        word, want = text_words[i + j], wanted[j]
        if j == 0 and glued_start and word.endswith(want):
            return True
        if j == n - 1 and glued_end and word.startswith(want):
            return True
        return word == want

    return any(all(same(i, j) for j in range(n)) for i in range(len(text_words) - n + 1))


if __name__ == "__main__":
    for message in messages(Path(sys.argv[1]) if len(sys.argv) > 1 else PACKAGE):
        if message.phrases:
            print(f"{message.where}: {message.shown}")
