"""Geometry of one municipality, on shapely: is a point inside, how far is it from the border, which point lies
deepest inside, how to spread several points inside it, and what of it is too thin to draw.

Distances are measured on a flat local map in metres, x = lon · cos φ0 · M and y = lat · M, with φ0 the middle
latitude of the municipality and M the metres in a degree of latitude. Across one municipality that is true to scale
to well within a percent. Points go in and come out as WGS84 (lon, lat).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely
from shapely import MultiPolygon
from shapely.ops import polylabel

from sitegen.geo.shapes import Shape

Point = tuple[float, float]

METRES_PER_DEGREE = 111_320.0
# inner_point finds the point farthest from the border to within this many metres.
INNER_POINT_TOLERANCE = 1.0
# Edges repel spread points less than other points do: overlapping circles hide a partner, one crossing a border does not.
EDGE_WEIGHT = 3.0
# spread_points picks from a grid of at least this many candidates inside the municipality, per point wanted ...
CANDIDATES_PER_POINT = 16
# ... and at least this many in all; the grid is refined (for a thin municipality) up to this many points in its box.
MIN_CANDIDATES = 256
MAX_GRID_POINTS = 1_000_000


@dataclass(frozen=True)
class LocalMap:
    """A municipality on its own flat map in metres."""

    area: MultiPolygon
    metres_per_degree_lon: float

    def to_metres(self, lon: float, lat: float) -> Point:
        return lon * self.metres_per_degree_lon, lat * METRES_PER_DEGREE

    def to_lon_lat(self, x: float, y: float) -> Point:
        return float(x) / self.metres_per_degree_lon, float(y) / METRES_PER_DEGREE


@lru_cache(maxsize=1024)
def local_map(shape: Shape) -> LocalMap:
    """The shape in metres, with φ0 the middle latitude of its bounding box; worked out once per shape."""
    _, min_lat, _, max_lat = shape.geometry.bounds
    metres_per_degree_lon = METRES_PER_DEGREE * math.cos(math.radians((min_lat + max_lat) / 2))
    scale = np.array([metres_per_degree_lon, METRES_PER_DEGREE])
    area = shapely.transform(shape.geometry, lambda coordinates: coordinates * scale)
    shapely.prepare(area)  # an index on the edges, for the many containment tests of spread_points
    return LocalMap(area=area, metres_per_degree_lon=metres_per_degree_lon)


def contains(shape: Shape, lon: float, lat: float) -> bool:
    """Whether (lon, lat) lies inside the shape (not on its border, not in a hole)."""
    return bool(shapely.contains_xy(shape.geometry, lon, lat))


def edge_distance(shape: Shape, lon: float, lat: float) -> float:
    """Distance in metres from (lon, lat) to the nearest border of the shape, holes included."""
    local = local_map(shape)
    return float(local.area.boundary.distance(shapely.Point(local.to_metres(lon, lat))))


def inner_point(shape: Shape) -> Point:
    """The pole of inaccessibility: the point inside the shape farthest from any border (polylabel).

    For a municipality in several parts (islands), the part whose pole lies farthest from its border wins."""
    local = local_map(shape)
    poles = [polylabel(part, tolerance=INNER_POINT_TOLERANCE) for part in local.area.geoms]
    distances = [local.area.boundary.distance(pole) for pole in poles]
    best = poles[distances.index(max(distances))]
    if not local.area.contains(best):
        raise ValueError(f"no inner point found for {shape.code} ({shape.name}): is the shape degenerate?")
    return local.to_lon_lat(best.x, best.y)


@lru_cache(maxsize=1024)
def spread_points(shape: Shape, count: int) -> tuple[Point, ...]:
    """`count` distinct points inside the shape, spread out and away from its border; the first is `inner_point`.

    Greedy farthest-point choice from a grid of candidates inside the shape: each next point is the candidate with
    the largest min(distance to the points already chosen, EDGE_WEIGHT × distance to the border)."""
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    if count == 0:
        return ()
    first = inner_point(shape)
    if count == 1:
        return (first,)
    local = local_map(shape)
    xs, ys = _grid_inside(local.area, wanted=max(CANDIDATES_PER_POINT * count, MIN_CANDIDATES))
    if len(xs) < count - 1:
        raise ValueError(f"{shape.code} ({shape.name}) has no room for {count} distinct points")
    border = shapely.distance(local.area.boundary, shapely.points(xs, ys))
    first_x, first_y = local.to_metres(*first)
    scores = np.minimum(np.hypot(xs - first_x, ys - first_y), EDGE_WEIGHT * border)
    chosen = [first]
    while len(chosen) < count:
        best = int(np.argmax(scores))  # the first of equal scores, so the result is always the same
        if scores[best] <= 0:
            raise ValueError(f"{shape.code} ({shape.name}) has no room for {count} distinct points")
        chosen.append(local.to_lon_lat(xs[best], ys[best]))
        scores = np.minimum(scores, np.hypot(xs - xs[best], ys - ys[best]))
    return tuple(chosen)


@lru_cache(maxsize=1024)
def without_slivers(shape: Shape, width: float, reach: float) -> MultiPolygon:
    """The shape as a map should draw it when anything narrower than `width` metres shows as a line, not an area.

    Removed: every strip narrower than `width` that runs more than `reach` metres out from the rest of the shape
    (a spike: the outline going out and back along itself, such as the Afsluitdijk of Hollands Kroon, which a
    generalised map draws as a line across the water), and every part that is narrower than `width` everywhere.
    Short thin bits (the tip of a sharp corner) stay, so shared borders stay shared. The rest is "the opening":
    what a disc of diameter `width` can reach rolling around inside. WGS84 in and out; the shape itself is left
    alone when nothing is that thin, or when all of it is."""
    local = local_map(shape)
    core = local.area.buffer(-width / 2).buffer(width / 2)
    if core.is_empty:
        return shape.geometry
    thin = [part for part in polygons(local.area.difference(core)) if not part.is_empty]
    spikes = [part for part in thin if _reach(part, core) > reach]
    parts = list(local.area.geoms)
    # A part of the shape that the opening does not touch is thin all over.
    thin_all_over = [not part.intersects(core) for part in parts]
    if not spikes and not any(thin_all_over):
        return shape.geometry
    # The cut runs along the opening; widened by a hair so no zero-width remnant of a spike stays behind.
    cut = shapely.union_all(spikes).buffer(width / 1000) if spikes else shapely.Polygon()
    scale = np.array([1 / local.metres_per_degree_lon, 1 / METRES_PER_DEGREE])
    kept: list[shapely.Polygon] = []
    for original, part, thin_part in zip(shape.geometry.geoms, parts, thin_all_over, strict=True):
        if thin_part:
            continue
        if not part.intersects(cut):
            kept.append(original)  # untouched, to the last digit, so shared borders stay shared
            continue
        pieces = [piece for piece in polygons(part.difference(cut)) if piece.intersects(core)]
        kept += [shapely.transform(piece, lambda coordinates: coordinates * scale) for piece in pieces]
    return MultiPolygon(kept)


def polygons(area: shapely.Geometry) -> list[shapely.Polygon]:
    """The polygons of a (multi)polygon or geometry collection, in their order."""
    if isinstance(area, shapely.Polygon):
        return [area]
    return [part for geometry in getattr(area, "geoms", ()) for part in polygons(geometry)]


def _reach(part: shapely.Polygon, core: shapely.Geometry) -> float:
    """How far `part` reaches out from `core`: the largest distance of one of its corners to it."""
    return float(shapely.distance(core, shapely.points(np.asarray(part.exterior.coords))).max())


def _grid_inside(area: MultiPolygon, wanted: int) -> tuple[np.ndarray, np.ndarray]:
    """The points of a square grid that lie inside `area`, as x and y arrays; refined until there are `wanted`
    (or the grid over the area's bounding box would pass MAX_GRID_POINTS)."""
    min_x, min_y, max_x, max_y = area.bounds
    step = max(math.sqrt(area.area / wanted), math.sqrt((max_x - min_x) * (max_y - min_y) / MAX_GRID_POINTS))
    while True:
        grid_x, grid_y = np.meshgrid(np.arange(min_x + step / 2, max_x, step), np.arange(min_y + step / 2, max_y, step))
        xs, ys = grid_x.ravel(), grid_y.ravel()
        inside = shapely.contains_xy(area, xs, ys)
        if np.count_nonzero(inside) >= wanted or 4 * len(xs) > MAX_GRID_POINTS:
            return xs[inside], ys[inside]
        step /= 2
