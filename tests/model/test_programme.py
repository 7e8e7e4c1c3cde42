"""The programme model and the levels of data/levels.yml: what editors may write, and which level a chain stage leads to."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from conftest import PROJECT_ROOT
from sitegen.loading.loader import load_site
from sitegen.model.programme import ProgrammeFields

FIELDS = {
    "name": "Infratechniek", "summary": "Eén zin.", "school": "talland-college", "level": "mbo-2",
    "municipality": "alkmaar", "learn": ["Bestraten"], "become": ["Straatmaker"],
}


def test_only_name_summary_school_level_municipality_learn_and_become_are_required():
    programme = ProgrammeFields.model_validate(FIELDS)
    assert (programme.pathway, programme.location, programme.duration, programme.website, programme.example) == ((), None, None, None, False)
    for field in FIELDS:
        with pytest.raises(ValidationError):
            ProgrammeFields.model_validate({key: value for key, value in FIELDS.items() if key != field})


def test_the_website_must_be_a_web_address():
    with pytest.raises(ValidationError):
        ProgrammeFields.model_validate({**FIELDS, "website": "javascript:alert(1)"})
    assert ProgrammeFields.model_validate({**FIELDS, "website": "https://example.org/infra"}).website == "https://example.org/infra"


def test_each_chain_stage_leads_to_the_broadest_level_of_its_next_step():
    refs = load_site(PROJECT_ROOT).references
    assert {stage: getattr(refs.next_level_for(stage), "slug", None) for stage in ("po", "vmbo", "havo-vwo", "mbo", "hbo", "werk", "zij-instroom", "statushouders")} == {
        "po": "vmbo", "vmbo": "mbo", "havo-vwo": "hbo", "mbo": "mbo", "hbo": "hbo", "werk": None, "zij-instroom": "mbo", "statushouders": "mbo",
    }
    assert [level.slug for level in refs.levels] == ["vmbo", "mbo", "mbo-2", "mbo-3", "mbo-4", "hbo", "wo"]
    assert refs.levels_within(refs.level_by_slug["mbo-4"]) == ("mbo-4", "mbo")
    assert refs.levels_within(refs.level_by_slug["wo"]) == ("wo",)
