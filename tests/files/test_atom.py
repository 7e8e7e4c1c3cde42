"""The Atom feed of stories, read by a real feed parser."""

from __future__ import annotations

import feedparser

from sitegen.files.atom import stories_feed
from sitegen.loading.loader import load_site

SECOND = """---
title: Nieuw verhaal
person: Ali Yilmaz
role: Werkvoorbereider
personas: [vmbo-leerling]
route: mbo → werk
region: groot-amsterdam
quote: "Geen dag is hetzelfde & dat is mooi <echt>."
date: 2026-06-01
example: true
---
Tekst.
"""


def test_feed_parses_without_errors_newest_first(project):
    project.write("content/stories/nieuw.md", SECOND)
    parsed = feedparser.parse(stories_feed(load_site(project.root), "Verhalen uit de infra"))
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Verhalen uit de infra"
    assert [entry.title for entry in parsed.entries] == ["Nieuw verhaal", "Van vmbo naar uitvoerder"]
    assert parsed.entries[0].link == "https://www.infrabindt.nl/verhalen/nieuw/"
    assert parsed.entries[0].summary == "Geen dag is hetzelfde & dat is mooi <echt>. — Ali Yilmaz, Werkvoorbereider"
    assert parsed.entries[0].published == "2026-06-01T00:00:00+02:00"


def test_feed_is_deterministic(project):
    site = load_site(project.root)
    assert stories_feed(site, "x") == stories_feed(site, "x")
