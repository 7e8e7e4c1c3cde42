"""The preview's banner (sitegen/preview.py): what an editor reads on every page of `make serve` while the content
has problems, escaped, and put into pages as they are served."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sitegen import csp
from sitegen.preview import BANNER_ID, preview_app, problems_banner, with_banner, with_live_reload
from sitegen.problems import Problem

HOSTILE = Problem("content/events/open-dag.md", 6, "type", "'<script>alert(1)</script>' is geen bekende soort activiteit.")
WHOLE_FILE = Problem("content/stories/sanne.md", None, None, "het bestand is leeg; verwacht front matter.")


def test_the_banner_lists_every_problem_with_file_line_and_field():
    banner = problems_banner([HOSTILE, WHOLE_FILE], guide="/redactie/meldingen/")
    assert "De inhoud bevat 2 problemen." in banner
    assert "<code>content/events/open-dag.md</code>, regel 6, veld <code>type</code>:" in banner
    assert "<code>content/stories/sanne.md</code>: het bestand is leeg" in banner
    assert "Je ziet de laatste versie van de site zonder problemen." in banner
    assert '<a href="/redactie/meldingen/">' in banner
    assert banner.count("<li>") == 2


def test_editors_text_in_a_message_is_escaped():
    banner = problems_banner([HOSTILE])
    assert "<script>" not in banner
    assert "&#x27;&lt;script&gt;alert(1)&lt;/script&gt;&#x27;" in banner
    assert "De inhoud bevat 1 probleem." in banner


def test_without_a_good_site_yet_the_banner_does_not_promise_one():
    banner = problems_banner([HOSTILE], last_good=False)
    assert "laatste versie" not in banner
    assert "pas als deze problemen zijn opgelost" in banner


def test_a_failed_rebuild_without_content_problems_is_said_too():
    banner = problems_banner([], build_failed=True)
    assert "Het voorbeeld is niet bijgewerkt." in banner
    assert "make serve" in banner


def test_no_problems_no_banner():
    assert problems_banner([]) == ""
    page = b"<html><body><p>x</p></body></html>"
    assert with_banner(page, "") == page


def test_the_banner_is_the_first_thing_in_the_body():
    page = b'<html><head></head><body dir="ltr" data-x="a>b"><p>x</p></body></html>'
    banned = with_banner(page, problems_banner([HOSTILE]))
    assert banned.startswith(b'<html><head></head><body dir="ltr" data-x="a>b"><section id="' + BANNER_ID.encode())
    assert banned.endswith(b"</section><p>x</p></body></html>")


LIVE_RELOAD = "\nvar livereload = function(epoch, requestId) {};\nlivereload(1, 2);\n"
POLICY_PAGE = (
    '<html><head><meta charset="utf-8">' + csp.meta(csp.policy(["'sha256-own'"])) + "</head><body>"
    "<script>own()</script><script>evil()</script><script>" + LIVE_RELOAD + "</script></body></html>"
)


def _script_sources(page: bytes) -> list[str]:
    match = re.search(r"script-src ([^;]*)", page.decode())
    assert match
    return match.group(1).split()


def test_the_policy_allows_the_live_reload_script_and_nothing_else():
    allowed = _script_sources(with_live_reload(POLICY_PAGE.encode()))
    assert csp.script_hash(LIVE_RELOAD) in allowed
    assert csp.script_hash("evil()") not in allowed
    assert "'sha256-own'" in allowed and "'self'" in allowed
    assert with_live_reload(b"<html><body></body></html>") == b"<html><body></body></html>"


def _serve(app: Any, path: str) -> tuple[str, dict[str, str], bytes]:
    answer: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
        answer.update(status=status, headers=dict(headers))

    body = b"".join(app({"PATH_INFO": path}, start_response))
    return answer["status"], answer["headers"], body


def _site(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
    if environ["PATH_INFO"].endswith(".css"):
        body = b"body{}"
        start_response("200 OK", [("Content-Type", "text/css"), ("Content-Length", str(len(body)))])
    else:
        body = POLICY_PAGE.encode()
        start_response("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))])
    return [body]


def test_the_server_puts_the_banner_of_the_moment_in_every_html_page():
    problems: list[Problem] = [HOSTILE]
    app = preview_app(_site, lambda: problems_banner(problems))
    status, headers, body = _serve(app, "/agenda/")
    assert status == "200 OK"
    assert f'<section id="{BANNER_ID}"'.encode() in body
    assert headers["Content-Length"] == str(len(body))
    assert csp.script_hash(LIVE_RELOAD) in _script_sources(body)
    problems.clear()  # the next good save
    _, headers, body = _serve(app, "/agenda/")
    assert BANNER_ID.encode() not in body
    assert headers["Content-Length"] == str(len(body))


def test_other_files_pass_unchanged():
    app = preview_app(_site, lambda: problems_banner([HOSTILE]))
    _, headers, body = _serve(app, "/assets/sitegen.css")
    assert body == b"body{}"
    assert headers == {"Content-Type": "text/css", "Content-Length": "6"}
