"""Writing the engine's outputs: unchanged files keep their modification time, nothing lands outside the folder."""

from __future__ import annotations

import os

import pytest

from sitegen.outputs import Outputs, write_outputs


def test_unchanged_files_are_left_alone(tmp_path):
    first = write_outputs(Outputs({"a.md": "een"}, {"b.ics": b"twee"}), tmp_path)
    os.utime(first["a.md"], (1_000_000, 1_000_000))
    os.utime(first["b.ics"], (1_000_000, 1_000_000))
    again = write_outputs(Outputs({"a.md": "een, gewijzigd"}, {"b.ics": b"twee"}), tmp_path)
    assert again["a.md"].read_text(encoding="utf-8") == "een, gewijzigd"
    assert again["a.md"].stat().st_mtime != 1_000_000
    assert again["b.ics"].stat().st_mtime == 1_000_000


def test_refuses_to_write_outside_the_folder(tmp_path):
    with pytest.raises(ValueError):
        write_outputs(Outputs({"../weg.md": "x"}, {}), tmp_path / "uit")
    assert not (tmp_path / "weg.md").exists()
