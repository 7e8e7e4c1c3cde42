"""The partner map: every partner as a linked point inside its municipality, on the boundaries the loader read
from data/ (`References.shapes`; every municipality in data/regions.yml has one)."""

from __future__ import annotations

import posixpath
from collections import defaultdict

from sitegen import urls
from sitegen.geo.geometry import spread_points
from sitegen.geo.map_svg import MapPoint, render_map
from sitegen.model.partner import Partner
from sitegen.model.site import Site


def partner_map_svg(site: Site, page: str, title: str, description: str) -> str:
    """The SVG for `page`; links are relative to it. Partners sharing a municipality get distinct points."""
    settings = site.references.settings
    by_code = site.references.shape_by_code
    members: dict[str, list[Partner]] = defaultdict(list)
    for partner in site.partners:
        members[site.references.municipality_by_slug[partner.municipality].code].append(partner)
    points = []
    for code, partners in sorted(members.items()):
        spots = spread_points(by_code[code], len(partners))
        for partner, (lon, lat) in zip(partners, spots, strict=True):
            href = posixpath.relpath(urls.page_url(urls.partner_page(partner.slug)), urls.page_url(page)) + "/"
            municipality = site.references.municipality_by_slug[partner.municipality].name
            points.append(MapPoint(f"{partner.name} ({municipality})", href, lon, lat, partner.kind))
    region_of = {m.code: region.slug for region in site.references.regions for m in region.municipalities}
    return render_map(site.references.shapes, points, title, description, settings.map.attribution, region_of)
