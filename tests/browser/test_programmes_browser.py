"""The programme listing and a programme page in a real Chromium: at a phone's and a laptop's size, with axe, with
and without the page scripts, and the level filter by keyboard; screenshots to build/screenshots/ for a reviewer."""

from __future__ import annotations

import pytest

from browser_support import Chromium, assert_no_axe_violations, block_page_scripts, choose_by_keyboard, goto, new_page
from conftest import PROJECT_ROOT
from sitegen import urls

pytestmark = pytest.mark.browser

SCREENSHOTS = PROJECT_ROOT / "build" / "screenshots"
VIEWPORTS = {"phone": (390, 844), "desktop": (1366, 900)}
REAL = "infra-mbo-heerhugowaard"
EXAMPLE = "voorbeeld-infratechniek-amsterdam"
PAGES = {
    "programmes": "/" + urls.page_url(urls.PROGRAMMES),
    "programme": "/" + urls.page_url(urls.programme_page(REAL)),
    "example-programme": "/" + urls.page_url(urls.programme_page(EXAMPLE)),
}
ITEMS = ".ib-programmes-results .ib-programmes__programme"


@pytest.mark.parametrize("scripts", [True, False], ids=["scripts", "no-scripts"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("page_id", PAGES)
def test_readable_and_accessible_on_a_phone_and_a_laptop(
    site_server: str, chromium: Chromium, page_id: str, viewport: str, scripts: bool
) -> None:
    width, height = VIEWPORTS[viewport]
    with new_page(chromium, viewport={"width": width, "height": height}) as (context, page):
        if not scripts:
            block_page_scripts(context)
        goto(page, site_server + PAGES[page_id])
        page.wait_for_load_state("networkidle")
        if scripts:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"{page_id}-{width}x{height}.png"), full_page=True)
        # Only the content: without scripts Material's header shows a long page title 13 px past a phone's edge,
        # on every page kind with a long title (its own matter, not this page's).
        overflow = page.evaluate(
            "Math.max(...[...document.querySelectorAll('.md-content *')].map(e => e.getBoundingClientRect().right))"
            " - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"{page_id}: the content runs {overflow} px past the screen at {width} px"
        assert page.get_by_role("heading", level=1).count() == 1
        if viewport == "desktop":
            assert not page.locator(".md-sidebar--primary").is_visible(), "the side navigation is shown"
            assert not page.locator(".md-sidebar--secondary").is_visible(), "the table of contents is shown"
        assert_no_axe_violations(page, f"{PAGES[page_id]} at {width}x{height}{'' if scripts else ' without scripts'}")


def test_a_pupil_finds_the_next_open_day_from_the_listing(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, viewport={"width": 390, "height": 844}) as (_, page):
        goto(page, site_server + PAGES["programmes"])
        page.get_by_role("link", name="Mbo-infra-opleidingen Heerhugowaard").click()
        page.wait_for_load_state("load")
        assert page.url.endswith(PAGES["programme"])
        cards = page.locator(".ib-agenda-upcoming .ib-card")
        assert cards.count() >= 1, "the programme page shows no coming open day"
        assert "Open dag" in cards.first.inner_text()
        assert page.get_by_role("link", name="Infra opleidingscentrum Heerhugowaard").first.is_visible()


def test_the_level_filter_by_keyboard_and_plain_links_without_scripts(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        goto(page, site_server + PAGES["programmes"])
        assert page.locator(".ib-programmes-filters").is_hidden(), "the filter links stay visible next to the form"
        assert page.locator(ITEMS).count() == 2
        choose_by_keyboard(page, "ib-programmes-filter-niveau", "mbo-3")
        visible = page.eval_on_selector_all(ITEMS, "items => items.filter(i => i.offsetParent !== null).map(i => i.dataset.niveau)")
        assert visible == ["mbo-3 mbo"]
        assert "niveau=mbo-3" in page.url
        assert page.locator(".ib-programmes-status").inner_text() == "1 opleiding gevonden."
    with new_page(chromium) as (context, page):
        block_page_scripts(context)
        goto(page, site_server + PAGES["programmes"])
        page.locator(".ib-programmes-filters").get_by_role("link", name="Mbo", exact=True).click()
        page.wait_for_load_state("load")
        assert page.url.endswith("/" + urls.page_url(urls.programme_filter("niveau", "mbo")))
        assert page.locator(".ib-programmes__programme").count() == 2
