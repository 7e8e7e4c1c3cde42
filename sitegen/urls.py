"""Where each kind of page lives on the site: the one place that decides URLs."""

from __future__ import annotations

import posixpath
import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote, urlsplit

HOME = "index.md"
AGENDA = "agenda/index.md"
PERSONAS = "doelgroepen/index.md"
STORIES = "verhalen/index.md"
PARTNERS = "partners/index.md"
CHAIN = "de-keten.md"
PARTNER_MAP = "partners/kaart.md"
STORIES_FEED = "verhalen/feed.xml"


def slugify(text: str) -> str:
    """Lowercase ASCII letters and digits joined by single hyphens: `Ideeën 2026!` becomes `ideeen-2026`."""
    ascii_name = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def event_page(slug: str) -> str:
    return f"agenda/{slug}.md"


def persona_page(slug: str) -> str:
    return f"doelgroepen/{slug}.md"


def story_page(slug: str) -> str:
    return f"verhalen/{slug}.md"


def partner_page(slug: str) -> str:
    return f"partners/{slug}.md"


def media_file(source_path: str, src: str) -> str:
    """Where an editor's image is published: under media/, mirroring its place in content/."""
    relative = posixpath.normpath(posixpath.join(posixpath.dirname(source_path), src))
    return posixpath.join("media", posixpath.relpath(relative, "content"))


def relative_link(from_page: str, to_path: str) -> str:
    """A link from one source page to another file, relative, so MkDocs checks and rewrites it."""
    return _relative_path(to_path, posixpath.dirname(from_page))


@lru_cache(maxsize=65536)
def _relative_path(to_path: str, from_folder: str) -> str:
    """`posixpath.relpath` for the engine's own clean paths, without asking the file system for the current folder."""
    if not from_folder:
        return to_path
    source, target = from_folder.split("/"), to_path.split("/")
    common = 0
    while common < min(len(source), len(target) - 1) and source[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + target[common:])


SUBSCRIBE = "agenda/abonneren.md"
FEED_ALL = "agenda.ics"

FILTER_FACETS = ("doelgroep", "regio", "soort", "keten")


def agenda_archive(first_year: int) -> str:
    """A past school year's calendar: /agenda/2025-2026/."""
    return f"agenda/{first_year}-{first_year + 1}.md"


def agenda_filter(facet: str, value: str) -> str:
    """The current school year filtered on one value, as a plain link: /agenda/doelgroep/vmbo-leerling/."""
    return f"agenda/{facet}/{value}.md"


def facts_page(first_year: int) -> str:
    return f"agenda/feiten-en-cijfers-{first_year}-{first_year + 1}.md"


# The facts of the latest school year and links to every year's facts page: the address in the nav.
FACTS = "feiten-en-cijfers.md"


def persona_feed(slug: str) -> str:
    return f"agenda/doelgroep/{slug}.ics"


def region_feed(slug: str) -> str:
    return f"agenda/regio/{slug}.ics"


def event_ics(slug: str) -> str:
    return f"agenda/{slug}.ics"


def absolute(site_url: str, path: str) -> str:
    """The full web address of `path` (a file, or a page URL from `page_url`) on the site at `site_url`."""
    return site_url.rstrip("/") + "/" + path.lstrip("/")


def relative_url(from_page: str, to_page: str) -> str:
    """The URL of `to_page` as seen from the page `from_page` (directory URLs), for links in raw HTML."""
    source = page_url(from_page)
    return "../" * source.count("/") + page_url(to_page) or "./"


def page_url(page: str) -> str:
    """The site-relative URL of a page source path, with directory URLs: `agenda/x.md` → `agenda/x/`."""
    stem = page.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


PARTNER_FILTER_FACETS = ("soort", "regio", "aanbod")


def partner_filter(facet: str, value: str) -> str:
    """The partners with one kind, subregion or offer, as a plain link: /partners/aanbod/snuffelstages/."""
    return f"partners/{facet}/{value}.md"


def built_file(page: str) -> str:
    """The file a page source path becomes on the built site (directory URLs): `agenda/x.md` → `agenda/x/index.html`."""
    return page_url(page) + "index.html"


def site_path(link: str, site_url: str) -> str | None:
    """Where on the site at `site_url` a link points, as a path below the site's root (`agenda/x/`), percent-decoded,
    without query or fragment; None for a link elsewhere (another host, `mailto:`) or relative to its page.

    Root-relative links (`/agenda/`) and absolute ones on the site's host (any scheme, any letter case) count.
    """
    target = urlsplit(link.strip())
    base = urlsplit(site_url)
    prefix = base.path if base.path.endswith("/") else base.path + "/"
    if target.scheme or target.netloc:
        if target.scheme.lower() not in ("", "http", "https") or target.netloc.lower() != base.netloc.lower():
            return None
        path = target.path or "/"
    elif target.path.startswith("/"):
        path = target.path
    else:
        return None
    if not (path + "/").startswith(prefix):
        return None
    return unquote(path[len(prefix):])


def built_candidates(path: str) -> tuple[str, ...]:
    """The built files a path on the site (from `site_path`) is served from: `x/` and `x` by `x/index.html`, `x.ics` as is."""
    if path == "" or path.endswith("/"):
        return (path + "index.html",)
    return (path, path + "/index.html")
