"""A smoke run of the benchmark at a tiny scale, so that it does not rot (no timing assertions)."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import PROJECT_ROOT


def test_benchmark_runs_at_a_tiny_scale():
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--scales", "tiny,tiny", "--runs", "1"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "| wall time (s, median of 1, taken in turn) |" in result.stdout
    assert re.search(r"\| CPU time, user \+ system \(s, median\) \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \|", result.stdout)
    assert "| first build, empty .cache/ (s) |" in result.stdout
    assert "Feed of 30 events:" in result.stdout
    assert re.search(r"Images and share cards: cold [0-9.]+ s \(\d+ encodes\), warm [0-9.]+ s \(0 encodes\)", result.stdout)
    assert "One event saved → page rebuilt under mkdocs serve:" in result.stdout
    assert re.search(r"Scaling tiny → tiny: site time ×[0-9.]+ \(CPU ×[0-9.]+\), memory ×[0-9.]+; baseline time ×[0-9.]+", result.stdout)
