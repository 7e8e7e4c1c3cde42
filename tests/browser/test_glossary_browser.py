"""The woordenlijst on a phone and a desktop: zero axe violations, and a term on a page leads to its explanation
without JavaScript. Screenshots go to build/screenshots/ for a reviewer to look at."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, new_page
from conftest import PROJECT_ROOT

pytestmark = pytest.mark.browser

SCREENSHOTS = PROJECT_ROOT / "build" / "screenshots"
VIEWPORTS = {"phone": (390, 844), "desktop": (1366, 900)}
PERSONA = "/doelgroepen/statushouder/"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_glossary_page_has_no_axe_violations(site_server: str, chromium: Chromium, viewport: str) -> None:
    width, height = VIEWPORTS[viewport]
    with new_page(chromium, viewport={"width": width, "height": height}) as (_, page):
        page.goto(site_server + "/woordenlijst/", wait_until="networkidle")
        assert page.get_by_role("heading", level=1).inner_text().strip() == "Woordenlijst"
        assert page.locator("dl.ib-glossary dt").count() >= 10
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"woordenlijst-{width}x{height}.png"))
        assert page.evaluate("document.documentElement.scrollWidth") <= width, "the glossary scrolls sideways"
        assert_no_axe_violations(page, "/woordenlijst/")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_term_leads_to_its_explanation_without_javascript(site_server: str, chromium: Chromium, viewport: str) -> None:
    width, height = VIEWPORTS[viewport]
    with new_page(chromium, java_script_enabled=False, viewport={"width": width, "height": height}) as (_, page):
        page.goto(site_server + PERSONA)
        term = page.locator(".ib-body dfn.ib-term a").first
        term.scroll_into_view_if_needed()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"term-{width}x{height}.png"))
        words = term.inner_text().strip().lower()
        term.click()
        page.wait_for_load_state("load")
        address = urlsplit(page.url)
        assert address.path == "/woordenlijst/" and address.fragment.startswith("term-")
        entry = page.locator(f"dt#{address.fragment}")
        assert words in entry.inner_text().strip().lower()
        assert entry.is_visible()
        box = entry.bounding_box()
        assert box is not None and 0 <= box["y"] < height, "the entry is not on the screen the link opens"
        assert page.locator(f"dt#{address.fragment} + dd").inner_text().strip().endswith(".")
        page.screenshot(path=str(SCREENSHOTS / f"woordenlijst-entry-{width}x{height}.png"))


def test_a_page_with_terms_has_no_axe_violations(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, viewport={"width": 390, "height": 844}) as (_, page):
        page.goto(site_server + PERSONA, wait_until="networkidle")
        assert page.locator(".ib-body dfn.ib-term").count() >= 1
        assert_no_axe_violations(page, PERSONA)
