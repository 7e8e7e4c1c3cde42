"""A persona's page speaks in one form of address (`address: jij|u`) and shows the persona's events as date cards."""

from __future__ import annotations

import re
from datetime import date

from conftest import ProjectMaker
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.pages.generate import generate_pages

PERSONA = "content/personas/vmbo-leerling.md"
PAGE = urls.persona_page("vmbo-leerling")
BEFORE = date(2026, 3, 1)  # conftest's open day for vmbo-leerling is on 14 March 2026.
JIJ_WORDS = re.compile(r"\b(jij|je|jou|jouw)\b", re.IGNORECASE)
U_WORDS = re.compile(r"\b(u|uw)\b", re.IGNORECASE)


def visible_text(markdown: str) -> str:
    """The page as a reader sees it: no front matter, no tags, no attribute values; without the campaigns at the
    end, whose names ('Jij gaat het maken') are names, not the page speaking."""
    body = markdown.split("---\n", 2)[2].split("## Meer over werken in de infra")[0]
    return re.sub(r"<[^>]*>", " ", body)


def test_a_jij_page_says_jij_everywhere(project: ProjectMaker) -> None:
    text = visible_text(generate_pages(load_site(project.root), BEFORE)[PAGE])
    assert "Jouw volgende stap" in text and "Activiteiten voor jou" in text and "Wat voor jou telt" in text
    assert not U_WORDS.search(text), U_WORDS.search(text)


def test_a_u_page_says_u_everywhere_and_shows_its_own_next_step(project: ProjectMaker) -> None:
    project.replace(PERSONA, "promise: Bouw mee aan bruggen en dijken.", "promise: Uw kind bouwt mee aan bruggen en dijken.")
    project.replace(PERSONA, "order: 1", "order: 1\naddress: u\nnext_step: Kom met uw kind naar een open dag.")
    text = visible_text(generate_pages(load_site(project.root), BEFORE)[PAGE])

    assert "Uw volgende stap" in text and "Activiteiten voor u" in text and "Wat voor u telt" in text
    assert "Kom met uw kind naar een open dag." in text
    assert "abonneer u op de agenda" in text and "Zet ze in uw eigen agenda" in text
    # The chain's own next step ('kies je', 'volg je') is not shown on a u page.
    assert not JIJ_WORDS.search(text), JIJ_WORDS.search(text)


def test_the_persona_events_are_date_cards(project: ProjectMaker) -> None:
    markdown = generate_pages(load_site(project.root), BEFORE)[PAGE]
    cards = re.findall(r'<li class="ib-card ib-agenda__event"[^>]*>.*?</li>', markdown, re.DOTALL)
    assert len(cards) == 1
    assert '<span class="ib-card__day">14</span> <span class="ib-card__month">MRT</span>' in cards[0]
    assert 'href="../../agenda/open-dag/"' in cards[0] and "Open dag infra" in cards[0]


def test_the_persona_page_shows_the_figures_of_its_chain_stages_with_their_source(project: ProjectMaker) -> None:
    project.write(
        "data/figures.yml",
        "years:\n  - school_year: 2024-2025\n    figures:\n"
        "      - number: 72\n        label: gastlessen op het vmbo\n        source: Jaarverslag, blz. 3\n        chain_stages: [vmbo]\n"
        "      - number: 14\n        label: PET-events\n        source: Jaarverslag, blz. 4\n        chain_stages: [po]\n",
    )
    text = visible_text(generate_pages(load_site(project.root), BEFORE)[PAGE])
    assert "Wat het netwerk doet" in text
    assert "72" in text and "gastlessen op het vmbo" in text and "Bron: Jaarverslag, blz. 3" in text
    assert "PET-events" not in text


def test_without_figures_for_its_stages_the_section_is_left_out(project: ProjectMaker) -> None:
    (project.root / "data" / "figures.yml").unlink()
    text = visible_text(generate_pages(load_site(project.root), BEFORE)[PAGE])
    assert "Wat het netwerk doet" not in text
