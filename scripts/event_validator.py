"""Writes overrides/assets/event-validator.js: the browser's check of one event, for /activiteit-aanmelden/.

`make event-validator`; commit the file with the model change. tests/files/test_event_validator.py fails when the
committed file is not what this script writes now (the event model or its messages changed).

Two parts, both from the engine itself, so the form can never say something else than `make check`:

* `validate`: Ajv's standalone code for the published JSON Schema (/schema/event.schema.json, files/schema.py),
  generated here by Node (scripts/ajv_standalone.mjs). The site's Content-Security-Policy has no 'unsafe-eval', so
  a validator that compiles the schema in the browser (`new Function`) would not run; this one is plain code.
* `messages`: per field, the Dutch message `make check` gives for an empty value, a value of the wrong form, an
  impossible date or time, or a number out of range. Each is what the loader says (loading/messages.py) for a
  probe value run through the Python model, with the probe replaced by `{value}` (or its date by `{day}`); the
  browser puts the visitor's value in its place. `checks` are the loader's checks across fields (loading/checks.py) the schema cannot express.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from sitegen.files.schema import schema_files
from sitegen.loading.messages import problems_from_validation
from sitegen.model.event import EventFields
from sitegen.model.source import Source
from sitegen.pages.submit_form import model_in

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "overrides" / "assets" / "event-validator.js"
NODE_SCRIPT = ROOT / "scripts" / "ajv_standalone.mjs"
SCHEMA = "schema/event.schema.json"

PROBE = "@@WAARDE@@"
# A complete event as the strict YAML reader hands it to the model (every value text); each probe replaces one field.
BASE: dict[str, Any] = {
    "uid": "00000000-0000-4000-8000-000000000000",
    "title": "Voorbeeld",
    "start": "2026-03-14 10:00",
    "end": "15:00",
    "type": "gastles",
    "audiences": ["vmbo-leerling"],
    "chain_stages": ["vmbo"],
    "leaks": ["I"],
    "interventions": ["D"],
    "location": {"name": "School", "address": "Straat 1", "city": "Hoorn", "municipality": "hoorn", "lat": "52.6", "lon": "5.0"},
    "online": "https://example.org/live",
    "organizer": "infra-bindt",
    "registration": "https://example.org/aanmelden",
    "status": "gepland",
    "summary": "Een zin.",
    "image": {"src": "foto.jpg", "alt": "Een foto."},
}
# What each message key probes: the value put in the field, and the value the message quotes.
PROBES: Mapping[str, str] = {
    "empty": "",
    "invalid": PROBE,
    "date": "2026-02-30 10:00",
    "time": "2026-02-10 25:00",
    "clock": "25:00",
    "above": "1000",
    "below": "-1000",
}
# The loader's checks across fields (sitegen/loading/checks.py, `_check_place` and `_check_period`), word for word.
CHECKS: Mapping[str, str] = {
    "place": "ontbreekt; geef een 'location' (waar) of een 'online' adres.",
    "moved_online": "ontbreekt; een activiteit die naar online is verplaatst heeft een 'online' adres nodig.",
    "lat_lon": "geef 'lat' en 'lon' allebei of geen van beide.",
    "end_has_time": "{value} heeft een tijd, maar 'start' is een hele dag; "
    "geef als einde een laatste dag JJJJ-MM-DD, of geef ook 'start' een tijd.",
    "end_is_day": "{value} is een hele dag, maar 'start' heeft een tijd; geef als einde \"UU:MM\" of \"JJJJ-MM-DD UU:MM\".",
    "end_too_early": "{value} ligt niet na het begin ({start}); het einde moet later zijn dan het begin.",
}


def field_paths(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], bool]]:
    """Every leaf field of the model as a path, and whether it is a list."""
    for name, info in model.model_fields.items():
        nested = model_in(info.annotation)
        if nested is not None:
            yield from field_paths(nested, (*prefix, name))
        else:
            yield (*prefix, name), _is_list(info.annotation)


def _is_list(annotation: Any) -> bool:
    if typing.get_origin(annotation) is typing.Annotated:
        return _is_list(typing.get_args(annotation)[0])
    return typing.get_origin(annotation) in (tuple, list)


def _with(data: Mapping[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    copy = {key: (dict(item) if isinstance(item, dict) else item) for key, item in data.items()}
    target = copy
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return copy


def message_for(path: tuple[str, ...], value: Any) -> str | None:
    """What `make check` says about this field holding `value` in an otherwise valid event, or None if it passes."""
    try:
        EventFields.model_validate(_with(BASE, path, value))
    except ValidationError as error:
        source = Source("content/events/aanmelding.md")
        for problem in problems_from_validation(error, EventFields, source):
            if problem.field is not None and tuple(problem.field.split("."))[: len(path)] == path:
                # The loader offers a fresh uid to paste, a new one on every run: the module names the way to make
                # one instead, so that it is the same file every time it is generated.
                return _FRESH_UID.sub("'uid: …' (een nieuwe maak je met make new)", problem.message)
    return None


_FRESH_UID = re.compile(r"'uid: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")


# Probes of a real date or time: the schema's pattern lets the value through, only the model knows the day or hour
# does not exist. The browser checks these itself for the fields that have them.
REAL_MOMENT_PROBES = ("date", "time", "clock")


def messages(schema: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """`{dotted field: {probe name: message with {value}}}`, only the probes the model refuses. `date`, `time` and
    `clock` are kept where the schema accepts the probe (the browser must check the moment itself); the others
    where they say more than `invalid`, which the browser falls back to."""
    table: dict[str, dict[str, str]] = {}
    for path, is_list in field_paths(EventFields):
        entry: dict[str, str] = {}
        for name, probe in PROBES.items():
            value: Any = ([probe] if probe else []) if is_list else probe
            message = message_for(path, value)
            if message is None:
                continue
            if name in REAL_MOMENT_PROBES and not schema_accepts(schema, path, probe):
                continue
            # The model names a day that does not exist by the day alone ('2026-02-30'), other values whole.
            template = message.replace(f"'{probe}'", "{value}").replace(f"'{probe[:10]}'", "{day}") if probe else message
            if name not in ("empty", "invalid", *REAL_MOMENT_PROBES) and template == entry.get("invalid"):
                continue
            entry[name] = template
        table[".".join(path)] = entry
    return table


def schema_accepts(schema: Mapping[str, Any], path: tuple[str, ...], value: str) -> bool:
    """Whether the string patterns of the field's schema (any branch) let `value` through."""
    node: Any = schema
    for part in path:
        node = _resolve(schema, node)["properties"][part]
    return any(re.search(pattern, value) for pattern in _patterns(schema, node))


def _resolve(schema: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """The object branch of a node: through `$ref` and `anyOf`."""
    if "$ref" in node:
        return _resolve(schema, schema["$defs"][node["$ref"].rsplit("/", 1)[-1]])
    for branch in node.get("anyOf", ()):
        resolved = _resolve(schema, branch)
        if "properties" in resolved:
            return resolved
    return node


def _patterns(schema: Mapping[str, Any], node: Mapping[str, Any]) -> Iterator[str]:
    if "pattern" in node:
        yield node["pattern"]
    for branch in node.get("anyOf", ()):
        yield from _patterns(schema, branch)


def ajv_code(schema: bytes) -> str:
    result = subprocess.run(
        ["node", str(NODE_SCRIPT)], input=schema, capture_output=True, cwd=ROOT, timeout=120, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{NODE_SCRIPT.name} failed:\n{result.stderr.decode()}")
    return result.stdout.decode()


def validator_module() -> str:
    schema = schema_files()[SCHEMA]
    data = json.dumps({"messages": messages(json.loads(schema)), "checks": CHECKS}, ensure_ascii=False, indent=1, sort_keys=True)
    return (
        "// Generated by scripts/event_validator.py (make event-validator) from the event model; do not edit.\n"
        f"// validate: Ajv's standalone code (Ajv, MIT licence, https://ajv.js.org) for /{SCHEMA}.\n"
        "// messages and checks: what `make check` says, per field (see the script).\n"
        "(function () {\n"
        "\"use strict\";\n"
        "var validate = (function () {\n"
        f"{ajv_code(schema)}"
        "})();\n"
        f"var texts = {data};\n"
        "window.IBEventValidator = { validate: validate.default || validate, messages: texts.messages, checks: texts.checks };\n"
        "})();\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUTPUT, help="where to write the module")
    arguments = parser.parse_args(argv)
    arguments.out.write_text(validator_module(), encoding="utf-8")
    print(f"{arguments.out} is geschreven.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
