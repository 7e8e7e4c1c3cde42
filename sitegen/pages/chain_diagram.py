"""The chain as a picture: the stages of data/chain_stages.yml in their order, the side entries joining them and the
leaks of data/leaks.yml dripping from the stages they name, drawn at build time as SVG.

Pure: stages, leaks and the words in, markup out; the same input gives the same bytes. Nothing about one network is
in here: a region with other stages gets its own picture.

- The chain is the list in its order. Stages next to each other with the same `group` are alternatives at one
  step (vmbo or havo/vwo): drawn side by side on a band named after the group. A stage with `joins` is a side
  entry (zij-instroom): drawn in a lane beside the chain, with an arrow into the stage it joins.
- Each stage is a link (`#<slug>`, its section on the page) holding its box and its leaks, drawn as drops with
  the leak's code, so a leak is shown by shape and text, not by colour alone; the link's name says the same
  ("Vmbo, lekken I, II en V"). Arrows, bands and the legend are hidden from assistive technology: the page
  puts the same in words right after the picture.
- Two drawings in one `<div>`: a tall one for phones and a wide one. A container query shows the wide one only
  where it fits at its own size, so no text is ever drawn smaller than its font size, except the tall one on a
  screen narrower than `TALL_WIDTH` (it shrinks to fit). Text widths are estimated with DejaVu Sans Bold, a wide
  font, so labels fit in narrower fonts too.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sitegen.escape import xml_text
from sitegen.model.references import ChainStage, Leak

ROOT_CLASS = "ib-chain-diagram"

# The tall drawing is as wide as the text column of a 390 px phone (358 px), so there it is drawn at its own size.
TALL_WIDTH = 358.0
MARGIN = 4.0

LABEL_SIZE = 14.0  # stage names, bold
LABEL_LINE = 18.0
SMALL_SIZE = 14.0  # group names and the legend
SMALL_LINE = 18.0
DROP_SIZE = 13.0  # a leak's code inside its drop, bold

BOX_PAD_X = 7.0
BOX_PAD_Y = 12.0
BOX_MIN_HEIGHT = 44.0
CELL_GAP = 10.0  # between stages of one step
BAND_PAD = 8.0
STEP_GAP = 34.0  # between steps, room for the arrow
ENTRY_GAP = 34.0  # between a side entry and the stage it joins, beside it
ENTRY_ROW_GAP = 16.0  # under a row of side entries
ENTRY_CHANNEL = 22.0  # the tall drawing's left edge, where the side entries' arrows run down
SINGLE_MIN_WIDTH = 88.0  # a stage alone at its step, in the tall drawing
COLUMN_WIDTH = 128.0  # a stage in the wide drawing
WIDE_STEP_GAP = 30.0
WIDE_ENTRY_GAP = 36.0

DROP_RADIUS = 12.0
DROP_GAP = 6.0  # between drops
DROP_OVERLAP = 8.0  # how far the tips of the first row reach into the box

BOX_FILL = "#e3eef5"
BOX_STROKE = "#0b4a6f"
LABEL_FILL = "#0b2a3d"
ENTRY_FILL = "#ffffff"
BAND_FILL = "#f0f3f5"
BAND_STROKE = "#8395a4"
BAND_TEXT = "#3d4a57"
ARROW_FILL = "#0b4a6f"
DROP_FILL = "#a3420f"
DROP_TEXT = "#ffffff"
ACTIVE_FILL = "#0b4a6f"
ACTIVE_TEXT = "#ffffff"
FOCUS_STROKE = "#1b1f23"
BACKGROUND_FILL = "#ffffff"

# DejaVu Sans Bold advance widths of the printable ASCII characters, in thousandths of the font size.
_WIDTHS = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696,
    696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995,
    837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716,
    678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712,
    365, 712, 838,
)


@dataclass(frozen=True)
class DiagramText:
    """The words of the picture, from the page that shows it. `one_leak` and `several_leaks` take `{codes}`,
    `joins` takes `{stage}`: `DiagramText(..., several_leaks="lekken {codes}", joins="stapt in bij {stage}")`."""

    title: str
    leak_legend: str
    entry_legend: str
    one_leak: str
    several_leaks: str
    joins: str
    conjunction: str


@dataclass(frozen=True)
class ChainShape:
    """The chain as drawn: the steps of the chain itself in order (a step of several stages holds alternatives)
    and the side entries, each joining a stage of a step."""

    steps: tuple[tuple[ChainStage, ...], ...]
    entries: tuple[ChainStage, ...]

    def step_index(self, slug: str) -> int:
        return next(index for index, step in enumerate(self.steps) if any(stage.slug == slug for stage in step))

    def entries_at(self, step: int) -> tuple[ChainStage, ...]:
        slugs = {stage.slug for stage in self.steps[step]}
        return tuple(entry for entry in self.entries if entry.joins in slugs)


def chain_shape(stages: Sequence[ChainStage]) -> ChainShape:
    """Steps from the order and groups of `stages`; side entries are the stages with `joins`."""
    steps: list[list[ChainStage]] = []
    for stage in stages:
        if stage.joins is not None:
            continue
        if steps and steps[-1][-1].group == stage.group:
            steps[-1].append(stage)
        else:
            steps.append([stage])
    main = {stage.slug for step in steps for stage in step}
    entries = tuple(stage for stage in stages if stage.joins is not None)
    for entry in entries:
        if entry.joins not in main:
            raise ValueError(f"side entry {entry.slug!r} joins {entry.joins!r}, which is not a stage of the chain itself")
    if len({stage.slug for stage in stages}) != len(stages):
        raise ValueError("two stages have the same slug")
    return ChainShape(tuple(tuple(step) for step in steps), entries)


def leaks_by_stage(stages: Sequence[ChainStage], leaks: Sequence[Leak]) -> dict[str, tuple[Leak, ...]]:
    """The leaks at each stage, in the order of `leaks`; a leak naming an unknown stage is an error."""
    known = {stage.slug for stage in stages}
    for leak in leaks:
        unknown = [slug for slug in leak.stages if slug not in known]
        if unknown:
            raise ValueError(f"leak {leak.code!r} names stages that are not in the chain: {unknown}")
    return {stage.slug: tuple(leak for leak in leaks if stage.slug in leak.stages) for stage in stages}


def chain_diagram(
    stages: Sequence[ChainStage],
    leaks: Sequence[Leak],
    text: DiagramText,
    href: Callable[[str], str] = lambda slug: f"#{slug}",
) -> str:
    """`<div class="ib-chain-diagram">` with the tall and the wide drawing of the chain; `href(slug)` is a stage's link."""
    shape = chain_shape(stages)
    at_stage = leaks_by_stage(stages, leaks)
    tall = _tall(shape, at_stage)
    wide = _wide(shape, at_stage)
    style = _stylesheet(wide.width)
    tall_svg = _svg(tall, "tall", shape, at_stage, text, href, style)
    wide_svg = _svg(wide, "wide", shape, at_stage, text, href, None)
    # Out of the search index: the list under the picture says the same, readably.
    return f'<div class="{ROOT_CLASS}" data-search-exclude="">\n{tall_svg}\n{wide_svg}\n</div>'


# --- layout -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Drop:
    x: float  # centre of the round part
    y: float
    radius: float
    code: str


@dataclass(frozen=True)
class _Cell:
    """A stage as drawn: its box at (x, y), its name in lines, its leaks as drops hanging from the box."""

    stage: ChainStage
    x: float
    y: float
    width: float
    box_height: float
    height: float  # the box and its drops: the link's target
    lines: tuple[str, ...]
    drops: tuple[_Drop, ...]
    entry: bool

    @property
    def centre(self) -> float:
        return self.x + self.width / 2

    @property
    def middle(self) -> float:
        return self.y + self.box_height / 2


@dataclass(frozen=True)
class _Band:
    x: float
    y: float
    width: float
    height: float
    lines: tuple[str, ...]
    label_x: float
    label_y: float  # baseline of the first line
    anchor: str  # of the label: start or middle


@dataclass(frozen=True)
class _Arrow:
    points: tuple[tuple[float, float], ...]
    entry: bool


@dataclass(frozen=True)
class _Drawing:
    width: float
    bands: tuple[_Band, ...]
    cells: tuple[_Cell, ...]
    arrows: tuple[_Arrow, ...]
    legend_y: float


def _natural_width(stage: ChainStage, leaks: Sequence[Leak]) -> float:
    """The width a stage needs for its name on one line and its drops in one row."""
    return max(_text_width(stage.name, LABEL_SIZE) + 2 * BOX_PAD_X, _drops_width([_drop_radius(leak.code) for leak in leaks]))


def _box_height(stage: ChainStage, width: float) -> float:
    return max(BOX_MIN_HEIGHT, len(_wrap(stage.name, width - 2 * BOX_PAD_X, LABEL_SIZE)) * LABEL_LINE + 2 * BOX_PAD_Y)


def _drip_height(leaks: Sequence[Leak], width: float) -> float:
    """How far the drops hang below the box: the first row overlaps its bottom edge."""
    rows = _drop_rows([_drop_radius(leak.code) for leak in leaks], width)
    if not rows:
        return 0.0
    return sum(_drop_height(max(row)) for row in rows) + DROP_GAP * (len(rows) - 1) - DROP_OVERLAP


def _place(stage: ChainStage, leaks: Sequence[Leak], x: float, y: float, width: float, box_height: float, entry: bool) -> _Cell:
    lines = tuple(_wrap(stage.name, width - 2 * BOX_PAD_X, LABEL_SIZE))
    drops: list[_Drop] = []
    radii = [_drop_radius(leak.code) for leak in leaks]
    row_top = y + box_height - DROP_OVERLAP
    index = 0
    for row in _drop_rows(radii, width):
        left = x + (width - _drops_width(row)) / 2
        tallest = _drop_height(max(row))
        for radius in row:
            # The round part at the bottom of the row, the tip up: the drop falls from the box.
            drops.append(_Drop(left + radius, row_top + tallest - radius, radius, leaks[index].code))
            left += 2 * radius + DROP_GAP
            index += 1
        row_top += tallest + DROP_GAP
    height = box_height + _drip_height(leaks, width)
    return _Cell(stage, x, y, width, box_height, height, lines, tuple(drops), entry)


def _tall(shape: ChainShape, at_stage: Mapping[str, Sequence[Leak]]) -> _Drawing:
    """Steps from top to bottom, alternatives side by side. A side entry stands left of the stage it joins when that
    stage is alone at its step and there is room; else in a row of its own above the step, its arrow running down
    a channel along the left edge and into the stage from the side."""
    width = TALL_WIDTH
    channel = ENTRY_CHANNEL if shape.entries else 0.0
    main_x = MARGIN + channel
    main_width = width - MARGIN - main_x
    centre = main_x + main_width / 2
    bands: list[_Band] = []
    cells: list[_Cell] = []
    arrows: list[_Arrow] = []
    y = MARGIN
    previous: float | None = None  # the bottom of the step before, where the arrow to this step starts
    for index, step in enumerate(shape.steps):
        joining = shape.entries_at(index)
        beside = False
        if len(step) == 1:
            cell_width = min(main_width, max(SINGLE_MIN_WIDTH, _natural_width(step[0], at_stage[step[0].slug])))
            widths = [min(_natural_width(entry, at_stage[entry.slug]), centre - MARGIN - ENTRY_GAP) for entry in joining]
            entries_end = MARGIN + sum(widths) + CELL_GAP * (len(widths) - 1) + ENTRY_GAP
            # Beside it when the stage can move right enough and still take the arrow from above in its box.
            beside = bool(joining) and entries_end <= centre - SINGLE_MIN_WIDTH / 4
            lefts = [max(centre - cell_width / 2, entries_end) if beside else centre - cell_width / 2]
        if joining and not beside:
            # One under the other, right of the channel and left of the arrow down the middle.
            for entry in joining:
                entry_width = min(_natural_width(entry, at_stage[entry.slug]), centre - main_x - CELL_GAP)
                cell = _place(entry, at_stage[entry.slug], main_x, y, entry_width, _box_height(entry, entry_width), True)
                cells.append(cell)
                y += cell.height + CELL_GAP
            y += ENTRY_ROW_GAP - CELL_GAP
        top = y
        if previous is not None:
            arrows.append(_Arrow(((centre, previous + 3), (centre, top - 3)), False))
        if len(step) > 1:
            inner_x, inner_width = main_x + BAND_PAD, main_width - 2 * BAND_PAD
            label = tuple(_wrap(step[0].group, inner_width, SMALL_SIZE))
            label_y = y + BAND_PAD + SMALL_SIZE * 0.8
            y += BAND_PAD + len(label) * SMALL_LINE + 4
            cell_width = (inner_width - (len(step) - 1) * CELL_GAP) / len(step)
            lefts = [inner_x + position * (cell_width + CELL_GAP) for position in range(len(step))]
        box_height = max(_box_height(stage, cell_width) for stage in step)
        placed = [_place(stage, at_stage[stage.slug], left, y, cell_width, box_height, False) for stage, left in zip(step, lefts, strict=True)]
        cells += placed
        bottom = max(cell.y + cell.height for cell in placed)
        if beside:
            left = MARGIN
            for entry, entry_width in zip(joining, widths, strict=True):
                cell = _place(entry, at_stage[entry.slug], left, y, entry_width, max(box_height, _box_height(entry, entry_width)), True)
                cells.append(cell)
                arrows.append(_Arrow(((cell.x + cell.width + 2, cell.middle), (placed[0].x - 2, cell.middle)), True))
                left += entry_width + CELL_GAP
                bottom = max(bottom, cell.y + cell.height)
        else:
            for entry in joining:
                source = next(cell for cell in cells if cell.stage.slug == entry.slug)
                target = next(cell for cell in placed if cell.stage.slug == entry.joins)
                arrows.append(_Arrow(_channel_path(source, target, placed[0]), True))
        y = bottom
        if len(step) > 1:
            y += BAND_PAD
            bands.append(_Band(main_x, top, main_width, y - top, label, main_x + BAND_PAD, label_y, "start"))
        previous = y
        if index < len(shape.steps) - 1:
            y += STEP_GAP
    return _Drawing(width, tuple(bands), tuple(cells), tuple(arrows), y)


def _channel_path(source: _Cell, target: _Cell, first: _Cell) -> tuple[tuple[float, float], ...]:
    """From the left of a side entry down the channel, then right into the stage it joins (over the top of the
    stages before it in its step, if any)."""
    x = MARGIN + ENTRY_CHANNEL / 2
    start = (source.x - 2, source.middle)
    if target is first:
        return (start, (x, source.middle), (x, target.middle), (target.x - 2, target.middle))
    above = target.y - 4
    return (start, (x, source.middle), (x, above), (target.centre, above), (target.centre, target.y - 1))


def _wide(shape: ChainShape, at_stage: Mapping[str, Sequence[Leak]]) -> _Drawing:
    """Steps from left to right, alternatives stacked on a band with the group's name under it, side entries in
    a row above the step they join."""
    slot = COLUMN_WIDTH + 2 * BAND_PAD
    count = len(shape.steps)
    width = 2 * MARGIN + count * slot + (count - 1) * WIDE_STEP_GAP
    box_heights = [max(_box_height(stage, COLUMN_WIDTH) for stage in step) for step in shape.steps]

    def left_of(index: int) -> float:
        return MARGIN + index * (slot + WIDE_STEP_GAP)

    # The side entries in a row above the chain, each as wide as its name, as near above the step it joins as the
    # others leave room for.
    entries = [(entry, index) for index in range(count) for entry in shape.entries_at(index)]
    widths = [min(_natural_width(entry, at_stage[entry.slug]), slot) for entry, _ in entries]
    room = width - 2 * MARGIN - CELL_GAP * max(len(entries) - 1, 0)
    if sum(widths) > room:
        widths = [entry_width * room / sum(widths) for entry_width in widths]
    lefts: list[float] = []
    cursor = MARGIN
    for position, (_, index) in enumerate(entries):
        together = [w for (_, other), w in zip(entries, widths, strict=True) if other == index]
        start = left_of(index) + slot / 2 - (sum(together) + CELL_GAP * (len(together) - 1)) / 2
        if position == 0 or entries[position - 1][1] != index:
            cursor = max(cursor, start)
        lefts.append(cursor)
        cursor += widths[position] + CELL_GAP
    limit = width - MARGIN
    for position in reversed(range(len(entries))):
        lefts[position] = min(lefts[position], limit - widths[position])
        limit = lefts[position] - CELL_GAP
    lane_box = max((_box_height(entry, w) for (entry, _), w in zip(entries, widths, strict=True)), default=0.0)
    lane_cells = [
        _place(entry, at_stage[entry.slug], left, MARGIN, w, lane_box, True)
        for (entry, _), left, w in zip(entries, lefts, widths, strict=True)
    ]
    top = max((cell.y + cell.height for cell in lane_cells), default=0.0) + (WIDE_ENTRY_GAP if lane_cells else MARGIN)

    # One line through the middle of every single stage's box and of every band: the arrows between steps.
    heights = []
    for step, box_height in zip(shape.steps, box_heights, strict=True):
        drip = max(_drip_height(at_stage[stage.slug], COLUMN_WIDTH) for stage in step)
        heights.append(box_height if len(step) == 1 else 2 * BAND_PAD + len(step) * (box_height + drip) + (len(step) - 1) * CELL_GAP)
    middle = top + max(heights) / 2
    bands: list[_Band] = []
    cells: list[_Cell] = []
    bottom = middle
    for index, (step, box_height) in enumerate(zip(shape.steps, box_heights, strict=True)):
        x = left_of(index) + BAND_PAD
        if len(step) == 1:
            cell = _place(step[0], at_stage[step[0].slug], x, middle - box_height / 2, COLUMN_WIDTH, box_height, False)
            cells.append(cell)
            bottom = max(bottom, cell.y + cell.height)
            continue
        drip = max(_drip_height(at_stage[stage.slug], COLUMN_WIDTH) for stage in step)
        y = band_top = middle - heights[index] / 2
        y += BAND_PAD
        for stage in step:
            cells.append(_place(stage, at_stage[stage.slug], x, y, COLUMN_WIDTH, box_height, False))
            y += box_height + drip + CELL_GAP
        label = tuple(_wrap(step[0].group, slot, SMALL_SIZE))
        label_y = band_top + heights[index] + 4 + SMALL_SIZE * 0.8
        bands.append(_Band(left_of(index), band_top, slot, heights[index], label, left_of(index) + slot / 2, label_y, "middle"))
        bottom = max(bottom, band_top + heights[index] + 4 + len(label) * SMALL_LINE)

    arrows = [
        _Arrow(((left_of(index) + slot + 3, middle), (left_of(index + 1) - 3, middle)), False) for index in range(count - 1)
    ]
    by_slug = {cell.stage.slug: cell for cell in cells}
    for cell in lane_cells:
        target = by_slug[cell.stage.joins or ""]
        step = shape.steps[shape.step_index(target.stage.slug)]
        start = (cell.centre, cell.y + cell.height + 2)
        level = top - WIDE_ENTRY_GAP / 2
        if target.stage.slug == step[0].slug:
            if abs(cell.centre - target.centre) < 0.05:
                arrows.append(_Arrow((start, (target.centre, target.y - 2)), True))
            else:
                arrows.append(_Arrow((start, (cell.centre, level), (target.centre, level), (target.centre, target.y - 2)), True))
        else:
            # Not the first of its step: down beside the band and into the stage from the left.
            aside = target.x - BAND_PAD - WIDE_STEP_GAP / 3
            arrows.append(_Arrow((start, (cell.centre, level), (aside, level), (aside, target.middle), (target.x - 2, target.middle)), True))
    return _Drawing(width, tuple(bands), tuple(cells + lane_cells), tuple(arrows), bottom)


# --- drawing ----------------------------------------------------------------------------------------------------


def _svg(
    drawing: _Drawing,
    variant: str,
    shape: ChainShape,
    at_stage: Mapping[str, Sequence[Leak]],
    text: DiagramText,
    href: Callable[[str], str],
    style: str | None,
) -> str:
    legend, legend_height = _legend(drawing, shape, at_stage, text)
    height = drawing.legend_y + legend_height + MARGIN
    title_id = f"{ROOT_CLASS}-{variant}-title"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_number(drawing.width)} {_number(height)}"'
        f' width="{_number(drawing.width)}" height="{_number(height)}"'
        f' class="{ROOT_CLASS}__svg {ROOT_CLASS}__svg--{variant}" role="group" aria-labelledby="{title_id}">',
        f'<title id="{title_id}">{xml_text(text.title)}</title>',
    ]
    if style is not None:
        parts.append(f"<style>{style}</style>")
    parts.append(f'<rect width="{_number(drawing.width)}" height="{_number(height)}" fill="{BACKGROUND_FILL}"/>')
    parts.append('<g aria-hidden="true">')
    for band in drawing.bands:
        parts.append(
            f'<rect class="band" x="{_number(band.x)}" y="{_number(band.y)}" width="{_number(band.width)}"'
            f' height="{_number(band.height)}" rx="10" fill="{BAND_FILL}" stroke="{BAND_STROKE}" stroke-width="1"/>'
        )
        parts.append(_text(band.lines, band.label_x, band.label_y, SMALL_LINE, SMALL_SIZE, BAND_TEXT, band.anchor, bold=False))
    for arrow in drawing.arrows:
        parts.append(_arrow(arrow))
    parts.append("</g>")
    for cell in drawing.cells:
        parts.append(_stage(cell, at_stage[cell.stage.slug], shape, text, href))
    parts += legend
    parts.append("</svg>")
    return "\n".join(parts)


def _stage(cell: _Cell, leaks: Sequence[Leak], shape: ChainShape, text: DiagramText, href: Callable[[str], str]) -> str:
    name = _link_name(cell.stage, leaks, shape, text)
    fill, dash = (ENTRY_FILL, ' stroke-dasharray="6 4"') if cell.entry else (BOX_FILL, "")
    label_top = cell.y + (cell.box_height - len(cell.lines) * LABEL_LINE) / 2
    parts = [
        f'<a href="{xml_text(href(cell.stage.slug))}" class="stage{" entry" if cell.entry else ""}"'
        f' data-stage="{xml_text(cell.stage.slug)}" aria-label="{xml_text(name)}">',
        f"<title>{xml_text(name)}</title>",
        f'<rect class="target" x="{_number(cell.x - 3)}" y="{_number(cell.y - 3)}" width="{_number(cell.width + 6)}"'
        f' height="{_number(cell.height + 6)}" rx="10" fill="{BACKGROUND_FILL}" fill-opacity="0" stroke="none"/>',
        f'<rect class="box" x="{_number(cell.x)}" y="{_number(cell.y)}" width="{_number(cell.width)}"'
        f' height="{_number(cell.box_height)}" rx="8" fill="{fill}" stroke="{BOX_STROKE}" stroke-width="2"{dash}/>',
        _text(cell.lines, cell.centre, label_top + LABEL_LINE / 2 + LABEL_SIZE * 0.35, LABEL_LINE, LABEL_SIZE, LABEL_FILL, "middle",
              bold=True, css="label"),
    ]
    parts += [_drop(drop) for drop in cell.drops]
    parts.append("</a>")
    return "".join(parts)


def _link_name(stage: ChainStage, leaks: Sequence[Leak], shape: ChainShape, text: DiagramText) -> str:
    parts = [stage.name]
    if stage.joins is not None:
        target = next(main for step in shape.steps for main in step if main.slug == stage.joins)
        parts.append(text.joins.format(stage=target.name))
    if leaks:
        codes = _listing([leak.code for leak in leaks], text.conjunction)
        parts.append((text.one_leak if len(leaks) == 1 else text.several_leaks).format(codes=codes))
    return ", ".join(parts)


def _listing(items: Sequence[str], conjunction: str) -> str:
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _legend(drawing: _Drawing, shape: ChainShape, at_stage: Mapping[str, Sequence[Leak]], text: DiagramText) -> tuple[list[str], float]:
    """What a drop and a dashed box mean, under the picture; side by side when both fit on one line."""
    items: list[tuple[str, str]] = []
    if any(at_stage.values()):
        items.append(("drop", text.leak_legend))
    if shape.entries:
        items.append(("entry", text.entry_legend))
    if not items:
        return [], 0.0
    symbol, gap = 2 * DROP_RADIUS, 8.0
    room = drawing.width - 2 * MARGIN - symbol - gap
    widths = [_text_width(words, SMALL_SIZE) for _, words in items]
    side_by_side = sum(widths) + len(items) * (symbol + gap) + 24 * (len(items) - 1) <= drawing.width - 2 * MARGIN
    parts = ['<g class="legend" aria-hidden="true">']
    x, y = MARGIN, drawing.legend_y + 14
    height = 14.0
    for (kind, words), width in zip(items, widths, strict=True):
        lines = [words] if side_by_side else _wrap(words, room, SMALL_SIZE)
        block = max(2.7 * DROP_RADIUS, len(lines) * SMALL_LINE)
        centre = y + block / 2
        if kind == "drop":
            parts.append(_drop(_Drop(x + DROP_RADIUS, centre + 0.35 * DROP_RADIUS, DROP_RADIUS, "")))
        else:
            parts.append(
                f'<rect x="{_number(x + 1)}" y="{_number(centre - 9)}" width="{_number(symbol - 2)}" height="18" rx="4"'
                f' fill="{ENTRY_FILL}" stroke="{BOX_STROKE}" stroke-width="2" stroke-dasharray="4 3"/>'
            )
        first = centre - (len(lines) - 1) * SMALL_LINE / 2 + SMALL_SIZE * 0.35
        parts.append(_text(lines, x + symbol + gap, first, SMALL_LINE, SMALL_SIZE, LABEL_FILL, "start", bold=False))
        if side_by_side:
            x += symbol + gap + width + 24
            height = max(height, 14 + block)
        else:
            y += block + 8
            height = y - drawing.legend_y
    parts.append("</g>")
    return parts, height


def _text(
    lines: Sequence[str], x: float, y: float, line: float, size: float, fill: str, anchor: str, *, bold: bool, css: str = ""
) -> str:
    """Lines of text from the baseline `y` of the first; every line through `xml_text`."""
    weight = (' font-weight="700"' if bold else "") + (f' class="{css}"' if css else "")
    spans = "".join(
        f'<tspan x="{_number(x)}" y="{_number(y + index * line)}">{xml_text(words)}</tspan>' for index, words in enumerate(lines)
    )
    return f'<text font-size="{_number(size)}"{weight} fill="{fill}" text-anchor="{anchor}">{spans}</text>'


def _drop(drop: _Drop) -> str:
    """A falling drop: round at the bottom, its tip up; the leak's code in the round part."""
    x, y, r = drop.x, drop.y, drop.radius
    tip = y - 1.7 * r
    path = (
        f"M{_number(x)} {_number(tip)}"
        f"C{_number(x + 0.35 * r)} {_number(y - 1.15 * r)} {_number(x + r)} {_number(y - 0.6 * r)} {_number(x + r)} {_number(y)}"
        f"A{_number(r)} {_number(r)} 0 0 1 {_number(x - r)} {_number(y)}"
        f"C{_number(x - r)} {_number(y - 0.6 * r)} {_number(x - 0.35 * r)} {_number(y - 1.15 * r)} {_number(x)} {_number(tip)}Z"
    )
    shape = f'<path class="drop" d="{path}" fill="{DROP_FILL}" stroke="{BACKGROUND_FILL}" stroke-width="1.5"/>'
    if not drop.code:
        return shape
    return shape + (
        f'<text x="{_number(x)}" y="{_number(y + 0.35 * DROP_SIZE)}" font-size="{_number(DROP_SIZE)}" font-weight="700"'
        f' fill="{DROP_TEXT}" text-anchor="middle">{xml_text(drop.code)}</text>'
    )


def _arrow(arrow: _Arrow) -> str:
    """A line through `points` with a head at the last one."""
    *body, (x1, y1) = arrow.points
    x0, y0 = body[-1]
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    head, half = (12.0, 7.0) if not arrow.entry else (10.0, 6.0)
    base = (x1 - ux * head, y1 - uy * head)
    line = "L".join(f"{_number(x)} {_number(y)}" for x, y in [*body, base])
    width = 4 if not arrow.entry else 2.5
    dash = "" if not arrow.entry else ' stroke-dasharray="6 4"'
    corners = [(x1, y1), (base[0] - uy * half, base[1] + ux * half), (base[0] + uy * half, base[1] - ux * half)]
    return (
        f'<path d="M{line}" fill="none" stroke="{ARROW_FILL}" stroke-width="{width}"'
        f' stroke-linejoin="round"{dash}/>'
        f'<path d="M{"L".join(f"{_number(x)} {_number(y)}" for x, y in corners)}Z" fill="{ARROW_FILL}"/>'
    )


def _stylesheet(wide_width: float) -> str:
    root = f".{ROOT_CLASS}"
    return "".join(
        [
            f"{root}{{container-type:inline-size;margin:0 0 1em}}",
            f"{root}__svg{{display:block;max-width:100%;height:auto;margin:0 auto}}",
            f"{root}__svg--wide{{display:none}}",
            f"@container (min-width:{_number(wide_width)}px){{{root}__svg--tall{{display:none}}{root}__svg--wide{{display:block}}}}",
            # Material underlines links; here only a stage's name is underlined, not the codes in its drops.
            f".md-typeset {root} a.stage{{text-decoration:none}}",
            f"{root} .label{{text-decoration:underline}}",
            f"{root} a.stage:hover .box,{root} a.stage:focus-visible .box{{fill:{ACTIVE_FILL}}}",
            f"{root} a.stage:hover .label,{root} a.stage:focus-visible .label{{fill:{ACTIVE_TEXT}}}",
            f"{root} a.stage:focus{{outline:none}}",
            f"{root} a.stage:focus-visible .target{{stroke:{FOCUS_STROKE};stroke-width:3}}",
        ]
    )


# --- text -------------------------------------------------------------------------------------------------------


def _advance(character: str) -> int:
    if unicodedata.combining(character):
        return 0
    base = unicodedata.normalize("NFKD", character)[:1]
    if " " <= base <= "~":
        return _WIDTHS[ord(base) - 32]
    return 1000 if unicodedata.east_asian_width(character) in "WF" else 800


def _text_width(text: str, size: float) -> float:
    return sum(_advance(character) for character in text) * size / 1000


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Greedy word wrap at an estimated `width`; a word too long for a line is broken after a hyphen or slash,
    else between characters, so that no line runs out of its box."""
    lines: list[str] = []
    for word in text.split():
        for index, piece in enumerate(_pieces(word, width, size)):
            # The first piece of a word follows a space; the next ones continue the word.
            joined = f"{lines[-1]} {piece}" if index == 0 and lines else f"{lines[-1]}{piece}" if lines else piece
            if lines and _text_width(joined, size) <= width:
                lines[-1] = joined
            else:
                lines.append(piece)
    return lines or [""]


def _pieces(word: str, width: float, size: float) -> list[str]:
    """A word too wide for `width`: pieces ending at its own hyphens and slashes, else where it must be broken
    (with a hyphen added)."""
    if _text_width(word, size) <= width:
        return [word]
    pieces: list[str] = []
    current = ""
    for character in word:
        if current and _text_width(current + character + "-", size) > width:
            pieces.append(current if current.endswith(("-", "/")) else current + "-")
            current = ""
        current += character
        if character in "-/":
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def _drop_radius(code: str) -> float:
    return max(DROP_RADIUS, _text_width(code, DROP_SIZE) / 2 + 4)


def _drop_height(radius: float) -> float:
    return 2.7 * radius


def _drops_width(radii: Sequence[float]) -> float:
    return sum(2 * radius for radius in radii) + DROP_GAP * max(len(radii) - 1, 0)


def _drop_rows(radii: Sequence[float], width: float) -> list[list[float]]:
    rows: list[list[float]] = []
    for radius in radii:
        if rows and _drops_width([*rows[-1], radius]) <= width:
            rows[-1].append(radius)
        else:
            rows.append([radius])
    return rows


def _number(value: float) -> str:
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text
