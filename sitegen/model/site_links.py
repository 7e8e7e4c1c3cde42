"""Every web address an editor wrote in an item: its URL fields (any field typed `WebUrl`, however deep) and the
links and pictures of its body, each with the file, line and field an editor looks for.

Which of them point into the site itself, and whether that page exists, is decided after the pages are generated
(`loading/dead_links.py`); this module only finds them, from the model and the sanitised body (`body_html`), so a
link written as Markdown, as a reference, as `<https://…>` or as HTML counts alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, get_args

from pydantic import BaseModel

from sitegen.model.fields import WebUrl
from sitegen.model.source import Source


@dataclass(frozen=True)
class ContentLink:
    """One address in one file: `field` is the dotted field name, None for a link in the body."""

    path: str
    line: int
    field: str | None
    target: str


def content_links(item: BaseModel) -> Iterator[ContentLink]:
    """The addresses of `item` (an event, persona, story or partner), fields first, then the body's in reading order."""
    source: Source = item.source  # type: ignore[attr-defined]
    for field_path, value in url_fields(item):
        yield ContentLink(source.path, source.line_of(*field_path), ".".join(str(part) for part in field_path), value)
    body: str = getattr(item, "body", "")
    lines = body.split("\n")
    cursor = 0
    for target in body_targets(getattr(item, "body_html", "")):
        offset = _line_with(lines, target, cursor)
        if offset is not None:
            cursor = offset
        yield ContentLink(source.path, source.body_line + (offset or 0), None, target)


def url_fields(model: BaseModel, prefix: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(field path, address) of every field typed `WebUrl` in `model` and the models and lists inside it."""
    for name, info in type(model).model_fields.items():
        yield from _urls_in(info.annotation, getattr(model, name), (*prefix, name))


def _urls_in(annotation: Any, value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, BaseModel):
        yield from url_fields(value, path)
    elif isinstance(value, str):
        if _names_web_url(annotation):
            yield path, value
    elif isinstance(value, (tuple, list)):
        for index, element in enumerate(value):
            yield from _urls_in(annotation, element, (*path, index))


def _names_web_url(annotation: Any) -> bool:
    """Whether a field's type is `WebUrl`, optional or in a list (`WebUrl | None`, `tuple[WebUrl, ...]`)."""
    if annotation == WebUrl:
        return True
    return any(_names_web_url(argument) for argument in get_args(annotation) if argument is not Ellipsis)


class _Targets(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"a": "href", "img": "src"}.get(tag)
        for name, value in attrs:
            if name == wanted and value:
                self.targets.append(value)


def body_targets(body_html: str) -> list[str]:
    """The `href` of every link and the `src` of every picture in a sanitised body, in reading order."""
    parser = _Targets()
    parser.feed(body_html)
    parser.close()
    return parser.targets


def _line_with(lines: Sequence[str], target: str, start: int) -> int | None:
    """The first body line from `start` (else from the top) that holds `target`, as an offset from the body's start."""
    for first in (start, 0):
        for offset in range(first, len(lines)):
            if target in lines[offset]:
                return offset
    return None
