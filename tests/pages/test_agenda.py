"""The year calendar: school years, archive and filter pages, past marking, facts; and the built pages' head and nav."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT_ROOT, ProjectMaker
from sitegen import dates, urls
from sitegen.clock import build_date
from sitegen.loading.loader import load_site
from sitegen.model.site import Site
from sitegen.pages.agenda import agenda_pages, facts_of, school_years


def event_file(uid: str, title: str, start: str, **fields: str) -> str:
    """An event in the sample project; `fields` override or add front matter lines."""
    lines = {
        "uid": uid,
        "title": title,
        "start": f'"{start}"',
        "type": "gastles",
        "audiences": "[vmbo-leerling]",
        "chain_stages": "[vmbo]",
        "location": "\n  name: School\n  city: Amsterdam\n  municipality: amsterdam",
        "organizer": "voorbeeld-bv",
    }
    lines.update(fields)
    front = "\n".join(f"{key}: {value}" if not value.startswith("\n") else f"{key}:{value}" for key, value in lines.items() if value)
    return f"---\n{front}\n---\nTekst.\n"


OUDER = """---
name: Ouder
promise: Weet wat je kind kan worden.
chain_stages: [po]
cares_about:
  - Een goede toekomst
order: 2
---
Over ouders.
"""

# With conftest's open-dag (sat 14 March 2026, Heerhugowaard = Noord-Holland Noord, vmbo-leerling, open-dag, vmbo).
EVENTS = {
    "laatste-dag": event_file("11111111-1111-4111-8111-111111111111", "Laatste dag", "2026-07-31"),
    "eerste-dag": event_file("22222222-2222-4222-8222-222222222222", "Eerste dag", "2026-08-01", type="beurs"),
    "online-avond": event_file(
        "33333333-3333-4333-8333-333333333333",
        "Online avond",
        "2026-09-10 19:30",
        end='"21:00"',
        type="voorlichting",
        audiences="[ouder]",
        chain_stages="[po, vmbo]",
        location="",
        online="https://example.org/avond",
    ),
    "afgelaste-gastles": event_file(
        "44444444-4444-4444-8444-444444444444", "Afgelaste gastles", "2026-10-06", status="afgelast"
    ),
    "meerdaags": event_file(
        "55555555-5555-4555-8555-555555555555",
        "Meerdaags",
        "2026-11-30",
        end="2026-12-01",
        audiences="[vmbo-leerling, ouder]",
        location="\n  name: Werf\n  city: Heerhugowaard\n  municipality: dijk-en-waard",
    ),
    "volgend-jaar": event_file("66666666-6666-4666-8666-666666666666", "Volgend jaar", "2027-09-01"),
}


@pytest.fixture
def site(project: ProjectMaker) -> Site:
    project.write("content/personas/ouder.md", OUDER)
    for slug, text in EVENTS.items():
        project.write(f"content/events/{slug}.md", text)
    return load_site(project.root)


CARD = re.compile(r'<h3 class="ib-card__title"><a href="(?:\.\./)*agenda/([a-z0-9-]+)/">')


def listed(markdown: str) -> list[str]:
    """The events a page lists as cards, in the order of the page."""
    return CARD.findall(markdown)


def block(markdown: str, start: str, end: str = "</ol>") -> str:
    """The part of the page from `start` up to the next `end`."""
    assert start in markdown, start
    rest = markdown.split(start, 1)[1]
    return rest.split(end, 1)[0]


def upcoming_of(markdown: str) -> list[str]:
    return listed(block(markdown, '<ol class="ib-cards ib-agenda-upcoming">'))


def past_of(markdown: str) -> list[str]:
    return listed(block(markdown, '<ol class="ib-cards ib-cards--past ib-agenda-past__list">'))


def card_of(markdown: str, slug: str) -> str:
    """The whole card (`<li …>` … `</li>`) of one event."""
    cards = [card for card in re.findall(r'<li class="ib-card .*?</li>', markdown, re.S) if f'/{slug}/"' in card]
    assert len(cards) == 1, (slug, len(cards))
    return cards[0]


def front_matter(markdown: str) -> dict:
    assert markdown.startswith("---\n"), markdown[:80]
    return yaml.safe_load(markdown.split("---\n")[1])


def test_school_year_runs_from_1_august_to_31_july():
    assert dates.school_year_of(date(2026, 7, 31)) == 2025
    assert dates.school_year_of(date(2026, 8, 1)) == 2026


def test_on_31_july_the_agenda_still_shows_the_old_school_year(site):
    pages = agenda_pages(site, date(2026, 7, 31))
    agenda = pages[urls.AGENDA]
    assert upcoming_of(agenda) == ["laatste-dag", "eerste-dag", "online-avond", "afgelaste-gastles", "meerdaags", "volgend-jaar"]
    assert past_of(agenda) == ["open-dag"]
    assert not any(path.startswith("agenda/20") for path in pages)


def test_on_1_august_last_years_events_move_to_the_archive(site):
    pages = agenda_pages(site, date(2026, 8, 1))
    archive = urls.agenda_archive(2025)
    assert listed(pages[archive]) == ["open-dag", "laatste-dag"]
    agenda = pages[urls.AGENDA]
    assert upcoming_of(agenda) == ["eerste-dag", "online-avond", "afgelaste-gastles", "meerdaags", "volgend-jaar"]
    assert past_of(agenda) == []
    assert '<details class="ib-agenda-past" hidden>' in agenda, "no past events: the folded block is not shown"
    assert "(2025-2026.md)" in agenda
    assert [path for path in pages if re.fullmatch(r"agenda/\d{4}-\d{4}\.md", path)] == [archive]


def test_upcoming_events_come_first_and_past_ones_are_folded_away_newest_first(site):
    agenda = agenda_pages(site, date(2026, 11, 1))[urls.AGENDA]
    assert upcoming_of(agenda) == ["meerdaags", "volgend-jaar"]
    assert past_of(agenda) == ["afgelaste-gastles", "online-avond", "eerste-dag"]
    # The cards to come are the first list of the page; the past ones follow, inside a closed <details>.
    assert agenda.index('class="ib-cards ib-agenda-upcoming"') < agenda.index('<details class="ib-agenda-past">')
    past = block(agenda, '<details class="ib-agenda-past">', "</details>")
    assert "<summary>Afgelopen activiteiten" in past and "(3)" in past
    assert listed(past) == ["afgelaste-gastles", "online-avond", "eerste-dag"]
    assert "<details class=\"ib-agenda-past\" open" not in agenda


def test_current_school_year_without_events_says_so(site):
    markdown = agenda_pages(site, date(2028, 9, 1))[urls.AGENDA]
    assert listed(markdown) == []
    assert '<p class="ib-agenda-empty">Er staan nu geen activiteiten gepland.' in markdown
    assert '<details class="ib-agenda-past" hidden>' in markdown


def test_filter_pages_list_exactly_the_matching_events(site):
    pages = agenda_pages(site, date(2026, 8, 1))
    expected = {
        ("doelgroep", "vmbo-leerling"): ["eerste-dag", "afgelaste-gastles", "meerdaags", "volgend-jaar"],
        ("doelgroep", "ouder"): ["online-avond", "meerdaags"],
        ("regio", "groot-amsterdam"): ["eerste-dag", "online-avond", "afgelaste-gastles", "volgend-jaar"],
        ("regio", "noord-holland-noord"): ["online-avond", "meerdaags"],
        ("regio", "gooi-en-vechtstreek"): ["online-avond"],
        ("soort", "voorlichting"): ["online-avond"],
        ("soort", "open-dag"): [],
        ("keten", "po"): ["online-avond"],
        ("keten", "vmbo"): ["eerste-dag", "online-avond", "afgelaste-gastles", "meerdaags", "volgend-jaar"],
    }
    for (facet, value), slugs in expected.items():
        page = urls.agenda_filter(facet, value)
        assert upcoming_of(pages[page]) == slugs, page
    empty = pages[urls.agenda_filter("soort", "open-dag")]
    assert '<p class="ib-agenda-empty">Er staan nu geen activiteiten gepland die hierbij passen.</p>' in empty


def test_filter_pages_fold_their_past_events_away_too(site):
    pages = agenda_pages(site, date(2026, 11, 1))
    page = pages[urls.agenda_filter("doelgroep", "vmbo-leerling")]
    assert upcoming_of(page) == ["meerdaags", "volgend-jaar"]
    assert past_of(page) == ["afgelaste-gastles", "eerste-dag"]


def test_one_filter_page_per_value_of_each_facet(site):
    pages = agenda_pages(site, date(2026, 8, 1))
    refs = site.references
    expected = {
        "doelgroep": {persona.slug for persona in site.personas},
        "regio": {region.slug for region in refs.regions},
        "soort": {item.slug for item in refs.event_types},
        "keten": {stage.slug for stage in refs.stages},
    }
    assert set(expected) == set(urls.FILTER_FACETS)
    for facet, values in expected.items():
        found = {path.split("/")[-1].removesuffix(".md") for path in pages if path.startswith(f"agenda/{facet}/")}
        assert found == values, facet
        for value in values:
            assert f"({facet}/{value}.md)" in pages[urls.AGENDA], f"/agenda/ links {facet}/{value}"


def test_filter_pages_offer_the_matching_feed_and_the_full_agenda(site):
    pages = agenda_pages(site, date(2026, 8, 1))
    persona = pages[urls.agenda_filter("doelgroep", "ouder")]
    assert front_matter(persona)["calendar_feed"] == urls.persona_feed("ouder")
    assert "(ouder.ics)" in persona and "(../index.md)" in persona
    region = pages[urls.agenda_filter("regio", "groot-amsterdam")]
    assert front_matter(region)["calendar_feed"] == urls.region_feed("groot-amsterdam")
    assert "(groot-amsterdam.ics)" in region
    assert front_matter(pages[urls.agenda_filter("soort", "gastles")])["calendar_feed"] == urls.FEED_ALL


def test_items_carry_the_data_attributes_for_the_script(site):
    markdown = agenda_pages(site, date(2026, 8, 1))[urls.AGENDA]
    online = card_of(markdown, "online-avond").splitlines()[0]
    assert 'data-start="2026-09-10" data-end="2026-09-10"' in online
    assert 'data-doelgroep="ouder" data-regio="online" data-soort="voorlichting" data-keten="po vmbo"' in online
    meerdaags = card_of(markdown, "meerdaags").splitlines()[0]
    assert 'data-start="2026-11-30" data-end="2026-12-01"' in meerdaags
    assert 'data-doelgroep="vmbo-leerling ouder" data-regio="noord-holland-noord"' in meerdaags
    orders = [int(order) for order in re.findall(r'<li class="ib-card [^>]*data-order="(\d+)"', markdown)]
    assert orders == sorted(orders), "data-order is calendar order, for the script to sort the cards back"
    assert 'data-wildcard="online"' in markdown


def test_a_card_shows_date_title_type_place_and_audience(site):
    markdown = agenda_pages(site, date(2026, 8, 1))[urls.AGENDA]
    card = card_of(markdown, "meerdaags")
    assert '<p class="ib-card__date" aria-hidden="true"><span class="ib-card__day">30</span> <span class="ib-card__month">NOV</span></p>' in card
    assert '<h3 class="ib-card__title"><a href="../agenda/meerdaags/">Meerdaags</a></h3>' in card
    assert '<p class="ib-card__when">ma 30 november 2026 – di 1 december 2026</p>' in card
    assert '<p class="ib-card__meta">Gastles · Heerhugowaard</p>' in card
    assert '<p class="ib-card__for">Voor vmbo-leerling, ouder</p>' in card
    assert card.count("<a ") == 1, "one link per card: its title"
    assert '<p class="ib-card__meta">Voorlichtingsavond · online</p>' in card_of(markdown, "online-avond")


def test_cancelled_and_postponed_cards_say_so_in_words(site, project):
    project.replace("content/events/meerdaags.md", "organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nstatus: uitgesteld")
    markdown = agenda_pages(load_site(project.root), date(2026, 8, 1))[urls.AGENDA]
    cancelled = card_of(markdown, "afgelaste-gastles")
    assert cancelled.startswith('<li class="ib-card ib-agenda__event ib-card--afgelast"')
    assert '</a> <span class="ib-badge">Afgelast</span></h3>' in cancelled
    postponed = card_of(markdown, "meerdaags")
    assert '</a> <span class="ib-badge">Uitgesteld</span></h3>' in postponed
    assert '<p class="ib-card__when"><del>ma 30 november 2026 – di 1 december 2026</del> Nieuwe datum volgt.</p>' in postponed
    assert "ib-badge" not in card_of(markdown, "eerste-dag")


def test_each_type_is_explained_on_its_first_card(site):
    refs = site.references
    for today in (date(2026, 8, 1), date(2026, 11, 1)):
        markdown = agenda_pages(site, today)[urls.AGENDA]
        explained = re.findall(r'<p class="ib-card__explain" data-type="([a-z-]+)"><strong>Wat is een (.+?)\?</strong> (.+?)</p>', markdown)
        cards = listed(markdown)
        types = {event.slug: event.type for event in site.events}
        first: dict[str, str] = {}
        for slug in cards:
            first.setdefault(types[slug], slug)
        assert [slug for slug, _, _ in explained] == list(first), today
        for slug, _, text in explained:
            assert text == refs.event_type_by_slug[slug].explanation
            assert f'data-type="{slug}"' in card_of(markdown, first[slug])
    markdown = agenda_pages(site, date(2026, 8, 1))[urls.AGENDA]
    assert "<strong>Wat is een voorlichtingsavond?</strong>" in markdown
    assert "<strong>Wat is een open dag?</strong>" in agenda_pages(site, date(2026, 3, 1))[urls.AGENDA]


def test_a_type_keeps_its_capitals_in_the_question(project):
    project.write(
        "content/events/pet.md",
        event_file("88888888-8888-4888-8888-888888888888", "PET", "2026-09-01", type="pet-event"),
    )
    markdown = agenda_pages(load_site(project.root), date(2026, 8, 1))[urls.AGENDA]
    assert "<strong>Wat is een PET-event?</strong> Een techniekdag voor de basisschool" in markdown


def test_a_type_filter_page_explains_the_type(site):
    page = agenda_pages(site, date(2026, 8, 1))[urls.agenda_filter("soort", "snuffelstage")]
    assert "Snuffelstage: Je loopt een dag of een paar dagen mee bij een infrabedrijf." in page


def test_near_me_links_every_municipality_to_its_subregion(site):
    markdown = agenda_pages(site, date(2026, 8, 1))[urls.AGENDA]
    nearby = block(markdown, '<details class="ib-tool ib-agenda-nearby">', "</details>")
    assert "<summary>Bij mij in de buurt</summary>" in nearby
    links = {}
    for region, name in re.findall(r'<a href="\.\./agenda/regio/([a-z0-9-]+)/" data-facet="regio" data-value="\1">([^<]+)</a>', nearby):
        links.setdefault(name, region)
    for region in site.references.regions:
        assert links[region.name] == region.slug
        for municipality in region.municipalities:
            assert links[municipality.name] == region.slug, municipality.name
    region_page = agenda_pages(site, date(2026, 8, 1))[urls.agenda_filter("regio", "noord-holland-noord")]
    assert "Gemeenten in deze subregio: Alkmaar, Bergen (NH.), Castricum" in region_page


def test_cards_show_a_small_lazy_picture_when_the_event_has_one(site):
    from sitegen.images import ResponsiveImage, Variant

    event = next(event for event in site.events if event.slug == "meerdaags")
    picture = ResponsiveImage(
        (Variant("media/events/meerdaags-480.webp", 480, 270, "image/webp"), Variant("media/events/meerdaags-480.jpg", 480, 270, "image/jpeg")),
        480,
        270,
    )
    markdown = agenda_pages(site, date(2026, 8, 1), {event.source.path: picture})[urls.AGENDA]
    card = card_of(markdown, "meerdaags")
    img = re.search(r"<img [^>]*>", card).group(0)
    assert 'src="../media/events/meerdaags-480.jpg"' in img
    assert 'width="480" height="270"' in img and 'loading="lazy"' in img and 'alt=""' in img
    assert "<picture>" not in card_of(markdown, "eerste-dag")


def test_events_whose_last_day_has_passed_are_marked_at_build_time(site):
    on_last_day = card_of(agenda_pages(site, date(2026, 12, 1))[urls.AGENDA], "meerdaags")
    assert "ib-agenda__event--past" not in on_last_day.splitlines()[0]
    day_after = agenda_pages(site, date(2026, 12, 2))[urls.AGENDA]
    assert "ib-agenda__event--past" in card_of(day_after, "meerdaags").splitlines()[0]
    assert "meerdaags" in past_of(day_after)
    years = school_years(site, site.events, date(2026, 12, 2))
    past = {item.event.slug for year in years for item in year.items if item.past}
    assert past == {"open-dag", "laatste-dag", "eerste-dag", "online-avond", "afgelaste-gastles", "meerdaags"}


# Words that belong in the editors' guide, not on a page for visitors.
TECHNICAL = ("JavaScript", "javascript", "Bijgewerkt op", "build", "script")


def test_no_technical_text_for_visitors(site):
    for path, markdown in agenda_pages(site, date(2026, 12, 2)).items():
        text = re.sub(r"<[^>]+>", " ", markdown.split("---\n", 2)[2])
        for word in TECHNICAL:
            assert word not in text, (path, word)


def test_facts_count_per_type_region_stage_and_audience(site):
    year = next(year for year in school_years(site, site.events, date(2026, 8, 1)) if year.first_year == 2026)
    facts = facts_of(site, year)
    assert (facts.held, facts.cancelled) == (3, 1)

    def counts(facet: str) -> dict[str, tuple[int, int]]:
        return {tally.slug: (tally.held, tally.cancelled) for tally in facts.tallies(facet) if tally.held or tally.cancelled}

    assert counts("soort") == {"gastles": (1, 1), "beurs": (1, 0), "voorlichting": (1, 0)}
    assert counts("regio") == {"groot-amsterdam": (1, 1), "noord-holland-noord": (1, 0)}
    assert (facts.online.held, facts.online.cancelled) == (1, 0)
    assert counts("keten") == {"po": (1, 0), "vmbo": (3, 1)}
    assert counts("doelgroep") == {"vmbo-leerling": (2, 1), "ouder": (2, 0)}
    assert [tally.slug for tally in facts.tallies("soort")] == [item.slug for item in site.references.event_types]


def test_facts_page_has_accessible_tables_and_is_linked(site):
    pages = agenda_pages(site, date(2026, 8, 1))
    # A page per school year with events or with the network's own figures (data/figures.yml), and the overview.
    figure_years = {urls.facts_page(year.first_year) for year in site.references.figures}
    assert set(path for path in pages if "feiten-en-cijfers" in path) == {
        urls.facts_page(2025),
        urls.facts_page(2026),
        urls.facts_page(2027),
        urls.FACTS,
    } | figure_years
    markdown = pages[urls.facts_page(2026)]
    assert front_matter(markdown)["title"] == "Feiten en cijfers schooljaar 2026–2027"
    assert markdown.count("<caption>") == 4
    assert '<th scope="col">Soort activiteit</th>' in markdown
    assert '<tr><th scope="row">Gastles</th><td>1</td><td>1</td></tr>' in markdown
    assert '<tr><th scope="row">Online</th><td>1</td><td>0</td></tr>' in markdown
    assert '<tr><th scope="row">Totaal</th><td>3</td><td>1</td></tr>' in markdown
    assert "Daarnaast is er 1 activiteit afgelast." in markdown
    for year in (2025, 2026, 2027):
        assert f"({urls.relative_link(urls.AGENDA, urls.facts_page(year))})" in pages[urls.AGENDA]
    archive = pages[urls.agenda_archive(2025)]
    assert f"({urls.relative_link(urls.agenda_archive(2025), urls.facts_page(2025))})" in archive


def test_editor_text_is_escaped(project):
    project.write(
        "content/events/vreemd.md",
        event_file("77777777-7777-4777-8777-777777777777", "A *b* <i>c</i> {d}", "2026-09-01"),
    )
    markdown = agenda_pages(load_site(project.root), date(2026, 8, 1))[urls.AGENDA]
    # A card is raw HTML, which Markdown leaves alone: escaped for HTML only, so it reads exactly as typed.
    assert '<a href="../agenda/vreemd/">A *b* &lt;i&gt;c&lt;/i&gt; {d}</a>' in markdown


def test_every_generated_page_has_title_description_and_feed(site):
    for path, markdown in agenda_pages(site, date(2026, 8, 1)).items():
        meta = front_matter(markdown)
        assert meta["title"] and meta["description"] and meta["calendar_feed"], path


def test_output_is_deterministic(site, project):
    first = agenda_pages(site, date(2026, 8, 1))
    second = agenda_pages(load_site(project.root), date(2026, 8, 1))
    assert first == second
    assert list(first) == list(second)


# The sample site, built once with the real build date.


def _outside_article(html: str) -> str:
    """The navigation, header and footer: the body without the article."""
    return re.sub(r"<article.*?</article>", "", html.split("<body", 1)[1], flags=re.S)


def _head(html: str) -> str:
    return html.split("</head>", 1)[0]


@pytest.mark.build
def test_archive_filter_and_facts_pages_are_built(built_site: Path):
    site = load_site(PROJECT_ROOT)
    current = dates.school_year_of(build_date(site.references.settings.zone))
    years = {dates.school_year_of(event.first_day) for event in site.events}
    for year in years:
        assert (built_site / urls.facts_page(year).removesuffix(".md") / "index.html").is_file(), year
        if year < current:
            assert (built_site / urls.agenda_archive(year).removesuffix(".md") / "index.html").is_file(), year
    assert any(year < current for year in years), "the sample content has a past school year"
    for persona in site.personas:
        assert (built_site / "agenda" / "doelgroep" / persona.slug / "index.html").is_file()
    for region in site.references.regions:
        assert (built_site / "agenda" / "regio" / region.slug / "index.html").is_file()


@pytest.mark.build
def test_every_event_is_listed_on_the_agenda_or_its_archive(built_site: Path):
    site = load_site(PROJECT_ROOT)
    current = dates.school_year_of(build_date(site.references.settings.zone))
    for event in site.events:
        year = dates.school_year_of(event.first_day)
        page = urls.AGENDA if year >= current else urls.agenda_archive(year)
        html = (built_site / page.removesuffix(".md").removesuffix("index") / "index.html").read_text(encoding="utf-8")
        article = re.search(r"<article.*?</article>", html, re.S).group(0)
        assert re.search(rf'<h3 class="ib-card__title"><a href="(\.\./)*agenda/{event.slug}/"', article), (event.slug, page)


@pytest.mark.build
def test_archive_filter_and_facts_pages_stay_out_of_the_nav(built_site: Path):
    """Only the facts overview (/feiten-en-cijfers/) is in the nav, not a page per school year."""
    persona = load_site(PROJECT_ROOT).personas[0].slug
    for page in ("agenda/index.html", f"agenda/doelgroep/{persona}/index.html", "index.html"):
        html = (built_site / page).read_text(encoding="utf-8")
        nav = _outside_article(html)
        assert not re.search(r'href="(?!#)[^"]*(\d{4}-\d{4}|feiten-en-cijfers-[^"]*|/(doelgroep|regio|soort|keten)/[^"]*)"', nav), page
    agenda = (built_site / "agenda" / "index.html").read_text(encoding="utf-8")
    assert f'href="doelgroep/{persona}/"' in agenda


@pytest.mark.build
@pytest.mark.parametrize("page", ["agenda", "event", "filter"])
def test_calendar_feed_is_announced_in_the_head(page: str, built_site: Path):
    site = load_site(PROJECT_ROOT)
    path = {
        "agenda": "agenda/index.html",
        "event": f"agenda/{site.events[0].slug}/index.html",
        "filter": f"agenda/doelgroep/{site.personas[0].slug}/index.html",
    }[page]
    head = _head((built_site / path).read_text(encoding="utf-8"))
    links = re.findall(r'<link rel="alternate" type="text/calendar" title="([^"]+)" href="([^"]+)">', head)
    assert len(links) == 1, head
    title, href = links[0]
    assert title.strip()
    feed = (built_site / path).parent / href
    assert feed.resolve().is_relative_to(built_site.resolve()) and feed.is_file(), href
    assert feed.read_bytes().startswith(b"BEGIN:VCALENDAR")
    if page == "filter":
        assert feed.resolve() == (built_site / urls.persona_feed(site.personas[0].slug)).resolve()


@pytest.mark.build
def test_agenda_script_only_on_agenda_lists(built_site: Path):
    assert "assets/lists.js" in (built_site / "agenda" / "index.html").read_text(encoding="utf-8")
    assert "assets/lists.js" not in (built_site / "index.html").read_text(encoding="utf-8")
    assert (built_site / "assets" / "lists.js").is_file()
