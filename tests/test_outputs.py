"""Writing the engine's outputs: unchanged files keep their modification time, nothing lands outside the folder."""

from __future__ import annotations

import os

import pytest

from sitegen.outputs import MANIFEST, Outputs, write_outputs


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


def test_a_file_removed_from_the_folder_is_written_again(tmp_path):
    first = write_outputs(Outputs({"a.md": "een"}, {}), tmp_path)
    first["a.md"].unlink()

    again = write_outputs(Outputs({"a.md": "een"}, {}), tmp_path)

    assert again["a.md"].read_text(encoding="utf-8") == "een"


def test_a_damaged_manifest_means_everything_is_written(tmp_path):
    first = write_outputs(Outputs({"a.md": "een"}, {}), tmp_path)
    first["a.md"].write_text("door iemand anders veranderd", encoding="utf-8")
    (tmp_path / MANIFEST).write_text("{kapot", encoding="utf-8")

    again = write_outputs(Outputs({"a.md": "een"}, {}), tmp_path)

    assert again["a.md"].read_text(encoding="utf-8") == "een"


def test_cached_files_are_copied_or_named_where_they_are(tmp_path):
    cached = tmp_path / "cache" / "ab12"
    cached.parent.mkdir()
    cached.write_bytes(b"png")

    copied = write_outputs(Outputs({}, {"share/x.png": cached}), tmp_path / "export")
    in_place = write_outputs(Outputs({}, {"share/x.png": cached}), tmp_path / "generated", copy_files=False)

    assert copied["share/x.png"] == (tmp_path / "export" / "share" / "x.png").resolve()
    assert copied["share/x.png"].read_bytes() == b"png"
    assert in_place["share/x.png"] == cached
    assert not (tmp_path / "generated" / "share").exists()
