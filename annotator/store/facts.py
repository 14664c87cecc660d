"""Fact rows <-> models. Fields and evidence are stored as JSON, validated on the way out."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from annotator.errors import NotFoundError
from annotator.models import FACT_ADAPTER, FactBase
from annotator.store.bulletins import now
from annotator.store.db import Store

Encoded = tuple[str, str, str, str, "float | None", "str | None", str, str]


def encode(f: FactBase) -> Encoded:
    """The fact's columns but its bulletin, place and time: plain strings and numbers, cheap to
    send from a worker process (a model is slow to unpickle)."""
    return (f.id, f.kind, f.status.value, f.origin, f.confidence, f.note,  # type: ignore[attr-defined]
            f.fields.model_dump_json(), json.dumps([s.model_dump() for s in f.evidence]))  # type: ignore[attr-defined]


def _row(f: FactBase | Encoded, bulletin_id: str, seq: int) -> list[Any]:
    e = f if isinstance(f, tuple) else encode(f)
    return [e[0], bulletin_id, seq, *e[1:], now()]


_INSERT = ("INSERT INTO facts (id, bulletin_id, seq, kind, status, origin, confidence, note, "
           "fields, evidence, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")


def insert(store: Store, bulletin_id: str, fact: FactBase, seq: int | None = None) -> None:
    """Add `fact` at the end of its bulletin, or at position `seq` (the undo of a delete)."""
    if seq is None:
        seq = store.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM facts "
                               "WHERE bulletin_id = ?", [bulletin_id]).fetchone()[0]
    store.db.execute(_INSERT, _row(fact, bulletin_id, seq))


def insert_new(store: Store, bulletin_id: str, suggested: Sequence[FactBase | Encoded]
               ) -> None:
    """Add the facts (models or encoded) of a bulletin that has none yet, numbered in the
    order given."""
    store.db.conn.executemany(_INSERT, [_row(f, bulletin_id, seq)
                                        for seq, f in enumerate(suggested, start=1)])


def update(store: Store, fact: FactBase) -> None:
    cur = store.db.execute(
        "UPDATE facts SET status = ?, origin = ?, confidence = ?, note = ?, fields = ?, "
        "evidence = ?, updated_at = ? WHERE id = ?",
        [fact.status.value, fact.origin, fact.confidence, fact.note, fact.fields.model_dump_json(),  # type: ignore[attr-defined]
         json.dumps([s.model_dump() for s in fact.evidence]), now(), fact.id])
    if cur.rowcount != 1:
        raise NotFoundError(f"no fact with id {fact.id}")


def delete(store: Store, fact_id: str) -> None:
    store.db.execute("DELETE FROM facts WHERE id = ?", [fact_id])


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"], "kind": row["kind"], "status": row["status"], "origin": row["origin"],
        "confidence": row["confidence"], "note": row["note"],
        "fields": json.loads(row["fields"]), "evidence": json.loads(row["evidence"]),
    }


def _model(row: dict[str, Any]) -> FactBase:
    return FACT_ADAPTER.validate_python(_plain(row))  # type: ignore[no-any-return]


def get(store: Store, fact_id: str) -> FactBase:
    rows = list(store.db.query("SELECT * FROM facts WHERE id = ?", [fact_id]))
    if not rows:
        raise NotFoundError(f"no fact with id {fact_id}")
    return _model(rows[0])


def bulletin_of(store: Store, fact_id: str) -> str:
    row = store.db.execute("SELECT bulletin_id FROM facts WHERE id = ?", [fact_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no fact with id {fact_id}")
    return str(row[0])


def for_bulletin(store: Store, bulletin_id: str) -> list[FactBase]:
    return [_model(r) for r in store.db.query(
        "SELECT * FROM facts WHERE bulletin_id = ? ORDER BY seq", [bulletin_id])]


def plain_for_bulletin(store: Store, bulletin_id: str) -> list[dict[str, Any]]:
    """The bulletin's facts as plain dicts, not yet validated: for a caller that validates
    them itself inside something larger (the export's records), so once, not twice."""
    return [_plain(r) for r in store.db.query(
        "SELECT * FROM facts WHERE bulletin_id = ? ORDER BY seq", [bulletin_id])]


def position(store: Store, fact_id: str) -> int:
    row = store.db.execute("SELECT seq FROM facts WHERE id = ?", [fact_id]).fetchone()
    return int(row[0]) if row else 0
