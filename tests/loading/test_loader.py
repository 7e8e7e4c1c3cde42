"""The loader on real files: a valid project loads, and every kind of bad input gets a precise Dutch message."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, time

import pydantic
import pytest

from conftest import only_problem, problems_of
from sitegen.loading.loader import load_site, slug_of
from sitegen.problems import ContentError

EVENT = "content/events/open-dag.md"
STORY = "content/stories/sanne.md"
PARTNER = "content/partners/voorbeeld-bv.md"
PERSONA = "content/personas/vmbo-leerling.md"


def test_valid_project_loads_cross_referenced(project):
    site = load_site(project.root)
    event = site.events[0]
    assert event.slug == "open-dag"
    assert event.start == datetime(2026, 3, 14, 10, 0)
    assert event.end_moment == datetime(2026, 3, 14, 15, 0)
    assert site.organizer_of(event).name == "Voorbeeld BV"
    assert site.events_for(site.personas[0]) == (event,)
    assert site.stories_at(site.partners[0]) == site.stories
    assert site.region_of_event(event).name == "Noord-Holland Noord"


def test_site_is_immutable(project):
    site = load_site(project.root)
    with pytest.raises(dataclasses.FrozenInstanceError):
        site.events = ()  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError, match="frozen"):
        site.events[0].title = "Anders"  # type: ignore[misc]


def test_invalid_yaml_names_file_and_line(project):
    project.replace(EVENT, "title: Open dag infra", "title: Open dag: infra")
    problem = only_problem(project)
    assert (problem.path, problem.line) == (EVENT, 3)
    assert "geen geldige YAML" in problem.message


def test_missing_field_is_named(project):
    project.replace(STORY, "role: Uitvoerder\n", "")
    problem = only_problem(project)
    assert (problem.path, problem.field) == (STORY, "role")
    assert problem.line == 1
    assert "ontbreekt" in problem.message


def test_unknown_field_suggests_the_right_one(project):
    project.replace(EVENT, "title: Open dag infra", "titel: Open dag infra")
    problems = problems_of(project)
    by_field = {problem.field: problem for problem in problems}
    assert by_field["titel"].line == 3
    assert "Bedoelde je 'title'?" in by_field["titel"].message
    assert "ontbreekt" in by_field["title"].message


def test_wrong_type_list_expected(project):
    project.replace(EVENT, "audiences: [vmbo-leerling]", "audiences: vmbo-leerling")
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (EVENT, 7, "audiences")
    assert "verwacht een lijst" in problem.message
    assert "'vmbo-leerling'" in problem.message


def test_wrong_type_number_expected(project):
    project.replace(PERSONA, "order: 1", "order: eerste")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (7, "order")
    assert "geheel getal" in problem.message and "'eerste'" in problem.message


@pytest.mark.parametrize(
    ("path", "old", "new", "field", "line", "what"),
    [
        (EVENT, "audiences: [vmbo-leerling]", "audiences: [vmbo-leeling]", "audiences.0", 7, "geen bekende doelgroep"),
        (EVENT, "organizer: voorbeeld-bv", "organizer: onbekend-bv", "organizer", 13, "geen bekende partner"),
        (EVENT, "type: open-dag", "type: opendag", "type", 6, "geen bekende soort activiteit"),
        (EVENT, "municipality: dijk-en-waard", "municipality: heerhugowaard", "location.municipality", 12, "geen bekende gemeente"),
        (STORY, "region: noord-holland-noord", "region: west-friesland", "region", 8, "geen bekende subregio"),
        (STORY, "employer: voorbeeld-bv", "employer: nergens", "employer", 5, "geen bekende partner"),
        (PARTNER, "municipality: alkmaar", "municipality: utrecht", "municipality", 4, "geen bekende gemeente"),
        (PARTNER, "kind: bedrijf", "kind: firma", "kind", 3, "geen bekende soort partner"),
        (PERSONA, "chain_stages: [vmbo]", "chain_stages: [vwo]", "chain_stages.0", 4, "geen bekende schakel"),
    ],
)
def test_unknown_reference_is_named(project, path, old, new, field, line, what):
    project.replace(path, old, new)
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (path, line, field)
    assert what in problem.message
    assert f"'{new.split(': ')[1].strip('[]')}'" in problem.message


def test_unknown_reference_suggests_closest(project):
    project.replace(EVENT, "audiences: [vmbo-leerling]", "audiences: [vmbo-leeling]")
    assert "Bedoelde je 'vmbo-leerling'?" in only_problem(project).message


def test_duplicate_slug_from_two_file_names(project):
    text = (project.root / EVENT).read_text().replace("0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c", "9d1f6a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b")
    project.write("content/events/Open Dag.md", text)
    problem = only_problem(project)
    assert problem.path == EVENT
    assert "'open-dag' heeft hetzelfde webadres" in problem.message
    assert "content/events/Open Dag.md" in problem.message


def test_duplicate_identity(project):
    text = (project.root / EVENT).read_text()
    project.write("content/events/open-dag-kopie.md", text)
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == ("content/events/open-dag.md", 2, "uid")
    assert "content/events/open-dag-kopie.md" in problem.message


def test_identity_must_be_a_uuid(project):
    project.replace(EVENT, "uid: 0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c", "uid: open-dag-2026")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (2, "uid")
    assert "'open-dag-2026'" in problem.message


def test_end_before_start(project):
    project.replace(EVENT, 'end: "15:00"', 'end: "09:00"')
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (EVENT, 5, "end")
    assert "'09:00' ligt niet na het begin ('2026-03-14 10:00')" in problem.message


def test_end_day_before_start_day(project):
    project.replace(EVENT, 'start: "2026-03-14 10:00"\nend: "15:00"', "start: 2026-03-14\nend: 2026-03-13")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (5, "end")
    assert "ligt niet na het begin" in problem.message


def test_impossible_date(project):
    project.replace(STORY, "date: 2026-02-01", "date: 2026-02-30")
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (STORY, 10, "date")
    assert "de datum '2026-02-30' bestaat niet" in problem.message


def test_impossible_time(project):
    project.replace(EVENT, 'start: "2026-03-14 10:00"', 'start: "2026-03-14 25:00"')
    problem = only_problem(project)
    assert (problem.line, problem.field) == (4, "start")
    assert "bestaat niet" in problem.message


def test_yaml_1_1_times_arrive_as_written(project):
    # Unquoted, PyYAML's YAML 1.1 would read 15:00 as the number 900.
    project.replace(EVENT, 'start: "2026-03-14 10:00"\nend: "15:00"', "start: 2026-03-14 10:00\nend: 15:00")
    event = load_site(project.root).events[0]
    assert event.start == datetime(2026, 3, 14, 10, 0)
    assert event.end == time(15, 0)


def test_yaml_1_1_time_as_start_is_a_clear_error(project):
    project.replace(EVENT, 'start: "2026-03-14 10:00"', "start: 10:00")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (4, "start")
    assert "'10:00' is geen datum of tijdstip" in problem.message


def test_yaml_1_1_words_arrive_as_written(project):
    project.replace(EVENT, "title: Open dag infra", "title: no")
    project.replace(PERSONA, "  - Buiten werken", "  - on\n  - NO")
    site = load_site(project.root)
    assert site.events[0].title == "no"
    assert site.personas[0].cares_about == ("on", "NO")


def test_yaml_1_1_boolean_word_in_flag_is_a_clear_error(project):
    project.replace(PARTNER, "example: true", "example: no")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (7, "example")
    assert "verwacht 'true' of 'false', niet 'no'" in problem.message


def test_byte_order_mark_is_accepted(project):
    text = (project.root / EVENT).read_text()
    project.write(EVENT, b"\xef\xbb\xbf" + text.encode())
    assert load_site(project.root).events[0].title == "Open dag infra"


def test_crlf_line_endings_are_accepted_and_lines_still_count(project):
    text = (project.root / EVENT).read_text()
    project.write(EVENT, text.replace("\n", "\r\n").encode())
    assert load_site(project.root).events[0].body == "Kom kijken.\n"
    project.write(EVENT, text.replace("type: open-dag", "type: opendag").replace("\n", "\r\n").encode())
    problem = only_problem(project)
    assert (problem.line, problem.field) == (6, "type")


def test_non_utf8_bytes(project):
    text = (project.root / STORY).read_text()
    project.write(STORY, text.replace("Sanne de Vries", "Zo\u00eb de Vries").encode("cp1252", errors="replace"))
    problem = only_problem(project)
    assert (problem.path, problem.line) == (STORY, 3)
    assert "geen geldige UTF-8" in problem.message and "0xEB" in problem.message


def test_empty_file(project):
    project.write(STORY, "")
    problem = only_problem(project)
    assert problem.path == STORY
    assert "leeg" in problem.message


def test_file_without_front_matter(project):
    project.write(STORY, "# Zomaar een verhaal\n\nZonder velden.\n")
    problem = only_problem(project)
    assert (problem.path, problem.line) == (STORY, 1)
    assert "begint niet met front matter" in problem.message


def test_front_matter_never_closed(project):
    project.write(STORY, "---\ntitle: Zomaar\n")
    assert "wordt nergens afgesloten" in only_problem(project).message


def test_duplicate_keys(project):
    project.replace(STORY, "role: Uitvoerder", "role: Uitvoerder\nrole: Werkvoorbereider")
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (STORY, 5, "role")
    assert "eerst op regel 4" in problem.message


def test_image_outside_content_folder(project):
    project.replace(STORY, "example: true", "example: true\nimage:\n  src: ../../etc/passwd\n  alt: Geheim")
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (STORY, 13, "image.src")
    assert "'../../etc/passwd' ligt buiten de map content/" in problem.message


def test_missing_image(project):
    project.replace(STORY, "example: true", "example: true\nimage:\n  src: sanne.jpg\n  alt: Sanne op de bouwplaats")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (13, "image.src")
    assert "'sanne.jpg' bestaat niet" in problem.message


def test_image_needs_alt_text(project):
    project.write("content/stories/sanne.jpg", b"not checked here")
    project.replace(STORY, "example: true", "example: true\nimage:\n  src: sanne.jpg")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (12, "image.alt")


def test_every_problem_of_a_run_at_once(project):
    project.replace(EVENT, "type: open-dag", "type: opendag")
    project.replace(STORY, "date: 2026-02-01", "date: 2026-02-30")
    project.write("content/partners/leeg.md", "")
    problems = problems_of(project)
    assert {problem.path for problem in problems} == {EVENT, STORY, "content/partners/leeg.md"}


def test_problem_line_reads_as_a_sentence(project):
    project.replace(EVENT, "type: open-dag", "type: opendag")
    with pytest.raises(ContentError) as caught:
        load_site(project.root)
    report = str(caught.value)
    assert report.splitlines()[0] == "De inhoud bevat 1 probleem; er is niets gepubliceerd."
    assert report.splitlines()[1].startswith("  content/events/open-dag.md:6: veld 'type': 'opendag' is geen bekende soort activiteit.")


def test_broken_reference_list_is_reported(project):
    project.write("data/offers.yml", "offers:\n  - slug: gastlessen\n    naam: Gastlessen\n")
    problems = problems_of(project)
    assert any(p.path == "data/offers.yml" and p.line == 3 and p.field == "offers.0.naam" for p in problems)


@pytest.mark.parametrize(("name", "slug"), [("Girls Day 2026.md", "girls-day-2026"), ("Dag-van-de-Bouw.md", "dag-van-de-bouw"), ("oriëntatie.md", "orientatie")])
def test_slug_of_file_name(tmp_path, name, slug):
    assert slug_of(tmp_path / name) == slug


def test_time_skipped_by_daylight_saving_time(project):
    project.replace(EVENT, 'start: "2026-03-14 10:00"\nend: "15:00"', 'start: "2026-03-29 02:30"\nend: "04:00"')
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (EVENT, 4, "start")
    assert "'2026-03-29 02:30' bestaat niet" in problem.message


def test_invalid_status(project):
    project.replace(EVENT, "organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nstatus: geannuleerd")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (14, "status")
    assert "'geannuleerd' is geen toegestane waarde; kies uit 'gepland', 'afgelast', 'uitgesteld' of 'verplaatst-naar-online'" in problem.message


def test_unknown_timezone_in_site_settings(project):
    text = (project.root / "data/site.yml").read_text(encoding="utf-8")
    project.write("data/site.yml", text.replace("timezone: Europe/Amsterdam", "timezone: Europe/Amsterdan"))
    problem = only_problem(project)
    assert (problem.path, problem.field) == ("data/site.yml", "timezone")
    assert "'Europe/Amsterdan' is geen bekende tijdzone" in problem.message


def test_repository_in_site_settings_is_owner_and_name(project):
    project.replace("data/site.yml", "repository: OWNER/REPOSITORY", "repository: https://github.com/owner/name")
    problem = only_problem(project)
    assert (problem.path, problem.field) == ("data/site.yml", "repository")
    assert "'https://github.com/owner/name' is geen GitHub-repository; verwacht 'eigenaar/naam'" in problem.message


def test_a_missing_site_text_is_named(project):
    project.replace("data/site.yml", "  partners_intro:", "  partners_inleiding:")
    problems = {problem.field for problem in problems_of(project)}
    assert problems == {"texts.partners_intro", "texts.partners_inleiding"}


def test_the_region_of_site_settings_names_an_unknown_municipality(project):
    project.replace("data/site.yml", "region: Noord-Holland", "region: Westerland")
    project.replace("content/partners/voorbeeld-bv.md", "municipality: alkmaar", "municipality: alkmar")
    problem = only_problem(project)
    assert "'alkmar' is geen bekende gemeente in Westerland." in problem.message


def test_title_on_more_than_one_line(project):
    project.replace(EVENT, "title: Open dag infra", 'title: "Open dag\\ninfra"')
    problem = only_problem(project)
    assert (problem.line, problem.field) == (3, "title")
    assert "op één regel" in problem.message


def test_unused_image(project):
    project.write("content/stories/vergeten.jpg", b"\xff\xd8\xff")
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == ("content/stories/vergeten.jpg", None, None)
    assert "wordt nergens gebruikt" in problem.message


def test_link_to_a_missing_content_file(project):
    project.replace(STORY, "Het verhaal van Sanne.", "Het verhaal van Sanne bij [Voorbeeld BV](../partners/voorbeeld.md).")
    problem = only_problem(project)
    assert (problem.path, problem.line) == (STORY, 13)
    assert "'../partners/voorbeeld.md' wijst naar een bestand dat niet bestaat" in problem.message


def test_link_to_a_content_file_becomes_a_link_to_its_page(project):
    from sitegen.pages.generate import generate_pages

    project.replace(STORY, "Het verhaal van Sanne.", "Sanne werkt bij [Voorbeeld BV](../partners/voorbeeld-bv.md#over).")
    pages = generate_pages(load_site(project.root), datetime(2026, 1, 1).date())
    assert 'href="../../partners/voorbeeld-bv/#over"' in pages["verhalen/sanne.md"]
    project.replace(STORY, "../partners/voorbeeld-bv.md#over", "../events/open-dag.md")
    pages = generate_pages(load_site(project.root), datetime(2026, 1, 1).date())
    assert 'href="../../agenda/open-dag/"' in pages["verhalen/sanne.md"]


def test_missing_uid_comes_with_a_fresh_one(project):
    project.replace(EVENT, "uid: 0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c\n", "")
    problem = only_problem(project)
    assert problem.field == "uid"
    suggested = re.search(r"Voeg deze nieuwe toe: 'uid: ([0-9a-f-]{36})'", problem.message)
    assert suggested and suggested.group(1) != "0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c"
    project.replace(EVENT, "title:", f"uid: {suggested.group(1)}\ntitle:")
    load_site(project.root)


def _story_with_image(project, name: str, data: bytes) -> None:
    project.write(f"content/stories/{name}", data)
    project.replace(STORY, "example: true", f"example: true\nimage:\n  src: {name}\n  alt: Sanne op de bouwplaats")


def _png(size: tuple[int, int] = (40, 30)) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, "#0b4a6f").save(buffer, "PNG")
    return buffer.getvalue()


def test_corrupt_image(project):
    _story_with_image(project, "sanne.jpg", b"\xff\xd8\xff\xe0" + b"kapot" * 50)
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (STORY, 13, "image.src")
    assert problem.message.startswith("'sanne.jpg': ")


def test_image_of_the_wrong_type_behind_its_name(project):
    _story_with_image(project, "sanne.jpg", _png())
    problem = only_problem(project)
    assert (problem.line, problem.field) == (13, "image.src")
    assert "'.jpg'" in problem.message and "PNG" in problem.message


def test_decompression_bomb(project):
    import struct
    import zlib

    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    _story_with_image(project, "sanne.png", png + b"\x00\x00\x00\x00IEND\xaeB`\x82")
    problem = only_problem(project)
    assert (problem.line, problem.field) == (13, "image.src")
    assert "megapixel, meer dan de toegestane 40,0 megapixel" in problem.message


def test_a_valid_image_passes(project):
    _story_with_image(project, "sanne.png", _png())
    assert load_site(project.root).stories[0].image.src == "sanne.png"


def test_an_event_type_without_explanation_is_named(project):
    project.replace(
        "data/event_types.yml",
        "    explanation: Iemand die in de infra werkt, komt bij jou op school vertellen over het werk.\n",
        "",
    )
    problem = only_problem(project)
    assert (problem.path, problem.field, problem.line) == ("data/event_types.yml", "types.0.explanation", 5)
    assert problem.message.startswith("ontbreekt; elke soort activiteit krijgt één regel uitleg voor bezoekers")
    assert "explanation: ..." in problem.message


def test_an_event_types_explanation_fits_on_one_line_of_a_card(project):
    long = "Een gastles is " + "heel " * 30 + "leuk."
    project.replace(
        "data/event_types.yml",
        "explanation: Iemand die in de infra werkt, komt bij jou op school vertellen over het werk.",
        f"explanation: {long}",
    )
    problem = only_problem(project)
    assert (problem.path, problem.field, problem.line) == ("data/event_types.yml", "types.0.explanation", 8)
    assert problem.message == (
        f"is {len(long)} tekens lang; de uitleg staat op één regel in de agenda, dus hoogstens 100 tekens. Maak hem korter"
    )


def test_an_image_focus_is_two_percentages(project):
    project.write("content/stories/sanne.png", _png())
    project.replace(STORY, "example: true", "example: true\nimage:\n  src: sanne.png\n  alt: Sanne op de bouwplaats\n  focus: 30% 20%")
    story = next(story for story in load_site(project.root).stories if story.source.path == STORY)
    assert story.image is not None and story.image.focus == (0.3, 0.2)


@pytest.mark.parametrize("value", ["links boven", "30 20", "130% 20%", "30%"])
def test_a_bad_image_focus_says_what_to_type(project, value):
    project.write("content/stories/sanne.png", _png())
    project.replace(STORY, "example: true", f"example: true\nimage:\n  src: sanne.png\n  alt: Sanne op de bouwplaats\n  focus: {value}")
    problem = only_problem(project)
    assert (problem.path, problem.line, problem.field) == (STORY, 15, "image.focus")
    assert f"'{value}' is geen punt in de afbeelding" in problem.message
    assert "zoals '50% 30%'" in problem.message


def test_a_postal_code_is_kept_as_on_an_envelope(project):
    project.replace(EVENT, "  city: Heerhugowaard", "  postal_code: 1703ab\n  city: Heerhugowaard")
    event = load_site(project.root).events[0]
    assert event.location is not None and event.location.postal_code == "1703 AB"


@pytest.mark.parametrize("value", ["170 AB", "1703", "0703 AB", "1703 A1"])
def test_a_bad_postal_code_says_what_to_type(project, value):
    project.replace(EVENT, "  city: Heerhugowaard", f"  postal_code: {value}\n  city: Heerhugowaard")
    problem = only_problem(project)
    assert problem.field == "location.postal_code"
    assert f"'{value}' is geen postcode; verwacht vier cijfers en twee letters, zoals '1703 AB'" in problem.message
