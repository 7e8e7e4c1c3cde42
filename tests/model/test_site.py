"""Cross-references of the Site: related stories and the next events for a story's personas."""

from __future__ import annotations

from datetime import date

from sitegen.loading.loader import load_site

STORY = """---
title: {title}
person: Iemand
role: Uitvoerder
personas: [{persona}]
route: mbo → werk
region: groot-amsterdam
quote: Mooi werk.
date: {day}
example: true
---
Tekst.
"""


def test_related_stories_are_the_newest_sharing_a_persona(project):
    project.write("content/stories/b.md", STORY.format(title="Nieuwer", persona="vmbo-leerling", day="2026-05-01"))
    project.write("content/stories/c.md", STORY.format(title="Ouder", persona="vmbo-leerling", day="2025-01-01"))
    project.write("content/personas/ouder.md", "---\nname: Ouder\npromise: Ja.\nchain_stages: [vmbo]\ncares_about: [Zekerheid]\norder: 2\n---\nTekst.\n")
    project.write("content/stories/d.md", STORY.format(title="Andere doelgroep", persona="ouder", day="2026-06-01"))
    site = load_site(project.root)
    sanne = next(story for story in site.stories if story.slug == "sanne")
    assert [story.title for story in site.related_stories(sanne, limit=3)] == ["Nieuwer", "Ouder"]
    assert [story.title for story in site.stories] == ["Andere doelgroep", "Nieuwer", "Van vmbo naar uitvoerder", "Ouder"]


def test_next_events_for_any_persona(project):
    site = load_site(project.root)
    assert [event.slug for event in site.next_events_for_any(["vmbo-leerling"], date(2026, 3, 1), 3)] == ["open-dag"]
    assert site.next_events_for_any(["vmbo-leerling"], date(2026, 3, 15), 3) == ()


def test_upcoming_events_for_a_persona_leave_out_past_and_cancelled_ones_as_of_each_date(project):
    event = (project.root / "content/events/open-dag.md").read_text(encoding="utf-8")
    later = event.replace("0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c", "1c8d6b4f-3a2e-4d9f-8b7c-2e3f4a5b6c7d")
    project.write("content/events/later.md", later.replace("2026-03-14", "2026-06-01").replace("Open dag infra", "Later"))
    cancelled = later.replace("1c8d6b4f", "2d9e7c5a").replace("Open dag infra", "Afgelast")
    project.write("content/events/afgelast.md", cancelled.replace("organizer: voorbeeld-bv", "organizer: voorbeeld-bv\nstatus: afgelast"))
    site = load_site(project.root)
    persona = next(persona for persona in site.personas if persona.slug == "vmbo-leerling")

    assert [event.slug for event in site.upcoming_events_for(persona, date(2026, 3, 1))] == ["open-dag", "later"]
    assert [event.slug for event in site.upcoming_events_for(persona, date(2026, 3, 15))] == ["later"]
    assert site.upcoming_events_for(persona, date(2026, 6, 2)) == ()
