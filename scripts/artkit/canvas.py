"""A picture drawn at twice its size and scaled down with LANCZOS, so every edge comes out smooth.

Drawing code works in picture units (0..1600 across, 0..1000 down, y grows downwards). `Place` puts a thing drawn
in its own units somewhere on the canvas: moved, scaled and, for things that face a way, mirrored.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from artkit.palette import RGB, mix

WIDTH = 1600
HEIGHT = 1000
SUPERSAMPLE = 2

Point = tuple[float, float]


class Canvas:
    """A 1600 x 1000 picture; every method takes picture units and draws at SUPERSAMPLE times the size."""

    def __init__(self, background: RGB = (255, 255, 255), width: int = WIDTH, height: int = HEIGHT) -> None:
        self.width = width
        self.height = height
        self.image = Image.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), background)
        self.pen = ImageDraw.Draw(self.image)

    # Coordinates ---------------------------------------------------------------------------------------------

    @staticmethod
    def _xy(point: Point) -> tuple[int, int]:
        return round(point[0] * SUPERSAMPLE), round(point[1] * SUPERSAMPLE)

    @staticmethod
    def _box(box: Sequence[float]) -> tuple[int, int, int, int]:
        x0, y0, x1, y1 = box
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        return round(x0 * SUPERSAMPLE), round(y0 * SUPERSAMPLE), round(x1 * SUPERSAMPLE), round(y1 * SUPERSAMPLE)

    # Shapes --------------------------------------------------------------------------------------------------

    def rect(self, box: Sequence[float], fill: RGB, radius: float = 0) -> None:
        scaled = self._box(box)
        if radius > 0:
            self.pen.rounded_rectangle(scaled, radius=round(radius * SUPERSAMPLE), fill=fill)
        else:
            self.pen.rectangle(scaled, fill=fill)

    def polygon(self, points: Sequence[Point], fill: RGB) -> None:
        self.pen.polygon([self._xy(p) for p in points], fill=fill)

    def ellipse(self, box: Sequence[float], fill: RGB) -> None:
        self.pen.ellipse(self._box(box), fill=fill)

    def circle(self, centre: Point, radius: float, fill: RGB) -> None:
        x, y = centre
        self.ellipse((x - radius, y - radius, x + radius, y + radius), fill)

    def chord(self, box: Sequence[float], start: float, end: float, fill: RGB) -> None:
        """The part of an ellipse between two angles (degrees, clockwise from 3 o'clock), closed by a straight line."""
        self.pen.chord(self._box(box), start, end, fill=fill)

    def pie(self, box: Sequence[float], start: float, end: float, fill: RGB) -> None:
        self.pen.pieslice(self._box(box), start, end, fill=fill)

    def line(self, points: Sequence[Point], fill: RGB, width: float, round_ends: bool = True) -> None:
        """A thick line through points, with rounded joints and (unless told otherwise) rounded ends."""
        scaled = [self._xy(p) for p in points]
        self.pen.line(scaled, fill=fill, width=max(1, round(width * SUPERSAMPLE)), joint="curve")
        if round_ends:
            for point in (points[0], points[-1]):
                self.circle(point, width / 2, fill)

    def arc(self, box: Sequence[float], start: float, end: float, fill: RGB, width: float) -> None:
        self.pen.arc(self._box(box), start, end, fill=fill, width=max(1, round(width * SUPERSAMPLE)))

    def vertical_gradient(self, box: Sequence[float], top: RGB, bottom: RGB) -> None:
        """A smooth top-to-bottom blend: one colour per row, which PNG stores in very few bytes."""
        x0, y0, x1, y1 = self._box(box)
        rows = max(1, y1 - y0)
        for row in range(rows):
            self.pen.line([(x0, y0 + row), (x1, y0 + row)], fill=mix(top, bottom, row / max(1, rows - 1)))

    def shadow(self, box: Sequence[float], strength: float = 0.18) -> None:
        """A soft-edged dark ellipse laid over what is already drawn: something standing on the ground."""
        x0, y0, x1, y1 = self._box(box)
        pad = max(2, (y1 - y0) // 3)
        width, height = x1 - x0 + 2 * pad, y1 - y0 + 2 * pad
        mask = Image.new("L", (width, height), 0)
        ImageDraw.Draw(mask).ellipse((pad, pad, width - pad, height - pad), fill=round(255 * strength))
        mask = mask.filter(ImageFilter.BoxBlur(pad // 2))
        region = (x0 - pad, y0 - pad, x0 - pad + width, y0 - pad + height)
        dark = Image.new("RGB", (width, height), (20, 30, 40))
        patch = self.image.crop(region)
        self.image.paste(Image.composite(dark, patch.convert("RGB"), mask), region[:2])

    # Clipping ------------------------------------------------------------------------------------------------

    @contextmanager
    def clipped(self, box: Sequence[float], radius: float = 0) -> Iterator[None]:
        """Everything drawn inside the `with` block shows only within box (a driver behind a cab window)."""
        image, pen = self.image, self.pen
        layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
        self.image, self.pen = layer, ImageDraw.Draw(layer)
        try:
            yield
        finally:
            self.image, self.pen = image, pen
        window = Image.new("L", image.size, 0)
        ImageDraw.Draw(window).rounded_rectangle(self._box(box), radius=round(radius * SUPERSAMPLE), fill=255)
        mask = ImageChops.multiply(layer.getchannel("A"), window)
        image.paste(layer.convert("RGB"), (0, 0), mask)

    # Output --------------------------------------------------------------------------------------------------

    def finished(self) -> Image.Image:
        """The picture at its real size."""
        return self.image.resize((self.width, self.height), Image.Resampling.LANCZOS)


def png_bytes(image: Image.Image) -> bytes:
    """The picture as PNG: no metadata, optimize=True, so equal pixels always give equal bytes."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@dataclass(frozen=True)
class Place:
    """Where a thing goes: its own (0, 0) lands on (x, y), its units are multiplied by scale, and facing=-1
    mirrors it left to right (things are drawn facing right)."""

    canvas: Canvas
    x: float
    y: float
    scale: float = 1.0
    facing: int = 1

    def at(self, px: float, py: float) -> Point:
        return self.x + self.facing * px * self.scale, self.y + py * self.scale

    def pts(self, points: Sequence[Point]) -> list[Point]:
        return [self.at(px, py) for px, py in points]

    def box(self, box: Sequence[float]) -> tuple[float, float, float, float]:
        (ax, ay), (bx, by) = self.at(box[0], box[1]), self.at(box[2], box[3])
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def size(self, length: float) -> float:
        return length * self.scale

    # The canvas's shapes, in the thing's own units.

    def rect(self, box: Sequence[float], fill: RGB, radius: float = 0) -> None:
        self.canvas.rect(self.box(box), fill, self.size(radius))

    def polygon(self, points: Sequence[Point], fill: RGB) -> None:
        self.canvas.polygon(self.pts(points), fill)

    def circle(self, centre: Point, radius: float, fill: RGB) -> None:
        self.canvas.circle(self.at(*centre), self.size(radius), fill)

    def ellipse(self, box: Sequence[float], fill: RGB) -> None:
        self.canvas.ellipse(self.box(box), fill)

    def line(self, points: Sequence[Point], fill: RGB, width: float, round_ends: bool = True) -> None:
        self.canvas.line(self.pts(points), fill, self.size(width), round_ends)

    def chord(self, box: Sequence[float], start: float, end: float, fill: RGB) -> None:
        """Angles as drawn facing right; mirrored along with the thing."""
        if self.facing < 0:
            start, end = 180 - end, 180 - start
        self.canvas.chord(self.box(box), start, end, fill)

    def pie(self, box: Sequence[float], start: float, end: float, fill: RGB) -> None:
        if self.facing < 0:
            start, end = 180 - end, 180 - start
        self.canvas.pie(self.box(box), start, end, fill)

    def arc(self, box: Sequence[float], start: float, end: float, fill: RGB, width: float) -> None:
        if self.facing < 0:
            start, end = 180 - end, 180 - start
        self.canvas.arc(self.box(box), start, end, fill, self.size(width))


def polar(origin: Point, length: float, degrees: float) -> Point:
    """The point `length` away from origin in a direction: 0 degrees points right, 90 points down."""
    radians = math.radians(degrees)
    return origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians)
