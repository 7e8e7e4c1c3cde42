"""Find a logo's content inside uniform margins: fully transparent or near-white borders."""

from __future__ import annotations

from typing import cast

from PIL import Image, ImageChops

ALPHA_TOLERANCE = 8
WHITE_TOLERANCE = 24


def content_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    """The box of an RGB/RGBA image without its uniform margin, or None when nothing but margin is left.

    A border with any transparent pixel is a transparent margin: only
    transparency is trimmed, so a white logo meant for dark backgrounds
    survives. A border that is all near-white is a white margin. Any other
    border is part of the design and nothing is trimmed.
    """
    rgba = image.convert("RGBA")
    opaque = rgba.getchannel("A").point(_above(ALPHA_TOLERANCE))
    if _border_minimum(opaque) == 0:
        return opaque.getbbox()
    inked = ImageChops.multiply(opaque, _not_white(rgba))
    if _border_maximum(inked) == 0:
        return inked.getbbox()
    return (0, 0, *image.size)


def _not_white(rgba: Image.Image) -> Image.Image:
    """255 where any colour channel is further than the tolerance from white."""
    red, green, blue = (ImageChops.invert(channel) for channel in rgba.split()[:3])
    darkest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return darkest.point(_above(WHITE_TOLERANCE))


def _above(threshold: int) -> list[int]:
    return [255 if value > threshold else 0 for value in range(256)]


def _border(mask: Image.Image) -> tuple[Image.Image, ...]:
    width, height = mask.size
    return (
        mask.crop((0, 0, width, 1)),
        mask.crop((0, height - 1, width, height)),
        mask.crop((0, 0, 1, height)),
        mask.crop((width - 1, 0, width, height)),
    )


def _border_minimum(mask: Image.Image) -> int:
    return min(_extrema(edge)[0] for edge in _border(mask))


def _border_maximum(mask: Image.Image) -> int:
    return max(_extrema(edge)[1] for edge in _border(mask))


def _extrema(mask: Image.Image) -> tuple[int, int]:
    # For a single-band "L" image Pillow returns one (min, max) pair.
    return cast("tuple[int, int]", mask.getextrema())
