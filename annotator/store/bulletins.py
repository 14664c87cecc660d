"""Bulletin rows <-> models."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from annotator.errors import NotFoundError
from annotator.models import Bulletin, FactKind, Item, Review, ReviewStatus, Section
from annotator.store.db import Store


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def exists(store: Store, bulletin_id: str) -> bool:
    return store.db.execute("SELECT 1 FROM bulletins WHERE id = ?", [bulletin_id]).fetchone() \
        is not None


def insert(store: Store, b: Bulletin) -> None:
    seq = store.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM bulletins").fetchone()[0]
    store.db.execute(
        "INSERT INTO bulletins (id, seq, source, language, title, day_number, published, "
        "report_date, text, sections, items, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [b.id, seq, b.source, b.language.value if b.language else None, b.title, b.day_number,
         b.published.isoformat() if b.published else None,
         b.report_date.isoformat() if b.report_date else None, b.text,
         json.dumps([s.model_dump() for s in b.sections]),
         json.dumps([i.model_dump() for i in b.items]), now()],
    )


def _to_model(row: dict[str, Any]) -> Bulletin:
    return Bulletin(
        id=row["id"], source=row["source"], language=row["language"], title=row["title"],
        day_number=row["day_number"], published=row["published"],
        report_date=row["report_date"], text=row["text"],
        sections=[Section(**s) for s in json.loads(row["sections"])],
        items=[Item(**i) for i in json.loads(row["items"])],
    )


def get(store: Store, bulletin_id: str) -> Bulletin:
    rows = list(store.db.query("SELECT * FROM bulletins WHERE id = ?", [bulletin_id]))
    if not rows:
        raise NotFoundError(f"no bulletin with id {bulletin_id}")
    return _to_model(rows[0])


def review(store: Store, bulletin_id: str) -> Review:
    row = store.db.execute("SELECT review_status, reviewers, approved_at FROM bulletins "
                           "WHERE id = ?", [bulletin_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no bulletin with id {bulletin_id}")
    return Review(status=row[0], reviewers=json.loads(row[1]), approved_at=row[2])


def set_review(store: Store, bulletin_id: str, r: Review) -> None:
    store.db.execute(
        "UPDATE bulletins SET review_status = ?, reviewers = ?, approved_at = ? WHERE id = ?",
        [r.status.value, json.dumps(r.reviewers),
         r.approved_at.isoformat() if r.approved_at else None, bulletin_id])


def _with_status(status: ReviewStatus | None) -> tuple[str, list[str]]:
    """The WHERE clause and its parameters that keep the bulletins with review `status`."""
    return ("WHERE review_status = ?", [status.value]) if status else ("", [])


def iter_all(store: Store, status: ReviewStatus | None = None) -> Iterator[Bulletin]:
    """Every bulletin in queue order, or only those with review `status`."""
    where, params = _with_status(status)
    for row in store.db.query(f"SELECT * FROM bulletins {where} "
                              "ORDER BY report_date, day_number, seq", params):
        yield _to_model(row)


def count(store: Store, status: ReviewStatus | None = None) -> int:
    """How many bulletins there are, or how many with review `status`."""
    where, params = _with_status(status)
    return int(store.db.execute(f"SELECT COUNT(*) FROM bulletins {where}", params).fetchone()[0])


@dataclass(frozen=True)
class QueueRow:
    id: str
    day_number: int | None
    report_date: str | None
    language: str | None
    title: str | None
    review_status: ReviewStatus
    facts: int
    reviewed: int  # facts approved, corrected or rejected
    by_kind: dict[str, int]


def queue(store: Store, only: Collection[str] | None = None) -> list[QueueRow]:
    """Every bulletin with its fact counts, oldest first, in one query; or only the bulletins
    `only` names (a window redrawing the rows an edit changed: the whole queue of a store of
    10,000 bulletins takes half a second)."""
    where, params = "", []
    if only is not None:
        params = sorted(only)
        if not params:
            return []
        where = f"WHERE b.id IN ({', '.join('?' * len(params))})"
    kinds = [k.value for k in FactKind]
    per_kind = ", ".join(f"SUM(f.kind = '{k}')" for k in kinds)  # enum values, not input
    sql = f"""
        SELECT b.id, b.day_number, b.report_date, b.language, b.title, b.review_status,
               COUNT(f.id), SUM(f.status != 'suggested'), {per_kind}
        FROM bulletins b LEFT JOIN facts f ON f.bulletin_id = b.id
        {where}
        GROUP BY b.id
        ORDER BY b.report_date, b.day_number, b.seq
    """
    return [QueueRow(id=r[0], day_number=r[1], report_date=r[2], language=r[3], title=r[4],
                     review_status=ReviewStatus(r[5]), facts=r[6], reviewed=r[7] or 0,
                     by_kind={k: n for k, n in zip(kinds, r[8:], strict=True) if n})
            for r in store.db.execute(sql, params).fetchall()]
