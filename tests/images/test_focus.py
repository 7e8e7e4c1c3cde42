"""Art direction: a crop to another shape keeps the editor's focal point, on the page (CSS) and on the share card."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from sitegen.images import CENTRE, ImageCache, ResponsiveImage, Variant, crop_box, cropped, picture_html, share_card
from sitegen.images.share_card import PHOTO_WIDTH
from sitegen.images.source import check_source

FACE = (230, 180, 40)
GROUND = (30, 110, 60)


def portrait_with_a_face_near_the_top(path: Path) -> Path:
    """A tall photo, green, with a yellow 'face' at 50% from the left and 4% from the top."""
    image = Image.new("RGB", (600, 1000), GROUND)
    ImageDraw.Draw(image).ellipse((260, 10, 340, 70), fill=FACE)
    image.save(path, "PNG")
    return path


def has_face(image: Image.Image) -> bool:
    return FACE in colours(image)


def colours(image: Image.Image) -> set[tuple[int, int, int]]:
    return {colour for _, colour in image.convert("RGB").getcolors(1 << 24) or ()}


@pytest.mark.parametrize(
    ("size", "target", "focus", "expected"),
    [
        ((1000, 500), (100, 100), CENTRE, (250, 0, 750, 500)),
        ((1000, 500), (100, 100), (0.0, 0.5), (0, 0, 500, 500)),
        ((1000, 500), (100, 100), (1.0, 0.5), (500, 0, 1000, 500)),
        ((600, 1000), (1200, 630), (0.5, 0.12), (0, 0, 600, 315)),
        ((600, 1000), (1200, 630), (0.5, 0.9), (0, 685, 600, 1000)),
        ((800, 400), (800, 400), (0.2, 0.2), (0, 0, 800, 400)),
    ],
)
def test_the_crop_is_the_largest_box_of_the_target_shape_around_the_focus(size, target, focus, expected) -> None:
    assert crop_box(size, target, focus) == expected


def test_a_wide_crop_of_a_portrait_keeps_the_face_only_with_its_focus(tmp_path: Path) -> None:
    image = Image.open(portrait_with_a_face_near_the_top(tmp_path / "portret.png"))

    assert has_face(cropped(image, (1200, 400), (0.5, 0.04)))
    assert not has_face(cropped(image, (1200, 400), CENTRE))


def test_the_page_crops_with_css_at_the_same_point() -> None:
    picture = ResponsiveImage((Variant("media/a-480.jpg", 480, 800, "image/jpeg"),), 480, 800, focus=(0.3, 0.125))

    assert 'style="object-position: 30% 12.5%"' in picture_html(picture, "Een vakvrouw op de kade")
    assert "object-position" not in picture_html(ResponsiveImage(picture.variants, 480, 800), "Een vakvrouw")


def test_the_share_card_shows_the_photo_cut_around_its_focus(tmp_path: Path) -> None:
    source = check_source(portrait_with_a_face_near_the_top(tmp_path / "portret.png"))
    arguments = ("Yonas bouwt aan de oevers", "Yonas, uitvoerder", "Verhaal")

    with_face = Image.open(io.BytesIO(share_card(*arguments, ImageCache(None), brand="Infra Bindt", photo=source, focus=(0.5, 0.04))))
    centred = Image.open(io.BytesIO(share_card(*arguments, ImageCache(None), brand="Infra Bindt", photo=source)))
    plain = Image.open(io.BytesIO(share_card(*arguments, ImageCache(None), brand="Infra Bindt")))

    panel = (1200 - PHOTO_WIDTH, 0, 1200, 630)
    assert with_face.size == (1200, 630)
    assert has_face(with_face.crop(panel)) and not has_face(centred.crop(panel))
    assert GROUND in colours(centred.crop(panel))
    assert GROUND not in colours(plain)
    # The text stays left of the photo.
    assert not has_face(with_face.crop((0, 0, 1200 - PHOTO_WIDTH, 630)))


def test_the_share_card_cache_knows_the_photo_and_its_focus(tmp_path: Path) -> None:
    source = check_source(portrait_with_a_face_near_the_top(tmp_path / "portret.png"))
    cache = ImageCache(tmp_path / "cache")
    arguments = ("Titel", "Ondertitel", "Verhaal")

    first = share_card(*arguments, cache, brand="Infra Bindt", photo=source, focus=(0.5, 0.04))
    share_card(*arguments, cache, brand="Infra Bindt", photo=source, focus=(0.5, 0.04))
    other = share_card(*arguments, cache, brand="Infra Bindt", photo=source, focus=(0.5, 0.9))

    assert cache.encoded == 2 and cache.reused == 1
    assert isinstance(first, Path) and isinstance(other, Path) and first.read_bytes() != other.read_bytes()
