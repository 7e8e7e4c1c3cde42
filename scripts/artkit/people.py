"""Simple friendly people, seen from the front: hard hats, hi-vis vests, a range of skin tones, hair and ages.

A person is drawn standing on a point (their feet) at a height in picture units. Arms are posed by where the hands
are (in the person's own units, 100 = their height, y up is negative); the elbows follow. `look` turns the eyes a
little to the left (-1) or right (+1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from artkit import palette as pal
from artkit.canvas import Canvas, Place, Point
from artkit.palette import RGB


@dataclass(frozen=True)
class Person:
    skin: RGB
    hair: RGB = pal.HAIR["dark"]
    hair_style: str = "short"  # short, bob, long, ponytail, bun, curly, afro, bald, hijab
    beard: bool = False
    glasses: bool = False
    shirt: RGB = pal.WORK_BLUE
    trousers: RGB = pal.WORK_BLUE
    vest: RGB | None = pal.HIVIS_YELLOW
    helmet: RGB | None = pal.WHITE
    child: bool = False
    scarf: RGB | None = None  # the colour of a headscarf (hair_style "hijab")

    def dressed(self, **changes: object) -> Person:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Pose:
    """Where the hands are (person units, from the feet), which way elbows bend, and the stance."""

    left_hand: Point = (-16, -42)
    right_hand: Point = (16, -42)
    left_bend: int = 0  # which side of the shoulder-hand line the elbow goes: -1, +1, or 0 for down and outwards
    right_bend: int = 0
    stance: float = 6.0  # half the distance between the feet
    look: float = 0.0
    hold: str | None = None  # tablet, plan, level, stone, controller, shovel, rake, radio, thumb
    smile: bool = True
    back: bool = False  # seen from behind: no face, hair over the head, nothing held in front
    extra: dict[str, float] = field(default_factory=dict)


REST = Pose()
TABLET = Pose(left_hand=(-8, -49), right_hand=(8, -49), hold="tablet")


def point_to(side: int, up: float = 0.0, look: float | None = None) -> Pose:
    """One arm stretched out sideways (side -1 left, +1 right), raised by `up` (0 level, 1 high)."""
    hand = (side * 34, -78 - up * 16)
    other = (-side * 16, -42)
    left, right = (hand, other) if side < 0 else (other, hand)
    return Pose(left_hand=left, right_hand=right, look=side * 0.8 if look is None else look)


def thumbs_up(side: int = 1, look: float = 0.0) -> Pose:
    """One fist raised in front of the chest, thumb up."""
    hand = (side * 14, -70)
    other = (-side * 16, -42)
    left, right = (hand, other) if side < 0 else (other, hand)
    return Pose(left_hand=left, right_hand=right, look=look, hold="thumb", extra={"side": side})


def explain(look: float = 0.0) -> Pose:
    """Both hands out, palms up: telling how it works."""
    return Pose(left_hand=(-26, -56), right_hand=(26, -56), look=look)


def wave(side: int = 1) -> Pose:
    hand = (side * 24, -104)
    other = (-side * 16, -42)
    left, right = (hand, other) if side < 0 else (other, hand)
    return Pose(left_hand=left, right_hand=right)


def holding(tool: str, side: int = 1, look: float = 0.0) -> Pose:
    """Both hands on a long tool (shovel, rake) held on one side."""
    return Pose(left_hand=(side * 5, -56), right_hand=(side * 15, -40), hold=tool, look=look,
                extra={"side": side})


@dataclass(frozen=True)
class _Body:
    head_y: float
    head_r: float
    shoulder_y: float
    shoulder_w: float
    hip_y: float
    hip_w: float
    upper_arm: float
    forearm: float
    arm_w: float
    leg_w: float


ADULT = _Body(head_y=-87.5, head_r=9.2, shoulder_y=-75, shoulder_w=12.5, hip_y=-42, hip_w=11.5, upper_arm=16,
              forearm=15, arm_w=7.4, leg_w=10.6)
CHILD = _Body(head_y=-84, head_r=11.5, shoulder_y=-68, shoulder_w=12, hip_y=-38, hip_w=11, upper_arm=14,
              forearm=13, arm_w=7.4, leg_w=10.4)


def draw_person(canvas: Canvas, x: float, feet_y: float, height: float, who: Person, pose: Pose = REST) -> None:
    """A person standing with their feet at (x, feet_y), `height` picture units tall."""
    body = CHILD if who.child else ADULT
    at = Place(canvas, x, feet_y, height / 100)
    head = (0.0, body.head_y)
    canvas.shadow(at.box((-pose.stance - 14, -3, pose.stance + 14, 3)))
    if pose.back:
        _from_behind(at, who, body, head, pose)
        return
    _hair_behind(at, who, body, head)
    _legs(at, who, body, pose)
    _torso(at, who, body)
    shoulders = ((-body.shoulder_w + 2, body.shoulder_y + 3), (body.shoulder_w - 2, body.shoulder_y + 3))
    elbows = (
        _elbow(shoulders[0], pose.left_hand, body.upper_arm, body.forearm, pose.left_bend),
        _elbow(shoulders[1], pose.right_hand, body.upper_arm, body.forearm, pose.right_bend),
    )
    _neck_and_head(at, who, body, head, pose)
    _item_behind_hands(at, pose)
    for shoulder, elbow, hand in zip(shoulders, elbows, (pose.left_hand, pose.right_hand), strict=True):
        at.line([shoulder, elbow, hand], who.shirt, body.arm_w)
        at.circle(hand, body.arm_w * 0.56, who.skin)
    _item_in_front(at, pose, who)


def _from_behind(at: Place, who: Person, body: _Body, head: Point, pose: Pose) -> None:
    """The same person seen from the back: hair covers the head, the vest's stripes go all the way round."""
    r = body.head_r
    hx, hy = head
    _legs(at, who, body, pose)
    _torso(at, who, body, back=True)
    shoulders = ((-body.shoulder_w + 2, body.shoulder_y + 3), (body.shoulder_w - 2, body.shoulder_y + 3))
    for shoulder, hand, bend in zip(shoulders, (pose.left_hand, pose.right_hand), (pose.left_bend, pose.right_bend),
                                    strict=True):
        elbow = _elbow(shoulder, hand, body.upper_arm, body.forearm, bend)
        at.line([shoulder, elbow, hand], who.shirt, body.arm_w)
        at.circle(hand, body.arm_w * 0.56, who.skin)
    if who.hair_style == "hijab" and who.scarf is not None:
        at.polygon([(hx - r * 1.15, hy), (hx + r * 1.15, hy), (hx + r * 1.35, body.shoulder_y + 5),
                    (hx - r * 1.35, body.shoulder_y + 5)], who.scarf)
        at.circle(head, r * 1.22, who.scarf)
    else:
        at.rect((hx - r * 0.38, hy + r * 0.5, hx + r * 0.38, body.shoulder_y + 2), pal.darker(who.skin, 0.12))
        at.circle(head, r, who.skin)
        at.circle((hx - r * 0.98, hy + r * 0.12), r * 0.22, who.skin)
        at.circle((hx + r * 0.98, hy + r * 0.12), r * 0.22, who.skin)
        _hair_behind(at, who, body, head)
        if who.hair_style != "bald":
            at.chord((hx - r * 1.04, hy - r * 1.08, hx + r * 1.04, hy + r * 1.0), 160, 380, who.hair)
        else:
            at.chord((hx - r * 1.0, hy - r * 0.5, hx + r * 1.0, hy + r * 0.9), 0, 180, who.hair)
    if who.helmet is not None:
        _helmet(at, who.helmet, r, head)




def _elbow(shoulder: Point, hand: Point, upper: float, fore: float, bend: int) -> Point:
    """Two-link arm: where the elbow is when the hand is at `hand` (out of reach: the arm points at it).
    With bend 0 the elbow goes where elbows go: down, and away from the body."""
    dx, dy = hand[0] - shoulder[0], hand[1] - shoulder[1]
    reach = max(1e-6, math.hypot(dx, dy))
    direction = math.atan2(dy, dx)
    if reach >= upper + fore - 0.01:
        return shoulder[0] + upper * math.cos(direction), shoulder[1] + upper * math.sin(direction)
    cos_b = (upper * upper + reach * reach - fore * fore) / (2 * upper * reach)
    b = math.acos(max(-1.0, min(1.0, cos_b)))
    outward = 1.0 if shoulder[0] >= 0 else -1.0
    candidates = []
    for sign in (-1, 1):
        angle = direction + sign * b
        elbow = shoulder[0] + upper * math.cos(angle), shoulder[1] + upper * math.sin(angle)
        candidates.append((sign, elbow, elbow[1] + 0.5 * outward * elbow[0]))
    if bend:
        return next(elbow for sign, elbow, _ in candidates if sign == bend)
    return max(candidates, key=lambda candidate: candidate[2])[1]


def _legs(at: Place, who: Person, body: _Body, pose: Pose) -> None:
    for side in (-1, 1):
        hip = (side * body.hip_w * 0.5, body.hip_y + 2)
        foot = (side * pose.stance, -4.5)
        at.line([hip, foot], who.trousers, body.leg_w)
        at.rect((foot[0] - 5.2 + side * 1.2, -6.5, foot[0] + 5.2 + side * 1.2, 0), pal.BOOT, radius=2.6)


def _torso(at: Place, who: Person, body: _Body, back: bool = False) -> None:
    top, bottom, w = body.shoulder_y, body.hip_y + 3, body.shoulder_w
    at.polygon([(-w, top + 5), (w, top + 5), (body.hip_w + 0.5, bottom), (-body.hip_w - 0.5, bottom)], who.shirt)
    at.rect((-w, top, w, top + 12), who.shirt, radius=5)
    at.polygon([(w * 0.45, top + 1), (w, top + 5), (body.hip_w + 0.5, bottom), (body.hip_w * 0.45, bottom)],
               pal.darker(who.shirt, 0.12))
    at.rect((-body.hip_w, bottom - 7, body.hip_w, bottom + 2), who.trousers, radius=2)
    if who.vest is None:
        return
    vest = who.vest
    neck = [(-3.5, top), (3.5, top)] if back else [(-3.5, top), (0, top + 10), (3.5, top)]
    at.polygon([(-w + 0.5, top + 3), *neck, (w - 0.5, top + 3), (body.hip_w, bottom - 3), (-body.hip_w, bottom - 3)], vest)
    at.circle((-w + 4.5, top + 4.5), 4.5, vest)
    at.circle((w - 4.5, top + 4.5), 4.5, vest)
    at.polygon([(w * 0.5, top + 3.5), (w - 0.5, top + 3), (body.hip_w, bottom - 3), (body.hip_w * 0.5, bottom - 3)],
               pal.darker(vest, 0.1))
    span = bottom - 3 - top
    for fraction in (0.55, 0.78):
        y = top + span * fraction
        inset = (w - body.hip_w) * fraction
        at.rect((-w + 0.5 + inset, y, w - 0.5 - inset, y + 2.4), pal.REFLECT)
    if back:
        at.rect((-w + 3, top + 8, w - 3, top + 10.4), pal.REFLECT)
    else:
        at.line([(0, top + 10), (0, bottom - 3)], pal.darker(vest, 0.25), 0.9, round_ends=False)


def _neck_and_head(at: Place, who: Person, body: _Body, head: Point, pose: Pose) -> None:
    r = body.head_r
    hx, hy = head
    if who.hair_style == "hijab" and who.scarf is not None:
        at.polygon([(hx - r * 1.15, hy), (hx + r * 1.15, hy), (hx + r * 1.35, body.shoulder_y + 5),
                    (hx - r * 1.35, body.shoulder_y + 5)], who.scarf)
        at.circle(head, r * 1.22, who.scarf)
        at.ellipse((hx - r * 0.8, hy - r * 0.78, hx + r * 0.8, hy + r * 0.92), who.skin)
    else:
        at.rect((hx - r * 0.38, hy + r * 0.5, hx + r * 0.38, body.shoulder_y + 2), pal.darker(who.skin, 0.12))
        at.circle(head, r, who.skin)
        at.circle((hx - r * 0.98, hy + r * 0.12), r * 0.22, who.skin)
        at.circle((hx + r * 0.98, hy + r * 0.12), r * 0.22, who.skin)
        _hair_front(at, who, r, head)
    _face(at, who, r, head, pose)
    if who.helmet is not None:
        _helmet(at, who.helmet, r, head)


def _face(at: Place, who: Person, r: float, head: Point, pose: Pose) -> None:
    hx, hy = head
    shift = pose.look * r * 0.22
    eye = pal.INK
    for side in (-1, 1):
        at.circle((hx + side * r * 0.36 + shift, hy + r * 0.08), r * 0.105, eye)
    if who.glasses:
        for side in (-1, 1):
            at.arc((hx + side * r * 0.36 + shift - r * 0.24, hy - r * 0.16, hx + side * r * 0.36 + shift + r * 0.24,
                    hy + r * 0.32), 0, 360, pal.INK, r * 0.07)
    if who.beard:
        at.chord((hx - r * 0.92, hy - r * 0.55, hx + r * 0.92, hy + r * 1.02), 10, 170, who.hair)
        at.ellipse((hx - r * 0.3 + shift, hy + r * 0.36, hx + r * 0.3 + shift, hy + r * 0.6), who.skin)
    if pose.smile:
        at.arc((hx - r * 0.3 + shift, hy + r * 0.18, hx + r * 0.3 + shift, hy + r * 0.62), 25, 155,
               pal.darker(who.skin, 0.55), r * 0.085)
    at.circle((hx - r * 0.58 + shift, hy + r * 0.42), r * 0.13, pal.mix(who.skin, pal.SHIRT_PINK, 0.28))
    at.circle((hx + r * 0.58 + shift, hy + r * 0.42), r * 0.13, pal.mix(who.skin, pal.SHIRT_PINK, 0.28))


def _hair_behind(at: Place, who: Person, body: _Body, head: Point) -> None:
    r = body.head_r
    hx, hy = head
    if who.hair_style == "long":
        at.rect((hx - r * 1.12, hy - r * 0.6, hx + r * 1.12, hy + r * 2.0), who.hair, radius=r * 0.7)
    elif who.hair_style == "bob":
        at.rect((hx - r * 1.18, hy - r * 0.7, hx + r * 1.18, hy + r * 0.95), who.hair, radius=r * 0.5)
    elif who.hair_style == "ponytail":
        at.ellipse((hx + r * 0.7, hy - r * 0.1, hx + r * 1.6, hy + r * 1.7), who.hair)
    elif who.hair_style == "bun":
        at.circle((hx - r * 0.95, hy + r * 0.55), r * 0.5, who.hair)
    elif who.hair_style == "afro":
        at.circle((hx, hy - r * 0.15), r * 1.38, who.hair)
    elif who.hair_style == "curly":
        for dx, dy in ((-0.9, -0.2), (0.9, -0.2), (-0.6, -0.85), (0.6, -0.85), (0, -1.05), (-1.0, 0.45), (1.0, 0.45)):
            at.circle((hx + dx * r, hy + dy * r), r * 0.5, who.hair)


def _hair_front(at: Place, who: Person, r: float, head: Point) -> None:
    hx, hy = head
    style = who.hair_style
    if style in ("short", "bob", "long", "ponytail", "bun", "curly", "afro"):
        at.chord((hx - r * 1.04, hy - r * 1.08, hx + r * 1.04, hy + r * 0.5), 180, 360, who.hair)
        if style in ("long", "bob"):
            for side in (-1, 1):
                at.rect((hx + side * r * 0.8 - r * 0.3, hy - r * 0.6, hx + side * r * 0.8 + r * 0.3, hy + r * 0.8),
                        who.hair, radius=r * 0.25)
        if style in ("ponytail", "bun"):
            at.chord((hx - r * 1.04, hy - r * 1.08, hx + r * 0.5, hy - r * 0.1), 160, 300, who.hair)
        if style == "short":
            for side in (-1, 1):
                at.rect((hx + side * r * 0.98 - r * 0.14, hy - r * 0.5, hx + side * r * 0.98 + r * 0.14, hy), who.hair)
    elif style == "bald":
        for side in (-1, 1):
            at.rect((hx + side * r * 0.95 - r * 0.16, hy - r * 0.45, hx + side * r * 0.95 + r * 0.16, hy - r * 0.05),
                    who.hair)


def _helmet(at: Place, colour: RGB, r: float, head: Point) -> None:
    hx, hy = head
    at.chord((hx - r * 1.12, hy - r * 1.42, hx + r * 1.12, hy + r * 0.42), 180, 360, colour)
    at.rect((hx - r * 0.16, hy - r * 1.42, hx + r * 0.16, hy - r * 0.5), pal.lighter(colour, 0.35))
    at.rect((hx - r * 1.32, hy - r * 0.58, hx + r * 1.32, hy - r * 0.34), pal.darker(colour, 0.12), radius=r * 0.12)


def _item_behind_hands(at: Place, pose: Pose) -> None:
    """Things the hands hold on top of: drawn after the body, before the hands."""
    lx, ly = pose.left_hand
    rx, ry = pose.right_hand
    side = pose.extra.get("side", 1)
    if pose.hold == "tablet":
        cx, cy = (lx + rx) / 2, (ly + ry) / 2
        at.rect((cx - 11, cy - 8, cx + 11, cy + 6), pal.INK, radius=1.5)
        at.rect((cx - 9.5, cy - 6.5, cx + 9.5, cy + 4.5), pal.GLASS, radius=0.8)
        at.line([(cx - 7, cy + 2), (cx - 2, cy - 3), (cx + 2, cy - 1), (cx + 7, cy - 5)], pal.DEEP_BLUE, 1.0)
    elif pose.hold == "plan":
        cx, cy = (lx + rx) / 2, (ly + ry) / 2
        at.rect((cx - 14, cy - 10, cx + 14, cy + 6), pal.OFF_WHITE, radius=0.8)
        at.line([(cx - 10, cy + 2), (cx - 3, cy - 6), (cx + 4, cy - 6), (cx + 10, cy + 2)], pal.DEEP_BLUE, 1.0)
        at.line([(cx - 12, cy + 2), (cx + 12, cy + 2)], pal.DEEP_BLUE, 0.8)
    elif pose.hold == "level":
        cx, cy = (lx + rx) / 2, (ly + ry) / 2
        at.rect((cx - 22, cy - 3, cx + 22, cy + 3), pal.MACHINE_YELLOW, radius=1)
        at.rect((cx - 3, cy - 2, cx + 3, cy + 2), pal.GRASS_LIGHT, radius=1)
    elif pose.hold == "stone":
        cx, cy = (lx + rx) / 2, (ly + ry) / 2
        at.rect((cx - 9, cy - 6, cx + 9, cy + 4), pal.BRICK, radius=1)
    elif pose.hold == "controller":
        cx, cy = (lx + rx) / 2, (ly + ry) / 2
        at.rect((cx - 9, cy - 5, cx + 9, cy + 4), pal.INK, radius=2.5)
        at.line([(cx + 6, cy - 5), (cx + 8, cy - 14)], pal.INK, 0.9)
    elif pose.hold in ("shovel", "rake"):
        top = (lx - side * 3, ly - 14)
        dx, dy = rx - lx, ry - ly
        length = math.hypot(dx, dy)
        ux, uy = dx / length, dy / length
        end = (rx + ux * 40, ry + uy * 40)
        at.line([top, end], pal.WOOD, 2.2)
        if pose.hold == "shovel":
            at.polygon([(end[0] - 5, end[1] - 2), (end[0] + 5, end[1] - 2), (end[0] + 4, end[1] + 10),
                        (end[0], end[1] + 13), (end[0] - 4, end[1] + 10)], pal.STEEL)
        else:
            at.rect((end[0] - 10, end[1] - 1, end[0] + 10, end[1] + 2.4), pal.STEEL_DARK)
            for i in range(6):
                tx = end[0] - 9 + i * 3.6
                at.rect((tx - 0.6, end[1] + 2, tx + 0.6, end[1] + 6), pal.STEEL_DARK)


def _item_in_front(at: Place, pose: Pose, who: Person) -> None:
    """Things held in one or both hands and drawn over them."""
    rx, ry = pose.right_hand
    if pose.hold == "thumb":
        side = pose.extra.get("side", 1)
        tx, ty = pose.right_hand if side > 0 else pose.left_hand
        at.rect((tx - 1.4, ty - 8.5, tx + 1.4, ty - 2), who.skin, radius=1.4)
    elif pose.hold == "radio":
        at.rect((rx - 2.5, ry - 8, rx + 2.5, ry + 2), pal.INK, radius=1)
        at.line([(rx + 1.5, ry - 8), (rx + 1.5, ry - 13)], pal.INK, 0.9)
