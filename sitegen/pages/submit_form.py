"""The form of /activiteit-aanmelden/: one event, its fields from the content model, its choices from the Site.

Finished HTML (like `cards.py`): every field of `EventFields` in the model's order, labelled with its Dutch title;
a reference field becomes a list to choose from, filled from the site's own data (types, audiences, chain stages,
leaks, interventions, municipalities by subregion, partners as organizers), so a partner cannot pick a value the
check would refuse. A field the model gains later appears by itself: a text field, or a list of values separated by
commas when no choices are known for it. `assets/submit.js` reads the form by the same dotted names, checks it with
the validator generated from the published JSON Schema (`assets/event-validator.js`) and writes the event file.
The form needs that script, so it is `hidden` until the script shows it; the page says what to do without it.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from sitegen.escape import html_attribute, html_text, json_ld
from sitegen.model.event import EventFields
from sitegen.model.site import Site

Choice = tuple[str, str]
"""(value, label)."""

# Fields the form does not ask: the identity is made in the browser (a fresh UUID per form), and a picture cannot
# travel in a text file; the page says how to send one.
NOT_ASKED = frozenset({"uid", "image"})

# Hints under the fields where the model's description speaks of files and lists rather than of the form.
HINTS: Mapping[str, str] = {
    "title": "Op één regel, zoals 'Open dag infra-opleiding'.",
    "start": "Schrijf JJJJ-MM-DD UU:MM, zoals 2026-11-14 10:00, of alleen JJJJ-MM-DD voor een hele dag.",
    "end": "Mag leeg blijven. Een tijd op dezelfde dag (15:00), JJJJ-MM-DD UU:MM, of de laatste dag JJJJ-MM-DD.",
    "location": "Vul de plek in, of hieronder het webadres van een online activiteit (of allebei).",
    "online": "Mag leeg blijven als er een plek is. Een volledig webadres dat begint met https://.",
    "registration": "Mag leeg blijven. Een volledig webadres dat begint met https://.",
    "summary": "Mag leeg blijven. Eén zin voor de agenda en zoekmachines.",
    "location.address": "Mag leeg blijven. Straat en huisnummer.",
    "location.city": "Zoals mensen de plaats noemen.",
    "location.lat": "Mag leeg blijven; vul lat en lon allebei in of geen van beide. Een getal met een punt, zoals 52.66.",
    "location.lon": "Mag leeg blijven. Een getal met een punt, zoals 4.83.",
    "chain_stages": "Mag leeg blijven.",
    "leaks": "Mag leeg blijven.",
    "interventions": "Mag leeg blijven.",
}


@dataclass(frozen=True)
class ChoiceGroup:
    """Choices under a heading (an `<optgroup>`), or without one."""

    label: str | None
    choices: tuple[Choice, ...]


def _partner_label(site: Site) -> Iterator[Choice]:
    for partner in site.partners:
        yield partner.slug, f"{partner.name} (voorbeeld)" if partner.example else partner.name


CHOICES: Mapping[str, Callable[[Site], tuple[ChoiceGroup, ...]]] = {
    "type": lambda site: (ChoiceGroup(None, tuple((t.slug, t.name) for t in site.references.event_types)),),
    "audiences": lambda site: (ChoiceGroup(None, tuple((p.slug, p.name) for p in site.personas)),),
    "chain_stages": lambda site: (ChoiceGroup(None, tuple((s.slug, s.name) for s in site.references.stages)),),
    "leaks": lambda site: (ChoiceGroup(None, tuple((leak.code, f"{leak.code}: {leak.name}") for leak in site.references.leaks)),),
    "interventions": lambda site: (
        ChoiceGroup(None, tuple((i.code, f"{i.code}: {i.name}") for i in site.references.interventions)),
    ),
    "organizer": lambda site: (ChoiceGroup(None, tuple(_partner_label(site))),),
    # Events may name education programmes (open days) once the site has them; without any, a text field.
    "programmes": lambda site: (
        ChoiceGroup(None, tuple((item.slug, item.name) for item in getattr(site, "programmes", ()))),
    ),
    "location.municipality": lambda site: tuple(
        ChoiceGroup(region.name, tuple((m.slug, m.name) for m in sorted(region.municipalities, key=lambda m: m.name)))
        for region in site.references.regions
    ),
}
"""Where a field's allowed values come from, by dotted field name."""


def form_html(site: Site, data: Mapping[str, object]) -> str:
    """The form (hidden until the script shows it), with the page's data for the script as JSON."""
    fields = "\n".join(_fields(EventFields, (), site))
    return "\n".join([
        f'<script type="application/json" id="ib-submit-data">{json_ld(data)}</script>',
        '<form class="ib-submit" id="ib-submit" novalidate hidden>',
        '<div class="ib-submit__summary" id="ib-submit-summary" tabindex="-1" hidden></div>',
        fields,
        _field_box("body", "Tekst op de pagina", "Mag leeg blijven. Wat bezoekers kunnen verwachten: wat ze gaan doen, "
                   "voor wie het is en wat ze meenemen. Een lege regel begint een nieuwe alinea.",
                   '<textarea id="f-body" name="body" rows="6" aria-describedby="h-body e-body"></textarea>'),
        '<p><button type="submit" id="ib-submit-button" class="md-button md-button--primary">Controleer en maak het bestand</button></p>',
        "</form>",
    ])


def _fields(model: type[BaseModel], prefix: tuple[str, ...], site: Site, block: str | None = None) -> Iterator[str]:
    """The fields of `model` in its order; inside a block (`location`) a required field is required with the block."""
    for name, info in model.model_fields.items():
        if not prefix and name in NOT_ASKED:
            continue
        path = ".".join((*prefix, name))
        nested = model_in(info.annotation)
        if nested is not None:
            yield _fieldset(path, info, "\n".join(_fields(nested, (*prefix, name), site, info.title)), required=False)
        else:
            yield _field(path, info, site, required=info.is_required(), block=block)


def _field(path: str, info: FieldInfo, site: Site, *, required: bool, block: str | None = None) -> str:
    label = (info.title or path) + (_required_note(block) if required else "")
    groups = CHOICES[path](site) if path in CHOICES else None
    if groups is not None and not any(group.choices for group in groups):
        groups = None
    options = _enum_choices(info.annotation)
    marks = (" data-required" if required else "") + (" data-list" if _is_list(info.annotation) else "") + (
        " data-number" if _is_number(info.annotation) else ""
    )
    if _is_list(info.annotation) and groups is not None:
        boxes = "\n".join(
            f'<li><input type="checkbox" id="{_id(path)}-{html_attribute(value)}" name="{html_attribute(path)}" '
            f'value="{html_attribute(value)}"{marks}> <label for="{_id(path)}-{html_attribute(value)}">{html_text(text)}</label></li>'
            for group in groups for value, text in group.choices
        )
        return _fieldset(path, info, f'<ul class="ib-submit__choices">\n{boxes}\n</ul>', required=required, label=label)
    if groups is not None or options:
        choices = groups or (ChoiceGroup(None, tuple(options)),)
        first = "" if options else '<option value="">Kies…</option>'
        default = str(info.default.value) if isinstance(info.default, Enum) else ""
        control = (
            f'<select id="{_id(path)}" name="{html_attribute(path)}" aria-describedby="{_described(path)}"{marks}>'
            f"{first}{''.join(_options(choices, default))}</select>"
        )
        return _field_box(path, label, HINTS.get(path, ""), control)
    hint = HINTS.get(path, "Meerdere waarden scheid je met komma's." if _is_list(info.annotation) else "")
    control = (
        f'<input type="text" id="{_id(path)}" name="{html_attribute(path)}" autocomplete="off" '
        f'aria-describedby="{_described(path)}"{marks}>'
    )
    return _field_box(path, label, hint, control)


def _required_note(block: str | None) -> str:
    return f" (verplicht bij een {block.lower()})" if block else " (verplicht)"


def _options(groups: Sequence[ChoiceGroup], default: str) -> Iterator[str]:
    for group in groups:
        items = "".join(
            f'<option value="{html_attribute(value)}"{" selected" if value == default else ""}>{html_text(text)}</option>'
            for value, text in group.choices
        )
        yield f'<optgroup label="{html_attribute(group.label)}">{items}</optgroup>' if group.label else items


def _field_box(path: str, label: str, hint: str, control: str) -> str:
    return (
        f'<div class="ib-submit__field" data-field="{html_attribute(path)}">'
        f'<label for="{_id(path)}">{html_text(label)}</label>'
        f'<p class="ib-submit__hint" id="h-{_id(path)[2:]}">{html_text(hint)}</p>'
        f"{control}"
        f'<p class="ib-submit__error" id="e-{_id(path)[2:]}"></p>'
        "</div>"
    )


def _fieldset(path: str, info: FieldInfo, inner: str, *, required: bool, label: str | None = None) -> str:
    legend = label or (info.title or path) + (" (verplicht)" if required else "")
    return (
        f'<fieldset class="ib-submit__group" data-field="{html_attribute(path)}" aria-describedby="{_described(path)}">'
        f"<legend>{html_text(legend)}</legend>"
        f'<p class="ib-submit__hint" id="h-{_id(path)[2:]}">{html_text(HINTS.get(path, ""))}</p>'
        f"{inner}"
        f'<p class="ib-submit__error" id="e-{_id(path)[2:]}"></p>'
        "</fieldset>"
    )


def _id(path: str) -> str:
    return "f-" + path.replace(".", "-").replace("_", "-")


def _described(path: str) -> str:
    return f"h-{_id(path)[2:]} e-{_id(path)[2:]}"


def _enum_choices(annotation: Any) -> list[Choice]:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [(str(member.value), str(member.value)) for member in annotation]
    return []


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside an annotation (`Location | None` → `Location`), else None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return next((found for argument in typing.get_args(annotation) if (found := model_in(argument))), None)
    return None


def _is_number(annotation: Any) -> bool:
    """A number field (`float`, optional or constrained), which the browser checks as a number like the schema."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _is_number(typing.get_args(annotation)[0])
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return any(_is_number(argument) for argument in typing.get_args(annotation))
    return annotation in (float, int)


def _is_list(annotation: Any) -> bool:
    if typing.get_origin(annotation) is typing.Annotated:
        return _is_list(typing.get_args(annotation)[0])
    return typing.get_origin(annotation) in (tuple, list)


# Shown instead of the editors' address while data/site.yml names none: clearly an example, never delivered.
EXAMPLE_ADDRESS = "redactie@example.org"


@dataclass(frozen=True)
class Editors:
    """Where a submission goes: the editors' e-mail address (or the example one) and the repository."""

    address: str
    address_is_example: bool
    repository: str


def editors_of(site: Site) -> Editors:
    """The network's e-mail address from `contact` in data/site.yml (an example address when that contact is marked
    `example: true`), else the example address; an example is marked as such on the page."""
    settings = site.references.settings
    contact = settings.contact
    if contact is not None and contact.email:
        return Editors(contact.email, bool(contact.example), settings.repository)
    return Editors(EXAMPLE_ADDRESS, True, settings.repository)


def page_data(site: Site, editors: Editors, new_file_url: str, folder: str) -> dict[str, object]:
    """What the script needs besides the form: where the file goes and which file names are taken."""
    return {
        "address": editors.address,
        "addressIsExample": editors.address_is_example,
        "newFileUrl": new_file_url,
        "folder": folder,
        "taken": sorted(event.slug for event in site.events),
    }
