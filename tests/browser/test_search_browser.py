"""Site search puts the right page first for what visitors type: Material's own search, in a real browser, on the
built sample site (the index as pages/search.py weighs it; past events and the editors' guide left out)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from browser_support import Chromium, goto, new_page

pytestmark = pytest.mark.browser


def first_result(page, query: str) -> str:
    for selector in ('.md-header label.md-header__button[for="__search"]', "input.md-search__input"):
        control = page.locator(selector).first
        if control.is_visible():
            control.click()
            break
    page.locator("input.md-search__input").fill(query)
    page.wait_for_selector(".md-search-result__item a", timeout=15_000)
    page.wait_for_timeout(300)  # the worker answers each keystroke; let the last answer settle
    return page.locator(".md-search-result__item a").first.get_attribute("href") or ""


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("open dag", r"/agenda/open-dag-infra-opleidingscentrum-maart-2027/"),
        # A teacher's way to ask for one, or a guest lesson on the agenda.
        ("gastles", r"/(aanvragen|agenda/gastles-[a-z0-9-]+|doelgroepen/docent)/"),
        ("snuffelstage", r"/agenda/snuffelstage-[a-z0-9-]+-2027/"),
        ("Talland", r"/partners/talland-college/"),
    ],
)
def test_the_top_result_is_the_page_visitors_look_for(site_server: str, chromium: Chromium, query: str, expected: str) -> None:
    with new_page(chromium, viewport={"width": 1366, "height": 900}) as (_, page):
        goto(page, f"{site_server}/")
        href = first_result(page, query)
    assert re.search(expected, href), f"searching {query!r}: the first result is {href}"


def test_past_events_and_the_editors_guide_are_not_in_the_index(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {document["location"].split("#")[0] for document in index["docs"]}
    assert not any(location.startswith("redactie/") for location in locations)
    assert "agenda/open-dag-infra-opleidingscentrum-maart-2027/" in locations
    assert "agenda/open-dag-infra-opleidingscentrum-november-2025/" not in locations
