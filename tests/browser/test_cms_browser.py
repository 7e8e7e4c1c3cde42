"""Decap CMS in a real Chromium against the real local proxy (decap-server), on a throwaway copy of the project.

The admin files are the ones the build publishes (sitegen.files.cms.cms_files of this project), with the local backend
pointed at a decap-server on a free port. decap-server runs in git mode (branches for the editorial workflow) in
a temporary git repository holding a copy of content/ and data/: the real repository is never touched.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from datetime import time as clock
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from browser_support import Chromium, QuietHandler, new_page, watch_csp
from conftest import PROJECT_ROOT
from sitegen.loading.loader import load_site
from sitegen.outputs import Outputs, write_outputs

pytestmark = pytest.mark.browser

DECAP_SERVER = PROJECT_ROOT / "node_modules" / ".bin" / "decap-server"
START_TIMEOUT_S = 30
UI_TIMEOUT_MS = 30_000


def _missing(what: str) -> None:
    if "CI" in os.environ:
        pytest.fail(f"{what} is needed for the Decap CMS browser test and $CI is set", pytrace=False)
    pytest.skip(f"{what} is not available")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, timeout=60).stdout


def _clean_soon(repo: Path, seconds: float = 15) -> bool:
    """Whether the working tree is clean within `seconds`: decap-server answers 'saved' before it has switched back."""
    deadline = time.monotonic() + seconds
    while _git(repo, "status", "--porcelain") != "":
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


@pytest.fixture
def cms_repo(tmp_path: Path) -> Path:
    """A git repository with a copy of the project's content/ and data/, on branch main."""
    repo = tmp_path / "repo"
    for folder in ("content", "data"):
        shutil.copytree(PROJECT_ROOT / folder, repo / folder)
    _git(repo, "init", "-q", "-b", "main")
    for key, value in (("user.name", "Redactie Test"), ("user.email", "redactie@example.org"), ("commit.gpgsign", "false")):
        _git(repo, "config", key, value)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "Inhoud om mee te testen")
    return repo


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _proxy_answers(url: str) -> bool:
    request = urllib.request.Request(url, data=b'{"action": "info"}', headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return json.load(response).get("type") == "local_git"
    except OSError:
        return False


@pytest.fixture
def decap_server(cms_repo: Path, tmp_path: Path) -> Iterator[str]:
    """decap-server on 127.0.0.1 serving `cms_repo`; yields its API URL. Stopped afterwards, also on failure."""
    if shutil.which("node") is None:
        _missing("node")
    if not DECAP_SERVER.exists():
        _missing("decap-server (npm ci)")
    url = f"http://127.0.0.1:{_free_port()}/api/v1"
    log_path = tmp_path / "decap-server.log"
    env = {**os.environ, "PORT": str(urlsplit(url).port), "BIND_HOST": "127.0.0.1", "MODE": "git",
           "GIT_REPO_DIRECTORY": str(cms_repo), "LOG_LEVEL": "info"}
    with log_path.open("w") as log:
        # Its own process group, so that stopping it also stops anything it started.
        process = subprocess.Popen([str(DECAP_SERVER)], cwd=cms_repo, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _proxy_answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"decap-server did not start on {url}:\n{log_path.read_text()}", pytrace=False)
            time.sleep(0.2)
        yield url
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


class _AdminHandler(QuietHandler):
    extensions_map = {**QuietHandler.extensions_map, ".yml": "text/yaml"}


@dataclass(frozen=True)
class Admin:
    url: str
    proxy: str
    repo: Path


@pytest.fixture
def admin(decap_server: str, cms_repo: Path, tmp_path: Path) -> Iterator[Admin]:
    """The admin files as the build publishes them, local backend pointed at `decap_server`, on a local server."""
    from sitegen.files.cms import cms_files

    files = cms_files(load_site(PROJECT_ROOT), local_backend_url=decap_server)
    if "admin/decap-cms.js" not in files:
        _missing("node_modules/decap-cms (npm ci)")
    www = tmp_path / "www"
    write_outputs(Outputs(pages={}, files=files), www)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_AdminHandler, directory=str(www)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="admin-server", daemon=True)
    thread.start()
    try:
        yield Admin(f"http://127.0.0.1:{server.server_address[1]}/admin/", decap_server, cms_repo)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _log_in(page) -> None:
    page.get_by_role("button", name="Inloggen").click(timeout=UI_TIMEOUT_MS)
    page.get_by_role("link", name="Activiteiten").first.wait_for(timeout=UI_TIMEOUT_MS)


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https", "ws", "wss") else None


def test_events_collection_lists_the_sample_events_and_nothing_leaves_the_computer(admin: Admin, chromium: Chromium):
    titles = [event.title for event in load_site(admin.repo).events]
    with new_page(chromium) as (context, page):
        requested: list[str] = []
        failed: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        context.on("requestfailed", lambda request: failed.append(request.url))
        violations = watch_csp(context)
        page.goto(admin.url, timeout=UI_TIMEOUT_MS)
        _log_in(page)
        page.get_by_text(titles[0], exact=False).first.wait_for(timeout=UI_TIMEOUT_MS)
        shown = page.locator("main").inner_text(timeout=UI_TIMEOUT_MS)
        assert [title for title in titles if title not in shown] == [], "events missing from the list"
    assert violations == [], "the admin page's Content-Security-Policy blocked something:\n" + "\n".join(violations)

    hosts = sorted({origin for origin in map(_origin, requested) if origin})
    # The admin page and the local proxy, nothing else: no CDN (unpkg), no web fonts, no status pages.
    assert hosts == sorted({_origin(admin.url), _origin(admin.proxy)}), f"the admin page requested {hosts}"
    assert failed == [], f"failed requests: {failed}"


def test_a_new_event_is_saved_as_the_loader_reads_it(admin: Admin, chromium: Chromium, tmp_path: Path):
    existing = {event.uid for event in load_site(admin.repo).events}
    with new_page(chromium) as (context, page):
        violations = watch_csp(context)
        page.goto(admin.url, timeout=UI_TIMEOUT_MS)
        _log_in(page)
        page.goto(admin.url + "#/collections/events/new", timeout=UI_TIMEOUT_MS)
        page.get_by_label("Titel", exact=True).fill("Proefdag bruggen bouwen (najaar 2026)")
        page.get_by_label("Begin").fill("2026-09-17")
        times = page.locator("input[type=time]")
        times.nth(0).fill("10:00")
        times.nth(1).fill("15:30")  # the end: a time on the same day
        _choose(page, "Soort activiteit", "Open dag")
        _choose(page, "Voor wie", "Vmbo-leerling")
        _choose(page, "Organisator", "Infra Bindt")
        page.get_by_label("Online (webadres)").fill("https://www.infrabindt.nl/live")
        summary = page.get_by_role("textbox", name="Samenvatting (optioneel)")
        summary.fill("even iets")
        summary.fill("")  # a cleared optional field must not be written as ''
        page.get_by_role("button", name="Opslaan", exact=True).click()
        page.get_by_text("Item opgeslagen").first.wait_for(timeout=UI_TIMEOUT_MS)
    assert violations == [], "the admin page's Content-Security-Policy blocked something:\n" + "\n".join(violations)

    branch = "cms/events/proefdag-bruggen-bouwen-najaar-2026"
    path = "content/events/proefdag-bruggen-bouwen-najaar-2026.md"
    assert branch in _git(admin.repo, "branch", "--list", "cms/*"), "the editorial workflow saves on its own branch"
    assert _clean_soon(admin.repo), "decap-server left the working tree clean"
    text = _git(admin.repo, "show", f"{branch}:{path}")
    assert "summary" not in text

    # As if the pull request were merged; in a copy, because decap-server may still be working in its repository.
    merged = tmp_path / "merged"
    for folder in ("content", "data"):
        shutil.copytree(PROJECT_ROOT / folder, merged / folder)
    (merged / path).write_text(text, encoding="utf-8")
    event = next(event for event in load_site(merged).events if event.source.path == path)
    assert (event.start, event.end) == (datetime(2026, 9, 17, 10, 0), clock(15, 30))
    assert (event.type, event.audiences, event.organizer) == ("open-dag", ("vmbo-leerling",), "infra-bindt")
    assert event.online == "https://www.infrabindt.nl/live" and event.location is None
    assert str(uuid.UUID(event.uid)) == event.uid and event.uid not in existing


def test_a_duplicated_event_gets_a_new_uid(admin: Admin, chromium: Chromium):
    original = next(event for event in load_site(admin.repo).events if event.slug == "girls-day-2026")
    with new_page(chromium) as (_, page):
        page.goto(admin.url, timeout=UI_TIMEOUT_MS)
        _log_in(page)
        page.goto(admin.url + "#/collections/events/entries/girls-day-2026", timeout=UI_TIMEOUT_MS)
        uid = page.get_by_label("Vaste identiteit")
        expect(uid).to_have_value(original.uid, timeout=UI_TIMEOUT_MS)
        page.get_by_text("Gepubliceerd", exact=True).first.click()
        page.get_by_text("Dupliceren", exact=True).first.click()
        page.wait_for_url("**/collections/events/new", timeout=UI_TIMEOUT_MS)
        expect(page.get_by_label("Titel", exact=True)).to_have_value(original.title, timeout=UI_TIMEOUT_MS)
        # A duplicate must not share the original's identity (Decap's own uuid widget would keep it).
        expect(uid).not_to_have_value(original.uid, timeout=UI_TIMEOUT_MS)
        duplicate = uid.input_value()
    assert str(uuid.UUID(duplicate)) == duplicate


def _choose(page, label: str, option: str) -> None:
    """Pick an option of a Decap select or relation (react-select) by typing and choosing it."""
    page.get_by_label(label).fill(option)
    page.get_by_text(option, exact=True).last.click(timeout=UI_TIMEOUT_MS)
