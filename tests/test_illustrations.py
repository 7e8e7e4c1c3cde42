"""The sample content's illustrations (scripts/illustrations.py, `make illustrations`).

  * the generator draws the same bytes every time: two runs in separate processes give identical files;
  * every picture is a 1600 x 1000 RGB PNG of well under 300 kB;
  * the PNGs in content/ are what the code draws now, so they never drift from it (same size and pixels; the
    bytes are compared within one run above, because another zlib or Pillow build may pack equal pixels
    differently);
  * every story and persona names its own picture (`<slug>.png` next to it, with an alt text saying it is a
    drawing), and the generator draws no picture that no content file uses.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageChops

import illustrations
from conftest import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "illustrations.py"
ILLUSTRATED = ("stories", "personas")


def draw(out: Path) -> Path:
    result = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The generator run twice, each in its own process (so with its own hash seed), into two empty folders."""
    return draw(tmp_path_factory.mktemp("first")), draw(tmp_path_factory.mktemp("second"))


def files_under(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*.png"))}


def test_two_runs_draw_the_same_bytes(runs):
    first, second = (files_under(folder) for folder in runs)
    assert sorted(first) == sorted(illustrations.PICTURES)
    assert [name for name in first if first[name] != second[name]] == []


def test_every_picture_is_a_small_1600_by_1000_png(runs):
    for name, data in files_under(runs[0]).items():
        with Image.open(runs[0] / name) as image:
            assert (image.format, image.mode, image.size) == ("PNG", "RGB", (1600, 1000)), name
        assert len(data) < 300_000, f"{name} is {len(data) / 1000:.0f} kB"


def test_the_committed_pictures_are_what_the_code_draws(runs):
    drifted = []
    for name in illustrations.PICTURES:
        committed = PROJECT_ROOT / name
        assert committed.is_file(), f"{name} is missing: run `make illustrations` and commit it"
        with Image.open(committed) as old, Image.open(runs[0] / name) as new:
            if old.size != new.size or old.mode != new.mode or ImageChops.difference(old, new).getbbox() is not None:
                drifted.append(name)
    assert drifted == [], "Drawn differently than committed; run `make illustrations` and commit the pictures"


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))


def test_every_story_and_persona_shows_its_own_drawing():
    named = set()
    for folder in ILLUSTRATED:
        for markdown in sorted((PROJECT_ROOT / "content" / folder).glob("*.md")):
            image = front_matter(markdown).get("image")
            where = markdown.relative_to(PROJECT_ROOT).as_posix()
            assert image and image["src"] == f"{markdown.stem}.png", where
            assert image["alt"].startswith("Tekening van "), where
            named.add(f"content/{folder}/{markdown.stem}.png")
    assert named == set(illustrations.PICTURES)
    pictures = {path.relative_to(PROJECT_ROOT).as_posix() for folder in ILLUSTRATED
                for path in (PROJECT_ROOT / "content" / folder).iterdir() if path.suffix != ".md"}
    assert pictures == named
