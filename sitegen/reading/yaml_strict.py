"""YAML as editors mean it: every plain value arrives as the text they typed.

PyYAML follows YAML 1.1, where `10:00` is the number 600 and `no` or `on` are
booleans. Here no value is guessed: scalars stay strings (an empty value is
None) and the content model converts them, with a clear error when it cannot.
Every key's line is kept so that a problem can point at it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from ..problems import Problem, quoted

FieldPath = tuple[str | int, ...]

NULL_TAG = "tag:yaml.org,2002:null"


# libyaml's parser is about ten times faster and keeps the same marks; the pure-Python one is the fallback.
_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_NULL_VALUES = frozenset({"~", "null", "Null", "NULL", ""})


class _PlainTextLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A loader whose only implicit type is null."""

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        # Decided directly instead of through PyYAML's table of implicit types, which we empty anyway.
        if kind is yaml.ScalarNode:
            return NULL_TAG if implicit[0] and value in _NULL_VALUES else self.DEFAULT_SCALAR_TAG
        return self.DEFAULT_SEQUENCE_TAG if kind is yaml.SequenceNode else self.DEFAULT_MAPPING_TAG


@dataclass(frozen=True)
class YamlData:
    """Plain data (dicts, lists, strings, None) and the line of every field path in it."""

    value: Any
    lines: Mapping[FieldPath, int]

    def line_of(self, field_path: FieldPath) -> int | None:
        """The line of the deepest known part of `field_path`."""
        for length in range(len(field_path), 0, -1):
            line = self.lines.get(field_path[:length])
            if line is not None:
                return line
        return None


def load_yaml(text: str, path: str, first_line: int = 1) -> tuple[YamlData | None, tuple[Problem, ...]]:
    """Parse one YAML document; `first_line` is the file line the text starts on."""
    offset = first_line - 1
    try:
        node = yaml.compose(text, Loader=_PlainTextLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 + offset if mark is not None else None
        detail = error.problem or error.context or "onbekende fout"
        return None, (
            Problem(
                path,
                line,
                None,
                f"de front matter is geen geldige YAML ({detail}). Controleer de inspringing en de dubbele punten; "
                "zet een waarde met ':' of '#' erin tussen aanhalingstekens.",
            ),
        )
    except yaml.YAMLError as error:
        return None, (Problem(path, None, None, f"de front matter is geen geldige YAML ({error})."),)
    lines: dict[FieldPath, int] = {}
    problems: list[Problem] = []
    value = None if node is None else _plain(node, (), lines, problems, path, offset)
    return YamlData(value, lines), tuple(problems)


def _plain(
    node: yaml.Node,
    field_path: FieldPath,
    lines: dict[FieldPath, int],
    problems: list[Problem],
    path: str,
    offset: int,
) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == NULL_TAG else node.value
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            lines[(*field_path, index)] = item.start_mark.line + 1 + offset
            items.append(_plain(item, (*field_path, index), lines, problems, path, offset))
        return items
    mapping: dict[str, Any] = {}
    first_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1 + offset
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(Problem(path, line, None, "een veldnaam moet een gewoon woord zijn, geen lijst of blok."))
            continue
        key = key_node.value
        dotted = ".".join(str(part) for part in (*field_path, key))
        if key in first_lines:
            problems.append(
                Problem(
                    path,
                    line,
                    dotted,
                    f"staat twee keer in de front matter (eerst op regel {first_lines[key]}); "
                    f"houd één regel {quoted(key + ':')} over.",
                )
            )
            continue
        first_lines[key] = line
        lines[(*field_path, key)] = line
        mapping[key] = _plain(value_node, (*field_path, key), lines, problems, path, offset)
    return mapping
