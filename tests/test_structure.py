"""The structure the folder tree promises, checked from the code's own imports: a stage imports
only the model (and shared libraries), never another stage nor the store; the store imports only
the model; no import cycles between modules or between packages (imports made only for type
checking do not count for cycles: they import nothing).

An exception, should one ever be needed, is listed below with its reason; an entry that no longer
occurs fails the test too, so the lists only shrink. Today they are empty."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
ROOT = "newsevents"

# The stages, by top-level package or module under newsevents/.
STAGES = {"ingest", "clean", "language", "nlp", "actors", "events", "attribution", "tone"}
# What any stage may import besides its own package: the data model, shared readers and facts.
LIBRARIES = {"newsevents.model", "newsevents.grammar", "newsevents.petrarch.dictionaries",
             "newsevents.petrarch.matching", "newsevents.petrarch", "newsevents.facts.countries",
             "newsevents.facts.agents", "newsevents.facts.offices"}
# Language homes (newsevents/lang/<code>/): the words a stage reads; any stage or library may
# import them, and they import nothing but each other.
LANGUAGES = "newsevents.lang"

# (importer, imported): why it is still there.
STAGE_EXCEPTIONS: dict[tuple[str, str], str] = {}
STORE_EXCEPTIONS: dict[str, str] = {}
# Each cycle (its strongly connected component) with why it is still there.
MODULE_CYCLE_EXCEPTIONS: dict[frozenset[str], str] = {}
PACKAGE_CYCLE_EXCEPTIONS: dict[frozenset[str], str] = {}


def module_names() -> dict[str, Path]:
    names = {}
    for path in (SRC / ROOT).rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def import_graph(runtime_only: bool = False) -> dict[str, set[str]]:
    """Every import of a newsevents module by another, lazy ones included; those under
    `if TYPE_CHECKING:` too unless `runtime_only` (they name types, they import nothing)."""
    modules = module_names()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                       and "TYPE_CHECKING" in ast.unparse(block.test) for node in ast.walk(block)}
        for node in ast.walk(tree):
            if runtime_only and id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([node.module] if node.module else []))
                # `from newsevents import queries` imports the submodule
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            else:
                continue
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def unit_of(module: str) -> str:
    """The package (or top-level module) a module belongs to: newsevents.actors.coding → newsevents.actors."""
    return ".".join(module.split(".")[:2])


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[frozenset[str]] = set()

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.add(frozenset(component))

    for node in list(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_real_imports() -> None:
    graph = import_graph()
    assert "newsevents.model" in graph["newsevents.pipeline"]
    assert "newsevents.queries" in graph["newsevents.database"]  # `from newsevents import queries`
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == {frozenset({"a", "b"})}
    # the executor names the pipeline's types only; the pipeline imports the executor
    assert "newsevents.pipeline" in graph["newsevents.executor"]
    assert "newsevents.pipeline" not in import_graph(runtime_only=True)["newsevents.executor"]


def test_a_stage_imports_only_the_model_and_its_own_package() -> None:
    graph = import_graph()
    found = set()
    for module, imported in graph.items():
        if unit_of(module).removeprefix("newsevents.") not in STAGES:
            continue
        for target in imported:
            if unit_of(target) != unit_of(module) and target not in LIBRARIES and unit_of(target) != LANGUAGES:
                found.add((module, target))
    assert found - STAGE_EXCEPTIONS.keys() == set(), "a stage imports another stage or the store"
    assert STAGE_EXCEPTIONS.keys() - found == set(), "fixed: strike these off STAGE_EXCEPTIONS"


def test_the_store_imports_only_the_model() -> None:
    graph = import_graph()
    found = {target for module, imported in graph.items() if unit_of(module) == "newsevents.store"
             for target in imported if unit_of(target) != "newsevents.store" and target != "newsevents.model"}
    assert found - STORE_EXCEPTIONS.keys() == set(), "the store imports a stage"
    assert STORE_EXCEPTIONS.keys() - found == set(), "fixed: strike these off STORE_EXCEPTIONS"


def test_no_module_imports_itself_in_a_circle() -> None:
    found = cycles(import_graph(runtime_only=True))
    assert found - MODULE_CYCLE_EXCEPTIONS.keys() == set(), "a new module import cycle"
    assert MODULE_CYCLE_EXCEPTIONS.keys() - found == set(), "fixed: strike these off MODULE_CYCLE_EXCEPTIONS"


def test_no_package_imports_itself_in_a_circle() -> None:
    packages: dict[str, set[str]] = defaultdict(set)
    for module, imported in import_graph(runtime_only=True).items():
        if module == ROOT:
            continue  # newsevents/__init__.py is the public facade over everything
        packages[unit_of(module)].update(unit_of(t) for t in imported if unit_of(t) != unit_of(module) and t != ROOT)
    found = cycles(packages)
    assert found - PACKAGE_CYCLE_EXCEPTIONS.keys() == set(), "a new package import cycle"
    assert PACKAGE_CYCLE_EXCEPTIONS.keys() - found == set(), "fixed: strike these off PACKAGE_CYCLE_EXCEPTIONS"


def test_the_shared_libraries_import_only_the_model_and_each_other() -> None:
    graph = import_graph()
    found = {(module, target) for module in LIBRARIES for target in graph.get(module, ())
             if target not in LIBRARIES and target != "newsevents.model" and unit_of(target) != LANGUAGES}
    assert found == set(), "a library a stage may import reaches into a stage"


def test_the_language_homes_import_only_each_other() -> None:
    graph = import_graph()
    found = {(module, target) for module, imported in graph.items() if unit_of(module) == LANGUAGES
             for target in imported if unit_of(target) != LANGUAGES}
    assert found == set(), "a language home imports a stage or the model"
    assert "newsevents.lang" in graph["newsevents.lang.en.attribution"]  # the check sees the loaders
