"""Browser tests: the built site in a real Chromium, driven by Playwright.

What they check, on the home page, the agenda, one detail page per section and "Over ons":
  * no request leaves the site's own origin (no CDNs, fonts, analytics, ...);
  * axe-core finds no WCAG 2.0/2.1 A/AA or best-practice violations;
  * the site works without JavaScript (home -> agenda -> event).

Chromium comes from $CHROMIUM, else /usr/bin/chromium, else Playwright's own managed browser.
If none can be launched the tests fail when $CI is set and are skipped otherwise.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

# Imported lazily-but-at-module-level: a missing Playwright is a launch failure, handled like one.
try:
    from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
except ImportError as _error:  # pragma: no cover - depends on the environment
    sync_playwright = None
    _PLAYWRIGHT_IMPORT_ERROR: ImportError | None = _error
else:
    _PLAYWRIGHT_IMPORT_ERROR = None

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

# Logical pages; detail pages are resolved against the built site at test time, so new content
# (e.g. the first story) is picked up without editing this file.
FIXED_PAGES = {"home": "/", "agenda": "/agenda/", "over-ons": "/over-ons/"}
DETAIL_PAGES = {"event": "agenda", "persona": "doelgroepen", "story": "verhalen", "partner": "partners"}
PAGE_IDS = ["home", "agenda", "event", "persona", "story", "partner", "over-ons"]

NAV_TIMEOUT_MS = 30_000


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 on a free port; yields the base URL without trailing slash."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _unavailable(reason: str) -> None:
    """No browser: a hard failure in CI (never a silent skip there), a skip on a developer's machine."""
    if "CI" in os.environ:
        pytest.fail(f"Chromium could not be launched and $CI is set, so this is a failure:\n{reason}", pytrace=False)
    pytest.skip(f"Chromium could not be launched: {reason}")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if sync_playwright is None:
        _unavailable(f"Playwright is not importable ({_PLAYWRIGHT_IMPORT_ERROR}); install the `test` extra.")

    try:
        manager = sync_playwright().start()
    except Exception as error:  # noqa: BLE001 - any driver failure means "no browser"
        _unavailable(f"the Playwright driver did not start: {error}")

    # Which executables to try, in order; None means Playwright's own managed Chromium.
    env_executable = os.environ.get("CHROMIUM")
    if env_executable:
        candidates: list[str | None] = [env_executable]  # an explicit choice is not silently replaced
    elif DEBIAN_CHROMIUM.exists():
        candidates = [str(DEBIAN_CHROMIUM), None]
    else:
        candidates = [None]

    errors: list[str] = []
    launched: Browser | None = None
    for executable in candidates:
        try:
            if executable is None:
                launched = manager.chromium.launch(args=CHROMIUM_ARGS)
            else:
                launched = manager.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            break
        except Exception as error:  # noqa: BLE001
            label = executable or "Playwright's managed Chromium"
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
            errors.append(f"  - {label}: {first_line}")

    if launched is None:
        manager.stop()
        _unavailable("tried:\n" + "\n".join(errors))

    try:
        yield launched
    finally:
        launched.close()
        manager.stop()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    ctx.set_default_timeout(NAV_TIMEOUT_MS)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _first_detail_page(site: Path, section: str) -> str | None:
    """URL path of the first detail page of a section: a sub-folder with an index.html (sorted by name)."""
    folder = site / section
    if not folder.is_dir():
        return None
    for child in sorted(folder.iterdir()):
        if child.is_dir() and (child / "index.html").is_file():
            return f"/{section}/{child.name}/"
    return None


def _page_path(site: Path, page_id: str) -> str:
    if page_id in FIXED_PAGES:
        path = FIXED_PAGES[page_id]
        assert (site / path.strip("/") / "index.html").is_file(), f"the built site has no {path}"
        return path
    section = DETAIL_PAGES[page_id]
    path = _first_detail_page(site, section)
    if path is None:
        if page_id == "story":  # stories are optional content
            pytest.skip(f"the built site has no story yet (no {section}/<slug>/index.html)")
        pytest.fail(f"the built site has no {page_id} page (no {section}/<slug>/index.html)")
    return path


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _scroll_to_bottom(page: Page) -> None:
    """Scroll one viewport at a time, so lazily loaded resources along the way are requested."""
    page.evaluate(
        """async () => {
            const step = Math.max(200, window.innerHeight - 50);
            for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
                window.scrollTo(0, y);
                await new Promise(r => setTimeout(r, 50));
            }
            window.scrollTo(0, document.documentElement.scrollHeight);
        }"""
    )


def _open_search(page: Page) -> bool:
    """Open Material's search the way a visitor does; returns whether a search control was found."""
    for selector in ('label[for="__search"]', ".md-search__input", '[data-md-toggle="search"]'):
        control = page.locator(selector)
        for index in range(control.count()):
            candidate = control.nth(index)
            if candidate.is_visible():
                candidate.click()
                search_input = page.locator(".md-search__input")
                if search_input.count() and search_input.first.is_visible():
                    search_input.first.fill("infra")
                return True
    return False


def _settle(page: Page) -> None:
    """Let whatever the last action triggered finish loading."""
    page.wait_for_timeout(300)
    page.wait_for_load_state("networkidle")


def _format_violations(violations: list[dict], max_nodes: int = 3) -> str:
    lines: list[str] = []
    for violation in violations:
        nodes = violation.get("nodes", [])
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation.get('help')}"
            f" [{len(nodes)} element(s)] {violation.get('helpUrl', '')}"
        )
        for node in nodes[:max_nodes]:
            target = ", ".join(str(part) for part in node.get("target", []))
            html = " ".join(node.get("html", "").split())
            if len(html) > 200:
                html = html[:200] + "..."
            lines.append(f"    target: {target}")
            lines.append(f"      html: {html}")
            summary = " ".join(node.get("failureSummary", "").split())
            if summary:
                lines.append(f"      why:  {summary[:300]}")
        if len(nodes) > max_nodes:
            lines.append(f"    ... and {len(nodes) - max_nodes} more")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_no_request_leaves_the_site(
    page_id: str, built_site: Path, site_server: str, context: BrowserContext, page: Page
) -> None:
    path = _page_path(built_site, page_id)
    requested: list[str] = []
    # On the context, so requests of every page, frame and worker in it are recorded.
    context.on("request", lambda request: requested.append(request.url))

    response = page.goto(site_server + path, wait_until="networkidle", timeout=NAV_TIMEOUT_MS)
    assert response is not None and response.ok, f"{path} did not load: {response and response.status}"
    _scroll_to_bottom(page)
    _settle(page)
    searched = _open_search(page)
    _settle(page)

    own_origin = _origin(site_server)
    offending = [
        url
        for url in requested
        if urlsplit(url).scheme not in ("data", "blob") and _origin(url) != own_origin
    ]
    assert requested, f"no requests were recorded for {path}"
    assert searched, f"no visible search control found on {path}"
    assert not offending, f"{path} made {len(offending)} request(s) outside {own_origin}:\n" + "\n".join(
        f"  {url}" for url in dict.fromkeys(offending)
    )


@pytest.mark.browser
@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_no_axe_violations(page_id: str, built_site: Path, site_server: str, page: Page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    path = _page_path(built_site, page_id)
    response = page.goto(site_server + path, wait_until="networkidle", timeout=NAV_TIMEOUT_MS)
    assert response is not None and response.ok, f"{path} did not load: {response and response.status}"

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    assert not violations, f"axe-core found {len(violations)} violation(s) on {path}:\n" + _format_violations(
        violations
    )


@pytest.mark.browser
def test_site_works_without_javascript(browser: Browser, site_server: str) -> None:
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 800})
    ctx.set_default_timeout(NAV_TIMEOUT_MS)
    try:
        page = ctx.new_page()
        response = page.goto(site_server + "/", wait_until="load")
        assert response is not None and response.ok

        # The home page shows its main heading.
        home_heading = page.get_by_role("main").get_by_role("heading", level=1)
        assert home_heading.count() >= 1, "the home page has no <h1> inside <main>"
        assert home_heading.first.is_visible(), "the home page's main heading is not visible without JavaScript"
        assert home_heading.first.inner_text().strip(), "the home page's main heading is empty"

        # Following the "Agenda" link in the site navigation leads to the agenda.
        nav_links = page.get_by_role("navigation").get_by_role("link", name="Agenda", exact=True)
        visible_nav_links = [nav_links.nth(i) for i in range(nav_links.count()) if nav_links.nth(i).is_visible()]
        assert visible_nav_links, "no visible 'Agenda' link in the site navigation without JavaScript"
        visible_nav_links[0].click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == "/agenda/", f"the 'Agenda' nav link led to {page.url}"
        agenda_heading = page.get_by_role("main").get_by_role("heading", name="Agenda", level=1)
        assert agenda_heading.count() == 1 and agenda_heading.is_visible(), "the agenda page shows no 'Agenda' heading"

        # At least one event link on the agenda, leading to an event page with a heading.
        event_links = page.get_by_role("main").locator('a[href]:not([href^="#"])')
        event_link = None
        for i in range(event_links.count()):
            link = event_links.nth(i)
            resolved = urlsplit(urljoin(page.url, link.get_attribute("href") or ""))
            parts = [p for p in resolved.path.split("/") if p]
            if _origin(resolved.geturl()) == _origin(site_server) and len(parts) == 2 and parts[0] == "agenda":
                if link.is_visible():
                    event_link = link
                    break
        assert event_link is not None, "the agenda page has no visible link to an event page"
        event_link.click()
        page.wait_for_load_state("load")
        parts = [p for p in urlsplit(page.url).path.split("/") if p]
        assert len(parts) == 2 and parts[0] == "agenda", f"the event link led to {page.url}"
        event_heading = page.get_by_role("main").get_by_role("heading", level=1)
        assert event_heading.count() >= 1 and event_heading.first.is_visible(), f"{page.url} shows no heading"
        assert event_heading.first.inner_text().strip(), f"{page.url} has an empty heading"
    finally:
        ctx.close()
