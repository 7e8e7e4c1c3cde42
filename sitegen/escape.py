"""Editors' text is data, never markup: one function per context it can land in.

Every writer of the engine takes an editor's string through exactly one of these:

| context | function |
| --- | --- |
| Markdown source (text that MkDocs renders) | `markdown_text` |
| HTML text and HTML attributes | `html_text`, `html_attribute` |
| a link target (`href`, `src`) | `safe_url` |
| JSON, JSON-LD inside `<script>` | `json_text`, `json_ld` |
| iCalendar TEXT | `ical_text` |
| XML and SVG text (Atom feed, maps) | `xml_text` |
| GitHub Actions workflow commands | `github_data`, `github_property` |
| the terminal | `terminal` |

Control characters are refused while loading (`forbidden_characters`); every function here also drops them,
as a second line of defence, so that no single character can break a feed or a page.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote, urlsplit

# C0 controls except tab and line feed, DEL, C1 controls, the Unicode line and paragraph separators,
# and the noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
_NONCHARACTERS = "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17))
_FORBIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufdd0-\ufdef{_NONCHARACTERS}]")
# In a one-line value a tab and a line feed are not wanted either.
_FORBIDDEN_IN_LINE = re.compile(f"[\t\n{_FORBIDDEN.pattern[1:-1]}]")

CHARACTER_NAMES = {
    "\t": "een tab",
    "\r": "een losse regelterugloop (CR)",
    "\x1b": "een escape-teken",
    "\u2028": "een Unicode-regelscheiding (U+2028)",
    "\u2029": "een Unicode-alineascheiding (U+2029)",
    "\x00": "een nul-teken",
}


def character_name(character: str) -> str:
    """A forbidden character as an editor can look it up: its name in Dutch, or its code point."""
    return CHARACTER_NAMES.get(character, f"het onzichtbare teken U+{ord(character):04X}")


def forbidden_characters(text: str, *, one_line: bool = False) -> list[tuple[int, str]]:
    """`(index, character)` of each control character, separator or noncharacter in `text`."""
    pattern = _FORBIDDEN_IN_LINE if one_line else _FORBIDDEN
    return [(match.start(), match.group()) for match in pattern.finditer(text)]


def strip_controls(text: str) -> str:
    """`text` without the characters that `forbidden_characters` refuses (tab and line feed stay)."""
    return _FORBIDDEN.sub("", text)


# --------------------------------------------------------------------------------------------------------------
# HTML and Markdown.


def html_text(text: str) -> str:
    """Text inside an HTML element: `&`, `<`, `>` and both quotes as character references."""
    return html.escape(strip_controls(text), quote=True)


def html_attribute(text: str) -> str:
    """A value inside a double- or single-quoted HTML attribute (meta content, alt, title, data-*)."""
    return html.escape(strip_controls(text), quote=True)


# Characters that start Markdown syntax anywhere in a line (tables add `|`); `<` and `&` are escaped as HTML.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#|])")
# Characters that start syntax only at the beginning of a line: a list (`-`, `+`, `1.`), a definition (`:`),
# a heading underline (`=`). A one-line value can only be at the start of a line with its own start.
_MARKDOWN_LINE_START = re.compile(r"^(\s*)(?:([-+:=])|(\d+)([.)]))")
_WHITESPACE = re.compile(r"\s+")


def markdown_text(text: str) -> str:
    """Editor text placed into Markdown source, shown exactly as typed.

    Markdown syntax is backslash-escaped (so `*`, `[x](y)`, `{: onclick }` or a leading `1.` stay text), and
    HTML is escaped (so `<script>` stays text and `&amp;` is not an entity). One line: line breaks become spaces.
    """
    one_line = _WHITESPACE.sub(" ", strip_controls(text))
    as_html = one_line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", as_html)
    return _MARKDOWN_LINE_START.sub(_escape_line_start, escaped, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    space, marker, digits, dot = match.groups()
    if marker is not None:
        # `:` and `=` cannot be backslash-escaped in Python-Markdown: a character reference keeps them inert.
        return space + (f"&#{ord(marker)};" if marker in ":=" else "\\" + marker)
    return f"{space}{digits}\\{dot}"


# --------------------------------------------------------------------------------------------------------------
# URLs.

WEB_SCHEMES = ("http", "https")
CONTACT_SCHEMES = ("http", "https", "mailto", "tel")

# Everything outside this set is percent-encoded: quotes, angle brackets, spaces, parentheses, backslashes,
# backticks, braces and control characters can then close neither an attribute nor Markdown syntax.
_URL_SAFE = "/:?#&=;%@+,-._~!$*"


def safe_url(url: str, schemes: tuple[str, ...] = WEB_SCHEMES) -> str | None:
    """`url` percent-encoded for use as a link target, or None when its scheme is not one of `schemes`.

    The result never contains a character that HTML, Markdown or CSS give a meaning to, besides `&` (escape the
    result with `html_attribute` like any other attribute value).
    """
    cleaned = strip_controls(url).strip()
    scheme = urlsplit(cleaned).scheme.lower() if ":" in cleaned else ""
    if scheme not in schemes:
        return None
    encoded = quote(cleaned, safe=_URL_SAFE)
    if scheme in WEB_SCHEMES and not urlsplit(encoded).netloc:
        return None
    return encoded


# --------------------------------------------------------------------------------------------------------------
# JSON.


def json_text(data: object) -> str:
    """Data as JSON text (a file or an API response); controls are escaped by json itself."""
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


_JSON_IN_SCRIPT = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_ld(data: object) -> str:
    """Data as JSON inside `<script type="application/ld+json">`: no string can close or comment out the element."""
    # No indent: json's C encoder only runs without one, and the page's reader is a search engine.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_IN_SCRIPT)


# --------------------------------------------------------------------------------------------------------------
# iCalendar, XML.


def ical_text(text: str) -> str:
    """An iCalendar TEXT value (RFC 5545 3.3.11): backslash first, then `;`, `,` and line breaks."""
    cleaned = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n")).replace("\t", " ")
    return cleaned.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def xml_text(text: str) -> str:
    """Text or a double-quoted attribute value in XML (Atom, SVG): XML 1.0 cannot carry controls at all."""
    return html.escape(strip_controls(text), quote=True)


def xml_clean(text: str) -> str:
    """Text for an XML serialiser that escapes by itself (ElementTree): only the characters XML cannot carry go."""
    return strip_controls(text)


# --------------------------------------------------------------------------------------------------------------
# GitHub annotations and the terminal.


def github_data(text: str) -> str:
    """The message of a GitHub Actions workflow command (`::error ...::message`)."""
    return terminal(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def github_property(text: str) -> str:
    """A property of a workflow command (`file=`, `title=`)."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


_TERMINAL_UNSAFE = re.compile(f"[\t{_FORBIDDEN.pattern[1:-1]}]")


def terminal(text: str) -> str:
    """Text for a terminal: a control character (an escape sequence could recolour or clear the screen) is shown
    as its code, like `\\x1b`, instead of being sent. Line feeds stay."""
    return _TERMINAL_UNSAFE.sub(lambda match: _visible(match.group()), text)


def _visible(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
