"""MkDocs adapter: hands the engine's pages and files to MkDocs. No logic lives here.

Named unlike the `sitegen` package because MkDocs puts hooks/ on sys.path. The network is the folder of the
mkdocs.yml being built (its data/, content/ and docs/); this hook and overrides/ serve every network.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from sitegen.csp import with_policy
from sitegen.escape import html_text, terminal
from sitegen.files.brand import BRAND_CSS
from sitegen.files.media import default_share_card
from sitegen.loading.dead_links import dead_link_problems
from sitegen.loading.loader import load_site
from sitegen.model.site import Site
from sitegen.outputs import generate, write_outputs
from sitegen.problems import ContentError, report, warnings_report
from sitegen.urls import page_url

# Generated pages and files live here, rewritten only when they change, so `mkdocs serve --dirty` rebuilds
# just the pages an edit touched.
GENERATED = Path(".cache") / "generated"
log = logging.getLogger("mkdocs.hooks.sitegen")

_generated: dict[str, Path] = {}
_pages: frozenset[str] = frozenset()
_site: Site | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and validate the content on every build; stop with the editors' problem list instead of a traceback."""
    global _generated, _pages, _site
    root = Path(config.config_file_path).parent
    try:
        site = load_site(root)
        outputs = generate(site)
    except ContentError as error:
        raise PluginError(terminal(str(error))) from None
    if site.warnings:
        # Not a warning for MkDocs: `--strict` would stop the build for text that is safely left out.
        log.info(terminal(warnings_report(site.warnings)))
    _generated = write_outputs(outputs, root / GENERATED, copy_files=False)
    _pages = frozenset(outputs.pages)
    _site = site
    # The share card of pages without their own (overrides/main.html), drawn by the engine for this network.
    config.extra["share_image"] = default_share_card(site.references.settings)
    # The network's colours (data/site.yml brand), after any stylesheet of its own.
    if BRAND_CSS not in config.extra_css:
        config.extra_css.append(BRAND_CSS)
    config.extra["tagline"] = site.references.settings.brand.tagline
    config.extra["footer_links"] = [(link.text, page_url(link.page)) for link in site.references.settings.footer_links]
    return config


# Page meta that Material prints without escaping, as HTML (<title>, description, header, Open Graph).
_THEME_HTML_META = ("title", "description", "calendar_feed_title")


def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    """Material treats these meta values as HTML: hand it the editors' text escaped, once, here."""
    for key in _THEME_HTML_META:
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html_text(page.meta[key])
    return markdown


def on_files(files: Files, config: MkDocsConfig) -> Files:
    in_nav = _nav_paths(config.nav)
    for path, location in _generated.items():
        inclusion = InclusionLevel.NOT_IN_NAV if path in _pages and path not in in_nav else InclusionLevel.UNDEFINED
        files.append(File.generated(config, path, abs_src_path=str(location), inclusion=inclusion))
    # No dead ends: the content's links into the site, against every file MkDocs will publish.
    published = {file.dest_uri for file in files if not file.inclusion.is_excluded()}
    dead = dead_link_problems(_site, published) if _site is not None else []
    if dead:
        raise PluginError(terminal(report(dead)))
    return files


def _nav_paths(nav: object) -> set[str]:
    """Every page path named in the `nav` of mkdocs.yml; detail pages stay out of the nav (Material is O(n²) in it)."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(_nav_paths(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(_nav_paths(item) for item in nav))
    return set()


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """The Content-Security-Policy of the finished page; scripts in the page's content are never allowed."""
    return with_policy(output, page.content or "")


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The theme's own pages (404.html) get the policy too; sitemap.xml is not HTML."""
    return with_policy(output_content, "") if template_name.endswith(".html") else output_content
