"""The map's GeoJSON (sitegen/geo/shapes.py, read by the loader): the real file loads, and every way it can be wrong is a
Dutch problem naming the file and the feature, all at once, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
import shapely

from conftest import PROJECT_ROOT
from sitegen.geo.shapes import Shape, parse_shapes
from sitegen.limits import DATA_FILE_BYTES
from sitegen.loading.loader import load_site
from sitegen.outputs import generate
from sitegen.problems import ContentError, Problem

MAP_FILE = "data/geo/noord-holland-gemeenten-2025.geojson"


def real_collection() -> dict[str, Any]:
    return json.loads((PROJECT_ROOT / MAP_FILE).read_text(encoding="utf-8"))


def feature(code: str | None, name: str | None, geometry: object) -> dict[str, Any]:
    properties = {key: value for key, value in (("statcode", code), ("statnaam", name)) if value is not None}
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def square(x0: float, y0: float, size: float) -> list[list[float]]:
    return [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]


def collection(*features: object) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)})


def messages(text: str) -> list[str]:
    _, problems = parse_shapes(text, MAP_FILE)
    assert all(problem.path == MAP_FILE for problem in problems)
    return [problem.message for problem in problems]


def only_message(text: str) -> str:
    found = messages(text)
    assert len(found) == 1, found
    return found[0]


# -- the real file --------------------------------------------------------------------------------------------------


def test_loads_the_44_municipalities_sorted_by_code() -> None:
    file, problems = parse_shapes((PROJECT_ROOT / MAP_FILE).read_text(encoding="utf-8"), MAP_FILE)
    assert file is not None and problems == ()
    codes = [shape.code for shape in file.shapes]
    assert len(codes) == 44 and codes == sorted(set(codes))
    assert file.codes == frozenset(codes)
    assert {"Amsterdam", "Blaricum", "Laren (NH.)", "Texel"} <= {shape.name for shape in file.shapes}
    assert all(isinstance(shape.geometry, shapely.MultiPolygon) and shape.geometry.is_valid for shape in file.shapes)
    assert all(shape.geometry.area > 0 for shape in file.shapes)


def test_polygons_and_multipolygons_with_holes_are_read() -> None:
    text = collection(
        feature("GM1", "Een", {"type": "Polygon", "coordinates": [square(4, 52, 1), square(4.2, 52.2, 0.2)]}),
        feature("GM2", "Twee", {"type": "MultiPolygon", "coordinates": [[square(6, 52, 1)], [square(8, 52, 0.5)]]}),
    )
    file, problems = parse_shapes(text, MAP_FILE)
    assert problems == () and file is not None
    one, two = file.shapes
    assert one == Shape("GM1", "Een", one.geometry)
    assert len(one.geometry.geoms) == 1 and len(one.geometry.geoms[0].interiors) == 1
    assert len(two.geometry.geoms) == 2
    assert one.geometry.area == pytest.approx(1 - 0.04)


# -- one problem each ------------------------------------------------------------------------------------------------


def test_broken_json_names_line_and_character() -> None:
    _, problems = parse_shapes('{"type": "FeatureCollection",\n "features": [}', MAP_FILE)
    (problem,) = problems
    assert problem.line == 2
    assert problem.message.startswith("het kaartbestand is geen geldige JSON (fout op regel 2, teken 15)")
    assert "zet de vorige versie terug" in problem.message


@pytest.mark.parametrize("text", ['{"type": "FeatureCollection", "features": [NaN]}', "[" * 100_000 + "]" * 100_000])
def test_what_python_would_accept_but_json_does_not(text: str) -> None:
    assert only_message(text).startswith("het kaartbestand is geen geldige JSON (het bevat een getal dat JSON niet kent")


def test_empty_file() -> None:
    assert only_message(" \n") == "het kaartbestand is leeg; zet er de GeoJSON met de gemeentegrenzen in."


@pytest.mark.parametrize("text", ["[]", '{"type": "Feature"}', '{"type": "FeatureCollection"}', '{"type": "FeatureCollection", "features": {}}'])
def test_not_a_feature_collection(text: str) -> None:
    assert only_message(text).startswith("het kaartbestand is geen GeoJSON-FeatureCollection;")


def test_a_feature_that_is_no_feature() -> None:
    message = only_message(collection(feature("GM1", "Een", {"type": "Polygon", "coordinates": [square(4, 52, 1)]}), [1, 2]))
    assert message.startswith("feature 2 is geen GeoJSON-feature;")


@pytest.mark.parametrize(("code", "name", "missing", "label"), [
    (None, "Blaricum", "statcode", "feature 1 ('Blaricum')"),
    ("GM0376", None, "statnaam", "feature 1 ('GM0376')"),
    ("GM0376", "  ", "statnaam", "feature 1 ('GM0376')"),
    (None, None, "statcode", "feature 1"),
])
def test_missing_property(code: str | None, name: str | None, missing: str, label: str) -> None:
    message = only_message(collection(feature(code, name, {"type": "Polygon", "coordinates": [square(4, 52, 1)]})))
    assert message.startswith(f"{label} mist de eigenschap '{missing}' (tekst); geef elke gemeente")


def test_a_number_is_no_statcode() -> None:
    message = only_message(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"statcode": 376, "statnaam": "Blaricum"},
         "geometry": {"type": "Polygon", "coordinates": [square(4, 52, 1)]}},
    ]}))
    assert message.startswith("feature 1 ('Blaricum') mist de eigenschap 'statcode' (tekst)")


@pytest.mark.parametrize(("geometry", "said"), [
    ({"type": "Point", "coordinates": [5, 52]}, "'Point'"),
    ({"type": "LineString", "coordinates": [[5, 52], [6, 52]]}, "'LineString'"),
    (None, "geen"),
])
def test_wrong_geometry_type(geometry: object, said: str) -> None:
    message = only_message(collection(feature("GM0376", "Blaricum", geometry)))
    assert message == (
        f"feature 1 ('Blaricum', 'GM0376') heeft een geometrie van het type {said}; alleen 'Polygon' en 'MultiPolygon' "
        "kunnen als gebied worden getekend. Geef de gemeente haar grens als vlak, niet als punt of lijn."
    )


@pytest.mark.parametrize(("coordinates", "reason"), [
    ([], "de coördinaten zijn geen lijst van ringen"),
    ("GM", "de coördinaten zijn geen lijst van ringen"),
    ([square(4, 52, 1)[:-1]], "een ring heeft minder dan 4 posities of eindigt niet op zijn eerste positie"),
    ([[[4, 52], [5, 52], [4, 52]]], "een ring heeft minder dan 4 posities of eindigt niet op zijn eerste positie"),
    ([[[4, 52], ["5", 52], [5, 53], [4, 52]]], "de positie '[\"5\", 52]' is geen paar getallen [lengtegraad, breedtegraad]"),
    ([[[4, 52], [True, 52], [5, 53], [4, 52]]], "de positie '[true, 52]' is geen paar getallen [lengtegraad, breedtegraad]"),
    ([[[4, 52], [5], [5, 53], [4, 52]]], "de positie '[5]' is geen paar getallen [lengtegraad, breedtegraad]"),
    ([[[4, 52], [1e999, 52], [5, 53], [4, 52]]], "de positie '[Infinity, 52]' is geen paar getallen [lengtegraad, breedtegraad]"),
    ([[[4, 52], [5, 52], [5, 95], [4, 52]]], "de positie '[5, 95]' ligt buiten de wereld (lengtegraad -180 tot 180, breedtegraad -90 tot 90)"),
])
def test_invalid_coordinates(coordinates: object, reason: str) -> None:
    text = collection(feature("GM0376", "Blaricum", {"type": "Polygon", "coordinates": coordinates}))
    text = text.replace("Infinity", "1e999")  # a number too large for a float (json.dumps would write Infinity)
    assert only_message(text) == (
        f"feature 1 ('Blaricum', 'GM0376') heeft ongeldige coördinaten: {reason}. Exporteer de kaart opnieuw als GeoJSON "
        "in WGS84 (lengte- en breedtegraad, zoals [4.9, 52.37])."
    )


def test_a_border_that_crosses_itself_is_located() -> None:
    bowtie = [[4, 52], [5, 53], [5, 52], [4, 53], [4, 52]]
    message = only_message(collection(feature("GM0376", "Blaricum", {"type": "Polygon", "coordinates": [bowtie]})))
    assert message == (
        "feature 1 ('Blaricum', 'GM0376') heeft een ongeldige vorm bij [4.5, 52.5]: de rand kruist zichzelf. "
        "Herstel de grens (bijvoorbeeld met 'mapshaper -clean') of exporteer de kaart opnieuw."
    )


def test_a_hole_outside_its_outline() -> None:
    polygon = [square(4, 52, 1), square(6, 52, 0.1)]
    message = only_message(collection(feature("GM0376", "Blaricum", {"type": "Polygon", "coordinates": polygon})))
    assert "heeft een ongeldige vorm bij [" in message and "]: een gat ligt buiten de rand." in message


@pytest.mark.parametrize(("ring", "said"), [
    ([[4, 52], [4.5, 52.5], [5, 53], [4, 52]], "bij [4.5, 52.5]: de rand kruist zichzelf."),
    ([[4, 52], [5, 52], [5, 52], [4, 52]], "bij [4, 52]: een ring heeft minder dan drie verschillende punten."),
])
def test_a_shape_without_area(ring: list[list[float]], said: str) -> None:
    message = only_message(collection(feature("GM0376", "Blaricum", {"type": "Polygon", "coordinates": [ring]})))
    assert message.startswith(f"feature 1 ('Blaricum', 'GM0376') heeft een ongeldige vorm {said}")


def test_parts_that_overlap() -> None:
    parts = [[square(4, 52, 2)], [square(5, 53, 2)]]
    message = only_message(collection(feature("GM0376", "Blaricum", {"type": "MultiPolygon", "coordinates": parts})))
    assert message.startswith("feature 1 ('Blaricum', 'GM0376') heeft een ongeldige vorm bij [")


def test_duplicate_statcode_names_both_features() -> None:
    polygon = {"type": "Polygon", "coordinates": [square(4, 52, 1)]}
    file, problems = parse_shapes(collection(feature("GM0376", "Blaricum", polygon), feature("GM0376", "Laren", polygon)), MAP_FILE)
    assert [problem.message for problem in problems] == [
        "statcode 'GM0376' staat twee keer in het kaartbestand (feature 1 ('Blaricum', 'GM0376') en "
        "feature 2 ('Laren', 'GM0376')); houd één feature per gemeente over."
    ]
    assert file is not None and [shape.name for shape in file.shapes] == ["Blaricum"]


def test_every_broken_feature_at_once_and_the_good_ones_kept() -> None:
    good = feature("GM1", "Goed", {"type": "Polygon", "coordinates": [square(4, 52, 1)]})
    file, problems = parse_shapes(
        collection(good, feature("GM2", "Punt", {"type": "Point", "coordinates": [5, 52]}), feature(None, "Naamloos", None)),
        MAP_FILE,
    )
    assert [problem.message.split(" ", 2)[:2] for problem in problems] == [["feature", "2"], ["feature", "3"]]
    assert file is not None and [shape.code for shape in file.shapes] == ["GM1"]
    # A broken feature's municipality still counts as present, so it is not reported a second time as missing.
    assert file.codes == {"GM1", "GM2"}


# -- in the loader: data/site.yml names the file, data/regions.yml the municipalities ---------------------------------


def map_problems(project) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_site(project.root)
    return list(caught.value.problems)


def write_collection(project, data: object) -> None:
    project.write(MAP_FILE, json.dumps(data))


def test_the_loader_puts_the_shapes_on_the_model_and_the_map_page_needs_no_file(project) -> None:
    site = load_site(project.root)
    assert len(site.references.shapes) == 44
    assert site.references.shape_by_code["GM0376"].name == "Blaricum"
    (project.root / MAP_FILE).unlink()
    outputs = generate(site)
    assert '<path class="area region-gooi-en-vechtstreek" data-code="GM0376"' in outputs.pages["partners/kaart.md"]


def test_a_municipality_of_regions_yml_without_a_shape(project) -> None:
    data = real_collection()
    data["features"] = [f for f in data["features"] if f["properties"]["statcode"] != "GM0376"]
    write_collection(project, data)
    assert map_problems(project) == [
        Problem(
            MAP_FILE,
            None,
            None,
            "de gemeente 'Blaricum' (GM0376) uit data/regions.yml heeft geen vorm in dit kaartbestand; voeg een feature "
            "met statcode 'GM0376' toe, of verbeter de code in data/regions.yml.",
        )
    ]


def broken_json(data: dict[str, Any]) -> str:
    return "{" + json.dumps(data)


def without_name(data: dict[str, Any]) -> str:
    del data["features"][6]["properties"]["statnaam"]  # Blaricum, the 7th feature
    return json.dumps(data)


def as_a_point(data: dict[str, Any]) -> str:
    data["features"][6]["geometry"] = {"type": "Point", "coordinates": [5.25, 52.27]}
    return json.dumps(data)


@pytest.mark.parametrize(("change", "expected"), [
    (broken_json, "het kaartbestand is geen geldige JSON (fout op regel 1, teken 2)"),
    (without_name, "feature 7 ('GM0376') mist de eigenschap 'statnaam'"),
    (as_a_point, "feature 7 ('Blaricum', 'GM0376') heeft een geometrie van het type 'Point'"),
])
def test_each_problem_names_the_file_and_the_feature(project, change, expected: str) -> None:
    project.write(MAP_FILE, change(real_collection()))
    problems = map_problems(project)
    assert [problem.path for problem in problems] == [MAP_FILE], problems
    assert problems[0].message.startswith(expected), problems[0].message


def test_a_renamed_feature_is_one_problem_not_two(project) -> None:
    """A duplicate code also leaves a municipality without a shape: both are said, each once."""
    data = real_collection()
    data["features"][4]["properties"]["statcode"] = "GM0361"  # Bergen (NH.), the 5th feature, claims Alkmaar's code
    write_collection(project, data)
    assert sorted(problem.message for problem in map_problems(project)) == [
        "de gemeente 'Bergen (NH.)' (GM0373) uit data/regions.yml heeft geen vorm in dit kaartbestand; voeg een feature "
        "met statcode 'GM0373' toe, of verbeter de code in data/regions.yml.",
        "statcode 'GM0361' staat twee keer in het kaartbestand (feature 2 ('Alkmaar', 'GM0361') en "
        "feature 5 ('Bergen (NH.)', 'GM0361')); houd één feature per gemeente over.",
    ]


def test_map_problems_come_with_the_other_problems(project) -> None:
    data = real_collection()
    data["features"][0]["geometry"] = None
    write_collection(project, data)
    project.replace("content/events/open-dag.md", "type: open-dag", "type: opendag")
    paths = {problem.path for problem in map_problems(project)}
    assert paths == {MAP_FILE, "content/events/open-dag.md"}


def test_too_many_problems_are_cut_at_twenty(project) -> None:
    data = real_collection()
    for each in data["features"]:
        each["geometry"] = None
    write_collection(project, data)
    assert len(map_problems(project)) == 20


def test_a_map_file_over_the_limit_is_not_read(project) -> None:
    project.write(MAP_FILE, " " * (DATA_FILE_BYTES + 1))
    (problem,) = map_problems(project)
    assert problem.path == MAP_FILE and "meer dan de grens van 1.000 kB" in problem.message


def test_a_map_file_that_is_no_utf8(project) -> None:
    project.write(MAP_FILE, b'{"type": "FeatureCollection", "features": [], "x": "\xff"}')
    (problem,) = map_problems(project)
    assert problem.path == MAP_FILE and problem.message.startswith("het bestand is geen geldige UTF-8")


def shapes_line(project) -> int:
    """The line of `shapes:` in the project's data/site.yml."""
    lines = (project.root / "data" / "site.yml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.strip().startswith("shapes:"))


def test_the_map_file_named_in_site_yml_does_not_exist(project) -> None:
    project.replace("data/site.yml", "geo/noord-holland-gemeenten-2025.geojson", "geo/gemeenten.geojson")
    (problem,) = map_problems(project)
    assert (problem.path, problem.field) == ("data/site.yml", "map.shapes")
    assert problem.line == shapes_line(project)
    assert problem.message == (
        "het kaartbestand 'data/geo/gemeenten.geojson' bestaat niet; controleer de naam achter 'shapes:' of zet het "
        "bestand op die plek."
    )


@pytest.mark.parametrize("path", ["../content/events/open-dag.md", "/etc/hostname"])
def test_the_map_file_must_be_in_data(project, path: str) -> None:
    project.replace("data/site.yml", "geo/noord-holland-gemeenten-2025.geojson", path)
    (problem,) = map_problems(project)
    assert (problem.path, problem.line, problem.field) == ("data/site.yml", shapes_line(project), "map.shapes")
    assert problem.message.startswith(f"'{path}' ligt buiten de map data/; zet het kaartbestand in data/geo/")


def test_a_symbolic_link_is_not_followed(project) -> None:
    target = project.root / MAP_FILE
    target.rename(project.root / "elders.geojson")
    target.symlink_to(project.root / "elders.geojson")
    (problem,) = map_problems(project)
    assert problem.path == MAP_FILE and "symbolische link" in problem.message


def test_check_reports_bad_map_data_in_dutch_without_a_traceback(project) -> None:
    data = real_collection()
    data["features"][0]["geometry"] = {"type": "Point", "coordinates": [4.7, 52.2]}
    data["features"][1]["properties"]["statcode"] = data["features"][2]["properties"]["statcode"]
    write_collection(project, data)
    result = subprocess.run(
        [sys.executable, "-m", "sitegen", "check"], cwd=project.root, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert lines[0] == "De inhoud bevat 3 problemen; er is niets gepubliceerd."
    assert all(line.startswith(f"  {MAP_FILE}: ") for line in lines[1:]), lines
    assert any("heeft een geometrie van het type 'Point'" in line for line in lines)
    assert any("staat twee keer in het kaartbestand" in line for line in lines)
    assert any("heeft geen vorm in dit kaartbestand" in line for line in lines)
