"""Lists filtered by facets (the agenda, the partners): the values of a facet, which items match, a page per value.

An item's facets are `(facet, slugs)` pairs; templates/_filters.j2 writes them as data attributes, the plain filter
links and the live region, and overrides/assets/lists.js reads them back to filter in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

FacetSlugs = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class FilterValue:
    """One value of a facet; `feed` is the iCal feed with exactly its items, where there is one."""

    facet: str
    slug: str
    name: str
    feed: str | None = None


class Faceted(Protocol):
    @property
    def facets(self) -> FacetSlugs: ...


FacetedT = TypeVar("FacetedT", bound=Faceted)
ValueT = TypeVar("ValueT")


def in_order(facets: Sequence[str], by_facet: Mapping[str, ValueT]) -> tuple[tuple[str, ValueT], ...]:
    """The pairs of `by_facet` in the order of `facets` (the order of the data attributes and the filters)."""
    return tuple((facet, by_facet[facet]) for facet in facets)


def slugs_of(item: Faceted, facet: str) -> tuple[str, ...]:
    return dict(item.facets)[facet]


def matches(item: Faceted, value: FilterValue, wildcards: Mapping[str, str]) -> bool:
    """Whether `item` has `value`, or the facet's wildcard (which matches every value, like an online event's region)."""
    slugs = slugs_of(item, value.facet)
    return value.slug in slugs or wildcards.get(value.facet) in slugs


def matching(items: Iterable[FacetedT], value: FilterValue, wildcards: Mapping[str, str]) -> tuple[FacetedT, ...]:
    return tuple(item for item in items if matches(item, value, wildcards))


def filter_pages(
    values: Mapping[str, tuple[FilterValue, ...]],
    page_of: Callable[[str, str], str],
    render: Callable[[str, FilterValue], str],
) -> dict[str, str]:
    """`{source path: Markdown}` with a plain page per value of every facet, the links that work without JavaScript."""
    pages = {}
    for facet_values in values.values():
        for value in facet_values:
            page = page_of(value.facet, value.slug)
            pages[page] = render(page, value)
    return pages
