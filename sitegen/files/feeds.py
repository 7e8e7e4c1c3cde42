"""The calendar feeds: everything, one per persona, one per subregion, and one file per event."""

from __future__ import annotations

from datetime import date

from sitegen import urls
from sitegen.files.ical import calendar_feed, event_file, feed_events, vevents
from sitegen.model.site import Site


def feed_files(site: Site, today: date) -> dict[str, bytes]:
    """`{path: iCalendar bytes}`; online events belong to every subregion's feed."""
    calendar_name = site.references.settings.calendar.name
    current = feed_events(site, site.events, today)
    written = vevents(site, site.events)
    files = {urls.FEED_ALL: calendar_feed(site, current, calendar_name, site.absolute_url(urls.FEED_ALL), written)}
    for persona in site.personas:
        path = urls.persona_feed(persona.slug)
        events = [event for event in current if persona.slug in event.audiences]
        files[path] = calendar_feed(site, events, f"{calendar_name} voor {persona.name.lower()}", site.absolute_url(path), written)
    for region in site.references.regions:
        path = urls.region_feed(region.slug)
        events = [event for event in current if event.is_online or site.region_of_event(event) == region]
        files[path] = calendar_feed(site, events, f"{calendar_name} {region.name}", site.absolute_url(path), written)
    for event in site.events:
        files[urls.event_ics(event.slug)] = event_file(site, event, written)
    return files
