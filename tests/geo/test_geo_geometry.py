"""Geometry of a municipality (sitegen/geo/geometry.py) on shapely: inside, distance to the border, the point deepest
inside, and points spread inside, on made-up shapes and on the real 2025 boundaries."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely

from conftest import PROJECT_ROOT
from sitegen.geo import geometry, map_svg
from sitegen.geo.shapes import Shape, parse_shapes

MAP_FILE = "data/geo/noord-holland-gemeenten-2025.geojson"


def real_shapes() -> tuple[Shape, ...]:
    file, problems = parse_shapes((PROJECT_ROOT / MAP_FILE).read_text(encoding="utf-8"), MAP_FILE)
    assert file is not None and not problems, problems
    return file.shapes


@pytest.fixture(scope="module")
def shapes() -> tuple[Shape, ...]:
    return real_shapes()


@pytest.fixture(scope="module")
def by_code(shapes: tuple[Shape, ...]) -> dict[str, Shape]:
    return {shape.code: shape for shape in shapes}


def square(x0: float, y0: float, size: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size)]


def test_contains_respects_holes_and_multipolygons() -> None:
    area = shapely.MultiPolygon([shapely.Polygon(square(0, 0, 10), [square(3, 3, 4)]), shapely.Polygon(square(20, 0, 2))])
    shape = Shape(code="GM1", name="Test", geometry=area)
    assert geometry.contains(shape, 1, 1)
    assert not geometry.contains(shape, 5, 5)  # in the hole
    assert geometry.contains(shape, 21, 1)  # in the second polygon
    assert not geometry.contains(shape, 15, 1)
    assert not geometry.contains(shape, -1, 5)
    inner = geometry.inner_point(shape)
    assert geometry.contains(shape, *inner)
    spread = geometry.spread_points(shape, 12)
    assert len(set(spread)) == 12 and all(geometry.contains(shape, *p) for p in spread)


def test_distances_are_in_metres_so_a_square_in_degrees_is_tall() -> None:
    """0.02° × 0.02° at 52.3° N is about 1,360 m wide and 2,230 m tall: the deepest points lie on the vertical middle
    line, 680 m from the east and west borders."""
    shape = Shape("GM1", "Vierkant", shapely.MultiPolygon([shapely.Polygon(square(4.9, 52.3, 0.02))]))
    lon, lat = geometry.inner_point(shape)
    half_width = 0.01 * 111_320 * math.cos(math.radians(52.31))
    assert lon == pytest.approx(4.91, abs=1e-4)
    slack = 2 * geometry.INNER_POINT_TOLERANCE
    assert 52.3 + (half_width - slack) / 111_320 <= lat <= 52.32 - (half_width - slack) / 111_320
    assert geometry.edge_distance(shape, lon, lat) == pytest.approx(half_width, rel=0.01)
    assert geometry.edge_distance(shape, 4.9, 52.31) == pytest.approx(0, abs=1e-6)
    assert geometry.edge_distance(shape, 4.91, 52.3) == pytest.approx(0, abs=1e-6)


def test_inner_point_picks_the_roomiest_part_of_a_municipality_in_parts() -> None:
    big_island = shapely.Polygon(square(5.0, 52.0, 0.05))
    small_island = shapely.Polygon(square(4.0, 52.0, 0.01))
    shape = Shape("GM1", "Eilanden", shapely.MultiPolygon([small_island, big_island]))
    assert big_island.contains(shapely.Point(geometry.inner_point(shape)))


def test_inner_point_lies_in_its_own_municipality_and_no_other(shapes: tuple[Shape, ...]) -> None:
    problems = []
    for shape in shapes:
        lon, lat = geometry.inner_point(shape)
        if not geometry.contains(shape, lon, lat):
            problems.append(f"{shape.name}: inner point ({lon:.4f}, {lat:.4f}) is outside")
        overlapping = [other.name for other in shapes if other.code != shape.code and geometry.contains(other, lon, lat)]
        if overlapping:
            problems.append(f"{shape.name}: inner point also lies in {', '.join(overlapping)}")
    assert not problems, "\n".join(problems)


def test_inner_point_is_about_as_far_from_the_edge_as_possible(shapes: tuple[Shape, ...]) -> None:
    """No point of a 61 × 61 grid over the municipality lies clearly deeper inside than the inner point."""
    for shape in shapes:
        min_lon, min_lat, max_lon, max_lat = shape.geometry.bounds
        grid = [
            (min_lon + (max_lon - min_lon) * i / 60, min_lat + (max_lat - min_lat) * j / 60) for i in range(61) for j in range(61)
        ]
        best_on_grid = max(geometry.edge_distance(shape, *p) for p in grid if geometry.contains(shape, *p))
        assert geometry.edge_distance(shape, *geometry.inner_point(shape)) >= 0.97 * best_on_grid, shape.name


def test_spread_points_gives_seven_distinct_inside_points_everywhere(shapes: tuple[Shape, ...]) -> None:
    problems = []
    for shape in shapes:
        points = geometry.spread_points(shape, 7)
        if len(points) != 7 or len(set(points)) != 7:
            problems.append(f"{shape.name}: {len(set(points))} distinct points of {len(points)}")
        outside = [p for p in points if not geometry.contains(shape, *p)]
        if outside:
            problems.append(f"{shape.name}: {outside} outside")
        assert points[0] == geometry.inner_point(shape)
        assert points == geometry.spread_points(shape, 7)
    assert not problems, "\n".join(problems)


def test_spread_points_keeps_partners_apart_on_the_map(shapes: tuple[Shape, ...]) -> None:
    """Seven points in even the smallest municipality stay more than 10 SVG units (4.5 px on a phone) apart; targets
    closer than a finger's width are then drawn as one (test_map_layout.py)."""
    projection = map_svg.fit_projection(shapes)
    for shape in shapes:
        drawn = [map_svg.project(projection, *p) for p in geometry.spread_points(shape, 7)]
        closest = min(math.dist(a, b) for i, a in enumerate(drawn) for b in drawn[i + 1 :])
        assert closest > 10, f"{shape.name}: {closest:.1f}"


def test_spread_points_fits_many_partners_in_the_smallest_municipality(by_code: dict[str, Shape]) -> None:
    """`make bench` puts about 30 partners in a municipality; 60 in Blaricum are still distinct and inside."""
    blaricum = by_code["GM0376"]
    points = geometry.spread_points(blaricum, 60)
    assert len(set(points)) == 60
    assert all(geometry.contains(blaricum, *p) for p in points)
    assert min(geometry.edge_distance(blaricum, *p) for p in points) > 0


def test_spread_points_small_counts(by_code: dict[str, Shape]) -> None:
    blaricum = by_code["GM0376"]
    assert geometry.spread_points(blaricum, 0) == ()
    assert geometry.spread_points(blaricum, 1) == (geometry.inner_point(blaricum),)
    with pytest.raises(ValueError):
        geometry.spread_points(blaricum, -1)


def test_points_are_the_same_without_the_caches(shapes: tuple[Shape, ...]) -> None:
    """Same shapes, same points, also when worked out again from scratch (as in a new build)."""
    first = [geometry.spread_points(shape, 5) for shape in shapes]
    geometry.spread_points.cache_clear()
    geometry.local_map.cache_clear()
    again = [geometry.spread_points(shape, 5) for shape in real_shapes()]
    assert again == first


def test_a_thin_sliver_is_refused_without_filling_the_memory() -> None:
    """A shape thinner than any grid the search may use: a clear error, quickly, not millions of grid points."""
    sliver = shapely.MultiPolygon([shapely.Polygon([(4.0, 52.0), (5.0, 53.0), (5.0, 53.0000001), (4.0, 52.0000001)])])
    with pytest.raises(ValueError, match="no room"):
        geometry.spread_points(Shape("GM9", "Reepje", sliver), 5)


def test_the_grid_never_exceeds_its_bound() -> None:
    sliver = geometry.local_map(
        Shape("GM9", "Reepje", shapely.MultiPolygon([shapely.Polygon([(4.0, 52.0), (5.0, 53.0), (5.0, 53.001), (4.0, 52.001)])]))
    ).area
    xs, ys = geometry._grid_inside(sliver, wanted=10_000)
    assert len(xs) == len(ys) <= geometry.MAX_GRID_POINTS
    assert np.all(shapely.contains_xy(sliver, xs, ys))


def spiked_square() -> shapely.Polygon:
    """A square of 0.1° with a spike of 0.0005° (about 35 m) wide running 0.1° (about 7 km) out of its east side,
    the outline going out and back along itself like the Afsluitdijk in Hollands Kroon."""
    return shapely.Polygon(
        [(4.0, 52.0), (4.1, 52.0), (4.1, 52.05), (4.2, 52.05), (4.2, 52.0505), (4.1, 52.0505), (4.1, 52.1), (4.0, 52.1)]
    )


def test_without_slivers_cuts_a_spike_and_keeps_the_rest() -> None:
    shape = Shape("GM1", "Met dijk", shapely.MultiPolygon([spiked_square()]))
    drawn = geometry.without_slivers(shape, width=300, reach=2_000)
    assert drawn.is_valid and len(drawn.geoms) == 1
    assert drawn.bounds == pytest.approx((4.0, 52.0, 4.1, 52.1), abs=1e-4)
    square = shapely.box(4.0, 52.0, 4.1, 52.1)
    assert drawn.symmetric_difference(square).area < 1e-4 * square.area
    # The same shape, the same cut.
    geometry.without_slivers.cache_clear()
    assert geometry.without_slivers(shape, width=300, reach=2_000).equals_exact(drawn, 0)


def test_without_slivers_keeps_a_short_thin_bit_and_drops_a_thin_part() -> None:
    """A spike shorter than `reach` stays (the tip of a sharp corner, shared with a neighbour); a part thinner than
    `width` all over goes (a line, not an area); a shape with nothing thin is returned as it is."""
    shape = Shape("GM1", "Met dijk", shapely.MultiPolygon([spiked_square()]))
    assert geometry.without_slivers(shape, width=300, reach=10_000) is shape.geometry
    thin_island = shapely.Polygon([(5.0, 52.0), (5.1, 52.0), (5.1, 52.0003), (5.0, 52.0003)])
    islands = Shape("GM2", "Eilanden", shapely.MultiPolygon([shapely.box(4.0, 52.0, 4.1, 52.1), thin_island]))
    drawn = geometry.without_slivers(islands, width=300, reach=2_000)
    assert len(drawn.geoms) == 1 and drawn.geoms[0].equals(shapely.box(4.0, 52.0, 4.1, 52.1))
    plain = Shape("GM3", "Vierkant", shapely.MultiPolygon([shapely.box(4.0, 52.0, 4.1, 52.1)]))
    assert geometry.without_slivers(plain, width=300, reach=2_000) is plain.geometry
    # All of it thin: better a line than nothing.
    line = Shape("GM4", "Reepje", shapely.MultiPolygon([thin_island]))
    assert geometry.without_slivers(line, width=300, reach=2_000) is line.geometry


def test_the_afsluitdijk_is_no_line_across_the_water(by_code: dict[str, Shape], shapes: tuple[Shape, ...]) -> None:
    """The 2025 outline of Hollands Kroon runs out along the Afsluitdijk (to 5.167° E, 53.0° N) and back, a strip
    about 200 m wide: on the map a line across the water. At the map's sliver settings it is cut off, and nothing
    else of any municipality changes, so neighbours keep their shared borders."""
    projection = map_svg.fit_projection(shapes)
    hollands_kroon = by_code["GM1911"]
    assert hollands_kroon.geometry.bounds[2:] == pytest.approx((5.167, 53.0))
    drawn = map_svg._drawn(hollands_kroon, projection)
    assert drawn.is_valid
    assert drawn.bounds[2] < 5.12 and drawn.bounds[3] < 52.976
    assert hollands_kroon.geometry.area - drawn.area < 0.01 * hollands_kroon.geometry.area
    assert [shape.name for shape in shapes if map_svg._drawn(shape, projection) is not shape.geometry] == ["Hollands Kroon"]
