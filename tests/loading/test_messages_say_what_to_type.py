"""Messages that say what to type, in Dutch, never a library's English (issue 15, part 2)."""

from __future__ import annotations

import re

import pytest

from conftest import VALID_FILES, ProjectMaker, only_problem, problems_of
from sitegen.reading.yaml_strict import load_yaml

EVENT = "content/events/open-dag.md"
STORY = "content/stories/sanne.md"
PARTNER = "content/partners/voorbeeld-bv.md"


def test_a_tab_says_which_line_and_what_to_type():
    _, problems = load_yaml("title: Open dag\nlocation:\n\tname: Zaal\n", "content/events/x.md", first_line=2)
    assert [problem.message for problem in problems] == ["regel 4 begint met een tab; gebruik twee spaties in plaats van de tab."]


def test_a_tab_does_not_hide_the_fields_in_front_matter():
    data, problems = load_yaml("title: Open dag\nlocation:\n\tname: Zaal\n", "content/events/x.md", recover=True)
    assert data.value == {"title": "Open dag", "location": {"name": "Zaal"}}
    assert len(problems) == 1


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("14-03-2026 10.00", "2026-03-14 10:00"),
        ("14 maart 2026 10u", "2026-03-14 10:00"),
        ("zaterdag 14 maart 2026 om 10.30", "2026-03-14 10:30"),
        ("14-03-2026", "2026-03-14"),
        ("14/3/2026 9u", "2026-03-14 09:00"),
    ],
)
def test_a_dutch_start_is_recognised_and_converted(project, typed, meant):
    project.replace(EVENT, 'start: "2026-03-14 10:00"', f"start: {typed}")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (4, "start")
    assert problem.message.startswith(f"'{typed}' is geen datum of tijdstip in de vorm JJJJ-MM-DD")
    assert problem.message.endswith(f'bedoel je "{meant}"?.') or problem.message.endswith(f'bedoel je "{meant}"?')


def test_a_time_with_a_dot_points_at_the_dot(project):
    project.replace(EVENT, 'end: "15:00"', "end: 15.00")
    problem = only_problem(project)
    assert problem.field == "end"
    assert "tussen uren en minuten staat een dubbele punt, geen punt" in problem.message
    assert 'bedoel je "15:00"?' in problem.message


@pytest.mark.parametrize(("typed", "meant"), [("10u", "10:00"), ("15 uur", "15:00"), ("16u30", "16:30")])
def test_a_dutch_end_time_is_converted(project, typed, meant):
    project.replace(EVENT, 'end: "15:00"', f"end: {typed}")
    assert f'bedoel je "{meant}"?' in only_problem(project).message


def test_a_dutch_date_of_a_story(project):
    project.replace(STORY, "date: 2026-02-01", "date: 1 februari 2026")
    problem = only_problem(project)
    assert problem.message.startswith("'1 februari 2026' is geen datum in de vorm JJJJ-MM-DD; bedoel je \"2026-02-01\"?")


@pytest.mark.parametrize(
    ("old", "new", "field", "expected"),
    [
        ("type: open-dag", "type: Open dag", "type", "'Open dag' is geen bekende soort activiteit. Bedoelde je 'open-dag'?"),
        ("type: open-dag", "type: OPEN-DAG", "type", "Bedoelde je 'open-dag'?"),
        ("type: open-dag", "type: Gastlessen", "type", "Bedoelde je 'gastles'?"),
        ("organizer: voorbeeld-bv", "organizer: Voorbeeld BV", "organizer", "'Voorbeeld BV' is geen bekende partner. Bedoelde je 'voorbeeld-bv'?"),
        ("organizer: voorbeeld-bv", "organizer: voorbeeld bv", "organizer", "Bedoelde je 'voorbeeld-bv'?"),
        ("municipality: dijk-en-waard", "municipality: Dijk en Waard", "location.municipality", "Bedoelde je 'dijk-en-waard'?"),
        ("audiences: [vmbo-leerling]", "audiences: [Vmbo-leerling]", "audiences.0", "Bedoelde je 'vmbo-leerling'?"),
    ],
)
def test_references_match_capitals_spaces_and_display_names(project, old, new, field, expected):
    project.replace(EVENT, old, new)
    problem = only_problem(project)
    assert problem.field == field
    assert expected in problem.message


def test_a_municipality_by_its_name_on_a_partner(project):
    project.replace(PARTNER, "municipality: alkmaar", "municipality: Purmerend")
    problem = only_problem(project)
    assert problem.message.startswith("'Purmerend' is geen bekende gemeente in Noord-Holland. Bedoelde je 'purmerend'?")


@pytest.mark.parametrize(
    ("file", "old", "new", "example"),
    [
        (PARTNER, "municipality: alkmaar", "municipality: Atlantis", "De lijst staat in data/regions.yml, zoals 'aalsmeer'."),
        (EVENT, "type: open-dag", "type: xyz", "Kies uit: bedrijfsbezoek, beurs, gastles,"),
        (EVENT, "organizer: voorbeeld-bv", "organizer: xyz", "Kies uit: voorbeeld-bv."),
        (STORY, "region: noord-holland-noord", "region: xyz", "Kies uit: gooi-en-vechtstreek, groot-amsterdam,"),
    ],
)
def test_the_example_comes_from_the_right_list(project, file, old, new, example):
    project.replace(file, old, new)
    message = only_problem(project).message
    assert example in message
    assert "vmbo-leerling" not in message


def test_an_unknown_partner_among_many_gets_a_partner_as_example(project):
    for number in range(14):
        text = VALID_FILES[PARTNER].replace("name: Voorbeeld BV", f"name: Partner {number}")
        project.write(f"content/partners/partner-{number:02d}.md", text)
    project.replace(EVENT, "organizer: voorbeeld-bv", "organizer: xyz")
    assert only_problem(project).message == (
        "'xyz' is geen bekende partner. De lijst staat in content/partners/, zoals 'partner-00'."
    )


def test_a_placeholder_uid_gets_a_fresh_one(project):
    project.replace(EVENT, "uid: 0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c", "uid: PLAK-HIER-DE-NIEUWE-UID")
    problem = only_problem(project)
    assert problem.field == "uid"
    assert "(" not in problem.message and "^" not in problem.message, "no regular expression"
    assert re.fullmatch(
        r"'PLAK-HIER-DE-NIEUWE-UID' is geen uid; een uid ziet eruit als '82a84e0f-b72d-4855-8a62-4691182d3452'\. "
        r"Vervang de regel door deze nieuwe: 'uid: [0-9a-f-]{36}'\.",
        problem.message,
    )


@pytest.mark.parametrize(
    ("name", "better"),
    [("Open Dag.jpg", "open-dag.jpg"), ("IMG_1234.JPG", "img-1234.jpg"), ("foto klas 3.png", "foto-klas-3.png")],
)
def test_an_image_name_against_the_guides_rule(project, name, better):
    from PIL import Image

    Image.new("RGB", (1200, 800), (40, 90, 140)).save(project.root / "content/stories" / name)
    project.replace(STORY, "date: 2026-02-01", f"date: 2026-02-01\nimage:\n  src: {name}\n  alt: Sanne op de bouwplaats.")
    problem = only_problem(project)
    assert problem.field == "image.src"
    assert problem.message == (
        f"de naam '{name}' heeft hoofdletters, spaties of andere tekens dan kleine letters, cijfers en streepjes; "
        f"hernoem de afbeelding naar '{better}' en schrijf die naam ook achter 'src:'."
    )


# -- no English from libraries --------------------------------------------------------------------------------------

LIBRARY_ENGLISH = re.compile(
    r"found character|cannot start any token|field required|input should be|value error|string should|"
    r"should be|expected|while (?:scanning|parsing)|mapping values|could not|unexpected|\bvalid\b|\binput\b|"
    r"\btoken\b|\bscalar\b|\bstream\b|\btype=|pydantic|errors\.pydantic",
    re.IGNORECASE,
)
BAD_VALUES = (
    "", '""', "[a, b]", "{a: b}", "nee", "Open Dag", "14-03-2026", "14 maart 2026 10u", "10.00", "-3", "1.000", "x" * 1200,
    "a: b", '"niet afgesloten', "&anker x", "*ster", "!label x", "@x", "`x`", "%x", "Zaal #3", "- a", "|", ">", "0",
    "https://", "ja", "2026-02-30", "25:00", "[", "{", "\ttab", "true", "1e9", "null",
)


def _mutations() -> dict[str, str]:
    """Every valid sample file with each of its field values replaced by each bad value, and a few whole-file
    mistakes: a corpus of what editors get wrong."""
    corpus: dict[str, str] = {}
    for path, text in VALID_FILES.items():
        folder, name = path.rsplit("/", 1)
        lines = text.split("\n")
        for index, line in enumerate(lines):
            match = re.match(r"^(\s*(?:- )?[a-z_]+:)\s?(.*)$", line)
            if not match or index == 0:
                continue
            for number, bad in enumerate(BAD_VALUES):
                changed = [*lines[:index], f"{match.group(1)} {bad}", *lines[index + 1 :]]
                corpus[f"{folder}/m{index:02d}-{number:02d}-{name}"] = "\n".join(changed)
        corpus[f"{folder}/tab-{name}"] = text.replace("\n", "\n\t", 2)
        corpus[f"{folder}/geen-fence-{name}"] = text.removeprefix("---\n")
        corpus[f"{folder}/open-{name}"] = text.replace("\n---\n", "\n", 1)
        corpus[f"{folder}/onbekend-{name}"] = text.replace("---\n", "---\ntitel: x\n", 1)
        corpus[f"{folder}/lijst-{name}"] = "---\n- a\n- b\n---\nTekst\n"
        corpus[f"{folder}/tekst-{name}"] = text.replace("---\n", "---\nzomaar tekst\n", 1)
    return corpus


def test_no_message_the_engine_gives_contains_english_from_a_library(tmp_path):
    project = ProjectMaker(tmp_path)
    corpus = _mutations()
    for path, text in corpus.items():
        project.write(path, text)
    problems = problems_of(project)
    files_with_problems = {problem.path for problem in problems}
    assert len(files_with_problems) > len(corpus) // 2, "the corpus must reach the checks"
    english = sorted({problem.message for problem in problems if LIBRARY_ENGLISH.search(problem.message)})
    assert not english, "\n".join(english[:20])
