"""The kinds of content: one entry per folder of content/, iterated by every layer.

A new kind is one `ContentKind` here plus its model file, its templates and its guide page. The layers that need
more than this table (the page template, the CMS collection, the `sitegen new` questions, the share card) keep a
table keyed by `ContentKind.name`; tests/model/test_kinds.py fails, naming the layer, when one lacks a kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from sitegen import urls
from sitegen.model.event import Event, EventFields
from sitegen.model.fields import ImageRef
from sitegen.model.partner import Partner, PartnerFields
from sitegen.model.persona import Persona, PersonaFields
from sitegen.model.programme import Programme, ProgrammeFields
from sitegen.model.source import Source
from sitegen.model.story import Story, StoryFields

FieldsT = TypeVar("FieldsT", bound=BaseModel)
ItemT = TypeVar("ItemT", bound=BaseModel)


@dataclass(frozen=True)
class ContentKind(Generic[FieldsT, ItemT]):
    """One folder of content/: what editors write there, the item the engine builds, and where its pages live."""

    name: str
    """The kind in code and file names: `schema/<name>.schema.json`, `templates/<name>.md.j2`."""
    folder: str
    """The folder under content/, and the `Site` attribute holding the items."""
    fields: type[FieldsT]
    item: type[ItemT]
    page: Callable[[str], str]
    """The page of one item, by slug (from urls.py)."""
    noun: str
    """One item in Dutch, as editors read it in messages: 'activiteit'."""
    plural: str
    another: str
    """'een andere activiteit', 'een ander verhaal': Dutch articles follow the noun."""
    image_field: str
    """The front matter field that names the item's picture: `image`, or `logo` for a partner."""
    title_field: str
    """The field that names one item (`title`, `name`): the CMS lists it, `sitegen new` names the file after it."""
    subtitle_field: str
    """A one-line field that says more (`summary`, `promise`, `role`, `description`): share cards show it."""
    description: str
    """What this kind is, in one Dutch sentence for editors (the CMS shows it above the list)."""


EVENTS = ContentKind(
    "event", "events", EventFields, Event, urls.event_page, "activiteit", "activiteiten", "een andere activiteit",
    "image", "title", "summary",
    "Gastlessen, open dagen, beurzen en andere activiteiten in de agenda. Gooi een activiteit nooit weg: "
    "zet de status op afgelast.",
)
PERSONAS = ContentKind(
    "persona", "personas", PersonaFields, Persona, urls.persona_page, "doelgroep", "doelgroepen", "een andere doelgroep",
    "image", "name", "promise", "De mensen voor wie de site schrijft, in de volgorde van 'Wie ben jij?'.",
)
STORIES = ContentKind(
    "story", "stories", StoryFields, Story, urls.story_page, "verhaal", "verhalen", "een ander verhaal",
    "image", "title", "role", "Loopbaanverhalen van mensen die in de infra werken.",
)
PARTNERS = ContentKind(
    "partner", "partners", PartnerFields, Partner, urls.partner_page, "partner", "partners", "een andere partner",
    "logo", "name", "description", "Bedrijven, scholen, overheden en initiatieven in het netwerk.",
)
PROGRAMMES = ContentKind(
    "programme", "programmes", ProgrammeFields, Programme, urls.programme_page, "opleiding", "opleidingen",
    "een andere opleiding", "image", "name", "summary",
    "Opleidingen waar je het vak leert: school, niveau, plaats en open dagen.",
)
CONTENT_KINDS: tuple[ContentKind[Any, Any], ...] = (EVENTS, PERSONAS, STORIES, PARTNERS, PROGRAMMES)

Item = Event | Persona | Story | Partner | Programme


def kind_of(item: Item) -> ContentKind[Any, Any]:
    """The kind an item belongs to."""
    return next(kind for kind in CONTENT_KINDS if isinstance(item, kind.item))


def image_of(item: Item) -> ImageRef | None:
    """The picture an item names (a partner's logo, every other item's image), if any."""
    image: ImageRef | None = getattr(item, kind_of(item).image_field)
    return image


def named_images(items: Iterator[Item] | tuple[Item, ...]) -> Iterator[tuple[Item, ImageRef]]:
    """Each item that names a picture, with that picture."""
    for item in items:
        image = image_of(item)
        if image is not None:
            yield item, image


def image_source(source: Source, image: ImageRef) -> PurePosixPath:
    """Where a picture lives, relative to the project: its `src` is relative to the Markdown file that names it."""
    return PurePosixPath(source.path).parent / image.src
