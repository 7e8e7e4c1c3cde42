"""data/chain_stages.yml: a side entry (`joins`) must join a stage of the chain itself, told in Dutch with the file."""

from __future__ import annotations

import pytest

from sitegen.loading.loader import load_site
from sitegen.problems import ContentError, Problem


def only_problem(project) -> Problem:
    with pytest.raises(ContentError) as caught:
        load_site(project.root)
    problems = caught.value.problems
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def test_the_sample_chain_has_two_side_entries(project):
    stages = load_site(project.root).references.stages
    assert [(stage.slug, stage.joins) for stage in stages if stage.joins] == [("zij-instroom", "werk"), ("statushouders", "mbo")]


def test_a_side_entry_into_an_unknown_stage(project):
    project.replace("data/chain_stages.yml", "joins: mbo", "joins: mob")
    problem = only_problem(project)
    assert (problem.path, problem.field) == ("data/chain_stages.yml", "stages")
    assert problem.line is not None
    assert problem.message == (
        "schakel 'statushouders' heeft 'joins: mob', maar 'mob' is geen schakel van de keten zelf; "
        "kies uit po, vmbo, havo-vwo, mbo, hbo, werk"
    )


def test_a_side_entry_into_another_side_entry(project):
    project.replace("data/chain_stages.yml", "joins: mbo", "joins: zij-instroom")
    assert "'zij-instroom' is geen schakel van de keten zelf" in only_problem(project).message
