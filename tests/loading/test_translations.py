"""Summaries in other languages: a known language, a title, a short summary, text in the language's own script
(right to left included), each language once; the key pages of data/translations.yml."""

from __future__ import annotations

from conftest import only_problem, problems_of
from sitegen.loading.loader import load_site

PERSONA = "content/personas/vmbo-leerling.md"
ARABIC_TITLE = "العمل في البنية التحتية"
ARABIC_SUMMARY = "البنية التحتية هي العمل في الطرق والجسور والسدود."


def with_translations(project, block: str) -> None:
    project.replace(PERSONA, "order: 1\n", "order: 1\ntranslations:\n" + block)


def test_right_to_left_text_loads_as_typed(project):
    with_translations(project, f"  - language: ar\n    title: {ARABIC_TITLE}\n    summary: {ARABIC_SUMMARY}\n")
    translation = load_site(project.root).personas[0].translations[0]
    assert (translation.language, translation.title, translation.summary, translation.checked) == (
        "ar", ARABIC_TITLE, ARABIC_SUMMARY, False,
    )


def test_an_unknown_language_is_reported_with_its_line_and_the_choices(project):
    with_translations(project, "  - language: fa\n    title: Titel\n    summary: Samenvatting\n")
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (PERSONA, 9, "translations.0.language")
    assert "'fa' is geen bekende taal." in problem.message
    assert "Kies uit: ar, en, ti, tr, uk." in problem.message


def test_a_summary_without_a_title_is_reported(project):
    with_translations(project, f"  - language: ar\n    summary: {ARABIC_SUMMARY}\n")
    problem = only_problem(project)
    assert (problem.path, problem.line) == (PERSONA, 9)
    assert problem.field == "translations.0.title"


def test_a_summary_that_is_too_long_is_reported_with_its_length(project):
    long_summary = " ".join(["البنية التحتية"] * 40)
    with_translations(project, f"  - language: ar\n    title: {ARABIC_TITLE}\n    summary: {long_summary}\n")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (11, "translations.0.summary")
    assert f"is {len(long_summary)} tekens lang" in problem.message
    assert "hoogstens 400 tekens" in problem.message


def test_dutch_text_under_a_right_to_left_language_is_reported(project):
    with_translations(project, "  - language: ar\n    title: Werken in de infra\n    summary: " + ARABIC_SUMMARY + "\n")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (10, "translations.0.title")
    assert "staat niet in het schrift van het Arabisch (Arabic)" in problem.message


def test_arabic_text_under_a_left_to_right_language_is_reported(project):
    with_translations(project, f"  - language: en\n    title: {ARABIC_TITLE}\n    summary: Work in infrastructure.\n")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (10, "translations.0.title")
    assert "Engels" in problem.message


def test_each_language_once(project):
    entry = f"  - language: ar\n    title: {ARABIC_TITLE}\n    summary: {ARABIC_SUMMARY}\n"
    with_translations(project, entry + entry)
    problem = only_problem(project)
    assert (problem.line, problem.field) == (12, "translations.1.language")
    assert "staat al een samenvatting in het Arabisch (ar) op regel 9" in problem.message


def test_a_key_page_the_site_does_not_have_is_reported(project):
    project.replace("data/translations.yml", "  - page: doelgroepen\n", "  - page: doelgroep\n")
    problems = problems_of(project)
    assert [(problem.path, problem.field) for problem in problems] == [("data/translations.yml", "pages.1.page")]
    assert "'doelgroep' is geen bekende pagina van de site. Bedoelde je 'doelgroepen'?" in problems[0].message


def test_without_languages_file_the_site_is_dutch_only(project):
    (project.root / "data" / "languages.yml").unlink()
    (project.root / "data" / "translations.yml").unlink()
    site = load_site(project.root)
    assert site.references.languages == ()
    assert site.references.key_pages == ()


def test_dutch_is_not_a_language_beside_dutch(project):
    project.replace("data/languages.yml", "  - code: tr\n", "  - code: nl\n")
    problem = only_problem(project)
    assert problem.path == "data/languages.yml"
    assert "is Nederlands" in problem.message
