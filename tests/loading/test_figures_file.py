"""data/figures.yml, the figures the network reports per school year: optional, and every mistake told in Dutch with
file, line and field."""

from __future__ import annotations

import pytest
import yaml

from conftest import PROJECT_ROOT, only_problem, problems_of
from sitegen.loading.loader import load_site

FIGURES = "data/figures.yml"

VALID = """years:
  - school_year: 2024-2025
    figures:
      - number: 75
        label: scholen waarmee we overleg hadden
        source: Voorbeeldrapport 2025, bladzijde 3
      - number: 100
        label: gastlessen
        note: maximaal 180
        source: Voorbeeldrapport 2025, bladzijde 3
      - number: 93
        label: donateurs
        group: Organisatie
        source: Voorbeeldrapport 2025, bladzijde 4
"""


def test_the_figures_load_with_their_sources(project):
    project.write(FIGURES, VALID)
    figures = load_site(project.root).references.figures
    assert [year.school_year for year in figures] == ["2024-2025"]
    year = figures[0]
    assert year.first_year == 2024
    assert [(f.number, f.label, f.note, f.group) for f in year.figures] == [
        (75, "scholen waarmee we overleg hadden", None, None),
        (100, "gastlessen", "maximaal 180", None),
        (93, "donateurs", None, "Organisatie"),
    ]
    assert [(group.name, group.sources) for group in year.groups] == [
        (None, ("Voorbeeldrapport 2025, bladzijde 3",)),
        ("Organisatie", ("Voorbeeldrapport 2025, bladzijde 4",)),
    ]


def test_the_file_is_optional(project):
    (project.root / FIGURES).unlink()
    site = load_site(project.root)
    assert site.references.figures == ()
    assert site.references.latest_figures is None


def test_school_years_are_kept_oldest_first_and_the_latest_is_found(project):
    later = VALID.replace("2024-2025", "2025-2026").removeprefix("years:\n")
    project.write(FIGURES, VALID.replace("years:\n", "years:\n" + later, 1))
    references = load_site(project.root).references
    assert [year.first_year for year in references.figures] == [2024, 2025]
    assert references.latest_figures.first_year == 2025
    assert references.figures_of(2024).school_year == "2024-2025"
    assert references.figures_of(2023) is None


def test_the_real_figures_have_a_number_label_and_source_each():
    data = yaml.safe_load((PROJECT_ROOT / FIGURES).read_text(encoding="utf-8"))
    figures = load_site(PROJECT_ROOT).references.figures
    assert [year.school_year for year in figures] == [year["school_year"] for year in data["years"]]
    for year, raw in zip(figures, data["years"], strict=True):
        assert [figure.number for figure in year.figures] == [figure["number"] for figure in raw["figures"]]
        assert all(figure.label and figure.source for figure in year.figures)


@pytest.mark.parametrize("number", ["-3", "- 3"])
def test_a_negative_number(project, number):
    project.write(FIGURES, VALID.replace("number: 100", f"number: '{number}'"))
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (FIGURES, 7, "years.0.figures.1.number")
    assert problem.message == f"'{number}' is kleiner dan 0; een aantal is 0 of meer, zoals 75"


@pytest.mark.parametrize("number", ["7,5", "7.5", "1.000", "1 000", "veel", "75+", "ongeveer 75", "٧٥"])
def test_a_number_that_is_not_whole(project, number):
    project.write(FIGURES, VALID.replace("number: 100", f'number: "{number}"'))
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (FIGURES, 7, "years.0.figures.1.number")
    assert problem.message == (
        f"'{number}' is geen heel getal; schrijf alleen cijfers, zonder punt, komma, spatie of woorden, zoals 75 of 1000"
    )


def test_an_empty_number(project):
    project.write(FIGURES, VALID.replace("number: 100", "number:"))
    problem = only_problem(project)
    assert (problem.line, problem.field, problem.message) == (7, "years.0.figures.1.number", "is leeg; vul een waarde in")


@pytest.mark.parametrize("field", ["source", "label", "number"])
def test_a_missing_field_names_the_figure(project, field):
    lines = VALID.splitlines(keepends=True)
    # The second figure: number on line 7, label 8, note 9, source 10.
    line = {"number": 7, "label": 8, "source": 10}[field]
    removed = "".join(text for index, text in enumerate(lines, start=1) if index != line)
    if field == "number":
        removed = removed.replace("        label: gastlessen", "      - label: gastlessen")
    project.write(FIGURES, removed)
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (FIGURES, 7, f"years.0.figures.1.{field}")
    assert problem.message == f"ontbreekt; dit veld is verplicht. Voeg een regel '{field}: ...' toe."


@pytest.mark.parametrize("school_year", ["2024-2026", "2024/2025", "2024", "24-25", "2024–2025"])
def test_a_school_year_that_is_not_two_years_in_a_row(project, school_year):
    project.write(FIGURES, VALID.replace("school_year: 2024-2025", f"school_year: {school_year}"))
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (FIGURES, 2, "years.0.school_year")
    assert problem.message == (
        f"'{school_year}' is geen schooljaar; verwacht twee jaren na elkaar met een streepje ertussen, zoals 2024-2025"
    )


def test_a_school_year_twice(project):
    project.write(FIGURES, VALID + VALID.removeprefix("years:\n"))
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (FIGURES, 15, "years.1.school_year")
    assert problem.message == (
        "schooljaar '2024-2025' staat al op regel 2; zet alle cijfers van een schooljaar onder één 'school_year'."
    )


def test_a_school_year_without_figures(project):
    project.write(FIGURES, "years:\n  - school_year: 2024-2025\n    figures: []\n")
    problem = only_problem(project)
    assert (problem.line, problem.field, problem.message) == (3, "years.0.figures", "mag niet leeg zijn; geef er minstens één.")


def test_an_unknown_field_is_named(project):
    project.write(FIGURES, VALID.replace("note: maximaal 180", "notitie: maximaal 180"))
    problem = only_problem(project)
    assert (problem.line, problem.field) == (9, "years.0.figures.1.notitie")
    assert problem.message.startswith("is geen bekend veld. Bedoelde je 'note'?")


def test_every_problem_of_the_file_at_once(project):
    project.write(FIGURES, VALID.replace("number: 75", "number: -1").replace("        source: Voorbeeldrapport 2025, bladzijde 4\n", ""))
    assert {problem.field for problem in problems_of(project)} == {"years.0.figures.0.number", "years.0.figures.2.source"}


def test_a_figure_names_the_chain_stages_it_speaks_to(project):
    project.write(FIGURES, VALID.replace("        note: maximaal 180\n", "        note: maximaal 180\n        chain_stages: [vmbo, havo-vwo]\n"))
    references = load_site(project.root).references
    year, shown = references.figures_for(("vmbo",))
    assert year is references.latest_figures
    assert [(figure.number, figure.chain_stages) for figure in shown] == [(100, ("vmbo", "havo-vwo"))]
    assert references.figures_for(("hbo",))[1] == ()


def test_an_unknown_chain_stage_of_a_figure_is_named(project):
    project.write(FIGURES, VALID.replace("        note: maximaal 180\n", "        note: maximaal 180\n        chain_stages: [vmbo, havo]\n"))
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (FIGURES, 10, "years.0.figures.1.chain_stages.1")
    assert "'havo' is geen bekende schakel van de keten." in problem.message
    assert "Bedoelde je 'havo-vwo'?" in problem.message
