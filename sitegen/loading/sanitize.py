"""Editors' Markdown bodies to HTML through an allowlist: what editors need stays, everything else goes.

The body is rendered with the Markdown features the editors' guide documents, then cleaned by nh3 (ammonia):
no script, style, iframe, object, form, event handler, `javascript:` or `data:` link, no attribute that an
attribute list adds beyond the allowlist, and unbalanced HTML is closed inside the body. What was removed is
reported, so an editor learns about it (`Removal`), with the line it is on where it can be found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
import nh3

# The Markdown an editor may write in a body (docs/redactie/): emphasis, lists, links, headings, tables,
# definition lists, admonitions, attribute lists for an id or an admonition class.
BODY_EXTENSIONS = ("admonition", "attr_list", "def_list", "tables")

TAGS = frozenset(
    {
        "p", "br", "hr", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr",
        "code", "pre", "kbd", "blockquote", "q", "cite", "ul", "ol", "li", "dl", "dt", "dd",
        "h2", "h3", "h4", "h5", "h6", "a", "img", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
        "caption", "div", "span", "figure", "figcaption",
    }
)
# Removed together with everything inside them: their text was never meant to be read.
REMOVED_WITH_CONTENT = frozenset({"script", "style", "template", "textarea", "title", "noscript", "xmp", "noembed", "noframes"})
ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"style", "colspan", "rowspan", "scope"},
    "td": {"style", "colspan", "rowspan"},
    "ol": {"start"},
    **{f"h{level}": {"id"} for level in range(2, 7)},
}
ADMONITION_CLASSES = frozenset(
    {"admonition", "note", "abstract", "info", "tip", "success", "question", "warning", "failure", "danger", "bug",
     "example", "quote"}
)
ALLOWED_CLASSES = {"div": set(ADMONITION_CLASSES), "p": {"admonition-title"}}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Ids in a body are prefixed, so no heading can take the id of a control of the page around it.
ID_PREFIX = "tekst-"


@dataclass(frozen=True)
class Removal:
    """Something an editor wrote that is not published: what it is (in Dutch) and the body line it is on."""

    line: int | None
    what: str


@dataclass(frozen=True)
class SafeBody:
    html: str
    removed: tuple[Removal, ...]


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src" and _is_remote(value):
        return None  # a picture from elsewhere tells a third party who reads the page
    return value


def _is_remote(url: str) -> bool:
    stripped = url.strip()
    return stripped.startswith("//") or bool(urlsplit(stripped).scheme)


_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags=set(REMOVED_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
    attribute_filter=_attribute_filter,
    url_schemes=set(URL_SCHEMES),
    allowed_classes={tag: set(names) for tag, names in ALLOWED_CLASSES.items()},
    filter_style_properties={"text-align"},
    id_prefix=ID_PREFIX,
    link_rel="noopener noreferrer",
)


def render_body(body: str) -> SafeBody:
    """The body as safe HTML, and what was left out."""
    raw = markdown.markdown(body, extensions=list(BODY_EXTENSIONS), output_format="html")
    return SafeBody(_CLEANER.clean(raw), tuple(_removals(raw, body)))


def _removals(raw: str, body: str) -> list[Removal]:
    scanner = _Scanner()
    scanner.feed(raw)
    scanner.close()
    lines = body.split("\n")
    found: dict[str, Removal] = {}
    for what, needle in scanner.removed:
        found.setdefault(what, Removal(_line_of(lines, needle), what))
    if body.count("<!--") > body.count("-->"):
        found.setdefault("comment", Removal(_line_of(lines, "<!--"), "een HTML-opmerking '<!--' die nergens sluit, met alle tekst erna"))
    return sorted(found.values(), key=lambda removal: (removal.line or 0, removal.what))


def _line_of(lines: list[str], needle: str) -> int | None:
    """The first body line (0-based offset) that contains `needle`, case-insensitively."""
    needle = needle.lower()
    for offset, line in enumerate(lines):
        if needle in line.lower():
            return offset
    return None


class _Scanner(HTMLParser):
    """Lists what the cleaner will remove from rendered HTML, to tell the editor: (Dutch description, text to find)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.removed: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            verb = "met inhoud en al" if tag in REMOVED_WITH_CONTENT else "de tekst erin blijft staan"
            self.removed.append((f"het HTML-element <{tag}> ({verb})", f"<{tag}"))
            return
        allowed = ATTRIBUTES.get(tag, set()) | ({"class"} if tag in ALLOWED_CLASSES else set())
        for name, value in attrs:
            if name not in allowed:
                self.removed.append((f"het attribuut '{name}' op <{tag}>", name))
            elif name == "class" and not set((value or "").split()) <= ALLOWED_CLASSES.get(tag, set()):
                self.removed.append((f"de class {value!r} op <{tag}>", value or "class"))
            elif name in ("href", "src") and value and _bad_url(tag, name, value):
                self.removed.append((f"de link {value[:60]!r} (alleen https://, http://, mailto: en tel:)", value[:40]))

    handle_startendtag = handle_starttag


def _bad_url(tag: str, attribute: str, value: str) -> bool:
    scheme = urlsplit(value.strip()).scheme.lower()
    if tag == "img" and attribute == "src":
        return _is_remote(value)
    return bool(scheme) and scheme not in URL_SCHEMES and not re.fullmatch(r"[a-z]", scheme)
