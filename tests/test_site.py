"""Cross-references of the Site: related stories and the next events for a story's personas."""

from __future__ import annotations

from datetime import date

from sitegen.loader import load_site

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
