from sitegen.reading.text import decode_text


def test_bom_and_crlf_are_normalised():
    text, problems = decode_text(b"\xef\xbb\xbf---\r\ntitle: x\r\n---\rbody\r\n", "a.md")
    assert problems == ()
    assert text == "---\ntitle: x\n---\nbody\n"


def test_non_utf8_names_line_and_byte():
    text, problems = decode_text("regel een\nCaf\u00e9\n".encode("latin-1"), "a.md")
    assert text is None
    assert problems[0].line == 2
    assert "0xE9" in problems[0].message


def test_whitespace_only_is_empty():
    text, problems = decode_text(b" \n\n", "a.md")
    assert text is None and "leeg" in problems[0].message
