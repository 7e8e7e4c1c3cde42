"""The pages in other languages in a real build: `lang`, `dir` and `hreflang` right on every one, the Dutch
fallback said in the language, the chooser, the sitemap, the share card and the fonts."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.model.translated import language_pages, translated_sources

SITE = load_site(PROJECT_ROOT)
LANGUAGE_PAGES = language_pages(SITE)
SITE_URL = SITE.references.settings.url.rstrip("/") + "/"


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(built_site: Path, page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed((built_site / urls.page_url(page) / "index.html").read_text(encoding="utf-8"))
    return parser.tags


def first(tags, name: str) -> dict[str, str | None]:
    return next(attributes for tag, attributes in tags if tag == name)


def hreflangs(tags) -> dict[str, str | None]:
    return {a["hreflang"]: a["href"] for tag, a in tags if tag == "link" and a.get("rel") == "alternate" and a.get("hreflang")}


def test_the_sample_has_translated_and_fallback_pages():
    translated = {p.page for p in LANGUAGE_PAGES if p.translation}
    fallback = {p.page for p in LANGUAGE_PAGES if not p.translation}
    assert {"ar/doelgroepen/statushouder.md", "ti/doelgroepen/statushouder.md", "ar/index.md", "ti/index.md"} <= translated
    assert "ti/doelgroepen/zij-instromer.md" in fallback


@pytest.mark.parametrize("language_page", [p for p in LANGUAGE_PAGES if p.translation], ids=lambda p: p.page)
def test_a_translated_page_has_its_language_direction_and_alternates(built_site: Path, language_page):
    tags = tags_of(built_site, language_page.page)
    language = language_page.language
    html = first(tags, "html")
    assert (html["lang"], html["dir"]) == (language.code, language.direction.value)
    # The theme around the summary (header, menu, footer) is Dutch and stays left to right.
    assert first(tags, "body")["dir"] == "ltr"
    block = next(a for tag, a in tags if tag == "div" and "ib-translation" in (a.get("class") or ""))
    assert (block["lang"], block["dir"]) == (language.code, language.direction.value)
    alternates = hreflangs(tags)
    source = language_page.source
    assert alternates["nl"] == alternates["x-default"] == SITE_URL + urls.page_url(source.page)
    assert alternates[language.code] == SITE_URL + urls.page_url(language_page.page)
    expected = {"nl", "x-default", *(t.language for t in source.translations)}
    assert set(alternates) == expected


@pytest.mark.parametrize("source", list(translated_sources(SITE)), ids=lambda s: s.page)
def test_the_dutch_page_names_its_translations_and_offers_every_language(built_site: Path, source):
    tags = tags_of(built_site, source.page)
    assert first(tags, "html")["lang"] == "nl"
    assert set(hreflangs(tags)) == {"nl", "x-default", *(t.language for t in source.translations)}
    # The chooser's links are the only links of a Dutch page marked with another language.
    links = [a for tag, a in tags if tag == "a" and a.get("lang")]
    assert {a["lang"] for a in links} == {language.code for language in SITE.references.languages}
    for link in links:
        language = SITE.references.language_by_code[link["lang"]]
        assert link["dir"] == language.direction.value
        assert link.get("hreflang") == (language.code if source.in_language(language.code) else None)


def test_a_missing_translation_falls_back_to_dutch_and_says_so_in_the_language(built_site: Path):
    language = SITE.references.language_by_code["ti"]
    page = "ti/doelgroepen/zij-instromer.md"
    text = (built_site / urls.page_url(page) / "index.html").read_text(encoding="utf-8")
    tags = tags_of(built_site, page)
    assert first(tags, "html")["lang"] == "nl", "a fallback page is in Dutch"
    assert '<div class="ib-translation ib-translation--missing" lang="ti" dir="ltr">' in text
    assert language.not_translated in text
    persona = SITE.persona_by_slug["zij-instromer"]
    assert persona.promise in text
    assert "ti" not in hreflangs(tags), "a fallback page is no alternate in Tigrinya"


def test_an_unchecked_summary_says_so_in_the_language_and_in_dutch(built_site: Path):
    language = SITE.references.language_by_code["ar"]
    text = (built_site / "ar" / "doelgroepen" / "statushouder" / "index.html").read_text(encoding="utf-8")
    assert language.not_checked in text
    assert "Deze samenvatting in het Arabisch is een voorbeeld. Iemand die Arabisch als moedertaal spreekt, moet hem nog nakijken." in text


def test_every_language_page_is_in_the_sitemap(built_site: Path):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    for language_page in LANGUAGE_PAGES:
        assert SITE_URL + urls.page_url(language_page.page) in listed


def test_a_translated_page_shares_a_card_in_its_language(built_site: Path):
    text = (built_site / "ar" / "doelgroepen" / "statushouder" / "index.html").read_text(encoding="utf-8")
    assert f'<meta property="og:image" content="{SITE_URL}share/ar/doelgroepen/statushouder.png">' in text
    assert (built_site / "share" / "ar" / "doelgroepen" / "statushouder.png").is_file()


def test_the_languages_stylesheet_sets_each_script_s_fonts_and_serves_geez(built_site: Path):
    css = (built_site / "assets" / "languages.css").read_text(encoding="utf-8")
    assert 'body [lang|="ar"] { font-family: "Noto Naskh Arabic"' in css
    assert '@font-face { font-family: "Abyssinica SIL"; src: local("Abyssinica SIL"), url("fonts/AbyssinicaSIL-Regular.ttf")' in css
    assert (built_site / "assets" / "fonts" / "AbyssinicaSIL-Regular.ttf").is_file()
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="assets/languages.css"' in home
