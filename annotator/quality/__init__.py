"""Measuring quality: the extractor against hand-annotated gold."""
