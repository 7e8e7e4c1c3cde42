"""The kinds table is complete: every layer serves every kind, by its own entry or by a default from the table."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

import pytest
from pydantic import Field

from sitegen.files.cms import COLLECTIONS, collection_of
from sitegen.files.media import SHARE_CARDS, share_card_text
from sitegen.files.schema import SCHEMA_MODELS
from sitegen.loading.loader import load_site
from sitegen.model.fields import FrozenModel, Slug, Text
from sitegen.model.kinds import CONTENT_KINDS, PARTNERS, ContentKind, kind_of
from sitegen.model.site import Site
from sitegen.pages.render import template_environment
from sitegen.scaffold import QUESTIONS, SCAFFOLDS, scaffold_of

KIND_NAMES = {kind.name for kind in CONTENT_KINDS}


def _templates() -> set[str]:
    names = template_environment(autoescape=False, markdown=True).list_templates()
    return {name.removesuffix(".md.j2") for name in names if name.removesuffix(".md.j2") in KIND_NAMES}


REQUIRED: dict[str, Collection[str]] = {
    "files/schema.py SCHEMA_MODELS (JSON Schema)": SCHEMA_MODELS,
    "templates/<name>.md.j2 (the item's page)": _templates(),
    "model/site.py Site fields (the loaded items)": {
        kind.name for kind in CONTENT_KINDS if kind.folder in Site.__dataclass_fields__
    },
}
"""Layers every kind needs its own entry in."""

OVERRIDES: dict[str, Collection[str]] = {
    "files/cms.py COLLECTIONS": COLLECTIONS,
    "files/media.py SHARE_CARDS": SHARE_CARDS,
    "scaffold.py QUESTIONS": QUESTIONS,
}
"""Layers with a default from the kinds table and an entry only where a kind needs more."""


@pytest.mark.parametrize("layer", REQUIRED)
def test_every_layer_has_every_kind(layer: str):
    missing = KIND_NAMES - set(REQUIRED[layer])
    assert not missing, f"{layer} lacks the kind(s) {sorted(missing)}"
    assert set(REQUIRED[layer]) <= KIND_NAMES, f"{layer} has an entry that is no kind in model/kinds.py"


@pytest.mark.parametrize("layer", OVERRIDES)
def test_overrides_name_only_kinds_of_the_table(layer: str):
    assert set(OVERRIDES[layer]) <= KIND_NAMES, f"{layer} has an entry that is no kind in model/kinds.py"


class CourseFields(FrozenModel):
    """A kind that does not exist, to show what the defaults give a new one."""

    name: Text = Field(title="Naam", description="Naam van de opleiding.")
    municipality: Slug = Field(title="Gemeente", description="Gemeente.")
    level: Text = Field(title="Niveau", description="Niveau.")
    summary: Text | None = Field(title="Samenvatting", default=None, description="Eén zin.")


class Course(CourseFields):
    slug: str


COURSES = ContentKind(
    "course", "courses", CourseFields, Course, lambda slug: f"opleidingen/{slug}.md", "opleiding", "opleidingen",
    "een andere opleiding", "image", "name", "summary", "Opleidingen in de infra.",
)


def test_a_new_kind_gets_a_cms_collection_share_card_and_questions_from_the_table_alone():
    collection = collection_of(COURSES)
    assert (collection.summary, collection.sort, collection.direction) == ("{{name}}", ("name",), "asc")
    course = Course(name="Infratechniek", municipality="alkmaar", level="mbo 2", summary="Leer wegen bouwen.", slug="x")
    assert share_card_text(COURSES, course) == ("Infratechniek", "Leer wegen bouwen.", "Opleiding")
    questions = scaffold_of(COURSES).questions
    assert [(q.field, q.prompt, q.choices) for q in questions] == [
        ("name", "Naam", None), ("municipality", "Gemeente", "municipalities"), ("level", "Niveau", "levels")
    ]
    assert scaffold_of(COURSES).title_field == "name"


def test_a_kind_with_its_own_entry_keeps_it():
    assert scaffold_of(PARTNERS) is QUESTIONS[PARTNERS.name]
    assert collection_of(replace(PARTNERS, name="no-entry")).summary == "{{name}}"


def test_kinds_differ_in_every_name_editors_or_files_see():
    for attribute in ("name", "folder", "noun", "plural"):
        values = [getattr(kind, attribute) for kind in CONTENT_KINDS]
        assert len(set(values)) == len(values), attribute
    assert set(SCAFFOLDS) == {kind.noun for kind in CONTENT_KINDS}


@pytest.mark.parametrize("kind", CONTENT_KINDS, ids=lambda kind: kind.name)
def test_each_kind_names_its_picture_field_and_pages(kind: ContentKind):
    assert kind.image_field in kind.fields.model_fields
    assert kind.title_field in kind.fields.model_fields and kind.subtitle_field in kind.fields.model_fields
    assert kind.page("x").endswith("/x.md")
    assert kind.item.model_fields.keys() >= kind.fields.model_fields.keys()


def test_the_sample_site_loads_every_kind_and_finds_each_items_kind(project_root):
    site = load_site(project_root)
    for kind in CONTENT_KINDS:
        items = site.items_of(kind)
        assert items, f"the sample content has no {kind.noun}"
        assert all(kind_of(item) is kind for item in items)
    assert len(site.items) == sum(len(site.items_of(kind)) for kind in CONTENT_KINDS)


@pytest.mark.parametrize("kind", CONTENT_KINDS, ids=lambda kind: kind.name)
def test_every_field_editors_write_has_a_dutch_label_on_the_model(kind: ContentKind):
    def unlabelled(model, prefix=""):
        for name, info in model.model_fields.items():
            if not info.title:
                yield prefix + name
            nested = next((arg for arg in getattr(info.annotation, "__args__", (info.annotation,)) if isinstance(arg, type) and hasattr(arg, "model_fields")), None)
            if nested is not None:
                yield from unlabelled(nested, f"{prefix}{name}.")

    assert list(unlabelled(kind.fields)) == []
