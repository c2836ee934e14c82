"""The package's import graph runs one way: no module imports one that imports it back.

Counted as Python would meet them: imports at the top, inside functions and under ``TYPE_CHECKING``
alike, so a cycle cannot hide in a late import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pelican_spotlight

PACKAGE = Path(pelican_spotlight.__file__).parent
NAME = "pelican_spotlight"


def imported_modules(tree: ast.AST, modules: set[str]) -> set[str]:
    """The package's modules that a module's source imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = f"{NAME}.{base}" if base else NAME
            names = [base] + [f"{base}.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == NAME and len(parts) > 1 and parts[1] in modules:
                found.add(parts[1])
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    graph = {}
    for name in modules:
        tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        graph[name] = imported_modules(tree, modules) - {name}
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph[start])
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(graph[name])
    return seen


def test_the_graph_reader_sees_every_form_of_import():
    source = """
import pelican_spotlight.a
from pelican_spotlight import b
from pelican_spotlight.c import thing
from . import d
from .e import other
if TYPE_CHECKING:
    from pelican_spotlight.f import Kind
def late():
    from pelican_spotlight.g import later
import os
from pelican.utils import slugify
"""
    found = imported_modules(ast.parse(source), set("abcdefgh"))
    assert found == set("abcdefg")


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph()
    assert {"generator", "registry", "report", "site"} <= graph.keys()
    in_cycles = sorted(name for name in graph if name in reachable(graph, name))
    assert in_cycles == []
