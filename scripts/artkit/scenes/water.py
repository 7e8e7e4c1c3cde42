"""Pictures by the water: a lock, a pumping station, a quay with a piling rig, the coast, the Zaan and a dike."""

from __future__ import annotations

from artkit import buildings, machines, nature, people, site
from artkit import palette as pal
from artkit.canvas import Canvas, Place
from artkit.scenes import cast


def polder_background(canvas: Canvas, horizon: float, mill_x: float | None = 230, sun_x: float = 1210) -> None:
    """Sky, a far dike line, a mill and a few trees: the polder behind the water scenes."""
    nature.sky(canvas, horizon)
    nature.sun(canvas, (sun_x, 150), 56)
    nature.cloud(canvas, 420, 180, 0.85)
    nature.cloud(canvas, 1050, 120, 0.55)
    nature.hill(canvas, [(0, horizon - 10), (400, horizon - 30), (900, horizon - 18), (1600, horizon - 34)],
                horizon + 40, pal.haze(pal.GRASS_DARK, 0.35))
    if mill_x is not None:
        nature.windmill(canvas, mill_x, horizon - 20, 0.7, body=pal.haze(pal.WOOD_DARK, 0.3))
    nature.tree_row(canvas, horizon - 14, [520, 600, 1180, 1260, 1450], 0.6, leaves=pal.haze(pal.FOREST, 0.35))


def lock() -> Canvas:
    """Daan at a lock: gates with balance beams, a boat going down in the chamber."""
    canvas = Canvas()
    polder_background(canvas, 500)
    canvas.rect((0, 500, 1600, 540), pal.GRASS)
    canvas.rect((0, 530, 1600, 760), pal.CONCRETE_DARK)
    for y in range(550, 760, 26):
        canvas.line([(0, y), (1600, y)], pal.darker(pal.CONCRETE_DARK, 0.08), 2, round_ends=False)
    nature.water(canvas, (0, 560, 380, 760), pal.WATER, ripples=3)
    nature.water(canvas, (1220, 680, 1600, 760), pal.WATER, ripples=3)
    machines.boat(Place(canvas, 740, 646, 1.15), hull=pal.DEEP_BLUE, length=300)
    nature.water(canvas, (380, 630, 1220, 760), pal.WATER, ripples=3)
    buildings.lock_gate(canvas, 380, 536, 760, -190)
    buildings.lock_gate(canvas, 1220, 536, 760, 190)
    canvas.rect((0, 752, 1600, 780), pal.CONCRETE)
    canvas.rect((0, 780, 1600, 1000), pal.GRASS)
    canvas.rect((0, 780, 1600, 796), pal.GRASS_DARK)
    nature.tufts(canvas, [(160, 900), (420, 960), (1330, 930), (1500, 980)])
    buildings.bollard(canvas, 470, 770)
    buildings.bollard(canvas, 1400, 770)
    people.draw_person(canvas, 1000, 900, 320, cast.DAAN, people.point_to(-1, 0.15))
    people.draw_person(canvas, 1150, 900, 300, cast.WORKER_C, people.TABLET)
    return canvas


def pumping_station() -> Canvas:
    """Marieke and her son Daan on the dike; he points at the pumping station he works on."""
    canvas = Canvas()
    polder_background(canvas, 520, mill_x=1420, sun_x=1220)
    canvas.rect((0, 540, 1600, 600), pal.haze(pal.GRASS, 0.15))
    buildings.pump_house(canvas, 240, 600, 320, 170)
    canvas.rect((0, 596, 1600, 640), pal.CONCRETE_DARK)
    nature.water(canvas, (0, 630, 1600, 800), pal.WATER, ripples=7)
    canvas.rect((300, 600, 500, 700), pal.darker(pal.CONCRETE_DARK, 0.2))
    canvas.rect((330, 640, 470, 700), pal.WATER_DARK)
    canvas.rect((0, 744, 1600, 1000), pal.GRASS)
    canvas.rect((0, 738, 1600, 750), pal.GRASS_LIGHT)
    nature.hill(canvas, [(0, 920), (500, 880), (1100, 880), (1600, 920)], 1000, pal.GRASS_DARK)
    nature.sheep(canvas, 1240, 820, 1.3, facing=-1)
    nature.sheep(canvas, 1390, 840, 1.1)
    people.draw_person(canvas, 720, 910, 330, cast.DAAN, people.point_to(-1, 0.35))
    people.draw_person(canvas, 880, 910, 300, cast.MARIEKE, people.Pose(look=-0.8, left_hand=(-15, -44),
                                                                          right_hand=(12, -50)))
    return canvas


def quay_with_piling_rig() -> Canvas:
    """Sandra runs the building of a quay in Den Helder: a piling rig drives sheet piles; the lighthouse behind."""
    canvas = Canvas()
    nature.sky(canvas, 560)
    nature.sun(canvas, (420, 170), 52)
    nature.cloud(canvas, 700, 150, 0.7)
    nature.cloud(canvas, 1350, 230, 0.8)
    canvas.rect((0, 540, 1600, 640), pal.SEA)
    buildings.lighthouse(canvas, 1360, 560, 300)
    _navy_ship(canvas, 260, 556)
    canvas.rect((0, 548, 1600, 562), pal.haze(pal.SAND, 0.4))
    canvas.rect((0, 630, 1600, 700), pal.CONCRETE)
    canvas.rect((0, 620, 1600, 636), pal.CONCRETE_DARK)
    site.sheet_piles(canvas, 0, 1600, 700, 860)
    rig = Place(canvas, 520, 700, 1.1)
    pile_top, _ = machines.pile_driver(rig, mast_height=500, pile_top=-300)
    top_x, top_y = rig.at(*pile_top)
    canvas.rect((top_x - 18, top_y, top_x + 18, 860), pal.darker(pal.STEEL_DARK, 0.1))
    nature.water(canvas, (0, 820, 1600, 1000), pal.SEA, ripples=8)
    site.cone(canvas, 860, 700)
    site.pipe_stack(canvas, 230, 700, 26, 2, pal.STEEL_DARK)
    people.draw_person(canvas, 990, 702, 300, cast.SANDRA, people.Pose(left_hand=(-16, -42), right_hand=(8, -70),
                                                                        hold="radio", look=-0.7))
    people.draw_person(canvas, 1150, 702, 285, cast.WORKER_A, people.thumbs_up(-1, look=-0.5))
    return canvas


def _navy_ship(canvas: Canvas, x: float, waterline: float) -> None:
    grey = pal.haze(pal.hex_rgb("#6f7d89"), 0.35)
    canvas.polygon([(x - 200, waterline - 30), (x + 220, waterline - 34), (x + 190, waterline), (x - 180, waterline)], grey)
    canvas.rect((x - 110, waterline - 70, x + 60, waterline - 30), grey)
    canvas.rect((x - 60, waterline - 104, x, waterline - 70), grey)
    canvas.line([(x - 30, waterline - 104), (x - 30, waterline - 150)], grey, 4)


def coast() -> Canvas:
    """Thomas measures on a sea dike in the IJmond: survey instrument, a stone revetment being renewed by an
    excavator, old sheet piles stacked for reuse, wind turbines at sea."""
    canvas = Canvas()
    nature.sky(canvas, 480, pal.SKY_WARM_TOP, pal.SKY_WARM_HORIZON)
    nature.sun(canvas, (1240, 170), 60)
    nature.cloud(canvas, 350, 160, 0.8)
    nature.cloud(canvas, 900, 230, 0.5)
    canvas.rect((0, 478, 1600, 720), pal.SEA)
    for x in (120, 300, 1380, 1520):
        nature.wind_turbine(canvas, x, 482, 0.55, angle=(x * 7) % 120)
    nature.water(canvas, (0, 520, 1600, 720), pal.SEA, ripples=9)
    for i in range(4):
        y = 650 + i * 20
        canvas.line([(0, y), (1600, y)], pal.lighter(pal.SEA, 0.15 + i * 0.06), 5, round_ends=False)
    stone = pal.hex_rgb("#4a5561")
    canvas.polygon([(0, 700), (1600, 640), (1600, 790), (0, 790)], stone)
    for row in range(4):
        for x in range(-40 + (row % 2) * 30, 1640, 60):
            y = 700 - x * 60 / 1600 + row * 22
            canvas.rect((x, y + 4, x + 50, y + 20), pal.lighter(stone, 0.12), radius=4)
    canvas.rect((0, 780, 1600, 806), pal.ASPHALT_LIGHT)
    canvas.rect((0, 800, 1600, 1000), pal.GRASS)
    nature.tufts(canvas, [(120, 900), (380, 970), (1260, 960), (1480, 930)])
    digger = Place(canvas, 1260, 712, 0.8, facing=-1)
    teeth = machines.excavator(digger, boom_angle=-25, stick_angle=75, bucket_angle=120)
    tx, ty = digger.at(*teeth)
    canvas.rect((tx - 30, ty, tx + 20, ty + 24), pal.lighter(stone, 0.12), radius=4)
    for i in range(3):
        canvas.rect((170 + i * 8, 780 - i * 14, 420 + i * 8, 792 - i * 14), pal.hex_rgb("#8c5a3c"), radius=2)
    site.survey_tripod(canvas, 620, 930, 2.0)
    people.draw_person(canvas, 760, 932, 320, cast.THOMAS, people.Pose(left_hand=(-26, -66), right_hand=(14, -44),
                                                                        look=-0.8))
    people.draw_person(canvas, 920, 932, 300, cast.OLDER_WOMAN, people.TABLET)
    return canvas


def zaan_bank() -> Canvas:
    """Yonas and his mentor on the bank of the Zaan: a new sheet-pile bank, a crane on a pontoon, Zaan houses."""
    canvas = Canvas()
    nature.sky(canvas, 470)
    nature.sun(canvas, (1210, 130), 50)
    nature.cloud(canvas, 560, 130, 0.7)
    nature.windmill(canvas, 180, 476, 0.85, body=pal.haze(pal.ZAAN_GREEN, 0.35))
    nature.windmill(canvas, 420, 470, 0.6, body=pal.haze(pal.WOOD_DARK, 0.45))
    for i, x in enumerate(range(560, 1600, 150)):
        buildings.zaan_house(canvas, x, 486, 110, 100 + (i % 3) * 18,
                             pal.haze(buildings.ZAAN_FRONTS[i % len(buildings.ZAAN_FRONTS)], 0.35))
    canvas.rect((0, 480, 1600, 500), pal.haze(pal.GRASS_DARK, 0.3))
    nature.water(canvas, (0, 496, 1600, 760), pal.WATER, ripples=8)
    barge_at = Place(canvas, 500, 700)
    machines.barge(barge_at, length=520)
    hook = machines.crawler_crane(Place(canvas, 420, 660, 0.75), boom_angle=-58, boom_length=430, hook_drop=120)
    hx, hy = Place(canvas, 420, 660, 0.75).at(*hook)
    canvas.rect((hx - 14, hy + 14, hx + 14, hy + 190), pal.STEEL_DARK)
    site.sheet_piles(canvas, 0, 1600, 740, 800)
    canvas.rect((0, 736, 1600, 748), pal.WOOD)
    canvas.rect((0, 796, 1600, 1000), pal.GRASS)
    nature.tufts(canvas, [(140, 920), (300, 980), (1300, 950), (1480, 900)])
    for i in range(4):
        canvas.rect((1160 + i * 6, 900 - i * 14, 1460 + i * 6, 912 - i * 14), pal.darker(pal.STEEL_DARK, i * 0.05),
                    radius=2)
    people.draw_person(canvas, 760, 920, 330, cast.MENTOR, people.point_to(-1, 0.45))
    people.draw_person(canvas, 930, 920, 335, cast.YONAS, people.Pose(left_hand=(-8, -48), right_hand=(8, -48),
                                                                       hold="level", look=-0.7))
    return canvas


def dike_with_drone() -> Canvas:
    """A dike inspection: a pupil flies a drone over the dike with an engineer; water high on one side, the
    polder low on the other, sheep on the slope."""
    canvas = Canvas()
    nature.sky(canvas, 640)
    nature.sun(canvas, (1210, 150), 56)
    nature.cloud(canvas, 300, 200, 0.9)
    nature.cloud(canvas, 1040, 130, 0.5)
    for x in (90, 260):
        nature.wind_turbine(canvas, x, 644, 0.55, angle=x % 120)
    nature.water(canvas, (0, 640, 820, 1000), pal.WATER, ripples=7)
    canvas.rect((800, 636, 1600, 1000), pal.haze(pal.GRASS, 0.25))
    nature.tree_row(canvas, 700, [1290, 1380, 1470, 1560], 0.55, leaves=pal.haze(pal.FOREST, 0.2))
    canvas.rect((1300, 664, 1420, 708), pal.BRICK)
    canvas.polygon([(1290, 666), (1360, 618), (1430, 666)], pal.ASPHALT)
    canvas.rect((1060, 800, 1600, 812), pal.WATER)
    canvas.rect((1060, 812, 1600, 1000), pal.GRASS_LIGHT)
    nature.dike(canvas, 140, 1560, 560, 1000, 420, pal.GRASS)
    canvas.polygon([(140, 1000), (560, 560), (610, 560), (250, 1000)], pal.GRASS_LIGHT)
    canvas.rect((560, 552, 1140, 566), pal.ASPHALT_LIGHT)
    nature.sheep(canvas, 1270, 760, 1.2, -1)
    nature.sheep(canvas, 1380, 900, 1.3, 1)
    nature.sheep(canvas, 470, 760, 1.1, 1)
    nature.tufts(canvas, [(1080, 700), (1180, 930), (640, 900), (860, 980)])
    machines.drone(Place(canvas, 560, 250, 2.0))
    people.draw_person(canvas, 760, 560, 290, cast.STUDENT_B.dressed(helmet=None),
                       people.Pose(left_hand=(-8, -56), right_hand=(8, -56), hold="controller", look=-0.3))
    people.draw_person(canvas, 920, 560, 320, cast.ENGINEER, people.point_to(-1, 1.0, look=-0.5))
    return canvas
