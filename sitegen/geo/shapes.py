"""GeoJSON text → the municipalities as shapely shapes, with a Dutch problem for everything that cannot be drawn.

The map file is a GeoJSON FeatureCollection (RFC 7946) in WGS84: one feature per municipality, with the properties
`statcode` (the CBS code, such as GM0363) and `statnaam` (its name) and a Polygon or MultiPolygon geometry.
`parse_shapes` reads all of it and reports every problem at once; it never raises on bad input.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import shapely
from shapely import MultiPolygon, Polygon

from sitegen.problems import Problem, quoted

GEOMETRY_TYPES = ("Polygon", "MultiPolygon")

# What GEOS says is wrong with a polygon (shapely.is_valid_reason), in words an editor can act on.
_INVALID_REASONS = {
    "Self-intersection": "de rand kruist zichzelf",
    "Ring Self-intersection": "de rand kruist zichzelf",
    "Hole lies outside shell": "een gat ligt buiten de rand",
    "Too few points": "een ring heeft minder dan drie verschillende punten",
}  # GEOS's reason starts with one of these
_OTHER_INVALID_REASON = "de randen en gaten passen niet in elkaar"
_REASON_AT = re.compile(r"^(?P<reason>[^\[]*)\[(?P<lon>\S+) (?P<lat>\S+)\]$")


@dataclass(frozen=True)
class Shape:
    """One municipality: its CBS code and name, and its area in WGS84 (lon, lat), always as a MultiPolygon."""

    code: str
    name: str
    geometry: MultiPolygon


@dataclass(frozen=True)
class ShapeFile:
    """A map file that could be read as a FeatureCollection.

    `shapes` are the features without problems, sorted by code; `codes` are the statcodes of every feature, those
    with a problem included, so that a municipality whose feature is broken is reported once and not also as missing."""

    shapes: tuple[Shape, ...]
    codes: frozenset[str]


class _FeatureProblem(Exception):
    """What is wrong with one feature, as the end of a Dutch sentence."""


def parse_shapes(text: str, shown: str) -> tuple[ShapeFile | None, tuple[Problem, ...]]:
    """The municipalities in the GeoJSON `text` of the file `shown`, and every problem in it.

    None when the file is no FeatureCollection at all; otherwise the features that can be drawn and a problem
    for each one that cannot."""
    if not text.strip():
        return None, (Problem(shown, None, None, "het kaartbestand is leeg; zet er de GeoJSON met de gemeentegrenzen in."),)
    try:
        collection = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        return None, (
            Problem(
                shown,
                error.lineno,
                None,
                f"het kaartbestand is geen geldige JSON (fout op regel {error.lineno}, teken {error.colno}); "
                "zet de vorige versie terug of exporteer de GeoJSON opnieuw.",
            ),
        )
    except (ValueError, RecursionError):
        return None, (
            Problem(
                shown,
                None,
                None,
                "het kaartbestand is geen geldige JSON (het bevat een getal dat JSON niet kent, zoals NaN of Infinity, "
                "of het is te diep genest); zet de vorige versie terug of exporteer de GeoJSON opnieuw.",
            ),
        )
    is_collection = isinstance(collection, dict) and collection.get("type") == "FeatureCollection"
    if not (is_collection and isinstance(collection.get("features"), list)):
        return None, (
            Problem(
                shown,
                None,
                None,
                "het kaartbestand is geen GeoJSON-FeatureCollection; verwacht een object met "
                "\"type\": \"FeatureCollection\" en een lijst \"features\" met een feature per gemeente.",
            ),
        )
    return _features(collection["features"], shown)


def missing_shapes(file: ShapeFile, municipalities: Mapping[str, str], shown: str, listed_in: str) -> tuple[Problem, ...]:
    """A problem for each municipality (code → name, as listed in the file `listed_in`) without a feature in `file`."""
    return tuple(
        Problem(
            shown,
            None,
            None,
            f"de gemeente {quoted(name)} ({code}) uit {listed_in} heeft geen vorm in dit kaartbestand; "
            f"voeg een feature met statcode {quoted(code)} toe, of verbeter de code in {listed_in}.",
        )
        for code, name in sorted(municipalities.items())
        if code not in file.codes
    )


def _refuse_constant(name: str) -> float:
    # json.loads accepts NaN and Infinity, which are not JSON and no coordinate.
    raise ValueError(f"{name} is not a JSON number")


def _features(features: list[Any], shown: str) -> tuple[ShapeFile, tuple[Problem, ...]]:
    shapes: dict[str, Shape] = {}
    label_of_code: dict[str, str] = {}
    problems: list[Problem] = []
    for number, feature in enumerate(features, start=1):
        label = _label(number, feature)
        code = _property(feature, "statcode")
        if code is not None:
            if code in label_of_code:
                problems.append(
                    Problem(
                        shown,
                        None,
                        None,
                        f"statcode {quoted(code)} staat twee keer in het kaartbestand ({label_of_code[code]} en {label}); "
                        "houd één feature per gemeente over.",
                    )
                )
                continue
            label_of_code[code] = label
        try:
            shape = _shape(feature)
        except _FeatureProblem as problem:
            problems.append(Problem(shown, None, None, f"{label} {problem}"))
            continue
        shapes[shape.code] = shape
    file = ShapeFile(shapes=tuple(shapes[code] for code in sorted(shapes)), codes=frozenset(label_of_code))
    return file, tuple(problems)


def _label(number: int, feature: object) -> str:
    """How a problem names a feature: its number in the file, and its name and code when it has them."""
    known = [part for part in (_property(feature, "statnaam"), _property(feature, "statcode")) if part is not None]
    if not known:
        return f"feature {number}"
    return f"feature {number} ({', '.join(quoted(part) for part in known)})"


def _property(feature: object, key: str) -> str | None:
    """A property that is non-empty text, else None."""
    properties = feature.get("properties") if isinstance(feature, dict) else None
    value = properties.get(key) if isinstance(properties, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _shape(feature: object) -> Shape:
    if not (isinstance(feature, dict) and feature.get("type") == "Feature" and isinstance(feature.get("properties"), dict)):
        raise _FeatureProblem(
            "is geen GeoJSON-feature; verwacht een object met \"type\": \"Feature\", \"properties\" en \"geometry\"."
        )
    code, name = _property(feature, "statcode"), _property(feature, "statnaam")
    if code is None or name is None:
        missing = "statcode" if code is None else "statnaam"
        raise _FeatureProblem(
            f"mist de eigenschap {quoted(missing)} (tekst); geef elke gemeente in \"properties\" een 'statcode' "
            "(de CBS-code, zoals GM0363) en een 'statnaam' (de naam)."
        )
    return Shape(code=code, name=name, geometry=_geometry(feature.get("geometry")))


def _geometry(geometry: object) -> MultiPolygon:
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    if not isinstance(geometry, dict) or kind not in GEOMETRY_TYPES:
        shown_kind = quoted(kind) if isinstance(kind, str) else "geen"
        raise _FeatureProblem(
            f"heeft een geometrie van het type {shown_kind}; alleen 'Polygon' en 'MultiPolygon' kunnen als gebied "
            "worden getekend. Geef de gemeente haar grens als vlak, niet als punt of lijn."
        )
    coordinates = geometry.get("coordinates")
    parts = [coordinates] if kind == "Polygon" else coordinates
    if not isinstance(parts, list) or not parts:
        raise _coordinate_problem("de coördinaten zijn geen lijst van ringen")
    area = MultiPolygon([_polygon(part) for part in parts])
    if not area.is_valid:
        raise _FeatureProblem(_invalid(shapely.is_valid_reason(area)))
    return area


def _polygon(rings: object) -> Polygon:
    if not isinstance(rings, list) or not rings:
        raise _coordinate_problem("de coördinaten zijn geen lijst van ringen")
    outline, *holes = (_ring(ring) for ring in rings)
    return Polygon(outline, holes)


def _ring(ring: object) -> list[tuple[float, float]]:
    if not isinstance(ring, list):
        raise _coordinate_problem("de coördinaten zijn geen lijst van ringen")
    points = [_position(position) for position in ring]
    if len(points) < 4 or points[0] != points[-1]:
        raise _coordinate_problem("een ring heeft minder dan 4 posities of eindigt niet op zijn eerste positie")
    return points


def _position(position: object) -> tuple[float, float]:
    if not (
        isinstance(position, list)
        and len(position) in (2, 3)
        and all(isinstance(number, (int, float)) and not isinstance(number, bool) for number in position)
        and all(math.isfinite(number) for number in position)
    ):
        raise _coordinate_problem(f"de positie {quoted(json.dumps(position))} is geen paar getallen [lengtegraad, breedtegraad]")
    lon, lat = float(position[0]), float(position[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise _coordinate_problem(
            f"de positie {quoted(json.dumps(position))} ligt buiten de wereld (lengtegraad -180 tot 180, breedtegraad -90 tot 90)"
        )
    return lon, lat


def _coordinate_problem(reason: str) -> _FeatureProblem:
    return _FeatureProblem(
        f"heeft ongeldige coördinaten: {reason}. Exporteer de kaart opnieuw als GeoJSON in WGS84 "
        "(lengte- en breedtegraad, zoals [4.9, 52.37])."
    )


def _invalid(reason: str) -> str:
    """The Dutch sentence for GEOS's reason, such as 'Self-intersection[4.78 52.31]'."""
    match = _REASON_AT.match(reason)
    kind, where = (match["reason"], f" bij [{match['lon']}, {match['lat']}]") if match else (reason, "")
    said = next((text for start, text in _INVALID_REASONS.items() if kind.startswith(start)), _OTHER_INVALID_REASON)
    return (
        f"heeft een ongeldige vorm{where}: {said}. Herstel de grens (bijvoorbeeld met 'mapshaper -clean') "
        "of exporteer de kaart opnieuw."
    )
