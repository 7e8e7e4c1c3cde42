"""Picture cards and the hero: the finished HTML that lists and landing pages are made of.

Each card is one link (its accessible name is the title), so a pupil on a phone taps anywhere on it. Editors' text
goes through `escape.html_text`; the picture comes from the image pipeline, lazy below the fold.
"""

from __future__ import annotations

from sitegen.escape import CONTACT_SCHEMES, html_attribute, html_text, safe_url
from sitegen.images import ResponsiveImage, picture_html
from sitegen.model.contact import Contact
from sitegen.urls import mailto

CARD_SIZES = "(min-width: 76em) 18em, (min-width: 45em) 30vw, 100vw"
HERO_SIZES = "(min-width: 76em) 38em, 100vw"


def card(
    href: str,
    title: str,
    text: str = "",
    picture: ResponsiveImage | None = None,
    alt: str = "",
    base: str = "",
    label: str = "",
) -> str:
    """One picture card: a link around an optional picture, a small label, the title and one line of text."""
    figure = (
        f'<span class="ib-tile__media">{picture_html(picture, alt, sizes=CARD_SIZES, lazy=True, base=base)}</span>'
        if picture is not None
        else '<span class="ib-tile__media ib-tile__media--empty" aria-hidden="true"></span>'
    )
    parts = [
        figure,
        '<span class="ib-tile__body">',
        f'<span class="ib-tile__label">{html_text(label)}</span>' if label else "",
        f'<span class="ib-tile__title">{html_text(title)}</span>',
        f'<span class="ib-tile__text">{html_text(text)}</span>' if text else "",
        "</span>",
    ]
    return f'<a class="ib-tile" href="{html_attribute(href)}">{"".join(parts)}</a>'


def cards(items: list[str], label: str, landmark: bool = False) -> str:
    """Cards in a responsive grid, as a list with an accessible name; `landmark` makes it a navigation landmark
    (the chooser "Wie ben jij?", which a screen reader user can jump to)."""
    listed = "".join(f"<li>{item}</li>" for item in items)
    if landmark:
        return f'<nav class="ib-chooser" aria-label="{html_attribute(label)}"><ul class="ib-tiles">{listed}</ul></nav>'
    return f'<ul class="ib-tiles" aria-label="{html_attribute(label)}">{listed}</ul>'


def hero(
    heading: str,
    promise: str,
    action_href: str,
    action_text: str,
    picture: ResponsiveImage | None = None,
    alt: str = "",
    base: str = "",
    caption_href: str = "",
    caption: str = "",
    label: str = "",
) -> str:
    """The top of a landing page: a large picture, the page's one promise as its heading, and one primary button.

    `label` is a small line above the heading (whose page this is); an empty `promise` leaves its line out.
    """
    media = ""
    if picture is not None:
        credit = (
            f'<a class="ib-hero__caption" href="{html_attribute(caption_href)}">{html_text(caption)}</a>'
            if caption and caption_href
            else ""
        )
        media = f'<div class="ib-hero__media">{picture_html(picture, alt, sizes=HERO_SIZES, lazy=False, base=base)}{credit}</div>'
    return (
        '<div class="ib-hero">'
        f"{media}"
        '<div class="ib-hero__text">'
        + (f'<p class="ib-hero__label">{html_text(label)}</p>' if label else "")
        + f'<h1 class="ib-hero__title">{html_text(heading)}</h1>'
        + (f'<p class="ib-hero__promise">{html_text(promise)}</p>' if promise else "")
        + f'<p class="ib-hero__action"><a class="md-button md-button--primary" href="{html_attribute(action_href)}">'
        f"{html_text(action_text)}</a></p>"
        "</div></div>"
    )


def route_steps(route: str, label: str) -> str:
    """A career route written as 'vmbo → mbo → werk', drawn as numbered steps on a line (a list for everyone)."""
    steps = [step.strip() for step in route.split("→") if step.strip()]
    items = "".join(f'<li class="ib-route__step">{html_text(step)}</li>' for step in steps)
    return f'<ol class="ib-route" aria-label="{html_attribute(label)}">{items}</ol>'


def contact_card(
    contact: Contact,
    subject: str,
    name: str,
    mail_text: str,
    call_text: str,
    page_text: str,
    example_text: str,
    body: str = "",
    primary: bool = True,
) -> str:
    """A contact route as a block with buttons: who (the role, and whose), one tap to mail (subject and body
    filled in), call or open the contact page; the first of these is the primary button when `primary` (not on a
    page whose one primary action is elsewhere, such as a hero or a sign-up). An invented contact says
    so (`example_text`), the way example partners do."""
    actions: list[tuple[str, str, str]] = []
    if contact.email:
        actions.append((mailto(contact.email, subject, body), mail_text, contact.email))
    if contact.tel and contact.phone:
        actions.append((contact.tel, f"{call_text} {contact.phone}", ""))
    if contact.page:
        actions.append((contact.page, page_text, ""))
    buttons = " ".join(
        f'<a class="md-button{" md-button--primary" if index == 0 and primary else ""}" href="{html_attribute(safe_url(href, CONTACT_SCHEMES) or "")}">'
        f"{html_text(text)}</a>"
        + (f' <span class="ib-contact__address">{html_text(shown)}</span>' if shown else "")
        for index, (href, text, shown) in enumerate(actions)
    )
    example = (
        f'<p class="ib-contact__example">{html_text(example_text)}</p>' if contact.example else ""
    )
    return (
        '<div class="ib-contact">'
        f'<p class="ib-contact__who"><span class="ib-contact__role">{html_text(contact.role)}</span>'
        f'<span class="ib-contact__name">{html_text(name)}</span></p>'
        f"{example}"
        f'<p class="ib-contact__actions">{buttons}</p>'
        "</div>"
    )
