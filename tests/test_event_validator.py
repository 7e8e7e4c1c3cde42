"""The browser's event check (scripts/event_validator.py → overrides/assets/event-validator.js).

  * the committed module is what the script writes now: a change to the event model, its JSON Schema or its
    messages without `make event-validator` fails here (like the drawings in test_illustrations.py);
  * it runs under the site's Content-Security-Policy, which has no 'unsafe-eval': no `new Function`, no `eval`;
  * its messages are the loader's own: for each field the model refuses a probe for, the message is there.
The browser's verdicts against the loader's, case by case, are in tests/browser/test_submit_browser.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import event_validator

from conftest import PROJECT_ROOT

MODULE = PROJECT_ROOT / "overrides" / "assets" / "event-validator.js"


def test_the_committed_module_is_what_the_script_writes(tmp_path: Path) -> None:
    out = tmp_path / "event-validator.js"
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "event_validator.py"), "--out", str(out)],
        capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes() == MODULE.read_bytes(), (
        "overrides/assets/event-validator.js is out of date with the event model: run `make event-validator` and commit it"
    )


def test_the_module_compiles_nothing_at_run_time() -> None:
    code = MODULE.read_text(encoding="utf-8")
    assert not re.search(r"\bnew Function\b|\beval\s*\(|\bimport\s*\(", code)
    assert "window.IBEventValidator" in code


def test_every_required_field_has_the_loaders_message_for_an_empty_value() -> None:
    code = MODULE.read_text(encoding="utf-8")
    texts = json.loads(re.search(r"^var texts = (\{.*?\n\});$", code, re.MULTILINE | re.DOTALL).group(1))
    messages = texts["messages"]
    for field in ("title", "start", "type", "organizer", "location.name", "location.city", "location.municipality"):
        assert messages[field]["empty"] == "mag niet leeg zijn", field
    assert messages["audiences"]["empty"] == "mag niet leeg zijn; geef er minstens één."
    assert messages["start"]["date"] == "de datum {day} bestaat niet; controleer dag en maand"
    assert messages["start"]["invalid"].startswith("{value} is geen datum of tijdstip in de vorm JJJJ-MM-DD")
    assert messages["registration"]["invalid"] == (
        "{value} is geen webadres; verwacht een volledig adres dat begint met https://"
    )
    assert event_validator.message_for(("start",), "2026-02-30") == "de datum '2026-02-30' bestaat niet; controleer dag en maand"
