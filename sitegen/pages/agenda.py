"""The year calendar: /agenda/ (what is coming, and this school year's past events folded away), an archive per past
school year, filter pages and facts: a page per school year and /feiten-en-cijfers/, with the figures the network
reports beside what the agenda counts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import groupby

from sitegen import dates, urls
from sitegen.images import ResponsiveImage
from sitegen.model.event import Event
from sitegen.model.references import FigureYear
from sitegen.model.site import Site
from sitegen.pages.filters import FacetSlugs, FilterValue, filter_pages, in_order, matching, slugs_of
from sitegen.pages.render import render_page

ONLINE = "online"
# A value that matches every value of its facet: an online event is for every subregion.
WILDCARDS: Mapping[str, str] = {"regio": ONLINE}


@dataclass(frozen=True)
class Item:
    """An event as the agenda lists it; `facets` are the (facet, slugs) pairs the script filters on; `order` is its
    place in calendar order, with which the script puts the cards back in order when it re-decides what is past."""

    event: Event
    past: bool
    facets: FacetSlugs
    order: int = 0


@dataclass(frozen=True)
class Listing:
    """A list page of the agenda: the events still to come, in calendar order, then the past ones, newest first
    (folded away on the page)."""

    upcoming: tuple[Item, ...]
    past: tuple[Item, ...]

    @cached_property
    def explains(self) -> frozenset[str]:
        """The events whose card explains their type: the first card of each type, in the order of the page."""
        return first_of_each_type((*self.upcoming, *self.past))


@dataclass(frozen=True)
class Month:
    label: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class SchoolYear:
    first_year: int
    months: tuple[Month, ...]

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for month in self.months for item in month.items)


@dataclass(frozen=True)
class Tally:
    slug: str
    name: str
    held: int
    cancelled: int


@dataclass(frozen=True)
class Facts:
    """A school year in numbers; `held` counts every event that is not cancelled (also those still to come)."""

    first_year: int
    held: int
    cancelled: int
    by_facet: tuple[tuple[str, tuple[Tally, ...]], ...]
    online: Tally

    def tallies(self, facet: str) -> tuple[Tally, ...]:
        return dict(self.by_facet)[facet]


def agenda_pages(site: Site, today: date, pictures: Mapping[str, ResponsiveImage] | None = None) -> dict[str, str]:
    """`{source path: Markdown}` for /agenda/, each past school year, each filter value and each year's facts.

    `pictures` are the events' responsive images by source path (`Media.pictures`), for the cards."""
    years = school_years(site, site.events, today)
    current = dates.school_year_of(today)
    past = tuple(year for year in years if year.first_year < current)
    upcoming = current_and_later(years, current)
    whole = listing(upcoming)
    facts_years = facts_school_years(site, years, current)
    filters = filter_values(site)
    common = {"site": site, "today": today, "current": current, "wildcards": WILDCARDS, "pictures": pictures or {}}
    pages = {
        urls.AGENDA: render_page(
            "agenda.md.j2", urls.AGENDA, listing=whole, archive=past, facts_years=facts_years, filters=filters, **common
        )
    }
    for year in past:
        page = urls.agenda_archive(year.first_year)
        pages[page] = render_page("agenda_archive.md.j2", page, year=year, explains=first_of_each_type(year.items), **common)
    pages.update(
        filter_pages(
            filters,
            urls.agenda_filter,
            lambda page, value: render_page("agenda_filter.md.j2", page, value=value, listing=filtered_listing(whole, value), **common),
        )
    )
    by_first_year = {year.first_year: year for year in years}
    for first_year in facts_years:
        page = urls.facts_page(first_year)
        facts = facts_of(site, by_first_year.get(first_year, SchoolYear(first_year, ())))
        pages[page] = render_page("facts.md.j2", page, facts=facts, figures=figures_for(site, first_year, current), **common)
    this_year = facts_of(site, by_first_year.get(current, SchoolYear(current, ())))
    pages[urls.FACTS] = render_page(
        "facts_overview.md.j2", urls.FACTS, facts=this_year, figures=figures_for(site, current, current), years=facts_years, **common
    )
    return pages


def facts_school_years(site: Site, years: tuple[SchoolYear, ...], current: int) -> tuple[int, ...]:
    """The school years with a facts page, oldest first: those with events, those with the network's own figures,
    and the current one."""
    found = {year.first_year for year in years} | {year.first_year for year in site.references.figures} | {current}
    return tuple(sorted(found))


def figures_for(site: Site, first_year: int, current: int) -> FigureYear | None:
    """The network's figures a school year's facts page shows: its own; for the current school year without any,
    the latest reported (the page names their school year)."""
    figures = site.references.figures_of(first_year)
    if figures is None and first_year == current:
        return site.references.latest_figures
    return figures


def school_years(site: Site, events: Iterable[Event], today: date) -> tuple[SchoolYear, ...]:
    """Events (in calendar order) grouped by the school year and month they start in; past as of `today`."""
    items = [_item(site, event, today, order) for order, event in enumerate(events)]
    return tuple(
        SchoolYear(first_year, _months(year_items))
        for first_year, year_items in groupby(items, key=lambda item: dates.school_year_of(item.event.first_day))
    )


def current_and_later(years: tuple[SchoolYear, ...], current: int) -> tuple[SchoolYear, ...]:
    """The current school year (also when it has no events yet) and every later one that has events."""
    later = tuple(year for year in years if year.first_year > current)
    this = next((year for year in years if year.first_year == current), SchoolYear(current, ()))
    return (this, *later)


def filter_values(site: Site) -> Mapping[str, tuple[FilterValue, ...]]:
    """Every value of every facet in `urls.FILTER_FACETS`, in the order of the content and reference lists."""
    refs = site.references
    values = {
        "doelgroep": tuple(FilterValue("doelgroep", p.slug, p.name, urls.persona_feed(p.slug)) for p in site.personas),
        "regio": tuple(FilterValue("regio", r.slug, r.name, urls.region_feed(r.slug)) for r in refs.regions),
        "soort": tuple(FilterValue("soort", t.slug, t.name) for t in refs.event_types),
        "keten": tuple(FilterValue("keten", s.slug, s.name) for s in refs.stages),
    }
    return dict(in_order(urls.FILTER_FACETS, values))


def listing(years: tuple[SchoolYear, ...]) -> Listing:
    """The events of `years`: those still to come in calendar order, the past ones newest first."""
    items = [item for year in years for item in year.items]
    return Listing(
        tuple(item for item in items if not item.past),
        tuple(reversed([item for item in items if item.past])),
    )


def filtered_listing(whole: Listing, value: FilterValue) -> Listing:
    """Only the events matching `value`, in the same order."""
    return Listing(matching(whole.upcoming, value, WILDCARDS), matching(whole.past, value, WILDCARDS))


def first_of_each_type(items: Sequence[Item]) -> frozenset[str]:
    """The slugs of the first event of each type among `items`: where a page explains the type."""
    first: dict[str, str] = {}
    for item in items:
        first.setdefault(item.event.type, item.event.slug)
    return frozenset(first.values())


def facts_of(site: Site, year: SchoolYear) -> Facts:
    """Counts per facet value (cancelled events apart); online events count apart from the subregions."""
    items = year.items
    by_facet = tuple(
        (facet, tuple(_tally(value.slug, value.name, _having(items, facet, value.slug)) for value in values))
        for facet, values in filter_values(site).items()
    )
    total = _tally("", "", items)
    online = _tally(ONLINE, ONLINE, _having(items, "regio", ONLINE))
    return Facts(year.first_year, total.held, total.cancelled, by_facet, online)


def _having(items: Iterable[Item], facet: str, slug: str) -> list[Item]:
    """Exactly the items with `slug` (no wildcard: an online event is not counted in every subregion)."""
    return [item for item in items if slug in slugs_of(item, facet)]


def _tally(slug: str, name: str, items: Iterable[Item]) -> Tally:
    events = [item.event for item in items]
    cancelled = sum(event.is_cancelled for event in events)
    return Tally(slug, name, len(events) - cancelled, cancelled)


def coming_items(site: Site, today: date, count: int) -> tuple[Item, ...]:
    """The next `count` events as the agenda's card items (for the home page)."""
    coming = [event for event in site.events if event.last_day >= today and not event.is_cancelled][:count]
    return tuple(_item(site, event, today, order) for order, event in enumerate(coming))


def event_items(site: Site, events: Iterable[Event], today: date) -> tuple[Item, ...]:
    """Events as the agenda's card items, in the order given (a programme's open days)."""
    return tuple(_item(site, event, today, order) for order, event in enumerate(events))


def _item(site: Site, event: Event, today: date, order: int = 0) -> Item:
    region = site.region_of_event(event)
    facets = {
        "doelgroep": event.audiences,
        "regio": (ONLINE if region is None else region.slug,),
        "soort": (event.type,),
        "keten": event.chain_stages,
    }
    return Item(event, event.last_day < today, in_order(urls.FILTER_FACETS, facets), order)


def _months(items: Iterable[Item]) -> tuple[Month, ...]:
    return tuple(
        Month(label, tuple(month_items))
        for label, month_items in groupby(items, key=lambda item: dates.dutch_month(item.event.first_day))
    )
