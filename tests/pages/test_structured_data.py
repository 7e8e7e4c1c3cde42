"""schema.org data per page kind, read back from the built site as a search engine reads it, with the properties
Google requires and recommends for each type (developers.google.com/search/docs/appearance/structured-data)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from sitegen.pages.structured_data import script

pytestmark = pytest.mark.build

SITE = "https://www.infrabindt.nl/"
REQUIRED: dict[str, tuple[str, ...]] = {
    "Organization": ("name", "url"),
    "WebSite": ("name", "url"),
    "BreadcrumbList": ("itemListElement",),
    "Article": ("headline", "image", "datePublished", "author"),
    "Event": ("name", "startDate", "location"),
}
RECOMMENDED: dict[str, tuple[str, ...]] = {
    "Organization": ("description", "image"),
    "Article": ("dateModified", "publisher", "description"),
    "Event": ("description", "endDate", "eventStatus", "eventAttendanceMode", "image", "organizer", "performer"),
}


def json_ld(page: Path) -> list[dict[str, Any]]:
    html = page.read_text(encoding="utf-8")
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def by_type(page: Path) -> dict[str, dict[str, Any]]:
    found = {item["@type"]: item for item in json_ld(page)}
    for kind, item in found.items():
        assert item["@context"] == "https://schema.org", kind
        for name in REQUIRED.get(kind, ()) + RECOMMENDED.get(kind, ()):
            assert item.get(name), f"{page}: {kind} has no {name}"
    return found


def test_the_home_page_names_the_organization_and_the_website(built_site: Path) -> None:
    found = by_type(built_site / "index.html")
    assert set(found) == {"Organization", "WebSite"}
    assert found["Organization"]["url"] == found["WebSite"]["url"] == SITE
    assert found["WebSite"]["publisher"]["@id"] == found["Organization"]["@id"]
    image = found["Organization"]["image"].removeprefix(SITE)
    assert (built_site / image).is_file()


@pytest.mark.parametrize(
    ("page", "middle"),
    [
        ("verhalen/daan-houdt-waterland-droog", ("Verhalen", "verhalen/")),
        ("doelgroepen/vmbo-leerling", ("Wie ben jij?", "doelgroepen/")),
        ("partners/talland-college", ("Partners", "partners/")),
        ("agenda/girls-day-2027", ("Agenda", "agenda/")),
    ],
)
def test_every_detail_page_has_breadcrumbs_that_exist(built_site: Path, page: str, middle: tuple[str, str]) -> None:
    crumbs = by_type(built_site / page / "index.html")["BreadcrumbList"]["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2, 3]
    assert (crumbs[0]["item"], (crumbs[1]["name"], crumbs[1]["item"]), crumbs[2]["item"]) == (
        SITE, (middle[0], SITE + middle[1]), f"{SITE}{page}/"
    )
    for crumb in crumbs:
        target = built_site / crumb["item"].removeprefix(SITE) / "index.html"
        assert target.is_file(), crumb


def test_a_story_is_an_article_about_its_person(built_site: Path) -> None:
    story = by_type(built_site / "verhalen" / "daan-houdt-waterland-droog" / "index.html")["Article"]
    assert story["headline"] == "Daan houdt Waterland droog"
    assert story["about"]["@type"] == "Person" and story["about"]["name"] and story["about"]["jobTitle"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", story["datePublished"])
    assert story["datePublished"] <= story["dateModified"]
    assert all((built_site / url.removeprefix(SITE)).is_file() for url in story["image"])


def test_an_event_names_its_place_organizer_and_performer(built_site: Path) -> None:
    event = by_type(built_site / "agenda" / "girls-day-2027" / "index.html")["Event"]
    address = event["location"]["address"] if isinstance(event["location"], dict) else event["location"][0]["address"]
    assert address["@type"] == "PostalAddress" and address["addressLocality"] and address["addressCountry"] == "NL"
    assert event["performer"]["@type"] == event["organizer"]["@type"] == "Organization"


def test_an_editors_text_cannot_close_the_script() -> None:
    text = script({"name": "</script><script>alert(1)</script>"})
    assert text.count("</script>") == 1 and "\\u003c/script\\u003e" in text
