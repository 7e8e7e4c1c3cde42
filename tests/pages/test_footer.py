"""The network's contact in the footer: what data/site.yml gives, escaped, with the example mark; nothing without it."""

from __future__ import annotations

import html5lib

from conftest import PROJECT_ROOT
from sitegen.loading.loader import load_site
from sitegen.model.contact import NetworkContact, SocialLink
from sitegen.pages.footer import footer_contact

SETTINGS = load_site(PROJECT_ROOT).references.settings
NS = "{http://www.w3.org/1999/xhtml}"


def _parsed(markup: str):
    return html5lib.parseFragment(markup, treebuilder="etree", namespaceHTMLElements=True)


def test_the_footer_has_role_mail_phone_address_and_social_links_escaped() -> None:
    contact = NetworkContact(role="Bureau <b>&", email="info@example.org", phone="+31 72 000 0100", address="Weg 1 <i>")
    settings = SETTINGS.model_copy(update={"contact": contact, "social": (SocialLink(name="Insta\"gram", url="https://example.org/a?b=<x>"),)})
    fragment = _parsed(footer_contact(settings))
    text = "".join(fragment.itertext())
    assert "Bureau <b>&" in text and "Weg 1 <i>" in text and "Insta\"gram" in text
    assert not list(fragment.iter(f"{NS}b")) and not list(fragment.iter(f"{NS}i"))
    hrefs = [a.get("href") for a in fragment.iter(f"{NS}a")]
    assert hrefs[0].startswith("mailto:info@example.org?subject=")
    assert "tel:+31720000100" in hrefs and "https://example.org/a?b=%3Cx%3E" in hrefs
    assert "Voorbeeldadres" not in text


def test_an_invented_contact_is_marked_and_no_contact_gives_no_block() -> None:
    assert SETTINGS.contact is not None and SETTINGS.contact.example
    assert "Voorbeeldadres" in footer_contact(SETTINGS)
    assert footer_contact(SETTINGS.model_copy(update={"contact": None, "social": ()})) == ""
