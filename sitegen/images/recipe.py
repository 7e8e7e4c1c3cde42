"""The recipe string that, with the source bytes, names one encoded output in the cache."""

from __future__ import annotations

from dataclasses import dataclass

import PIL
from PIL import features

# Bump whenever drawing, resizing, trimming or encoding code changes its output.
PIPELINE_VERSION = 2

# A newer encoder may give other bytes; a cache filled by the old one must not pass for fresh output.
ENCODERS = " ".join(
    f"{name}={features.version(name) or '-'}" for name in ("webp", "jpg", "zlib", "freetype2", "raqm", "littlecms2")
)


@dataclass(frozen=True)
class Recipe:
    """How one output is made from its source: operation, target size, format and quality."""

    operation: str
    width: int
    height: int
    format: str
    quality: int = 0

    def key(self) -> str:
        return (
            f"sitegen.images/{PIPELINE_VERSION} {self.operation} {self.width}x{self.height} "
            f"{self.format} q{self.quality} pillow={PIL.__version__} {ENCODERS}"
        )
