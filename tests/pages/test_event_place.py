"""Where an event is has one version (`Event.place`): every page, feed and card says 'online' for a moved event."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import ProjectMaker
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.model.site import Site
from sitegen.outputs import generate

EVENT = "content/events/open-dag.md"
TODAY = date(2026, 3, 1)


@pytest.fixture
def moved(project: ProjectMaker) -> Site:
    project.replace(EVENT, "organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nstatus: verplaatst-naar-online\nonline: https://example.org/live")
    return load_site(project.root)


def test_a_moved_online_event_has_no_place_and_no_subregion(moved: Site):
    [event] = moved.events
    assert event.location is not None and event.location.city == "Heerhugowaard"
    assert event.place is None
    assert moved.region_of_event(event) is None
    assert event.location_line == "Online: https://example.org/live"


def test_every_output_says_online_for_a_moved_event(moved: Site):
    outputs = generate(moved, TODAY)
    event_page = outputs.pages[urls.event_page("open-dag")]
    agenda = outputs.pages[urls.AGENDA]
    assert "Heerhugowaard" not in event_page, "the event page shows the place the event moved away from"
    assert "Heerhugowaard" not in agenda and "· online" in agenda
    ics = outputs.files["agenda/open-dag.ics"].decode()
    assert "LOCATION:Online: https://example.org/live" in ics and "GEO:" not in ics
    [listed] = json.loads(outputs.files["agenda.json"])["events"]
    assert listed["subregion"] is None and listed["location"] == "Online: https://example.org/live"
    json_ld = event_page[event_page.index('<script type="application/ld+json">') :]
    assert '"@type":"Place"' not in json_ld.replace(" ", "")


def test_an_event_on_site_shows_its_place_everywhere(project: ProjectMaker):
    site = load_site(project.root)
    [event] = site.events
    assert event.place_line == "Infra-opleidingscentrum, Heerhugowaard"
    assert site.region_of_event(event) is not None
    outputs = generate(site, TODAY)
    assert "Infra-opleidingscentrum, Heerhugowaard" in outputs.pages[urls.event_page("open-dag")]
    assert "LOCATION:Infra-opleidingscentrum\\, Heerhugowaard" in outputs.files["agenda/open-dag.ics"].decode()
