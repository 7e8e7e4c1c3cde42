"""The language model: codes, summaries' lengths, the script check and the pages per language."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from sitegen.model.languages import SUMMARY_CHARACTERS, LanguageList, Translation, share_of_script
from sitegen.page_language import with_language

LANGUAGE = {
    "code": "ar", "name": "العربية", "dutch_name": "Arabisch", "direction": "rtl", "script": "Arabic",
    "not_translated": "x", "not_checked": "x", "read_dutch": "x",
}


def test_a_summary_at_the_limit_passes_and_one_more_character_does_not():
    Translation(language="ar", title="t", summary="ب" * SUMMARY_CHARACTERS)
    with pytest.raises(ValidationError, match="hoogstens 400 tekens"):
        Translation(language="ar", title="t", summary="ب" * (SUMMARY_CHARACTERS + 1))


def test_a_language_code_is_a_lower_case_bcp47_tag_and_a_font_name_needs_no_escaping():
    LanguageList(languages=({**LANGUAGE, "code": "pt-br"},))
    for bad in ("Arabic", "a", "ar_SA"):
        with pytest.raises(ValidationError):
            LanguageList(languages=({**LANGUAGE, "code": bad},))
    with pytest.raises(ValidationError):
        LanguageList(languages=({**LANGUAGE, "fonts": ['Evil"; } body { display: none']},))


def test_a_language_is_listed_once():
    with pytest.raises(ValidationError, match="twee keer"):
        LanguageList(languages=(LANGUAGE, LANGUAGE))


def test_share_of_script_counts_letters_only():
    assert share_of_script("العمل (BBL) 2026", "Arabic") == pytest.approx(5 / 8)
    assert share_of_script("ሰላም", "Ethiopic") == 1.0
    assert share_of_script("Werk in de infra", "Arabic") == 0.0
    assert share_of_script("2026 – !", "Arabic") == 1.0


def test_with_language_sets_lang_and_dir_on_html_and_leaves_the_dutch_theme_left_to_right():
    html = '<!doctype html>\n<html lang="nl" class="no-js">\n<head></head>\n<body dir="ltr" data-x="1">'
    result = with_language(html, "ar", "rtl")
    assert '<html class="no-js" lang="ar" dir="rtl">' in result
    assert '<body dir="ltr" data-x="1">' in result
    assert with_language(html, None, None) == html
    assert with_language(html, 'ar" onload="x', "rtl") == html
    assert with_language(html, "ar", "sideways") == html
