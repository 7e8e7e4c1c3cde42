"""Every input is bounded: one file can never make `sitegen check` slow or large, and each limit is a Dutch problem."""

from __future__ import annotations

import resource
import subprocess
import sys

from conftest import problems_of
from sitegen import limits
from sitegen.reading.text import paragraph_problems

EVENT = "content/events/open-dag.md"
GIBIBYTE = 1 << 30


def _one_gibibyte() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GIBIBYTE, GIBIBYTE))


def check_bounded(project) -> subprocess.CompletedProcess[str]:
    """`sitegen check` as `make check` runs it, killed after 30 s or at 1 GiB of memory."""
    return subprocess.run(
        [sys.executable, "-m", "sitegen", "check"],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=30,
        preexec_fn=_one_gibibyte,
    )


def billion_laughs() -> str:
    """Front matter whose aliases, if followed, expand to 9^9 copies of 'lol' (gigabytes)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]" for level in range(1, 10)]
    return "---\n" + "\n".join(lines) + "\ntitle: *a9\n---\nTekst.\n"


def test_a_file_that_expands_to_gigabytes_is_refused_in_seconds(project):
    project.write(EVENT, billion_laughs())
    result = check_bounded(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "content/events/open-dag.md:2: veld 'a0': '&a0' is een YAML-anker" in result.stderr
    assert "is een YAML-verwijzing" in result.stderr


def test_deep_nesting_is_refused(project):
    project.write(EVENT, "---\ntitle: " + "[" * 40 + "]" * 40 + "\n---\n")
    [problem] = problems_of(project)
    assert problem.line == 2
    assert problem.message.startswith("de front matter springt dieper in dan 8 niveaus; dat is de grens.")


def test_too_many_values_are_refused(project):
    project.write("data/offers.yml", "offers:\n" + "- x\n" * (limits.YAML_EVENTS + 10))
    [problem] = problems_of(project)
    assert problem.path == "data/offers.yml"
    assert "dit bestand heeft meer dan 50.000 waarden; dat is de grens" in problem.message


def test_a_content_file_over_the_size_limit_is_refused(project):
    text = (project.root / EVENT).read_text(encoding="utf-8")
    project.write(EVENT, text + "Tekst. " * (limits.CONTENT_FILE_BYTES // 7))
    [problem] = problems_of(project)
    assert problem.path == EVENT and "meer dan de grens van 200 kB" in problem.message


def test_a_data_file_over_the_size_limit_is_refused(project):
    project.write("data/offers.yml", "# " + "x" * limits.DATA_FILE_BYTES + "\n")
    [problem] = problems_of(project)
    assert problem.path == "data/offers.yml" and "meer dan de grens van 1.000 kB" in problem.message


def test_a_value_over_the_field_limit_is_refused(project):
    project.replace(EVENT, "title: Open dag infra", "title: " + "a" * (limits.FIELD_CHARACTERS + 1))
    [problem] = problems_of(project)
    assert (problem.field, problem.line) == ("title", 3)
    assert "is 2.001 tekens lang, meer dan de grens van 2.000" in problem.message


def test_a_paragraph_with_too_many_brackets_is_refused_with_its_line(project):
    text = (project.root / EVENT).read_text(encoding="utf-8")
    project.write(EVENT, text + "\nGewone alinea.\n\n" + "[" * (limits.BRACKETS_PER_PARAGRAPH + 1) + "\n")
    [problem] = problems_of(project)
    body_end = len(text.splitlines())
    assert problem.line == body_end + 4
    assert "51 blokhaken" in problem.message


def test_brackets_are_counted_per_paragraph():
    body = ("[a](b) " * 40 + "\n\n") * 3
    assert paragraph_problems(body, "x.md", 5) == ()


def test_the_largest_allowed_body_of_the_worst_kind_we_know_is_checked_in_seconds(project):
    text = (project.root / EVENT).read_text(encoding="utf-8")
    paragraph = "[" * limits.BRACKETS_PER_PARAGRAPH + "\n\n"
    body = paragraph * ((limits.CONTENT_FILE_BYTES - len(text)) // len(paragraph))
    project.write(EVENT, text + body)
    result = check_bounded(project)
    assert result.returncode == 0, result.stderr


def test_a_body_nested_beyond_what_markdown_can_read_is_a_dutch_problem_not_a_traceback(project):
    text = (project.root / EVENT).read_text(encoding="utf-8")
    project.write(EVENT, text + "\n" + "a\n: b\n" * 3_000)
    result = check_bounded(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "de tekst is te diep in elkaar genest" in result.stderr


def test_a_paragraph_over_the_character_limit_is_refused_with_its_line(project):
    text = (project.root / EVENT).read_text(encoding="utf-8")
    long_paragraph = "Een zin. " * (limits.PARAGRAPH_CHARACTERS // 9) + "\n" + "Nog een.\n"
    project.write(EVENT, text + "\nGewone alinea.\n\n" + long_paragraph)
    [problem] = problems_of(project)
    assert problem.line == len(text.splitlines()) + 4
    assert "is 20.007 tekens lang, meer dan de grens van 20.000" in problem.message
    assert "Zet een lege regel tussen de stukken tekst" in problem.message


def test_paragraphs_at_the_character_limit_are_accepted():
    paragraph = "a" * (limits.PARAGRAPH_CHARACTERS - 6) + "\nb c d\n\n"
    assert paragraph_problems(paragraph * 3, "x.md", 5) == ()


def test_the_largest_allowed_body_of_emphasis_marks_is_checked_in_seconds(project):
    text = (project.root / EVENT).read_text(encoding="utf-8")
    paragraph = "\n\n" + "*a" * (limits.PARAGRAPH_CHARACTERS // 2)
    body = paragraph * ((limits.CONTENT_FILE_BYTES - len(text)) // len(paragraph))
    project.write(EVENT, text + body)
    result = check_bounded(project)
    assert result.returncode == 0, result.stderr


def test_too_many_angle_brackets_are_refused_on_the_line_that_passes_the_limit(project):
    text = (project.root / EVENT).read_text(encoding="utf-8")
    project.write(EVENT, text + "<b>a</b>\n" * 100 + "<i>\n")
    [problem] = problems_of(project)
    assert problem.line == len(text.splitlines()) + 101
    assert "meer dan 200 punthaken '<', de grens" in problem.message


def test_the_worst_html_body_we_know_at_the_limit_is_checked_in_seconds(project):
    text = (project.root / EVENT).read_text(encoding="utf-8")
    filler = "x" * 900 + "\n\n"
    body = "<http://a" * limits.ANGLE_BRACKETS_PER_BODY + "\n\n"
    body += filler * ((limits.CONTENT_FILE_BYTES - len(text) - len(body)) // len(filler))
    project.write(EVENT, text + body)
    result = check_bounded(project)
    assert result.returncode == 0, result.stderr
