"""Imports run down the data flow: reading → model → loading → pages and files; images/ stands alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "sitegen"

# For each folder, the folders of sitegen/ it may never import. Modules at the top of sitegen/ (problems, escape,
# limits, urls, dates, clock, csp) are shared by all; cli, scaffold and outputs at the top tie the layers together.
FORBIDDEN: dict[str, frozenset[str]] = {
    "images": frozenset({"reading", "model", "loading", "pages", "files", "geo", "TOP"}),
    "reading": frozenset({"model", "loading", "pages", "files", "geo"}),
    "model": frozenset({"loading", "pages", "files"}),
    "loading": frozenset({"pages", "files"}),
    "pages": frozenset({"loading", "reading"}),
    "files": frozenset({"loading", "reading"}),
    "geo": frozenset({"reading", "model", "loading", "pages", "files"}),
}
TIE_MODULES = frozenset({"cli", "scaffold", "outputs", "__main__"})


def _layer(module: str) -> str:
    """The folder of a module under sitegen (`sitegen.loading.loader` → loading), TOP for a module at the top."""
    parts = module.split(".")
    if len(parts) > 2 or (len(parts) == 2 and (PACKAGE / parts[1]).is_dir()):
        return parts[1]
    return "TIE" if len(parts) == 2 and parts[1] in TIE_MODULES else "TOP"


def _is_module(name: str) -> bool:
    path = PROJECT_ROOT / name.replace(".", "/")
    return path.is_dir() or path.with_suffix(".py").is_file()


def imports_of(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module) of every import of sitegen in `source`, a module of `package`; relative ones resolved."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names = [f"{module}.{alias.name}" for alias in node.names]
            found += [(node.lineno, name if _is_module(name) else module) for name in names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, module) for line, module in found if module == "sitegen" or module.startswith("sitegen.")]


MODULES = sorted(path for path in PACKAGE.rglob("*.py") if path.parent != PACKAGE)


def wrong_imports(path: Path, source: str) -> list[str]:
    """Each import in the module at `path` (under sitegen/) that runs against the data flow."""
    relative = path.relative_to(PROJECT_ROOT)
    forbidden = FORBIDDEN.get(relative.parts[1], frozenset()) | {"TIE"}
    package = ".".join(relative.with_suffix("").parts[:-1])
    return [
        f"{relative}:{line} imports {module} ({_layer(module)})"
        for line, module in imports_of(source, package)
        if _layer(module) in forbidden
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_imports_run_down_the_data_flow(path: Path):
    wrong = wrong_imports(path, path.read_text(encoding="utf-8"))
    assert not wrong, "an import runs against the data flow:\n" + "\n".join(wrong)


def test_the_layer_rules_cover_every_folder():
    folders = {path.name for path in PACKAGE.iterdir() if path.is_dir() and (path / "__init__.py").exists()}
    assert folders == set(FORBIDDEN), "add the new folder of sitegen/ to FORBIDDEN with the folders it may not import"


def test_a_wrong_import_is_found_in_every_form():
    page = PACKAGE / "pages" / "agenda.py"
    assert wrong_imports(page, "from sitegen.loading.loader import load_site\n") == [
        "sitegen/pages/agenda.py:1 imports sitegen.loading.loader (loading)"
    ]
    assert wrong_imports(page, "from ..reading import tree\n") == ["sitegen/pages/agenda.py:1 imports sitegen.reading.tree (reading)"]
    assert wrong_imports(page, "import sitegen.cli\n") == ["sitegen/pages/agenda.py:1 imports sitegen.cli (TIE)"]
    assert wrong_imports(PACKAGE / "images" / "svg.py", "from sitegen import urls\n") != []
    assert wrong_imports(page, "from sitegen import urls\nfrom sitegen.model.site import Site\n") == []
