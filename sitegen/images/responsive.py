"""Responsive photos: WebP and JPEG at a few widths, and the `<picture>` element that offers them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from PIL import Image

from . import encode
from .cache import ImageCache
from .errors import ImageError
from .focus import Focus, object_position
from .inspect import decode
from .recipe import Recipe
from .source import CheckedSource, check_source

DEFAULT_WIDTHS = (480, 960, 1440)
WEBP_QUALITY = 80
JPEG_QUALITY = 80
WEBP = "image/webp"
JPEG = "image/jpeg"
PNG = "image/png"
# The first of these types present becomes the <img> fallback; the others become <source> elements.
_FALLBACK_ORDER = (JPEG, PNG)


@dataclass(frozen=True)
class Variant:
    """One output file: a site-relative path such as `media/stories/sanne-480.webp`."""

    path: str
    width: int
    height: int
    media_type: str


@dataclass(frozen=True)
class ResponsiveImage:
    """All variants of one image; width and height are those of the largest variant.

    `focus` is the editor's focal point: where a layout that crops the picture (a card, a hero) keeps it in view.
    """

    variants: tuple[Variant, ...]
    width: int
    height: int
    focus: Focus | None = None


@dataclass(frozen=True)
class _Output:
    media_type: str
    suffix: str
    format: str
    quality: int
    encode: Callable[[Image.Image, int], bytes]


_OUTPUTS = (
    _Output(WEBP, ".webp", "WEBP", WEBP_QUALITY, encode.webp),
    _Output(JPEG, ".jpg", "JPEG", JPEG_QUALITY, encode.jpeg),
)


def planned_sizes(width: int, height: int, widths: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """(width, height) per variant: each requested width the source can fill, or the source's own width."""
    if not widths or min(widths) < 1:
        raise ValueError(f"widths must be positive, got {widths!r}")
    chosen = sorted({target for target in widths if target <= width}) or [width]
    return tuple((target, max(1, round(height * target / width))) for target in chosen)


def responsive_image(
    source: Path | CheckedSource, output_stem: str, cache: ImageCache, widths: tuple[int, ...] = DEFAULT_WIDTHS
) -> tuple[ResponsiveImage, dict[str, bytes]]:
    """WebP and JPEG variants of `source`, never upscaled, named `<output_stem>-<width>.<ext>`.

    A `CheckedSource` is read again only when a variant is not in the cache.
    """
    checked = source if isinstance(source, CheckedSource) else check_source(source)
    header = checked.header
    if header is None:
        raise ImageError("Een SVG-tekening kan hier niet worden gebruikt; lever een JPEG, PNG of WebP aan.")
    sizes = planned_sizes(header.width, header.height, widths)
    source_digest = checked.digest

    @functools.cache
    def decoded() -> Image.Image:
        return decode(checked.data(), checked.path.suffix)

    @functools.cache
    def scaled(size: tuple[int, int]) -> Image.Image:
        image = decoded()
        if image.size == size:
            return image
        return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)

    variants: list[Variant] = []
    files: dict[str, bytes] = {}
    for output in _OUTPUTS:
        for size in sizes:
            recipe = Recipe("responsive", size[0], size[1], output.format, output.quality)
            path = f"{output_stem}-{size[0]}{output.suffix}"
            files[path] = cache.get_or_make(
                (source_digest, recipe.key()),
                functools.partial(_encoded, output, scaled, size),
            )
            variants.append(Variant(path, size[0], size[1], output.media_type))
    largest = sizes[-1]
    return ResponsiveImage(tuple(variants), largest[0], largest[1]), files


def _encoded(output: _Output, scaled: Callable[[tuple[int, int]], Image.Image], size: tuple[int, int]) -> bytes:
    return output.encode(scaled(size), output.quality)


def picture_html(
    image: ResponsiveImage,
    alt: str,
    sizes: str = "100vw",
    lazy: bool = True,
    css_class: str | None = None,
    base: str = "",
) -> str:
    """A `<picture>`: one `<source>` per extra type (WebP first), then the `<img>` fallback with its size.

    `base` is prefixed to every variant path (a relative prefix such as `../../`);
    `css_class` goes on the `<img>`, the element stylesheets usually size.
    """
    by_type: dict[str, list[Variant]] = {}
    for variant in sorted(image.variants, key=lambda item: item.width):
        by_type.setdefault(variant.media_type, []).append(variant)
    fallback_type = next((kind for kind in _FALLBACK_ORDER if kind in by_type), next(iter(by_type)))
    sources = [
        f'<source type="{escape(kind)}"{_srcset(group, base, sizes)}>'
        for kind, group in sorted(by_type.items(), key=lambda item: item[0] != WEBP)
        if kind != fallback_type
    ]
    fallback = by_type[fallback_type]
    attributes = [
        f'src="{_url(base, fallback[-1].path)}"',
        _srcset(fallback, base, sizes).strip() if len(fallback) > 1 else "",
        f'width="{image.width}"',
        f'height="{image.height}"',
        f'alt="{escape(alt, quote=True)}"',
        'loading="lazy"' if lazy else "",
        'decoding="async"',
        f'class="{escape(css_class, quote=True)}"' if css_class else "",
        f'style="object-position: {object_position(image.focus)}"' if image.focus is not None else "",
    ]
    img = "<img " + " ".join(attribute for attribute in attributes if attribute) + ">"
    return "<picture>" + "".join(sources) + img + "</picture>"


def _srcset(group: list[Variant], base: str, sizes: str) -> str:
    if len(group) == 1:
        return f' srcset="{_url(base, group[0].path)}"'
    candidates = ", ".join(f"{_url(base, variant.path)} {variant.width}w" for variant in group)
    return f' srcset="{candidates}" sizes="{escape(sizes, quote=True)}"'


def _url(base: str, path: str) -> str:
    # Spaces and commas would split a srcset candidate, so the path is percent-encoded.
    return escape(base + quote(path, safe="/-_.~"), quote=True)
