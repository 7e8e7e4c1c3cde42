"""The chain as a picture (pages/chain_diagram.py): every stage a link to its section, every leak at its stages,
the same bytes for the same data, editors' text as text, another region's chain drawn from its own data."""

from __future__ import annotations

import itertools
import re
from datetime import date
from xml.etree import ElementTree

import pytest

from conftest import PROJECT_ROOT
from sitegen import urls
from sitegen.loading.loader import load_site
from sitegen.model.references import ChainStage, Leak
from sitegen.pages import chain_diagram as diagram
from sitegen.pages.chain_diagram import DiagramText, chain_diagram, chain_shape
from sitegen.pages.generate import CHAIN_WORDS, generate_pages

SVG = "{http://www.w3.org/2000/svg}"
WORDS = DiagramText(
    title="De keten", leak_legend="lek", entry_legend="zij-instap", one_leak="lek {codes}", several_leaks="lekken {codes}",
    joins="stapt in bij {stage}", conjunction="en",
)
SITE = load_site(PROJECT_ROOT)
STAGES = SITE.references.stages
LEAKS = SITE.references.leaks


def stage(slug: str, name: str, group: str, joins: str | None = None) -> ChainStage:
    return ChainStage(slug=slug, name=name, short=name, group=group, description="Uitleg.", next_step="Verder.", joins=joins)


# Another region: three alternatives at one step, two entries into one stage, one into a stage that is not the
# first of its step, a long leak code and no stage of Noord-Holland.
OTHER_STAGES = (
    stage("basisschool", "Basisschool", "Basis"),
    stage("praktijk", "Praktijkonderwijs", "Voortgezet"),
    stage("vmbo-t", "Vmbo-tl", "Voortgezet"),
    stage("havo", "Havo", "Voortgezet"),
    stage("mbo-2", "Mbo niveau 2", "Beroeps"),
    stage("mbo-4", "Mbo niveau 4", "Beroeps"),
    stage("baan", "Baan in de waterbouw", "Werk"),
    stage("uwv", "Werkzoekenden via het UWV", "Werk", joins="mbo-4"),
    stage("nieuwkomers", "Nieuwkomers", "Werk", joins="mbo-4"),
    stage("omscholers", "Omscholers", "Werk", joins="baan"),
)
OTHER_LEAKS = (
    Leak(code="A", name="Weinig techniek", stages=("basisschool", "vmbo-t")),
    Leak(code="XIII", name="Uitval", stages=("mbo-4", "uwv")),
    Leak(code="C", name="Geen begeleiding", stages=("baan",)),
)
# Names too long for one line, a word too long for any, an entry beside a lone stage, many leaks at one stage.
LONG_STAGES = (
    stage("een", "Een hele lange naam van een schakel die nooit op één regel past", "g1"),
    stage("twee", "Superlangwoordzonderspatiesdatnergenspast", "g2"),
    stage("drie", "Kort", "g2"),
    stage("vier", "Werk", "g3"),
    stage("zij", "Werkzoekenden uit de hele regio via het UWV", "g", joins="vier"),
    stage("ook", "Nieuwkomers", "g", joins="drie"),
)
LONG_LEAKS = tuple(Leak(code=str(number), name="l", stages=("drie", "zij")) for number in range(1, 9))


def drawings(markup: str) -> list[ElementTree.Element]:
    root = ElementTree.fromstring(markup)
    assert root.tag == "div" and root.get("class") == diagram.ROOT_CLASS
    svgs = root.findall(f"{SVG}svg")
    assert [svg.get("class", "").split()[-1] for svg in svgs] == [f"{diagram.ROOT_CLASS}__svg--tall", f"{diagram.ROOT_CLASS}__svg--wide"]
    return svgs


def links(svg: ElementTree.Element) -> dict[str, ElementTree.Element]:
    found = {a.get("data-stage"): a for a in svg.iter(f"{SVG}a")}
    assert len(found) == len(list(svg.iter(f"{SVG}a"))), "a stage is drawn twice"
    return found  # type: ignore[return-value]


def drop_codes(link: ElementTree.Element) -> list[str]:
    return ["".join(text.itertext()) for text in link.iter(f"{SVG}text") if text.get("class") != "label"]


def view_box(svg: ElementTree.Element) -> tuple[float, float]:
    _, _, width, height = map(float, svg.get("viewBox", "").split())
    return width, height


@pytest.mark.parametrize(("stages", "leaks"), [(STAGES, LEAKS), (OTHER_STAGES, OTHER_LEAKS)], ids=["noord-holland", "other"])
def test_every_stage_is_a_link_to_its_section_in_both_drawings(stages, leaks):
    for svg in drawings(chain_diagram(stages, leaks, WORDS)):
        assert {slug: a.get("href") for slug, a in links(svg).items()} == {s.slug: f"#{s.slug}" for s in stages}


@pytest.mark.parametrize(("stages", "leaks"), [(STAGES, LEAKS), (OTHER_STAGES, OTHER_LEAKS)], ids=["noord-holland", "other"])
def test_every_leak_drips_from_the_stages_it_names(stages, leaks):
    expected = {s.slug: [leak.code for leak in leaks if s.slug in leak.stages] for s in stages}
    assert any(expected.values())
    for svg in drawings(chain_diagram(stages, leaks, WORDS)):
        assert {slug: drop_codes(a) for slug, a in links(svg).items()} == expected


def test_the_link_names_say_the_stage_its_leaks_and_where_it_joins():
    for svg in drawings(chain_diagram(STAGES, LEAKS, CHAIN_WORDS)):
        names = {slug: a.get("aria-label") for slug, a in links(svg).items()}
        assert names["vmbo"] == "Vmbo, lekken I, II en V"
        assert names["po"] == "Primair onderwijs, lek II"
        assert names["werk"] == "Werk"
        assert names["statushouders"] == "Statushouders, stapt in bij Mbo, lek VI"
        assert names["zij-instroom"] == "Zij-instroom, stapt in bij Werk, lek VI"
        titles = {slug: "".join(a.find(f"{SVG}title").itertext()) for slug, a in links(svg).items()}
        assert titles == names
        group_title = svg.find(f"{SVG}title")
        assert svg.get("role") == "group" and svg.get("aria-labelledby") == group_title.get("id")


def test_the_steps_of_the_network_come_from_order_groups_and_joins():
    shape = chain_shape(STAGES)
    assert [[s.slug for s in step] for step in shape.steps] == [["po"], ["vmbo", "havo-vwo"], ["mbo", "hbo"], ["werk"]]
    assert [(s.slug, s.joins) for s in shape.entries] == [("zij-instroom", "werk"), ("statushouders", "mbo")]
    assert [[s.slug for s in shape.entries_at(index)] for index in range(4)] == [[], [], ["statushouders"], ["zij-instroom"]]


def test_another_chain_gets_its_own_picture():
    shape = chain_shape(OTHER_STAGES)
    assert [[s.slug for s in step] for step in shape.steps] == [
        ["basisschool"], ["praktijk", "vmbo-t", "havo"], ["mbo-2", "mbo-4"], ["baan"]
    ]
    ours, theirs = chain_diagram(STAGES, LEAKS, WORDS), chain_diagram(OTHER_STAGES, OTHER_LEAKS, WORDS)
    assert ours != theirs
    for svg in drawings(theirs):
        assert not set(links(svg)) & {s.slug for s in STAGES}
        groups = ["".join(text.itertext()) for text in svg.iter(f"{SVG}text") if text.get("fill") == diagram.BAND_TEXT]
        assert groups == ["Voortgezet", "Beroeps"], "a step of alternatives is named after its group"
    # Three bands' worth of steps with a few stages each: the wide drawing grows with the number of steps.
    wide_widths = [view_box(drawings(markup)[1])[0] for markup in (ours, theirs)]
    assert wide_widths[0] == wide_widths[1]
    five_steps = (*OTHER_STAGES[:7], stage("pensioen", "Doorgroeien", "Later"))
    assert view_box(drawings(chain_diagram(five_steps, (), WORDS))[1])[0] > wide_widths[1]


def test_same_data_same_bytes():
    first = chain_diagram(STAGES, LEAKS, WORDS)
    copies = tuple(s.model_copy() for s in STAGES), tuple(leak.model_copy() for leak in LEAKS)
    assert chain_diagram(*copies, WORDS) == first
    assert chain_diagram(list(STAGES), list(LEAKS), WORDS) == first
    today = date(2026, 3, 1)
    assert generate_pages(SITE, today)[urls.CHAIN] == generate_pages(load_site(PROJECT_ROOT), today)[urls.CHAIN]


HOSTILE = "Tom \"&\" Jerry's <script>alert(1)</script> ]]> <!-- &amp; {{ x }} <a href='javascript:alert(2)'>x</a>"


def test_a_hostile_stage_name_stays_text():
    stages = (stage("een", HOSTILE, "g1"), stage("twee", "Twee", "g2"), stage("zij", HOSTILE, "g2", joins="twee"))
    leaks = (Leak(code="<b>I</b>", name=HOSTILE, stages=("een", "zij")),)
    words = DiagramText(HOSTILE, HOSTILE, HOSTILE, "lek {codes}", "lekken {codes}", "stapt in bij {stage}", "en")
    markup = chain_diagram(stages, leaks, words)
    assert "<script" not in markup and "<b>" not in markup and "<!--" not in markup
    for svg in drawings(markup):
        tags = {element.tag.removeprefix(SVG) for element in svg.iter()}
        assert tags <= {"svg", "title", "style", "rect", "g", "path", "text", "tspan", "a"}
        attributes = {name for element in svg.iter() for name in element.attrib}
        assert not [name for name in attributes if name.lower().startswith("on")]
        assert {a.get("href") for a in svg.iter(f"{SVG}a")} == {"#een", "#twee", "#zij"}
        named = links(svg)
        assert named["een"].get("aria-label") == f"{HOSTILE}, lek <b>I</b>"
        assert named["zij"].get("aria-label") == f"{HOSTILE}, stapt in bij Twee, lek <b>I</b>"
        assert drop_codes(named["een"]) == ["<b>I</b>"]
        assert "".join(svg.find(f"{SVG}title").itertext()) == HOSTILE
        # The name, wrapped over lines (long words broken with a hyphen), is the name again without the breaks.
        label = next(text for text in named["een"].iter(f"{SVG}text") if text.get("class") == "label")
        lines = ["".join(span.itertext()) for span in label.iter(f"{SVG}tspan")]
        assert len(lines) > 1
        assert all(c in " ".join(lines) for c in "<>&\"'")


def test_stages_and_leaks_must_fit_together():
    with pytest.raises(ValueError, match="joins 'nergens'"):
        chain_diagram((stage("a", "A", "g"), stage("b", "B", "g", joins="nergens")), (), WORDS)
    with pytest.raises(ValueError, match="joins 'b'"):
        chain_diagram((stage("a", "A", "g"), stage("b", "B", "g", joins="a"), stage("c", "C", "g", joins="b")), (), WORDS)
    with pytest.raises(ValueError, match="not in the chain"):
        chain_diagram((stage("a", "A", "g"),), (Leak(code="I", name="x", stages=("zz",)),), WORDS)


@pytest.mark.parametrize(("stages", "leaks"), [(STAGES, LEAKS), (OTHER_STAGES, OTHER_LEAKS)], ids=["noord-holland", "other"])
def test_text_is_at_least_12_units_and_links_at_least_24(stages, leaks):
    """At its own size (the tall drawing at a 390 px phone, the wide one wherever it is shown) a unit is a CSS pixel."""
    tall, wide = drawings(chain_diagram(stages, leaks, WORDS))
    assert view_box(tall)[0] <= 358, "the tall drawing must fit a 390 px phone's text column at its own size"
    for svg in (tall, wide):
        sizes = {float(text.get("font-size")) for text in svg.iter(f"{SVG}text")}
        assert min(sizes) >= 12
        for slug, a in links(svg).items():
            target = next(rect for rect in a.iter(f"{SVG}rect") if rect.get("class") == "target")
            assert float(target.get("width")) >= 24 and float(target.get("height")) >= 24, slug


def _box(rect: ElementTree.Element) -> tuple[float, float, float, float]:
    x, y, width, height = (float(rect.get(name)) for name in ("x", "y", "width", "height"))
    return x, y, x + width, y + height


@pytest.mark.parametrize(
    ("stages", "leaks"), [(STAGES, LEAKS), (OTHER_STAGES, OTHER_LEAKS), (LONG_STAGES, LONG_LEAKS)], ids=["noord-holland", "other", "long"]
)
def test_boxes_do_not_overlap_and_everything_is_inside(stages, leaks):
    for svg in drawings(chain_diagram(stages, leaks, WORDS)):
        width, height = view_box(svg)
        boxes = [_box(rect) for rect in svg.iter(f"{SVG}rect") if rect.get("class") in ("box", "band")]
        stage_boxes = [_box(rect) for rect in svg.iter(f"{SVG}rect") if rect.get("class") == "box"]
        for a, b in itertools.combinations(stage_boxes, 2):
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
        for left, top, right, bottom in boxes:
            assert 0 <= left and 0 <= top and right <= width and bottom <= height
        numbers = [float(n) for path in svg.iter(f"{SVG}path") for n in re.findall(r"-?\d+\.\d", path.get("d", ""))]
        assert numbers and min(numbers) >= 0
        for text in svg.iter(f"{SVG}tspan"):
            assert 0 <= float(text.get("x")) <= width and 0 <= float(text.get("y")) <= height


def test_the_wide_drawing_is_shown_only_where_it_fits_at_its_own_size():
    tall, wide = drawings(chain_diagram(STAGES, LEAKS, WORDS))
    style = "".join(tall.find(f"{SVG}style").itertext())
    assert f"@container (min-width:{view_box(wide)[0]:.1f}px)" in style
    assert wide.find(f"{SVG}style") is None
    # Material's search leaves the picture out; the words under it are indexed.
    assert ElementTree.fromstring(chain_diagram(STAGES, LEAKS, WORDS)).get("data-search-exclude") == ""


def _luminance(colour: str) -> float:
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, two: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(
    ("foreground", "background", "needed"),
    [
        (diagram.LABEL_FILL, diagram.BOX_FILL, 4.5),
        (diagram.LABEL_FILL, diagram.ENTRY_FILL, 4.5),
        (diagram.LABEL_FILL, diagram.BACKGROUND_FILL, 4.5),  # the legend
        (diagram.ACTIVE_TEXT, diagram.ACTIVE_FILL, 4.5),
        (diagram.DROP_TEXT, diagram.DROP_FILL, 4.5),
        (diagram.BAND_TEXT, diagram.BAND_FILL, 4.5),
        (diagram.BAND_TEXT, diagram.BACKGROUND_FILL, 4.5),  # a group's name under its band
        (diagram.DROP_FILL, diagram.BACKGROUND_FILL, 3),
        (diagram.DROP_FILL, diagram.BOX_FILL, 3),
        (diagram.DROP_FILL, diagram.BAND_FILL, 3),
        (diagram.BOX_STROKE, diagram.BACKGROUND_FILL, 3),
        (diagram.BOX_STROKE, diagram.BAND_FILL, 3),
        (diagram.ARROW_FILL, diagram.BACKGROUND_FILL, 3),
        (diagram.ARROW_FILL, diagram.BAND_FILL, 3),
        (diagram.BAND_STROKE, diagram.BACKGROUND_FILL, 3),
        (diagram.FOCUS_STROKE, diagram.BACKGROUND_FILL, 3),
        (diagram.FOCUS_STROKE, diagram.BAND_FILL, 3),
    ],
)
def test_colours_meet_wcag_aa(foreground: str, background: str, needed: float):
    assert _contrast(foreground, background) >= needed


def test_the_chain_page_opens_with_the_picture_and_says_the_same_in_words():
    page = generate_pages(SITE, date(2026, 3, 1))[urls.CHAIN]
    body = page.split("\n---\n", 1)[1]
    assert body.index(f'<div class="{diagram.ROOT_CLASS}"') < body.index("\n## ")
    assert body.index("# De keten") < body.index(f'<div class="{diagram.ROOT_CLASS}"')
    for s in STAGES:
        assert f"{{ #{s.slug} }}" in body, f"the section the picture links to is missing: #{s.slug}"
    for leak in LEAKS:
        assert f"{{ #lek-{leak.code.lower()} }}" in body
    words = body[body.index("**De keten in woorden:**") : body.index("**De lekken:**")]
    assert words.splitlines()[2:6] == [
        "1. [Primair onderwijs](#po) (lek II).",
        "1. Voortgezet onderwijs: [Vmbo](#vmbo) (lekken I, II en V) of [Havo/vwo](#havo-vwo) (lek II).",
        "1. Vervolgonderwijs: [Mbo](#mbo) (lekken III, IV en V) of [Hbo en universiteit](#hbo) (lek III)."
        " Zij-instap bij Mbo: [Statushouders](#statushouders) (lek VI).",
        "1. [Werk](#werk). Zij-instap bij Werk: [Zij-instroom](#zij-instroom) (lek VI).",
    ]
    legend = body[body.index("**De lekken:**") : body.index("\n## ")]
    for leak in LEAKS:
        assert f"- **{leak.code}** [" in legend and f"](#lek-{leak.code.lower()})" in legend



@pytest.mark.parametrize(
    ("stages", "leaks"), [(STAGES, LEAKS), (OTHER_STAGES, OTHER_LEAKS), (LONG_STAGES, LONG_LEAKS)], ids=["noord-holland", "other", "long"]
)
def test_names_fit_in_their_boxes(stages, leaks):
    """Wrapped at build with DejaVu Sans Bold widths: no line wider than its box, no more lines than its box holds."""
    for svg in drawings(chain_diagram(stages, leaks, WORDS)):
        for slug, a in links(svg).items():
            box = next(rect for rect in a.iter(f"{SVG}rect") if rect.get("class") == "box")
            label = next(text for text in a.iter(f"{SVG}text") if text.get("class") == "label")
            lines = ["".join(span.itertext()) for span in label.iter(f"{SVG}tspan")]
            assert len(lines) * diagram.LABEL_LINE <= float(box.get("height")), slug
            for line in lines:
                assert diagram._text_width(line, diagram.LABEL_SIZE) <= float(box.get("width")) - 2 * diagram.BOX_PAD_X + 0.1, line
