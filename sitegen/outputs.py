"""Everything the engine produces from a Site: Markdown pages for a static site generator and finished files."""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitegen import urls
from sitegen.clock import build_date
from sitegen.files.atom import stories_feed
from sitegen.files.brand import BRAND_CSS, brand_css
from sitegen.files.cms import cms_files
from sitegen.files.feeds import feed_files
from sitegen.files.languages_css import language_files
from sitegen.files.media import build_media
from sitegen.files.open_data import open_data_files
from sitegen.files.robots import ROBOTS, robots_txt
from sitegen.files.schema import schema_files
from sitegen.images import ImageCache, Payload
from sitegen.loading.dead_links import dead_link_problems
from sitegen.model.site import Site
from sitegen.model.translated import Alternate, alternates
from sitegen.pages.generate import generate_pages
from sitegen.pages.lastmod import page_dates
from sitegen.problems import Problem

# What `write_outputs` last wrote into a folder, by digest.
MANIFEST = ".sitegen-outputs.json"


@dataclass(frozen=True)
class Outputs:
    """`pages`: {source path: Markdown}; `files`: {site path: bytes, or a cached file}, published as they are."""

    pages: Mapping[str, str]
    files: Mapping[str, Payload]
    dates: Mapping[str, date] = field(default_factory=dict)
    """The day each page last changed in substance (pages/lastmod.py), for the sitemap."""
    # The `hreflang` alternates of each page with summaries in other languages (sitegen/model/translated.py).
    alternates: Mapping[str, tuple[Alternate, ...]] = field(default_factory=dict)


def generate(site: Site, today: date | None = None) -> Outputs:
    """Pages and files for `site` as of `today` (default: the build date)."""
    today = today or build_date(site.references.settings.zone)
    media = build_media(site, ImageCache.for_project(site.root))
    files = {**schema_files(), **media.files, **feed_files(site, today), **open_data_files(site), **cms_files(site)}
    files[BRAND_CSS] = brand_css(site.references.settings.brand)
    files[ROBOTS] = robots_txt(site.references.settings.url)
    files[urls.STORIES_FEED] = stories_feed(site, f"Verhalen uit de infra – {site.references.settings.name}")
    files.update(language_files(site.references.languages))
    pages = generate_pages(site, today, media)
    return Outputs(pages=pages, files=files, dates=page_dates(site, pages), alternates=alternates(site))


def built_files(outputs: Outputs, hand_written: Iterable[str] = ()) -> frozenset[str]:
    """Every file of the built site, as its path below the site's root: the generated pages (`agenda/x/index.html`)
    and files, and the hand-written files (`docs/`, relative to it; a Markdown page becomes its page)."""
    pages = (urls.built_file(page) for page in (*outputs.pages, *(path for path in hand_written if path.endswith(".md"))))
    others = (path for path in hand_written if not path.endswith(".md"))
    return frozenset((*pages, *outputs.files, *others))


def hand_written_files(root: Path) -> list[str]:
    """The files of `docs/` in the network's folder, relative to it (what MkDocs publishes beside the engine's)."""
    docs = root / "docs"
    if not docs.is_dir():
        return []
    found = (path.relative_to(docs).as_posix() for path in docs.rglob("*") if path.is_file())
    return sorted(path for path in found if not any(part.startswith(".") for part in path.split("/")))


def dead_links(site: Site, outputs: Outputs) -> list[Problem]:
    """Every address in the content that points into the site and reaches no page or file of it (with `docs/`)."""
    return dead_link_problems(site, built_files(outputs, hand_written_files(site.root)))


def write_outputs(outputs: Outputs, folder: Path, *, copy_files: bool = True) -> dict[str, Path]:
    """Write pages and files under `folder`, each `{relative path: where it is}`; refuses to write outside it.

    A file whose content is already there is left untouched, so its modification time says when it last changed
    (what `mkdocs serve --dirty` goes by). What is there is known from the digests of the last write (`MANIFEST`),
    so nothing is read back. Files handed over as a path (cached images) are copied in, or with
    `copy_files=False` named where they are (MkDocs copies them into the site anyway).
    """
    folder = folder.resolve()
    known = _read_manifest(folder)
    digests: dict[str, str] = {}
    written: dict[str, Path] = {}
    payloads: list[tuple[str, Payload]] = [(path, text.encode()) for path, text in outputs.pages.items()]
    payloads.extend(outputs.files.items())
    for relative, payload in sorted(payloads):
        # Checked on the path itself: resolving every file would ask the file system about each folder on the way.
        if posixpath.isabs(relative) or posixpath.normpath(relative).startswith(".."):
            raise ValueError(f"{relative} ligt buiten {folder}")
        if isinstance(payload, Path) and not copy_files:
            written[relative] = payload
            continue
        target = folder / relative
        # A cached file's path names its content: the cache is addressed by content.
        digest = str(payload) if isinstance(payload, Path) else hashlib.blake2b(payload, digest_size=16).hexdigest()
        if known.get(relative) != digest or not os.path.isfile(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(payload, Path):
                shutil.copyfile(payload, target)
            else:
                target.write_bytes(payload)
        digests[relative] = digest
        written[relative] = target
    for relative in sorted(set(known) - set(digests)):
        # Written here last time and no longer produced (a deleted event's page): gone, so no stale page stays online.
        if not (posixpath.isabs(relative) or posixpath.normpath(relative).startswith("..")):
            (folder / relative).unlink(missing_ok=True)
    if digests != known:
        (folder / MANIFEST).write_text(json.dumps(digests, sort_keys=True, indent=0), encoding="utf-8")
    return written


def _read_manifest(folder: Path) -> dict[str, str]:
    """The digests of the last write; unreadable or absent means nothing is known, so everything is written."""
    try:
        known = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}
