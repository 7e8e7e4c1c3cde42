"""Facts and figures in a real Chromium, on a phone and a laptop: the first figure in the first viewport, real text,
no axe violations, the same without JavaScript, and no request outside the site."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from browser_support import (
    Chromium,
    assert_no_axe_violations,
    block_page_scripts,
    goto,
    new_page,
    origin,
    scroll_to_bottom,
    settle,
)
from conftest import PROJECT_ROOT
from sitegen import dates, urls
from sitegen.clock import build_date
from sitegen.loading.loader import load_site

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1366, "height": 900}}


def _path(page: str) -> str:
    return "/" + urls.page_url(page)


def _pages() -> dict[str, str]:
    site = load_site(PROJECT_ROOT)
    current = dates.school_year_of(build_date(site.references.settings.zone))
    latest = site.references.latest_figures
    assert latest is not None, "the sample site has figures in data/figures.yml"
    return {
        "overview": _path(urls.FACTS),
        "figures-year": _path(urls.facts_page(latest.first_year)),
        "current-year": _path(urls.facts_page(current)),
    }


PAGES = _pages()
FIRST = load_site(PROJECT_ROOT).references.latest_figures.figures[0]


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=list(VIEWPORTS))
def test_the_first_figure_is_in_the_first_viewport(viewport: str, site_server: str, chromium: Chromium) -> None:
    size = VIEWPORTS[viewport]
    with new_page(chromium) as (context, page):
        page.set_viewport_size(size)
        goto(page, site_server + PAGES["overview"])
        card = page.locator(".ib-figure").first
        box = card.bounding_box()
        assert box is not None
        assert 0 <= box["y"] and box["y"] + box["height"] <= size["height"], f"the first figure is at {box} on a {size} screen"
        assert box["x"] >= 0 and box["x"] + box["width"] <= size["width"], f"the first figure sticks out: {box}"
        number = card.locator(".ib-figure__number")
        assert number.inner_text().strip() == str(FIRST.number)
        assert card.locator(".ib-figure__label").inner_text().strip() == FIRST.label
        # Big: the number is drawn at least twice the size of the running text.
        sizes = page.evaluate(
            """() => [getComputedStyle(document.querySelector('.ib-figure__number')).fontSize,
                      getComputedStyle(document.querySelector('.md-typeset p')).fontSize].map(parseFloat)"""
        )
        assert sizes[0] >= 1.9 * sizes[1], sizes
        # Every card fits the page: no horizontal scrolling on a phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= size["width"]
        assert page.get_by_role("heading", level=1).inner_text().strip() == "Feiten en cijfers"


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=list(VIEWPORTS))
@pytest.mark.parametrize("page_id", PAGES)
def test_no_axe_violations(page_id: str, viewport: str, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        page.set_viewport_size(VIEWPORTS[viewport])
        goto(page, site_server + PAGES[page_id])
        page.wait_for_load_state("networkidle")
        assert_no_axe_violations(page, f"{PAGES[page_id]} at {VIEWPORTS[viewport]}")


def test_the_figures_work_without_javascript(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, java_script_enabled=False) as (_, page):
        page.set_viewport_size(VIEWPORTS["phone"])
        goto(page, site_server + PAGES["overview"])
        assert page.locator(".ib-figure").first.is_visible()
        assert page.locator(".ib-figure__number").first.inner_text().strip() == str(FIRST.number)
        assert FIRST.source in page.locator(".ib-figures__sources").first.inner_text()
    with new_page(chromium) as (context, page):
        block_page_scripts(context)
        goto(page, site_server + PAGES["overview"])
        assert_no_axe_violations(page, PAGES["overview"] + " without scripts")


def test_no_request_leaves_the_site(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        for path in PAGES.values():
            goto(page, site_server + path)
            scroll_to_bottom(page)
            settle(page)
    outside = [url for url in requested if urlsplit(url).scheme not in ("data", "blob") and origin(url) != origin(site_server)]
    assert not outside, outside


def test_the_nav_leads_to_the_facts(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        page.set_viewport_size(VIEWPORTS["laptop"])
        goto(page, site_server + "/")
        page.locator(".md-tabs").get_by_role("link", name="Feiten en cijfers").click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == PAGES["overview"]
