"""The page for an address that does not exist (404.html): what happened, and the ways back into the site."""

from __future__ import annotations

from sitegen import urls

TITLE = "Deze pagina bestaat niet"
DESCRIPTION = "Deze pagina bestaat niet (meer). Kies hieronder waar je verder wilt kijken."
WAYS_BACK: tuple[tuple[str, str], ...] = (
    ("Naar de voorpagina", urls.HOME),
    ("Wie ben jij?", urls.PERSONAS),
    ("De agenda", urls.AGENDA),
    ("Verhalen uit de infra", urls.STORIES),
)
"""(link text, source page) of each way back, the first one the main button."""
