"""The agenda in a real Chromium: accessible, filters by keyboard and without JavaScript, past by the visitor's date;
on a phone and a laptop the first coming event is in the first screen, the past ones folded away; an ended event's
page tells the truth also when it was built before the event ended."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from browser_support import (
    Chromium,
    assert_no_axe_violations,
    block_page_scripts,
    choose_by_keyboard,
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
from sitegen.model.event import Event

pytestmark = pytest.mark.browser

ITEMS = ".ib-agenda-results .ib-agenda__event"
UPCOMING = ".ib-agenda-upcoming > .ib-agenda__event"
PAST = ".ib-agenda-past__list > .ib-agenda__event"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}
VIEWPORTS = [pytest.param(PHONE, id="phone"), pytest.param(LAPTOP, id="laptop")]


def _url_of(page: str) -> str:
    """The URL path of a generated page: agenda/doelgroep/ouder.md -> /agenda/doelgroep/ouder/."""
    path = page.removesuffix(".md").removesuffix("index")
    return "/" + path.rstrip("/") + "/"


SITE = load_site(PROJECT_ROOT)
TODAY = build_date(SITE.references.settings.zone)


def _open_with_sign_up() -> Event:
    """An event that can still be signed up for as of the build date."""
    return next(
        event for event in SITE.events if event.registration and event.status == "gepland" and event.last_day >= TODAY
    )


def _ended_with_sign_up() -> Event:
    """An event with a sign-up address that had ended by the build date."""
    return next(
        event for event in reversed(SITE.events) if event.registration and event.status == "gepland" and event.last_day < TODAY
    )


def _pages() -> dict[str, str]:
    current = dates.school_year_of(TODAY)
    past = sorted({dates.school_year_of(e.first_day) for e in SITE.events if dates.school_year_of(e.first_day) < current})
    assert past, "the sample content has a past school year"
    return {
        "agenda": _url_of(urls.AGENDA),
        "archive": _url_of(urls.agenda_archive(past[-1])),
        "filter": _url_of(urls.agenda_filter("doelgroep", SITE.personas[0].slug)),
        "facts": _url_of(urls.facts_page(past[-1])),
        "event": _url_of(urls.event_page(SITE.events[0].slug)),
        "open-event": _url_of(urls.event_page(_open_with_sign_up().slug)),
        "ended-event": _url_of(urls.event_page(_ended_with_sign_up().slug)),
    }


PAGES = _pages()


def _visible_items(page) -> list[dict[str, str]]:
    """The cards a visitor sees: not filtered out, and not inside the folded past events."""
    return page.eval_on_selector_all(
        ITEMS,
        """items => items.filter(item => item.checkVisibility())
                         .map(item => ({doelgroep: item.dataset.doelgroep, end: item.dataset.end}))""",
    )


def _open_all(page) -> None:
    """Open every folded part of the page, as a visitor who wants to see everything."""
    for summary in page.locator("details:not([hidden]) > summary").all():
        if summary.is_visible() and summary.evaluate("s => !s.parentElement.open"):
            summary.click()


# Without scripts again only /agenda/, the page whose form lists.js builds; "open" unfolds every <details> first.
AXE_CASES = [pytest.param(page_id, True, False, PHONE, id=page_id) for page_id in PAGES] + [
    pytest.param("agenda", False, False, PHONE, id="agenda-no-scripts"),
    pytest.param("agenda", True, True, PHONE, id="agenda-open-phone"),
    pytest.param("agenda", True, True, LAPTOP, id="agenda-open-laptop"),
    pytest.param("agenda", False, True, PHONE, id="agenda-open-no-scripts"),
]


@pytest.mark.parametrize(("page_id", "scripts", "unfold", "viewport"), AXE_CASES)
def test_no_axe_violations(page_id: str, scripts: bool, unfold: bool, viewport: dict, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        page.set_viewport_size(viewport)
        if not scripts:
            block_page_scripts(context)
        goto(page, site_server + PAGES[page_id])
        page.wait_for_load_state("networkidle")
        if not scripts:
            assert page.locator(".ib-agenda-form").count() == 0
        if unfold:
            _open_all(page)
        assert_no_axe_violations(page, PAGES[page_id])


def _open_filters(page) -> None:
    page.locator(".ib-agenda-filter > summary").click()


def test_persona_filter_by_keyboard_in_the_url_and_announced(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        goto(page, site_server + PAGES["agenda"])
        all_items = _visible_items(page)
        assert page.locator(".ib-agenda-form").is_hidden(), "the filters are folded away until asked for"
        _open_filters(page)
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
        past_shown = page.eval_on_selector_all(PAST, "items => items.filter(i => !i.hidden).map(i => i.dataset.doelgroep)")
        assert all(value in slugs.split() for slugs in past_shown), "the folded past events are filtered too"

        shared = page.url
        page.reload(wait_until="load")
        assert page.url == shared
        assert page.eval_on_selector("#ib-agenda-filter-doelgroep", "select => select.value") == value
        assert page.locator(".ib-agenda-form").is_visible(), "a filter chosen in the address opens the filters"
        assert len(_visible_items(page)) == expected

        goto(page, site_server + PAGES["agenda"] + "?doelgroep=" + value + "&regio=bestaat-niet")
        assert len(_visible_items(page)) == expected, "an unknown filter value is ignored"


def test_near_me_chooses_the_subregion_of_a_municipality(site_server: str, chromium: Chromium) -> None:
    region = next(region for region in SITE.references.regions if len(region.municipalities) > 1)
    municipality = region.municipalities[1]
    with new_page(chromium) as (_, page):
        page.set_viewport_size(PHONE)
        goto(page, site_server + PAGES["agenda"])
        page.locator(".ib-agenda-nearby > summary").click()
        page.get_by_role("link", name=municipality.name, exact=True).click()
        assert urlsplit(page.url).path == PAGES["agenda"], "with the script the agenda filters in place"
        assert parse_qs(urlsplit(page.url).query) == {"regio": [region.slug]}
        assert page.eval_on_selector("#ib-agenda-filter-regio", "select => select.value") == region.slug
        regions = page.eval_on_selector_all(UPCOMING, "items => items.filter(i => !i.hidden).map(i => i.dataset.regio)")
        assert regions and all(slug in (region.slug, "online") for slug in regions), regions
        assert page.evaluate("document.activeElement.id") == "binnenkort", "the focus moves to the results"
    with new_page(chromium, java_script_enabled=False) as (_, page):
        goto(page, site_server + PAGES["agenda"])
        page.locator(".ib-agenda-nearby > summary").click()
        page.get_by_role("link", name=municipality.name, exact=True).click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == _url_of(urls.agenda_filter("regio", region.slug))


def test_filter_links_work_without_javascript(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, java_script_enabled=False) as (_, page):
        goto(page, site_server + PAGES["agenda"])
        link = page.locator(".ib-agenda-filters a[data-value]").first
        value = link.get_attribute("data-value")
        assert not link.is_visible(), "the filter links are folded away"
        _open_filters(page)
        assert link.is_visible()
        link.click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == f"/agenda/doelgroep/{value}/"
        items = page.eval_on_selector_all(ITEMS, "items => items.map(item => item.dataset.doelgroep)")
        current = dates.school_year_of(TODAY)
        expected = [e for e in SITE.events if value in e.audiences and dates.school_year_of(e.first_day) >= current]
        assert len(items) == len(expected) and all(value in slugs.split() for slugs in items)
        assert page.get_by_role("link", name="Terug naar de hele agenda").is_visible()


def _top_of(page, selector: str) -> dict | None:
    return page.eval_on_selector(
        selector, "el => { const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; }"
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("scripts", [True, False], ids=["scripts", "no-scripts"])
def test_the_first_coming_event_is_in_the_first_screen(viewport: dict, scripts: bool, site_server: str, chromium: Chromium) -> None:
    assert any(event.last_day >= TODAY for event in SITE.events), "the sample content has events to come"
    with new_page(chromium, java_script_enabled=scripts) as (_, page):
        page.set_viewport_size(viewport)
        goto(page, site_server + PAGES["agenda"])
        title = _top_of(page, f"{UPCOMING} .ib-card__title")
        assert title is not None
        assert 0 <= title["top"] and title["bottom"] <= viewport["height"], (title, viewport)


@pytest.mark.parametrize("scripts", [True, False], ids=["scripts", "no-scripts"])
def test_past_events_are_folded_away_but_in_the_page(scripts: bool, site_server: str, chromium: Chromium) -> None:
    current = dates.school_year_of(TODAY)
    expected = [e for e in SITE.events if dates.school_year_of(e.first_day) == current and e.last_day < TODAY]
    with new_page(chromium, java_script_enabled=scripts) as (_, page):
        page.set_viewport_size(PHONE)
        goto(page, site_server + PAGES["agenda"])
        past = page.locator(PAST)
        if not expected:
            assert past.count() == 0 and page.locator(".ib-agenda-past").is_hidden()
            return
        assert past.count() == len(expected)
        ends = [item.get_attribute("data-end") for item in past.all()]
        assert ends == sorted(ends, reverse=True), "newest first"
        assert not past.first.is_visible(), "past events are folded away"
        summary = page.locator(".ib-agenda-past > summary")
        assert summary.is_visible() and "Afgelopen activiteiten" in summary.inner_text()
        summary.click()
        assert past.first.is_visible()
        above = _top_of(page, ".ib-agenda-past")
        assert above is not None and _top_of(page, f"{UPCOMING}:last-child")["top"] < above["top"], "upcoming first"


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
                folded: item.parentElement.classList.contains('ib-agenda-past__list'),
            }))""",
        )
        if page_id == "agenda":
            empty_shown = page.locator(".ib-agenda-empty").is_visible()
            past_shown = page.locator(".ib-agenda-past > summary").is_visible()
            orders = page.eval_on_selector_all(UPCOMING, "items => items.map(item => Number(item.dataset.order))")
    assert state, f"no events on {PAGES[page_id]}"
    assert all(item["past"] == past for item in state), state
    if page_id == "agenda":
        assert all(item["folded"] == past for item in state), "a past card moves to the folded past events"
        assert (empty_shown, past_shown) == (past, past)
        assert orders == sorted(orders), "the coming events stay in calendar order"


def test_past_without_javascript_follows_the_build_date(built_site: Path, site_server: str, chromium: Chromium) -> None:
    today = TODAY.isoformat()
    with new_page(chromium, java_script_enabled=False) as (_, page):
        goto(page, site_server + PAGES["agenda"])
        state = page.eval_on_selector_all(
            ITEMS,
            """items => items.map(item => [item.dataset.end,
                item.classList.contains('ib-agenda__event--past'),
                item.parentElement.classList.contains('ib-agenda-past__list')])""",
        )
    assert state
    assert all(marked == folded == (end < today) for end, marked, folded in state), state


def _sign_up(page):
    return page.get_by_role("link", name="Aanmelden")


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("scripts", [True, False], ids=["scripts", "no-scripts"])
def test_an_ended_event_says_so_and_offers_no_sign_up(viewport: dict, scripts: bool, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, java_script_enabled=scripts) as (_, page):
        page.set_viewport_size(viewport)
        goto(page, site_server + PAGES["ended-event"])
        notice = page.get_by_text("Deze activiteit is afgelopen.")
        assert notice.is_visible()
        box = _top_of(page, ".ib-event-ended")
        assert box is not None and box["bottom"] <= viewport["height"], "the notice is at the top"
        assert _sign_up(page).count() == 0
        assert page.get_by_role("heading", name="Zet in je agenda").count() == 0


def test_a_page_built_before_the_event_ended_tells_the_truth_afterwards(site_server: str, chromium: Chromium) -> None:
    event = _open_with_sign_up()
    after = datetime.combine(event.last_day, datetime.min.time()) + timedelta(days=1, hours=12)
    with new_page(chromium) as (_, page):
        page.set_viewport_size(PHONE)
        goto(page, site_server + PAGES["open-event"])
        assert _sign_up(page).first.is_visible(), "before the end: the sign-up button, in the first screen"
        assert _top_of(page, ".ib-event-key__action")["bottom"] <= PHONE["height"]
        assert page.get_by_text("Deze activiteit is afgelopen.").is_hidden()
    with new_page(chromium) as (_, page):
        page.clock.set_fixed_time(after)
        goto(page, site_server + PAGES["open-event"])
        assert page.get_by_text("Deze activiteit is afgelopen.").is_visible()
        assert _sign_up(page).count() == 0 or not _sign_up(page).first.is_visible()
        assert not page.get_by_role("heading", name="Zet in je agenda").is_visible()


@pytest.mark.parametrize("page_id", ["agenda", "open-event", "ended-event"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_request_leaves_the_site(page_id: str, viewport: dict, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        page.set_viewport_size(viewport)
        goto(page, site_server + PAGES[page_id])
        _open_all(page)
        scroll_to_bottom(page)
        settle(page)
    own = origin(site_server)
    offending = [url for url in requested if urlsplit(url).scheme not in ("data", "blob") and origin(url) != own]
    assert not offending, offending
