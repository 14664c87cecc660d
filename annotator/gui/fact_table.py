"""FactTableModel: one class serving all six tables, columns from each kind's fields.
setData validates and pushes an undoable command; it never writes to the store itself."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum, auto
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from annotator.errors import EditError
from annotator.gui.commands import EditFieldCommand
from annotator.gui.context import GuiContext
from annotator.models import FactBase, FactKind, FactStatus, field_names, field_type
from annotator.ops.review import validate_field

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    FactStatus.SUGGESTED: QColor("#fff6d5"),
    FactStatus.CORRECTED: QColor("#dbeafe"),
    FactStatus.APPROVED: QColor("#d1fadf"),
    FactStatus.REJECTED: QColor("#eeeeee"),
}
META_COLUMNS = ("status", "confidence")
# a suggestion the extractor is unsure of (its confidence is a calibrated chance that the key
# fields are right) is tinted until a reviewer acts on it
UNSURE = 0.7
UNSURE_COLOUR = QColor("#fbd38d")


class FactRole(IntEnum):
    FACT_ID = int(Qt.ItemDataRole.UserRole) + 1
    STATUS = auto()
    EVIDENCE = auto()
    FIELD = auto()


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


class FactTableModel(QAbstractTableModel):
    def __init__(self, ctx: GuiContext, kind: FactKind, text: str = "") -> None:
        super().__init__()
        self.ctx, self.kind = ctx, kind
        self.fields = field_names(kind)
        self.columns = [*META_COLUMNS, *self.fields]
        self.facts: list[FactBase] = []
        self.text = text

    def set_facts(self, facts: list[FactBase], text: str) -> None:
        self.beginResetModel()
        self.facts = [f for f in facts if f.kind == self.kind.value]  # type: ignore[attr-defined]
        self.text = text
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.facts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].replace("_", " ")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def field_at(self, index: Index) -> str | None:
        name = self.columns[index.column()]
        return name if name in self.fields else None

    def value(self, fact: FactBase, name: str) -> Any:
        if name == "status":
            return fact.status.value
        if name == "confidence":
            return fact.confidence
        return getattr(fact.fields, name)  # type: ignore[attr-defined]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        fact = self.facts[index.row()]
        name = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = self.value(fact, name)
            return f"{v:.2f}" if name == "confidence" and v is not None else display(v)
        if role == Qt.ItemDataRole.EditRole:
            return self.value(fact, name)
        if role == Qt.ItemDataRole.BackgroundRole:
            if name == "status":
                return QBrush(STATUS_COLOURS[fact.status])
            if name == "confidence" and self.unsure(fact):
                return QBrush(UNSURE_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and fact.status == FactStatus.REJECTED:
            font = QFont()
            font.setStrikeOut(name != "status")
            return font
        if role == Qt.ItemDataRole.ForegroundRole and fact.status == FactStatus.REJECTED:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(fact, name)
        if role == FactRole.FACT_ID:
            return fact.id
        if role == FactRole.STATUS:
            return fact.status.value
        if role == FactRole.EVIDENCE:
            return [(s.start, s.end, s.field) for s in fact.evidence]
        if role == FactRole.FIELD:
            return self.field_at(index)
        return None

    @staticmethod
    def unsure(fact: FactBase) -> bool:
        return fact.status == FactStatus.SUGGESTED and fact.confidence is not None \
            and fact.confidence < UNSURE

    def _tooltip(self, fact: FactBase, name: str) -> str:
        spans = [s for s in fact.evidence if s.field == name] or (
            [s for s in fact.evidence if s.field is None] if name in META_COLUMNS else [])
        lines = [f"{name}: {display(self.value(fact, name)) or '(unknown)'}"]
        lines += [f"evidence: “{self.text[s.start:s.end]}”" for s in spans[:3]]
        if name == "confidence" and fact.confidence is not None \
                and fact.status == FactStatus.SUGGESTED:
            lines.append(f"about {round(fact.confidence * 100)} in 100 suggestions like this one "
                         "have every key field right" + (": check it" if self.unsure(fact)
                                                          else ""))
        lines.append(f"origin: {fact.origin}")
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.field_at(index) else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        name = self.field_at(index)
        if role != Qt.ItemDataRole.EditRole or name is None:
            return False
        fact = self.facts[index.row()]
        value = coerce(self.kind, name, value)
        try:
            validate_field(self.kind, fact.fields.model_dump(mode="json"), name, value)  # type: ignore[attr-defined]
        except EditError as exc:
            self.ctx.hub.error.emit(f"Not saved: {exc}")
            return False
        if value == self.value(fact, name):
            return False
        self.ctx.undo.push(EditFieldCommand(self.ctx, fact, name, value))
        return True

    def row_of(self, fact_id: str) -> int:
        for n, f in enumerate(self.facts):
            if f.id == fact_id:
                return n
        return -1


def coerce(kind: FactKind, name: str, value: Any) -> Any:
    """Editor output to what the model takes; text is left for validation to judge."""
    ftype, _ = field_type(kind, name)
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
        if ftype in ("int", "number"):
            raw = value.replace(",", "").replace("_", "")
            try:
                num = float(raw)
            except ValueError:
                return value  # refused by validation, with its message
            return int(num) if num.is_integer() else num
        if ftype == "bool":
            return value.lower() in ("yes", "true", "1")
        if (name in ("country", "perpetrator", "claimant_side", "attacker") and len(value) == 2) \
                or (name == "region_code" and len(value) <= 6):
            return value.upper()
    return value
