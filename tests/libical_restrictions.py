"""Run by Debian's python3 (which has PyGObject and libical-glib): libical's restriction check on iCalendar files.

Prints one JSON object: {file: [error, ...]}, an empty list for a file that passes. The project's venv cannot
import `gi`, so tests/files/test_ical_restrictions.py calls this script with /usr/bin/python3.
"""

import json
import re
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402

ERROR = re.compile(r"X-LIC-ERROR[^\r\n]*(?:\r\n[ \t][^\r\n]*)*")

results = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as handle:
        component = ICalGLib.Component.new_from_string(handle.read())
    if component is None:
        results[path] = ["libical could not parse the file"]
        continue
    passed = ICalGLib.restriction_check(component)
    errors = [re.sub(r"\r\n[ \t]", "", error) for error in ERROR.findall(component.as_ical_string())]
    if not passed and not errors:
        errors = ["restriction check failed without an X-LIC-ERROR"]
    results[path] = errors
print(json.dumps(results))
