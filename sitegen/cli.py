"""The command line: `sitegen check`, `sitegen new`, `sitegen export FOLDER`."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

from sitegen.clock import build_date
from sitegen.escape import github_data, github_property, terminal
from sitegen.loading.loader import load_site, validate_text
from sitegen.model.kinds import CONTENT_KINDS
from sitegen.model.site import Site
from sitegen.outputs import Outputs, dead_links, generate, write_outputs
from sitegen.problems import ContentError, Problem, warnings_report
from sitegen.scaffold import SCAFFOLDS, Ask, ScaffoldError, answer_problem, choices_for, new_file_path, render_file, write_new

EDITOR_FOLDERS = ("content", "data", "docs")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sitegen", description="Inhoud controleren en de site opbouwen.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="projectmap met content/ en data/ (standaard: huidige map)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="controleer alle inhoud en meld elk probleem")
    check.add_argument("--format", choices=("tekst", "github"), default="tekst", help="'github': meldingen als GitHub Actions-annotaties")
    check.add_argument("--base", default="HEAD", help="git-versie waarmee verwijderde activiteiten worden vergeleken (standaard: HEAD)")
    new = commands.add_parser("new", help="maak een nieuw bestand: activiteit, verhaal, doelgroep of partner")
    new.add_argument("kind", nargs="?", choices=tuple(SCAFFOLDS), help="soort bestand (anders wordt het gevraagd)")
    new.add_argument("--set", dest="answers", action="append", default=[], metavar="VELD=WAARDE", help="antwoord vooraf geven")
    export = commands.add_parser("export", help="schrijf alle gegenereerde pagina's en bestanden naar een map")
    export.add_argument("folder", type=Path)
    arguments = parser.parse_args(argv)
    try:
        site = load_site(arguments.root, base_ref=getattr(arguments, "base", "HEAD"))
        outputs = None
        if arguments.command in ("check", "export"):
            # Everything the build does short of writing, so that check rejects what the build would reject:
            # a file that would replace a page of the site itself, an image that only fails when decoded,
            # a link into the site that reaches no page.
            outputs = generate(site, build_date(site.references.settings.zone))
            dead = dead_links(site, outputs)
            if dead:
                raise ContentError(dead)
    except ContentError as error:
        if getattr(arguments, "format", "tekst") == "github":
            print("\n".join(github_annotation(problem) for problem in error.problems))
        print(terminal(str(error)), file=sys.stderr)
        return 1
    if site.warnings:
        if getattr(arguments, "format", "tekst") == "github":
            print("\n".join(github_annotation(problem, "warning") for problem in site.warnings))
        print(terminal(warnings_report(site.warnings)), file=sys.stderr)
    if arguments.command == "check":
        print(_summary(site))
        return 0
    if arguments.command == "new":
        return run_new(site, arguments.kind, dict(_pairs(arguments.answers)), ask=input)
    assert outputs is not None
    return _export(site, outputs, arguments.folder)


def github_annotation(problem: Problem, level: str = "error") -> str:
    """One problem as a GitHub Actions workflow command, so it shows on the pull request's diff."""
    properties = f"file={github_property(problem.path)}"
    if problem.line is not None:
        properties += f",line={problem.line}"
    title = f"veld {problem.field}" if problem.field else "inhoud"
    properties += f",title={github_property(title)}"
    return f"::{level} {properties}::{github_data(problem.message)}"


def _pairs(items: Sequence[str]) -> Iterator[tuple[str, str]]:
    for item in items:
        field, _, value = item.partition("=")
        yield field.strip(), value.strip()


def run_new(site: Site, kind: str | None, given: dict[str, str], ask: Ask) -> int:
    """Ask for what is missing, check every answer, write the file; never overwrite."""
    while kind not in SCAFFOLDS:
        kind = ask(f"Wat wil je maken? ({', '.join(SCAFFOLDS)}): ").strip().lower()
    scaffold = SCAFFOLDS[kind]
    existing = {kind.folder: [item.slug for item in site.items_of(kind)] for kind in CONTENT_KINDS}
    answers: dict[str, str] = {}
    for question in scaffold.questions:
        if question.field.startswith("location.") and answers.get("location.name") == "":
            answers[question.field] = ""
            continue
        allowed = choices_for(question.choices, site.references, existing)
        answer = given.get(question.field)
        while True:
            if answer is None:
                hint = f" [{', '.join(allowed)}]" if allowed and len(allowed) <= 12 else ""
                answer = ask(f"{question.prompt}{hint}: ").strip()
            problem = answer_problem(scaffold, question, answer, allowed)
            if problem is None:
                break
            print(f"{question.field}: {problem}", file=sys.stderr)
            if question.field in given:
                return 2
            answer = None
        answers[question.field] = answer
    try:
        path = new_file_path(site.root, scaffold, answers)
        text = render_file(scaffold, answers, uuid.uuid4())
        problems = validate_text(text, path.relative_to(site.root).as_posix(), scaffold.kind.fields)
        if problems:
            raise ScaffoldError("\n".join(str(problem) for problem in problems))
        write_new(path, text)
    except (ScaffoldError, FileExistsError) as error:
        print(f"Niet geschreven: {error}", file=sys.stderr)
        return 2
    print(f"{path.relative_to(site.root).as_posix()} is gemaakt. Vul de tekst aan en controleer met 'make check'.")
    return 0


def _summary(site: Site) -> str:
    counts = [f"{len(site.items_of(kind))} {kind.plural}" for kind in CONTENT_KINDS]
    return f"De inhoud is in orde: {', '.join(counts[:-1])} en {counts[-1]}."


def _export(site: Site, outputs: Outputs, folder: Path) -> int:
    target = folder.resolve()
    for name in EDITOR_FOLDERS:
        protected = site.root / name
        if site.root.is_relative_to(target) or target.is_relative_to(protected):
            print(f"Exporteren naar {folder} zou bestanden van de redactie kunnen overschrijven; kies een andere map.", file=sys.stderr)
            return 2
    written = write_outputs(outputs, target)
    print(f"{len(written)} bestanden geschreven naar {folder}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
