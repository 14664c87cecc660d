"""The queue: every bulletin with day, date, language, review status and fact counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from annotator.models import ReviewStatus
from annotator.store.bulletins import QueueRow

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Day", "Date", "Lang", "Review", "Facts", "Reviewed")
REVIEW_COLOURS = {ReviewStatus.PENDING: None, ReviewStatus.IN_PROGRESS: QColor("#dbeafe"),
                  ReviewStatus.APPROVED: QColor("#d1fadf")}


class QueueModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[QueueRow] = []
        self._row_of: dict[str, int] = {}

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._row_of = {r.id: n for n, r in enumerate(rows)}
        self.endResetModel()

    def update_rows(self, rows: list[QueueRow]) -> bool:
        """Replace the rows of these bulletins in place (their counts or review status
        changed); False, changing nothing, if one of them is not in the queue or would move
        (a new bulletin, a new date): the caller then reloads the whole queue."""
        where = [self._row_of.get(r.id) for r in rows]
        if any(n is None or _order(self.rows[n]) != _order(r) for n, r in zip(where, rows,
                                                                               strict=True)):
            return False
        for n, r in zip(where, rows, strict=True):
            assert n is not None
            self.rows[n] = r
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [r.day_number or "", r.report_date or "", (r.language or "?").upper(),
                    r.review_status.value.replace("_", " "), r.facts,
                    f"{r.reviewed}/{r.facts}"][col]
        if role == Qt.ItemDataRole.BackgroundRole and col == 3:
            colour = REVIEW_COLOURS[r.review_status]
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            kinds = ", ".join(f"{k}: {n}" for k, n in sorted(r.by_kind.items()))
            return f"{r.title or '(no title)'}\n{kinds or 'no facts'}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def row_of(self, bulletin_id: str) -> int:
        return self._row_of.get(bulletin_id, -1)


def _order(r: QueueRow) -> tuple[object, ...]:
    """What places a row in the queue (the store's order: date, then day)."""
    return (r.report_date, r.day_number)
