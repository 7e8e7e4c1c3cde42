"""The whole validated content, immutable, with the cross-references the pages need."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from sitegen import urls
from sitegen.images.source import CheckedSource
from sitegen.model.event import Event, Revision
from sitegen.model.kinds import CONTENT_KINDS, ContentKind, Item
from sitegen.model.partner import Partner
from sitegen.model.persona import Persona
from sitegen.model.programme import Programme
from sitegen.model.references import Level, References, Region
from sitegen.model.story import Story
from sitegen.problems import Problem

ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class Site:
    """Events by start, personas by chooser order, stories newest first, partners and programmes by name."""

    root: Path
    references: References
    revisions: Mapping[str, Revision]
    events: tuple[Event, ...]
    personas: tuple[Persona, ...]
    stories: tuple[Story, ...]
    partners: tuple[Partner, ...]
    programmes: tuple[Programme, ...] = ()
    # Problems that do not stop a build (what the allowlist removed from a body), reported by `sitegen check`.
    warnings: tuple[Problem, ...] = ()
    # Each image the content names, read and checked once while loading, by its path in the project
    # (`content/events/foto.jpg`); the outputs use it so that a warm build does not read the file again.
    images: Mapping[str, CheckedSource] = field(default_factory=dict)
    # The day each file of content/, data/ and docs/ last changed (its last commit, or when it was saved if it has
    # uncommitted changes), by its path in the project: the pages' `lastmod` in the sitemap.
    changed: Mapping[str, date] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "events", tuple(sorted(self.events, key=_event_order)))
        object.__setattr__(self, "personas", tuple(sorted(self.personas, key=lambda p: (p.order, p.slug))))
        object.__setattr__(self, "stories", tuple(sorted(self.stories, key=_newest_first)))
        object.__setattr__(self, "partners", tuple(sorted(self.partners, key=lambda p: (p.name.casefold(), p.slug))))
        object.__setattr__(self, "programmes", tuple(sorted(self.programmes, key=lambda p: (p.name.casefold(), p.slug))))

    @property
    def items(self) -> tuple[Item, ...]:
        """Every content item, kind by kind in the order of the kinds table."""
        return tuple(item for kind in CONTENT_KINDS for item in self.items_of(kind))

    def items_of(self, kind: ContentKind[Any, Any]) -> tuple[Any, ...]:
        items: tuple[Any, ...] = getattr(self, kind.folder)
        return items

    def absolute_url(self, path: str) -> str:
        """The full web address of a file (`agenda.ics`) or page URL (`agenda/`) on this site."""
        return urls.absolute(self.references.settings.url, path)

    def page_address(self, page: str) -> str:
        """The full web address of a page, by its source path (`agenda/x.md` → `https://…/agenda/x/`)."""
        return self.absolute_url(urls.page_url(page))

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
        """The subregion the event takes place in; none when it is online (or moved online)."""
        if event.place is None:
            return None
        return self.references.region_of_municipality[event.place.municipality]

    def region_of_partner(self, partner: Partner) -> Region:
        return self.references.region_of_municipality[partner.municipality]

    @cached_property
    def programme_by_slug(self) -> Mapping[str, Programme]:
        return {programme.slug: programme for programme in self.programmes}

    def school_of(self, programme: Programme) -> Partner:
        return self.partner_by_slug[programme.school]

    def level_of(self, programme: Programme) -> Level:
        return self.references.level_by_slug[programme.level]

    def region_of_programme(self, programme: Programme) -> Region:
        return self.references.region_of_municipality[programme.municipality]

    def programmes_at(self, school: Partner) -> tuple[Programme, ...]:
        """The programmes a school (partner) gives, by name."""
        return self._programmes_by_school.get(school.slug, ())

    def programmes_at_stage(self, stage: str) -> tuple[Programme, ...]:
        """The programmes whose level is followed at a chain stage (mbo → every mbo level), by name."""
        return tuple(programme for programme in self.programmes if self.level_of(programme).stage == stage)

    def programmes_at_level(self, level: Level) -> tuple[Programme, ...]:
        """The programmes at a level or at a narrower level within it (mbo: also mbo-3), by name."""
        return tuple(p for p in self.programmes if level.slug in self.references.levels_within(self.level_of(p)))

    def events_for_programme(self, programme: Programme) -> tuple[Event, ...]:
        """The events that name the programme (its open days), in calendar order."""
        return self._events_by_programme.get(programme.slug, ())

    def programmes_of(self, event: Event) -> tuple[Programme, ...]:
        return tuple(self.programme_by_slug[slug] for slug in event.programmes)

    def events_tagged(self, field: str, value: str) -> tuple[Event, ...]:
        """Events whose `chain_stages`, `leaks` or `interventions` include `value`."""
        return tuple(event for event in self.events if value in getattr(event, field))

    def stories_tagged(self, field: str, value: str) -> tuple[Story, ...]:
        return tuple(story for story in self.stories if value in getattr(story, field))

    def related_stories(self, story: Story, limit: int = 3) -> tuple[Story, ...]:
        """The newest other stories for any of the story's personas."""
        lists = [self._stories_by_persona.get(slug, ()) for slug in story.personas]
        return _first_distinct(heapq.merge(*lists, key=_newest_first), limit, exclude=story)

    def next_events_for_any(self, personas: Iterable[str], today: date, limit: int) -> tuple[Event, ...]:
        """The first `limit` events, not over on `today`, for any of `personas`, in calendar order."""
        lists = [self._upcoming_by_audience(today).get(slug, ()) for slug in personas]
        return _first_distinct(heapq.merge(*lists, key=_event_order), limit)

    def events_for(self, persona: Persona) -> tuple[Event, ...]:
        return self._events_by_audience.get(persona.slug, ())

    def upcoming_events_for(self, persona: Persona, today: date) -> tuple[Event, ...]:
        return self._upcoming_by_audience(today).get(persona.slug, ())

    def stories_for(self, persona: Persona) -> tuple[Story, ...]:
        return self._stories_by_persona.get(persona.slug, ())

    def events_by(self, partner: Partner) -> tuple[Event, ...]:
        return self._events_by_organizer.get(partner.slug, ())

    def stories_at(self, partner: Partner) -> tuple[Story, ...]:
        return self._stories_by_employer.get(partner.slug, ())

    @cached_property
    def _events_by_audience(self) -> Mapping[str, tuple[Event, ...]]:
        return _group(self.events, lambda event: event.audiences)

    def _upcoming_by_audience(self, today: date) -> Mapping[str, tuple[Event, ...]]:
        """`upcoming()` of each audience's events, worked out once per `today` (every story page asks)."""
        if today not in self._upcoming_memo:
            self._upcoming_memo[today] = {slug: upcoming(events, today) for slug, events in self._events_by_audience.items()}
        return self._upcoming_memo[today]

    @cached_property
    def _upcoming_memo(self) -> dict[date, Mapping[str, tuple[Event, ...]]]:
        return {}

    @cached_property
    def _events_by_organizer(self) -> Mapping[str, tuple[Event, ...]]:
        return _group(self.events, lambda event: (event.organizer,))

    @cached_property
    def _programmes_by_school(self) -> Mapping[str, tuple[Programme, ...]]:
        return _group(self.programmes, lambda programme: (programme.school,))

    @cached_property
    def _events_by_programme(self) -> Mapping[str, tuple[Event, ...]]:
        return _group(self.events, lambda event: event.programmes)

    @cached_property
    def _stories_by_persona(self) -> Mapping[str, tuple[Story, ...]]:
        return _group(self.stories, lambda story: story.personas)

    @cached_property
    def _stories_by_employer(self) -> Mapping[str, tuple[Story, ...]]:
        return _group(self.stories, lambda story: () if story.employer is None else (story.employer,))


def _newest_first(story: Story) -> tuple[int, str]:
    return (-story.date.toordinal(), story.slug)


def _first_distinct(items: Iterable[ItemT], limit: int, exclude: object = None) -> tuple[ItemT, ...]:
    """The first `limit` items, each once, leaving out `exclude` (merged lists can repeat an item)."""
    chosen: list[ItemT] = []
    for item in items:
        if item is not exclude and all(item is not other for other in chosen):
            chosen.append(item)
            if len(chosen) == limit:
                break
    return tuple(chosen)


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
