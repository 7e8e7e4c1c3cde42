"""Checks of the summaries in other languages: a known language, each language once, text in that language's script.

Used for content items (their `translations` field) and for the key pages of data/translations.yml.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from sitegen import urls
from sitegen.loading.checks import unknown_reference
from sitegen.model.languages import Language, Translation, share_of_script
from sitegen.model.source import Source
from sitegen.problems import Problem, quoted

# Below this share of letters in the language's own script, the text is in another language (a pasted Dutch text).
SCRIPT_SHARE = 0.5


def translation_problems(
    source: Source, translations: tuple[Translation, ...], languages: Mapping[str, Language], *prefix: str | int
) -> Iterator[Problem]:
    """Problems of one list of summaries; `prefix` is the field path of the list's parent (for key pages)."""
    first_line: dict[str, int] = {}
    for index, translation in enumerate(translations):
        path = (*prefix, "translations", index)
        line = source.line_of(*path, "language")
        language = languages.get(translation.language)
        if language is None:
            yield unknown_reference(
                source, (*path, "language"), translation.language, languages, "taal", "data/languages.yml"
            )
            continue
        if translation.language in first_line:
            yield Problem(
                source.path, line, _field(*path, "language"),
                f"er staat al een samenvatting in het {language.dutch_name} ({translation.language}) op regel "
                f"{first_line[translation.language]}; houd er één over.",
            )
        first_line.setdefault(translation.language, line)
        for field in ("title", "summary"):
            text = getattr(translation, field)
            if share_of_script(text, language.script) < SCRIPT_SHARE:
                yield Problem(
                    source.path, source.line_of(*path, field), _field(*path, field),
                    f"{quoted(text[:40])} staat niet in het schrift van het {language.dutch_name} ({language.script}); "
                    f"schrijf hier de tekst in het {language.dutch_name}, of zet hem onder de taalcode van de taal "
                    "waarin hij geschreven is.",
                )


def key_page_problems(source: Source, pages: tuple[str, ...]) -> Iterator[Problem]:
    """Each key page of data/translations.yml is one the site has, and is named once."""
    seen: set[str] = set()
    for index, page in enumerate(pages):
        if page not in urls.KEY_PAGES:
            yield unknown_reference(source, ("pages", index, "page"), page, urls.KEY_PAGES, "pagina van de site", "sitegen/urls.py")
        elif page in seen:
            yield Problem(
                source.path, source.line_of("pages", index, "page"), f"pages.{index}.page",
                f"de pagina {quoted(page)} staat twee keer in de lijst; zet alle talen onder één 'page: {page}'.",
            )
        seen.add(page)


def _field(*path: str | int) -> str:
    return ".".join(str(part) for part in path)
