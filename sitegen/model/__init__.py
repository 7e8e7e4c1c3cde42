"""The content model: what an editor writes (`*Fields`, published as JSON Schema) and what the engine works with."""
