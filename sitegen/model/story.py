"""A career story of someone working in infra."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from sitegen.model.fields import CalendarDate, Flag, FrozenModel, ImageRef, Slug, Text
from sitegen.model.languages import Translations
from sitegen.model.source import Source


class StoryFields(FrozenModel):
    """The front matter of a file in content/stories/."""

    title: Text = Field(title="Titel", description='Titel van het verhaal.')
    person: Text = Field(title="Persoon", description='Voor- en achternaam van de persoon.')
    role: Text = Field(title="Functie", description="Functie, zoals 'Uitvoerder wegenbouw'.")
    employer: Slug | None = Field(title="Werkgever", default=None, description='Werkgever uit content/partners/ (mag weg).')
    personas: Annotated[tuple[Slug, ...], Field(title="Voor wie", description='Voor wie dit verhaal is: doelgroepen uit content/personas/.', min_length=1)]
    chain_stages: tuple[Slug, ...] = Field(title="Schakels van de keten", default=(), description='De route als schakels van de keten, op volgorde (mag weg), zoals [vmbo, mbo, werk].')
    route: Text = Field(title="Route", description="De route in één regel, zoals 'vmbo BB → mbo Infratechniek (BBL) → uitvoerder'.")
    region: Slug = Field(title="Subregio", description="Subregio uit data/regions.yml (haar slug).")
    quote: Text = Field(title="Uitspraak", description='Een uitspraak van de persoon, één zin.')
    date: CalendarDate = Field(title="Datum van publicatie", description='Datum van publicatie, JJJJ-MM-DD.')
    example: Flag = Field(title="Voorbeeld (verzonnen)", default=False, description="true als de persoon verzonnen is (dan staat er 'voorbeeld' bij).")
    leaks: tuple[Text, ...] = Field(title="Lekken in de keten", default=(), description='Lekken in de keten uit data/leaks.yml (mag weg).')
    interventions: tuple[Text, ...] = Field(title="Interventies", default=(), description='Interventies uit data/interventions.yml (mag weg).')
    image: ImageRef | None = Field(title="Afbeelding", default=None, description='Foto naast dit bestand (mag weg): src en alt.')
    # Short summaries in other languages, each written by a person (sitegen/model/languages.py).
    translations: Translations = ()


class Story(StoryFields):
    slug: str
    body: str
    # The body as HTML through the allowlist (sitegen/loading/sanitize.py), made once while loading.
    body_html: str = ""
    source: Source
