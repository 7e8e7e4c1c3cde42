"""robots.txt: every crawler may read the site, except the editors' CMS; the sitemap is named by its full address."""

from __future__ import annotations

ROBOTS = "robots.txt"
SITEMAP = "sitemap.xml"
"""Written by MkDocs at the root of the site."""
KEPT_OUT = ("admin/",)
"""The CMS (/admin/): a login page for editors, nothing for search engines."""


def robots_txt(site_url: str) -> bytes:
    """The file for a site at `site_url` (the root address, ending in '/')."""
    root = site_url if site_url.endswith("/") else f"{site_url}/"
    lines = ["User-agent: *", *(f"Disallow: /{path}" for path in KEPT_OUT), "", f"Sitemap: {root}{SITEMAP}", ""]
    return "\n".join(lines).encode("utf-8")
