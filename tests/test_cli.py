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
    assert "De inhoud is in orde: 1 activiteiten, 1 doelgroepen, 1 verhalen, 1 partners en 0 opleidingen." in result.stdout


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


def test_export_refuses_a_folder_that_contains_the_project(project, capsys):
    for folder in (project.root, project.root.parent):
        assert main(["--root", str(project.root), "export", str(folder)]) == 2
        assert "overschrijven" in capsys.readouterr().err
    assert not (project.root / "index.md").exists() and not (project.root.parent / "index.md").exists()


def test_export_removes_pages_it_wrote_that_no_longer_exist(project, tmp_path):
    out = tmp_path / "export"
    (out / "eigen.txt").parent.mkdir(parents=True)
    (out / "eigen.txt").write_text("van iemand anders", encoding="utf-8")
    assert main(["--root", str(project.root), "export", str(out)]) == 0
    assert (out / "agenda" / "open-dag.md").is_file()
    (project.root / "content" / "events" / "open-dag.md").rename(project.root / "content" / "events" / "open-dag-heerhugowaard.md")
    assert main(["--root", str(project.root), "export", str(out)]) == 0
    assert not (out / "agenda" / "open-dag.md").exists() and not (out / "agenda" / "open-dag.ics").exists()
    assert (out / "agenda" / "open-dag-heerhugowaard.md").is_file()
    assert (out / "eigen.txt").read_text(encoding="utf-8") == "van iemand anders", "files it did not write stay"


def test_check_refuses_a_file_that_would_replace_a_page_of_the_site(project):
    text = (project.root / "content" / "partners" / "voorbeeld-bv.md").read_text(encoding="utf-8")
    project.write("content/partners/kaart.md", text.replace("name: Voorbeeld BV", "name: Kaart BV"))
    result = run_cli("check", cwd=project.root)
    assert result.returncode == 1
    assert "content/partners/kaart.md: dit bestand zou de pagina /partners/kaart/ krijgen" in result.stderr
    assert "geef het bestand een andere naam" in result.stderr


def test_check_prints_control_characters_escaped(project):
    project.replace("content/events/open-dag.md", "type: open-dag", 'type: "open\\e[2Jdag"')
    result = run_cli("check", cwd=project.root)
    assert result.returncode == 1
    assert "\x1b" not in result.stderr


def test_check_and_build_agree_on_a_truncated_image(tmp_path):
    """A JPEG cut off halfway has a valid header; check must refuse it as the build does, with the same message."""
    import io
    import shutil

    from PIL import Image

    from conftest import PROJECT_ROOT, mkdocs_build

    project = tmp_path / "project"
    for name in ("content", "data", "docs", "overrides", "hooks"):
        shutil.copytree(PROJECT_ROOT / name, project / name)
    shutil.copy(PROJECT_ROOT / "mkdocs.yml", project / "mkdocs.yml")
    buffer = io.BytesIO()
    Image.effect_noise((1200, 800), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    stories = project / "content" / "stories"
    (stories / "daan-houdt-waterland-droog.png").unlink()
    story = stories / "daan-houdt-waterland-droog.md"
    story.write_text(story.read_text(encoding="utf-8").replace("src: daan-houdt-waterland-droog.png",
                                                               "src: daan-houdt-waterland-droog.jpg"), encoding="utf-8")
    story_image = stories / "daan-houdt-waterland-droog.jpg"
    story_image.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    check = run_cli("check", cwd=project)
    build = mkdocs_build(project, tmp_path / "site")
    assert check.returncode == 1 and build.returncode != 0
    problem_lines = [line.strip() for line in check.stderr.splitlines() if "daan-houdt-waterland-droog" in line]
    assert problem_lines and "image.src" in problem_lines[0]
    assert problem_lines[0] in build.stdout + build.stderr
