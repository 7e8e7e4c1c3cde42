"""The Markdown pages of the site: one per event, persona, story and partner, an index per kind and the home page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import groupby

from . import dates, urls
from .render import render_page
from .site import Site
from .structure.event import Event


def generate_pages(site: Site, today: date) -> dict[str, str]:
    """`{source path: Markdown}` for every generated page, as of `today` (what is past and what is coming)."""
    pages = {
        urls.HOME: render_page("home.md.j2", urls.HOME, site=site),
        urls.AGENDA: render_page("agenda.md.j2", urls.AGENDA, site=site, school_years=list(_by_school_year(site.events))),
        urls.PERSONAS: render_page("personas.md.j2", urls.PERSONAS, site=site),
        urls.STORIES: render_page("stories.md.j2", urls.STORIES, site=site),
        urls.PARTNERS: render_page("partners.md.j2", urls.PARTNERS, site=site),
        urls.SUBSCRIBE: render_page("subscribe.md.j2", urls.SUBSCRIBE, site=site),
    }
    for event in site.events:
        page = urls.event_page(event.slug)
        pages[page] = render_page("event.md.j2", page, site=site, event=event)
    for persona in site.personas:
        page = urls.persona_page(persona.slug)
        pages[page] = render_page("persona.md.j2", page, site=site, persona=persona)
    for story in site.stories:
        page = urls.story_page(story.slug)
        pages[page] = render_page("story.md.j2", page, site=site, story=story)
    for partner in site.partners:
        page = urls.partner_page(partner.slug)
        pages[page] = render_page("partner.md.j2", page, site=site, partner=partner)
    return pages


def _by_school_year(events: tuple[Event, ...]) -> Iterator[tuple[int, list[tuple[str, list[Event]]]]]:
    """Events grouped by school year, then by month (in calendar order)."""
    years = groupby(events, key=lambda event: dates.school_year_of(event.first_day))
    grouped = [(year, list(items)) for year, items in years]
    for year, items in grouped:
        months = groupby(items, key=lambda event: dates.dutch_month(event.first_day))
        yield year, [(month, list(month_events)) for month, month_events in months]
