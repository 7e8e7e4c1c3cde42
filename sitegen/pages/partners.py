"""The partner listing: /partners/ by kind and subregion, and a plain filter page per kind, subregion and offer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sitegen import urls
from sitegen.model.partner import Partner
from sitegen.model.references import Municipality, Offer, PartnerKind, Region
from sitegen.model.site import Site
from sitegen.pages.filters import FacetSlugs, FilterValue, filter_pages, in_order, matching
from sitegen.pages.render import render_page

# No partner stands for every value of a facet (unlike an online event in the agenda).
WILDCARDS: Mapping[str, str] = {}


@dataclass(frozen=True)
class Item:
    """A partner as the listing shows it; `facets` are the (facet, slugs) pairs the script filters on."""

    partner: Partner
    municipality: Municipality
    region: Region
    offers: tuple[Offer, ...]
    facets: FacetSlugs


@dataclass(frozen=True)
class RegionGroup:
    region: Region
    items: tuple[Item, ...]


@dataclass(frozen=True)
class KindGroup:
    kind: PartnerKind
    regions: tuple[RegionGroup, ...]


def partner_pages(site: Site) -> dict[str, str]:
    """`{source path: Markdown}` for /partners/ and each filter value."""
    items = listed(site)
    filters = filter_values(site)
    pages = {urls.PARTNERS: render_page("partners.md.j2", urls.PARTNERS, site=site, groups=grouped(site, items), filters=filters)}
    pages.update(
        filter_pages(
            filters,
            urls.partner_filter,
            lambda page, value: render_page(
                "partners_filter.md.j2", page, site=site, value=value, groups=grouped(site, matching(items, value, WILDCARDS))
            ),
        )
    )
    return pages


def listed(site: Site) -> tuple[Item, ...]:
    """Every partner, alphabetical (the order of `site.partners`)."""
    return tuple(_item(site, partner) for partner in site.partners)


def grouped(site: Site, items: Iterable[Item]) -> tuple[KindGroup, ...]:
    """Items by kind, then subregion, in the order of the reference lists; groups without items are left out."""
    items = tuple(items)
    refs = site.references
    groups = (
        KindGroup(kind, tuple(RegionGroup(region, members) for region in refs.regions if (members := _in(items, kind, region))))
        for kind in refs.partner_kinds
    )
    return tuple(group for group in groups if group.regions)


def filter_values(site: Site) -> Mapping[str, tuple[FilterValue, ...]]:
    """Every value of every facet in `urls.PARTNER_FILTER_FACETS`, in the order of the reference lists."""
    refs = site.references
    values = {
        "soort": tuple(FilterValue("soort", kind.slug, kind.name) for kind in refs.partner_kinds),
        "regio": tuple(FilterValue("regio", region.slug, region.name) for region in refs.regions),
        "aanbod": tuple(FilterValue("aanbod", offer.slug, offer.name) for offer in refs.offers),
    }
    return dict(in_order(urls.PARTNER_FILTER_FACETS, values))


def _in(items: tuple[Item, ...], kind: PartnerKind, region: Region) -> tuple[Item, ...]:
    return tuple(item for item in items if item.partner.kind == kind.slug and item.region.slug == region.slug)


def _item(site: Site, partner: Partner) -> Item:
    refs = site.references
    region = site.region_of_partner(partner)
    offers = tuple(offer for offer in refs.offers if offer.slug in partner.offers)
    facets = {"soort": (partner.kind,), "regio": (region.slug,), "aanbod": tuple(offer.slug for offer in offers)}
    return Item(partner, refs.municipality_by_slug[partner.municipality], region, offers, in_order(urls.PARTNER_FILTER_FACETS, facets))
