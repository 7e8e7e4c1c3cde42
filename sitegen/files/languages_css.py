"""The stylesheet of the languages beside Dutch (data/languages.yml): each language's fonts, the fonts the site
serves itself, and the look of the language chooser and the summary blocks."""

from __future__ import annotations

from pathlib import Path

from sitegen.images import WEB_FONTS
from sitegen.model.languages import Language

LANGUAGES_CSS = "assets/languages.css"
FONTS_FOLDER = "assets/fonts"

# The engine's markup for languages, the same for every network.
_BLOCKS = """
/* A page title in Ge'ez or Arabic script in the header shrinks with the header on a phone, instead of widening the page. */
.md-header__title { min-width: 0; overflow: hidden; }
.ib-languages { margin: 1rem 0 1.5rem; }
.md-typeset .ib-languages__title { font-size: 1rem; margin: 0 0 0.5rem; }
.md-typeset .ib-languages ul.ib-languages__list { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; margin: 0; padding: 0; }
.md-typeset .ib-languages ul.ib-languages__list > li { margin: 0; }
.md-typeset .ib-languages__list a {
  display: inline-block; min-height: 44px; padding: 0.55rem 0.9rem; border: 1px solid var(--md-primary-fg-color);
  border-radius: 0.4rem; text-decoration: none; line-height: 1.5;
}
.md-typeset .ib-languages__list a:hover, .md-typeset .ib-languages__list a:focus { background: var(--md-primary-fg-color); color: #ffffff; }
.md-typeset .ib-translation { font-size: 1.1rem; line-height: 1.7; }
.md-typeset .ib-translation h1 { margin-bottom: 0.75rem; }
.md-typeset .ib-translation__note {
  border-inline-start: 0.3rem solid var(--md-accent-fg-color); padding: 0.5rem 0.9rem; background: #f5f5f5; color: #1f1f1f;
}
"""


def languages_css(languages: tuple[Language, ...]) -> bytes:
    """`@font-face` for each font the site serves that a language names (its installed copy first), and per
    language its fonts before the site's own, on everything marked with the language inside the page. Font names and codes are validated in the model
    (letters, digits, spaces, dots and hyphens), so they need no escaping."""
    served = sorted({font for language in languages for font in language.fonts if font in WEB_FONTS})
    faces = "".join(
        f'@font-face {{ font-family: "{font}"; src: local("{font}"), url("fonts/{WEB_FONTS[font].name}") '
        'format("truetype"); font-display: swap; }\n'
        for font in served
    )
    # On the elements marked with the language (a summary, a chooser link), not on the whole page: the theme's
    # Dutch header and footer keep the site's font on a page whose <html> is in the language.
    stacks = "".join(
        f'body [lang|="{language.code}"] {{ font-family: {", ".join(f"{chr(34)}{font}{chr(34)}" for font in language.fonts)}, '
        "var(--md-text-font-family); }\n"
        for language in languages
        if language.fonts
    )
    return f"/* Made by sitegen from data/languages.yml: change the languages there, not here. */\n{faces}{stacks}{_BLOCKS}".encode()


def language_files(languages: tuple[Language, ...]) -> dict[str, bytes | Path]:
    """The stylesheet and the font files it serves; nothing for a site in Dutch only."""
    if not languages:
        return {}
    files: dict[str, bytes | Path] = {LANGUAGES_CSS: languages_css(languages)}
    for language in languages:
        for font in language.fonts:
            if font in WEB_FONTS:
                files[f"{FONTS_FOLDER}/{WEB_FONTS[font].name}"] = WEB_FONTS[font]
    return files
