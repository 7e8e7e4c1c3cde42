"""The network's contact in the footer of every page: its role, e-mail, phone, address and social links.

Finished HTML for overrides/partials/copyright.html (MkDocs' theme templates do not escape), every value through
`escape.html_text`/`html_attribute`; an invented contact is marked 'voorbeeldadres' like on the pages.
"""

from __future__ import annotations

from sitegen.escape import CONTACT_SCHEMES, WEB_SCHEMES, html_attribute, html_text, safe_url
from sitegen.model.references import SiteSettings
from sitegen.urls import mailto


def _link(href: str, text: str, schemes: tuple[str, ...] = CONTACT_SCHEMES) -> str:
    return f'<a href="{html_attribute(safe_url(href, schemes) or "")}">{html_text(text)}</a>'


def footer_contact(settings: SiteSettings) -> str:
    """The footer's contact block, or '' when the network has neither a contact nor social links."""
    contact = settings.contact
    lines: list[str] = []
    if contact is not None:
        lines.append(f'<li class="ib-footer__role">{html_text(contact.role)}</li>')
        if contact.email:
            lines.append(f"<li>{_link(mailto(contact.email, settings.texts.mail_subject), contact.email)}</li>")
        if contact.phone and contact.tel:
            lines.append(f"<li>{_link(contact.tel, contact.phone)}</li>")
        if contact.address:
            lines.append(f"<li>{html_text(contact.address)}</li>")
        if contact.page:
            lines.append(f"<li>{_link(contact.page, 'Contactpagina', WEB_SCHEMES)}</li>")
        if contact.example:
            lines.append('<li class="ib-footer__example">Voorbeeldadres: verzonnen, nog niet het echte contact.</li>')
    social = "".join(f"<li>{_link(link.url, link.name, WEB_SCHEMES)}</li>" for link in settings.social)
    if not lines and not social:
        return ""
    parts = ['<div class="ib-footer__contact">']
    if lines:
        parts.append(f'<ul class="ib-footer__contact-lines" aria-label="Contact">{"".join(lines)}</ul>')
    if social:
        parts.append(f'<ul class="ib-footer__social" aria-label="Sociale media">{social}</ul>')
    parts.append("</div>")
    return "".join(parts)
