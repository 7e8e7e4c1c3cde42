"""Open data: /agenda.json and /partners.json with stable, documented fields, so partners can show them on their sites.

Each file names its JSON Schema (published beside it under /schema/), and the schema documents every field.
"""

from __future__ import annotations

import json
from typing import Any

from sitegen import urls
from sitegen.model.event import Event
from sitegen.model.partner import Partner
from sitegen.model.references import References
from sitegen.model.site import Site

FORMAT_VERSION = 1


def agenda_schema(references: References) -> dict[str, Any]:
    """The JSON Schema of /agenda.json; its title, description and examples name the network from data/site.yml."""
    settings = references.settings
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": settings.calendar.name,
        "description": f"Alle activiteiten in de agenda van {settings.name}. Tijden zijn lokale tijd in de tijdzone 'timezone'.",
        "type": "object",
        "required": ["version", "timezone", "events"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string", "format": "uri", "description": "Adres van dit schema."},
            "version": {"const": FORMAT_VERSION, "description": "Versie van dit formaat; verandert alleen bij een onverenigbare wijziging."},
            "timezone": {"type": "string", "description": f"IANA-tijdzone van alle tijden, zoals {settings.timezone}."},
            "events": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["uid", "title", "url", "ical", "all_day", "start", "end", "status", "type", "audiences", "organizer", "location"],
                    "additionalProperties": False,
                    "properties": {
                        "uid": {"type": "string", "format": "uuid", "description": "Vaste identiteit; dezelfde als de UID in de iCal-feeds."},
                        "title": {"type": "string"},
                        "summary": {"type": ["string", "null"], "description": "Eén zin over de activiteit."},
                        "url": {"type": "string", "format": "uri", "description": "Pagina van de activiteit."},
                        "ical": {"type": "string", "format": "uri", "description": "Agendabestand (.ics) van alleen deze activiteit."},
                        "all_day": {"type": "boolean", "description": "true: start en end zijn datums (end is de laatste dag)."},
                        "start": {"type": "string", "description": "JJJJ-MM-DD (hele dag) of JJJJ-MM-DDTUU:MM:SS (lokale tijd)."},
                        "end": {"type": "string", "description": "JJJJ-MM-DD (laatste dag, inclusief) of JJJJ-MM-DDTUU:MM:SS (lokale tijd)."},
                        "status": {"enum": ["gepland", "afgelast", "uitgesteld", "verplaatst-naar-online"]},
                        "type": {"type": "object", "required": ["slug", "name"], "properties": {"slug": {"type": "string"}, "name": {"type": "string"}}},
                        "audiences": {"type": "array", "items": {"type": "string"}, "description": "Slugs van doelgroepen."},
                        "chain_stages": {"type": "array", "items": {"type": "string"}},
                        "subregion": {"type": ["string", "null"], "description": "Slug van de subregio; null voor een online activiteit."},
                        "location": {"type": "string", "description": "Plaats, adres en stad, of het online adres."},
                        "online": {"type": ["string", "null"], "format": "uri"},
                        "organizer": {"type": "string", "description": "Slug van de organiserende partner."},
                        "registration": {"type": ["string", "null"], "format": "uri"},
                    },
                },
            },
        },
    }


def partners_schema(references: References) -> dict[str, Any]:
    """The JSON Schema of /partners.json; its title, description and examples name the network from data/."""
    settings = references.settings
    example_code = next((m.code for region in references.regions for m in region.municipalities), "")
    kinds = _either([kind.slug for kind in references.partner_kinds])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{settings.name} partners",
        "description": f"De partners van {settings.name} met wat ze aanbieden.",
        "type": "object",
        "required": ["version", "partners"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string", "format": "uri", "description": "Adres van dit schema."},
            "version": {"const": FORMAT_VERSION, "description": "Versie van dit formaat; verandert alleen bij een onverenigbare wijziging."},
            "partners": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["slug", "name", "kind", "municipality", "subregion", "url", "offers", "example"],
                    "additionalProperties": False,
                    "properties": {
                        "slug": {"type": "string", "description": "Vaste sleutel van de partner."},
                        "name": {"type": "string"},
                        "kind": {"type": "string", "description": f"{kinds} (data/partner_kinds.yml)."},
                        "description": {"type": "string"},
                        "municipality": {"type": "object", "required": ["slug", "name", "code"], "properties": {
                            "slug": {"type": "string"}, "name": {"type": "string"}, "code": {"type": "string", "description": f"Gemeentecode, zoals {example_code}."}}},
                        "subregion": {"type": "object", "required": ["slug", "name"], "properties": {"slug": {"type": "string"}, "name": {"type": "string"}}},
                        "website": {"type": ["string", "null"], "format": "uri"},
                        "url": {"type": "string", "format": "uri", "description": "Pagina van de partner op deze site."},
                        "offers": {"type": "array", "items": {"type": "string"}, "description": "Slugs uit data/offers.yml."},
                        "example": {"type": "boolean", "description": "true: een verzonnen voorbeeld."},
                    },
                },
            },
        },
    }


def open_data_files(site: Site) -> dict[str, bytes]:
    """`{agenda.json, partners.json, schema/agenda.json.schema.json, schema/partners.json.schema.json}`."""
    agenda = {
        "$schema": site.absolute_url("schema/agenda.schema.json"),
        "version": FORMAT_VERSION,
        "timezone": site.references.settings.timezone,
        "events": [_event(site, event) for event in site.events],
    }
    partners = {
        "$schema": site.absolute_url("schema/partners.schema.json"),
        "version": FORMAT_VERSION,
        "partners": [_partner(site, partner) for partner in site.partners],
    }
    return {
        "agenda.json": _json(agenda),
        "partners.json": _json(partners),
        "schema/agenda.schema.json": _json(agenda_schema(site.references)),
        "schema/partners.schema.json": _json(partners_schema(site.references)),
    }


def _event(site: Site, event: Event) -> dict[str, Any]:
    region = site.region_of_event(event)
    event_type = site.references.event_type_by_slug[event.type]
    return {
        "uid": event.uid,
        "title": event.title,
        "summary": event.summary,
        "url": site.page_address(urls.event_page(event.slug)),
        "ical": site.absolute_url(urls.event_ics(event.slug)),
        "all_day": event.all_day,
        "start": event.first_day.isoformat() if event.all_day else event.start.isoformat(),
        "end": event.last_day.isoformat() if event.all_day else event.end_moment.isoformat(),
        "status": event.status.value,
        "type": {"slug": event_type.slug, "name": event_type.name},
        "audiences": list(event.audiences),
        "chain_stages": list(event.chain_stages),
        "subregion": None if region is None else region.slug,
        "location": event.location_line,
        "online": event.online,
        "organizer": event.organizer,
        "registration": event.registration,
    }


def _partner(site: Site, partner: Partner) -> dict[str, Any]:
    municipality = site.references.municipality_by_slug[partner.municipality]
    region = site.region_of_partner(partner)
    return {
        "slug": partner.slug,
        "name": partner.name,
        "kind": partner.kind,
        "description": partner.description,
        "municipality": {"slug": municipality.slug, "name": municipality.name, "code": municipality.code},
        "subregion": {"slug": region.slug, "name": region.name},
        "website": partner.website,
        "url": site.page_address(urls.partner_page(partner.slug)),
        "offers": list(partner.offers),
        "example": partner.example,
    }


def _either(words: list[str]) -> str:
    """`a, b of c`: the choices in a Dutch sentence."""
    return " of ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)


def _json(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()
