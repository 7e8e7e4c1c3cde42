"""A partner of the network: a company, school, government or initiative."""

from __future__ import annotations

from pydantic import Field

from sitegen.model.fields import Flag, FrozenModel, ImageRef, Slug, Text, WebUrl
from sitegen.model.source import Source


class PartnerFields(FrozenModel):
    """The front matter of a file in content/partners/."""

    name: Text = Field(description='Naam van de organisatie.')
    kind: Slug = Field(description='Soort partner uit data/partner_kinds.yml: bedrijf, school, overheid of initiatief.')
    municipality: Slug = Field(description="Gemeente uit data/regions.yml (haar slug).")
    address: Text | None = Field(default=None, description='Adres (mag weg).')
    website: WebUrl | None = Field(default=None, description='Website, beginnend met https:// (mag weg).')
    description: Text = Field(description='Eén zin over de organisatie.')
    offers: tuple[Slug, ...] = Field(default=(), description='Wat de partner aanbiedt, uit data/offers.yml (mag weg), zoals [gastlessen, snuffelstages].')
    example: Flag = Field(default=False, description="true als de organisatie verzonnen is (dan staat er 'voorbeeld' bij).")
    logo: ImageRef | None = Field(default=None, description='Logo naast dit bestand (mag weg): src en alt.')


class Partner(PartnerFields):
    slug: str
    body: str
    # The body as HTML through the allowlist (sitegen/loading/sanitize.py), made once while loading.
    body_html: str = ""
    source: Source
