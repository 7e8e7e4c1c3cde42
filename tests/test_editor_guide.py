"""The Dutch editor guide (docs/redactie/, published at /redactie/) stays true to the engine.

* every guide page is built into the site and is in the nav;
* every message the content check can give is explained in the guide: the messages are collected from the source
  (the text of every `Problem(...)` and `PydanticCustomError(...)`, and Dutch text in the modules that check content),
  so a new or reworded message fails here until the guide explains it;
* a curated list of phrases (also those built from parts) must be in the source AND in the guide, so that a phrase
  that disappears from both does not leave the test passing on nothing;
* the templates editors paste pass the real check; the web-editor route comes first; axe finds nothing.
"""

from __future__ import annotations

import ast
import html
import re
import shutil
import uuid
from functools import cache
from pathlib import Path

import pytest
import yaml

from browser_support import Chromium, assert_no_axe_violations, new_page
from conftest import PROJECT_ROOT
from sitegen.loading.loader import load_site
from sitegen.model.event import EventStatus
from sitegen.problems import ContentError

GUIDE = PROJECT_ROOT / "docs" / "redactie"
SITEGEN = PROJECT_ROOT / "sitegen"

# The modules whose text reaches editors as check messages.
MESSAGE_MODULES = tuple(
    sorted(
        {
            *(
                path.relative_to(SITEGEN).as_posix()
                for folder in ("reading", "model", "loading")
                for path in (SITEGEN / folder).glob("*.py")
                if path.name != "kinds.py"  # what each kind is, for the CMS: descriptions, not messages
            ),
            "geo/shapes.py",
            "problems.py",
        }
    )
)
"""Every module that can word a check message: all of reading/, model/ and loading/ (a new module is scanned without
being listed), the map's shapes and problems.py."""
MESSAGE_CALLS = frozenset({"Problem", "PydanticCustomError"})
DUTCH_WORD = re.compile(
    r"\b(geen|verwacht|ontbreekt|bestaat|niet|een|het|de|deze|zet|geef|kies|houd|veld|regel|mag|moet|dit|die|staat"
    r"|ligt|heeft|wordt|maar|zijn)\b",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
EDGE_PUNCTUATION = " .;:,()'\""

# Phrases an editor meets, some of them assembled from parts in the source (so not found by the scan above).
# Each must be in the source and in the guide.
PHRASES = (
    "De inhoud is in orde",
    "De inhoud bevat",
    "er is niets gepubliceerd",
    "Bedoelde je",
    "Kies uit",
    "De lijst staat in",
    "Bekende velden",
    "is geen bekende",
    "soort activiteit",
    "doelgroep",
    "schakel van de keten",
    "lek in de keten",
    "interventie",
    "partner",
    "gemeente in",  # followed by the region of data/site.yml: "gemeente in Noord-Holland"
    "subregio",
    "soort partner",
    "soort aanbod",
    "opleiding",
    "keuze voor het niveau",
    "heeft hetzelfde webadres als",
    "is dezelfde identiteit als die van een andere activiteit",
    "status: afgelast",
    "zou bestanden van de redactie kunnen overschrijven",
)

TEMPLATE_FOLDERS = {
    "activiteit.md": "events", "verhaal.md": "stories", "partner.md": "partners", "doelgroep-toevoegen.md": "personas",
    "opleidingen.md": "programmes",
}
UID_PLACEHOLDER = "PLAK-HIER-DE-NIEUWE-UID"


def normalized(text: str) -> str:
    return " ".join(text.split()).casefold()


def built_page(site: Path, page: Path) -> Path:
    """Where MkDocs (directory URLs) puts docs/redactie/<page>.md."""
    if page.stem == "index":
        return site / "redactie" / "index.html"
    return site / "redactie" / page.stem / "index.html"


def article_text(html_file: Path) -> str:
    document = html_file.read_text(encoding="utf-8")
    article = re.search(r"<article.*?</article>", document, re.S)
    assert article, f"no article in {html_file}"
    return html.unescape(re.sub(r"<[^>]+>", " ", article.group(0)))


@pytest.fixture(scope="module")
def guide_text(built_site: Path) -> str:
    """The text of every built guide page, normalized."""
    return normalized(" ".join(article_text(built_page(built_site, page)) for page in guide_pages()))


def guide_pages() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


@cache
def message_fragments() -> tuple[tuple[str, int, str], ...]:
    """(module, line, fragment) for each piece of constant text in a check message in the source."""
    found: list[tuple[str, int, str]] = []
    for name in MESSAGE_MODULES:
        path = SITEGEN / name
        if not path.is_file():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                child.parent = node  # type: ignore[attr-defined]
        for node in ast.walk(tree):
            for piece in _constant_pieces(node):
                text = " ".join(piece.split()).strip(EDGE_PUNCTUATION)
                words = len(text.split())
                if (words >= 2 and _in_message(node, path)) or (words >= 3 and DUTCH_WORD.search(text)):
                    found.append((f"sitegen/{name}", node.lineno, text))
    return tuple(found)


def _constant_pieces(node: ast.AST) -> list[str]:
    parent = getattr(node, "parent", None)
    if isinstance(parent, ast.keyword) and parent.arg in ("description", "help", "title"):
        return []  # field descriptions (JSON Schema) and help texts are not check messages
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if isinstance(parent, (ast.Expr, ast.JoinedStr)):
            return []  # a docstring, or a piece of an f-string (handled with the f-string)
        return PLACEHOLDER.split(node.value)
    if isinstance(node, ast.JoinedStr):
        return [value.value for value in node.values if isinstance(value, ast.Constant) and isinstance(value.value, str)]
    return []


def _in_message(node: ast.AST, path: Path) -> bool:
    current: ast.AST | None = node
    while current is not None:
        if isinstance(current, ast.Call):
            function = current.func
            name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
            if name in MESSAGE_CALLS:
                return True
        if isinstance(current, ast.Return) and path.name == "loading/messages.py":
            return True
        current = getattr(current, "parent", None)
    return False


def source_text() -> str:
    modules = [SITEGEN / name for name in MESSAGE_MODULES] + [SITEGEN / "cli.py"]
    return normalized(" ".join(path.read_text(encoding="utf-8") for path in modules if path.is_file()))


def templates_in(page: Path) -> list[str]:
    """The complete files in a guide page: ```markdown blocks that start with front matter."""
    blocks = re.findall(r"^```markdown\n(.*?)^```$", page.read_text(encoding="utf-8"), re.S | re.M)
    return [block for block in blocks if block.startswith("---\n")]


# -- the guide is built and reachable -----------------------------------------------------------------------------


def test_every_guide_page_is_built(built_site: Path):
    pages = guide_pages()
    assert {page.name for page in pages} >= {"index.md", *TEMPLATE_FOLDERS, "afgelasten.md", "afbeeldingen.md", "meldingen.md"}
    for page in pages:
        built = built_page(built_site, page)
        assert built.is_file(), f"{page.name} was not built to {built.relative_to(built_site)}"
        assert '<html lang="nl"' in built.read_text(encoding="utf-8")


def test_the_guide_is_reached_from_every_footer_and_its_index_links_every_page(built_site: Path):
    """The guide is out of the visitors' menu; editors find it in the footer, and its index leads to every page."""
    config = yaml.load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert not any(isinstance(entry, dict) and "Redactie" in entry for entry in config["nav"])
    for page in ("index.html", "agenda/index.html", "verhalen/index.html"):
        footer = (built_site / page).read_text(encoding="utf-8").split('<nav class="ib-footer__links"', 1)[1]
        assert "redactie/" in footer.split("</nav>", 1)[0], page
    index = (GUIDE / "index.md").read_text(encoding="utf-8")
    linked = {name for name in re.findall(r"\]\(([a-z-]+\.md)", index)}
    assert linked >= {page.name for page in guide_pages()} - {"index.md"}


def test_the_web_editor_route_comes_first(built_site: Path):
    index = normalized(article_text(built_site / "redactie" / "index.html"))
    order = ["add file", "create new file", "commit changes", "create a new branch", "create pull request", "merge pull request"]
    positions = [index.find(step) for step in order]
    assert all(position >= 0 for position in positions), dict(zip(order, positions, strict=True))
    assert positions == sorted(positions), "the guide must walk through the web editor in the order of the steps"
    command_line = index.find("make new")
    assert 0 <= index.find("voorbeeld-site") < command_line, "how to open the preview artifact comes before the command line"
    assert positions[-1] < command_line, "the browser route must come before the command line"


# -- every check message is explained -----------------------------------------------------------------------------


def test_the_message_scan_finds_the_messages():
    """Guards against a vacuous pass: the scan must find the messages we know of."""
    fragments = {text for _, _, text in message_fragments()}
    assert len(fragments) >= 40, sorted(fragments)
    for known in (
        "is geen bekend veld",
        "ontbreekt; dit veld is verplicht. Voeg een regel",
        "is geen geldige verwijzing: een verwijzing heeft alleen kleine letters, cijfers en streepjes, zonder spaties of accenten",
        "het einde moet later zijn dan het begin",
    ):
        assert known in fragments, known


def test_every_check_message_is_explained_in_the_guide(guide_text: str):
    missing = [
        f"  {module}:{line}: {text}" for module, line, text in message_fragments() if normalized(text) not in guide_text
    ]
    assert not missing, (
        "these check messages are not in the editor guide (docs/redactie/meldingen.md); "
        "add each message word for word with a one-line fix:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("phrase", PHRASES)
def test_phrase_is_in_the_source_and_in_the_guide(phrase: str, guide_text: str):
    assert normalized(phrase) in source_text(), f"{phrase!r} is no longer in the source: update the guide and this list"
    assert normalized(phrase) in guide_text, f"{phrase!r} is not explained in the editor guide"


def test_every_status_is_explained(guide_text: str):
    for status in EventStatus:
        assert f"status: {status.value}" in guide_text or f"`{status.value}`" in (GUIDE / "afgelasten.md").read_text(
            encoding="utf-8"
        ), status


def test_every_event_type_is_listed():
    types = yaml.safe_load((PROJECT_ROOT / "data" / "event_types.yml").read_text(encoding="utf-8"))["types"]
    page = (GUIDE / "activiteit.md").read_text(encoding="utf-8")
    missing = [item["slug"] for item in types if f"| `{item['slug']}` |" not in page]
    assert not missing, f"event types missing from docs/redactie/activiteit.md: {missing}"


# -- the templates pass the real check ----------------------------------------------------------------------------


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """The real data/ and content/ in a folder outside git (every event counts as new)."""
    for folder in ("data", "content"):
        shutil.copytree(PROJECT_ROOT / folder, tmp_path / folder)
    return tmp_path


def _free_order(root: Path, template: str) -> str:
    taken = {
        int(match.group(1))
        for path in (root / "content" / "personas").glob("*.md")
        if (match := re.search(r"^order:\s*(\d+)", path.read_text(encoding="utf-8"), re.M))
    }
    return re.sub(r"^order: \d+$", f"order: {max(taken, default=0) + 1}", template, count=1, flags=re.M)


@pytest.mark.parametrize("page_name", sorted(TEMPLATE_FOLDERS))
def test_the_template_passes_the_check(page_name: str, project_copy: Path):
    templates = templates_in(GUIDE / page_name)
    assert len(templates) == 1, f"{page_name} should have exactly one template (a ```markdown block starting with ---)"
    template = templates[0]
    if page_name == "activiteit.md":
        assert f"uid: {UID_PLACEHOLDER}" in template
        template = template.replace(UID_PLACEHOLDER, str(uuid.uuid4()))
    if page_name == "doelgroep-toevoegen.md":
        template = _free_order(project_copy, template)
    target = project_copy / "content" / TEMPLATE_FOLDERS[page_name] / "sjabloon-uit-de-handleiding.md"
    target.write_text(template, encoding="utf-8")
    try:
        site = load_site(project_copy)
    except ContentError as error:
        pytest.fail(f"the template in {page_name} does not pass the check:\n{error}")
    slugs = {item.slug for item in site.items}
    assert "sjabloon-uit-de-handleiding" in slugs


def test_the_uid_placeholder_cannot_be_published(project_copy: Path):
    """An editor who forgets to replace the placeholder gets a problem on the uid line, not a published event."""
    template = templates_in(GUIDE / "activiteit.md")[0]
    (project_copy / "content" / "events" / "vergeten-uid.md").write_text(template, encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_site(project_copy)
    problems = [problem for problem in raised.value.problems if problem.path.endswith("vergeten-uid.md")]
    assert [problem.field for problem in problems] == ["uid"], problems


# -- accessibility ------------------------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("page", guide_pages(), ids=lambda page: page.stem)
def test_guide_page_has_no_axe_violations(page: Path, built_site: Path, site_server: str, chromium: Chromium):
    path = "/" + built_page(built_site, page).parent.relative_to(built_site).as_posix() + "/"
    with new_page(chromium) as (_, browser_page):
        response = browser_page.goto(site_server + path, wait_until="networkidle")
        assert response is not None and response.ok, f"{path} did not load"
        assert_no_axe_violations(browser_page, path)
