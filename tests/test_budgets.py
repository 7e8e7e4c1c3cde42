"""Performance budgets (docs/performance.md): light and fast for a pupil on a phone.

  * the budget checker (scripts/check_budgets.py) names every budget a site misses;
  * every page for visitors stays within the weight budget (HTML+CSS+JS, gzip), without a browser;
  * the search index holds what pupils search for, not every event, filter, archive and facts page;
  * Material's search costs nothing until the visitor reaches for it, and then works;
  * Lighthouse (mobile) on the budget pages: performance >= 95, the other categories 100, <= 150 kB before images.

Lighthouse needs Node, node_modules/lighthouse (`make setup`) and a Chromium; without them the Lighthouse test
fails when $CI is set and is skipped otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

import check_budgets as budgets
from browser_support import NAV_TIMEOUT_MS, Chromium, open_search, settle
from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.clock import build_date
from sitegen.loading.loader import load_site

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

CHECKER = PROJECT_ROOT / "scripts" / "check_budgets.py"

PHONE = {"width": 390, "height": 844}


def run_checker(*arguments: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), *arguments], capture_output=True, text=True, timeout=timeout, cwd=PROJECT_ROOT
    )


def test_the_checker_names_every_budget_missed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "assets" / "heavy.js").write_bytes(os.urandom(200_000))  # random bytes: gzip cannot shrink them
    (site / "index.html").write_text(
        '<!doctype html><html><head><link rel="stylesheet" href="assets/gone.css"></head>'
        '<body><script src="assets/heavy.js"></script></body></html>',
        encoding="utf-8",
    )
    result = run_checker(str(site), "--weight-only", "--page", "/")
    assert result.returncode == budgets.EXIT_MISSED, result.stdout + result.stderr
    assert "BUDGETS MISSED (2)" in result.stdout, result.stdout
    assert "/: references missing files: assets/gone.css" in result.stdout, result.stdout
    assert "/: HTML+CSS+JS weigh 200." in result.stdout and "budget 150.0 kB" in result.stdout, result.stdout


@pytest.mark.build
def test_every_page_for_visitors_is_within_the_weight_budget(built_site: Path) -> None:
    result = run_checker(str(built_site), "--weight-only", "--all-pages")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All budgets met" in result.stdout


@pytest.mark.build
def test_the_search_index_holds_what_pupils_search_for(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    site = load_site(PROJECT_ROOT)

    # In: the events a visitor can still go to (search finds "open dag"). Out: past and cancelled events, and the
    # agenda's filter, archive and facts pages (generated in bulk from the events).
    today = build_date(site.references.settings.zone)
    open_events = {
        urls.page_url(urls.event_page(event.slug))
        for event in site.events
        if event.last_day >= today and event.status in ("gepland", "verplaatst-naar-online")
    }
    agenda_pages = {page for page in pages if page.startswith("agenda/")}
    assert open_events and open_events <= agenda_pages
    assert agenda_pages <= {urls.page_url(urls.AGENDA), urls.page_url(urls.SUBSCRIBE), *open_events}, sorted(agenda_pages)

    # In: personas, stories, partners, and the hand-written pages.
    expected = {urls.page_url(urls.persona_page(item.slug)) for item in site.personas}
    expected |= {urls.page_url(urls.story_page(item.slug)) for item in site.stories}
    expected |= {urls.page_url(urls.partner_page(item.slug)) for item in site.partners}
    expected |= {"", "over-ons/", "privacy/", "toegankelijkheid/", "partner-worden/", urls.page_url(urls.AGENDA)}
    assert not expected - pages, f"missing from the search index: {sorted(expected - pages)}"


@contextmanager
def phone_page(chromium: Chromium, **options: object) -> Iterator[tuple[BrowserContext, Page]]:
    """A fresh context the size of a phone, with one page; closed afterwards."""
    context = chromium.get().new_context(viewport=PHONE, **options)
    context.set_default_timeout(NAV_TIMEOUT_MS)
    try:
        yield context, context.new_page()
    finally:
        context.close()


def _search_requests(requested: list[str]) -> list[str]:
    """Requests that belong to Material's search, or to its sitemap lookups for <link rel=alternate>."""
    paths = [urlsplit(url).path for url in requested]
    return [
        path for path in paths
        if path.endswith(("search_index.json", "sitemap.xml")) or "/workers/search." in path or "/lunr/" in path
    ]


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", "/agenda/"])
def test_search_costs_nothing_until_the_visitor_searches(path: str, site_server: str, chromium: Chromium) -> None:
    with phone_page(chromium, is_mobile=True, has_touch=True) as (context, page):
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))

        page.goto(site_server + path, wait_until="networkidle")
        settle(page)
        assert not _search_requests(requested), f"{path} loaded search files before anyone searched: {_search_requests(requested)}"
        rels = page.eval_on_selector_all('link[type="application/atom+xml"], link[type="text/calendar"]', "ls => ls.map(l => l.rel)")
        assert rels and set(rels) == {"alternate"}, f"the feed links lost rel=alternate: {rels}"

        assert open_search(page), f"could not open the search on {path}"
        page.wait_for_selector(".md-search-result__item", timeout=15_000)
        results = page.locator(".md-search-result__item").count()
        assert results > 0, "searching for 'infra' found nothing"
        assert any(request.endswith("search_index.json") for request in _search_requests(requested))
        assert not errors, f"errors in the console on {path}: {errors}"


@pytest.mark.browser
def test_without_javascript_there_is_no_search(site_server: str, chromium: Chromium) -> None:
    with phone_page(chromium, java_script_enabled=False) as (context, page):
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        page.goto(site_server + "/", wait_until="networkidle")
        assert not page.locator(".md-search").is_visible(), "without JavaScript the search box shows but cannot work"
        assert not _search_requests(requested)


def _lighthouse_unavailable(reason: str) -> None:
    """Missing tools: a hard failure in CI (never a silent skip there), a skip on a developer's machine."""
    if "CI" in os.environ:
        pytest.fail(f"Lighthouse cannot run and $CI is set, so this test fails:\n{reason}", pytrace=False)
    pytest.skip(f"Lighthouse cannot run: {reason}")


@pytest.mark.browser
def test_lighthouse_budgets_on_the_budget_pages(built_site: Path, tmp_path: Path) -> None:
    tools = budgets.find_tools()
    if tools.problems:
        _lighthouse_unavailable("; ".join(tools.problems))
    reports = tmp_path / "lighthouse"
    result = run_checker(str(built_site), "--report-dir", str(reports), timeout=1_200)
    if result.returncode == budgets.EXIT_TOOLS_MISSING:
        _lighthouse_unavailable(result.stderr)
    assert result.returncode == 0, (
        f"performance budgets missed (Lighthouse reports in {reports}):\n{result.stdout}\n{result.stderr}"
    )
    for page in budgets.BUDGET_PAGES:
        assert f"| {page} " in result.stdout, result.stdout
