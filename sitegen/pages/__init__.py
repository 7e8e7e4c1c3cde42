"""Markdown pages for MkDocs, from the model: the agenda, partner listings, persona and story pages."""
