"""Browser tests: the built site in a real Chromium, driven by Playwright.

What they check, on the home page, the agenda, one detail page per section and "Over ons":
  * no request leaves the site's own origin (no CDNs, fonts, analytics, ...);
  * axe-core finds no WCAG 2.0/2.1 A/AA or best-practice violations;
  * the site works without JavaScript (home -> agenda -> event).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, new_page, open_search, origin, scroll_to_bottom, settle
from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site

# Fixed pages by path; detail pages are chosen from the sample content at test time.
FIXED_PAGES = {"home": "/", "agenda": "/agenda/", "over-ons": "/over-ons/"}
PAGE_IDS = ["home", "agenda", "event", "persona", "story", "partner", "over-ons"]


def _page_path(site: Path, page_id: str) -> str:
    """The page to test: fixed pages by path, detail pages from the sample content (an item with an image if any)."""
    if page_id in FIXED_PAGES:
        path = FIXED_PAGES[page_id]
        assert (site / path.strip("/") / "index.html").is_file(), f"the built site has no {path}"
        return path
    content = load_site(PROJECT_ROOT)
    items, page_of, image_of = {
        "event": (content.events, urls.event_page, lambda item: item.image),
        "persona": (content.personas, urls.persona_page, lambda item: item.image),
        "story": (content.stories, urls.story_page, lambda item: item.image),
        "partner": (content.partners, urls.partner_page, lambda item: item.logo),
    }[page_id]
    assert items, f"the sample content has no {page_id}"
    chosen = next((item for item in items if image_of(item) is not None), items[0])
    return "/" + urls.page_url(page_of(chosen.slug))


@pytest.mark.browser
@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_no_request_leaves_the_site(page_id: str, built_site: Path, site_server: str, chromium: Chromium) -> None:
    path = _page_path(built_site, page_id)
    with new_page(chromium) as (context, page):
        requested: list[str] = []
        # On the context rather than the page: also catches popups, frames and (service) workers.
        context.on("request", lambda request: requested.append(request.url))

        response = page.goto(site_server + path, wait_until="networkidle")
        assert response is not None and response.ok, f"{path} did not load: {response and response.status}"
        scroll_to_bottom(page)
        settle(page)
        searched = open_search(page)
        settle(page)

    ownorigin = origin(site_server)
    offending = [
        url for url in requested if urlsplit(url).scheme not in ("data", "blob") and origin(url) != ownorigin
    ]
    assert not offending, f"{path} made {len(offending)} request(s) outside {ownorigin}:\n" + "\n".join(
        f"  {url}" for url in dict.fromkeys(offending)
    )
    assert searched, f"could not open the search on {path}, so its lazily loaded resources were not checked"
    assert any(urlsplit(url).path.endswith("search_index.json") for url in requested), (
        f"opening the search on {path} did not load search/search_index.json; the check did not exercise the search"
    )


@pytest.mark.browser
@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_no_axe_violations(page_id: str, built_site: Path, site_server: str, chromium: Chromium) -> None:
    path = _page_path(built_site, page_id)
    with new_page(chromium) as (_, page):
        response = page.goto(site_server + path, wait_until="networkidle")
        assert response is not None and response.ok, f"{path} did not load: {response and response.status}"
        assert_no_axe_violations(page, path)


def _agenda_detail_path(url: str) -> bool:
    parts = [part for part in urlsplit(url).path.split("/") if part]
    return len(parts) == 2 and parts[0] == "agenda"


@pytest.mark.browser
def test_site_works_without_javascript(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, java_script_enabled=False) as (_, page):
        response = page.goto(site_server + "/", wait_until="load")
        assert response is not None and response.ok, f"/ did not load: {response and response.status}"

        # The home page shows its main heading.
        heading = page.get_by_role("main").get_by_role("heading", level=1)
        assert heading.count() >= 1, "the home page has no <h1> inside <main>"
        assert heading.first.is_visible(), "the home page's main heading is not visible without JavaScript"
        assert heading.first.inner_text().strip(), "the home page's main heading is empty"

        # The "Agenda" link in the site navigation leads to the agenda.
        nav_links = page.get_by_role("navigation").get_by_role("link", name="Agenda", exact=True)
        visible = [nav_links.nth(i) for i in range(nav_links.count()) if nav_links.nth(i).is_visible()]
        assert visible, "no visible 'Agenda' link in the site navigation without JavaScript"
        visible[0].click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == "/agenda/", f"the 'Agenda' navigation link led to {page.url}"
        heading = page.get_by_role("main").get_by_role("heading", name="Agenda", level=1)
        assert heading.count() == 1 and heading.is_visible(), "the agenda page shows no 'Agenda' heading"

        # At least one event link on the agenda, leading to an event page with a heading.
        ownorigin = origin(site_server)
        links = page.get_by_role("main").locator("a[href]")
        event_link = None
        for i in range(links.count()):
            link = links.nth(i)
            target = urljoin(page.url, link.get_attribute("href") or "")
            if origin(target) == ownorigin and _agenda_detail_path(target) and link.is_visible():
                event_link = link
                break
        assert event_link is not None, "the agenda page has no visible link to an event page"
        event_link.click()
        page.wait_for_load_state("load")
        assert _agenda_detail_path(page.url), f"the event link led to {page.url}, not to an event page"
        heading = page.get_by_role("main").get_by_role("heading", level=1)
        assert heading.count() >= 1 and heading.first.is_visible(), f"{page.url} shows no heading"
        assert heading.first.inner_text().strip(), f"{page.url} has an empty heading"
