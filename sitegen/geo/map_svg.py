"""A static, accessible SVG map of municipalities with linked targets and place names: the projection and the drawing.

Pure functions: shapes (`geo/shapes.py`) and points in, an SVG string out. Coordinates are WGS84 (lon, lat); the
map uses an equirectangular projection corrected for the latitude of the map's centre, which is accurate enough at
the scale of a province. Where the points go inside a municipality is decided in `geo/geometry.py`; which points
share a target and where the names go, in `geo/layout.py`.

The map is laid out for a phone: it is drawn PHONE_MAP_WIDTH CSS pixels wide or wider (the site's CSS keeps it so),
and every size below that ends in _PX is in CSS pixels at that width. On a wider screen everything grows with it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import shapely

from sitegen.escape import xml_clean, xml_text
from sitegen.geo import layout
from sitegen.geo.geometry import METRES_PER_DEGREE, inner_point, polygons, without_slivers
from sitegen.geo.shapes import Shape

Point = tuple[float, float]

MAP_WIDTH = 800.0
MAP_MARGIN = 12.0
# The narrowest the map is drawn: the content column of a phone 390 CSS px wide (Material's margins are 0.8rem =
# 16 px either side). docs/assets/infrabindt.css never lets it render smaller on a wider screen.
PHONE_MAP_WIDTH = 358.0
# A target is a circle 25 px across (WCAG 2.2, 2.5.8: at least 24, and a pixel for rounding), and no two targets'
# centres come closer than TARGET_SPACING_PX, so their circles never overlap; closer ones are one target with a count.
TARGET_RADIUS_PX = 12.5
TARGET_SPACING_PX = 26.0
DOT_RADIUS_PX = 7.0
COUNT_FONT_PX = 13.0
LABEL_FONT_PX = 12.5
LABEL_HALO_PX = 3.0
LABEL_GAP_PX = 3.0
ATTRIBUTION_FONT_PX = 11.0
# A strip of a municipality narrower than two pixels is drawn as a line, not an area; one that reaches further out
# from the rest than SLIVER_REACH_PX is left out (`geometry.without_slivers`).
SLIVER_WIDTH_PX = 2.0
SLIVER_REACH_PX = 12.0
# A generous average glyph width for sans-serif text, in em, so wrapped lines never run off the map.
ATTRIBUTION_CHAR_EM = 0.56

AREA_FILL = "#e8eef2"
AREA_STROKE = "#5b7083"
REGION_STROKE = "#1b1f23"
# Light tints, one per subregion, that keep at least 4.5:1 contrast with POINT_FILL and LABEL_FILL.
REGION_FILLS = ("#dde9f3", "#dcecd7", "#f4e6cf", "#e9e0f3", "#d4eeee")
POINT_FILL = "#a3420f"
POINT_FILL_ACTIVE = "#6e2c08"
POINT_STROKE = "#ffffff"
FOCUS_STROKE = "#1b1f23"
LABEL_FILL = "#1b1f23"
COUNT_FILL = "#ffffff"
TEXT_FILL = "#3d4a57"
BACKGROUND_FILL = "#ffffff"
FONT_FAMILY = "system-ui, sans-serif"

_CSS_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")


@dataclass(frozen=True)
class MapPoint:
    """A linked target on the map: one thing, or `count` things drawn as one target with their number.

    `group` is a css-safe key (such as a partner kind), used as a class; `code` the municipality the target is drawn
    in, whose name is placed next to it; `anchor`, when given, the target's id (for a link back to it)."""

    label: str
    href: str
    lon: float
    lat: float
    group: str
    count: int = 1
    code: str | None = None
    anchor: str | None = None


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


def units_per_px(projection: Projection) -> float:
    """SVG units in one CSS pixel when the map is drawn PHONE_MAP_WIDTH pixels wide."""
    return projection.width / PHONE_MAP_WIDTH


@dataclass(frozen=True)
class MapSpot:
    """Something to show at (lon, lat) in the municipality `code`; `key` names it uniquely."""

    key: str
    code: str
    lon: float
    lat: float


@dataclass(frozen=True)
class MapCluster:
    """One target for the spots `keys`, at (lon, lat) in the municipality `code`: the spot itself when it is one,
    else the inner point of the municipality most of them are in."""

    keys: tuple[str, ...]
    code: str
    lon: float
    lat: float


def cluster_spots(shapes: Sequence[Shape], spots: Sequence[MapSpot]) -> tuple[MapCluster, ...]:
    """The spots as targets that stay TARGET_SPACING_PX apart at the phone width (`layout.cluster`), on the map of
    `shapes` (the same shapes `render_map` draws)."""
    projection = fit_projection(shapes)
    by_code = {shape.code: shape for shape in shapes}
    by_key = {spot.key: spot for spot in spots}
    unknown = sorted({spot.code for spot in spots} - by_code.keys())
    if unknown:
        raise ValueError(f"no shape for {', '.join(unknown)}")
    home = {code: project(projection, *inner_point(by_code[code])) for code in sorted({spot.code for spot in spots})}
    clusters = layout.cluster(
        [layout.Spot(spot.key, spot.code, *project(projection, spot.lon, spot.lat)) for spot in spots],
        home,
        TARGET_SPACING_PX * units_per_px(projection),
    )
    return tuple(
        MapCluster(c.keys, c.code, by_key[c.keys[0]].lon, by_key[c.keys[0]].lat)
        if len(c.keys) == 1
        else MapCluster(c.keys, c.code, *inner_point(by_code[c.code]))
        for c in clusters
    )


def region_fills(region_slugs: Sequence[str]) -> dict[str, str]:
    """The fill of each subregion on the map, for a legend: REGION_FILLS in the order of the sorted slugs."""
    return {slug: REGION_FILLS[index % len(REGION_FILLS)] for index, slug in enumerate(sorted(set(region_slugs)))}


def render_map(
    shapes: Sequence[Shape],
    points: Sequence[MapPoint],
    title: str,
    description: str,
    attribution: str,
    region_of: Mapping[str, str] | None = None,
    *,
    names: Sequence[str] = (),
    spare_names: Sequence[str] = (),
    id_prefix: str = "municipality-map",
) -> str:
    """A standalone, inline-able SVG: municipalities as paths, points as links, place names, attribution as text.

    `region_of` maps a municipality code to a css-safe region slug, used as a class and for its fill; each
    subregion also gets a darker outline. `names` are the codes of the municipalities to name, most important first:
    each name goes next to the municipality's largest target, or on its inner point, and is left out only when
    there is no free spot. `spare_names` are named only where the name fits entirely inside the municipality.
    `id_prefix` is the root class and the prefix of the ids, so two maps can share a page."""
    if not _ID.match(id_prefix):
        raise ValueError(f"id_prefix {id_prefix!r} is not a valid id")
    if not attribution.strip():
        raise ValueError("the map data's licence (CC BY) requires a visible attribution")
    projection = fit_projection(shapes)
    unit = units_per_px(projection)
    by_code = {shape.code: shape for shape in shapes}
    regions = dict(region_of or {})
    for slug in regions.values():
        _require_css_key(slug, "region")
    for point in points:
        _require_css_key(point.group, "group")
        _require_safe_href(point.href)
        if point.count < 1:
            raise ValueError(f"a target stands for at least one thing, not {point.count}")
        if point.anchor is not None and not _ID.match(point.anchor):
            raise ValueError(f"anchor {point.anchor!r} is not a valid id")
    unknown = sorted({*names, *spare_names, *(p.code for p in points if p.code)} - by_code.keys())
    if unknown:
        raise ValueError(f"no shape for {', '.join(unknown)}")

    attribution_font = ATTRIBUTION_FONT_PX * unit
    line_height = 1.3 * attribution_font
    usable = projection.width - 2 * projection.margin
    attribution_lines = _wrap(xml_clean(attribution), int(usable / (ATTRIBUTION_CHAR_EM * attribution_font)))
    height = projection.map_height + len(attribution_lines) * line_height + projection.margin
    title_id, desc_id = f"{id_prefix}-title", f"{id_prefix}-desc"
    drawn = {shape.code: _drawn(shape, projection) for shape in shapes}

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_number(projection.width)} {_number(height)}"'
        f' class="{id_prefix}" role="group" aria-labelledby="{title_id}" aria-describedby="{desc_id}">',
        f'<title id="{title_id}">{xml_text(title)}</title>',
        f'<desc id="{desc_id}">{xml_text(description)}</desc>',
        f"<style>{_stylesheet(id_prefix, regions.values(), unit)}</style>",
        f'<rect width="{_number(projection.width)}" height="{_number(height)}" fill="{BACKGROUND_FILL}"/>',
        f'<g class="areas" fill="{AREA_FILL}" stroke="{AREA_STROKE}" stroke-width="{_number(0.6 * unit)}"'
        ' stroke-linejoin="round">',
    ]
    for shape in sorted(shapes, key=lambda shape: shape.code):
        region = regions.get(shape.code)
        classes = f"area region-{region}" if region else "area"
        parts.append(
            f'<path class="{classes}" data-code="{xml_text(shape.code)}" fill-rule="evenodd"'
            f' d="{_path_data(drawn[shape.code], projection)}"><title>{xml_text(shape.name)}</title></path>'
        )
    parts.append("</g>")
    if regions:
        parts.append(
            f'<g class="region-edges" fill="none" stroke="{REGION_STROKE}" stroke-width="{_number(1.25 * unit)}"'
            ' stroke-linejoin="round" aria-hidden="true">'
        )
        for slug in sorted(set(regions.values())):
            members = [drawn[code] for code in sorted(regions) if regions[code] == slug and code in drawn]
            if members:
                parts.append(f'<path data-region="{slug}" d="{_path_data(shapely.union_all(members), projection)}"/>')
        parts.append("</g>")

    ordered = sorted(points, key=lambda point: (point.label.casefold(), point.label, point.href, point.lon, point.lat))
    centres = [project(projection, point.lon, point.lat) for point in ordered]
    radius = TARGET_RADIUS_PX * unit
    labels = _labels(by_code, drawn, projection, ordered, centres, names, spare_names)
    if labels:
        parts.append(
            f'<g class="labels" aria-hidden="true" font-family="{FONT_FAMILY}" font-size="{_number(LABEL_FONT_PX * unit)}"'
            f' font-weight="700" fill="{LABEL_FILL}" stroke="{BACKGROUND_FILL}" stroke-width="{_number(LABEL_HALO_PX * unit)}"'
            ' stroke-linejoin="round" paint-order="stroke" text-anchor="middle">'
        )
        for label in labels:
            # The box is centred on the text; its baseline lies 0.35 em below the middle of the letters.
            baseline = label.box.y + 0.35 * LABEL_FONT_PX * unit
            parts.append(
                f'<text data-code="{xml_text(label.code)}" x="{_number(label.box.x)}" y="{_number(baseline)}">'
                f"{xml_text(label.text)}</text>"
            )
        parts.append("</g>")

    parts.append(f'<g class="points" fill="{POINT_FILL}" stroke="{POINT_STROKE}" stroke-width="{_number(2 * unit)}">')
    for point, (x, y) in zip(ordered, centres, strict=True):
        identifier = f' id="{point.anchor}"' if point.anchor else ""
        kind = "cluster" if point.count > 1 else "single"
        opening = (
            f'<a href="{xml_text(point.href)}"{identifier} aria-label="{xml_text(point.label)}"'
            f' class="point-link {kind} group-{point.group}" data-count="{point.count}"><title>{xml_text(point.label)}</title>'
        )
        if point.count == 1:
            parts.append(
                opening
                + f'<circle class="hit" cx="{_number(x)}" cy="{_number(y)}" r="{_number(radius)}" fill-opacity="0" stroke="none"/>'
                f'<circle class="point" cx="{_number(x)}" cy="{_number(y)}" r="{_number(DOT_RADIUS_PX * unit)}"/></a>'
            )
        else:
            count = str(point.count)
            font = COUNT_FONT_PX * unit * min(1.0, 2 / len(count))
            parts.append(
                opening
                + f'<circle class="point" cx="{_number(x)}" cy="{_number(y)}" r="{_number(radius)}"/>'
                f'<text class="count" x="{_number(x)}" y="{_number(y + 0.36 * font)}" font-size="{_number(font)}"'
                f' aria-hidden="true">{count}</text></a>'
            )
    parts.append("</g>")
    spans = "".join(
        f'<tspan x="{_number(projection.margin)}"'
        f' y="{_number(projection.map_height + (index + 1) * line_height - 0.3 * attribution_font)}">{xml_text(line)}</tspan>'
        for index, line in enumerate(attribution_lines)
    )
    parts.append(
        f'<text class="attribution" fill="{TEXT_FILL}" font-family="{FONT_FAMILY}"'
        f' font-size="{_number(attribution_font)}">{spans}</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _labels(
    by_code: Mapping[str, Shape],
    drawn: Mapping[str, shapely.MultiPolygon],
    projection: Projection,
    points: Sequence[MapPoint],
    centres: Sequence[Point],
    names: Sequence[str],
    spare_names: Sequence[str],
) -> tuple[layout.Label, ...]:
    unit = units_per_px(projection)
    radius = TARGET_RADIUS_PX * unit
    anchors: dict[str, list[layout.Target]] = {}
    # A municipality's name goes next to one of its targets: the one for the most things first, then as drawn.
    for point, (x, y) in sorted(zip(points, centres, strict=True), key=lambda pair: -pair[0].count):
        if point.code is not None:
            anchors.setdefault(point.code, []).append(layout.Target(x, y, radius, point.code))

    def place(code: str) -> layout.Place:
        return layout.Place(code, by_code[code].name, _projected(drawn[code], projection), project(projection, *inner_point(by_code[code])))

    named = list(dict.fromkeys(names))
    spare = [code for code in dict.fromkeys(spare_names) if code not in named]
    return layout.place_labels(
        [place(code) for code in named],
        [place(code) for code in spare],
        [layout.Target(x, y, radius, point.code) for point, (x, y) in zip(points, centres, strict=True)],
        anchors,
        layout.Box(projection.width / 2, projection.map_height / 2, projection.width, projection.map_height),
        LABEL_FONT_PX * unit,
        LABEL_GAP_PX * unit,
    )


def _drawn(shape: Shape, projection: Projection) -> shapely.MultiPolygon:
    """The shape without the strips too thin to draw at the phone width (`geometry.without_slivers`)."""
    metres_per_px = METRES_PER_DEGREE / projection.scale * units_per_px(projection)
    return without_slivers(shape, SLIVER_WIDTH_PX * metres_per_px, SLIVER_REACH_PX * metres_per_px)


def _projected(area: shapely.Geometry, projection: Projection) -> shapely.Geometry:
    """`area` (WGS84) in SVG units."""
    return shapely.transform(
        area,
        lambda c: (c * [projection.cos_lat0, -1] + [-projection.min_x, projection.max_lat]) * projection.scale
        + projection.margin,
    )


def _stylesheet(root: str, region_slugs: Sequence[str], unit: float) -> str:
    rules = [f".{root} .region-{slug}{{fill:{fill}}}" for slug, fill in region_fills(list(region_slugs)).items()]
    rules.append(f".{root} .labels text{{paint-order:stroke}}")
    # The page underlines links in text (WCAG 1.4.1); on the map a target is no text, so not its count either.
    rules.append(f".{root} a.point-link{{text-decoration:none}}")
    rules.append(
        f".{root} .count{{fill:{COUNT_FILL};stroke:none;font-family:{FONT_FAMILY};font-weight:700;text-anchor:middle}}"
    )
    rules.append(
        f".{root} .point-link:hover .point,.{root} .point-link:focus .point"
        f"{{fill:{POINT_FILL_ACTIVE};stroke:{FOCUS_STROKE};stroke-width:{_number(3 * unit)}}}"
    )
    rules.append(f".{root} .point-link:focus{{outline:3px solid {FOCUS_STROKE};outline-offset:1px}}")
    return "".join(rules)


def _path_data(area: shapely.Geometry, projection: Projection) -> str:
    """SVG path data for a (multi)polygon in WGS84."""
    commands: list[str] = []
    for polygon in polygons(area):
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
