"""The v1 dataset: one BulletinRecord per line, deterministic bytes for the same store."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.models import Bulletin, BulletinRecord, FactBase, Review


def record(bulletin: Bulletin, facts: Sequence[FactBase | dict[str, Any]],
           review: Review) -> BulletinRecord:
    """The v1 record, validated whole; facts may be models or plain dicts as stored."""
    return BulletinRecord.model_validate({**bulletin.model_dump(), "facts":
                                          [f if isinstance(f, dict) else f.model_dump()
                                           for f in facts],
                                          "review": review.model_dump()})


def line(rec: BulletinRecord) -> str:
    return rec.model_dump_json() + "\n"
