"""`make serve` in a browser: the banner of problems is readable and accessible, and the page reloads by itself
(the live-reload script passes the page's Content-Security-Policy) when the editor saves a good file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_serve_preview import EVENT, Preview, _broken, _copy_network, running

from browser_support import Chromium, assert_no_axe_violations, goto, new_page, watch_csp
from sitegen.preview import BANNER_ID

pytestmark = [pytest.mark.browser, pytest.mark.build]


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    with running(_copy_network(tmp_path / "network")) as server:
        yield server


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1366, "height": 900}], ids=["phone", "laptop"])
def test_the_banner_is_accessible_and_the_page_reloads_itself_after_the_fix(preview: Preview, viewport: dict, chromium: Chromium, tmp_path: Path):
    good = (preview.project / EVENT).read_text(encoding="utf-8")
    preview.save(EVENT, _broken(good))
    with new_page(chromium, viewport=viewport) as (context, page):
        violations = watch_csp(context)
        goto(page, preview.url("/agenda/"))
        banner = page.locator(f"#{BANNER_ID}")
        assert banner.is_visible()
        assert "De inhoud bevat 2 problemen." in banner.inner_text()
        box = banner.bounding_box()
        assert box is not None and box["width"] <= viewport["width"]
        page.screenshot(path=str(tmp_path / f"banner-{viewport['width']}.png"))
        assert_no_axe_violations(page, f"the preview's banner at {viewport['width']} px")
        page.wait_for_function("() => window.__loaded = true")
        preview.save(EVENT, good.replace("title: ", "title: Opgelost en ", 1))
        page.wait_for_function("() => !window.__loaded && !document.getElementById('" + BANNER_ID + "')", timeout=60_000)
        assert "Opgelost en " in page.content()
        assert not violations, violations
