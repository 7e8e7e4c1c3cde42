"""Content-Security-Policy as a `<meta http-equiv>` in the finished HTML: the second line of defence.

The first line is that editors' text is data (escape.py, sanitize.py): no editor can put a script in a page. If
that ever failed, the policy still stops the script from running: scripts load only from the site itself, and an
inline script runs only when its SHA-256 is in the policy. The hashes are computed here from the finished page,
for the inline scripts outside the page's own content (the theme's and ours); a script inside the content, the
part made from editors' text, is never hashed, so it is blocked. GitHub Pages cannot send headers, hence a meta
element; it governs only what comes after it, so it goes first in <head>, right after <meta charset>.

Hashes allow a script by its text: a script in the content with exactly the text of one of ours would run too,
which is harmless (it is our code), and the sanitiser removes every script anyway.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

# Types that make a <script> executable (HTML's JavaScript MIME type essence, "module"); anything else, such as
# application/json or application/ld+json, is data and never runs.
_JAVASCRIPT_TYPES = frozenset(
    {"", "module", "text/javascript", "application/javascript", "application/ecmascript", "application/x-ecmascript",
     "application/x-javascript", "text/ecmascript", "text/javascript1.0", "text/javascript1.1", "text/javascript1.2",
     "text/javascript1.3", "text/javascript1.4", "text/javascript1.5", "text/jscript", "text/livescript",
     "text/x-ecmascript", "text/x-javascript"}
)

# A comment, or a <script> element up to the first </script (where the HTML tokenizer ends script data too).
# Attribute values in quotes may hold ">".
_ATTRIBUTES = r"""(?:"[^"]*"|'[^']*'|[^'">])*"""
_TOKENS = re.compile(
    rf"<!--.*?(?:-->|\Z)|<script\b(?P<attributes>{_ATTRIBUTES})>(?P<text>.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_HEAD = re.compile(rf"<head\b{_ATTRIBUTES}>", re.IGNORECASE)
_CHARSET = re.compile(rf"<meta\b(?={_ATTRIBUTES}\bcharset\s*=){_ATTRIBUTES}>", re.IGNORECASE)
_EXISTING = re.compile(r"<meta\b[^>]*http-equiv\s*=\s*[\"']?content-security-policy", re.IGNORECASE)


@dataclass(frozen=True)
class InlineScript:
    """An inline executable script of a page: where it starts in the HTML and its text exactly as the browser
    hashes it."""

    start: int
    text: str


def script_hash(text: str) -> str:
    """`'sha256-…'`: the CSP source of an inline script with this text (newlines as the HTML parser gives them)."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(normalised.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        value = next((group for group in match.groups()[1:] if group is not None), "")
        found.setdefault(name, value)  # the first of a repeated attribute counts, as in HTML
    return found


def inline_scripts(html: str) -> Iterator[InlineScript]:
    """Every <script> without `src` whose type makes it run, in document order; comments are skipped."""
    for match in _TOKENS.finditer(html):
        if match.group("text") is None:
            continue
        attributes = _attributes(match.group("attributes"))
        if "src" in attributes:
            continue
        if attributes.get("type", "").strip().lower() not in _JAVASCRIPT_TYPES:
            continue
        yield InlineScript(match.start(), match.group("text"))


def _content_spans(html: str, content: str) -> list[range]:
    """Where the page's own content lies in the HTML (every occurrence); it must be there when it is not empty."""
    if not content:
        return []
    spans: list[range] = []
    start = html.find(content)
    if start < 0:
        raise ValueError("sitegen.csp: the page content does not occur in the page as it is; nothing to exclude")
    while start >= 0:
        spans.append(range(start, start + len(content)))
        start = html.find(content, start + 1)
    return spans


def own_script_hashes(html: str, content: str) -> tuple[str, ...]:
    """The hashes of the inline scripts outside `content`, each once, sorted: same page, same hashes."""
    spans = _content_spans(html, content)
    hashes = {script_hash(script.text) for script in inline_scripts(html) if not any(script.start in span for span in spans)}
    return tuple(sorted(hashes))


def policy(
    script_hashes: Iterable[str],
    *,
    connect: Sequence[str] = (),
    images: Sequence[str] = (),
    eval_scripts: bool = False,
) -> str:
    """The policy: everything from the site itself, inline scripts only by hash, no plugins, frames or other bases.

    `connect` and `images` add sources to connect-src and img-src; `eval_scripts` adds 'unsafe-eval' (only the
    CMS needs it, see sitegen/files/cms.py).
    """
    scripts = ["'self'", *(["'unsafe-eval'"] if eval_scripts else []), *script_hashes]
    directives = (
        ("default-src", ["'self'"]),
        ("script-src", scripts),
        # Inline style is allowed: Material sets style attributes from its bundle (header, sidebars, search),
        # the sanitiser keeps `text-align` in editors' tables, and Decap's CSS-in-JS (emotion) writes <style>
        # elements. Style cannot run code; the scripts are what the policy guards.
        ("style-src", ["'self'", "'unsafe-inline'"]),
        ("img-src", ["'self'", "data:", *images]),
        ("font-src", ["'self'"]),
        ("connect-src", ["'self'", *connect]),
        ("worker-src", ["'self'"]),
        ("object-src", ["'none'"]),
        ("frame-src", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("form-action", ["'self'"]),
    )
    return "; ".join(f"{name} {' '.join(dict.fromkeys(sources))}" for name, sources in directives)


def meta(content: str) -> str:
    """The meta element carrying `content` (a policy: no quotes or angle brackets to escape but `'`)."""
    if any(character in content for character in '"<>&'):
        raise ValueError(f"sitegen.csp: not a policy: {content!r}")
    return f'<meta http-equiv="Content-Security-Policy" content="{content}">'


def with_policy(
    html: str,
    content: str,
    *,
    connect: Sequence[str] = (),
    images: Sequence[str] = (),
    eval_scripts: bool = False,
) -> str:
    """`html` with its policy as the first element in <head> after <meta charset> (else right after <head>).

    `content` is the part of the page made from the content (the Markdown rendered by MkDocs): scripts in it are
    not allowed. A page without <head>, or with a policy already, is an error rather than a page left unguarded.
    """
    if _EXISTING.search(html):
        raise ValueError("sitegen.csp: the page already has a Content-Security-Policy")
    head = _HEAD.search(html)
    if head is None:
        raise ValueError("sitegen.csp: the page has no <head> to put the policy in")
    charset = _CHARSET.search(html, head.end())
    at = charset.end() if charset is not None and _before_first_element(html, head.end(), charset.start()) else head.end()
    element = meta(policy(own_script_hashes(html, content), connect=connect, images=images, eval_scripts=eval_scripts))
    return html[:at] + element + html[at:]


def _before_first_element(html: str, start: int, position: int) -> bool:
    """Whether only whitespace, comments and <meta> elements stand between `start` and `position`, so that the
    policy after <meta charset> still comes before every script, style and link."""
    between = re.sub(r"<!--.*?-->|<meta\b[^>]*>|\s+", "", html[start:position], flags=re.DOTALL)
    return between == ""


def origin(url: str) -> str:
    """`scheme://host[:port]` of a URL, as a CSP source."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"sitegen.csp: no origin in {url!r}")
    return f"{parts.scheme}://{parts.netloc}"
