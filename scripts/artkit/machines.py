"""Machines seen from the side, drawn facing right in their own units (origin: on the ground, under the middle).

Each takes a Place, so one drawing serves any position, size and direction. A machine with a cab can carry a
driver: pass a people.Person and they are drawn in the cab, behind the glass frame.
"""

from __future__ import annotations

import math

from artkit import palette as pal
from artkit.canvas import Place, Point, polar
from artkit.palette import RGB
from artkit.people import Person, Pose, draw_person


def _driver(at: Place, seat: Point, who: Person | None, window: tuple[float, float, float, float], size: float = 130,
            pose: Pose | None = None) -> None:
    """A person sitting with their hips at `seat`, `size` machine units tall, seen only through `window` (a box in
    machine units): the cab's glass, or the space above an open machine's body."""
    if who is None:
        return
    x, y = at.at(*seat)
    height = at.size(size)
    pose = pose or Pose(left_hand=(-12, -50), right_hand=(13, -50), look=at.facing * 0.7)
    with at.canvas.clipped(at.box(window), radius=at.size(6)):
        draw_person(at.canvas, x, y + height * 0.42, height, who, pose)


def tracks(at: Place, left: float, right: float, height: float = 30, colour: RGB = pal.TYRE) -> None:
    at.canvas.shadow(at.box((left - 16, -6, right + 16, 6)), 0.22)
    at.rect((left, -height, right, 0), colour, radius=height / 2)
    wheel = pal.ASPHALT_LIGHT
    count = max(2, int((right - left) / (height * 1.05)))
    for i in range(count):
        cx = left + height / 2 + i * (right - left - height) / (count - 1)
        at.circle((cx, -height / 2), height * 0.3, wheel)
        at.circle((cx, -height / 2), height * 0.12, colour)


def excavator(at: Place, boom_angle: float = -38, stick_angle: float = 62, bucket_angle: float = 110,
              body: RGB = pal.MACHINE_YELLOW, driver: Person | None = None, stick: float = 120) -> Point:
    """A crawler excavator. Angles in degrees from pointing right, positive downwards.
    Returns where the bucket's teeth are, in the thing's units."""
    dark = pal.darker(body, 0.25)
    tracks(at, -95, 95, 34)
    at.rect((-44, -46, 44, -34), pal.ASPHALT)
    # Upper body with counterweight at the back and the cab at the front-left.
    at.rect((-100, -112, 40, -44), body, radius=10)
    at.rect((-112, -104, -70, -50), dark, radius=12)
    at.rect((-96, -128, -40, -112), dark, radius=4)
    at.line([(-84, -128), (-84, -146)], pal.ASPHALT, 6)
    cab = (-16, -206, 60, -108)
    at.rect(cab, body, radius=12)
    glass = (cab[0] + 7, cab[1] + 8, cab[2] - 7, cab[3] - 18)
    at.rect(glass, pal.GLASS, radius=6)
    _driver(at, (18, -112), driver, glass, size=124)
    at.line([(cab[2] - 20, cab[1] + 8), (cab[2] - 20, cab[3] - 18)], body, 4, round_ends=False)
    # Boom, stick and bucket.
    pivot = (52, -92)
    elbow = polar(pivot, 175, boom_angle)
    wrist = polar(elbow, stick, stick_angle)
    teeth = polar(wrist, 44, bucket_angle)
    at.line([pivot, elbow], body, 26)
    at.line([pivot, polar(pivot, 90, boom_angle + 10)], dark, 8)
    at.line([elbow, wrist], body, 18)
    at.line([polar(elbow, 20, boom_angle - 90), polar(wrist, 40, stick_angle + 180)], pal.STEEL, 6)
    back = polar(wrist, 30, bucket_angle - 80)
    at.polygon([wrist, back, polar(back, 40, bucket_angle + 25), teeth], pal.ASPHALT)
    at.circle(pivot, 9, dark)
    at.circle(elbow, 8, dark)
    at.circle(wrist, 6, pal.ASPHALT_LIGHT)
    return teeth


def roller(at: Place, body: RGB = pal.MACHINE_YELLOW, driver: Person | None = None) -> None:
    """A tandem road roller: two steel drums, a frame and a canopy over the driver."""
    dark = pal.darker(body, 0.25)
    at.canvas.shadow(at.box((-120, -6, 120, 6)), 0.22)
    for cx in (-68, 68):
        at.rect((cx - 30, -84, cx + 30, -40), dark, radius=6)
        at.circle((cx, -38), 38, pal.STEEL)
        at.circle((cx, -38), 14, pal.STEEL_DARK)
    _driver(at, (0, -112), driver, (-60, -260, 60, -110), size=118)
    at.rect((-60, -106, 60, -62), body, radius=10)
    at.rect((-30, -120, 30, -104), dark, radius=4)
    for px in (-36, 36):
        at.line([(px, -106), (px, -196)], pal.ASPHALT, 6, round_ends=False)
    at.rect((-46, -206, 46, -192), body, radius=6)
    at.circle((0, -212), 6, pal.HIVIS_ORANGE)


def paver(at: Place, body: RGB = pal.MACHINE_YELLOW, driver: Person | None = None, mat: RGB = pal.ASPHALT_FRESH) -> None:
    """An asphalt paver driving right: hopper in front, operator on top, the screed laying the mat behind it."""
    dark = pal.darker(body, 0.25)
    tracks(at, -50, 90, 30)
    at.polygon([(60, -40), (150, -92), (150, -70), (92, -40)], dark)
    at.polygon([(60, -40), (130, -96), (60, -96)], body)
    at.rect((-70, -110, 70, -28), body, radius=8)
    at.rect((-150, -50, -58, -20), dark, radius=4)
    at.rect((-150, -22, -58, -14), pal.STEEL_DARK)
    _driver(at, (-16, -116), driver, (-70, -260, 40, -112), size=112)
    at.rect((-40, -128, 10, -108), dark, radius=4)
    for px in (-54, 30):
        at.line([(px, -110), (px, -210)], pal.ASPHALT, 6, round_ends=False)
    at.rect((-66, -220, 44, -204), body, radius=6)
    at.circle((-10, -226), 6, pal.HIVIS_ORANGE)
    at.rect((-40, -72, 40, -58), dark, radius=3)


def tipper_truck(at: Place, body: RGB = pal.DEEP_BLUE, box: RGB = pal.MACHINE_YELLOW) -> None:
    """A tipper truck facing right."""
    at.canvas.shadow(at.box((-190, -6, 170, 6)), 0.22)
    at.rect((-170, -56, 150, -36), pal.ASPHALT, radius=4)
    at.polygon([(-170, -60), (40, -60), (52, -150), (-176, -150)], box)
    at.rect((-176, -154, 52, -142), pal.darker(box, 0.2), radius=3)
    at.rect((62, -170, 150, -56), body, radius=14)
    at.rect((100, -158, 144, -112), pal.GLASS, radius=6)
    at.rect((62, -86, 150, -76), pal.lighter(body, 0.2))
    for cx in (-120, -60, 110):
        at.circle((cx, -28), 28, pal.TYRE)
        at.circle((cx, -28), 11, pal.CONCRETE_DARK)


def crawler_crane(at: Place, boom_angle: float = -62, boom_length: float = 420, body: RGB = pal.HIVIS_ORANGE,
                  hook_drop: float = 160, driver: Person | None = None) -> Point:
    """A crawler crane with a lattice boom. Returns the hook, in the thing's units."""
    dark = pal.darker(body, 0.25)
    tracks(at, -110, 110, 36)
    at.rect((-50, -52, 50, -36), pal.ASPHALT)
    at.rect((-120, -140, 60, -50), body, radius=10)
    at.rect((-140, -128, -100, -60), dark, radius=8)
    at.rect((20, -196, 84, -112), body, radius=10)
    at.rect((30, -186, 76, -132), pal.GLASS, radius=6)
    _driver(at, (54, -126), driver, (30, -186, 76, -132), size=100)
    at.rect((20, -134, 84, -110), body, radius=4)
    foot = (40, -110)
    tip = polar(foot, boom_length, boom_angle)
    lattice(at, foot, tip, 26, dark)
    at.line([(-100, -140), polar(foot, boom_length * 0.35, boom_angle)], pal.INK, 2.5)
    hook = (tip[0], tip[1] + hook_drop)
    at.line([tip, hook], pal.INK, 2.5)
    at.rect((hook[0] - 8, hook[1] - 4, hook[0] + 8, hook[1] + 10), pal.HIVIS_YELLOW, radius=3)
    at.arc((hook[0] - 7, hook[1] + 6, hook[0] + 7, hook[1] + 22), 340, 200, pal.INK, 3)
    return hook


def lattice(at: Place, start: Point, end: Point, width: float, colour: RGB) -> None:
    """A lattice girder (crane boom, mast) from start to end: two chords with zigzag bracing."""
    length = math.hypot(end[0] - start[0], end[1] - start[1])
    ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
    nx, ny = -uy * width / 2, ux * width / 2
    a = [(start[0] + nx, start[1] + ny), (end[0] + nx * 0.6, end[1] + ny * 0.6)]
    b = [(start[0] - nx, start[1] - ny), (end[0] - nx * 0.6, end[1] - ny * 0.6)]
    steps = max(2, int(length / (width * 1.1)))
    zig = []
    for i in range(steps + 1):
        t = i / steps
        taper = 1 - 0.4 * t
        side = 1 if i % 2 else -1
        zig.append((start[0] + ux * length * t + side * nx * taper, start[1] + uy * length * t + side * ny * taper))
    at.line(zig, colour, 2.6)
    at.line(a, colour, 4.5)
    at.line(b, colour, 4.5)


def pile_driver(at: Place, body: RGB = pal.HIVIS_ORANGE, mast_height: float = 520, pile_top: float = -300,
                driver: Person | None = None) -> tuple[Point, Point]:
    """A piling rig: a crawler base with a tall leader mast, the hammer on top of a pile that goes into the ground.
    Returns the pile's top and bottom x/y in the thing's units."""
    dark = pal.darker(body, 0.25)
    tracks(at, -100, 100, 36)
    at.rect((-40, -50, 40, -36), pal.ASPHALT)
    at.rect((-110, -130, 70, -48), body, radius=10)
    at.rect((-130, -120, -94, -58), dark, radius=8)
    at.rect((-20, -190, 40, -108), body, radius=10)
    at.rect((-10, -180, 32, -128), pal.GLASS, radius=6)
    _driver(at, (12, -122), driver, (-10, -180, 32, -128), size=100)
    at.rect((-20, -132, 40, -108), body, radius=4)
    mast_x = 110
    at.rect((mast_x - 12, -mast_height, mast_x + 12, -40), dark, radius=4)
    for y in range(-int(mast_height) + 20, -60, 40):
        at.rect((mast_x - 8, y, mast_x + 8, y + 6), body)
    at.line([(40, -118), (mast_x - 10, -260)], pal.STEEL_DARK, 8)
    at.line([(60, -60), (mast_x - 10, -120)], pal.STEEL_DARK, 8)
    hammer_top = pile_top - 90
    at.rect((mast_x + 10, hammer_top, mast_x + 46, pile_top), pal.ASPHALT, radius=5)
    at.rect((mast_x + 14, hammer_top + 10, mast_x + 42, hammer_top + 20), body)
    return (mast_x + 28, pile_top), (mast_x + 28, 0)


def boat(at: Place, hull: RGB = pal.DEEP_BLUE, cabin: RGB = pal.WHITE, length: float = 260,
         stripe: RGB = pal.HIVIS_ORANGE) -> None:
    """A small motor cruiser, facing right; y = 0 is its waterline (draw the water over the bottom edge)."""
    half = length / 2
    at.polygon([(-half, -58), (half + 30, -66), (half - 4, 10), (-half + 8, 10)], hull)
    at.polygon([(-half, -58), (half + 30, -66), (half + 26, -54), (-half, -47)], stripe)
    at.rect((-half - 4, -66, half + 32, -57), pal.lighter(hull, 0.3), radius=3)
    at.rect((-half * 0.55, -128, half * 0.4, -62), cabin, radius=12)
    at.polygon([(half * 0.4, -128), (half * 0.62, -66), (half * 0.4, -66)], cabin)
    for i in range(3):
        wx = -half * 0.46 + i * half * 0.28
        at.rect((wx, -114, wx + half * 0.2, -86), pal.GLASS_DARK, radius=5)
    at.rect((-half * 0.6, -136, half * 0.45, -126), pal.lighter(hull, 0.15), radius=4)
    at.line([(-half + 18, -62), (-half + 18, -150)], pal.INK, 3)
    at.polygon([(-half + 18, -150), (-half + 50, -142), (-half + 18, -132)], pal.RED)


def barge(at: Place, hull: RGB = pal.INK, deck: RGB = pal.STEEL_DARK, length: float = 420) -> None:
    """A flat work pontoon on the waterline."""
    half = length / 2
    at.polygon([(-half, -34), (half, -34), (half - 14, 0), (-half + 14, 0)], hull)
    at.rect((-half, -40, half, -30), deck)


def drone(at: Place, colour: RGB = pal.INK) -> None:
    at.rect((-18, -6, 18, 6), colour, radius=5)
    for dx in (-30, 30):
        at.line([(0, 0), (dx, -8)], colour, 3)
        at.rect((dx - 16, -12, dx + 16, -8), pal.STEEL, radius=2)
    at.circle((0, 8), 4, pal.HIVIS_ORANGE)


def mini_excavator(at: Place, body: RGB = pal.HIVIS_ORANGE, driver: Person | None = None,
                   boom_angle: float = -30, stick_angle: float = 70) -> Point:
    """A small excavator with an open canopy."""
    dark = pal.darker(body, 0.25)
    tracks(at, -55, 55, 24)
    at.rect((-58, -74, 30, -30), body, radius=10)
    at.rect((-64, -66, -40, -34), dark, radius=8)
    _driver(at, (-12, -70), driver, (-60, -150, 30, -74), size=96)
    for px in (-40, 14):
        at.line([(px, -74), (px, -150)], pal.ASPHALT, 5, round_ends=False)
    at.rect((-50, -158, 24, -146), body, radius=5)
    pivot = (34, -56)
    elbow = polar(pivot, 95, boom_angle)
    wrist = polar(elbow, 70, stick_angle)
    at.line([pivot, elbow], body, 14)
    at.line([elbow, wrist], body, 10)
    at.polygon([wrist, polar(wrist, 18, stick_angle - 60), polar(wrist, 28, stick_angle + 40)], pal.ASPHALT)
    return wrist


def plate_compactor(at: Place, body: RGB = pal.HIVIS_ORANGE) -> Point:
    """A vibrating plate for paving, facing right; returns the handle grip."""
    at.rect((-34, -12, 34, 0), pal.STEEL_DARK, radius=2)
    at.rect((-24, -42, 22, -12), body, radius=6)
    at.rect((-18, -54, 10, -42), pal.ASPHALT, radius=4)
    grip = (-70, -80)
    at.line([(-20, -30), grip], pal.INK, 4)
    return grip


def tower_crane(at: Place, height: float = 520, jib: float = 380, counter: float = 120, colour: RGB = pal.MACHINE_YELLOW,
                hook_x: float = 260, hook_drop: float = 200) -> Point:
    """A tower crane standing at the origin; the jib points right. Returns the hook."""
    lattice(at, (0, 0), (0, -height), 30, colour)
    top = -height
    at.rect((-counter, top - 12, jib, top + 10), colour, radius=2)
    lattice(at, (-counter, top), (jib, top), 20, colour)
    at.rect((-counter, top - 4, -counter + 60, top + 40), pal.CONCRETE_DARK)
    at.rect((-18, top + 10, 26, top + 54), colour, radius=4)
    at.rect((-10, top + 18, 18, top + 40), pal.GLASS, radius=3)
    at.line([(0, top - 10), (0, top - 70)], colour, 6)
    at.line([(0, top - 70), (jib * 0.7, top - 8)], pal.INK, 2)
    at.line([(0, top - 70), (-counter, top - 8)], pal.INK, 2)
    hook = (hook_x, top + hook_drop)
    at.rect((hook_x - 12, top + 8, hook_x + 12, top + 20), pal.ASPHALT)
    at.line([(hook_x, top + 20), hook], pal.INK, 2)
    at.rect((hook[0] - 7, hook[1] - 2, hook[0] + 7, hook[1] + 9), pal.HIVIS_ORANGE, radius=2)
    return hook
