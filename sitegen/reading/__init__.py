"""Reading editors' files: bytes to text, text to front matter and body, YAML to plain data with line numbers."""
