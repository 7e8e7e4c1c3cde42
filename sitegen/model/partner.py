"""A partner of the network: a company, school, government or initiative."""

from __future__ import annotations

from pydantic import Field

from sitegen.model.contact import Contact
from sitegen.model.fields import Flag, FrozenModel, ImageRef, Slug, Text, WebUrl
from sitegen.model.source import Source


class PartnerFields(FrozenModel):
    """The front matter of a file in content/partners/."""

    name: Text = Field(title="Naam", description='Naam van de organisatie.')
    kind: Slug = Field(title="Soort partner", description='Soort partner uit data/partner_kinds.yml: bedrijf, school, overheid of initiatief.')
    municipality: Slug = Field(title="Gemeente", description="Gemeente uit data/regions.yml (haar slug).")
    address: Text | None = Field(title="Adres", default=None, description='Adres (mag weg).')
    website: WebUrl | None = Field(title="Website", default=None, description='Website, beginnend met https:// (mag weg).')
    description: Text = Field(title="Omschrijving", description='Eén zin over de organisatie.')
    offers: tuple[Slug, ...] = Field(title="Aanbod", default=(), description='Wat de partner aanbiedt, uit data/offers.yml (mag weg), zoals [gastlessen, snuffelstages].')
    example: Flag = Field(title="Voorbeeld (verzonnen)", default=False, description="true als de organisatie verzonnen is (dan staat er 'voorbeeld' bij).")
    logo: ImageRef | None = Field(title="Logo", default=None, description='Logo naast dit bestand (mag weg): src en alt.')
    contact: Contact | None = Field(title="Contact", default=None, description="Openbaar contact (mag weg): role, en email, phone en/of page. Een rol, geen privépersoon.")


class Partner(PartnerFields):
    slug: str
    body: str
    # The body as HTML through the allowlist (sitegen/loading/sanitize.py), made once while loading.
    body_html: str = ""
    source: Source
