from types import SimpleNamespace

from sitegen.pages.render import inline_markdown, render_page


def test_editor_text_is_shown_as_typed():
    assert inline_markdown("A*B_C [x] <script>") == r"A\*B\_C \[x\] &lt;script&gt;"


def test_links_are_relative_to_the_page():
    class Persona:
        slug = "ouder"
        name = "Ouder"
        promise = "Weet wat je kind kan worden."
        image = None
        source = SimpleNamespace(path="content/personas/ouder.md")

    class Site:
        personas = (Persona(),)
        stories = ()
        references = SimpleNamespace(settings=SimpleNamespace(texts=SimpleNamespace(personas_description="Voor wie.")))

    markdown = render_page("personas.md.j2", "doelgroepen/index.md", site=Site(), media=SimpleNamespace(pictures={}))
    assert '<a class="ib-tile" href="../doelgroepen/ouder/">' in markdown
    assert '<span class="ib-tile__title">Ouder</span><span class="ib-tile__text">Weet wat je kind kan worden.</span>' in markdown
