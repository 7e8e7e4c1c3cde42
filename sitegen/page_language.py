"""The language and direction of a finished HTML page: `<html lang dir>` for a page in another language than the
site's (front matter `lang` and `dir` of a language page, sitegen/pages/languages.py).

The theme writes the site's language on every page; a page in Arabic says `lang="ar" dir="rtl"` instead, so
screen readers speak it in Arabic. The theme's `<body dir="ltr">` stays: its header, menu and footer are Dutch and
read left to right (an Arabic page would show 'morgen.' as '.morgen'); the summary's own block says `dir="rtl"`.
"""

from __future__ import annotations

import re

from sitegen.escape import html_attribute
from sitegen.urls import LANGUAGE_CODE_PATTERN

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_LANG = re.compile(r'\s(?:lang|dir)="[^"]*"', re.IGNORECASE)
_CODE = re.compile(LANGUAGE_CODE_PATTERN)


def with_language(html: str, lang: object, direction: object) -> str:
    """`html` with the page's own `lang` and `dir`; unchanged without them or when they are not a language code
    and ltr/rtl."""
    if not isinstance(lang, str) or not _CODE.match(lang) or direction not in ("ltr", "rtl"):
        return html
    match = _HTML_TAG.search(html)
    if match is None:
        return html
    tag = _LANG.sub("", match.group(0))
    tag = f'{tag[:-1].rstrip()} lang="{html_attribute(lang)}" dir="{direction}">'
    return html[: match.start()] + tag + html[match.end() :]
