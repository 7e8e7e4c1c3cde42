"""An education programme: where you can learn the trade, at which school, at which level, and its open days."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from sitegen.model.fields import Flag, FrozenModel, ImageRef, Slug, Text, WebUrl
from sitegen.model.source import Source


class Pathway(StrEnum):
    """How an mbo programme is followed: mostly at school (bol) or mostly at work, with a job (bbl)."""

    BOL = "bol"
    BBL = "bbl"


class ProgrammeFields(FrozenModel):
    """The front matter of a file in content/programmes/."""

    name: Text = Field(title="Naam", description="Naam van de opleiding, zoals de school haar noemt.")
    summary: Text = Field(title="Samenvatting", description="Eén zin over de opleiding, voor lijsten en zoekmachines.")
    school: Slug = Field(title="School", description="De school die de opleiding geeft: een partner uit content/partners/ (de naam van haar bestand zonder .md).")
    level: Slug = Field(title="Niveau", description="Niveau uit data/levels.yml, zoals mbo-2 of hbo.")
    pathway: tuple[Pathway, ...] = Field(title="Leerweg", default=(), description="Leerweg (mag weg): [bol], [bbl] of [bol, bbl]. Bol: vooral op school; bbl: werken en leren.")
    municipality: Slug = Field(title="Gemeente", description="Gemeente uit data/regions.yml (haar slug) waar je de opleiding volgt; daaruit volgt de subregio.")
    location: Text | None = Field(title="Plek", default=None, description="De plek of het gebouw waar de lessen zijn (mag weg), zoals 'Infra opleidingscentrum Heerhugowaard'.")
    duration: Text | None = Field(title="Duur", default=None, description="Hoe lang de opleiding duurt, alleen als de school het zegt (mag weg), zoals '3 jaar'.")
    learn: Annotated[tuple[Text, ...], Field(title="Wat je leert", description="Wat je leert: een lijst korte regels.", min_length=1)]
    become: Annotated[tuple[Text, ...], Field(title="Wat je kunt worden", description="Wat je daarna kunt worden: een lijst beroepen of vervolgopleidingen.", min_length=1)]
    website: WebUrl | None = Field(title="Website", default=None, description="De pagina van de opleiding op de site van de school, beginnend met https:// (mag weg).")
    example: Flag = Field(title="Voorbeeld (verzonnen)", default=False, description="true als de opleiding (of iets erin) verzonnen is (dan staat er 'voorbeeld' bij).")
    image: ImageRef | None = Field(title="Afbeelding", default=None, description="Afbeelding naast dit bestand (mag weg): src en alt.")


class Programme(ProgrammeFields):
    slug: str
    body: str
    # The body as HTML through the allowlist (sitegen/loading/sanitize.py), made once while loading.
    body_html: str = ""
    source: Source
