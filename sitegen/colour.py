"""Colours as the network writes them (`#0b4a6f`) and their WCAG 2.1 contrast."""

from __future__ import annotations

HEX_COLOUR = r"^#[0-9a-fA-F]{6}$"
TEXT_CONTRAST = 4.5
"""WCAG 2.1 AA, 1.4.3: normal text against its background."""


def luminance(colour: str) -> float:
    """The relative luminance of a `#rrggbb` colour (WCAG 2.1)."""
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two `#rrggbb` colours, from 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
