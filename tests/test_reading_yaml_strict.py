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
