"""The form of /activiteit-aanmelden/ (pages/submit_form.py): its fields are the event model's, in its order, with
the model's Dutch labels; its choices are the site's own lists; editors' names are text, never markup; the page
names the editors' address, or an example address marked as such."""

from __future__ import annotations

import dataclasses
import json
from html.parser import HTMLParser

from conftest import PROJECT_ROOT, ProjectMaker
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.model.event import EventFields, Location
from sitegen.pages.generate import generate_pages
from sitegen.pages.submit_form import NOT_ASKED, editors_of, form_html, page_data

SITE = load_site(PROJECT_ROOT)


class FormReader(HTMLParser):
    """Controls by name (in order), the options of each, the labels by `for`, the page data."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self.options: dict[str, list[str]] = {}
        self.labels: dict[str, str] = {}
        self.legends: list[str] = []
        self.ids: set[str] = set()
        self.described: list[str] = []
        self.data = ""
        self._select: str | None = None
        self._text: list[str] | None = None
        self._label_for: str | None = None
        self._in_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if attributes.get("aria-describedby"):
            self.described.extend(str(attributes["aria-describedby"]).split())
        name = attributes.get("name")
        if tag in ("input", "select", "textarea") and name:
            if name not in self.names:
                self.names.append(name)
            if attributes.get("type") == "checkbox":
                self.options.setdefault(name, []).append(str(attributes["value"]))
        if tag == "select":
            self._select = name
            self.options[str(name)] = []
        if tag == "option" and self._select and attributes.get("value"):
            self.options[self._select].append(str(attributes["value"]))
        if tag in ("label", "legend"):
            self._text, self._label_for = [], attributes.get("for") or f"legend:{len(self.legends)}"
        if tag == "script" and attributes.get("id") == "ib-submit-data":
            self._in_data = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        if tag in ("label", "legend") and self._text is not None:
            text = "".join(self._text)
            if tag == "legend":
                self.legends.append(text)
            self.labels[str(self._label_for)] = text
            self._text = None
        if tag == "script":
            self._in_data = False

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)
        if self._in_data:
            self.data += data


def read(site=SITE) -> FormReader:
    reader = FormReader()
    reader.feed(form_html(site, page_data(site, editors_of(site), "https://github.com/o/r/new/main", "content/events")))
    return reader


def test_every_field_of_the_model_is_asked_in_its_order_with_its_dutch_label() -> None:
    reader = read()
    expected = []
    for name in EventFields.model_fields:
        if name in NOT_ASKED:
            continue
        if name == "location":
            expected += [f"location.{inner}" for inner in Location.model_fields]
        else:
            expected.append(name)
    assert reader.names == [*expected, "body"]
    assert reader.labels["f-title"] == "Titel (verplicht)"
    assert reader.labels["f-start"] == "Begin (verplicht)"
    assert reader.labels["f-end"] == "Einde"
    assert reader.labels["f-location-city"] == "Plaats (verplicht bij een plek)"
    assert "Voor wie (verplicht)" in reader.legends and "Plek" in reader.legends
    # Every hint and error a control points at exists.
    assert set(reader.described) <= reader.ids


def test_the_choices_are_the_sites_own_lists() -> None:
    options = read().options
    assert options["type"] == [item.slug for item in SITE.references.event_types]
    assert options["audiences"] == [persona.slug for persona in SITE.personas]
    assert options["chain_stages"] == [stage.slug for stage in SITE.references.stages]
    assert options["leaks"] == [leak.code for leak in SITE.references.leaks]
    assert options["organizer"] == [partner.slug for partner in SITE.partners]
    assert sorted(options["location.municipality"]) == sorted(SITE.references.municipality_by_slug)
    assert options["status"] == ["gepland", "afgelast", "uitgesteld", "verplaatst-naar-online"]


def test_names_from_content_are_text_and_examples_are_marked() -> None:
    partner = SITE.partners[0].model_copy(update={"name": '<img src=x onerror=alert(1)> & "Zoon"', "example": True})
    site = dataclasses.replace(SITE, partners=(partner, *SITE.partners[1:]))
    html = form_html(site, page_data(site, editors_of(site), "https://github.com/o/r/new/main", "content/events"))
    assert "<img" not in html
    assert '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Zoon&quot; (voorbeeld)</option>' in html


def test_the_page_data_is_json_that_cannot_close_its_script() -> None:
    reader = read()
    data = json.loads(reader.data)
    assert data["folder"] == "content/events"
    assert sorted(data["taken"]) == sorted(event.slug for event in SITE.events)
    assert "</" not in reader.data


def test_an_example_contact_in_site_yml_is_said_to_be_one(project: ProjectMaker) -> None:
    site = load_site(project.root)
    editors = editors_of(site)
    contact = site.references.settings.contact
    assert contact is not None and contact.example  # the sample network's contact is a placeholder
    assert (editors.address, editors.address_is_example) == (contact.email, True)
    page = generate_pages(site, SITE.events[0].first_day)[urls.SUBMIT_EVENT]
    assert editors.address in page and "voorbeeldadres" in page
    assert f"mailto:{editors.address}" not in page
    assert "page_script: [event-validator.js, submit.js]" in page
