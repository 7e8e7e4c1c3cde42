"""Load content/ and data/ into a validated, cross-referenced Site, or raise ContentError with every problem."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from sitegen.geo.shapes import Shape, missing_shapes, parse_shapes
from sitegen.limits import CONTENT_FILE_BYTES, DATA_FILE_BYTES, PROBLEMS_PER_FILE
from sitegen.loading.checks import check_site, checked_images, unknown_reference
from sitegen.loading.history import deleted_events, event_revisions
from sitegen.loading.messages import problems_from_validation
from sitegen.loading.sanitize import render_body
from sitegen.loading.translations import key_page_problems, translation_problems
from sitegen.model.kinds import CONTENT_KINDS, EVENTS, ContentKind
from sitegen.model.languages import KeyPage, KeyPageList, Language, LanguageList
from sitegen.model.references import (
    CampaignList,
    ChainStageList,
    EventTypeList,
    FigureList,
    FigureYear,
    InterventionList,
    LeakList,
    OfferList,
    PartnerKindList,
    References,
    RegionList,
    SiteSettings,
)
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
    items: dict[str, list[Any]] = {}
    unreadable: dict[str, frozenset[str]] = {}
    texts: dict[str, str] = {}
    tree = scan_content(root, [kind.folder for kind in CONTENT_KINDS])
    problems.extend(tree.problems)
    warnings: list[Problem] = list(tree.warnings)
    for kind in CONTENT_KINDS:
        items[kind.folder], unreadable[kind.folder] = _load_folder(root, kind, tree.documents[kind.folder], problems, texts)
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
    images, found = checked_images(site)
    problems.extend(found)
    problems.extend(check_site(site, unreadable))
    for item in site.items:
        problems.extend(translation_problems(item.source, getattr(item, "translations", ()), references.language_by_code))
    if problems:
        raise ContentError(problems)
    return replace(site, images=images)


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
        languages=languages,
        key_pages=key_pages,
    )


def _optional_file(root: Path, name: str, model: type[FieldsT], problems: list[Problem]) -> tuple[FieldsT | None, Source | None]:
    """An optional file of data/, validated; None when it is absent or has problems (added to `problems`)."""
    path = root / "data" / name
    if not path.exists() and not path.is_symlink():
        return None, None
    shown = display_path(path, root)
    data, found = _read_yaml_file(path, shown)
    problems.extend(found)
    source = Source(shown, data.lines if data is not None else {})
    return (_validate(model, data, source, problems) if data is not None else None), source


def _load_languages(root: Path, problems: list[Problem]) -> tuple[tuple[Language, ...], tuple[KeyPage, ...]] | None:
    """data/languages.yml and data/translations.yml, each summary in a known language and its script; None when
    data/languages.yml is there but has problems."""
    language_list, language_source = _optional_file(root, LANGUAGES_FILE, LanguageList, problems)
    if language_list is None and language_source is not None:
        return None
    languages = language_list.languages if language_list is not None else ()
    key_page_list, source = _optional_file(root, KEY_PAGES_FILE, KeyPageList, problems)
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
    path = root / "data" / FIGURES_FILE
    if not path.exists() and not path.is_symlink():
        return ()
    shown = display_path(path, root)
    data, found = _read_yaml_file(path, shown)
    problems.extend(found)
    if data is None:
        return ()
    source = Source(shown, data.lines)
    parsed = _validate(FigureList, data, source, problems)
    if parsed is None:
        return ()
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


def _load_folder(
    root: Path, kind: ContentKind[FieldsT, ItemT], paths: tuple[Path, ...], problems: list[Problem], texts: dict[str, str]
) -> tuple[list[ItemT], frozenset[str]]:
    """The items that loaded, and the slugs of files that did not (already reported, so not 'unknown' elsewhere).

    The text of every file that could be decoded lands in `texts` by its shown path: nothing reads the file again.
    """
    items: list[ItemT] = []
    unreadable: set[str] = set()
    for path in paths:
        item = _load_document(path, display_path(path, root), kind, problems, texts)
        if item is None:
            unreadable.add(slug_of(path))
        else:
            items.append(item)
    return items, frozenset(unreadable)


def _load_document(
    path: Path, shown: str, kind: ContentKind[FieldsT, ItemT], problems: list[Problem], texts: dict[str, str]
) -> ItemT | None:
    raw, found = read_limited(path, shown, CONTENT_FILE_BYTES)
    problems.extend(found)
    if raw is None:
        return None
    text, found = decode_text(raw, shown)
    problems.extend(found)
    if text is None:
        return None
    texts[shown] = text
    document, found = split_front_matter(text, shown)
    problems.extend(found)
    if document is None:
        return None
    found = tuple(
        problem
        for check in (character_problems, paragraph_problems, angle_bracket_problems)
        for problem in check(document.body, shown, document.body_line)
    )
    if found:
        problems.extend(found)
        return None
    data, found = load_yaml(document.front_matter, shown, document.front_matter_line)
    problems.extend(found)
    if data is None:
        return None
    if data.value is None:
        problems.append(Problem(shown, 1, None, "de front matter is leeg; vul de velden in tussen de twee regels '---'."))
        return None
    source = Source(shown, data.lines, document.body_line)
    fields = _validate(kind.fields, data, source, problems)
    if fields is None:
        return None
    return kind.item.model_construct(**dict(fields), slug=slug_of(path), body=document.body, source=source)


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

