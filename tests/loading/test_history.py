"""SEQUENCE and LAST-MODIFIED from git: they rise when an event changes and stay equal when it does not."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime, timezone

import pytest

from sitegen.loading.loader import load_site
from sitegen.problems import ContentError

EVENT = "content/events/open-dag.md"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)


def commit(root, message: str, when: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    for args in (["add", "-A"], ["commit", "-qm", message]):
        subprocess.run(["git", "-C", str(root), "-c", "user.name=T", "-c", "user.email=t@example.org", *args], check=True, env=env)


@pytest.fixture
def repo(project):
    subprocess.run(["git", "-C", str(project.root), "init", "-q"], check=True)
    commit(project.root, "Eerste versie", "2026-01-05T12:00:00Z")
    return project


def revision(project):
    site = load_site(project.root, now=NOW)
    return site.revision_of(site.events[0])


def test_first_publication(repo):
    first = revision(repo)
    assert (first.sequence, first.created, first.modified) == (0, datetime(2026, 1, 5, 12, tzinfo=timezone.utc), datetime(2026, 1, 5, 12, tzinfo=timezone.utc))


def test_a_committed_change_raises_sequence_and_last_modified(repo):
    repo.replace(EVENT, 'end: "15:00"', 'end: "16:00"')
    commit(repo.root, "Later klaar", "2026-02-01T09:30:00Z")
    changed = revision(repo)
    assert (changed.sequence, changed.modified) == (1, datetime(2026, 2, 1, 9, 30, tzinfo=timezone.utc))
    assert changed.created == datetime(2026, 1, 5, 12, tzinfo=timezone.utc)


def test_unrelated_commits_and_rebuilds_change_nothing(repo):
    before = revision(repo)
    repo.replace("content/stories/sanne.md", "Uitvoerder", "Uitvoerder wegenbouw")
    commit(repo.root, "Ander bestand", "2026-03-01T10:00:00Z")
    assert revision(repo) == before
    assert revision(repo) == before


def test_renaming_the_file_keeps_the_revision(repo):
    before = revision(repo)
    (repo.root / EVENT).rename(repo.root / "content/events/open-dag-heerhugowaard.md")
    commit(repo.root, "Nieuwe naam", "2026-03-01T10:00:00Z")
    assert revision(repo) == before


def test_an_uncommitted_edit_counts_as_a_change_now(repo):
    repo.replace(EVENT, "Kom kijken.", "Kom kijken en doe mee.")
    edited = revision(repo)
    assert (edited.sequence, edited.modified) == (1, NOW)


def test_changing_the_identity_of_a_published_event_is_an_error(repo):
    repo.replace(EVENT, "uid: 0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c", "uid: 7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
    with pytest.raises(ContentError) as caught:
        load_site(repo.root, now=NOW)
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.field) == (EVENT, 2, "uid")
    assert "had eerder uid '0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c'" in problem.message


def test_outside_git_every_event_is_new(project):
    assert revision(project).sequence == 0
    assert revision(project).modified == NOW


def test_without_a_given_moment_an_edit_is_stamped_when_saved(project):
    path = project.root / EVENT
    os.utime(path, (1767225600, 1767225600))
    site = load_site(project.root)
    assert site.revision_of(site.events[0]).modified == datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_deleting_a_published_event_is_an_error(repo):
    (repo.root / EVENT).unlink()
    with pytest.raises(ContentError) as caught:
        load_site(repo.root, now=NOW)
    deleted = [problem for problem in caught.value.problems if problem.path == EVENT]
    assert len(deleted) == 1
    assert "is verwijderd, maar deze activiteit (uid '0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c') was al gepubliceerd" in deleted[0].message
    assert "status: afgelast" in deleted[0].message


def test_deleted_against_a_base_branch(repo):
    subprocess.run(["git", "-C", str(repo.root), "branch", "-q", "basis"], check=True)
    (repo.root / EVENT).unlink()
    commit(repo.root, "Weg ermee", "2026-02-01T10:00:00Z")
    load_site(repo.root, now=NOW, base_ref="HEAD")  # HEAD no longer has it: nothing to report
    with pytest.raises(ContentError):
        load_site(repo.root, now=NOW, base_ref="basis")


def test_moving_an_event_to_a_new_date_keeps_its_identity(repo):
    repo.replace(EVENT, 'start: "2026-03-14 10:00"', 'start: "2026-04-18 10:00"')
    (repo.root / EVENT).rename(repo.root / "content/events/open-dag-april.md")
    commit(repo.root, "Verplaatst", "2026-02-01T10:00:00Z")
    site = load_site(repo.root, now=NOW)
    assert site.revision_of(site.events[0]).sequence == 1


def test_history_follows_a_file_with_a_non_ascii_name(repo):
    """git quotes such names in its listings unless told not to; the history must still find every version."""
    (repo.root / EVENT).rename(repo.root / "content/events/open-dag-café.md")
    commit(repo.root, "Naam met é", "2026-03-01T10:00:00Z")
    repo.replace("content/events/open-dag-café.md", 'end: "15:00"', 'end: "16:00"')
    commit(repo.root, "Later klaar", "2026-03-02T10:00:00Z")
    changed = revision(repo)
    assert (changed.sequence, changed.modified) == (1, datetime(2026, 3, 2, 10, tzinfo=timezone.utc))
    assert changed.created == datetime(2026, 1, 5, 12, tzinfo=timezone.utc)
    (repo.root / "content/events/open-dag-café.md").unlink()
    with pytest.raises(ContentError) as caught:
        load_site(repo.root, now=NOW)
    assert any(problem.path == "content/events/open-dag-café.md" for problem in caught.value.problems)
