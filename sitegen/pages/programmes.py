"""The programme listing: /opleidingen/ as picture cards, and a plain filter page per level and subregion."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sitegen import urls
from sitegen.images import ResponsiveImage
from sitegen.model.event import Event
from sitegen.model.programme import Programme
from sitegen.model.references import Level, Municipality, Region
from sitegen.model.site import Site, upcoming
from sitegen.pages.filters import FacetSlugs, FilterValue, filter_pages, in_order, matching
from sitegen.pages.render import render_page

# No programme stands for every value of a facet.
WILDCARDS: Mapping[str, str] = {}


@dataclass(frozen=True)
class Item:
    """A programme as the listing shows it; `facets` are the (facet, slugs) pairs the script filters on: its level
    and the broader levels it belongs to (mbo-3 and mbo), and its subregion."""

    programme: Programme
    level: Level
    municipality: Municipality
    region: Region
    next_open_day: Event | None
    facets: FacetSlugs


def programme_pages(site: Site, today: date, pictures: Mapping[str, ResponsiveImage]) -> dict[str, str]:
    """`{source path: Markdown}` for /opleidingen/ and each filter value."""
    items = listed(site, today)
    filters = filter_values(site)
    common = {"site": site, "pictures": pictures}
    pages = {urls.PROGRAMMES: render_page("programmes.md.j2", urls.PROGRAMMES, items=items, filters=filters, **common)}
    pages.update(
        filter_pages(
            filters,
            urls.programme_filter,
            lambda page, value: render_page(
                "programmes_filter.md.j2", page, value=value, items=matching(items, value, WILDCARDS), **common
            ),
        )
    )
    return pages


def listed(site: Site, today: date) -> tuple[Item, ...]:
    """Every programme, alphabetical (the order of `site.programmes`), the invented examples after the real ones."""
    ordered = sorted(site.programmes, key=lambda programme: programme.example)
    return tuple(_item(site, programme, today) for programme in ordered)


def filter_values(site: Site) -> Mapping[str, tuple[FilterValue, ...]]:
    """Every level of data/levels.yml and every subregion, in the order of the reference lists."""
    refs = site.references
    values = {
        "niveau": tuple(FilterValue("niveau", level.slug, level.name) for level in refs.levels),
        "regio": tuple(FilterValue("regio", region.slug, region.name) for region in refs.regions),
    }
    return dict(in_order(urls.PROGRAMME_FILTER_FACETS, values))


def next_open_day(site: Site, programme: Programme, today: date) -> Event | None:
    """The first event naming the programme that is not over on `today` (and not cancelled)."""
    coming = upcoming(site.events_for_programme(programme), today)
    return coming[0] if coming else None


def _item(site: Site, programme: Programme, today: date) -> Item:
    refs = site.references
    level = site.level_of(programme)
    region = site.region_of_programme(programme)
    facets = {"niveau": refs.levels_within(level), "regio": (region.slug,)}
    return Item(
        programme, level, refs.municipality_by_slug[programme.municipality], region, next_open_day(site, programme, today),
        in_order(urls.PROGRAMME_FILTER_FACETS, facets),
    )
