"""Everything the engine produces from a Site: Markdown pages for a static site generator and finished files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import urls
from .atom import stories_feed
from .clock import build_date
from .cms import cms_files
from .feeds import feed_files
from .images import ImageCache
from .media import build_media
from .open_data import open_data_files
from .pages import generate_pages
from .schema import schema_files
from .site import Site


@dataclass(frozen=True)
class Outputs:
    """`pages`: {source path: Markdown}; `files`: {site path: bytes}, published as they are."""

    pages: Mapping[str, str]
    files: Mapping[str, bytes]


def generate(site: Site, today: date | None = None) -> Outputs:
    """Pages and files for `site` as of `today` (default: the build date)."""
    today = today or build_date()
    media = build_media(site, ImageCache.for_project(site.root))
    files = {**schema_files(), **media.files, **feed_files(site, today), **open_data_files(site), **cms_files(site)}
    files[urls.STORIES_FEED] = stories_feed(site, f"Verhalen uit de infra – {site.references.settings.name}")
    return Outputs(pages=generate_pages(site, today, media), files=files)


def write_outputs(outputs: Outputs, folder: Path) -> dict[str, Path]:
    """Write pages and files under `folder`, each `{relative path: where it is}`; refuses to write outside it.

    A file whose bytes are already there is left untouched, so its modification time says when it last changed
    (what `mkdocs serve --dirty` goes by).
    """
    folder = folder.resolve()
    written: dict[str, Path] = {}
    items: list[tuple[str, bytes]] = [(path, text.encode()) for path, text in outputs.pages.items()]
    items.extend(outputs.files.items())
    for relative, data in sorted(items):
        target = (folder / relative).resolve()
        if not target.is_relative_to(folder):
            raise ValueError(f"{relative} ligt buiten {folder}")
        if not (target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        written[relative] = target
    return written
