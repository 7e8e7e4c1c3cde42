"""The command line: `sitegen check`, `sitegen export FOLDER`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .loader import load_site
from .outputs import generate, write_outputs
from .problems import ContentError
from .site import Site

EDITOR_FOLDERS = ("content", "data", "docs")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sitegen", description="Infra Bindt: inhoud controleren en de site opbouwen.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="projectmap met content/ en data/ (standaard: huidige map)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="controleer alle inhoud en meld elk probleem")
    export = commands.add_parser("export", help="schrijf alle gegenereerde pagina's en bestanden naar een map")
    export.add_argument("folder", type=Path)
    arguments = parser.parse_args(argv)
    try:
        site = load_site(arguments.root)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    if arguments.command == "check":
        print(_summary(site))
        return 0
    return _export(site, arguments.folder)


def _summary(site: Site) -> str:
    return (
        f"De inhoud is in orde: {len(site.events)} activiteiten, {len(site.personas)} doelgroepen, "
        f"{len(site.stories)} verhalen en {len(site.partners)} partners."
    )


def _export(site: Site, folder: Path) -> int:
    target = folder.resolve()
    for name in EDITOR_FOLDERS:
        protected = site.root / name
        if target == site.root or target.is_relative_to(protected):
            print(f"Exporteren naar {folder} zou bestanden van de redactie kunnen overschrijven; kies een andere map.", file=sys.stderr)
            return 2
    written = write_outputs(generate(site), target)
    print(f"{len(written)} bestanden geschreven naar {folder}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
