"""Shared fixtures. Qt runs offscreen: set before any Qt import, never by hand."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_REVIEWER", "tester")

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_6c14552abc495ae2.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def seeded_store(store_path: Path) -> Path:
    from annotator.ops.importing import import_paths
    from annotator.store import open_store

    store = open_store(store_path)
    report = import_paths(store, [SEED], actor="tester")
    assert report.imported
    store.close()
    return store_path
