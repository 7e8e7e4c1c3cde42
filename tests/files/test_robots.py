"""robots.txt: crawlers may read everything but the CMS, and find the sitemap by its full address."""

from __future__ import annotations

from urllib.robotparser import RobotFileParser

from sitegen.files.robots import robots_txt


def test_crawlers_read_the_site_but_not_the_cms() -> None:
    parser = RobotFileParser()
    parser.parse(robots_txt("https://www.infrabindt.nl/").decode().splitlines())
    assert parser.can_fetch("Googlebot", "https://www.infrabindt.nl/agenda/")
    assert parser.can_fetch("*", "https://www.infrabindt.nl/verhalen/daan-houdt-waterland-droog/")
    assert not parser.can_fetch("Googlebot", "https://www.infrabindt.nl/admin/")
    assert not parser.can_fetch("*", "https://www.infrabindt.nl/admin/config.yml")
    assert parser.site_maps() == ["https://www.infrabindt.nl/sitemap.xml"]


def test_a_site_url_without_a_final_slash_still_names_the_sitemap() -> None:
    assert b"Sitemap: https://example.org/sitemap.xml\n" in robots_txt("https://example.org")
