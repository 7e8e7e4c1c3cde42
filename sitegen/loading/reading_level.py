"""The B1 check: text aimed at the audiences of data/reading_level.yml must not be harder than B1 Dutch.

Aimed at those audiences are their persona pages, and the stories and events whose personas or audiences include one
of them. Each long sentence and each line with uncommon words is a warning with its file and line, and so is a text
whose Flesch–Douma score is too low. Warnings, not errors: the site is still built. Allowed beside common words: the
terms the glossary explains (data/glossary.yml) and names (partners, places, people, events and `names`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from sitegen.loading.checks import unknown_reference
from sitegen.loading.readability import (
    WORD,
    Sentence,
    common_word_test,
    flesch_douma,
    prose_lines,
    rare_words,
    sentences,
)
from sitegen.model.plain_language import ReadingLevel
from sitegen.model.site import Site
from sitegen.model.source import Source
from sitegen.problems import Problem

SETTINGS = "data/reading_level.yml"
GLOSSARY = "data/glossary.yml"


@dataclass(frozen=True)
class Piece:
    """One piece of an item's text: where it starts (file line), its field (None for the body) and the text."""

    line: int
    field: str | None
    text: str


@dataclass(frozen=True)
class Aimed:
    """An item whose text is aimed at B1 readers: its file, for whom, and its texts."""

    path: str
    audiences: tuple[str, ...]
    texts: tuple[Piece, ...]


def reading_level_warnings(site: Site) -> tuple[Problem, ...]:
    """Every place where text for the B1 audiences is harder than B1; none without data/reading_level.yml."""
    level = site.references.reading_level
    if level is None:
        return ()
    common = common_word_test(level.min_word_frequency, allowed_words(site))
    return tuple(problem for aimed in aimed_texts(site, level) for problem in _check(aimed, level, common))


def unknown_audiences(site: Site, source: Source | None) -> Iterator[Problem]:
    """A warning for each audience of data/reading_level.yml that is no persona in content/personas/ (a network may
    not have every persona the settings name: the check skips it)."""
    level = site.references.reading_level
    if level is None or source is None:
        return
    known = {persona.slug for persona in site.personas}
    for index, slug in enumerate(level.audiences):
        if slug not in known:
            problem = unknown_reference(source, ("audiences", index), slug, known, "doelgroep", "content/personas/")
            yield replace(problem, message=f"{problem.message} De B1-controle slaat haar over.")


def aimed_texts(site: Site, level: ReadingLevel) -> Iterator[Aimed]:
    """The persona pages of the audiences, and the stories and events for them, with their prose."""
    audiences = set(level.audiences)
    for persona in site.personas:
        if persona.slug in audiences:
            source = persona.source
            texts = [Piece(source.line_of("promise"), "promise", persona.promise)]
            if persona.next_step is not None:
                texts.append(Piece(source.line_of("next_step"), "next_step", persona.next_step))
            texts += [Piece(source.line_of("cares_about", i), "cares_about", t) for i, t in enumerate(persona.cares_about)]
            texts.append(Piece(source.body_line, None, persona.body))
            yield Aimed(source.path, (persona.slug,), tuple(texts))
    for story in site.stories:
        if audiences & set(story.personas):
            source = story.source
            texts = [Piece(source.line_of("quote"), "quote", story.quote), Piece(source.body_line, None, story.body)]
            yield Aimed(source.path, tuple(p for p in story.personas if p in audiences), tuple(texts))
    for event in site.events:
        if audiences & set(event.audiences):
            source = event.source
            texts = [Piece(source.line_of("summary"), "summary", event.summary)] if event.summary else []
            texts.append(Piece(source.body_line, None, event.body))
            yield Aimed(source.path, tuple(a for a in event.audiences if a in audiences), tuple(texts))


def allowed_words(site: Site) -> frozenset[str]:
    """Words that need not be common: each word of a glossary term and of a name the site knows (lowercase)."""
    refs = site.references
    names: list[str] = [refs.settings.name, refs.settings.region, *(level.names if (level := refs.reading_level) else ())]
    for region in refs.regions:
        names += [region.name, *(municipality.name for municipality in region.municipalities)]
    names += [campaign.name for campaign in refs.campaigns]
    names += [partner.name for partner in site.partners]
    names += [persona.name for persona in site.personas]
    names += [story.person for story in site.stories]
    for event in site.events:
        if event.location is not None:
            names += [event.location.name, event.location.city]
        # An event's own name is in its title: its capitalised words ('Tech Your Talent', 'Girls' Day').
        names += [word for word in WORD.findall(event.title) if word[0].isupper()]
    for entry in refs.glossary:
        names += entry.all_forms
    return frozenset(word.lower().replace("’", "'") for name in names for word in WORD.findall(name))


def _check(aimed: Aimed, level: ReadingLevel, common: Callable[[str], bool]) -> Iterator[Problem]:
    readers = ", ".join(aimed.audiences)
    all_sentences: list[Sentence] = []
    for text in aimed.texts:
        found = sentences(prose_lines(text.text))
        all_sentences += found
        for sentence in found:
            if len(sentence.words) > level.max_sentence_words:
                yield Problem(
                    aimed.path, text.line + sentence.line, text.field,
                    f"deze zin heeft {len(sentence.words)} woorden (begint met '{' '.join(sentence.words[:4])}'); voor "
                    f"B1-lezers ({readers}) zijn dat er meer dan {level.max_sentence_words} ({SETTINGS}). "
                    "Maak er twee zinnen van.",
                )
        rare: dict[int, list[str]] = {}
        for line, word in rare_words(found, common):
            rare.setdefault(line, []).append(word)
        for line, words in rare.items():
            listed = ", ".join(f"'{word}'" for word in dict.fromkeys(words))
            yield Problem(
                aimed.path, text.line + line, text.field,
                f"{listed} {'is geen gewoon woord' if len(set(words)) == 1 else 'zijn geen gewone woorden'} voor "
                f"B1-lezers ({readers}). Kies een gewoner woord, of leg het woord in één zin uit in {GLOSSARY}.",
            )
    words = sum(len(sentence.words) for sentence in all_sentences)
    score = flesch_douma(all_sentences)
    if score is not None and words >= level.min_score_words and score < level.min_score:
        first = aimed.texts[0]
        yield Problem(
            aimed.path, first.line, None,
            f"de tekst scoort {score:.0f} op de leesbaarheid (Flesch-Douma), lager dan {level.min_score:g} voor B1-lezers "
            f"({readers}, {SETTINGS}). Schrijf kortere zinnen met kortere woorden.",
        )

