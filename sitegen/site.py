"""The whole validated content, immutable, with the cross-references the pages need."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from .history import Revision
from .structure.event import Event
from .structure.partner import Partner
from .structure.persona import Persona
from .structure.references import References, Region
from .structure.story import Story

ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class Site:
    """Events by start, personas by chooser order, stories newest first, partners by name."""

    root: Path
    references: References
    revisions: Mapping[str, Revision]
    events: tuple[Event, ...]
    personas: tuple[Persona, ...]
    stories: tuple[Story, ...]
    partners: tuple[Partner, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "events", tuple(sorted(self.events, key=_event_order)))
        object.__setattr__(self, "personas", tuple(sorted(self.personas, key=lambda p: (p.order, p.slug))))
        object.__setattr__(self, "stories", tuple(sorted(self.stories, key=lambda s: (s.date, s.slug), reverse=True)))
        object.__setattr__(self, "partners", tuple(sorted(self.partners, key=lambda p: (p.name.casefold(), p.slug))))

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    def revision_of(self, event: Event) -> Revision:
        return self.revisions[event.uid]

    @cached_property
    def persona_by_slug(self) -> Mapping[str, Persona]:
        return {persona.slug: persona for persona in self.personas}

    @cached_property
    def partner_by_slug(self) -> Mapping[str, Partner]:
        return {partner.slug: partner for partner in self.partners}

    def organizer_of(self, event: Event) -> Partner:
        return self.partner_by_slug[event.organizer]

    def employer_of(self, story: Story) -> Partner | None:
        return None if story.employer is None else self.partner_by_slug[story.employer]

    def region_of_event(self, event: Event) -> Region | None:
        if event.location is None:
            return None
        return self.references.region_of_municipality[event.location.municipality]

    def region_of_partner(self, partner: Partner) -> Region:
        return self.references.region_of_municipality[partner.municipality]

    def events_tagged(self, field: str, value: str) -> tuple[Event, ...]:
        """Events whose `chain_stages`, `leaks` or `interventions` include `value`."""
        return tuple(event for event in self.events if value in getattr(event, field))

    def stories_tagged(self, field: str, value: str) -> tuple[Story, ...]:
        return tuple(story for story in self.stories if value in getattr(story, field))

    def related_stories(self, story: Story, limit: int = 3) -> tuple[Story, ...]:
        """Other stories for the same personas, most shared personas first, then newest."""
        others = [other for other in self.stories if other is not story and set(other.personas) & set(story.personas)]
        others.sort(key=lambda other: -len(set(other.personas) & set(story.personas)))
        return tuple(others[:limit])

    def events_for_any(self, personas: Iterable[str]) -> tuple[Event, ...]:
        """Events for at least one of `personas`, in calendar order."""
        wanted = set(personas)
        return tuple(event for event in self.events if wanted & set(event.audiences))

    def events_for(self, persona: Persona) -> tuple[Event, ...]:
        return self._events_by_audience.get(persona.slug, ())

    def stories_for(self, persona: Persona) -> tuple[Story, ...]:
        return self._stories_by_persona.get(persona.slug, ())

    def events_by(self, partner: Partner) -> tuple[Event, ...]:
        return self._events_by_organizer.get(partner.slug, ())

    def stories_at(self, partner: Partner) -> tuple[Story, ...]:
        return self._stories_by_employer.get(partner.slug, ())

    @cached_property
    def _events_by_audience(self) -> Mapping[str, tuple[Event, ...]]:
        return _group(self.events, lambda event: event.audiences)

    @cached_property
    def _events_by_organizer(self) -> Mapping[str, tuple[Event, ...]]:
        return _group(self.events, lambda event: (event.organizer,))

    @cached_property
    def _stories_by_persona(self) -> Mapping[str, tuple[Story, ...]]:
        return _group(self.stories, lambda story: story.personas)

    @cached_property
    def _stories_by_employer(self) -> Mapping[str, tuple[Story, ...]]:
        return _group(self.stories, lambda story: () if story.employer is None else (story.employer,))


def upcoming(events: Iterable[Event], today: date) -> tuple[Event, ...]:
    """Events not over yet on `today` (cancelled ones left out)."""
    return tuple(event for event in events if event.last_day >= today and not event.is_cancelled)


def _group(items: Iterable[ItemT], keys_of: Callable[[ItemT], Iterable[str]]) -> Mapping[str, tuple[ItemT, ...]]:
    """Items under each of their keys, keeping the items' order."""
    groups: dict[str, list[ItemT]] = {}
    for item in items:
        for key in keys_of(item):
            groups.setdefault(key, []).append(item)
    return {key: tuple(group) for key, group in groups.items()}

def _event_order(event: Event) -> tuple[object, ...]:
    start_time = event.start.time() if not event.all_day else time(0, 0)  # type: ignore[union-attr]
    return (event.first_day, start_time, event.title, event.slug)
