"""An event's page leads with picture, date, place and the sign-up button; an ended, cancelled or postponed event says
so at the top and offers no sign-up. "Ended" is decided by the build date, and again in the browser (data-ended)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import ProjectMaker
from sitegen import urls
from sitegen.images import ResponsiveImage, Variant
from sitegen.loading.loader import load_site
from sitegen.model.fields import ImageRef
from sitegen.pages.generate import generate_pages
from sitegen.pages.render import render_page

# conftest's open-dag: Saturday 14 March 2026, 10:00–15:00, in Heerhugowaard.
EVENT = "content/events/open-dag.md"
PAGE = urls.event_page("open-dag")
SIGN_UP = "https://example.org/aanmelden"
BEFORE, LAST_DAY, AFTER = date(2026, 3, 1), date(2026, 3, 14), date(2026, 3, 15)
ENDED = "Deze activiteit is afgelopen."


def page_of(project: ProjectMaker, today: date, *extra: str) -> str:
    lines = "".join(f"\n{line}" for line in (f"registration: {SIGN_UP}", "summary: Kijk een dag rond.", *extra))
    project.replace(EVENT, "organizer: voorbeeld-bv", f"organizer: voorbeeld-bv{lines}")
    return generate_pages(load_site(project.root), today)[PAGE]


def body_of(markdown: str) -> str:
    """The page without its front matter and its JSON-LD (which search engines read, not visitors)."""
    return markdown.split("---\n", 2)[2].split('<script type="application/ld+json">')[0]


def sign_up_links(markdown: str) -> list[str]:
    return re.findall(rf'<a class="md-button md-button--primary" href="{re.escape(SIGN_UP)}">Aanmelden', markdown)


def test_an_open_event_leads_with_date_place_and_the_sign_up_button(project):
    markdown = page_of(project, BEFORE)
    body = body_of(markdown)
    assert "page_script: lists.js" in markdown.split("---\n", 2)[1]
    key = re.search(r'<div class="ib-event-key">\n(.*?)\n</div>', body, re.S).group(1)
    assert key.splitlines() == [
        '<p class="ib-event-key__when"><span class="ib-event-key__label">Wanneer</span> za 14 maart 2026, 10:00–15:00</p>',
        '<p class="ib-event-key__where"><span class="ib-event-key__label">Waar</span> Infra-opleidingscentrum, Heerhugowaard'
        ' (<a href="https://www.openstreetmap.org/search?query=Infra-opleidingscentrum%2C%20Heerhugowaard">bekijk op OpenStreetMap</a>)</p>',
        '<p class="ib-event-open ib-event-key__action" data-end="2026-03-14" data-ended="hide">'
        f'<a class="md-button md-button--primary" href="{SIGN_UP}">Aanmelden'
        '<span class="ib-visually-hidden"> voor Open dag infra</span></a></p>',
    ]
    # Title, then the key facts with the button, then the summary, the details and the editor's text.
    order = [body.index(part) for part in ("# Open dag infra", 'class="ib-event-key"', "Kijk een dag rond.", "Soort activiteit", "Kom kijken.")]
    assert order == sorted(order), order
    assert len(sign_up_links(markdown)) == 1


def test_an_open_event_carries_what_the_browser_needs_to_close_it(project):
    body = body_of(page_of(project, BEFORE))
    # The notice is there, hidden until the visitor's date is past the last day; the sign-up and calendar links go then.
    assert (
        '<div class="admonition note ib-event-notice ib-event-ended" data-end="2026-03-14" data-ended="show" hidden>\n'
        '<p class="admonition-title">Afgelopen</p>\n'
        f'<p>{ENDED} <a href="../../agenda/">Kijk in de agenda wat er binnenkort is</a>.</p>\n</div>'
    ) in body
    assert '<div class="ib-event-open" data-end="2026-03-14" data-ended="hide" markdown>\n\n## Zet in je agenda' in body
    assert body.index("ib-event-ended") < body.index("ib-event-key"), "the notice is at the top"


def test_on_its_last_day_an_event_is_still_open(project):
    markdown = page_of(project, LAST_DAY)
    assert len(sign_up_links(markdown)) == 1
    assert 'data-ended="show" hidden>' in markdown


def test_an_ended_event_says_so_at_the_top_and_offers_no_sign_up(project):
    markdown = page_of(project, AFTER)
    body = body_of(markdown)
    assert '<div class="admonition note ib-event-notice ib-event-ended">' in body, "shown, and no script may hide it"
    assert ENDED in body and body.index(ENDED) < body.index("Wanneer")
    assert sign_up_links(markdown) == [] and SIGN_UP not in body and "Aanmelden" not in body
    assert "Zet in je agenda" not in body and "data-ended" not in body
    assert "page_script" not in markdown.split("---\n", 2)[1], "nothing left for the script to decide"
    assert "za 14 maart 2026, 10:00–15:00" in body, "the date stays"


@pytest.mark.parametrize("today", [BEFORE, AFTER])
def test_a_cancelled_event_says_afgelast_at_the_top_and_offers_no_sign_up(project, today):
    markdown = page_of(project, today, "status: afgelast")
    body = body_of(markdown)
    assert body.lstrip().startswith('# Open dag infra\n\n!!! danger ib-event-notice "Afgelast"\n    Deze activiteit gaat niet door.')
    assert sign_up_links(markdown) == [] and SIGN_UP not in body
    assert ENDED not in body and "Zet in je agenda" not in body


@pytest.mark.parametrize("today", [BEFORE, AFTER])
def test_a_postponed_event_strikes_through_the_old_date(project, today):
    markdown = page_of(project, today, "status: uitgesteld")
    body = body_of(markdown)
    assert body.lstrip().startswith('# Open dag infra\n\n!!! warning ib-event-notice "Uitgesteld"\n')
    assert (
        '<span class="ib-event-key__label">Wanneer</span> <del>za 14 maart 2026, 10:00–15:00</del> '
        '<span class="ib-event-key__note">Dat was de oude datum. De nieuwe datum volgt.</span>'
    ) in body
    assert sign_up_links(markdown) == [] and ENDED not in body and "Zet in je agenda" not in body


def test_a_moved_online_event_still_takes_sign_ups(project):
    markdown = page_of(project, BEFORE, "status: verplaatst-naar-online", "online: https://example.org/live")
    body = body_of(markdown)
    assert '!!! info ib-event-notice "Verplaatst naar online"' in body
    assert '<span class="ib-event-key__label">Online</span> <a href="https://example.org/live">https://example.org/live</a>' in body
    assert len(sign_up_links(markdown)) == 1


def test_the_type_is_explained_on_the_page(project):
    body = body_of(page_of(project, BEFORE))
    assert "Soort activiteit\n:   Open dag. Een opleiding zet de deuren open: je kijkt rond en stelt je vragen." in body


def test_the_picture_comes_first(project):
    site = load_site(project.root)
    [event] = site.events
    event = event.model_copy(update={"image": ImageRef(src="open-dag.jpg", alt="Leerlingen bij een graafmachine.")})
    picture = ResponsiveImage((Variant("media/events/open-dag-480.jpg", 480, 320, "image/jpeg"),), 480, 320)
    markdown = render_page("event.md.j2", PAGE, site=site, event=event, body="", picture=picture, share_image=None, today=BEFORE)
    key = body_of(markdown).split('<div class="ib-event-key">\n', 1)[1]
    assert key.startswith(
        '<picture><img src="../../media/events/open-dag-480.jpg" width="480" height="320" alt="Leerlingen bij een graafmachine."'
    )
    assert 'loading="lazy"' not in key.split("</picture>")[0], "the first thing on the page loads at once"
