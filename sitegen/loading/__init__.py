"""Load content: read every file once, build the model, report every problem (the only layer that raises a Problem about content)."""
