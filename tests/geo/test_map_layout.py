"""The map on a phone (sitegen/geo/layout.py through map_svg): partners too close together for a finger share one
target with their number, and place names are placed where they overlap nothing, inside their municipality.
Sizes are checked in CSS pixels at the width the map has on a 390 px phone (map_svg.PHONE_MAP_WIDTH)."""

from __future__ import annotations

import math
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shapely

from conftest import PROJECT_ROOT
from sitegen.geo import layout, map_svg
from sitegen.geo.geometry import contains, spread_points
from sitegen.geo.map_svg import MapPoint, MapSpot
from sitegen.geo.shapes import Shape, parse_shapes
from sitegen.loading.loader import load_site
from sitegen.pages.partner_map import partner_map

MAP_FILE = "data/geo/noord-holland-gemeenten-2025.geojson"
SVG = "{http://www.w3.org/2000/svg}"
DEJAVU_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


@pytest.fixture(scope="module")
def shapes() -> tuple[Shape, ...]:
    file, problems = parse_shapes((PROJECT_ROOT / MAP_FILE).read_text(encoding="utf-8"), MAP_FILE)
    assert file is not None and not problems, problems
    return file.shapes


@pytest.fixture(scope="module")
def by_code(shapes: tuple[Shape, ...]) -> dict[str, Shape]:
    return {shape.code: shape for shape in shapes}


@pytest.fixture(scope="module")
def px(shapes: tuple[Shape, ...]) -> float:
    """SVG units in one CSS pixel at the phone width."""
    return map_svg.units_per_px(map_svg.fit_projection(shapes))


@pytest.fixture(scope="module")
def site():
    return load_site(PROJECT_ROOT)


@pytest.fixture(scope="module")
def real_map(site):
    return partner_map(site, "Partners op de kaart", "Kaart")


def random_spots(shapes: tuple[Shape, ...], count: int, seed: int) -> list[MapSpot]:
    """`count` partners in random municipalities, spread inside them as the partner map does."""
    chance = random.Random(seed)
    codes = [chance.choice(shapes).code for _ in range(count)]
    by_code = {shape.code: shape for shape in shapes}
    spots = []
    for code in sorted(set(codes)):
        for index, (lon, lat) in enumerate(spread_points(by_code[code], codes.count(code))):
            spots.append(MapSpot(f"{code}-{index}", code, lon, lat))
    return spots


def closest_pair(points: list[tuple[float, float]]) -> float:
    return min((math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1 :]), default=math.inf)


# --------------------------------------------------------------------------------------------------------------
# Clusters


@pytest.mark.parametrize(("count", "seed"), [(25, 1), (100, 2), (400, 3)])
def test_clusters_keep_targets_24_px_apart_and_count_every_partner(
    shapes: tuple[Shape, ...], by_code: dict[str, Shape], px: float, count: int, seed: int
) -> None:
    spots = random_spots(shapes, count, seed)
    clusters = map_svg.cluster_spots(shapes, spots)
    projection = map_svg.fit_projection(shapes)
    centres = [map_svg.project(projection, c.lon, c.lat) for c in clusters]
    assert closest_pair(centres) / px >= map_svg.TARGET_SPACING_PX >= 24 + 1
    assert sorted(key for c in clusters for key in c.keys) == sorted(spot.key for spot in spots)
    code_of = {spot.key: spot.code for spot in spots}
    for cluster in clusters:
        assert cluster.code in {code_of[key] for key in cluster.keys}
        assert contains(by_code[cluster.code], cluster.lon, cluster.lat), cluster


def test_a_lone_partner_stays_where_it_was_placed(shapes: tuple[Shape, ...]) -> None:
    spots = random_spots(shapes, 60, 4)
    where = {spot.key: (spot.lon, spot.lat) for spot in spots}
    for cluster in map_svg.cluster_spots(shapes, spots):
        if len(cluster.keys) == 1:
            assert (cluster.lon, cluster.lat) == where[cluster.keys[0]]


def test_clusters_do_not_depend_on_the_order_of_the_partners(shapes: tuple[Shape, ...]) -> None:
    spots = random_spots(shapes, 150, 5)
    shuffled = list(spots)
    random.Random(6).shuffle(shuffled)
    assert map_svg.cluster_spots(shapes, shuffled) == map_svg.cluster_spots(shapes, spots)


def test_the_partners_of_a_crowded_municipality_share_one_target(shapes: tuple[Shape, ...], by_code: dict[str, Shape]) -> None:
    """Three partners in little Heemstede cannot each have a target: one target with 3, on its inner point."""
    heemstede = by_code["GM0397"]
    spots = [MapSpot(f"p{index}", "GM0397", lon, lat) for index, (lon, lat) in enumerate(spread_points(heemstede, 3))]
    (cluster,) = map_svg.cluster_spots(shapes, spots)
    assert cluster.keys == ("p0", "p1", "p2") and cluster.code == "GM0397"
    assert (cluster.lon, cluster.lat) == spread_points(heemstede, 1)[0]


def test_clustering_by_itself() -> None:
    """Two spots 10 apart and one far away, at spacing 20: the close two become one target at their home."""
    spots = [layout.Spot("a", "X", 0, 0), layout.Spot("b", "Y", 10, 0), layout.Spot("c", "Y", 100, 0)]
    home = {"X": (1.0, 1.0), "Y": (99.0, 0.0)}
    clusters = layout.cluster(spots, home, spacing=20)
    # The pair of X and Y has one of each: the first code wins; that puts them 98 from c, far enough.
    assert clusters == (layout.Cluster(("a", "b"), "X", 1.0, 1.0), layout.Cluster(("c",), "Y", 100.0, 0.0))
    assert layout.cluster([], {}, spacing=20) == ()
    with pytest.raises(ValueError, match="own key"):
        layout.cluster([spots[0], spots[0]], home, spacing=20)


def test_clustering_1200_partners_is_quick(shapes: tuple[Shape, ...]) -> None:
    """`make bench` has 1,200 partners: clustering them takes well under a second."""
    import time

    spots = random_spots(shapes, 1_200, 7)
    started = time.perf_counter()
    clusters = map_svg.cluster_spots(shapes, spots)
    assert time.perf_counter() - started < 1.0
    assert sum(len(c.keys) for c in clusters) == 1_200


# --------------------------------------------------------------------------------------------------------------
# Labels, on the real partner map


def labels_of(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    group = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "labels")
    assert group.get("aria-hidden") == "true"
    return list(group.iter(f"{SVG}text"))


def label_box(text: ET.Element, font_size: float) -> layout.Box:
    """The box the layout reserved for a label, read back from the SVG (x is its middle, y its baseline)."""
    height = font_size * layout.LABEL_HEIGHT
    width = layout.text_width(text.text or "", font_size)
    return layout.Box(float(text.get("x", "")), float(text.get("y", "")) - 0.35 * font_size, width, height)


def targets_of(svg: str) -> list[tuple[float, float, float, str]]:
    """(x, y, radius, href) of every target."""
    found = []
    for link in ET.fromstring(svg).iter(f"{SVG}a"):
        circles = link.findall(f"{SVG}circle")
        radius = max(float(c.get("r", "")) for c in circles)
        found.append((float(circles[0].get("cx", "")), float(circles[0].get("cy", "")), radius, link.get("href", "")))
    return found


def test_every_municipality_with_partners_is_named_at_12_px(real_map, site, px: float) -> None:
    root = ET.fromstring(real_map.svg)
    group = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "labels")
    assert float(group.get("font-size", "")) / px >= 12
    assert float(group.get("stroke-width", "")) / px >= 2  # the white halo
    assert group.get("paint-order") == "stroke"
    named = {text.get("data-code") for text in labels_of(real_map.svg)}
    with_partners = {site.references.municipality_by_slug[p.municipality].code for p in site.partners}
    assert with_partners <= named, sorted(with_partners - named)


def test_labels_overlap_nothing(real_map, shapes: tuple[Shape, ...], px: float) -> None:
    font_size = map_svg.LABEL_FONT_PX * px
    boxes = [label_box(text, font_size) for text in labels_of(real_map.svg)]
    for i, box in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not box.overlaps(other), (box, other)
        for x, y, radius, href in targets_of(real_map.svg):
            assert box.distance_to(x, y) >= radius, (box, href)
        left, top, right, bottom = box.bounds
        projection = map_svg.fit_projection(shapes)
        assert 0 <= left and right <= projection.width and 0 <= top and bottom <= projection.map_height


def test_labels_lie_in_their_municipality(real_map, shapes: tuple[Shape, ...], by_code: dict[str, Shape], px: float) -> None:
    """A name has its middle inside its municipality, or (for one too small to hold it beside its partners) sits
    right next to a target drawn in that municipality, partly inside it. A name of a municipality without partners
    fits inside it entirely."""
    projection = map_svg.fit_projection(shapes)
    font_size = map_svg.LABEL_FONT_PX * px
    target_code = {}
    for link in ET.fromstring(real_map.svg).iter(f"{SVG}a"):
        circle = link.find(f"{SVG}circle[@class='point']")
        target_code[link.get("href")] = next(
            shape.code
            for shape in shapes
            if contains(shape, *map_svg.unproject(projection, float(circle.get("cx", "")), float(circle.get("cy", ""))))
        )
    targets = targets_of(real_map.svg)
    for text in labels_of(real_map.svg):
        code = text.get("data-code", "")
        box = label_box(text, font_size)
        lon, lat = map_svg.unproject(projection, box.x, box.y)
        area = map_svg._projected(map_svg._drawn(by_code[code], projection), projection)
        inside = area.intersection(shapely.box(*box.bounds)).area / (box.width * box.height)
        own = [t for t in targets if target_code[t[3]] == code]
        if not own:
            assert inside > 0.999, text.text
        elif not contains(by_code[code], lon, lat):
            beside = min(box.distance_to(x, y) - radius for x, y, radius, _ in own)
            assert beside <= 1.5 * map_svg.LABEL_GAP_PX * px and inside > 0, text.text


def test_the_estimated_width_of_a_name_is_never_too_small() -> None:
    """The layout estimates label widths with DejaVu Sans Bold's widths, the widest common face; the real width of
    every municipality's name in that font fits the estimate."""
    fonts = pytest.importorskip("PIL.ImageFont")
    if not DEJAVU_BOLD.exists():
        pytest.skip("DejaVu Sans Bold is not installed")
    font = fonts.truetype(str(DEJAVU_BOLD), 100)
    regions = (PROJECT_ROOT / "data" / "regions.yml").read_text(encoding="utf-8")
    names = re.findall(r'^\s+name: "(.+)"$', regions, re.MULTILINE)
    assert len(names) > 44
    for name in [*names, "Wéstwoud 's-Graveland (NH.) & Co", "Wormerland"]:
        assert font.getlength(name) <= layout.text_width(name, 100), name


def test_the_labels_are_placed_the_same_every_time(real_map, site) -> None:
    assert partner_map(site, "Partners op de kaart", "Kaart").svg == real_map.svg


def test_a_name_without_room_is_left_out_not_drawn_over_a_target(shapes: tuple[Shape, ...], by_code: dict[str, Shape], px: float) -> None:
    """Targets all over Heemstede and around it: no room for its name, so it is not drawn."""
    projection = map_svg.fit_projection(shapes)
    x, y = map_svg.project(projection, *spread_points(by_code["GM0397"], 1)[0])
    points = [
        MapPoint(f"P{i}{j}", f"#p{i}{j}", *map_svg.unproject(projection, x + i * 26 * px, y + j * 26 * px), "bedrijf", code="GM0397")
        for i in range(-4, 5)
        for j in range(-4, 5)
    ]
    svg = map_svg.render_map(shapes, points, "t", "d", "a", names=["GM0397"])
    assert "Heemstede</text>" not in svg
