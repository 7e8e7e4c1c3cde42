"""An Atom feed (RFC 4287) of new career stories, newest first."""

from __future__ import annotations

from datetime import date, datetime, time
from xml.etree import ElementTree

from sitegen import urls
from sitegen.escape import xml_clean
from sitegen.model.site import Site

ATOM = "http://www.w3.org/2005/Atom"


def stories_feed(site: Site, title: str) -> bytes:
    """The feed document; dates are the stories' publication dates at midnight local time."""
    settings = site.references.settings
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed", {"xml:lang": "nl"})
    stories_url = site.page_address(urls.STORIES)
    _text(feed, "id", stories_url)
    _text(feed, "title", title)
    _text(feed, "updated", _stamp(site, site.stories[0].date) if site.stories else "1970-01-01T00:00:00Z")
    ElementTree.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "type": "application/atom+xml", "href": site.absolute_url(urls.STORIES_FEED)})
    ElementTree.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": stories_url})
    author = ElementTree.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", settings.name)
    for story in site.stories:
        entry = ElementTree.SubElement(feed, f"{{{ATOM}}}entry")
        url = site.page_address(urls.story_page(story.slug))
        _text(entry, "id", url)
        _text(entry, "title", story.title)
        _text(entry, "published", _stamp(site, story.date))
        _text(entry, "updated", _stamp(site, story.date))
        ElementTree.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": url})
        _text(entry, "summary", f"{story.quote} — {story.person}, {story.role}")
    return ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _text(parent: ElementTree.Element, name: str, value: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}{name}").text = xml_clean(value)


def _stamp(site: Site, day: date) -> str:
    return datetime.combine(day, time(0, 0), tzinfo=site.references.settings.zone).isoformat()
