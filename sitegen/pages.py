"""The Markdown pages of the site: one per event, persona, story and partner, an index per kind and the home page."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from itertools import groupby
from typing import Any

from . import dates, urls
from .body_links import rewrite_links
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
    page_of_source = source_pages(site)
    for items, page_of_slug, template, name in _detail_kinds(site):
        for item in items:
            page = page_of_slug(item.slug)
            body = rewrite_links(item.body, item.source.path, page_of_source.get, page)
            pages[page] = render_page(template, page, site=site, body=body, **{name: item})
    return pages


def source_pages(site: Site) -> dict[str, str]:
    """The page generated from each content file: `{content/events/x.md: agenda/x.md}`."""
    return {
        item.source.path: page_of_slug(item.slug)
        for items, page_of_slug, _, _ in _detail_kinds(site)
        for item in items
    }


def _detail_kinds(site: Site) -> tuple[tuple[Sequence[Any], Callable[[str], str], str, str], ...]:
    """Each kind of item with its page path, template and the template's name for it."""
    return (
        (site.events, urls.event_page, "event.md.j2", "event"),
        (site.personas, urls.persona_page, "persona.md.j2", "persona"),
        (site.stories, urls.story_page, "story.md.j2", "story"),
        (site.partners, urls.partner_page, "partner.md.j2", "partner"),
    )


def _by_school_year(events: tuple[Event, ...]) -> Iterator[tuple[int, list[tuple[str, list[Event]]]]]:
    """Events grouped by school year, then by month (in calendar order)."""
    years = groupby(events, key=lambda event: dates.school_year_of(event.first_day))
    grouped = [(year, list(items)) for year, items in years]
    for year, items in grouped:
        months = groupby(items, key=lambda event: dates.dutch_month(event.first_day))
        yield year, [(month, list(month_events)) for month, month_events in months]
