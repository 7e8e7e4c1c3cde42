"""The chain page in Chromium at a phone's and a laptop's size: the picture opens the page and is all in the first
viewport, its text is at least 12 px and its links at least 24 × 24 px and lead to the stages' sections; axe finds
nothing, nothing is requested from another site, and without JavaScript the picture is the same."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, goto, new_page, origin
from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site

pytestmark = pytest.mark.browser

PATH = "/" + urls.page_url(urls.CHAIN)
STAGES = [stage.slug for stage in load_site(PROJECT_ROOT).references.stages]
SIZES = [
    pytest.param({"width": 390, "height": 844}, "tall", id="phone"),
    pytest.param({"width": 1366, "height": 900}, "wide", id="laptop"),
]

# Each drawing shown, with its text sizes and its links as rendered (an SVG unit is `scale` CSS pixels).
MEASURE = """() => [...document.querySelectorAll('.ib-chain-diagram svg')]
    .filter(svg => getComputedStyle(svg).display !== 'none')
    .map(svg => {
        const box = svg.getBoundingClientRect();
        const scale = box.width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map(text => parseFloat(text.getAttribute('font-size')) * scale);
        const links = [...svg.querySelectorAll('a')].map(a => {
            const rect = a.getBoundingClientRect();
            const target = document.getElementById(a.getAttribute('href').slice(1));
            return {slug: a.dataset.stage, width: rect.width, height: rect.height, top: rect.top, bottom: rect.bottom,
                    left: rect.left, right: rect.right, target: target ? target.tagName : null};
        });
        return {variant: svg.classList[1].split('--')[1], top: box.top, scale, smallest: Math.min(...sizes), links};
    })"""


def _shown(page) -> dict:
    shown = page.evaluate(MEASURE)
    assert len(shown) == 1, f"exactly one drawing of the chain must be shown, not {[s['variant'] for s in shown]}"
    return shown[0]


@pytest.mark.parametrize(("viewport", "variant"), SIZES)
@pytest.mark.parametrize("scripts", [True, False], ids=["js", "no-js"])
def test_the_picture_opens_the_page_readable_and_easy_to_tap(
    viewport: dict, variant: str, scripts: bool, site_server: str, chromium: Chromium
) -> None:
    with new_page(chromium, java_script_enabled=scripts) as (_, page):
        page.set_viewport_size(viewport)
        goto(page, site_server + PATH)
        drawing = _shown(page)
        assert drawing["variant"] == variant
        assert 0.99 <= drawing["scale"] <= 1.01, "the drawing is shown at its own size, so its text is its font size"
        assert drawing["smallest"] >= 12, f"text of {drawing['smallest']:.1f} px"
        assert sorted(link["slug"] for link in drawing["links"]) == sorted(STAGES)
        for link in drawing["links"]:
            assert link["width"] >= 24 and link["height"] >= 24, link
            assert link["target"] == "H3", f"#{link['slug']} is not the stage's heading on the page"
            # The whole chain is in the first viewport, nothing cut off at the sides.
            assert 0 <= link["top"] and link["bottom"] <= viewport["height"], link
            assert 0 <= link["left"] and link["right"] <= viewport["width"], link
        first_heading = page.locator("article h2").first.bounding_box()
        assert first_heading is not None and drawing["top"] < first_heading["y"], "the picture comes before the sections"


@pytest.mark.parametrize(("viewport", "variant"), SIZES)
def test_a_stage_is_reached_by_keyboard_and_leads_to_its_section(
    viewport: dict, variant: str, site_server: str, chromium: Chromium
) -> None:
    with new_page(chromium) as (_, page):
        page.set_viewport_size(viewport)
        goto(page, site_server + PATH)
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("() => !!document.activeElement.closest('.ib-chain-diagram a')"):
                break
        else:
            pytest.fail("no stage of the picture can be reached with Tab")
        focused = page.evaluate(
            """() => { const a = document.activeElement;
                       return {variant: a.closest('svg').classList[1].split('--')[1], slug: a.dataset.stage,
                               ring: getComputedStyle(a.querySelector('.target')).stroke}; }"""
        )
        assert focused["variant"] == variant, "the focus went into the drawing that is not shown"
        assert focused["ring"] not in ("none", ""), "the focused stage shows no focus ring"
        page.keyboard.press("Enter")
        page.wait_for_function(f"() => location.hash === '#{focused['slug']}'")
        heading = page.locator(f"h3#{focused['slug']}")
        assert heading.is_visible() and heading.bounding_box()["y"] < viewport["height"]


@pytest.mark.parametrize(("viewport", "variant"), SIZES)
def test_no_axe_violations_and_no_other_site(viewport: dict, variant: str, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        page.set_viewport_size(viewport)
        goto(page, site_server + PATH)
        page.wait_for_load_state("networkidle")
        assert _shown(page)["variant"] == variant
        where = f"{PATH} at {viewport['width']} × {viewport['height']}"
        assert_no_axe_violations(page, where)
    elsewhere = [url for url in requested if urlsplit(url).scheme not in ("data", "blob") and origin(url) != origin(site_server)]
    assert not elsewhere, f"{PATH} requested from another site:\n" + "\n".join(elsewhere)


def test_no_axe_violations_on_a_phone_tables_included(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        page.set_viewport_size({"width": 390, "height": 844})
        goto(page, site_server + PATH)
        page.wait_for_load_state("networkidle")
        assert_no_axe_violations(page, f"{PATH} at 390 × 844")
