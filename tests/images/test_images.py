"""The image pipeline on real files made with Pillow in temporary folders."""

from __future__ import annotations

import io
import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageDraw

from sitegen.images import (
    ImageCache,
    ImageError,
    ResponsiveImage,
    Variant,
    normalized_logo,
    open_checked,
    picture_html,
    responsive_image,
    sanitized_svg,
    share_card,
)
from sitegen.images.share_card import BUNDLED_FONT, draw_card
from sitegen.images.source import check_source
from sitegen.images.typeset import drawable, ellipsized, load_font, wrap

RED = (220, 30, 30)
BLUE = (20, 40, 200)
BRAND_BLUE = (0x0B, 0x4A, 0x6F)
ACCENT = (0xA3, 0x42, 0x0F)


# --- helpers -----------------------------------------------------------------


def photo(size: tuple[int, int]) -> Image.Image:
    """A photo-like RGB image: a gradient with some noise, so encoders have real work."""
    gradient = Image.linear_gradient("L").resize(size).convert("RGB")
    noise = Image.effect_noise(size, 30).convert("RGB")
    return Image.blend(gradient, noise, 0.3)


def save(image: Image.Image, path: Path, image_format: str | None = None, **params: object) -> Path:
    image.save(path, image_format, **params)
    return path


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims `width`×`height` but that holds almost no data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b"")


def pixel(image: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    value = image.getpixel(xy)
    assert isinstance(value, tuple)
    return tuple(int(channel) for channel in value)


def alpha_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    return image.getchannel("A").getbbox()


def assert_dutch_sentence(message: str, path: Path) -> None:
    assert message[0].isupper() and message.endswith("."), message
    assert str(path) not in message and path.name not in message, message


@pytest.fixture
def cache(tmp_path: Path) -> ImageCache:
    return ImageCache(tmp_path / ".cache" / "images")


# --- open_checked: orientation, colour modes ---------------------------------


def test_exif_orientation_6_is_rotated_upright(tmp_path: Path) -> None:
    image = Image.new("RGB", (60, 40), BLUE)
    image.paste(RED, (0, 0, 30, 40))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = save(image, tmp_path / "portret.jpg", quality=95, exif=exif.tobytes())

    upright = open_checked(path)

    assert upright.size == (40, 60)
    # Orientation 6 means "turn 90° clockwise": the red left half ends up on top.
    top, bottom = pixel(upright, (20, 5)), pixel(upright, (20, 55))
    assert top[0] > 150 and top[2] < 100
    assert bottom[2] > 150 and bottom[0] < 100


def test_exif_orientation_decides_variant_sizes(tmp_path: Path, cache: ImageCache) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    path = save(photo((300, 200)), tmp_path / "portret.jpg", exif=exif.tobytes())

    image, files = responsive_image(path, "media/p", cache, widths=(100,))

    assert (image.width, image.height) == (100, 150)
    assert all(decoded(data).size == (100, 150) for data in files.values())


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    path = save(Image.new("CMYK", (64, 48), (0, 255, 255, 0)), tmp_path / "drukwerk.jpg", quality=95)

    image = open_checked(path)

    assert image.mode == "RGB"
    red, green, blue = pixel(image, (32, 24))
    assert red > 200 and green < 60 and blue < 60


@pytest.mark.parametrize(
    ("mode", "transparent", "expected"),
    [("P", False, "RGB"), ("P", True, "RGBA"), ("LA", True, "RGBA"), ("L", False, "RGB"), ("RGBA", False, "RGB")],
)
def test_palette_and_grey_modes_convert_keeping_alpha_only_when_used(
    tmp_path: Path, mode: str, transparent: bool, expected: str
) -> None:
    source = Image.new("RGBA", (20, 10), (*RED, 255))
    if transparent:
        source.paste((0, 0, 0, 0), (0, 0, 10, 10))
    if mode == "P":
        image = source.convert("RGB").quantize(8)
        if transparent:
            image.info["transparency"] = image.getpixel((0, 0))
    else:
        image = source.convert(mode)
    path = save(image, tmp_path / "modus.png")

    result = open_checked(path)

    assert result.mode == expected
    if transparent:
        assert alpha_box(result) == (10, 0, 20, 10)


def test_broken_icc_profile_falls_back_to_plain_conversion(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (20, 20), RED), tmp_path / "profiel.png", icc_profile=b"geen profiel")

    assert open_checked(path).getpixel((0, 0)) == RED


def test_sixteen_bit_grey_png_is_scaled_not_clipped(tmp_path: Path) -> None:
    image = Image.new("I;16", (4, 4), 32896)  # 128 × 257: middle grey in 16 bits
    path = save(image, tmp_path / "grijs16.png")

    assert open_checked(path).getpixel((0, 0)) == (128, 128, 128)


def test_phone_photo_with_a_second_frame_mpo_opens_as_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "telefoon.jpg"
    Image.new("RGB", (40, 30), RED).save(path, "MPO", save_all=True, append_images=[Image.new("RGB", (40, 30), BLUE)])

    image = open_checked(path)

    assert image.size == (40, 30)
    assert all(abs(value - expected) < 8 for value, expected in zip(pixel(image, (5, 5)), RED, strict=True))


def test_webp_source_is_accepted(tmp_path: Path, cache: ImageCache) -> None:
    path = save(photo((500, 300)), tmp_path / "foto.webp", quality=90)

    image, _ = responsive_image(path, "media/foto", cache)

    assert (image.width, image.height) == (480, 288)


def test_gif_is_accepted(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (30, 20), RED).quantize(4), tmp_path / "oud.gif")

    assert open_checked(path).size == (30, 20)


# --- open_checked: bad input -------------------------------------------------


def corrupt_png(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return path


def truncated_jpeg(path: Path) -> Path:
    buffer = io.BytesIO()
    photo((400, 300)).save(buffer, "JPEG", quality=90)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


def png_behind_jpg(path: Path) -> Path:
    save(Image.new("RGB", (10, 10), RED), path, "PNG")
    return path


def text_behind_png(path: Path) -> Path:
    path.write_text("Dit is geen afbeelding maar een tekstbestand.\n", encoding="utf-8")
    return path


def heic_behind_jpg(path: Path) -> Path:
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    return path


def bomb_header(path: Path) -> Path:
    path.write_bytes(png_header_only(20000, 20000))
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def tiff(path: Path) -> Path:
    return save(Image.new("RGB", (10, 10), RED), path, "TIFF")


@pytest.mark.parametrize(
    ("name", "make", "keywords"),
    [
        ("kapot.png", corrupt_png, ["PNG-afbeelding", "beschadigd"]),
        ("half.jpg", truncated_jpeg, ["JPEG-afbeelding", "beschadigd of onvolledig"]),
        ("bom.png", bomb_header, ["400,0 megapixel", "toegestane 40,0 megapixel", "verklein"]),
        ("foto.jpg", png_behind_jpg, ["'.jpg'", "PNG-afbeelding", "'.png'"]),
        ("plaatje.png", text_behind_png, ["'.png'", "geen herkenbare afbeelding"]),
        ("iphone.jpg", heic_behind_jpg, ["HEIC", "niet ondersteund"]),
        ("leeg.jpg", empty, ["leeg"]),
        ("scan.tiff", tiff, ["'.tiff'", "niet ondersteund"]),
        ("weg.jpg", lambda path: path, ["bestaat niet"]),
    ],
)
def test_bad_input_raises_image_error_in_dutch(
    tmp_path: Path, name: str, make: Callable[[Path], Path], keywords: list[str]
) -> None:
    path = make(tmp_path / name)

    with pytest.raises(ImageError) as caught:
        open_checked(path)

    for keyword in keywords:
        assert keyword in caught.value.message
    assert_dutch_sentence(caught.value.message, path)


def test_too_many_bytes_is_refused_before_reading(tmp_path: Path) -> None:
    path = save(photo((200, 200)), tmp_path / "zwaar.jpg")

    with pytest.raises(ImageError, match="MB groot, meer dan de toegestane 0,0 MB"):
        open_checked(path, max_bytes=10)


def test_a_link_to_an_image_is_refused_not_followed(tmp_path: Path) -> None:
    target = save(photo((50, 50)), tmp_path / "elders.png")
    link = tmp_path / "foto.png"
    link.symlink_to(target)

    with pytest.raises(ImageError, match="snelkoppeling") as caught:
        open_checked(link)
    assert_dutch_sentence(caught.value.message, link)


def test_a_fifo_named_like_an_image_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "foto.jpg"
    os.mkfifo(path)

    with pytest.raises(ImageError, match="geen gewoon bestand"):
        open_checked(path)


def test_low_max_pixels_refuses_a_real_image(tmp_path: Path) -> None:
    path = save(photo((100, 100)), tmp_path / "foto.png")

    with pytest.raises(ImageError, match=r"100 × 100 pixels .* meer dan de toegestane 0,0 megapixel"):
        open_checked(path, max_pixels=1000)


@pytest.mark.parametrize("side", [10000, 20000])
def test_pillows_own_bomb_checks_become_image_errors(tmp_path: Path, side: int) -> None:
    # 10000² only warns in Pillow (DecompressionBombWarning), 20000² raises DecompressionBombError.
    path = tmp_path / "bom.png"
    path.write_bytes(png_header_only(side, side))

    with pytest.raises(ImageError, match=rf"heeft {side**2 // 10**6},0 megapixel, meer dan de toegestane 89,5 megapixel"):
        open_checked(path, max_pixels=10**12)


def test_bad_source_fails_responsive_image_and_logo_too(tmp_path: Path, cache: ImageCache) -> None:
    path = corrupt_png(tmp_path / "kapot.png")

    with pytest.raises(ImageError, match="beschadigd"):
        responsive_image(path, "media/kapot", cache)
    with pytest.raises(ImageError, match="beschadigd"):
        normalized_logo(path, "media/logo", cache)
    assert cache.encoded == 0


# --- responsive_image --------------------------------------------------------


def test_large_image_gives_every_width_with_correct_heights(tmp_path: Path, cache: ImageCache) -> None:
    path = save(photo((3000, 2000)), tmp_path / "groot.jpg", quality=90)

    image, files = responsive_image(path, "media/stories/sanne", cache)

    assert (image.width, image.height) == (1440, 960)
    assert [(variant.width, variant.height, variant.media_type) for variant in image.variants] == [
        (480, 320, "image/webp"),
        (960, 640, "image/webp"),
        (1440, 960, "image/webp"),
        (480, 320, "image/jpeg"),
        (960, 640, "image/jpeg"),
        (1440, 960, "image/jpeg"),
    ]
    assert set(files) == {variant.path for variant in image.variants}
    assert "media/stories/sanne-480.webp" in files and "media/stories/sanne-1440.jpg" in files
    for variant in image.variants:
        output = decoded(files[variant.path])
        assert output.format == {"image/webp": "WEBP", "image/jpeg": "JPEG"}[variant.media_type]
        assert output.size == (variant.width, variant.height)


def test_tiny_image_gives_one_variant_per_format_at_its_own_size(tmp_path: Path, cache: ImageCache) -> None:
    path = save(photo((40, 30)), tmp_path / "klein.png")

    image, files = responsive_image(path, "media/klein", cache)

    assert image.variants == (
        Variant("media/klein-40.webp", 40, 30, "image/webp"),
        Variant("media/klein-40.jpg", 40, 30, "image/jpeg"),
    )
    assert [decoded(data).size for data in files.values()] == [(40, 30), (40, 30)]


def test_widths_larger_than_the_source_are_skipped_never_upscaled(tmp_path: Path, cache: ImageCache) -> None:
    path = save(photo((1000, 500)), tmp_path / "middel.jpg")

    image, _ = responsive_image(path, "media/middel", cache)

    assert sorted({variant.width for variant in image.variants}) == [480, 960]
    assert (image.width, image.height) == (960, 480)


def test_transparency_kept_in_webp_and_flattened_on_white_in_jpeg(tmp_path: Path, cache: ImageCache) -> None:
    source = Image.new("RGBA", (600, 400), (0, 0, 0, 0))
    source.paste((*RED, 255), (300, 0, 600, 400))
    path = save(source, tmp_path / "uitsnede.png")

    image, files = responsive_image(path, "media/uitsnede", cache, widths=(480,))

    webp = decoded(files["media/uitsnede-480.webp"])
    jpeg = decoded(files["media/uitsnede-480.jpg"])
    assert webp.mode == "RGBA"
    assert pixel(webp, (50, 160))[3] == 0
    assert pixel(webp, (400, 160))[3] == 255
    assert jpeg.mode == "RGB"
    assert min(pixel(jpeg, (50, 160))) > 245
    red, green, blue = pixel(jpeg, (400, 160))
    assert red > 190 and green < 70 and blue < 70


def test_outputs_carry_no_metadata(tmp_path: Path, cache: ImageCache) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # camera maker
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = save(photo((500, 300)), tmp_path / "meta.jpg", exif=exif.tobytes(), icc_profile=icc)

    _, files = responsive_image(path, "media/meta", cache)

    for data in files.values():
        output = decoded(data)
        assert "icc_profile" not in output.info and "exif" not in output.info
        assert len(output.getexif()) == 0


def test_same_bytes_in_give_identical_bytes_out(tmp_path: Path) -> None:
    source = Image.new("RGBA", (1000, 700), (0, 0, 0, 0))
    source.paste(photo((800, 600)), (100, 50))
    path = save(source, tmp_path / "vast.png")

    first = responsive_image(path, "media/vast", ImageCache(None))
    second = responsive_image(path, "media/vast", ImageCache(tmp_path / "andere-cache"))

    assert first == second


def test_in_memory_cache_reuses_within_one_build(tmp_path: Path) -> None:
    path = save(photo((600, 400)), tmp_path / "foto.jpg")
    cache = ImageCache(None)

    responsive_image(path, "media/a", cache)
    responsive_image(path, "media/b", cache)

    assert (cache.encoded, cache.reused) == (2, 2)  # 600 px wide: only the 480 width, as WebP and JPEG


# --- the cache ---------------------------------------------------------------


def test_second_build_encodes_nothing_and_returns_identical_bytes(tmp_path: Path) -> None:
    folder = tmp_path / ".cache" / "images"
    path = save(photo((3000, 2000)), tmp_path / "groot.jpg")
    cold = ImageCache(folder)
    first = responsive_image(path, "media/groot", cold)

    warm = ImageCache(folder)
    second = responsive_image(path, "media/groot", warm)

    assert cold.encoded == 6
    assert (warm.encoded, warm.reused) == (0, 6)
    assert second == first


def test_source_is_decoded_once_when_cold_and_never_when_warm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sitegen.images.responsive as responsive

    calls: list[str] = []
    real_decode = responsive.decode

    def counting_decode(data: bytes, suffix: str) -> Image.Image:
        calls.append(suffix)
        return real_decode(data, suffix)

    monkeypatch.setattr(responsive, "decode", counting_decode)
    path = save(photo((2000, 1000)), tmp_path / "foto.jpg")

    responsive_image(path, "media/foto", ImageCache(tmp_path / "cache"))
    responsive_image(path, "media/foto", ImageCache(tmp_path / "cache"))

    assert calls == [".jpg"]


def test_changing_one_of_two_images_re_encodes_only_that_one(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first_path = save(photo((1000, 600)), tmp_path / "een.jpg")
    second_path = save(photo((1000, 600)).rotate(180), tmp_path / "twee.jpg")
    before = ImageCache(folder)
    one_before = responsive_image(first_path, "media/een", before)[1]
    responsive_image(second_path, "media/twee", before)
    assert before.encoded == 8

    save(Image.new("RGB", (1000, 600), BLUE), second_path)
    after = ImageCache(folder)
    one_after = responsive_image(first_path, "media/een", after)[1]
    two_after = responsive_image(second_path, "media/twee", after)[1]

    assert (after.encoded, after.reused) == (4, 4)
    assert one_after == one_before
    assert pixel(decoded(two_after["media/twee-960.jpg"]), (10, 10))[2] > 150


def test_cache_key_contains_recipe_so_other_widths_are_new_entries(tmp_path: Path, cache: ImageCache) -> None:
    path = save(photo((1000, 600)), tmp_path / "foto.jpg")

    responsive_image(path, "media/foto", cache, widths=(480,))
    responsive_image(path, "media/foto", cache, widths=(480, 960))

    assert (cache.encoded, cache.reused) == (4, 2)


def test_cache_does_not_skip_the_extension_check(tmp_path: Path, cache: ImageCache) -> None:
    # Same bytes as a cached PNG, but now behind .jpg: the header checks still run.
    png = save(photo((500, 300)), tmp_path / "foto.png")
    responsive_image(png, "media/foto", cache)
    disguised = tmp_path / "foto.jpg"
    disguised.write_bytes(png.read_bytes())

    with pytest.raises(ImageError, match="eigenlijk een PNG-afbeelding"):
        responsive_image(disguised, "media/foto", cache)


def test_cache_writes_atomically_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cache = ImageCache(folder)

    assert cache.get_or_make(("bron", "recept"), lambda: b"inhoud") == b"inhoud"

    stored = [path for path in folder.rglob("*") if path.is_file()]
    assert len(stored) == 1 and not stored[0].name.startswith(".")
    assert ImageCache(folder).get_or_make(("bron", "recept"), lambda: b"anders") == b"inhoud"


def test_a_crash_while_storing_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"

    def crash(source: object, target: object) -> None:
        raise OSError("schijf vol")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        ImageCache(folder).get_or_make(("bron", "recept"), lambda: b"inhoud")

    assert [path for path in folder.rglob("*") if path.is_file()] == []


def test_a_stored_file_holds_exactly_the_output_so_it_can_be_published_by_copying(tmp_path: Path) -> None:
    cache = ImageCache(tmp_path / "cache")

    stored = cache.payload(("bron",), lambda: b"inhoud")
    again = ImageCache(tmp_path / "cache")

    assert isinstance(stored, Path) and stored.read_bytes() == b"inhoud"
    assert again.payload(("bron",), lambda: b"anders") == stored
    assert (cache.encoded, again.encoded, again.reused) == (1, 0, 1)


def test_a_memory_cache_hands_out_bytes(cache: ImageCache) -> None:
    assert ImageCache(None).payload(("bron",), lambda: b"inhoud") == b"inhoud"


def test_a_cache_file_removed_outside_is_made_again(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    stored = ImageCache(folder).payload(("bron",), lambda: b"inhoud")
    assert isinstance(stored, Path)
    stored.unlink()

    again = ImageCache(folder)

    assert again.get_or_make(("bron",), lambda: b"inhoud") == b"inhoud"
    assert again.encoded == 1 and stored.read_bytes() == b"inhoud"


def test_failed_make_stores_nothing(tmp_path: Path) -> None:
    cache = ImageCache(tmp_path / "cache")

    def failing() -> bytes:
        raise ImageError("Kapot.")

    with pytest.raises(ImageError):
        cache.get_or_make(("bron",), failing)
    assert cache.get_or_make(("bron",), lambda: b"nu wel") == b"nu wel"


def test_key_parts_are_not_ambiguous() -> None:
    cache = ImageCache(None)

    cache.get_or_make(("ab", "c"), lambda: b"1")

    assert cache.get_or_make(("a", "bc"), lambda: b"2") == b"2"


def test_default_cache_folder_is_under_the_project_root(tmp_path: Path) -> None:
    assert ImageCache.for_project(tmp_path).folder == tmp_path / ".cache" / "images"


# --- picture_html ------------------------------------------------------------


PHOTO = ResponsiveImage(
    variants=(
        Variant("media/stories/sanne-480.webp", 480, 320, "image/webp"),
        Variant("media/stories/sanne-960.webp", 960, 640, "image/webp"),
        Variant("media/stories/sanne-480.jpg", 480, 320, "image/jpeg"),
        Variant("media/stories/sanne-960.jpg", 960, 640, "image/jpeg"),
    ),
    width=960,
    height=640,
)


def test_picture_html_has_webp_source_size_alt_and_lazy_loading() -> None:
    html = picture_html(PHOTO, 'Sanne "Bouwt" <bruggen> & tunnels', sizes="(min-width: 60em) 50vw, 100vw", base="../../")

    assert html.startswith("<picture><source ") and html.endswith("></picture>")
    assert (
        '<source type="image/webp" srcset="../../media/stories/sanne-480.webp 480w, '
        '../../media/stories/sanne-960.webp 960w" sizes="(min-width: 60em) 50vw, 100vw">'
    ) in html
    assert 'src="../../media/stories/sanne-960.jpg"' in html
    assert 'srcset="../../media/stories/sanne-480.jpg 480w, ../../media/stories/sanne-960.jpg 960w"' in html
    assert 'width="960" height="640"' in html
    assert 'alt="Sanne &quot;Bouwt&quot; &lt;bruggen&gt; &amp; tunnels"' in html
    assert 'loading="lazy" decoding="async"' in html


def test_picture_html_without_lazy_loading_and_with_a_class() -> None:
    html = picture_html(PHOTO, "", lazy=False, css_class="kop-foto")

    assert "loading=" not in html
    assert 'alt=""' in html and 'class="kop-foto"' in html


def test_picture_html_percent_encodes_spaces_in_paths() -> None:
    image = ResponsiveImage((Variant("media/mijn foto-40.jpg", 40, 30, "image/jpeg"),), 40, 30)

    assert picture_html(image, "x") == (
        '<picture><img src="media/mijn%20foto-40.jpg" width="40" height="30" alt="x" loading="lazy" '
        'decoding="async"></picture>'
    )


def test_picture_html_for_a_logo_falls_back_to_png() -> None:
    logo = ResponsiveImage(
        (Variant("media/logo.webp", 320, 160, "image/webp"), Variant("media/logo.png", 320, 160, "image/png")), 320, 160
    )

    html = picture_html(logo, "Logo van Bouwbedrijf", sizes="160px")

    assert '<source type="image/webp" srcset="media/logo.webp">' in html
    assert '<img src="media/logo.png" width="320" height="160"' in html


# --- share cards -------------------------------------------------------------


def test_share_card_is_a_1200_by_630_png_in_the_brand_colours() -> None:
    data = share_card("Open dag bij de sluis", "Zaterdag 14 juni, Amsterdam", "Agenda", ImageCache(None), brand="Infra Bindt")

    card = decoded(data)
    assert card.format == "PNG" and card.size == (1200, 630) and card.mode == "RGB"
    assert card.getpixel((1190, 620)) == BRAND_BLUE
    assert card.getpixel((5, 315)) == ACCENT
    assert "exif" not in card.info and "icc_profile" not in card.info


def test_share_card_is_deterministic_and_cached(tmp_path: Path) -> None:
    arguments = ("Zo word je monteur", "Het verhaal van Sanne", "Verhaal")
    cache = ImageCache(tmp_path / "cache")

    first = share_card(*arguments, cache, brand="Infra Bindt")
    again = share_card(*arguments, ImageCache(tmp_path / "cache"), brand="Infra Bindt")
    fresh = share_card(*arguments, ImageCache(None), brand="Infra Bindt")

    assert isinstance(first, Path) and isinstance(again, Path) and isinstance(fresh, bytes)
    assert first.read_bytes() == again.read_bytes() == fresh
    assert cache.encoded == 1
    assert share_card("Andere titel", *arguments[1:], cache, brand="Infra Bindt") != first


def test_share_card_with_a_very_long_title_still_renders() -> None:
    title = "Een heel lange titel over infrastructuur, bruggen, tunnels en sluizen " * 8
    word = "Infrastructuurbeheerdersorganisatiemedewerkersbijeenkomst" * 3

    for text in (title, word, ""):
        card = decoded(share_card(text, "ondertitel " * 40, "Voor wie", ImageCache(None), brand="Infra Bindt"))
        assert card.size == (1200, 630)


def test_long_titles_shrink_and_end_in_an_ellipsis() -> None:
    short = draw_card("Kort", "", "Agenda", "Infra Bindt")
    long = draw_card("woord " * 200, "", "Agenda", "Infra Bindt")

    # The long title is cut after three lines, so the area below the third line stays empty.
    assert short.crop((96, 160, 1104, 240)).getbbox() is not None
    assert long.crop((96, 360, 1104, 440)).convert("L").point(lambda value: 255 if value > 120 else 0).getbbox() is None


def test_pillows_default_font_lacks_accents_so_they_fall_back_to_base_letters() -> None:
    font = load_font(40)

    assert drawable("Ideeën  voor  één café – €5 🚧", font) == "Ideeen voor een cafe - EUR5"


def test_the_bundled_font_keeps_dutch_accents() -> None:
    assert drawable("Ideeën café – €5", load_font(40, BUNDLED_FONT.read_bytes())) == "Ideeën café – €5"
    data = share_card("Ideeën", "", "Agenda", ImageCache(None), brand="Infra Bindt")
    assert decoded(data).size == (1200, 630)
    assert data != share_card("Ideeën", "", "Agenda", ImageCache(None), brand="Infra Bindt", font=None)


def test_wrap_and_ellipsis() -> None:
    def fits(text: str) -> bool:
        return len(text) <= 10

    assert wrap("een twee drie vier", fits, 3) == ("een twee", "drie vier")
    assert wrap("abcdefghijklmnopqrstuvwxyz", fits, 3) == ("abcdefghij", "klmnopqrst", "uvwxyz")
    lines = wrap("een twee drie vier vijf zes zeven acht", fits, 2)
    assert ellipsized(lines, fits, 2, "…") == ("een twee", "drie …")
    assert ellipsized(("abcdefghij", "klmnopqrst", "uvw"), fits, 2, "…") == ("abcdefghij", "klmnopqrs…")


# --- logos -------------------------------------------------------------------


def logo_on_transparent(canvas: tuple[int, int], content: tuple[int, int, int, int], colour: tuple[int, ...]) -> Image.Image:
    image = Image.new("RGBA", canvas, (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle(content, fill=colour)
    return image


@pytest.mark.parametrize(
    ("name", "image", "expected_box"),
    [
        # 600×100 content → 320×53, touching left and right.
        ("breed.png", logo_on_transparent((800, 300), (100, 100, 699, 199), (*RED, 255)), (0, 53, 320, 106)),
        # 100×400 content → 40×160, touching top and bottom.
        ("hoog.png", logo_on_transparent((300, 600), (100, 100, 199, 499), (*BLUE, 255)), (140, 0, 180, 160)),
    ],
)
def test_transparent_logo_is_trimmed_and_fitted_to_the_box(
    tmp_path: Path, cache: ImageCache, name: str, image: Image.Image, expected_box: tuple[int, int, int, int]
) -> None:
    path = save(image, tmp_path / name)

    logo, files = normalized_logo(path, "media/partners/bouwbedrijf", cache)

    assert logo.variants == (
        Variant("media/partners/bouwbedrijf.webp", 320, 160, "image/webp"),
        Variant("media/partners/bouwbedrijf.png", 320, 160, "image/png"),
    )
    assert (logo.width, logo.height) == (320, 160)
    for variant in logo.variants:
        output = decoded(files[variant.path])
        assert output.format == {"image/webp": "WEBP", "image/png": "PNG"}[variant.media_type]
        assert output.size == (320, 160) and output.mode == "RGBA"
        assert alpha_box(output) == expected_box


def test_jpeg_logo_with_white_margins_is_trimmed(tmp_path: Path, cache: ImageCache) -> None:
    image = Image.new("RGB", (500, 400), (255, 255, 255))
    ImageDraw.Draw(image).rectangle((100, 150, 399, 249), fill=(30, 60, 90))
    path = save(image, tmp_path / "logo.jpg", quality=85)

    _, files = normalized_logo(path, "media/logo", cache)

    output = decoded(files["media/logo.png"])
    box = alpha_box(output)
    assert box is not None and (box[0], box[2]) == (0, 320)  # 300×100 → 320×107: touches left and right
    assert box[3] - box[1] in (106, 107, 108)
    assert pixel(output, (160, 10))[3] == 0
    red, green, blue, alpha = pixel(output, (160, 80))
    assert alpha == 255 and abs(red - 30) < 20 and abs(blue - 90) < 20


def test_small_logo_is_upscaled_at_most_twice(tmp_path: Path, cache: ImageCache) -> None:
    path = save(logo_on_transparent((70, 40), (10, 10, 59, 29), (*RED, 255)), tmp_path / "klein.png")

    _, files = normalized_logo(path, "media/klein", cache)

    assert alpha_box(decoded(files["media/klein.png"])) == (110, 60, 210, 100)


def test_white_logo_on_transparent_survives_trimming(tmp_path: Path, cache: ImageCache) -> None:
    path = save(logo_on_transparent((400, 200), (50, 50, 349, 149), (255, 255, 255, 255)), tmp_path / "wit.png")

    _, files = normalized_logo(path, "media/wit", cache)

    output = decoded(files["media/wit.png"])
    assert alpha_box(output) == (0, 26, 320, 133)  # 300×100 → 320×107, centred
    assert output.getpixel((160, 80)) == (255, 255, 255, 255)


def test_logo_with_a_coloured_background_is_not_trimmed(tmp_path: Path, cache: ImageCache) -> None:
    image = Image.new("RGB", (400, 200), BLUE)
    ImageDraw.Draw(image).rectangle((150, 50, 249, 149), fill=(255, 255, 255))
    path = save(image, tmp_path / "vlak.png")

    _, files = normalized_logo(path, "media/vlak", cache)

    assert alpha_box(decoded(files["media/vlak.png"])) == (0, 0, 320, 160)


def test_blank_logo_is_refused(tmp_path: Path, cache: ImageCache) -> None:
    path = save(Image.new("RGB", (300, 100), (250, 250, 250)), tmp_path / "leeg.png")

    with pytest.raises(ImageError, match="Het logo is leeg"):
        normalized_logo(path, "media/leeg", cache)


def test_logos_are_cached_and_deterministic(tmp_path: Path) -> None:
    path = save(logo_on_transparent((800, 300), (100, 100, 699, 199), (*RED, 255)), tmp_path / "logo.png")
    cold = ImageCache(tmp_path / "cache")
    first = normalized_logo(path, "media/logo", cold)

    warm = ImageCache(tmp_path / "cache")
    second = normalized_logo(path, "media/logo", warm)

    assert (cold.encoded, warm.encoded) == (2, 0)
    assert first == second == normalized_logo(path, "media/logo", ImageCache(None))


# --- SVG ---------------------------------------------------------------------


CLEAN_SVG = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Gemaakt met een tekenprogramma -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#0b4a6f"/></linearGradient>
    <rect id="r" width="10" height="10"/></defs>
  <style>.a { fill: url(#g); font-family: "Open Sans"; }</style>
  <rect class="a" width="200" height="100" fill="url(#g)"/>
  <use href="#r"/><use xlink:href="#r"/>
  <image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/>
  <text x="10" y="50">Bouwbedrijf</text>
</svg>
"""


def svg(body: str, prolog: str = "") -> bytes:
    return f'{prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{body}</svg>'.encode()


def test_clean_svg_passes_unchanged() -> None:
    assert sanitized_svg(CLEAN_SVG) == CLEAN_SVG


@pytest.mark.parametrize(
    ("data", "keywords"),
    [
        (svg("<script>alert(1)</script>"), ["<script>", "niet toegestaan"]),
        (svg('<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>'), ["<script>"]),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', ["'onload'", "<svg>"]),
        (svg('<rect onClick="x()"/>'), ["'onClick'", "<rect>"]),
        (svg('<image href="https://voorbeeld.nl/logo.png"/>'), ["'https://voorbeeld.nl/logo.png'", "href"]),
        (svg('<a xlink:href="javascript:alert(1)"><text>x</text></a>'), ["'javascript:alert(1)'"]),
        (svg('<use href="andere.svg#vorm"/>'), ["'andere.svg#vorm'"]),
        (svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), ["data:image/svg+xml"]),
        (svg("<foreignObject><div>HTML</div></foreignObject>"), ["<foreignObject>"]),
        (svg('<rect style="fill: url(https://voorbeeld.nl/a.svg#p)"/>'), ["https://voorbeeld.nl/a.svg#p", "style"]),
        (svg('<rect fill="url(http://voorbeeld.nl/x#p)"/>'), ["http://voorbeeld.nl/x#p", "fill"]),
        (svg("<style>@import 'https://voorbeeld.nl/a.css';</style>"), ["CSS-import"]),
        (svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'), ["<set>", "'href'"]),
        (svg('<a><animate attributeName="xlink:href" values="javascript:alert(1)"/></a>'), ["<animate>", "'href'"]),
        (svg('<rect><set attributeName="onmouseover" to="alert(1)"/></rect>'), ["<set>", "'onmouseover'"]),
        (svg("", '<?xml-stylesheet href="https://voorbeeld.nl/a.css"?>'), ["verwerkingsinstructie", "xml-stylesheet"]),
        (
            svg("<text>&lol;</text>", '<!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'),
            ["DOCTYPE-declaratie"],
        ),
        (svg("", '<!DOCTYPE svg SYSTEM "file:///etc/passwd">'), ["DOCTYPE-declaratie"]),
        (svg("<!ENTITY x 'y'>"), ["ENTITY-declaratie"]),
        (svg("<text>&xxe;</text>"), ["geen geldige XML", "regel 1"]),
        (b"<svg><rect></svg>", ["geen geldige XML"]),
        (b'<html xmlns="http://www.w3.org/1999/xhtml"/>', ["HTML-element"]),
        (b"<plaatje/>", ["<plaatje>", "in plaats van <svg>"]),
        ('<svg xmlns="http://www.w3.org/2000/svg"/>'.encode("utf-16"), ["UTF-8"]),
        (b'<?xml version="1.0" encoding="ISO-8859-1"?><svg/>', ["ISO-8859-1", "UTF-8"]),
    ],
)
def test_unsafe_svg_is_refused_saying_what_was_found(data: bytes, keywords: list[str]) -> None:
    with pytest.raises(ImageError) as caught:
        sanitized_svg(data)

    for keyword in keywords:
        assert keyword in caught.value.message
    assert caught.value.message[0].isupper() and caught.value.message.endswith(".")


@pytest.mark.parametrize(
    ("attributes", "size"),
    [('viewBox="0 0 200 100"', (320, 160)), ('width="100" height="100px"', (160, 160)), ("", (320, 160))],
)
def test_svg_logo_is_published_as_is_with_a_fitted_size(
    tmp_path: Path, cache: ImageCache, attributes: str, size: tuple[int, int]
) -> None:
    data = f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}><circle r="5"/></svg>'.encode()
    path = tmp_path / "logo.svg"
    path.write_bytes(data)

    logo, files = normalized_logo(path, "media/logo", cache)

    assert logo == ResponsiveImage((Variant("media/logo.svg", *size, "image/svg+xml"),), *size)
    assert files == {"media/logo.svg": data}
    # The cleaned drawing is stored by its digest, so a warm build need not open the file; nothing is rasterised.
    assert cache.encoded == 1 and all(name.endswith(".svg") for name in files)


@pytest.mark.parametrize("name", ["foto.jpg", "logo.png", "logo.svg"])
def test_a_checked_image_is_not_read_again_when_its_outputs_are_cached(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".svg"):
        path.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 1"><circle r="1"/></svg>')
    else:
        save(photo((600, 400)), path)
    make = normalized_logo if name.startswith("logo") else responsive_image
    checked = check_source(path, drawing_allowed=name.startswith("logo"))
    cache = ImageCache(tmp_path / "cache")
    first = make(checked, "media/x", cache)
    path.write_bytes(b"changed")  # reading it again would now be refused: the digest differs

    again = make(checked, "media/x", ImageCache(tmp_path / "cache"))
    assert again == first


def test_an_image_changed_after_its_check_is_refused_when_encoded(tmp_path: Path, cache: ImageCache) -> None:
    path = save(photo((600, 400)), tmp_path / "foto.jpg")
    checked = check_source(path)
    save(Image.new("RGB", (600, 400), RED), path)

    with pytest.raises(ImageError, match="veranderd terwijl de site werd gebouwd"):
        responsive_image(checked, "media/foto", cache)


def test_svg_logo_with_a_script_is_refused(tmp_path: Path, cache: ImageCache) -> None:
    path = tmp_path / "logo.svg"
    path.write_bytes(svg("<script>alert(1)</script>"))

    with pytest.raises(ImageError, match="<script>"):
        normalized_logo(path, "media/logo", cache)


def test_png_behind_svg_extension_is_named(tmp_path: Path, cache: ImageCache) -> None:
    path = save(Image.new("RGB", (10, 10), RED), tmp_path / "logo.svg", "PNG")

    with pytest.raises(ImageError, match="extensie '.svg', maar is eigenlijk een PNG-afbeelding"):
        normalized_logo(path, "media/logo", cache)
