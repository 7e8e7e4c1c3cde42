"""Copies of Material's templates in overrides/ (made to fix its invalid HTML) stay in step with the installed theme.

Each copy names the Material file it was made from by the file's SHA-256. When Material changes that file, this
test fails: copy the new file into overrides/ again, make the same small edit (its comment at the top says which),
and put the new digest here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import material
import pytest

from conftest import PROJECT_ROOT

MATERIAL = Path(material.__file__).parent / "templates"
COPIES = {
    "base.html": "a919e32d2225e09ecbdeb8076ca6ce9ca0836329760bf7871a04172569b77842",
    "partials/toc.html": "fde48f583563364b0e0e6865a5ab1e7060ec1826161f69f5cbee653e621b0f84",
    "partials/nav-item.html": "89895208f22d68ce405a4bcb6649b9150eba5bbb04663a6cb3f93f02daf1d2f7",
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_copy_was_made_from_the_installed_material(name: str) -> None:
    installed = hashlib.sha256((MATERIAL / name).read_bytes()).hexdigest()
    assert installed == COPIES[name], (
        f"Material's {name} changed: copy it to overrides/{name} again, repeat the edit described at its top, "
        "and update the digest in this test"
    )
    assert (PROJECT_ROOT / "overrides" / name).is_file()


def test_no_other_material_file_is_copied_unnoticed() -> None:
    overridden = {
        path.relative_to(PROJECT_ROOT / "overrides").as_posix()
        for path in (PROJECT_ROOT / "overrides").rglob("*.html")
        if (MATERIAL / path.relative_to(PROJECT_ROOT / "overrides")).is_file()
    }
    # main.html and 404.html are Material's extension points (meant to be replaced); the rest are copies.
    assert overridden - {"main.html", "404.html", "partials/copyright.html", "partials/search.html"} == set(COPIES)
