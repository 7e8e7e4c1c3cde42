"""The partner map: every partner inside its municipality, on the boundaries the loader read from data/
(`References.shapes`; every municipality in data/regions.yml has one), laid out for a phone.

Partners that would lie closer together than a finger can choose between share one target with their number
(`geo.map_svg.cluster_spots`). Every target links to a card in the list under the map (`#partner-<slug>` for one
partner, `#plaats-<municipality>` for several), which the page shows over the map (CSS `:target`), without JavaScript.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sitegen.geo.geometry import spread_points
from sitegen.geo.map_svg import POINT_FILL, MapPoint, MapSpot, cluster_spots, region_fills, render_map
from sitegen.geo.shapes import Shape
from sitegen.model.partner import Partner
from sitegen.model.references import Municipality, Region
from sitegen.model.site import Site


@dataclass(frozen=True)
class MapCard:
    """One target on the map and its card under it: `anchor` is the card's id, `target` the id of the target."""

    anchor: str
    target: str
    partners: tuple[Partner, ...]
    municipalities: tuple[Municipality, ...]
    regions: tuple[Region, ...]


@dataclass(frozen=True)
class LegendEntry:
    """A subregion and its colour on the map."""

    region: Region
    fill: str


@dataclass(frozen=True)
class PartnerMap:
    """What the page shows: the SVG, the legend of its subregions and the cards under it."""

    svg: str
    legend: tuple[LegendEntry, ...]
    cards: tuple[MapCard, ...]
    point_fill: str = POINT_FILL


def partner_map(site: Site, title: str, description: str) -> PartnerMap:
    """The SVG, its legend and one card per target, in the order of the cards' first municipality and partner."""
    refs = site.references
    by_code = refs.shape_by_code
    municipality_of = {m.code: m for region in refs.regions for m in region.municipalities}
    region_of_code = {m.code: region for region in refs.regions for m in region.municipalities}
    members: dict[str, list[Partner]] = defaultdict(list)
    for partner in site.partners:
        members[refs.municipality_by_slug[partner.municipality].code].append(partner)
    spots = []
    for code, partners in sorted(members.items()):
        for partner, (lon, lat) in zip(partners, spread_points(by_code[code], len(partners)), strict=True):
            spots.append(MapSpot(partner.slug, code, lon, lat))
    partner_by_slug = site.partner_by_slug

    cards: list[MapCard] = []
    points: list[MapPoint] = []
    taken: dict[str, int] = defaultdict(int)
    clusters = sorted(
        cluster_spots(refs.shapes, spots),
        key=lambda c: (municipality_of[c.code].name.casefold(), [partner_by_slug[key].name.casefold() for key in c.keys]),
    )
    for group in clusters:
        partners = tuple(sorted((partner_by_slug[key] for key in group.keys), key=lambda p: (p.name.casefold(), p.slug)))
        codes = sorted({refs.municipality_by_slug[p.municipality].code for p in partners}, key=lambda c: c != group.code)
        municipalities = tuple(municipality_of[code] for code in codes)
        regions = tuple(dict.fromkeys(region_of_code[code] for code in codes))
        if len(partners) == 1:
            partner = partners[0]
            anchor = f"partner-{partner.slug}"
            kind = refs.partner_kind_by_slug[partner.kind].name.lower()
            label = f"{partner.name} ({kind}), {municipalities[0].name}, subregio {regions[0].name}"
        else:
            taken[group.code] += 1
            number = taken[group.code]
            anchor = f"plaats-{municipality_of[group.code].slug}" + (f"-{number}" if number > 1 else "")
            subregions = "subregio's" if len(regions) > 1 else "subregio"
            label = (
                f"{len(partners)} partners in {_and([m.name for m in municipalities])},"
                f" {subregions} {_and([r.name for r in regions])}"
            )
        cards.append(MapCard(anchor, f"kaart-{anchor}", partners, municipalities, regions))
        group_key = partners[0].kind if len(partners) == 1 else "cluster"
        points.append(
            MapPoint(label, f"#{anchor}", group.lon, group.lat, group_key, len(partners), group.code, f"kaart-{anchor}")
        )

    region_of = {code: region.slug for code, region in region_of_code.items()}
    names = sorted(members, key=lambda code: (-len(members[code]), municipality_of[code].name))
    spare_names = sorted((code for code in by_code if code not in members), key=lambda code: -_area(by_code[code]))
    svg = render_map(
        refs.shapes, points, title, description, refs.settings.map.attribution, region_of,
        names=names, spare_names=spare_names,
    )
    fills = region_fills(list(region_of.values()))
    legend = tuple(LegendEntry(region, fills[region.slug]) for region in refs.regions)
    return PartnerMap(svg, legend, tuple(cards))


def _and(items: list[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _area(shape: Shape) -> float:
    return float(shape.geometry.area)
