"""An event in the year calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from sitegen.model.fields import EndMoment, FrozenModel, ImageRef, Moment, Slug, Text, WebUrl
from sitegen.model.source import Source

UID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class EventStatus(StrEnum):
    SCHEDULED = "gepland"
    CANCELLED = "afgelast"
    POSTPONED = "uitgesteld"
    MOVED_ONLINE = "verplaatst-naar-online"


class Location(FrozenModel):
    """A physical place; `city` as people say it, `municipality` a slug from data/regions.yml."""

    name: Text = Field(description="Naam van de plek, zoals 'Infra-opleidingscentrum'.")
    address: Text | None = Field(default=None, description='Straat en huisnummer (mag weg).')
    city: Text = Field(description="Plaats zoals mensen hem noemen; die kan anders heten dan de gemeente.")
    municipality: Slug = Field(description="Gemeente uit data/regions.yml (haar slug); daaruit volgt de subregio.")
    lat: Annotated[float, Field(ge=-90, le=90)] | None = Field(default=None, description="Breedtegraad (mag weg), zoals 52.66.")
    lon: Annotated[float, Field(ge=-180, le=180)] | None = Field(default=None, description="Lengtegraad (mag weg), zoals 4.83.")


class EventFields(FrozenModel):
    """The front matter of a file in content/events/."""

    uid: Annotated[
        str,
        StringConstraints(strip_whitespace=True, to_lower=True, pattern=UID_PATTERN),
        Field(description="Vaste identiteit (UUID). Maak hem één keer en verander hem nooit meer."),
    ]
    title: Text = Field(description='Titel van de activiteit, op één regel.')
    start: Moment = Field(description='Begin: "JJJJ-MM-DD UU:MM", of alleen JJJJ-MM-DD voor een hele dag.')
    end: EndMoment | None = Field(default=None, description='Einde (mag weg): "UU:MM" op dezelfde dag, "JJJJ-MM-DD UU:MM", of de laatste dag JJJJ-MM-DD.')
    type: Slug = Field(description="Soort activiteit uit data/event_types.yml, zoals 'gastles'.")
    audiences: Annotated[tuple[Slug, ...], Field(description='Voor wie: doelgroepen uit content/personas/, zoals [vmbo-leerling, ouder].', min_length=1)]
    chain_stages: tuple[Slug, ...] = Field(default=(), description='Schakels van de keten uit data/chain_stages.yml (mag weg), zoals [vmbo].')
    leaks: tuple[Text, ...] = Field(default=(), description='Lekken in de keten uit data/leaks.yml (mag weg), zoals [I, II].')
    interventions: tuple[Text, ...] = Field(default=(), description='Interventies uit data/interventions.yml (mag weg), zoals [D].')
    location: Location | None = Field(default=None, description='Waar: name, address, city en municipality (weglaten bij een online activiteit).')
    online: WebUrl | None = Field(default=None, description='Webadres van de online activiteit (mag weg).')
    organizer: Slug = Field(description="Organiserende partner uit content/partners/: de naam van haar bestand zonder .md.")
    registration: WebUrl | None = Field(default=None, description='Webadres om je aan te melden (mag weg).')
    status: EventStatus = Field(default=EventStatus.SCHEDULED, description='gepland, afgelast, uitgesteld of verplaatst-naar-online. Nooit een activiteit weggooien: zet haar op afgelast.')
    summary: Text | None = Field(default=None, description='Eén zin over de activiteit voor lijsten en zoekmachines (mag weg).')
    image: ImageRef | None = Field(default=None, description='Afbeelding naast dit bestand (mag weg): src en alt (beschrijving voor wie niet kan zien).')


class Event(EventFields):
    """An event as the engine uses it: its fields plus slug, body and source."""

    slug: str
    body: str
    # The body as HTML through the allowlist (sitegen/loading/sanitize.py), made once while loading.
    body_html: str = ""
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
