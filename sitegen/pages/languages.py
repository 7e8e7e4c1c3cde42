"""The pages in other languages: one per language for every translated page (sitegen/model/translated.py)."""

from __future__ import annotations

from collections.abc import Mapping

from sitegen import urls
from sitegen.model.site import Site
from sitegen.model.translated import LanguagePage, language_pages
from sitegen.pages.language_chooser import chooser
from sitegen.pages.render import render_page


def language_page_markdown(site: Site, share_cards: Mapping[str, str]) -> dict[str, str]:
    """`{source path: Markdown}` of every page in another language."""
    pages: dict[str, str] = {}
    for language_page in language_pages(site):
        pages[language_page.page] = _render(site, language_page, share_cards.get(language_page.page))
    return pages


def _render(site: Site, language_page: LanguagePage, share_image: str | None) -> str:
    language = language_page.language
    unchecked = not language.checked or (language_page.translation is not None and not language_page.translation.checked)
    return render_page(
        "language.md.j2", language_page.page, site=site, lp=language_page, language=language, unchecked=unchecked,
        share_image=share_image, dutch_url=urls.relative_url(language_page.page, language_page.source.page),
        chooser=chooser(site, language_page.page, language_page.source.page, language.code),
    )
