"""The SQLite store (sqlite-utils): the only package that contains SQL."""

from annotator.store.db import Store, open_store

__all__ = ["Store", "open_store"]
