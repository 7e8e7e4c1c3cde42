"""A static, accessible SVG map of municipalities with linked points: the projection and the drawing.

Pure functions: shapes (`geo/shapes.py`) and points in, an SVG string out. Coordinates are WGS84 (lon, lat); the
map uses an equirectangular projection corrected for the latitude of the map's centre, which is accurate enough at
the scale of a province. Where the points go inside a municipality is decided in `geo/geometry.py`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sitegen.escape import xml_clean, xml_text
from sitegen.geo.shapes import Shape

Point = tuple[float, float]

MAP_WIDTH = 800.0
MAP_MARGIN = 12.0
POINT_RADIUS = 5.0
# An invisible, larger circle around each point, so the link is easier to hit (WCAG 2.5.8 target size).
HIT_RADIUS = 12.0
ATTRIBUTION_FONT_SIZE = 16.0
ATTRIBUTION_LINE_HEIGHT = 21.0
# A generous average glyph width for sans-serif text, so wrapped lines never run off the map.
ATTRIBUTION_CHAR_WIDTH = 0.56 * ATTRIBUTION_FONT_SIZE

AREA_FILL = "#e8eef2"
AREA_STROKE = "#5b7083"
# Light tints that keep at least 5:1 contrast with POINT_FILL and 4:1 with AREA_STROKE.
REGION_FILLS = ("#e8eef2", "#e6efe4", "#f3ece0", "#ece8f3", "#e1f0f0")
POINT_FILL = "#a3420f"
POINT_FILL_ACTIVE = "#6e2c08"
FOCUS_STROKE = "#1b1f23"
TEXT_FILL = "#3d4a57"
BACKGROUND_FILL = "#ffffff"

_CSS_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")


@dataclass(frozen=True)
class MapPoint:
    """A linked point on the map; `group` is a css-safe key (such as a partner kind), used as a class."""

    label: str
    href: str
    lon: float
    lat: float
    group: str


@dataclass(frozen=True)
class Projection:
    """Where (lon, lat) lands in the SVG: x = (lon·cos φ0 − min_x)·scale + margin, y = (max_lat − lat)·scale + margin."""

    cos_lat0: float
    min_x: float
    max_lat: float
    scale: float
    margin: float
    width: float
    map_height: float


def fit_projection(shapes: Sequence[Shape], width: float = MAP_WIDTH, margin: float = MAP_MARGIN) -> Projection:
    """A projection that fits all shapes into `width` SVG units, with φ0 the middle latitude of the shapes."""
    if not shapes:
        raise ValueError("a map needs at least one shape")
    bounds = [shape.geometry.bounds for shape in shapes]
    min_lon, min_lat = min(b[0] for b in bounds), min(b[1] for b in bounds)
    max_lon, max_lat = max(b[2] for b in bounds), max(b[3] for b in bounds)
    cos_lat0 = math.cos(math.radians((min_lat + max_lat) / 2))
    scale = (width - 2 * margin) / ((max_lon - min_lon) * cos_lat0)
    return Projection(
        cos_lat0=cos_lat0,
        min_x=min_lon * cos_lat0,
        max_lat=max_lat,
        scale=scale,
        margin=margin,
        width=width,
        map_height=(max_lat - min_lat) * scale + 2 * margin,
    )


def project(projection: Projection, lon: float, lat: float) -> Point:
    return (
        (lon * projection.cos_lat0 - projection.min_x) * projection.scale + projection.margin,
        (projection.max_lat - lat) * projection.scale + projection.margin,
    )


def unproject(projection: Projection, x: float, y: float) -> Point:
    return (
        ((x - projection.margin) / projection.scale + projection.min_x) / projection.cos_lat0,
        projection.max_lat - (y - projection.margin) / projection.scale,
    )


def render_map(
    shapes: Sequence[Shape],
    points: Sequence[MapPoint],
    title: str,
    description: str,
    attribution: str,
    region_of: Mapping[str, str] | None = None,
    *,
    id_prefix: str = "municipality-map",
) -> str:
    """A standalone, inline-able SVG: municipalities as paths, points as links, attribution as visible text.

    `region_of` maps a municipality code to a css-safe region slug, used as a class and for its fill.
    `id_prefix` is the root class and the prefix of the ids, so two maps can share a page."""
    if not _ID.match(id_prefix):
        raise ValueError(f"id_prefix {id_prefix!r} is not a valid id")
    if not attribution.strip():
        raise ValueError("the map data's licence (CC BY) requires a visible attribution")
    projection = fit_projection(shapes)
    regions = dict(region_of or {})
    for slug in regions.values():
        _require_css_key(slug, "region")
    for point in points:
        _require_css_key(point.group, "group")
        _require_safe_href(point.href)

    attribution_lines = _wrap(xml_clean(attribution), int((projection.width - 2 * projection.margin) / ATTRIBUTION_CHAR_WIDTH))
    height = projection.map_height + len(attribution_lines) * ATTRIBUTION_LINE_HEIGHT + projection.margin
    title_id, desc_id = f"{id_prefix}-title", f"{id_prefix}-desc"

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_number(projection.width)} {_number(height)}"'
        f' class="{id_prefix}" role="group" aria-labelledby="{title_id}" aria-describedby="{desc_id}">',
        f'<title id="{title_id}">{xml_text(title)}</title>',
        f'<desc id="{desc_id}">{xml_text(description)}</desc>',
        f"<style>{_stylesheet(id_prefix, sorted(set(regions.values())))}</style>",
        f'<rect width="{_number(projection.width)}" height="{_number(height)}" fill="{BACKGROUND_FILL}"/>',
        f'<g class="areas" fill="{AREA_FILL}" stroke="{AREA_STROKE}" stroke-width="1" stroke-linejoin="round">',
    ]
    for shape in sorted(shapes, key=lambda shape: shape.code):
        region = regions.get(shape.code)
        classes = f"area region-{region}" if region else "area"
        parts.append(
            f'<path class="{classes}" data-code="{xml_text(shape.code)}" fill-rule="evenodd"'
            f' d="{_path_data(shape, projection)}"><title>{xml_text(shape.name)}</title></path>'
        )
    parts.append("</g>")
    parts.append(f'<g class="points" fill="{POINT_FILL}" stroke="#ffffff" stroke-width="1.5">')
    for point in sorted(points, key=lambda point: (point.label.casefold(), point.label, point.href, point.lon, point.lat)):
        x, y = project(projection, point.lon, point.lat)
        parts.append(
            f'<a href="{xml_text(point.href)}" aria-label="{xml_text(point.label)}" class="point-link group-{point.group}">'
            f"<title>{xml_text(point.label)}</title>"
            f'<circle class="hit" cx="{_number(x)}" cy="{_number(y)}" r="{_number(HIT_RADIUS)}" fill-opacity="0" stroke="none"/>'
            f'<circle class="point" cx="{_number(x)}" cy="{_number(y)}" r="{_number(POINT_RADIUS)}"/></a>'
        )
    parts.append("</g>")
    spans = "".join(
        f'<tspan x="{_number(projection.margin)}"'
        f' y="{_number(projection.map_height + (index + 1) * ATTRIBUTION_LINE_HEIGHT - 4)}">{xml_text(line)}</tspan>'
        for index, line in enumerate(attribution_lines)
    )
    parts.append(
        f'<text class="attribution" fill="{TEXT_FILL}" font-family="system-ui, sans-serif"'
        f' font-size="{_number(ATTRIBUTION_FONT_SIZE)}">{spans}</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _stylesheet(root: str, region_slugs: Sequence[str]) -> str:
    rules = [
        f".{root} .region-{slug}{{fill:{REGION_FILLS[index % len(REGION_FILLS)]}}}" for index, slug in enumerate(region_slugs)
    ]
    rules.append(
        f".{root} .point-link:hover .point,.{root} .point-link:focus .point"
        f"{{fill:{POINT_FILL_ACTIVE};stroke:{FOCUS_STROKE};stroke-width:3}}"
    )
    rules.append(f".{root} .point-link:focus{{outline:2px solid {FOCUS_STROKE};outline-offset:2px}}")
    return "".join(rules)


def _path_data(shape: Shape, projection: Projection) -> str:
    commands: list[str] = []
    for polygon in shape.geometry.geoms:
        for ring in (polygon.exterior, *polygon.interiors):
            coordinates: list[str] = []
            for lon, lat in ring.coords:
                x, y = project(projection, lon, lat)
                pair = f"{_number(x)} {_number(y)}"
                # Rounding can merge neighbouring points; repeating them only adds bytes.
                if not coordinates or coordinates[-1] != pair:
                    coordinates.append(pair)
            # GeoJSON and shapely repeat the first point to close a ring; Z closes the path.
            if len(coordinates) > 1 and coordinates[0] == coordinates[-1]:
                coordinates.pop()
            if len(coordinates) >= 3:
                commands.append("M" + coordinates[0] + "L" + " ".join(coordinates[1:]) + "Z")
    return "".join(commands)


def _number(value: float) -> str:
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def _wrap(text: str, width: int) -> list[str]:
    """As few lines of at most `width` characters as greedy wrapping needs, made about equally long."""
    line_count = len(_greedy_wrap(text, width))
    balanced = math.ceil(len(text) / max(line_count, 1))
    while len(_greedy_wrap(text, balanced)) > line_count:
        balanced += 1
    return _greedy_wrap(text, balanced)


def _greedy_wrap(text: str, width: int) -> list[str]:
    """Word wrap at `width` characters; a single longer word gets a line of its own."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _require_css_key(value: str, what: str) -> None:
    if not _CSS_KEY.match(value):
        raise ValueError(f"{what} {value!r} is not css-safe: use lowercase letters, digits and single hyphens")


def _require_safe_href(href: str) -> None:
    scheme = re.sub(r"[\x00-\x20]", "", href).lower()
    if scheme.startswith(_SCRIPT_SCHEMES):
        raise ValueError(f"href {href!r} would run a script or embed data; use a page link")
