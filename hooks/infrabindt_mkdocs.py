"""MkDocs adapter: hands the engine's pages and files to MkDocs. No logic lives here.

Named unlike the `sitegen` package because MkDocs puts hooks/ on sys.path.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from sitegen.loader import load_site
from sitegen.outputs import Outputs, generate
from sitegen.problems import ContentError

_outputs: Outputs | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and validate the content on every build; stop with the editors' problem list instead of a traceback."""
    global _outputs
    root = Path(config.config_file_path).parent
    try:
        _outputs = generate(load_site(root))
    except ContentError as error:
        raise PluginError(str(error)) from None
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert _outputs is not None
    in_nav = _nav_paths(config.nav)
    for path, markdown in _outputs.pages.items():
        inclusion = InclusionLevel.UNDEFINED if path in in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=markdown, inclusion=inclusion))
    for path, data in _outputs.files.items():
        files.append(File.generated(config, path, content=data))
    return files


def _nav_paths(nav: object) -> set[str]:
    """Every page path named in the `nav` of mkdocs.yml; detail pages stay out of the nav (Material is O(n²) in it)."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(_nav_paths(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(_nav_paths(item) for item in nav))
    return set()
