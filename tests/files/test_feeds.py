"""Which events go into which feed, and that feeds are byte-identical from build to build."""

from __future__ import annotations

from datetime import date

import icalendar

from sitegen import urls
from sitegen.files.feeds import feed_files
from sitegen.loading.loader import load_site

EVENT = "content/events/open-dag.md"
SECOND = """---
uid: 5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d
title: Online ouderavond
start: "2026-04-01 19:30"
end: "21:00"
type: voorlichting
audiences: [vmbo-leerling]
online: https://example.org/ouderavond
organizer: voorbeeld-bv
---
Vragen van ouders.
"""


def uids(data: bytes) -> set[str]:
    return {str(event["UID"]) for event in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_feeds_per_persona_and_subregion(project):
    project.write("content/events/ouderavond.md", SECOND)
    files = feed_files(load_site(project.root), date(2026, 1, 1))
    both = {"0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c", "5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"}
    assert uids(files[urls.FEED_ALL]) == both
    assert uids(files[urls.persona_feed("vmbo-leerling")]) == both
    assert uids(files[urls.region_feed("noord-holland-noord")]) == both
    assert uids(files[urls.region_feed("groot-amsterdam")]) == {"5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"}
    assert uids(files[urls.event_ics("open-dag")]) == {"0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c"}


def test_cancelled_event_stays_for_the_grace_period(project):
    project.replace(EVENT, "organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nstatus: afgelast")
    site = load_site(project.root)
    grace = site.references.settings.calendar.cancelled_grace_days
    in_grace = feed_files(site, date.fromordinal(date(2026, 3, 14).toordinal() + grace))
    after = feed_files(site, date.fromordinal(date(2026, 3, 14).toordinal() + grace + 1))
    assert b"STATUS:CANCELLED" in in_grace[urls.FEED_ALL]
    assert uids(after[urls.FEED_ALL]) == set()
    assert b"STATUS:CANCELLED" in after[urls.event_ics("open-dag")]


def test_feeds_are_byte_identical_between_builds(project):
    first = feed_files(load_site(project.root), date(2026, 1, 1))
    second = feed_files(load_site(project.root), date(2026, 1, 1))
    assert first == second
