"""The Jinja environment that turns templates in sitegen/templates/ into Markdown pages."""

from __future__ import annotations

import re
from functools import cache, partial
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined

from . import dates, event_links, urls
from .images import picture_html
from .site import upcoming

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}|#])")


def inline_markdown(text: str) -> str:
    """Editor text placed inside Markdown, so that `*`, `_` or `<` show as typed instead of formatting."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def template_environment(autoescape: bool) -> Environment:
    """The templates in sitegen/templates/ with one set of whitespace rules; HTML templates autoescape, Markdown not."""
    return Environment(
        loader=PackageLoader("sitegen", "templates"),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Compiled templates kept in the system's temporary folder, checked against the source: every build compiles none.
        bytecode_cache=FileSystemBytecodeCache(),
    )


@cache
def environment() -> Environment:
    env = template_environment(autoescape=False)
    env.filters.update(
        md=inline_markdown,
        day=dates.dutch_day,
        month=dates.dutch_month,
        school_year=dates.school_year_label,
    )
    env.globals.update(urls=urls, when=dates.event_when, event_links=event_links, picture_html=picture_html, upcoming=upcoming)
    return env


def render_page(template: str, page: str, **context: Any) -> str:
    """Render `template` as the Markdown source of `page`.

    `link(path)` links another source file relatively (MkDocs checks and rewrites it); `root` is the
    relative way up to the site root, for raw HTML such as pictures, which MkDocs leaves alone.
    """
    root = "../" * urls.page_url(page).count("/")
    return environment().get_template(template).render(page=page, link=partial(urls.relative_link, page), root=root, **context)
