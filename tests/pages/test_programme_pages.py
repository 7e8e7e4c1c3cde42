"""The programme pages: /opleidingen/ with its level and subregion filters, a page per programme with its open days,
and the links into them from persona, chain, partner and event pages; and the same in the built sample site."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from conftest import ProjectMaker
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.model.site import Site
from sitegen.pages.generate import generate_pages


def programme_file(name: str, school: str, level: str, municipality: str, example: str = "false", extra: str = "") -> str:
    return (
        f"---\nname: {name}\nsummary: Over {name}.\nschool: {school}\nlevel: {level}\nmunicipality: {municipality}\n"
        f"learn:\n  - Leren over {name}\nbecome:\n  - Vakman {name}\nexample: {example}\n{extra}---\nTekst over {name}.\n"
    )


SCHOOL = "---\nname: Infra College\nkind: school\nmunicipality: dijk-en-waard\ndescription: Een school.\n---\nTekst.\n"
PROGRAMMES = {
    "wegenbouw": programme_file("Wegenbouw", "infra-college", "mbo-2", "dijk-en-waard", extra="pathway: [bbl]\nduration: 2 jaar\nwebsite: https://example.org/wegenbouw\n"),
    "waterbouw": programme_file("Waterbouw", "infra-college", "mbo", "dijk-en-waard"),
    "civiele-techniek": programme_file("Civiele techniek <b>", "voorbeeld-bv", "hbo", "haarlem", example="true"),
}
OPEN_DAY = "programmes: [wegenbouw]\norganizer: voorbeeld-bv"


@pytest.fixture
def site(project: ProjectMaker) -> Site:
    project.write("content/partners/infra-college.md", SCHOOL)
    for slug, text in PROGRAMMES.items():
        project.write(f"content/programmes/{slug}.md", text)
    project.replace("content/events/open-dag.md", "organizer: voorbeeld-bv", OPEN_DAY)
    return load_site(project.root)


@pytest.fixture
def pages(site: Site) -> dict[str, str]:
    return generate_pages(site, date(2026, 3, 1))


def _listed(markdown: str) -> list[str]:
    return re.findall(r'<span class="ib-tile__title">([^<]*)</span>', markdown)


def test_the_listing_shows_every_programme_as_a_card_with_level_place_and_next_open_day(pages):
    listing = pages[urls.PROGRAMMES]
    assert _listed(listing) == ["Waterbouw", "Wegenbouw", "Civiele techniek &lt;b&gt;"], "alphabetical, examples last"
    assert "hide:\n  - navigation\n  - toc" in listing and "page_script: lists.js" in listing
    assert 'data-niveau="mbo-2 mbo" data-regio="noord-holland-noord"' in listing
    assert "Mbo niveau 2 · Dijk en Waard" in listing
    assert "Volgende open dag: za 14 maart 2026." in listing
    assert "Hbo · Haarlem · voorbeeld" in listing


def test_one_filter_page_per_level_and_subregion_with_exactly_the_matching_programmes(pages, site):
    for level in site.references.levels:
        assert urls.programme_filter("niveau", level.slug) in pages
    for region in site.references.regions:
        assert urls.programme_filter("regio", region.slug) in pages
    assert _listed(pages[urls.programme_filter("niveau", "mbo")]) == ["Waterbouw", "Wegenbouw"]
    assert _listed(pages[urls.programme_filter("niveau", "mbo-2")]) == ["Wegenbouw"]
    assert _listed(pages[urls.programme_filter("regio", "zuid-kennemerland-en-ijmond")]) == ["Civiele techniek &lt;b&gt;"]
    empty = pages[urls.programme_filter("niveau", "wo")]
    assert _listed(empty) == [] and "Er staan nog geen opleidingen op de site die hierbij passen" in empty
    listing = pages[urls.PROGRAMMES]
    for facet in urls.PROGRAMME_FILTER_FACETS:
        assert f'data-facet="{facet}"' in listing
    assert "[Mbo niveau 2](niveau/mbo-2.md)" in listing


def test_the_programme_page_says_what_you_learn_become_where_and_the_next_open_day(pages):
    page = pages[urls.programme_page("wegenbouw")]
    assert "hide:\n  - navigation\n  - toc" in page
    assert 'href="../../agenda/open-dag/">Kom naar de open dag</a>' in page
    assert "[Mbo niveau 2](niveau/mbo-2.md)" in page
    assert "bbl (werken en leren)" in page and "2 jaar" in page
    assert '<a href="https://example.org/wegenbouw">' in page
    assert "[Infra College](../partners/infra-college.md)" in page
    assert "- Leren over Wegenbouw" in page and "- Vakman Wegenbouw" in page
    assert '<ol class="ib-cards ib-agenda-upcoming">' in page and "Open dag infra" in page
    assert '<p class="ib-card__date" aria-hidden="true"><span class="ib-card__day">14</span>' in page


def test_a_programme_without_open_days_points_to_the_school_and_the_agenda(pages):
    page = pages[urls.programme_page("waterbouw")]
    assert "Bekijk de school</a>" in page and "Er staat nu geen open dag van deze opleiding in de agenda" in page
    assert "(../agenda/soort/open-dag.md)" in page


def test_after_the_open_day_the_page_lists_it_under_all_events(site):
    page = generate_pages(site, date(2026, 4, 1))[urls.programme_page("wegenbouw")]
    assert "Er staat nu geen open dag" in page
    assert "### Alle activiteiten over deze opleiding" in page and "[Open dag infra](../agenda/open-dag.md)" in page


def test_an_example_programme_says_so_and_editor_text_is_escaped(pages):
    page = pages[urls.programme_page("civiele-techniek")]
    assert '!!! note "Voorbeeld"' in page
    assert "- Leren over Civiele techniek &lt;b&gt;" in page and "<b>" not in page[: page.index('<div class="ib-body">')]


def test_the_school_page_lists_its_programmes_with_the_next_open_day(pages):
    school = pages[urls.partner_page("infra-college")]
    section = school[school.index("## Opleidingen"):]
    assert "[Waterbouw](../opleidingen/waterbouw.md) · Mbo" in section
    assert "[Wegenbouw](../opleidingen/wegenbouw.md) · Mbo niveau 2 · volgende open dag: [za 14 maart 2026, 10:00–15:00](../agenda/open-dag.md)" in section
    assert "[Civiele techniek &lt;b&gt;](../opleidingen/civiele-techniek.md) · Hbo (voorbeeld)" in pages[urls.partner_page("voorbeeld-bv")]


def test_personas_chain_and_event_link_to_the_programmes(pages):
    persona = pages[urls.persona_page("vmbo-leerling")]
    step = persona[persona.index("## Jouw volgende stap"):persona.index("## Verhalen voor jou")]
    assert "[Waar kun je dit leren?](../opleidingen/niveau/mbo.md)" in step
    chain = pages[urls.CHAIN]
    mbo = chain[chain.index("### Mbo {"):chain.index("### Hbo en universiteit {")]
    assert "**Opleidingen:** 2 — [Waterbouw](opleidingen/waterbouw.md), [Wegenbouw](opleidingen/wegenbouw.md) ([alle opleidingen: mbo](opleidingen/niveau/mbo.md))" in mbo
    event = pages[urls.event_page("open-dag")]
    assert "Over de opleiding\n:   [Wegenbouw](../opleidingen/wegenbouw.md)" in event


def test_a_persona_whose_next_level_has_no_programmes_gets_no_link(project: ProjectMaker):
    project.replace("content/personas/vmbo-leerling.md", "chain_stages: [vmbo]", "chain_stages: [po]")
    pages = generate_pages(load_site(project.root), date(2026, 3, 1))
    assert "Waar kun je dit leren?" not in pages[urls.persona_page("vmbo-leerling")]


def test_the_built_sample_site_lets_a_pupil_go_from_their_persona_to_the_open_day(built_site: Path):
    persona = (built_site / "doelgroepen/vmbo-leerling/index.html").read_text(encoding="utf-8")
    assert '<a href="../../opleidingen/niveau/mbo/">Waar kun je dit leren?</a>' in persona
    mbo = (built_site / "opleidingen/niveau/mbo/index.html").read_text(encoding="utf-8")
    assert 'href="../../../opleidingen/infra-mbo-heerhugowaard/"' in mbo
    assert 'href="../../../opleidingen/voorbeeld-infratechniek-amsterdam/"' in mbo
    programme = (built_site / "opleidingen/infra-mbo-heerhugowaard/index.html").read_text(encoding="utf-8")
    assert "Kom naar de open dag" in programme and 'href="../../agenda/open-dag-infra-opleidingscentrum-' in programme
    centre = (built_site / "partners/infra-opleidingscentrum-heerhugowaard/index.html").read_text(encoding="utf-8")
    assert 'href="../../opleidingen/infra-mbo-heerhugowaard/">Mbo-infra-opleidingen Heerhugowaard</a>' in centre
    assert "volgende open dag:" in centre
    assert 'id="opleidingen"' not in (built_site / "partners/gemeente-amsterdam/index.html").read_text(encoding="utf-8")
    nav = (built_site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="opleidingen/"[^>]*>\s*Opleidingen', nav)
