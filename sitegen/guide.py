"""Where the editors' guide explains a message: the section of docs/redactie/meldingen.md whose table lists it.

The guide writes every message as a code span in the first cell of a table row, with `…` for what comes from the
editor's file (`'…' is geen bekende soort activiteit.`). A problem's message is matched against those rows; the most
specific row that matches (the longest fixed text) gives the section, and the section its anchor: its own
`{ #id }`, else the id MkDocs' table of contents gives the heading. Pure: the guide's text in, anchors out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

GUIDE_PAGE = "redactie/meldingen.md"
"""The guide's page of messages, under docs/ (a page path as urls.page_url takes it)."""

_HEADING = re.compile(r"^(#{2,6})\s+(?P<title>.*?)(?:\s*\{\s*#(?P<id>[\w-]+)\s*\})?\s*$")
_ROW = re.compile(r"^\|\s*`(?P<message>[^`]+)`\s*\|")
_ELLIPSIS = "…"


@dataclass(frozen=True)
class Explained:
    """One message of the guide: its text as a pattern (`…` for the editor's part) and the id of its section."""

    pattern: re.Pattern[str]
    fixed: int
    """How many characters of the message are fixed text: the longer, the more specific the row."""
    anchor: str


def heading_id(title: str) -> str:
    """The id Python-Markdown's toc extension gives a heading (its default slugify): ASCII, lower case, hyphens."""
    text = re.sub(r"<[^>]*>|`", "", title)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def explained_messages(guide: str) -> tuple[Explained, ...]:
    """Every message the guide's tables list, with the anchor of the section it is in."""
    found: list[Explained] = []
    anchor = ""
    fenced = False
    for line in guide.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        heading = _HEADING.match(line)
        if heading:
            anchor = heading.group("id") or heading_id(heading.group("title"))
            continue
        row = _ROW.match(line)
        if row and anchor:
            message = row.group("message").strip()
            parts = [re.escape(part) for part in message.split(_ELLIPSIS)]
            fixed = sum(len(part) for part in message.split(_ELLIPSIS))
            if fixed >= 8:  # a row that is almost all `…` would match anything
                found.append(Explained(re.compile(".*?".join(parts), re.DOTALL), fixed, anchor))
    return tuple(found)


def anchor_of(message: str, explained: Iterable[Explained]) -> str | None:
    """The anchor of the section that explains `message`, the most specific match; None when the guide lacks it."""
    matches = [item for item in explained if item.pattern.search(message)]
    if not matches:
        return None
    return max(matches, key=lambda item: item.fixed).anchor
