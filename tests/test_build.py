"""A real `mkdocs build --strict` of the sample site and of broken content, read back as HTML."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT, mkdocs_build
from sitegen.clock import build_date
from sitegen.loading.loader import load_site

pytestmark = pytest.mark.build


def text_of(html_file: Path) -> str:
    html = html_file.read_text(encoding="utf-8")
    article = re.search(r"<article.*?</article>", html, re.S)
    assert article, f"no article in {html_file}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", article.group(0)))


def test_every_item_has_its_page(built_site):
    site = load_site(PROJECT_ROOT)
    for folder, items in (("agenda", site.events), ("doelgroepen", site.personas), ("verhalen", site.stories), ("partners", site.partners)):
        assert (built_site / folder / "index.html").is_file()
        for item in items:
            assert (built_site / folder / item.slug / "index.html").is_file(), f"{folder}/{item.slug}"


def test_pages_are_dutch_material_pages(built_site):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in home
    assert "Wie ben jij?" in home
    assert "fonts.googleapis.com" not in home and "fonts.gstatic.com" not in home


def test_event_page_shows_date_place_organizer_and_audiences(built_site):
    site = load_site(PROJECT_ROOT)
    event = next(e for e in site.events if e.location is not None and not e.all_day and e.status == "gepland")
    text = text_of(built_site / "agenda" / event.slug / "index.html")
    assert event.title in text
    assert event.location.city in text
    assert site.organizer_of(event).name in text
    html = (built_site / "agenda" / event.slug / "index.html").read_text(encoding="utf-8")
    assert f'href="../../partners/{event.organizer}/"' in html
    for slug in event.audiences:
        assert f'href="../../doelgroepen/{slug}/"' in html


def test_cancelled_event_says_so(built_site):
    site = load_site(PROJECT_ROOT)
    cancelled = [e for e in site.events if e.is_cancelled]
    assert cancelled, "the sample content has a cancelled event"
    assert "Afgelast" in text_of(built_site / "agenda" / cancelled[0].slug / "index.html")


def test_example_items_are_marked(built_site):
    site = load_site(PROJECT_ROOT)
    for partner in site.partners:
        text = text_of(built_site / "partners" / partner.slug / "index.html")
        assert ("verzonnen voorbeeld" in text) == partner.example, partner.slug


def test_detail_pages_stay_out_of_the_nav(built_site):
    site = load_site(PROJECT_ROOT)
    html = (built_site / "agenda" / "index.html").read_text(encoding="utf-8")
    outside_article = re.sub(r"<article.*?</article>", "", html, flags=re.S)
    assert 'href="../verhalen/"' in outside_article
    for event in site.events:
        assert f"{event.slug}/" not in outside_article
    assert any(f"{event.slug}/" in html for event in site.events)


def test_json_schemas_are_published(built_site):
    import json

    schema = json.loads((built_site / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) >= {"uid", "title", "start", "type", "audiences", "organizer"}


def test_broken_content_stops_the_build_with_the_editors_list(tmp_path):
    project = tmp_path / "project"
    for name in ("content", "data", "docs", "overrides", "hooks"):
        shutil.copytree(PROJECT_ROOT / name, project / name)
    shutil.copy(PROJECT_ROOT / "mkdocs.yml", project / "mkdocs.yml")
    event = sorted((project / "content" / "events").glob("*.md"))[0]
    event.write_text(event.read_text(encoding="utf-8").replace("\ntype: ", "\ntype: geen-soort-"), encoding="utf-8")
    story_or_partner = sorted((project / "content" / "partners").glob("*.md"))[0]
    story_or_partner.write_text("", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    assert "De inhoud bevat 2 problemen" in output
    assert f"content/events/{event.name}:" in output and "geen bekende soort activiteit" in output
    assert f"content/partners/{story_or_partner.name}: het bestand is leeg" in output


def test_event_pages_carry_valid_schema_org_json_ld(built_site):
    import json

    site = load_site(PROJECT_ROOT)
    for event in site.events:
        html = (built_site / "agenda" / event.slug / "index.html").read_text(encoding="utf-8")
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        events = [data for data in map(json.loads, blocks) if data["@type"] == "Event"]
        assert len(events) == 1 and len(blocks) == 2, event.slug  # the event and its breadcrumbs
        data = events[0]
        assert {"name", "startDate", "endDate", "location", "eventStatus", "eventAttendanceMode", "organizer", "description", "image"} <= set(data), event.slug
        assert (built_site / data["image"][0].removeprefix("https://www.infrabindt.nl/")).is_file()
        assert data["name"] == event.title


def test_event_page_offers_calendar_downloads_that_exist(built_site):
    site = load_site(PROJECT_ROOT)
    # An event still to come as of the build: an ended, cancelled or postponed one offers no calendar links.
    today = build_date(site.references.settings.zone)
    event = next(e for e in site.events if e.status == "gepland" and e.last_day >= today)
    html = (built_site / "agenda" / event.slug / "index.html").read_text(encoding="utf-8")
    assert f'href="../{event.slug}.ics"' in html
    assert (built_site / "agenda" / f"{event.slug}.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert "https://calendar.google.com/calendar/render?action=TEMPLATE" in html
    assert "https://outlook.live.com/calendar/0/deeplink/compose?" in html


def test_two_builds_give_identical_feeds_and_json(built_site, tmp_path):
    again = tmp_path / "again"
    result = mkdocs_build(PROJECT_ROOT, again)
    assert result.returncode == 0, result.stderr
    for path in sorted(built_site.rglob("*")):
        if path.suffix in (".ics", ".json"):
            assert (again / path.relative_to(built_site)).read_bytes() == path.read_bytes(), path


def test_every_page_has_open_graph_and_twitter_cards_that_exist(built_site):
    for html_file in (built_site / "index.html", built_site / "over-ons" / "index.html", built_site / "verhalen" / "daan-houdt-waterland-droog" / "index.html"):
        html = html_file.read_text(encoding="utf-8")
        image = re.search(r'<meta property="og:image" content="https://www.infrabindt.nl/([^"]+)">', html)
        assert image, html_file
        assert (built_site / image.group(1)).is_file(), image.group(1)
        assert '<meta name="twitter:card" content="summary_large_image">' in html
        assert re.search(r'<link rel="canonical" href="https://www.infrabindt.nl/[^"]*">', html)
        alts = re.findall(r'<meta (?:property|name)="(?:og|twitter):image:alt" content="([^"]{20,})">', html)
        assert len(alts) == 2 and alts[0] == alts[1], html_file
    story = (built_site / "verhalen" / "daan-houdt-waterland-droog" / "index.html").read_text(encoding="utf-8")
    assert 'content="https://www.infrabindt.nl/share/verhalen/daan-houdt-waterland-droog.png"' in story
    assert '<meta property="og:image:alt" content="Verhaal: Daan houdt Waterland droog. ' in story


def test_sitemap_lists_the_pages(built_site):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://www.infrabindt.nl/verhalen/daan-houdt-waterland-droog/</loc>" in sitemap


def test_robots_txt_is_published_and_names_the_real_sitemap(built_site):
    robots = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert "Disallow: /admin/" in robots
    sitemap = re.search(r"^Sitemap: https://www.infrabindt.nl/(\S+)$", robots, re.MULTILINE)
    assert sitemap and (built_site / sitemap.group(1)).is_file()


def test_the_404_page_says_so_and_offers_ways_back(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert "<title>Deze pagina bestaat niet - Infra Bindt</title>" in html
    assert '<meta name="description" content="Deze pagina bestaat niet (meer).' in html
    assert '<meta name="robots" content="noindex">' in html
    ways_back = html.split('<ul class="ib-not-found">')[1].split("</ul>")[0]
    links = re.findall(r'<li><a (?:class="md-button md-button--primary" )?href="/([^"]*)">', ways_back)
    assert links[0] == "index.html" and len(links) == 4
    for link in links:
        assert (built_site / link).is_file() or (built_site / link / "index.html").is_file(), link
    assert "404.html" not in (built_site / "sitemap.xml").read_text(encoding="utf-8")
