"""Visitors' pages speak plain Dutch: none of the strategy's jargon, and a PET-event is explained where it is named."""

from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import PROJECT_ROOT
from sitegen.loading.loader import load_site
from sitegen.pages.generate import generate_pages

JARGON = ("menselijk kapitaal", "keteninterventie", "civiele held", "gouden toekomst", "atom-feed", "webcal<", ">webcal",
          "*webcal*")
# Pages for developers and the editors' guide are not visitors' pages.
NOT_FOR_VISITORS = ("architecture.md", "performance.md")


@pytest.fixture(scope="module")
def visitor_pages() -> dict[str, str]:
    site = load_site(PROJECT_ROOT)
    pages = generate_pages(site, date(2026, 1, 15))
    for path in sorted((PROJECT_ROOT / "docs").glob("*.md")):
        if path.name not in NOT_FOR_VISITORS:
            pages[f"docs/{path.name}"] = path.read_text(encoding="utf-8")
    return pages


def test_no_strategy_jargon_on_visitors_pages(visitor_pages: dict[str, str]) -> None:
    found = [(page, word) for page, text in visitor_pages.items() for word in JARGON if word in text.lower()]
    assert found == []


def test_a_body_that_names_a_pet_event_links_its_explanation(visitor_pages: dict[str, str]) -> None:
    bodies = {page: body.group(0) for page, text in visitor_pages.items()
              if (body := re.search(r'<div class="ib-body">.*?</div>', text, re.DOTALL))}
    naming = [page for page, body in bodies.items() if "pet-event" in body.lower()]
    assert naming, "no body names a PET-event: the test checks nothing"
    for page in naming:
        assert 'woordenlijst/#term-pet-event"' in bodies[page], page
