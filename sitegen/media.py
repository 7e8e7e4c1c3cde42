"""Editors' images published as they are (resizing comes with the image pipeline)."""

from __future__ import annotations

from .checks import image_path, named_images
from .site import Site
from .urls import media_file


def media_files(site: Site) -> dict[str, bytes]:
    """`{media/<path>: bytes}` for every image and logo the content names."""
    return {
        media_file(item.source.path, image.src): image_path(site.root, item.source, image).read_bytes()
        for item, image in named_images(site)
    }
