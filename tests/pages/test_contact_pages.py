"""The built sample site: from every persona, partner and event page a visitor reaches a real person or sign-up in
one tap, every mailto: link is well formed (RFC 6068, read back with urllib), and the request pages send the right
request to the right contact."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import html5lib
import pytest

from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.clock import build_date
from sitegen.loading.loader import load_site
from sitegen.model.contact_route import contact_route, partner_route
from sitegen.model.requests import request_body
from sitegen.pages.requests import offered_in

SITE = load_site(PROJECT_ROOT)
SETTINGS = SITE.references.settings
TODAY = build_date(SETTINGS.zone)
NS = "{http://www.w3.org/1999/xhtml}"


def _document(built_site: Path, page: str):
    path = built_site / urls.page_url(page) / "index.html"
    return html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)


def _links(element) -> list[str]:
    return [a.get("href") for a in element.iter(f"{NS}a") if a.get("href")]


def _by_class(root, name: str) -> list:
    return [element for element in root.iter() if name in (element.get("class") or "").split()]


def _mailto(uri: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(uri)
    assert parts.scheme == "mailto" and not parts.fragment, uri
    assert all(33 <= ord(character) < 127 for character in uri), f"not percent-encoded: {uri}"
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)


def _page_title(item) -> str:
    return getattr(item, "title", None) or item.name


PAGES = [(kind, item) for kind, items in (("persona", SITE.personas), ("partner", SITE.partners), ("event", SITE.events)) for item in items]


@pytest.mark.parametrize(("kind", "item"), PAGES, ids=[f"{kind}-{item.slug}" for kind, item in PAGES])
def test_every_persona_partner_and_event_page_has_a_contact_route(built_site: Path, kind: str, item) -> None:
    page = {"persona": urls.persona_page, "partner": urls.partner_page, "event": urls.event_page}[kind](item.slug)
    root = _document(built_site, page)
    route = contact_route(SITE, item, TODAY)
    assert route is not None, f"{page}: no contact route at all"
    blocks = _by_class(root, "ib-contact")
    actions = [href for block in blocks for href in _links(block)]
    if route.registration:
        signup = [href for block in _by_class(root, "ib-event-key__action") for href in _links(block)]
        assert route.registration in signup, f"{page}: no sign-up button to {route.registration}"
    if route.contact is not None:
        assert len(blocks) == 1, f"{page}: expected one contact block"
        assert any(href.startswith(("mailto:", "tel:", "https://")) for href in actions), f"{page}: no one-tap contact"
        text = "".join(blocks[0].itertext())
        assert route.contact.role in text
        assert ("Voorbeeldadres" in text) is route.contact.example, f"{page}: an invented contact must say so"
    for href in actions:
        if href.startswith("mailto:"):
            address, query = _mailto(href)
            assert address == route.contact.email
            assert query["subject"] == [f"{SETTINGS.texts.mail_subject}: {_page_title(item)}"]


def test_every_mailto_link_of_the_site_is_well_formed(built_site: Path) -> None:
    found = 0
    for path in built_site.rglob("*.html"):
        root = html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)
        for href in _links(root):
            if href.startswith("mailto:"):
                address, query = _mailto(href)
                assert "@" in address and set(query) <= {"subject", "body"}, f"{path}: {href}"
                assert "\n" not in query.get("body", [""])[0].replace("\r\n", ""), f"{path}: a bare line feed in the body"
                found += 1
    assert found > len(PAGES), "fewer mail links than pages with a contact"


def test_the_footer_shows_the_networks_contact_on_every_page(built_site: Path) -> None:
    contact = SETTINGS.contact
    assert contact is not None
    root = _document(built_site, urls.HOME)
    footer = _by_class(root, "ib-footer__contact")
    assert len(footer) == 1
    text = "".join(footer[0].itertext())
    assert contact.role in text and contact.email in text and contact.address in text and "Voorbeeldadres" in text
    assert contact.tel in _links(footer[0])


def test_each_request_page_mails_each_partner_that_offers_it_there_with_the_filled_in_template(built_site: Path) -> None:
    requests = SITE.references.requests
    assert requests is not None
    pages = 0
    for region in SITE.references.regions:
        for slug in requests.offers:
            offer = SITE.references.offer_by_slug[slug]
            root = _document(built_site, urls.request_offer(region.slug, offer.slug))
            mails = [href for href in _links(root) if href.startswith("mailto:")]
            partners = offered_in(SITE, region, offer)
            expected = [partner_route(SITE, p).contact for p in partners] or [
                SITE.references.contact_of_region.get(region.slug) or SETTINGS.contact
            ]
            # The page's request mails (the footer's mail to the network comes last and has no body).
            request_mails = [href for href in mails if "body=" in href]
            assert [_mailto(href)[0] for href in request_mails] == [contact.email for contact in expected]
            for href, partner, contact in zip(request_mails, partners or [None], expected, strict=True):
                _, query = _mailto(href)
                assert offer.name.lower() in query["subject"][0] and region.name in query["subject"][0]
                body = query["body"][0]
                values = {"aanbod": offer.name.lower(), "regio": region.name, "rol": contact.role,
                          "partner": partner.name if partner else region.name}
                assert body.replace("\r\n", "\n") == request_body(requests, values)
                for question in requests.questions:
                    assert f"\r\n{question.label}: " in body
            pages += 1
    assert pages == len(SITE.references.regions) * len(requests.offers)


def test_the_request_index_links_every_subregion_and_offer(built_site: Path) -> None:
    requests = SITE.references.requests
    root = _document(built_site, urls.REQUESTS)
    here = "/" + urls.page_url(urls.REQUESTS)
    links = {urljoin(here, href) for href in _links(root)}
    for region in SITE.references.regions:
        assert "/" + urls.page_url(urls.request_region(region.slug)) in links
        for slug in requests.offers:
            assert "/" + urls.page_url(urls.request_offer(region.slug, slug)) in links


def test_the_teacher_finds_the_request_page_from_the_teacher_persona(built_site: Path) -> None:
    root = _document(built_site, urls.persona_page("docent"))
    assert any(href.rstrip("/").endswith("/aanvragen") for href in _links(root))
