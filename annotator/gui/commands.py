"""Undoable reviewer actions: each QUndoCommand calls ops with the new or the old values.
push() runs redo() at once, so every action is saved as it is made.

Another window (or the CLI) may change the store between an action and its undo. An undo
then checks that the fact is still as this action left it; if not, or if an op is refused,
the reviewer is told, nothing is saved, and the command leaves the stack (obsolete)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from annotator.gui.context import GuiContext
from annotator.models import FactBase, FactKind, FactStatus, Span
from annotator.ops import review


class _Command(QUndoCommand):
    ctx: GuiContext
    ok = False  # whether the last redo or undo was saved (else the reviewer was told why)

    def _run(self, op: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        self.ok, result = self.ctx.attempt(op, *args, **kwargs)
        if not self.ok:
            self.setObsolete(True)
        return self.ok, result


class EditFieldCommand(_Command):
    def __init__(self, ctx: GuiContext, fact: FactBase, name: str, value: Any) -> None:
        super().__init__(f"Edit {name}")
        self.ctx, self.fact_id, self.name, self.value = ctx, fact.id, name, value
        # the states before and after, as the store had them (the window may be behind it)
        self.before: review.FactState | None = None
        self.done: review.FactState | None = None

    def redo(self) -> None:
        ok, result = self._run(review.edit_field, self.fact_id, self.name, self.value)
        if ok:
            _, self.before, self.done = result

    def undo(self) -> None:
        assert self.before is not None
        self._run(review.set_fields, self.fact_id, *self.before, expect=self.done)


class SetStatusCommand(_Command):
    def __init__(self, ctx: GuiContext, fact: FactBase, status: FactStatus) -> None:
        super().__init__(f"Mark fact {status.value}")
        self.ctx, self.fact_id, self.new, self.old = ctx, fact.id, status, fact.status

    def redo(self) -> None:
        ok, result = self._run(review.set_fact_status, self.fact_id, self.new)
        if ok:  # the status to go back to is the store's, not what the window showed
            self.old = result[1]

    def undo(self) -> None:
        self._run(review.set_fact_status, self.fact_id, self.old, expect=self.new)


class AddFactCommand(_Command):
    def __init__(self, ctx: GuiContext, bulletin_id: str, kind: FactKind,
                 evidence: list[Span]) -> None:
        super().__init__(f"Add {kind.value} fact")
        self.ctx, self.bulletin_id, self.kind, self.evidence = ctx, bulletin_id, kind, evidence
        self.fact_id: str | None = None
        self.done: review.FactState | None = None

    def redo(self) -> None:
        ok, result = self._run(review.add_fact, self.bulletin_id, self.kind,
                               evidence=self.evidence, fact_id=self.fact_id)
        if ok:
            self.fact_id = result[1]
            self.done = review.fact_state(self.ctx.store, result[1])

    def undo(self) -> None:
        assert self.fact_id is not None
        self._run(review.delete_fact, self.fact_id, expect=self.done)


class DeleteFactCommand(_Command):
    def __init__(self, ctx: GuiContext, bulletin_id: str, fact: FactBase) -> None:
        super().__init__("Delete fact")
        self.ctx, self.bulletin_id, self.fact_id = ctx, bulletin_id, fact.id
        self.saved: tuple[FactBase, int] | None = None

    def redo(self) -> None:
        ok, result = self._run(review.delete_fact, self.fact_id)
        if ok:
            self.saved = (result[1], result[2])

    def undo(self) -> None:
        assert self.saved is not None
        self._run(review.restore_fact, self.bulletin_id, *self.saved)


class ApproveBulletinCommand(_Command):
    def __init__(self, ctx: GuiContext, bulletin_id: str) -> None:
        super().__init__("Approve bulletin")
        self.ctx, self.bulletin_id = ctx, bulletin_id
        self.changed: dict[str, str] = {}

    def redo(self) -> None:
        ok, result = self._run(review.approve_bulletin, self.bulletin_id)
        if ok:
            self.changed = result[1]

    def undo(self) -> None:
        self._run(review.reopen_bulletin, self.bulletin_id, restore=self.changed)
