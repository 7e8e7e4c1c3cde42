"""Decap CMS (/admin/): its config is the content model, field for field, and what it writes the loader reads back."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, Field

from conftest import PROJECT_ROOT, ProjectMaker
from sitegen.files.cms import DECAP_SCRIPT, cms_config, cms_files, decap_fields, shape_of
from sitegen.loading.loader import load_site
from sitegen.model.fields import DATE_PATTERN, DATE_TIME_PATTERN, TIME_PATTERN, FrozenModel, ImageRef, Slug, Text
from sitegen.model.kinds import CONTENT_KINDS
from sitegen.model.site import Site


@pytest.fixture(scope="module")
def sample_site() -> Site:
    return load_site(PROJECT_ROOT)


@pytest.fixture(scope="module")
def config(sample_site: Site) -> dict[str, Any]:
    return cms_config(sample_site)


def collection(config: dict[str, Any], name: str) -> dict[str, Any]:
    return next(item for item in config["collections"] if item["name"] == name)


def walk(fields: list[dict[str, Any]], parent: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every Decap field with its path, nested object fields included."""
    for field in fields:
        path = (*parent, field["name"])
        yield path, field
        yield from walk(field.get("fields", []), path)


def nested_model(model: type[BaseModel], name: str) -> type[BaseModel]:
    shape = shape_of(model.model_fields[name].rebuild_annotation())
    if shape.kind == "list" and shape.item is not None:
        shape = shape.item  # a list of objects, such as the summaries in other languages
    assert shape.model is not None
    return shape.model


# --- the config is the content model ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", CONTENT_KINDS, ids=lambda kind: kind.folder)
def test_every_content_folder_is_a_collection(kind, config):
    item = collection(config, kind.folder)
    assert item["folder"] == f"content/{kind.folder}"
    assert (item["extension"], item["format"], item["create"]) == ("md", "frontmatter", True)
    assert item["identifier_field"] in kind.fields.model_fields
    assert item["slug"] == "{{" + item["identifier_field"] + "}}"


@pytest.mark.parametrize("kind", CONTENT_KINDS, ids=lambda kind: kind.folder)
def test_fields_are_the_models_fields_plus_body(kind, config):
    fields = collection(config, kind.folder)["fields"]
    assert [field["name"] for field in fields] == [*kind.fields.model_fields, "body"]
    assert fields[-1]["widget"] == "markdown"
    _assert_same_fields(kind.fields, fields[:-1], parent_required=True)


def _assert_same_fields(model: type[BaseModel], fields: list[dict[str, Any]], parent_required: bool) -> None:
    assert [field["name"] for field in fields] == list(model.model_fields)
    for field in fields:
        info = model.model_fields[field["name"]]
        # Inside an optional object Decap cannot require anything (decap-cms#7748): the loader does, once it is given.
        assert field["required"] is (info.is_required() and parent_required), field["name"]
        assert field["hint"].startswith(info.description), field["name"]
        assert field["label"] == info.title and info.title[0].isupper(), field["name"]
        if field["widget"] == "object":
            _assert_same_fields(nested_model(model, field["name"]), field["fields"], parent_required and info.is_required())
        if field["widget"] == "list" and "fields" in field:
            # Each entry of a list of objects: Decap cannot require a field inside it, the loader does.
            _assert_same_fields(nested_model(model, field["name"]), field["fields"], parent_required=False)


def _expected_options(name: str, site: Site) -> list[str]:
    """The reference list each field name means, written out independently of sitegen.files.cms."""
    refs = site.references
    return {
        "type": [item.slug for item in refs.event_types],
        "chain_stages": [item.slug for item in refs.stages],
        "leaks": [item.code for item in refs.leaks],
        "interventions": [item.code for item in refs.interventions],
        "municipality": [m.slug for m in sorted(refs.municipality_by_slug.values(), key=lambda m: m.name.casefold())],
        "region": [item.slug for item in refs.regions],
        "kind": [item.slug for item in refs.partner_kinds],
        "offers": [item.slug for item in refs.offers],
        "level": [item.slug for item in refs.levels],
        "language": [item.code for item in refs.languages],
    }[name]


def _option_values(field: dict[str, Any]) -> list[str]:
    return [option["value"] if isinstance(option, dict) else option for option in field["options"]]


def test_every_select_offers_exactly_its_reference_list_or_enum(config, sample_site):
    seen = set()
    for kind in CONTENT_KINDS:
        for path, field in walk(collection(config, kind.folder)["fields"]):
            if field["widget"] != "select":
                continue
            seen.add(path[-1])
            annotation = _model_field(kind.fields, path).rebuild_annotation()
            shape = shape_of(annotation)
            if shape.kind == "enum":
                assert shape.enum is not None
                assert _option_values(field) == [member.value for member in shape.enum]
                assert field["default"] == _model_field(kind.fields, path).default.value
            elif shape.kind == "list" and shape.item is not None and shape.item.kind == "enum":
                assert shape.item.enum is not None
                assert _option_values(field) == [member.value for member in shape.item.enum]
                assert field["multiple"] is True
            else:
                assert _option_values(field) == _expected_options(path[-1], sample_site), path
                assert field.get("multiple", False) is (shape.kind == "list"), path
    assert seen == {
        "type", "chain_stages", "leaks", "interventions", "municipality", "region", "kind", "offers", "status", "address",
        "level", "pathway", "language",
    }


def _model_field(model: type[BaseModel], path: tuple[str, ...]) -> Any:
    for name in path[:-1]:
        model = nested_model(model, name)
    return model.model_fields[path[-1]]


def test_select_and_relation_fields_name_the_list_their_description_names(config):
    """Where the model's explanation says 'uit data/x.yml' or 'uit content/y/', the CMS offers exactly that."""
    data_files = {"type": "event_types.yml", "chain_stages": "chain_stages.yml", "leaks": "leaks.yml",
                  "interventions": "interventions.yml", "municipality": "regions.yml", "region": "regions.yml",
                  "kind": "partner_kinds.yml", "offers": "offers.yml", "level": "levels.yml",
                  "language": "languages.yml"}
    for kind in CONTENT_KINDS:
        for path, field in walk(collection(config, kind.folder)["fields"]):
            named = re.search(r"(data/[a-z_]+\.yml|content/[a-z]+/)", field.get("hint", ""))
            if named is None:
                continue
            if field["widget"] == "relation":
                assert named.group(1) == f"content/{field['collection']}/", path
            else:
                assert field["widget"] == "select", path
                assert named.group(1) == f"data/{data_files[path[-1]]}", path


def test_every_slug_field_is_a_choice_never_free_text(config):
    """A slug refers to something; typing it by hand is how typos happen."""
    for kind in CONTENT_KINDS:
        for path, field in walk(collection(config, kind.folder)["fields"][:-1]):  # all but the body
            shape = shape_of(_model_field(kind.fields, path).rebuild_annotation())
            item = shape.item if shape.kind == "list" else shape
            if item is not None and item.kind == "slug":
                assert field["widget"] in ("select", "relation"), path


def test_relations_point_at_collections_by_slug(config, sample_site):
    names = {item["name"]: item for item in config["collections"]}
    relations = [
        (kind, path, field)
        for kind in CONTENT_KINDS
        for path, field in walk(collection(config, kind.folder)["fields"])
        if field["widget"] == "relation"
    ]
    assert {path[-1] for _, path, _ in relations} == {"audiences", "personas", "organizer", "employer", "school", "programmes"}
    for kind, path, field in relations:
        target = names[field["collection"]]
        target_fields = {item["name"] for item in target["fields"]}
        assert set(field["search_fields"]) <= target_fields
        assert set(field["display_fields"]) <= target_fields
        assert field["value_field"] == "{{slug}}"
        shape = shape_of(_model_field(kind.fields, path).rebuild_annotation())
        assert field.get("multiple", False) is (shape.kind == "list"), path
        assert field["options_length"] >= len(sample_site.partners) + len(sample_site.personas)


def test_field_types_become_the_right_widgets(config):
    events = {path: field for path, field in walk(collection(config, "events")["fields"])}
    assert events[("uid",)]["widget"] == "uid"
    assert events[("title",)]["widget"] == "string"
    assert events[("start",)]["widget"] == "moment"
    assert events[("start",)]["pattern"][0] == f"{DATE_PATTERN}|{DATE_TIME_PATTERN}"
    assert events[("end",)]["pattern"][0] == f"{DATE_PATTERN}|{DATE_TIME_PATTERN}|{TIME_PATTERN}"
    assert events[("online",)]["widget"] == "string" and events[("online",)]["pattern"][0].startswith("^https?://")
    assert events[("location",)]["widget"] == "object"
    assert events[("location", "lat")] | {"hint": ""} == events[("location", "lat")] | {
        "hint": "", "widget": "number", "value_type": "float", "min": -90, "max": 90}
    assert events[("image",)]["widget"] == "object"
    assert (events[("image", "src")]["widget"], events[("image", "src")]["choose_url"]) == ("image", False)
    assert events[("image", "alt")]["widget"] == "string"
    assert events[("body",)]["widget"] == "markdown"
    assert events[("body",)]["editor_components"] == []  # no images or code blocks in the body: the loader has none

    stories = {path: field for path, field in walk(collection(config, "stories")["fields"])}
    assert {key: stories[("date",)][key] for key in ("widget", "format", "time_format", "picker_utc")} == {
        "widget": "datetime", "format": "YYYY-MM-DD", "time_format": False, "picker_utc": False}
    assert (stories[("example",)]["widget"], stories[("example",)]["default"]) == ("boolean", False)

    personas = {path: field for path, field in walk(collection(config, "personas")["fields"])}
    assert personas[("order",)] | {"hint": ""} == {"name": "order", "label": "Plaats in 'Wie ben jij?'", "required": True,
                                                    "hint": "", "widget": "number", "value_type": "int", "min": 1}
    assert personas[("cares_about",)]["widget"] == "list" and personas[("cares_about",)]["field"]["widget"] == "string"


def test_a_type_the_cms_does_not_know_is_an_error_not_a_text_field(sample_site):
    class Odd(FrozenModel):
        start: complex = Field(title="Begin")

    class Unlisted(FrozenModel):
        role: Slug = Field(title="Functie")  # a slug, but of which list?

    class Known(FrozenModel):
        title: Text
        picture: ImageRef | None = None

    with pytest.raises(TypeError, match="complex"):
        decap_fields(Odd, sample_site.references)
    with pytest.raises(TypeError, match="role"):
        decap_fields(Unlisted, sample_site.references)
    with pytest.raises(KeyError, match="label"):
        decap_fields(Known, sample_site.references)


# --- the whole config ---------------------------------------------------------------------------------------


def test_backend_workflow_media_and_locale(config, sample_site):
    assert config["backend"]["name"] == "github" and config["backend"]["branch"] == "main"
    assert config["local_backend"] == {"url": "http://127.0.0.1:8081/api/v1"}
    assert config["publish_mode"] == "editorial_workflow"
    assert config["locale"] == "nl"
    assert config["site_url"] == sample_site.references.settings.url
    for item in config["collections"]:
        # An image's src is relative to its Markdown file: Decap stores uploads next to the entry and writes
        # the bare file name.
        assert (item["media_folder"], item["public_folder"]) == ("", "")
    assert cms_config(sample_site, local_backend_url="http://127.0.0.1:9999/api/v1")["local_backend"]["url"].endswith(":9999/api/v1")


def test_github_is_asked_for_public_repo_only(sample_site):
    """Decap asks GitHub for `repo` (every private repository too) unless the backend names a narrower scope."""
    written = yaml.safe_load(cms_files(sample_site)["admin/config.yml"])
    assert written["backend"]["auth_scope"] == "public_repo"
    # The key and value Decap's own config schema accepts (its ajv schema lists `auth_scope: repo | public_repo`).
    decap = (PROJECT_ROOT / DECAP_SCRIPT).read_text(encoding="utf-8")
    assert 'auth_scope:{type:"string",examples:["repo","public_repo"],enum:["repo","public_repo"]}' in decap


def _admin_policy(html: str) -> dict[str, list[str]]:
    metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert len(metas) == 1, metas
    return {name: sources for name, *sources in (part.split() for part in metas[0].split(";"))}


def test_the_admin_page_has_its_own_policy(sample_site):
    html = cms_files(sample_site, local_backend_url="http://127.0.0.1:9999/api/v1")["admin/index.html"].decode()
    policy = _admin_policy(html)
    assert html.index("Content-Security-Policy") < html.index("<script"), "the policy comes before every script"
    inline = re.findall(r"<script>(.*?)</script>", html, re.DOTALL)
    assert len(inline) == 2
    expected = {"'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'" for text in inline}
    # 'unsafe-eval' because Decap compiles its config schema with ajv (`new Function`); see sitegen/files/cms.py.
    assert policy["script-src"] == ["'self'", "'unsafe-eval'", *sorted(expected)]
    assert policy["connect-src"] == ["'self'", "https://api.github.com", "https://www.githubstatus.com",
                                     "http://127.0.0.1:9999"]
    assert policy["img-src"] == ["'self'", "data:", "blob:", "https://avatars.githubusercontent.com"]
    assert policy["object-src"] == ["'none'"] and policy["frame-src"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"]


def test_config_yml_is_the_config_and_files_are_deterministic(sample_site):
    first, second = cms_files(sample_site), cms_files(load_site(PROJECT_ROOT))
    assert first == second
    assert set(first) == {"admin/index.html", "admin/config.yml", "admin/decap-cms.js"}
    assert yaml.safe_load(first["admin/config.yml"]) == json.loads(json.dumps(cms_config(sample_site)))
    assert b"&id" not in first["admin/config.yml"], "no YAML anchors"


def test_decap_reads_config_yml_as_python_does(sample_site):
    """Decap parses config.yml with the `yaml` package (YAML 1.2); it must see the same data."""
    node = _node()
    text = cms_files(sample_site)["admin/config.yml"].decode()
    result = subprocess.run(
        [node, "-e", "const yaml = require('yaml'); let s = ''; process.stdin.on('data', d => s += d);"
                     "process.stdin.on('end', () => process.stdout.write(JSON.stringify(yaml.parse(s))));"],
        input=text, capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60, check=True,
    )
    assert json.loads(result.stdout) == yaml.safe_load(text)


def test_admin_page_loads_decap_from_its_own_folder(sample_site):
    files = cms_files(sample_site)
    html = files["admin/index.html"].decode()
    assert '<html lang="nl">' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "<title>Redactie · Infra Bindt</title>" in html
    assert '<script src="decap-cms.js"></script>' in html
    assert '<link href="config.yml" type="text/yaml" rel="cms-config-url">' in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "nothing from another origin"
    assert 'registerWidget("uid"' in html and 'registerWidget("moment"' in html and 'name: "preSave"' in html
    assert files["admin/decap-cms.js"] == (PROJECT_ROOT / DECAP_SCRIPT).read_bytes()


def test_without_node_modules_the_admin_page_says_so(project: ProjectMaker, caplog):
    site = load_site(project.root)
    with caplog.at_level(logging.WARNING, logger="sitegen.files.cms"):
        files = cms_files(site)
    assert set(files) == {"admin/index.html", "admin/config.yml"}
    html = files["admin/index.html"].decode()
    assert "npm ci" in html and "<script" not in html
    assert "decap-cms.js ontbreekt" in caplog.text


@pytest.mark.build
def test_admin_is_published_outside_the_nav_and_the_search(built_site: Path):
    expected = cms_files(load_site(PROJECT_ROOT))
    for path in ("admin/index.html", "admin/config.yml", "admin/decap-cms.js"):
        assert (built_site / path).read_bytes() == expected[path], path
    search_index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in search_index["docs"] if doc["location"].startswith("admin")]
    assert "admin/" not in (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert 'href="admin/' not in (built_site / "index.html").read_text(encoding="utf-8")


# --- what Decap writes, the loader reads --------------------------------------------------------------------

# The values the `moment` widget of admin/index.html writes: a day and a time, a whole day, or (an end) a time.
MOMENT_WRITES = {"start": ["2026-03-14 10:00", "2026-04-09"], "end": ["15:00", "2026-03-14 16:30", "2026-04-10"]}


def test_what_the_moment_widget_writes_matches_the_fields_pattern(config):
    events = {field["name"]: field for field in collection(config, "events")["fields"]}
    for name, values in MOMENT_WRITES.items():
        for value in values:
            assert re.search(events[name]["pattern"][0], value), (name, value)
    assert not re.search(events["start"]["pattern"][0], "10:00"), "a start needs a day"


def test_files_as_decap_writes_them_load(project: ProjectMaker, config):
    """Entries serialised by Decap's own code path (dayjs for the date widget, gray-matter with the `yaml`
    package for the front matter) load without problems and mean what the editor entered."""
    node = _node()
    story_date = {key: field for key, field in walk(collection(config, "stories")["fields"])}[("date",)]
    long_summary = "Een lange samenvatting die Decap over meer regels vouwt, " * 3
    entries = {
        "content/events/dagje-bruggen.md": {
            "data": {"uid": str(uuid.uuid4()), "title": "Dagje bruggen", "start": "2026-03-14 10:00", "end": "15:00",
                     "type": "open-dag", "audiences": ["vmbo-leerling"], "chain_stages": ["vmbo"],
                     "location": {"name": "Werf", "city": "Alkmaar", "municipality": "alkmaar", "lat": 52.63, "lon": 4.75},
                     "organizer": "voorbeeld-bv", "status": "gepland", "summary": long_summary.strip()},
            "body": "Kom **kijken**.\n",
        },
        "content/events/hele-dag.md": {
            "data": {"uid": str(uuid.uuid4()), "title": "Hele dag", "start": "2026-04-09", "end": "2026-04-10",
                     "type": "beurs", "audiences": ["vmbo-leerling"], "online": "https://example.org/live",
                     "organizer": "voorbeeld-bv", "status": "afgelast"},
            "body": "",
        },
        "content/events/met-eindtijd.md": {
            "data": {"uid": str(uuid.uuid4()), "title": "Met eindtijd", "start": "2026-05-20 09:30",
                     "end": "2026-05-20 16:30", "type": "gastles", "audiences": ["vmbo-leerling"],
                     "online": "https://example.org/les", "organizer": "voorbeeld-bv"},
            "body": "Tekst.\n",
        },
        "content/stories/sanne.md": {
            "data": {"title": "Van vmbo naar uitvoerder", "person": "Sanne de Vries", "role": "Uitvoerder",
                     "employer": "voorbeeld-bv", "personas": ["vmbo-leerling"], "route": "vmbo → mbo → werk",
                     "region": "noord-holland-noord", "quote": "Elke dag zie ik wat ik gebouwd heb.",
                     "date": {"input": "2026-02-01", "inputFormat": "YYYY-MM-DD", "format": story_date["format"]},
                     "example": True},
            "body": "Het verhaal van Sanne.\n",
        },
        "content/personas/vmbo-leerling.md": {
            "data": {"name": "Vmbo-leerling", "promise": "Bouw mee aan bruggen en dijken.", "chain_stages": ["vmbo"],
                     "cares_about": ["Buiten werken", "no", "10:00"], "order": 1},
            "body": "Tekst over de vmbo-leerling.\n",
        },
    }
    result = subprocess.run([node, "-e", DECAP_WRITER], input=json.dumps(entries), capture_output=True,
                            text=True, cwd=PROJECT_ROOT, timeout=60, check=True)
    written = json.loads(result.stdout)
    for relative, text in written.items():
        project.write(relative, text)
    assert "start: 2026-03-14 10:00\n" in written["content/events/dagje-bruggen.md"]  # unquoted, as Decap writes
    assert "\n  " in written["content/events/dagje-bruggen.md"].split("summary:")[1]  # folded over two lines

    site = load_site(project.root)
    events = {event.slug: event for event in site.events}
    assert (events["dagje-bruggen"].start, events["dagje-bruggen"].end) == (datetime(2026, 3, 14, 10, 0), time(15, 0))
    assert events["dagje-bruggen"].summary == long_summary.strip()
    assert events["dagje-bruggen"].location is not None and events["dagje-bruggen"].location.lat == 52.63
    assert (events["hele-dag"].start, events["hele-dag"].end) == (date(2026, 4, 9), date(2026, 4, 10))
    assert events["met-eindtijd"].end == datetime(2026, 5, 20, 16, 30)
    (story,) = site.stories
    assert (story.date, story.example) == (date(2026, 2, 1), True)
    assert site.persona_by_slug["vmbo-leerling"].cares_about == ("Buiten werken", "no", "10:00")


# Decap's DateTimeControl.handleChange (dayjs) and FrontmatterFormatter.toFile (gray-matter + yaml), as in
# decap-cms-core/src/formats/{frontmatter,yaml}.ts and decap-cms-widget-datetime/src/DateTimeControl.js.
DECAP_WRITER = r"""
const dayjs = require("dayjs");
dayjs.extend(require("dayjs/plugin/customParseFormat"));
const matter = require("gray-matter");
const yaml = require("yaml");
const engines = {yaml: {
  parse: (text) => yaml.parse(text),
  stringify: (meta) => { const doc = new yaml.Document(); doc.contents = yaml.createNode(meta); return doc.toString(); },
}};
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const out = {};
  for (const [path, entry] of Object.entries(JSON.parse(input))) {
    const data = {};
    for (const [key, value] of Object.entries(entry.data)) {
      data[key] = value && value.inputFormat ? dayjs(value.input, value.inputFormat).format(value.format) : value;
    }
    let file = matter.stringify(entry.body, data, {engines, language: "yaml", delimiters: "---"});
    if (entry.body.slice(-1) !== "\n" && file.slice(-1) === "\n") { file = file.slice(0, -1); }
    out[path] = file;
  }
  process.stdout.write(JSON.stringify(out));
});
"""


def _node() -> str:
    """node and the project's node_modules (npm ci): a failure in CI, a skip on a developer's machine."""
    node = shutil.which("node")
    missing = "node" if node is None else None
    if missing is None and not all((PROJECT_ROOT / "node_modules" / name).is_dir() for name in ("yaml", "gray-matter", "dayjs")):
        missing = "node_modules (npm ci)"
    if missing is not None:
        if "CI" in os.environ:
            pytest.fail(f"{missing} is needed for this test and $CI is set", pytrace=False)
        pytest.skip(f"{missing} is not available")
    assert node is not None
    return node




def test_the_login_goes_to_the_networks_own_service_when_data_names_one(project: ProjectMaker):
    """Without `cms_login` Decap logs in through Netlify (its default base_url); with it, through the network's own."""
    assert "base_url" not in cms_config(load_site(project.root))["backend"]
    project.replace("data/site.yml", "repository:", "cms_login: https://login.voorbeeld.example/github/auth\nrepository:")
    backend = cms_config(load_site(project.root))["backend"]
    assert (backend["base_url"], backend["auth_endpoint"]) == ("https://login.voorbeeld.example", "github/auth")
    decap = (PROJECT_ROOT / DECAP_SCRIPT).read_text(encoding="utf-8")
    assert "auth_endpoint" in decap and "base_url" in decap  # the keys Decap's backend reads
