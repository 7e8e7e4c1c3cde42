#!/usr/bin/env python3
"""Performance budgets of a built site (`make budgets`): what a pupil on a phone downloads, and Lighthouse's scores.

Usage:
  python scripts/check_budgets.py SITE_DIR                 weight check + Lighthouse on the budget pages
  python scripts/check_budgets.py SITE_DIR --weight-only   only the weight check (no browser, about a second)
  python scripts/check_budgets.py SITE_DIR --all-pages     weight check on every page of the site as well

Builds nothing: SITE_DIR is the output of `mkdocs build`. It is served on 127.0.0.1 the way GitHub Pages serves the
site (text compressed with gzip), and for each budget page

  * the weight check reads the page's HTML and every stylesheet and script its HTML references, and adds up
    their gzip-compressed size: what the page costs before any image, computed from the files alone;
  * Lighthouse 12 (node_modules, mobile profile, simulated throttling) loads the page in Debian's Chromium and
    reports its four category scores and the transfer size of every request that is not an image.

Prints a table and exits 1 naming every budget missed; 3 when Node, Lighthouse or Chromium is missing, 4 when
Lighthouse itself fails.
See docs/performance.md.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import html.parser
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# The pages the budgets apply to (from the issue): home, agenda, a story, the partner listing.
BUDGET_PAGES = ("/", "/agenda/", "/doelgroepen/vmbo-leerling/", "/verhalen/daan-houdt-waterland-droog/", "/partners/")

# Minimum Lighthouse score per category (0-100).
MIN_SCORES = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
# Bytes transferred per page before images (everything that is not an image), and the same from the files alone.
MAX_TRANSFER_BYTES = 150_000

CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
LIGHTHOUSE_CLI = PROJECT_ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
LIGHTHOUSE_TIMEOUT_S = 240

# What GitHub Pages compresses: text of every kind. Level 6 is gzip's default.
COMPRESSIBLE_SUFFIXES = {
    ".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".ics", ".map", ".webmanifest",
}
GZIP_LEVEL = 6

EXIT_MISSED = 1
EXIT_USAGE = 2
EXIT_TOOLS_MISSING = 3
EXIT_LIGHTHOUSE_FAILED = 4


# --------------------------------------------------------------------------------------------------------------
# Serving the site like GitHub Pages does


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip for text when the client accepts it, as GitHub Pages serves them."""

    compress = True
    _cache: dict[tuple[str, float], bytes] = {}
    _lock = threading.Lock()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        if not self._send_compressed(with_body=True):
            super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib name
        if not self._send_compressed(with_body=False):
            super().do_HEAD()

    def _send_compressed(self, with_body: bool) -> bool:
        """Send a compressed response and return True, or return False to let the standard handler answer."""
        if not self.compress or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return False
        url_path = urlsplit(self.path).path
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not url_path.endswith("/"):
                return False  # the standard handler redirects to the slash
            path = path / "index.html"
        if not path.is_file() or path.suffix not in COMPRESSIBLE_SUFFIXES:
            return False
        body = _compressed(path)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        if with_body:
            self.wfile.write(body)
        return True


def _compressed(path: Path) -> bytes:
    key = (str(path), path.stat().st_mtime)
    with _Handler._lock:
        cached = _Handler._cache.get(key)
    if cached is None:
        cached = gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
        with _Handler._lock:
            _Handler._cache[key] = cached
    return cached


@contextmanager
def serve(site: Path, compress: bool = True) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 on a free port; yields the base URL without trailing slash."""
    handler_class = _Handler if compress else type("_PlainHandler", (_Handler,), {"compress": False})
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="budget-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# --------------------------------------------------------------------------------------------------------------
# Weight check: from the files alone


class _References(html.parser.HTMLParser):
    """Stylesheets and scripts a page's HTML makes the browser load."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.noindex = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        rel = values.get("rel", "").lower().split()
        if tag == "meta" and values.get("name", "").lower() == "robots" and "noindex" in values.get("content", "").lower():
            self.noindex = True
        elif tag == "script" and values.get("src"):
            self.urls.append(values["src"])
        elif tag == "link" and values.get("href") and (
            "stylesheet" in rel or "modulepreload" in rel
            or ("preload" in rel and values.get("as") in ("script", "style", "fetch"))
        ):
            self.urls.append(values["href"])


@dataclass(frozen=True)
class Weight:
    page: str
    files: tuple[tuple[str, int, int], ...]  # (site path, raw bytes, gzip bytes); the page's HTML first
    missing: tuple[str, ...] = ()
    noindex: bool = False  # <meta name="robots" content="noindex">: not a page for visitors (e.g. /admin/)

    @property
    def raw(self) -> int:
        return sum(raw for _, raw, _ in self.files)

    @property
    def compressed(self) -> int:
        return sum(packed for _, _, packed in self.files)


def page_file(site: Path, page: str) -> Path:
    relative = unquote(page).lstrip("/")
    return site / relative / "index.html" if relative == "" or relative.endswith("/") else site / relative


def page_weight(site: Path, page: str) -> Weight:
    """The HTML of `page` and every same-site stylesheet and script it references, raw and gzip-compressed."""
    html_file = page_file(site, page)
    parser = _References()
    parser.feed(html_file.read_text(encoding="utf-8"))
    base = "http://site.invalid" + page
    files: dict[str, Path] = {str(html_file.relative_to(site)): html_file}
    missing: list[str] = []
    for reference in parser.urls:
        absolute = urlsplit(urljoin(base, reference))
        if absolute.netloc != "site.invalid":
            missing.append(f"{reference} (another origin)")
            continue
        target = page_file(site, absolute.path)
        if target.is_file():
            files.setdefault(str(target.relative_to(site)), target)
        else:
            missing.append(reference)
    sizes = tuple((name, path.stat().st_size, len(_compressed(path))) for name, path in files.items())
    return Weight(page, sizes, tuple(missing), parser.noindex)


def all_pages(site: Path) -> list[str]:
    pages = []
    for html_file in sorted(site.rglob("index.html")):
        relative = html_file.parent.relative_to(site).as_posix()
        pages.append("/" if relative == "." else f"/{relative}/")
    return pages


# --------------------------------------------------------------------------------------------------------------
# Lighthouse


@dataclass
class Tools:
    node: str | None
    lighthouse: Path | None
    chromium: str | None
    problems: list[str] = field(default_factory=list)


def find_tools() -> Tools:
    """Node, the project's Lighthouse and a Chromium ($CHROME_PATH, $CHROMIUM, else /usr/bin/chromium)."""
    problems = []
    node = shutil.which("node")
    if node is None:
        problems.append("`node` is not on PATH (install Node.js 18 or newer)")
    lighthouse = LIGHTHOUSE_CLI if LIGHTHOUSE_CLI.is_file() else None
    if lighthouse is None:
        problems.append(f"Lighthouse is not installed at {LIGHTHOUSE_CLI} (run `make setup`, which runs `npm ci`)")
    chromium = os.environ.get("CHROME_PATH") or os.environ.get("CHROMIUM") or (
        str(DEBIAN_CHROMIUM) if DEBIAN_CHROMIUM.exists() else None
    )
    if chromium is None:
        problems.append(f"no Chromium: {DEBIAN_CHROMIUM} does not exist and neither $CHROME_PATH nor $CHROMIUM is set")
    elif not (Path(chromium).is_file() and os.access(chromium, os.X_OK)):
        problems.append(f"the Chromium {chromium} is not an executable file")
        chromium = None
    return Tools(node, lighthouse, chromium, problems)


@dataclass(frozen=True)
class Audit:
    page: str
    scores: dict[str, int]
    transfer: int  # bytes transferred by requests that are not images
    requests: tuple[tuple[bool, str, int], ...]  # (is an image, url, transfer bytes)
    failing: dict[str, tuple[str, ...]]  # category -> audits that cost it points


def run_lighthouse(tools: Tools, url: str, report: Path) -> dict:
    command = [
        str(tools.node), str(tools.lighthouse), url,
        "--output=json", f"--output-path={report}",
        "--only-categories=performance,accessibility,best-practices,seo",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    env = {**os.environ, "CHROME_PATH": str(tools.chromium)}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=LIGHTHOUSE_TIMEOUT_S)
    if result.returncode != 0 or not report.is_file():
        raise RuntimeError(f"Lighthouse failed on {url} (exit {result.returncode}):\n{result.stderr[-3000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    if data.get("runtimeError"):
        raise RuntimeError(f"Lighthouse could not load {url}: {data['runtimeError']}")
    return data


def is_image(request: dict) -> bool:
    return request.get("resourceType") == "Image" or str(request.get("mimeType", "")).startswith("image/")


def summarize(page: str, data: dict) -> Audit:
    categories, audits = data["categories"], data["audits"]
    scores = {name: round((categories[name]["score"] or 0) * 100) for name in MIN_SCORES}
    requests = tuple(
        (is_image(request), request["url"], int(request.get("transferSize") or 0))
        for request in audits["network-requests"]["details"]["items"]
    )
    transfer = sum(size for image, _, size in requests if not image)
    failing = {}
    for name in MIN_SCORES:
        lost = []
        for ref in categories[name]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                lost.append(f"{ref['id']}: {audit['score']:.2f}{value}")
        failing[name] = tuple(lost)
    return Audit(page, scores, transfer, requests, failing)


def median_audit(runs: Sequence[Audit]) -> Audit:
    """The median of each score and of the transfer size over the runs; details from the run nearest the median."""
    scores = {name: round(statistics.median(run.scores[name] for run in runs)) for name in MIN_SCORES}
    transfer = round(statistics.median(run.transfer for run in runs))
    nearest = min(runs, key=lambda run: abs(run.scores["performance"] - scores["performance"]))
    return Audit(runs[0].page, scores, transfer, nearest.requests, nearest.failing)


# --------------------------------------------------------------------------------------------------------------
# Report


def kb(size: int) -> str:
    return f"{size / 1000:.1f}"


def check(site: Path, pages: Sequence[str], runs: int, weight_only: bool, every_page: bool,
          report_dir: Path | None, compress: bool = True) -> int:
    started = time.perf_counter()
    missed: list[str] = []

    missing_pages = [page for page in pages if not page_file(site, page).is_file()]
    if missing_pages:
        print(f"{site} has no page {', '.join(missing_pages)}: is it a built site?", file=sys.stderr)
        return EXIT_USAGE

    weights = {page: page_weight(site, page) for page in pages}
    for weight in weights.values():
        if weight.missing:
            missed.append(f"{weight.page}: references missing files: {', '.join(weight.missing)}")
        if weight.compressed > MAX_TRANSFER_BYTES:
            missed.append(
                f"{weight.page}: HTML+CSS+JS weigh {kb(weight.compressed)} kB compressed, budget {kb(MAX_TRANSFER_BYTES)} kB"
            )

    audits: dict[str, Audit] = {}
    if not weight_only:
        tools = find_tools()
        if tools.problems:
            print("Cannot run Lighthouse:\n" + "\n".join(f"  - {problem}" for problem in tools.problems), file=sys.stderr)
            return EXIT_TOOLS_MISSING
        with serve(site, compress) as base, tempfile.TemporaryDirectory(prefix="budgets-") as temporary:
            folder = report_dir or Path(temporary)
            folder.mkdir(parents=True, exist_ok=True)
            try:
                for page in pages:
                    page_runs = []
                    for run in range(runs):
                        name = (page.strip("/").replace("/", "_") or "home") + f"-{run + 1}.json"
                        page_runs.append(summarize(page, run_lighthouse(tools, base + page, folder / name)))
                    audits[page] = median_audit(page_runs)
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                print(f"Lighthouse did not run to the end: {error}", file=sys.stderr)
                return EXIT_LIGHTHOUSE_FAILED
        for page, audit in audits.items():
            for name, minimum in MIN_SCORES.items():
                if audit.scores[name] < minimum:
                    lost = "; ".join(audit.failing[name]) or "no single audit"
                    missed.append(f"{page}: Lighthouse {name} {audit.scores[name]} < {minimum} (points lost on: {lost})")
            if audit.transfer > MAX_TRANSFER_BYTES:
                heaviest = sorted((request for request in audit.requests if not request[0]), key=lambda r: -r[2])[:3]
                top = ", ".join(f"{urlsplit(url).path} {kb(size)} kB" for _, url, size in heaviest)
                missed.append(
                    f"{page}: {kb(audit.transfer)} kB transferred before images, budget {kb(MAX_TRANSFER_BYTES)} kB"
                    f" (heaviest: {top})"
                )

    print_table(pages, weights, audits, runs, compress)

    if every_page:
        heavy, skipped, checked = [], [], []
        for page in all_pages(site):
            weight = weights.get(page) or page_weight(site, page)
            if weight.noindex:
                skipped.append(page)
                continue
            checked.append(weight)
            if weight.missing and page not in weights:
                missed.append(f"{page}: references missing files: {', '.join(weight.missing)}")
            if weight.compressed > MAX_TRANSFER_BYTES:
                heavy.append(weight)
        heaviest = max(checked, key=lambda w: w.compressed, default=None)
        print(f"\nWeight check on all {len(checked)} pages for visitors: {len(heavy)} over {kb(MAX_TRANSFER_BYTES)} kB"
              + (f"; heaviest {heaviest.page} with {kb(heaviest.compressed)} kB." if heaviest else "."))
        if skipped:
            print(f"Not checked (robots noindex, not for visitors): {', '.join(skipped)}")
        for weight in sorted(heavy, key=lambda w: -w.compressed):
            if weight.page in weights:
                continue  # already reported with the budget pages
            missed.append(f"{weight.page}: HTML+CSS+JS weigh {kb(weight.compressed)} kB compressed, budget {kb(MAX_TRANSFER_BYTES)} kB")

    seconds = time.perf_counter() - started
    if missed:
        print(f"\nBUDGETS MISSED ({len(missed)}), in {seconds:.0f} s:")
        for line in missed:
            print(f"  - {line}")
        return EXIT_MISSED
    print(f"\nAll budgets met, in {seconds:.0f} s.")
    return 0


def print_table(pages: Sequence[str], weights: dict[str, Weight], audits: dict[str, Audit], runs: int,
                compress: bool) -> None:
    limit = kb(MAX_TRANSFER_BYTES)
    print("Budgets: Lighthouse " + ", ".join(f"{name} >= {value}" for name, value in MIN_SCORES.items())
          + f"; at most {limit} kB per page before images (1 kB = 1000 bytes).")
    if audits:
        served = "with gzip, like GitHub Pages" if compress else "WITHOUT compression (--no-gzip)"
        print(f"Lighthouse 12, mobile, simulated throttling, median of {runs} run(s); site served {served}.\n")
    else:
        print("Weight check only (no Lighthouse).\n")
    header = ["page", "HTML+CSS+JS kB (gzip)", "raw kB"]
    if audits:
        header += ["perf", "a11y", "best pr.", "SEO", "transferred kB before images"]
    rows = [header]
    for page in pages:
        weight = weights[page]
        row = [page, kb(weight.compressed), kb(weight.raw)]
        if page in audits:
            audit = audits[page]
            row += [str(audit.scores[name]) for name in MIN_SCORES] + [kb(audit.transfer)]
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        print("| " + " | ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)) + " |")
        if index == 0:
            print("| " + " | ".join("-" * width for width in widths) + " |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="a built site folder (output of mkdocs build)")
    parser.add_argument("--page", action="append", dest="pages", metavar="PATH",
                        help="a page to check instead of the budget pages (repeatable), e.g. /agenda/")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page; the median counts (default 1)")
    parser.add_argument("--weight-only", action="store_true", help="skip Lighthouse: only the weight check")
    parser.add_argument("--all-pages", action="store_true", help="also run the weight check on every page of the site")
    parser.add_argument("--no-gzip", action="store_true",
                        help="serve without compression, like `python -m http.server` (not how the site is hosted)")
    parser.add_argument("--report-dir", type=Path, help="keep Lighthouse's JSON reports in this folder")
    arguments = parser.parse_args(argv)
    if not arguments.site.is_dir():
        parser.error(f"{arguments.site} is not a folder")
    if arguments.runs < 1:
        parser.error("--runs must be at least 1")
    pages = tuple(arguments.pages or BUDGET_PAGES)
    return check(arguments.site.resolve(), pages, arguments.runs, arguments.weight_only, arguments.all_pages,
                 arguments.report_dir, compress=not arguments.no_gzip)


if __name__ == "__main__":
    sys.exit(main())
