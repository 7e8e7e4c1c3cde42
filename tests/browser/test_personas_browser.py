"""The "Wie ben jij?" chooser with the mouse, the keyboard and without JavaScript; axe on persona, story and chain pages."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, new_page
from conftest import PROJECT_ROOT
from sitegen.loading.loader import load_site

pytestmark = pytest.mark.browser


def first_persona() -> tuple[str, str]:
    """The promise that heads the first persona's page, and its path."""
    persona = load_site(PROJECT_ROOT).personas[0]
    return persona.promise, f"/doelgroepen/{persona.slug}/"


def test_chooser_with_the_mouse(site_server: str, chromium: Chromium) -> None:
    name, path = first_persona()
    with new_page(chromium) as (_, page):
        page.goto(site_server + "/")
        page.get_by_role("navigation", name="Kies wie je bent").get_by_role("link").first.click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == path
        assert page.get_by_role("heading", level=1).inner_text().strip() == name


def test_chooser_with_the_keyboard_only(site_server: str, chromium: Chromium) -> None:
    name, path = first_persona()
    with new_page(chromium) as (_, page):
        page.goto(site_server + "/")
        for _ in range(60):
            page.keyboard.press("Tab")
            inside = page.evaluate("() => !!document.activeElement.closest('nav.ib-chooser')")
            if inside:
                break
        else:
            pytest.fail("the chooser's links cannot be reached with Tab")
        focused = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        assert focused != "none", "the focused chooser link shows no focus outline"
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert urlsplit(page.url).path == path
        assert page.get_by_role("heading", level=1).inner_text().strip() == name


def test_chooser_without_javascript(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, java_script_enabled=False) as (_, page):
        page.goto(site_server + "/")
        links = page.get_by_role("navigation", name="Kies wie je bent").get_by_role("link")
        assert links.count() == len(load_site(PROJECT_ROOT).personas)
        links.last.click()
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path.startswith("/doelgroepen/")
        # The last persona is spoken to with 'u' (address: u), the first with 'jij'.
        assert page.get_by_role("heading", level=2, name=re.compile(r"^(Jouw|Uw) volgende stap$")).is_visible()


@pytest.mark.parametrize("path", ["/de-keten/", "/verhalen/", "/doelgroepen/", "/partners/kaart/", "/partner-worden/", "/404.html"])
def test_no_axe_violations(path: str, site_server: str, built_site: Path, chromium: Chromium) -> None:
    with new_page(chromium) as (_, page):
        response = page.goto(site_server + path, wait_until="networkidle")
        assert response is not None and response.ok, path
        assert_no_axe_violations(page, path)
