"""A static, accessible SVG map of municipalities with linked points, from GeoJSON boundaries.

Pure functions: GeoJSON text in, shapes out; shapes and points in, an SVG string out.
Coordinates are WGS84 (lon, lat); the map uses an equirectangular projection corrected
for the latitude of the map's centre, which is accurate enough at the scale of a province.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitegen.escape import xml_clean, xml_text

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]

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

METRES_PER_DEGREE = 111_320.0
# Edges repel spread points less than other points do: overlapping circles hide a partner, one crossing a border does not.
EDGE_WEIGHT = 3.0

_CSS_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")


@dataclass(frozen=True)
class Shape:
    """One municipality: polygons → rings → (lon, lat) points; the first ring of a polygon is its
    outline, further rings are holes. Rings are open: the closing point is not repeated."""

    code: str
    name: str
    polygons: tuple[Polygon, ...]


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


def load_shapes(geojson_text: str) -> tuple[Shape, ...]:
    """The municipalities of a GeoJSON FeatureCollection (properties `statcode`, `statnaam`), sorted by code."""
    collection = json.loads(geojson_text)
    shapes: dict[str, Shape] = {}
    for feature in collection["features"]:
        properties = feature["properties"]
        code = str(properties["statcode"])
        if code in shapes:
            raise ValueError(f"statcode {code} appears twice in the GeoJSON")
        shapes[code] = Shape(code=code, name=str(properties["statnaam"]), polygons=_polygons(feature["geometry"]))
    return tuple(shapes[code] for code in sorted(shapes))


def read_shapes(path: Path) -> tuple[Shape, ...]:
    return load_shapes(path.read_text(encoding="utf-8"))


def _polygons(geometry: Mapping[str, Any]) -> tuple[Polygon, ...]:
    kind = geometry["type"]
    coordinates = geometry["coordinates"]
    if kind == "Polygon":
        raw_polygons = [coordinates]
    elif kind == "MultiPolygon":
        raw_polygons = coordinates
    else:
        raise ValueError(f"unsupported geometry type {kind!r}: expected Polygon or MultiPolygon")
    polygons = tuple(tuple(_ring(raw_ring) for raw_ring in raw_polygon) for raw_polygon in raw_polygons)
    return tuple(polygon for polygon in polygons if polygon and len(polygon[0]) >= 3)


def _ring(raw_ring: Sequence[Sequence[float]]) -> Ring:
    points = tuple((float(position[0]), float(position[1])) for position in raw_ring)
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    return points


def contains(shape: Shape, lon: float, lat: float) -> bool:
    """Even-odd ray casting per polygon, so holes are respected; inside any polygon counts."""
    return any(_polygon_contains(polygon, lon, lat) for polygon in shape.polygons)


def _polygon_contains(polygon: Polygon, x: float, y: float) -> bool:
    inside = False
    for ring in polygon:
        previous_x, previous_y = ring[-1]
        for current_x, current_y in ring:
            if (current_y > y) != (previous_y > y):
                crossing_x = previous_x + (y - previous_y) * (current_x - previous_x) / (current_y - previous_y)
                if x < crossing_x:
                    inside = not inside
            previous_x, previous_y = current_x, current_y
    return inside


def edge_distance(shape: Shape, lon: float, lat: float) -> float:
    """Approximate distance in metres from (lon, lat) to the nearest edge of the shape (holes included)."""
    cos_lat = math.cos(math.radians(lat))
    return _edge_distance(_local_rings(shape, cos_lat), lon * cos_lat, lat) * METRES_PER_DEGREE


def _local_rings(shape: Shape, cos_lat: float) -> tuple[tuple[Point, ...], ...]:
    """All rings with longitude scaled by cos(lat), so distances are (nearly) true to scale."""
    return tuple(tuple((lon * cos_lat, lat) for lon, lat in ring) for polygon in shape.polygons for ring in polygon)


def _edge_distance(rings: tuple[tuple[Point, ...], ...], x: float, y: float) -> float:
    # The segment distance is written out here, not called: this loop runs for every grid point of every municipality.
    best = math.inf
    for ring in rings:
        ax, ay = ring[-1]
        for bx, by in ring:
            dx, dy = bx - ax, by - ay
            length_squared = dx * dx + dy * dy
            t = 0.0 if length_squared == 0.0 else ((x - ax) * dx + (y - ay) * dy) / length_squared
            t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
            px, py = ax + t * dx - x, ay + t * dy - y
            distance = px * px + py * py
            if distance < best:
                best = distance
            ax, ay = bx, by
    return math.sqrt(best)


def _bounds(shape: Shape) -> tuple[float, float, float, float]:
    lons = [lon for polygon in shape.polygons for lon, _ in polygon[0]]
    lats = [lat for polygon in shape.polygons for _, lat in polygon[0]]
    return min(lons), min(lats), max(lons), max(lats)


def _shape_cos_lat(shape: Shape) -> float:
    _, min_lat, _, max_lat = _bounds(shape)
    return math.cos(math.radians((min_lat + max_lat) / 2))


def _signed_distance(shape: Shape, rings: tuple[tuple[Point, ...], ...], cos_lat: float, x: float, y: float) -> float:
    """Distance to the nearest edge in local units, negative outside the shape."""
    distance = _edge_distance(rings, x, y)
    return distance if contains(shape, x / cos_lat, y) else -distance


def inner_point(shape: Shape) -> Point:
    """The pole of inaccessibility: the point inside the shape farthest from any edge (polylabel search)."""
    cos_lat = _shape_cos_lat(shape)
    rings = _local_rings(shape, cos_lat)
    min_lon, min_lat, max_lon, max_lat = _bounds(shape)
    min_x, max_x = min_lon * cos_lat, max_lon * cos_lat
    width, height = max_x - min_x, max_lat - min_lat
    cell_size = min(width, height)
    precision = max(width, height) / 2000

    def distance(x: float, y: float) -> float:
        return _signed_distance(shape, rings, cos_lat, x, y)

    best_x, best_y = _largest_polygon_centroid(shape, cos_lat)
    best_distance = distance(best_x, best_y)
    middle_distance = distance((min_x + max_x) / 2, (min_lat + max_lat) / 2)
    if middle_distance > best_distance:
        best_x, best_y, best_distance = (min_x + max_x) / 2, (min_lat + max_lat) / 2, middle_distance

    # Max-heap on the best distance a cell could still hold; the counter keeps ties in a fixed order.
    queue: list[tuple[float, int, float, float, float, float]] = []
    counter = 0
    half = cell_size / 2
    y = min_lat
    while y < max_lat:
        x = min_x
        while x < max_x:
            cell_distance = distance(x + half, y + half)
            heapq.heappush(queue, (-(cell_distance + half * math.sqrt(2)), counter, x + half, y + half, half, cell_distance))
            counter += 1
            x += cell_size
        y += cell_size

    while queue:
        negative_potential, _, x, y, half, cell_distance = heapq.heappop(queue)
        if -negative_potential - best_distance <= precision:
            break
        if cell_distance > best_distance:
            best_x, best_y, best_distance = x, y, cell_distance
        quarter = half / 2
        for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
            child_x, child_y = x + dx * quarter, y + dy * quarter
            child_distance = distance(child_x, child_y)
            heapq.heappush(
                queue, (-(child_distance + quarter * math.sqrt(2)), counter, child_x, child_y, quarter, child_distance)
            )
            counter += 1

    if best_distance <= 0:
        raise ValueError(f"no inner point found for {shape.code} ({shape.name}): is the shape degenerate?")
    return best_x / cos_lat, best_y


def _largest_polygon_centroid(shape: Shape, cos_lat: float) -> Point:
    """Area-weighted centroid (local units) of the outline of the shape's largest polygon."""
    best_area, best_centroid = -1.0, (0.0, 0.0)
    for polygon in shape.polygons:
        outline = [(lon * cos_lat, lat) for lon, lat in polygon[0]]
        twice_area, sum_x, sum_y = 0.0, 0.0, 0.0
        previous_x, previous_y = outline[-1]
        for current_x, current_y in outline:
            cross = previous_x * current_y - current_x * previous_y
            twice_area += cross
            sum_x += (previous_x + current_x) * cross
            sum_y += (previous_y + current_y) * cross
            previous_x, previous_y = current_x, current_y
        if twice_area == 0:
            continue
        if abs(twice_area) > best_area:
            best_area = abs(twice_area)
            best_centroid = (sum_x / (3 * twice_area), sum_y / (3 * twice_area))
    return best_centroid


@lru_cache(maxsize=1024)
def spread_points(shape: Shape, count: int) -> tuple[Point, ...]:
    """`count` distinct points inside the shape, spread out and away from its edges; the first is `inner_point`.

    Greedy farthest-point choice from a grid of inside candidates: each next point maximises
    min(distance to the points already chosen, EDGE_WEIGHT × distance to the edge)."""
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    if count == 0:
        return ()
    first = inner_point(shape)
    if count == 1:
        return (first,)
    cos_lat = _shape_cos_lat(shape)
    rings = _local_rings(shape, cos_lat)
    candidates = _grid_candidates(shape, rings, cos_lat, wanted=max(8 * count, 64))
    if len(candidates) < count - 1:
        raise ValueError(f"{shape.code} ({shape.name}) has no room for {count} distinct points")

    chosen_x, chosen_y = first[0] * cos_lat, first[1]
    scores = [min(math.hypot(x - chosen_x, y - chosen_y), EDGE_WEIGHT * edge) for x, y, edge in candidates]
    chosen: list[Point] = [first]
    while len(chosen) < count:
        best_index = max(range(len(candidates)), key=lambda index: (scores[index], -index))
        if scores[best_index] <= 0:
            raise ValueError(f"{shape.code} ({shape.name}) has no room for {count} distinct points")
        x, y, _ = candidates[best_index]
        chosen.append((x / cos_lat, y))
        scores = [min(score, math.hypot(cx - x, cy - y)) for score, (cx, cy, _) in zip(scores, candidates, strict=True)]
    return tuple(chosen)


def _grid_candidates(
    shape: Shape, rings: tuple[tuple[Point, ...], ...], cos_lat: float, wanted: int
) -> list[tuple[float, float, float]]:
    """Grid points inside the shape as (x, y, edge distance) in local units, refined until there are `wanted`."""
    min_lon, min_lat, max_lon, max_lat = _bounds(shape)
    min_x, max_x = min_lon * cos_lat, max_lon * cos_lat
    divisions = 24
    candidates: list[tuple[float, float, float]] = []
    while divisions <= 1536:
        step = max(max_x - min_x, max_lat - min_lat) / divisions
        candidates = []
        row = 0
        while min_lat + (row + 0.5) * step < max_lat:
            y = min_lat + (row + 0.5) * step
            column = 0
            while min_x + (column + 0.5) * step < max_x:
                x = min_x + (column + 0.5) * step
                if contains(shape, x / cos_lat, y):
                    edge = _edge_distance(rings, x, y)
                    if edge > 0:
                        candidates.append((x, y, edge))
                column += 1
            row += 1
        if len(candidates) >= wanted:
            break
        divisions *= 2
    return candidates


def fit_projection(shapes: Sequence[Shape], width: float = MAP_WIDTH, margin: float = MAP_MARGIN) -> Projection:
    """A projection that fits all shapes into `width` SVG units, with φ0 the middle latitude of the shapes."""
    if not shapes:
        raise ValueError("a map needs at least one shape")
    bounds = [_bounds(shape) for shape in shapes]
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
    for polygon in shape.polygons:
        for ring in polygon:
            coordinates: list[str] = []
            for lon, lat in ring:
                x, y = project(projection, lon, lat)
                pair = f"{_number(x)} {_number(y)}"
                # Rounding can merge neighbouring points; repeating them only adds bytes.
                if not coordinates or coordinates[-1] != pair:
                    coordinates.append(pair)
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
