#!/usr/bin/env python3
"""The illustrations of the sample content, drawn by code in one flat poster style (`make illustrations`).

Usage:
  python scripts/illustrations.py              draw every picture into content/, next to its Markdown file
  python scripts/illustrations.py --out DIR    draw them under DIR instead (same paths: DIR/content/stories/...)
  python scripts/illustrations.py --only NAME  only the pictures whose path contains NAME

Each picture is 1600 x 1000 pixels, drawn at twice that size and scaled down (scripts/artkit/canvas.py), and saved
as PNG without metadata. Nothing is random, so the same code always gives the same bytes: tests/test_illustrations.py
checks that, and that the PNGs in content/ are what this script draws. Change a drawing, run `make illustrations`,
and commit the code and the pictures together.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from artkit.canvas import Canvas, png_bytes
from artkit.scenes import bridges, learning, roads, water

PROJECT_ROOT = Path(__file__).resolve().parent.parent

PICTURES: dict[str, Callable[[], Canvas]] = {
    # Stories: the scene that fits each person's work.
    "content/stories/daan-houdt-waterland-droog.png": water.lock,
    "content/stories/kim-maakt-straten-klimaatbestendig.png": roads.sewer_street,
    "content/stories/moeder-van-een-bbl-student.png": water.pumping_station,
    "content/stories/noor-ontwerpt-bruggen.png": learning.design_desk,
    "content/stories/sandra-van-de-marine-naar-de-kade.png": water.quay_with_piling_rig,
    "content/stories/thomas-studeert-af-aan-de-kust.png": water.coast,
    "content/stories/van-uitvoerder-naar-docent.png": learning.classroom,
    "content/stories/van-vmbo-naar-uitvoerder-grondwerk.png": roads.new_neighbourhood,
    "content/stories/van-vrachtwagenchauffeur-naar-machinist.png": roads.cable_trench,
    "content/stories/werkvoorbereider-wegenbouw-iris.png": roads.road_works,
    "content/stories/yonas-bouwt-aan-de-oevers-van-de-zaan.png": water.zaan_bank,
    "content/stories/yusuf-van-papieren-brug-tot-stadsbrug.png": bridges.canal_bridge,
    # Personas: what each audience cares about.
    "content/personas/basisschoolleerling.png": learning.paper_bridge_contest,
    "content/personas/docent.png": learning.site_visit,
    "content/personas/havo-vwo-leerling.png": water.dike_with_drone,
    "content/personas/hbo-student.png": bridges.bridge_in_view,
    "content/personas/mbo-student.png": roads.paving_street,
    "content/personas/ouder.png": learning.at_the_fence,
    "content/personas/statushouder.png": learning.mentor_on_site,
    "content/personas/vmbo-leerling.png": learning.open_day,
    "content/personas/zij-instromer.png": bridges.bridge_lift,
}


def render(path: str) -> bytes:
    """The PNG bytes of one picture, by its path in the project."""
    return png_bytes(PICTURES[path]().finished())


def generate(out: Path, only: str | None = None, workers: int | None = None) -> list[Path]:
    """Draw the pictures (those whose path contains `only`, or all) under `out`; returns the files written."""
    paths = [path for path in PICTURES if only is None or only in path]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        images = list(pool.map(render, paths))
    written = []
    for path, data in zip(paths, images, strict=True):
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT, help="folder to draw under (default: the project)")
    parser.add_argument("--only", help="only the pictures whose path contains this text")
    args = parser.parse_args(argv)
    written = generate(args.out, args.only)
    if not written:
        print(f"No picture matches {args.only!r}.", file=sys.stderr)
        return 1
    for target in written:
        print(f"{target.stat().st_size / 1000:6.1f} kB  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
