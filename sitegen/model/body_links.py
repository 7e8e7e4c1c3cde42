"""Links in an editor's text to other content files, checked and turned into links between pages.

Editors link files as they see them in the repository (`[Girls Day](../events/girls-day-2026.md)`),
which also works in GitHub's own preview; on the site the link must point at the generated page.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from sitegen import urls
from sitegen.escape import html_attribute
from sitegen.problems import Problem, quoted

_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]*)\]\((?P<target>[^)\s]+)(?P<title>\s+\"[^\"]*\")?\)")
_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|#|/)", re.IGNORECASE)


@dataclass(frozen=True)
class BodyLink:
    line: int
    target: str
    content_path: str | None
    fragment: str


def content_links(body: str, source_path: str, body_line: int) -> Iterator[BodyLink]:
    """Relative links in `body` (of the file at `source_path`, body starting on `body_line`)."""
    for offset, text_line in enumerate(body.split("\n")):
        for match in _LINK.finditer(text_line):
            target = match.group("target")
            if _EXTERNAL.match(target):
                continue
            path, _, fragment = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source_path), path)) if path else None
            yield BodyLink(body_line + offset, target, resolved, fragment)


def link_problems(
    body: str, source_path: str, body_line: int, known_files: Mapping[str, str]
) -> Iterator[Problem]:
    """A problem for every relative link that points at no content file."""
    for link in content_links(body, source_path, body_line):
        if link.content_path is not None and link.content_path not in known_files:
            yield Problem(
                source_path,
                link.line,
                None,
                f"de link {quoted(link.target)} wijst naar een bestand dat niet bestaat; "
                "link naar een ander bestand in content/, zoals '../partners/naam-van-de-partner.md'.",
            )


_HREF = re.compile(r'(?P<name>href)="(?P<target>[^"]*)"')


def rewrite_links(body_html: str, source_path: str, page_of: Callable[[str], str | None], page: str) -> str:
    """The sanitised body HTML with links to content files replaced by relative URLs of their pages."""

    def replace(match: re.Match[str]) -> str:
        target = html.unescape(match.group("target"))
        if _EXTERNAL.match(target):
            return match.group(0)
        path, hash_sign, fragment = target.partition("#")
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source_path), path)) if path else None
        destination = page_of(resolved) if resolved else None
        if destination is None:
            return match.group(0)
        url = urls.relative_url(page, destination) + hash_sign + fragment
        return f'href="{html_attribute(url)}"'

    return _HREF.sub(replace, body_html)
