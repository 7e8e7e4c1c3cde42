"""Every bound on what one editor's input may cost, in one place.

Each limit is far above what real content needs and far below what would make `make check` or the build slow or
large: no single file can cost more than a few seconds and a few hundred megabytes. A file over a limit is a
Dutch problem that names the file, the limit and what to do (docs/redactie/meldingen.md); it is never read in part.
Measured on the sample content (December 2026): the longest content file is 1.5 kB, the longest one-line value 212
characters, the deepest front matter 2 levels, the largest data list (regions.yml) 3.9 kB with 416 YAML events and
5 levels.
"""

from __future__ import annotations

from sitegen.images.inspect import DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS

CONTENT_FILE_BYTES = 200_000
"""A Markdown file in content/: about 30,000 words, a hundred times the longest today. Python-Markdown and the
allowlist handle the worst inputs we tried at this size in seconds (tests/test_limits.py)."""

DATA_FILE_BYTES = 1_000_000
"""A reference list in data/ (regions, event types, ...): 250 times the largest one today; also the map's GeoJSON
(`map.shapes`, 15.5 kB today), which is drawn into the partner map page as it is."""

FIELD_CHARACTERS = 2_000
"""A one-line value (title, summary, alt text, web address): nine times the longest in the sample content."""

YAML_DEPTH = 8
"""Levels of nested blocks and lists in one YAML document, the outer block included; front matter uses 2, the data
lists at most 5."""

YAML_EVENTS = 50_000
"""Values, blocks and lists in one YAML document (the parser's events); the largest data list has 416."""

FILES_PER_FOLDER = 50_000
"""Entries in one folder of content/ (Markdown files and images): five times the 10,000 events of `make bench`."""

IMAGE_BYTES = DEFAULT_MAX_BYTES
"""An image file (checked in sitegen/images)."""

IMAGE_PIXELS = DEFAULT_MAX_PIXELS
"""An image's width × height (checked in sitegen/images before it is decoded)."""

PROBLEMS_PER_FILE = 20
"""Problems of one kind reported for one file (invisible characters, YAML anchors): enough to see the pattern."""

BRACKETS_PER_PARAGRAPH = 50
"""Square brackets `[` in one paragraph of a body. Python-Markdown's link search takes time that grows with the
square of unclosed brackets in a paragraph (4,000 take 3 s, 200,000 would take hours); at 50 a whole 200 kB file of
such paragraphs costs about 7 s. A real paragraph has a few links, so a few brackets."""

PARAGRAPH_CHARACTERS = 20_000
"""Characters in one paragraph of a body (lines between blank lines), about 3,000 words; a long paragraph today has
a few hundred. Python-Markdown's inline reader slows down more than linearly on one long paragraph full of markup
(`*a` repeated: 40,000 characters take 0.3 s, 100,000 take 4.4 s, 200,000 take 12 s); at 20,000 a whole 200 kB
file of such paragraphs is read in about 2 s."""

ANGLE_BRACKETS_PER_BODY = 200
"""Angle brackets `<` in one body. Python-Markdown's HTML block reader scans the rest of the text for every `<` that
starts a tag and is not closed (22,000 of them in 200 kB take minutes); 200 cost well under a second. Editors rarely
need HTML (docs/redactie/tekst.md), and `&lt;` or `&gt;` do not count."""

EMAIL_CHARACTERS = 254
"""A public e-mail address: the longest address SMTP can deliver to (RFC 5321, section 4.5.3.1.3)."""

PHONE_DIGITS = 15
"""Digits in a phone number: the most an international number has (ITU-T E.164); a Dutch number has 10 or 11."""

CONTACT_ROLE_CHARACTERS = 80
"""A contact's named role ('Coördinator gastlessen'): it stands on a button's line, so a few words."""

REQUEST_TEMPLATE_LINES = 30
"""Lines of the guest-lesson request template (data/requests.yml): a mail a teacher fills in within a minute."""

DEAD_LINK_SUGGESTIONS = 100
"""Different dead addresses for which the check looks for the closest page. Each search compares the address with
every page (difflib; at 10,000 events about 10 ms each), so a bulk import with 10,000 distinct dead links would take
minutes; the same dead address is looked up once, and beyond this many the message goes without a suggestion."""
