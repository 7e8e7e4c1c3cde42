"""The colours of the illustrations: the site's deep blue and orange, with greens, water, asphalt and hi-vis."""

from __future__ import annotations

RGB = tuple[int, int, int]


def hex_rgb(code: str) -> RGB:
    """'#0b4a6f' -> (11, 74, 111)."""
    code = code.lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """The colour a fraction t of the way from a to b."""
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def darker(colour: RGB, amount: float = 0.18) -> RGB:
    return mix(colour, (12, 24, 40), amount)


def lighter(colour: RGB, amount: float = 0.25) -> RGB:
    return mix(colour, (255, 255, 255), amount)


def haze(colour: RGB, amount: float = 0.4) -> RGB:
    """The colour as seen far away: blended towards the sky at the horizon."""
    return mix(colour, SKY_HORIZON, amount)


# The site's own colours.
DEEP_BLUE = hex_rgb("#0b4a6f")
ORANGE = hex_rgb("#a3420f")

# Sky and light.
SKY_TOP = hex_rgb("#5fb3dc")
SKY_HORIZON = hex_rgb("#d9f0f7")
SKY_WARM_TOP = hex_rgb("#7cc0e0")
SKY_WARM_HORIZON = hex_rgb("#fde7c8")
SUN = hex_rgb("#ffd96a")
CLOUD = hex_rgb("#ffffff")
CLOUD_SHADE = hex_rgb("#e4f1f7")

# Land.
GRASS = hex_rgb("#6fb54f")
GRASS_LIGHT = hex_rgb("#8fcb62")
GRASS_DARK = hex_rgb("#3f8a3f")
FOREST = hex_rgb("#2e6b45")
SAND = hex_rgb("#e8cf98")
SOIL = hex_rgb("#9a6a43")
SOIL_DARK = hex_rgb("#6e4a30")
CLAY = hex_rgb("#b9855a")

# Water.
WATER = hex_rgb("#2f8fc4")
WATER_DARK = hex_rgb("#1e6e9e")
WATER_LIGHT = hex_rgb("#8fd0ec")
SEA = hex_rgb("#2a7fb3")

# Built things.
ASPHALT = hex_rgb("#3d4249")
ASPHALT_FRESH = hex_rgb("#23272d")
ASPHALT_LIGHT = hex_rgb("#5b616a")
CONCRETE = hex_rgb("#c3c9cf")
CONCRETE_DARK = hex_rgb("#9aa3ac")
STEEL = hex_rgb("#7d8b98")
STEEL_DARK = hex_rgb("#4f5b66")
BRICK = hex_rgb("#b5553a")
BRICK_DARK = hex_rgb("#8e3f2b")
WOOD = hex_rgb("#8a5a36")
WOOD_DARK = hex_rgb("#5e3c24")
WHITE = hex_rgb("#ffffff")
OFF_WHITE = hex_rgb("#f4f1ea")
INK = hex_rgb("#1c2a36")
GLASS = hex_rgb("#bfe6f5")
GLASS_DARK = hex_rgb("#8cc9e3")
ZAAN_GREEN = hex_rgb("#2f6b4f")
RED = hex_rgb("#d8432f")

# Machines and safety.
MACHINE_YELLOW = hex_rgb("#f6b814")
MACHINE_YELLOW_DARK = hex_rgb("#c98d06")
HIVIS_YELLOW = hex_rgb("#e4f23a")
HIVIS_ORANGE = hex_rgb("#ff7a1c")
REFLECT = hex_rgb("#e9eef2")
TYRE = hex_rgb("#2a2e33")

# Clothes and hair.
WORK_BLUE = hex_rgb("#23415e")
DENIM = hex_rgb("#3f6c9a")
SHIRT_WHITE = hex_rgb("#eef2f5")
SHIRT_TEAL = hex_rgb("#2c9c95")
SHIRT_PURPLE = hex_rgb("#6b4fa0")
SHIRT_RED = hex_rgb("#c9473d")
SHIRT_GREEN = hex_rgb("#4d8f5a")
SHIRT_SAND = hex_rgb("#d9b77e")
SHIRT_PINK = hex_rgb("#e0789a")
BOOT = hex_rgb("#3a2a22")

SKIN = {
    "light": hex_rgb("#f6d3bb"),
    "fair": hex_rgb("#eebf9c"),
    "medium": hex_rgb("#d69a6e"),
    "tan": hex_rgb("#b97a4e"),
    "brown": hex_rgb("#8d5636"),
    "dark": hex_rgb("#5e3825"),
}

HAIR = {
    "black": hex_rgb("#1e1713"),
    "dark": hex_rgb("#3b2619"),
    "brown": hex_rgb("#6b4026"),
    "auburn": hex_rgb("#9a4a22"),
    "blond": hex_rgb("#e0b965"),
    "grey": hex_rgb("#b9b6b0"),
    "white": hex_rgb("#e9e6df"),
}
