"""YAML as editors mean it: every plain value arrives as the text they typed.

PyYAML follows YAML 1.1, where `10:00` is the number 600 and `no` or `on` are
booleans. Here no value is guessed: scalars stay strings (an empty value is
None) and the content model converts them, with a clear error when it cannot.
Every key's line is kept so that a problem can point at it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from sitegen.escape import forbidden_characters, strip_controls
from sitegen.limits import PROBLEMS_PER_FILE, YAML_DEPTH, YAML_EVENTS
from sitegen.problems import Problem, dutch_number, quoted
from sitegen.reading.text import character_problems

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
    broken: frozenset[str] = frozenset()
    """Top-level fields that are in the text but could not be read (already reported): not 'missing'."""

    def line_of(self, field_path: FieldPath) -> int | None:
        """The line of the deepest known part of `field_path`."""
        for length in range(len(field_path), 0, -1):
            line = self.lines.get(field_path[:length])
            if line is not None:
                return line
        return None


def load_yaml(
    text: str, path: str, first_line: int = 1, *, recover: bool = False
) -> tuple[YamlData | None, tuple[Problem, ...]]:
    """Parse one YAML document; `first_line` is the file line the text starts on.

    Refused before anything is built, each with the line and what to type instead: invisible characters, a tab
    at the start of a line, anchors, aliases and tags (editors do not need them, and aliases can make a small file
    expand to gigabytes), a comment that would cut a plain value short, more nesting or more values than the limits
    allow, and any syntax error.

    With `recover` (front matter), a refusal does not hide the rest: the invisible characters are left out, a tab
    that starts a line counts as two spaces, and when the whole text still cannot be read each top-level field is
    read on its own, so that the fields that can be read are returned (with `broken` naming those that cannot) and
    every unreadable field gets its own problem.
    """
    offset = first_line - 1
    problems: list[Problem] = []
    if forbidden_characters(text):
        problems.extend(_character_problems(text, path, first_line))
        if not recover:
            return None, tuple(problems)
        text = strip_controls(text)
    text, found = _tabs(text, path, offset)
    problems.extend(found)
    if found and not recover:
        return None, tuple(problems)
    data, found = _parse(text, path, offset)
    if data is not None or not recover or any(_is_limit(problem) for problem in found):
        return data, (*problems, *found)
    recovered, found_per_field = _parse_per_field(text, path, offset)
    if recovered is None:
        return None, (*problems, *found)
    return recovered, (*problems, *found_per_field)


def _parse(text: str, path: str, offset: int) -> tuple[YamlData | None, tuple[Problem, ...]]:
    found = _refusals(text, path, offset)
    if found:
        return None, found
    try:
        node = yaml.compose(text, Loader=_PlainTextLoader)
    except yaml.MarkedYAMLError as error:
        return None, (_syntax_problem(error, path, offset),)
    except yaml.YAMLError:
        return None, (_unreadable(path),)
    lines: dict[FieldPath, int] = {}
    problems: list[Problem] = []
    value = None if node is None else _plain(node, (), lines, problems, path, offset)
    return YamlData(value, lines), tuple(problems)


def _tabs(text: str, path: str, offset: int) -> tuple[str, tuple[Problem, ...]]:
    """A problem for each line that starts with a tab (YAML indents with spaces only); the text with each such tab
    as two spaces."""
    problems: list[Problem] = []
    lines = text.split("\n")
    for index, line_text in enumerate(lines):
        indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
        if "\t" in indent and line_text.strip():
            line = index + 1 + offset
            problems.append(Problem(path, line, None, f"regel {line} begint met een tab; gebruik twee spaties in plaats van de tab."))
            lines[index] = indent.replace("\t", "  ") + line_text[len(indent) :]
    return "\n".join(lines), tuple(problems[:PROBLEMS_PER_FILE])


_TOP_LEVEL_KEY = re.compile(r"^([^\s#'\"\-:][^:]*?)\s*:(?:\s|$)")


def _parse_per_field(text: str, path: str, offset: int) -> tuple[YamlData | None, tuple[Problem, ...]]:
    """Each top-level field read on its own (a field is its line and the indented or '- ' lines under it); None when
    every field reads on its own, so the problem lies between them."""
    lines = text.split("\n")
    starts = [index for index, line_text in enumerate(lines) if line_text[:1] not in ("", " ", "#", "-")]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    value: dict[str, Any] = {}
    field_lines: dict[FieldPath, int] = {}
    broken: set[str] = set()
    problems: list[Problem] = []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        block = "\n".join(lines[start:end])
        key_match = _TOP_LEVEL_KEY.match(lines[start])
        data, found = _parse(block, path, offset + start)
        problems.extend(found)
        if data is None:
            if key_match:
                broken.add(key_match.group(1))
            continue
        if data.value is None:
            continue
        if not isinstance(data.value, dict):
            problems.append(
                Problem(path, start + 1 + offset, None, "deze regel is geen veld; schrijf 'naam: waarde', of haal de regel weg.")
            )
            continue
        for key, item in data.value.items():
            if (key,) in field_lines:
                problems.append(
                    Problem(
                        path, data.lines[(key,)], key,
                        f"staat twee keer in de front matter (eerst op regel {field_lines[(key,)]}); "
                        f"houd één regel {quoted(key + ':')} over.",
                    )
                )
                continue
            value[key] = item
            field_lines.update((field, line) for field, line in data.lines.items() if field[0] == key)
    if not problems:
        return None, ()
    return YamlData(value, field_lines, frozenset(broken - set(value))), tuple(problems[:PROBLEMS_PER_FILE])


def _is_limit(problem: Problem) -> bool:
    """A problem of size (too many values, too deep): the text is not read again field by field."""
    return problem.message.endswith(_LIMIT_ADVICE)


def _unreadable(path: str) -> Problem:
    """A parser error without a position (libyaml gives one for every error we know of)."""
    return Problem(path, None, None, f"{_what(path)} is geen geldige YAML; {_FALLBACK}.")


def _what(path: str) -> str:
    return "de front matter" if path.endswith(".md") else "dit bestand"


def _character_problems(text: str, path: str, first_line: int) -> tuple[Problem, ...]:
    """The invisible characters, each with the field of its line (read from the text without them)."""
    field_lines: list[tuple[int, str]] = []
    stripped = strip_controls(text)
    node = None
    if not _refusals(stripped, path, first_line - 1):  # no aliases, so building the values is bounded
        node = yaml.compose(stripped, Loader=_PlainTextLoader)
    if node is not None:
        lines: dict[FieldPath, int] = {}
        _plain(node, (), lines, [], path, first_line - 1)
        field_lines = sorted((line, ".".join(str(part) for part in field)) for field, line in lines.items())

    def field_at(line: int) -> str | None:
        before = [name for field_line, name in field_lines if field_line <= line]
        return before[-1] if before else None

    return character_problems(text, path, first_line, field_at)


@dataclass
class _Frame:
    """One open block or list while walking the parser's events: its kind and where in it the walk is."""

    is_mapping: bool
    expecting_key: bool = True
    name: str | int = ""


def _refusals(text: str, path: str, offset: int) -> tuple[Problem, ...]:
    """Walk the parser's events once (no values are built) and refuse what editors do not mean or need."""
    source_lines = text.split("\n")
    problems: list[Problem] = []
    stack: list[_Frame] = []
    try:
        for count, event in enumerate(yaml.parse(text, Loader=_PlainTextLoader), start=1):
            if count > YAML_EVENTS:
                return (_limit_problem(path, event, offset, f"heeft meer dan {dutch_number(YAML_EVENTS)} waarden"),)
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                continue
            field = _advance(stack, event)
            problem = _refusal(event, source_lines, path, offset, field)
            if problem is not None:
                problems.append(problem)
                if len(problems) == PROBLEMS_PER_FILE:
                    return tuple(problems)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                stack.append(_Frame(isinstance(event, yaml.MappingStartEvent)))
                if len(stack) > YAML_DEPTH:
                    return (*problems, _limit_problem(path, event, offset, f"springt dieper in dan {YAML_DEPTH} niveaus"))
    except yaml.MarkedYAMLError as error:
        return (*problems, _syntax_problem(error, path, offset))
    except yaml.YAMLError:
        return (*problems, _unreadable(path))
    return tuple(problems)


def _advance(stack: list[_Frame], event: yaml.Event) -> str | None:
    """Move the walk on by one node; the dotted field a value node belongs to (None for a key)."""
    if not stack:
        return None
    frame = stack[-1]
    if frame.is_mapping and frame.expecting_key:
        frame.expecting_key = False
        frame.name = event.value if isinstance(event, yaml.ScalarEvent) else "?"
        return None
    if frame.is_mapping:
        frame.expecting_key = True
    else:
        frame.name = frame.name + 1 if isinstance(frame.name, int) else 0
    return ".".join(str(open_frame.name) for open_frame in stack)


def _refusal(event: yaml.Event, source_lines: list[str], path: str, offset: int, field: str | None) -> Problem | None:
    line_index = event.start_mark.line
    line_text = source_lines[line_index] if line_index < len(source_lines) else ""
    line = line_index + 1 + offset
    if isinstance(event, yaml.AliasEvent):
        return Problem(
            path,
            line,
            field,
            f"'*{event.anchor}' is een YAML-verwijzing naar een andere waarde; die worden niet gebruikt. "
            f"Typ de waarde zelf, of zet haar tussen aanhalingstekens als de '*' erbij hoort: {_quoted_line(line_text)}",
        )
    if event.anchor is not None:
        return Problem(
            path,
            line,
            field,
            f"'&{event.anchor}' is een YAML-anker; die worden niet gebruikt. Haal '&{event.anchor}' weg, of zet de "
            f"waarde tussen aanhalingstekens als de '&' erbij hoort: {_quoted_line(line_text)}",
        )
    if event.tag is not None and not (isinstance(event, yaml.ScalarEvent) and event.implicit[1] and event.style):
        return Problem(
            path,
            line,
            field,
            "een '!' aan het begin van een waarde is een YAML-label; die worden niet gebruikt. "
            f"Zet de waarde tussen aanhalingstekens als de '!' erbij hoort: {_quoted_line(line_text)}",
        )
    if isinstance(event, yaml.ScalarEvent) and not event.style:
        end = event.end_mark
        rest = source_lines[end.line][end.column :] if end.line < len(source_lines) else ""
        if _TRAILING_COMMENT.match(rest):
            end_line_text = source_lines[end.line]
            return Problem(
                path,
                end.line + 1 + offset,
                field,
                "na ' #' leest YAML alles als commentaar, dus de waarde zou worden afgebroken. "
                f"Zet de hele waarde tussen aanhalingstekens: {_quoted_line(end_line_text)}",
            )
    return None


_TRAILING_COMMENT = re.compile(r"[ \t]+#")
_VALUE_LINE = re.compile(r"^(\s*(?:-\s+)?[^\s:#\"'-][^:#]*:\s+|\s*-\s+)(.+?)\s*$")


def _quoted_line(line_text: str) -> str:
    """The line as it should be typed: the value after the field name in double quotes."""
    match = _VALUE_LINE.match(line_text)
    prefix, value = (match.group(1), match.group(2)) if match else ("", line_text.strip())
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{prefix.strip()} "{escaped}"'.strip() + "."


def _limit_problem(path: str, event: yaml.Event, offset: int, what: str) -> Problem:
    return Problem(
        path,
        event.start_mark.line + 1 + offset,
        None,
        f"{_what(path)} {what}; dat is de grens. {_LIMIT_ADVICE}",
    )


_LIMIT_ADVICE = "Maak het kleiner of verdeel het over meer bestanden (zie 'Grenzen' in de handleiding)."


def _syntax_problem(error: yaml.MarkedYAMLError, path: str, offset: int) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 + offset if mark is not None else None
    return Problem(path, line, None, f"{_what(path)} is geen geldige YAML: {_dutch(error)}.")


_FALLBACK = (
    "YAML kan deze regel niet lezen. Controleer de inspringing en de dubbele punten, en zet een waarde met "
    "':' of '#' erin tussen aanhalingstekens"
)

# What libyaml (and PyYAML) say, by a piece of their message, and what an editor should do about it.
_TRANSLATIONS: tuple[tuple[str, str], ...] = (
    (
        "mapping values are not allowed",
        "er staat een ': ' midden in een waarde, of de regel springt verkeerd in. Zet een waarde met ':' erin "
        "tussen aanhalingstekens, zoals title: \"Gastles: bruggen\"",
    ),
    (
        "did not find expected key",
        "na een waarde staat nog iets op de regel, of deze regel springt anders in dan de velden erboven. "
        "Begin elk veld aan het begin van een eigen regel; staan er aanhalingstekens in de waarde, zet de hele "
        "waarde dan tussen enkele aanhalingstekens",
    ),
    ("found unexpected end of stream", "een aanhalingsteken wordt niet afgesloten; sluit de waarde af met hetzelfde aanhalingsteken"),
    (
        "cannot start any token",
        "er staat een tab of een teken waarmee een waarde niet mag beginnen ('@', '`' of '%'). Spring in met "
        "spaties en zet de waarde tussen aanhalingstekens",
    ),
    ("found a tab character", "er staat een tab in de inspringing; spring in met spaties"),
    (
        "found unknown escape character",
        "binnen dubbele aanhalingstekens staat een backslash (\\) die YAML niet kent; gebruik enkele "
        "aanhalingstekens of typ de backslash dubbel",
    ),
    ("expected '-' indicator", "in deze lijst begint een regel niet met '- '; begin elk onderdeel met '- ' op dezelfde inspringing"),
    ("expected ',' or", "een lijst tussen [ ] of { } wordt niet afgesloten; sluit haar op dezelfde regel af met ']' of '}'"),
    (
        "block sequence entries are not allowed",
        "'- ' staat op dezelfde regel als de veldnaam; zet elk onderdeel van de lijst op een eigen regel eronder",
    ),
    (
        "expected comment or line break",
        "na een afsluitend aanhalingsteken, of na '|' of '>', staat nog tekst op dezelfde regel; "
        "zet de hele waarde tussen aanhalingstekens",
    ),
    ("tag", "een '!' aan het begin van een waarde is een YAML-label; zet de waarde tussen aanhalingstekens"),
    (
        "expected alphabetic or numeric character",
        "een '&' of '*' aan het begin van een waarde is een YAML-anker of -verwijzing; zet de waarde tussen aanhalingstekens",
    ),
    ("<document start>", "de eerste regel springt in, of een regel hoort niet bij een veld; begin elk veld aan het begin van de regel"),
    ("single document", "er staan meer blokken '---' in dan verwacht; houd één blok velden over"),
)


def _dutch(error: yaml.MarkedYAMLError) -> str:
    """The editor's version of a parser message: never the parser's English."""
    problem = f"{error.problem or ''} {error.context or ''}"
    for fragment, dutch in _TRANSLATIONS:
        if fragment in problem:
            return dutch
    return _FALLBACK


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
