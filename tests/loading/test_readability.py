"""The measures of the B1 check on plain text: sentences and their lines, syllables, Flesch–Douma, common words."""

from __future__ import annotations

import pytest

from sitegen.loading.readability import common_word_test, flesch_douma, prose_lines, sentences, syllables, zipf


@pytest.mark.parametrize(
    ("word", "count"),
    [("brug", 1), ("bruggen", 2), ("uitvoerder", 3), ("ideeën", 3), ("leeuw", 1), ("vrijdag", 2), ("BBL", 1), ("2026", 1),
     ("werkvoorbereider", 5), ("geëerd", 2)],
)
def test_syllables_follow_dutch_vowel_groups(word: str, count: int) -> None:
    assert syllables(word) == count


def test_sentences_keep_the_line_they_start_on_and_stop_at_headings_and_list_items() -> None:
    body = "# Kop\n\nDit is zin een. Dit is zin\ntwee, over twee regels!\n\n- een punt zonder punt\n- nog een [link](https://x.nl)\n"
    found = sentences(prose_lines(body))
    assert [(s.line, " ".join(s.words)) for s in found] == [
        (0, "Kop"), (2, "Dit is zin een"), (2, "Dit is zin twee over twee regels"), (5, "een punt zonder punt"),
        (6, "nog een link"),
    ]


def test_a_decimal_point_does_not_end_a_sentence() -> None:
    assert len(sentences(prose_lines("Het kost 2.50 euro per dag."))) == 1


def test_flesch_douma_is_the_formula_on_words_sentences_and_syllables() -> None:
    found = sentences(prose_lines("De man werkt op de weg. Hij maakt een brug."))
    # 10 words, 2 sentences, 10 syllables: 206.835 - 0.93 * 5 - 77 * 1
    assert flesch_douma(found) == pytest.approx(206.835 - 0.93 * 5 - 77)
    assert flesch_douma([]) is None


def test_plain_dutch_scores_higher_than_strategy_dutch() -> None:
    plain = flesch_douma(sentences(prose_lines("Je werkt buiten. Je bouwt een brug. Je ziet wat je maakt.")))
    hard = flesch_douma(sentences(prose_lines(
        "De onderwijs-arbeidsmarktketen vereist gecoördineerde keteninterventies ter versterking van doorlopende "
        "leerroutes en wendbare samenwerkingsverbanden voor menselijk kapitaal in de infrastructuursector.")))
    assert plain is not None and hard is not None and plain > 80 > 20 > hard


def test_common_words_compounds_names_and_numbers() -> None:
    common = common_word_test(3.0, frozenset({"yonas", "snuffelstage"}))
    assert zipf("huis") > 5 and zipf("keteninterventies") == 0
    for word in ("huis", "graafmachine", "fietsbrug", "Yonas", "snuffelstage", "2027", "auto's", "zij-instap", "waaróm"):
        assert common(word), word
    for word in ("keteninterventies", "webcal", "klimaatadaptatie", "xqzvb"):
        assert not common(word), word


def test_an_invented_long_word_costs_little() -> None:
    common = common_word_test(3.0, frozenset())
    assert not common("huis" * 200)
