"""Art direction: crop a picture to another shape while keeping its focal point (a face, a machine) in view.

The focal point is where the editor says the picture matters, as fractions of its width and height from the top
left: (0.5, 0.5) is the middle. A browser crops with CSS `object-fit: cover`, told the same point by
`object-position`; the share card is cropped here with Pillow, so both keep the same part of the picture.
"""

from __future__ import annotations

from PIL import Image

Focus = tuple[float, float]
"""(x, y) as fractions of the width and height, each from 0 to 1."""

CENTRE: Focus = (0.5, 0.5)


def crop_box(size: tuple[int, int], target: tuple[int, int], focus: Focus = CENTRE) -> tuple[int, int, int, int]:
    """The largest box with the target's aspect ratio inside an image of `size`, centred on the focal point as far
    as the edges allow: (left, top, right, bottom)."""
    width, height = size
    target_width, target_height = target
    if width * target_height > height * target_width:
        box_width, box_height = max(1, round(height * target_width / target_height)), height
    else:
        box_width, box_height = width, max(1, round(width * target_height / target_width))
    left = _clamped(round(focus[0] * width - box_width / 2), width - box_width)
    top = _clamped(round(focus[1] * height - box_height / 2), height - box_height)
    return left, top, left + box_width, top + box_height


def cropped(image: Image.Image, target: tuple[int, int], focus: Focus = CENTRE) -> Image.Image:
    """The picture cut to the target's shape around the focal point and scaled to exactly `target`."""
    box = crop_box(image.size, target, focus)
    return image.resize(target, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)


def object_position(focus: Focus) -> str:
    """The focal point as a CSS `object-position` value: '30% 20%'."""
    return f"{_percent(focus[0])}% {_percent(focus[1])}%"


def _percent(fraction: float) -> str:
    return f"{round(min(max(fraction, 0.0), 1.0) * 100, 1):g}"


def _clamped(value: int, highest: int) -> int:
    return min(max(value, 0), highest)
