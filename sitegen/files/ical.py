"""iCalendar (RFC 5545) feeds and per-event files that calendar apps can subscribe to and keep current.

What common generators get wrong, and how this module avoids it:
- UID is the event's permanent `uid`, never derived from title or date.
- DTSTAMP, LAST-MODIFIED and SEQUENCE come from the event's git history, so they are
  deterministic and rise only when the event changes.
- Local times stay local (TZID: the `timezone` of data/site.yml) with an RRULE-style VTIMEZONE.
- All-day and multi-day events use VALUE=DATE with an exclusive DTEND.
- Lines are folded at 75 octets of UTF-8 and end in CRLF; TEXT is escaped backslash first.
- No METHOD. A feed is an RFC 5545 calendar to subscribe to, not an iTIP scheduling message (RFC 5546): with
  METHOD:PUBLISH, iTIP requires an ORGANIZER on every event, a calendar user's mailto: address, which would put a
  person's (or a placeholder's) address into every subscriber's calendar. libical's restriction check passes on
  every feed without it (tests/files/test_ical_restrictions.py).

The writer is our own (about 60 lines): the icalendar package took 3.2 s for 10,000
events, 1.0 s of it folding one character at a time. icalendar, khal, calcurse and
ical.js parse the output in the tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

from sitegen import urls
from sitegen.escape import ical_text
from sitegen.model.body_text import plain_text
from sitegen.model.event import Event, EventStatus
from sitegen.model.site import Site

_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
_SUMMARY_PREFIX = {EventStatus.CANCELLED: "Afgelast: ", EventStatus.POSTPONED: "Uitgesteld: "}


def product_id(site_name: str) -> str:
    """PRODID: the network that publishes the calendar, the program that wrote it and the language of its text."""
    return f"-//{ical_text(site_name)}//sitegen//NL"


def feed_events(site: Site, events: Iterable[Event], today: date) -> list[Event]:
    """The events a feed carries: all of them, except cancelled ones whose grace period has passed."""
    grace = timedelta(days=site.references.settings.calendar.cancelled_grace_days)
    return [event for event in events if not (event.is_cancelled and event.last_day + grace < today)]


def calendar_feed(
    site: Site, events: Iterable[Event], title: str, feed_url: str, written: Mapping[str, str] | None = None
) -> bytes:
    """A subscribable VCALENDAR with every event in `events`; `written` holds events already written (`vevents`)."""
    settings = site.references.settings
    hours = settings.calendar.refresh_hours
    properties = [
        ("NAME", {}, ical_text(title)),
        ("X-WR-CALNAME", {}, ical_text(title)),
        ("X-WR-CALDESC", {}, ical_text(settings.calendar.description)),
        ("X-WR-TIMEZONE", {}, ical_text(settings.timezone)),
        ("REFRESH-INTERVAL", {"VALUE": "DURATION"}, f"PT{hours}H"),
        ("X-PUBLISHED-TTL", {}, f"PT{hours}H"),
        ("SOURCE", {"VALUE": "URI"}, feed_url),
    ]
    return _calendar(site, list(events), properties, written)


def event_file(site: Site, event: Event, written: Mapping[str, str] | None = None) -> bytes:
    """A single event, for 'Zet in je agenda'."""
    return _calendar(site, [event], [], written)


def vevents(site: Site, events: Iterable[Event]) -> dict[str, str]:
    """Each event's VEVENT, folded, by uid: an event is in several feeds, and is written once for all of them."""
    return {event.uid: _folded(_vevent(site, event)) for event in events}


def _calendar(
    site: Site, events: list[Event], properties: list[tuple[str, dict[str, str], str]], written: Mapping[str, str] | None
) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product_id(site.references.settings.name)}",
        "CALSCALE:GREGORIAN",
        *(content_line(name, value, parameters) for name, parameters, value in properties),
    ]
    if any(not event.all_day for event in events):
        lines.extend(vtimezone_lines(site.references.settings.timezone))
    written = vevents(site, events) if written is None else written
    blocks = [_folded(lines), *(written[event.uid] for event in events)]
    blocks.append("END:VCALENDAR\r\n")
    return "".join(blocks).encode()


def _folded(lines: Iterable[str]) -> str:
    return "".join(fold(line) + "\r\n" for line in lines)


def _vevent(site: Site, event: Event) -> Iterator[str]:
    tzid = site.references.settings.timezone
    revision = site.revision_of(event)
    yield "BEGIN:VEVENT"
    yield f"UID:{ical_text(event.uid)}"
    yield f"DTSTAMP:{utc_stamp(revision.modified)}"
    yield f"CREATED:{utc_stamp(revision.created)}"
    yield f"LAST-MODIFIED:{utc_stamp(revision.modified)}"
    yield f"SEQUENCE:{revision.sequence}"
    if event.all_day:
        yield f"DTSTART;VALUE=DATE:{day_value(event.first_day)}"
        yield f"DTEND;VALUE=DATE:{day_value(event.exclusive_end)}"
    else:
        yield f"DTSTART;TZID={tzid}:{local_value(event.start)}"  # type: ignore[arg-type]
        yield f"DTEND;TZID={tzid}:{local_value(event.end_moment)}"  # type: ignore[arg-type]
    yield f"SUMMARY:{ical_text(_SUMMARY_PREFIX.get(event.status, '') + event.title)}"
    yield f"STATUS:{_STATUS[event.status]}"
    yield f"LOCATION:{ical_text(event.location_line)}"
    if event.place is not None and event.place.lat is not None:
        yield f"GEO:{event.place.lat:.6f};{event.place.lon:.6f}"
    yield f"DESCRIPTION:{ical_text(_description(site, event))}"
    yield f"CATEGORIES:{ical_text(site.references.event_type_by_slug[event.type].name)}"
    yield f"URL;VALUE=URI:{site.page_address(urls.event_page(event.slug))}"
    yield "END:VEVENT"


def content_line(name: str, value: str, parameters: dict[str, str] | None = None) -> str:
    """NAME;PARAM=VALUE:value (the value already encoded for its type)."""
    params = "".join(f";{key}={parameter}" for key, parameter in (parameters or {}).items())
    return f"{name}{params}:{value}"


def fold(line: str) -> str:
    """Fold a content line at 75 octets of UTF-8, never inside a character (RFC 5545 3.1)."""
    raw = line.encode()
    if len(raw) <= 75:
        return line
    parts = []
    start, limit = 0, 75
    while len(raw) - start > limit:
        end = start + limit
        while raw[end] & 0xC0 == 0x80:
            end -= 1
        parts.append(raw[start:end].decode())
        start, limit = end, 74
    parts.append(raw[start:].decode())
    return "\r\n ".join(parts)


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def local_value(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def day_value(day: date) -> str:
    return day.strftime("%Y%m%d")


def _description(site: Site, event: Event) -> str:
    organizer = site.organizer_of(event)
    parts = [event.summary] if event.summary else []
    parts.append(plain_text(event.body))
    parts.append(f"Organisatie: {organizer.name}")
    if event.registration and not event.is_cancelled:
        parts.append(f"Aanmelden: {event.registration}")
    parts.append(f"Meer informatie: {site.page_address(urls.event_page(event.slug))}")
    return "\n\n".join(part for part in parts if part)


@cache
def vtimezone_lines(tzid: str, reference_year: int = 2026) -> tuple[str, ...]:
    """A VTIMEZONE with yearly RRULEs, derived from the zone's transitions in `reference_year`."""
    zone = ZoneInfo(tzid)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    transitions = _transitions(zone, reference_year)
    if not transitions:
        january = datetime(reference_year, 1, 1, tzinfo=zone)
        offset = _offset(january.utcoffset() or timedelta(0))
        lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}",
                  f"TZNAME:{ical_text(january.tzname() or tzid)}", "END:STANDARD"]
    for local_before, offset_from, offset_to, name, is_dst in transitions:
        kind = "DAYLIGHT" if is_dst else "STANDARD"
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{local_value(_in_1970(local_before))}",
            f"RRULE:FREQ=YEARLY;BYMONTH={local_before.month};BYDAY={_by_day(local_before)}",
            f"TZNAME:{ical_text(name)}",
            f"TZOFFSETFROM:{_offset(offset_from)}",
            f"TZOFFSETTO:{_offset(offset_to)}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return tuple(lines)


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _transitions(zone: ZoneInfo, year: int) -> list[tuple[datetime, timedelta, timedelta, str, bool]]:
    """(local wall time before the change, offset from, offset to, name after, is daylight) per change in `year`."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=timezone.utc)
    end = datetime(year + 1, 1, 1, tzinfo=timezone.utc)
    previous = moment.astimezone(zone).utcoffset()
    while moment < end:
        following = moment + timedelta(hours=1)
        after = following.astimezone(zone)
        offset = after.utcoffset()
        if offset != previous and previous is not None and offset is not None:
            local_before = following.replace(tzinfo=None) + previous
            found.append((local_before, previous, offset, after.tzname() or "", bool(after.dst())))
        previous = offset
        moment = following
    return found


def _by_day(local: datetime) -> str:
    """The n-th (or last, -1) weekday of its month that `local` falls on, as BYDAY."""
    weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][local.weekday()]
    is_last = (local + timedelta(days=7)).month != local.month
    return f"{-1 if is_last else (local.day - 1) // 7 + 1}{weekday}"


def _in_1970(local: datetime) -> datetime:
    """The first occurrence of the same yearly rule in 1970, so that the RRULE covers every event."""
    by_day = _by_day(local)
    ordinal, weekday = int(by_day[:-2]), local.weekday()
    if ordinal == -1:
        day = date(1970 + local.month // 12, local.month % 12 + 1, 1) - timedelta(days=1)
        day -= timedelta(days=(day.weekday() - weekday) % 7)
    else:
        day = date(1970, local.month, 1)
        day += timedelta(days=(weekday - day.weekday()) % 7, weeks=ordinal - 1)
    return datetime.combine(day, local.time())
