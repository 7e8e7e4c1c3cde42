"""A body as plain text, for places that cannot show markup: calendar apps, structured data."""

from __future__ import annotations

import re


def plain_text(markdown: str) -> str:
    """Markdown body as readable plain text for calendar apps (links keep their address)."""
    # Link text and address without brackets or line breaks: each try then stops at the next '[', so a body full of
    # brackets costs linear time, not quadratic (tests/test_limits.py).
    result = re.sub(r"\[([^\[\]\n]+)\]\(([^()\n]+)\)", r"\1 (\2)", markdown)
    result = re.sub(r"^#{1,6}\s*", "", result, flags=re.MULTILINE)
    result = re.sub(r"(\*\*|__|\*|`)", "", result)
    paragraphs = re.split(r"\n\s*\n", result.strip())
    return "\n\n".join(_unwrap(paragraph) for paragraph in paragraphs)


def _unwrap(paragraph: str) -> str:
    """Join the wrapped lines of a paragraph; list items keep their own line."""
    lines = paragraph.split("\n")
    if any(re.match(r"\s*([-*+]|\d+\.)\s", line) for line in lines):
        return "\n".join(line.strip() for line in lines)
    return " ".join(line.strip() for line in lines)
