import json

from sitegen.files.schema import schema_files


def test_schemas_describe_what_editors_write():
    files = schema_files()
    event = json.loads(files["schema/event.schema.json"])
    assert "slug" not in event["properties"] and "body" not in event["properties"]
    assert event["additionalProperties"] is False
    assert event["properties"]["start"]["type"] == "string"
    assert set(json.loads(files["schema/partner.schema.json"])["required"]) == {"name", "kind", "municipality", "description"}


def test_schemas_are_deterministic():
    assert schema_files() == schema_files()
