"""Every visitors' page kind leads with a picture and one obvious next step, on a phone and a desktop, without the
documentation chrome; a screenshot of each is written to build/screenshots/ for a reviewer to look at."""

from __future__ import annotations

import pytest

from browser_support import Chromium, assert_no_axe_violations, new_page
from conftest import PROJECT_ROOT
from sitegen.loading.loader import load_site

pytestmark = pytest.mark.browser

SCREENSHOTS = PROJECT_ROOT / "build" / "screenshots"
VIEWPORTS = {"phone": (390, 844), "desktop": (1366, 900)}


def landing_pages() -> dict[str, str]:
    site = load_site(PROJECT_ROOT)
    persona = site.personas[0]
    story = next(story for story in site.stories if story.image is not None)
    return {"home": "/", "persona": f"/doelgroepen/{persona.slug}/", "story": f"/verhalen/{story.slug}/"}


PAGES = landing_pages()


def _in_first_viewport(page, selector: str) -> bool:
    return page.evaluate(
        """selector => [...document.querySelectorAll(selector)].some(element => {
            const box = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            return box.width > 0 && box.height > 0 && box.top < innerHeight && box.bottom > 0
                && style.visibility !== 'hidden' && style.display !== 'none';
        })""",
        selector,
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("kind", PAGES)
def test_a_picture_and_one_primary_action_in_the_first_viewport(site_server: str, chromium: Chromium, kind: str, viewport: str):
    width, height = VIEWPORTS[viewport]
    with new_page(chromium, viewport={"width": width, "height": height}) as (_, page):
        page.goto(site_server + PAGES[kind])
        page.wait_for_load_state("load")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{kind}-{width}x{height}.png"))
        assert _in_first_viewport(page, ".ib-hero img"), f"{kind}: no picture in the first {width}×{height} screen"
        assert _in_first_viewport(page, ".ib-hero .md-button--primary"), f"{kind}: no primary action in the first screen"
        assert page.locator(".md-button--primary").count() == 1, f"{kind}: more than one primary action"
        assert page.get_by_role("heading", level=1).count() == 1


@pytest.mark.parametrize("kind", PAGES)
def test_no_documentation_chrome_on_visitors_pages(site_server: str, chromium: Chromium, kind: str):
    with new_page(chromium, viewport={"width": 1366, "height": 900}) as (_, page):
        page.goto(site_server + PAGES[kind])
        assert not page.locator(".md-sidebar--primary").is_visible(), f"{kind}: the side navigation is shown"
        assert not page.locator(".md-sidebar--secondary").is_visible(), f"{kind}: the table of contents is shown"
        assert "Made with" not in page.locator("footer").inner_text()
        assert page.locator("header").get_by_text("Redactie").count() == 0, "the editors' guide is in the header tabs"
        footer_links = page.get_by_role("navigation", name="Over deze site").get_by_role("link")
        assert {footer_links.nth(index).inner_text() for index in range(footer_links.count())} >= {"Privacy", "Toegankelijkheid"}


@pytest.mark.parametrize("kind", PAGES)
def test_landing_pages_have_no_axe_violations_on_a_phone(site_server: str, chromium: Chromium, kind: str):
    with new_page(chromium, viewport={"width": 390, "height": 844}) as (_, page):
        page.goto(site_server + PAGES[kind])
        assert_no_axe_violations(page, f"{kind} at 390 px")


def test_the_actions_work_without_javascript(site_server: str, chromium: Chromium):
    with new_page(chromium, java_script_enabled=False, viewport={"width": 390, "height": 844}) as (_, page):
        page.goto(site_server + "/")
        page.locator(".ib-hero .md-button--primary").click()
        assert page.get_by_role("navigation", name="Kies wie je bent").is_visible()
        page.goto(site_server + PAGES["persona"])
        with page.expect_navigation():
            page.locator(".ib-hero .md-button--primary").click()
        assert "/agenda/doelgroep/" in page.url
