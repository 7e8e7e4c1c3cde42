"""The Markdown pages of the site: one per event, persona, story, partner and programme, an index per kind and the home page."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from functools import partial

from markupsafe import Markup

from sitegen import urls
from sitegen.files.media import Media
from sitegen.model.body_links import rewrite_links
from sitegen.model.kinds import CONTENT_KINDS, EVENTS, STORIES, kind_of
from sitegen.model.site import Site
from sitegen.pages.agenda import agenda_pages, card_items, coming_items
from sitegen.pages.chain_diagram import DiagramText, chain_diagram, chain_shape
from sitegen.pages.glossary_terms import glossary_pages, mark_terms
from sitegen.pages.languages import language_page_markdown
from sitegen.pages.partner_map import partner_map
from sitegen.pages.partners import partner_pages
from sitegen.pages.programmes import programme_pages
from sitegen.pages.render import render_page
from sitegen.pages.requests import request_pages
from sitegen.pages.structured_data import article, breadcrumbs, organization, script, website
from sitegen.pages.submit_form import editors_of, form_html, page_data
from sitegen.problems import ContentError, Problem

# The words inside the picture of the chain (its links' names say the same as the list under it on the page).
CHAIN_WORDS = DiagramText(
    title="De keten als plaatje; elke schakel is een link naar zijn uitleg op deze pagina",
    leak_legend="lek: hier haken mensen af",
    entry_legend="zij-instap: hier stappen mensen in",
    one_leak="lek {codes}",
    several_leaks="lekken {codes}",
    joins="stapt in bij {stage}",
    conjunction="en",
)


def generate_pages(site: Site, today: date, media: Media | None = None) -> dict[str, str]:
    """`{source path: Markdown}` for every generated page, as of `today` (what is past and what is coming)."""
    media = media or Media({}, {}, {})
    pages = {
        urls.HOME: render_page(
            "home.md.j2", urls.HOME, site=site, today=today, media=media, pictures=media.pictures,
            coming=coming_items(site, today, 4),
        ) + script(organization(site), website(site)),
        urls.CHAIN: render_page(
            "chain.md.j2", urls.CHAIN, site=site, shape=chain_shape(site.references.stages),
            diagram=Markup(chain_diagram(site.references.stages, site.references.leaks, CHAIN_WORDS)),
        ),
        urls.PARTNER_MAP: _partner_map_page(site),
        **agenda_pages(site, today, media.pictures),
        urls.PERSONAS: render_page("personas.md.j2", urls.PERSONAS, site=site, media=media),
        urls.STORIES: render_page("stories.md.j2", urls.STORIES, site=site, media=media),
        **partner_pages(site),
        **programme_pages(site, today, media.pictures),
        urls.SUBSCRIBE: render_page("subscribe.md.j2", urls.SUBSCRIBE, site=site),
        **request_pages(site),
        urls.SUBMIT_EVENT: _submit_page(site),
        **glossary_pages(site),
    }
    pages.update(language_page_markdown(site, media.share_cards))
    problems = list(_collisions(site, pages))
    if problems:
        raise ContentError(problems)
    page_of_source = source_pages(site)
    for kind in CONTENT_KINDS:
        for item in site.items_of(kind):
            page = kind.page(item.slug)
            body_html = rewrite_links(item.body_html, item.source.path, page_of_source.get, page)
            if site.references.glossary:
                body_html = mark_terms(body_html, site.references.glossary, urls.relative_url(page, urls.GLOSSARY))
            body = body_block(body_html)
            picture = media.pictures.get(item.source.path)
            share_image = media.share_cards.get(page)
            structured = [breadcrumbs(site, kind, getattr(item, kind.title_field), page)]
            if kind is STORIES:
                structured.append(article(site, item, share_image))
            pages[page] = render_page(
                f"{kind.name}.md.j2", page, site=site, body=body, picture=picture, share_image=share_image,
                share_image_alt=media.share_card_alts.get(page, ""), today=today,
                media=media, pictures=media.pictures, agenda_items=partial(card_items, site, today=today),
                **{kind.name: item},
            ) + script(*structured)
    return pages


def _partner_map_page(site: Site) -> str:
    drawn = partner_map(
        site,
        "Partners op de kaart",
        f"Kaart van de gemeenten van {site.references.settings.region}, gekleurd per subregio, met een stip per "
        "partner; een stip met een getal staat voor meer partners dicht bij elkaar.",
    )
    return render_page("partners_map.md.j2", urls.PARTNER_MAP, site=site, map=drawn, svg=Markup(drawn.svg))


def _submit_page(site: Site) -> str:
    editors = editors_of(site)
    data = page_data(site, editors, urls.github_new_file(editors.repository), f"content/{EVENTS.folder}")
    return render_page("submit_event.md.j2", urls.SUBMIT_EVENT, site=site, editors=editors, form=Markup(form_html(site, data)))


def _collisions(site: Site, listing: Mapping[str, str]) -> Iterator[Problem]:
    """A content file whose page would replace a page the site makes itself (`content/events/abonneren.md`)."""
    for item in site.items:
        page = kind_of(item).page(item.slug)
        if page in listing:
            yield Problem(
                item.source.path, None, None,
                f"dit bestand zou de pagina /{urls.page_url(page)} krijgen, maar dat adres is al een pagina van de site "
                f"zelf; geef het bestand een andere naam, zoals '{item.slug}-2.md'.",
            )


def body_block(body_html: str) -> Markup:
    """The sanitised body as one raw HTML block of the Markdown page: MkDocs passes it on untouched."""
    if not body_html.strip():
        return Markup("")
    return Markup(f'<div class="ib-body">\n{body_html.strip()}\n</div>')


def source_pages(site: Site) -> dict[str, str]:
    """The page generated from each content file: `{content/events/x.md: agenda/x.md}`."""
    return {item.source.path: kind.page(item.slug) for kind in CONTENT_KINDS for item in site.items_of(kind)}
