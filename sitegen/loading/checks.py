"""Checks across fields and files: references, duplicates, time order and images."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sitegen import urls
from sitegen.images import ImageError
from sitegen.images.source import CheckedSource, check_source
from sitegen.loading.address import address_problems
from sitegen.model.body_links import link_problems
from sitegen.model.event import Event, EventStatus
from sitegen.model.fields import SLUG_PATTERN, ImageRef
from sitegen.model.kinds import CONTENT_KINDS, Item, image_source, kind_of, named_images
from sitegen.model.partner import Partner
from sitegen.model.persona import Persona
from sitegen.model.source import Source
from sitegen.model.story import Story
from sitegen.problems import Problem, quoted
from sitegen.reading.tree import IMAGE_SUFFIXES
from sitegen.urls import slugify

if TYPE_CHECKING:
    from sitegen.model.site import Site

MAX_LISTED_CHOICES = 12


@dataclass(frozen=True)
class Partial:
    """An item whose front matter did not validate (already reported), built from the fields that did; `invalid`
    names the others, which are empty on the item. Its references, time order, links and image are still checked,
    so that one run reports every problem of the file."""

    item: Item
    invalid: frozenset[str]


def check_site(
    site: Site, unreadable: Mapping[str, frozenset[str]] | None = None, partial: Sequence[Partial] = ()
) -> list[Problem]:
    """Every problem across fields and files; slugs in `unreadable` (files already reported) count as known, and
    the `partial` items get the checks of their own fields."""
    unreadable = unreadable or {}
    personas = _names(site.personas, partial, Persona, unreadable.get("personas", ()))
    partners = _names(site.partners, partial, Partner, unreadable.get("partners", ()))
    programmes = {*site.programme_by_slug, *unreadable.get("programmes", ())}
    problems: list[Problem] = []
    problems.extend(_check_events(site, personas, partners, partial))
    problems.extend(_check_event_programmes(site, programmes))
    problems.extend(_check_programmes(site, partners))
    problems.extend(_check_stories(site, personas, partners, partial))
    for check in (_check_personas, _check_partners):
        problems.extend(check(site, partial))
    for check in (_check_duplicates, _check_image_outputs):
        problems.extend(check(site))
    problems.extend(_check_body_links(site, partial))
    # A file that did not load may be the one naming an image: judge unused images once all files load.
    if not any(unreadable.values()):
        problems.extend(_check_unused_images(site))
    return problems


def _names(items: Iterable[Any], partial: Sequence[Partial], kind: type, unreadable: Iterable[str]) -> dict[str, str]:
    """slug → display name of the items an item may refer to, including those that did not validate."""
    every = [*items, *(entry.item for entry in partial if isinstance(entry.item, kind))]
    return {**{slug: slug for slug in unreadable}, **{item.slug: item.name or item.slug for item in every}}


def _with_partial(items: Iterable[Any], partial: Sequence[Partial], kind: type) -> Iterator[tuple[Any, frozenset[str]]]:
    """Each valid item (nothing invalid), then each partial item of `kind` with its invalid fields."""
    for item in items:
        yield item, frozenset()
    for entry in partial:
        if isinstance(entry.item, kind):
            yield entry.item, entry.invalid


def unknown_reference(
    source: Source, field_path: tuple[str | int, ...], value: str, known: Collection[str], what: str, where: str
) -> Problem:
    """`value` is not among `known`; suggest the entry meant and say where the list lives.

    `known` may map each slug to its display name: then `Open dag` finds `open-dag` by its name. Matching ignores
    capitals, spaces and accents before it guesses a typo.
    """
    names = known if isinstance(known, Mapping) else {}
    guess = meant_reference(value, known, names)
    hint = f" Bedoelde je '{guess}'?" if guess else ""
    listed = sorted(known)
    if len(known) <= MAX_LISTED_CHOICES:
        choices = f" Kies uit: {', '.join(listed)}."
    else:
        choices = f" De lijst staat in {where}" + ("." if guess or not listed else f", zoals '{listed[0]}'.")
    field = ".".join(str(part) for part in field_path)
    return Problem(source.path, source.line_of(*field_path), field, f"{quoted(value)} is geen bekende {what}.{hint}{choices}")


def meant_reference(value: str, known: Collection[str], names: Mapping[str, Any]) -> str | None:
    """The entry of `known` an editor most likely meant by `value`: the same apart from capitals, spaces and accents,
    its display name, or else the closest spelling."""
    same = same_reference(value, known, names)
    if same is not None:
        return same
    typed = slugify(value)
    by_name = {slugify(name): slug for slug, name in names.items() if isinstance(name, str)}
    guess = difflib.get_close_matches(typed or value, [*sorted(known), *sorted(by_name)], n=1, cutoff=0.6)
    return by_name.get(guess[0], guess[0]) if guess else None


def same_reference(value: str, known: Collection[str], names: Mapping[str, Any]) -> str | None:
    """The entry of `known` that `value` names apart from capitals, spaces and accents (`Purmerend`, `Open dag`), by
    its slug or its display name; no guessing."""
    typed = slugify(value)
    if not typed:
        return None
    for slug in sorted(known):
        name = names.get(slug)
        if typed == slugify(slug) or (isinstance(name, str) and typed == slugify(name)):
            return slug
    return None


def _reference_names(mapping: Mapping[str, Any]) -> dict[str, str]:
    """slug → name of a reference list (event types, municipalities, …), for `unknown_reference`."""
    return {slug: getattr(entry, "name", slug) for slug, entry in mapping.items()}


def _references(
    source: Source, field: str, values: Iterable[str], known: Collection[str], what: str, where: str
) -> Iterator[Problem]:
    for index, value in enumerate(values):
        if value not in known:
            yield unknown_reference(source, (field, index), value, known, what, where)


def _reference(source: Source, field: tuple[str, ...], value: str | None, known: Collection[str], what: str, where: str) -> Iterator[Problem]:
    if value is not None and value not in known:
        yield unknown_reference(source, field, value, known, what, where)


ChainNames = tuple[dict[str, str], dict[str, str], dict[str, str]]


def _chain_names(site: Site) -> ChainNames:
    """The chain's stages, leaks and interventions, slug or code → name, made once per check."""
    refs = site.references
    return _reference_names(refs.stage_by_slug), _reference_names(refs.leak_by_code), _reference_names(refs.intervention_by_code)


def _chain_tags(
    names: ChainNames, source: Source, stages: Iterable[str], leaks: Iterable[str], interventions: Iterable[str]
) -> Iterator[Problem]:
    yield from _references(source, "chain_stages", stages, names[0], "schakel van de keten", "data/chain_stages.yml")
    yield from _references(source, "leaks", leaks, names[1], "lek in de keten", "data/leaks.yml")
    yield from _references(source, "interventions", interventions, names[2], "interventie", "data/interventions.yml")


def _check_events(site: Site, personas: Mapping[str, str], partners: Mapping[str, str], partial: Sequence[Partial]) -> Iterator[Problem]:
    refs = site.references
    types = _reference_names(refs.event_type_by_slug)
    municipalities = _reference_names(refs.municipality_by_slug)
    chain = _chain_names(site)
    for event, invalid in _with_partial(site.events, partial, Event):
        source = event.source
        yield from _reference(source, ("type",), event.type, types, "soort activiteit", "data/event_types.yml")
        yield from _references(source, "audiences", event.audiences, personas, "doelgroep", "content/personas/")
        yield from _chain_tags(chain, source, event.chain_stages, event.leaks, event.interventions)
        yield from _reference(source, ("organizer",), event.organizer, partners, "partner", "content/partners/")
        if event.location is not None:
            yield from _reference(
                source, ("location", "municipality"), event.location.municipality, municipalities,
                f"gemeente in {refs.settings.region}", "data/regions.yml",
            )
        if not invalid & {"location", "online", "status"}:
            yield from _check_place(event)
        if not invalid & {"start", "end"}:
            yield from _check_period(event)
            yield from _check_local_times(event, refs.settings.zone)


def _check_place(event: Event) -> Iterator[Problem]:
    source = event.source
    if event.location is None and event.online is None:
        yield Problem(source.path, source.line_of("title"), "location", "ontbreekt; geef een 'location' (waar) of een 'online' adres.")
    if event.status is EventStatus.MOVED_ONLINE and event.online is None:
        yield Problem(
            source.path, source.line_of("status"), "online",
            "ontbreekt; een activiteit die naar online is verplaatst heeft een 'online' adres nodig.",
        )
    location = event.location
    if location is not None and (location.lat is None) != (location.lon is None):
        yield Problem(source.path, source.line_of("location"), "location", "geef 'lat' en 'lon' allebei of geen van beide.")


def _check_period(event: Event) -> Iterator[Problem]:
    source = event.source
    if event.end is None:
        return
    line = source.line_of("end")
    start_is_day = event.all_day
    end_is_day = isinstance(event.end, date) and not isinstance(event.end, datetime)
    if start_is_day and not end_is_day:
        yield Problem(
            source.path, line, "end",
            f"{quoted(_written(event.end))} heeft een tijd, maar 'start' is een hele dag; "
            "geef als einde een laatste dag JJJJ-MM-DD, of geef ook 'start' een tijd.",
        )
        return
    if not start_is_day and end_is_day:
        yield Problem(
            source.path, line, "end",
            f"{quoted(_written(event.end))} is een hele dag, maar 'start' heeft een tijd; geef als einde \"UU:MM\" of \"JJJJ-MM-DD UU:MM\".",
        )
        return
    end, start = event.end_moment, event.start
    too_early = end < start if start_is_day else end <= start  # type: ignore[operator]
    if too_early:
        yield Problem(
            source.path, line, "end",
            f"{quoted(_written(event.end))} ligt niet na het begin ({quoted(_written(start))}); het einde moet later zijn dan het begin.",
        )

def _check_local_times(event: Event, zone: ZoneInfo) -> Iterator[Problem]:
    """A clock time that the clocks skip (02:30 on the last Sunday of March) does not exist."""
    if event.all_day:
        return
    for field, moment in (("start", event.start), ("end", event.end_moment)):
        if isinstance(moment, datetime) and not _exists_in(moment, zone):
            yield Problem(
                event.source.path, event.source.line_of(field), field,
                f"{quoted(_written(moment))} bestaat niet: die nacht gaat de klok een uur vooruit. Kies een tijd buiten 02:00–03:00.",
            )


def _exists_in(moment: datetime, zone: ZoneInfo) -> bool:
    there_and_back = moment.replace(tzinfo=zone).astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None)
    return there_and_back == moment


def _written(value: date | datetime | time) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value.isoformat()


def _check_personas(site: Site, partial: Sequence[Partial] = ()) -> Iterator[Problem]:
    stages = _reference_names(site.references.stage_by_slug)
    first_with_order: dict[int, str] = {}
    for persona, invalid in _with_partial(site.personas, partial, Persona):
        if not invalid:
            yield from address_problems(persona, site.references)
        yield from _references(persona.source, "chain_stages", persona.chain_stages, stages, "schakel van de keten", "data/chain_stages.yml")
        if persona.order is None:
            continue
        if persona.order in first_with_order:
            yield Problem(
                persona.source.path, persona.source.line_of("order"), "order",
                f"{persona.order} is al de plaats van {first_with_order[persona.order]}; geef elke doelgroep een eigen volgnummer.",
            )
        else:
            first_with_order[persona.order] = persona.source.path


def _check_stories(
    site: Site, personas: Mapping[str, str], partners: Mapping[str, str], partial: Sequence[Partial] = ()
) -> Iterator[Problem]:
    regions = _reference_names(site.references.region_by_slug)
    chain = _chain_names(site)
    for story, _ in _with_partial(site.stories, partial, Story):
        source = story.source
        yield from _reference(source, ("employer",), story.employer, partners, "partner", "content/partners/")
        yield from _references(source, "personas", story.personas, personas, "doelgroep", "content/personas/")
        yield from _chain_tags(chain, source, story.chain_stages, story.leaks, story.interventions)
        yield from _reference(source, ("region",), story.region, regions, "subregio", "data/regions.yml")


def _check_partners(site: Site, partial: Sequence[Partial] = ()) -> Iterator[Problem]:
    refs = site.references
    kinds = _reference_names(refs.partner_kind_by_slug)
    municipalities = _reference_names(refs.municipality_by_slug)
    offers = _reference_names(refs.offer_by_slug)
    for partner, _ in _with_partial(site.partners, partial, Partner):
        source = partner.source
        yield from _reference(source, ("kind",), partner.kind, kinds, "soort partner", "data/partner_kinds.yml")
        yield from _reference(
            source, ("municipality",), partner.municipality, municipalities, f"gemeente in {refs.settings.region}", "data/regions.yml"
        )
        yield from _references(source, "offers", partner.offers, offers, "soort aanbod", "data/offers.yml")


def _check_event_programmes(site: Site, programmes: Collection[str]) -> Iterator[Problem]:
    for event in site.events:
        yield from _references(event.source, "programmes", event.programmes, programmes, "opleiding", "content/programmes/")


def _check_programmes(site: Site, partners: Collection[str]) -> Iterator[Problem]:
    refs = site.references
    for programme in site.programmes:
        source = programme.source
        yield from _reference(source, ("school",), programme.school, partners, "partner", "content/partners/")
        yield from _reference(source, ("level",), programme.level, refs.level_by_slug, "keuze voor het niveau", "data/levels.yml")
        yield from _reference(
            source, ("municipality",), programme.municipality, refs.municipality_by_slug, f"gemeente in {refs.settings.region}", "data/regions.yml"
        )
        school = site.partner_by_slug.get(programme.school)
        if school is not None and school.example and not programme.example:
            yield Problem(
                source.path, source.line_of("school"), "school",
                f"{quoted(programme.school)} is een verzonnen voorbeeldpartner, dus deze opleiding is ook een voorbeeld; "
                "zet 'example: true' in dit bestand, of kies een echte school.",
            )
        if len(set(programme.pathway)) != len(programme.pathway):
            yield Problem(
                source.path, source.line_of("pathway"), "pathway",
                "noemt een leerweg twee keer; schrijf [bol], [bbl] of [bol, bbl].",
            )


def _check_duplicates(site: Site) -> Iterator[Problem]:
    for kind in CONTENT_KINDS:
        yield from _duplicates(site.items_of(kind), lambda item: item.slug, None, f"heeft hetzelfde webadres als {kind.another}")
    yield from _duplicates(site.events, lambda event: event.uid, "uid", "is dezelfde identiteit als die van een andere activiteit; maak een nieuwe uid")
    yield from _duplicates(site.partners, lambda partner: partner.name.casefold(), "name", "is dezelfde naam als die van een andere partner")


def _duplicates(items: Iterable, key_of: Callable[[object], str], field: str | None, what: str) -> Iterator[Problem]:
    first: dict[str, Source] = {}
    for item in sorted(items, key=lambda item: item.source.path):
        key = key_of(item)
        source: Source = item.source
        if key in first:
            line = source.line_of(field) if field else None
            yield Problem(source.path, line, field, f"{quoted(key)} {what} ({first[key].path}).")
        else:
            first[key] = source


def checked_images(site: Site, partial: Sequence[Partial] = ()) -> tuple[dict[str, CheckedSource], list[Problem]]:
    """Each image the content names, read and checked once (by its path in the project), and every problem."""
    content = site.content_dir.resolve()
    checked: dict[str, CheckedSource] = {}
    problems: list[Problem] = []
    for item, image in named_images((*site.items, *(entry.item for entry in partial))):
        key = image_source(item.source, image).as_posix()
        if key in checked:
            continue
        field = kind_of(item).image_field
        result = _check_image(site.root, content, item.source, field, image)
        if isinstance(result, Problem):
            problems.append(result)
            continue
        checked[key] = result
        name_problem = _image_name_problem(item.source, field, image)
        if name_problem is not None:
            problems.append(name_problem)
    return checked, problems


def _image_name_problem(source: Source, field: str, image: ImageRef) -> Problem | None:
    """The guide's rule for image names: small letters, digits and hyphens (the name becomes part of a web address)."""
    name = PurePosixPath(image.src).name
    stem, dot, suffix = name.rpartition(".")
    if re.fullmatch(SLUG_PATTERN, stem) and suffix == suffix.lower():
        return None
    better = f"{slugify(stem) or 'afbeelding'}{dot}{suffix.lower()}"
    return Problem(
        source.path, source.line_of(field, "src"), f"{field}.src",
        f"de naam {quoted(name)} heeft hoofdletters, spaties of andere tekens dan kleine letters, cijfers en streepjes; "
        f"hernoem de afbeelding naar {quoted(better)} en schrijf die naam ook achter 'src:'.",
    )


def _check_image_outputs(site: Site) -> Iterator[Problem]:
    """Two images that would be published under one name (`foto.jpg` and `foto.png`): one would replace the other."""
    first: dict[str, tuple[Path, Source, str]] = {}
    for item, image in sorted(named_images(site.items), key=lambda pair: (pair[0].source.path, pair[1].src)):
        stem = urls.media_file(item.source.path, image.src).rsplit(".", 1)[0].casefold()
        path = image_path(site.root, item.source, image)
        field = kind_of(item).image_field
        if stem not in first:
            first[stem] = (path, item.source, image.src)
        elif first[stem][0] != path:
            other_path, other_source, other_src = first[stem]
            yield Problem(
                item.source.path,
                item.source.line_of(field, "src"),
                f"{field}.src",
                f"{quoted(image.src)} wordt onder dezelfde naam gepubliceerd als {quoted(other_src)} "
                f"({other_source.path}), zodat de ene afbeelding de andere zou vervangen; "
                "geef een van beide een andere naam.",
            )


def _check_unused_images(site: Site) -> Iterator[Problem]:
    """An image in content/ that nothing names is either forgotten or misspelled where it is used."""
    used = {image_path(site.root, item.source, image) for item, image in named_images(site.items)}
    images = (path for path in site.content_dir.rglob("*") if path.suffix.lower() in IMAGE_SUFFIXES)
    for path in sorted(images):
        if path.is_file() and path.resolve() not in used:
            shown = path.relative_to(site.root).as_posix()
            yield Problem(shown, None, None, "deze afbeelding wordt nergens gebruikt; verwijs ernaar met 'image' of 'logo', of verwijder haar.")


def _check_body_links(site: Site, partial: Sequence[Partial] = ()) -> Iterator[Problem]:
    items = (*site.items, *(entry.item for entry in partial))
    known = {item.source.path: item.slug for item in items}
    for item in items:
        yield from link_problems(item.body, item.source.path, item.source.body_line, known)


def image_path(root: Path, source: Source, image: ImageRef) -> Path:
    """The image file on disk, links resolved (so a `src` that climbs out of content/ shows)."""
    return (root / image_source(source, image)).resolve()


def _check_image(root: Path, content: Path, source: Source, field: str, image: ImageRef) -> CheckedSource | Problem:
    path = image_path(root, source, image)
    line = source.line_of(field, "src")
    if not path.is_relative_to(content):
        return Problem(source.path, line, f"{field}.src", f"{quoted(image.src)} ligt buiten de map content/; zet de afbeelding naast het bestand.")
    if not path.is_file():
        return Problem(source.path, line, f"{field}.src", f"{quoted(image.src)} bestaat niet; verwacht een afbeelding naast het bestand, zoals 'foto.jpg'.")
    try:
        return check_source(path, drawing_allowed=field == "logo")
    except ImageError as error:
        return Problem(source.path, line, f"{field}.src", f"{quoted(image.src)}: {error.message}")
