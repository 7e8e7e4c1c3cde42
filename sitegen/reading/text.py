"""Bytes of an editor's file to text, forgiving what editors' tools add and refusing what would lose characters."""

from __future__ import annotations

from collections.abc import Callable

from ..escape import character_name, forbidden_characters
from ..limits import ANGLE_BRACKETS_PER_BODY, BRACKETS_PER_PARAGRAPH, PROBLEMS_PER_FILE
from ..problems import Problem

BYTE_ORDER_MARK = "\ufeff"


def decode_text(raw: bytes, path: str) -> tuple[str | None, tuple[Problem, ...]]:
    """Decode UTF-8, drop a byte order mark and normalise CRLF and CR line endings to LF.

    Windows editors add the BOM and CRLF; both are harmless and accepted.
    Bytes that are not UTF-8 are refused: guessing an encoding could change letters.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start]
        return None, (
            Problem(
                path,
                line,
                None,
                f"het bestand is geen geldige UTF-8 (byte 0x{byte:02X} op regel {line}); "
                "sla het op als UTF-8, bijvoorbeeld via 'Opslaan als' met codering UTF-8.",
            ),
        )
    text = text.removeprefix(BYTE_ORDER_MARK)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, (
            Problem(path, None, None, "het bestand is leeg; verwacht front matter tussen twee regels '---' en daarna de tekst."),
        )
    return text, ()


def character_problems(
    text: str, path: str, first_line: int, field_at: Callable[[int], str | None] = lambda line: None
) -> tuple[Problem, ...]:
    """A problem for each line of `text` with a control character, separator or noncharacter in it (the first 20).

    `first_line` is the file line `text` starts on; `field_at` names the field a file line belongs to, if any.
    """
    problems: list[Problem] = []
    for index, line_text in enumerate(text.split("\n")):
        found = forbidden_characters(line_text)
        if not found:
            continue
        column, character = found[0]
        line = first_line + index
        problems.append(
            Problem(
                path,
                line,
                field_at(line),
                f"deze regel bevat {character_name(character)} op teken {column + 1}; dat teken is onzichtbaar en "
                "breekt agenda's en feeds. Typ de tekst op deze regel opnieuw zonder dat teken.",
            )
        )
        if len(problems) == PROBLEMS_PER_FILE:
            break
    return tuple(problems)


def bracket_problems(body: str, path: str, first_line: int) -> tuple[Problem, ...]:
    """A problem for each paragraph of `body` with more `[` than BRACKETS_PER_PARAGRAPH (the first 20)."""
    problems: list[Problem] = []
    count = 0
    start = first_line
    for index, line_text in enumerate([*body.split("\n"), ""]):
        if line_text.strip():
            count += line_text.count("[")
            continue
        if count > BRACKETS_PER_PARAGRAPH:
            problems.append(
                Problem(
                    path,
                    start,
                    None,
                    f"de alinea die hier begint bevat {count} blokhaken '[', meer dan de grens van "
                    f"{BRACKETS_PER_PARAGRAPH}; zo veel blokhaken maken de site traag. Verdeel de tekst over meer alinea's "
                    "of haal blokhaken weg (zie 'Grenzen' in de handleiding).",
                )
            )
            if len(problems) == PROBLEMS_PER_FILE:
                break
        count = 0
        start = first_line + index + 1
    return tuple(problems)


def angle_bracket_problems(body: str, path: str, first_line: int) -> tuple[Problem, ...]:
    """A problem when `body` has more `<` than ANGLE_BRACKETS_PER_BODY, on the line where the limit is passed."""
    count = 0
    for index, line_text in enumerate(body.split("\n")):
        count += line_text.count("<")
        if count > ANGLE_BRACKETS_PER_BODY:
            return (
                Problem(
                    path,
                    first_line + index,
                    None,
                    f"de tekst bevat tot hier meer dan {ANGLE_BRACKETS_PER_BODY} punthaken '<', de grens; zo veel maken "
                    "de site traag. Haal HTML uit de tekst, of schrijf '&lt;' voor een punthaak die je wilt laten zien "
                    "(zie 'Grenzen' in de handleiding).",
                ),
            )
    return ()
