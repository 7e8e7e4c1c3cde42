"""The B1 check warns, with file and line, where text for pupils, parents and newcomers is harder than B1."""

from __future__ import annotations

from conftest import PROJECT_ROOT, only_problem
from sitegen.loading.loader import load_site
from sitegen.loading.readability import common_word_test, prose_lines, rare_words, sentences
from sitegen.loading.reading_level import allowed_words, reading_level_warnings

PERSONA = "content/personas/vmbo-leerling.md"
EVENT = "content/events/open-dag.md"
STORY = "content/stories/sanne.md"
SETTINGS = "data/reading_level.yml"


def warnings_of(project) -> list:
    return [warning for warning in load_site(project.root).warnings if "B1-lezers" in warning.message]


def test_plain_dutch_passes(project):
    project.replace(PERSONA, "Tekst over de vmbo-leerling.", "Je werkt buiten. Je bouwt mee aan een brug. Elke dag zie je wat je maakt.")
    assert warnings_of(project) == []


def test_a_long_sentence_is_a_warning_on_its_line_and_the_site_still_loads(project):
    long = " ".join(["Je"] + ["werkt"] * 24) + "."
    project.replace(PERSONA, "Tekst over de vmbo-leerling.", f"Je werkt buiten.\n{long}")
    (warning,) = warnings_of(project)
    assert (warning.path, warning.line, warning.field) == (PERSONA, 10, None)
    assert "deze zin heeft 25 woorden" in warning.message and "meer dan 20 (data/reading_level.yml)" in warning.message
    assert "Maak er twee zinnen van." in warning.message


def test_a_rare_word_is_named_with_its_line_and_field(project):
    project.replace(EVENT, "organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nsummary: Leer alles over keteninterventies.")
    (warning,) = warnings_of(project)
    assert (warning.path, warning.field) == (EVENT, "summary")
    assert warning.line == 14
    assert "'keteninterventies' is geen gewoon woord voor B1-lezers (vmbo-leerling)" in warning.message
    assert "data/glossary.yml" in warning.message


def test_a_term_the_glossary_explains_is_allowed(project):
    project.replace(EVENT, "Kom kijken.", "Kom kijken bij de keteninterventies.")
    assert len(warnings_of(project)) == 1
    project.write("data/glossary.yml", "terms:\n  - term: keteninterventie\n    forms: [keteninterventies]\n"
                  "    meaning: Een keteninterventie is een actie die helpt op de weg van school naar werk.\n")
    assert warnings_of(project) == []


def test_names_of_people_and_places_are_allowed(project):
    project.replace(STORY, "Het verhaal van Sanne.", "Sanne de Vries werkt in Heerhugowaard.")
    assert warnings_of(project) == []


def test_a_hard_text_gets_its_score(project):
    hard = ("De infrastructurele ontwikkelingsopgave vereist gecoördineerde investeringen. "
            "Gemeentelijke organisaties formuleren verantwoordelijkheden. ") * 4
    project.replace(PERSONA, "Tekst over de vmbo-leerling.", hard)
    project.write("data/glossary.yml", "terms: []\n")
    project.write(SETTINGS, "audiences: [vmbo-leerling]\nmax_sentence_words: 20\nmin_word_frequency: 3.0\nmin_score: 60\n"
                  "min_score_words: 20\nnames: [infrastructurele, ontwikkelingsopgave, verantwoordelijkheden]\n")
    warnings = warnings_of(project)
    scores = [w for w in warnings if "leesbaarheid (Flesch-Douma)" in w.message]
    assert len(scores) == 1, warnings
    assert scores[0].line == 3 and "lager dan 60" in scores[0].message


def test_text_for_other_audiences_is_not_checked(project):
    project.replace(PERSONA, "Tekst over de vmbo-leerling.", "Leer alles over keteninterventies.")
    project.write(SETTINGS, "audiences: [ouder]\nmax_sentence_words: 20\nmin_word_frequency: 3.0\nmin_score: 60\n")
    assert warnings_of(project) == []


def test_without_settings_there_is_no_check(project):
    project.replace(PERSONA, "Tekst over de vmbo-leerling.", "Leer alles over keteninterventies.")
    (project.root / SETTINGS).unlink()
    assert warnings_of(project) == []


def test_the_sample_content_is_plain_dutch_for_its_audiences():
    site = load_site(PROJECT_ROOT)
    assert site.references.reading_level is not None
    assert {"vmbo-leerling", "ouder", "statushouder", "zij-instromer"} <= set(site.references.reading_level.audiences)
    assert reading_level_warnings(site) == (), "\n".join(map(str, reading_level_warnings(site)))


def test_an_unknown_audience_is_a_warning_on_its_line(project):
    project.write(SETTINGS, "audiences: [vmbo-leerling, vmbo-leerlingen]\nmax_sentence_words: 20\nmin_word_frequency: 3.0\nmin_score: 60\n")
    warnings = [w for w in load_site(project.root).warnings if w.path == SETTINGS]
    assert [(w.line, w.field) for w in warnings] == [(1, "audiences.1")]
    assert "'vmbo-leerlingen' is geen bekende doelgroep. Bedoelde je 'vmbo-leerling'?" in warnings[0].message
    assert warnings[0].message.endswith("De B1-controle slaat haar over.")


def test_a_glossary_entry_needs_its_meaning(project):
    project.write("data/glossary.yml", "terms:\n  - term: BBL\n")
    problem = only_problem(project)
    assert (problem.path, problem.line) == ("data/glossary.yml", 2)
    assert problem.field == "terms.0.meaning" and problem.message.startswith("ontbreekt")


def test_the_glossary_explains_in_plain_dutch():
    """Each meaning is one sentence within the sentence length, in common words (other glossary terms allowed)."""
    site = load_site(PROJECT_ROOT)
    level = site.references.reading_level
    assert level is not None and len(site.references.glossary) >= 15
    common = common_word_test(level.min_word_frequency, allowed_words(site))
    for entry in site.references.glossary:
        found = sentences(prose_lines(entry.meaning))
        assert len(found) == 1, entry.term
        assert len(found[0].words) <= level.max_sentence_words, entry.term
        assert list(rare_words(found, common)) == [], entry.term
