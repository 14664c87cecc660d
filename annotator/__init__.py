"""Bulletin Annotator: review facts extracted from war-news bulletins, export gold datasets."""

__version__ = "0.1.0"
