"""Pydantic's validation errors, told to an editor in Dutch with file, line, field and value."""

from __future__ import annotations

import difflib
import types
import typing
import uuid
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from sitegen.model.source import Source
from sitegen.problems import Problem, quoted


def problems_from_validation(error: ValidationError, model: type[BaseModel], source: Source) -> tuple[Problem, ...]:
    return problems_from_details(error.errors(include_url=False), model, source)


def problems_from_details(details: Sequence[ErrorDetails], model: type[BaseModel], source: Source) -> tuple[Problem, ...]:
    return tuple(_problem(detail, model, source) for detail in details)


def _problem(detail: ErrorDetails, model: type[BaseModel], source: Source) -> Problem:
    location = tuple(detail["loc"])
    field = ".".join(str(part) for part in location) or None
    line = source.line_of(*location)
    return Problem(source.path, line, field, _message(detail, model, location))


def _message(detail: ErrorDetails, model: type[BaseModel], location: tuple[str | int, ...]) -> str:
    kind = detail["type"]
    value = detail.get("input")
    context = detail.get("ctx") or {}
    if kind.startswith("ib_"):
        return detail["msg"]
    if kind == "missing" and location[-1] == "uid":
        return f"ontbreekt; elke activiteit heeft een vaste identiteit. Voeg deze nieuwe toe: 'uid: {uuid.uuid4()}'."
    if kind == "missing" and location[-1] == "explanation":
        return (
            "ontbreekt; elke soort activiteit krijgt één regel uitleg voor bezoekers in gewone taal. "
            "Voeg een regel 'explanation: ...' toe, zoals 'explanation: Je loopt een dag mee bij een infrabedrijf.'"
        )
    if kind == "missing":
        return f"ontbreekt; dit veld is verplicht. Voeg een regel '{location[-1]}: ...' toe."
    if kind == "extra_forbidden":
        known = _field_names(model, location[:-1])
        guess = difflib.get_close_matches(str(location[-1]), known, n=1, cutoff=0.6)
        hint = f" Bedoelde je '{guess[0]}'?" if guess else ""
        return f"is geen bekend veld.{hint} Bekende velden: {', '.join(known)}."
    if kind in ("tuple_type", "list_type"):
        return f"verwacht een lijst, zoals [een, twee], niet {quoted(value)}."
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"verwacht een blok met velden op de regels eronder (ingesprongen), niet {quoted(value)}."
    if kind in ("string_type",):
        return "verwacht tekst op één regel, geen lijst of blok."
    if kind == "too_short":
        return "mag niet leeg zijn; geef er minstens één."
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"verwacht een geheel getal, zoals 3, niet {quoted(value)}."
    if kind in ("float_parsing", "float_type"):
        return f"verwacht een getal met een punt, zoals 52.63, niet {quoted(value)}."
    if kind in ("greater_than_equal", "greater_than"):
        return f"moet minstens {context.get('ge', context.get('gt'))} zijn, niet {quoted(value)}."
    if kind in ("less_than_equal", "less_than"):
        return f"mag hoogstens {context.get('le', context.get('lt'))} zijn, niet {quoted(value)}."
    if kind in ("enum", "literal_error"):
        return f"{quoted(value)} is geen toegestane waarde; kies uit {_dutch_choices(context.get('expected', ''))}."
    if kind == "string_pattern_mismatch" and location[-1] == "uid":
        return (
            f"{quoted(value)} is geen uid; een uid ziet eruit als '82a84e0f-b72d-4855-8a62-4691182d3452'. "
            f"Vervang de regel door deze nieuwe: 'uid: {uuid.uuid4()}'."
        )
    if kind == "string_pattern_mismatch":
        return f"{quoted(value)} heeft niet de verwachte vorm; zie de uitleg bij dit veld in de handleiding."
    return f"{quoted(value)} is hier geen geldige waarde; zie de uitleg bij dit veld in de handleiding."


def _dutch_choices(expected: str) -> str:
    return expected.replace(" or ", " of ")


def _field_names(model: type[BaseModel], location: Sequence[str | int]) -> list[str]:
    """The field names an editor may write at `location` inside `model`."""
    current: type[BaseModel] = model
    for part in location:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        nested = _model_in(field.annotation) if field is not None else None
        if nested is None:
            return []
        current = nested
    return list(current.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) in (typing.Union, tuple, typing.Annotated):
        for argument in typing.get_args(annotation):
            found = _model_in(argument)
            if found is not None:
                return found
    return None
