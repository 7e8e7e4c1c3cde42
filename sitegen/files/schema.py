"""JSON Schemas of what editors write, generated from the content model (for editors' tooling and a CMS)."""

from __future__ import annotations

import json

from pydantic import BaseModel

from sitegen.model.kinds import CONTENT_KINDS

SCHEMA_MODELS: dict[str, type[BaseModel]] = {kind.name: kind.fields for kind in CONTENT_KINDS}


def json_schema(model: type[BaseModel]) -> dict[str, object]:
    schema = model.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_files() -> dict[str, bytes]:
    """`{schema/<kind>.schema.json: bytes}`, byte-identical from run to run."""
    return {
        f"schema/{name}.schema.json": (json.dumps(json_schema(model), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
        for name, model in SCHEMA_MODELS.items()
    }
