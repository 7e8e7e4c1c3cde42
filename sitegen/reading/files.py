"""Reading an editor's file at a bounded cost: only regular files, never more than the limit plus one byte.

A symbolic link could point anywhere on the machine that builds the site, a FIFO or a device never ends; neither
is read. The size is checked before reading and again while reading, so a file that grows in between cannot
make the check slow either.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sitegen.problems import Problem, dutch_number

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def read_limited(path: Path, shown: str, limit: int) -> tuple[bytes | None, tuple[Problem, ...]]:
    """The bytes of the regular file at `path`, or a Dutch problem when it is no regular file or over `limit` bytes."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None, (Problem(shown, None, None, "dit bestand bestaat niet (meer); controleer de naam en de map."),)
    kind_problem = not_regular_file(info.st_mode, shown)
    if kind_problem is not None:
        return None, (kind_problem,)
    if info.st_size > limit:
        return None, (too_large(shown, info.st_size, limit),)
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        return None, (Problem(shown, None, None, f"dit bestand kan niet worden gelezen ({error.strerror}); controleer de rechten."),)
    if len(data) > limit:
        return None, (too_large(shown, len(data), limit),)
    return data, ()


def not_regular_file(mode: int, shown: str) -> Problem | None:
    """The problem with a directory entry that is a link, a FIFO, a socket or a device; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return Problem(
            shown,
            None,
            None,
            "is een snelkoppeling (symbolische link) en wordt niet gelezen; zet het bestand zelf op deze plek.",
        )
    if stat.S_ISDIR(mode):
        return Problem(shown, None, None, "is een map, geen bestand; zet de bestanden direct in de map erboven.")
    return Problem(shown, None, None, "is geen gewoon bestand (maar een pipe, socket of apparaat) en wordt niet gelezen; verwijder het.")


def too_large(shown: str, size: int, limit: int) -> Problem:
    """A file over its size limit, in kilobytes as a file manager shows them."""
    return Problem(
        shown,
        None,
        None,
        f"het bestand is {_kilobytes(size)} groot, meer dan de grens van {_kilobytes(limit)}; "
        "splits de tekst over meer bestanden of haal er iets uit (zie 'Grenzen' in de handleiding).",
    )


def _kilobytes(size: int) -> str:
    return f"{dutch_number(round(size / 1000))} kB"
