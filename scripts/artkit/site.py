"""Things on a building site: cones, fences, barriers, pipes, cable reels, sheet piles, soil and tools."""

from __future__ import annotations

from collections.abc import Sequence

from artkit import palette as pal
from artkit.canvas import Canvas, Place
from artkit.palette import RGB


def cone(canvas: Canvas, x: float, ground: float, size: float = 1.0) -> None:
    at = Place(canvas, x, ground, size)
    at.rect((-20, -6, 20, 0), pal.HIVIS_ORANGE, radius=2)
    at.polygon([(-14, -6), (14, -6), (4, -56), (-4, -56)], pal.HIVIS_ORANGE)
    at.polygon([(-10.5, -24), (10.5, -24), (8.2, -36), (-8.2, -36)], pal.WHITE)


def fence(canvas: Canvas, x0: float, x1: float, ground: float, height: float = 90, panel: float = 150,
          see_through: bool = False) -> None:
    """Temporary site fence (bouwhekken): mesh panels on concrete feet; see_through leaves out the mesh's tint."""
    mesh = pal.mix(pal.STEEL, pal.SKY_HORIZON, 0.35)
    x = x0
    while x < x1 - 1:
        right = min(x + panel, x1)
        if see_through:
            for side in (x + 4, right - 4):
                canvas.line([(side, ground - height), (side, ground - 8)], pal.STEEL_DARK, 5, round_ends=False)
            for y in (ground - height + 2, ground - 10):
                canvas.line([(x + 2, y), (right - 2, y)], pal.STEEL_DARK, 5, round_ends=False)
        else:
            canvas.rect((x + 2, ground - height, right - 2, ground - 8), pal.STEEL_DARK, radius=2)
            canvas.rect((x + 6, ground - height + 4, right - 6, ground - 12), mesh)
        for gx in range(int(x + 16), int(right - 6), 14):
            canvas.line([(gx, ground - height + 4), (gx, ground - 12)], pal.STEEL, 1.5, round_ends=False)
        for gy in range(int(ground - height + 14), int(ground - 12), 14):
            canvas.line([(x + 6, gy), (right - 6, gy)], pal.STEEL, 1.5, round_ends=False)
        canvas.rect((x - 12, ground - 10, x + 12, ground), pal.CONCRETE_DARK, radius=2)
        x = right
    canvas.rect((x1 - 12, ground - 10, x1 + 12, ground), pal.CONCRETE_DARK, radius=2)


def barrier(canvas: Canvas, x0: float, x1: float, ground: float, height: float = 50) -> None:
    """A red-and-white road barrier on two legs."""
    top = ground - height
    for lx in (x0 + 12, x1 - 12):
        canvas.line([(lx, top), (lx, ground)], pal.STEEL_DARK, 4, round_ends=False)
        canvas.rect((lx - 14, ground - 5, lx + 14, ground), pal.STEEL_DARK)
    canvas.rect((x0, top - 10, x1, top + 10), pal.WHITE)
    step = 36
    x = x0
    i = 0
    while x < x1:
        if i % 2 == 0:
            canvas.polygon([(x, top + 10), (min(x + step * 0.6, x1), top - 10), (min(x + step, x1), top - 10),
                            (min(x + step * 0.4, x1), top + 10)], pal.RED)
        x += step * 0.8
        i += 1


def pipe_side(canvas: Canvas, x0: float, x1: float, y: float, radius: float, colour: RGB = pal.ORANGE) -> None:
    """A long pipe seen from the side, with its open end towards the viewer on the left."""
    canvas.rect((x0, y - radius, x1, y + radius), colour)
    canvas.rect((x0, y - radius, x1, y - radius * 0.55), pal.lighter(colour, 0.2))
    canvas.ellipse((x1 - radius * 0.5, y - radius, x1 + radius * 0.5, y + radius), pal.darker(colour, 0.12))
    canvas.ellipse((x0 - radius * 0.5, y - radius, x0 + radius * 0.5, y + radius), pal.darker(colour, 0.1))
    canvas.ellipse((x0 - radius * 0.36, y - radius * 0.75, x0 + radius * 0.36, y + radius * 0.75), pal.INK)


def pipe_end(canvas: Canvas, x: float, y: float, radius: float, colour: RGB = pal.CONCRETE) -> None:
    """A pipe seen end-on."""
    canvas.circle((x, y), radius, colour)
    canvas.circle((x, y), radius * 0.72, pal.darker(colour, 0.55))


def pipe_stack(canvas: Canvas, x: float, ground: float, radius: float, rows: int = 2, colour: RGB = pal.CONCRETE) -> None:
    for row in range(rows):
        count = rows - row + 1
        for i in range(count):
            cx = x + (i - (count - 1) / 2) * radius * 2
            cy = ground - radius - row * radius * 1.73
            pipe_end(canvas, cx, cy, radius, colour)


def cable_reel(canvas: Canvas, x: float, ground: float, radius: float = 90, cable: RGB = pal.INK) -> None:
    """A wooden cable drum standing on its rim, seen from the side, with cable wound on it."""
    cy = ground - radius
    canvas.circle((x, cy), radius, pal.WOOD)
    canvas.circle((x, cy), radius * 0.86, pal.lighter(pal.WOOD, 0.12))
    canvas.circle((x, cy), radius * 0.68, cable)
    for i in range(4):
        canvas.arc((x - radius * (0.6 - i * 0.08), cy - radius * (0.6 - i * 0.08), x + radius * (0.6 - i * 0.08),
                    cy + radius * (0.6 - i * 0.08)), 200, 340, pal.lighter(cable, 0.18), 2)
    canvas.circle((x, cy), radius * 0.22, pal.WOOD_DARK)
    canvas.circle((x, cy), radius * 0.08, pal.INK)


def sheet_piles(canvas: Canvas, x0: float, x1: float, top: float, bottom: float, colour: RGB = pal.STEEL_DARK,
                pitch: float = 40) -> None:
    """A steel sheet-pile wall (damwand) seen from the front: the corrugations as light and dark bands."""
    canvas.rect((x0, top, x1, bottom), colour)
    light = pal.lighter(colour, 0.18)
    x = x0
    while x < x1:
        canvas.polygon([(x, top), (x + pitch * 0.35, top), (x + pitch * 0.45, bottom), (x + pitch * 0.1, bottom)], light)
        canvas.rect((x + pitch * 0.5, top, x + pitch * 0.56, bottom), pal.darker(colour, 0.2))
        x += pitch
    canvas.rect((x0, top, x1, top + 6), pal.darker(colour, 0.25))


def soil_heap(canvas: Canvas, x: float, ground: float, width: float, height: float, colour: RGB = pal.SOIL) -> None:
    at = Place(canvas, x, ground)
    at.chord((-width / 2, -height, width / 2, height), 180, 360, colour)
    at.chord((-width * 0.3, -height * 0.7, width * 0.1, height * 0.2), 180, 360, pal.lighter(colour, 0.12))


def trench(canvas: Canvas, x0: float, x1: float, ground: float, depth: float, wall: float = 24) -> None:
    """An open trench in section: a dark hole with sloping sides."""
    canvas.polygon([(x0, ground), (x1, ground), (x1 - wall, ground + depth), (x0 + wall, ground + depth)], pal.SOIL_DARK)
    canvas.polygon([(x0, ground), (x0 + wall, ground + depth), (x0 + wall + 10, ground + depth), (x0 + 14, ground)],
                   pal.SOIL)


def survey_tripod(canvas: Canvas, x: float, ground: float, size: float = 1.0) -> None:
    at = Place(canvas, x, ground, size)
    for foot in (-22, 0, 22):
        at.line([(0, -88), (foot, 0)], pal.MACHINE_YELLOW_DARK, 3.5)
    at.rect((-12, -112, 12, -88), pal.MACHINE_YELLOW, radius=3)
    at.rect((-7, -106, 7, -96), pal.INK, radius=2)
    at.rect((-16, -92, 16, -86), pal.STEEL_DARK)




def site_hut(canvas: Canvas, x: float, ground: float, width: float = 220, colour: RGB = pal.WHITE) -> None:
    """A site cabin (keet)."""
    canvas.rect((x, ground - 110, x + width, ground - 10), colour, radius=4)
    canvas.rect((x - 4, ground - 118, x + width + 4, ground - 106), pal.DEEP_BLUE, radius=3)
    canvas.rect((x + 20, ground - 88, x + 80, ground - 50), pal.GLASS, radius=3)
    canvas.rect((x + width - 60, ground - 92, x + width - 24, ground - 12), pal.DEEP_BLUE, radius=2)
    canvas.rect((x + 10, ground - 12, x + 30, ground), pal.CONCRETE_DARK)
    canvas.rect((x + width - 30, ground - 12, x + width - 10, ground), pal.CONCRETE_DARK)


def paving(canvas: Canvas, box: Sequence[float], brick: RGB = pal.BRICK, joint: RGB | None = None, size: float = 22) -> None:
    """Laid paving bricks in a herringbone-ish stretcher bond, seen at an angle (rows get taller towards the front)."""
    x0, y0, x1, y1 = box
    joint = joint or pal.darker(brick, 0.3)
    canvas.rect(box, joint)
    y = y0
    row = 0
    while y < y1:
        h = size * (0.45 + 0.55 * (y - y0) / max(1.0, y1 - y0))
        w = h * 2.2
        offset = (row % 2) * w / 2
        x = x0 - offset
        while x < x1:
            left, right = max(x + 1.5, x0), min(x + w - 1.5, x1)
            if right > left:
                canvas.rect((left, y + 1.2, right, min(y + h - 1.2, y1)), brick)
            x += w
        y += h
        row += 1
