"""The kinds table is complete: every layer that keeps its own table per kind of content has every kind."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from sitegen.files.cms import COLLECTIONS
from sitegen.files.media import SHARE_CARDS
from sitegen.files.schema import SCHEMA_MODELS
from sitegen.loading.loader import load_site
from sitegen.model.kinds import CONTENT_KINDS, ContentKind, kind_of
from sitegen.model.site import Site
from sitegen.pages.render import template_environment
from sitegen.scaffold import QUESTIONS, SCAFFOLDS

KIND_NAMES = {kind.name for kind in CONTENT_KINDS}


def _templates() -> set[str]:
    names = template_environment(autoescape=False, markdown=True).list_templates()
    return {name.removesuffix(".md.j2") for name in names if name.removesuffix(".md.j2") in KIND_NAMES}


LAYERS: dict[str, Collection[str]] = {
    "files/cms.py COLLECTIONS (the CMS)": COLLECTIONS,
    "files/media.py SHARE_CARDS (share cards)": SHARE_CARDS,
    "files/schema.py SCHEMA_MODELS (JSON Schema)": SCHEMA_MODELS,
    "scaffold.py QUESTIONS (sitegen new)": QUESTIONS,
    "templates/<name>.md.j2 (the item's page)": _templates(),
    "model/site.py Site fields (the loaded items)": {
        kind.name for kind in CONTENT_KINDS if kind.folder in Site.__dataclass_fields__
    },
}


@pytest.mark.parametrize("layer", LAYERS)
def test_every_layer_has_every_kind(layer: str):
    missing = KIND_NAMES - set(LAYERS[layer])
    assert not missing, f"{layer} lacks the kind(s) {sorted(missing)}"
    assert set(LAYERS[layer]) <= KIND_NAMES, f"{layer} has an entry that is no kind in model/kinds.py"


def test_kinds_differ_in_every_name_editors_or_files_see():
    for attribute in ("name", "folder", "noun", "plural"):
        values = [getattr(kind, attribute) for kind in CONTENT_KINDS]
        assert len(set(values)) == len(values), attribute
    assert set(SCAFFOLDS) == {kind.noun for kind in CONTENT_KINDS}


@pytest.mark.parametrize("kind", CONTENT_KINDS, ids=lambda kind: kind.name)
def test_each_kind_names_its_picture_field_and_pages(kind: ContentKind):
    assert kind.image_field in kind.fields.model_fields
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
