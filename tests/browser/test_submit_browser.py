"""/activiteit-aanmelden/ in Chromium, as a partner without git uses it.

  * filled in by keyboard alone: a day that does not exist and an empty required field give the Dutch messages of
    `make check`, next to their fields (aria-describedby) and in a summary at the top that gets the focus;
  * fixed, the form makes the event file, and the real `sitegen check` on a copy of the content with exactly that
    file added (the file the download link saves) passes; the mailto: and GitHub links carry the same file;
  * axe finds nothing on the empty form, with the errors and with the file; no Content-Security-Policy violation
    (the validator is Ajv's standalone code, no `new Function`);
  * without JavaScript the page says what to do instead, and shows no form that cannot work;
  * the browser's verdict equals the Python model's and the loader's for every sample event and a handful of bad
    ones, message for message.
Screenshots at 390x844 and 1366x900 go to build/screenshots/.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from browser_support import (
    Chromium,
    assert_no_axe_violations,
    choose_by_keyboard,
    goto,
    new_page,
    settle,
    tab_to,
    watch_csp,
)
from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.problems import ContentError
from sitegen.reading.frontmatter import split_front_matter
from sitegen.reading.yaml_strict import load_yaml

pytestmark = pytest.mark.browser

PATH = "/" + urls.page_url(urls.SUBMIT_EVENT)
SCREENSHOTS = PROJECT_ROOT / "build" / "screenshots"
SIZES = [pytest.param({"width": 390, "height": 844}, id="phone"), pytest.param({"width": 1366, "height": 900}, id="laptop")]
SITE = load_site(PROJECT_ROOT)
TYPE = SITE.references.event_types[0].slug
ORGANIZER = SITE.partners[0].slug
MUNICIPALITY = SITE.references.regions[0].municipalities[0].slug
AUDIENCE = SITE.personas[0].slug


def type_into(page, element_id: str, text: str) -> None:
    tab_to(page, element_id)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def copy_content(target: Path) -> Path:
    """The project's content and data in a folder of their own (no git: nothing published to compare with)."""
    for folder in ("content", "data"):
        shutil.copytree(PROJECT_ROOT / folder, target / folder)
    return target


def sitegen_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sitegen", "--root", str(root), "check"], capture_output=True,
                          text=True, timeout=600, cwd=PROJECT_ROOT)


@pytest.mark.parametrize("viewport", SIZES)
def test_a_partner_fills_in_the_form_by_keyboard_and_gets_a_file_that_passes_the_check(
    viewport: dict, site_server: str, chromium: Chromium, tmp_path: Path
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = f"{viewport['width']}x{viewport['height']}"
    with new_page(chromium, accept_downloads=True) as (context, page):
        violations = watch_csp(context)
        page.set_viewport_size(viewport)
        goto(page, site_server + PATH)
        assert page.locator("#ib-submit").is_visible() and not page.locator("#ib-submit-nojs").is_visible()
        assert_no_axe_violations(page, f"{PATH} (empty form, {size})")
        page.screenshot(path=str(SCREENSHOTS / f"activiteit-aanmelden-{size}.png"), full_page=True)

        # A day that does not exist, and no audience chosen.
        type_into(page, "f-title", "Open dag wegenbouw")
        type_into(page, "f-start", "2027-02-30 10:00")
        type_into(page, "f-end", "15:00")
        choose_by_keyboard(page, "f-type", TYPE)
        type_into(page, "f-location-name", "Werkplaats")
        type_into(page, "f-location-city", "Hoorn")
        choose_by_keyboard(page, "f-location-municipality", MUNICIPALITY)
        choose_by_keyboard(page, "f-organizer", ORGANIZER)
        tab_to(page, "ib-submit-button")
        page.keyboard.press("Enter")

        assert page.evaluate("document.activeElement.id") == "ib-submit-summary", "the summary gets the focus"
        summary = page.inner_text("#ib-submit-summary")
        assert "Er zijn nog 2 dingen om te verbeteren" in summary
        assert "Begin (veld 'start'): de datum '2027-02-30' bestaat niet; controleer dag en maand." in summary
        assert "Voor wie (veld 'audiences'): mag niet leeg zijn; geef er minstens één." in summary
        assert page.inner_text("#e-start") == "Begin: de datum '2027-02-30' bestaat niet; controleer dag en maand."
        assert "e-start" in page.get_attribute("#f-start", "aria-describedby").split()
        assert page.get_attribute("#f-start", "aria-invalid") == "true"
        assert "mag niet leeg zijn" in page.inner_text("#e-audiences")
        assert "e-audiences" in page.get_attribute('[data-field="audiences"]', "aria-describedby").split()
        assert not page.locator("#ib-submit-result").is_visible()
        settle(page)  # Material fades its tabs out once the page scrolls: axe judges the end, not the fade
        assert_no_axe_violations(page, f"{PATH} (with errors, {size})")
        page.screenshot(path=str(SCREENSHOTS / f"activiteit-aanmelden-fouten-{size}.png"))

        # Fixed: the link in the summary leads to the field.
        page.keyboard.press("Tab")
        assert "veld 'start'" in page.evaluate("document.activeElement.textContent")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "f-start"
        page.keyboard.press("Control+A")
        page.keyboard.type("2027-03-13 10:00")
        tab_to(page, f"f-audiences-{AUDIENCE}")
        page.keyboard.press("Space")
        tab_to(page, "ib-submit-button")
        page.keyboard.press("Enter")

        assert page.evaluate("document.activeElement.id") == "ib-submit-result-heading"
        assert not page.locator("#ib-submit-summary").is_visible()
        text = page.input_value("#ib-submit-file")
        path = page.inner_text("#ib-submit-filename")
        assert path == "content/events/open-dag-wegenbouw-maart-2027.md"
        download = page.locator("#ib-submit-download")
        assert download.get_attribute("download") == "open-dag-wegenbouw-maart-2027.md"
        assert download.get_attribute("href").startswith("blob:")
        tab_to(page, "ib-submit-download")
        with page.expect_download() as saving:
            page.keyboard.press("Enter")
        assert saving.value.suggested_filename == "open-dag-wegenbouw-maart-2027.md"
        downloaded = Path(saving.value.path()).read_text(encoding="utf-8")
        assert downloaded == text
        settle(page)
        assert_no_axe_violations(page, f"{PATH} (with the file, {size})")
        page.screenshot(path=str(SCREENSHOTS / f"activiteit-aanmelden-bestand-{size}.png"))

        mail = urlsplit(page.get_attribute("#ib-submit-mail", "href"))
        assert mail.scheme == "mailto" and "@" in mail.path
        fields = parse_qs(mail.query)
        assert fields["subject"] == ["Activiteit aangemeld via de site: Open dag wegenbouw"]
        assert "%0D%0A" in mail.query and " " not in mail.query and "\n" not in mail.query
        assert fields["body"][0].replace("\r\n", "\n").endswith(text)
        github = page.get_attribute("#ib-submit-github", "href")
        new_file = f"https://github.com/{SITE.references.settings.repository}/new/main?filename={path}&value="
        assert github.startswith(new_file) and unquote(github.removeprefix(new_file)) == text
        assert violations == []

    assert text.startswith("---\nuid: \"") and '\ntitle: "Open dag wegenbouw"\n' in text
    assert f'\naudiences: ["{AUDIENCE}"]\n' in text and '\n  city: "Hoorn"\n' in text
    root = copy_content(tmp_path)
    (root / path).write_text(downloaded, encoding="utf-8")
    checked = sitegen_check(root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{len(SITE.events) + 1} activiteiten" in checked.stdout


def test_without_javascript_the_page_says_what_to_do(site_server: str, chromium: Chromium) -> None:
    with new_page(chromium, java_script_enabled=False) as (_, page):
        page.set_viewport_size({"width": 390, "height": 844})
        goto(page, site_server + PATH)
        assert not page.locator("#ib-submit").is_visible(), "a form that cannot work is not shown"
        advice = page.locator("#ib-submit-nojs")
        assert advice.is_visible()
        words = advice.inner_text()
        assert "Mail de redactie" in words and "@" in words
        assert "voorbeeldadres" in words or advice.locator('a[href^="mailto:"]').count() == 1
        assert advice.locator('a[href$="redactie/"]').count() == 1, "the editors' guide (editors_guide in site.yml)"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "activiteit-aanmelden-zonder-js-390x844.png"), full_page=True)
    # axe needs JavaScript: the same page with the page's own scripts blocked instead.
    with new_page(chromium) as (context, page):
        context.route("**/assets/submit.js", lambda route: route.abort())
        goto(page, site_server + PATH)
        assert page.locator("#ib-submit-nojs").is_visible()
        assert_no_axe_violations(page, f"{PATH} (without its script)")


def _front_matter(text: str, path: str) -> dict:
    document, problems = split_front_matter(text, path)
    assert document is not None and not problems
    data, problems = load_yaml(document.front_matter, path, document.front_matter_line)
    assert data is not None and not problems
    return data.value


def _valid() -> dict:
    return {
        "uid": "5f0c7a52-3f4e-4c8e-9d6a-1b2c3d4e5f60", "title": "Gastles", "start": "2027-03-13 10:00", "end": "15:00",
        "type": TYPE, "audiences": [AUDIENCE], "organizer": ORGANIZER,
        "location": {"name": "School", "city": "Hoorn", "municipality": MUNICIPALITY},
    }


def _case(**changes: object) -> dict:
    event = _valid()
    for key, value in changes.items():
        if value is None:
            event.pop(key, None)
        else:
            event[key] = value
    return event


# Each: what the form can send, and the field the problems name.
BAD_CASES = {
    "empty-title": _case(title=""),
    "no-audience": _case(audiences=[]),
    # Not a date in any form. A Dutch date such as 13-03-2027 gets the loader's converted suggestion ("bedoel je
    # ...?"), which the form does not make yet: it says the general message for it.
    "start-not-a-date": _case(start="volgende week"),
    "start-day-missing": _case(start="2027-02-29 10:00"),
    "start-hour-missing": _case(start="2027-03-13 24:00"),
    "end-hour-missing": _case(end="25:00"),
    "end-before-start": _case(end="09:00"),
    "end-a-day-after-a-time": _case(end="2027-03-14"),
    "end-a-time-after-a-day": _case(start="2027-03-13", end="16:00"),
    "nowhere": _case(location=None),
    "online-not-a-url": _case(location=None, online="www.example.org"),
    "registration-not-a-url": _case(registration="aanmelden"),
    "lat-without-lon": _case(location={"name": "School", "city": "Hoorn", "municipality": MUNICIPALITY, "lat": "52.6"}),
    "lat-out-of-range": _case(location={"name": "School", "city": "Hoorn", "municipality": MUNICIPALITY, "lat": "152.6", "lon": "5"}),
    "lat-not-a-number": _case(location={"name": "School", "city": "Hoorn", "municipality": MUNICIPALITY, "lat": "52,6", "lon": "5"}),
    "location-city-empty": _case(location={"name": "School", "city": "", "municipality": MUNICIPALITY}),
    "moved-online-without-address": _case(status="verplaatst-naar-online"),
}
GOOD_CASES = {
    "whole-days": _case(start="2027-03-13", end="2027-03-14"),
    "online-only": _case(location=None, online="https://example.org/live"),
    "leap-day": _case(start="2028-02-29 09:00", end="2028-02-29 17:00"),
}


def _yaml(event: dict) -> str:
    lines = ["---"]
    for key, value in event.items():
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines.extend(f"  {inner}: {json.dumps(item, ensure_ascii=False)}" for inner, item in value.items())
        elif isinstance(value, list):
            lines.append(f"{key}: [{', '.join(json.dumps(item, ensure_ascii=False) for item in value)}]")
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join([*lines, "---", "Tekst.", ""])


def _python_verdicts(tmp_path: Path, cases: dict[str, dict]) -> dict[str, set[tuple[str, str]]]:
    """What the real loader reports for each case, as (field without list positions, message)."""
    root = copy_content(tmp_path)
    for index, (name, event) in enumerate(cases.items()):
        event = {**event, "uid": f"5f0c7a52-3f4e-4c8e-9d6a-{index:012d}"}
        (root / "content" / "events" / f"geval-{name}.md").write_text(_yaml(event), encoding="utf-8")
    verdicts: dict[str, set[tuple[str, str]]] = {name: set() for name in cases}
    try:
        load_site(root)
    except ContentError as error:
        for problem in error.problems:
            name = Path(problem.path).stem.removeprefix("geval-")
            assert name in verdicts, f"a sample file fails the check: {problem}"
            field = ".".join(part for part in (problem.field or "").split(".") if not part.isdigit())
            verdicts[name].add((field, problem.message))
    return verdicts


def test_the_browser_says_what_the_check_says(site_server: str, chromium: Chromium, tmp_path: Path) -> None:
    cases = {**BAD_CASES, **GOOD_CASES}
    python = _python_verdicts(tmp_path, cases)
    samples = {
        path.name: _front_matter(path.read_text(encoding="utf-8"), path.name)
        for path in sorted((PROJECT_ROOT / "content" / "events").glob("*.md"))
    }
    with new_page(chromium) as (_, page):
        goto(page, site_server + PATH)
        browser = page.evaluate(
            "cases => Object.fromEntries(Object.entries(cases).map(([name, event]) => "
            "[name, window.IBEventValidator.problems(event).map(p => [p.field, p.message])]))",
            {**cases, **samples},
        )
    for name in samples:
        assert browser[name] == [], f"the sample event {name} passes the check but not the form: {browser[name]}"
    for name in GOOD_CASES:
        assert python[name] == set() and browser[name] == [], (name, python[name], browser[name])
    for name in BAD_CASES:
        assert python[name], f"{name} was meant to fail the check"
        # The loader reports with the index in the list and the uid; the browser per field.
        assert {tuple(problem) for problem in browser[name]} == python[name], name
