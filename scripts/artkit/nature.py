"""Sky, water, land and growing things."""

from __future__ import annotations

from collections.abc import Sequence

from artkit import palette as pal
from artkit.canvas import Canvas, Place, Point, polar
from artkit.palette import RGB


def sky(canvas: Canvas, horizon: float, top: RGB = pal.SKY_TOP, bottom: RGB = pal.SKY_HORIZON) -> None:
    canvas.vertical_gradient((0, 0, canvas.width, horizon + 2), top, bottom)


def sun(canvas: Canvas, centre: Point, radius: float = 60, colour: RGB = pal.SUN) -> None:
    canvas.circle(centre, radius * 1.25, pal.mix(colour, pal.SKY_TOP, 0.75))
    canvas.circle(centre, radius, colour)


def cloud(canvas: Canvas, x: float, y: float, size: float = 1.0, colour: RGB = pal.CLOUD) -> None:
    """A flat cloud whose bottom edge is at y, centred on x."""
    at = Place(canvas, x, y, size)
    at.rect((-110, -34, 110, 0), colour, radius=17)
    at.circle((-55, -34), 38, colour)
    at.circle((10, -52), 52, colour)
    at.circle((68, -28), 30, colour)


def water(canvas: Canvas, box: Sequence[float], colour: RGB = pal.WATER, ripples: int = 8) -> None:
    """Flat water with a few light ripple dashes (placed the same way every time)."""
    x0, y0, x1, y1 = box
    canvas.rect(box, colour)
    light = pal.mix(colour, pal.WHITE, 0.35)
    depth = y1 - y0
    for i in range(ripples):
        fy = y0 + depth * (0.15 + 0.8 * ((i * 0.618) % 1.0))
        fx = x0 + (x1 - x0) * ((i * 0.382 + 0.1) % 1.0)
        length = 40 + 50 * ((i * 0.73) % 1.0)
        canvas.line([(fx, fy), (fx + length, fy)], light, 4)




def hill(canvas: Canvas, points: Sequence[Point], bottom: float, colour: RGB) -> None:
    """A smooth land shape through points, filled down to `bottom`."""
    outline = list(points)
    canvas.polygon([*outline, (outline[-1][0], bottom), (outline[0][0], bottom)], colour)


def round_tree(canvas: Canvas, x: float, ground: float, size: float = 1.0, leaves: RGB = pal.GRASS_DARK) -> None:
    at = Place(canvas, x, ground, size)
    at.rect((-5, -60, 5, 0), pal.WOOD_DARK)
    at.circle((0, -86), 38, leaves)
    at.circle((-22, -70), 24, leaves)
    at.circle((20, -68), 26, pal.darker(leaves, 0.12))


def poplar(canvas: Canvas, x: float, ground: float, size: float = 1.0, leaves: RGB = pal.FOREST) -> None:
    at = Place(canvas, x, ground, size)
    at.rect((-3, -30, 3, 0), pal.WOOD_DARK)
    at.ellipse((-17, -150, 17, -20), leaves)


def tree_row(canvas: Canvas, ground: float, xs: Sequence[float], size: float = 0.5, leaves: RGB = pal.FOREST) -> None:
    for i, x in enumerate(xs):
        if i % 2:
            poplar(canvas, x, ground, size * 1.1, leaves)
        else:
            round_tree(canvas, x, ground, size, leaves)




def sheep(canvas: Canvas, x: float, ground: float, size: float = 1.0, facing: int = 1) -> None:
    at = Place(canvas, x, ground, size, facing)
    wool = pal.OFF_WHITE
    for leg in (-16, -8, 8, 16):
        at.rect((leg - 2.5, -16, leg + 2.5, 0), pal.INK, radius=1.5)
    at.ellipse((-30, -46, 26, -12), wool)
    for cx, cy in ((-22, -40), (-6, -46), (10, -44), (-26, -24), (20, -30)):
        at.circle((cx, cy), 10, wool)
    at.ellipse((20, -48, 40, -26), pal.INK)
    at.ellipse((17, -46, 26, -40), pal.INK)
    at.circle((33, -40), 1.8, pal.WHITE)


def windmill(canvas: Canvas, x: float, ground: float, size: float = 1.0, body: RGB = pal.WOOD_DARK) -> None:
    """A Dutch polder mill: tapering body, cap, four sails at an angle."""
    at = Place(canvas, x, ground, size)
    at.polygon([(-34, 0), (34, 0), (20, -150), (-20, -150)], body)
    at.rect((-42, -62, 42, -54), pal.darker(body, 0.3))
    at.rect((-7, -28, 7, 0), pal.INK, radius=6)
    at.chord((-24, -176, 24, -136), 180, 360, pal.darker(body, 0.2))
    hub = (0, -160)
    sail = pal.OFF_WHITE
    for angle in (20, 110, 200, 290):
        tip = polar(hub, 120, angle)
        side = polar(tip, 18, angle + 90)
        inner = polar(hub, 26, angle)
        inner_side = polar(inner, 18, angle + 90)
        at.line([hub, tip], pal.WOOD_DARK, 4)
        at.polygon([inner, tip, side, inner_side], sail)
    at.circle(hub, 7, pal.INK)


def wind_turbine(canvas: Canvas, x: float, ground: float, size: float = 1.0, angle: float = 15) -> None:
    at = Place(canvas, x, ground, size)
    at.polygon([(-5, 0), (5, 0), (2.5, -200), (-2.5, -200)], pal.WHITE)
    hub = (0, -202)
    for step in range(3):
        tip = polar(hub, 95, angle + step * 120)
        mid = polar(hub, 22, angle + step * 120 + 12)
        at.polygon([hub, mid, tip], pal.WHITE)
    at.circle(hub, 5, pal.CONCRETE)


def dike(canvas: Canvas, left: float, right: float, crest: float, foot: float, slope: float, colour: RGB = pal.GRASS) -> None:
    """A dike in cross-section: a trapezoid whose crest is `crest` high and slopes `slope` wide on each side."""
    canvas.polygon([(left, foot), (left + slope, crest), (right - slope, crest), (right, foot)], colour)




def rain_cloud(canvas: Canvas, x: float, y: float, size: float = 1.0) -> None:
    cloud(canvas, x, y, size, pal.hex_rgb("#8ea3b3"))
    at = Place(canvas, x, y, size)
    for i, dx in enumerate((-80, -40, 0, 40, 80)):
        top = 20 + (i % 2) * 18
        at.line([(dx, top), (dx - 8, top + 26)], pal.WATER, 4)


def tufts(canvas: Canvas, points: Sequence[Point], colour: RGB = pal.GRASS_DARK, size: float = 1.0) -> None:
    """Little grass tufts to break up a flat lawn."""
    for x, y in points:
        at = Place(canvas, x, y, size)
        at.line([(-8, 0), (-12, -16)], colour, 3)
        at.line([(0, 0), (0, -20)], colour, 3)
        at.line([(8, 0), (12, -15)], colour, 3)


def airplane(canvas: Canvas, x: float, y: float, size: float = 1.0) -> None:
    at = Place(canvas, x, y, size)
    at.rect((-60, -8, 60, 8), pal.WHITE, radius=8)
    at.polygon([(-10, 0), (14, 0), (-6, 34), (-20, 34)], pal.CLOUD_SHADE)
    at.polygon([(-10, 0), (14, 0), (-6, -30), (-20, -30)], pal.CLOUD_SHADE)
    at.polygon([(-60, -6), (-48, -6), (-58, -26), (-66, -26)], pal.DEEP_BLUE)


def pylon(canvas: Canvas, x: float, ground: float, size: float = 1.0, colour: RGB = pal.STEEL) -> None:
    """A high-voltage pylon, for the power grid in the distance."""
    at = Place(canvas, x, ground, size)
    at.line([(-30, 0), (0, -220), (30, 0)], colour, 3)
    at.line([(-20, -70), (20, -70)], colour, 2.5)
    at.line([(-12, -140), (12, -140)], colour, 2.5)
    for y, w in ((-150, 50), (-190, 38)):
        at.line([(-w, y), (w, y)], colour, 3)
    at.line([(-24, -70), (16, -140)], colour, 2)
    at.line([(24, -70), (-16, -140)], colour, 2)
