"""No dead ends on the built site: every internal link of every page reaches a file, and the build refuses content
with a link into the site that reaches nothing.

The guarantee for visitors: `mkdocs build --strict` of the sample site, then every `href`, `src` and `srcset` of
every HTML file read back with a real HTML parser, resolved against the page's own address as a browser would, and
looked up in the built folder.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from conftest import PROJECT_ROOT, mkdocs_build

pytestmark = pytest.mark.build

SITE_URL = "https://www.infrabindt.nl/"
# Schemes that leave the site on purpose: mail, phone, and Material's inline data images.
ELSEWHERE = ("mailto:", "tel:", "data:")
FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "second-network"


class _Links(HTMLParser):
    """(line, tag, attribute, address) of every link, picture, script, stylesheet and source of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src") or (name == "content" and ("property", "og:url") in attrs):
                self.found.append((self.getpos()[0], tag, name, value))
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.found.append((self.getpos()[0], tag, name, candidate.split()[0]))


def links_of(html: str) -> list[tuple[int, str, str, str]]:
    parser = _Links()
    parser.feed(html)
    parser.close()
    return parser.found


def target_file(page: str, address: str, site_url: str) -> str | None:
    """The path below the site's root that `address`, written on `page` (its path in the built site), points at;
    None for an address elsewhere."""
    if address.startswith(ELSEWHERE) or address.startswith("#"):
        return None
    absolute = urlsplit(urljoin(urljoin(site_url, page), address))
    base = urlsplit(site_url)
    if (absolute.scheme, absolute.netloc) != (base.scheme, base.netloc):
        return None
    return unquote(absolute.path).removeprefix(base.path)


def exists(site_dir: Path, path: str) -> bool:
    """Served by the site: a file, or a folder's index.html (`x/`, or `x` which GitHub Pages redirects to `x/`)."""
    if path in ("", ".") or path.endswith("/"):
        return (site_dir / path / "index.html").is_file()
    return (site_dir / path).is_file() or (site_dir / path / "index.html").is_file()


def dead_ends(site_dir: Path, site_url: str) -> list[str]:
    """Every internal address on every HTML page of `site_dir` that reaches no file, as 'page:line <tag attr> address'."""
    found = []
    pages = sorted(site_dir.rglob("*.html"))
    for html_file in pages:
        page = html_file.relative_to(site_dir).as_posix()
        for line, tag, attribute, address in links_of(html_file.read_text(encoding="utf-8")):
            path = target_file(page, address, site_url)
            if path is not None and not exists(site_dir, posixpath.normpath(path) + ("/" if path.endswith("/") else "")):
                found.append(f"{page}:{line} <{tag} {attribute}> {address}")
    return found


def test_no_internal_link_of_the_built_site_points_at_a_missing_page(built_site):
    assert len(list(built_site.rglob("*.html"))) > 100, "the whole sample site is built"
    assert dead_ends(built_site, SITE_URL) == []


def test_the_check_of_the_built_site_finds_a_missing_page(tmp_path):
    """The test above can fail: a page with a dead link, a dead picture and a dead srcset entry is caught."""
    (tmp_path / "agenda").mkdir()
    (tmp_path / "agenda" / "index.html").write_text("<p>agenda</p>", encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="agenda/">ja</a> <a href="./agenda">ja</a> <a href="https://www.infrabindt.nl/agenda/#x">ja</a>'
        '<a href="https://example.org/nee/">elders</a> <a href="mailto:a@example.org">mail</a> <a href="#boven">hier</a>\n'
        '<a href="open-dag/">dood</a> <img src="/media/weg.png" alt=""> <img srcset="agenda/ 1x, weg-2x.png 2x" alt="">',
        encoding="utf-8",
    )
    assert dead_ends(tmp_path, "https://www.infrabindt.nl/") == [
        "index.html:2 <a href> open-dag/",
        "index.html:2 <img src> /media/weg.png",
        "index.html:2 <img srcset> weg-2x.png",
    ]


def test_a_content_link_into_the_site_that_reaches_nothing_stops_the_strict_build(tmp_path):
    """The MkDocs hook runs the check against the files MkDocs publishes (the example network, copied)."""
    project = tmp_path / "network"
    shutil.copytree(FIXTURE, project)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8").replace("../../../", f"{PROJECT_ROOT.as_posix()}/")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    event = project / "content" / "events" / "infodag-overstappen-maart-2027.md"
    text = event.read_text(encoding="utf-8")
    text = re.sub(r"registration: .*", "registration: https://voorbeeldland.example/aanmelden", text)
    event.write_text(text + "\nMeer in [de agenda](/agenda/infodag/).\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    assert "De inhoud bevat 2 problemen" in output
    assert (
        "content/events/infodag-overstappen-maart-2027.md:16: veld 'registration': "
        "'https://voorbeeldland.example/aanmelden' wijst naar een pagina van deze site die niet bestaat."
    ) in output
    assert "'/agenda/infodag/' wijst naar een pagina van deze site die niet bestaat. Bedoelde je '/agenda/" in output
