"""data/requests.yml (optional): what teachers can request on /aanvragen/ and the Dutch mail they send.

The mail's words are the network's, so they live in data/. `{aanbod}`, `{regio}`, `{partner}` and `{rol}` in the
subject, greeting and introduction are filled in by the engine; nothing else in them is read as a placeholder.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from sitegen.limits import REQUEST_TEMPLATE_LINES
from sitegen.model.fields import FrozenModel, Slug, Text
from sitegen.problems import dutch_number

PLACEHOLDERS = ("aanbod", "regio", "partner", "rol")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


class RequestQuestion(FrozenModel):
    """One line of the request mail that the teacher fills in: 'School: …'."""

    key: Slug
    label: Text


class RequestSettings(FrozenModel):
    offers: Annotated[tuple[Slug, ...], Field(min_length=1)]
    """The offers of data/offers.yml a teacher can request, in the order they are shown."""
    intro: Text
    """The first paragraph of /aanvragen/."""
    subject: Text
    greeting: Text
    introduction: Text
    questions: Annotated[tuple[RequestQuestion, ...], Field(min_length=1)]
    closing: Text

    @field_validator("questions")
    @classmethod
    def _short(cls, value: tuple[RequestQuestion, ...]) -> tuple[RequestQuestion, ...]:
        if len(value) > REQUEST_TEMPLATE_LINES:
            raise PydanticCustomError(
                "ib_request_too_long",
                "heeft {count} vragen, meer dan {limit}; een docent vult de mail binnen een minuut in. Laat vragen weg",
                {"count": dutch_number(len(value)), "limit": dutch_number(REQUEST_TEMPLATE_LINES)},
            )
        return value


def fill(template: str, values: dict[str, str]) -> str:
    """`template` with each `{name}` of PLACEHOLDERS replaced by its value, in one pass (a value is never read as a
    placeholder); any other brace stays as typed."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), ""), template)


def request_body(settings: RequestSettings, values: dict[str, str], answers: dict[str, str] | None = None) -> str:
    """The request mail's text, lines joined by newlines: greeting, introduction, one line per question, closing."""
    answers = answers or {}
    lines = [fill(settings.greeting, values), "", fill(settings.introduction, values), ""]
    lines += [f"{question.label}: {answers.get(question.key, '')}" for question in settings.questions]
    lines += ["", settings.closing, ""]
    return "\n".join(lines)
