"""An editor's image, read and checked once: its digest and header travel on, so nothing needs to read it again.

The check reads each image once to judge it (type, size, pixels, a safe SVG). The outputs are cached by the
digest of the bytes, so a warm build encodes from the cache without opening the file again; only an image that
must be encoded (new or changed) is read a second time, and then it must still have the digest that was checked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import ImageError
from .formats import describe, sniff
from .inspect import Probe, probe, read_checked
from .svg import sanitized_svg


@dataclass(frozen=True)
class CheckedSource:
    """An image file that passed the checks: where it is, the SHA-256 of its bytes and its header (None for SVG)."""

    path: Path
    digest: bytes
    header: Probe | None

    def data(self) -> bytes:
        """The bytes again, for encoding; refused when the file changed since it was checked."""
        data = read_checked(self.path)
        if hashlib.sha256(data).digest() != self.digest:
            raise ImageError("Het afbeeldingsbestand is veranderd terwijl de site werd gebouwd; bouw de site opnieuw.")
        return data


def clean_drawing(data: bytes) -> bytes:
    """An SVG drawing without anything that could run or fetch; ImageError when it is no SVG or cannot be made safe."""
    actual = sniff(data)
    if actual not in (None, "SVG"):
        raise ImageError(
            f"Het bestand heeft de extensie '.svg', maar is eigenlijk {describe(actual)}; geef het de juiste extensie."
        )
    return sanitized_svg(data)


def check_source(path: Path, drawing_allowed: bool = False) -> CheckedSource:
    """Read and check an image once; ImageError in Dutch for anything unsafe or unreadable.

    `drawing_allowed`: an SVG is accepted (partner logos) and checked to be a safe drawing.
    """
    data = read_checked(path)
    header = None
    if drawing_allowed and path.suffix.lower() == ".svg":
        clean_drawing(data)
    else:
        header = probe(data, path.suffix)
    return CheckedSource(path, hashlib.sha256(data).digest(), header)
