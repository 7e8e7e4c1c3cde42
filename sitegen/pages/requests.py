"""Gastles of snuffelstage aanvragen: /aanvragen/, a page per subregion and per subregion and offer.

A teacher chooses a subregion, then what they want (data/requests.yml `offers`); the page lists the partners there
that offer it (their `offers`, their municipality's subregion) with a mail link to each one's contact route, the
request's Dutch text (data/requests.yml) already in the mail. Plain links without JavaScript; with it, request.js
fills the teacher's answers into the mails from a small form.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitegen import urls
from sitegen.model.contact import Contact
from sitegen.model.contact_route import ContactRoute, Whose, partner_route
from sitegen.model.partner import Partner
from sitegen.model.references import Offer, Region
from sitegen.model.requests import RequestSettings, fill, request_body
from sitegen.model.site import Site
from sitegen.pages.render import render_page

SCRIPT = "request.js"


@dataclass(frozen=True)
class RequestMail:
    """One partner (or, when none offers it, the subregion's or network's contact) and the request mail to it."""

    partner: Partner | None
    route: ContactRoute
    contact: Contact
    subject: str
    greeting: str
    introduction: str
    """The mail's first two paragraphs (the answers and closing follow), for request.js."""
    body: str
    """The whole mail as it is sent without JavaScript: the questions with nothing filled in."""

    @property
    def mailto(self) -> str | None:
        return urls.mailto(self.contact.email, self.subject, self.body) if self.contact.email else None


def offered_in(site: Site, region: Region, offer: Offer) -> tuple[Partner, ...]:
    """The partners in `region` whose `offers` include `offer`, by name."""
    return tuple(
        partner
        for partner in site.partners
        if offer.slug in partner.offers and site.region_of_partner(partner).slug == region.slug
    )


def request_mail(site: Site, settings: RequestSettings, region: Region, offer: Offer, partner: Partner | None) -> RequestMail | None:
    """The request to `partner` (its contact route), or with no partner to the region's aanspreekpunt or network."""
    if partner is not None:
        route = partner_route(site, partner)
    else:
        contact = site.references.contact_of_region.get(region.slug)
        network = site.references.settings.contact
        route = (
            ContactRoute(Whose.REGION, region.name, contact) if contact is not None
            else ContactRoute(Whose.NETWORK, site.references.settings.name, network) if network is not None
            else None
        )
    if route is None or route.contact is None:
        return None
    values = {
        "aanbod": offer.name.lower(), "regio": region.name, "rol": route.contact.role,
        "partner": partner.name if partner is not None else route.name,
    }
    body = request_body(settings, values)
    return RequestMail(
        partner, route, route.contact, fill(settings.subject, values),
        fill(settings.greeting, values), fill(settings.introduction, values), body,
    )


def request_pages(site: Site) -> dict[str, str]:
    """`{source path: Markdown}` of /aanvragen/ and its pages; none when the network has no data/requests.yml."""
    settings = site.references.requests
    if settings is None:
        return {}
    refs = site.references
    offers = tuple(refs.offer_by_slug[slug] for slug in settings.offers)
    counts = {
        (region.slug, offer.slug): len(offered_in(site, region, offer)) for region in refs.regions for offer in offers
    }
    pages = {
        urls.REQUESTS: render_page(
            "requests.md.j2", urls.REQUESTS, site=site, settings=settings, offers=offers, counts=counts, script=SCRIPT
        )
    }
    for region in refs.regions:
        page = urls.request_region(region.slug)
        pages[page] = render_page(
            "requests_region.md.j2", page, site=site, settings=settings, region=region, offers=offers, counts=counts,
            contact=refs.contact_of_region.get(region.slug),
        )
        for offer in offers:
            page = urls.request_offer(region.slug, offer.slug)
            partners = offered_in(site, region, offer)
            mails = [request_mail(site, settings, region, offer, partner) for partner in partners] or [
                request_mail(site, settings, region, offer, None)
            ]
            pages[page] = render_page(
                "requests_offer.md.j2", page, site=site, settings=settings, region=region, offer=offer,
                mails=[mail for mail in mails if mail is not None], offered=bool(partners), script=SCRIPT,
            )
    return pages
