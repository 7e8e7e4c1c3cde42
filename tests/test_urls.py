import posixpath

from sitegen import urls


def test_relative_links_between_pages():
    assert urls.relative_link("agenda/open-dag.md", urls.partner_page("bv")) == "../partners/bv.md"
    assert urls.relative_link(urls.HOME, urls.persona_page("ouder")) == "doelgroepen/ouder.md"


def test_relative_links_agree_with_relpath_between_every_kind_of_page():
    pages = [urls.HOME, urls.AGENDA, urls.event_page("a"), urls.agenda_filter("doelgroep", "ouder"), urls.agenda_archive(2025),
             urls.partner_page("bv"), urls.PARTNER_MAP, urls.persona_page("ouder"), urls.story_page("s"), "media/stories/x.jpg"]
    for source in pages:
        for target in pages:
            expected = posixpath.relpath(target, posixpath.dirname(source) or ".")
            assert urls.relative_link(source, target) == expected, (source, target)


def test_media_mirrors_content_folder():
    assert urls.media_file("content/stories/sanne.md", "img/sanne.jpg") == "media/stories/img/sanne.jpg"


def test_page_urls_are_directory_urls():
    assert urls.page_url(urls.HOME) == ""
    assert urls.page_url(urls.AGENDA) == "agenda/"
    assert urls.page_url(urls.event_page("open-dag")) == "agenda/open-dag/"


# --------------------------------------------------------------------------------------------------------------
# mailto: (RFC 6068)

from urllib.parse import parse_qs, unquote, urlsplit  # noqa: E402

import pytest  # noqa: E402


def _parsed(uri: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(uri)
    assert parts.scheme == "mailto"
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)


@pytest.mark.parametrize(
    "subject",
    ["Vraag via infrabindt.nl: Open dag", "Vraag & antwoord? #1 = 100% zeker", "Café in de Zaanstreek – ‘Wij’ 🚧", "a+b c/d;e"],
)
def test_mailto_subject_survives_a_round_trip(subject: str) -> None:
    address, query = _parsed(urls.mailto("loket@example.org", subject))
    assert address == "loket@example.org"
    assert query == {"subject": [subject]}


def test_mailto_body_lines_end_in_crlf_and_every_special_character_is_encoded() -> None:
    body = "Beste loket,\n\nSchool: De Dijk & Co\r\nKlas: 3?#\rNiveau: vmbo-kader\n"
    uri = urls.mailto("loket@example.org", "Aanvraag", body)
    assert "%0D%0A" in uri and "\n" not in uri and "\r" not in uri
    query = uri.split("?", 1)[1]
    assert "#" not in uri and "?" not in query and query.count("&") == 1 and " " not in uri
    assert all(ord(character) < 128 for character in uri)
    _, parsed = _parsed(uri)
    assert parsed["body"] == ["Beste loket,\r\n\r\nSchool: De Dijk & Co\r\nKlas: 3?#\r\nNiveau: vmbo-kader\r\n"]


def test_mailto_without_body_has_only_a_subject_and_the_address_keeps_its_at() -> None:
    uri = urls.mailto("a+b@example.org", "Vraag")
    assert uri == "mailto:a%2Bb@example.org?subject=Vraag"
    assert _parsed(uri)[0] == "a+b@example.org"
def test_site_path_of_links_into_the_site_and_none_for_the_rest():
    site = "https://www.infrabindt.nl/"
    assert urls.site_path("/agenda/?a=1#b", site) == "agenda/"
    assert urls.site_path("HTTP://WWW.infrabindt.nl", site) == ""
    assert urls.site_path("//www.infrabindt.nl/open%20dag", site) == "open dag"
    for elsewhere in ("https://example.org/agenda/", "mailto:info@infrabindt.nl", "../agenda/", "#top", "ftp://www.infrabindt.nl/x"):
        assert urls.site_path(elsewhere, site) is None, elsewhere


def test_site_path_below_a_site_in_a_folder():
    site = "https://example.org/netwerk/"
    assert urls.site_path("/netwerk", site) == ""
    assert urls.site_path("/netwerk/agenda/", site) == "agenda/"
    assert urls.site_path("https://example.org/netwerk/agenda.ics", site) == "agenda.ics"
    assert urls.site_path("/netwerkje/", site) is None
    assert urls.site_path("/agenda/", site) is None


def test_a_path_is_served_by_a_file_or_a_folders_index():
    assert urls.built_candidates("") == ("index.html",)
    assert urls.built_candidates("agenda/") == ("agenda/index.html",)
    assert urls.built_candidates("agenda") == ("agenda", "agenda/index.html")
    assert urls.built_file("agenda/x.md") == "agenda/x/index.html"
    assert urls.built_file("index.md") == "index.html"
