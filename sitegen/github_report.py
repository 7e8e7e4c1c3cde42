"""The check's problems as GitHub shows them on a pull request: annotations on the changed lines, and a job summary.

GitHub shows at most 10 error and 10 warning annotations of a step and drops the rest without a word. So the check
prints at most ANNOTATION_LIMIT annotations in all: the first problems, then one annotation that says how many more
there are and where to read them. The job summary (`$GITHUB_STEP_SUMMARY`, Markdown) lists every problem, each with
a link to where the guide explains its message. Editors' text is escaped for each context (escape.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitegen.escape import github_data, github_property, markdown_text
from sitegen.problems import Problem, dutch_number

ANNOTATION_LIMIT = 10
"""What GitHub shows of one step (10 errors and 10 warnings; the check keeps to 10 in all, its note included)."""

CHECK_STEP = "Inhoud controleren"
"""The start of the name of the workflow step that runs the check (.github/workflows/pull-request.yml)."""


def github_annotation(problem: Problem, level: str = "error") -> str:
    """One problem as a GitHub Actions workflow command, so it shows on the pull request's diff."""
    properties = f"file={github_property(problem.path)}"
    if problem.line is not None:
        properties += f",line={problem.line}"
    title = f"veld {problem.field}" if problem.field else "inhoud"
    properties += f",title={github_property(title)}"
    return f"::{level} {properties}::{github_data(problem.message)}"


def _count(number: int, one: str, more: str) -> str:
    return f"{dutch_number(number)} {one if number == 1 else more}"


def annotations(errors: Sequence[Problem], warnings: Sequence[Problem], limit: int = ANNOTATION_LIMIT) -> list[str]:
    """The workflow commands for the problems (errors first), never more than `limit` in all.

    When there are more, the last one is a note without a file: how many were left out, and that the job summary
    and this step's log have every one of them.
    """
    shown: list[tuple[Problem, str]] = [(problem, "error") for problem in errors] + [(problem, "warning") for problem in warnings]
    if len(shown) <= limit:
        return [github_annotation(problem, level) for problem, level in shown]
    kept, rest = shown[: limit - 1], shown[limit - 1 :]
    level = "error" if any(level == "error" for _, level in rest) else "warning"
    title = f"nog {_count(len(rest), 'melding', 'meldingen')}"
    message = (
        f"GitHub toont bij een stap maar {ANNOTATION_LIMIT} meldingen; er zijn er nog {dutch_number(len(rest))}. "
        f"Alle {dutch_number(len(shown))} staan in de samenvatting van deze controle (Summary, bovenaan de pagina van "
        f"de run) en in het logboek van de stap '{CHECK_STEP}'."
    )
    return [*(github_annotation(problem, level) for problem, level in kept), f"::{level} title={github_property(title)}::{github_data(message)}"]


def _item(problem: Problem, explanation: Callable[[str], str | None]) -> str:
    where = f"`{problem.path}`" if "`" not in problem.path else markdown_text(problem.path)
    if problem.line is not None:
        where += f", regel {problem.line}"
    if problem.field is not None:
        where += f", veld {markdown_text(problem.field)}"
    link = explanation(problem.message)
    explained = f" ([uitleg]({link}))" if link else ""
    return f"- {where}: {markdown_text(problem.message)}{explained}"


def step_summary(
    errors: Sequence[Problem], warnings: Sequence[Problem], explanation: Callable[[str], str | None], *, guide: str | None
) -> str:
    """The job summary in Dutch Markdown: every problem and warning with file, line and field, each linked to its
    explanation (`explanation(message)`: the guide's address with the anchor of its section, or None)."""
    lines: list[str] = []
    if errors:
        lines += [
            f"## De controle vond {_count(len(errors), 'probleem', 'problemen')}",
            "",
            "Zolang er één probleem is, wordt er niets gepubliceerd. Elk probleem staat ook bij zijn regel onder "
            "**Files changed** (GitHub toont daar er hooguit tien).",
            "",
            *(_item(problem, explanation) for problem in errors),
            "",
        ]
    else:
        lines += ["## De inhoud is in orde", ""]
    if warnings:
        lines += [
            f"### {_count(len(warnings), 'waarschuwing', 'waarschuwingen')}",
            "",
            "De site wordt wel gebouwd, maar controleer deze punten.",
            "",
            *(_item(problem, explanation) for problem in warnings),
            "",
        ]
    if guide and (errors or warnings):
        lines += [f"Wat elke melding betekent en hoe je hem oplost: [Meldingen van de controle]({guide}).", ""]
    return "\n".join(lines)
