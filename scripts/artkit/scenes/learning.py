"""Pictures of learning and looking: a classroom, a paper-bridge contest, an engineer at her screen, a class on
a site visit, a parent and child at the fence, an open day, a newcomer with a mentor."""

from __future__ import annotations

from artkit import buildings, machines, nature, people, site
from artkit import palette as pal
from artkit.canvas import Canvas, Place
from artkit.people import Pose
from artkit.scenes import cast

WALL = pal.hex_rgb("#eef3f1")
FLOOR = pal.hex_rgb("#c9b79a")


def room(canvas: Canvas, wall: pal.RGB = WALL, floor_y: float = 760) -> None:
    canvas.rect((0, 0, 1600, floor_y), wall)
    canvas.rect((0, floor_y, 1600, 1000), FLOOR)
    canvas.rect((0, floor_y - 14, 1600, floor_y), pal.darker(wall, 0.12))


def classroom() -> Canvas:
    """Peter, from site foreman to teacher, shows his pupils a model truss bridge; a bridge sketch on the board."""
    canvas = Canvas()
    room(canvas)
    buildings.window_frame(canvas, (80, 130, 330, 520))
    buildings.window_frame(canvas, (1290, 130, 1540, 520))
    buildings.whiteboard(canvas, (470, 110, 1130, 420),
                         [(520, 360), (620, 250), (980, 250), (1080, 360)])
    canvas.line([(500, 360), (1100, 360)], pal.DEEP_BLUE, 5)
    for x in range(620, 1000, 60):
        canvas.line([(x, 250), (x + 30, 360)], pal.ORANGE, 4)
    people.draw_person(canvas, 940, 760, 340, cast.PETER, people.point_to(-1, -0.25, look=-0.5))
    buildings.table(canvas, 430, 1170, 640, 900)
    buildings.model_bridge(Place(canvas, 680, 640, 1.4))
    pupils = cast.PUPILS
    people.draw_person(canvas, 380, 780, 260, pupils[1].dressed(child=False), people.thumbs_up(1, look=0.6))
    people.draw_person(canvas, 1230, 780, 255, pupils[0].dressed(child=False), Pose(look=-0.6))
    people.draw_person(canvas, 600, 1010, 300, pupils[2].dressed(child=False), Pose(back=True))
    people.draw_person(canvas, 1000, 1010, 300, pupils[3].dressed(child=False), Pose(back=True))
    return canvas


def paper_bridge_contest() -> Canvas:
    """Pupils of groep 8 cheer: their paper bridge holds the weights."""
    canvas = Canvas()
    room(canvas, pal.hex_rgb("#fdf3e3"))
    buildings.bunting(canvas, 0, 1600, 60, 50)
    buildings.window_frame(canvas, (100, 170, 360, 520))
    buildings.window_frame(canvas, (1240, 170, 1500, 520))
    kids = cast.PUPILS
    cheer = Pose(left_hand=(-22, -100), right_hand=(22, -100))
    people.draw_person(canvas, 330, 800, 270, kids[0], people.wave(-1))
    people.draw_person(canvas, 430, 800, 260, kids[1], cheer)
    people.draw_person(canvas, 1170, 800, 265, kids[4], cheer)
    people.draw_person(canvas, 1270, 800, 270, kids[5], people.wave(1))
    buildings.table(canvas, 200, 1400, 700, 960, pal.lighter(pal.WOOD, 0.2))
    buildings.paper_bridge(canvas, 480, 1120, 570)
    people.draw_person(canvas, 430, 1050, 280, kids[3].dressed(helmet=pal.HIVIS_YELLOW), Pose(back=True))
    people.draw_person(canvas, 1170, 1050, 275, kids[2], Pose(back=True, left_hand=(-14, -44), right_hand=(26, -96)))
    return canvas


def design_desk() -> Canvas:
    """Noor designs a bridge on a big screen; through the window a real cycle bridge."""
    canvas = Canvas()
    room(canvas, pal.hex_rgb("#e7eef4"), floor_y=800)
    canvas.rect((0, 800, 1600, 1000), pal.hex_rgb("#b8c2cc"))
    buildings.window_frame(canvas, (60, 120, 380, 560))
    buildings.blueprint_bridge(canvas, (70, 330, 370, 520), pal.WHITE, 4)
    canvas.rect((60, 500, 380, 560), pal.WATER)
    screen = buildings.desk_monitor(canvas, (440, 150, 1000, 520))
    buildings.blueprint_bridge(canvas, (screen[0] + 40, screen[1] + 40, screen[2] - 40, screen[3] - 30),
                               pal.WATER_LIGHT, 5)
    canvas.rect((screen[0] + 20, screen[3] - 30, screen[2] - 20, screen[3] - 22), pal.HIVIS_ORANGE)
    people.draw_person(canvas, 1120, 830, 360, cast.NOOR, people.point_to(-1, 0.4))
    buildings.table(canvas, 380, 1260, 640, 800, pal.OFF_WHITE)
    canvas.rect((560, 620, 720, 640), pal.STEEL_DARK, radius=3)
    buildings.potted_plant(canvas, 1460, 800, 1.6)
    return canvas


def site_visit() -> Canvas:
    """A teacher brings her class to a building site; a machinist shows them her excavator."""
    canvas = Canvas()
    nature.sky(canvas, 560)
    nature.sun(canvas, (1210, 140), 52)
    nature.cloud(canvas, 360, 160, 0.8)
    canvas.rect((0, 556, 1600, 620), pal.haze(pal.GRASS, 0.25))
    site.site_hut(canvas, 1300, 620, 280)
    site.fence(canvas, 0, 420, 620, 90)
    canvas.rect((0, 616, 1600, 1000), pal.SAND)
    machines.excavator(Place(canvas, 640, 760, 1.25), boom_angle=-40, stick_angle=70, bucket_angle=110)
    people.draw_person(canvas, 1130, 780, 300, cast.WORKER_C, people.explain(look=-0.5))
    people.draw_person(canvas, 330, 790, 300, cast.TEACHER, people.point_to(1, 0.6))
    hivis = dict(vest=pal.HIVIS_YELLOW, helmet=pal.WHITE)
    kids = cast.PUPILS
    for x, kid in ((520, kids[0]), (700, kids[5]), (880, kids[1]), (1060, kids[2]), (1240, kids[3])):
        people.draw_person(canvas, x, 1000, 260, kid.dressed(child=False, **hivis), Pose(back=True))
    return canvas


def at_the_fence() -> Canvas:
    """A father and his daughter at the site fence, looking at a crane and an excavator at work."""
    canvas = Canvas()
    nature.sky(canvas, 600)
    nature.sun(canvas, (420, 140), 52)
    nature.cloud(canvas, 1100, 150, 0.8)
    buildings.modern_houses(canvas, 900, 1640, 620, 150,
                            colours=tuple(pal.haze(c, 0.45) for c in (pal.hex_rgb("#d8cfc2"), pal.hex_rgb("#c4694a"))))
    for x in (120, 300, 480):
        buildings.house_frame(canvas, x, 620, 130, 150, pal.haze(pal.CONCRETE, 0.2))
    crane = Place(canvas, 760, 620, 0.85)
    machines.tower_crane(crane, height=520, jib=460, hook_x=300, hook_drop=260)
    canvas.rect((0, 616, 1600, 1000), pal.SAND)
    machines.excavator(Place(canvas, 560, 760, 1.0), boom_angle=-44, stick_angle=70, bucket_angle=100,
                       driver=cast.WORKER_A)
    machines.tipper_truck(Place(canvas, 1120, 760, 0.9, facing=-1))
    canvas.rect((0, 800, 1600, 1000), pal.GRASS)
    site.fence(canvas, 0, 1600, 860, 130, 200, see_through=True)
    people.draw_person(canvas, 720, 1010, 380, cast.FATHER, people.Pose(back=True, left_hand=(-16, -42),
                                                                         right_hand=(30, -92)))
    people.draw_person(canvas, 880, 1010, 250, cast.CHILD.dressed(hair_style="ponytail"),
                       people.Pose(back=True, left_hand=(-30, -100), right_hand=(16, -40)))
    return canvas


def open_day() -> Canvas:
    """Open day: a vmbo pupil tries a mini excavator, an instructor next to her, bunting and cones."""
    canvas = Canvas()
    nature.sky(canvas, 580)
    nature.sun(canvas, (1210, 150), 56)
    nature.cloud(canvas, 380, 170, 0.8)
    canvas.rect((0, 576, 1600, 640), pal.haze(pal.GRASS, 0.25))
    site.site_hut(canvas, 120, 640, 300)
    buildings.bunting(canvas, 0, 1600, 230, 80)
    canvas.rect((0, 636, 1600, 1000), pal.GRASS)
    canvas.rect((0, 760, 1600, 1000), pal.SAND)
    site.soil_heap(canvas, 1200, 860, 260, 90)
    mini = Place(canvas, 760, 870, 2.2)
    machines.mini_excavator(mini, driver=cast.pupil("brown", "black", "bun", pal.SHIRT_PURPLE, pal.HIVIS_YELLOW,
                                                    pal.WHITE).dressed(child=False), boom_angle=-35, stick_angle=75)
    people.draw_person(canvas, 430, 930, 320, cast.MENTOR_WOMAN.dressed(vest=pal.HIVIS_ORANGE), people.thumbs_up(1))
    people.draw_person(canvas, 1210, 925, 270, cast.PUPILS[1].dressed(child=False), people.wave(1))
    for x in (80, 1500):
        site.cone(canvas, x, 960, 1.2)
    return canvas


def mentor_on_site() -> Canvas:
    """A newcomer and her mentor on site: he holds the drawing, she points at the bridge being built behind them:
    concrete piers, a deck going on, a tower crane."""
    canvas = Canvas()
    nature.sky(canvas, 640)
    nature.sun(canvas, (1210, 130), 52)
    nature.cloud(canvas, 300, 150, 0.75)
    canvas.rect((0, 636, 1600, 680), pal.haze(pal.GRASS, 0.25))
    crane = Place(canvas, 240, 680, 0.8)
    hook_x, hook_y = crane.at(*machines.tower_crane(crane, height=560, jib=560, hook_x=470, hook_drop=230))
    canvas.line([(hook_x, hook_y + 8), (hook_x - 60, hook_y + 30)], pal.INK, 2)
    canvas.line([(hook_x, hook_y + 8), (hook_x + 60, hook_y + 30)], pal.INK, 2)
    canvas.rect((hook_x - 90, hook_y + 30, hook_x + 90, hook_y + 54), pal.CONCRETE_DARK, radius=3)
    for x in (760, 1080, 1400):
        canvas.rect((x, 470, x + 70, 700), pal.CONCRETE)
        canvas.rect((x + 46, 470, x + 70, 700), pal.CONCRETE_DARK)
        canvas.rect((x - 26, 452, x + 96, 478), pal.CONCRETE_DARK)
    canvas.rect((1000, 424, 1640, 454), pal.CONCRETE)
    canvas.rect((1000, 450, 1640, 460), pal.CONCRETE_DARK)
    canvas.rect((0, 680, 1600, 1000), pal.SAND)
    site.cone(canvas, 130, 800)
    site.cone(canvas, 1480, 820)
    site.pipe_stack(canvas, 1300, 830, 24, 2, pal.STEEL_DARK)
    people.draw_person(canvas, 640, 930, 350, cast.MENTOR, Pose(left_hand=(-6, -58), right_hand=(14, -58), hold="plan",
                                                                look=0.6))
    people.draw_person(canvas, 820, 930, 340, cast.NEWCOMER, people.point_to(1, 0.7, look=0.5))
    return canvas
