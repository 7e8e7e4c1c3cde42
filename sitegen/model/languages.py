"""The languages the network writes short summaries in beside Dutch (data/languages.yml), and those summaries.

Nothing about a language is in code: its code, its own name, its script and direction, the fonts it needs and the
sentences the site says in it all come from data/languages.yml. Every summary is written by a person; the site
never translates by machine.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from sitegen.model.fields import Flag, FrozenModel, Slug, Text
from sitegen.problems import dutch_number
from sitegen.urls import LANGUAGE_CODE_PATTERN

LanguageCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=LANGUAGE_CODE_PATTERN)]

# A font family as CSS names it, without quotes or other characters that would need escaping there.
FontName = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._-]*$")]

# A summary is read on a phone before the reader decides to read on: a few short sentences.
SUMMARY_CHARACTERS = 400
TITLE_CHARACTERS = 90


class Direction(StrEnum):
    LTR = "ltr"
    RTL = "rtl"


class Language(FrozenModel):
    """One language beside Dutch, as data/languages.yml describes it."""

    code: LanguageCode
    """BCP 47: `lang` and `hreflang` on the pages, and the first folder of the language's pages (/ar/…)."""
    name: Text
    """The language in its own name, as the language chooser shows it: 'العربية', 'ትግርኛ'."""
    dutch_name: Text
    """The language in Dutch, for editors' messages and the CMS: 'Arabisch'."""
    direction: Direction
    script: Text
    """The Unicode script of its letters, as in the characters' Unicode names: 'Latin', 'Arabic', 'Ethiopic'."""
    fonts: tuple[FontName, ...] = ()
    """Font families for its text, best first (system fonts, or a font the engine bundles); the site's own font
    follows them."""
    not_translated: Text
    """Said in this language where a page has no summary in it yet, above the Dutch summary."""
    not_checked: Text
    """Said in this language above a summary no native speaker has checked yet."""
    read_dutch: Text
    """The link to the whole page in Dutch, in this language."""
    checked: Flag = False
    """True once a native speaker has checked the three sentences above; until then the pages say they are not."""

    @field_validator("code")
    @classmethod
    def _not_dutch(cls, value: str) -> str:
        if value.split("-")[0] == "nl":
            raise PydanticCustomError(
                "ib_language_dutch", "is Nederlands, en Nederlands is de taal van de hele site; zet hier alleen de andere talen", {}
            )
        return value


class LanguageList(FrozenModel):
    """data/languages.yml (optional): without it the site is in Dutch only."""

    languages: tuple[Language, ...]

    @field_validator("languages")
    @classmethod
    def _each_once(cls, languages: tuple[Language, ...]) -> tuple[Language, ...]:
        seen: set[str] = set()
        for language in languages:
            if language.code in seen:
                raise PydanticCustomError(
                    "ib_language_twice", "noemt de taalcode {code} twee keer; haal een van de twee weg", {"code": language.code}
                )
            seen.add(language.code)
        return languages

    def by_code(self) -> Mapping[str, Language]:
        return {language.code: language for language in self.languages}


def _short(value: str, limit: int, what: str) -> str:
    if len(value) > limit:
        raise PydanticCustomError(
            "ib_translation_too_long",
            "is {length} tekens lang; " + what + " is hoogstens {limit} tekens. Maak hem korter",
            {"length": dutch_number(len(value)), "limit": dutch_number(limit)},
        )
    return value


class Translation(FrozenModel):
    """A short summary of a page in one language, written (or checked) by a person who reads it natively."""

    language: Slug = Field(title="Taal", description="De taalcode uit data/languages.yml, zoals ar of ti.")
    title: Text = Field(title="Titel in die taal", description=f"De titel in die taal, hoogstens {TITLE_CHARACTERS} tekens.")
    summary: Text = Field(
        title="Samenvatting in die taal",
        description=f"Een korte samenvatting in die taal: wat dit is en wat de lezer kan doen, hoogstens {SUMMARY_CHARACTERS} tekens.",
    )
    checked: Flag = Field(
        title="Nagekeken",
        default=False,
        description="true zodra iemand die de taal als moedertaal spreekt de tekst heeft nagekeken; tot dan zegt "
        "de pagina dat hij nog nagekeken moet worden.",
    )

    @field_validator("title")
    @classmethod
    def _short_title(cls, value: str) -> str:
        return _short(value, TITLE_CHARACTERS, "een titel")

    @field_validator("summary")
    @classmethod
    def _short_summary(cls, value: str) -> str:
        return _short(value, SUMMARY_CHARACTERS, "een samenvatting")


Translations = Annotated[
    tuple[Translation, ...],
    Field(
        title="Samenvattingen in andere talen",
        description="Korte samenvattingen in andere talen, elk geschreven door een mens, nooit door een computer (mag weg).",
    ),
]


def share_of_script(text: str, script: str) -> float:
    """Which part of the letters in `text` belongs to `script` (a Unicode script name such as 'Arabic'); 1.0 without
    letters. Catches a Dutch summary pasted under `ar`, or Arabic under `en`."""
    letters = [character for character in text if character.isalpha()]
    if not letters:
        return 1.0
    prefix = script.upper() + " "
    return sum(unicodedata.name(character, "").startswith(prefix) for character in letters) / len(letters)


class KeyPage(FrozenModel):
    """A page of the site itself that is no content item (home, 'Wie ben jij?', the chain, Partner worden), with
    its Dutch title and summary (shown where a language has none) and its summaries in other languages."""

    page: Text
    title: Text
    summary: Text
    translations: tuple[Translation, ...] = ()


class KeyPageList(FrozenModel):
    """data/translations.yml (optional)."""

    pages: tuple[KeyPage, ...]
