"""Synthetic projects for the benchmark: the real site configuration with generated content, and a stock
mkdocs-material baseline with the same pages and the same nav shape."""

from __future__ import annotations

import random
import shutil
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
COPIED = ("data", "docs", "overrides", "hooks", "mkdocs.yml", "node_modules")


@dataclass(frozen=True)
class Scale:
    name: str
    events: int
    stories: int
    partners: int
    personas: int = 8


def write_site_project(folder: Path, scale: Scale, seed: int = 2026) -> Path:
    """A copy of the project's configuration with `scale` worth of generated content under `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        source = PROJECT_ROOT / name
        if source.is_dir():
            if name == "node_modules":
                (folder / name).symlink_to(source, target_is_directory=True)
            else:
                shutil.copytree(source, folder / name)
        elif source.exists():
            shutil.copy(source, folder / name)
    chance = random.Random(seed)
    data = PROJECT_ROOT / "data"
    municipalities = [m["slug"] for r in _yaml(data / "regions.yml")["regions"] for m in r["municipalities"]]
    regions = [r["slug"] for r in _yaml(data / "regions.yml")["regions"]]
    types = [t["slug"] for t in _yaml(data / "event_types.yml")["types"]]
    stages = [s["slug"] for s in _yaml(data / "chain_stages.yml")["stages"]]
    kinds = [k["slug"] for k in _yaml(data / "partner_kinds.yml")["kinds"]]
    offers = [o["slug"] for o in _yaml(data / "offers.yml")["offers"]]
    personas = [f"persona-{index}" for index in range(scale.personas)]
    partners = [f"partner-{index}" for index in range(scale.partners)]
    content = folder / "content"
    for index, slug in enumerate(personas):
        _write(content / "personas" / f"{slug}.md", {
            "name": f"Doelgroep {index}", "promise": "Bouw mee aan de infra van morgen.",
            "chain_stages": [stages[index % len(stages)]], "cares_about": ["Buiten werken", "Een goed salaris"], "order": index + 1,
        }, "Wat infra voor jou betekent.\n")
    for index, slug in enumerate(partners):
        _write(content / "partners" / f"{slug}.md", {
            "name": f"Voorbeeldpartner {index}", "kind": chance.choice(kinds), "municipality": chance.choice(municipalities),
            "description": "Een verzonnen partner voor de benchmark.", "offers": chance.sample(offers, 2), "example": "true",
        }, "Over deze partner.\n")
    first = date(2023, 8, 1)
    for index in range(scale.events):
        day = first + timedelta(days=chance.randrange(5 * 365))
        start_hour = chance.randrange(8, 18)
        _write(content / "events" / f"activiteit-{index}.md", {
            "uid": str(uuid.UUID(int=chance.getrandbits(128), version=4)),
            "title": f"Activiteit {index}: {chance.choice(['gastles', 'open dag', 'beurs', 'bedrijfsbezoek'])}",
            "start": f"{day.isoformat()} {start_hour:02d}:00", "end": f"{start_hour + 2:02d}:00",
            "type": chance.choice(types), "audiences": chance.sample(personas, 2), "chain_stages": [chance.choice(stages)],
            "location": {"name": "Locatie", "city": "Plaats", "municipality": chance.choice(municipalities)},
            "organizer": chance.choice(partners),
        }, "Wat er gebeurt, voor wie en wat je meeneemt.\n\nTweede alinea met meer uitleg.\n")
    for index in range(scale.stories):
        _write(content / "stories" / f"verhaal-{index}.md", {
            "title": f"Verhaal {index}", "person": f"Persoon {index}", "role": "Uitvoerder", "employer": chance.choice(partners),
            "personas": chance.sample(personas, 2), "route": "vmbo → mbo → werk", "region": chance.choice(regions),
            "quote": "Elke dag zie ik wat ik gebouwd heb.", "date": (first + timedelta(days=chance.randrange(1800))).isoformat(),
            "example": "true",
        }, "Het verhaal.\n\nMeer over de route.\n")
    return folder


def write_baseline_project(folder: Path, site_project: Path) -> Path:
    """Stock mkdocs-material on the same pages as plain Markdown files: the engine's output of `site_project`.

    Same pages, same Markdown, same nav (the index pages named in the site's mkdocs.yml, every other page out of
    it); no hooks, no overrides, no extra CSS or scripts. What the site costs beyond this is the engine's work.
    """
    from sitegen.loading.loader import load_site
    from sitegen.outputs import generate, write_outputs

    docs = folder / "docs"
    write_outputs(generate(load_site(site_project)), docs)
    for page in (site_project / "docs").rglob("*.md"):
        target = docs / page.relative_to(site_project / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
    site_config = yaml.safe_load((site_project / "mkdocs.yml").read_text(encoding="utf-8"))
    config = {
        "site_name": site_config["site_name"],
        "site_url": site_config["site_url"],
        "theme": {"name": "material", "language": "nl"},
        "plugins": ["search"],
        "markdown_extensions": site_config["markdown_extensions"],
        "nav": site_config["nav"],
        "not_in_nav": "/**/*.md",
        "exclude_docs": site_config.get("exclude_docs", ""),
    }
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return folder


def _write(path: Path, fields: dict[str, object], body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")


def _yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))
