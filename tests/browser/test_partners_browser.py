"""The partner listing in a real Chromium: accessible, filters by keyboard, name search, and plain links without JavaScript."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, block_page_scripts, choose_by_keyboard, goto, new_page
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
