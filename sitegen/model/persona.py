"""A persona: one audience the site speaks to."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from sitegen.model.contact import Contact
from sitegen.model.fields import FrozenModel, ImageRef, Slug, Text
from sitegen.model.languages import Translations
from sitegen.model.source import Source


class Address(StrEnum):
    """How the site speaks to the persona: informal 'jij' (pupils, students) or formal 'u' (parents, teachers,
    career switchers, newcomers). Every sentence the engine writes on the persona's page follows it."""

    JIJ = "jij"
    U = "u"


class PersonaFields(FrozenModel):
    """The front matter of a file in content/personas/."""

    name: Text = Field(title="Naam", description="Wie het is, zoals 'Vmbo-leerling'.")
    promise: Text = Field(title="Belofte", description='Belofte in één zin, in hun eigen woorden.')
    chain_stages: Annotated[tuple[Slug, ...], Field(title="Schakels van de keten", description='Schakels van de keten uit data/chain_stages.yml, zoals [vmbo].', min_length=1)]
    cares_about: Annotated[tuple[Text, ...], Field(title="Wat deze persoon belangrijk vindt", description='Wat deze persoon belangrijk vindt: een lijst korte zinnen.', min_length=1)]
    order: Annotated[int, Field(title="Plaats in 'Wie ben jij?'", description="Plaats in de keuzelijst 'Wie ben jij?' (1 is de eerste).", ge=1)]
    image: ImageRef | None = Field(title="Afbeelding", default=None, description='Afbeelding naast dit bestand (mag weg): src en alt.')
    next_step: Text | None = Field(
        title="Volgende stap",
        default=None,
        description="De volgende stap in één of twee zinnen, in de aanspreekvorm van deze doelgroep (mag weg: dan toont "
        "de pagina de volgende stap van elke schakel van de keten, die met 'je' aanspreekt).",
    )
    address: Address = Field(
        title="Aanspreekvorm",
        default=Address.JIJ,
        description="jij of u: zo spreekt de pagina deze persoon aan. De controle meldt woorden van de andere vorm "
        "in de belofte, de lijst en de tekst.",
    )
    contact: Contact | None = Field(title="Contact", default=None, description="Eigen contact voor deze doelgroep (mag weg; anders dat van het netwerk): role, en email, phone en/of page.")
    # Short summaries in other languages, each written by a person (sitegen/model/languages.py).
    translations: Translations = ()


class Persona(PersonaFields):
    slug: str
    body: str
    # The body as HTML through the allowlist (sitegen/loading/sanitize.py), made once while loading.
    body_html: str = ""
    source: Source
