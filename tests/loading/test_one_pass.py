"""Every problem of a file in one run: a YAML error or a field error hides none of the others (issue 15, part 1)."""

from __future__ import annotations

import re

from conftest import problems_of

SEVEN_MISTAKES = """---
uid: PLAK-HIER-DE-NIEUWE-UID
title: Gastles: bruggen bouwen
start: "2026-03-14 10:00"
end: "09:00"
type: Open dag
audiences: [vmbo-leerling]
location:
  name: Infra-opleidingscentrum
\tcity: Heerhugowaard
  municipality: dijk-en-waard
organizer: Voorbeeld BV
---
Lees ook [de route](../partners/bestaat-niet.md).
"""

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def test_a_file_with_seven_independent_mistakes_gets_all_seven_in_one_run(project):
    project.write("content/events/zeven.md", SEVEN_MISTAKES)
    problems = [problem for problem in problems_of(project) if problem.path == "content/events/zeven.md"]
    by_line = {problem.line: problem for problem in problems}
    assert len(problems) == 7, "\n".join(map(str, problems))
    # 1. a placeholder uid: a fresh one to paste
    assert by_line[2].field == "uid"
    assert re.search(rf"Vervang de regel door deze nieuwe: 'uid: {UUID}'", by_line[2].message)
    # 2. a YAML error in one field (': ' in a value) ...
    assert by_line[3].message.startswith("de front matter is geen geldige YAML: er staat een ': ' midden in een waarde")
    assert 'title: "Gastles: bruggen"' in by_line[3].message
    # 3. ... and a tab, which do not hide the rest
    assert by_line[10].message == "regel 10 begint met een tab; gebruik twee spaties in plaats van de tab."
    # 4. time order, although other fields are wrong
    assert by_line[5].field == "end" and "het einde moet later zijn dan het begin" in by_line[5].message
    # 5. a type written by its display name
    assert by_line[6].message.startswith("'Open dag' is geen bekende soort activiteit. Bedoelde je 'open-dag'? Kies uit: ")
    # 6. an organizer written by its name
    assert by_line[12].field == "organizer"
    assert by_line[12].message.startswith("'Voorbeeld BV' is geen bekende partner. Bedoelde je 'voorbeeld-bv'?")
    # 7. a link to a file that does not exist, in the body
    assert "de link '../partners/bestaat-niet.md' wijst naar een bestand dat niet bestaat" in by_line[14].message
    assert not any("ontbreekt" in problem.message for problem in problems), "a field with a YAML error is not 'missing'"


def test_a_missing_uid_comes_with_a_fresh_one_beside_every_other_problem(project):
    project.replace("content/events/open-dag.md", "uid: 0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c\n", "")
    project.replace("content/events/open-dag.md", "type: open-dag", "type: opendag")
    project.replace("content/events/open-dag.md", 'end: "15:00"', 'end: "09:00"')
    problems = problems_of(project)
    messages = {problem.field: problem.message for problem in problems}
    assert set(messages) == {"uid", "type", "end"}, "\n".join(map(str, problems))
    assert re.search(rf"Voeg deze nieuwe toe: 'uid: {UUID}'", messages["uid"])
    assert "Bedoelde je 'open-dag'?" in messages["type"]


def test_a_field_error_does_not_hide_the_image_check(project):
    project.replace("content/stories/sanne.md", "date: 2026-02-01", "date: 1 februari 2026\nimage:\n  src: sanne.jpg\n  alt: Sanne")
    problems = problems_of(project)
    assert {problem.field for problem in problems} == {"date", "image.src"}, "\n".join(map(str, problems))
    assert any("'sanne.jpg' bestaat niet" in problem.message for problem in problems)


def test_a_broken_yaml_field_of_a_story_still_has_its_references_checked(project):
    project.replace("content/stories/sanne.md", "quote: Elke dag zie ik wat ik gebouwd heb.", 'quote: "Elke dag')
    project.replace("content/stories/sanne.md", "region: noord-holland-noord", "region: Noord Holland Noord")
    problems = problems_of(project)
    assert len(problems) == 2, "\n".join(map(str, problems))
    assert "een aanhalingsteken wordt niet afgesloten" in problems[0].message or "aanhalingsteken" in problems[1].message
    region = next(problem for problem in problems if problem.field == "region")
    assert "Bedoelde je 'noord-holland-noord'?" in region.message


def test_a_reference_field_no_check_knows_is_still_refused(project, monkeypatch):
    """The safety net behind the lenient reading of references: a value that is not a slug is never published."""
    from sitegen.loading import checks

    monkeypatch.setattr(checks, "_check_partners", lambda site, partial=(): iter(()))
    project.replace("content/partners/voorbeeld-bv.md", "kind: bedrijf", "kind: Groot Bedrijf")
    [problem] = problems_of(project)
    assert problem.path == "content/partners/voorbeeld-bv.md"
    assert problem.message == (
        "'Groot Bedrijf' is geen geldige verwijzing: een verwijzing heeft alleen kleine letters, cijfers en streepjes, "
        "zonder spaties of accenten; typ 'groot-bedrijf'."
    )
