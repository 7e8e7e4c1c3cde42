"""The short reference lists in data/: subregions and municipalities, chain stages, leaks, interventions, types."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from .fields import FrozenModel, Slug, Text


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
    slug: Slug
    name: Text
    short: Text
    group: Text
    description: Text


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


class RegionList(FrozenModel):
    regions: tuple[Region, ...]


class ChainStageList(FrozenModel):
    stages: tuple[ChainStage, ...]


class LeakList(FrozenModel):
    leaks: tuple[Leak, ...]


class InterventionList(FrozenModel):
    interventions: tuple[Intervention, ...]


class EventTypeList(FrozenModel):
    types: tuple[EventType, ...]


class PartnerKindList(FrozenModel):
    kinds: tuple[PartnerKind, ...]


class OfferList(FrozenModel):
    offers: tuple[Offer, ...]


@dataclass(frozen=True)
class References:
    """Every reference list, in the order of its file, with lookups by the value editors write."""

    regions: tuple[Region, ...]
    stages: tuple[ChainStage, ...]
    leaks: tuple[Leak, ...]
    interventions: tuple[Intervention, ...]
    event_types: tuple[EventType, ...]
    partner_kinds: tuple[PartnerKind, ...]
    offers: tuple[Offer, ...]

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
