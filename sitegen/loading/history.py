"""What git remembers of each event: when it was first published, how often and when it last changed.

Calendar apps only update an event they already have when its SEQUENCE rises, and
they show LAST-MODIFIED; both must stay equal when nothing changed. A static build
has no database, so the git history of content/events/ is the record: every commit
that changes an event's file is one revision. The same repository state always
gives the same numbers. Outside a git work tree every event counts as new, as of the moment its file was saved.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sitegen.model.event import Event, Revision
from sitegen.problems import Problem
from sitegen.reading.text import normalized_text

_UID_LINE = re.compile(r"^uid:\s*['\"]?([0-9A-Fa-f-]{36})", re.MULTILINE)
_COMMIT_MARK = "\x01"


@dataclass(frozen=True)
class _Version:
    commit: str
    committed: datetime
    path: str
    uid: str | None
    fingerprint: str


def event_revisions(
    root: Path, events: Sequence[Event], texts: Mapping[str, str], now: datetime | None = None
) -> tuple[Mapping[str, Revision], tuple[Problem, ...]]:
    """A Revision per event uid, and a problem for every event whose file once had another uid.

    `texts` holds each event file's text as the loader read it (by source path): the work tree is not read again.
    An edit that is not committed yet is stamped `now`, by default the moment the file was saved,
    so that rebuilding unchanged files gives the same feed.
    """
    top = _git_top(root)
    versions = _history(top, root / "content" / "events") if top is not None else []
    revisions: dict[str, Revision] = {}
    fingerprints: dict[str, str] = {}
    first_uid_at: dict[str, _Version] = {}
    for version in versions:
        if version.uid is None:
            continue
        first_uid_at.setdefault(version.path, version)
        if fingerprints.get(version.uid) != version.fingerprint:
            revisions[version.uid] = _next(revisions.get(version.uid), version.committed)
            fingerprints[version.uid] = version.fingerprint
    problems: list[Problem] = []
    result: dict[str, Revision] = {}
    for event in events:
        path = root / event.source.path
        fingerprint = _fingerprint(texts[event.source.path])
        known = revisions.get(event.uid)
        if known is None or fingerprints.get(event.uid) != fingerprint:
            known = _next(known, now or _saved_at(path))
        result[event.uid] = known
        repo_path = _repo_path(top, path) if top is not None else None
        first = first_uid_at.get(repo_path) if repo_path is not None else None
        if first is not None and first.uid != event.uid:
            problems.append(_identity_changed(event, first))
    return result, tuple(problems)


def deleted_events(root: Path, texts: Iterable[str], base_ref: str = "HEAD") -> tuple[Problem, ...]:
    """A problem for every event file at `base_ref` whose uid no file in the work tree has any more.

    `texts` are the texts of the event files in the work tree as the loader read them, those that did not load
    included (their uid is found by its line, so a file with a mistake is not taken for a deleted one).
    """
    top = _git_top(root)
    folder = root / "content" / "events"
    relative = _repo_path(top, folder) if top is not None else None
    if top is None or relative is None:
        return ()
    listing = subprocess.run(
        ["git", "-c", "core.quotepath=off", "-C", str(top), "ls-tree", "-r", "--name-only", base_ref, "--", relative],
        capture_output=True, text=True, check=False,
    )
    if listing.returncode != 0:
        return ()
    paths = [path for path in listing.stdout.splitlines() if path.endswith(".md")]
    current = {_uid_in(text) for text in texts}
    problems = []
    for path, raw in zip(paths, _blobs(top, [f"{base_ref}:{path}" for path in paths]), strict=True):
        uid = _uid_in(_text_of(raw)) if raw is not None else None
        # A file still at its place with another uid is reported as a changed identity instead.
        if uid is not None and uid not in current and not (top / path).exists():
            shown = (top / path).relative_to(root.resolve()).as_posix()
            problems.append(
                Problem(
                    shown, None, None,
                    f"is verwijderd, maar deze activiteit (uid '{uid}') was al gepubliceerd; abonnees houden haar dan "
                    "in hun agenda. Zet het bestand terug en zet 'status: afgelast'.",
                )
            )
    return tuple(problems)


def _text_of(raw: bytes) -> str:
    """A committed version's text, normalised as the loader normalises the work tree's."""
    return normalized_text(raw.decode("utf-8", errors="replace"))


def _uid_in(text: str) -> str | None:
    match = _UID_LINE.search(text)
    return match.group(1).lower() if match else None


def _identity_changed(event: Event, first: _Version) -> Problem:
    day = first.committed.date().isoformat()
    return Problem(
        event.source.path,
        event.source.line_of("uid"),
        "uid",
        f"is veranderd: dit bestand had eerder uid '{first.uid}' (commit {first.commit[:7]} van {day}). "
        "Agenda's van abonnees zien een nieuwe uid als een andere activiteit. Zet de oude uid terug; "
        "maak voor een echt nieuwe activiteit een nieuw bestand.",
    )


def _next(previous: Revision | None, moment: datetime) -> Revision:
    if previous is None:
        return Revision(0, moment, moment)
    return Revision(previous.sequence + 1, previous.created, moment)


SOURCE_FOLDERS = ("content", "data", "docs")
"""The folders whose files pages are made from: their last change dates the pages (sitemap `lastmod`)."""


def last_changes(root: Path, folders: Sequence[str] = SOURCE_FOLDERS) -> Mapping[str, date]:
    """The day each file under `folders` last changed, by its path relative to `root` (`content/events/x.md`).

    A committed file is dated by its last commit, so an unchanged page keeps its date in every build and on every
    machine; a file with uncommitted changes, or outside a git work tree, by the moment it was saved.
    """
    files = sorted(path for folder in folders for path in (root / folder).rglob("*") if path.is_file())
    top = _git_top(root)
    committed: dict[str, date] = {}
    dirty: set[str] = set()
    if top is not None:
        committed, dirty = _last_commits(top, root, folders)
    changes: dict[str, date] = {}
    for path in files:
        relative = path.relative_to(root).as_posix()
        day = committed.get(relative)
        changes[relative] = _saved_at(path).date() if day is None or relative in dirty else day
    return changes


def _last_commits(top: Path, root: Path, folders: Sequence[str]) -> tuple[dict[str, date], set[str]]:
    """(the day of each file's last commit, the files with uncommitted changes), by path relative to `root`."""
    prefix = _repo_path(top, root)
    if prefix is None:
        return {}, set()
    base = "" if prefix == "." else f"{prefix}/"
    targets = [f"{base}{folder}" for folder in folders]
    log = subprocess.run(
        ["git", "-c", "core.quotepath=off", "-C", str(top), "log", f"--format={_COMMIT_MARK}%ct", "--name-only", "--no-renames", "--", *targets],
        capture_output=True, text=True, check=False,
    )
    status = subprocess.run(
        ["git", "-c", "core.quotepath=off", "-C", str(top), "status", "--porcelain", "--no-renames", "--untracked-files=all", "--", *targets],
        capture_output=True, text=True, check=False,
    )
    days: dict[str, date] = {}
    day = date.min
    for line in log.stdout.splitlines() if log.returncode == 0 else ():
        if line.startswith(_COMMIT_MARK):
            day = datetime.fromtimestamp(int(line[1:]), tz=timezone.utc).date()
        elif line and line.startswith(base):
            days.setdefault(line[len(base):], day)  # newest commit first
    dirty = {line[3:][len(base):] for line in status.stdout.splitlines() if len(line) > 3} if status.returncode == 0 else set()
    return days, dirty


def _saved_at(path: Path) -> datetime:
    return datetime.fromtimestamp(int(path.stat().st_mtime), tz=timezone.utc)


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _git_top(root: Path) -> Path | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        return None
    return Path(result.stdout.strip()).resolve() if result.returncode == 0 else None


def _repo_path(top: Path, path: Path) -> str | None:
    try:
        return path.resolve().relative_to(top).as_posix()
    except ValueError:
        return None


def _history(top: Path, folder: Path) -> list[_Version]:
    """Every committed version of every file in `folder`, oldest first; a changed file yields one version per commit."""
    relative = _repo_path(top, folder)
    if relative is None:
        return []
    log = subprocess.run(
        ["git", "-c", "core.quotepath=off", "-C", str(top), "log", "--reverse", f"--format={_COMMIT_MARK}%H %ct", "--name-only", "--no-renames", "--", relative],
        capture_output=True, text=True, check=False,
    )
    if log.returncode != 0:
        return []
    touched: list[tuple[str, datetime, str]] = []
    commit, committed = "", datetime.min.replace(tzinfo=timezone.utc)
    for line in log.stdout.splitlines():
        if line.startswith(_COMMIT_MARK):
            commit, seconds = line[1:].split()
            committed = datetime.fromtimestamp(int(seconds), tz=timezone.utc)
        elif line.endswith(".md"):
            touched.append((commit, committed, line))
    contents = _blobs(top, [f"{commit}:{path}" for commit, _, path in touched])
    versions = []
    for (commit, committed, path), raw in zip(touched, contents, strict=True):
        if raw is None:
            continue
        text = _text_of(raw)
        versions.append(_Version(commit, committed, path, _uid_in(text), _fingerprint(text)))
    return versions


def _blobs(top: Path, names: Sequence[str]) -> list[bytes | None]:
    """The content of each `commit:path` (None where the file was deleted), read through one git process."""
    if not names:
        return []
    result = subprocess.run(
        ["git", "-C", str(top), "cat-file", "--batch"], input="\n".join(names).encode() + b"\n", capture_output=True, check=True
    )
    output, position, contents = result.stdout, 0, []
    for _ in names:
        header_end = output.index(b"\n", position)
        header = output[position:header_end].split()
        position = header_end + 1
        if header[-1] == b"missing":
            contents.append(None)
            continue
        size = int(header[2])
        contents.append(output[position : position + size])
        position += size + 1
    return contents
