"""The agenda in a real Chromium: accessible, filters by keyboard and without JavaScript, past by the visitor's date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, block_page_scripts, choose_by_keyboard, goto, new_page
from conftest import PROJECT_ROOT
from sitegen import dates, urls
from sitegen.clock import build_date
from sitegen.loading.loader import load_site

pytestmark = pytest.mark.browser

ITEMS = ".ib-agenda-results .ib-agenda__event"


def _url_of(page: str) -> str:
    """The URL path of a generated page: agenda/doelgroep/ouder.md -> /agenda/doelgroep/ouder/."""
    path = page.removesuffix(".md").removesuffix("index")
    return "/" + path.rstrip("/") + "/"


def _pages() -> dict[str, str]:
    site = load_site(PROJECT_ROOT)
    current = dates.school_year_of(build_date(site.references.settings.zone))
    past = sorted({dates.school_year_of(e.first_day) for e in site.events if dates.school_year_of(e.first_day) < current})
    assert past, "the sample content has a past school year"
    return {
        "agenda": _url_of(urls.AGENDA),
        "archive": _url_of(urls.agenda_archive(past[-1])),
        "filter": _url_of(urls.agenda_filter("doelgroep", site.personas[0].slug)),
        "facts": _url_of(urls.facts_page(past[-1])),
        "event": _url_of(urls.event_page(site.events[0].slug)),
    }


PAGES = _pages()


def _visible_items(page) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        ITEMS,
        """items => items.filter(item => item.offsetParent !== null)
                         .map(item => ({doelgroep: item.dataset.doelgroep, end: item.dataset.end}))""",
    )


# Without scripts again only /agenda/, the page whose form lists.js builds.
AXE_CASES = [pytest.param(page_id, True, id=page_id) for page_id in PAGES] + [pytest.param("agenda", False, id="agenda-no-scripts")]


@pytest.mark.parametrize(("page_id", "scripts"), AXE_CASES)
def test_no_axe_violations(page_id: str, scripts: bool, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        if not scripts:
            block_page_scripts(context)
        goto(page, site_server + PAGES[page_id])
        page.wait_for_load_state("networkidle")
        if not scripts:
            assert page.locator(".ib-agenda-form").count() == 0
        assert_no_axe_violations(page, PAGES[page_id])


def test_persona_filter_by_keyboard_in_the_url_and_announced(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        goto(page, site_server + PAGES["agenda"])
        all_items = _visible_items(page)
        label = page.locator('label[for="ib-agenda-filter-doelgroep"]')
        assert label.is_visible() and label.inner_text().strip(), "the persona filter has no visible label"
        assert page.locator(".ib-agenda-filters").is_hidden(), "the filter links stay visible next to the form"

        slugs = [s for s in dict.fromkeys(" ".join(i["doelgroep"] for i in all_items).split())]
        value = next(s for s in slugs if 0 < sum(s in i["doelgroep"].split() for i in all_items) < len(all_items))
        expected = sum(value in i["doelgroep"].split() for i in all_items)
        choose_by_keyboard(page, "ib-agenda-filter-doelgroep", value)

        shown = _visible_items(page)
        assert len(shown) == expected and all(value in i["doelgroep"].split() for i in shown)
        assert parse_qs(urlsplit(page.url).query) == {"doelgroep": [value]}
        status = page.locator(".ib-agenda-status")
        assert status.get_attribute("aria-live") == "polite"
        assert str(expected) in status.inner_text(), status.inner_text()
        hidden_months = page.eval_on_selector_all(
            ".ib-agenda-month", "months => months.filter(m => m.hidden && m.querySelector('.ib-agenda__event:not([hidden])')).length"
        )
        assert hidden_months == 0
        empty_shown = page.eval_on_selector_all(
            ".ib-agenda-month", "months => months.filter(m => !m.hidden && !m.querySelector('.ib-agenda__event:not([hidden])')).length"
        )
        assert empty_shown == 0, "a month without matching events is still shown"

        shared = page.url
        page.reload(wait_until="load")
        assert page.url == shared
        assert page.eval_on_selector("#ib-agenda-filter-doelgroep", "select => select.value") == value
        assert len(_visible_items(page)) == expected

        goto(page, site_server + PAGES["agenda"] + "?doelgroep=" + value + "&regio=bestaat-niet")
        assert len(_visible_items(page)) == expected, "an unknown filter value is ignored"


def test_filter_links_work_without_javascript(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, java_script_enabled=False) as (_, page):
        goto(page, site_server + PAGES["agenda"])
        link = page.locator(".ib-agenda-filters a[data-value]").first
        value = link.get_attribute("data-value")
        assert link.is_visible()
        link.click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == f"/agenda/doelgroep/{value}/"
        items = page.eval_on_selector_all(ITEMS, "items => items.map(item => item.dataset.doelgroep)")
        site = load_site(PROJECT_ROOT)
        current = dates.school_year_of(build_date(site.references.settings.zone))
        expected = [e for e in site.events if value in e.audiences and dates.school_year_of(e.first_day) >= current]
        assert len(items) == len(expected) and all(value in slugs.split() for slugs in items)
        assert page.get_by_role("link", name="Terug naar de hele agenda").is_visible()


@pytest.mark.parametrize(("clock", "past"), [(datetime(2030, 1, 1, 12), True), (datetime(2000, 1, 1, 12), False)])
@pytest.mark.parametrize("page_id", ["agenda", "archive"])
def test_past_follows_the_visitors_date(page_id: str, clock: datetime, past: bool, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        page.clock.set_fixed_time(clock)
        goto(page, site_server + PAGES[page_id])
        state = page.eval_on_selector_all(
            ITEMS,
            """items => items.map(item => ({
                past: item.classList.contains('ib-agenda__event--past'),
                label: item.querySelector('.ib-agenda__past').offsetParent !== null,
            }))""",
        )
    assert state, f"no events on {PAGES[page_id]}"
    assert all(item == {"past": past, "label": past} for item in state), state


def test_past_without_javascript_follows_the_build_date(built_site: Path, site_server: str, chromium: Chromium) -> None:
    today = build_date(load_site(PROJECT_ROOT).references.settings.zone).isoformat()
    with new_page(chromium, java_script_enabled=False) as (_, page):
        goto(page, site_server + PAGES["agenda"])
        state = page.eval_on_selector_all(
            ITEMS,
            """items => items.map(item => [item.dataset.end,
                item.classList.contains('ib-agenda__event--past'),
                item.querySelector('.ib-agenda__past').offsetParent !== null])""",
        )
    assert state
    assert all(marked == label == (end < today) for end, marked, label in state), state
