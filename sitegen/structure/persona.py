"""A persona: one audience the site speaks to."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .fields import FrozenModel, ImageRef, Slug, Text
from .source import Source


class PersonaFields(FrozenModel):
    """The front matter of a file in content/personas/."""

    name: Text
    promise: Text
    chain_stages: Annotated[tuple[Slug, ...], Field(min_length=1)]
    cares_about: Annotated[tuple[Text, ...], Field(min_length=1)]
    order: Annotated[int, Field(ge=1)]
    image: ImageRef | None = None


class Persona(PersonaFields):
    slug: str
    body: str
    source: Source
