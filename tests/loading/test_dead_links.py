"""No dead ends: a link in a content field or body that points into the site must reach a page or file of it.

Real content in a temporary project, the real loader and generation, and the check as `sitegen check` runs it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date

import pytest

from sitegen.loading.dead_links import closest_address
from sitegen.loading.loader import load_site
from sitegen.outputs import dead_links, generate
from sitegen.problems import Problem

TODAY = date(2026, 1, 15)
EVENT = "content/events/open-dag.md"
PARTNER = "content/partners/voorbeeld-bv.md"


def dead(project) -> list[Problem]:
    site = load_site(project.root)
    return sorted(dead_links(site, generate(site, TODAY)), key=lambda problem: (problem.path, problem.line or 0))


def with_body_link(project, target: str) -> None:
    project.replace(EVENT, "Kom kijken.", f"Kom kijken.\n\nLees verder op [deze pagina]({target}).")


def test_a_broken_link_in_a_field_and_in_a_body_are_both_reported_with_file_line_and_what_to_type(project):
    project.replace(EVENT, "organizer: voorbeeld-bv\n", "organizer: voorbeeld-bv\nregistration: https://www.infrabindt.nl/agenda/open-dg/\n")
    project.replace(EVENT, "Kom kijken.", "Kom kijken.\n\nMeer bij [de partner](/partners/voorbeeld-bv/) en [de dag](/agenda/opendag/).")
    field, body = dead(project)
    assert str(field) == (
        "content/events/open-dag.md:14: veld 'registration': 'https://www.infrabindt.nl/agenda/open-dg/' wijst naar "
        "een pagina van deze site die niet bestaat. Bedoelde je 'https://www.infrabindt.nl/agenda/open-dag/'? "
        "Vul het adres van een pagina in die er is, of laat het veld weg."
    )
    assert str(body) == (
        "content/events/open-dag.md:18: de link '/agenda/opendag/' wijst naar een pagina van deze site die niet "
        "bestaat. Bedoelde je '/agenda/open-dag/'? Link naar een pagina die er is, of haal de link weg."
    )


def test_every_dead_link_of_every_kind_is_reported_at_once(project):
    project.replace(PARTNER, "offers: [gastlessen]\n", "offers: [gastlessen]\nwebsite: https://www.infrabindt.nl/bestaat-niet/\n")
    project.replace("content/stories/sanne.md", "Het verhaal van Sanne.", "Het verhaal van Sanne.\n\n[Een](/een/) en [twee](/twee/).")
    with_body_link(project, "/drie/")
    problems = dead(project)
    assert [(problem.path, problem.field) for problem in problems] == [
        (EVENT, None), (PARTNER, "website"), ("content/stories/sanne.md", None), ("content/stories/sanne.md", None),
    ]


@pytest.mark.parametrize(
    "target",
    [
        "/agenda/",
        "/agenda",
        "/agenda/index.html",
        "/agenda/?doelgroep=vmbo-leerling#lijst",
        "/agenda/open%2Ddag/",
        "https://WWW.infrabindt.nl/agenda.ics",
        "http://www.infrabindt.nl/",
        "//www.infrabindt.nl/partners/voorbeeld-bv/",
        "https://www.infrabindt.nl/schema/event.schema.json",
        "/partners/voorbeeld-bv/#over",
    ],
)
def test_a_link_that_reaches_a_page_or_file_passes_in_every_form(project, target):
    with_body_link(project, target)
    assert dead(project) == []


@pytest.mark.parametrize(
    "target", ["https://example.org/open-dag", "https://infrabindt.nl.example.org/open-dag", "mailto:info@example.org", "#boven"]
)
def test_links_elsewhere_are_not_this_checks_business(project, target):
    with_body_link(project, target)
    assert dead(project) == []


def test_a_source_file_name_is_not_an_address_and_the_page_is_suggested(project):
    with_body_link(project, "/agenda/index.md")
    (problem,) = dead(project)
    assert problem.message == (
        "de link '/agenda/index.md' is de naam van een bestand, niet het adres van een pagina van deze site, en bestaat "
        "op de site niet. Bedoelde je '/agenda/'? Link naar een pagina die er is, of haal de link weg."
    )


def test_without_a_close_page_no_guess_is_made(project):
    with_body_link(project, "/live/voorlichting-civiele-techniek-2026")
    (problem,) = dead(project)
    assert "Bedoelde je" not in problem.message and "'/live/voorlichting-civiele-techniek-2026'" in problem.message


def test_a_link_in_html_in_the_body_counts_too(project):
    project.replace(EVENT, "Kom kijken.", 'Kom kijken.\n\n<p>Zie <a href="/opendag/">hier</a>.</p>')
    (problem,) = dead(project)
    assert (problem.line, problem.field) == (17, None) and "'/opendag/'" in problem.message


def test_a_hand_written_page_of_docs_counts_as_part_of_the_site(project):
    with_body_link(project, "/over-ons/")
    assert ["'/over-ons/'" in problem.message for problem in dead(project)] == [True]
    project.write("docs/over-ons.md", "# Over ons\n")
    assert dead(project) == []


def test_sitegen_check_reports_a_dead_link_and_fails(project):
    project.replace(EVENT, "organizer: voorbeeld-bv\n", "organizer: voorbeeld-bv\nregistration: https://www.infrabindt.nl/open-dag\n")
    result = subprocess.run([sys.executable, "-m", "sitegen", "check"], cwd=project.root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    report = lines[lines.index("De inhoud bevat 1 probleem; er is niets gepubliceerd.") :]
    assert report == [
        "De inhoud bevat 1 probleem; er is niets gepubliceerd.",
        "  content/events/open-dag.md:14: veld 'registration': 'https://www.infrabindt.nl/open-dag' wijst naar een "
        "pagina van deze site die niet bestaat. Bedoelde je 'https://www.infrabindt.nl/agenda/open-dag/'? "
        "Vul het adres van een pagina in die er is, of laat het veld weg.",
    ]


def test_the_closest_of_thirteen_thousand_pages_is_found_in_well_under_a_second_per_dead_link():
    addresses = [f"agenda/activiteit-{number}/" for number in range(13_000)] + ["agenda/open-dag/", "over-ons/"]
    start = time.perf_counter()
    assert closest_address("agenda/opendag/", addresses) == "agenda/open-dag/"
    assert closest_address("agenda/activitiet-12345/", addresses) == "agenda/activiteit-12345/"
    assert closest_address("qqq/", addresses) is None
    # Generous for a loaded CI machine; difflib.get_close_matches takes about a second for each of these.
    assert time.perf_counter() - start < 3
