"""The SVG map of Noord-Holland: geometry on the real 2025 boundaries, and the rendered, accessible SVG."""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest
import yaml

from conftest import PROJECT_ROOT
from sitegen.geo import map_svg
from sitegen.geo.map_svg import MapPoint, Shape

GEO = PROJECT_ROOT / "data" / "geo"
SVG = "{http://www.w3.org/2000/svg}"
ATTRIBUTION = "Kaartgegevens: Kadaster / Centraal Bureau voor de Statistiek (CBS), 2025, via PDOK (CC BY 4.0)"


@pytest.fixture(scope="module")
def shapes() -> tuple[Shape, ...]:
    return map_svg.read_shapes(GEO / "noord-holland-gemeenten-2025.geojson")


@pytest.fixture(scope="module")
def by_code(shapes: tuple[Shape, ...]) -> dict[str, Shape]:
    return {shape.code: shape for shape in shapes}


@pytest.fixture(scope="module")
def regions() -> list[dict]:
    return yaml.safe_load((PROJECT_ROOT / "data" / "regions.yml").read_text(encoding="utf-8"))["regions"]


@pytest.fixture(scope="module")
def region_of(regions: list[dict]) -> dict[str, str]:
    return {municipality["code"]: region["slug"] for region in regions for municipality in region["municipalities"]}


@pytest.fixture(scope="module")
def partner_points(by_code: dict[str, Shape], regions: list[dict]) -> list[tuple[MapPoint, str]]:
    """The real partners that name a municipality, spread inside it, with the code they were placed in."""
    code_of = {municipality["slug"]: municipality["code"] for region in regions for municipality in region["municipalities"]}
    partners_by_code: dict[str, list[dict]] = defaultdict(list)
    for path in sorted((PROJECT_ROOT / "content" / "partners").glob("*.md")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if front.get("municipality"):
            partners_by_code[code_of[front["municipality"]]].append({**front, "slug": path.stem})
    placed = []
    for code, partners in sorted(partners_by_code.items()):
        spots = map_svg.spread_points(by_code[code], len(partners))
        for partner, (lon, lat) in zip(partners, spots, strict=True):
            point = MapPoint(label=partner["name"], href=f"/partners/{partner['slug']}/", lon=lon, lat=lat, group=partner["kind"])
            placed.append((point, code))
    return placed


@pytest.fixture(scope="module")
def rendered(shapes: tuple[Shape, ...], partner_points: list[tuple[MapPoint, str]], region_of: dict[str, str]) -> str:
    return render_example(shapes, [point for point, _ in partner_points], region_of)


def render_example(shapes: tuple[Shape, ...], points: list[MapPoint], region_of: dict[str, str]) -> str:
    return map_svg.render_map(
        shapes,
        points,
        title="Partners van Infra Bindt in Noord-Holland",
        description="Kaart van de 44 gemeenten van Noord-Holland met een punt per partner; elk punt linkt naar de partnerpagina.",
        attribution=ATTRIBUTION,
        region_of=region_of,
    )


def square(x0: float, y0: float, size: float) -> tuple[tuple[float, float], ...]:
    return ((x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size))


def test_loads_the_44_municipalities_sorted_by_code(shapes: tuple[Shape, ...]) -> None:
    codes = [shape.code for shape in shapes]
    assert len(shapes) == 44
    assert codes == sorted(set(codes))
    assert all(shape.name and shape.polygons for shape in shapes)
    assert {"Amsterdam", "Blaricum", "Laren (NH.)", "Texel"} <= {shape.name for shape in shapes}
    # GeoJSON repeats the first point to close a ring; shapes keep rings open.
    assert all(ring[0] != ring[-1] for shape in shapes for polygon in shape.polygons for ring in polygon)


def test_load_rejects_what_it_cannot_draw() -> None:
    feature = {
        "type": "Feature",
        "properties": {"statcode": "GM1", "statnaam": "X"},
        "geometry": {"type": "Point", "coordinates": [5, 52]},
    }
    point = json.dumps({"type": "FeatureCollection", "features": [feature]})
    with pytest.raises(ValueError, match="Point"):
        map_svg.load_shapes(point)


def test_contains_respects_holes_and_multipolygons() -> None:
    shape = Shape(
        code="GM1",
        name="Test",
        polygons=((square(0, 0, 10), square(3, 3, 4)), (square(20, 0, 2),)),
    )
    assert map_svg.contains(shape, 1, 1)
    assert not map_svg.contains(shape, 5, 5)  # in the hole
    assert map_svg.contains(shape, 21, 1)  # in the second polygon
    assert not map_svg.contains(shape, 15, 1)
    assert not map_svg.contains(shape, -1, 5)
    inner = map_svg.inner_point(shape)
    assert map_svg.contains(shape, *inner)
    spread = map_svg.spread_points(shape, 12)
    assert len(set(spread)) == 12 and all(map_svg.contains(shape, *p) for p in spread)


def test_inner_point_lies_in_its_own_municipality_and_no_other(shapes: tuple[Shape, ...]) -> None:
    problems = []
    for shape in shapes:
        lon, lat = map_svg.inner_point(shape)
        if not map_svg.contains(shape, lon, lat):
            problems.append(f"{shape.name}: inner point ({lon:.4f}, {lat:.4f}) is outside")
        overlapping = [other.name for other in shapes if other.code != shape.code and map_svg.contains(other, lon, lat)]
        if overlapping:
            problems.append(f"{shape.name}: inner point also lies in {', '.join(overlapping)}")
    assert not problems, "\n".join(problems)


def test_inner_point_is_about_as_far_from_the_edge_as_possible(shapes: tuple[Shape, ...]) -> None:
    for shape in shapes:
        lons = [lon for polygon in shape.polygons for lon, _ in polygon[0]]
        lats = [lat for polygon in shape.polygons for _, lat in polygon[0]]
        grid = [
            (min(lons) + (max(lons) - min(lons)) * i / 60, min(lats) + (max(lats) - min(lats)) * j / 60)
            for i in range(61)
            for j in range(61)
        ]
        best_on_grid = max(map_svg.edge_distance(shape, *p) for p in grid if map_svg.contains(shape, *p))
        assert map_svg.edge_distance(shape, *map_svg.inner_point(shape)) >= 0.97 * best_on_grid, shape.name


def test_spread_points_gives_seven_distinct_inside_points_everywhere(shapes: tuple[Shape, ...]) -> None:
    problems = []
    for shape in shapes:
        points = map_svg.spread_points(shape, 7)
        if len(points) != 7 or len(set(points)) != 7:
            problems.append(f"{shape.name}: {len(set(points))} distinct points of {len(points)}")
        outside = [p for p in points if not map_svg.contains(shape, *p)]
        if outside:
            problems.append(f"{shape.name}: {outside} outside")
        assert points[0] == map_svg.inner_point(shape)
        assert points == map_svg.spread_points(shape, 7)
    assert not problems, "\n".join(problems)


def test_spread_points_keeps_partners_apart_on_the_map(shapes: tuple[Shape, ...]) -> None:
    """Seven points in even the smallest municipality stay further apart than one circle diameter."""
    projection = map_svg.fit_projection(shapes)
    for shape in shapes:
        drawn = [map_svg.project(projection, *p) for p in map_svg.spread_points(shape, 7)]
        closest = min(math.dist(a, b) for i, a in enumerate(drawn) for b in drawn[i + 1 :])
        assert closest > 2 * map_svg.POINT_RADIUS, f"{shape.name}: {closest:.1f}"


def test_spread_points_small_counts(by_code: dict[str, Shape]) -> None:
    blaricum = by_code["GM0376"]
    assert map_svg.spread_points(blaricum, 0) == ()
    assert map_svg.spread_points(blaricum, 1) == (map_svg.inner_point(blaricum),)
    with pytest.raises(ValueError):
        map_svg.spread_points(blaricum, -1)


def test_projection_round_trips(shapes: tuple[Shape, ...]) -> None:
    projection = map_svg.fit_projection(shapes)
    x, y = map_svg.project(projection, 4.9, 52.37)
    lon, lat = map_svg.unproject(projection, x, y)
    assert (lon, lat) == pytest.approx((4.9, 52.37), abs=1e-9)
    assert projection.width == 800.0
    # Corrected for latitude: a degree of longitude is drawn shorter than a degree of latitude.
    east, _ = map_svg.project(projection, 5.9, 52.37)
    _, south = map_svg.project(projection, 4.9, 51.37)
    assert east - x == pytest.approx((south - y) * math.cos(math.radians(52.6)), rel=0.01)


def test_svg_is_accessible_well_formed_xml(rendered: str, shapes: tuple[Shape, ...]) -> None:
    root = ET.fromstring(rendered)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "group"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == "Partners van Infra Bindt in Noord-Holland"
    assert desc is not None and desc.text and desc.text.startswith("Kaart van de 44 gemeenten")
    assert root.get("aria-labelledby") == title.get("id")
    assert root.get("aria-describedby") == desc.get("id")
    assert re.fullmatch(r"0 0 800\.0 \d+\.\d", root.get("viewBox", ""))

    paths = list(root.iter(f"{SVG}path"))
    assert len(paths) == len(shapes) == 44
    assert sorted(path.findtext(f"{SVG}title") for path in paths) == sorted(shape.name for shape in shapes)
    for path in paths:
        assert re.fullmatch(r"(M\d+\.\d \d+\.\dL(\d+\.\d \d+\.\d ?)+Z)+", path.get("d", "")), path.findtext(f"{SVG}title")


def test_municipalities_carry_their_region_as_class(rendered: str, region_of: dict[str, str]) -> None:
    root = ET.fromstring(rendered)
    for path in root.iter(f"{SVG}path"):
        assert path.get("class") == f"area region-{region_of[path.get('data-code')]}"
    style = root.findtext(f"{SVG}style") or ""
    assert len(set(re.findall(r"\.region-([a-z0-9-]+)\{fill:(#[0-9a-f]{6})\}", style))) == 5


def test_every_point_is_a_named_link(rendered: str, partner_points: list[tuple[MapPoint, str]]) -> None:
    root = ET.fromstring(rendered)
    links = list(root.iter(f"{SVG}a"))
    assert len(partner_points) == 25
    assert sorted((a.get("href"), a.get("aria-label")) for a in links) == sorted(
        (point.href, point.label) for point, _ in partner_points
    )
    for link in links:
        assert re.fullmatch(r"point-link group-[a-z]+", link.get("class", ""))
        assert link.findtext(f"{SVG}title") == link.get("aria-label")
        hit, point = link.findall(f"{SVG}circle")
        assert point.get("class") == "point" and point.get("r") == "5.0"
        # The larger, transparent hit area is centred on the visible point.
        assert hit.get("class") == "hit" and hit.get("fill-opacity") == "0" and float(hit.get("r", "0")) >= 12
        assert (hit.get("cx"), hit.get("cy")) == (point.get("cx"), point.get("cy"))
    assert sum(1 for circle in root.iter(f"{SVG}circle") if circle.get("class") == "point") == 25


def test_attribution_is_visible_text_inside_the_svg(rendered: str) -> None:
    root = ET.fromstring(rendered)
    texts = [" ".join(span.text or "" for span in text.iter(f"{SVG}tspan")) for text in root.iter(f"{SVG}text")]
    assert texts == [ATTRIBUTION]
    height = float(root.get("viewBox", "").split()[3])
    assert all(float(span.get("y", "0")) < height for span in root.iter(f"{SVG}tspan"))


def test_svg_is_self_contained(rendered: str, partner_points: list[tuple[MapPoint, str]]) -> None:
    assert "<script" not in rendered.lower()
    for forbidden in ("url(", "@import", "xlink", "<image", "<use", "<foreignobject", "@font-face", "on"):
        pattern = r"\son[a-z]+=" if forbidden == "on" else re.escape(forbidden)
        assert not re.search(pattern, rendered, re.IGNORECASE), forbidden
    hrefs = {point.href for point, _ in partner_points}
    for match in re.finditer(r"http", rendered):
        context = rendered[max(0, match.start() - 7) : match.start() + 30]
        assert context.startswith('xmlns="http://www.w3.org/2000/svg"') or any(
            rendered.startswith(f'href="{href}"', match.start() - 6) for href in hrefs
        ), context


def test_every_partner_with_a_municipality_is_drawn_inside_it(
    rendered: str, shapes: tuple[Shape, ...], by_code: dict[str, Shape], partner_points: list[tuple[MapPoint, str]]
) -> None:
    """The product owner's check: each circle, read back from the SVG and unprojected, lies in its municipality."""
    projection = map_svg.fit_projection(shapes)
    code_of_href = {point.href: code for point, code in partner_points}
    root = ET.fromstring(rendered)
    problems = []
    for link in root.iter(f"{SVG}a"):
        circle = link.find(f"{SVG}circle[@class='point']")
        assert circle is not None
        lon, lat = map_svg.unproject(projection, float(circle.get("cx", "")), float(circle.get("cy", "")))
        shape = by_code[code_of_href[link.get("href")]]
        if not map_svg.contains(shape, lon, lat):
            problems.append(f"{link.get('aria-label')} is drawn outside {shape.name}")
        elsewhere = [other.name for other in shapes if other.code != shape.code and map_svg.contains(other, lon, lat)]
        if elsewhere:
            problems.append(f"{link.get('aria-label')} is also drawn in {', '.join(elsewhere)}")
    assert not problems, "\n".join(problems)


def test_partners_in_one_municipality_do_not_overlap(rendered: str, partner_points: list[tuple[MapPoint, str]]) -> None:
    code_of_href = {point.href: code for point, code in partner_points}
    centres: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for link in ET.fromstring(rendered).iter(f"{SVG}a"):
        circle = link.find(f"{SVG}circle[@class='point']")
        assert circle is not None
        centres[code_of_href[link.get("href")]].append((float(circle.get("cx", "")), float(circle.get("cy", ""))))
    for code, points in centres.items():
        for i, a in enumerate(points):
            for b in points[i + 1 :]:
                assert math.dist(a, b) > 2 * map_svg.POINT_RADIUS, code


def test_render_is_deterministic(
    rendered: str, shapes: tuple[Shape, ...], partner_points: list[tuple[MapPoint, str]], region_of: dict[str, str]
) -> None:
    points = [point for point, _ in partner_points]
    assert render_example(shapes, points, region_of) == rendered
    assert render_example(tuple(reversed(shapes)), list(reversed(points)), region_of) == rendered


def test_text_is_escaped_for_xml(shapes: tuple[Shape, ...]) -> None:
    label = 'Bouw & Co <"De Dijk"> \'s-Graveland\x07'
    svg = map_svg.render_map(
        shapes[:2],
        [MapPoint(label=label, href="/partners/a/?x=1&y=2", lon=4.75, lat=52.25, group="bedrijf")],
        title="Kaart <test> & meer",
        description='Beschrijving met "aanhalingstekens"',
        attribution="Bron & licentie",
    )
    root = ET.fromstring(svg)
    link = next(root.iter(f"{SVG}a"))
    assert link.get("aria-label") == label.replace("\x07", "")
    assert link.get("href") == "/partners/a/?x=1&y=2"
    assert root.findtext(f"{SVG}title") == "Kaart <test> & meer"


@pytest.mark.parametrize("href", ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x"])
def test_rejects_hrefs_that_run_scripts(shapes: tuple[Shape, ...], href: str) -> None:
    with pytest.raises(ValueError, match="href"):
        map_svg.render_map(shapes, [MapPoint("X", href, 4.9, 52.4, "bedrijf")], "t", "d", "a")


@pytest.mark.parametrize("group", ["Bedrijf", "a b", 'x"y', ""])
def test_rejects_groups_that_are_not_css_safe(shapes: tuple[Shape, ...], group: str) -> None:
    with pytest.raises(ValueError, match="css-safe"):
        map_svg.render_map(shapes, [MapPoint("X", "/x/", 4.9, 52.4, group)], "t", "d", "a")


def test_rejects_a_missing_attribution(shapes: tuple[Shape, ...]) -> None:
    with pytest.raises(ValueError, match="attribution"):
        map_svg.render_map(shapes, [], "t", "d", "  ")


def contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_colours_meet_wcag_aa() -> None:
    for fill in (map_svg.AREA_FILL, *map_svg.REGION_FILLS):
        assert contrast(map_svg.POINT_FILL, fill) >= 4.5, fill
        assert contrast(map_svg.POINT_FILL_ACTIVE, fill) >= 4.5, fill
        assert contrast(map_svg.FOCUS_STROKE, fill) >= 3, fill
        assert contrast(map_svg.AREA_STROKE, fill) >= 3, fill
    assert contrast(map_svg.TEXT_FILL, map_svg.BACKGROUND_FILL) >= 4.5
