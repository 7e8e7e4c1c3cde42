"""The iCalendar feeds, read back by independent parsers and real clients: icalendar, ical.js, khal and calcurse."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import icalendar
import pytest

from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.escape import ical_text as text
from sitegen.files.feeds import feed_files
from sitegen.files.ical import fold, product_id
from sitegen.loading.loader import load_site

TODAY = date(2026, 11, 28)
TRICKY_TITLE = "Komma, puntkomma; backslash \\ en \"aanhalingstekens\""

EVENTS = {
    "zomertijd.md": ("1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d01", 'start: "2026-03-29 10:00"\nend: "12:00"'),
    "wintertijd.md": ("1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d02", 'start: "2026-10-25 10:00"\nend: "12:00"'),
    "winteravond.md": ("1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d03", 'start: "2026-01-15 19:00"\nend: "2026-01-15 21:30"'),
    "hele-dag.md": ("1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d04", "start: 2026-04-14"),
    "meerdaags.md": ("1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d05", "start: 2026-04-07\nend: 2026-04-09"),
    "afgelast.md": ("1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d06", 'start: "2026-11-20 13:00"\nend: "16:00"\nstatus: afgelast'),
    "lastige-titel.md": ("1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d07", 'start: "2026-12-10 15:00"\nend: "17:00"'),
}

# The local wall-clock times the editor wrote, and the UTC instants they are.
EXPECTED_UTC = {
    "1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d01": ("2026-03-29T08:00:00.000Z", "2026-03-29T10:00:00.000Z"),
    "1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d02": ("2026-10-25T09:00:00.000Z", "2026-10-25T11:00:00.000Z"),
    "1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d03": ("2026-01-15T18:00:00.000Z", "2026-01-15T20:30:00.000Z"),
    "1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d06": ("2026-11-20T12:00:00.000Z", "2026-11-20T15:00:00.000Z"),
    "1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d07": ("2026-12-10T14:00:00.000Z", "2026-12-10T16:00:00.000Z"),
}
EXPECTED_LOCAL = {
    "Zomertijd": ("2026-03-29 10:00", "2026-03-29 12:00"),
    "Wintertijd": ("2026-10-25 10:00", "2026-10-25 12:00"),
    "Winteravond": ("2026-01-15 19:00", "2026-01-15 21:30"),
}


def event_text(name: str, uid: str, when: str, title: str) -> str:
    return f"""---
uid: {uid}
title: {json.dumps(title)}
{when}
type: open-dag
audiences: [vmbo-leerling]
location:
  name: Opleidingscentrum
  city: Heerhugowaard
  municipality: dijk-en-waard
organizer: voorbeeld-bv
---
Eerste regel van de tekst,
met een komma; en een puntkomma.

Tweede alinea.
"""


def git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-01-05T12:00:00Z", "GIT_COMMITTER_DATE": "2026-01-05T12:00:00Z"}
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


@pytest.fixture
def feed_project(project):
    for name, (uid, when) in EVENTS.items():
        title = TRICKY_TITLE if name == "lastige-titel.md" else name.removesuffix(".md").replace("-", " ").capitalize()
        project.write(f"content/events/{name}", event_text(name, uid, when, title))
    git(project.root, "init", "-q")
    git(project.root, "-c", "user.name=Test", "-c", "user.email=t@example.org", "add", ".")
    git(project.root, "-c", "user.name=Test", "-c", "user.email=t@example.org", "commit", "-qm", "Inhoud")
    return project


@pytest.fixture
def feed_file(feed_project, tmp_path) -> Path:
    site = load_site(feed_project.root)
    path = tmp_path / "agenda.ics"
    path.write_bytes(feed_files(site, TODAY)[urls.FEED_ALL])
    return path


def test_icalendar_parses_every_event_with_its_uid_and_local_time(feed_file):
    calendar = icalendar.Calendar.from_ical(feed_file.read_bytes())
    assert calendar.errors == []
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert set(events) >= {uid for uid, _ in EVENTS.values()}
    spring = events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d01"]
    assert spring.decoded("DTSTART").astimezone(timezone.utc) == datetime(2026, 3, 29, 8, 0, tzinfo=timezone.utc)
    assert spring["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    whole_day = events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d04"]
    assert (whole_day.decoded("DTSTART"), whole_day.decoded("DTEND")) == (date(2026, 4, 14), date(2026, 4, 15))
    multi_day = events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d05"]
    assert (multi_day.decoded("DTSTART"), multi_day.decoded("DTEND")) == (date(2026, 4, 7), date(2026, 4, 10))
    assert str(events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d06"]["STATUS"]) == "CANCELLED"
    assert str(events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d07"]["SUMMARY"]) == TRICKY_TITLE


def test_feed_has_calendar_properties_and_one_vtimezone(feed_file):
    raw = feed_file.read_bytes()
    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["X-WR-CALNAME"]) == "Infra Bindt agenda"
    assert str(calendar["NAME"]) == "Infra Bindt agenda"
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in raw
    assert b"X-PUBLISHED-TTL:PT6H\r\n" in raw
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Amsterdam"]
    rules = {sub.name: dict(sub["RRULE"]) for sub in zones[0].subcomponents}
    assert rules == {
        "DAYLIGHT": {"FREQ": ["YEARLY"], "BYMONTH": [3], "BYDAY": ["-1SU"]},
        "STANDARD": {"FREQ": ["YEARLY"], "BYMONTH": [10], "BYDAY": ["-1SU"]},
    }


def test_lines_are_crlf_and_folded_at_75_octets(feed_file):
    raw = feed_file.read_bytes()
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # never split inside a character


def test_fold_counts_utf8_octets_and_never_splits_a_character():
    line = "SUMMARY:" + "é" * 100
    folded = fold(line)
    parts = folded.split("\r\n ")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert "".join(parts) == line


def test_text_escapes_backslash_first():
    assert text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"


def test_ical_js_reads_the_times_the_editor_wrote(feed_file):
    node = shutil.which("node")
    assert node, "node is needed for the ical.js test (installed by make setup)"
    result = subprocess.run(
        [node, str(PROJECT_ROOT / "tests" / "ical_js_dump.mjs"), str(feed_file)],
        capture_output=True, text=True, check=True, cwd=PROJECT_ROOT,
    )
    events = {event["uid"]: event for event in json.loads(result.stdout)}
    for uid, (start, end) in EXPECTED_UTC.items():
        assert (events[uid]["start"], events[uid]["end"]) == (start, end), uid
        assert events[uid]["zone"] == "Europe/Amsterdam"
    assert events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d05"]["allDay"] is True
    assert events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d05"]["end"] == "2026-04-10"
    assert events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d06"]["status"] == "CANCELLED"
    assert events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d07"]["summary"] == TRICKY_TITLE
    description = events["1f0c4f6e-8a51-4d5c-9a39-6f1a2b3c4d07"]["description"]
    assert "Eerste regel van de tekst, met een komma; en een puntkomma.\n\nTweede alinea." in description


def client(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs it")
        pytest.skip(f"{name} is not installed (apt-get install {name})")
    return path


def test_khal_imports_and_shows_local_times(feed_file, tmp_path):
    khal = client("khal")
    calendar_dir = tmp_path / "khal" / "agenda"
    calendar_dir.mkdir(parents=True)
    config = tmp_path / "khal.conf"
    config.write_text(
        f"""[calendars]
[[agenda]]
path = {calendar_dir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Amsterdam
default_timezone = Europe/Amsterdam
""",
        encoding="utf-8",
    )
    environment = {**os.environ, "TZ": "UTC"}
    subprocess.run([khal, "-c", str(config), "import", "--batch", "-a", "agenda", str(feed_file)], check=True, capture_output=True, env=environment)
    shown = subprocess.run(
        [khal, "-c", str(config), "list", "--once", "--day-format", "", "--format", "{start}|{end}|{cancelled}{title}", "2026-01-01", "730d"],
        check=True, capture_output=True, text=True, env=environment,
    ).stdout.splitlines()
    rows = {line.split("|")[2]: tuple(line.split("|")[:2]) for line in shown if line.strip()}
    for title, times in EXPECTED_LOCAL.items():
        assert rows[title] == times, shown
    assert rows["Hele dag"] == ("2026-04-14", "2026-04-14")
    assert rows["Meerdaags"] == ("2026-04-07", "2026-04-09")
    assert any(title.startswith("CANCELLED") and "Afgelast" in title for title in rows), shown


def test_calcurse_imports_and_shows_local_times(feed_file, tmp_path):
    calcurse = client("calcurse")
    data = tmp_path / "calcurse"
    data.mkdir()
    environment = {**os.environ, "TZ": "Europe/Amsterdam"}
    # calcurse exits non-zero when it skips an item it cannot read.
    subprocess.run([calcurse, "-D", str(data), "-i", str(feed_file)], check=True, capture_output=True, env=environment, input=b"")
    shown = subprocess.run(
        [calcurse, "-D", str(data), "-Q", "--from", "01/01/2026", "--days", "730",
         "--format-apt", "%(start:%Y-%m-%d %H:%M)|%(end:%Y-%m-%d %H:%M)|%m\\n", "--format-event", "day|%m\\n"],
        check=True, capture_output=True, text=True, env=environment,
    ).stdout.splitlines()
    rows = {line.split("|")[-1]: tuple(line.split("|")[:2]) for line in shown if "|" in line}
    for title, times in EXPECTED_LOCAL.items():
        assert rows[title] == times, shown
    assert rows["Hele dag"][0] == "day"
    days_of_multi_day = [shown[index - 1] for index, line in enumerate(shown) if line.strip() in ("* Meerdaags", "day|Meerdaags")]
    assert days_of_multi_day == ["04/07/26:", "04/08/26:", "04/09/26:"], shown


def test_the_product_id_names_the_network_from_its_data():
    assert product_id("Infra Bindt") == "-//Infra Bindt//sitegen//NL"
    assert product_id("Bouw, Infra; en meer") == "-//Bouw\\, Infra\\; en meer//sitegen//NL"
