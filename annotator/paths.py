"""Where things live: the default store (platformdirs) and the shipped resources and seeds."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "bulletin-annotator"
_PKG = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    checkout = _PKG.parent / name  # a source checkout or editable install
    if checkout.is_dir():
        return checkout
    return _PKG / "_data" / name  # an installed wheel


def resources_dir() -> Path:
    return _data_dir("resources")


def seeds_dir() -> Path:
    return _data_dir("seeds")


def default_store_path() -> Path:
    """ANNOTATOR_STORE if set, else annotator.db in the user's data folder."""
    env = os.environ.get("ANNOTATOR_STORE")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / "annotator.db"


def default_reviewer() -> str:
    return os.environ.get("ANNOTATOR_REVIEWER") or os.environ.get("USER") or "reviewer"
