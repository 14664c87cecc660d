"""The audit trail: who changed what, when, before -> after. Written inside each op's
transaction, so a change and its record land together or not at all."""

from __future__ import annotations

import json
from typing import Any

from annotator.store.bulletins import now
from annotator.store.db import Store


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, default=str, ensure_ascii=False)


def record(store: Store, actor: str, action: str, *, bulletin_id: str | None = None,
           fact_id: str | None = None, field: str | None = None, before: Any = None,
           after: Any = None) -> None:
    store.db.execute(
        "INSERT INTO audit (at, actor, bulletin_id, fact_id, action, field, before, after) "
        "VALUES (?,?,?,?,?,?,?,?)",
        [now(), actor, bulletin_id, fact_id, action, field, _dump(before), _dump(after)])


def for_fact(store: Store, fact_id: str) -> list[dict[str, Any]]:
    return list(store.db.query("SELECT * FROM audit WHERE fact_id = ? ORDER BY id", [fact_id]))
