"""Partner logos: trimmed, fitted and centred in one fixed box, so a row of logos lines up."""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import Image

from . import encode
from .cache import ImageCache
from .errors import ImageError
from .inspect import decode
from .recipe import Recipe
from .responsive import PNG, WEBP, ResponsiveImage, Variant
from .source import CheckedSource, check_source, clean_drawing
from .svg import sanitized_svg, svg_size
from .trim import content_box

__all__ = ["DEFAULT_BOX", "fitted_logo", "normalized_logo", "sanitized_svg"]

DEFAULT_BOX = (320, 160)
MAX_UPSCALE = 2.0
SVG = "image/svg+xml"


def normalized_logo(
    source: Path | CheckedSource, output_stem: str, cache: ImageCache, box: tuple[int, int] = DEFAULT_BOX
) -> tuple[ResponsiveImage, dict[str, bytes]]:
    """A raster logo as `<stem>.webp` and `<stem>.png`, exactly `box` in size; an SVG logo checked and kept as `<stem>.svg`.

    A `CheckedSource` is read again only when an output is not in the cache.
    """
    checked = source if isinstance(source, CheckedSource) else check_source(source, drawing_allowed=True)
    if checked.header is None:
        clean = cache.get_or_make((checked.digest, Recipe("logo", *box, "SVG").key()), lambda: clean_drawing(checked.data()))
        return _svg_logo(clean, output_stem, box)
    source_digest = checked.digest
    suffix = checked.path.suffix

    @functools.cache
    def fitted() -> Image.Image:
        return fitted_logo(decode(checked.data(), suffix), box)

    width, height = box
    webp = cache.get_or_make(
        (source_digest, Recipe("logo", width, height, "WEBP-LOSSLESS").key()),
        lambda: encode.webp_lossless(fitted()),
    )
    png = cache.get_or_make(
        (source_digest, Recipe("logo", width, height, "PNG").key()),
        lambda: encode.png(fitted()),
    )
    variants = (Variant(f"{output_stem}.webp", width, height, WEBP), Variant(f"{output_stem}.png", width, height, PNG))
    return ResponsiveImage(variants, width, height), {variants[0].path: webp, variants[1].path: png}


def fitted_logo(image: Image.Image, box: tuple[int, int]) -> Image.Image:
    """The logo without its margin, scaled to fit (at most 2× up) and centred on a transparent `box`."""
    content = content_box(image)
    if content is None:
        raise ImageError("Het logo is leeg: het bevat alleen witte of doorzichtige pixels; lever het logo zelf aan.")
    cropped = image.convert("RGBA").crop(content)
    box_width, box_height = box
    scale = min(box_width / cropped.width, box_height / cropped.height, MAX_UPSCALE)
    size = (
        min(box_width, max(1, round(cropped.width * scale))),
        min(box_height, max(1, round(cropped.height * scale))),
    )
    if size != cropped.size:
        cropped = cropped.resize(size, Image.Resampling.LANCZOS)
    canvas = Image.new("RGBA", box, (0, 0, 0, 0))
    canvas.paste(cropped, ((box_width - size[0]) // 2, (box_height - size[1]) // 2))
    return canvas


def _svg_logo(clean: bytes, output_stem: str, box: tuple[int, int]) -> tuple[ResponsiveImage, dict[str, bytes]]:
    width, height = _fitted_size(svg_size(clean), box)
    variant = Variant(f"{output_stem}.svg", width, height, SVG)
    return ResponsiveImage((variant,), width, height), {variant.path: clean}


def _fitted_size(intrinsic: tuple[float, float] | None, box: tuple[int, int]) -> tuple[int, int]:
    """The drawing's aspect ratio fitted in the box; vector art scales freely, so no upscale limit applies."""
    if intrinsic is None:
        return box
    scale = min(box[0] / intrinsic[0], box[1] / intrinsic[1])
    return max(1, round(intrinsic[0] * scale)), max(1, round(intrinsic[1] * scale))
