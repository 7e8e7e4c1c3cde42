"""A network is data: a second, invented network builds with the same engine, hook and theme, and shows its own name.

tests/fixtures/second-network/ is an example network (Bouwkring Voorbeeldland, in the invented province
Voorbeeldland) with only its own mkdocs.yml, data/, content/ and docs/. A real `mkdocs build --strict` of it must
succeed and produce pages about it, with nothing of Infra Bindt or Noord-Holland left in any published text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT_ROOT, mkdocs_build
from sitegen.loading.loader import load_site

pytestmark = pytest.mark.build

FIXTURE = Path(__file__).parent / "fixtures" / "second-network"
NAME = "Bouwkring Voorbeeldland"
PUBLISHED_TEXT = (".html", ".ics", ".json", ".xml", ".yml", ".svg", ".txt")


def infra_bindt_words() -> tuple[str, ...]:
    """What must not appear in the second network's site: Infra Bindt's names and every place of its data/."""
    settings = yaml.safe_load((PROJECT_ROOT / "data" / "site.yml").read_text(encoding="utf-8"))
    regions = yaml.safe_load((PROJECT_ROOT / "data" / "regions.yml").read_text(encoding="utf-8"))["regions"]
    municipalities = [municipality["name"] for region in regions for municipality in region["municipalities"]]
    assert len(municipalities) > 40, "data/regions.yml lists the municipalities of Noord-Holland"
    return ("Noord-Holland", "Infra Bindt", "infrabindt", settings["name"], settings["region"],
            *(region["name"] for region in regions), *municipalities)


def found_words(site_dir: Path, words: Iterable[str]) -> dict[str, list[str]]:
    """{word: published files that contain it}, case-insensitive, as a whole word (so 'Huizen' is not 'huizenbouw')."""
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word) for word in words) + r")(?!\w)", re.IGNORECASE)
    found: dict[str, list[str]] = {}
    for path in sorted(site_dir.rglob("*")):
        if path.is_file() and path.suffix in PUBLISHED_TEXT:
            for match in pattern.finditer(path.read_text(encoding="utf-8", errors="replace")):
                found.setdefault(match.group(0), []).append(path.relative_to(site_dir).as_posix())
    return found


@pytest.fixture(scope="module")
def second_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example network, built once with its own mkdocs.yml (the project's hook and overrides)."""
    site_dir = tmp_path_factory.mktemp("second-network")
    result = mkdocs_build(FIXTURE, site_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


def _article(html: str) -> str:
    article = re.search(r"<article.*?</article>", html, re.S)
    assert article, "no article"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", article.group(0)))


def test_the_example_network_passes_the_check():
    site = load_site(FIXTURE)
    assert site.references.settings.name == NAME
    assert (len(site.personas), len(site.events), len(site.partners), len(site.stories)) == (2, 3, 2, 1)
    assert all(partner.example for partner in site.partners) and all(story.example for story in site.stories)


def test_the_example_network_builds_every_kind_of_page(second_site: Path):
    for page in ("index.html", "agenda/index.html", "agenda/abonneren/index.html", "doelgroepen/scholier/index.html",
                 "verhalen/lotte-legt-fietspaden-aan/index.html", "partners/index.html", "partners/kaart/index.html",
                 "de-keten/index.html", "agenda/infodag-overstappen-maart-2027/index.html", "over-ons/index.html"):
        assert (second_site / page).is_file(), page
    for file in ("agenda.ics", "agenda.json", "partners.json", "verhalen/feed.xml", "admin/config.yml",
                 "assets/lists.js", "assets/sitegen.css", "assets/brand.css"):
        assert (second_site / file).is_file(), file


def test_its_pages_show_its_own_name_and_texts(second_site: Path):
    settings = load_site(FIXTURE).references.settings
    home = (second_site / "index.html").read_text(encoding="utf-8")
    assert f"<title>{NAME} – werken aan de infra van Voorbeeldland - {NAME}</title>" in home
    assert f'<meta property="og:site_name" content="{NAME}">' in home
    assert settings.texts.home_intro in _article(home)
    partners = (second_site / "partners" / "index.html").read_text(encoding="utf-8")
    assert settings.texts.partners_intro in _article(partners)
    assert f'content="{settings.texts.partners_description}"' in partners
    facts = next((second_site / "agenda").glob("feiten-en-cijfers-*/index.html")).read_text(encoding="utf-8")
    assert f"in de agenda van {NAME}" in _article(facts)
    assert "gemeente in Voorbeeldland" not in facts  # a check message, never on a page


def test_without_a_figures_file_its_facts_pages_show_only_the_agenda(second_site: Path):
    """data/figures.yml is optional: the example network has none, so no figures, and its build stays strict."""
    assert not (FIXTURE / "data" / "figures.yml").exists()
    pages = [second_site / "feiten-en-cijfers" / "index.html", *(second_site / "agenda").glob("feiten-en-cijfers-*/index.html")]
    assert len(pages) >= 2
    for page in pages:
        article = _article(page.read_text(encoding="utf-8"))
        assert "Wat het netwerk deed" not in article and "ib-figure__label" not in page.read_text(encoding="utf-8"), page
    assert "Dit schooljaar in de agenda" in _article(pages[0].read_text(encoding="utf-8"))


def test_its_files_name_it(second_site: Path):
    feed = (second_site / "agenda.ics").read_bytes().decode()
    assert f"PRODID:-//{NAME}//sitegen//NL\r\n" in feed
    assert "X-WR-CALNAME:Agenda Bouwkring Voorbeeldland\r\n" in feed
    assert json.loads((second_site / "schema" / "agenda.schema.json").read_text(encoding="utf-8"))["title"] == f"Agenda {NAME}"
    partners_schema = json.loads((second_site / "schema" / "partners.schema.json").read_text(encoding="utf-8"))
    assert partners_schema["title"] == f"{NAME} partners"
    cms = yaml.safe_load((second_site / "admin" / "config.yml").read_text(encoding="utf-8"))
    assert cms["backend"]["repo"] == "voorbeeld/bouwkring-voorbeeldland"
    assert cms["site_url"] == "https://voorbeeldland.example/"
    home = (second_site / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:image" content="https://voorbeeldland.example/share/bouwkring-voorbeeldland.png">' in home
    assert (second_site / "share" / "bouwkring-voorbeeldland.png").is_file()
    svg = (second_site / "partners" / "kaart" / "index.html").read_text(encoding="utf-8")
    for municipality in ("Lindeveld", "Eikendonk", "Beekhoven", "Molenbroek"):
        assert municipality in svg


def test_its_times_are_in_its_own_time_zone(second_site: Path):
    feed = (second_site / "agenda.ics").read_bytes().decode()
    assert "X-WR-TIMEZONE:Europe/Brussels\r\n" in feed
    assert "TZID:Europe/Brussels\r\n" in feed
    assert "DTSTART;TZID=Europe/Brussels:20270327T100000\r\n" in feed
    assert json.loads((second_site / "agenda.json").read_text(encoding="utf-8"))["timezone"] == "Europe/Brussels"


def test_nothing_published_names_infra_bindt_or_noord_holland(second_site: Path):
    found = found_words(second_site, infra_bindt_words())
    assert not found, {word: files[:5] for word, files in found.items()}


def test_the_search_for_infra_bindt_words_finds_them_in_its_own_site(built_site: Path):
    """Guards the test above against a vacuous pass: the same search finds them all over Infra Bindt's site."""
    found = found_words(built_site, infra_bindt_words())
    assert {"infra bindt", "noord-holland", "alkmaar"} <= {word.casefold() for word in found}
