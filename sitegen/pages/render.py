"""The Jinja environment that turns templates in sitegen/templates/ into Markdown pages."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup

from sitegen import dates, urls
from sitegen.escape import WEB_SCHEMES, html_attribute, html_text, markdown_text, safe_url
from sitegen.images import picture_html
from sitegen.model.contact_route import contact_route
from sitegen.model.site import upcoming
from sitegen.pages import cards, event_links
from sitegen.pages.language_chooser import chooser as language_chooser
from sitegen.pages.search import SEARCH_BOOST
from sitegen.problems import dutch_number


class MarkdownSafe(Markup):
    """Finished Markdown: joining it with plain text (`~`, `+`, `%`, `.join`) escapes that text for Markdown too."""

    __slots__ = ()

    @classmethod
    def escape(cls, s: Any) -> MarkdownSafe:
        if hasattr(s, "__html__"):
            return cls(s.__html__())
        return cls(markdown_text(str(s)))


def inline_markdown(text: object) -> Markup:
    """Editor text placed inside Markdown, shown as typed (`escape.markdown_text`); already-safe markup stays."""
    return text if isinstance(text, Markup) else MarkdownSafe(markdown_text(str(text)))


def attribute(text: object) -> Markup:
    """A value inside a quoted HTML attribute, or an attribute list `{ data-x="..." }`, in a Markdown page."""
    return text if isinstance(text, Markup) else MarkdownSafe(html_attribute(str(text)))


def html(text: object) -> Markup:
    """Editor text as the text of an element in a raw HTML block (such as an agenda card), which Markdown leaves
    alone: escaped for HTML only, so a `*` shows as typed instead of as `\\*`."""
    return text if isinstance(text, Markup) else MarkdownSafe(html_text(str(text)))


def href(url: str, schemes: tuple[str, ...] = WEB_SCHEMES) -> Markup:
    """A link target for `<a href="...">`: percent-encoded, only with an allowed scheme (the model checks it)."""
    safe = safe_url(url, schemes)
    if safe is None:
        raise ValueError(f"{url!r} is not a link the content model allows")
    return MarkdownSafe(html_attribute(safe))


def external_link(url: str, *text: object, schemes: tuple[str, ...] = WEB_SCHEMES) -> Markup:
    """`<a href="url">text</a>` for a link that leaves the site: the URL is never spliced into Markdown syntax."""
    label = MarkdownSafe(" ").join(inline_markdown(part) for part in text)
    return MarkdownSafe(f'<a href="{href(url, schemes)}">{label}</a>')


def search_key(text: str) -> Markup:
    """A name as the list filter searches it, for an attribute list `{ data-naam="..." }`: lowercase letters, digits
    and spaces only. Python-Markdown reads an attribute list after its inline syntax, so no other character is safe
    there."""
    letters = "".join(character if character.isalnum() else " " for character in text.casefold())
    return MarkdownSafe(" ".join(letters.split()))


def _finalize(value: object) -> object:
    """Every `{{ value }}` of a Markdown template is text unless a function marked it as markup (`Markup`)."""
    return inline_markdown(value)


def template_environment(autoescape: bool, markdown: bool = False) -> Environment:
    """The templates in sitegen/templates/ with one set of whitespace rules.

    HTML templates autoescape for HTML. Markdown templates (`markdown=True`) escape every value for Markdown and HTML
    at once (`escape.markdown_text`), unless it is `Markup`: the body through the allowlist, pictures, the map,
    links, JSON. A template marks its own constant markup with `|safe`.
    """
    return Environment(
        loader=PackageLoader("sitegen", "templates"),
        autoescape=autoescape or markdown,
        finalize=_finalize if markdown else None,
        undefined=StrictUndefined,
        extensions=["jinja2.ext.do"],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Compiled templates kept in the system's temporary folder, checked against the source: every build compiles none.
        # The compiled code depends on the escaping mode, which Jinja's cache key does not include: one cache per mode.
        bytecode_cache=FileSystemBytecodeCache(pattern=f"__sitegen_{_mode(autoescape, markdown)}_%s.cache"),
    )


def _mode(autoescape: bool, markdown: bool) -> str:
    return "markdown" if markdown else "html" if autoescape else "text"


@cache
def environment() -> Environment:
    env = template_environment(autoescape=False, markdown=True)
    env.filters.update(
        md=inline_markdown,
        attr=attribute,
        html=html,
        href=href,
        search_key=search_key,
        day=dates.dutch_day,
        month=dates.dutch_month,
        month_short=dates.dutch_month_short,
        school_year=dates.school_year_label,
        number=_markup(dutch_number),
    )
    env.globals.update(urls=urls, when=dates.event_when, event_links=event_links, picture_html=_markup(picture_html),
        a=external_link, upcoming=upcoming, card=_markup(cards.card), cards=_markup(cards.cards), hero=_markup(cards.hero), route_steps=_markup(cards.route_steps),
        search_boost=SEARCH_BOOST, contact_route=contact_route, contact_card=_markup(cards.contact_card))
    env.globals["language_chooser"] = language_chooser
    return env


def render_page(template: str, page: str, **context: Any) -> str:
    """Render `template` as the Markdown source of `page`.

    `link(path)` links another source file relatively (MkDocs checks and rewrites it); `root` is the
    relative way up to the site root, for raw HTML such as pictures, which MkDocs leaves alone; `url(path)` is the
    address of another page for a link in raw HTML (`urls.relative_url`).
    """
    root = MarkdownSafe("../" * urls.page_url(page).count("/"))
    link = _markup(partial(urls.relative_link, page))
    url = _markup(partial(urls.relative_url, page))
    return environment().get_template(template).render(page=page, link=link, url=url, root=root, **context)


def _markup(function: Callable[..., str]) -> Callable[..., Markup]:
    """A function of ours whose result is finished markup (a picture, a link path from slugs)."""
    return lambda *arguments, **keywords: MarkdownSafe(function(*arguments, **keywords))
