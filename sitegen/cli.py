"""The command line: `sitegen check`, `sitegen new`, `sitegen export FOLDER`."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

from sitegen.clock import build_date
from sitegen.escape import safe_url, terminal
from sitegen.github_report import annotations, github_annotation, step_summary
from sitegen.guide import GUIDE_PAGE, anchor_of, explained_messages
from sitegen.limits import DATA_FILE_BYTES
from sitegen.loading.loader import load_site, validate_text
from sitegen.model.kinds import CONTENT_KINDS, PARTNERS
from sitegen.model.site import Site
from sitegen.outputs import Outputs, dead_links, generate, write_outputs
from sitegen.problems import ContentError, Problem, quoted, warnings_report
from sitegen.reading.files import read_limited
from sitegen.reading.text import decode_text
from sitegen.reading.yaml_strict import load_yaml
from sitegen.scaffold import (
    SCAFFOLDS,
    YES_NO,
    Ask,
    Scaffold,
    ScaffoldError,
    answer_problem,
    choices_for,
    dutch_date_answer,
    file_slug,
    new_file_path,
    normalised_answer,
    render_file,
    write_new,
)
from sitegen.urls import absolute, page_url

__all__ = ["github_annotation", "main", "run_new"]  # github_annotation: from github_report, kept importable here

EDITOR_FOLDERS = ("content", "data", "docs")
STOPPED_NEW = "Gestopt; er is niets geschreven."
STOPPED = "Gestopt."
NEW_PARTNER_WORDS = ("nieuw", "nieuwe partner")


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; Ctrl-C or Ctrl-D (end of input) stops it with one Dutch line and exit code 1."""
    arguments = argv if argv is not None else sys.argv[1:]
    try:
        return _main(arguments)
    except (KeyboardInterrupt, EOFError):
        print(f"\n{STOPPED_NEW if 'new' in arguments else STOPPED}", file=sys.stderr)
        return 1


def _main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="sitegen", description="Inhoud controleren en de site opbouwen.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="projectmap met content/ en data/ (standaard: huidige map)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="controleer alle inhoud en meld elk probleem")
    check.add_argument("--format", choices=("tekst", "github"), default="tekst", help="'github': meldingen als GitHub Actions-annotaties")
    check.add_argument("--base", default="HEAD", help="git-versie waarmee verwijderde activiteiten worden vergeleken (standaard: HEAD)")
    check.add_argument(
        "--summary", type=Path, metavar="BESTAND",
        help="voeg alle meldingen in Markdown toe aan BESTAND, met een link naar hun uitleg (in GitHub Actions: $GITHUB_STEP_SUMMARY)",
    )
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
        if arguments.command == "check":
            _report(arguments, error.problems, (), _site_url_of(arguments.root))
        print(terminal(str(error)), file=sys.stderr)
        return 1
    if arguments.command == "check":
        _report(arguments, (), site.warnings, site.references.settings.url)
    if site.warnings:
        print(terminal(warnings_report(site.warnings)), file=sys.stderr)
    if arguments.command == "check":
        print(_summary(site))
        return 0
    if arguments.command == "new":
        return run_new(site, arguments.kind, dict(_pairs(arguments.answers)), ask=input)
    assert outputs is not None
    return _export(site, outputs, arguments.folder)


def _report(arguments: argparse.Namespace, errors: Sequence[Problem], warnings: Sequence[Problem], site_url: str | None) -> None:
    """`--format github`: at most ten annotations (github_report.py); `--summary`: every message, with its explanation."""
    if arguments.format == "github" and (errors or warnings):
        print("\n".join(annotations(errors, warnings)))
    if arguments.summary is None:
        return
    guide_file = arguments.root / "docs" / GUIDE_PAGE
    guide = absolute(site_url, page_url(GUIDE_PAGE)) if site_url and guide_file.is_file() else None
    explained = explained_messages(guide_file.read_text(encoding="utf-8")) if guide else ()

    def explanation(message: str) -> str | None:
        anchor = anchor_of(message, explained)
        return f"{guide}#{anchor}" if guide and anchor else guide

    with arguments.summary.open("a", encoding="utf-8") as summary:
        summary.write(step_summary(errors, warnings, explanation, guide=guide) + "\n")


def _site_url_of(root: Path) -> str | None:
    """The site's address (`url` in data/site.yml) when the content has problems: read on its own, or None."""
    raw, _ = read_limited(root / "data" / "site.yml", "data/site.yml", DATA_FILE_BYTES)
    text, _ = decode_text(raw, "data/site.yml") if raw is not None else (None, ())
    data, _ = load_yaml(text, "data/site.yml") if text is not None else (None, ())
    url = data.value.get("url") if data is not None and isinstance(data.value, dict) else None
    return safe_url(url, ("https",)) if isinstance(url, str) else None


def _pairs(items: Sequence[str]) -> Iterator[tuple[str, str]]:
    for item in items:
        field, _, value = item.partition("=")
        yield field.strip(), value.strip()


def run_new(site: Site, kind: str | None, given: dict[str, str], ask: Ask) -> int:
    """Ask for what is missing, check every answer, write the file (and a new partner it names); never overwrite."""
    while kind not in SCAFFOLDS:
        kind = ask(f"Wat wil je maken? ({', '.join(SCAFFOLDS)}): ").strip().lower()
    scaffold = SCAFFOLDS[kind]
    existing = {
        kind.folder: {item.slug: getattr(item, kind.title_field, item.slug) for item in site.items_of(kind)}
        for kind in CONTENT_KINDS
    }
    new_files: list[tuple[Scaffold, dict[str, str]]] = []
    answers = _answers(site, scaffold, given, ask, existing, new_files)
    if answers is None:
        return 2
    new_files.append((scaffold, answers))
    try:
        planned = []
        for each, each_answers in new_files:
            path = new_file_path(site.root, each, each_answers)
            text = render_file(each, each_answers, uuid.uuid4())
            problems = validate_text(text, path.relative_to(site.root).as_posix(), each.kind.fields)
            if problems:
                raise ScaffoldError("\n".join(str(problem) for problem in problems))
            planned.append((path, text))
        for path, text in planned:
            write_new(path, text)
    except (ScaffoldError, FileExistsError) as error:
        print(f"Niet geschreven: {error}", file=sys.stderr)
        return 2
    for path, _ in planned:
        print(f"{path.relative_to(site.root).as_posix()} is gemaakt.")
    print("Vul de tekst aan en controleer met 'make check'.")
    return 0


def _answers(
    site: Site,
    scaffold: Scaffold,
    given: dict[str, str],
    ask: Ask,
    existing: dict[str, dict[str, str]],
    new_files: list[tuple[Scaffold, dict[str, str]]],
) -> dict[str, str] | None:
    """Every question answered and checked; None when an answer given beforehand (--set) is wrong."""
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
                if question.choices == PARTNERS.folder and not question.is_list:
                    hint += " (of 'nieuw' voor een nieuwe partner)"
                answer = ask(f"{question.prompt}{hint}: ").strip()
            answer = normalised_answer(question, answer, allowed)
            problem = answer_problem(scaffold, question, answer, allowed)
            converted = dutch_date_answer(question, answer) if problem else None
            if converted and answer_problem(scaffold, question, converted, allowed) is None:
                print(f'{question.field}: genoteerd als "{converted}".')
                answer, problem = converted, None
            if problem is None:
                break
            if question.field in given:
                print(f"{question.field}: {problem}", file=sys.stderr)
                return None
            if question.choices == PARTNERS.folder and not question.is_list:
                if answer.casefold() not in NEW_PARTNER_WORDS:
                    print(f"{question.field}: {problem}", file=sys.stderr)
                created = _new_partner(site, answer, ask, existing, new_files)
                if created is not None:
                    answer = created
                    break
            else:
                print(f"{question.field}: {problem}", file=sys.stderr)
            answer = None
        answers[question.field] = answer
    return answers


def _new_partner(
    site: Site, typed: str, ask: Ask, existing: dict[str, dict[str, str]], new_files: list[tuple[Scaffold, dict[str, str]]]
) -> str | None:
    """The 'nieuwe partner' route: the partner's questions, its file planned beside the new one; its slug, or None
    when the editor would rather choose again."""
    is_word = typed.casefold() in NEW_PARTNER_WORDS
    if not is_word and YES_NO.get(ask(f"Een nieuwe partner {quoted(typed)} maken? (ja/nee): ").strip().casefold()) != "true":
        return None
    partner = SCAFFOLDS[PARTNERS.noun]
    answers = _answers(site, partner, {} if is_word else {"name": typed}, ask, existing, new_files)
    if answers is None:
        return None
    slug = file_slug(partner, answers)
    if slug in existing[PARTNERS.folder]:
        print(f"Die partner bestaat al: {slug}.")
        return slug
    new_files.append((partner, answers))
    existing[PARTNERS.folder][slug] = answers[partner.title_field]
    print(f"De nieuwe partner wordt content/{PARTNERS.folder}/{slug}.md.")
    return slug


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
