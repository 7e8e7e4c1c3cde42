"""Reading an editor's file at a bounded cost: only regular files, never past the limit."""

from __future__ import annotations

import os
import threading

from sitegen.reading.files import read_limited


def test_a_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"---\ntitle: x\n---\n")
    assert read_limited(path, "content/events/a.md", 100) == (b"---\ntitle: x\n---\n", ())


def test_a_file_over_the_limit_is_refused_with_both_sizes(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"x" * 250_001)
    data, problems = read_limited(path, "content/events/a.md", 200_000)
    assert data is None
    assert problems[0].path == "content/events/a.md"
    assert "250 kB" in problems[0].message and "200 kB" in problems[0].message
    assert "splits de tekst" in problems[0].message


def test_a_symbolic_link_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim", encoding="utf-8")
    link = tmp_path / "a.md"
    link.symlink_to(secret)
    data, problems = read_limited(link, "content/events/a.md", 100)
    assert data is None
    assert "symbolische link" in problems[0].message


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "a.md"
    os.mkfifo(fifo)
    result: list[object] = []
    reader = threading.Thread(target=lambda: result.append(read_limited(fifo, "content/events/a.md", 100)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert result, "reading a FIFO blocked"
    data, problems = result[0]  # type: ignore[misc]
    assert data is None
    assert "geen gewoon bestand" in problems[0].message


def test_a_folder_is_refused(tmp_path):
    data, problems = read_limited(tmp_path, "data/regions.yml", 100)
    assert data is None and "is een map" in problems[0].message


def test_a_missing_file_is_a_problem_not_a_traceback(tmp_path):
    data, problems = read_limited(tmp_path / "weg.md", "content/events/weg.md", 100)
    assert data is None and "bestaat niet" in problems[0].message
