"""Nothing under content/ is skipped in silence: every file is read, or reported with what to do."""

from __future__ import annotations

import os

import pytest

from sitegen.loading.loader import load_site
from sitegen.model.kinds import CONTENT_KINDS
from sitegen.problems import ContentError
from sitegen.reading import tree
from sitegen.reading.tree import scan_content

FOLDERS = [kind.folder for kind in CONTENT_KINDS]


def scan(project):
    return scan_content(project.root, FOLDERS)


def messages(found) -> dict[str, str]:
    return {problem.path: problem.message for problem in found}


def test_the_sample_project_has_nothing_to_report(project):
    result = scan(project)
    assert result.problems == () and result.warnings == ()
    assert [path.name for path in result.documents["events"]] == ["open-dag.md"]


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("Open-Dag-2027.MD", "open-dag-2027.md"),
        ("open-dag-2027.markdown", "open-dag-2027.md"),
        ("open-dag-2027.md.txt", "open-dag-2027.md"),
        ("open-dag-2027.txt", "open-dag-2027.md"),
        ("open-dag-2027.Md", "open-dag-2027.md"),
    ],
)
def test_a_text_with_the_wrong_extension_is_an_error_with_the_right_name(project, name, suggestion):
    project.write(f"content/events/{name}", "---\ntitle: x\n---\n")
    found = messages(scan(project).problems)
    message = found[f"content/events/{name}"]
    assert "wordt niet gelezen" in message and f"'{suggestion}'" in message


def test_a_subfolder_is_an_error(project):
    project.write("content/events/2027/open-dag.md", "---\ntitle: x\n---\n")
    message = messages(scan(project).problems)["content/events/2027"]
    assert "submap" in message and "content/events/" in message


def test_an_unknown_folder_or_file_in_content_is_an_error(project):
    project.write("content/evenementen/open-dag.md", "---\ntitle: x\n---\n")
    project.write("content/notities.docx", b"PK")
    found = messages(scan(project).problems)
    assert "events, personas, stories, partners" in found["content/evenementen"]
    assert "content/notities.docx" in found


def test_another_kind_of_file_in_a_content_folder_is_an_error(project):
    project.write("content/stories/interview.docx", b"PK")
    assert "wordt niet gelezen en niet gepubliceerd" in messages(scan(project).problems)["content/stories/interview.docx"]


def test_links_and_fifos_are_errors_and_never_read(project):
    outside = project.root.parent / "elders.md"
    outside.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    (project.root / "content/events/link.md").symlink_to(outside)
    os.mkfifo(project.root / "content/events/pijp.md")
    result = scan(project)
    found = messages(result.problems)
    assert "symbolische link" in found["content/events/link.md"]
    assert "geen gewoon bestand" in found["content/events/pijp.md"]
    assert [path.name for path in result.documents["events"]] == ["open-dag.md"]


def test_a_file_name_without_letters_or_digits_is_an_error(project):
    project.write("content/events/---.md", "---\ntitle: x\n---\n")
    assert "geen letters of cijfers" in messages(scan(project).problems)["content/events/---.md"]


def test_capitals_and_spaces_are_read_with_a_warning_naming_the_address(project):
    project.write("content/events/Open Dag 2027.md", "---\ntitle: x\n---\n")
    result = scan(project)
    assert "content/events/Open Dag 2027.md" not in messages(result.problems)
    warning = messages(result.warnings)["content/events/Open Dag 2027.md"]
    assert "'open-dag-2027'" in warning and "'open-dag-2027.md'" in warning
    assert "Open Dag 2027.md" in [path.name for path in result.documents["events"]]


def test_hidden_and_left_behind_files_are_ignored(project):
    for name in (".DS_Store", "Thumbs.db", "desktop.ini", "open-dag.md~"):
        project.write(f"content/events/{name}", b"x")
    assert scan(project).problems == ()


def test_two_names_with_one_address_name_both(project):
    text = (project.root / "content/events/open-dag.md").read_text(encoding="utf-8")
    project.write("content/events/Open Dag.md", text.replace("0b7c5a3e", "1b7c5a3e"))
    with pytest.raises(ContentError) as caught:
        load_site(project.root)
    problem = next(p for p in caught.value.problems if "hetzelfde webadres" in p.message)
    both = {"content/events/Open Dag.md", "content/events/open-dag.md"}
    assert problem.path in both
    assert (both - {problem.path}).pop() in problem.message


def test_a_folder_over_the_file_limit_is_an_error(project, monkeypatch):
    monkeypatch.setattr(tree, "FILES_PER_FOLDER", 3)
    for number in range(4):
        project.write(f"content/events/foto-{number}.jpg", b"x")
    message = messages(scan(project).problems)["content/events"]
    assert "meer dan 3 bestanden" in message


def test_the_loader_reports_scan_problems_with_the_others(project):
    project.write("content/events/open-dag-2027.MD", "---\ntitle: x\n---\n")
    project.replace("content/events/open-dag.md", "type: open-dag", "type: opendag")
    with pytest.raises(ContentError) as caught:
        load_site(project.root)
    paths = {problem.path for problem in caught.value.problems}
    assert paths == {"content/events/open-dag-2027.MD", "content/events/open-dag.md"}
