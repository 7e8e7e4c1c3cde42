"""Which real person or sign-up a page leads to: the one decision of the contact route per page kind.

event   → its registration link while it can still be signed up for; else its organizer's contact, else the
          aanspreekpunt of its subregion (of the organizer's subregion when it is online), else the network's
partner → its own contact, else its subregion's aanspreekpunt, else the network's
persona → its own route (a persona's `contact`, such as a desk for career switchers), else the network's
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from sitegen.model.contact import Contact
from sitegen.model.event import Event, EventStatus
from sitegen.model.partner import Partner
from sitegen.model.persona import Persona
from sitegen.model.site import Site


class Whose(StrEnum):
    """Whose contact a route leads to (the page says so: 'de organisator', 'het aanspreekpunt van …')."""

    ORGANIZER = "organizer"
    PARTNER = "partner"
    PERSONA = "persona"
    REGION = "region"
    NETWORK = "network"


@dataclass(frozen=True)
class ContactRoute:
    """The way on from a page: a registration page (`registration`, first when there is one) and a contact, and
    whose contact it is (`name`: the organizer, partner, subregion or network). With a registration the contact
    is there for questions, and may be missing."""

    whose: Whose | None
    name: str
    contact: Contact | None = None
    registration: str | None = None


def signup_open(event: Event, today: date) -> bool:
    """Whether the event can still be signed up for on `today`: planned or moved online, and not over."""
    return event.status in (EventStatus.SCHEDULED, EventStatus.MOVED_ONLINE) and event.last_day >= today


def event_route(site: Site, event: Event, today: date) -> ContactRoute | None:
    organizer = site.organizer_of(event)
    region = site.region_of_event(event) or site.region_of_partner(organizer)
    questions = _first(
        (Whose.ORGANIZER, organizer.name, organizer.contact),
        (Whose.REGION, region.name, site.references.contact_of_region.get(region.slug)),
        _network(site),
    )
    if event.registration and signup_open(event, today):
        return replace(questions, registration=event.registration) if questions else ContactRoute(
            None, organizer.name, None, event.registration
        )
    return questions


def partner_route(site: Site, partner: Partner) -> ContactRoute | None:
    region = site.region_of_partner(partner)
    return _first(
        (Whose.PARTNER, partner.name, partner.contact),
        (Whose.REGION, region.name, site.references.contact_of_region.get(region.slug)),
        _network(site),
    )


def persona_route(site: Site, persona: Persona) -> ContactRoute | None:
    return _first((Whose.PERSONA, site.references.settings.name, persona.contact), _network(site))


def _network(site: Site) -> tuple[Whose, str, Contact | None]:
    return (Whose.NETWORK, site.references.settings.name, site.references.settings.contact)


def _first(*candidates: tuple[Whose, str, Contact | None]) -> ContactRoute | None:
    for whose, name, contact in candidates:
        if contact is not None:
            return ContactRoute(whose, name, contact)
    return None


def contact_route(site: Site, item: Event | Partner | Persona, today: date) -> ContactRoute | None:
    """The contact route of the page of `item`, by its kind; None only when no contact exists at all."""
    if isinstance(item, Event):
        return event_route(site, item, today)
    if isinstance(item, Partner):
        return partner_route(site, item)
    return persona_route(site, item)
