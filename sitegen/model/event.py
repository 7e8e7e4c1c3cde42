"""An event in the year calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from sitegen.model.fields import EndMoment, FrozenModel, ImageRef, Moment, PostalCode, Slug, Text, WebUrl
from sitegen.model.languages import Translations
from sitegen.model.source import Source

UID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class EventStatus(StrEnum):
    SCHEDULED = "gepland"
    CANCELLED = "afgelast"
    POSTPONED = "uitgesteld"
    MOVED_ONLINE = "verplaatst-naar-online"


@dataclass(frozen=True)
class Revision:
    """SEQUENCE, CREATED and LAST-MODIFIED of one event, as UTC datetimes."""

    sequence: int
    created: datetime
    modified: datetime


class Location(FrozenModel):
    """A physical place; `city` as people say it, `municipality` a slug from data/regions.yml."""

    name: Text = Field(title="Naam", description="Naam van de plek, zoals 'Infra-opleidingscentrum'.")
    address: Text | None = Field(title="Adres", default=None, description='Straat en huisnummer (mag weg).')
    postal_code: PostalCode | None = Field(title="Postcode", default=None, description="Postcode (mag weg), zoals '1703 AB'.")
    city: Text = Field(title="Plaats", description="Plaats zoals mensen hem noemen; die kan anders heten dan de gemeente.")
    municipality: Slug = Field(title="Gemeente", description="Gemeente uit data/regions.yml (haar slug); daaruit volgt de subregio.")
    lat: Annotated[float, Field(ge=-90, le=90)] | None = Field(title="Breedtegraad", default=None, description="Breedtegraad (mag weg), zoals 52.66.")
    lon: Annotated[float, Field(ge=-180, le=180)] | None = Field(title="Lengtegraad", default=None, description="Lengtegraad (mag weg), zoals 4.83.")


class EventFields(FrozenModel):
    """The front matter of a file in content/events/."""

    uid: Annotated[
        str,
        StringConstraints(strip_whitespace=True, to_lower=True, pattern=UID_PATTERN),
        Field(title="Vaste identiteit (uid)", description="Vaste identiteit (UUID). Maak hem één keer en verander hem nooit meer."),
    ]
    title: Text = Field(title="Titel", description='Titel van de activiteit, op één regel.')
    start: Moment = Field(title="Begin", description='Begin: "JJJJ-MM-DD UU:MM", of alleen JJJJ-MM-DD voor een hele dag.')
    end: EndMoment | None = Field(title="Einde", default=None, description='Einde (mag weg): "UU:MM" op dezelfde dag, "JJJJ-MM-DD UU:MM", of de laatste dag JJJJ-MM-DD.')
    type: Slug = Field(title="Soort activiteit", description="Soort activiteit uit data/event_types.yml, zoals 'gastles'.")
    audiences: Annotated[tuple[Slug, ...], Field(title="Voor wie", description='Voor wie: doelgroepen uit content/personas/, zoals [vmbo-leerling, ouder].', min_length=1)]
    chain_stages: tuple[Slug, ...] = Field(title="Schakels van de keten", default=(), description='Schakels van de keten uit data/chain_stages.yml (mag weg), zoals [vmbo].')
    leaks: tuple[Text, ...] = Field(title="Lekken in de keten", default=(), description='Lekken in de keten uit data/leaks.yml (mag weg), zoals [I, II].')
    interventions: tuple[Text, ...] = Field(title="Interventies", default=(), description='Interventies uit data/interventions.yml (mag weg), zoals [D].')
    programmes: tuple[Slug, ...] = Field(title="Opleidingen", default=(), description='Opleidingen uit content/programmes/ waar deze activiteit over gaat, zoals een open dag (mag weg): [infra-mbo-heerhugowaard].')
    location: Location | None = Field(title="Plek", default=None, description='Waar: name, address, city en municipality (weglaten bij een online activiteit).')
    online: WebUrl | None = Field(title="Online (webadres)", default=None, description='Webadres van de online activiteit (mag weg).')
    organizer: Slug = Field(title="Organisator", description="Organiserende partner uit content/partners/: de naam van haar bestand zonder .md.")
    registration: WebUrl | None = Field(title="Aanmelden (webadres)", default=None, description='Webadres om je aan te melden (mag weg).')
    status: EventStatus = Field(title="Status", default=EventStatus.SCHEDULED, description='gepland, afgelast, uitgesteld of verplaatst-naar-online. Nooit een activiteit weggooien: zet haar op afgelast.')
    summary: Text | None = Field(title="Samenvatting", default=None, description='Eén zin over de activiteit voor lijsten en zoekmachines (mag weg).')
    image: ImageRef | None = Field(title="Afbeelding", default=None, description='Afbeelding naast dit bestand (mag weg): src en alt (beschrijving voor wie niet kan zien).')
    # Short summaries in other languages, each written by a person (sitegen/model/languages.py).
    translations: Translations = ()


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

    @property
    def place(self) -> Location | None:
        """Where to go in person: the location, none when the event is online or moved online. The one version of
        'where the event is' for pages, feeds, share cards and structured data."""
        return None if self.is_online else self.location

    @property
    def location_line(self) -> str:
        """Where, in one line for calendars and open data: the place, or 'Online' with the address."""
        if self.place_line is not None:
            return self.place_line
        return f"Online: {self.online}" if self.online else "Online"

    @property
    def place_line(self) -> str | None:
        """The place in one line, as an address: 'Infra-opleidingscentrum, Dijkweg 1, Heerhugowaard'."""
        place = self.place
        if place is None:
            return None
        return ", ".join(part for part in (place.name, place.address, place.city) if part)
