"""The pages in other languages in Chromium, on a phone and a desktop, with and without scripts: no axe
violation, the language chooser works as plain links, Arabic runs right to left and Ge'ez script is drawn with a
font that has it (not as empty boxes); no request leaves the site. Screenshots go to build/screenshots/."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, block_page_scripts, new_page
from conftest import PROJECT_ROOT

pytestmark = pytest.mark.browser

SCREENSHOTS = PROJECT_ROOT / "build" / "screenshots"
VIEWPORTS = {"phone": (390, 844), "desktop": (1366, 900)}
PAGES = {
    "ar-statushouder": "/ar/doelgroepen/statushouder/",
    "ti-statushouder": "/ti/doelgroepen/statushouder/",
    "ti-zij-instromer-fallback": "/ti/doelgroepen/zij-instromer/",
    "ar-home": "/ar/",
    "nl-statushouder": "/doelgroepen/statushouder/",
}


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", PAGES)
def test_language_pages_pass_axe_without_scripts(site_server: str, chromium: Chromium, name: str, viewport: str):
    width, height = VIEWPORTS[viewport]
    with new_page(chromium, viewport={"width": width, "height": height}) as (context, page):
        block_page_scripts(context)
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(site_server + PAGES[name])
        page.wait_for_load_state("load")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"language-{name}-{width}x{height}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name}: the page is {overflow}px wider than the {width}px screen"
        assert_no_axe_violations(page, f"{PAGES[name]} at {width}×{height}")
        foreign = [url for url in requests if not url.startswith(site_server)]
        assert not foreign, f"{name}: requests to other sites: {foreign}"


def test_the_chooser_leads_to_the_arabic_page_without_javascript(site_server: str, chromium: Chromium):
    with new_page(chromium, java_script_enabled=False, viewport={"width": 390, "height": 844}) as (_, page):
        page.goto(site_server + "/doelgroepen/statushouder/")
        chooser = page.get_by_role("navigation", name="Andere talen")
        chooser.get_by_role("link", name="العربية").click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == "/ar/doelgroepen/statushouder/"
        assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
        heading = page.get_by_role("heading", level=1)
        assert heading.inner_text().strip() == "العمل في البنية التحتية للقادمين الجدد"
        # Right to left: the heading's text starts at the right edge of its column.
        box = page.evaluate(
            """() => { const h = document.querySelector('.ib-translation h1'); const r = document.createRange();
                r.selectNodeContents(h); const t = r.getBoundingClientRect(), b = h.getBoundingClientRect();
                return [b.right - t.right, t.left - b.left]; }"""
        )
        assert box[0] < 2 and box[1] >= 0, f"the Arabic heading is not aligned right: {box}"
        page.get_by_role("link", name="Nederlands").click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == "/doelgroepen/statushouder/"


def test_geez_script_is_drawn_with_a_font_that_has_it(site_server: str, chromium: Chromium):
    """A character no font has falls back to an empty box of one width; Ge'ez letters in a real font differ in width."""
    with new_page(chromium, viewport={"width": 1366, "height": 900}) as (_, page):
        page.goto(site_server + "/ti/doelgroepen/statushouder/")
        page.wait_for_load_state("load")
        page.evaluate("document.fonts.ready.then(() => true)")
        family = page.evaluate("getComputedStyle(document.querySelector('.ib-translation h1')).fontFamily")
        assert family.startswith('"Abyssinica SIL"'), family
        widths = page.evaluate(
            """() => { const canvas = document.createElement('canvas').getContext('2d');
                canvas.font = '32px ' + getComputedStyle(document.querySelector('.ib-translation h1')).fontFamily;
                return ['ሰ', 'ላ', 'ም', 'ዲ', '\\u{F0000}'].map(c => canvas.measureText(c).width); }"""
        )
        *letters, missing = widths
        assert all(width > 0 for width in letters)
        assert any(abs(width - missing) > 0.5 for width in letters), f"Ge'ez letters look like missing glyphs: {widths}"
        loaded = page.evaluate("[...document.fonts].filter(f => f.family.includes('Abyssinica')).map(f => f.status)")
        assert loaded == ["loaded"], loaded
