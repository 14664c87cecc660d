"""Undoable reviewer actions: each QUndoCommand calls ops with the new or the old values.
push() runs redo() at once, so every action is saved as it is made."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from annotator.gui.context import GuiContext
from annotator.models import FactBase, FactKind, FactStatus, Span
from annotator.ops import review


class EditFieldCommand(QUndoCommand):
    def __init__(self, ctx: GuiContext, fact: FactBase, name: str, value: Any) -> None:
        super().__init__(f"Edit {name}")
        self.ctx, self.fact_id, self.name, self.value = ctx, fact.id, name, value
        self.old_fields = fact.fields.model_dump(mode="json")  # type: ignore[attr-defined]
        self.old_status = fact.status

    def redo(self) -> None:
        self.ctx.apply(review.edit_field, self.fact_id, self.name, self.value)

    def undo(self) -> None:
        self.ctx.apply(review.set_fields, self.fact_id, self.old_fields, self.old_status)


class SetStatusCommand(QUndoCommand):
    def __init__(self, ctx: GuiContext, fact: FactBase, status: FactStatus) -> None:
        super().__init__(f"Mark fact {status.value}")
        self.ctx, self.fact_id, self.new, self.old = ctx, fact.id, status, fact.status

    def redo(self) -> None:
        self.ctx.apply(review.set_fact_status, self.fact_id, self.new)

    def undo(self) -> None:
        self.ctx.apply(review.set_fact_status, self.fact_id, self.old)


class AddFactCommand(QUndoCommand):
    def __init__(self, ctx: GuiContext, bulletin_id: str, kind: FactKind,
                 evidence: list[Span]) -> None:
        super().__init__(f"Add {kind.value} fact")
        self.ctx, self.bulletin_id, self.kind, self.evidence = ctx, bulletin_id, kind, evidence
        self.fact_id: str | None = None

    def redo(self) -> None:
        _, self.fact_id = self.ctx.apply(review.add_fact, self.bulletin_id, self.kind,
                                         evidence=self.evidence, fact_id=self.fact_id)

    def undo(self) -> None:
        assert self.fact_id is not None
        self.ctx.apply(review.delete_fact, self.fact_id)


class DeleteFactCommand(QUndoCommand):
    def __init__(self, ctx: GuiContext, bulletin_id: str, fact: FactBase) -> None:
        super().__init__("Delete fact")
        self.ctx, self.bulletin_id, self.fact_id = ctx, bulletin_id, fact.id
        self.saved: tuple[FactBase, int] | None = None

    def redo(self) -> None:
        _, fact, seq = self.ctx.apply(review.delete_fact, self.fact_id)
        self.saved = (fact, seq)

    def undo(self) -> None:
        assert self.saved is not None
        self.ctx.apply(review.restore_fact, self.bulletin_id, *self.saved)


class ApproveBulletinCommand(QUndoCommand):
    def __init__(self, ctx: GuiContext, bulletin_id: str) -> None:
        super().__init__("Approve bulletin")
        self.ctx, self.bulletin_id = ctx, bulletin_id
        self.changed: dict[str, str] = {}

    def redo(self) -> None:
        _, self.changed = self.ctx.apply(review.approve_bulletin, self.bulletin_id)

    def undo(self) -> None:
        self.ctx.apply(review.reopen_bulletin, self.bulletin_id, restore=self.changed)
