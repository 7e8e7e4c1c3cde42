"""Checks across files: two images that would be published under one name are an error naming both."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from sitegen.loading.loader import load_site
from sitegen.problems import ContentError


def image_bytes(image_format: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (30, 90, 150)).save(buffer, image_format)
    return buffer.getvalue()


def test_two_images_differing_only_in_extension_are_an_error_naming_both(project):
    project.write("content/events/foto.jpg", image_bytes("JPEG"))
    project.write("content/events/foto.png", image_bytes("PNG"))
    project.replace("content/events/open-dag.md", "organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nimage:\n  src: foto.jpg\n  alt: Een brug")
    text = (project.root / "content/events/open-dag.md").read_text(encoding="utf-8")
    project.write(
        "content/events/open-dag-2.md",
        text.replace("0b7c5a3e", "2b7c5a3e").replace("src: foto.jpg", "src: foto.png"),
    )
    with pytest.raises(ContentError) as caught:
        load_site(project.root)
    [problem] = caught.value.problems
    assert (problem.path, problem.field) == ("content/events/open-dag.md", "image.src")
    assert "'foto.jpg' wordt onder dezelfde naam gepubliceerd als 'foto.png' (content/events/open-dag-2.md)" in problem.message
    assert "de andere zou vervangen" in problem.message


def test_one_image_used_twice_is_fine(project):
    project.write("content/events/foto.jpg", image_bytes("JPEG"))
    project.replace("content/events/open-dag.md", "organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nimage:\n  src: foto.jpg\n  alt: Een brug")
    text = (project.root / "content/events/open-dag.md").read_text(encoding="utf-8")
    project.write("content/events/open-dag-2.md", text.replace("0b7c5a3e", "2b7c5a3e"))
    assert len(load_site(project.root).events) == 2
