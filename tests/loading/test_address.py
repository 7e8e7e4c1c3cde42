"""One form of address per persona page: the check reports words of the other form, with their lines."""

from __future__ import annotations

from conftest import only_problem, problems_of
from sitegen.loading.loader import load_site

PERSONA = "content/personas/vmbo-leerling.md"


def test_a_jij_persona_loads_with_jij_words(project):
    project.replace(PERSONA, "Buiten werken", "Buiten werken met jouw team")
    persona = load_site(project.root).personas[0]
    assert persona.address.value == "jij"


def test_u_in_a_jij_persona_is_reported_on_its_line(project):
    project.replace(PERSONA, "Tekst over de vmbo-leerling.", "Tekst over de vmbo-leerling.\nMet uw diploma kunt u verder.")
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (PERSONA, 10, None)
    assert "deze doelgroep wordt met 'jij' aangesproken (address), maar hier staat 'uw', 'u'" in problem.message
    assert "zet bij address 'u'" in problem.message


def test_a_u_persona_may_not_say_jouw_in_its_promise_or_list(project):
    project.replace(PERSONA, "order: 1", "order: 1\naddress: u\nnext_step: Kom naar een open dag bij u in de buurt.")
    project.replace(PERSONA, "promise: Bouw mee aan bruggen en dijken.", "promise: Jouw kind bouwt mee aan bruggen.")
    project.replace(PERSONA, "Buiten werken", "Dat je buiten werkt")
    problems = problems_of(project)
    assert [(problem.line, problem.field) for problem in problems] == [(3, "promise"), (6, "cares_about")]
    assert "met 'u' aangesproken (address), maar hier staat 'Jouw'; schrijf 'u' of 'uw'" in problems[0].message


def test_a_quotation_may_speak_in_another_form(project):
    project.replace(PERSONA, "order: 1", "order: 1\naddress: u\nnext_step: Kom naar een open dag bij u in de buurt.")
    project.replace(PERSONA, "Tekst over de vmbo-leerling.", 'Uw kind zegt misschien: "Kom je ook kijken?"')
    load_site(project.root)


def test_a_u_persona_needs_its_own_next_step_when_the_chain_says_je(project):
    project.replace(PERSONA, "order: 1", "order: 1\naddress: u")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (4, "next_step")
    assert "de pagina toont de volgende stap van 'vmbo' uit data/chain_stages.yml" in problem.message
    assert "zoals 'next_step: Kom naar een open dag bij u in de buurt.'" in problem.message


def test_an_unknown_form_of_address_is_named(project):
    project.replace(PERSONA, "order: 1", "order: 1\naddress: jullie")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (8, "address")
    assert "'jullie'" in problem.message
