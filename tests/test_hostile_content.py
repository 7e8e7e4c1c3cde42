"""A hostile pull request: the nastiest strings in every field and body of every kind, through a real build.

Every output is read back with a real parser (html5lib, json, icalendar, an XML parser) and must show the editor's
text as typed, with nothing of it executing: no element, attribute, link or script comes from the content.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from xml.etree import ElementTree

import html5lib
import icalendar
import pytest

from conftest import PROJECT_ROOT, mkdocs_build

# Markup, Markdown, attribute lists, quotes of both kinds, entities, a comment that never closes, a CDATA end,
# a JSON-LD breakout and a `#` that YAML would take for a comment if the value were not quoted.
HOSTILE = (
    "Tom \"&\" Jerry's <script>alert('titel')</script><img src=x onerror=alert(1)> "
    "[klik](javascript:alert(2)) *nadruk* _onder_ `code` {: onclick=\"alert(3)\" } </title></script> "
    "&amp; &lt;b&gt; ]]> <!-- #hash \\ | {{ jinja }} {% raw %}"
)
HOSTILE_URL = "https://example.org/pad?a=1&b=\")<script>alert(4)</script>'`{x}"
HOSTILE_BODY = """Gewone tekst met een [goede link](../partners/infra-bindt.md) en **nadruk**.

<script>alert('body')</script>
<img src="x" onerror="alert(5)">
<img src="https://tracker.example/pixel.gif" alt="volg">
<iframe src="https://evil.example/"></iframe>
<form action="https://evil.example/"><input name="q"></form>
<a href="javascript:alert(6)">javascript-link</a> <a href="data:text/html,<script>alert(7)</script>">data-link</a>
<svg onload="alert(8)"><circle r="3"/></svg>
<style>body { display: none }</style>

## Kop met attribuut {: onclick="alert(9)" #__drawer }

<div style="position:fixed;inset:0;background:white">
Een div die nooit sluit en de rest van de pagina zou verbergen.

<!-- een opmerking die nooit sluit
"""
MARKER = "alert("
# A contact's role is a few words on a button (limits.CONTACT_ROLE_CHARACTERS), so the hostile text is shorter.
HOSTILE_ROLE = "<script>alert('rol')</script> *a* {: x } & \"b\""


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


HOSTILE_FILES = {
    "content/partners/vijandige-partner.md": f"""---
name: {_yaml(HOSTILE)}
kind: bedrijf
municipality: alkmaar
website: {_yaml(HOSTILE_URL)}
description: {_yaml(HOSTILE)}
offers: [gastlessen]
contact:
  role: {_yaml(HOSTILE_ROLE)}
  email: "a&b'c@example.org"
  page: {_yaml(HOSTILE_URL)}
---
{HOSTILE_BODY}""",
    "content/personas/vijandige-doelgroep.md": f"""---
name: {_yaml(HOSTILE)}
promise: {_yaml(HOSTILE)}
chain_stages: [vmbo]
cares_about:
  - {_yaml(HOSTILE)}
order: 99
---
{HOSTILE_BODY}""",
    "content/events/vijandige-activiteit.md": f"""---
uid: 0f5b8a4e-1c2d-4e3f-8a9b-0c1d2e3f4a5b
title: {_yaml(HOSTILE)}
start: 2099-11-20 10:00
end: "12:00"
type: gastles
audiences: [vijandige-doelgroep, vmbo-leerling]
location:
  name: {_yaml(HOSTILE)}
  address: {_yaml(HOSTILE)}
  city: {_yaml(HOSTILE)}
  municipality: alkmaar
online: {_yaml(HOSTILE_URL)}
programmes: [vijandige-opleiding]
organizer: vijandige-partner
registration: {_yaml(HOSTILE_URL)}
summary: {_yaml(HOSTILE)}
---
{HOSTILE_BODY}""",
    "content/programmes/vijandige-opleiding.md": f"""---
name: {_yaml(HOSTILE)}
summary: {_yaml(HOSTILE)}
school: vijandige-partner
level: mbo-2
pathway: [bbl]
municipality: alkmaar
location: {_yaml(HOSTILE)}
duration: {_yaml(HOSTILE)}
learn:
  - {_yaml(HOSTILE)}
become:
  - {_yaml(HOSTILE)}
website: {_yaml(HOSTILE_URL)}
---
{HOSTILE_BODY}""",
    "content/stories/vijandig-verhaal.md": f"""---
title: {_yaml(HOSTILE)}
person: {_yaml(HOSTILE)}
role: {_yaml(HOSTILE)}
employer: vijandige-partner
personas: [vijandige-doelgroep]
route: {_yaml(HOSTILE)}
region: noord-holland-noord
quote: {_yaml(HOSTILE)}
date: 2026-05-12
---
{HOSTILE_BODY}""",
}


# The network's own sentences in data/site.yml, written by whoever edits data/ (told apart from the content's text).
HOSTILE_SITE_TEXT = "Netwerktekst " + HOSTILE
SITE_TEXTS = (
    "home_intro", "network", "partners_intro", "chain_intro", "agenda_description", "personas_description", "partners_description",
    "mail_subject",
)


def _with_hostile_texts(site_yml: str) -> str:
    pattern = re.compile(r"^(  (?:" + "|".join(SITE_TEXTS) + r")): .*$", re.MULTILINE)
    replaced, count = pattern.subn(lambda match: f"{match.group(1)}: {_yaml(HOSTILE_SITE_TEXT)}", site_yml)
    assert count == len(SITE_TEXTS), count
    return replaced


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("hostile") / "project"
    for name in ("content", "data", "docs", "overrides", "hooks"):
        shutil.copytree(PROJECT_ROOT / name, project / name)
    shutil.copy(PROJECT_ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for relative, text in HOSTILE_FILES.items():
        (project / relative).write_text(text, encoding="utf-8")
    site_yml = project / "data" / "site.yml"
    site_yml.write_text(_with_hostile_texts(site_yml.read_text(encoding="utf-8")), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def hostile_site(hostile_project: Path) -> Path:
    site = hostile_project.parent / "site"
    result = mkdocs_build(hostile_project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


PAGES = {
    "event": "agenda/vijandige-activiteit/index.html",
    "persona": "doelgroepen/vijandige-doelgroep/index.html",
    "story": "verhalen/vijandig-verhaal/index.html",
    "partner": "partners/vijandige-partner/index.html",
    "home": "index.html",
    "agenda": "agenda/index.html",
    "agenda filter": "agenda/doelgroep/vijandige-doelgroep/index.html",
    "personas": "doelgroepen/index.html",
    "stories": "verhalen/index.html",
    "partners": "partners/index.html",
    "partner map": "partners/kaart/index.html",
    "programme": "opleidingen/vijandige-opleiding/index.html",
    "programmes": "opleidingen/index.html",
    "programme filter": "opleidingen/niveau/mbo/index.html",
    "subscribe": "agenda/abonneren/index.html",
    "chain": "de-keten/index.html",
}
XHTML = "{http://www.w3.org/1999/xhtml}"


def _parse(path: Path) -> ElementTree.Element:
    return html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


@pytest.mark.build
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_element_attribute_or_link_comes_from_the_content(hostile_site: Path, kind: str):
    tree = _parse(hostile_site / PAGES[kind])
    article = tree.find(f".//{XHTML}article")
    for element in article.iter():
        assert _local(element.tag) not in {"iframe", "form", "input", "object", "embed", "base", "frame"}, (kind, element.tag)
    for element in tree.iter():
        tag = _local(element.tag)
        if tag == "style":
            assert "display: none" not in (element.text or ""), kind
        for name, value in element.attrib.items():
            assert not _local(name).lower().startswith("on"), (kind, tag, name, value)
            if _local(name) in {"href", "src", "action", "formaction"}:
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (kind, tag, value)
        if tag == "script" and element.get("type") not in ("application/ld+json", "application/json"):
            assert MARKER not in (element.text or ""), (kind, element.text)  # no executable script carries the text
        if tag == "img":
            assert not (element.get("src") or "").startswith(("http:", "https:", "//")), (kind, element.get("src"))
    assert tree.find(f".//{XHTML}footer") is not None, f"{kind}: the page footer must still render"


@pytest.mark.build
@pytest.mark.parametrize("kind", ["event", "persona", "story", "partner", "programme"])
def test_the_title_reads_back_exactly_as_typed(hostile_site: Path, kind: str):
    tree = _parse(hostile_site / PAGES[kind])
    head_title = tree.find(f".//{XHTML}title").text
    assert head_title.startswith(HOSTILE), kind
    h1 = tree.find(f".//{XHTML}article//{XHTML}h1")
    assert "".join(h1.itertext()).strip() == HOSTILE.strip(), kind
    metas = {meta.get("property") or meta.get("name"): meta.get("content") for meta in tree.iter(f"{XHTML}meta")}
    assert metas["og:title"].startswith(HOSTILE), kind
    assert metas["twitter:title"].startswith(HOSTILE), kind
    # The share card in words names the title too, escaped like it.
    assert HOSTILE.strip() in metas["og:image:alt"] and metas["og:image:alt"] == metas["twitter:image:alt"], kind


@pytest.mark.build
@pytest.mark.parametrize(("kind", "shown"), [("home", 2), ("partners", 1), ("chain", 1), ("agenda", 0), ("personas", 0)])
def test_the_networks_texts_read_back_exactly_as_typed(hostile_site: Path, kind: str, shown: int):
    """data/site.yml `texts`: in the page's text as typed (home: introduction and who the network is) and as the
    description of the listings that take theirs from there."""
    tree = _parse(hostile_site / PAGES[kind])
    text = " ".join("".join(article.itertext()) for article in tree.iter(f"{XHTML}article"))
    assert text.count(HOSTILE_SITE_TEXT) == shown, kind
    metas = {meta.get("name"): meta.get("content") for meta in tree.iter(f"{XHTML}meta")}
    if kind in ("agenda", "personas", "partners"):
        assert metas["description"] == HOSTILE_SITE_TEXT, kind


@pytest.mark.build
def test_the_body_keeps_its_text_and_the_page_goes_on_after_it(hostile_site: Path):
    tree = _parse(hostile_site / PAGES["event"])
    article = tree.find(f".//{XHTML}article")
    text = "".join(article.itertext())
    assert "Gewone tekst met een goede link en nadruk." in text
    assert "javascript-link" in text and "Een div die nooit sluit" in text
    # What the template puts after the body is still there, outside the editor's unclosed div (the event is far in the
    # future, so its page still offers the calendar links).
    headings = ["".join(h2.itertext()).strip() for h2 in article.iter(f"{XHTML}h2")]
    assert "Zet in je agenda" in headings
    links = {"".join(a.itertext()).strip(): a.get("href") for a in article.iter(f"{XHTML}a")}
    assert links["goede link"] == "../../partners/infra-bindt/"


@pytest.mark.build
def test_the_agenda_card_reads_back_exactly_as_typed(hostile_site: Path):
    """A card is raw HTML that Markdown leaves alone: title, place and audience read back as typed, no backslashes."""
    tree = _parse(hostile_site / PAGES["agenda"])
    cards = [li for li in tree.iter(f"{XHTML}li") if "ib-card" in (li.get("class") or "").split()]
    [card] = [li for li in cards if 'vijandige-activiteit/' in "".join(a.get("href") or "" for a in li.iter(f"{XHTML}a"))]
    [link] = list(card.iter(f"{XHTML}a"))
    assert "".join(link.itertext()) == HOSTILE.strip()
    text = " ".join("".join(p.itertext()) for p in card.iter(f"{XHTML}p"))
    assert f"Gastles · {HOSTILE.strip()}" in text and f"Voor {HOSTILE.strip().lower()}, vmbo-leerling" in text


@pytest.mark.build
def test_link_fields_are_real_percent_encoded_hrefs(hostile_site: Path):
    tree = _parse(hostile_site / PAGES["event"])
    hrefs = [a.get("href") for a in tree.iter(f"{XHTML}a") if (a.get("href") or "").startswith("https://example.org/")]
    assert hrefs, "the registration and online links are on the page"
    for href in hrefs:
        assert href.startswith("https://example.org/pad?a=1&b=%22%29%3Cscript%3E"), href
        assert not set(href) & set("<>\"' `{}"), href


@pytest.mark.build
def test_the_contact_block_reads_back_as_typed_and_its_mail_link_is_percent_encoded(hostile_site: Path):
    tree = _parse(hostile_site / PAGES["partner"])
    blocks = [div for div in tree.iter(f"{XHTML}div") if "ib-contact" in (div.get("class") or "").split()]
    assert len(blocks) == 1
    assert HOSTILE_ROLE in "".join(blocks[0].itertext())
    hrefs = [a.get("href") for a in blocks[0].iter(f"{XHTML}a")]
    mail = next(href for href in hrefs if href.startswith("mailto:"))
    parts = urlsplit(mail)
    assert unquote(parts.path) == "a&b'c@example.org"
    assert parse_qs(parts.query, strict_parsing=True)["subject"][0].startswith(HOSTILE_SITE_TEXT + ": ")
    assert not set(mail) & set("<>\"' `{}#"), mail


@pytest.mark.build
def test_json_ld_cannot_close_its_script_element(hostile_site: Path):
    html = (hostile_site / PAGES["event"]).read_text(encoding="utf-8")
    tree = _parse(hostile_site / PAGES["event"])
    blocks = [s.text for s in tree.iter(f"{XHTML}script") if s.get("type") == "application/ld+json"]
    assert len(blocks) == 2  # the event and its breadcrumbs, both carrying the title
    event, crumbs = sorted(map(json.loads, blocks), key=lambda data: data["@type"] != "Event")
    assert event["name"] == HOSTILE and crumbs["itemListElement"][-1]["name"] == HOSTILE
    assert all("</script>" not in block and "<!--" not in block for block in blocks)
    assert html.count('<script type="application/ld+json">') == 2


@pytest.mark.build
def test_feeds_and_open_data_parse_and_carry_the_text(hostile_site: Path):
    calendar = icalendar.Calendar.from_ical((hostile_site / "agenda" / "vijandige-activiteit.ics").read_bytes())
    (event,) = [component for component in calendar.walk("VEVENT")]
    assert str(event["SUMMARY"]) == HOSTILE
    feed = ElementTree.fromstring((hostile_site / "verhalen" / "feed.xml").read_bytes())
    titles = [element.text for element in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert HOSTILE in titles
    agenda = json.loads((hostile_site / "agenda.json").read_text(encoding="utf-8"))
    assert HOSTILE in [event["title"] for event in agenda["events"]]
    partners = json.loads((hostile_site / "partners.json").read_text(encoding="utf-8"))
    assert HOSTILE in [partner["name"] for partner in partners["partners"]]


@pytest.mark.build
def test_the_map_svg_is_well_formed_with_the_name_as_text(hostile_site: Path):
    tree = _parse(hostile_site / PAGES["partner map"])
    maps = [svg for svg in tree.iter("{http://www.w3.org/2000/svg}svg") if svg.find("{http://www.w3.org/2000/svg}title") is not None]
    assert maps, "the map is on the page"
    titles = ["".join(t.itertext()) for svg in maps for t in svg.iter("{http://www.w3.org/2000/svg}title")]
    assert any(title.startswith(HOSTILE) for title in titles)


def test_check_warns_in_dutch_about_what_the_body_loses(hostile_project: Path):
    result = subprocess.run(
        [sys.executable, "-m", "sitegen.cli", "--root", str(hostile_project), "check", "--format", "github"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    # GitHub shows ten annotations of a step: the rest are in the log (and the job summary), one line each.
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert 0 < len(annotations) <= 10 and all(line.startswith("::warning ") for line in annotations)
    body_line = HOSTILE_BODY.split("\n").index("<script>alert('body')</script>")
    event_warnings = [line for line in result.stderr.splitlines() if "vijandige-activiteit.md" in line]
    assert any("<script>" in line and "wordt niet gepubliceerd" in line for line in event_warnings), event_warnings
    for needle in ("onerror", "<iframe>", "<form>", "javascript:alert(6)", "onclick", "<style>", "opmerking"):
        assert any(needle in line for line in event_warnings), needle
    # The body starts on the line after the front matter; the script is on its own line there.
    front_matter_lines = HOSTILE_FILES["content/events/vijandige-activiteit.md"].split("---\n", 2)[1].count("\n") + 2
    assert any(f"vijandige-activiteit.md:{front_matter_lines + 1 + body_line}:" in line and "script" in line for line in event_warnings)
    assert "Waarschuwing" in result.stderr or "waarschuwingen" in result.stderr


@pytest.mark.build
def test_the_programme_card_and_website_read_back_as_typed(hostile_site: Path):
    """A programme's card is raw HTML from pages/cards.py: its name and summary read back as typed; its website is a
    real percent-encoded link."""
    tree = _parse(hostile_site / PAGES["programmes"])
    [tile] = [a for a in tree.iter(f"{XHTML}a") if (a.get("href") or "").endswith("vijandige-opleiding/")]
    spans = {span.get("class"): "".join(span.itertext()) for span in tile.iter(f"{XHTML}span")}
    assert spans["ib-tile__title"] == HOSTILE
    assert spans["ib-tile__text"] == HOSTILE + " Volgende open dag: vr 20 november 2099."
    page = _parse(hostile_site / PAGES["programme"])
    hrefs = [a.get("href") for a in page.iter(f"{XHTML}a") if (a.get("href") or "").startswith("https://example.org/")]
    assert hrefs and all(href.startswith("https://example.org/pad?a=1&b=%22%29%3Cscript%3E") for href in hrefs)
    items = ["".join(li.itertext()).strip() for li in page.iter(f"{XHTML}li")]
    assert items.count(HOSTILE.strip()) >= 2, "what you learn and what you can become read back as typed"
