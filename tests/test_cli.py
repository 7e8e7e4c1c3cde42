"""The `sitegen` command: check and export."""

from __future__ import annotations

import subprocess
import sys

from sitegen.cli import main


def run_cli(*args: str, cwd) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sitegen", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_check_passes_on_valid_content(project):
    result = run_cli("check", cwd=project.root)
    assert result.returncode == 0
    assert "De inhoud is in orde: 1 activiteiten, 1 doelgroepen, 1 verhalen en 1 partners." in result.stdout


def test_check_fails_with_every_problem_and_no_traceback(project):
    project.replace("content/events/open-dag.md", "type: open-dag", "type: opendag")
    project.write("content/stories/leeg.md", "")
    result = run_cli("check", cwd=project.root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "De inhoud bevat 2 problemen; er is niets gepubliceerd."
    assert lines[1].startswith("  content/events/open-dag.md:6: veld 'type':")
    assert lines[2].startswith("  content/stories/leeg.md: het bestand is leeg")


def test_export_writes_pages_and_files(project, tmp_path):
    out = tmp_path / "export"
    assert main(["--root", str(project.root), "export", str(out)]) == 0
    assert (out / "agenda" / "open-dag.md").read_text(encoding="utf-8").startswith("---\ntitle: \"Open dag infra\"")
    assert (out / "index.md").is_file()
    assert (out / "schema" / "event.schema.json").is_file()


def test_export_is_deterministic(project, tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    main(["--root", str(project.root), "export", str(first)])
    main(["--root", str(project.root), "export", str(second)])
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative


def test_export_refuses_editor_folders(project, capsys):
    before = (project.root / "content" / "events" / "open-dag.md").read_bytes()
    assert main(["--root", str(project.root), "export", str(project.root / "content")]) == 2
    assert "overschrijven" in capsys.readouterr().err
    assert (project.root / "content" / "events" / "open-dag.md").read_bytes() == before
