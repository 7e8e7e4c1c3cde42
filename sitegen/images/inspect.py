"""Open an editor's image safely: size limits, real type, bombs, corruption, orientation."""

from __future__ import annotations

import io
import os
import re
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, ImageFile, ImageOps

from .color import to_display
from .errors import ImageError
from .formats import ACCEPTED_FORMATS, ACCEPTED_IN_DUTCH, SUFFIX_FOR, describe, expected_format, sniff

DEFAULT_MAX_PIXELS = 40_000_000
DEFAULT_MAX_BYTES = 15_000_000
_SWAPPING_ORIENTATIONS = frozenset({5, 6, 7, 8})
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_PILLOW_PIXELS = re.compile(r"\((\d+) pixels\)")


@dataclass(frozen=True)
class Probe:
    """What the header says, before any pixel is decoded; width and height are as displayed (EXIF orientation applied)."""

    format: str
    width: int
    height: int


def open_checked(
    path: Path, max_pixels: int = DEFAULT_MAX_PIXELS, max_bytes: int = DEFAULT_MAX_BYTES
) -> Image.Image:
    """The fully decoded image, upright, in sRGB as RGB or RGBA; ImageError for anything unsafe or unreadable."""
    return decode(read_checked(path, max_bytes), path.suffix, max_pixels)


def read_checked(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refused before reading when the file is missing, no regular file, empty or too large.

    A symbolic link is refused rather than followed (it could point anywhere on the building machine), and a FIFO
    or device is never opened; at most max_bytes + 1 bytes are read, so a file that grows meanwhile is refused too.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise ImageError("Het afbeeldingsbestand bestaat niet; controleer of de bestandsnaam en de map kloppen.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImageError("Dit is een map en geen afbeeldingsbestand; geef de naam van een afbeelding op.")
    if stat.S_ISLNK(info.st_mode):
        raise ImageError("Dit is een snelkoppeling (symbolische link) en geen afbeeldingsbestand; zet de afbeelding zelf op deze plek.")
    if not stat.S_ISREG(info.st_mode):
        raise ImageError("Dit is geen gewoon bestand (maar een pipe, socket of apparaat); zet er een afbeelding neer.")
    _check_size(info.st_size, max_bytes)
    descriptor = os.open(path, _OPEN_FLAGS)
    with os.fdopen(descriptor, "rb") as handle:
        data = handle.read(max_bytes + 1)
    _check_size(len(data), max_bytes)
    return data


def _check_size(size: int, max_bytes: int) -> None:
    if size == 0:
        raise ImageError(f"Het afbeeldingsbestand is leeg; lever {ACCEPTED_IN_DUTCH} aan.")
    if size > max_bytes:
        raise ImageError(
            f"Het afbeeldingsbestand is {_megabytes(size)} groot, meer dan de toegestane {_megabytes(max_bytes)}; "
            "verklein de afbeelding of sla haar op met een lagere kwaliteit."
        )


def probe(data: bytes, suffix: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> Probe:
    """Type, extension and pixel-count checks from the header alone; cheap enough for every build."""
    image, image_format = _opened(data, suffix, max_pixels)
    width, height = image.size
    try:
        orientation = _orientation(image, image_format, data)
    except Exception as error:
        # A malformed EXIF block fails here as it would in ImageOps.exif_transpose.
        raise ImageError(_damaged(image_format)) from error
    if orientation in _SWAPPING_ORIENTATIONS:
        width, height = height, width
    return Probe(image_format, width, height)


def decode(data: bytes, suffix: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """The image decoded in full, upright (EXIF orientation applied) and converted for display."""
    image, image_format = _opened(data, suffix, max_pixels)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            upright = ImageOps.exif_transpose(image)
            return to_display(upright if upright is not None else image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageError(_pillow_refused(error, max_pixels)) from error
    except Exception as error:
        # Decoders raise OSError, SyntaxError, ValueError, struct.error and more on malformed input.
        raise ImageError(_damaged(image_format)) from error


def _opened(data: bytes, suffix: str, max_pixels: int) -> tuple[ImageFile.ImageFile, str]:
    image_format = _checked_format(data, suffix)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[image_format])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageError(_pillow_refused(error, max_pixels)) from error
    except Exception as error:
        # Only the plugin for the sniffed type runs, so any failure here means a damaged header.
        raise ImageError(_damaged(image_format)) from error
    width, height = image.size
    if width < 1 or height < 1:
        raise ImageError(_damaged(image_format))
    if width * height > max_pixels:
        raise ImageError(_too_many_pixels((width, height), max_pixels))
    return image, image_format


def _checked_format(data: bytes, suffix: str) -> str:
    promised = expected_format(suffix)
    if promised is None:
        if not suffix:
            raise ImageError(
                f"Het bestand heeft geen extensie; gebruik {ACCEPTED_IN_DUTCH} met de extensie .jpg, .png of .webp."
            )
        raise ImageError(
            f"Bestanden met de extensie '{suffix}' worden niet ondersteund; gebruik {ACCEPTED_IN_DUTCH}."
        )
    actual = sniff(data)
    if actual is None:
        raise ImageError(
            f"Het bestand heeft de extensie '{suffix}', maar de inhoud is geen herkenbare afbeelding; "
            f"het is beschadigd of een ander soort bestand, lever {describe(promised)} aan."
        )
    if actual not in ACCEPTED_FORMATS:
        raise ImageError(
            f"Het bestand heeft de extensie '{suffix}', maar is eigenlijk {describe(actual)}, en dat soort bestand "
            f"wordt niet ondersteund; sla het op als {ACCEPTED_IN_DUTCH}."
        )
    if actual != promised:
        raise ImageError(
            f"Het bestand heeft de extensie '{suffix}', maar is eigenlijk {describe(actual)}; "
            f"geef het de extensie '{SUFFIX_FOR[actual]}' of sla het opnieuw op als {describe(promised)}."
        )
    return actual


def _orientation(image: ImageFile.ImageFile, image_format: str, data: bytes) -> int:
    """The EXIF orientation that ImageOps.exif_transpose will use, read without decoding pixels."""
    if image_format == "PNG" and "exif" not in image.info and b"eXIf" not in data:
        # PngImageFile.getexif() decodes the whole image to look for a trailing eXIf chunk; there is none.
        return 1
    value = image.getexif().get(ExifTags.Base.Orientation, 1)
    return value if isinstance(value, int) else 1


def _damaged(image_format: str) -> str:
    return (
        f"Het bestand is {describe(image_format)}, maar het is beschadigd of onvolledig en kan niet worden gelezen; "
        "open en bewaar het opnieuw in een fotoprogramma, of lever het opnieuw aan."
    )


def _too_many_pixels(size: tuple[int, int], max_pixels: int) -> str:
    width, height = size
    return (
        f"De afbeelding is {width} × {height} pixels ({_megapixels(width * height)}), meer dan de toegestane "
        f"{_megapixels(max_pixels)}; verklein haar voordat je haar aanlevert."
    )


def _pillow_refused(error: Exception, max_pixels: int) -> str:
    """Pillow's own bomb check fired during Image.open, before our check could see the size."""
    limit = min(max_pixels, Image.MAX_IMAGE_PIXELS or max_pixels)
    # Pillow names the pixel count only in its English message: "Image size (400000000 pixels) exceeds ...".
    found = _PILLOW_PIXELS.search(str(error))
    amount = f"{_megapixels(int(found.group(1)))}, " if found else "veel te veel pixels, "
    return (
        f"De afbeelding heeft {amount}meer dan de toegestane {_megapixels(limit)}; "
        "verklein haar voordat je haar aanlevert."
    )


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.1f}".replace(".", ",") + " megapixel"


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",") + " MB"
