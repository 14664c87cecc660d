"""Bulletin rows <-> models."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from annotator.errors import NotFoundError
from annotator.models import Bulletin, Item, Review, ReviewStatus, Section
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


def iter_all(store: Store, status: ReviewStatus | None = None) -> Iterator[Bulletin]:
    """Every bulletin in queue order, or only those with review `status`."""
    where, params = ("WHERE review_status = ?", [status.value]) if status else ("", [])
    for row in store.db.query(f"SELECT * FROM bulletins {where} "
                              "ORDER BY report_date, day_number, seq", params):
        yield _to_model(row)


def count(store: Store, status: ReviewStatus | None = None) -> int:
    """How many bulletins there are, or how many with review `status`."""
    where, params = ("WHERE review_status = ?", [status.value]) if status else ("", [])
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
    10,000 bulletins takes a second)."""
    where, params = "", []
    if only is not None:
        params = sorted(only)
        if not params:
            return []
        where = f"WHERE b.id IN ({', '.join('?' * len(params))})"
    sql = f"""
        SELECT b.id, b.day_number, b.report_date, b.language, b.title, b.review_status,
               f.kind, f.status, COUNT(f.id) AS n
        FROM bulletins b LEFT JOIN facts f ON f.bulletin_id = b.id
        {where}
        GROUP BY b.id, f.kind, f.status
        ORDER BY b.report_date, b.day_number, b.seq
    """
    rows: dict[str, dict[str, Any]] = {}
    for r in store.db.query(sql, params):
        q = rows.setdefault(r["id"], {**{k: r[k] for k in ("id", "day_number", "report_date",
                                                            "language", "title")},
                                      "review_status": ReviewStatus(r["review_status"]),
                                      "facts": 0, "reviewed": 0, "by_kind": {}})
        if r["kind"] is None:
            continue
        q["facts"] += r["n"]
        if r["status"] != "suggested":
            q["reviewed"] += r["n"]
        q["by_kind"][r["kind"]] = q["by_kind"].get(r["kind"], 0) + r["n"]
    return [QueueRow(**q) for q in rows.values()]
