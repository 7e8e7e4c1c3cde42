"""Pictures of streets, roads, cables and pipes."""

from __future__ import annotations

from artkit import buildings, machines, nature, people, site
from artkit import palette as pal
from artkit.canvas import Canvas, Place
from artkit.scenes import cast


def open_country(canvas: Canvas, horizon: float, turbines: bool = True) -> None:
    """Sky with sun and clouds, flat land with trees and (far away) wind turbines."""
    nature.sky(canvas, horizon)
    nature.sun(canvas, (1210, 150), 56)
    nature.cloud(canvas, 380, 170, 0.85)
    nature.cloud(canvas, 1000, 110, 0.5)
    canvas.rect((0, horizon, 1600, horizon + 60), pal.haze(pal.GRASS, 0.3))
    if turbines:
        for x in (150, 320, 1450):
            nature.wind_turbine(canvas, x, horizon + 4, 0.5, angle=(x * 3) % 120)
    nature.tree_row(canvas, horizon + 6, [520, 600, 700, 1150, 1240], 0.55, leaves=pal.haze(pal.FOREST, 0.3))


def road_works() -> Canvas:
    """Iris plans the road works: a paver lays fresh asphalt, a roller follows, a worker rakes the edge."""
    canvas = Canvas()
    open_country(canvas, 520)
    canvas.rect((0, 576, 1600, 660), pal.GRASS)
    canvas.rect((0, 650, 1600, 820), pal.ASPHALT)
    canvas.rect((0, 650, 720, 820), pal.ASPHALT_FRESH)
    for x in range(760, 1600, 140):
        canvas.rect((x, 730, x + 70, 740), pal.WHITE)
    canvas.rect((0, 816, 1600, 832), pal.CONCRETE)
    canvas.rect((0, 832, 1600, 1000), pal.GRASS)
    nature.tufts(canvas, [(140, 930), (420, 980), (1300, 960), (1480, 920)])
    canvas.rect((0, 650, 760, 820), pal.ASPHALT_FRESH)
    machines.tipper_truck(Place(canvas, 1330, 760, 0.95, facing=1))
    machines.paver(Place(canvas, 800, 762, 1.1), driver=cast.WORKER_B)
    machines.roller(Place(canvas, 280, 772, 1.05), driver=cast.WORKER_A)
    people.draw_person(canvas, 520, 800, 260, cast.WORKER_D, people.holding("rake", -1))
    for x in (160, 1120, 1540):
        site.cone(canvas, x, 828, 1.0)
    people.draw_person(canvas, 1000, 930, 330, cast.IRIS, people.TABLET)
    return canvas


def sewer_street() -> Canvas:
    """Kim in a street being made ready for cloudbursts: a wide sewer pipe goes into a trench, a pipe layer guides
    it, water-permeable paving behind, a rain cloud on its way."""
    canvas = Canvas()
    nature.sky(canvas, 560)
    nature.sun(canvas, (1210, 130), 52)
    nature.rain_cloud(canvas, 330, 190, 1.0)
    nature.cloud(canvas, 980, 140, 0.6)
    buildings.modern_houses(canvas, -30, 1620, 570, 150,
                            colours=tuple(pal.haze(c, 0.45) for c in (pal.hex_rgb("#d8cfc2"), pal.hex_rgb("#c4694a"),
                                                                       pal.hex_rgb("#e9e2d4"))))
    nature.round_tree(canvas, 140, 580, 0.9)
    nature.round_tree(canvas, 1480, 580, 0.9)
    canvas.rect((0, 566, 1600, 600), pal.CONCRETE)
    site.paving(canvas, (0, 600, 1600, 680), pal.hex_rgb("#9a8f86"), size=20)
    canvas.rect((0, 676, 1600, 1000), pal.SAND)
    digger = Place(canvas, 1300, 746, 0.9, facing=-1)
    teeth = machines.excavator(digger, boom_angle=-32, stick_angle=72, bucket_angle=100)
    tx, ty = digger.at(*teeth)
    site.trench(canvas, 260, 1340, 770, 130, wall=18)
    canvas.line([(tx, ty), (tx - 40, ty + 64)], pal.INK, 2.5)
    canvas.line([(tx, ty), (tx + 40, ty + 64)], pal.INK, 2.5)
    site.pipe_side(canvas, tx - 150, tx + 130, ty + 96, 34, pal.CONCRETE)
    site.pipe_side(canvas, 320, 760, 858, 34, pal.CONCRETE)
    people.draw_person(canvas, 860, 892, 270, cast.WORKER_A, people.Pose(left_hand=(-14, -44), right_hand=(30, -78),
                                                                          look=0.7))
    canvas.rect((0, 896, 1600, 1000), pal.SAND)
    canvas.rect((260, 896, 1340, 904), pal.darker(pal.SAND, 0.12))
    site.barrier(canvas, 40, 230, 770, 46)
    site.cone(canvas, 1400, 776, 0.9)
    people.draw_person(canvas, 600, 930, 320, cast.KIM, people.point_to(1, 0.3))
    return canvas


def paving_street() -> Canvas:
    """Two mbo students on a street job: one works the plate compactor, one lays paving stones; their
    practice trainer gives a thumbs up."""
    canvas = Canvas()
    nature.sky(canvas, 560)
    nature.sun(canvas, (420, 150), 52)
    nature.cloud(canvas, 800, 150, 0.7)
    nature.cloud(canvas, 1350, 220, 0.8)
    buildings.modern_houses(canvas, -40, 1640, 580, 170)
    nature.round_tree(canvas, 260, 600, 1.0)
    nature.round_tree(canvas, 1340, 600, 1.0)
    canvas.rect((0, 576, 1600, 610), pal.CONCRETE)
    site.paving(canvas, (0, 610, 1600, 1000), pal.mix(pal.BRICK, pal.CONCRETE, 0.3), size=30)
    canvas.polygon([(900, 720), (1600, 720), (1600, 1000), (1020, 1000)], pal.SAND)
    for i in range(3):
        canvas.rect((1300, 820 - i * 26, 1470, 844 - i * 26), pal.BRICK, radius=3)
    plate = Place(canvas, 520, 915, 2.0, facing=-1)
    grip_x, grip_y = plate.at(*machines.plate_compactor(plate))
    feet, height = 930, 310
    person_x = grip_x + 40
    hand = ((grip_x - person_x) * 100 / height, (grip_y - feet) * 100 / height)
    people.draw_person(canvas, person_x, feet, height, cast.STUDENT,
                       people.Pose(left_hand=hand, right_hand=(hand[0] + 4, hand[1] + 2), look=-0.5))
    people.draw_person(canvas, 1000, 880, 300, cast.DAAN.dressed(helmet=pal.DEEP_BLUE, hair=pal.HAIR["brown"]),
                       people.Pose(left_hand=(-8, -52), right_hand=(8, -52), hold="stone", look=0.4))
    people.draw_person(canvas, 1180, 860, 310, cast.OLDER_WOMAN, people.thumbs_up(1, look=-0.5))
    return canvas


def cable_trench() -> Canvas:
    """Marco at the controls of an excavator, digging a trench for power cables; a cable reel, pylons, a plane."""
    canvas = Canvas()
    open_country(canvas, 560)
    nature.airplane(canvas, 1120, 220, 1.0)
    for x in (540, 1020):
        nature.pylon(canvas, x, 600, 0.9, pal.haze(pal.STEEL, 0.3))
    canvas.line([(500, 470), (1060, 470)], pal.haze(pal.STEEL_DARK, 0.3), 1.5, round_ends=False)
    canvas.rect((0, 600, 1600, 1000), pal.GRASS)
    canvas.rect((0, 660, 1600, 1000), pal.SAND)
    site.soil_heap(canvas, 140, 800, 280, 80)
    digger = Place(canvas, 620, 806, 1.45)
    site.trench(canvas, 120, 1240, 820, 110, wall=18)
    machines.excavator(digger, boom_angle=-14, stick_angle=98, bucket_angle=150, driver=cast.MARCO, stick=150)
    canvas.line([(150, 912), (1210, 912)], pal.INK, 10)
    canvas.line([(150, 900), (1210, 900)], pal.RED, 8)
    site.cable_reel(canvas, 1420, 930, 130)
    canvas.line([(1370, 860), (1280, 890), (1200, 908)], pal.INK, 10)
    site.cone(canvas, 1110, 812)
    people.draw_person(canvas, 1210, 812, 270, cast.WORKER_C, people.thumbs_up(-1, look=-0.6))
    return canvas


def new_neighbourhood() -> Canvas:
    """Kevin makes a new neighbourhood ready for building: an excavator digs a ditch, houses go up behind."""
    canvas = Canvas()
    nature.sky(canvas, 560)
    nature.sun(canvas, (1460, 140), 52)
    nature.cloud(canvas, 420, 160, 0.8)
    nature.cloud(canvas, 980, 110, 0.5)
    canvas.rect((0, 556, 1600, 620), pal.haze(pal.GRASS, 0.25))
    for i, x in enumerate(range(60, 1600, 170)):
        if i % 3 == 1:
            buildings.modern_houses(canvas, x, x + 110, 620, 140)
        else:
            buildings.house_frame(canvas, x, 620, 130, 140 if i % 2 else 110)
    crane = Place(canvas, 1230, 620, 0.8, facing=-1)
    hook_x, hook_y = crane.at(*machines.tower_crane(crane, height=520, jib=420, hook_x=300, hook_drop=240))
    canvas.rect((hook_x - 60, hook_y + 10, hook_x + 60, hook_y + 34), pal.WOOD, radius=3)
    canvas.line([(hook_x, hook_y + 6), (hook_x - 50, hook_y + 12)], pal.INK, 2)
    canvas.line([(hook_x, hook_y + 6), (hook_x + 50, hook_y + 12)], pal.INK, 2)
    canvas.rect((0, 616, 1600, 1000), pal.SAND)
    canvas.rect((0, 690, 1600, 740), pal.ASPHALT_LIGHT)
    machines.excavator(Place(canvas, 330, 800, 0.95), boom_angle=-14, stick_angle=98, bucket_angle=150,
                       driver=cast.WORKER_A, stick=150)
    canvas.polygon([(0, 806), (760, 806), (720, 870), (0, 870)], pal.SOIL_DARK)
    nature.water(canvas, (0, 836, 740, 870), pal.WATER, ripples=2)
    canvas.polygon([(700, 870), (740, 836), (760, 806), (770, 870)], pal.SAND)
    site.pipe_stack(canvas, 1390, 880, 30, 3, pal.ORANGE)
    site.soil_heap(canvas, 1170, 800, 260, 80)
    people.draw_person(canvas, 760, 930, 305, cast.WORKER_C, people.point_to(-1, 0.3))
    people.draw_person(canvas, 920, 930, 330, cast.KEVIN, people.TABLET)
    return canvas
