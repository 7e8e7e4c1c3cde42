"""Bytes of an editor's file to text, forgiving what editors' tools add and refusing what would lose characters."""

from __future__ import annotations

from collections.abc import Callable

from sitegen.escape import character_name, forbidden_characters
from sitegen.limits import ANGLE_BRACKETS_PER_BODY, BRACKETS_PER_PARAGRAPH, PARAGRAPH_CHARACTERS, PROBLEMS_PER_FILE
from sitegen.problems import Problem, dutch_number

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
    text = normalized_text(text)
    if not text.strip():
        return None, (
            Problem(path, None, None, "het bestand is leeg; verwacht front matter tussen twee regels '---' en daarna de tekst."),
        )
    return text, ()


def normalized_text(text: str) -> str:
    """Text without a byte order mark, with LF line endings: what an editor meant, whichever tool saved it."""
    return text.removeprefix(BYTE_ORDER_MARK).replace("\r\n", "\n").replace("\r", "\n")


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


def paragraph_problems(body: str, path: str, first_line: int) -> tuple[Problem, ...]:
    """A problem for each paragraph of `body` that is too costly to render (the first 20).

    A paragraph is lines between blank lines. It may have at most BRACKETS_PER_PARAGRAPH `[` and at most
    PARAGRAPH_CHARACTERS characters; the problem names the line the paragraph starts on.
    """
    problems: list[Problem] = []
    brackets = characters = 0
    start = first_line
    for index, line_text in enumerate([*body.split("\n"), ""]):
        if line_text.strip():
            brackets += line_text.count("[")
            characters += len(line_text) + 1
            continue
        problem = _paragraph_problem(brackets, characters - 1, path, start)
        if problem:
            problems.append(problem)
            if len(problems) == PROBLEMS_PER_FILE:
                break
        brackets = characters = 0
        start = first_line + index + 1
    return tuple(problems)


def _paragraph_problem(brackets: int, characters: int, path: str, line: int) -> Problem | None:
    if characters > PARAGRAPH_CHARACTERS:
        return Problem(
            path,
            line,
            None,
            f"de alinea die hier begint is {dutch_number(characters)} tekens lang, meer dan de grens van "
            f"{dutch_number(PARAGRAPH_CHARACTERS)}; zo'n lange alinea maakt de site traag en is moeilijk te lezen. "
            "Zet een lege regel tussen de stukken tekst, zodat het meer alinea's worden (zie 'Grenzen' in de handleiding).",
        )
    if brackets > BRACKETS_PER_PARAGRAPH:
        return Problem(
            path,
            line,
            None,
            f"de alinea die hier begint bevat {brackets} blokhaken '[', meer dan de grens van "
            f"{BRACKETS_PER_PARAGRAPH}; zo veel blokhaken maken de site traag. Verdeel de tekst over meer alinea's "
            "of haal blokhaken weg (zie 'Grenzen' in de handleiding).",
        )
    return None


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
