"""schema.org data for search engines (JSON-LD), per page kind: the network on the home page, breadcrumbs on every
item's page, an article for every story. Events carry theirs in pages/event_links.py. Every value goes through
`escape.json_ld`, so an editor's text cannot close the script element.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sitegen import urls
from sitegen.escape import json_ld
from sitegen.model.kinds import EVENTS, PARTNERS, PERSONAS, PROGRAMMES, STORIES, ContentKind
from sitegen.model.site import Site
from sitegen.model.story import Story

LISTINGS: Mapping[str, tuple[str, str]] = {
    EVENTS.name: ("Agenda", urls.AGENDA),
    PERSONAS.name: ("Wie ben jij?", urls.PERSONAS),
    STORIES.name: ("Verhalen", urls.STORIES),
    PARTNERS.name: ("Partners", urls.PARTNERS),
    PROGRAMMES.name: ("Opleidingen", urls.PROGRAMMES),
}
"""The listing an item's page sits under, as the middle step of its breadcrumbs (by `ContentKind.name`); a kind
without one has breadcrumbs of the home page and the item."""


def script(*data: Mapping[str, Any]) -> str:
    """`<script type="application/ld+json">` elements, one per object, for the end of a page's Markdown."""
    return "".join(f'\n<script type="application/ld+json">\n{json_ld(item)}\n</script>\n' for item in data)


def organization(site: Site) -> dict[str, Any]:
    settings = site.references.settings
    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": f"{settings.url}#organisatie",
        "name": settings.name,
        "url": settings.url,
        "description": settings.description,
        "areaServed": {"@type": "AdministrativeArea", "name": settings.region},
        "image": site.absolute_url(urls.default_share_card(settings.name)),
    }


def website(site: Site) -> dict[str, Any]:
    settings = site.references.settings
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": settings.name,
        "url": settings.url,
        "inLanguage": "nl",
        "publisher": {"@id": f"{settings.url}#organisatie"},
    }


def breadcrumbs(site: Site, kind: ContentKind[Any, Any], title: str, page: str) -> dict[str, Any]:
    """Home › the kind's listing › the item."""
    trail = [(site.references.settings.name, urls.HOME)]
    if kind.name in LISTINGS:
        trail.append(LISTINGS[kind.name])
    trail.append((title, page))
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": site.page_address(target)}
            for position, (name, target) in enumerate(trail, start=1)
        ],
    }


def article(site: Site, story: Story, image_path: str | None) -> dict[str, Any]:
    """A story as an Article about the person in it, published by the network."""
    settings = site.references.settings
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": story.title,
        "description": story.quote,
        "datePublished": story.date.isoformat(),
        "dateModified": site.changed.get(story.source.path, story.date).isoformat(),
        "inLanguage": "nl",
        "url": site.page_address(urls.story_page(story.slug)),
        "mainEntityOfPage": site.page_address(urls.story_page(story.slug)),
        "author": {"@type": "Organization", "name": settings.name, "url": settings.url},
        "publisher": {"@type": "Organization", "name": settings.name, "url": settings.url},
        "about": {"@type": "Person", "name": story.person, "jobTitle": story.role},
    }
    if image_path is not None:
        data["image"] = [site.absolute_url(image_path)]
    return data
