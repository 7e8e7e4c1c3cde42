"""The language chooser of a page with summaries in other languages: every language in its own name.

Finished HTML with `lang` and `dir` on every name, editors' text through `escape.html_text`/`html_attribute`.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from sitegen import urls
from sitegen.escape import html_attribute, html_text
from sitegen.model.languages import Language
from sitegen.model.site import Site
from sitegen.model.translated import Translated, translated_sources


@dataclass(frozen=True)
class ChooserLink:
    language: Language
    page: str
    translated: bool


def chooser_links(site: Site, dutch_page: str) -> tuple[ChooserLink, ...]:
    """The language chooser of a Dutch page with summaries: every language, each to its own page."""
    source = _source_of(site, dutch_page)
    if source is None:
        return ()
    return tuple(
        ChooserLink(language, urls.language_page(language.code, dutch_page), source.in_language(language.code) is not None)
        for language in site.references.languages
    )


def chooser(site: Site, from_page: str, dutch_page: str, current: str = "nl") -> Markup:
    """`<nav>` with a link per language, each in its own name with `lang`, `dir` and (where the page has a summary
    in it) `hreflang`; on a language page also a link back to Dutch. Empty for a page without summaries."""
    if not getattr(site.references, "languages", ()):
        return Markup("")  # a site in Dutch only (or a page rendered without references)
    links = chooser_links(site, dutch_page)
    if not links:
        return Markup("")
    items = []
    if current != "nl":
        items.append(_link(urls.relative_url(from_page, dutch_page), "Nederlands", "nl", "ltr", True))
    for link in links:
        if link.language.code == current:
            continue
        items.append(
            _link(
                urls.relative_url(from_page, link.page), link.language.name, link.language.code,
                link.language.direction.value, link.translated,
            )
        )
    entries = "".join(f"<li>{item}</li>" for item in items)
    return Markup(
        '<nav class="ib-languages" aria-labelledby="ib-languages-title" lang="nl" dir="ltr">'
        '<h2 id="ib-languages-title" class="ib-languages__title">Andere talen</h2>'
        f'<ul class="ib-languages__list">{entries}</ul></nav>'
    )


def _link(href: str, name: str, code: str, direction: str, translated: bool) -> str:
    hreflang = f' hreflang="{html_attribute(code)}"' if translated else ""
    return (
        f'<a href="{html_attribute(href)}" lang="{html_attribute(code)}" dir="{html_attribute(direction)}"{hreflang}>'
        f"{html_text(name)}</a>"
    )


def _source_of(site: Site, dutch_page: str) -> Translated | None:
    return next((source for source in translated_sources(site) if source.page == dutch_page), None)
