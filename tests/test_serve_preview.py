"""`make serve` never hangs: the real `mkdocs serve` on a copy of a small network, a file broken and fixed under it.

While the content has problems the server keeps answering with the last good site and a banner listing them (Dutch,
file and line, editors' text escaped); the next good save brings the new site back without a restart. A rebuild
that fails for another reason (a broken mkdocs.yml) does not hang it either. `mkdocs build --strict` still fails.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT, mkdocs_build
from sitegen.preview import BANNER_ID

pytestmark = pytest.mark.build

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "second-network"
EVENT = "content/events/infodag-overstappen-maart-2027.md"
ANSWER_S = 2.0
"""How long a page may take once the server has seen the save: an editor must never wait on a hanging preview."""
REBUILD_TIMEOUT_S = 120.0
"""How long a rebuild may take on a loaded test machine (it takes a few seconds)."""
BROKEN_START = 'start: "morgen"'
HOSTILE_TYPE = "type: <script>alert(1)</script>"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _copy_network(target: Path) -> Path:
    """The example network with the project's own hook and overrides (its mkdocs.yml names them relatively)."""
    shutil.copytree(FIXTURE, target)
    config = target / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("../../../", f"{PROJECT_ROOT.as_posix()}/"), encoding="utf-8")
    return target


def _get(url: str, timeout: float) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _until(condition: Callable[[], bool], what: str, timeout: float = REBUILD_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


class Preview:
    """`mkdocs serve --livereload --dirty` as `make serve` runs it, on a free port; its log in a file."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.port = _free_port()
        self.log = project.parent / "serve.log"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT,
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def builds(self) -> int:
        """How many builds have finished so far (MkDocs logs 'Reloading browsers' after each rebuild)."""
        return self.log.read_text(encoding="utf-8", errors="replace").count("Reloading browsers")

    def save(self, relative: str, text: str) -> None:
        """Write a file as an editor's editor does, and wait until the server has rebuilt after it."""
        before = self.builds()
        (self.project / relative).write_text(text, encoding="utf-8")
        _until(lambda: self.builds() > before or self.process.poll() is not None, "the rebuild after saving " + relative)
        assert self.process.poll() is None, self.log.read_text(encoding="utf-8", errors="replace")

    def page(self, path: str) -> tuple[int, str]:
        """A page, which must answer within ANSWER_S."""
        started = time.monotonic()
        try:
            answer = _get(self.url(path), ANSWER_S)
        except OSError as error:
            raise AssertionError(f"{path} did not answer within {ANSWER_S} s ({error})") from None
        assert time.monotonic() - started < ANSWER_S
        return answer

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return _copy_network(tmp_path / "network")


@contextmanager
def running(project: Path) -> Iterator[Preview]:
    """`mkdocs serve` on `project`, answering, until the block ends."""
    server = Preview(project)
    try:
        _until(lambda: server.process.poll() is not None or _answers(server.url("/")), "mkdocs serve to start")
        assert server.process.poll() is None, server.log.read_text(encoding="utf-8", errors="replace")
        yield server
    finally:
        server.stop()


@pytest.fixture
def preview(project: Path) -> Iterator[Preview]:
    with running(project) as server:
        yield server


def _answers(url: str) -> bool:
    try:
        return _get(url, 2)[0] == 200
    except OSError:
        return False


def _banner(html: str) -> str:
    found = re.search(rf'<section id="{BANNER_ID}".*?</section>', html, re.DOTALL)
    return found.group(0) if found else ""


def _broken(text: str) -> str:
    broken = re.sub(r"^start: .*$", BROKEN_START, text, count=1, flags=re.MULTILINE)
    return re.sub(r"^type: .*$", HOSTILE_TYPE, broken, count=1, flags=re.MULTILINE)


def _line_of(text: str, prefix: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.startswith(prefix))


def test_a_broken_file_keeps_the_last_good_site_with_the_problems_on_every_page(preview: Preview, project: Path):
    good = (project / EVENT).read_text(encoding="utf-8")
    title = re.search(r"^title: (.*)$", good, re.MULTILINE)
    assert title
    status, before = preview.page("/agenda/")
    assert status == 200 and title.group(1) in before and not _banner(before)

    preview.save(EVENT, _broken(good))
    for path in ("/agenda/", "/", "/over-ons/", "/bestaat-niet/"):
        status, html = preview.page(path)
        assert status == (404 if path == "/bestaat-niet/" else 200), path
        banner = _banner(html)
        assert "De inhoud bevat 2 problemen." in banner, path
        assert "Je ziet de laatste versie van de site zonder problemen." in banner
    status, html = preview.page("/agenda/")
    banner = _banner(html)
    assert title.group(1) in html  # the last good agenda
    assert f"<code>{EVENT}</code>, regel {_line_of(good, 'start:')}, veld <code>start</code>: &#x27;morgen&#x27;" in banner
    assert f"<code>{EVENT}</code>, regel {_line_of(good, 'type:')}, veld <code>type</code>" in banner
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in banner
    assert "<script>alert" not in html

    fixed = good.replace(f"title: {title.group(1)}", "title: Infodag overstappen, nieuwe versie")
    preview.save(EVENT, fixed)
    status, html = preview.page("/agenda/")
    assert status == 200 and not _banner(html)
    assert "Infodag overstappen, nieuwe versie" in html
    assert preview.process.poll() is None


def test_a_failed_rebuild_that_is_not_the_content_does_not_hang_the_preview(preview: Preview, project: Path):
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    preview.save("mkdocs.yml", config.replace("site_name:", "site_name: [", 1))
    status, html = preview.page("/over-ons/")
    assert status == 200
    assert "Het voorbeeld is niet bijgewerkt." in _banner(html)
    preview.save("mkdocs.yml", config)
    status, html = preview.page("/over-ons/")
    assert status == 200 and not _banner(html)


def test_the_build_still_stops_on_the_same_problems(project: Path, tmp_path: Path):
    event = project / EVENT
    event.write_text(_broken(event.read_text(encoding="utf-8")), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "De inhoud bevat 2 problemen; er is niets gepubliceerd." in result.stdout + result.stderr
