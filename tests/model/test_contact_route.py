"""The contact route of each page kind, in the order the issue sets: the nearest real person or sign-up first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from conftest import PROJECT_ROOT
from sitegen.loading.loader import load_site
from sitegen.model.contact import Contact, NetworkContact, RegionContact
from sitegen.model.contact_route import Whose, contact_route, event_route, partner_route, persona_route
from sitegen.model.event import EventStatus
from sitegen.model.site import Site

SAMPLE = load_site(PROJECT_ROOT)
TODAY = date(2026, 9, 1)
OWN = Contact(role="Coördinator gastlessen", email="gastlessen@bedrijf.example.org")
REGION = "noord-holland-noord"
AANSPREEKPUNT = RegionContact(region=REGION, role="Aanspreekpunt", email="nhn@example.org")
NETWORK = NetworkContact(role="Programmamanager", email="netwerk@example.org")


def site_with(*, region: bool = True, network: bool = True, partners=None, personas=None, events=None) -> Site:
    settings = SAMPLE.references.settings.model_copy(update={"contact": NETWORK if network else None})
    references = replace(
        SAMPLE.references, settings=settings, region_contacts=(AANSPREEKPUNT,) if region else (),
    )
    return replace(
        SAMPLE, references=references, partners=partners or SAMPLE.partners, personas=personas or SAMPLE.personas,
        events=events or SAMPLE.events,
    )


def _partner_in_region(contact: Contact | None):
    partner = next(p for p in SAMPLE.partners if SAMPLE.region_of_partner(p).slug == REGION)
    return partner.model_copy(update={"contact": contact})


def _event(partner, **update):
    event = next(e for e in SAMPLE.events if e.place is not None and SAMPLE.region_of_event(e).slug == REGION)
    return event.model_copy(update={"organizer": partner.slug, **update})


def test_a_partner_with_its_own_contact_leads_to_it() -> None:
    partner = _partner_in_region(OWN)
    site = site_with(partners=(partner,) + tuple(p for p in SAMPLE.partners if p.slug != partner.slug))
    route = partner_route(site, partner)
    assert (route.whose, route.contact, route.name) == (Whose.PARTNER, OWN, partner.name)


def test_a_partner_without_contact_leads_to_its_subregions_aanspreekpunt_then_the_network() -> None:
    partner = _partner_in_region(None)
    assert partner_route(site_with(), partner).contact == AANSPREEKPUNT
    assert partner_route(site_with(), partner).whose is Whose.REGION
    assert partner_route(site_with(region=False), partner).contact == NETWORK
    assert partner_route(site_with(region=False, network=False), partner) is None


def _site_with_partner(partner) -> Site:
    return site_with(partners=(partner,) + tuple(p for p in SAMPLE.partners if p.slug != partner.slug))


def test_an_upcoming_event_with_registration_leads_to_signing_up_with_the_organizer_for_questions() -> None:
    partner = _partner_in_region(OWN)
    event = _event(partner, registration="https://www.example.org/aanmelden", start=date(2026, 10, 1), end=None)
    route = event_route(_site_with_partner(partner), event, TODAY)
    assert route.registration == "https://www.example.org/aanmelden"
    assert (route.whose, route.contact) == (Whose.ORGANIZER, OWN)


@pytest.mark.parametrize(
    ("start", "status"),
    [(date(2026, 3, 1), EventStatus.SCHEDULED), (date(2026, 10, 1), EventStatus.CANCELLED), (date(2026, 10, 1), EventStatus.POSTPONED)],
    ids=["over", "cancelled", "postponed"],
)
def test_an_event_that_cannot_be_signed_up_for_leads_to_its_organizer(start: date, status: EventStatus) -> None:
    partner = _partner_in_region(OWN)
    event = _event(partner, registration="https://www.example.org/aanmelden", start=start, end=None, status=status)
    route = event_route(_site_with_partner(partner), event, TODAY)
    assert route.registration is None and (route.whose, route.contact) == (Whose.ORGANIZER, OWN)


def test_an_event_whose_organizer_has_no_contact_leads_to_the_aanspreekpunt_of_its_place_then_the_network() -> None:
    partner = _partner_in_region(None)
    event = _event(partner, registration=None)
    site = _site_with_partner(partner)
    assert (event_route(site, event, TODAY).whose, event_route(site, event, TODAY).contact) == (Whose.REGION, AANSPREEKPUNT)
    no_region = site_with(region=False, partners=site.partners)
    assert event_route(no_region, event, TODAY).contact == NETWORK


def test_an_online_event_uses_the_aanspreekpunt_of_its_organizers_subregion() -> None:
    partner = _partner_in_region(None)
    event = _event(partner, registration=None, location=None, online="https://www.example.org/live")
    assert event_route(_site_with_partner(partner), event, TODAY).contact == AANSPREEKPUNT


def test_a_persona_with_its_own_route_leads_to_it_and_others_to_the_network() -> None:
    own = SAMPLE.personas[0].model_copy(update={"contact": OWN})
    other = SAMPLE.personas[1].model_copy(update={"contact": None})
    site = site_with(personas=(own, other))
    assert (persona_route(site, own).whose, persona_route(site, own).contact) == (Whose.PERSONA, OWN)
    assert (persona_route(site, other).whose, persona_route(site, other).contact) == (Whose.NETWORK, NETWORK)


def test_contact_route_dispatches_on_the_kind_of_page() -> None:
    site = site_with()
    partner = _partner_in_region(None)
    assert contact_route(site, partner, TODAY) == partner_route(site, partner)
    assert contact_route(site, SAMPLE.personas[0], TODAY) == persona_route(site, SAMPLE.personas[0])
    event = SAMPLE.events[0]
    assert contact_route(site, event, TODAY) == event_route(site, event, TODAY)


def test_the_sample_statushouder_and_zij_instromer_have_a_named_route_not_the_network() -> None:
    for slug in ("statushouder", "zij-instromer"):
        route = persona_route(SAMPLE, SAMPLE.persona_by_slug[slug])
        assert route.whose is Whose.PERSONA and route.contact != SAMPLE.references.settings.contact
