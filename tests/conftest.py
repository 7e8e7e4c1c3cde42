"""Shared fixtures: the project root, and a real `mkdocs build --strict` of the sample site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser_support import PLAYWRIGHT_IMPORT_ERROR, Chromium, launch, sync_playwright
from check_budgets import serve
from sitegen.loading.loader import load_site
from sitegen.problems import ContentError, Problem

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT_ROOT


def mkdocs_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the real `mkdocs build --strict` on `project` into `site_dir`."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample site, built once per test run with the project's own mkdocs.yml."""
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(PROJECT_ROOT, site_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


VALID_FILES: dict[str, str] = {
    "content/personas/vmbo-leerling.md": """---
name: Vmbo-leerling
promise: Bouw mee aan bruggen en dijken.
chain_stages: [vmbo]
cares_about:
  - Buiten werken
order: 1
---
Tekst over de vmbo-leerling.
""",
    "content/partners/voorbeeld-bv.md": """---
name: Voorbeeld BV
kind: bedrijf
municipality: alkmaar
description: Een voorbeeldbedrijf.
offers: [gastlessen]
example: true
---
Over Voorbeeld BV.
""",
    "content/events/open-dag.md": """---
uid: 0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c
title: Open dag infra
start: "2026-03-14 10:00"
end: "15:00"
type: open-dag
audiences: [vmbo-leerling]
chain_stages: [vmbo]
location:
  name: Infra-opleidingscentrum
  city: Heerhugowaard
  municipality: dijk-en-waard
organizer: voorbeeld-bv
---
Kom kijken.
""",
    "content/stories/sanne.md": """---
title: Van vmbo naar uitvoerder
person: Sanne de Vries
role: Uitvoerder
employer: voorbeeld-bv
personas: [vmbo-leerling]
route: vmbo → mbo → werk
region: noord-holland-noord
quote: Elke dag zie ik wat ik gebouwd heb.
date: 2026-02-01
example: true
---
Het verhaal van Sanne.
""",
}


class ProjectMaker:
    """A small valid project in a temporary folder (the real data/ lists), with files to overwrite per test."""

    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(PROJECT_ROOT / "data", root / "data")
        for relative, text in VALID_FILES.items():
            self.write(relative, text)

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def replace(self, relative: str, old: str, new: str) -> Path:
        text = (self.root / relative).read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        return self.write(relative, text.replace(old, new, 1))


def problems_of(project: ProjectMaker) -> tuple[Problem, ...]:
    """Every problem loading the project reports (it must report at least one)."""
    with pytest.raises(ContentError) as caught:
        load_site(project.root)
    return caught.value.problems


def only_problem(project: ProjectMaker) -> Problem:
    """The one problem loading the project reports."""
    problems = problems_of(project)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


@pytest.fixture
def project(tmp_path: Path) -> ProjectMaker:
    return ProjectMaker(tmp_path)


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """The built site on 127.0.0.1 on a free port, compressed as GitHub Pages serves it; the base URL, no slash."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def chromium() -> Iterator[Chromium]:
    if sync_playwright is None:
        yield Chromium(None, f"Playwright is not importable ({PLAYWRIGHT_IMPORT_ERROR}); install the `test` extra.")
        return
    try:
        manager = sync_playwright().start()
    except Exception as error:  # noqa: BLE001 - any driver failure means "no browser"
        yield Chromium(None, f"the Playwright driver did not start: {error}")
        return
    try:
        browser, problem = launch(manager)
        yield Chromium(browser, problem)
        if browser is not None:
            browser.close()
    finally:
        manager.stop()
