"""Email campaigns: templates, segments, per-recipient messages and the sending pipeline."""
