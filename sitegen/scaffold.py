"""`sitegen new`: a new content file with a fresh identity and every field explained in Dutch.

The field list and the explanations come from the content model (the same descriptions the JSON
Schema publishes), so the scaffold can never drift from what the checks accept.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from sitegen.dates import dutch_month
from sitegen.loading.checks import meant_reference, same_reference
from sitegen.model.dutch_dates import dutch_date, dutch_moment, dutch_time
from sitegen.model.kinds import CONTENT_KINDS, EVENTS, PARTNERS, PERSONAS, PROGRAMMES, STORIES, ContentKind
from sitegen.model.references import References
from sitegen.urls import slugify

Ask = Callable[[str], str]


@dataclass(frozen=True)
class Question:
    """One essential field the scaffold asks for, and where its allowed values come from."""

    field: str
    prompt: str
    choices: str | None = None
    is_list: bool = False
    optional: bool = False


@dataclass(frozen=True)
class Scaffold:
    kind: ContentKind[Any, Any]
    questions: tuple[Question, ...]

    @property
    def name(self) -> str:
        """What editors type after `sitegen new`: the kind's Dutch noun."""
        return self.kind.noun

    @property
    def title_field(self) -> str:
        """The field the file is named after."""
        return self.kind.title_field


QUESTIONS: Mapping[str, Scaffold] = {
    EVENTS.name: Scaffold(EVENTS, (
        Question("title", "Titel"),
        Question("start", "Begin (\"JJJJ-MM-DD UU:MM\", of JJJJ-MM-DD voor een hele dag)"),
        Question("end", "Einde (\"UU:MM\", \"JJJJ-MM-DD UU:MM\" of laatste dag JJJJ-MM-DD; leeg = geen)", optional=True),
        Question("type", "Soort activiteit", choices="event_types"),
        Question("audiences", "Voor wie (doelgroepen, gescheiden door komma's)", choices="personas", is_list=True),
        Question("organizer", "Organisatie (partner)", choices="partners"),
        Question("location.name", "Naam van de plek (leeg = online)", optional=True),
        Question("location.city", "Plaats", optional=True),
        Question("location.municipality", "Gemeente", choices="municipalities", optional=True),
        Question("online", "Webadres van de online activiteit (leeg = geen)", optional=True),
    )),
    STORIES.name: Scaffold(STORIES, (
        Question("title", "Titel"),
        Question("person", "Naam van de persoon"),
        Question("role", "Functie"),
        Question("personas", "Voor wie (doelgroepen, gescheiden door komma's)", choices="personas", is_list=True),
        Question("route", "Route in één regel"),
        Question("region", "Subregio", choices="regions"),
        Question("quote", "Uitspraak in één zin"),
        Question("date", "Datum van publicatie (JJJJ-MM-DD)"),
        Question("example", "Is de persoon verzonnen, als voorbeeld? (ja/nee)"),
    )),
    PERSONAS.name: Scaffold(PERSONAS, (
        Question("name", "Wie is het"),
        Question("promise", "Belofte in één zin"),
        Question("chain_stages", "Schakels van de keten (gescheiden door komma's)", choices="stages", is_list=True),
        Question("cares_about", "Wat vindt deze persoon belangrijk (gescheiden door komma's)", is_list=True),
        Question("order", "Plaats in 'Wie ben jij?' (getal)"),
    )),
    PARTNERS.name: Scaffold(PARTNERS, (
        Question("name", "Naam van de organisatie"),
        Question("kind", "Soort partner", choices="partner_kinds"),
        Question("municipality", "Gemeente", choices="municipalities"),
        Question("description", "Eén zin over de organisatie"),
        Question("example", "Is de organisatie verzonnen, als voorbeeld? (ja/nee)"),
    )),
    PROGRAMMES.name: Scaffold(PROGRAMMES, (
        Question("name", "Naam van de opleiding"),
        Question("summary", "Eén zin over de opleiding"),
        Question("school", "School (partner)", choices="partners"),
        Question("level", "Niveau", choices="levels"),
        Question("municipality", "Gemeente waar je de opleiding volgt", choices="municipalities"),
        Question("learn", "Wat je leert (korte regels, gescheiden door komma's)", is_list=True),
        Question("become", "Wat je kunt worden (gescheiden door komma's)", is_list=True),
        Question("example", "Is de opleiding verzonnen, als voorbeeld? (ja/nee)"),
    )),
}

EXAMPLE_FIELD = "example"
"""Invented sample data is marked as such: every kind with this field asks for it."""
YES_NO: Mapping[str, str] = {"ja": "true", "j": "true", "true": "true", "nee": "false", "n": "false", "false": "false"}


CHOICES: Mapping[str, str] = {
    "type": "event_types", "audiences": "personas", "personas": "personas", "organizer": "partners",
    "employer": "partners", "municipality": "municipalities", "region": "regions", "chain_stages": "stages",
    "kind": "partner_kinds", "school": "partners", "level": "levels",
}
"""Where the allowed answers of a field come from (see `choices_for`), by field name."""


def scaffold_of(kind: ContentKind[Any, Any]) -> Scaffold:
    """The questions of `sitegen new` for a kind: its entry in QUESTIONS, or each required field in the model's
    order, asked by its Dutch label."""
    special = QUESTIONS.get(kind.name)
    if special is not None:
        return special
    questions = tuple(
        Question(name, info.title or name, choices=CHOICES.get(name), is_list=get_origin(info.annotation) is tuple)
        for name, info in kind.fields.model_fields.items()
        if info.is_required() and name != "uid" and not _is_model(info.annotation)
    )
    if EXAMPLE_FIELD in kind.fields.model_fields:
        questions += (Question(EXAMPLE_FIELD, "Is dit verzonnen, als voorbeeld? (ja/nee)"),)
    return Scaffold(kind, questions)


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


SCAFFOLDS: Mapping[str, Scaffold] = {kind.noun: scaffold_of(kind) for kind in CONTENT_KINDS}
"""The questions of `sitegen new`, by the Dutch noun editors type; one per kind in the kinds table."""


class ScaffoldError(Exception):
    """The file cannot be written; the message says why, in Dutch."""


def choices_for(name: str | None, references: References, existing: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """The allowed answers of a question, slug → display name (so that `Purmerend` or `Open dag` is understood)."""
    if name is None:
        return {}
    lists: dict[str, dict[str, str]] = {
        "event_types": {item.slug: item.name for item in references.event_types},
        "regions": {item.slug: item.name for item in references.regions},
        "municipalities": {slug: item.name for slug, item in sorted(references.municipality_by_slug.items())},
        "stages": {item.slug: item.name for item in references.stages},
        "partner_kinds": {item.slug: item.name for item in references.partner_kinds},
        "levels": {item.slug: item.name for item in references.levels},
    }
    return dict(lists.get(name) or existing.get(name) or {})


def normalised_answer(question: Question, answer: str, allowed: Mapping[str, str]) -> str:
    """The answer as the file needs it: a choice in any capitalisation or by its name becomes its slug
    (`Purmerend` → `purmerend`), ja/nee becomes true/false. Anything else stays as typed."""
    if question.field == EXAMPLE_FIELD:
        return YES_NO.get(answer.strip().casefold(), answer)
    if not allowed or not answer:
        return answer
    parts = [part.strip() for part in answer.split(",")] if question.is_list else [answer]
    return ", ".join(same_reference(part, allowed, allowed) or part for part in parts)


def dutch_date_answer(question: Question, answer: str) -> str | None:
    """A date or time typed the Dutch way (`14-03-2026 10.00`, `10u`), converted; None when there is nothing to convert."""
    field = question.field
    if field == "start":
        return dutch_moment(answer)
    if field == "end":
        return dutch_time(answer) or dutch_moment(answer)
    if field == "date":
        return dutch_date(answer)
    return None


def answer_problem(scaffold: Scaffold, question: Question, answer: str, allowed: Mapping[str, str] | Sequence[str]) -> str | None:
    """Why an answer is not acceptable (Dutch), or None."""
    if not answer:
        return None if question.optional else "dit veld is verplicht."
    if question.field == EXAMPLE_FIELD and answer not in ("true", "false"):
        return "antwoord ja of nee."
    values = [part.strip() for part in answer.split(",")] if question.is_list else [answer]
    unknown = [value for value in values if allowed and value not in allowed]
    if unknown:
        names = allowed if isinstance(allowed, Mapping) else {}
        guess = meant_reference(unknown[0], allowed, names)
        hint = f" Bedoelde je '{guess}'?" if guess else ""
        return f"'{unknown[0]}' is geen bekende keuze.{hint} Kies uit: {', '.join(allowed)}."
    annotation = _annotation(scaffold.kind.fields, question.field)
    try:
        TypeAdapter(annotation).validate_python(values if question.is_list else answer)
    except ValidationError as error:
        return error.errors(include_url=False)[0]["msg"].removeprefix("Value error, ") + "."
    return None


def _annotation(model: type[BaseModel], dotted: str) -> Any:
    """The field's full type, with the validators and constraints pydantic keeps beside the annotation."""
    *parents, name = dotted.split(".")
    current: Any = model
    for part in parents:
        current = _nested_model(current.model_fields[part].annotation)
    return current.model_fields[name].rebuild_annotation()


def _holds_model(annotation: Any) -> bool:
    """Whether a field holds a nested model (an event's `location`), not text (a programme's `location`)."""
    return any(isinstance(arg, type) and issubclass(arg, BaseModel) for arg in getattr(annotation, "__args__", (annotation,)))


def _nested_model(annotation: Any) -> type[BaseModel]:
    return next(arg for arg in getattr(annotation, "__args__", (annotation,)) if isinstance(arg, type) and issubclass(arg, BaseModel))


def render_file(scaffold: Scaffold, answers: Mapping[str, str], identity: uuid.UUID) -> str:
    """The new file: every field of the model, with its Dutch explanation; unanswered optional fields commented out."""
    model = scaffold.kind.fields
    lines = ["---"]
    for name, field in model.model_fields.items():
        lines.append(f"# {field.description}")
        if name == "uid":
            lines.append(f"uid: {identity}")
        elif name == "location" and _holds_model(field.annotation):
            lines.extend(_location_lines(answers, field.annotation))
        elif name == EXAMPLE_FIELD and answers.get(name) in ("true", "false"):
            lines.append(f"{name}: {answers[name]}")
        elif name in answers and answers[name]:
            question = next(q for q in scaffold.questions if q.field == name)
            lines.append(f"{name}: {_yaml_value(answers[name], question.is_list)}")
        else:
            lines.append(f"# {name}:")
    lines += ["---", "", "Schrijf hier de tekst. Een lege regel begint een nieuwe alinea.", ""]
    return "\n".join(lines)


def _location_lines(answers: Mapping[str, str], annotation: Any) -> list[str]:
    location_model = _nested_model(annotation)
    given = {key.split(".", 1)[1]: value for key, value in answers.items() if key.startswith("location.") and value}
    if not given:
        return ["# location:", *(f"#   {name}:  # {field.description}" for name, field in location_model.model_fields.items())]
    lines = ["location:"]
    for name, field in location_model.model_fields.items():
        value = given.get(name)
        lines.append(f"  {name}: {_yaml_value(value, False)}  # {field.description}" if value else f"  # {name}:  # {field.description}")
    return lines


def _yaml_value(answer: str, is_list: bool) -> str:
    if is_list:
        return "[" + ", ".join(part.strip() for part in answer.split(",")) + "]"
    return json.dumps(answer, ensure_ascii=False)


def file_slug(scaffold: Scaffold, answers: Mapping[str, str]) -> str:
    """The new file's name: the title, for an event with the month and year of its start as the guide asks
    (`open-dag-heerhugowaard-november-2026`); words the title already has are not repeated."""
    title = answers[scaffold.title_field]
    start = answers.get("start", "")
    if scaffold.kind is EVENTS and start:
        words = slugify(title).split("-")
        month = slugify(dutch_month(date.fromisoformat(start[:10]))).split("-")
        title = " ".join([title, *(word for word in month if word not in words)])
    return slugify(title)


def new_file_path(root: Path, scaffold: Scaffold, answers: Mapping[str, str]) -> Path:
    """content/<folder>/<slug>.md (see `file_slug`); refuses to overwrite."""
    slug = file_slug(scaffold, answers)
    if not slug:
        raise ScaffoldError("de titel bevat geen letters of cijfers om een bestandsnaam van te maken.")
    path = root / "content" / scaffold.kind.folder / f"{slug}.md"
    if path.exists():
        raise ScaffoldError(f"{path.relative_to(root).as_posix()} bestaat al; kies een andere titel. Er is niets overschreven.")
    return path


def write_new(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Exclusive creation: never overwrite, even if a file appeared since the check.
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
