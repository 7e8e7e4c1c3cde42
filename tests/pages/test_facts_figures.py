"""The network's own figures (data/figures.yml) as big numbers on the facts pages, beside what the agenda counts;
/feiten-en-cijfers/ in the nav."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.model.site import Site
from sitegen.pages.agenda import agenda_pages

FIGURES = "data/figures.yml"

# conftest's open-dag is on 14 March 2026: school year 2025–2026.
TWO_YEARS = """years:
  - school_year: 2023-2024
    figures:
      - number: 12
        label: gastlessen in het oude jaar
        source: Jaarverslag 2024, bladzijde 2
  - school_year: 2024-2025
    figures:
      - number: 1250
        label: leerlingen bereikt
        source: Jaarverslag 2025, bladzijde 4
      - number: 100
        label: gastlessen
        note: maximaal 180
        source: Jaarverslag 2025, bladzijde 5
      - number: 7
        label: bestuursvergaderingen
        group: Organisatie
        source: Jaarverslag 2025, bladzijde 9
"""

FIGURE = re.compile(
    r'<li class="ib-figure"><span class="ib-figure__number">([^<]+)</span> '
    r'<span class="ib-figure__text"><span class="ib-figure__label">([^<]+)</span>'
)


def figures_on(markdown: str) -> list[tuple[str, str]]:
    """(number, label) of each figure card of the network's figures, in order."""
    return [(number, html.unescape(label)) for number, label in FIGURE.findall(markdown)]


@pytest.fixture
def site(project) -> Site:
    project.write(FIGURES, TWO_YEARS)
    return load_site(project.root)


def test_a_school_year_shows_its_own_figures_and_their_sources(site):
    page = agenda_pages(site, date(2026, 3, 1))[urls.facts_page(2024)]
    assert "## Wat het netwerk deed in 2024–2025" in page
    assert figures_on(page) == [("1.250", "leerlingen bereikt"), ("100", "gastlessen"), ("7", "bestuursvergaderingen")]
    assert '<span class="ib-figure__note">(maximaal 180)</span>' in page
    assert "### Organisatie" in page
    # Two sources under the first heading: numbered on the cards and listed; one under Organisatie.
    assert '<span class="ib-figure__source">(bron 2)</span>' in page
    assert "<li>Jaarverslag 2025, bladzijde 4</li>\n<li>Jaarverslag 2025, bladzijde 5</li>" in page
    assert '<p class="ib-figures__sources">Bron: Jaarverslag 2025, bladzijde 9</p>' in page
    assert "nog geen cijfers" not in page
    # A year with figures but no events: no tables, and no link to an agenda page that does not exist.
    assert "<table>" not in page
    assert "staan geen activiteiten uit schooljaar 2024–2025" in page
    assert urls.agenda_archive(2024).split("/")[-1] not in page


def test_the_current_school_year_without_figures_shows_the_latest_with_their_school_year(site):
    pages = agenda_pages(site, date(2026, 3, 1))
    for path in (urls.facts_page(2025), urls.FACTS):
        page = pages[path]
        assert "## Wat het netwerk deed in 2024–2025" in page, path
        assert "Van schooljaar 2025–2026 zijn er nog geen cijfers van het netwerk." in page, path
        assert figures_on(page)[0] == ("1.250", "leerlingen bereikt"), path
    # The calendar counts stay beside them.
    assert '<tr><th scope="row">Totaal</th><td>1</td><td>0</td></tr>' in pages[urls.facts_page(2025)]


def test_a_past_school_year_without_figures_shows_none(site, project):
    project.write(
        "content/events/oud.md",
        (project.root / "content/events/open-dag.md").read_text(encoding="utf-8")
        .replace("0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c", "0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6d")
        .replace("2026-03-14", "2022-03-14"),
    )
    page = agenda_pages(load_site(project.root), date(2026, 3, 1))[urls.facts_page(2021)]
    assert "Wat het netwerk deed" not in page and not figures_on(page)
    assert "<table>" in page


def test_the_overview_links_every_school_year(site):
    page = agenda_pages(site, date(2026, 3, 1))[urls.FACTS]
    for first_year in (2023, 2024, 2025):
        assert f"]({urls.relative_link(urls.FACTS, urls.facts_page(first_year))})" in page, first_year
    assert page.index("2025–2026](") < page.index("2024–2025](") < page.index("2023–2024](")
    assert "## Dit schooljaar in de agenda" in page


def test_figures_come_first_on_the_page(site):
    page = agenda_pages(site, date(2026, 3, 1))[urls.FACTS]
    headings = re.findall(r"^(#+) (.*)$", page, re.M)
    assert headings[:3] == [("#", "Feiten en cijfers"), ("##", "Wat het netwerk deed in 2024–2025"), ("###", "Organisatie")]


def test_a_label_and_source_are_shown_as_typed(project):
    project.write(
        FIGURES,
        'years:\n  - school_year: 2025-2026\n    figures:\n      - number: 3\n'
        '        label: "<b>vet</b> *ster* [link](x)"\n        source: "Rapport <script>x</script> & co"\n',
    )
    page = agenda_pages(load_site(project.root), date(2026, 3, 1))[urls.FACTS]
    assert "&lt;b&gt;vet&lt;/b&gt; *ster* [link](x)" in page
    assert "Bron: Rapport &lt;script&gt;x&lt;/script&gt; &amp; co" in page
    assert "<script>" not in page and "<b>" not in page


def test_without_a_figures_file_there_is_no_figures_section(project):
    (project.root / FIGURES).unlink()
    pages = agenda_pages(load_site(project.root), date(2026, 3, 1))
    for path, page in pages.items():
        if "feiten-en-cijfers" in path:
            assert "Wat het netwerk deed" not in page and "ib-figure__label" not in page, path
    assert "## Dit schooljaar in de agenda" in pages[urls.FACTS]


# The sample site, built once.


def _article(built_site: Path, page: str) -> str:
    document = (built_site / urls.page_url(page) / "index.html").read_text(encoding="utf-8")
    return re.search(r"<article.*?</article>", document, re.S).group(0)


@pytest.mark.build
def test_the_numbers_on_the_page_are_those_of_the_figures_file(built_site: Path):
    data = yaml.safe_load((PROJECT_ROOT / FIGURES).read_text(encoding="utf-8"))
    latest = max(data["years"], key=lambda year: year["school_year"])
    article = _article(built_site, urls.FACTS)
    assert figures_on(article) == [(str(figure["number"]), figure["label"]) for figure in latest["figures"]]
    text = html.unescape(article)
    for figure in latest["figures"]:
        assert f"Bron: {figure['source']}" in text or f"<li>{figure['source']}</li>" in text, figure["source"]
    first_year = int(latest["school_year"][:4])
    assert f"Wat het netwerk deed in {first_year}–{first_year + 1}" in text
    assert figures_on(_article(built_site, urls.facts_page(first_year))) == figures_on(article)


@pytest.mark.build
def test_the_facts_overview_is_in_the_nav(built_site: Path):
    config = yaml.load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert {"Feiten en cijfers": urls.FACTS} in config["nav"]
    home = (built_site / "index.html").read_text(encoding="utf-8")
    tabs = re.search(r'<nav class="md-tabs".*?</nav>', home, re.S).group(0)
    assert re.search(r'<a href="feiten-en-cijfers/"[^>]*>\s*Feiten en cijfers\s*</a>', tabs), tabs


@pytest.mark.build
def test_the_stable_address_and_the_school_year_pages_are_built(built_site: Path):
    site = load_site(PROJECT_ROOT)
    assert (built_site / "feiten-en-cijfers" / "index.html").is_file()
    for year in site.references.figures:
        assert (built_site / urls.page_url(urls.facts_page(year.first_year)) / "index.html").is_file(), year.school_year
