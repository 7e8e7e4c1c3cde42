"""One escaping function per context, each read back by a real parser of that context."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import html5lib
import icalendar
import markdown
import pytest

from sitegen.escape import (
    CONTACT_SCHEMES,
    forbidden_characters,
    github_data,
    github_property,
    html_attribute,
    html_text,
    ical_text,
    json_ld,
    markdown_text,
    safe_url,
    strip_controls,
    terminal,
    xml_text,
)
from sitegen.files.ical import fold

NASTY = [
    "Tom \"&\" Jerry's <script>alert(1)</script>",
    "[klik](javascript:alert(1)) ![x](y) <img src=x onerror=alert(1)>",
    "*nadruk* _onder_ **vet** `code` ~~weg~~ ==mark== ^sup^",
    "{: onclick=\"alert(1)\" } {#id .klasse}",
    "1. geen lijst",
    "- geen lijst",
    "+ geen lijst",
    "# geen kop",
    ": geen definitie",
    "=== geen kop",
    "| a | b |",
    "\\*backslash\\* &amp; &lt;b&gt; &#x27;",
    "</title></script><!-- ]]> ",
    "émoji 🚧 عربى ትግርኛ",
]
CONTROLS = "a\x00b\x07c\x1bd\x7fe\x85f\u2028g\u2029h\ufffei\U0010ffffj"


@pytest.mark.parametrize("text", NASTY)
def test_markdown_text_renders_back_to_exactly_the_text(text):
    rendered = markdown.markdown(markdown_text(text), extensions=["attr_list", "def_list", "tables", "admonition", "md_in_html"])
    tree = html5lib.parse(rendered, treebuilder="etree", namespaceHTMLElements=False)
    body = tree.find("body")
    elements = [element.tag for element in body.iter()]
    assert elements in (["body", "p"], ["body"]), (text, rendered)
    assert "".join(body.itertext()).strip() == text.strip(), rendered
    assert all(not name.startswith("on") for element in body.iter() for name in element.attrib)


@pytest.mark.parametrize("text", NASTY)
def test_html_text_and_attribute_read_back_as_text(text):
    page = f'<p title="{html_attribute(text)}" data-x=\'{html_attribute(text)}\'>{html_text(text)}</p>'
    tree = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    paragraph = tree.find(".//p")
    assert paragraph.get("title") == text and paragraph.get("data-x") == text
    assert paragraph.text == text and len(paragraph) == 0


def test_safe_url_allows_only_the_schemes_of_the_field_and_encodes_what_could_break_out():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url("mailto:a@b.nl") is None
    assert safe_url("https:///pad") is None
    assert safe_url("mailto:info@infrabindt.nl?subject=Vraag over de open dag", CONTACT_SCHEMES) == (
        "mailto:info@infrabindt.nl?subject=Vraag%20over%20de%20open%20dag"
    )
    url = safe_url('https://example.org/a b)(<"\'`{}>\\|^')
    assert url == "https://example.org/a%20b%29%28%3C%22%27%60%7B%7D%3E%5C%7C%5E"
    assert safe_url("https://example.org/al%20gecodeerd?a=1&b=2#deel") == "https://example.org/al%20gecodeerd?a=1&b=2#deel"


def test_json_ld_cannot_end_or_comment_out_its_script_element():
    data = {"name": "</script><script>alert(1)</script><!-- & \u2028"}
    text = json_ld(data)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == data
    page = f'<script type="application/ld+json">{text}</script><p>daarna</p>'
    tree = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    assert [script.text for script in tree.iter("script")] == [text]
    assert tree.find(".//p").text == "daarna"


@pytest.mark.parametrize("text", [*NASTY, "regel\neen\r\ntwee\rdrie", "komma, puntkomma; backslash\\ n\\n", CONTROLS])
def test_ical_text_reads_back_with_icalendar(text):
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\n"
        + fold(f"SUMMARY:{ical_text(text)}") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert "\r" not in calendar.replace("\r\n", "")
    parsed = icalendar.Calendar.from_ical(calendar)
    expected = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    assert str(parsed.walk("VEVENT")[0]["SUMMARY"]) == expected


@pytest.mark.parametrize("text", [*NASTY, CONTROLS])
def test_xml_text_gives_well_formed_xml(text):
    document = f'<feed><title type="text" label="{xml_text(text)}">{xml_text(text)}</title></feed>'
    title = ElementTree.fromstring(document).find("title")
    assert title.text == strip_controls(text) and title.get("label") == strip_controls(text)


def test_github_commands_stay_one_line_and_properties_cannot_end_early():
    message = github_data("eerste\nregel\r%0A \x1b[31mrood")
    assert "\n" not in message and "\r" not in message and "\x1b" not in message
    assert message == "eerste%0Aregel%0D%250A \\x1b[31mrood"
    assert github_property("content/a,b:c.md") == "content/a%2Cb%3Ac.md"


def test_terminal_shows_control_characters_instead_of_sending_them():
    shown = terminal("titel \x1b]0;gehackt\x07 \x1b[2J\u2028einde\nvolgende regel")
    assert "\x1b" not in shown and "\x07" not in shown and "\u2028" not in shown
    assert shown == "titel \\x1b]0;gehackt\\x07 \\x1b[2J\\u2028einde\nvolgende regel"


def test_forbidden_characters_are_the_controls_separators_and_noncharacters():
    found = [character for _, character in forbidden_characters(CONTROLS)]
    assert found == ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufffe", "\U0010ffff"]
    assert forbidden_characters("tab\tand\nnewline") == []
    assert [c for _, c in forbidden_characters("tab\tand\nnewline", one_line=True)] == ["\t", "\n"]
    assert strip_controls(CONTROLS) == "abcdefghij"


@pytest.mark.parametrize("value", ['"Open\\tdag"', '"Open\\u2028dag"', '"Open\\x1b[2Jdag"', '"Open\\x85dag"', '"Open\\uFFFEdag"'])
def test_a_control_character_in_a_field_is_refused_in_dutch(project, value):
    from sitegen.loading.loader import load_site
    from sitegen.problems import ContentError

    project.replace("content/events/open-dag.md", "title: Open dag infra", f"title: {value}")
    with pytest.raises(ContentError) as caught:
        load_site(project.root)
    [problem] = caught.value.problems
    assert (problem.path, problem.field) == ("content/events/open-dag.md", "title")
    assert "op teken 5" in problem.message and "onzichtbaar" in problem.message
