"""Editors' images as responsive variants, partner logos normalised, and a share card for every detail page."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from sitegen import urls
from sitegen.dates import event_when
from sitegen.images import ImageCache, ImageError, Payload, ResponsiveImage, normalized_logo, responsive_image, share_card
from sitegen.loading.checks import image_field, image_path, named_images
from sitegen.model.partner import Partner
from sitegen.model.references import SiteSettings
from sitegen.model.site import Site
from sitegen.problems import ContentError, Problem
from sitegen.reading.tree import slugify


@dataclass(frozen=True)
class Media:
    """Files to publish, the picture of each item (by its source path) and the share card of each page."""

    files: Mapping[str, Payload]
    pictures: Mapping[str, ResponsiveImage]
    share_cards: Mapping[str, str]


def build_media(site: Site, cache: ImageCache) -> Media:
    """Encode (or take from the cache) every image; a bad image stops the build with a Dutch problem."""
    files: dict[str, Payload] = {}
    pictures: dict[str, ResponsiveImage] = {}
    problems: list[Problem] = []
    for item, image in named_images(site):
        source = image_path(site.root, item.source, image)
        stem = urls.media_file(item.source.path, image.src).rsplit(".", 1)[0]
        field = image_field(item)
        try:
            make = normalized_logo if isinstance(item, Partner) else responsive_image
            picture, encoded = make(source, stem, cache)
        except ImageError as error:
            problems.append(Problem(item.source.path, item.source.line_of(field, "src"), f"{field}.src", error.message))
            continue
        pictures[item.source.path] = picture
        files.update(encoded)
    if problems:
        raise ContentError(problems)
    share_cards: dict[str, str] = {}
    brand = site.references.settings.name
    for page, title, subtitle, label in _share_card_texts(site):
        path = f"share/{PurePosixPath(page).with_suffix('.png')}"
        files[path] = share_card(title, subtitle, label, cache, brand=brand)
        share_cards[page] = path
    settings = site.references.settings
    files[default_share_card(settings)] = share_card(settings.name, settings.description, settings.region, cache, brand=brand)
    return Media(files, pictures, share_cards)


def default_share_card(settings: SiteSettings) -> str:
    """The share card of pages without their own, named after the network: `share/<slug of its name>.png`."""
    return f"share/{slugify(settings.name) or 'site'}.png"


def _share_card_texts(site: Site) -> Iterator[tuple[str, str, str, str]]:
    """(page, title, subtitle, label) for every event, persona and story page."""
    for event in site.events:
        place = event.location.city if event.location is not None and not event.is_online else "online"
        yield urls.event_page(event.slug), event.title, f"{event_when(event)} · {place}", "Agenda"
    for persona in site.personas:
        yield urls.persona_page(persona.slug), persona.name, persona.promise, "Voor wie"
    for story in site.stories:
        yield urls.story_page(story.slug), story.title, f"{story.person}, {story.role}", "Verhaal"
