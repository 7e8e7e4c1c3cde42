"""The woordenlijst and the first use of a term on a page, marked up and linked to its explanation."""

from __future__ import annotations

import re
from datetime import date

from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.loading.sanitize import render_body
from sitegen.model.plain_language import GlossaryEntry
from sitegen.pages.generate import generate_pages
from sitegen.pages.glossary_terms import mark_terms

BBL = GlossaryEntry(term="BBL", abbreviation="true", meaning="Je werkt bij een bedrijf en gaat daarnaast naar school.")
SNUFFEL = GlossaryEntry(term="snuffelstage", forms=("snuffelstages",), meaning="Je kijkt een dag mee bij een bedrijf.")
ENTRIES = (BBL, SNUFFEL)
GLOSSARY = "../../woordenlijst/"


def marked(markdown: str) -> str:
    return mark_terms(render_body(markdown).html, ENTRIES, GLOSSARY)


def test_the_first_use_is_linked_to_its_entry_and_later_uses_are_not():
    html = marked("Doe een snuffelstage. Daarna nog een snuffelstage.\n\nOf kies de BBL en later weer de BBL.")
    assert html.count('href="../../woordenlijst/#term-snuffelstage"') == 1
    assert html.count('href="../../woordenlijst/#term-bbl"') == 1
    assert '<dfn class="ib-term"><a href="../../woordenlijst/#term-snuffelstage" title="Je kijkt een dag mee bij een bedrijf.">' \
        'snuffelstage</a></dfn>. Daarna nog een snuffelstage.' in html
    assert '<abbr title="Je werkt bij een bedrijf en gaat daarnaast naar school.">BBL</abbr></a></dfn> en later weer de BBL.' in html


def test_a_form_counts_as_the_term_and_keeps_its_spelling():
    html = marked("Snuffelstages zijn leuk. Een snuffelstage ook.")
    assert '#term-snuffelstage" title="Je kijkt een dag mee bij een bedrijf.">Snuffelstages</a>' in html
    assert html.count("<dfn") == 1


def test_never_inside_links_headings_or_code():
    html = marked("## Over de BBL\n\nLees [de BBL-gids over een snuffelstage](https://example.org/).\n\n`BBL`\n\nDe BBL en een snuffelstage.")
    assert "<h2" in html and re.search(r"<h2[^>]*>Over de BBL</h2>", html)
    assert '<a href="https://example.org/" rel="noopener noreferrer">de BBL-gids over een snuffelstage</a>' in html
    assert "<code>BBL</code>" in html
    # The first use outside those is the one marked.
    assert re.search(r"<p>De <dfn[^>]*><a[^>]*><abbr[^>]*>BBL</abbr></a></dfn> en een <dfn[^>]*><a[^>]*>snuffelstage</a></dfn>\.</p>", html)


def test_not_inside_a_longer_word_or_attribute():
    html = marked('![BBL op de foto](foto.jpg "BBL")\n\nDe BBLX en snuffelstagebus.')
    assert "<dfn" not in html
    assert 'alt="BBL op de foto"' in html


def test_editors_text_stays_escaped():
    html = marked("Een snuffelstage &lt;script&gt;alert(1)&lt;/script&gt; & <b>BBL</b> 'ok'")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "<b><dfn" in html and "&amp;" in html


def test_the_glossary_page_lists_every_term_with_its_anchor_and_bodies_link_to_them():
    site = load_site(PROJECT_ROOT)
    pages = generate_pages(site, date(2026, 1, 15))
    glossary = pages[urls.GLOSSARY]
    anchors = set(re.findall(r'<dt id="([^"]+)"', glossary))
    assert anchors == {entry.anchor for entry in site.references.glossary}
    for entry in site.references.glossary:
        assert f"<dd>{entry.meaning}</dd>" in glossary.replace("&#39;", "'").replace("&#x27;", "'")
    linked = {anchor for page in pages.values() for anchor in re.findall(r'woordenlijst/#(term-[a-z0-9-]+)"', page)}
    assert linked and linked <= anchors
    persona = pages[urls.persona_page("statushouder")]
    assert persona.count('woordenlijst/#term-infra"') == 1


def test_the_footer_links_the_glossary():
    site = load_site(PROJECT_ROOT)
    assert urls.GLOSSARY in {link.page for link in site.references.settings.footer_links}
