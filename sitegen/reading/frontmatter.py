"""Split a Markdown file into its YAML front matter and its body, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass

from sitegen.problems import Problem

FENCE = "---"


@dataclass(frozen=True)
class SplitDocument:
    """Front matter text, the file line its first line is on, the Markdown body and the line it starts on."""

    front_matter: str
    front_matter_line: int
    body: str
    body_line: int


def split_front_matter(text: str, path: str) -> tuple[SplitDocument | None, tuple[Problem, ...]]:
    """Split `---` front matter `---` body; the opening fence must be the first line."""
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        return None, (
            Problem(
                path,
                1,
                None,
                "het bestand begint niet met front matter; zet op regel 1 '---', "
                "daaronder de velden (zoals 'title: ...') en sluit af met '---'.",
            ),
        )
    for index in range(1, len(lines)):
        if lines[index].rstrip() == FENCE:
            rest = "\n".join(lines[index + 1 :])
            blank_lines = len(rest) - len(rest.lstrip("\n"))
            return SplitDocument("\n".join(lines[1:index]), 2, rest.strip("\n") + "\n", index + 2 + blank_lines), ()
    return None, (
        Problem(path, 1, None, "de front matter die op regel 1 begint met '---' wordt nergens afgesloten; voeg een regel '---' toe na de velden."),
    )
