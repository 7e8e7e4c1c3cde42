"""Browser test support: a local server for the built site, Chromium through Playwright, axe-core.

Chromium comes from $CHROMIUM, else /usr/bin/chromium, else Playwright's own managed browser.
If none can be launched the tests fail when $CI is set and are skipped otherwise.
"""

from __future__ import annotations

import http.server
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

import pytest

# A missing Playwright is treated like a browser that cannot be launched.
try:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Playwright, sync_playwright
except ImportError as _error:  # pragma: no cover - depends on the environment
    sync_playwright = None
    PLAYWRIGHT_IMPORT_ERROR: ImportError | None = _error
else:
    PLAYWRIGHT_IMPORT_ERROR = None

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

NAV_TIMEOUT_MS = 30_000


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


def unavailable(reason: str) -> NoReturn:
    """No browser: a hard failure in CI (never a silent skip there), a skip on a developer's machine."""
    if "CI" in os.environ:
        pytest.fail(f"Chromium could not be launched and $CI is set, so this test fails:\n{reason}", pytrace=False)
    pytest.skip(f"Chromium could not be launched: {reason}")


@dataclass
class Chromium:
    """The session's browser, or why there is none.

    The fixture never raises: the test body calls `get()`, so that without a browser each test
    is reported as FAILED (in CI) or SKIPPED (locally), not as a fixture ERROR.
    """

    browser: Browser | None
    problem: str = ""

    def get(self) -> Browser:
        if self.browser is None:
            unavailable(self.problem)
        return self.browser


def launch(manager: Playwright) -> tuple[Browser | None, str]:
    """Try $CHROMIUM, else /usr/bin/chromium, else Playwright's managed Chromium."""
    env_executable = os.environ.get("CHROMIUM")
    if env_executable:
        candidates: list[str | None] = [env_executable]  # an explicit choice is not silently replaced
    elif DEBIAN_CHROMIUM.exists():
        candidates = [str(DEBIAN_CHROMIUM), None]
    else:
        candidates = [None]  # None: Playwright's own managed browser

    errors: list[str] = []
    for executable in candidates:
        try:
            if executable is None:
                return manager.chromium.launch(args=CHROMIUM_ARGS), ""
            return manager.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS), ""
        except Exception as error:  # noqa: BLE001 - any launch failure means "try the next one"
            label = executable or "Playwright's managed Chromium"
            text = str(error).strip()
            errors.append(f"  - {label}: {text.splitlines()[0] if text else repr(error)}")
    return None, "tried:\n" + "\n".join(errors)


@contextmanager
def new_page(chromium: Chromium, **context_options: object) -> Iterator[tuple[BrowserContext, Page]]:
    """A fresh browser context (no shared cache or cookies) with one page; closed afterwards."""
    context = chromium.get().new_context(**{"viewport": {"width": 1280, "height": 800}, **context_options})
    context.set_default_timeout(NAV_TIMEOUT_MS)
    try:
        yield context, context.new_page()
    finally:
        context.close()


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def scroll_to_bottom(page: Page) -> None:
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


def open_search(page: Page) -> bool:
    """Open Material's search the way a visitor does and type a query; returns whether it opened.

    Narrow screens show a search button in the header, wide screens the search field itself.
    """
    for selector in ('.md-header label.md-header__button[for="__search"]', "input.md-search__input"):
        control = page.locator(selector)
        if control.count() and control.first.is_visible():
            control.first.click(timeout=5_000)
            break
    else:
        return False
    search_input = page.locator("input.md-search__input")
    search_input.first.fill("infra", timeout=5_000)
    toggle = page.locator("#__search")
    return not toggle.count() or toggle.first.is_checked()


def settle(page: Page) -> None:
    """Let whatever the last action triggered finish loading."""
    page.wait_for_timeout(300)
    page.wait_for_load_state("networkidle")


def format_violations(violations: list[dict], max_nodes: int = 3) -> str:
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


def axe_violations(page: Page) -> list[dict]:
    """axe-core's WCAG 2.0/2.1 A/AA and best-practice violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    return results.response["violations"]


def goto(page, url: str) -> None:
    """Open `url`; fail when it does not load."""
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, f"{url} did not load: {response and response.status}"


def tab_to(page, element_id: str) -> None:
    """Move the focus with the Tab key alone until the element `element_id` has it."""
    for _ in range(400):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    pytest.fail(f"#{element_id} cannot be reached with the Tab key")


def choose_by_keyboard(page, select_id: str, value: str) -> None:
    """Tab to the select `select_id` and pick `value` with the arrow keys."""
    tab_to(page, select_id)
    for _ in range(50):
        if page.eval_on_selector(f"#{select_id}", "select => select.value") == value:
            return
        page.keyboard.press("ArrowDown")
    pytest.fail(f"{value} cannot be chosen in #{select_id} with the arrow keys")


def assert_no_axe_violations(page: Page, where: str) -> None:
    """Fail with every axe-core violation on the page as it is now, listed readably."""
    violations = axe_violations(page)
    assert not violations, f"axe-core found {len(violations)} violation(s) on {where}:\n" + format_violations(violations)


def block_page_scripts(context: BrowserContext) -> None:
    """Block the page's script files: axe itself needs JavaScript, so JavaScript as a whole cannot be switched off."""
    context.route(re.compile(r"\.js(\?.*)?$"), lambda route: route.abort())


# Reports every Content-Security-Policy violation of every document in the context to Python, from the very
# start of each document (an init script runs before the page's own scripts).
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} in ${event.documentURI}`
        + ` line ${event.lineNumber}: ${event.sample}`
    );
}, true);
"""


def watch_csp(context: BrowserContext) -> list[str]:
    """A list that fills with the CSP violations of every page of `context`: the `securitypolicyviolation` events
    and the console messages that mention the Content Security Policy."""
    violations: list[str] = []

    def report(text: str) -> None:
        violations.append(text)

    def console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            violations.append(f"console: {message.text}")

    context.expose_function("__reportCspViolation", report)
    context.add_init_script(_CSP_LISTENER)
    context.on("console", console)
    return violations
