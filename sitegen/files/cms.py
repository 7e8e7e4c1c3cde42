"""Decap CMS, the browser editor for volunteers who do not use git: /admin/ on the site.

The collections of `admin/config.yml` are generated from the content model, the `*Fields` models that the
loader validates against: every field, whether it is required and its Dutch explanation (shown as the hint)
come from there, and the widget follows from the field's type. What the model cannot say lives here, next to
it: the Dutch label of each field and which reference list or content folder a slug field points into.

Decap writes what the loader reads back: dates and times as text (`2026-03-14 10:00`, `2026-03-14`, `15:00`),
`true`/`false`, slugs of other files, and an image's `src` relative to its Markdown file. Two small widgets
and a save hook in `admin/index.html` close the gaps of Decap itself (see `templates/admin.html.j2`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from pathlib import Path
from types import NoneType, UnionType
from typing import Annotated, Any, Union, get_args, get_origin
from urllib.parse import urlsplit

import annotated_types
import yaml
from jinja2 import Environment
from pydantic import BaseModel, BeforeValidator, StringConstraints, WithJsonSchema
from pydantic.fields import FieldInfo

from sitegen import csp, urls
from sitegen.model import contact as contact_types
from sitegen.model import fields as field_types
from sitegen.model.event import UID_PATTERN
from sitegen.model.kinds import CONTENT_KINDS, EVENTS, PARTNERS, PERSONAS, PROGRAMMES, STORIES, ContentKind
from sitegen.model.references import References
from sitegen.model.site import Site
from sitegen.pages.render import template_environment

log = logging.getLogger(__name__)

ADMIN = "admin"
DECAP_SCRIPT = Path("node_modules/decap-cms/dist/decap-cms.js")
"""Decap's own single-file build, relative to the project root; published as admin/decap-cms.js (no CDN)."""

LOCAL_BACKEND_URL = "http://127.0.0.1:8081/api/v1"
"""`npx decap-server` on the editor's own computer; Decap only tries it when /admin/ is opened on localhost."""

GITHUB_API = "https://api.github.com"
"""Where Decap's github backend reads and writes the repository (its default `api_root`)."""

GITHUB_STATUS = "https://www.githubstatus.com"
"""Decap's github backend asks GitHub's status page whether the API is up, and warns the editor when it is not."""

GITHUB_AVATARS = "https://avatars.githubusercontent.com"
"""The logged-in editor's picture in Decap's header (`avatar_url` of the GitHub user)."""

AUTH_SCOPE = "public_repo"
"""The OAuth scope Decap asks GitHub for: enough to push branches and open pull requests in a public repository,
nothing more (Decap's default is `repo`, which also reaches every private repository the editor can see)."""

BODY_FIELD = "body"

# --------------------------------------------------------------------------------------------------------------
# What the model does not say: the body's label, and where the values of reference fields come from.

BODY_LABEL = "Tekst"
"""The label of the body; every front matter field has its Dutch label on the model (`Field(title=…)`)."""

Option = dict[str, str]


def _slug_options(items: Any) -> list[Option]:
    return [{"label": item.name, "value": item.slug} for item in items]


def _code_options(items: Any) -> list[Option]:
    return [{"label": f"{item.code} – {item.name}", "value": item.code} for item in items]


def _municipality_options(references: References) -> list[Option]:
    municipalities = sorted(references.municipality_by_slug.values(), key=lambda m: (m.name.casefold(), m.slug))
    return [{"label": m.name, "value": m.slug} for m in municipalities]


SELECTS: Mapping[str, Callable[[References], list[Option]]] = {
    "type": lambda refs: _slug_options(refs.event_types),
    "chain_stages": lambda refs: _slug_options(refs.stages),
    "leaks": lambda refs: _code_options(refs.leaks),
    "interventions": lambda refs: _code_options(refs.interventions),
    "municipality": _municipality_options,
    "region": lambda refs: _slug_options(refs.regions),
    "kind": lambda refs: _slug_options(refs.partner_kinds),
    "offers": lambda refs: _slug_options(refs.offers),
    "level": lambda refs: _slug_options(refs.levels),
    "language": lambda refs: [{"label": f"{item.dutch_name} ({item.name})", "value": item.code} for item in refs.languages],
}
"""Fields whose values come from a list in data/ (by field name: the same name means the same list everywhere)."""

RELATIONS: Mapping[str, str] = {
    "audiences": PERSONAS.folder,
    "personas": PERSONAS.folder,
    "organizer": PARTNERS.folder,
    "employer": PARTNERS.folder,
    "school": PARTNERS.folder,
    "programmes": PROGRAMMES.folder,
}
"""Fields whose values are the slugs of other content files: field name → collection."""


@dataclass(frozen=True)
class CmsCollection:
    """How one kind of content is listed in Decap beyond what the kinds table says (labels, description, page)."""

    summary: str
    sort: tuple[str, ...]
    """Fields the list can be sorted on; it opens sorted on the first, in `direction`."""
    direction: str
    deletable: bool = True
    year_groups: bool = False
    """Group the list by the year of `start`."""


COLLECTIONS: Mapping[str, CmsCollection] = {
    EVENTS.name: CmsCollection("{{start}} · {{title}}", ("start", "title"), "desc", deletable=False, year_groups=True),
    PERSONAS.name: CmsCollection("{{order}}. {{name}}", ("order", "name"), "asc"),
    STORIES.name: CmsCollection("{{title}} ({{person}})", ("date", "title"), "desc"),
    PROGRAMMES.name: CmsCollection("{{name}} ({{level}})", ("name", "level"), "asc"),
}
"""Per kind of content (`ContentKind.name`), where the default of `collection_of` does not fit."""


def collection_of(kind: ContentKind[Any, Any]) -> CmsCollection:
    """How a kind is listed: its entry in COLLECTIONS, or by its title field, A to Z."""
    return COLLECTIONS.get(kind.name) or CmsCollection("{{" + kind.title_field + "}}", (kind.title_field,), "asc")

# --------------------------------------------------------------------------------------------------------------
# The shape of a field, read from its type annotation.


def _validator(alias: Any) -> Callable[..., Any]:
    return next(item.func for item in get_args(alias)[1:] if isinstance(item, BeforeValidator))


FIELD_TYPES: Mapping[Callable[..., Any], str] = {
    _validator(field_types.Text): "text",
    _validator(field_types.Slug): "slug",
    _validator(field_types.Flag): "flag",
    _validator(field_types.WebUrl): "url",
    _validator(field_types.CalendarDate): "date",
    _validator(field_types.Moment): "moment",
    _validator(field_types.EndMoment): "end",
    _validator(field_types.FocusPoint): "focus",
    _validator(field_types.PostalCode): "postal_code",
    _validator(contact_types.Role): "text",
    _validator(contact_types.Email): "email",
    _validator(contact_types.Phone): "phone",
}
"""The field types of structure/fields.py, recognised by the validator that defines them."""


@dataclass(frozen=True)
class Shape:
    """What a field holds: `kind` (text, slug, url, focus, postal_code, flag, date, moment, end, uuid, int, float, enum, object or
    list), the item of a list, the model of an object, the enum of a choice, and the limits the model sets."""

    kind: str
    item: Shape | None = None
    model: type[BaseModel] | None = None
    enum: type[Enum] | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None


def shape_of(annotation: Any) -> Shape:
    """The shape of a type annotation; a type this module does not know is an error, never a silent text field."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *metadata = get_args(annotation)
        for item in metadata:
            if isinstance(item, BeforeValidator) and item.func in FIELD_TYPES:
                schema = next((m.json_schema for m in metadata if isinstance(m, WithJsonSchema)), None) or {}
                return _constrained(Shape(FIELD_TYPES[item.func], pattern=schema.get("pattern")), metadata)
        return _constrained(shape_of(base), metadata)
    if origin in (Union, UnionType):
        present = [arg for arg in get_args(annotation) if arg is not NoneType]
        if len(present) == 1:
            return shape_of(present[0])
    if origin is tuple:
        args = get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            return Shape("list", item=shape_of(args[0]))
    if isinstance(annotation, type):
        if issubclass(annotation, Enum):
            return Shape("enum", enum=annotation)
        if issubclass(annotation, BaseModel):
            return Shape("object", model=annotation)
        if annotation is int:
            return Shape("int")
        if annotation is float:
            return Shape("float")
        if annotation is str:
            return Shape("str")
    raise TypeError(f"sitegen.files.cms kent geen Decap-widget voor het type {annotation!r}")


def _constrained(shape: Shape, metadata: list[Any]) -> Shape:
    for item in metadata:
        if isinstance(item, FieldInfo):
            shape = _constrained(shape, list(item.metadata))
        elif isinstance(item, annotated_types.Ge):
            shape = replace(shape, minimum=item.ge)  # type: ignore[arg-type]
        elif isinstance(item, annotated_types.Le):
            shape = replace(shape, maximum=item.le)  # type: ignore[arg-type]
        elif isinstance(item, annotated_types.MinLen):
            shape = replace(shape, min_items=item.min_length)
        elif isinstance(item, StringConstraints) and item.pattern is not None:
            shape = replace(shape, kind="uuid" if item.pattern == UID_PATTERN else shape.kind, pattern=str(item.pattern))
    return shape


# --------------------------------------------------------------------------------------------------------------
# Shapes to Decap widgets.

PATTERN_MESSAGES: Mapping[str, str] = {
    "url": "een volledig webadres dat begint met https://",
    "moment": "JJJJ-MM-DD (hele dag) of JJJJ-MM-DD UU:MM",
    "end": "UU:MM (zelfde dag), JJJJ-MM-DD UU:MM of een laatste dag JJJJ-MM-DD",
    "focus": "twee percentages, eerst van links en dan van boven, zoals 50% 30%",
    "postal_code": "vier cijfers en twee letters, zoals 1703 AB",
    "email": "één e-mailadres met een @, zoals gastlessen@voorbeeld.nl",
    "phone": "cijfers met spaties of streepjes, zoals 072 123 4567",
}

DATE_FORMAT = "YYYY-MM-DD"
"""What the loader accepts as a date (structure/fields.py, DATE_PATTERN), in Decap's (dayjs) notation."""

MOMENT_HINTS: Mapping[str, str] = {
    "moment": "Laat de tijd leeg voor een activiteit die de hele dag duurt.",
    "end": "Alleen een tijd: einde op dezelfde dag. Alleen een datum: de laatste dag (bij een hele dag).",
}

OPTIONAL_PART = "Verplicht als je dit onderdeel invult."

MARKDOWN_BUTTONS = ["bold", "italic", "link", "heading-two", "heading-three", "bulleted-list", "numbered-list", "quote"]


def _label(name: str, info: FieldInfo) -> str:
    if not info.title:
        raise KeyError(f"sitegen.files.cms: geef het veld {name!r} een Nederlands label met Field(title=...) in het model")
    return info.title


def decap_fields(model: type[BaseModel], references: References, *, inside_optional: bool = False) -> list[dict[str, Any]]:
    """The Decap fields of a model, field for field in the model's order; choices from `references`."""
    return [_decap_field(name, info, references, inside_optional) for name, info in model.model_fields.items()]


def _decap_field(name: str, info: FieldInfo, references: References, inside_optional: bool) -> dict[str, Any]:
    required = info.is_required()
    hint = info.description or ""
    if required and inside_optional:
        # Decap checks required fields inside an optional object even when that object is left empty
        # (decap-cms#7748); the loader still requires them once the object is given.
        required = False
        hint = f"{hint} {OPTIONAL_PART}".strip()
    field: dict[str, Any] = {"name": name, "label": _label(name, info), "required": required}
    if hint:
        field["hint"] = hint
    optional = not info.is_required() or inside_optional
    field.update(_widget(name, shape_of(info.rebuild_annotation()), references, optional))
    default = info.get_default()
    if isinstance(default, Enum):
        field["default"] = default.value
    elif isinstance(default, bool):
        field["default"] = default
    return field


def _widget(name: str, shape: Shape, references: References, optional: bool) -> dict[str, Any]:
    if name in RELATIONS or name in SELECTS:
        return _choice(name, shape, references)
    kind = shape.kind
    if kind == "uuid":
        return {"widget": "uid"}
    if kind == "text":
        return {"widget": "string"}
    if kind in ("url", "focus", "postal_code", "email", "phone"):
        return {"widget": "string", "pattern": [shape.pattern, PATTERN_MESSAGES[kind]]}
    if kind == "flag":
        return {"widget": "boolean"}
    if kind == "date":
        return {"widget": "datetime", "format": DATE_FORMAT, "date_format": DATE_FORMAT, "time_format": False, "picker_utc": False}
    if kind in ("moment", "end"):
        return {
            "widget": "moment",
            "time_hint": MOMENT_HINTS[kind],
            "pattern": [shape.pattern, PATTERN_MESSAGES[kind]],
        }
    if kind in ("int", "float"):
        number: dict[str, Any] = {"widget": "number", "value_type": kind}
        if kind == "float":
            number["step"] = 0.000001
        if shape.minimum is not None:
            number["min"] = shape.minimum
        if shape.maximum is not None:
            number["max"] = shape.maximum
        return number
    if kind == "enum":
        assert shape.enum is not None
        return {"widget": "select", "options": [member.value for member in shape.enum]}
    if kind == "object":
        assert shape.model is not None
        fields = decap_fields(shape.model, references, inside_optional=optional)
        if shape.model is field_types.ImageRef:
            fields = [_image_file(field) if field["name"] == "src" else field for field in fields]
        return {"widget": "object", "collapsed": False, "fields": fields}
    if kind == "list" and shape.item is not None and shape.item.kind == "enum":
        assert shape.item.enum is not None
        return {"widget": "select", "multiple": True, "options": [member.value for member in shape.item.enum]}
    if kind == "list" and shape.item is not None and shape.item.kind == "text":
        listed: dict[str, Any] = {"widget": "list", "field": {"name": "item", "label": "Regel", "widget": "string"}}
        if shape.min_items:
            listed["min"] = shape.min_items
        return listed
    if kind == "list" and shape.item is not None and shape.item.kind == "object" and shape.item.model is not None:
        # A list of small objects, such as the summaries in other languages: one entry per object.
        return {"widget": "list", "collapsed": True, "default": [], "fields": decap_fields(shape.item.model, references, inside_optional=True)}
    if kind == "slug" or (shape.item is not None and shape.item.kind == "slug"):
        raise TypeError(f"sitegen.files.cms: het veld {name!r} verwijst naar iets, maar staat niet in SELECTS of RELATIONS")
    raise TypeError(f"sitegen.files.cms kent geen Decap-widget voor het veld {name!r} ({kind})")


def _choice(name: str, shape: Shape, references: References) -> dict[str, Any]:
    """A select from data/ or a relation to other content files; a list shape makes it multiple."""
    multiple = shape.kind == "list"
    item = shape.item if multiple else shape
    if item is None or item.kind not in ("slug", "text"):
        raise TypeError(f"sitegen.files.cms: het veld {name!r} verwijst naar een lijst, maar is geen tekst of verwijzing")
    if name in RELATIONS:
        widget: dict[str, Any] = {
            "widget": "relation",
            "collection": RELATIONS[name],
            "search_fields": ["name"],
            "display_fields": ["name"],
            "value_field": "{{slug}}",
            "options_length": 1000,
        }
    else:
        widget = {"widget": "select", "options": SELECTS[name](references)}
    if multiple:
        widget["multiple"] = True
        if shape.min_items:
            widget["min"] = shape.min_items
    return widget


def _image_file(field: dict[str, Any]) -> dict[str, Any]:
    """The `src` of an image: a file picked or uploaded next to the entry, never a web address."""
    return {**field, "widget": "image", "choose_url": False}


# --------------------------------------------------------------------------------------------------------------
# The config and the files.


def cms_config(site: Site, *, local_backend_url: str = LOCAL_BACKEND_URL) -> dict[str, Any]:
    """Decap's config.yml as data: the collections generated from the content model, reference lists from data/."""
    settings = site.references.settings
    return {
        "backend": {
            "name": "github",
            # The network's repository (data/site.yml `repository`) that editors publish to.
            "repo": settings.repository,
            "branch": "main",
            "auth_scope": AUTH_SCOPE,
            **_login(settings.cms_login),
            # One commit per published change: the calendar feeds count every commit that changes an event.
            "squash_merges": True,
            "commit_messages": {
                "create": "{{collection}}: {{slug}} toegevoegd",
                "update": "{{collection}}: {{slug}} bijgewerkt",
                "delete": "{{collection}}: {{slug}} verwijderd",
                "uploadMedia": "Afbeelding {{path}} toegevoegd",
                "deleteMedia": "Afbeelding {{path}} verwijderd",
            },
        },
        "local_backend": {"url": local_backend_url},
        "publish_mode": "editorial_workflow",
        "locale": "nl",
        "site_url": settings.url,
        # Images live next to the Markdown file that names them (collection level below); the global media
        # library needs a folder too: content/ itself, where the checks report any image nothing names.
        "media_folder": "content",
        "public_folder": "",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [_collection(kind, collection_of(kind), site.references) for kind in CONTENT_KINDS],
    }


def _login(address: str | None) -> dict[str, str]:
    """Decap's github backend opens `base_url` + `/` + `auth_endpoint` to log in (default: Netlify's service,
    https://api.netlify.com/auth); `cms_login` in data/site.yml names the network's own service instead."""
    if address is None:
        return {}
    parts = urlsplit(address)
    return {"base_url": f"{parts.scheme}://{parts.netloc}", "auth_endpoint": parts.path.strip("/") or "auth"}


def _collection(kind: ContentKind[Any, Any], collection: CmsCollection, references: References) -> dict[str, Any]:
    body = {
        "name": BODY_FIELD,
        "label": BODY_LABEL,
        "widget": "markdown",
        "required": False,
        "buttons": MARKDOWN_BUTTONS,
        "editor_components": [],
        "modes": ["rich_text", "raw"],
    }
    result: dict[str, Any] = {
        "name": kind.folder,
        "label": kind.plural.capitalize(),
        "label_singular": kind.noun.capitalize(),
        "description": kind.description,
        "folder": f"content/{kind.folder}",
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "delete": collection.deletable,
        "slug": "{{" + kind.title_field + "}}",
        "identifier_field": kind.title_field,
        "summary": collection.summary,
        "preview_path": urls.page_url(kind.page("{{slug}}")),
        "sortable_fields": [{"field": collection.sort[0], "default_sort": collection.direction}, *collection.sort[1:]],
        "media_folder": "",
        "public_folder": "",
        "fields": [*decap_fields(kind.fields, references), body],
    }
    if collection.year_groups:
        result["view_groups"] = [{"label": "Jaar", "field": "start", "pattern": r"^\d{4}"}]
    return result


class _Dumper(yaml.SafeDumper):
    """Plain YAML without anchors and aliases (a list used twice is written twice)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def cms_config_yaml(config: Mapping[str, Any]) -> bytes:
    header = "# Decap CMS: generated by sitegen/files/cms.py from the content model (sitegen/model/). Do not edit.\n"
    return (header + yaml.dump(dict(config), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)).encode()


@cache
def _environment() -> Environment:
    return template_environment(autoescape=True)


def admin_policy(page: str, local_backend_url: str = LOCAL_BACKEND_URL) -> str:
    """/admin/ with its own Content-Security-Policy: scripts from the admin folder and its own inline scripts,
    connections to GitHub's API (and status page) and the local proxy, images also as blob: (Decap shows images
    it read through the API, and uploads before they are saved, as blob: URLs) and the editor's GitHub picture.

    'unsafe-eval' is needed, here only: Decap checks config.yml with ajv, which compiles the JSON Schema into a
    function with `new Function` at start-up; without it Decap stops with "Error compiling schema" (measured in
    tests/test_cms_browser.py). Inline scripts other than the page's own stay blocked, and so do inline event
    handlers such as `onerror=` in a preview of an editor's text.
    """
    return csp.with_policy(
        page,
        "",
        connect=(GITHUB_API, GITHUB_STATUS, csp.origin(local_backend_url)),
        images=("blob:", GITHUB_AVATARS),
        eval_scripts=True,
    )


def cms_files(site: Site, *, local_backend_url: str = LOCAL_BACKEND_URL) -> dict[str, bytes]:
    """`{admin/index.html, admin/config.yml, admin/decap-cms.js: bytes}`, byte-identical from run to run.

    Without node_modules (no `npm ci`, e.g. a build with Python only) the editor cannot be published: then
    admin/index.html says so in Dutch, there is no admin/decap-cms.js, and a warning is logged; the build goes on.
    """
    script = site.root / DECAP_SCRIPT
    available = script.is_file()
    if not available:
        log.warning("sitegen.files.cms: %s ontbreekt; /admin/ krijgt alleen een melding. Draai 'npm ci' (make setup).", DECAP_SCRIPT)
    page = _environment().get_template("admin.html.j2").render(
        site_name=site.references.settings.name, available=available, script=DECAP_SCRIPT.as_posix()
    )
    files = {
        f"{ADMIN}/index.html": admin_policy(page, local_backend_url).encode(),
        f"{ADMIN}/config.yml": cms_config_yaml(cms_config(site, local_backend_url=local_backend_url)),
    }
    if available:
        files[f"{ADMIN}/decap-cms.js"] = script.read_bytes()
    return files
