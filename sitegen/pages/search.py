"""How Material's site search weighs each kind of page (front matter `search.boost`), by `ContentKind.name`.

What visitors look for comes first: an activity they can still go to, the page for who they are; then stories and
partners; the rest (the network's own pages) at the default weight of 1. Events that are over or cancelled, the
filter pages and the editors' guide stay out of the index altogether.
"""

from __future__ import annotations

from collections.abc import Mapping

from sitegen.model.kinds import EVENTS, PARTNERS, PERSONAS, PROGRAMMES, STORIES

SEARCH_BOOST: Mapping[str, int] = {
    EVENTS.name: 4,
    PERSONAS.name: 3,
    STORIES.name: 2,
    PARTNERS.name: 2,
    PROGRAMMES.name: 3,
}
# Whole numbers: Material writes a boost with a decimal point into the index as the text "1\.5", which its search
# then ignores.
