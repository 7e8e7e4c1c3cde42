"""Programmes as the loader reads them: the model's fields, the references to data/levels.yml, the school (a partner),
the municipality, and events that name programmes; every problem in Dutch with file, line and what to type."""

from __future__ import annotations

import pytest

from conftest import ProjectMaker, only_problem, problems_of
from sitegen.loading.loader import load_site
from sitegen.model.programme import Pathway

PROGRAMME = """---
name: Infratechniek
summary: Leer wegen en riolen aanleggen.
school: voorbeeld-bv
level: mbo-3
pathway: [bol, bbl]
municipality: alkmaar
learn:
  - Bestraten
become:
  - Straatmaker
example: true
---
Tekst.
"""


@pytest.fixture
def project_with_programme(project: ProjectMaker) -> ProjectMaker:
    project.write("content/programmes/infratechniek.md", PROGRAMME)
    return project


def test_a_programme_loads_with_its_school_level_and_subregion(project_with_programme: ProjectMaker):
    site = load_site(project_with_programme.root)
    (programme,) = site.programmes
    assert (programme.slug, programme.name, programme.pathway) == ("infratechniek", "Infratechniek", (Pathway.BOL, Pathway.BBL))
    assert site.school_of(programme).slug == "voorbeeld-bv"
    assert site.level_of(programme).name == "Mbo niveau 3"
    assert site.references.levels_within(site.level_of(programme)) == ("mbo-3", "mbo")
    assert site.region_of_programme(programme).slug == "noord-holland-noord"
    assert site.programmes_at(site.partner_by_slug["voorbeeld-bv"]) == (programme,)
    assert site.programmes_at_stage("mbo") == (programme,) and site.programmes_at_stage("hbo") == ()


def test_an_unknown_level_names_the_line_and_the_choices(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/programmes/infratechniek.md", "level: mbo-3", "level: mbo3")
    problem = only_problem(project_with_programme)
    assert (problem.path, problem.line, problem.field) == ("content/programmes/infratechniek.md", 5, "level")
    assert "'mbo3' is geen bekende keuze voor het niveau" in problem.message
    assert "Bedoelde je 'mbo-3'?" in problem.message and "mbo-2" in problem.message


def test_an_unknown_school_is_reported(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/programmes/infratechniek.md", "school: voorbeeld-bv", "school: horizon-college")
    problem = only_problem(project_with_programme)
    assert (problem.line, problem.field) == (4, "school")
    assert "'horizon-college' is geen bekende partner" in problem.message


def test_an_unknown_municipality_is_reported(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/programmes/infratechniek.md", "municipality: alkmaar", "municipality: alkmar")
    problem = only_problem(project_with_programme)
    assert (problem.line, problem.field) == (7, "municipality")
    assert "Bedoelde je 'alkmaar'?" in problem.message


def test_a_bad_pathway_and_empty_lists_are_refused_in_dutch(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/programmes/infratechniek.md", "pathway: [bol, bbl]", "pathway: [bol, deeltijd]")
    problem = only_problem(project_with_programme)
    assert (problem.line, problem.field) == (6, "pathway.1")
    assert "bol" in problem.message and "bbl" in problem.message


def test_a_pathway_twice_is_reported(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/programmes/infratechniek.md", "pathway: [bol, bbl]", "pathway: [bbl, bbl]")
    assert "noemt een leerweg twee keer" in only_problem(project_with_programme).message


def test_learn_and_become_need_at_least_one_line(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/programmes/infratechniek.md", "learn:\n  - Bestraten\n", "learn: []\n")
    problem = only_problem(project_with_programme)
    assert (problem.line, problem.field) == (8, "learn")


def test_a_real_programme_at_an_invented_school_must_be_marked_as_an_example(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/programmes/infratechniek.md", "example: true\n", "")
    problem = only_problem(project_with_programme)
    assert problem.field == "school" and "zet 'example: true'" in problem.message


def test_an_event_naming_an_unknown_programme_is_reported(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/events/open-dag.md", "organizer: voorbeeld-bv", "programmes: [infratechniek, infra-techniek-2]\norganizer: voorbeeld-bv")
    problem = only_problem(project_with_programme)
    assert (problem.path, problem.field) == ("content/events/open-dag.md", "programmes.1")
    assert "'infra-techniek-2' is geen bekende opleiding" in problem.message and "infratechniek" in problem.message


def test_an_event_names_its_programme(project_with_programme: ProjectMaker):
    project_with_programme.replace("content/events/open-dag.md", "organizer: voorbeeld-bv", "programmes: [infratechniek]\norganizer: voorbeeld-bv")
    site = load_site(project_with_programme.root)
    (event,) = site.events
    assert site.programmes_of(event) == site.programmes
    assert site.events_for_programme(site.programmes[0]) == (event,)


def test_levels_file_names_a_chain_stage_and_a_broader_level_that_exist(project: ProjectMaker):
    text = (project.root / "data/levels.yml").read_text(encoding="utf-8")
    project.write("data/levels.yml", text.replace("within: mbo\n", "within: mbo-5\n", 1).replace("stage: hbo\n", "stage: universiteit\n", 1))
    problems = {(p.field, p.line): p.message for p in problems_of(project)}
    assert any(field == "levels.2.within" and "'mbo-5' is geen ander niveau" in message for (field, _), message in problems.items())
    assert any(field == "levels.5.stage" and "'universiteit' is geen schakel van de keten" in message for (field, _), message in problems.items())
