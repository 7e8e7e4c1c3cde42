"""/agenda.json and /partners.json validate against their published schemas and hold what partners need."""

from __future__ import annotations

import json

import jsonschema

from sitegen.files.open_data import open_data_files
from sitegen.loading.loader import load_site


def test_exports_validate_against_their_schemas(project):
    files = open_data_files(load_site(project.root))
    for name in ("agenda", "partners"):
        schema = json.loads(files[f"schema/{name}.schema.json"])
        jsonschema.Draft202012Validator.check_schema(schema)
        data = json.loads(files[f"{name}.json"])
        jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)


def test_agenda_json_fields(project):
    event = json.loads(open_data_files(load_site(project.root))["agenda.json"])["events"][0]
    assert event["uid"] == "0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c"
    assert (event["start"], event["end"], event["all_day"]) == ("2026-03-14T10:00:00", "2026-03-14T15:00:00", False)
    assert event["subregion"] == "noord-holland-noord"
    assert event["url"] == "https://www.infrabindt.nl/agenda/open-dag/"


def test_partners_json_fields(project):
    partner = json.loads(open_data_files(load_site(project.root))["partners.json"])["partners"][0]
    assert partner["municipality"] == {"slug": "alkmaar", "name": "Alkmaar", "code": "GM0361"}
    assert partner["subregion"]["slug"] == "noord-holland-noord"
    assert partner["example"] is True


def test_a_broken_export_fails_validation(project):
    files = open_data_files(load_site(project.root))
    schema = json.loads(files["schema/agenda.schema.json"])
    data = json.loads(files["agenda.json"])
    del data["events"][0]["uid"]
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert any("'uid' is a required property" in error.message for error in errors)
