"""Fonts and line breaking for drawn text, with Pillow's own scalable font as the default."""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFont, features

from .errors import ImageError

ELLIPSIS = "…"
# Stand-ins for characters a font lacks; accented letters fall back to their base letter.
_STAND_INS = {
    "–": "-",
    "—": "-",
    "‘": "'",
    "’": "'",
    "‚": ",",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
    "€": "EUR",
}
_MISSING_PROBE = "\ue000"


@functools.lru_cache(maxsize=32)
def load_font(size: int, font_file: bytes | None = None) -> ImageFont.FreeTypeFont:
    """`font_file` (TrueType/OpenType bytes) at `size`, or Pillow's bundled scalable font when None."""
    if font_file is not None:
        # Raqm shapes complex scripts: Arabic letters join, and right-to-left text is laid out right to left.
        engine = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
        return ImageFont.truetype(io.BytesIO(font_file), size, layout_engine=engine)
    font = ImageFont.load_default(size)
    if not isinstance(font, ImageFont.FreeTypeFont):
        raise ImageError(
            "Deze installatie van Pillow kan geen schaalbare letters tekenen omdat FreeType ontbreekt; "
            "installeer Pillow met FreeType-ondersteuning."
        )
    return font


def drawable(text: str, font: ImageFont.FreeTypeFont) -> str:
    """`text` with whitespace collapsed and every character the font lacks replaced or dropped.

    Pillow's bundled font covers ASCII and a few signs only, so 'ë' becomes 'e'
    rather than an empty box.
    """
    collapsed = " ".join(text.split())
    supported = _supported_characters(font, frozenset(collapsed))
    replaced = "".join(_stand_in(character, supported, font) for character in collapsed)
    return " ".join(replaced.split())


def wrap(text: str, fits: Callable[[str], bool], max_lines: int) -> tuple[str, ...]:
    """Greedy line breaking at spaces; a word too wide for a line is cut; stops after `max_lines + 1` lines."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if fits(candidate):
            current = candidate
            continue
        if current:
            lines.append(current)
        while not fits(word) and len(word) > 1:
            head = _longest_fitting_prefix(word, fits)
            lines.append(head)
            word = word[len(head) :]
        current = word
        if len(lines) > max_lines:
            return tuple(lines)
    if current:
        lines.append(current)
    return tuple(lines)


def ellipsized(lines: tuple[str, ...], fits: Callable[[str], bool], max_lines: int, ellipsis: str) -> tuple[str, ...]:
    """At most `max_lines` lines; when text was cut, the last line ends in an ellipsis that fits."""
    if len(lines) <= max_lines:
        return lines
    # Dutch puts a space before an ellipsis that replaces words, none after a cut word.
    last = lines[max_lines - 1].rstrip(" ,;:-")
    while " " in last and not fits(f"{last} {ellipsis}"):
        last = last.rsplit(" ", 1)[0].rstrip(" ,;:-")
    if fits(f"{last} {ellipsis}"):
        return (*lines[: max_lines - 1], f"{last} {ellipsis}")
    while len(last) > 1 and not fits(last + ellipsis):
        last = last[:-1]
    return (*lines[: max_lines - 1], last + ellipsis)


def ellipsis_for(font: ImageFont.FreeTypeFont) -> str:
    return drawable(ELLIPSIS, font)


def _longest_fitting_prefix(word: str, fits: Callable[[str], bool]) -> str:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(word[:middle]):
            low = middle
        else:
            high = middle - 1
    return word[:low]


def _stand_in(character: str, supported: frozenset[str], font: ImageFont.FreeTypeFont) -> str:
    if character in supported:
        return character
    replacement = _STAND_INS.get(character)
    if replacement is None:
        decomposed = unicodedata.normalize("NFKD", character)
        replacement = "".join(part for part in decomposed if not unicodedata.combining(part))
    if replacement and replacement != character and set(replacement) <= _supported_characters(font, frozenset(replacement)):
        return replacement
    return ""


def supported_characters(font: ImageFont.FreeTypeFont, characters: frozenset[str]) -> frozenset[str]:
    """The characters of `characters` that `font` has a glyph for (a space always)."""
    return _supported_characters(font, characters)


def _supported_characters(font: ImageFont.FreeTypeFont, characters: frozenset[str]) -> frozenset[str]:
    missing = _rendered(font, _MISSING_PROBE)
    return frozenset(
        character for character in characters if character == " " or _rendered(font, character) != missing
    )


def _rendered(font: ImageFont.FreeTypeFont, character: str) -> tuple[float, bytes]:
    # FreeType offers no character map through Pillow; a glyph drawn like the one for a private-use code point is missing.
    size = int(font.size) * 2
    canvas = Image.new("L", (size, size))
    ImageDraw.Draw(canvas).text((size // 4, size // 4), character, font=font, fill=255)
    return font.getlength(character), canvas.tobytes()
