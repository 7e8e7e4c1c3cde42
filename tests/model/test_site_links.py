"""Which addresses of an item the dead-link check looks at: every field typed WebUrl, however deep, and the body's."""

from __future__ import annotations

from pydantic import BaseModel

from sitegen.model.fields import FrozenModel, Text, WebUrl
from sitegen.model.site_links import ContentLink, body_targets, content_links, url_fields
from sitegen.model.source import Source


class Contact(FrozenModel):
    role: Text
    page: WebUrl | None = None


class Thing(FrozenModel):
    name: Text
    website: WebUrl | None = None
    sources: tuple[WebUrl, ...] = ()
    contact: Contact | None = None


def test_every_web_address_field_is_found_and_no_other_text():
    thing = Thing(
        name="https://www.infrabindt.nl/tekst-is-geen-link",
        website="https://www.infrabindt.nl/a/",
        sources=("https://www.infrabindt.nl/b/", "https://example.org/c"),
        contact=Contact(role="Team", page="https://www.infrabindt.nl/d/"),
    )
    assert list(url_fields(thing)) == [
        (("website",), "https://www.infrabindt.nl/a/"),
        (("sources", 0), "https://www.infrabindt.nl/b/"),
        (("sources", 1), "https://example.org/c"),
        (("contact", "page"), "https://www.infrabindt.nl/d/"),
    ]


def test_links_and_pictures_of_a_body_in_reading_order():
    html = '<p><a href="/a/">a</a> <img src="foto.jpg" alt=""> <a href="https://x.example/?a=1&amp;b=2">x</a> <a>geen</a></p>'
    assert body_targets(html) == ["/a/", "foto.jpg", "https://x.example/?a=1&b=2"]


class Item(BaseModel):
    website: WebUrl | None = None
    body: str
    body_html: str
    source: Source


def test_each_link_gets_its_own_line_also_when_the_same_address_comes_twice():
    body = "Eerst [hier](/a/).\n\nDan [daar](/b/).\n\nEn weer [hier](/a/)."
    item = Item(
        website="https://www.infrabindt.nl/c/",
        body=body,
        body_html='<p><a href="/a/">hier</a></p><p><a href="/b/">daar</a></p><p><a href="/a/">hier</a></p>',
        source=Source("content/x.md", {("website",): 3}, body_line=10),
    )
    assert list(content_links(item)) == [
        ContentLink("content/x.md", 3, "website", "https://www.infrabindt.nl/c/"),
        ContentLink("content/x.md", 10, None, "/a/"),
        ContentLink("content/x.md", 12, None, "/b/"),
        ContentLink("content/x.md", 14, None, "/a/"),
    ]
