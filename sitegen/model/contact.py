"""Public contact details: a named role with an e-mail address, a phone number and/or a contact page.

A contact is always a role ('Coördinator gastlessen'), never a private person's name without their consent
(docs/redactie/contact.md). Invented sample details carry `example: true` and are marked on the page.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from sitegen.limits import CONTACT_ROLE_CHARACTERS, EMAIL_CHARACTERS, PHONE_DIGITS
from sitegen.model.fields import Flag, FrozenModel, Slug, Text, WebUrl, _text
from sitegen.problems import dutch_number

# One @, a local part without spaces or brackets, a domain of labels with a dot and a top-level domain of letters.
EMAIL_PATTERN = r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$"
# Digits with spaces, hyphens or brackets between them, optionally starting with + (international).
PHONE_PATTERN = r"^\+?[0-9][0-9 ()-]*[0-9]$"
MIN_PHONE_DIGITS = 10


def _email(value: Any) -> str:
    text = _text(value)
    if len(text) > EMAIL_CHARACTERS:
        raise PydanticCustomError(
            "ib_email_too_long",
            "{value} is {length} tekens lang; een e-mailadres heeft hoogstens {limit} tekens. Typ het adres zoals "
            "het op een visitekaartje staat, zoals 'gastlessen@voorbeeld.nl'",
            {"value": f"'{text[:40]}…'", "length": dutch_number(len(text)), "limit": dutch_number(EMAIL_CHARACTERS)},
        )
    if text.lower().startswith("mailto:") or not re.fullmatch(EMAIL_PATTERN, text) or ".." in text:
        raise PydanticCustomError(
            "ib_email",
            "{value} is geen e-mailadres; verwacht één adres met een @ en een domein, zonder spaties en zonder "
            "'mailto:', zoals 'gastlessen@voorbeeld.nl'",
            {"value": f"'{text}'"},
        )
    return text


def _phone(value: Any) -> str:
    text = _text(value)
    digits = re.sub(r"[^0-9]", "", text)
    if not re.fullmatch(PHONE_PATTERN, text) or not MIN_PHONE_DIGITS <= len(digits) <= PHONE_DIGITS:
        raise PydanticCustomError(
            "ib_phone",
            "{value} is geen telefoonnummer; verwacht {minimum} tot {maximum} cijfers, met alleen spaties of "
            "streepjes ertussen en eventueel een + vooraan, zoals '072 123 4567' of '+31 72 123 4567'",
            {"value": f"'{text}'", "minimum": MIN_PHONE_DIGITS, "maximum": PHONE_DIGITS},
        )
    return text


def _role(value: Any) -> str:
    text = _text(value)
    if len(text) > CONTACT_ROLE_CHARACTERS:
        raise PydanticCustomError(
            "ib_role_too_long",
            "{value} is {length} tekens lang; een rol staat op één knop, dus hoogstens {limit} tekens. Schrijf een "
            "korte rol, zoals 'Coördinator gastlessen'",
            {"value": f"'{text}'", "length": dutch_number(len(text)), "limit": dutch_number(CONTACT_ROLE_CHARACTERS)},
        )
    return text


Email = Annotated[str, BeforeValidator(_email), WithJsonSchema({"type": "string", "pattern": EMAIL_PATTERN, "maxLength": EMAIL_CHARACTERS})]
Phone = Annotated[str, BeforeValidator(_phone), WithJsonSchema({"type": "string", "pattern": PHONE_PATTERN})]
Role = Annotated[str, BeforeValidator(_role), WithJsonSchema({"type": "string", "minLength": 1, "maxLength": CONTACT_ROLE_CHARACTERS})]


class Contact(FrozenModel):
    """A public way to reach a role: at least one of e-mail, phone and contact page."""

    role: Role = Field(title="Rol", description="Een rol, geen privépersoon: zoals 'Coördinator gastlessen'. Een naam alleen met toestemming van die persoon.")
    email: Email | None = Field(title="E-mailadres", default=None, description="Openbaar e-mailadres (mag weg), zoals 'gastlessen@voorbeeld.nl'.")
    phone: Phone | None = Field(title="Telefoonnummer", default=None, description="Openbaar telefoonnummer (mag weg), zoals '072 123 4567'.")
    page: WebUrl | None = Field(title="Contactpagina", default=None, description="Webadres van een contact- of aanmeldpagina (mag weg), beginnend met https://.")
    example: Flag = Field(title="Voorbeeld (verzonnen)", default=False, description="true als adres en nummer verzonnen zijn (dan staat er 'voorbeeldadres' bij).")

    @model_validator(mode="after")
    def _one_route(self) -> Contact:
        if self.email is None and self.phone is None and self.page is None:
            raise PydanticCustomError(
                "ib_contact_empty",
                "noemt geen manier om contact op te nemen; geef minstens een e-mailadres ('email: ...'), "
                "een telefoonnummer ('phone: ...') of een contactpagina ('page: https://...')",
            )
        return self

    @property
    def tel(self) -> str | None:
        """The phone number as a `tel:` URI (RFC 3966): its digits, with the + of an international number."""
        if self.phone is None:
            return None
        return "tel:" + ("+" if self.phone.startswith("+") else "") + re.sub(r"[^0-9]", "", self.phone)


class NetworkContact(Contact):
    """The network's own contact (data/site.yml `contact`), with its postal address for the footer."""

    address: Text | None = Field(title="Adres", default=None, description="Postadres (mag weg).")


class SocialLink(FrozenModel):
    """A social media account of the network, in the footer."""

    name: Text
    url: WebUrl


class RegionContact(Contact):
    """The aanspreekpunt of one subregion (data/contacts.yml)."""

    region: Slug = Field(title="Subregio", description="Subregio uit data/regions.yml (haar slug).")


class RegionContactList(FrozenModel):
    """data/contacts.yml (optional): the subregions' aanspreekpunten."""

    regions: tuple[RegionContact, ...]
