"""The 1200×630 PNG shown when a page is shared (Open Graph, Twitter), drawn with Pillow only.

With the page's picture, the card shows it on the right, cut to shape around the editor's focal point, and the
text keeps the left part: a shared story shows its person, not only its title.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from . import encode
from .cache import ImageCache, Payload
from .focus import CENTRE, Focus, cropped
from .inspect import decode
from .recipe import Recipe
from .source import CheckedSource
from .typeset import drawable, ellipsis_for, ellipsized, load_font, wrap

WIDTH, HEIGHT = 1200, 630
BACKGROUND = "#0b4a6f"
ACCENT = "#a3420f"
TEXT = "#ffffff"
MUTED = "#d2e4ef"
BUNDLED_FONT = Path(__file__).parent / "fonts" / "DejaVuSans-Bold.ttf"

ACCENT_BAR_WIDTH = 24
LEFT = 96
RIGHT = 96
TEXT_WIDTH = WIDTH - LEFT - RIGHT
LABEL_TOP = 72
LABEL_SIZE = 30
TITLE_TOP = 160
TITLE_SIZES = (72, 64, 56, 48)
TITLE_MAX_LINES = 3
SUBTITLE_SIZE = 34
SUBTITLE_MAX_LINES = 2
FOOTER_SIZE = 36
FOOTER_BASELINE = HEIGHT - 64
LINE_HEIGHT = 1.15
PHOTO_WIDTH = 440
PHOTO_GAP = 48


def share_card(
    title: str,
    subtitle: str,
    label: str,
    cache: ImageCache,
    *,
    brand: str,
    font: Path | None = BUNDLED_FONT,
    photo: CheckedSource | None = None,
    focus: Focus = CENTRE,
    direction: str | None = None,
) -> Payload:
    """The card as PNG, `brand` at the bottom; `font` None uses Pillow's default font (ASCII only).

    `photo` (a raster image) fills the right part of the card, cropped around `focus`; it is read only when the
    card is not in the cache. `direction` 'rtl' sets the title and subtitle right to left and aligns them right
    (Arabic); None lets Raqm decide from the text. From a cache on disk the card comes back as the cache file (`Payload`), from a cache
    in memory as bytes.
    """
    font_file, font_id = _font(font)
    recipe = Recipe("share-card", WIDTH, HEIGHT, "PNG")
    photo_key = f"photo {photo.digest.hex()} focus {focus[0]!r},{focus[1]!r}" if photo is not None else "no photo"

    def drawn() -> bytes:
        panel = None
        if photo is not None:
            panel = cropped(_opaque(decode(photo.data(), photo.path.suffix)), (PHOTO_WIDTH, HEIGHT), focus)
        return encode.png(draw_card(title, subtitle, label, brand, font_file, panel, direction))

    key = (recipe.key(), font_id, title, subtitle, label, brand, photo_key)
    return cache.payload((*key, f"direction {direction}") if direction else key, drawn)


@lru_cache(maxsize=None)
def _font(path: Path | None) -> tuple[bytes | None, str]:
    """The font file and its digest (part of every card's cache key), read once per build, not once per card."""
    if path is None:
        return None, "pillow-default"
    font_file = path.read_bytes()
    return font_file, hashlib.sha256(font_file).hexdigest()


def _opaque(image: Image.Image) -> Image.Image:
    """The picture on white where it is transparent, so a transparent PNG does not turn black."""
    rgba = image.convert("RGBA")
    background = Image.new("RGBA", rgba.size, "#ffffff")
    return Image.alpha_composite(background, rgba).convert("RGB")


def draw_card(
    title: str,
    subtitle: str,
    label: str,
    brand: str,
    font_file: bytes | None = None,
    photo: Image.Image | None = None,
    direction: str | None = None,
) -> Image.Image:
    """The card; a `photo` of PHOTO_WIDTH × HEIGHT goes on the right and the text keeps to the left of it."""
    card = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    text_width = TEXT_WIDTH
    if photo is not None:
        card.paste(photo, (WIDTH - PHOTO_WIDTH, 0))
        text_width = WIDTH - PHOTO_WIDTH - PHOTO_GAP - LEFT
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, ACCENT_BAR_WIDTH - 1, HEIGHT - 1), fill=ACCENT)
    _draw_label(draw, label, load_font(LABEL_SIZE, font_file))
    bottom = _draw_lines(
        draw, _title_lines(title, font_file, text_width, direction), TITLE_TOP, TEXT, bold=True, direction=direction,
        width=text_width,
    )
    subtitle_font = load_font(SUBTITLE_SIZE, font_file)
    subtitle_lines = _fitted(drawable(subtitle, subtitle_font), subtitle_font, SUBTITLE_MAX_LINES, text_width, direction)
    _draw_lines(
        draw, tuple((line, subtitle_font) for line in subtitle_lines), bottom + 24, MUTED, bold=False,
        direction=direction, width=text_width,
    )
    footer_font = load_font(FOOTER_SIZE, font_file)
    draw.text((LEFT, FOOTER_BASELINE), drawable(brand, footer_font), font=footer_font, fill=TEXT, anchor="ls")
    return card


def _draw_label(draw: ImageDraw.ImageDraw, label: str, font: ImageFont.FreeTypeFont) -> None:
    text = drawable(label, font)
    if not text:
        return
    left, top, right, bottom = draw.textbbox((LEFT, LABEL_TOP), text, font=font, anchor="la")
    draw.rounded_rectangle((left - 14, top - 10, right + 14, bottom + 10), radius=6, fill=ACCENT)
    draw.text((LEFT, LABEL_TOP), text, font=font, fill=TEXT, anchor="la")


def _title_lines(
    title: str, font_file: bytes | None, width: int = TEXT_WIDTH, direction: str | None = None
) -> tuple[tuple[str, ImageFont.FreeTypeFont], ...]:
    """The title at the largest size that fits in three lines; at the smallest size, cut with an ellipsis."""
    for size in TITLE_SIZES:
        font = load_font(size, font_file)
        lines = wrap(drawable(title, font), _fits(font, width, direction), TITLE_MAX_LINES)
        if len(lines) <= TITLE_MAX_LINES:
            return tuple((line, font) for line in lines)
    fits = _fits(font, width, direction)
    return tuple((line, font) for line in ellipsized(lines, fits, TITLE_MAX_LINES, ellipsis_for(font)))


def _fitted(
    text: str, font: ImageFont.FreeTypeFont, max_lines: int, width: int = TEXT_WIDTH, direction: str | None = None
) -> tuple[str, ...]:
    fits = _fits(font, width, direction)
    return ellipsized(wrap(text, fits, max_lines), fits, max_lines, ellipsis_for(font))


def _fits(font: ImageFont.FreeTypeFont, width: int = TEXT_WIDTH, direction: str | None = None) -> Callable[[str], bool]:
    return lambda text: font.getlength(text, direction=direction) <= width


def _draw_lines(
    draw: ImageDraw.ImageDraw,
    lines: tuple[tuple[str, ImageFont.FreeTypeFont], ...],
    top: int,
    fill: str,
    bold: bool,
    direction: str | None = None,
    width: int = TEXT_WIDTH,
) -> int:
    """Draws the lines from `top` down and returns the y just below the last one; right to left, aligned right."""
    y = top
    x, anchor = (LEFT + width, "ra") if direction == "rtl" else (LEFT, "la")
    for line, font in lines:
        # Pillow's bundled font has no bold weight; a one-pixel stroke in the text colour stands in.
        stroke = 1 if bold else 0
        draw.text(
            (x, y), line, font=font, fill=fill, anchor=anchor, stroke_width=stroke, stroke_fill=fill, direction=direction
        )
        y += round(font.size * LINE_HEIGHT)
    return y
