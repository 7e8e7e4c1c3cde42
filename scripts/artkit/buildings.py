"""Houses, quays, bridges, locks and rooms."""

from __future__ import annotations

from collections.abc import Sequence

from artkit import palette as pal
from artkit.canvas import Canvas, Place, Point
from artkit.palette import RGB

CANAL_FRONTS = (pal.hex_rgb("#7a3b2e"), pal.hex_rgb("#3b4e63"), pal.hex_rgb("#a86a3d"), pal.hex_rgb("#5a3a32"),
                pal.hex_rgb("#c2843e"), pal.hex_rgb("#4a5b4a"))
ZAAN_FRONTS = (pal.ZAAN_GREEN, pal.hex_rgb("#3c7a5c"), pal.hex_rgb("#2a5a44"), pal.hex_rgb("#d8c28a"))


def canal_house(canvas: Canvas, x: float, ground: float, width: float, height: float, front: RGB, gable: str,
                haze: float = 0.0) -> None:
    """An Amsterdam canal house: tall front, white-framed windows, a step, neck or bell gable on top."""
    top = ground - height
    front = pal.haze(front, haze)
    canvas.rect((x, top, x + width, ground), front)
    trim = pal.haze(pal.OFF_WHITE, haze)
    glass = pal.haze(pal.mix(pal.GLASS_DARK, pal.DEEP_BLUE, 0.35), haze)
    cx = x + width / 2
    if gable == "step":
        steps = 3
        for i in range(steps):
            inset = width * 0.12 * (i + 1)
            step = width * 0.3
            canvas.rect((x + inset - width * 0.12, top - step * (i + 1), x + width - inset + width * 0.12,
                         top - step * i + 1), front)
        canvas.rect((cx - width * 0.14, top - width * 0.3 * steps - width * 0.24, cx + width * 0.14,
                     top - width * 0.3 * steps + 1), front)
    elif gable == "neck":
        u = width / 100
        canvas.rect((cx - 26 * u, top - 70 * u, cx + 26 * u, top + 1), front)
        canvas.polygon([(x, top + 1), (cx - 26 * u, top - 30 * u), (cx - 26 * u, top + 1)], front)
        canvas.polygon([(x + width, top + 1), (cx + 26 * u, top - 30 * u), (cx + 26 * u, top + 1)], front)
        canvas.chord((cx - 26 * u, top - 96 * u, cx + 26 * u, top - 44 * u), 180, 360, trim)
        canvas.chord((cx - 22 * u, top - 90 * u, cx + 22 * u, top - 50 * u), 180, 360, front)
    else:  # bell
        canvas.chord((x + width * 0.08, top - width * 0.8, x + width * 0.92, top + width * 0.8), 180, 360, front)
        canvas.circle((cx, top - width * 0.84), width * 0.09, front)
    rows = max(2, int(height / (70 * width / 100)))
    for row in range(rows):
        gap = 22 * width / 100
        wy = top + gap + row * (height - 2 * gap) / rows
        wh = (height - 2 * gap) / rows - gap
        for col in range(2):
            wx = x + width * (0.16 + col * 0.44)
            edge = 3 * width / 100
            canvas.rect((wx - edge, wy - edge, wx + width * 0.26 + edge, wy + wh + edge), trim)
            canvas.rect((wx, wy, wx + width * 0.26, wy + wh), glass)
            canvas.line([(wx, wy + wh / 2), (wx + width * 0.26, wy + wh / 2)], trim, 2 * width / 100, round_ends=False)
    canvas.rect((x - 2, ground - 8, x + width + 2, ground), pal.darker(front, 0.25))


def canal_row(canvas: Canvas, x0: float, x1: float, ground: float, heights: Sequence[float] = (260, 300, 240, 320, 280),
              fronts: Sequence[RGB] = CANAL_FRONTS, haze: float = 0.0, scale: float = 1.0) -> None:
    gables = ("step", "neck", "bell")
    x = x0
    i = 0
    while x < x1:
        width = (92 + (i * 37) % 30) * scale
        canal_house(canvas, x, ground, width, heights[i % len(heights)] * scale, fronts[i % len(fronts)], gables[i % 3],
                    haze)
        x += width + 4 * scale
        i += 1


def zaan_house(canvas: Canvas, x: float, ground: float, width: float, height: float, front: RGB) -> None:
    """A wooden Zaan house: green boards, white trim, a pointed gable."""
    trim = pal.OFF_WHITE
    top = ground - height
    cx = x + width / 2
    canvas.polygon([(x - 6, top + 4), (cx, top - width * 0.55), (x + width + 6, top + 4)], trim)
    canvas.polygon([(x + 4, top + 4), (cx, top - width * 0.46), (x + width - 4, top + 4)], front)
    canvas.rect((x, top, x + width, ground), front)
    for by in range(int(top + 10), int(ground), 12):
        canvas.line([(x, by), (x + width, by)], pal.darker(front, 0.12), 1.5, round_ends=False)
    for col in range(2):
        wx = x + width * (0.15 + col * 0.45)
        canvas.rect((wx - 4, top + 26, wx + width * 0.28 + 4, top + 86), trim)
        canvas.rect((wx, top + 30, wx + width * 0.28, top + 82), pal.mix(pal.GLASS_DARK, pal.DEEP_BLUE, 0.3))
    canvas.rect((cx - 12, top - width * 0.25, cx + 12, top - width * 0.05), trim)


def modern_houses(canvas: Canvas, x0: float, x1: float, ground: float, height: float = 140,
                  colours: Sequence[RGB] = (pal.hex_rgb("#d8cfc2"), pal.hex_rgb("#c4694a"), pal.hex_rgb("#e9e2d4"))) -> None:
    """A row of new terraced houses with pitched roofs."""
    x = x0
    i = 0
    width = 110
    while x < x1:
        colour = colours[i % len(colours)]
        canvas.polygon([(x - 4, ground - height), (x + width / 2, ground - height - 60), (x + width + 4, ground - height)],
                       pal.ASPHALT)
        canvas.rect((x, ground - height, x + width, ground), colour)
        canvas.rect((x + 14, ground - height + 22, x + 50, ground - height + 62), pal.GLASS_DARK)
        canvas.rect((x + 62, ground - height + 22, x + 96, ground - height + 62), pal.GLASS_DARK)
        canvas.rect((x + 16, ground - 62, x + 40, ground), pal.DEEP_BLUE)
        canvas.rect((x + 54, ground - 58, x + 96, ground - 20), pal.GLASS_DARK)
        x += width
        i += 1




def arch_bridge(canvas: Canvas, x0: float, x1: float, deck: float, spring: float, colour: RGB = pal.BRICK,
                opening: RGB = pal.WATER_DARK) -> None:
    """An Amsterdam brick arch bridge: the deck at `deck`, the arch springing at `spring`."""
    canvas.rect((x0, deck, x1, spring + 40), colour)
    span = (x1 - x0) * 0.56
    cx = (x0 + x1) / 2
    rise = (spring - deck) * 0.78
    canvas.chord((cx - span / 2 - 14, spring - rise - 14, cx + span / 2 + 14, spring + rise + 14), 180, 360,
                 pal.OFF_WHITE)
    canvas.chord((cx - span / 2, spring - rise, cx + span / 2, spring + rise), 180, 360, opening)
    canvas.rect((cx - span / 2, spring, cx + span / 2, spring + 40), opening)
    canvas.rect((x0 - 6, deck - 10, x1 + 6, deck + 6), pal.OFF_WHITE)


def railing(canvas: Canvas, x0: float, x1: float, top: float, height: float = 34, colour: RGB = pal.INK,
            spacing: float = 16) -> None:
    canvas.line([(x0, top), (x1, top)], colour, 4)
    x = x0
    while x <= x1:
        canvas.line([(x, top), (x, top + height)], colour, 2.4, round_ends=False)
        x += spacing




def window_frame(canvas: Canvas, box: Sequence[float], sky_top: RGB = pal.SKY_TOP, sky_bottom: RGB = pal.SKY_HORIZON,
                 frame: RGB = pal.WHITE) -> None:
    """A window in an inside wall, with sky behind it and a cross bar."""
    x0, y0, x1, y1 = box
    canvas.rect((x0 - 10, y0 - 10, x1 + 10, y1 + 10), frame, radius=4)
    canvas.vertical_gradient(box, sky_top, sky_bottom)
    canvas.line([((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1)], frame, 8, round_ends=False)


def table(canvas: Canvas, x0: float, x1: float, top: float, ground: float, colour: RGB = pal.WOOD) -> None:
    canvas.rect((x0, top, x1, top + 16), colour, radius=3)
    canvas.rect((x0 + 4, top + 16, x1 - 4, top + 24), pal.darker(colour, 0.2))
    for lx in (x0 + 20, x1 - 30):
        canvas.rect((lx, top + 16, lx + 10, ground), pal.darker(colour, 0.3))


def model_bridge(at: Place, colour: RGB = pal.ORANGE) -> None:
    """A small truss bridge model for a table top: origin in the middle of its base."""
    at.rect((-130, -12, -90, 0), pal.CONCRETE_DARK)
    at.rect((90, -12, 130, 0), pal.CONCRETE_DARK)
    at.rect((-120, -22, 120, -12), colour)
    top = -70
    at.line([(-120, -17), (-80, top), (80, top), (120, -17)], colour, 6)
    xs = [-80, -40, 0, 40, 80]
    for i in range(len(xs) - 1):
        at.line([(xs[i], top), (xs[i + 1], -17)], colour, 3.5)
        at.line([(xs[i], top), (xs[i], -17)], colour, 3.5)
    at.line([(80, top), (80, -17)], colour, 3.5)


def whiteboard(canvas: Canvas, box: Sequence[float], drawing: Sequence[Point] | None = None) -> None:
    x0, y0, x1, y1 = box
    canvas.rect((x0 - 8, y0 - 8, x1 + 8, y1 + 8), pal.STEEL, radius=4)
    canvas.rect(box, pal.WHITE)
    if drawing:
        canvas.line(list(drawing), pal.DEEP_BLUE, 5)
    canvas.rect((x0 + 20, y1 + 8, x1 - 20, y1 + 16), pal.STEEL_DARK)


def lock_gate(canvas: Canvas, x: float, top: float, bottom: float, beam: float, colour: RGB = pal.WOOD_DARK,
              width: float = 70) -> None:
    """A lock gate at x, drawn face-on so its planks and brace show, with its white-and-red balance beam reaching
    `beam` units sideways (negative: to the left) along the top."""
    half = width / 2
    canvas.rect((x - half, top, x + half, bottom), colour)
    for y in range(int(top + 26), int(bottom), 30):
        canvas.rect((x - half, y, x + half, y + 4), pal.darker(colour, 0.3))
    canvas.line([(x - half + 6, bottom - 10), (x + half - 6, top + 16)], pal.darker(colour, 0.35), 7)
    canvas.rect((x - half - 8, top - 8, x + half + 8, top + 10), pal.OFF_WHITE, radius=3)
    end = x + beam
    y = top - 20
    canvas.rect((min(x, end), y - 11, max(x, end), y + 11), pal.OFF_WHITE, radius=5)
    step = 44 if beam > 0 else -44
    bx = x + step * 0.6
    while (bx + step / 2 - end) * step < 0:
        canvas.rect((min(bx, bx + step / 2), y - 11, max(bx, bx + step / 2), y + 11), pal.RED)
        bx += step
    canvas.rect((x - 7, top - 34, x + 7, top - 6), pal.INK)


def bollard(canvas: Canvas, x: float, ground: float, size: float = 1.0, colour: RGB = pal.INK) -> None:
    at = Place(canvas, x, ground, size)
    at.rect((-12, -34, 12, 0), colour, radius=3)
    at.rect((-17, -42, 17, -32), colour, radius=5)


def pump_house(canvas: Canvas, x: float, ground: float, width: float = 300, height: float = 170) -> None:
    """A brick pumping station (gemaal) with a tall roof and arched windows; `x` is its left side."""
    cx = x + width / 2
    canvas.polygon([(x - 16, ground - height), (cx, ground - height - 110), (x + width + 16, ground - height)],
                   pal.hex_rgb("#3f4a57"))
    canvas.rect((x, ground - height, x + width, ground), pal.BRICK)
    canvas.rect((x, ground - height, x + width, ground - height + 12), pal.OFF_WHITE)
    for i in range(3):
        wx = x + width * (0.14 + i * 0.28)
        canvas.rect((wx, ground - height + 44, wx + width * 0.16, ground - 40), pal.OFF_WHITE)
        canvas.chord((wx, ground - height + 26, wx + width * 0.16, ground - height + 62), 180, 360, pal.OFF_WHITE)
        canvas.rect((wx + 5, ground - height + 46, wx + width * 0.16 - 5, ground - 44), pal.GLASS_DARK)
        canvas.chord((wx + 5, ground - height + 31, wx + width * 0.16 - 5, ground - height + 61), 180, 360,
                     pal.GLASS_DARK)
    canvas.rect((cx - 10, ground - height - 150, cx + 10, ground - height - 60), pal.BRICK_DARK)


def lighthouse(canvas: Canvas, x: float, ground: float, height: float = 360) -> None:
    """A tall red cast-iron lighthouse like Den Helder's Lange Jaap."""
    base = height * 0.09
    canvas.polygon([(x - base, ground), (x + base, ground), (x + base * 0.7, ground - height), (x - base * 0.7,
                    ground - height)], pal.RED)
    canvas.rect((x - base * 1.05, ground - height - 8, x + base * 1.05, ground - height + 4), pal.INK)
    canvas.rect((x - base * 0.55, ground - height - 44, x + base * 0.55, ground - height - 8), pal.SUN)
    canvas.chord((x - base * 0.7, ground - height - 70, x + base * 0.7, ground - height - 20), 180, 360, pal.INK)
    for y in range(int(ground - height + 40), int(ground - 20), 60):
        canvas.rect((x - base * 0.2, y, x + base * 0.2, y + 18), pal.OFF_WHITE)




def house_frame(canvas: Canvas, x: float, ground: float, width: float = 130, height: float = 150,
                colour: RGB = pal.CONCRETE) -> None:
    """A house being built: walls up to the first floor, open windows and scaffolding."""
    canvas.rect((x, ground - height, x + width, ground), colour)
    canvas.rect((x + 18, ground - height + 24, x + 54, ground - height + 66), pal.darker(colour, 0.45))
    canvas.rect((x + 72, ground - height + 24, x + 108, ground - height + 66), pal.darker(colour, 0.45))
    canvas.rect((x + 40, ground - 64, x + 70, ground), pal.darker(colour, 0.45))
    scaffold = pal.STEEL_DARK
    for sx in (x - 12, x + width / 2, x + width + 12):
        canvas.line([(sx, ground), (sx, ground - height - 30)], scaffold, 3, round_ends=False)
    for sy in (ground - 60, ground - height + 10, ground - height - 30):
        canvas.line([(x - 14, sy), (x + width + 14, sy)], scaffold, 3, round_ends=False)
    canvas.rect((x - 14, ground - 64, x + width + 14, ground - 58), pal.WOOD)


def desk_monitor(canvas: Canvas, box: tuple[float, float, float, float], screen: RGB = pal.DEEP_BLUE) -> tuple[float, float,
                                                                                                             float, float]:
    """A big monitor on a stand; returns the screen area for a drawing."""
    x0, y0, x1, y1 = box
    canvas.rect((x0, y0, x1, y1), pal.INK, radius=10)
    inner = (x0 + 12, y0 + 12, x1 - 12, y1 - 12)
    canvas.rect(inner, screen, radius=4)
    cx = (x0 + x1) / 2
    canvas.rect((cx - 14, y1, cx + 14, y1 + 50), pal.STEEL_DARK)
    canvas.rect((cx - 70, y1 + 46, cx + 70, y1 + 58), pal.STEEL_DARK, radius=4)
    return inner


def blueprint_bridge(canvas: Canvas, box: tuple[float, float, float, float], colour: RGB = pal.WATER_LIGHT,
                     width: float = 4) -> None:
    """A cable-stayed cycle bridge in line drawing, filling `box`: deck, pylon and stays."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    deck = y0 + h * 0.72
    canvas.line([(x0, deck), (x1, deck)], colour, width)
    canvas.line([(x0, deck + h * 0.08), (x1, deck + h * 0.08)], colour, width * 0.6)
    px = x0 + w * 0.62
    canvas.line([(px - w * 0.03, y1), (px, y0), (px + w * 0.03, y1)], colour, width)
    for i in range(1, 6):
        canvas.line([(px, y0 + h * 0.05 * i), (px - w * 0.1 * i, deck)], colour, width * 0.5)
        canvas.line([(px, y0 + h * 0.05 * i), (px + w * 0.066 * i, deck)], colour, width * 0.5)
    for fx in (x0 + w * 0.04, x1 - w * 0.04):
        canvas.line([(fx, deck), (fx, y1)], colour, width * 0.8)


def potted_plant(canvas: Canvas, x: float, ground: float, size: float = 1.0) -> None:
    at = Place(canvas, x, ground, size)
    at.polygon([(-22, -44), (22, -44), (16, 0), (-16, 0)], pal.ORANGE)
    for dx, dy, r in ((-14, -70, 18), (12, -76, 20), (0, -96, 20), (-2, -60, 16)):
        at.circle((dx, dy), r, pal.GRASS_DARK)


def bunting(canvas: Canvas, x0: float, x1: float, y: float, sag: float = 30,
            colours: Sequence[RGB] = (pal.HIVIS_ORANGE, pal.DEEP_BLUE, pal.HIVIS_YELLOW, pal.WHITE)) -> None:
    """A string of little flags for an open day."""
    count = int((x1 - x0) / 44)
    points = []
    for i in range(count + 1):
        t = i / count
        points.append((x0 + (x1 - x0) * t, y + sag * 4 * t * (1 - t)))
    canvas.line(points, pal.INK, 2)
    for i in range(count):
        (ax, ay), (bx, by) = points[i], points[i + 1]
        mx, my = (ax + bx) / 2, (ay + by) / 2
        canvas.polygon([(ax + 4, ay + 1), (bx - 4, by + 1), (mx, my + 34)], colours[i % len(colours)])


def paper_bridge(canvas: Canvas, x0: float, x1: float, top: float) -> None:
    """A school-project bridge of folded paper between two stacks of books, with weights on it. `top` is the
    bridge deck; the books stand on the table 130 units lower."""
    books = (pal.DEEP_BLUE, pal.RED, pal.GRASS_DARK, pal.SUN, pal.SHIRT_PURPLE)
    for bx in (x0, x1 - 110):
        for i, colour in enumerate(books):
            y = top + 4 + i * 26
            canvas.rect((bx + (i % 2) * 6, y, bx + 104 + (i % 2) * 6, y + 24), colour, radius=4)
            canvas.rect((bx + 8 + (i % 2) * 6, y + 6, bx + 96 + (i % 2) * 6, y + 9), pal.OFF_WHITE)
    left, right = x0 + 80, x1 - 80
    canvas.rect((left, top - 10, right, top + 4), pal.WHITE)
    x = left
    while x < right - 1:
        step = min(36, right - x)
        canvas.polygon([(x, top + 4), (x + step / 2, top + 42), (x + step, top + 4)], pal.WHITE)
        canvas.polygon([(x + step / 2, top + 4), (x + step / 2, top + 42), (x + step, top + 4)], pal.CLOUD_SHADE)
        x += step
    canvas.line([(left, top + 4), (right, top + 4)], pal.CONCRETE, 2, round_ends=False)
    mid = (x0 + x1) / 2
    for wx, w, h in ((mid - 70, 44, 40), (mid, 52, 56), (mid + 70, 44, 40)):
        canvas.rect((wx - w / 2, top - 8 - h, wx + w / 2, top - 8), pal.STEEL_DARK, radius=5)
        canvas.rect((wx - 8, top - 18 - h, wx + 8, top - 6 - h), pal.STEEL_DARK, radius=3)
        canvas.rect((wx - w / 2 + 5, top - h, wx - w / 2 + 10, top - 14), pal.STEEL)
