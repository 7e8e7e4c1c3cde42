"""The local preview (`make serve`) while the content has problems: a banner on every page, over the last good site.

`mkdocs build` stops on a problem, so nothing wrong is ever published. The preview must not stop: an editor who
saves a file with a mistake keeps the last good site in the browser, sees on every page what is wrong (in Dutch,
with file and line) and gets the new site on the next good save. This module only makes the banner and puts it in
a finished page; the hook decides when (hooks/infrabindt_mkdocs.py). Editors' text in the messages is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sitegen import csp
from sitegen.escape import html_attribute, html_text
from sitegen.problems import Problem

BANNER_ID = "sitegen-problemen"
"""The id of the banner (its class, `ib-problems`, is styled in overrides/assets/sitegen.css)."""

BROKEN_BUILD = (
    "Het voorbeeld kon niet opnieuw worden opgebouwd door een fout die geen probleem in de inhoud is. "
    "Je ziet de laatste versie die wel lukte. De fout staat in het venster waarin make serve draait."
)

LAST_GOOD = "Je ziet de laatste versie van de site zonder problemen."
NO_SITE_YET = "De pagina's met activiteiten, verhalen en partners komen pas als deze problemen zijn opgelost."
FIX = "Los op wat hieronder staat en sla het bestand op: het voorbeeld werkt zichzelf dan bij."

_BODY = re.compile(rb"<body\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>", re.IGNORECASE)


def _location(problem: Problem) -> str:
    parts = [f"<code>{html_text(problem.path)}</code>"]
    if problem.line is not None:
        parts.append(f"regel {problem.line}")
    if problem.field is not None:
        parts.append(f"veld <code>{html_text(problem.field)}</code>")
    return ", ".join(parts)


def problems_banner(
    problems: Sequence[Problem], *, last_good: bool = True, build_failed: bool = False, guide: str | None = None
) -> str:
    """The banner as HTML: how many problems, that this is the last good site, and one item per problem.

    `last_good`: whether a good site was built since the preview started (else only the network's own pages in
    docs/ are there). `build_failed`: the last rebuild stopped for another reason than the content (its error is in the terminal).
    `guide`: the address of the guide's page of messages, linked under the list.
    """
    if not problems and not build_failed:
        return ""
    noun = "probleem" if len(problems) == 1 else "problemen"
    heading = f"De inhoud bevat {len(problems)} {noun}." if problems else "Het voorbeeld is niet bijgewerkt."
    lines = [
        f'<section id="{BANNER_ID}" class="ib-problems" aria-labelledby="{BANNER_ID}-kop">',
        f'<p id="{BANNER_ID}-kop"><strong>{heading}</strong></p>',
    ]
    if problems:
        lines.append(f"<p>{LAST_GOOD if last_good else NO_SITE_YET} {FIX}</p>")
        lines.append("<ul>")
        lines.extend(f"<li>{_location(problem)}: {html_text(problem.message)}</li>" for problem in problems)
        lines.append("</ul>")
        if guide:
            lines.append(f'<p><a href="{html_attribute(guide)}">Wat elke melding betekent en hoe je hem oplost</a></p>')
    if build_failed:
        lines.append(f"<p>{html_text(BROKEN_BUILD)}</p>")
    lines.append("</section>")
    return "\n".join(lines)


def with_banner(page: bytes, banner: str) -> bytes:
    """`page` (finished HTML) with `banner` as the first thing in <body>; unchanged when there is no banner or body."""
    if not banner:
        return page
    body = _BODY.search(page)
    if body is None:
        return page
    return page[: body.end()] + banner.encode("utf-8") + page[body.end() :]


_POLICY = re.compile(rb'(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src )')


def with_live_reload(page: bytes) -> bytes:
    """`page` whose Content-Security-Policy also allows the live-reload script `mkdocs serve` adds before </body>.

    The policy is computed when the page is built, before the server adds that script; without its hash the browser
    blocks it and the preview never reloads by itself. Only that script (it calls `livereload(`) is added.
    """
    text = page.decode("utf-8", errors="surrogateescape")
    hashes = sorted({csp.script_hash(script.text) for script in csp.inline_scripts(text) if "livereload(" in script.text})
    if not hashes:
        return page
    return _POLICY.sub(lambda match: match.group(1) + " ".join(hashes).encode() + b" ", page, count=1)


StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def preview_app(app: WsgiApp, banner: Callable[[], str]) -> WsgiApp:
    """The preview server's WSGI app with `banner()` (as it is at the moment of the request) in every HTML page.

    The banner goes in when a page is served, not when it is built: `mkdocs serve --dirty` rebuilds only the pages
    whose sources changed, so a banner written into pages would stay on every other page after the content is good.
    """

    def wrapped(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        answer: list[Any] = []

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], None]:
            answer[:] = [status, headers, exc_info]
            return lambda data: None

        result = app(environ, capture)
        status, headers, exc_info = answer
        content_type = next((value for name, value in headers if name.lower() == "content-type"), "")
        if not content_type.startswith("text/html"):
            start_response(status, headers, exc_info)
            return result
        try:
            page = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        page = with_live_reload(with_banner(page, banner()))
        headers = [(name, value) for name, value in headers if name.lower() != "content-length"]
        start_response(status, [*headers, ("Content-Length", str(len(page)))], exc_info)
        return [page]

    return wrapped
