"""The partner listing in a real Chromium: accessible, filters by keyboard, name search, and plain links without JavaScript;
the partner map at phone and laptop size."""

from __future__ import annotations

import math
import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, block_page_scripts, choose_by_keyboard, goto, new_page, origin
from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.pages.render import search_key

pytestmark = pytest.mark.browser

ITEMS = ".ib-partners-results .ib-partners__partner"
SITE = load_site(PROJECT_ROOT)
WITH_LOGO = "voorbeeld-waterbouw-zaanstreek"

PAGES = {
    "partners": "/" + urls.page_url(urls.PARTNERS),
    "filter": "/" + urls.page_url(urls.partner_filter("soort", SITE.references.partner_kinds[0].slug)),
    "partner": "/" + urls.page_url(urls.partner_page(WITH_LOGO)),
    "map": "/" + urls.page_url(urls.PARTNER_MAP),
}


def _visible_items(page) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        ITEMS,
        """items => items.filter(item => item.offsetParent !== null)
                         .map(item => ({soort: item.dataset.soort, naam: item.dataset.naam}))""",
    )


def test_the_partner_with_a_logo_shows_it(site_server: str, chromium: Chromium) -> None:
    assert SITE.partner_by_slug[WITH_LOGO].logo is not None, "the sample content changed: pick another partner with a logo"
    with new_page(chromium) as (_, page):
        goto(page, site_server + PAGES["partner"])
        assert page.locator("article img").first.is_visible()


AXE_CASES = [pytest.param(page_id, True, id=page_id) for page_id in PAGES] + [
    pytest.param("partners", False, id="partners-no-scripts")
]


@pytest.mark.parametrize(("page_id", "scripts"), AXE_CASES)
def test_no_axe_violations(page_id: str, scripts: bool, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        if not scripts:
            block_page_scripts(context)
        goto(page, site_server + PAGES[page_id])
        page.wait_for_load_state("networkidle")
        if page_id == "partners":
            assert (page.locator(".ib-partners-form").count() == 1) == scripts
        assert_no_axe_violations(page, PAGES[page_id])


def test_kind_filter_by_keyboard_and_name_search_in_the_url(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        goto(page, site_server + PAGES["partners"])
        all_items = _visible_items(page)
        assert len(all_items) == len(SITE.partners)
        assert page.locator(".ib-partners-filters").is_hidden(), "the filter links stay visible next to the form"
        for control in ("soort", "regio", "aanbod", "naam"):
            label = page.locator(f'label[for="ib-partners-filter-{control}"]')
            assert label.is_visible() and label.inner_text().strip(), f"the {control} filter has no visible label"

        kinds = [item["soort"] for item in all_items]
        kind = next(slug for slug in dict.fromkeys(kinds) if 1 < kinds.count(slug) < len(kinds))
        choose_by_keyboard(page, "ib-partners-filter-soort", kind)

        shown = _visible_items(page)
        assert len(shown) == kinds.count(kind) and all(item["soort"] == kind for item in shown)
        assert parse_qs(urlsplit(page.url).query) == {"soort": [kind]}
        status = page.locator(".ib-partners-status")
        assert status.get_attribute("aria-live") == "polite"
        assert str(len(shown)) in status.inner_text(), status.inner_text()
        empty_shown = page.eval_on_selector_all(
            ".ib-partners-results section",
            "sections => sections.filter(s => s.offsetParent !== null && !s.querySelector('.ib-partners__partner:not([hidden])')).length",
        )
        assert empty_shown == 0, "a kind or subregion without matching partners is still shown"

        # A word of one partner's name, typed key by key, combined with the kind already chosen.
        target = SITE.partner_by_slug[next(p.slug for p in SITE.partners if p.kind == kind)]
        typed = max(target.name.split(), key=len)
        expected = [item for item in shown if str(search_key(typed)) in item["naam"]]
        search = page.locator("#ib-partners-filter-naam")
        search.press_sequentially(typed)
        found = _visible_items(page)
        assert found == expected and {"soort": kind, "naam": str(search_key(target.name))} in found
        assert parse_qs(urlsplit(page.url).query) == {"soort": [kind], "naam": [typed]}
        assert str(len(found)) in status.inner_text(), status.inner_text()

        shared = page.url
        page.reload(wait_until="load")
        assert page.url == shared
        assert page.eval_on_selector("#ib-partners-filter-soort", "select => select.value") == kind
        assert page.eval_on_selector("#ib-partners-filter-naam", "input => input.value") == typed
        assert _visible_items(page) == expected

        search.fill("")
        search.press_sequentially("bestaat-niet-xyz")
        assert _visible_items(page) == []
        assert status.inner_text().strip() == status.get_attribute("data-none")

        page.get_by_role("button", name="Alle filters wissen").click()
        assert len(_visible_items(page)) == len(SITE.partners)
        assert urlsplit(page.url).query == ""


def test_filter_links_work_without_javascript(site_server: str, chromium: Chromium) -> None:
    offer = next(o for o in SITE.references.offers if any(o.slug in p.offers for p in SITE.partners))
    with new_page(chromium, java_script_enabled=False) as (_, page):
        goto(page, site_server + PAGES["partners"])
        assert len(page.locator(ITEMS).all()) == len(SITE.partners), "without JavaScript the list is complete"
        link = page.locator(f'.ib-partners-filters a[data-value="{offer.slug}"]')
        assert link.is_visible()
        link.click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == "/" + urls.page_url(urls.partner_filter("aanbod", offer.slug))
        shown = page.eval_on_selector_all(ITEMS, "items => items.map(item => item.querySelector('a').getAttribute('href'))")
        expected = [p.slug for p in SITE.partners if offer.slug in p.offers]
        assert sorted(href.strip("./").split("/")[-1] for href in shown) == sorted(expected)
        assert page.get_by_role("link", name="Terug naar alle partners").is_visible()


# --------------------------------------------------------------------------------------------------------------
# The partner map on a phone and on a laptop: targets, names, legend, cards, keyboard; set MAP_SCREENSHOTS to a
# folder to keep a screenshot of the map at each size there (map-phone.png, map-desktop.png).

MAP_SIZES = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1366, "height": 900},
    "phone-landscape": {"width": 844, "height": 390},
}
MIN_TARGET_PX = 24

_MEASURE_MAP = """() => {
    const svg = document.querySelector('.ib-map > svg');
    const frame = svg.getBoundingClientRect(), view = svg.viewBox.baseVal;
    // CSS pixels per SVG unit: the drawing is fitted into the element, whichever of width and height is tighter.
    const scale = Math.min(frame.width / view.width, frame.height / view.height);
    const box = element => { const r = element.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; };
    return {
        svg: box(svg),
        scale,
        targets: [...svg.querySelectorAll('a')].map(a => ({
            box: box(a), name: a.getAttribute('aria-label'), href: a.getAttribute('href'),
            dot: a.querySelector('circle.point').r.baseVal.value * scale,
        })),
        labels: [...svg.querySelectorAll('.labels text')].map(text => ({
            box: box(text), text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * scale,
            halo: parseFloat(getComputedStyle(text).strokeWidth) * scale, order: getComputedStyle(text).paintOrder,
        })),
        fills: Object.fromEntries([...svg.querySelectorAll('path.area')].map(path =>
            [path.getAttribute('class').split(' ')[1], getComputedStyle(path).fill])),
    };
}"""


def _rgb(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def _overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


def _centre(box: dict) -> tuple[float, float]:
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


@pytest.mark.parametrize("size", MAP_SIZES)
def test_the_map_has_large_targets_names_and_a_legend(size: str, site_server: str, chromium: Chromium) -> None:
    mobile = {"is_mobile": True, "has_touch": True, "device_scale_factor": 2} if size.startswith("phone") else {}
    with new_page(chromium, **mobile) as (_, page):
        page.set_viewport_size(MAP_SIZES[size])
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        goto(page, site_server + PAGES["map"])
        page.wait_for_load_state("networkidle")
        assert [url for url in requested if origin(url) != site_server] == [], "the map page asks another origin"
        drawn = page.evaluate(_MEASURE_MAP)

        # Never drawn smaller than on the phone the layout is made for (358 of 800 units wide).
        assert drawn["scale"] >= 358 / 800 - 0.001, drawn["scale"]
        targets = drawn["targets"]
        assert len(targets) >= 10
        for target in targets:
            assert target["box"]["width"] >= MIN_TARGET_PX and target["box"]["height"] >= MIN_TARGET_PX, target
            assert target["name"] and target["href"].startswith(("#partner-", "#plaats-")), target
        for i, one in enumerate(targets):
            for other in targets[i + 1 :]:
                distance = math.dist(_centre(one["box"]), _centre(other["box"]))
                assert distance >= MIN_TARGET_PX, (one["name"], other["name"], distance)

        labels = drawn["labels"]
        with_partners = {SITE.references.municipality_by_slug[p.municipality].name for p in SITE.partners}
        assert with_partners <= {label["text"] for label in labels}
        for label in labels:
            assert label["px"] >= 12 and label["halo"] >= 2 and label["order"].startswith("stroke"), label
            assert label["box"]["width"] > 0 and _overlap(label["box"], drawn["svg"]), label
            for target in targets:
                # No name covers a dot, and no name another name: in the real font, not the layout's estimate.
                x, y = _centre(target["box"])
                box = label["box"]
                dx = max(box["x"] - x, 0, x - box["x"] - box["width"])
                dy = max(box["y"] - y, 0, y - box["y"] - box["height"])
                assert math.hypot(dx, dy) >= target["dot"], (label["text"], target["name"])
        for i, one in enumerate(labels):
            for other in labels[i + 1 :]:
                assert not _overlap(one["box"], other["box"]), (one["text"], other["text"])

        legend = page.locator(".ib-map__legend")
        assert legend.is_visible()
        for region in SITE.references.regions:
            entry = legend.locator("li", has_text=region.name)
            assert entry.is_visible(), region.name
            swatch = entry.locator("rect").get_attribute("fill") or ""
            assert _rgb(swatch) == drawn["fills"][f"region-{region.slug}"], region.name
        if folder := os.environ.get("MAP_SCREENSHOTS"):
            page.locator(".ib-map-figure").screenshot(path=str(Path(folder) / f"map-{size}.png"))


def test_a_target_opens_its_card_without_javascript(site_server: str, chromium: Chromium) -> None:
    """A target for several partners opens, over the bottom of the screen, a card that links each of them."""
    with new_page(chromium, java_script_enabled=False, is_mobile=True, has_touch=True) as (_, page):
        page.set_viewport_size(MAP_SIZES["phone"])
        goto(page, site_server + PAGES["map"])
        target = page.locator('.ib-map > svg a[href^="#plaats-"]').first
        anchor = (target.get_attribute("href") or "")[1:]
        count = int(target.get_attribute("data-count") or "0")
        assert count > 1 and str(count) in (target.get_attribute("aria-label") or "")
        target.scroll_into_view_if_needed()
        before = page.evaluate("scrollY")
        target.tap()
        card = page.locator(f"#{anchor}")
        assert urlsplit(page.url).fragment == anchor
        assert card.evaluate("card => getComputedStyle(card).position") == "fixed"
        box = card.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= MAP_SIZES["phone"]["height"]
        assert page.evaluate("scrollY") == before, "the map stays where it was under the card"
        partner_links = card.locator('ul a[href^="../"]')
        assert partner_links.count() == count
        for index in range(count):
            assert partner_links.nth(index).is_visible()
        card.get_by_role("link", name="Terug naar de kaart").tap()
        assert urlsplit(page.url).fragment == f"kaart-{anchor}"
        assert card.evaluate("card => getComputedStyle(card).position") != "fixed"
        back = target.bounding_box()
        assert back is not None and 0 < back["y"] < MAP_SIZES["phone"]["height"], "back at the target on the map"


def test_map_targets_take_the_keyboard_with_a_visible_focus(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        goto(page, site_server + PAGES["map"])
        for _ in range(200):
            page.keyboard.press("Tab")
            if page.evaluate("!!document.activeElement.closest('.ib-map > svg')"):
                break
        else:
            pytest.fail("no target on the map can be reached with the Tab key")
        focus = page.evaluate(
            """() => { const a = document.activeElement, style = getComputedStyle(a);
                       return {href: a.getAttribute('href'), name: a.getAttribute('aria-label'),
                               outline: style.outlineStyle, width: parseFloat(style.outlineWidth)}; }"""
        )
        assert focus["outline"] != "none" and focus["width"] >= 2, focus
        assert focus["name"]
        page.keyboard.press("Enter")
        assert "#" + urlsplit(page.url).fragment == focus["href"]
        assert page.locator(focus["href"]).evaluate("card => getComputedStyle(card).position") == "fixed"


@pytest.mark.parametrize(("size", "card"), [("phone", False), ("desktop", False), ("phone", True)])
def test_the_map_has_no_axe_violations(size: str, card: bool, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        page.set_viewport_size(MAP_SIZES[size])
        fragment = f"#partner-{SITE.partners[0].slug}" if card else ""
        goto(page, site_server + PAGES["map"] + fragment)
        page.wait_for_load_state("networkidle")
        assert_no_axe_violations(page, f"{PAGES['map']}{fragment} at {size} size")
