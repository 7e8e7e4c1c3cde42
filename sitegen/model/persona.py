"""A persona: one audience the site speaks to."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from sitegen.model.fields import FrozenModel, ImageRef, Slug, Text
from sitegen.model.source import Source


class PersonaFields(FrozenModel):
    """The front matter of a file in content/personas/."""

    name: Text = Field(description="Wie het is, zoals 'Vmbo-leerling'.")
    promise: Text = Field(description='Belofte in één zin, in hun eigen woorden.')
    chain_stages: Annotated[tuple[Slug, ...], Field(description='Schakels van de keten uit data/chain_stages.yml, zoals [vmbo].', min_length=1)]
    cares_about: Annotated[tuple[Text, ...], Field(description='Wat deze persoon belangrijk vindt: een lijst korte zinnen.', min_length=1)]
    order: Annotated[int, Field(description="Plaats in de keuzelijst 'Wie ben jij?' (1 is de eerste).", ge=1)]
    image: ImageRef | None = Field(default=None, description='Afbeelding naast dit bestand (mag weg): src en alt.')


class Persona(PersonaFields):
    slug: str
    body: str
    # The body as HTML through the allowlist (sitegen/loading/sanitize.py), made once while loading.
    body_html: str = ""
    source: Source
