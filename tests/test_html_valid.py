"""Every built page is valid HTML: the Nu Html Checker (vnu.jar, the W3C validator's engine) reports no error.

vnu.jar comes from the npm package vnu-jar (package.json); it runs on Java, which .ci/run installs in CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT

pytestmark = pytest.mark.build

VNU = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _java() -> str:
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        missing = "Java" if java is None else f"{VNU} (npm ci)"
        if os.environ.get("CI"):
            pytest.fail(f"{missing} is missing; .ci/run and `make setup` install it")
        pytest.skip(f"{missing} is missing")
    return java


def vnu_errors(folder: Path) -> list[dict[str, object]]:
    result = subprocess.run(
        [_java(), "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(folder)],
        capture_output=True, text=True, timeout=900,
    )
    return json.loads(result.stderr or '{"messages": []}')["messages"]


def test_every_built_page_is_valid_html(built_site: Path) -> None:
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 150
    errors = vnu_errors(built_site)
    summary = [f"{str(m.get('url', '')).rsplit('/site', 1)[-1]}: {m['message']}" for m in errors[:30]]
    assert not errors, f"{len(errors)} Nu Html Checker errors, the first ones:\n" + "\n".join(summary)


def test_the_checker_finds_invalid_html(tmp_path: Path) -> None:
    """The check is real: Material's own markup before our fix (autocomplete on a checkbox) is reported."""
    page = tmp_path / "index.html"
    page.write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title></head>'
        '<body><input type="checkbox" id="x" autocomplete="off"><label for="y">z</label></body></html>',
        encoding="utf-8",
    )
    messages = [str(m["message"]) for m in vnu_errors(tmp_path)]
    assert any("autocomplete" in message for message in messages), messages
    assert any("label" in message for message in messages), messages
