"""No dead ends: every address in the content that points into the site itself must reach a page or file of it.

Which pages and files the site has is only known once they are generated, so the caller hands over `built`: every
file of the built site, as its path below the site's root (`agenda/index.html`, `agenda.ics`, `media/…`); the CLI
makes it from the engine's outputs and `docs/` (`outputs.built_files`), the MkDocs hook from the files MkDocs
publishes. One set lookup per link, so a site of 10,000 pages stays fast; the closest page is only looked for when
a link is dead.
"""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sitegen import urls
from sitegen.limits import DEAD_LINK_SUGGESTIONS
from sitegen.model.site import Site
from sitegen.model.site_links import ContentLink, content_links
from sitegen.problems import Problem, quoted

INDEX = "index.html"
# How alike a dead address and a page must be to be suggested (difflib's ratio), and how many pages, by difflib's
# cheap upper bound, get the full comparison.
CUTOFF = 0.6
SHORTLIST = 20


def dead_link_problems(site: Site, built: Set[str]) -> list[Problem]:
    """A Dutch problem, with file, line and field, for every address of the content on this site that is not in `built`."""
    site_url = site.references.settings.url
    pages = _Pages(built)
    problems: list[Problem] = []
    for item in site.items:
        for link in content_links(item):
            path = urls.site_path(link.target, site_url)
            if path is None or any(candidate in built for candidate in urls.built_candidates(path)):
                continue
            problems.append(_problem(link, path, site_url, pages))
    return problems


@dataclass
class _Pages:
    """The site's page addresses (`agenda/`), made once and only when a dead link needs a suggestion."""

    built: Set[str]
    _addresses: list[str] | None = field(default=None)
    _guesses: dict[str, str | None] = field(default_factory=dict)

    def addresses(self) -> list[str]:
        if self._addresses is None:
            self._addresses = sorted(path[: -len(INDEX)] for path in self.built if path == INDEX or path.endswith("/" + INDEX))
        return self._addresses

    def closest(self, path: str) -> str | None:
        """The page closest to `path`, looked up once per address and for at most `DEAD_LINK_SUGGESTIONS` addresses."""
        if path not in self._guesses and len(self._guesses) < DEAD_LINK_SUGGESTIONS:
            self._guesses[path] = self._closest(path)
        return self._guesses.get(path)

    def _closest(self, path: str) -> str | None:
        if path.endswith(".md"):
            page = urls.page_url(path)
            if page + INDEX in self.built:
                return page
        wanted = path if path.endswith("/") or "." in path.rsplit("/", 1)[-1] else path + "/"
        return closest_address(wanted, self.addresses())


def closest_address(wanted: str, addresses: Sequence[str]) -> str | None:
    """The address most like `wanted` (difflib's ratio at least `CUTOFF`), ties to the first in order, or None.

    `difflib.get_close_matches` computes the full ratio for nearly every page of a folder (a second for 13,000 pages);
    here the cheap upper bound `quick_ratio` picks the `SHORTLIST` best first, and only those get the full ratio.
    """
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    bounds: list[tuple[float, int]] = []
    for index, address in enumerate(addresses):
        matcher.set_seq1(address)
        if matcher.real_quick_ratio() >= CUTOFF and (bound := matcher.quick_ratio()) >= CUTOFF:
            bounds.append((bound, -index))
    best: tuple[float, int] | None = None
    for _, negative_index in heapq.nlargest(SHORTLIST, bounds):
        matcher.set_seq1(addresses[-negative_index])
        score = (matcher.ratio(), negative_index)
        if score[0] >= CUTOFF and (best is None or score > best):
            best = score
    return addresses[-best[1]] if best is not None else None


def _problem(link: ContentLink, path: str, site_url: str, pages: _Pages) -> Problem:
    written = quoted(link.target)
    closest = pages.closest(path)
    if closest is not None:
        instead = f" Bedoelde je {quoted(_as_written(link.target, closest, site_url))}?"
    else:
        instead = ""
    if path.endswith(".md"):
        what = f"{written} is de naam van een bestand, niet het adres van een pagina van deze site, en bestaat op de site niet."
    else:
        what = f"{written} wijst naar een pagina van deze site die niet bestaat."
    if link.field is None:
        advice = " Link naar een pagina die er is, of haal de link weg."
        return Problem(link.path, link.line, None, f"de link {what}{instead}{advice}")
    advice = " Vul het adres van een pagina in die er is, of laat het veld weg."
    return Problem(link.path, link.line, link.field, f"{what}{instead}{advice}")


def _as_written(target: str, page: str, site_url: str) -> str:
    """The suggested page in the form the editor used: `/agenda/` for a link from the root, else the full address."""
    if target.startswith("/") and not target.startswith("//"):
        return urls.absolute(urlsplit(site_url).path or "/", page)
    return urls.absolute(site_url, page)

