"""GuiContext: the store, the reviewer, the undo stack and the hub, passed to every view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack

from annotator.errors import AnnotatorError
from annotator.gui.hub import Hub
from annotator.ops import Changes
from annotator.store import Store, open_store


@dataclass
class GuiContext:
    store: Store
    reviewer: str
    hub: Hub
    undo: QUndoStack

    @classmethod
    def open(cls, path: Path, reviewer: str) -> GuiContext:
        return cls(open_store(path), reviewer, Hub(), QUndoStack())

    def apply(self, op: Callable[..., Any], *args: Any, initiator: object = None,
              **kwargs: Any) -> Any:
        """Run an op as this reviewer and tell every view what changed."""
        result = op(self.store, *args, actor=self.reviewer, **kwargs)
        changes = result[0] if isinstance(result, tuple) else result
        if isinstance(changes, Changes) and (changes.bulletins or changes.facts):
            self.hub.changed.emit(changes, initiator)
        return result

    def attempt(self, op: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        """apply(), but a refused action (an invalid value, a fact changed or deleted in
        another window) is shown to the reviewer and every view reloads from the store:
        (False, None). Nothing was saved."""
        try:
            return True, self.apply(op, *args, **kwargs)
        except AnnotatorError as exc:
            self.hub.error.emit(f"Not saved: {exc}")
            self.hub.stale.emit()
            return False, None
