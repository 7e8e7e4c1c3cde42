"""Where the map code sits: sitegen/geo/ uses nothing of the engine but the small shared modules, and the pages get
the shapes from the model instead of reading data files themselves."""

from __future__ import annotations

import ast
from pathlib import Path

SITEGEN = Path(__file__).resolve().parent.parent / "sitegen"
GEO_MAY_IMPORT = ("sitegen.geo", "sitegen.escape", "sitegen.problems")


def sitegen_imports(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
        elif isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
    return {module for module in modules if module == "sitegen" or module.startswith("sitegen.")}


def test_geo_imports_only_shared_modules() -> None:
    found = {
        f"{path.name}: {module}"
        for path in sorted((SITEGEN / "geo").glob("*.py"))
        for module in sitegen_imports(path)
        if not any(module == allowed or module.startswith(allowed + ".") for allowed in GEO_MAY_IMPORT)
    }
    assert not found, found


def test_pages_do_not_read_files() -> None:
    found = {
        f"{path.name}: {module}"
        for path in sorted((SITEGEN / "pages").glob("*.py"))
        for module in sitegen_imports(path)
        if module.startswith(("sitegen.loading", "sitegen.reading"))
    }
    assert not found, found
    assert "read_text" not in (SITEGEN / "pages" / "partner_map.py").read_text(encoding="utf-8")
