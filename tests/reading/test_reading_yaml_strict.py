import re

import pytest

from sitegen.reading.yaml_strict import load_yaml


def test_plain_values_stay_text_as_typed():
    data, problems = load_yaml("a: 10:00\nb: no\nc: on\nd: 1.5\ne: 2026-03-14\nf: ~\ng:\n", "x.md")
    assert problems == ()
    assert data.value == {"a": "10:00", "b": "no", "c": "on", "d": "1.5", "e": "2026-03-14", "f": None, "g": None}


def test_lines_are_kept_for_nested_fields_with_offset():
    data, _ = load_yaml("title: x\nlocation:\n  city: Hoorn\nlist:\n  - a\n  - b\n", "x.md", first_line=2)
    assert data.lines[("title",)] == 2
    assert data.lines[("location", "city")] == 4
    assert data.lines[("list", 1)] == 7
    assert data.line_of(("location", "missing")) == 3


def test_duplicate_key_reported_with_both_lines():
    data, problems = load_yaml("title: a\nstart: b\ntitle: c\n", "x.md", first_line=2)
    assert data.value == {"title": "a", "start": "b"}
    assert len(problems) == 1
    assert (problems[0].line, problems[0].field) == (4, "title")
    assert "eerst op regel 2" in problems[0].message


def test_syntax_error_has_line():
    data, problems = load_yaml("title: a\n  start: b: c\n", "x.md", first_line=2)
    assert data is None
    assert problems[0].line == 3
    assert "geen geldige YAML" in problems[0].message


def test_quoted_values_are_text():
    data, _ = load_yaml('a: "null"\nb: \'true\'\n', "x.md")
    assert data.value == {"a": "null", "b": "true"}

ENGLISH = re.compile(r"\b(the|not|found|expected|while|could|allowed|mapping|scalar|token|stream)\b")


@pytest.mark.parametrize(
    ("text", "field", "advice"),
    [
        ("title: Zaal #3\n", "title", 'title: "Zaal #3"'),
        ("title: &anker Open dag\n", "title", 'title: "&anker Open dag"'),
        ("title: *ster\n", "title", 'title: "*ster"'),
        ("title: !belangrijk Open dag\n", "title", 'title: "!belangrijk Open dag"'),
        ("audiences:\n  - vmbo # leerling\n", "audiences.0", '- "vmbo # leerling"'),
    ],
)
def test_what_would_be_cut_or_reinterpreted_is_refused_with_the_quoted_line(text, field, advice):
    data, problems = load_yaml(text, "x.md", first_line=2)
    assert data is None
    assert problems[0].field == field
    assert advice in problems[0].message


@pytest.mark.parametrize("value", ["Rock & Roll", "Tom | Jerry", "Zaal#3", "Wow!", "5 * 3", '"Zaal #3"'])
def test_those_characters_inside_a_value_arrive_as_typed(value):
    data, problems = load_yaml(f"title: {value}\n", "x.md")
    assert problems == ()
    assert data.value["title"] == value.strip('"')


def test_a_comment_after_a_quoted_value_or_on_its_own_line_is_fine():
    data, problems = load_yaml('# opmerking\ntitle: "Open dag" # opmerking\n', "x.md")
    assert (data.value, problems) == ({"title": "Open dag"}, ())


@pytest.mark.parametrize(
    "text",
    [
        "title: a: b\n",
        'title: "a" b\n',
        'title: "a\n',
        "a: [b, c\n",
        "title: @x\n",
        'a: "\\q"\n',
        "a: - b\n",
        "a:\n  - b\n  c: d\n",
        "a: |x\n  y\n",
        "a: !x!y z\n",
        " a: b\nc: d\n",
        "---\n---\n",
        "a: &\n",
    ],
)
def test_parser_errors_are_dutch_with_a_line_and_never_english(text):
    data, problems = load_yaml(text, "content/events/x.md", first_line=2)
    assert data is None
    [problem] = problems
    assert problem.line is not None and problem.line >= 2
    assert problem.message.startswith("de front matter is geen geldige YAML: ")
    assert not ENGLISH.search(problem.message), problem.message


def test_a_data_file_is_not_called_front_matter():
    _, problems = load_yaml("a: b: c\n", "data/regions.yml")
    assert problems[0].message.startswith("dit bestand is geen geldige YAML: ")


@pytest.mark.parametrize("character", ["\x07", "\x1b", "\x85", "\u2028", "\u2029", "\ufffe"])
def test_invisible_characters_are_refused_with_line_column_and_field(character):
    data, problems = load_yaml(f"title: Open dag\nsummary: Kom{character} kijken\n", "x.md", first_line=2)
    assert data is None
    [problem] = problems
    assert (problem.line, problem.field) == (3, "summary")
    assert "op teken 13" in problem.message
