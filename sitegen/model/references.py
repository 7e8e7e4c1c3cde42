"""The short reference lists in data/: subregions and municipalities, chain stages, leaks, interventions, types."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from sitegen.geo.shapes import Shape
from sitegen.model.fields import FrozenModel, Slug, Text, WebUrl


class Municipality(FrozenModel):
    slug: Slug
    name: Text
    code: Text


class Region(FrozenModel):
    """A subregion of Noord-Holland (an arbeidsmarktregio) and its municipalities."""

    slug: Slug
    name: Text
    code: Text
    municipalities: tuple[Municipality, ...]


class ChainStage(FrozenModel):
    """A stage of the chain. The list's order is the order a person moves through it; stages next to each other
    with the same `group` are alternatives at one step (vmbo or havo/vwo). A stage with `joins` is a side entry
    (zij-instroom): people enter the chain there from outside, into the stage it names."""

    slug: Slug
    name: Text
    short: Text
    group: Text
    description: Text
    next_step: Text
    joins: Slug | None = None


class Campaign(FrozenModel):
    """A campaign site from the strategy and the chain stages whose people it fits."""

    name: Text
    url: WebUrl
    description: Text
    stages: tuple[Slug, ...]


class Leak(FrozenModel):
    code: Text
    name: Text
    stages: tuple[Slug, ...] = ()


class Intervention(FrozenModel):
    code: Text
    name: Text


class EventType(FrozenModel):
    slug: Slug
    name: Text
    description: Text


class PartnerKind(FrozenModel):
    slug: Slug
    name: Text
    plural: Text


class Offer(FrozenModel):
    slug: Slug
    name: Text


class CalendarSettings(FrozenModel):
    name: Text
    description: Text
    refresh_hours: Annotated[int, Field(ge=1)]
    cancelled_grace_days: Annotated[int, Field(ge=0)]


class MapSettings(FrozenModel):
    # The GeoJSON with the municipalities' boundaries, relative to data/.
    shapes: Text
    attribution: Text


class SiteSettings(FrozenModel):
    """data/site.yml: the site's name, public address and time zone, and the calendar feeds' settings."""

    name: Text
    description: Text
    url: WebUrl
    region: Text
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    timezone: Text
    calendar: CalendarSettings
    map: MapSettings

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise PydanticCustomError(
                "ib_timezone", "{value} is geen bekende tijdzone; verwacht bijvoorbeeld 'Europe/Amsterdam'", {"value": f"'{value}'"}
            ) from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class RegionList(FrozenModel):
    regions: tuple[Region, ...]


class ChainStageList(FrozenModel):
    stages: tuple[ChainStage, ...]

    @field_validator("stages")
    @classmethod
    def _side_entries_join_the_chain(cls, stages: tuple[ChainStage, ...]) -> tuple[ChainStage, ...]:
        main = [stage.slug for stage in stages if stage.joins is None]
        if stages and not main:
            raise PydanticCustomError(
                "ib_joins", "elke schakel heeft 'joins'; de keten zelf heeft minstens één schakel zonder 'joins' nodig"
            )
        for stage in stages:
            if stage.joins is not None and stage.joins not in main:
                raise PydanticCustomError(
                    "ib_joins",
                    "schakel '{stage}' heeft 'joins: {joins}', maar '{joins}' is geen schakel van de keten zelf; "
                    "kies uit {choices}",
                    {"stage": stage.slug, "joins": stage.joins, "choices": ", ".join(main)},
                )
        return stages


class LeakList(FrozenModel):
    leaks: tuple[Leak, ...]


class InterventionList(FrozenModel):
    interventions: tuple[Intervention, ...]


class EventTypeList(FrozenModel):
    types: tuple[EventType, ...]


class PartnerKindList(FrozenModel):
    kinds: tuple[PartnerKind, ...]


class CampaignList(FrozenModel):
    campaigns: tuple[Campaign, ...]


class OfferList(FrozenModel):
    offers: tuple[Offer, ...]


@dataclass(frozen=True)
class References:
    """Everything in data/: the site settings, every reference list and the municipalities' shapes for the map
    (from the GeoJSON named by `map.shapes`, by code), with lookups by the value editors write."""

    settings: SiteSettings
    regions: tuple[Region, ...]
    stages: tuple[ChainStage, ...]
    leaks: tuple[Leak, ...]
    interventions: tuple[Intervention, ...]
    event_types: tuple[EventType, ...]
    partner_kinds: tuple[PartnerKind, ...]
    offers: tuple[Offer, ...]
    campaigns: tuple[Campaign, ...]
    shapes: tuple[Shape, ...]

    def leaks_at(self, stage: str) -> tuple[Leak, ...]:
        return tuple(leak for leak in self.leaks if stage in leak.stages)

    def campaigns_for(self, stages: tuple[str, ...]) -> tuple[Campaign, ...]:
        return tuple(campaign for campaign in self.campaigns if set(campaign.stages) & set(stages))

    @cached_property
    def region_by_slug(self) -> Mapping[str, Region]:
        return {region.slug: region for region in self.regions}

    @cached_property
    def municipality_by_slug(self) -> Mapping[str, Municipality]:
        return {m.slug: m for region in self.regions for m in region.municipalities}

    @cached_property
    def region_of_municipality(self) -> Mapping[str, Region]:
        return {m.slug: region for region in self.regions for m in region.municipalities}

    @cached_property
    def shape_by_code(self) -> Mapping[str, Shape]:
        return {shape.code: shape for shape in self.shapes}

    @cached_property
    def stage_by_slug(self) -> Mapping[str, ChainStage]:
        return {stage.slug: stage for stage in self.stages}

    @cached_property
    def leak_by_code(self) -> Mapping[str, Leak]:
        return {leak.code: leak for leak in self.leaks}

    @cached_property
    def intervention_by_code(self) -> Mapping[str, Intervention]:
        return {item.code: item for item in self.interventions}

    @cached_property
    def event_type_by_slug(self) -> Mapping[str, EventType]:
        return {item.slug: item for item in self.event_types}

    @cached_property
    def partner_kind_by_slug(self) -> Mapping[str, PartnerKind]:
        return {item.slug: item for item in self.partner_kinds}

    @cached_property
    def offer_by_slug(self) -> Mapping[str, Offer]:
        return {item.slug: item for item in self.offers}
