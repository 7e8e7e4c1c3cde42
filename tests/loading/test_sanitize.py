"""Editors' Markdown bodies through the allowlist: what the guide documents stays, every attack goes and is reported."""

from __future__ import annotations

import html5lib
import pytest

from sitegen.loading.sanitize import render_body


def _tree(html: str):
    return html5lib.parse(f"<div id=wrap>{html}</div><p id=after>na</p>", treebuilder="etree", namespaceHTMLElements=False)


KEPT = """Tekst met *nadruk*, **vet** en een [link](https://www.infrabindt.nl/) of [mail](mailto:info@example.org).

## Kop

- een
- twee

Daarna:

1. eerste

Term
:   Uitleg

| a | b |
|:--|--:|
| 1 | 2 |

!!! warning "Let op"
    Een waarschuwing.

> Een citaat.
"""


def test_what_editors_need_is_kept():
    safe = render_body(KEPT)
    tree = _tree(safe.html)
    tags = {element.tag for element in tree.iter()}
    assert {"em", "strong", "a", "h2", "ul", "ol", "li", "dl", "dt", "dd", "table", "th", "td", "blockquote"} <= tags
    assert tree.find(".//div[@class='admonition warning']/p[@class='admonition-title']").text == "Let op"
    assert tree.find(".//th").get("style") == "text-align:left"
    assert tree.find(".//h2").get("id") is None or tree.find(".//h2").get("id").startswith("tekst-")
    assert safe.removed == ()


ATTACKS = {
    "script": "<script>alert(1)</script>",
    "event handler": '<img src="foto.jpg" onerror="alert(1)">',
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "object": '<object data="x.swf"></object>',
    "form": '<form action="https://evil.example/"><input name=q><button>ok</button></form>',
    "style": "<style>body{display:none}</style>",
    "style attribute": '<p style="position:fixed;inset:0">bedekt alles</p>',
    "javascript link": "[klik](javascript:alert(1))",
    "javascript html link": '<a href="JaVaScRiPt:alert(1)">klik</a>',
    "data link": '<a href="data:text/html,<script>alert(1)</script>">klik</a>',
    "attribute list handler": "Alinea\n{: onclick=\"alert(1)\" }",
    "svg": '<svg onload="alert(1)"><script>alert(2)</script></svg>',
    "remote image": "![pixel](https://tracker.example/p.gif)",
    "meta refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "base": '<base href="https://evil.example/">',
    "link stylesheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attacks_are_removed_and_reported(name):
    safe = render_body(f"Voor.\n\n{ATTACKS[name]}\n\nNa.")
    tree = _tree(safe.html)
    for element in tree.iter():
        assert element.tag not in {"script", "iframe", "object", "form", "input", "style", "svg", "meta", "base", "link"}, name
        for attribute, value in element.attrib.items():
            assert not attribute.startswith("on"), name
            assert attribute != "style" or value.startswith("text-align"), name
            if attribute in ("href", "src"):
                assert not value.lower().startswith(("javascript:", "data:", "http://tracker", "https://tracker")), name
    assert "Voor." in "".join(tree.itertext()) and "Na." in "".join(tree.itertext())
    assert safe.removed, f"{name}: the editor is told what was left out"
    lines = range(2, 2 + ATTACKS[name].count("\n") + 1)
    assert all(removal.line in lines for removal in safe.removed), (name, safe.removed)


@pytest.mark.parametrize("unbalanced", ["<div>", "<table><tr><td>", "<b><i>", "<!-- nooit gesloten", "<textarea>", "<title>", "</div></div></article>"])
def test_unbalanced_html_cannot_swallow_what_comes_after_the_body(unbalanced):
    safe = render_body(f"Eerst.\n\n{unbalanced}\n\nDaarna.")
    tree = _tree(safe.html)
    after = tree.find(".//p[@id='after']")
    assert after is not None and after.text == "na", unbalanced
    assert tree.find(".//div[@id='wrap']") is not None
    wrap = tree.find(".//div[@id='wrap']")
    assert after not in list(wrap.iter()), f"{unbalanced}: the page after the body stays outside it"


def test_ids_cannot_take_the_pages_own_controls():
    safe = render_body("## Kop {: #__drawer }")
    assert 'id="tekst-__drawer"' in safe.html


def test_a_large_body_is_cleaned_quickly():
    import time

    body = ("Een alinea met [een link](https://example.org/) en *nadruk* en <b>vet</b>.\n\n" * 2000) + "<div>" * 500
    started = time.perf_counter()
    render_body(body)
    assert time.perf_counter() - started < 10
