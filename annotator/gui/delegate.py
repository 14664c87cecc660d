"""Editors that fit each field: drop-downs for enums and yes/no, spin boxes for counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from annotator.gui.fact_table import FactRole, FactTableModel
from annotator.models import field_type

UNKNOWN = "(unknown)"
Index = QModelIndex | QPersistentModelIndex


class FactDelegate(QStyledItemDelegate):
    def _type(self, index: Index) -> tuple[str, tuple[str, ...]]:
        model = index.model()
        assert isinstance(model, FactTableModel)
        name = index.data(FactRole.FIELD)
        return field_type(model.kind, name)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        ftype, choices = self._type(index)
        if ftype in ("enum", "bool"):
            box = QComboBox(parent)
            box.addItems([UNKNOWN, *(choices or ("no", "yes"))])
            return box
        if ftype == "int":
            spin = QSpinBox(parent)
            spin.setRange(-1, 1_000_000_000)
            spin.setSpecialValueText(UNKNOWN)  # shown at -1: unknown is never 0
            return spin
        edit = QLineEdit(parent)
        if ftype == "date":
            edit.setPlaceholderText("YYYY-MM-DD")
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            if isinstance(value, bool):
                text = "yes" if value else "no"
            else:
                text = getattr(value, "value", value) or UNKNOWN
            editor.setCurrentIndex(max(0, editor.findText(str(text))))
        elif isinstance(editor, QSpinBox):
            editor.setValue(-1 if value is None else int(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(getattr(value, "value", value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = editor.currentText()
            value: Any = None if text == UNKNOWN else text
            if self._type(index)[0] == "bool":
                value = text == "yes"
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            value = None if editor.value() < 0 else editor.value()
        else:
            assert isinstance(editor, QLineEdit)
            value = editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
