"""Which files under content/ are read, and a Dutch problem for every file that looks meant but would not be.

Nothing under content/ is skipped in silence: a subfolder, `.MD`, `.md.txt`, a link, a pipe or an unknown file is an
error; a file name with capitals or spaces is read under the web address derived from it, with a warning that says
which. Hidden files and the files operating systems leave behind (`Thumbs.db`, `desktop.ini`, `name~`) are ignored.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sitegen import urls
from sitegen.limits import FILES_PER_FOLDER
from sitegen.problems import Problem, dutch_number, quoted
from sitegen.reading.files import not_regular_file

MARKDOWN_SUFFIX = ".md"
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg"})
# Names that look like a text meant as content but are not read: a wrong case or extension.
_MARKDOWN_LOOKALIKE = re.compile(r"\.(md|markdown|mdown|mkd|mkdn|txt)(\.[a-z0-9]+)?$|\.md\.", re.IGNORECASE)
_LEFT_BEHIND = frozenset({"thumbs.db", "desktop.ini"})


@dataclass(frozen=True)
class ContentTree:
    """The Markdown files to read per content folder (sorted by name), the errors and the warnings of the scan."""

    documents: Mapping[str, tuple[Path, ...]]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


def slug_of(path: Path) -> str:
    """The slug an item gets from its file name: `Girls Day 2026.md` becomes `girls-day-2026`."""
    return urls.slugify(path.stem)


def scan_content(root: Path, folders: Sequence[str]) -> ContentTree:
    """Every entry of content/ and of its folders, judged; `folders` are the content kinds' folder names."""
    content = root / "content"
    documents: dict[str, tuple[Path, ...]] = {folder: () for folder in folders}
    problems: list[Problem] = []
    warnings: list[Problem] = []
    if not content.is_dir():
        return ContentTree(documents, (), ())
    names = ", ".join(folders)
    for entry in _entries(content, "content", problems):
        shown = f"content/{entry.name}"
        if entry.name in folders and entry.is_dir(follow_symlinks=False):
            documents[entry.name] = _scan_folder(Path(entry.path), shown, problems, warnings)
        elif entry.name in folders:
            problems.append(_not_regular(entry, shown))
        else:
            problems.append(
                Problem(
                    shown,
                    None,
                    None,
                    f"wordt niet gelezen: in content/ staan alleen de mappen {names}; verplaats het naar een van die mappen.",
                )
            )
    return ContentTree(documents, tuple(problems), tuple(warnings))


def _scan_folder(folder: Path, shown_folder: str, problems: list[Problem], warnings: list[Problem]) -> tuple[Path, ...]:
    documents: list[Path] = []
    for entry in _entries(folder, shown_folder, problems):
        shown = f"{shown_folder}/{entry.name}"
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            problems.append(
                Problem(
                    shown,
                    None,
                    None,
                    f"is een submap; bestanden in een submap worden niet gelezen. Zet ze direct in {shown_folder}/.",
                )
            )
        elif not entry.is_file(follow_symlinks=False):
            problems.append(_not_regular(entry, shown))
        elif entry.name.endswith(MARKDOWN_SUFFIX):
            _judge_name(path, shown, problems, warnings)
            documents.append(path)
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            continue
        elif _MARKDOWN_LOOKALIKE.search(entry.name):
            problems.append(
                Problem(
                    shown,
                    None,
                    None,
                    "wordt niet gelezen: alleen bestanden die eindigen op '.md' (kleine letters) zijn inhoud; "
                    f"hernoem het naar {quoted(_suggested_name(entry.name))}.",
                )
            )
        else:
            problems.append(
                Problem(
                    shown,
                    None,
                    None,
                    "wordt niet gelezen en niet gepubliceerd: hier horen alleen teksten (.md) en afbeeldingen "
                    "(.jpg, .png, .webp, .svg); verwijder het of bewaar het buiten content/.",
                )
            )
    return tuple(documents)


def _judge_name(path: Path, shown: str, problems: list[Problem], warnings: list[Problem]) -> None:
    slug = slug_of(path)
    if not slug:
        problems.append(
            Problem(
                shown,
                None,
                None,
                "de bestandsnaam bevat geen letters of cijfers, dus er is geen webadres voor; "
                "geef het bestand een naam zoals 'girls-day-2027.md'.",
            )
        )
    elif path.name != f"{slug}{MARKDOWN_SUFFIX}":
        warnings.append(
            Problem(
                shown,
                None,
                None,
                f"de pagina krijgt het webadres {quoted(slug)}, niet de bestandsnaam; "
                f"hernoem het bestand naar {quoted(slug + MARKDOWN_SUFFIX)} zodat naam en adres gelijk zijn.",
            )
        )


def _suggested_name(name: str) -> str:
    stem = _MARKDOWN_LOOKALIKE.split(name)[0]
    return f"{slug_of(Path(stem + MARKDOWN_SUFFIX)) or 'naam'}{MARKDOWN_SUFFIX}"


def _entries(folder: Path, shown_folder: str, problems: list[Problem]) -> list[os.DirEntry[str]]:
    """The folder's entries by name, without hidden and left-behind files; at most FILES_PER_FOLDER of them."""
    entries: list[os.DirEntry[str]] = []
    with os.scandir(folder) as scan:
        for entry in scan:
            if entry.name.startswith(".") or entry.name.endswith("~") or entry.name.lower() in _LEFT_BEHIND:
                continue
            if len(entries) == FILES_PER_FOLDER:
                problems.append(
                    Problem(
                        shown_folder,
                        None,
                        None,
                        f"de map bevat meer dan {dutch_number(FILES_PER_FOLDER)} bestanden, de grens; "
                        + "haal oude bestanden weg (zie 'Grenzen' in de handleiding).",
                    )
                )
                break
            entries.append(entry)
    return sorted(entries, key=lambda entry: entry.name)


def _not_regular(entry: os.DirEntry[str], shown: str) -> Problem:
    problem = not_regular_file(entry.stat(follow_symlinks=False).st_mode, shown)
    return problem or Problem(shown, None, None, "is een bestand, maar hier hoort een map; hernoem of verwijder het.")
