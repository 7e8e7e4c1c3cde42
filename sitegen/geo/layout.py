"""What goes where on the map so that it works on a phone: partners too close together for a finger become one
target with a count, and place names go where they overlap nothing.

Pure geometry in SVG units (`geo/map_svg.py` projects and draws). Sizes are chosen in CSS pixels at the narrowest
width the map is drawn at (`map_svg.PHONE_MAP_WIDTH`) and arrive here converted to SVG units, so what fits there fits
on every wider screen. Every choice is deterministic: same input, same layout, whatever the order of the input.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby

import numpy as np
import shapely
from shapely import MultiPolygon

Point = tuple[float, float]

# Advance widths (in em, rounded up) of DejaVu Sans Bold, one of the widest common sans-serif faces and the one
# Chromium falls back to on Linux: an estimate of a label's width that real fonts stay inside.
_CHARACTER_WIDTHS = {
    **dict.fromkeys("'", 0.31),
    **dict.fromkeys("ijlïIJ.,’ ", 0.38),
    **dict.fromkeys("/-", 0.42),
    **dict.fromkeys("f()", 0.46),
    **dict.fromkeys("tr", 0.5),
    **dict.fromkeys("zcsçLxvyk", 0.67),
    **dict.fromkeys("aeéèëêáàâoöóEFTÉ0123456789", 0.7),
    **dict.fromkeys("bdghnpquüSYZCP", 0.74),
    **dict.fromkeys("BAKRVXU", 0.82),
    **dict.fromkeys("GDHNOQ&", 0.86),
    **dict.fromkeys("w", 0.93),
    **dict.fromkeys("M", 1.0),
    **dict.fromkeys("m", 1.05),
}
_OTHER_CHARACTER_WIDTH = 1.11  # W, and anything not listed


def text_width(text: str, font_size: float) -> float:
    """An upper estimate of the width of `text` set in bold at `font_size`."""
    return font_size * sum(_CHARACTER_WIDTHS.get(character, _OTHER_CHARACTER_WIDTH) for character in text)


@dataclass(frozen=True)
class Spot:
    """One thing to show (a partner) at its point (x, y) in the municipality `code`; `key` names it uniquely."""

    key: str
    code: str
    x: float
    y: float


@dataclass(frozen=True)
class Cluster:
    """One target on the map: the spots `keys` (in the input's canonical order), drawn at (x, y) in `code`."""

    keys: tuple[str, ...]
    code: str
    x: float
    y: float


def cluster(spots: Sequence[Spot], home: Mapping[str, Point], spacing: float) -> tuple[Cluster, ...]:
    """The spots as targets no two of which are closer than `spacing`. The spots of a municipality are either all
    targets of their own or, when two of them are too close, one target together; then, while two targets are
    closer than `spacing`, the closest two become one. A target of one spot stays at that spot; a target of several
    sits at `home[code]` (the inner point) of the municipality most of them are in, so it always lies inside one of
    its own municipalities. Sorted by (code, keys)."""
    if len({spot.key for spot in spots}) != len(spots):
        raise ValueError("every spot needs its own key")
    members: list[list[Spot]] = []
    positions: list[Point] = []
    for code, group in groupby(sorted(spots, key=lambda spot: (spot.code, spot.key)), key=lambda spot: spot.code):
        group = list(group)
        if len(group) > 1 and _closest(group) < spacing:
            members.append(group)  # a municipality's spots are all apart, or all one target
            positions.append(home[code])
        else:
            members += [[spot] for spot in group]
            positions += [(spot.x, spot.y) for spot in group]
    size = len(members)
    xy = np.array(positions, dtype=float).reshape(-1, 2)
    alive = np.ones(size, dtype=bool)
    distance = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    np.fill_diagonal(distance, np.inf)
    while size > 1:
        flat = int(np.argmin(distance))  # the first of equal distances, so always the same pair
        first, second = divmod(flat, size)
        if distance[first, second] >= spacing:
            break
        keep, drop = min(first, second), max(first, second)
        members[keep].extend(members[drop])
        members[drop] = []
        alive[drop] = False
        xy[keep] = home[_home_code(members[keep])]
        distance[drop, :] = distance[:, drop] = np.inf
        row = np.hypot(xy[:, 0] - xy[keep, 0], xy[:, 1] - xy[keep, 1])
        row[~alive] = np.inf
        row[keep] = np.inf
        distance[keep, :] = distance[:, keep] = row
    clusters = []
    for index in np.flatnonzero(alive):
        group = sorted(members[index], key=lambda spot: (spot.code, spot.key))
        code = group[0].code if len(group) == 1 else _home_code(group)
        clusters.append(Cluster(tuple(spot.key for spot in group), code, float(xy[index, 0]), float(xy[index, 1])))
    return tuple(sorted(clusters, key=lambda c: (c.code, c.keys)))


def _closest(group: Sequence[Spot]) -> float:
    xy = np.array([(spot.x, spot.y) for spot in group])
    distance = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    np.fill_diagonal(distance, np.inf)
    return float(distance.min())


def _home_code(group: Sequence[Spot]) -> str:
    """The municipality a cluster is drawn in: the one most of its spots are in; of equal ones, the first code."""
    counts = Counter(spot.code for spot in group)
    return min(counts, key=lambda code: (-counts[code], code))


@dataclass(frozen=True)
class Box:
    """An axis-parallel rectangle by its centre and size."""

    x: float
    y: float
    width: float
    height: float

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return (self.x - self.width / 2, self.y - self.height / 2, self.x + self.width / 2, self.y + self.height / 2)

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return (
            abs(self.x - other.x) < (self.width + other.width) / 2 + gap
            and abs(self.y - other.y) < (self.height + other.height) / 2 + gap
        )

    def distance_to(self, x: float, y: float) -> float:
        """From the point (x, y) to the nearest point of the box (0 inside)."""
        return math.hypot(max(abs(x - self.x) - self.width / 2, 0.0), max(abs(y - self.y) - self.height / 2, 0.0))


@dataclass(frozen=True)
class Target:
    """A round target already on the map, which labels keep clear of; `code` is the municipality it is drawn in."""

    x: float
    y: float
    radius: float
    code: str | None = None


@dataclass(frozen=True)
class Label:
    """A place name: its text box, centred on (box.x, box.y)."""

    code: str
    text: str
    box: Box


@dataclass(frozen=True)
class Place:
    """A municipality to name: `area` in SVG units, `inner` its inner point there, `text` the name."""

    code: str
    text: str
    area: MultiPolygon
    inner: Point


def place_labels(
    names: Sequence[Place],
    spare_names: Sequence[Place],
    targets: Sequence[Target],
    anchors: Mapping[str, Sequence[Target]],
    frame: Box,
    font_size: float,
    gap: float,
) -> tuple[Label, ...]:
    """Labels that overlap no other label and no target (by at least `gap`) and stay inside `frame`.

    `names` come first, in their order. Each has its centre inside its municipality or sits right next to one of
    its own targets (`anchors[code]`, most important first; without one, its inner point counts), and is clearly
    nearer to a target of its own municipality than to any other (`_nearer`), so no name seems to belong to
    another's partners. Of the free spots, the one with the most of the label inside the municipality and the
    closest to one of its targets wins: a label height further away costs DISTANCE_COST of the label inside.
    A name without a free spot gets one when a name placed before it can move to make room (one at a time, the
    earliest first); otherwise it is left out. `spare_names` follow, each only where it fits entirely inside its
    municipality, a label height from any target, and never moving another."""
    placer = _Placer(targets, anchors, frame, font_size, gap)
    placed: list[tuple[Place, bool, Label]] = []
    for place, spare in [*((place, False) for place in names), *((place, True) for place in spare_names)]:
        label = placer.best(place, spare, [entry[2] for entry in placed])
        if label is None and not spare:
            placed, label = _make_room(placer, placed, place)
        if label is not None:
            placed.append((place, spare, label))
    return tuple(entry[2] for entry in placed)


def _make_room(
    placer: _Placer, placed: list[tuple[Place, bool, Label]], place: Place
) -> tuple[list[tuple[Place, bool, Label]], Label | None]:
    """Try moving one of the labels placed so far, so that `place` fits too; the first that works wins."""
    for index, (other, spare, _) in enumerate(placed):
        rest = [entry[2] for position, entry in enumerate(placed) if position != index]
        label = placer.best(place, False, rest)
        if label is None:
            continue
        moved = placer.best(other, spare, [*rest, label])
        if moved is not None:
            return [*placed[:index], (other, spare, moved), *placed[index + 1 :]], label
    return placed, None


class _Placer:
    """The best spot for one label among the targets and the labels already placed (see `place_labels`)."""

    def __init__(
        self, targets: Sequence[Target], anchors: Mapping[str, Sequence[Target]], frame: Box, font_size: float, gap: float
    ) -> None:
        self.xy = np.array([(t.x, t.y) for t in targets], dtype=float).reshape(-1, 2)
        self.radius = np.array([t.radius for t in targets], dtype=float)
        self.code = np.array([t.code or "" for t in targets], dtype=object)
        self.anchors, self.frame, self.font_size, self.gap = anchors, frame, font_size, gap
        self.height = font_size * LABEL_HEIGHT

    def best(self, place: Place, spare: bool, placed: Sequence[Label]) -> Label | None:
        width, height, gap = text_width(place.text, self.font_size), self.height, self.gap
        own_targets = list(self.anchors.get(place.code, ())) or [Target(*place.inner, 0.0)]
        xy = _candidates(place, own_targets, width, height, gap)
        xs, ys = xy[:, 0], xy[:, 1]
        left, top, right, bottom = self.frame.bounds
        free = (xs - width / 2 >= left) & (xs + width / 2 <= right) & (ys - height / 2 >= top) & (ys + height / 2 <= bottom)
        for label in placed:
            free &= ~(
                (np.abs(xs - label.box.x) < (width + label.box.width) / 2 + gap)
                & (np.abs(ys - label.box.y) < (height + label.box.height) / 2 + gap)
            )
        # From each candidate box to the edge of each target.
        dx = np.maximum(np.abs(xs[:, None] - self.xy[None, :, 0]) - width / 2, 0.0)
        dy = np.maximum(np.abs(ys[:, None] - self.xy[None, :, 1]) - height / 2, 0.0)
        clearance = np.hypot(dx, dy) - self.radius[None, :]
        free &= np.all(clearance >= gap, axis=1)
        own = self.code == place.code
        if spare or not own.any():
            free &= np.min(clearance, axis=1, initial=np.inf) >= height
        else:
            # Nearer to its own targets than to any other, by half a label height: from the label's edge, or
            # from its middle (a name centred under its target, with another target by one of its ends).
            centre = np.hypot(xs[:, None] - self.xy[None, :, 0], ys[:, None] - self.xy[None, :, 1])
            free &= _nearer(clearance, own, height / 2) | _nearer(centre, own, height / 2)
        # A name sits with its centre in its municipality, or right next to one of its own targets.
        beside = np.arange(len(xs)) < (ADJACENT * len(own_targets) if own_targets[0].radius and not spare else 0)
        centred = shapely.contains_xy(place.area, xs, ys)
        free &= centred | beside
        index = np.flatnonzero(free)
        if not len(index):
            return None
        boxes = shapely.box(xs[index] - width / 2, ys[index] - height / 2, xs[index] + width / 2, ys[index] + height / 2)
        inside = shapely.area(shapely.intersection(place.area, boxes)) / (width * height)
        away = np.min(
            [
                np.hypot(np.maximum(np.abs(xs[index] - t.x) - width / 2, 0.0), np.maximum(np.abs(ys[index] - t.y) - height / 2, 0.0))
                - t.radius
                for t in own_targets
            ],
            axis=0,
        )
        score = inside - DISTANCE_COST * np.maximum(away - 1.25 * gap, 0.0) / height
        if spare:
            score[inside < 0.999] = -np.inf
        score[~centred[index] & (inside <= 0)] = -np.inf  # beside its target, but not in its municipality at all
        best = int(np.argmax(score))  # the first of equal scores: the earliest candidate
        if not np.isfinite(score[best]):
            return None
        return Label(place.code, place.text, Box(float(xs[index[best]]), float(ys[index[best]]), width, height))


def _nearer(distance: np.ndarray, own: np.ndarray, margin: float) -> np.ndarray:
    """Per row of `distance` (candidates × targets): is the nearest own target `margin` nearer than any other?"""
    nearest_own = np.min(distance[:, own], axis=1, initial=np.inf)
    return np.min(distance[:, ~own], axis=1, initial=np.inf) >= nearest_own + margin


# The height of a label's box, in em: the glyphs from ascender to descender and the halo around them.
LABEL_HEIGHT = 1.3
# What a label one label height further from its target costs, in the share of it inside its municipality.
DISTANCE_COST = 0.3
# The first candidates are the spots right next to the anchor.
ADJACENT = 8


def _candidates(place: Place, own_targets: Sequence[Target], width: float, height: float, gap: float) -> np.ndarray:
    """Where a label's centre may go, in order of preference: next to each of its own targets in turn (below, above,
    right, left, then the corners), then on a grid inside the municipality, half a label height apart. Without a
    target (a radius of 0), the first candidate is the inner point itself."""
    candidates: list[Point] = [] if own_targets[0].radius else [(own_targets[0].x, own_targets[0].y)]
    for target in own_targets:
        x, y = target.x, target.y
        reach = target.radius + 1.25 * gap  # a little more than the gap, so rounding never makes it less
        dx, dy = reach + width / 2, reach + height / 2
        corner_x, corner_y = reach * math.sqrt(0.5) + width / 2, reach * math.sqrt(0.5) + height / 2
        candidates += [
            (x, y + dy), (x, y - dy), (x + dx, y), (x - dx, y),
            (x + corner_x, y + corner_y), (x - corner_x, y + corner_y), (x + corner_x, y - corner_y), (x - corner_x, y - corner_y),
        ]  # fmt: skip
    min_x, min_y, max_x, max_y = place.area.bounds
    step = height / 2
    grid_x, grid_y = np.meshgrid(np.arange(min_x + step / 2, max_x, step), np.arange(min_y + step / 2, max_y, step))
    inside = shapely.contains_xy(place.area, grid_x.ravel(), grid_y.ravel())
    grid = np.column_stack([grid_x.ravel()[inside], grid_y.ravel()[inside]])
    return np.concatenate([np.array(candidates, dtype=float).reshape(-1, 2), grid])
