"""The SVG map of Noord-Holland on the real 2025 boundaries: projection, the rendered, accessible SVG, and every
partner drawn inside its municipality. The geometry itself is tested in test_geo_geometry.py, the GeoJSON in
test_geo_shapes.py."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest
import yaml

from conftest import PROJECT_ROOT
from sitegen.geo import map_svg
from sitegen.geo.geometry import contains, spread_points
from sitegen.geo.map_svg import MapPoint
from sitegen.geo.shapes import Shape, parse_shapes

MAP_FILE = "data/geo/noord-holland-gemeenten-2025.geojson"
SVG = "{http://www.w3.org/2000/svg}"
ATTRIBUTION = "Kaartgegevens: Kadaster / Centraal Bureau voor de Statistiek (CBS), 2025, via PDOK (CC BY 4.0)"


@pytest.fixture(scope="module")
def shapes() -> tuple[Shape, ...]:
    file, problems = parse_shapes((PROJECT_ROOT / MAP_FILE).read_text(encoding="utf-8"), MAP_FILE)
    assert file is not None and not problems, problems
    return file.shapes


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
        spots = spread_points(by_code[code], len(partners))
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
        if not contains(shape, lon, lat):
            problems.append(f"{link.get('aria-label')} is drawn outside {shape.name}")
        elsewhere = [other.name for other in shapes if other.code != shape.code and contains(other, lon, lat)]
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
