"""The fonts the engine bundles (sitegen/images/fonts/, each with its licence there) and which one draws a text.

The share card takes the first font of CARD_FONTS that has every character of its text: the Latin subset of DejaVu
Sans Bold, DejaVu Sans Bold with Cyrillic and Arabic, then Abyssinica SIL for Ge'ez script. WEB_FONTS are served
with the site for the families data/languages.yml names, where a visitor's device may lack them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from .typeset import load_font, supported_characters

FONTS = Path(__file__).parent / "fonts"
CARD_FONTS: tuple[Path, ...] = (
    FONTS / "DejaVuSans-Bold.ttf",
    FONTS / "DejaVuSans-Bold-Arabic-Cyrillic.ttf",
    FONTS / "AbyssinicaSIL-Regular.ttf",
)
WEB_FONTS: Mapping[str, Path] = {"Abyssinica SIL": FONTS / "AbyssinicaSIL-Regular.ttf"}
"""Font families the site serves itself, by the name data/languages.yml uses."""

_PROBE_SIZE = 24


def font_for(text: str, candidates: tuple[Path, ...] = CARD_FONTS) -> Path:
    """The first candidate with a glyph for every character of `text`; else the one that lacks the fewest."""
    wanted = frozenset(character for character in text if not character.isspace())
    best, fewest = candidates[0], len(wanted) + 1
    for path in candidates:
        missing = len(wanted - _covered(path, wanted))
        if missing == 0:
            return path
        if missing < fewest:
            best, fewest = path, missing
    return best


def _covered(path: Path, characters: frozenset[str]) -> frozenset[str]:
    return supported_characters(load_font(_PROBE_SIZE, _read(path)), characters)


@lru_cache(maxsize=8)
def _read(path: Path) -> bytes:
    return path.read_bytes()
