"""The first use of a glossary term on a page, marked up and linked to its explanation on /woordenlijst/.

Works on the body HTML after sanitising (`loading/sanitize.py`): the markup is ours, added around text nodes of a
tree nh3 has already made well-formed, so we know for certain whether a word sits inside a link, a heading, code or an
abbreviation, and the editor's text between the tags is escaped again by `escape.html_text`, never trusted. The
sanitiser would remove `<dfn>` from an editor's Markdown, and a Markdown-level pass could not see links or headings.

The term becomes `<dfn class="ib-term"><a href="…/woordenlijst/#term-bbl" title="explanation">BBL</a></dfn>` (an
abbreviation `<abbr>` inside the link): the link is the route on a phone and without JavaScript, the title a tooltip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

from sitegen import urls
from sitegen.escape import html_attribute, html_text
from sitegen.model.plain_language import GlossaryEntry
from sitegen.model.site import Site
from sitegen.pages.render import render_page

# Where a term is never marked: its text is already a link, a heading, code or markup of its own.
SKIPPED = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "abbr", "dfn", "script", "style"})
VOID = frozenset({"br", "hr", "img", "wbr", "input", "meta", "link", "source"})


@dataclass(frozen=True)
class _Pattern:
    entry: GlossaryEntry
    regex: re.Pattern[str]


@lru_cache(maxsize=16)
def _patterns(entries: tuple[GlossaryEntry, ...]) -> tuple[_Pattern, ...]:
    """One case-insensitive pattern per entry, its forms longest first, on word boundaries ('BBL' not in 'BBLX')."""
    result = []
    for entry in entries:
        forms = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in entry.all_forms)
        result.append(_Pattern(entry, re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])", re.IGNORECASE)))
    return tuple(result)


def glossary_pages(site: Site) -> dict[str, str]:
    """The woordenlijst page, its terms in alphabetical order; none when the network has no glossary."""
    if not site.references.glossary:
        return {}
    entries = sorted(site.references.glossary, key=lambda entry: (entry.term.casefold(), entry.term))
    return {urls.GLOSSARY: render_page("glossary.md.j2", urls.GLOSSARY, site=site, entries=entries)}


def mark_terms(body_html: str, entries: Sequence[GlossaryEntry], glossary_url: str) -> str:
    """The body with the first use of each term marked and linked to `glossary_url#anchor`; the rest unchanged."""
    if not entries or not body_html:
        return body_html
    marker = _Marker(_patterns(tuple(entries)), glossary_url)
    marker.feed(body_html)
    marker.close()
    return "".join(marker.out)


def term_html(entry: GlossaryEntry, text: str, glossary_url: str) -> str:
    """One marked term: the words as written in the text, linked to the entry, with its explanation as title."""
    words = html_text(text)
    if entry.abbreviation:
        words = f'<abbr title="{html_attribute(entry.meaning)}">{words}</abbr>'
    href = html_attribute(f"{glossary_url}#{entry.anchor}")
    title = "" if entry.abbreviation else f' title="{html_attribute(entry.meaning)}"'
    return f'<dfn class="ib-term"><a href="{href}"{title}>{words}</a></dfn>'


class _Marker(HTMLParser):
    """Copies the HTML through, replacing in text outside SKIPPED the first match of each term not yet used."""

    def __init__(self, patterns: tuple[_Pattern, ...], glossary_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.patterns = list(patterns)
        self.glossary_url = glossary_url
        self.out: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>")
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if any(tag in SKIPPED for tag in self.open) or not self.patterns:
            self.out.append(html_text(data))
            return
        self.out.append(self._marked(data))

    def handle_comment(self, data: str) -> None:
        pass  # the sanitiser keeps no comments; none of ours would be one

    def _marked(self, text: str) -> str:
        """The text escaped, with the earliest first use of any remaining term marked, again after it."""
        pieces: list[str] = []
        while True:
            found = [(match.start(), -len(match.group(0)), index, match) for index, pattern in enumerate(self.patterns)
                     if (match := pattern.regex.search(text))]
            if not found:
                break
            _, _, index, match = min(found, key=lambda item: item[:3])
            pattern = self.patterns.pop(index)
            pieces.append(html_text(text[: match.start()]))
            pieces.append(term_html(pattern.entry, match.group(0), self.glossary_url))
            text = text[match.end():]
        pieces.append(html_text(text))
        return "".join(pieces)
