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
