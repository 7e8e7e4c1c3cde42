"""The sitemap crawlers read: valid against the sitemaps.org schema, and each page's `lastmod` is the day its sources
last changed in git, the same in every build until they change again."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from conftest import PROJECT_ROOT, mkdocs_build

pytestmark = pytest.mark.build

SCHEMA = Path(__file__).parent / "fixtures" / "schemas" / "sitemap.xsd"
SECOND_NETWORK = Path(__file__).parent / "fixtures" / "second-network"


def lastmods(site_dir: Path) -> dict[str, str]:
    """{page address without the site's root: lastmod}."""
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    return {
        re.sub(r"^https://[^/]+/", "", loc): day
        for loc, day in re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap)
    }


def test_the_sitemap_is_valid_against_the_sitemaps_org_schema(built_site: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    sitemap = etree.parse(str(built_site / "sitemap.xml"))
    assert schema.validate(sitemap), schema.error_log
    assert len(lastmods(built_site)) == len(sitemap.getroot())  # every page has a lastmod


def _git(folder: Path, *arguments: str, day: str | None = None) -> None:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "Redactie", "GIT_AUTHOR_EMAIL": "redactie@example.org",
                   "GIT_COMMITTER_NAME": "Redactie", "GIT_COMMITTER_EMAIL": "redactie@example.org"}
    if day:
        environment |= {"GIT_AUTHOR_DATE": f"{day}T12:00:00+00:00", "GIT_COMMITTER_DATE": f"{day}T12:00:00+00:00"}
    subprocess.run(["git", "-C", str(folder), *arguments], check=True, capture_output=True, env=environment)


def test_lastmod_follows_the_git_history_of_each_pages_sources(tmp_path: Path) -> None:
    network = tmp_path / "network"
    shutil.copytree(SECOND_NETWORK, network, ignore=shutil.ignore_patterns(".cache"))
    config = network / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("../../../", f"{PROJECT_ROOT}/"), encoding="utf-8")
    _git(network, "init", "-q")
    _git(network, "add", "-A")
    _git(network, "commit", "-q", "-m", "Eerste versie", day="2026-01-10")
    first = lastmods(_built(network, tmp_path / "first"))

    story = network / "content" / "stories" / "lotte-legt-fietspaden-aan.md"
    story.write_text(story.read_text(encoding="utf-8") + "\nEen nieuwe alinea.\n", encoding="utf-8")
    _git(network, "commit", "-q", "-am", "Verhaal aangevuld", day="2026-02-20")
    second = lastmods(_built(network, tmp_path / "second"))
    again = lastmods(_built(network, tmp_path / "again"))

    assert first["verhalen/lotte-legt-fietspaden-aan/"] == "2026-01-10"
    assert second["verhalen/lotte-legt-fietspaden-aan/"] == "2026-02-20"
    # What lists the story changes with it; what does not keeps its day.
    assert second["verhalen/"] == second[""] == "2026-02-20"
    event_pages = [page for page in second if re.fullmatch(r"agenda/[a-z0-9-]+-20\d\d/", page)]
    assert event_pages
    for page in [*event_pages, "agenda/", "partners/"]:
        assert first[page] == second[page] == "2026-01-10", page
    # A docs/ page is dated by its own file.
    docs_pages = [page for page in second if not page.startswith(("agenda/", "verhalen/", "partners/", "doelgroepen/")) and page]
    assert any(second[page] == "2026-01-10" for page in docs_pages), docs_pages
    # Nothing changed between the last two builds: the same sitemap dates.
    assert again == second


def _built(network: Path, site_dir: Path) -> Path:
    result = mkdocs_build(network, site_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir
