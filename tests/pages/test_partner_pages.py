"""The partner listing: grouping by kind and subregion, filter pages, the partner page; and the built pages' nav and search."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT_ROOT, ProjectMaker
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.model.site import Site
from sitegen.pages.generate import generate_pages
from sitegen.pages.partners import grouped, listed, partner_pages


def partner_file(name: str, kind: str, municipality: str, offers: str = "[]", example: str = "false") -> str:
    return (
        f"---\nname: {name}\nkind: {kind}\nmunicipality: {municipality}\ndescription: Over {name}.\n"
        f"offers: {offers}\nexample: {example}\n---\nTekst.\n"
    )


# With conftest's voorbeeld-bv (Voorbeeld BV, bedrijf, Alkmaar = Noord-Holland Noord, gastlessen, example).
PARTNERS = {
    "gemeente-amsterdam": partner_file("Gemeente Amsterdam", "overheid", "amsterdam"),
    "zaans-college": partner_file("Zaans College", "school", "zaanstad", "[snuffelstages, gastlessen]"),
    "bouwbedrijf-hoorn": partner_file("Bouwbedrijf Hoorn", "bedrijf", "hoorn", "[stages]"),
    "aa-infra": partner_file("Aa Infra", "bedrijf", "amsterdam", "[snuffelstages]"),
    "zz-wegen": partner_file("ZZ Wegen", "bedrijf", "alkmaar", "[gastlessen, stages]"),
}


def event_file(uid: str, title: str, start: str) -> str:
    return (
        f'---\nuid: {uid}\ntitle: {title}\nstart: "{start}"\ntype: gastles\naudiences: [vmbo-leerling]\n'
        "chain_stages: [vmbo]\nlocation:\n  name: School\n  city: Alkmaar\n  municipality: alkmaar\n"
        "organizer: voorbeeld-bv\n---\nTekst.\n"
    )


EVENTS = {
    "oud": event_file("a1111111-1111-4111-8111-111111111111", "Oude gastles", "2025-10-01"),
    "ouder": event_file("a2222222-2222-4222-8222-222222222222", "Nog oudere gastles", "2025-09-01"),
    "nieuw": event_file("a3333333-3333-4333-8333-333333333333", "Nieuwe gastles", "2026-10-01"),
}


@pytest.fixture
def site(project: ProjectMaker) -> Site:
    for slug, text in PARTNERS.items():
        project.write(f"content/partners/{slug}.md", text)
    for slug, text in EVENTS.items():
        project.write(f"content/events/{slug}.md", text)
    return load_site(project.root)


def listed_slugs(markdown: str) -> list[str]:
    """The partners a listing shows, in order: the partner links of list items carrying the script's data attributes."""
    item = r"^- \[.*?\]\((?:\.\./)*([a-z0-9-]+)\.md\).*\n  \{ \.ib-partners__partner"
    return [match.group(1) for match in re.finditer(item, markdown, re.M)]


def front_matter(markdown: str) -> dict:
    return yaml.safe_load(markdown.split("---\n")[1])


def test_partners_are_grouped_by_kind_then_subregion_in_reference_order(site):
    groups = grouped(site, listed(site))
    assert [group.kind.slug for group in groups] == ["bedrijf", "school", "overheid"], "kinds without partners are left out"
    bedrijven = groups[0]
    assert [(rg.region.slug, [item.partner.slug for item in rg.items]) for rg in bedrijven.regions] == [
        ("groot-amsterdam", ["aa-infra"]),
        ("noord-holland-noord", ["bouwbedrijf-hoorn", "voorbeeld-bv", "zz-wegen"]),
    ]
    order = [kind.slug for kind in site.references.partner_kinds]
    assert order.index("bedrijf") < order.index("school") < order.index("overheid")


def test_the_listing_has_headings_per_kind_and_subregion(site):
    markdown = partner_pages(site)[urls.PARTNERS]
    headings = re.findall(r"^(#{2,3}) (.+)$", markdown, re.M)
    assert headings == [
        ("##", "Filteren"),
        ("##", "Bedrijven"),
        ("###", "Groot Amsterdam"),
        ("###", "Noord-Holland Noord"),
        ("##", "Onderwijsinstellingen"),
        ("###", "Zaanstreek/Waterland"),
        ("##", "Overheden"),
        ("###", "Groot Amsterdam"),
    ]
    assert listed_slugs(markdown) == ["aa-infra", "bouwbedrijf-hoorn", "voorbeeld-bv", "zz-wegen", "zaans-college", "gemeente-amsterdam"]


def test_items_show_municipality_offers_example_and_carry_the_data_attributes(site):
    markdown = partner_pages(site)[urls.PARTNERS]
    voorbeeld = re.search(r"^- \[Voorbeeld BV\].*\n.*", markdown, re.M).group(0)
    assert "(voorbeeld) · Alkmaar · Aanbod: Gastlessen" in voorbeeld
    assert 'data-soort="bedrijf" data-regio="noord-holland-noord" data-aanbod="gastlessen" data-naam="voorbeeld bv"' in voorbeeld
    school = re.search(r"^- \[Zaans College\].*\n.*", markdown, re.M).group(0)
    assert "(voorbeeld)" not in school
    assert "· Zaanstad · Aanbod: Gastlessen, Snuffelstages" in school, "offers in the order of data/offers.yml"
    assert 'data-aanbod="gastlessen snuffelstages"' in school
    gemeente = re.search(r"^- \[Gemeente Amsterdam\].*\n.*", markdown, re.M).group(0)
    assert "Aanbod" not in gemeente and 'data-aanbod=""' in gemeente


def test_the_listing_links_the_map_and_partner_worden_and_loads_the_script(site):
    markdown = partner_pages(site)[urls.PARTNERS]
    assert f"({urls.relative_link(urls.PARTNERS, urls.PARTNER_MAP)})" in markdown
    assert "(../partner-worden.md)" in markdown
    assert front_matter(markdown)["page_script"] == "lists.js"
    assert 'data-query="naam" data-query-label="Zoek op naam"' in markdown
    assert 'class="ib-partners-status" role="status" aria-live="polite"' in markdown


def test_one_filter_page_per_kind_subregion_and_offer(site):
    pages = partner_pages(site)
    refs = site.references
    expected = {
        "soort": {kind.slug for kind in refs.partner_kinds},
        "regio": {region.slug for region in refs.regions},
        "aanbod": {offer.slug for offer in refs.offers},
    }
    assert set(expected) == set(urls.PARTNER_FILTER_FACETS)
    for facet, values in expected.items():
        found = {path.split("/")[-1].removesuffix(".md") for path in pages if path.startswith(f"partners/{facet}/")}
        assert found == values, facet
        for value in values:
            assert f"({facet}/{value}.md){{ data-value=\"{value}\" }}" in pages[urls.PARTNERS], f"/partners/ links {facet}/{value}"


def test_filter_pages_list_exactly_the_matching_partners(site):
    pages = partner_pages(site)
    expected = {
        ("soort", "bedrijf"): ["aa-infra", "bouwbedrijf-hoorn", "voorbeeld-bv", "zz-wegen"],
        ("soort", "overheid"): ["gemeente-amsterdam"],
        ("soort", "initiatief"): [],
        ("regio", "groot-amsterdam"): ["aa-infra", "gemeente-amsterdam"],
        ("regio", "noord-holland-noord"): ["bouwbedrijf-hoorn", "voorbeeld-bv", "zz-wegen"],
        ("regio", "gooi-en-vechtstreek"): [],
        ("aanbod", "gastlessen"): ["voorbeeld-bv", "zz-wegen", "zaans-college"],
        ("aanbod", "snuffelstages"): ["aa-infra", "zaans-college"],
        ("aanbod", "stages"): ["bouwbedrijf-hoorn", "zz-wegen"],
        ("aanbod", "ambassadeurs"): [],
    }
    for (facet, value), slugs in expected.items():
        page = urls.partner_filter(facet, value)
        markdown = pages[page]
        assert listed_slugs(markdown) == slugs, page
        assert ("Er zijn nog geen partners die hierbij passen." in markdown) == (not slugs), page
        assert f"({urls.relative_link(page, urls.PARTNERS)})" in markdown
        meta = front_matter(markdown)
        assert meta["title"] and meta["description"] and "page_script" not in meta, page
    assert front_matter(pages[urls.partner_filter("regio", "groot-amsterdam")])["title"] == "Partners in subregio Groot Amsterdam"


def test_editor_text_is_escaped(project):
    project.write("content/partners/vreemd.md", partner_file('"A *b* & <c> {d}"', "bedrijf", "alkmaar"))
    markdown = partner_pages(load_site(project.root))[urls.PARTNERS]
    line = re.search(r"^- \[A \\\*.*\n.*", markdown, re.M).group(0)
    assert r"[A \*b\* &amp; &lt;c&gt; \{d\}](vreemd.md)" in line
    assert 'data-naam="a b c d"' in line, "the search key keeps letters and digits only, safe in an attribute list"


def test_output_is_deterministic(site, project):
    first = partner_pages(site)
    second = partner_pages(load_site(project.root))
    assert first == second
    assert list(first) == list(second)


def test_partner_page_lists_upcoming_then_past_events_stories_and_links(site):
    markdown = generate_pages(site, date(2026, 3, 1))[urls.partner_page("voorbeeld-bv")]
    sections = re.findall(r"^## (.+?)(?: \{ [^}]*\})?$", markdown, re.M)
    assert sections == ["Contact", "Komende activiteiten", "Eerdere activiteiten", "Verhalen", "Meer partners"]
    upcoming_part = markdown.split("## Komende activiteiten")[1].split("## Eerdere activiteiten")[0]
    past_part = markdown.split("## Eerdere activiteiten")[1].split("## Verhalen")[0]
    assert re.findall(r"\[([^\]]+)\]\(\.\./agenda/", upcoming_part) == ["Open dag infra", "Nieuwe gastles"]
    assert re.findall(r"\[([^\]]+)\]\(\.\./agenda/", past_part) == ["Oude gastles", "Nog oudere gastles"], "newest first"
    assert "(../verhalen/sanne.md)" in markdown
    assert "[Gastlessen](aanbod/gastlessen.md)" in markdown
    assert "(subregio [Noord-Holland Noord](regio/noord-holland-noord.md))" in markdown
    assert "[Bedrijf](soort/bedrijf.md)" in markdown
    assert "(kaart.md)" in markdown and "(index.md)" in markdown


def test_partner_page_without_upcoming_events_says_so(site):
    markdown = generate_pages(site, date(2027, 1, 1))[urls.partner_page("voorbeeld-bv")]
    assert "Er staan nu geen activiteiten van Voorbeeld BV in de [agenda](../agenda/index.md)." in markdown
    other = generate_pages(site, date(2027, 1, 1))[urls.partner_page("zz-wegen")]
    assert "activiteiten" not in other.lower()


# The sample site, built once with the real build date.


def _outside_article(html: str) -> str:
    return re.sub(r"<article.*?</article>", "", html.split("<body", 1)[1], flags=re.S)


@pytest.mark.build
def test_filter_pages_are_built_and_stay_out_of_the_nav(built_site: Path):
    site = load_site(PROJECT_ROOT)
    for facet, values in (("soort", site.references.partner_kinds), ("regio", site.references.regions), ("aanbod", site.references.offers)):
        for value in values:
            assert (built_site / "partners" / facet / value.slug / "index.html").is_file(), (facet, value.slug)
    kind = site.references.partner_kinds[0].slug
    for page in ("partners/index.html", f"partners/soort/{kind}/index.html", "index.html"):
        nav = _outside_article((built_site / page).read_text(encoding="utf-8"))
        assert not re.search(r'href="[^"]*/(soort|regio|aanbod)/[^"]*"', nav), page
    listing = (built_site / "partners" / "index.html").read_text(encoding="utf-8")
    assert f'href="soort/{kind}/"' in listing
    assert "assets/lists.js" in listing


@pytest.mark.build
def test_site_search_finds_every_partner_by_name(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(f"{doc['title']} {doc['text']}" for doc in index["docs"])
    for partner in load_site(PROJECT_ROOT).partners:
        assert partner.name.replace("&", "&amp;") in text, partner.name
