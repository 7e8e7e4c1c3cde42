"""Links from an event page (map, calendar apps) and its schema.org JSON-LD."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

from sitegen.loading.loader import load_site
from sitegen.pages.event_links import event_json_ld, google_calendar_url, map_url, outlook_url

EVENT = "content/events/open-dag.md"


def test_json_ld_has_googles_required_and_recommended_fields(project):
    site = load_site(project.root)
    data = json.loads(event_json_ld(site, site.events[0], "media/share/open-dag.png"))
    assert data["@type"] == "Event"
    assert data["name"] == "Open dag infra"
    assert data["startDate"] == "2026-03-14T10:00:00+01:00"
    assert data["endDate"] == "2026-03-14T15:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["addressLocality"] == "Heerhugowaard"
    assert data["location"]["address"]["addressCountry"] == "NL"
    assert data["organizer"]["name"] == "Voorbeeld BV"
    assert data["description"] == "Kom kijken."
    assert data["image"] == ["https://www.infrabindt.nl/media/share/open-dag.png"]


def test_json_ld_for_a_cancelled_online_event(project):
    project.replace(EVENT, "organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nstatus: verplaatst-naar-online\nonline: https://example.org/live")
    site = load_site(project.root)
    data = json.loads(event_json_ld(site, site.events[0]))
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/live"}


def test_json_ld_cannot_close_its_script_element(project):
    project.replace(EVENT, "Kom kijken.", "Kom kijken </script><script>alert(1)</script>")
    site = load_site(project.root)
    assert "</script>" not in event_json_ld(site, site.events[0])


def test_calendar_app_links_carry_local_times(project):
    site = load_site(project.root)
    event = site.events[0]
    google = parse_qs(urlsplit(google_calendar_url(site, event)).query)
    assert google["dates"] == ["20260314T100000/20260314T150000"]
    assert google["ctz"] == ["Europe/Amsterdam"]
    outlook = parse_qs(urlsplit(outlook_url(site, event)).query)
    assert outlook["startdt"] == ["2026-03-14T10:00:00+01:00"]
    assert outlook["allday"] == ["false"]


def test_all_day_links_use_an_exclusive_end(project):
    project.replace(EVENT, 'start: "2026-03-14 10:00"\nend: "15:00"', "start: 2026-03-14\nend: 2026-03-15")
    site = load_site(project.root)
    google = parse_qs(urlsplit(google_calendar_url(site, site.events[0])).query)
    assert google["dates"] == ["20260314/20260316"]


def test_map_link_searches_the_address_or_points_at_coordinates(project):
    site = load_site(project.root)
    assert map_url(site.events[0]) == "https://www.openstreetmap.org/search?query=Infra-opleidingscentrum%2C%20Heerhugowaard"
    project.replace(EVENT, "  municipality: dijk-en-waard", "  municipality: dijk-en-waard\n  lat: 52.66\n  lon: 4.83")
    site = load_site(project.root)
    assert map_url(site.events[0]).startswith("https://www.openstreetmap.org/?mlat=52.66&mlon=4.83")
