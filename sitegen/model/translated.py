"""Which pages exist in which language: one per language for every page that has a summary in any language.

A page with a summary in some languages gets a page in every language of data/languages.yml: where its summary in
that language is missing, that page says so in the language and shows the Dutch summary (the fallback). Only the
languages with a summary are `hreflang` alternates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sitegen import urls
from sitegen.model.kinds import CONTENT_KINDS
from sitegen.model.languages import Language, Translation
from sitegen.model.site import Site


@dataclass(frozen=True)
class Translated:
    """A Dutch page with its title and summary, and its summaries in other languages (by code)."""

    page: str
    title: str
    summary: str
    translations: tuple[Translation, ...]

    def in_language(self, code: str) -> Translation | None:
        return next((translation for translation in self.translations if translation.language == code), None)


@dataclass(frozen=True)
class LanguagePage:
    """The page of `source` in `language`: its summary there, or None where it falls back to Dutch."""

    language: Language
    source: Translated
    translation: Translation | None

    @property
    def page(self) -> str:
        return urls.language_page(self.language.code, self.source.page)

    @property
    def title(self) -> str:
        return self.translation.title if self.translation else self.source.title

    @property
    def summary(self) -> str:
        return self.translation.summary if self.translation else self.source.summary


@dataclass(frozen=True)
class Alternate:
    """One `<link rel="alternate" hreflang>`: the language tag and the page."""

    hreflang: str
    page: str


def translated_sources(site: Site) -> Iterator[Translated]:
    """Every Dutch page with at least one summary in another language: the key pages, then the content items."""
    if not site.references.languages:
        return
    for key_page in site.references.key_pages:
        if key_page.translations and key_page.page in urls.KEY_PAGES:
            yield Translated(urls.KEY_PAGES[key_page.page], key_page.title, key_page.summary, key_page.translations)
    for kind in CONTENT_KINDS:
        for item in site.items_of(kind):
            translations = getattr(item, "translations", ())
            if translations:
                yield Translated(
                    kind.page(item.slug), getattr(item, kind.title_field), getattr(item, kind.subtitle_field) or "", translations
                )


def language_pages(site: Site) -> tuple[LanguagePage, ...]:
    """One page per language for every translated page, in the order of data/languages.yml."""
    return tuple(
        LanguagePage(language, source, source.in_language(language.code))
        for source in translated_sources(site)
        for language in site.references.languages
    )


def alternates(site: Site) -> dict[str, tuple[Alternate, ...]]:
    """The `hreflang` alternates of each Dutch page with summaries and of its pages in those languages: Dutch
    (also `x-default`) and every language with a real summary; a fallback page is no alternate."""
    found: dict[str, tuple[Alternate, ...]] = {}
    for source in translated_sources(site):
        group = [Alternate("nl", source.page), Alternate("x-default", source.page)]
        group += [
            Alternate(language.code, urls.language_page(language.code, source.page))
            for language in site.references.languages
            if source.in_language(language.code) is not None
        ]
        for member in {alternate.page for alternate in group}:
            found[member] = tuple(group)
    return found
