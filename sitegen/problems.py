"""Problems found in the editors' content, reported in Dutch, all at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, precise enough for an editor to fix it.

    `path` is relative to the project root, `line` is 1-based (None when the
    problem concerns the whole file), `field` is the dotted field name (None
    when no field is involved).
    """

    path: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        location = self.path if self.line is None else f"{self.path}:{self.line}"
        if self.field is None:
            return f"{location}: {self.message}"
        return f"{location}: veld '{self.field}': {self.message}"


class ContentError(Exception):
    """Raised when the content cannot be built; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems), key=_sort_key))
        super().__init__(report(self.problems))


def _sort_key(problem: Problem) -> tuple[str, int, str, str]:
    return (problem.path, problem.line or 0, problem.field or "", problem.message)


def report(problems: Iterable[Problem]) -> str:
    """The whole list as an editor reads it: a summary line, then one line per problem."""
    problems = tuple(problems)
    count = len(problems)
    noun = "probleem" if count == 1 else "problemen"
    header = f"De inhoud bevat {count} {noun}; er is niets gepubliceerd."
    return "\n".join([header, *(f"  {problem}" for problem in problems)])


def warnings_report(warnings: Iterable[Problem]) -> str:
    """Problems that do not stop publishing (what the allowlist left out of a text), one line each."""
    warnings = tuple(warnings)
    noun = "waarschuwing" if len(warnings) == 1 else "waarschuwingen"
    header = f"{len(warnings)} {noun}; de site wordt wel gebouwd, maar controleer deze punten."
    return "\n".join([header, *(f"  {warning}" for warning in warnings)])


def quoted(value: object) -> str:
    """A bad value as an editor wrote it, shortened when long."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return f"'{text}'"


def dutch_number(number: int) -> str:
    """A whole number as Dutch readers write it, with a point between thousands: 50.000."""
    return f"{number:_}".replace("_", ".")


def display_path(path: PurePath, root: PurePath) -> str:
    """The path as the editor knows it: relative to the project, with forward slashes."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
