"""Bring any decoded image to 8-bit sRGB, RGB or RGBA, the only modes the encoders get."""

from __future__ import annotations

import io

from PIL import Image, ImageCms

_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
_GREY_MODES = frozenset({"1", "L", "LA", "La", "I", "I;16", "I;16B", "I;16L", "I;16N"})
_SIXTEEN_BIT_MODES = frozenset({"I", "I;16", "I;16B", "I;16L", "I;16N"})


def to_display(image: Image.Image) -> Image.Image:
    """An RGB image, or RGBA when the source has any transparency, in sRGB.

    An embedded ICC profile (CMYK, Adobe RGB, Display P3, grey) is applied,
    because the outputs carry no profile and browsers treat them as sRGB.
    """
    alpha = _alpha(image)
    converted = _to_srgb(_colour_part(image), image.info.get("icc_profile"))
    if alpha is not None:
        converted.putalpha(alpha)
    return converted


def _alpha(image: Image.Image) -> Image.Image | None:
    """The alpha channel, or None when there is none or it is fully opaque."""
    if not image.has_transparency_data:
        return None
    alpha = image.convert("RGBA").getchannel("A")
    if alpha.getextrema() == (255, 255):
        return None
    return alpha


def _colour_part(image: Image.Image) -> Image.Image:
    """The colour channels only, as L, RGB or CMYK, so an ICC profile can apply to them."""
    if image.mode == "CMYK":
        return image
    if image.mode in _SIXTEEN_BIT_MODES:
        # A plain convert("L") clips 16-bit values instead of scaling them.
        return image.convert("I").point(lambda value: value / 257).convert("L")
    if image.mode in _GREY_MODES:
        return image.convert("L")
    if image.mode in ("P", "PA"):
        # Via RGBA: Pillow warns when a palette with transparency goes straight to RGB.
        return image.convert("RGBA").convert("RGB")
    return image.convert("RGB")


def _to_srgb(colour: Image.Image, icc_profile: bytes | None) -> Image.Image:
    if icc_profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
            converted = ImageCms.profileToProfile(colour, source, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            # A broken or mismatched profile is common; slightly off colours beat refusing the photo.
            converted = None
        if converted is not None:
            return converted
    return colour.convert("RGB")
