"""Where an item came from, so that every later check can point at the file and line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sitegen.reading.yaml_strict import FieldPath


@dataclass(frozen=True)
class Source:
    """The file an item was read from (relative to the project root), the line of each field and of the body."""

    path: str
    lines: Mapping[FieldPath, int] = field(default_factory=dict)
    body_line: int = 1

    def line_of(self, *field_path: str | int) -> int:
        """The line of a field, of its nearest enclosing field, or else of the opening '---'."""
        for length in range(len(field_path), 0, -1):
            line = self.lines.get(tuple(field_path[:length]))
            if line is not None:
                return line
        return 1
