"""The image pipeline: safe decoding, responsive photos, partner logos and share cards, all cached."""

from __future__ import annotations

from .cache import ImageCache, Payload
from .errors import ImageError
from .focus import CENTRE, Focus, crop_box, cropped
from .fonts import WEB_FONTS, font_for
from .inspect import open_checked
from .logos import normalized_logo
from .responsive import ResponsiveImage, Variant, picture_html, responsive_image
from .share_card import share_card
from .source import CheckedSource, check_source
from .svg import sanitized_svg

__all__ = [
    "CENTRE",
    "CheckedSource",
    "Focus",
    "ImageCache",
    "ImageError",
    "Payload",
    "ResponsiveImage",
    "Variant",
    "WEB_FONTS",
    "check_source",
    "crop_box",
    "cropped",
    "font_for",
    "normalized_logo",
    "open_checked",
    "picture_html",
    "responsive_image",
    "sanitized_svg",
    "share_card",
]
