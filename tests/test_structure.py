"""The package's import graph runs one way: down the layers, and no module imports one that imports
it back.

Counted as Python would meet them: imports at the top, inside functions and under ``TYPE_CHECKING``
alike, so a cycle cannot hide in a late import. Modules are named by their path in the package
(``core.registry``); the layers, lowest first, are the folders in ``LAYERS`` (docs/architecture.md).
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
            for size in range(len(parts) - 1, 0, -1):
                dotted = ".".join(parts[1 : size + 1])
                if parts[0] == NAME and dotted in modules:
                    found.add(dotted)
                    break
    return found


# The folders of the package, lowest layer first: a module may import its own layer and those below.
LAYERS = ("core", "markup", "channels", "practice", "builder", "cli")


def package_modules() -> dict[str, Path]:
    """Every module by its dotted name in the package (``core.registry``); a package's ``__init__``
    by the package's name."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def import_graph() -> dict[str, set[str]]:
    modules = package_modules()
    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = imported_modules(tree, set(modules)) - {name}
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
    assert {"builder.generator", "core.registry", "practice.report", "builder.site"} <= graph.keys()
    in_cycles = sorted(name for name in graph if name in reachable(graph, name))
    assert in_cycles == []


def layer(module: str) -> int | None:
    top = module.split(".")[0]
    return LAYERS.index(top) if top in LAYERS else None


def test_every_module_lives_in_a_layer():
    outside = [m for m in package_modules() if m and layer(m) is None and m not in ("__main__",)]
    assert outside == [], "put each module in one of the layer folders: " + ", ".join(LAYERS)


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{name} imports {other}"
        for name, imported in graph.items()
        if layer(name) is not None
        for other in imported
        if layer(other) is not None and layer(other) > layer(name)
    )


def test_no_lower_layer_imports_a_higher_one():
    assert upward_imports(import_graph()) == []


def test_the_layer_check_sees_an_upward_import():
    graph = {"core.registry": {"builder.plugin", "core.text"}, "builder.plugin": {"core.registry"}}
    assert upward_imports(graph) == ["core.registry imports builder.plugin"]
