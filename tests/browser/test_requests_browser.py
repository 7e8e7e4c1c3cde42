"""Gastles of snuffelstage aanvragen in a real Chromium: the chooser and the request form by keyboard, the mail
links filled in from the form (and still complete without JavaScript), axe on every request page kind and on a
page with a contact block, at a phone's and a laptop's size; screenshots in build/screenshots/."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from browser_support import Chromium, assert_no_axe_violations, block_page_scripts, choose_by_keyboard, goto, new_page, tab_to
from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.pages.requests import offered_in

pytestmark = pytest.mark.browser

SITE = load_site(PROJECT_ROOT)
SCREENSHOTS = PROJECT_ROOT / "build" / "screenshots"
VIEWPORTS = {"phone": (390, 844), "desktop": (1366, 900)}
REQUESTS = SITE.references.requests
assert REQUESTS is not None


def _region_and_offer_with_partners():
    for region in SITE.references.regions:
        for slug in REQUESTS.offers:
            offer = SITE.references.offer_by_slug[slug]
            if len(offered_in(SITE, region, offer)) >= 2:
                return region, offer
    raise AssertionError("the sample content changed: no subregion where two partners offer the same thing")


REGION, OFFER = _region_and_offer_with_partners()
PAGES = {
    "requests": "/" + urls.page_url(urls.REQUESTS),
    "region": "/" + urls.page_url(urls.request_region(REGION.slug)),
    "offer": "/" + urls.page_url(urls.request_offer(REGION.slug, OFFER.slug)),
    "partner-contact": "/" + urls.page_url(urls.partner_page(next(p.slug for p in SITE.partners if p.contact and p.contact.phone))),
    "persona-contact": "/" + urls.page_url(urls.persona_page("statushouder")),
}
ANSWERS = {"school": "Vmbo De Dijk & Zn", "klas": "3B", "niveau": "vmbo-kader", "leerlingen": "24", "weken": "week 12 of 14?"}


def _request_mails(page) -> list[str]:
    return page.eval_on_selector_all("a[data-request-mail]", "links => links.map(link => link.href)")


def _body(href: str) -> str:
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and not parts.fragment
    return parse_qs(parts.query, strict_parsing=True, keep_blank_values=True)["body"][0]


# Without scripts only the request pages: Material's side navigation on a partner page fails axe without its script
# (scrollable-region-focusable), which is not the contact block's doing.
AXE_CASES = [
    pytest.param(page_id, scripts, id=f"{page_id}-{'script' if scripts else 'no-script'}")
    for page_id in PAGES for scripts in (True, False) if scripts or page_id in ("requests", "region", "offer")
]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(("page_id", "scripts"), AXE_CASES)
def test_no_axe_violations_and_a_screenshot(site_server: str, chromium: Chromium, page_id: str, scripts: bool, viewport: str) -> None:
    width, height = VIEWPORTS[viewport]
    with new_page(chromium, viewport={"width": width, "height": height}) as (context, page):
        if not scripts:
            block_page_scripts(context)
        goto(page, site_server + PAGES[page_id])
        page.wait_for_load_state("networkidle")
        if scripts:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"contact-{page_id}-{width}x{height}.png"), full_page=True)
        if scripts:
            # (Without Material's script its header topic is a few px too wide on every page with a long title.)
            overflow = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
            assert not overflow, f"{page_id}: the page scrolls sideways at {width} px"
        assert_no_axe_violations(page, f"{page_id} at {width}×{height}{'' if scripts else ' without scripts'}")


def test_the_chooser_opens_the_page_of_a_subregion_and_offer_by_keyboard(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, viewport={"width": 390, "height": 844}) as (_, page):
        goto(page, site_server + PAGES["requests"])
        choose_by_keyboard(page, "ib-request-region", REGION.slug)
        choose_by_keyboard(page, "ib-request-offer", OFFER.slug)
        page.keyboard.press("Tab")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert urlsplit(page.url).path == PAGES["offer"]
        assert page.get_by_role("heading", level=1).inner_text().startswith(OFFER.name)


def test_the_form_fills_the_answers_into_every_request_mail_by_keyboard(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, viewport={"width": 390, "height": 844}) as (_, page):
        goto(page, site_server + PAGES["offer"])
        before = _request_mails(page)
        assert len(before) >= 2
        for key, answer in ANSWERS.items():
            tab_to(page, f"ib-vraag-{key}")
            page.keyboard.type(answer)
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.hasAttribute('data-request-mail')"), "Enter does not lead to the mail"
        after = _request_mails(page)
        assert len(after) == len(before)
        for old, new in zip(before, after, strict=True):
            assert unquote(urlsplit(old).path) == unquote(urlsplit(new).path)
            assert parse_qs(urlsplit(old).query)["subject"] == parse_qs(urlsplit(new).query)["subject"]
            body = _body(new)
            for question in REQUESTS.questions:
                assert f"\r\n{question.label}: {ANSWERS[question.key]}\r\n" in body
            # Only the answers differ from the mail sent without JavaScript.
            expected = _body(old)
            for question in REQUESTS.questions:
                expected = expected.replace(f"{question.label}: \r\n", f"{question.label}: {ANSWERS[question.key]}\r\n")
            assert body == expected


def test_without_javascript_the_form_is_hidden_and_the_mails_hold_the_empty_template(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium) as (context, page):
        block_page_scripts(context)
        goto(page, site_server + PAGES["offer"])
        assert not page.locator("form[data-request-form]").is_visible()
        mails = _request_mails(page)
        assert mails
        for href in mails:
            for question in REQUESTS.questions:
                assert f"\r\n{question.label}: \r\n" in _body(href)
        goto(page, site_server + PAGES["requests"])
        assert not page.locator("form[data-request-chooser]").is_visible()
        page.get_by_role("link", name=REGION.name, exact=True).click()
        page.get_by_role("link", name=OFFER.name, exact=True).click()
        assert urlsplit(page.url).path == PAGES["offer"]
