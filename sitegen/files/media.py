"""Editors' images as responsive variants, partner logos normalised, and a share card for every detail page."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any

from sitegen import urls
from sitegen.dates import event_when
from sitegen.images import (
    CENTRE,
    CheckedSource,
    ImageCache,
    ImageError,
    Payload,
    ResponsiveImage,
    check_source,
    font_for,
    normalized_logo,
    responsive_image,
    share_card,
)
from sitegen.model.event import Event
from sitegen.model.kinds import CONTENT_KINDS, EVENTS, PERSONAS, STORIES, ContentKind, image_source, kind_of, named_images
from sitegen.model.languages import Direction
from sitegen.model.references import SiteSettings
from sitegen.model.site import Site
from sitegen.model.translated import language_pages
from sitegen.problems import ContentError, Problem


@dataclass(frozen=True)
class Media:
    """Files to publish, the picture of each item (by its source path) and the share card of each page."""

    files: Mapping[str, Payload]
    pictures: Mapping[str, ResponsiveImage]
    share_cards: Mapping[str, str]
    share_card_alts: Mapping[str, str] = field(default_factory=dict)
    """What each page's share card shows, in words (og:image:alt): its label, title and subtitle, and its picture."""


def build_media(site: Site, cache: ImageCache) -> Media:
    """Encode (or take from the cache) every image; a bad image stops the build with a Dutch problem."""
    files: dict[str, Payload] = {}
    pictures: dict[str, ResponsiveImage] = {}
    photos: dict[str, CheckedSource] = {}
    problems: list[Problem] = []
    for item, image in named_images(site.items):
        path = image_source(item.source, image)
        field = kind_of(item).image_field
        stem = urls.media_file(item.source.path, image.src).rsplit(".", 1)[0]
        try:
            source = site.images.get(path.as_posix()) or check_source(site.root / path, drawing_allowed=field == "logo")
            make = normalized_logo if field == "logo" else responsive_image
            picture, encoded = make(source, stem, cache)
        except ImageError as error:
            problems.append(Problem(item.source.path, item.source.line_of(field, "src"), f"{field}.src", error.message))
            continue
        pictures[item.source.path] = replace(picture, focus=image.focus) if field != "logo" else picture
        if field != "logo":
            photos[item.source.path] = source
        files.update(encoded)
    if problems:
        raise ContentError(problems)
    share_cards: dict[str, str] = {}
    share_card_alts: dict[str, str] = {}
    brand = site.references.settings.name
    for item, page, (title, subtitle, label) in _share_card_texts(site):
        path = f"share/{PurePosixPath(page).with_suffix('.png')}"
        photo = photos.get(item.source.path)
        image = getattr(item, kind_of(item).image_field) if photo is not None else None
        files[path] = share_card(
            title, subtitle, label, cache, brand=brand, photo=photo, focus=(image.focus or CENTRE) if image else CENTRE
        )
        share_cards[page] = path
        share_card_alts[page] = share_card_alt(title, subtitle, label, brand, image.alt if image else "")
    settings = site.references.settings
    files[default_share_card(settings)] = share_card(settings.name, settings.description, settings.region, cache, brand=brand)
    for page, path, card in _language_cards(site, cache, share_cards):
        if card is not None:
            files[path] = card
        share_cards[page] = path
    return Media(files, pictures, share_cards, share_card_alts)


def _language_cards(
    site: Site, cache: ImageCache, dutch_cards: Mapping[str, str]
) -> Iterator[tuple[str, str, Payload | None]]:
    """(page, card path, card) of every page in another language: its title and summary in that language, in a
    font that has every letter of it, right to left for a right-to-left language. A page that falls back to Dutch
    shares the Dutch page's card (no card of its own: None)."""
    brand = site.references.settings.name
    for language_page in language_pages(site):
        if language_page.translation is None:
            dutch = dutch_cards.get(language_page.source.page)
            if dutch is not None:
                yield language_page.page, dutch, None
            continue
        language = language_page.language
        texts = (language_page.title, language_page.summary, language.name, brand)
        font = font_for(" ".join(texts))
        direction = "rtl" if language.direction is Direction.RTL else None
        path = f"share/{PurePosixPath(language_page.page).with_suffix('.png')}"
        yield language_page.page, path, share_card(
            language_page.title, language_page.summary, language.name, cache, brand=brand, font=font, direction=direction
        )


ShareCardText = Callable[[Any], tuple[str, str, str]]


def _event_card(event: Event) -> tuple[str, str, str]:
    return event.title, f"{event_when(event)} · {'online' if event.place is None else event.place.city}", "Agenda"


SHARE_CARDS: Mapping[str, ShareCardText] = {
    EVENTS.name: _event_card,
    PERSONAS.name: lambda persona: (persona.name, persona.promise, "Voor wie"),
    STORIES.name: lambda story: (story.title, f"{story.person}, {story.role}", "Verhaal"),
}
"""Title, subtitle and label of the share card of an item's page, per kind (`ContentKind.name`), where the default
of `share_card_text` does not fit."""


def share_card_text(kind: ContentKind[Any, Any], item: Any) -> tuple[str, str, str]:
    """Title, subtitle and label of an item's share card: its kind's entry in SHARE_CARDS, or its title and
    subtitle fields under the kind's name."""
    special = SHARE_CARDS.get(kind.name)
    if special is not None:
        return special(item)
    return getattr(item, kind.title_field), getattr(item, kind.subtitle_field) or "", kind.noun.capitalize()
def share_card_alt(title: str, subtitle: str, label: str, brand: str, picture_alt: str = "") -> str:
    """The share card in words, for og:image:alt and twitter:image:alt: what it says, then what its picture shows."""
    parts = [f"{label}: {title}" if label else title, subtitle, brand, picture_alt]
    return " ".join(part if part.endswith((".", "!", "?")) else f"{part}." for part in parts if part)


def default_share_card_alt(settings: SiteSettings) -> str:
    """The network's own share card in words (pages without their own card)."""
    return share_card_alt(settings.name, settings.description, settings.region, settings.name)


def default_share_card(settings: SiteSettings) -> str:
    """The share card of pages without their own, named after the network (urls.py)."""
    return urls.default_share_card(settings.name)


def _share_card_texts(site: Site) -> Iterator[tuple[Any, str, tuple[str, str, str]]]:
    """(item, page, (title, subtitle, label)) for the page of every content item."""
    for kind in CONTENT_KINDS:
        for item in site.items_of(kind):
            yield item, kind.page(item.slug), share_card_text(kind, item)
