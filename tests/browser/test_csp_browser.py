"""The Content-Security-Policy in a real Chromium: every page kind runs under it without a single violation,
Material's search and the partner filters still work, and a script injected into a page's content is blocked."""

from __future__ import annotations

import pytest

from browser_support import Chromium, choose_by_keyboard, goto, new_page, open_search, scroll_to_bottom, settle, watch_csp
from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.csp import script_hash, with_policy
from sitegen.loading.loader import load_site

pytestmark = pytest.mark.browser

SITE = load_site(PROJECT_ROOT)

# One page of every kind the site has; detail pages are the first of the sample content.
PAGES = {
    "home": urls.HOME,
    "agenda": urls.AGENDA,
    "event": urls.event_page(SITE.events[0].slug),
    "personas": urls.PERSONAS,
    "persona": urls.persona_page(SITE.personas[0].slug),
    "stories": urls.STORIES,
    "story": urls.story_page(SITE.stories[0].slug),
    "partners": urls.PARTNERS,
    "partner": urls.partner_page(SITE.partners[0].slug),
    "partner-map": urls.PARTNER_MAP,
    "programmes": urls.PROGRAMMES,
    "programme": urls.programme_page(SITE.programmes[0].slug),
    "chain": urls.CHAIN,
    "subscribe": urls.SUBSCRIBE,
    "editor-guide": "redactie/index.md",
}

HOSTILE_URL = "http://csp.test/verhalen/aanval/"


def _report(violations: list[str]) -> str:
    return "Content-Security-Policy violations:\n" + "\n".join(f"  {violation}" for violation in violations)


@pytest.mark.parametrize("page_id", PAGES)
def test_every_page_kind_runs_without_a_csp_violation(page_id: str, site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        violations = watch_csp(context)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        goto(page, f"{site_server}/{urls.page_url(PAGES[page_id])}")
        policy = page.eval_on_selector('meta[http-equiv="Content-Security-Policy"]', "meta => meta.content")
        assert "script-src 'self' 'sha256-" in policy and "'unsafe-inline'" not in policy.split(";")[1]
        scroll_to_bottom(page)
        settle(page)
        assert page.evaluate("typeof __md_get") == "function", "Material's inline helpers did not run"
        assert page.evaluate("document.documentElement.classList.contains('js')"), "Material's bundle did not run"
    assert violations == [], _report(violations)
    assert errors == [], f"script errors on {page_id}: {errors}"


def test_material_search_works_under_the_policy(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        violations = watch_csp(context)
        goto(page, f"{site_server}/{urls.page_url(urls.STORIES)}")
        assert open_search(page), "the search did not open"
        page.wait_for_selector(".md-search-result__item", timeout=15_000)
        assert page.locator(".md-search-result__item").count() > 0, "searching for 'infra' found nothing"
        settle(page)
    assert violations == [], _report(violations)


def test_the_partner_filters_filter_under_the_policy(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        violations = watch_csp(context)
        goto(page, f"{site_server}/{urls.page_url(urls.PARTNERS)}")
        items = ".ib-partners-results .ib-partners__partner"
        visible = "items => items.filter(item => item.offsetParent !== null).map(item => item.dataset.soort)"
        kinds = page.eval_on_selector_all(items, visible)
        assert len(kinds) == len(SITE.partners)
        kind = next(slug for slug in dict.fromkeys(kinds) if 1 < kinds.count(slug) < len(kinds))
        choose_by_keyboard(page, "ib-partners-filter-soort", kind)
        assert page.eval_on_selector_all(items, visible) == [kind] * kinds.count(kind)
    assert violations == [], _report(violations)


def test_a_script_injected_into_the_content_is_blocked_and_the_own_script_runs(chromium: Chromium) -> None:
    """If the sanitiser ever let a script through, the policy stops it: the page's own script runs (its hash is
    the one Chromium computes), the injected one and its inline event handler do not, and Chromium says why."""
    injected = "window.injected = true;"
    content = (
        f"<p>Een verhaal.</p><script>{injected}</script>"
        '<img src="data:," onerror="window.handler = true" alt="">'
    )
    html = with_policy(
        "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Aanval</title>"
        "<script>window.own = true;</script></head>"
        f"<body><article>{content}</article></body></html>",
        content,
    )
    assert script_hash("window.own = true;") in html and script_hash(injected) not in html
    with new_page(chromium) as (context, page):
        violations = watch_csp(context)
        context.route(HOSTILE_URL, lambda route: route.fulfill(status=200, content_type="text/html", body=html))
        goto(page, HOSTILE_URL)
        page.wait_for_timeout(200)
        ran = page.evaluate("({own: window.own === true, injected: window.injected === true, handler: window.handler === true})")
    assert ran == {"own": True, "injected": False, "handler": False}
    blocked = [violation for violation in violations if violation.startswith("script-src")]
    assert len(blocked) == 2, _report(violations)
