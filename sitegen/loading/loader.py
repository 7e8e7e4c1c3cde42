"""Load content/ and data/ into a validated, cross-referenced Site, or raise ContentError with every problem."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from sitegen.geo.shapes import Shape, missing_shapes, parse_shapes
from sitegen.limits import CONTENT_FILE_BYTES, DATA_FILE_BYTES, PROBLEMS_PER_FILE
from sitegen.loading.checks import Partial, check_site, checked_images, unknown_reference
from sitegen.loading.history import deleted_events, event_revisions, last_changes
from sitegen.loading.messages import problems_from_details, problems_from_validation
from sitegen.loading.reading_level import reading_level_warnings, unknown_audiences
from sitegen.loading.sanitize import render_body
from sitegen.loading.translations import key_page_problems, translation_problems
from sitegen.model.contact import RegionContact, RegionContactList
from sitegen.model.fields import LENIENT_REFERENCES, slug_message
from sitegen.model.kinds import CONTENT_KINDS, EVENTS, ContentKind
from sitegen.model.languages import KeyPage, KeyPageList, Language, LanguageList
from sitegen.model.plain_language import GlossaryList, ReadingLevel
from sitegen.model.references import (
    CampaignList,
    ChainStageList,
    EventTypeList,
    FigureList,
    FigureYear,
    InterventionList,
    LeakList,
    Level,
    LevelList,
    OfferList,
    PartnerKindList,
    References,
    RegionList,
    SiteSettings,
)
from sitegen.model.requests import RequestSettings
from sitegen.model.site import Site
from sitegen.model.source import Source
from sitegen.problems import ContentError, Problem, display_path, quoted
from sitegen.reading.files import read_limited
from sitegen.reading.frontmatter import split_front_matter
from sitegen.reading.text import angle_bracket_problems, character_problems, decode_text, paragraph_problems
from sitegen.reading.tree import scan_content, slug_of
from sitegen.reading.yaml_strict import YamlData, load_yaml

FieldsT = TypeVar("FieldsT", bound=BaseModel)
ItemT = TypeVar("ItemT", bound=BaseModel)

REFERENCE_FILES: dict[str, type[BaseModel]] = {
    "site.yml": SiteSettings,
    "regions.yml": RegionList,
    "chain_stages.yml": ChainStageList,
    "leaks.yml": LeakList,
    "interventions.yml": InterventionList,
    "event_types.yml": EventTypeList,
    "partner_kinds.yml": PartnerKindList,
    "offers.yml": OfferList,
    "campaigns.yml": CampaignList,
}
# The network's own figures per school year: optional, a network without the file shows none.
FIGURES_FILE = "figures.yml"
# The subregions' aanspreekpunten: optional, pages without one fall back to the network's contact.
CONTACTS_FILE = "contacts.yml"
# What teachers can request on /aanvragen/: optional, a network without the file has no request pages.
REQUESTS_FILE = "requests.yml"
# The levels of education programmes: optional, a network without programmes needs none.
LEVELS_FILE = "levels.yml"
# Plain Dutch (optional): the woordenlijst and the B1 check's audiences and thresholds.
GLOSSARY_FILE = "glossary.yml"
READING_LEVEL_FILE = "reading_level.yml"
# The languages beside Dutch and the key pages' summaries in them: optional, without them the site is Dutch only.
LANGUAGES_FILE = "languages.yml"
KEY_PAGES_FILE = "translations.yml"


def load_site(root: Path, now: datetime | None = None, base_ref: str = "HEAD") -> Site:
    """Read the project at `root` (with content/ and data/) into a Site; raise ContentError listing every problem.

    `now` stamps events edited since the last commit (default: when their file was saved); events published
    at `base_ref` must still exist.
    """
    root = root.resolve()
    problems: list[Problem] = []
    references = _load_references(root, problems)
    glossary, _ = _load_optional(root, GLOSSARY_FILE, GlossaryList, problems)
    reading_level, reading_source = _load_optional(root, READING_LEVEL_FILE, ReadingLevel, problems)
    if references is not None:
        glossary_terms = glossary.terms if glossary is not None else ()
        references = replace(references, glossary=glossary_terms, reading_level=reading_level)
    items: dict[str, list[Any]] = {}
    unreadable: dict[str, frozenset[str]] = {}
    texts: dict[str, str] = {}
    partial: list[Partial] = []
    lenient: dict[str, list[str]] = {}
    tree = scan_content(root, [kind.folder for kind in CONTENT_KINDS])
    problems.extend(tree.problems)
    warnings: list[Problem] = list(tree.warnings)
    for kind in CONTENT_KINDS:
        found_here = _Found(problems, texts, partial, lenient)
        items[kind.folder], unreadable[kind.folder] = _load_folder(root, kind, tree.documents[kind.folder], found_here)
        items[kind.folder] = [
            safe for item in items[kind.folder] if (safe := _with_safe_body(item, warnings, problems)) is not None
        ]
    if references is None:
        raise ContentError(problems)
    events = tuple(items[EVENTS.folder])
    event_texts = {path: text for path, text in texts.items() if path.startswith(f"content/{EVENTS.folder}/")}
    revisions, found = event_revisions(root, events, event_texts, now)
    problems.extend(found)
    problems.extend(deleted_events(root, event_texts.values(), base_ref))
    site = Site(
        root=root,
        revisions=revisions,
        references=references,
        **{kind.folder: tuple(items[kind.folder]) for kind in CONTENT_KINDS},
        warnings=tuple(sorted(warnings)),
    )
    images, found = checked_images(site, partial)
    problems.extend(found)
    problems.extend(check_site(site, unreadable, partial))
    problems.extend(_unreported_references(lenient, problems))
    for item in site.items:
        problems.extend(translation_problems(item.source, getattr(item, "translations", ()), references.language_by_code))
    if problems:
        raise ContentError(problems)
    found_warnings = {*site.warnings, *unknown_audiences(site, reading_source), *reading_level_warnings(site)}
    warnings = sorted(found_warnings, key=lambda p: (p.path, p.line or 0, p.field or "", p.message))
    return replace(site, images=images, warnings=tuple(warnings), changed=last_changes(root))


def _unreported_references(lenient: dict[str, list[str]], problems: list[Problem]) -> list[Problem]:
    """A reference that is not a slug reaches the reference checks, which suggest the entry meant; should no check
    have reported it (a field no check knows), it is refused here as the model would."""
    missing: list[Problem] = []
    for path, values in lenient.items():
        messages = [problem.message for problem in problems if problem.path == path]
        missing.extend(
            Problem(path, None, None, slug_message(value) + ".")
            for value in dict.fromkeys(values)
            if not any(quoted(value) in message for message in messages)
        )
    return missing


def _with_safe_body(item: ItemT, warnings: list[Problem], problems: list[Problem]) -> ItemT | None:
    """The item with its body as HTML through the allowlist; a warning for everything the allowlist removed."""
    source: Source = item.source  # type: ignore[attr-defined]
    try:
        safe = render_body(item.body)  # type: ignore[attr-defined]
    except RecursionError:
        # Python-Markdown nests a block for every definition (': ') or quote ('>') inside the previous one.
        problems.append(
            Problem(
                source.path,
                source.body_line,
                None,
                "de tekst is te diep in elkaar genest (definities, citaten of lijsten binnen elkaar) om te lezen; "
                "zet een lege regel tussen de onderdelen of maak de tekst eenvoudiger.",
            )
        )
        return None
    for removal in safe.removed:
        line = None if removal.line is None or source.body_line is None else source.body_line + removal.line
        warnings.append(
            Problem(source.path, line, None, f"{removal.what} wordt niet gepubliceerd; zie 'Wat mag in de tekst' in de handleiding.")
        )
    return item.model_copy(update={"body_html": safe.html})  # type: ignore[attr-defined]


def _load_references(root: Path, problems: list[Problem]) -> References | None:
    lists: dict[str, BaseModel] = {}
    sources: dict[str, Source] = {}
    for name, model in REFERENCE_FILES.items():
        path = root / "data" / name
        shown = display_path(path, root)
        if not path.exists() and not path.is_symlink():
            problems.append(Problem(shown, None, None, "dit bestand met een referentielijst ontbreekt."))
            continue
        data, found = _read_yaml_file(path, shown)
        problems.extend(found)
        if data is None:
            continue
        sources[name] = Source(shown, data.lines)
        parsed = _validate(model, data, sources[name], problems)
        if parsed is not None:
            lists[name] = parsed
    shapes = _load_shapes(
        root, lists.get("site.yml"), sources.get("site.yml"), lists.get("regions.yml"), problems  # type: ignore[arg-type]
    )
    figures = _load_figures(root, problems, lists.get("chain_stages.yml"))  # type: ignore[arg-type]
    contacts = _load_region_contacts(root, lists.get("regions.yml"), problems)  # type: ignore[arg-type]
    requests = _load_requests(root, lists.get("offers.yml"), problems)  # type: ignore[arg-type]
    stages = lists.get("chain_stages.yml")
    levels = _load_levels(root, problems, None if stages is None else [stage.slug for stage in stages.stages])  # type: ignore[attr-defined]
    loaded = _load_languages(root, problems)
    # A broken data/languages.yml would make every summary's language unknown: its own problems are enough.
    if len(lists) != len(REFERENCE_FILES) or loaded is None:
        return None
    languages, key_pages = loaded
    return References(
        settings=lists["site.yml"],  # type: ignore[arg-type]
        regions=lists["regions.yml"].regions,  # type: ignore[attr-defined]
        stages=lists["chain_stages.yml"].stages,  # type: ignore[attr-defined]
        leaks=lists["leaks.yml"].leaks,  # type: ignore[attr-defined]
        interventions=lists["interventions.yml"].interventions,  # type: ignore[attr-defined]
        event_types=lists["event_types.yml"].types,  # type: ignore[attr-defined]
        partner_kinds=lists["partner_kinds.yml"].kinds,  # type: ignore[attr-defined]
        offers=lists["offers.yml"].offers,  # type: ignore[attr-defined]
        campaigns=lists["campaigns.yml"].campaigns,  # type: ignore[attr-defined]
        shapes=shapes,
        figures=figures,
        region_contacts=contacts,
        requests=requests,
        levels=levels,
        languages=languages,
        key_pages=key_pages,
    )


def _load_levels(root: Path, problems: list[Problem], stages: list[str] | None) -> tuple[Level, ...]:
    """data/levels.yml if the network has one: each slug once, every `within` a level of the list, every `stage` and
    `next_for` a chain stage of data/chain_stages.yml (when that file loaded)."""
    parsed, source = _load_optional(root, LEVELS_FILE, LevelList, problems)
    if parsed is None or source is None:
        return ()
    shown = source.path
    slugs = [level.slug for level in parsed.levels]
    for index, level in enumerate(parsed.levels):
        if level.slug in slugs[:index]:
            problems.append(
                Problem(
                    shown, source.line_of("levels", index, "slug"), f"levels.{index}.slug",
                    f"niveau {quoted(level.slug)} staat al eerder in de lijst; geef elk niveau een eigen slug.",
                )
            )
        if level.within is not None and (level.within not in slugs or level.within == level.slug):
            problems.append(
                Problem(
                    shown, source.line_of("levels", index, "within"), f"levels.{index}.within",
                    f"{quoted(level.within)} is geen ander niveau in deze lijst; kies uit: {', '.join(s for s in slugs if s != level.slug)}.",
                )
            )
        if stages is None:
            continue
        named = [("stage", None, level.stage)] + [("next_for", i, stage) for i, stage in enumerate(level.next_for)]
        for field, position, stage in named:
            if stage not in stages:
                where = ("levels", index, field) if position is None else ("levels", index, field, position)
                problems.append(
                    Problem(
                        shown, source.line_of(*where), ".".join(str(part) for part in where),
                        f"{quoted(stage)} is geen schakel van de keten in data/chain_stages.yml; kies uit: {', '.join(stages)}.",
                    )
                )
    return parsed.levels


def _load_languages(root: Path, problems: list[Problem]) -> tuple[tuple[Language, ...], tuple[KeyPage, ...]] | None:
    """data/languages.yml and data/translations.yml, each summary in a known language and its script; None when
    data/languages.yml is there but has problems."""
    language_list, language_source = _load_optional(root, LANGUAGES_FILE, LanguageList, problems)
    if language_list is None and language_source is not None:
        return None
    languages = language_list.languages if language_list is not None else ()
    key_page_list, source = _load_optional(root, KEY_PAGES_FILE, KeyPageList, problems)
    if key_page_list is None or source is None:
        return languages, ()
    by_code = {language.code: language for language in languages}
    problems.extend(key_page_problems(source, tuple(page.page for page in key_page_list.pages)))
    for index, page in enumerate(key_page_list.pages):
        problems.extend(translation_problems(source, page.translations, by_code, "pages", index))
    return languages, key_page_list.pages


def _load_figures(root: Path, problems: list[Problem], stages: ChainStageList | None) -> tuple[FigureYear, ...]:
    """data/figures.yml if the network has one, each school year once, each chain stage it names a real one;
    without the file, no figures."""
    parsed, source = _load_optional(root, FIGURES_FILE, FigureList, problems)
    if parsed is None or source is None:
        return ()
    shown = source.path
    first_line: dict[str, int] = {}
    for index, year in enumerate(parsed.years):
        line = source.line_of("years", index, "school_year")
        if year.school_year in first_line:
            problems.append(
                Problem(
                    shown, line, f"years.{index}.school_year",
                    f"schooljaar {quoted(year.school_year)} staat al op regel {first_line[year.school_year]}; "
                    "zet alle cijfers van een schooljaar onder één 'school_year'.",
                )
            )
        first_line.setdefault(year.school_year, line)
        known = {stage.slug for stage in stages.stages} if stages is not None else None
        for number, figure in enumerate(year.figures):
            for place, slug in enumerate(figure.chain_stages):
                if known is not None and slug not in known:
                    field = ("years", index, "figures", number, "chain_stages", place)
                    problems.append(unknown_reference(source, field, slug, known, "schakel van de keten", "data/chain_stages.yml"))
    return parsed.years


def _load_optional(root: Path, name: str, model: type[FieldsT], problems: list[Problem]) -> tuple[FieldsT | None, Source | None]:
    """An optional file of data/, validated against `model`; (None, None) without the file or with a problem."""
    path = root / "data" / name
    if not path.exists() and not path.is_symlink():
        return None, None
    shown = display_path(path, root)
    data, found = _read_yaml_file(path, shown)
    problems.extend(found)
    if data is None:
        return None, None
    source = Source(shown, data.lines)
    return _validate(model, data, source, problems), source


def _load_region_contacts(root: Path, regions: RegionList | None, problems: list[Problem]) -> tuple[RegionContact, ...]:
    """data/contacts.yml: one aanspreekpunt per subregion of data/regions.yml, each subregion at most once."""
    parsed, source = _load_optional(root, CONTACTS_FILE, RegionContactList, problems)
    if parsed is None or source is None:
        return ()
    known = {region.slug: region for region in regions.regions} if regions is not None else {}
    first_line: dict[str, int] = {}
    for index, contact in enumerate(parsed.regions):
        line = source.line_of("regions", index, "region")
        if known and contact.region not in known:
            problems.append(
                Problem(
                    source.path, line, f"regions.{index}.region",
                    f"{quoted(contact.region)} is geen subregio uit data/regions.yml; kies uit {', '.join(known)}.",
                )
            )
        elif contact.region in first_line:
            problems.append(
                Problem(
                    source.path, line, f"regions.{index}.region",
                    f"subregio {quoted(contact.region)} heeft al een aanspreekpunt op regel {first_line[contact.region]}; "
                    "geef elke subregio één aanspreekpunt.",
                )
            )
        first_line.setdefault(contact.region, line)
    return parsed.regions


def _load_requests(root: Path, offers: OfferList | None, problems: list[Problem]) -> RequestSettings | None:
    """data/requests.yml: every offer it names is one of data/offers.yml."""
    parsed, source = _load_optional(root, REQUESTS_FILE, RequestSettings, problems)
    if parsed is None or source is None:
        return None
    known = [offer.slug for offer in offers.offers] if offers is not None else []
    wrong = [
        Problem(
            source.path, source.line_of("offers", index), f"offers.{index}",
            f"{quoted(slug)} is geen soort aanbod uit data/offers.yml; kies uit {', '.join(known)}.",
        )
        for index, slug in enumerate(parsed.offers)
        if known and slug not in known
    ]
    problems.extend(wrong)
    return None if wrong else parsed


def _load_shapes(
    root: Path, settings: SiteSettings | None, settings_source: Source | None, regions: RegionList | None, problems: list[Problem]
) -> tuple[Shape, ...]:
    """The municipalities' shapes from the GeoJSON named by `map.shapes` in data/site.yml, each one checked, and
    every municipality of data/regions.yml among them.

    With a problem in the map, the problems are added and no shapes are returned; the other checks still run, and
    the problems stop the build before any page is drawn."""
    if settings is None or settings_source is None:
        return ()
    relative = PurePosixPath(settings.map.shapes)
    if relative.is_absolute() or ".." in relative.parts:
        problems.append(
            Problem(
                settings_source.path,
                settings_source.line_of("map", "shapes"),
                "map.shapes",
                f"{quoted(settings.map.shapes)} ligt buiten de map data/; zet het kaartbestand in data/geo/ en "
                "schrijf het pad vanaf data/, zoals 'geo/noord-holland-gemeenten-2025.geojson'.",
            )
        )
        return ()
    path = root / "data" / relative
    shown = display_path(path, root)
    if not path.exists() and not path.is_symlink():
        problems.append(
            Problem(
                settings_source.path,
                settings_source.line_of("map", "shapes"),
                "map.shapes",
                f"het kaartbestand {quoted(shown)} bestaat niet; controleer de naam achter 'shapes:' of zet het bestand "
                "op die plek.",
            )
        )
        return ()
    raw, found = read_limited(path, shown, DATA_FILE_BYTES)
    problems.extend(found)
    if raw is None:
        return ()
    # An empty map file gets its own message from parse_shapes (decode_text's speaks of front matter).
    text, found = decode_text(raw, shown) if raw.strip() else ("", ())
    problems.extend(found)
    if text is None:
        return ()
    file, found = parse_shapes(text, shown)
    if file is not None and regions is not None:
        municipalities = {m.code: m.name for region in regions.regions for m in region.municipalities}
        found += missing_shapes(file, municipalities, shown, "data/regions.yml")
    problems.extend(found[:PROBLEMS_PER_FILE])
    return () if file is None or found else file.shapes


@dataclass(frozen=True)
class _Found:
    """What loading the documents collects besides the items: problems, texts (each file is read once), the items
    that did not validate as far as they did (for their other checks), and reference values that are not slugs."""

    problems: list[Problem]
    texts: dict[str, str]
    partial: list[Partial]
    lenient: dict[str, list[str]]


def _load_folder(
    root: Path, kind: ContentKind[FieldsT, ItemT], paths: tuple[Path, ...], found: _Found
) -> tuple[list[ItemT], frozenset[str]]:
    """The items that loaded, and the slugs of files that did not (already reported, so not 'unknown' elsewhere).

    The text of every file that could be decoded lands in `found.texts` by its shown path: nothing reads the file again.
    """
    items: list[ItemT] = []
    unreadable: set[str] = set()
    for path in paths:
        item = _load_document(path, display_path(path, root), kind, found)
        if item is None:
            unreadable.add(slug_of(path))
        else:
            items.append(item)
    return items, frozenset(unreadable)


def _load_document(path: Path, shown: str, kind: ContentKind[FieldsT, ItemT], found: _Found) -> ItemT | None:
    """The item, or None with every problem of the file; a file whose front matter can be read in part still has its
    fields, references, time order, links and image checked (as a `Partial`)."""
    problems = found.problems
    raw, read_problems = read_limited(path, shown, CONTENT_FILE_BYTES)
    problems.extend(read_problems)
    if raw is None:
        return None
    text, decode_problems = decode_text(raw, shown)
    problems.extend(decode_problems)
    if text is None:
        return None
    found.texts[shown] = text
    document, split_problems = split_front_matter(text, shown)
    problems.extend(split_problems)
    if document is None:
        return None
    body_problems = tuple(
        problem
        for check in (character_problems, paragraph_problems, angle_bracket_problems)
        for problem in check(document.body, shown, document.body_line)
    )
    problems.extend(body_problems)
    data, yaml_problems = load_yaml(document.front_matter, shown, document.front_matter_line, recover=True)
    problems.extend(yaml_problems)
    if data is None:
        return None
    if data.value is None:
        problems.append(Problem(shown, 1, None, "de front matter is leeg; vul de velden in tussen de twee regels '---'."))
        return None
    source = Source(shown, data.lines, document.body_line)
    context: dict[str, list[str]] = {LENIENT_REFERENCES: []}
    fields, partial_fields, invalid = _validate_content(kind.fields, data, source, problems, context)
    if context[LENIENT_REFERENCES]:
        found.lenient[shown] = context[LENIENT_REFERENCES]
    body = "" if body_problems else document.body
    if fields is not None:
        return kind.item.model_construct(**dict(fields), slug=slug_of(path), body=body, source=source)
    if partial_fields is not None:
        item = kind.item.model_construct(**partial_fields, slug=slug_of(path), body=body, source=source)
        found.partial.append(Partial(item, invalid))
    return None


def _validate_content(
    model: type[FieldsT], data: YamlData, source: Source, problems: list[Problem], context: dict[str, list[str]]
) -> tuple[FieldsT | None, dict[str, Any] | None, frozenset[str]]:
    """The front matter validated; when it is not valid, the fields that are (the others empty) and the names of
    the others. A field that could not be read as YAML (`data.broken`) is already reported, so not 'missing'."""
    if not isinstance(data.value, dict):
        problems.append(Problem(source.path, 1, None, "verwacht velden als 'naam: waarde', elk op een eigen regel."))
        return None, None, frozenset()
    try:
        return model.model_validate(data.value, context=context), None, data.broken
    except ValidationError as error:
        reported = [detail for detail in error.errors(include_url=False) if not detail["loc"] or detail["loc"][0] not in data.broken]
        problems.extend(problems_from_details(reported, model, source))
        invalid = frozenset({str(detail["loc"][0]) for detail in error.errors() if detail["loc"]} | data.broken)
        return None, _valid_fields(model, data.value, invalid, context), invalid


def _valid_fields(model: type[BaseModel], value: dict[str, Any], invalid: frozenset[str], context: dict[str, Any]) -> dict[str, Any]:
    """Each field of `model` that validated on its own; every other one empty (None, or () for a list)."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name in value and name not in invalid:
            try:
                fields[name] = _field_adapter(model, name).validate_python(value[name], context=context)
            except ValidationError:  # valid within the model but not on its own: leave it out of the checks
                fields[name] = () if get_origin(info.annotation) is tuple else None
        elif not info.is_required() and name not in invalid:
            fields[name] = info.get_default(call_default_factory=True)
        else:
            fields[name] = () if get_origin(info.annotation) is tuple else None
    return fields


@cache
def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    return TypeAdapter(model.model_fields[name].rebuild_annotation())


def validate_text(text: str, shown: str, model: type[BaseModel]) -> tuple[Problem, ...]:
    """The problems of one file's text as the loader would find them (fields only, not references)."""
    problems: list[Problem] = []
    document, found = split_front_matter(text, shown)
    problems.extend(found)
    if document is not None:
        data, found = load_yaml(document.front_matter, shown, document.front_matter_line)
        problems.extend(found)
        if data is not None:
            _validate(model, data, Source(shown, data.lines), problems)
    return tuple(problems)


def _validate(model: type[FieldsT], data: YamlData, source: Source, problems: list[Problem]) -> FieldsT | None:
    if not isinstance(data.value, dict):
        problems.append(Problem(source.path, 1, None, "verwacht velden als 'naam: waarde', elk op een eigen regel."))
        return None
    try:
        return model.model_validate(data.value)
    except ValidationError as error:
        problems.extend(problems_from_validation(error, model, source))
        return None


def _read_yaml_file(path: Path, shown: str) -> tuple[YamlData | None, tuple[Problem, ...]]:
    raw, found = read_limited(path, shown, DATA_FILE_BYTES)
    if raw is None:
        return None, found
    text, found = decode_text(raw, shown)
    if text is None:
        return None, found
    return load_yaml(text, shown)

