"""Share cards in Arabic and Tigrinya: every glyph is in the chosen font, and Arabic is shaped (joined, right to left).

Glyph coverage is checked against the font's own character map as Pillow sees it: a character the font lacks
renders as the `.notdef` glyph, the same bitmap as a private-use code point no font here has.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont, features

from sitegen.images import ImageCache, font_for
from sitegen.images.fonts import CARD_FONTS
from sitegen.images.share_card import draw_card, share_card

ARABIC = "العمل في البنية التحتية للقادمين الجدد"
ARABIC_SUMMARY = "البنية التحتية هي العمل في الطرق والجسور والأهوسة والسدود."
TIGRINYA = "ስራሕ ኣብ መሰረተ ልምዓት ንሓደስቲ መጻእቲ"
TIGRINYA_SUMMARY = "መሰረተ ልምዓት ማለት ስራሕ ኣብ መገዲ፡ ድልድል፡ ሸሉዛን ዲጋን እዩ።"
NOTDEF_PROBE = "\U000f0000"


def bitmap(font: ImageFont.FreeTypeFont, text: str, direction: str | None = None) -> Image.Image:
    left, top, right, bottom = font.getbbox(text, direction=direction)
    canvas = Image.new("L", (right - left + 8, bottom - top + 8))
    ImageDraw.Draw(canvas).text((4 - left, 4 - top), text, font=font, fill=255, direction=direction)
    return canvas


def missing_glyphs(font: ImageFont.FreeTypeFont, text: str) -> list[str]:
    notdef = bitmap(font, NOTDEF_PROBE).tobytes()
    return [character for character in set(text) if not character.isspace() and bitmap(font, character).tobytes() == notdef]


def font_of(text: str, size: int = 48) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_for(text)), size, layout_engine=ImageFont.Layout.RAQM)


def test_pillow_here_shapes_with_raqm():
    assert features.check("raqm"), "Pillow was built without Raqm: Arabic would be drawn unjoined"


@pytest.mark.parametrize("text", [ARABIC + ARABIC_SUMMARY, TIGRINYA + TIGRINYA_SUMMARY, "Робота в інфраструктурі", "Altyapıda iş"])
def test_the_chosen_font_has_every_glyph(text):
    font = font_of(text)
    assert missing_glyphs(font, text + "Infra Bindt") == []


def test_the_latin_font_lacks_arabic_and_geez_so_the_check_can_fail():
    latin = ImageFont.truetype(str(CARD_FONTS[0]), 48)
    assert set(missing_glyphs(latin, "بላ")) == {"ب", "ላ"}


def test_arabic_is_joined_not_drawn_letter_by_letter():
    font = font_of(ARABIC)
    word = "البنية"
    joined = bitmap(font, word, "rtl")
    separate = bitmap(font, " ".join(word), "rtl")
    # Letters apart are wider than the word by more than the spaces between them: joined forms are narrower.
    spaces = font.getlength(" ") * (len(word) - 1)
    assert separate.width - joined.width > spaces + 5
    # With the joining features switched off, Raqm draws each letter in its isolated form: another, wider picture.
    unjoined = ["-init", "-medi", "-fina"]
    isolated_width = font.getlength(word, direction="rtl", features=unjoined)
    assert isolated_width - font.getlength(word, direction="rtl") > 5


def test_arabic_runs_right_to_left_on_the_card():
    font = font_of(ARABIC)
    card = draw_card(ARABIC, ARABIC_SUMMARY, "العربية", "Infra Bindt", font_for(ARABIC).read_bytes(), direction="rtl")
    title_band = card.crop((0, 160, card.width, 240)).convert("L").point(lambda value: 255 if value > 200 else 0)
    left, _, right, _ = title_band.getbbox()
    # Aligned to the right edge of the text column, and ends (the first word's first letter 'ا') on the right.
    assert right > card.width - 110 and left > 96
    first_letter = bitmap(font, "ال", "rtl")
    assert first_letter.width < right - left


@pytest.mark.parametrize("title,summary,label,direction", [
    (ARABIC, ARABIC_SUMMARY, "العربية", "rtl"),
    (TIGRINYA, TIGRINYA_SUMMARY, "ትግርኛ", None),
])
def test_share_cards_in_other_scripts_are_pngs_of_the_right_size(title, summary, label, direction):
    font = font_for(title + summary + label)
    payload = share_card(title, summary, label, ImageCache(None), brand="Infra Bindt", font=font, direction=direction)
    image = Image.open(io.BytesIO(payload))
    assert image.size == (1200, 630)
