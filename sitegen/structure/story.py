"""A career story of someone working in infra."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .fields import CalendarDate, Flag, FrozenModel, ImageRef, Slug, Text
from .source import Source


class StoryFields(FrozenModel):
    """The front matter of a file in content/stories/."""

    title: Text
    person: Text
    role: Text
    employer: Slug | None = None
    personas: Annotated[tuple[Slug, ...], Field(min_length=1)]
    chain_stages: tuple[Slug, ...] = ()
    route: Text
    region: Slug
    quote: Text
    date: CalendarDate
    example: Flag = False
    leaks: tuple[Text, ...] = ()
    interventions: tuple[Text, ...] = ()
    image: ImageRef | None = None


class Story(StoryFields):
    slug: str
    body: str
    source: Source
