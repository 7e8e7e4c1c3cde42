from sitegen.reading.frontmatter import split_front_matter


def test_split_keeps_body_and_first_line():
    document, problems = split_front_matter("---\ntitle: x\n---\n\nTekst\n", "a.md")
    assert problems == ()
    assert document.front_matter == "title: x"
    assert document.front_matter_line == 2
    assert document.body == "Tekst\n"
    assert document.body_line == 5


def test_horizontal_rule_in_body_is_body():
    document, _ = split_front_matter("---\na: b\n---\nEen\n\n---\n\nTwee\n", "a.md")
    assert document.body == "Een\n\n---\n\nTwee\n"


def test_missing_opening_fence():
    document, problems = split_front_matter("title: x\n---\n", "a.md")
    assert document is None and problems[0].line == 1
