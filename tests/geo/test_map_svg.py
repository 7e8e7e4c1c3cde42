"""The SVG map of Noord-Holland on the real 2025 boundaries: projection, the rendered, accessible SVG, and every
partner drawn inside its municipality, alone or in a cluster. The geometry itself is tested in test_geo_geometry.py,
clusters and labels in test_map_layout.py, the GeoJSON in test_geo_shapes.py."""

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
from sitegen.geo.map_svg import MapCluster, MapPoint, MapSpot
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
def partner_spots(by_code: dict[str, Shape], regions: list[dict]) -> list[MapSpot]:
    """The real partners that name a municipality, spread inside it: key = slug, code = their municipality."""
    code_of = {municipality["slug"]: municipality["code"] for region in regions for municipality in region["municipalities"]}
    partners_by_code: dict[str, list[str]] = defaultdict(list)
    for path in sorted((PROJECT_ROOT / "content" / "partners").glob("*.md")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if front.get("municipality"):
            partners_by_code[code_of[front["municipality"]]].append(path.stem)
    spots = []
    for code, slugs in sorted(partners_by_code.items()):
        for slug, (lon, lat) in zip(slugs, spread_points(by_code[code], len(slugs)), strict=True):
            spots.append(MapSpot(slug, code, lon, lat))
    return spots


@pytest.fixture(scope="module")
def clusters(shapes: tuple[Shape, ...], partner_spots: list[MapSpot]) -> tuple[MapCluster, ...]:
    return map_svg.cluster_spots(shapes, partner_spots)


@pytest.fixture(scope="module")
def partner_points(clusters: tuple[MapCluster, ...]) -> list[tuple[MapPoint, MapCluster]]:
    """One linked target per cluster, as the partner map page makes them, with the cluster it stands for."""
    return [(target_of(cluster), cluster) for cluster in clusters]


def target_of(cluster: MapCluster) -> MapPoint:
    if len(cluster.keys) == 1:
        href, label = f"#partner-{cluster.keys[0]}", f"Partner {cluster.keys[0]}"
    else:
        href, label = f"#plaats-{cluster.keys[0]}", f"{len(cluster.keys)} partners"
    return MapPoint(label, href, cluster.lon, cluster.lat, "bedrijf", len(cluster.keys), cluster.code, f"kaart-{href[1:]}")


@pytest.fixture(scope="module")
def rendered(shapes: tuple[Shape, ...], partner_points: list[tuple[MapPoint, MapCluster]], region_of: dict[str, str]) -> str:
    return render_example(shapes, [point for point, _ in partner_points], region_of)


def render_example(shapes: tuple[Shape, ...], points: list[MapPoint], region_of: dict[str, str]) -> str:
    names = sorted({point.code for point in points if point.code})
    return map_svg.render_map(
        shapes,
        points,
        title="Partners van Infra Bindt in Noord-Holland",
        description="Kaart van de 44 gemeenten van Noord-Holland met een punt per partner; elk punt linkt naar de partnerpagina.",
        attribution=ATTRIBUTION,
        region_of=region_of,
        names=names,
        spare_names=sorted(shape.code for shape in shapes),
    )


def areas(root: ET.Element) -> list[ET.Element]:
    return [path for path in root.iter(f"{SVG}path") if (path.get("class") or "").startswith("area")]


def unit(shapes: tuple[Shape, ...]) -> float:
    """SVG units in one CSS pixel at the phone width."""
    return map_svg.units_per_px(map_svg.fit_projection(shapes))


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

    paths = areas(root)
    assert len(paths) == len(shapes) == 44
    assert sorted(path.findtext(f"{SVG}title") for path in paths) == sorted(shape.name for shape in shapes)
    for path in paths:
        assert re.fullmatch(r"(M\d+\.\d \d+\.\dL(\d+\.\d \d+\.\d ?)+Z)+", path.get("d", "")), path.findtext(f"{SVG}title")


def test_municipalities_carry_their_region_as_class(rendered: str, region_of: dict[str, str]) -> None:
    root = ET.fromstring(rendered)
    for path in areas(root):
        assert path.get("class") == f"area region-{region_of[path.get('data-code')]}"
    style = root.findtext(f"{SVG}style") or ""
    assert len(set(re.findall(r"\.region-([a-z0-9-]+)\{fill:(#[0-9a-f]{6})\}", style))) == 5
    # Each subregion also has an outline of its own, drawn over its municipalities.
    edges = [path.get("data-region") for path in root.iter(f"{SVG}path") if path.get("data-region")]
    assert sorted(edges) == sorted(set(region_of.values()))


def test_every_target_is_a_named_link_of_at_least_24_px(
    rendered: str, shapes: tuple[Shape, ...], partner_points: list[tuple[MapPoint, MapCluster]]
) -> None:
    root = ET.fromstring(rendered)
    links = list(root.iter(f"{SVG}a"))
    assert sum(len(cluster.keys) for _, cluster in partner_points) == len(list((PROJECT_ROOT / "content" / "partners").glob("*.md")))
    assert sorted((a.get("href"), a.get("aria-label")) for a in links) == sorted(
        (point.href, point.label) for point, _ in partner_points
    )
    count_of = {point.href: point.count for point, _ in partner_points}
    for link in links:
        count = count_of[link.get("href")]
        assert link.get("class") == ("point-link cluster group-bedrijf" if count > 1 else "point-link single group-bedrijf")
        assert link.get("data-count") == str(count)
        assert link.get("id") == "kaart-" + link.get("href", "")[1:]
        assert link.findtext(f"{SVG}title") == link.get("aria-label")
        circles = link.findall(f"{SVG}circle")
        # The largest circle of a target, visible or not, is at least 24 CSS px across at the phone width.
        assert max(float(circle.get("r", "0")) for circle in circles) * 2 >= 24 * unit(shapes)
        assert len({(circle.get("cx"), circle.get("cy")) for circle in circles}) == 1
        if count > 1:
            assert link.findtext(f"{SVG}text") == str(count)
        else:
            hit, point = circles
            assert hit.get("class") == "hit" and hit.get("fill-opacity") == "0"
            assert point.get("class") == "point"


def test_attribution_is_visible_text_inside_the_svg(rendered: str) -> None:
    root = ET.fromstring(rendered)
    texts = [
        " ".join(span.text or "" for span in text.iter(f"{SVG}tspan"))
        for text in root.iter(f"{SVG}text")
        if text.get("class") == "attribution"
    ]
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
    rendered: str, shapes: tuple[Shape, ...], by_code: dict[str, Shape], partner_points: list[tuple[MapPoint, MapCluster]],
    partner_spots: list[MapSpot],
) -> None:
    """The product owner's check: each target, read back from the SVG and unprojected, lies in the municipality of
    its partner, or for a cluster of several partners in the municipality of at least one of them (the one most of
    them are in), and in no other. Every partner is in exactly one target."""
    projection = map_svg.fit_projection(shapes)
    cluster_of_href = {point.href: cluster for point, cluster in partner_points}
    code_of_key = {spot.key: spot.code for spot in partner_spots}
    root = ET.fromstring(rendered)
    problems = []
    shown: list[str] = []
    for link in root.iter(f"{SVG}a"):
        circle = link.find(f"{SVG}circle[@class='point']")
        assert circle is not None
        lon, lat = map_svg.unproject(projection, float(circle.get("cx", "")), float(circle.get("cy", "")))
        cluster = cluster_of_href[link.get("href")]
        shown += cluster.keys
        codes = {code_of_key[key] for key in cluster.keys}
        assert cluster.code in codes
        shape = by_code[cluster.code]
        if not contains(shape, lon, lat):
            problems.append(f"{link.get('aria-label')} is drawn outside {shape.name}")
        elsewhere = [other.name for other in shapes if other.code != shape.code and contains(other, lon, lat)]
        if elsewhere:
            problems.append(f"{link.get('aria-label')} is also drawn in {', '.join(elsewhere)}")
    assert not problems, "\n".join(problems)
    assert sorted(shown) == sorted(code_of_key)


def test_no_two_targets_are_closer_than_24_px_at_the_phone_width(rendered: str, shapes: tuple[Shape, ...]) -> None:
    centres = [
        (float(circle.get("cx", "")), float(circle.get("cy", "")))
        for link in ET.fromstring(rendered).iter(f"{SVG}a")
        for circle in link.findall(f"{SVG}circle[@class='point']")
    ]
    closest = min(math.dist(a, b) for i, a in enumerate(centres) for b in centres[i + 1 :])
    assert closest / unit(shapes) >= 24


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
    """Targets and their outlines 3:1 against every fill (WCAG 1.4.11), text 4.5:1 (1.4.3), also without its halo."""
    for fill in (map_svg.AREA_FILL, *map_svg.REGION_FILLS):
        assert contrast(map_svg.POINT_FILL, fill) >= 4.5, fill
        assert contrast(map_svg.POINT_FILL_ACTIVE, fill) >= 4.5, fill
        assert contrast(map_svg.FOCUS_STROKE, fill) >= 3, fill
        assert contrast(map_svg.REGION_STROKE, fill) >= 3, fill
        assert contrast(map_svg.AREA_STROKE, fill) >= 3, fill
        assert contrast(map_svg.LABEL_FILL, fill) >= 4.5, fill
    assert contrast(map_svg.LABEL_FILL, map_svg.BACKGROUND_FILL) >= 4.5
    assert contrast(map_svg.COUNT_FILL, map_svg.POINT_FILL) >= 4.5
    assert contrast(map_svg.COUNT_FILL, map_svg.POINT_FILL_ACTIVE) >= 4.5
    assert contrast(map_svg.TEXT_FILL, map_svg.BACKGROUND_FILL) >= 4.5


def test_the_subregions_look_different() -> None:
    """The legend's swatches: five distinct fills, each one visibly darker than the white around the map."""
    assert len(set(map_svg.REGION_FILLS)) == len(map_svg.REGION_FILLS) == 5
    assert all(contrast(fill, map_svg.BACKGROUND_FILL) >= 1.15 for fill in map_svg.REGION_FILLS)
    assert map_svg.region_fills(["b", "a", "b"]) == {"a": map_svg.REGION_FILLS[0], "b": map_svg.REGION_FILLS[1]}
