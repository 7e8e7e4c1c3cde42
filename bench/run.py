"""`make bench`: the site against a stock mkdocs-material baseline measured in the same run, as ratios.

Usage: python -m bench.run [--scales small,large] [--runs 3] [--tiny]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench.synthetic import Scale, write_baseline_project, write_site_project

SCALES = {
    "tiny": Scale("tiny", events=30, stories=6, partners=8),
    "small": Scale("small", events=1_000, stories=200, partners=120),
    "large": Scale("large", events=10_000, stories=2_000, partners=1_200),
}
MKDOCS_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass(frozen=True)
class Build:
    seconds: float
    cpu_seconds: float
    peak_mib: float
    output_mib: float
    pages: int


def measure_build(project: Path) -> Build:
    """One `mkdocs build` in a child process: wall time, the child's peak memory, the size of site/."""
    site = project / "site"
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=project, env=MKDOCS_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    errors = process.stderr.read().decode() if process.stderr else ""
    if status != 0:
        raise SystemExit(f"mkdocs build failed in {project}:\n{errors}")
    files = [path for path in site.rglob("*") if path.is_file()]
    pages = sum(1 for path in files if path.name == "index.html")
    return Build(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, sum(path.stat().st_size for path in files) / 2**20, pages)


def median_builds(site_project: Path, baseline_project: Path, runs: int) -> tuple[Build, Build, Build]:
    """The first (cold) site build, then `runs` builds of each project taken in turn, site and baseline alternating.

    Alternating keeps the ratio fair on a shared machine whose speed drifts over minutes: a slow spell slows
    both sides instead of one. Each side's figure is the median of its runs.
    """
    cold = measure_build(site_project)
    measure_build(baseline_project)
    pairs = [(measure_build(site_project), measure_build(baseline_project)) for _ in range(runs)]
    return cold, _median([site for site, _ in pairs]), _median([baseline for _, baseline in pairs])


def _median(builds: list[Build]) -> Build:
    return Build(
        statistics.median(b.seconds for b in builds),
        statistics.median(b.cpu_seconds for b in builds),
        statistics.median(b.peak_mib for b in builds),
        builds[-1].output_mib,
        builds[-1].pages,
    )


def measure_feed(project: Path) -> tuple[int, float]:
    """Seconds to generate every calendar feed of the project's events (median of 5)."""
    from sitegen.files.feeds import feed_files
    from sitegen.files.ical import calendar_feed
    from sitegen.loading.loader import load_site

    site = load_site(project)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        calendar_feed(site, site.events, "Benchmark", "https://example.org/agenda.ics")
        times.append(time.perf_counter() - started)
    feed_files(site, date(2026, 1, 1))
    return len(site.events), statistics.median(times)


def measure_images(project: Path) -> tuple[float, int, float, int]:
    """Image processing of the project's content, cold (empty cache) then warm: seconds and encodes of each."""
    from sitegen.files.media import build_media
    from sitegen.images import ImageCache
    from sitegen.loading.loader import load_site

    site = load_site(project)
    with tempfile.TemporaryDirectory(prefix="sitegen-images-") as folder:
        cold = ImageCache(Path(folder))
        started = time.perf_counter()
        build_media(site, cold)
        cold_seconds = time.perf_counter() - started
        warm = ImageCache(Path(folder))
        started = time.perf_counter()
        build_media(site, warm)
        return cold_seconds, cold.encoded, time.perf_counter() - started, warm.encoded


def measure_serve_rebuild(project: Path, timeout: float = 120.0) -> float:
    """Seconds from saving one event file to its rebuilt page being served by `mkdocs serve`."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env=MKDOCS_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/agenda/activiteit-0/"
        _wait_for(lambda: b"Activiteit 0" in _fetch(url), timeout)
        event = project / "content" / "events" / "activiteit-0.md"
        text = event.read_text(encoding="utf-8")
        marker = "Activiteit 0 gewijzigd"
        started = time.perf_counter()
        event.write_text(text.replace("Activiteit 0:", f"{marker}:", 1), encoding="utf-8")
        _wait_for(lambda: marker.encode() in _fetch(url), timeout)
        return time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=30)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read()
    except OSError:
        return b""


def _wait_for(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for mkdocs serve")
        time.sleep(0.05)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="small,large")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-serve", action="store_true")
    arguments = parser.parse_args(argv)
    scales = [SCALES[name] for name in arguments.scales.split(",")]
    results: list[tuple[Build, Build]] = []
    with tempfile.TemporaryDirectory(prefix="sitegen-bench-") as temporary:
        root = Path(temporary)
        for index, scale in enumerate(scales):
            site_project = write_site_project(root / f"site-{index}-{scale.name}", scale)
            baseline_project = write_baseline_project(root / f"baseline-{index}-{scale.name}", site_project)
            # Writing the baseline ran the engine on the site project; its first build starts from nothing again.
            shutil.rmtree(site_project / ".cache", ignore_errors=True)
            first, site, baseline = median_builds(site_project, baseline_project, arguments.runs)
            results.append((site, baseline))
            print(f"\n## {scale.name}: {scale.events} events, {scale.stories} stories, {scale.partners} partners, {scale.personas} personas")
            print("| | site | baseline | site/baseline |")
            print("| --- | --- | --- | --- |")
            print(f"| pages | {site.pages} | {baseline.pages} | |")
            print(f"| wall time (s, median of {arguments.runs}, taken in turn) | {site.seconds:.2f} | {baseline.seconds:.2f} | {site.seconds / baseline.seconds:.2f} |")
            print(f"| CPU time, user + system (s, median) | {site.cpu_seconds:.2f} | {baseline.cpu_seconds:.2f} | {site.cpu_seconds / baseline.cpu_seconds:.2f} |")
            print(f"| first build, empty .cache/ (s) | {first.seconds:.2f} | | |")
            print(f"| peak memory (MiB) | {site.peak_mib:.0f} | {baseline.peak_mib:.0f} | {site.peak_mib / baseline.peak_mib:.2f} |")
            print(f"| output size (MiB) | {site.output_mib:.1f} | {baseline.output_mib:.1f} | {site.output_mib / baseline.output_mib:.2f} |")
            count, seconds = measure_feed(site_project)
            print(f"\nFeed of {count} events: {seconds:.3f} s (median of 5)")
            cold, cold_encodes, warm, warm_encodes = measure_images(site_project)
            print(f"Images and share cards: cold {cold:.2f} s ({cold_encodes} encodes), warm {warm:.2f} s ({warm_encodes} encodes)")
            if not arguments.skip_serve and scale.name in ("tiny", "small"):
                print(f"One event saved → page rebuilt under mkdocs serve: {measure_serve_rebuild(site_project):.2f} s")
        names = [scale.name for scale in scales]
        if len(names) >= 2:
            (small, small_baseline), (large, large_baseline) = results[0], results[-1]
            print(
                f"\nScaling {names[0]} → {names[-1]}: site time ×{large.seconds / small.seconds:.2f} "
                f"(CPU ×{large.cpu_seconds / small.cpu_seconds:.2f}), memory ×{large.peak_mib / small.peak_mib:.1f}; "
                f"baseline time ×{large_baseline.seconds / small_baseline.seconds:.2f} "
                f"(CPU ×{large_baseline.cpu_seconds / small_baseline.cpu_seconds:.2f}) in the same run"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
