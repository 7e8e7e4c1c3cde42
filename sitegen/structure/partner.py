"""A partner of the network: a company, school, government or initiative."""

from __future__ import annotations

from .fields import Flag, FrozenModel, ImageRef, Slug, Text, WebUrl
from .source import Source


class PartnerFields(FrozenModel):
    """The front matter of a file in content/partners/."""

    name: Text
    kind: Slug
    municipality: Slug
    address: Text | None = None
    website: WebUrl | None = None
    description: Text
    offers: tuple[Slug, ...] = ()
    example: Flag = False
    logo: ImageRef | None = None


class Partner(PartnerFields):
    slug: str
    body: str
    source: Source
