"""The v1 dataset: one BulletinRecord per line, deterministic bytes for the same store."""

from __future__ import annotations

from annotator.models import Bulletin, BulletinRecord, FactBase, Review


def record(bulletin: Bulletin, facts: list[FactBase], review: Review) -> BulletinRecord:
    return BulletinRecord.model_validate({**bulletin.model_dump(), "facts":
                                          [f.model_dump() for f in facts],
                                          "review": review.model_dump()})


def line(rec: BulletinRecord) -> str:
    return rec.model_dump_json() + "\n"
