"""Field types shared by the content model: each accepts exactly what an editor types, or says in Dutch what it expects."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

from sitegen.escape import character_name, forbidden_characters
from sitegen.limits import FIELD_CHARACTERS
from sitegen.model.dutch_dates import dutch_date, dutch_moment, dutch_time
from sitegen.problems import dutch_number
from sitegen.urls import slugify

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATE_TIME_PATTERN = r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}$"
TIME_PATTERN = r"^\d{1,2}:\d{2}$"
URL_PATTERN = r"^https?://[^\s/$.?#][^\s]*$"
WHOLE_NUMBER_PATTERN = r"^[0-9]+$"
SCHOOL_YEAR_PATTERN = r"^[0-9]{4}-[0-9]{4}$"
FOCUS_PATTERN = r"^(100|[1-9]?[0-9])% (100|[1-9]?[0-9])%$"
POSTAL_CODE_PATTERN = r"^[1-9][0-9]{3} ?[A-Za-z]{2}$"


class FrozenModel(BaseModel):
    """Immutable, and unknown fields are errors (a typo like `titel` must not pass silently)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _text(value: Any) -> str:
    if value is None:
        raise PydanticCustomError("ib_empty", "is leeg; vul een waarde in")
    if not isinstance(value, str):
        raise PydanticCustomError("ib_text", "verwacht tekst op één regel, geen lijst of blok")
    if not value.strip():
        raise PydanticCustomError("ib_empty", "mag niet leeg zijn")
    if "\n" in value.strip():
        raise PydanticCustomError("ib_one_line", "verwacht tekst op één regel; haal de regeleinden weg")
    if len(value.strip()) > FIELD_CHARACTERS:
        raise PydanticCustomError(
            "ib_too_long",
            "is {length} tekens lang, meer dan de grens van {limit}; maak de tekst korter (lange tekst hoort onder de front matter)",
            {"length": dutch_number(len(value.strip())), "limit": dutch_number(FIELD_CHARACTERS)},
        )
    found = forbidden_characters(value.strip(), one_line=True)
    if found:
        index, character = found[0]
        raise PydanticCustomError(
            "ib_control",
            "bevat {name} op teken {position}; dat teken is onzichtbaar en breekt agenda's en feeds. "
            "Typ de waarde opnieuw zonder dat teken (een tab wordt een spatie)",
            {"name": character_name(character), "position": index + 1},
        )
    return value.strip()


LENIENT_REFERENCES = "lenient_references"
"""Validation context key: a list that collects reference values which are not slugs instead of refusing them.

The content loader validates with it, so that `Open dag` or `Voorbeeldschool Purmerend` reach the reference checks,
which know the right list and suggest the entry meant; the loader refuses whatever those checks do not report."""


def _slug(value: Any, info: ValidationInfo) -> str:
    text = _text(value)
    if not re.fullmatch(SLUG_PATTERN, text):
        lenient = info.context.get(LENIENT_REFERENCES) if isinstance(info.context, dict) else None
        if lenient is not None:
            lenient.append(text)
            return text
        raise PydanticCustomError("ib_slug", "{message}", {"message": slug_message(text)})
    return text


def slug_message(text: str) -> str:
    """Why `text` is no reference, with the form it should have."""
    suggestion = slugify(text)
    typed = f"; typ {_quoted(suggestion)}" if suggestion else ""
    return (
        f"{_quoted(text)} is geen geldige verwijzing: een verwijzing heeft alleen kleine letters, cijfers en streepjes, "
        f"zonder spaties of accenten{typed}"
    )


def _flag(value: Any) -> bool:
    if value in ("true", "false"):
        return value == "true"
    raise PydanticCustomError("ib_flag", "verwacht 'true' of 'false', niet {value}", {"value": _quoted(value)})


def _url(value: Any) -> str:
    text = _text(value)
    if not re.fullmatch(URL_PATTERN, text):
        raise PydanticCustomError(
            "ib_url", "{value} is geen webadres; verwacht een volledig adres dat begint met https://", {"value": _quoted(text)}
        )
    return text


def _real_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise PydanticCustomError(
            "ib_date_impossible", "de datum {value} bestaat niet; controleer dag en maand", {"value": _quoted(text)}
        ) from None


def _real_time(text: str, whole: str) -> time:
    hours, minutes = (int(part) for part in text.split(":"))
    if hours > 23 or minutes > 59:
        raise PydanticCustomError(
            "ib_time_impossible", "de tijd in {value} bestaat niet; verwacht UU:MM tussen 00:00 en 23:59", {"value": _quoted(whole)}
        )
    return time(hours, minutes)


def _calendar_date(value: Any) -> date:
    text = _text(value)
    if not re.fullmatch(DATE_PATTERN, text):
        raise PydanticCustomError(
            "ib_date", "{value} is geen datum in de vorm JJJJ-MM-DD{meant}",
            {"value": _quoted(text), "meant": _meant(dutch_date(text), "zoals 2026-03-14")},
        )
    return _real_date(text)


def _meant(suggestion: str | None, otherwise: str) -> str:
    """The editor's own value converted ('; bedoel je "2026-03-14 10:00"?'), or an example."""
    return f'; bedoel je "{suggestion}"?' if suggestion else f", {otherwise}"


def _moment(value: Any) -> date | datetime:
    text = _text(value)
    if re.fullmatch(DATE_PATTERN, text):
        return _real_date(text)
    if re.fullmatch(DATE_TIME_PATTERN, text):
        day, clock = re.split(r"[ T]", text)
        return datetime.combine(_real_date(day), _real_time(clock, text))
    raise PydanticCustomError(
        "ib_moment",
        "{value} is geen datum of tijdstip in de vorm JJJJ-MM-DD (hele dag) of \"JJJJ-MM-DD UU:MM\"{dot}{meant}",
        {"value": _quoted(text), "dot": _dot(text), "meant": _meant(dutch_moment(text), 'zoals "2026-03-14 10:00"')},
    )


def _dot(text: str) -> str:
    """A time written with a dot (10.00) is the most common slip: say so."""
    return "; tussen uren en minuten staat een dubbele punt, geen punt" if re.search(r"\d[.]\d\d\b", text) else ""


def _end_moment(value: Any) -> date | datetime | time:
    text = _text(value)
    if re.fullmatch(TIME_PATTERN, text):
        return _real_time(text, text)
    try:
        return _moment(text)
    except PydanticCustomError:
        meant = dutch_time(text) or dutch_moment(text)
        raise PydanticCustomError(
            "ib_end",
            "{value} is geen einde in de vorm \"UU:MM\" (op dezelfde dag), \"JJJJ-MM-DD UU:MM\" of "
            "een laatste dag JJJJ-MM-DD{dot}{meant}",
            {"value": _quoted(text), "dot": _dot(text), "meant": _meant(meant, 'zoals "15:00"')},
        ) from None


def _whole_number(value: Any) -> int:
    """A count as editors type it: ASCII digits only (no '1.000', '7,5', '-3' or '75+')."""
    text = _text(value)
    if re.fullmatch(r"-\s*[0-9][0-9.,]*", text):
        raise PydanticCustomError(
            "ib_negative", "{value} is kleiner dan 0; een aantal is 0 of meer, zoals 75", {"value": _quoted(text)}
        )
    if not re.fullmatch(WHOLE_NUMBER_PATTERN, text):
        raise PydanticCustomError(
            "ib_whole_number",
            "{value} is geen heel getal; schrijf alleen cijfers, zonder punt, komma, spatie of woorden, zoals 75 of 1000",
            {"value": _quoted(text)},
        )
    return int(text)


def _school_year(value: Any) -> str:
    """A school year as '2024-2025': two years in a row with a hyphen."""
    text = _text(value)
    if not re.fullmatch(SCHOOL_YEAR_PATTERN, text) or int(text[5:]) != int(text[:4]) + 1:
        raise PydanticCustomError(
            "ib_school_year",
            "{value} is geen schooljaar; verwacht twee jaren na elkaar met een streepje ertussen, zoals 2024-2025",
            {"value": _quoted(text)},
        )
    return text


def _focus(value: Any) -> tuple[float, float]:
    """A picture's focal point as '30% 20%': from the left, then from the top; kept as fractions (0.3, 0.2)."""
    text = re.sub(r"\s+", " ", _text(value))
    if not re.fullmatch(FOCUS_PATTERN, text):
        raise PydanticCustomError(
            "ib_focus",
            "{value} is geen punt in de afbeelding; schrijf twee percentages met een spatie ertussen, eerst van links "
            "en dan van boven, zoals '50% 30%' (het midden, iets boven het midden)",
            {"value": _quoted(text)},
        )
    left, top = (int(part.rstrip("%")) for part in text.split(" "))
    return left / 100, top / 100


def _postal_code(value: Any) -> str:
    """A Dutch postal code as '1703 AB': four digits, a space, two capitals (typed with or without the space)."""
    text = _text(value)
    if not re.fullmatch(POSTAL_CODE_PATTERN, text):
        raise PydanticCustomError(
            "ib_postal_code",
            "{value} is geen postcode; verwacht vier cijfers en twee letters, zoals '1703 AB'",
            {"value": _quoted(text)},
        )
    return f"{text[:4]} {text[-2:].upper()}"


def _quoted(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return f"'{text}'"


Text = Annotated[str, BeforeValidator(_text), WithJsonSchema({"type": "string", "minLength": 1})]
Slug = Annotated[str, BeforeValidator(_slug), WithJsonSchema({"type": "string", "pattern": SLUG_PATTERN})]
Flag = Annotated[bool, BeforeValidator(_flag), WithJsonSchema({"type": "boolean"})]
WebUrl = Annotated[str, BeforeValidator(_url), WithJsonSchema({"type": "string", "format": "uri", "pattern": URL_PATTERN})]
WholeNumber = Annotated[int, BeforeValidator(_whole_number), WithJsonSchema({"type": "integer", "minimum": 0})]
SchoolYearText = Annotated[str, BeforeValidator(_school_year), WithJsonSchema({"type": "string", "pattern": SCHOOL_YEAR_PATTERN})]
CalendarDate = Annotated[date, BeforeValidator(_calendar_date), WithJsonSchema({"type": "string", "pattern": DATE_PATTERN})]
PostalCode = Annotated[str, BeforeValidator(_postal_code), WithJsonSchema({"type": "string", "pattern": POSTAL_CODE_PATTERN})]
FocusPoint = Annotated[tuple[float, float], BeforeValidator(_focus), WithJsonSchema({"type": "string", "pattern": FOCUS_PATTERN})]
Moment = Annotated[
    date | datetime,
    BeforeValidator(_moment),
    WithJsonSchema({"type": "string", "pattern": f"{DATE_PATTERN}|{DATE_TIME_PATTERN}"}),
]
EndMoment = Annotated[
    date | datetime | time,
    BeforeValidator(_end_moment),
    WithJsonSchema({"type": "string", "pattern": f"{DATE_PATTERN}|{DATE_TIME_PATTERN}|{TIME_PATTERN}"}),
]


class ImageRef(FrozenModel):
    """An image next to the content: a path relative to the Markdown file, and its alt text."""

    src: Text = Field(title="Afbeeldingsbestand", description="Bestandsnaam naast het Markdown-bestand, zoals 'foto.jpg'.")
    alt: Text = Field(title="Beschrijving van de afbeelding", description="Wat er op de afbeelding te zien is, voor wie hem niet kan zien.")
    focus: FocusPoint | None = Field(
        title="Belangrijkste punt",
        default=None,
        description="Waar het om draait op de foto, zoals een gezicht (mag weg): eerst procent van links, dan van boven, "
        "zoals '50% 30%'. Wordt de foto bijgesneden voor een kaart, de kop of de deelafbeelding, dan blijft dit punt in beeld.",
    )
