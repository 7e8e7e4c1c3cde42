"""MkDocs adapter: hands the engine's pages and files to MkDocs. No logic lives here.

Named unlike the `sitegen` package because MkDocs puts hooks/ on sys.path. The network is the folder of the
mkdocs.yml being built (its data/, content/ and docs/); this hook and overrides/ serve every network.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from sitegen.csp import with_policy
from sitegen.escape import html_text, terminal
from sitegen.files.brand import BRAND_CSS
from sitegen.files.languages_css import LANGUAGES_CSS
from sitegen.files.media import default_share_card, default_share_card_alt
from sitegen.loading.dead_links import dead_link_problems
from sitegen.loading.loader import load_site
from sitegen.model.site import Site
from sitegen.model.translated import Alternate
from sitegen.outputs import generate, write_outputs
from sitegen.page_language import with_language
from sitegen.pages import not_found
from sitegen.pages.footer import footer_contact
from sitegen.preview import preview_app, problems_banner
from sitegen.problems import ContentError, Problem, report, warnings_report
from sitegen.urls import absolute, page_url

# Generated pages and files live here, rewritten only when they change, so `mkdocs serve --dirty` rebuilds
# just the pages an edit touched.
GENERATED = Path(".cache") / "generated"
# The editors' guide under docs/: left out of the visitors' site search.
EDITORS_GUIDE = "redactie/"
log = logging.getLogger("mkdocs.hooks.sitegen")
GUIDE = "redactie/meldingen.md"
"""The guide's page that explains every message, linked from the preview's banner when the network has it."""

_generated: dict[str, Path] = {}
_pages: frozenset[str] = frozenset()
# The day each page last changed (generated pages from their sources, docs/ pages from their own file): lastmod.
_dates: dict[str, str] = {}
_site: Site | None = None
_alternates: Mapping[str, tuple[Alternate, ...]] = {}

# `mkdocs serve` (make serve) keeps serving the last good site while the content has problems, and shows them on every
# page (sitegen/preview.py); `mkdocs build` stops on them, so nothing with a problem is ever published.
_serving = False
_problems: tuple[Problem, ...] = ()
_build_failed = False
_extra: dict[str, object] = {}
"""What on_config last added to `config.extra` with good content: a preview with problems keeps it."""


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and validate the content on every build; stop with the editors' problem list instead of a traceback.

    Under `mkdocs serve` a problem does not stop the preview: it keeps the pages of the last good content and lists
    the problems on every page (on_serve), until the next save without problems."""
    global _generated, _pages, _dates, _problems, _alternates, _site
    root = Path(config.config_file_path).parent
    config.extra["not_found"] = {
        "title": not_found.TITLE, "description": not_found.DESCRIPTION,
        "links": [(text, page_url(page) or "index.html") for text, page in not_found.WAYS_BACK],
    }
    try:
        site = load_site(root)
        outputs = generate(site)
    except ContentError as error:
        if not _serving:
            raise PluginError(terminal(str(error))) from None
        # The preview: the generated pages stay those of the last good content (.cache/generated is not rewritten).
        log.error(terminal(str(error)))
        _problems = error.problems
        config.extra.update(_extra)
        if _extra and BRAND_CSS not in config.extra_css:
            config.extra_css.append(BRAND_CSS)
        return config
    _problems = ()
    if site.warnings:
        # Not a warning for MkDocs: `--strict` would stop the build for text that is safely left out.
        log.info(terminal(warnings_report(site.warnings)))
    _generated = write_outputs(outputs, root / GENERATED, copy_files=False)
    _pages = frozenset(outputs.pages)
    docs = Path(config.docs_dir).resolve().relative_to(root.resolve()).as_posix()
    _dates = {path.removeprefix(f"{docs}/"): day.isoformat() for path, day in site.changed.items() if path.startswith(f"{docs}/")}
    _dates.update({path: day.isoformat() for path, day in outputs.dates.items()})
    _alternates = outputs.alternates
    _site = site
    # The share card of pages without their own (overrides/main.html), drawn by the engine for this network.
    config.extra["share_image"] = default_share_card(site.references.settings)
    config.extra["share_image_alt"] = html_text(default_share_card_alt(site.references.settings))
    # The network's colours (data/site.yml brand), after any stylesheet of its own.
    if BRAND_CSS not in config.extra_css:
        config.extra_css.append(BRAND_CSS)
    # The languages' fonts and the chooser's look (data/languages.yml), when the site has other languages.
    if LANGUAGES_CSS in outputs.files and LANGUAGES_CSS not in config.extra_css:
        config.extra_css.append(LANGUAGES_CSS)
    config.extra["tagline"] = site.references.settings.brand.tagline
    config.extra["footer_links"] = [(link.text, page_url(link.page)) for link in site.references.settings.footer_links]
    # The network's contact and social links, finished HTML from the engine (the theme's templates do not escape).
    config.extra["footer_contact"] = footer_contact(site.references.settings)
    _extra.clear()
    _extra.update(config.extra)
    return config


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]) -> LiveReloadServer:
    """The preview never hangs: a rebuild that fails still lets the server answer (MkDocs would hold every request
    until a rebuild succeeds), and every page served shows the problems of the content as they are now."""
    guide = None
    if (Path(config.docs_dir) / GUIDE).is_file():
        guide = urlsplit(config.site_url or "/").path.rstrip("/") + "/" + page_url(GUIDE)

    def banner() -> str:
        return problems_banner(_problems, last_good=bool(_extra), build_failed=_build_failed, guide=guide)

    server.set_app(preview_app(server.get_app(), banner))

    def rebuild(*arguments: object) -> None:
        global _build_failed
        try:
            builder(*arguments)
        except Exception:
            _build_failed = True
            log.exception("De site kon niet opnieuw worden opgebouwd; het voorbeeld toont de laatste versie die wel lukte.")
        else:
            _build_failed = False

    server.builder = rebuild
    return server


# Page meta that Material prints without escaping, as HTML (<title>, description, header, Open Graph).
_THEME_HTML_META = ("title", "description", "calendar_feed_title", "image_alt")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **_: object) -> str:
    """Material treats these meta values as HTML: hand it the editors' text escaped, once, here. The sitemap's
    `lastmod` is the day the page's sources last changed, not the build date."""
    page.update_date = _dates.get(page.file.src_uri, page.update_date)
    if page.file.src_uri.startswith(EDITORS_GUIDE):
        # The editors' guide is for editors: a visitor searching 'open dag' must find the open day, not the manual.
        page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
    for key in _THEME_HTML_META:
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html_text(page.meta[key])
    # <link rel="alternate" hreflang> to the same page in the other languages (overrides/main.html).
    page.meta["alternates"] = [
        {"hreflang": alternate.hreflang, "href": absolute(config.site_url or "/", page_url(alternate.page))}
        for alternate in _alternates.get(page.file.src_uri, ())
    ]
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
    output = with_language(output, page.meta.get("lang"), page.meta.get("dir"))
    return with_policy(output, page.content or "")


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The theme's own pages (404.html) get the policy too; sitemap.xml is not HTML."""
    return with_policy(output_content, "") if template_name.endswith(".html") else output_content
