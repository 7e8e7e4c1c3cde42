"""Editors' images published as they are (resizing comes with the image pipeline)."""

from __future__ import annotations

from .checks import image_path
from .site import Site
from .urls import media_file


def media_files(site: Site) -> dict[str, bytes]:
    """`{media/<path>: bytes}` for every image and logo the content names."""
    files: dict[str, bytes] = {}
    for item in (*site.events, *site.personas, *site.stories):
        if item.image is not None:
            files[media_file(item.source.path, item.image.src)] = image_path(site.root, item.source, item.image).read_bytes()
    for partner in site.partners:
        if partner.logo is not None:
            files[media_file(partner.source.path, partner.logo.src)] = image_path(site.root, partner.source, partner.logo).read_bytes()
    return files
