"""Every feed and event file of the built sample site passes libical's restriction check (RFC 5545/5546 rules).

libical is the calendar library of GNOME, Evolution and many servers. Its check flags, among others, an iTIP method
without the properties that method requires (METHOD:PUBLISH without ORGANIZER) and missing or repeated properties.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT

DEBIAN_PYTHON = Path("/usr/bin/python3")
SCRIPT = PROJECT_ROOT / "tests" / "libical_restrictions.py"


def _libical_available() -> bool:
    if not DEBIAN_PYTHON.is_file():
        return False
    probe = "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"
    return subprocess.run([str(DEBIAN_PYTHON), "-c", probe], capture_output=True).returncode == 0


def restriction_errors(files: list[Path]) -> dict[str, list[str]]:
    if not _libical_available():
        if os.environ.get("CI"):
            pytest.fail("libical-glib is not installed; .ci/run installs gir1.2-ical-3.0 and python3-gi")
        pytest.skip("libical-glib is not installed (apt-get install gir1.2-ical-3.0 python3-gi)")
    result = subprocess.run(
        [str(DEBIAN_PYTHON), str(SCRIPT), *map(str, files)], capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(result.stdout)


def test_every_feed_passes_libicals_restriction_check(built_site: Path) -> None:
    files = sorted(built_site.rglob("*.ics"))
    assert len(files) > 40  # the whole agenda, one per audience and region, one per event
    failed = {path: errors for path, errors in restriction_errors(files).items() if errors}
    assert not failed, json.dumps(failed, indent=1)[:4000]


def test_the_check_fails_a_publish_feed_without_organizer(built_site: Path, tmp_path: Path) -> None:
    """The check is real: the same feed with METHOD:PUBLISH (and no ORGANIZER) is flagged."""
    feed = (built_site / "agenda.ics").read_bytes()
    with_method = tmp_path / "with-method.ics"
    with_method.write_bytes(feed.replace(b"CALSCALE:GREGORIAN\r\n", b"CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n", 1))
    errors = restriction_errors([with_method])[str(with_method)]
    assert any("ORGANIZER" in error for error in errors), errors
