"""The short reference lists in data/: subregions and municipalities, chain stages, leaks, interventions, types;
and the figures the network reports per school year."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from sitegen.colour import HEX_COLOUR, TEXT_CONTRAST, contrast
from sitegen.geo.shapes import Shape
from sitegen.model.contact import NetworkContact, RegionContact, SocialLink
from sitegen.model.fields import FrozenModel, SchoolYearText, Slug, Text, WebUrl, WholeNumber
from sitegen.model.languages import KeyPage, Language
from sitegen.model.plain_language import GlossaryEntry, ReadingLevel
from sitegen.model.requests import RequestSettings
from sitegen.problems import dutch_number


class Municipality(FrozenModel):
    slug: Slug
    name: Text
    code: Text


class Region(FrozenModel):
    """A subregion of the network's region (such as a labour-market region) and its municipalities."""

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


# A type's explanation stands on one line of an agenda card, so it stays short.
EXPLANATION_CHARACTERS = 100


class EventType(FrozenModel):
    """A kind of activity; `description` says what it is for the network, `explanation` tells a visitor in one
    plain line (on the agenda's cards and the event's page)."""

    slug: Slug
    name: Text
    description: Text
    explanation: Text

    @field_validator("explanation")
    @classmethod
    def _one_short_line(cls, value: str) -> str:
        if len(value) > EXPLANATION_CHARACTERS:
            raise PydanticCustomError(
                "ib_explanation_too_long",
                "is {length} tekens lang; de uitleg staat op één regel in de agenda, dus hoogstens {limit} tekens. "
                "Maak hem korter",
                {"length": dutch_number(len(value)), "limit": dutch_number(EXPLANATION_CHARACTERS)},
            )
        return value


class PartnerKind(FrozenModel):
    slug: Slug
    name: Text
    plural: Text


class Offer(FrozenModel):
    slug: Slug
    name: Text


class Level(FrozenModel):
    """A level of education (vmbo, mbo 2, hbo …). `stage` is the chain stage where it is followed; `within` names a
    broader level it belongs to (mbo-3 within mbo), so that the broader level's filter shows it too; `next_for` are
    the chain stages whose next step it is (a vmbo pupil's next step is mbo), for "Waar kun je dit leren?"."""

    slug: Slug
    name: Text
    stage: Slug
    within: Slug | None = None
    next_for: tuple[Slug, ...] = ()


class CalendarSettings(FrozenModel):
    name: Text
    description: Text
    refresh_hours: Annotated[int, Field(ge=1)]
    cancelled_grace_days: Annotated[int, Field(ge=0)]


class MapSettings(FrozenModel):
    # The GeoJSON with the municipalities' boundaries, relative to data/.
    shapes: Text
    attribution: Text


Colour = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=HEX_COLOUR)]


class BrandSettings(FrozenModel):
    """The network's look: its colours (each readable as text on white, and white on it) and its tagline."""

    primary: Colour
    """Header, buttons and links."""
    primary_dark: Colour
    """The footer and pressed buttons."""
    accent: Colour
    """Highlights: focus, the hover state of links, map points."""
    tagline: Text
    """One line under the name, in the footer."""

    @field_validator("primary", "primary_dark", "accent")
    @classmethod
    def _readable_on_white(cls, value: str) -> str:
        ratio = contrast(value, "#ffffff")
        if ratio < TEXT_CONTRAST:
            raise PydanticCustomError(
                "ib_contrast",
                "{value} is te licht: tekst in die kleur op wit (en wit op die kleur) heeft een contrast van {ratio}:1, "
                "minder dan 4,5:1; kies een donkerder kleur",
                {"value": f"'{value}'", "ratio": f"{ratio:.1f}".replace(".", ",")},
            )
        return value


class FooterLink(FrozenModel):
    """A link in the footer of every page: its text and the page it opens (a page of docs/, such as 'privacy.md')."""

    text: Text
    page: Text


class SiteTexts(FrozenModel):
    """Sentences about the network on its pages, in its own words: the facts only the network knows."""

    home_promise: Text
    """Home page: the one promise under the big heading, beside the picture (one short sentence)."""
    home_intro: Text
    """Home page: the first sentences under the heading, before '<name> is het regionale netwerk …'."""
    network: Text
    """Home page: who the network is, one sentence; its full stop gives way to ': bekijk de partners'."""
    partners_intro: Text
    chain_intro: Text
    """The chain page: where the chain runs, before 'Op sommige plekken lekt de keten'."""
    agenda_description: Text
    personas_description: Text
    partners_description: Text
    mail_subject: Text
    """The start of the subject of every e-mail link on a page; the page's title follows after ': '
    ('Vraag via infrabindt.nl: Vmbo-leerling'), so the reader knows where the visitor came from."""


class Figure(FrozenModel):
    """One number the network reports about a school year: what it counts, in plain words, and where it was reported."""

    number: WholeNumber
    label: Text
    """What the number counts, after the number: '75' + 'scholen in …'."""
    note: Text | None = None
    """What the source says beside the number, such as '(max 180)'; never a second figure."""
    group: Text | None = None
    """A heading for figures that belong together (such as the organisation); figures without one come first."""
    source: Text
    """The document, its year and where in it the number stands."""
    chain_stages: tuple[Slug, ...] = ()
    """The stages of the chain (data/chain_stages.yml) whose people the number speaks to: a persona's page shows the
    figures of its stages. Without it, the number appears on the facts pages only."""


@dataclass(frozen=True)
class FigureGroup:
    """Figures of one school year under one heading (`name`, None for the figures without a group)."""

    name: str | None
    figures: tuple[Figure, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of the group's figures, in the order they first appear."""
        return tuple(dict.fromkeys(figure.source for figure in self.figures))


class FigureYear(FrozenModel):
    """The figures the network reports for one school year, as it wrote them down."""

    school_year: SchoolYearText
    figures: Annotated[tuple[Figure, ...], Field(min_length=1)]

    @property
    def first_year(self) -> int:
        return int(self.school_year[:4])

    @property
    def groups(self) -> tuple[FigureGroup, ...]:
        """The figures by group: first those without a group, then each group in the order it first appears."""
        names = dict.fromkeys(figure.group for figure in self.figures)
        ordered = ([None] if None in names else []) + [name for name in names if name is not None]
        return tuple(FigureGroup(name, tuple(f for f in self.figures if f.group == name)) for name in ordered)


REPOSITORY_PATTERN = r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?/[A-Za-z0-9._-]+$"


class SiteSettings(FrozenModel):
    """data/site.yml: everything that makes the site this network's: its name, public address, repository, region,
    time zone, texts, the calendar feeds' and the map's settings. The engine itself names no network."""

    name: Text
    description: Text
    url: WebUrl
    repository: Text
    region: Text
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    timezone: Text
    calendar: CalendarSettings
    map: MapSettings
    texts: SiteTexts
    brand: BrandSettings
    footer_links: tuple[FooterLink, ...] = ()
    contact: NetworkContact | None = None
    """The network's own contact: the route of every page without a closer one, and the footer."""
    social: tuple[SocialLink, ...] = ()
    """The network's social media accounts, in the footer."""
    # The first page of the network's editors' guide in docs/ (such as 'redactie/index.md'), linked from the page
    # where partners submit an event; a network without one leaves it out and that page links none.
    editors_guide: Text | None = None
    cms_login: WebUrl | None = None
    """The address of the network's own GitHub login service for the online editor (an OAuth app's small server,
    such as `https://login.example.org/auth`); without it Decap logs in through Netlify's service."""

    @field_validator("repository")
    @classmethod
    def _github_repository(cls, value: str) -> str:
        if not re.fullmatch(REPOSITORY_PATTERN, value):
            raise PydanticCustomError(
                "ib_repository", "{value} is geen GitHub-repository; verwacht 'eigenaar/naam'", {"value": f"'{value}'"}
            )
        return value

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


class LevelList(FrozenModel):
    """data/levels.yml (optional): the levels of education programmes, in the order the filters show them."""

    levels: tuple[Level, ...]


class FigureList(FrozenModel):
    """data/figures.yml (optional): the network's own figures, per school year."""

    years: tuple[FigureYear, ...]


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
    # The network's reported figures (data/figures.yml, optional), oldest school year first.
    figures: tuple[FigureYear, ...] = ()
    # The subregions' aanspreekpunten (data/contacts.yml, optional).
    region_contacts: tuple[RegionContact, ...] = ()
    # What teachers can request on /aanvragen/ and the mail they send (data/requests.yml, optional).
    requests: RequestSettings | None = None
    # The levels of education programmes (data/levels.yml, optional), in the order of the file.
    levels: tuple[Level, ...] = ()
    # The woordenlijst (data/glossary.yml, optional) and the B1 check's settings (data/reading_level.yml, optional).
    glossary: tuple[GlossaryEntry, ...] = ()
    reading_level: ReadingLevel | None = None
    # The languages beside Dutch (data/languages.yml, optional) and the summaries of the site's own key pages in
    # them (data/translations.yml, optional).
    languages: tuple[Language, ...] = ()
    key_pages: tuple[KeyPage, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "figures", tuple(sorted(self.figures, key=lambda year: year.first_year)))

    def figures_of(self, first_year: int) -> FigureYear | None:
        """The figures reported for the school year starting in `first_year`, if any."""
        return next((year for year in self.figures if year.first_year == first_year), None)

    @property
    def latest_figures(self) -> FigureYear | None:
        """The most recent school year with reported figures."""
        return self.figures[-1] if self.figures else None

    def leaks_at(self, stage: str) -> tuple[Leak, ...]:
        return tuple(leak for leak in self.leaks if stage in leak.stages)

    def figures_for(self, stages: tuple[str, ...]) -> tuple[FigureYear | None, tuple[Figure, ...]]:
        """The latest school year's figures that speak to people at these chain stages (a persona's page)."""
        year = self.latest_figures
        if year is None:
            return None, ()
        return year, tuple(figure for figure in year.figures if set(figure.chain_stages) & set(stages))

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
    def contact_of_region(self) -> Mapping[str, RegionContact]:
        return {contact.region: contact for contact in self.region_contacts}

    @cached_property
    def language_by_code(self) -> Mapping[str, Language]:
        return {language.code: language for language in self.languages}

    @cached_property
    def offer_by_slug(self) -> Mapping[str, Offer]:
        return {item.slug: item for item in self.offers}

    @cached_property
    def level_by_slug(self) -> Mapping[str, Level]:
        return {item.slug: item for item in self.levels}

    def levels_within(self, level: Level) -> tuple[str, ...]:
        """The level's slug and the broader levels it belongs to (mbo-3, mbo): the filters it appears under."""
        slugs = [level.slug]
        while (broader := self.level_by_slug.get(slugs[-1])) is not None and broader.within and broader.within not in slugs:
            slugs.append(broader.within)
        return tuple(slugs)

    def next_level_for(self, stage: str) -> Level | None:
        """The broadest level that is the next step after a chain stage (vmbo → mbo), if data/levels.yml names one."""
        return next((level for level in self.levels if stage in level.next_for and level.within is None), None)
