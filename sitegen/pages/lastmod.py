"""The day each generated page last changed in substance, for the sitemap's `lastmod`: from the files it is made of.

A page of one item changes with the item's file and its picture. A listing (the pages under a kind's folder, such
as /verhalen/ or /agenda/regio/...) changes with the newest file of the kinds it lists and with data/. Every other
generated page (the home page, the chain, the facts) shows a bit of everything: the newest file of all. Dates
come from git (`Site.changed`), so an unchanged page keeps its date in every build.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sitegen.model.kinds import CONTENT_KINDS, ContentKind, image_of, image_source
from sitegen.model.site import Site


def page_dates(site: Site, pages: Iterable[str]) -> dict[str, date]:
    """{source path of a generated page: the day it last changed}; a page with no dated source is left out."""
    changed = site.changed
    own: dict[str, date] = {}
    newest_of_kind: dict[str, date] = {}
    for kind in CONTENT_KINDS:
        for item in site.items_of(kind):
            day = _newest(changed, _sources(item))
            if day is None:
                continue
            own[kind.page(item.slug)] = day
            newest_of_kind[kind.name] = max(day, newest_of_kind.get(kind.name, day))
    data = _newest(changed, (path for path in changed if path.startswith("data/")))
    everything = _newest_days([*newest_of_kind.values(), *([data] if data else [])])
    folders = {_folder(kind): kind for kind in CONTENT_KINDS}
    dates: dict[str, date] = {}
    for page in pages:
        if page in own:
            dates[page] = own[page]
            continue
        kind = next((kind for folder, kind in folders.items() if page.startswith(folder)), None)
        day = everything if kind is None else _newest_days([d for d in (newest_of_kind.get(kind.name), data) if d])
        if day is not None:
            dates[page] = day
    return dates


def _folder(kind: ContentKind[Any, Any]) -> str:
    """The folder of a kind's pages on the site, such as `verhalen/`."""
    return posixpath.dirname(kind.page("x")) + "/"


def _sources(item: Any) -> list[str]:
    image = image_of(item)
    return [item.source.path, *([image_source(item.source, image).as_posix()] if image is not None else [])]


def _newest(changed: Mapping[str, date], paths: Iterable[str]) -> date | None:
    return _newest_days([changed[path] for path in paths if path in changed])


def _newest_days(days: list[date]) -> date | None:
    return max(days) if days else None
