"""The programme kind in the generated files: its JSON Schema, its Decap collection (school and open days as relations,
level from data/levels.yml, pathway as a multiple choice) and its share card."""

from __future__ import annotations

import json

import pytest

from conftest import PROJECT_ROOT
from sitegen.files.cms import cms_config
from sitegen.files.media import share_card_text
from sitegen.files.schema import schema_files
from sitegen.loading.loader import load_site
from sitegen.model.kinds import PROGRAMMES
from sitegen.model.site import Site


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(PROJECT_ROOT)


def test_the_schema_names_every_field_with_its_dutch_label_and_the_required_ones():
    schema = json.loads(schema_files()["schema/programme.schema.json"])
    assert set(schema["required"]) == {"name", "summary", "school", "level", "municipality", "learn", "become"}
    assert schema["properties"]["level"]["title"] == "Niveau"
    assert schema["properties"]["learn"]["minItems"] == 1
    assert schema["properties"]["website"]["anyOf"][0]["format"] == "uri"
    assert schema["properties"]["pathway"]["items"] == {"$ref": "#/$defs/Pathway"}
    pathway = json.dumps(schema["$defs"]["Pathway"])
    assert '"bol"' in pathway and '"bbl"' in pathway
    event = json.loads(schema_files()["schema/event.schema.json"])
    assert event["properties"]["programmes"]["title"] == "Opleidingen"


def test_the_cms_collection_relates_school_and_open_days_and_offers_the_levels(site: Site):
    collections = {collection["name"]: collection for collection in cms_config(site)["collections"]}
    programmes = collections["programmes"]
    assert (programmes["folder"], programmes["label"], programmes["summary"]) == ("content/programmes", "Opleidingen", "{{name}} ({{level}})")
    assert programmes["preview_path"] == "opleidingen/{{slug}}/"
    fields = {field["name"]: field for field in programmes["fields"]}
    assert (fields["school"]["widget"], fields["school"]["collection"]) == ("relation", "partners")
    assert [option["value"] for option in fields["level"]["options"]] == [level.slug for level in site.references.levels]
    assert fields["pathway"] == {**fields["pathway"], "widget": "select", "multiple": True, "options": ["bol", "bbl"]}
    assert fields["learn"]["widget"] == "list" and fields["learn"]["min"] == 1
    event_fields = {field["name"]: field for field in collections["events"]["fields"]}
    assert (event_fields["programmes"]["collection"], event_fields["programmes"]["multiple"]) == ("programmes", True)


def test_the_share_card_shows_the_name_and_summary(site: Site):
    programme = site.programme_by_slug["infra-mbo-heerhugowaard"]
    assert share_card_text(PROGRAMMES, programme) == (programme.name, programme.summary, "Opleiding")
