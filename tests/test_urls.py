from sitegen import urls


def test_relative_links_between_pages():
    assert urls.relative_link("agenda/open-dag.md", urls.partner_page("bv")) == "../partners/bv.md"
    assert urls.relative_link(urls.HOME, urls.persona_page("ouder")) == "doelgroepen/ouder.md"


def test_media_mirrors_content_folder():
    assert urls.media_file("content/stories/sanne.md", "img/sanne.jpg") == "media/stories/img/sanne.jpg"


def test_page_urls_are_directory_urls():
    assert urls.page_url(urls.HOME) == ""
    assert urls.page_url(urls.AGENDA) == "agenda/"
    assert urls.page_url(urls.event_page("open-dag")) == "agenda/open-dag/"
