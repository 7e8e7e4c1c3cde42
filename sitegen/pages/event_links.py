"""What an event page links to: the map, the calendar apps, and schema.org data for search engines."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import quote

from sitegen import urls
from sitegen.escape import json_ld
from sitegen.model.body_text import plain_text
from sitegen.model.event import Event, EventStatus
from sitegen.model.site import Site

_SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}


def map_url(event: Event) -> str | None:
    """A plain link to OpenStreetMap: the point when coordinates are known, else a search for the address."""
    place = event.place
    if place is None or event.place_line is None:
        return None
    if place.lat is not None and place.lon is not None:
        return f"https://www.openstreetmap.org/?mlat={place.lat}&mlon={place.lon}#map=17/{place.lat}/{place.lon}"
    return f"https://www.openstreetmap.org/search?query={quote(event.place_line)}"


def google_calendar_url(site: Site, event: Event) -> str:
    if event.all_day:
        dates = f"{event.first_day:%Y%m%d}/{event.exclusive_end:%Y%m%d}"
    else:
        dates = f"{event.start:%Y%m%dT%H%M%S}/{event.end_moment:%Y%m%dT%H%M%S}"
    query = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": dates,
        "ctz": site.references.settings.timezone,
        "details": f"{event.summary + chr(10) + chr(10) if event.summary else ''}{site.page_address(urls.event_page(event.slug))}",
        "location": event.location_line,
    }
    return "https://calendar.google.com/calendar/render?" + _query(query)


def outlook_url(site: Site, event: Event) -> str:
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.title,
        "startdt": _iso(site, event.first_day if event.all_day else event.start),
        "enddt": _iso(site, event.exclusive_end if event.all_day else event.end_moment),
        "allday": "true" if event.all_day else "false",
        "body": f"{event.summary + chr(10) + chr(10) if event.summary else ''}{site.page_address(urls.event_page(event.slug))}",
        "location": event.location_line,
    }
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + _query(query)


def webcal_url(feed_url: str) -> str:
    """A feed's address for calendar apps that subscribe on a click (webcal://)."""
    return "webcal://" + feed_url.split("://", 1)[-1]


def google_subscribe_url(feed_url: str) -> str:
    """Google Calendar's page to subscribe to a feed (it fetches webcal:// addresses itself)."""
    return "https://calendar.google.com/calendar/render?" + _query({"cid": webcal_url(feed_url)})


def _query(parameters: dict[str, str]) -> str:
    """`urlencode(parameters, quote_via=quote)` for our own plain-word keys: only the values need quoting."""
    return "&".join(f"{key}={quote(value, safe='')}" for key, value in parameters.items())


def event_json_ld(site: Site, event: Event, image_path: str | None = None) -> str:
    """schema.org Event as JSON, safe to place inside a <script> element."""
    organizer = site.organizer_of(event)
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": _iso(site, event.first_day if event.all_day else event.start),
        "endDate": _iso(site, event.last_day if event.all_day else event.end_moment),
        "eventStatus": _SCHEMA_STATUS[event.status],
        "eventAttendanceMode": _attendance_mode(event),
        "location": _schema_locations(site, event),
        "organizer": {
            "@type": "Organization",
            "name": organizer.name,
            "url": organizer.website or site.page_address(urls.partner_page(organizer.slug)),
        },
        # Who runs the activity on the day: the organizing partner (a guest lesson's company, a school's open day).
        "performer": {"@type": "Organization", "name": organizer.name},
        "description": event.summary or plain_text(event.body).split("\n\n")[0],
        "url": site.page_address(urls.event_page(event.slug)),
        "inLanguage": "nl",
    }
    if image_path is not None:
        data["image"] = [site.absolute_url(image_path)]
    if event.registration and not event.is_cancelled:
        data["offers"] = {"@type": "Offer", "url": event.registration, "price": "0", "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}
    return json_ld(data)


def _attendance_mode(event: Event) -> str:
    if event.is_online:
        return "https://schema.org/OnlineEventAttendanceMode"
    if event.online:
        return "https://schema.org/MixedEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def _schema_locations(site: Site, event: Event) -> object:
    places: list[dict[str, object]] = []
    location = event.place
    if location is not None:
        settings = site.references.settings
        address = {"@type": "PostalAddress", "addressLocality": location.city, "addressRegion": settings.region, "addressCountry": settings.country}
        if location.address:
            address["streetAddress"] = location.address
        if location.postal_code:
            address["postalCode"] = location.postal_code
        place: dict[str, object] = {"@type": "Place", "name": location.name, "address": address}
        if location.lat is not None:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": location.lat, "longitude": location.lon}
        places.append(place)
    if event.online:
        places.append({"@type": "VirtualLocation", "url": event.online})
    return places[0] if len(places) == 1 else places


def _iso(site: Site, moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=site.references.settings.zone).isoformat()
    return moment.isoformat()
