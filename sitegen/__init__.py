"""The Infra Bindt site engine: content in, pages and files out. Knows nothing of MkDocs."""
