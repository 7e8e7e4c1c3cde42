"""An event in the year calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from .fields import EndMoment, FrozenModel, ImageRef, Moment, Slug, Text, WebUrl
from .source import Source

UID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class EventStatus(StrEnum):
    SCHEDULED = "gepland"
    CANCELLED = "afgelast"
    POSTPONED = "uitgesteld"
    MOVED_ONLINE = "verplaatst-naar-online"


class Location(FrozenModel):
    """A physical place; `city` as people say it, `municipality` a slug from data/regions.yml."""

    name: Text
    address: Text | None = None
    city: Text
    municipality: Slug
    lat: Annotated[float, Field(ge=-90, le=90)] | None = None
    lon: Annotated[float, Field(ge=-180, le=180)] | None = None


class EventFields(FrozenModel):
    """The front matter of a file in content/events/."""

    uid: Annotated[
        str,
        StringConstraints(strip_whitespace=True, to_lower=True, pattern=UID_PATTERN),
        Field(description="Permanent identity (UUID); never change it once published."),
    ]
    title: Text
    start: Moment
    end: EndMoment | None = None
    type: Slug
    audiences: Annotated[tuple[Slug, ...], Field(min_length=1)]
    chain_stages: tuple[Slug, ...] = ()
    leaks: tuple[Text, ...] = ()
    interventions: tuple[Text, ...] = ()
    location: Location | None = None
    online: WebUrl | None = None
    organizer: Slug
    registration: WebUrl | None = None
    status: EventStatus = EventStatus.SCHEDULED
    summary: Text | None = None
    image: ImageRef | None = None


class Event(EventFields):
    """An event as the engine uses it: its fields plus slug, body and source."""

    slug: str
    body: str
    source: Source

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def first_day(self) -> date:
        return self.start.date() if isinstance(self.start, datetime) else self.start

    @property
    def last_day(self) -> date:
        """The last calendar day the event takes place on (inclusive)."""
        end = self.end_moment
        if isinstance(end, datetime):
            return end.date()
        return end

    @property
    def end_moment(self) -> date | datetime:
        """The end as a date (inclusive last day) or a local datetime; a bare end time falls on the start day."""
        if self.end is None:
            return self.start
        if isinstance(self.end, time) and not isinstance(self.end, datetime):
            return datetime.combine(self.first_day, self.end)
        return self.end

    @property
    def exclusive_end(self) -> date | datetime:
        """The end as calendars want it: the day after the last day for all-day events."""
        end = self.end_moment
        if self.all_day and isinstance(end, date) and not isinstance(end, datetime):
            return end + timedelta(days=1)
        return end

    @property
    def is_cancelled(self) -> bool:
        return self.status is EventStatus.CANCELLED

    @property
    def is_online(self) -> bool:
        return self.location is None or self.status is EventStatus.MOVED_ONLINE
