"""Reviewer actions on facts and bulletins. Each validates first, runs one transaction,
records before -> after in the audit trail, and returns the Changes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import ValidationError

from annotator.errors import ConflictError, EditError
from annotator.models import (
    FACT_CLASSES,
    FIELD_CLASSES,
    FactBase,
    FactKind,
    FactStatus,
    Review,
    ReviewStatus,
    Span,
    describe_errors,
)
from annotator.ops import Changes
from annotator.store import Store, audit, bulletins, facts


def _changes(bulletin_id: str, *fact_ids: str) -> Changes:
    return Changes(frozenset({bulletin_id}), frozenset(fact_ids))


def validate_field(kind: FactKind, fields: dict[str, Any], name: str, value: Any) -> Any:
    """The fields model with `name` set to `value`, or EditError saying why not."""
    cls = FIELD_CLASSES[kind]
    if name not in cls.model_fields:
        raise EditError(f"{kind.value} facts have no field {name!r}")
    if isinstance(value, str) and not value.strip():
        value = None
    try:
        return cls.model_validate({**fields, name: value})
    except ValidationError as exc:
        raise EditError(f"{name}: {describe_errors(exc).split(': ', 1)[-1]}") from exc


def _mark_touched(fact: FactBase) -> FactStatus:
    return FactStatus.CORRECTED if fact.status != FactStatus.REJECTED else fact.status


FactState = tuple[dict[str, Any], FactStatus]  # fields as JSON values, and status


def state_of(fact: FactBase) -> FactState:
    """What an undo expects to find: the fact's fields (as JSON values) and status."""
    return fact.fields.model_dump(mode="json"), fact.status  # type: ignore[attr-defined]


def edit_field(store: Store, fact_id: str, name: str, value: Any, *, actor: str
               ) -> tuple[Changes, FactState, FactState]:
    """Set one field; returns the changes and the fact's state before and after, read in the
    same transaction (the undo of an edit puts back the one and expects the other)."""
    with store.writing():
        fact = facts.get(store, fact_id)
        kind = FactKind(fact.kind)  # type: ignore[attr-defined]
        before = state_of(fact)
        old = before[0]
        new_fields = validate_field(kind, old, name, value)
        new = new_fields.model_dump(mode="json")
        if new[name] == old.get(name):
            return Changes(), before, before
        updated = fact.model_copy(update={"fields": new_fields, "status": _mark_touched(fact)})
        facts.update(store, updated)
        bid = facts.bulletin_of(store, fact_id)
        audit.record(store, actor, "edit", bulletin_id=bid, fact_id=fact_id, field=name,
                     before=old.get(name), after=new[name])
        if fact.status != updated.status:
            audit.record(store, actor, "status", bulletin_id=bid, fact_id=fact_id,
                         before=fact.status.value, after=updated.status.value)
    return _changes(bid, fact_id), before, state_of(updated)


def fact_state(store: Store, fact_id: str) -> FactState:
    """A stored fact's state (see state_of)."""
    return state_of(facts.get(store, fact_id))


def _expect(fact: FactBase, expect: FactState | None) -> None:
    if expect is None:
        return
    fields, status = state_of(fact)
    if (fields, status) != expect:
        changed = sorted(k for k in fields.keys() | expect[0].keys()
                         if fields.get(k) != expect[0].get(k))
        what = ", ".join(changed) if changed else "status"
        raise ConflictError(
            f"the {fact.kind} fact was changed elsewhere (another window or the command line: "  # type: ignore[attr-defined]
            f"{what}); undoing would overwrite that change, so nothing was changed")


def set_fields(store: Store, fact_id: str, fields: dict[str, Any], status: FactStatus, *,
               actor: str, expect: FactState | None = None) -> Changes:
    """Put back a whole set of fields and a status (the undo of an edit). With `expect`, only
    if the fact is still as expected; else ConflictError and nothing changes."""
    with store.writing():
        fact = facts.get(store, fact_id)
        _expect(fact, expect)
        cls = FIELD_CLASSES[FactKind(fact.kind)]  # type: ignore[attr-defined]
        before = fact.fields.model_dump(mode="json")  # type: ignore[attr-defined]
        updated = fact.model_copy(update={"fields": cls.model_validate(fields), "status": status})
        facts.update(store, updated)
        bid = facts.bulletin_of(store, fact_id)
        audit.record(store, actor, "restore", bulletin_id=bid, fact_id=fact_id,
                     before={"fields": before, "status": fact.status.value},
                     after={"fields": fields, "status": status.value})
    return _changes(bid, fact_id)


def set_fact_status(store: Store, fact_id: str, status: FactStatus, *, actor: str,
                    expect: FactStatus | None = None) -> tuple[Changes, FactStatus]:
    """Set a fact's status; returns the changes and the status it had (for an undo). With
    `expect`, only if it is still that (an undo), else ConflictError and nothing changes."""
    with store.writing():
        fact = facts.get(store, fact_id)
        if expect is not None and fact.status != expect:
            raise ConflictError(
                f"the {fact.kind} fact was marked {fact.status.value} elsewhere (another "  # type: ignore[attr-defined]
                f"window or the command line); undoing would overwrite that, so nothing "
                "was changed")
        if fact.status == status:
            return Changes(), fact.status
        facts.update(store, fact.model_copy(update={"status": status}))
        bid = facts.bulletin_of(store, fact_id)
        audit.record(store, actor, "status", bulletin_id=bid, fact_id=fact_id,
                     before=fact.status.value, after=status.value)
        _reopen_if_approved(store, bid, actor)
    return _changes(bid, fact_id), fact.status


def add_fact(store: Store, bulletin_id: str, kind: FactKind, *, actor: str,
             evidence: list[Span] | None = None, fields: dict[str, Any] | None = None,
             fact_id: str | None = None) -> tuple[Changes, str]:
    """A reviewer's new fact (status corrected, origin the reviewer)."""
    b = bulletins.get(store, bulletin_id)
    for span in evidence or []:
        if span.end > len(b.text):
            raise EditError(f"evidence {span.start}-{span.end} is outside the text")
    try:
        fact = FACT_CLASSES[kind].model_validate({
            "id": fact_id or uuid.uuid4().hex[:12], "status": FactStatus.CORRECTED,
            "origin": f"reviewer:{actor}", "confidence": None, "evidence": evidence or [],
            "fields": fields or {}})
    except ValidationError as exc:
        raise EditError(describe_errors(exc)) from exc
    with store.writing():
        facts.insert(store, bulletin_id, fact)
        audit.record(store, actor, "add", bulletin_id=bulletin_id, fact_id=fact.id,
                     after=fact.model_dump(mode="json"))
        _reopen_if_approved(store, bulletin_id, actor)
    return _changes(bulletin_id, fact.id), fact.id


def delete_fact(store: Store, fact_id: str, *, actor: str,
                expect: FactState | None = None,
                ) -> tuple[Changes, FactBase, int]:
    """Delete a fact; returns it and its position so an undo can put it back. With
    `expect` (the undo of an add), only if it is still as added."""
    with store.writing():
        fact = facts.get(store, fact_id)
        _expect(fact, expect)
        bid = facts.bulletin_of(store, fact_id)
        seq = facts.position(store, fact_id)
        facts.delete(store, fact_id)
        audit.record(store, actor, "delete", bulletin_id=bid, fact_id=fact_id,
                     before=fact.model_dump(mode="json"))
    return _changes(bid, fact_id), fact, seq


def restore_fact(store: Store, bulletin_id: str, fact: FactBase, seq: int, *,
                 actor: str) -> Changes:
    with store.writing():
        facts.insert(store, bulletin_id, fact, seq)
        audit.record(store, actor, "restore", bulletin_id=bulletin_id, fact_id=fact.id,
                     after=fact.model_dump(mode="json"))
    return _changes(bulletin_id, fact.id)


def approve_bulletin(store: Store, bulletin_id: str, *, actor: str) -> tuple[Changes,
                                                                             dict[str, str]]:
    """Approve the bulletin: every fact not rejected becomes approved. Returns the statuses
    it changed (fact id -> old status) so an undo can restore them."""
    changed: dict[str, str] = {}
    with store.writing():
        for f in facts.for_bulletin(store, bulletin_id):
            if f.status in (FactStatus.SUGGESTED, FactStatus.CORRECTED):
                changed[f.id] = f.status.value
                facts.update(store, f.model_copy(update={"status": FactStatus.APPROVED}))
                audit.record(store, actor, "status", bulletin_id=bulletin_id, fact_id=f.id,
                             before=f.status.value, after="approved")
        old = bulletins.review(store, bulletin_id)
        reviewers = sorted({*old.reviewers, actor})
        new = Review(status=ReviewStatus.APPROVED, reviewers=reviewers,
                     approved_at=dt.datetime.now(dt.UTC).replace(microsecond=0))
        bulletins.set_review(store, bulletin_id, new)
        audit.record(store, actor, "review", bulletin_id=bulletin_id,
                     before=old.status.value, after=new.status.value)
    return Changes(frozenset({bulletin_id}), frozenset(changed)), changed


def reopen_bulletin(store: Store, bulletin_id: str, *, actor: str,
                    restore: dict[str, str] | None = None) -> Changes:
    """Back to in progress; `restore` puts fact statuses back (the undo of an approval)."""
    with store.writing():
        for fact_id, status in (restore or {}).items():
            f = facts.get(store, fact_id)
            if f.status != FactStatus.APPROVED:
                raise ConflictError(
                    f"a {f.kind} fact approved with the bulletin was marked "  # type: ignore[attr-defined]
                    f"{f.status.value} elsewhere (another window or the command line); "
                    "undoing the approval would overwrite that, so nothing was changed")
            facts.update(store, f.model_copy(update={"status": FactStatus(status)}))
            audit.record(store, actor, "status", bulletin_id=bulletin_id, fact_id=fact_id,
                         before=f.status.value, after=status)
        old = bulletins.review(store, bulletin_id)
        bulletins.set_review(store, bulletin_id, Review(status=ReviewStatus.IN_PROGRESS,
                                                        reviewers=old.reviewers))
        audit.record(store, actor, "review", bulletin_id=bulletin_id,
                     before=old.status.value, after="in_progress")
    return Changes(frozenset({bulletin_id}), frozenset(restore or {}))


def _reopen_if_approved(store: Store, bulletin_id: str, actor: str) -> None:
    """A change to a bulletin's facts marks it in progress (from pending or approved)."""
    old = bulletins.review(store, bulletin_id)
    if old.status == ReviewStatus.IN_PROGRESS:
        return
    bulletins.set_review(store, bulletin_id, Review(status=ReviewStatus.IN_PROGRESS,
                                                    reviewers=old.reviewers))
    if old.status == ReviewStatus.APPROVED:
        audit.record(store, actor, "review", bulletin_id=bulletin_id, before="approved",
                     after="in_progress")
