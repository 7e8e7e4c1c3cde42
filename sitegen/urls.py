"""Where each kind of page lives on the site: the one place that decides URLs."""

from __future__ import annotations

import posixpath
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit

HOME = "index.md"
AGENDA = "agenda/index.md"
PERSONAS = "doelgroepen/index.md"
STORIES = "verhalen/index.md"
PARTNERS = "partners/index.md"
CHAIN = "de-keten.md"
PARTNER_MAP = "partners/kaart.md"
STORIES_FEED = "verhalen/feed.xml"
# The form that turns one event into a file for partners without git: /activiteit-aanmelden/.
SUBMIT_EVENT = "activiteit-aanmelden.md"
# The woordenlijst: every glossary term of data/glossary.yml with its explanation (`#term-<slug>`).
GLOSSARY = "woordenlijst.md"


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


def default_share_card(site_name: str) -> str:
    """The share card of pages without their own, named after the network: `share/<slug of its name>.png`."""
    return f"share/{slugify(site_name) or 'site'}.png"


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


# Guest lessons, taster days, company visits and ambassadors: a teacher chooses a subregion, then an offer.
REQUESTS = "aanvragen/index.md"


def request_region(region: str) -> str:
    """What can be requested in one subregion: /aanvragen/noord-holland-noord/."""
    return f"aanvragen/{region}/index.md"


def request_offer(region: str, offer: str) -> str:
    """The partners that offer one thing in one subregion, with their contacts: /aanvragen/noord-holland-noord/gastlessen/."""
    return f"aanvragen/{region}/{offer}.md"


def mailto(address: str, subject: str, body: str = "") -> str:
    """A `mailto:` URI (RFC 6068) to one address with a subject and an optional body, percent-encoded as UTF-8.

    Every character outside the unreserved set is encoded (`&`, `?`, `#`, `=`, `%`, spaces, non-ASCII), so the
    subject and body can hold anything; line breaks in the body become CRLF (`%0D%0A`), as RFC 6068 asks.
    """
    lines = body.replace("\r\n", "\n").replace("\r", "\n")
    fields = [("subject", subject)] + ([("body", lines.replace("\n", "\r\n"))] if body else [])
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields)
    return f"mailto:{quote(address, safe='@')}?{query}"


# Education programmes: the listing, a page per programme and a plain filter page per level and subregion.
PROGRAMMES = "opleidingen/index.md"
PROGRAMME_FILTER_FACETS = ("niveau", "regio")


def programme_page(slug: str) -> str:
    return f"opleidingen/{slug}.md"


def programme_filter(facet: str, value: str) -> str:
    """The programmes at one level or in one subregion, as a plain link: /opleidingen/niveau/mbo/."""
    return f"opleidingen/{facet}/{value}.md"


def github_new_file(repository: str, branch: str = "main") -> str:
    """GitHub's page that creates a file in `repository` (owner/name); the browser adds `?filename=…&value=…`."""
    return f"https://github.com/{repository}/new/{branch}"


# Pages in other languages: a short summary of a Dutch page, under the language's code, at the Dutch page's own
# path: /ar/doelgroepen/statushouder/, /ti/ (the home page). One link per language that works in a chat message.
# A BCP 47 language tag in lower case (tags ignore case): a language subtag, optionally more ('ar', 'ti', 'pt-br').
LANGUAGE_CODE_PATTERN = r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$"
PARTNER_JOIN = "partner-worden.md"
KEY_PAGES = {"home": HOME, "doelgroepen": PERSONAS, "de-keten": CHAIN, "partner-worden": PARTNER_JOIN}
"""The site's own pages that can carry summaries in other languages (data/translations.yml names them by key)."""


def language_page(code: str, page: str) -> str:
    """The page in language `code` of the Dutch page `page`: `ar/doelgroepen/statushouder.md`."""
    return f"{code}/{page}"


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
