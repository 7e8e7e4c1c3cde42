"""Pull-request feedback that fits GitHub: at most ten annotations with a note on the rest, and a job summary with
every problem linked to its explanation in the guide (sitegen/github_report.py, sitegen/guide.py, `sitegen check`)."""

from __future__ import annotations

import subprocess
import sys

from conftest import PROJECT_ROOT
from sitegen.github_report import ANNOTATION_LIMIT, annotations, step_summary
from sitegen.guide import anchor_of, explained_messages, heading_id
from sitegen.problems import Problem


def _problems(count: int) -> list[Problem]:
    return [Problem(f"content/events/e{number}.md", 6, "type", f"'x{number}' is geen bekende soort activiteit.") for number in range(count)]


def test_ten_problems_are_ten_annotations():
    lines = annotations(_problems(10), [])
    assert len(lines) == 10
    assert all(line.startswith("::error file=content/events/e") for line in lines)


def test_more_than_ten_become_nine_and_a_note_on_how_many_more_and_where():
    lines = annotations(_problems(25), _problems(2))
    assert len(lines) == ANNOTATION_LIMIT
    assert all(line.startswith("::error file=") for line in lines[:9])
    note = lines[-1]
    assert note.startswith("::error title=nog 18 meldingen::")
    assert "er zijn er nog 18" in note and "Alle 27 staan in de samenvatting" in note
    assert "logboek van de stap 'Inhoud controleren'" in note


def test_only_warnings_left_out_make_a_warning_note():
    lines = annotations(_problems(3), _problems(12))
    assert lines[-1].startswith("::warning title=nog 6 meldingen::")


GUIDE = """# Meldingen

## Datum en tijd

| melding | wat je doet |
| --- | --- |
| `'…' is geen datum of tijdstip; verwacht JJJJ-MM-DD` | Typ de datum zo. |

## Verwijzingen naar lijsten en bestanden { #verwijzingen }

| melding | wat je doet |
| --- | --- |
| `is geen bekende soort activiteit` | Kies uit de lijst. |
| `'…' is geen bekende soort activiteit. Bedoelde je '…'?` | Neem het voorstel over. |
"""


def test_a_message_is_linked_to_the_section_that_explains_it():
    explained = explained_messages(GUIDE)
    assert anchor_of("'morgen' is geen datum of tijdstip; verwacht JJJJ-MM-DD (hele dag)", explained) == "datum-en-tijd"
    assert anchor_of("'opendag' is geen bekende soort activiteit. Bedoelde je 'open-dag'?", explained) == "verwijzingen"
    assert anchor_of("iets dat de handleiding niet kent", explained) is None
    assert heading_id("Lijsten en instellingen in data/") == "lijsten-en-instellingen-in-data"


def test_the_summary_lists_every_problem_escaped_and_linked():
    problems = [*_problems(12), Problem("content/stories/s.md", None, None, "<b>*vet*</b> is geen tekst")]
    summary = step_summary(problems, [], lambda message: "https://x.example/redactie/meldingen/#a", guide="https://x.example/redactie/meldingen/")
    assert summary.startswith("## De controle vond 13 problemen\n")
    items = [line for line in summary.splitlines() if line.startswith("- ")]
    assert len(items) == 13
    assert items[0] == (
        "- `content/events/e0.md`, regel 6, veld type: 'x0' is geen bekende soort activiteit. "
        "([uitleg](https://x.example/redactie/meldingen/#a))"
    )
    assert "&lt;b&gt;\\*vet\\*&lt;/b&gt;" in items[-1] and "<b>" not in summary


def test_sitegen_check_caps_the_annotations_and_writes_the_summary(project, tmp_path):
    for number in range(12):
        project.write(f"content/stories/leeg-{number}.md", "")
    summary = tmp_path / "summary.md"
    summary.write_text("eerdere stap\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "sitegen", "check", "--format", "github", "--summary", str(summary)],
        cwd=project.root, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    commands = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(commands) == ANNOTATION_LIMIT
    assert commands[-1].startswith("::error title=nog 3 meldingen::")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("eerdere stap\n## De controle vond 12 problemen")  # appended, as GitHub expects
    assert text.count("- `content/stories/leeg-") == 12
    assert "het bestand is leeg" in text


def test_the_real_guide_explains_the_common_messages():
    explained = explained_messages((PROJECT_ROOT / "docs" / "redactie" / "meldingen.md").read_text(encoding="utf-8"))
    assert anchor_of("het bestand is leeg; verwacht front matter tussen twee regels '---' en daarna de tekst.", explained) == "het-hele-bestand"
    assert anchor_of("ontbreekt; dit veld is verplicht. Voeg een regel 'title: ...' toe.", explained) == "velden"
