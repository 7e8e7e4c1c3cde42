"""Each content file is read once per build: loading, checks, history and every output work from the first read."""

from __future__ import annotations

import builtins
import collections
import io
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sitegen.loading.loader import load_site
from sitegen.outputs import generate


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[collections.Counter[str]]:
    """How often each file was opened, through os.open or open(), during the test."""
    counts: collections.Counter[str] = collections.Counter()
    real_os_open, real_open = os.open, builtins.open

    def counting_os_open(path, flags, *args, **kwargs):
        counts[os.path.realpath(path)] += 1
        return real_os_open(path, flags, *args, **kwargs)

    def counting_open(file, *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)):
            counts[os.path.realpath(file)] += 1
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", counting_os_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.setattr(io, "open", counting_open)
    yield counts


def _content_files(root: Path, suffixes: tuple[str, ...]) -> list[str]:
    return sorted(os.path.realpath(path) for path in (root / "content").rglob("*") if path.suffix.lower() in suffixes)


def test_each_markdown_file_is_opened_once_in_a_whole_build(project_root: Path, opened):
    site = load_site(project_root)
    generate(site, date(2026, 12, 4))
    markdown = _content_files(project_root, (".md",))
    assert markdown, "the sample content has Markdown files"
    counts = {path: opened[path] for path in markdown}
    assert all(count == 1 for count in counts.values()), {path: count for path, count in counts.items() if count != 1}



def test_each_image_is_opened_once_in_a_warm_build(project_root: Path, opened):
    generate(load_site(project_root), date(2026, 12, 4))  # fills the image cache, as any earlier build has
    opened.clear()
    generate(load_site(project_root), date(2026, 12, 4))
    images = _content_files(project_root, (".jpg", ".jpeg", ".png", ".webp", ".svg"))
    assert images, "the sample content has images"
    counts = {path: opened[path] for path in images}
    assert all(count == 1 for count in counts.values()), {path: count for path, count in counts.items() if count != 1}
