"""Pictures of bridges: a canal bridge in Amsterdam, a new cycle bridge lifted into place, a bridge design
shown over the river where it will stand."""

from __future__ import annotations

from artkit import buildings, machines, nature, people, site
from artkit import palette as pal
from artkit.canvas import Canvas, Place
from artkit.scenes import cast


def canal_bridge() -> Canvas:
    """Yusuf and a colleague on a brick arch bridge over an Amsterdam canal."""
    canvas = Canvas()
    nature.sky(canvas, 600)
    nature.sun(canvas, (1200, 170), 58)
    nature.cloud(canvas, 300, 210, 0.9)
    nature.cloud(canvas, 1000, 130, 0.6)
    buildings.canal_row(canvas, -20, 1620, 604, heights=(200, 230, 185, 245, 215), haze=0.45, scale=0.8)
    nature.tree_row(canvas, 606, [60, 330, 620, 980, 1270, 1540], 0.8, leaves=pal.haze(pal.FOREST, 0.3))
    canvas.rect((0, 598, 1600, 640), pal.haze(pal.CONCRETE_DARK, 0.2))
    nature.water(canvas, (0, 640, 1600, 1000), pal.WATER, ripples=0)
    buildings.arch_bridge(canvas, 120, 1480, 650, 830, opening=pal.WATER_DARK)
    nature.water(canvas, (0, 800, 1600, 1000), pal.WATER, ripples=9)
    canvas.chord((800 - 390, 800 - 40, 800 + 390, 800 + 150), 0, 180, pal.mix(pal.WATER, pal.WATER_DARK, 0.5))
    machines.boat(Place(canvas, 250, 880, 0.75, facing=-1), hull=pal.ORANGE, length=260)
    nature.water(canvas, (0, 872, 1600, 1000), pal.WATER, ripples=4)
    buildings.railing(canvas, 130, 1470, 600, 44)
    site.cone(canvas, 520, 650, 0.9)
    site.cone(canvas, 1080, 650, 0.9)
    people.draw_person(canvas, 730, 652, 280, cast.YUSUF, people.wave(-1))
    people.draw_person(canvas, 880, 652, 262, cast.BRIDGE_MATE, people.TABLET)
    return canvas


def bridge_lift() -> Canvas:
    """A career switcher guides a crane lifting a new steel cycle bridge onto its abutments over a canal."""
    canvas = Canvas()
    nature.sky(canvas, 600)
    nature.sun(canvas, (420, 150), 54)
    nature.cloud(canvas, 1200, 170, 0.8)
    nature.cloud(canvas, 700, 110, 0.5)
    nature.tree_row(canvas, 604, [60, 200, 520, 640, 760, 1000, 1120, 1320, 1460, 1560], 0.8,
                    leaves=pal.haze(pal.FOREST, 0.35))
    canvas.rect((0, 600, 1600, 700), pal.GRASS)
    nature.water(canvas, (420, 700, 1180, 1000), pal.WATER, ripples=6)
    canvas.rect((0, 700, 420, 1000), pal.GRASS)
    canvas.rect((1180, 700, 1600, 1000), pal.GRASS)
    canvas.rect((380, 690, 440, 1000), pal.CONCRETE_DARK)
    canvas.rect((1160, 690, 1220, 1000), pal.CONCRETE_DARK)
    canvas.rect((360, 680, 460, 700), pal.CONCRETE)
    canvas.rect((1140, 680, 1240, 700), pal.CONCRETE)
    crane = Place(canvas, 270, 700, 0.95)
    hook_x, hook_y = crane.at(*machines.crawler_crane(crane, boom_angle=-40, boom_length=660, hook_drop=320,
                                                     driver=cast.WORKER_B))
    deck_y = hook_y + 110
    for dx in (-260, 260):
        canvas.line([(hook_x, hook_y + 14), (hook_x + dx, deck_y)], pal.INK, 2.5)
    canvas.rect((hook_x - 380, deck_y, hook_x + 380, deck_y + 34), pal.ORANGE, radius=4)
    canvas.rect((hook_x - 380, deck_y + 34, hook_x + 380, deck_y + 46), pal.darker(pal.ORANGE, 0.25))
    buildings.railing(canvas, hook_x - 370, hook_x + 370, deck_y - 30, 30, pal.DEEP_BLUE, spacing=22)
    people.draw_person(canvas, 1190, 930, 320, cast.SWITCHER, people.Pose(left_hand=(-24, -96), right_hand=(8, -70),
                                                                          hold="radio", look=-0.8))
    return canvas


def bridge_in_view() -> Canvas:
    """Two students show the design of a new cycle bridge on a tablet: the bridge appears as a drawing in the air
    over the river where it will stand."""
    canvas = Canvas()
    nature.sky(canvas, 560, pal.SKY_WARM_TOP, pal.SKY_WARM_HORIZON)
    nature.sun(canvas, (1210, 150), 56)
    nature.cloud(canvas, 300, 150, 0.7)
    nature.tree_row(canvas, 566, [80, 160, 260, 1300, 1400, 1500], 0.75, leaves=pal.haze(pal.FOREST, 0.3))
    canvas.rect((0, 560, 1600, 600), pal.haze(pal.GRASS, 0.2))
    nature.water(canvas, (0, 600, 1600, 760), pal.WATER, ripples=8)
    buildings.blueprint_bridge(canvas, (140, 250, 1460, 700), pal.lighter(pal.WATER_LIGHT, 0.3), 14)
    buildings.blueprint_bridge(canvas, (140, 250, 1460, 700), pal.DEEP_BLUE, 5)
    canvas.rect((0, 740, 1600, 1000), pal.GRASS)
    canvas.rect((0, 740, 1600, 756), pal.GRASS_DARK)
    nature.tufts(canvas, [(140, 900), (420, 960), (1300, 960), (1500, 900)])
    for x in (300, 1200):
        canvas.line([(x, 800), (x, 740)], pal.WOOD, 5, round_ends=False)
        canvas.rect((x - 3, 740, x + 3, 752), pal.HIVIS_ORANGE)
    people.draw_person(canvas, 640, 930, 320, cast.STUDENT, people.point_to(-1, 0.9, look=-0.4))
    people.draw_person(canvas, 800, 930, 310, cast.STUDENT_B.dressed(helmet=pal.WHITE), people.TABLET)
    return canvas
