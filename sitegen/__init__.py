"""The site engine of a regional network: content and data in, pages and files out. Knows nothing of MkDocs
and names no network: everything that belongs to one is in its data/ and content/."""
