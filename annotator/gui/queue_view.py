"""The queue: every bulletin with day, date, language, review status and fact counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
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


_STATUS_WORDS = {"pending": ReviewStatus.PENDING, "progress": ReviewStatus.IN_PROGRESS,
                 "in_progress": ReviewStatus.IN_PROGRESS, "approved": ReviewStatus.APPROVED}


def matches(r: QueueRow, terms: list[str]) -> bool:
    """Whether every term the reviewer typed fits the row: "en"/"it" its language; "pending",
    "progress" or "approved" its review status; a number its day ("1.413" too) or, with four
    digits, its year; a date or part of one ("2024-06") its date; other words its title."""
    for term in terms:
        digits = term.replace(".", "").replace(",", "")
        if term in ("en", "it"):
            ok = r.language == term
        elif term in _STATUS_WORDS:
            ok = r.review_status == _STATUS_WORDS[term]
        elif digits.isdigit():
            ok = str(r.day_number) == digits or (len(digits) == 4 and (r.report_date or "")
                                                 .startswith(digits))
        elif "-" in term and term.replace("-", "").isdigit():
            ok = term in (r.report_date or "")
        else:
            ok = term in (r.title or "").casefold()
        if not ok:
            return False
    return True


class QueueFilter(QSortFilterProxyModel):
    """The queue narrowed to the rows that match what the reviewer typed (`matches`)."""

    def __init__(self, source: QueueModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.queue = source
        self.terms: list[str] = []

    def set_text(self, text: str) -> None:
        staged = hasattr(self, "beginFilterChange")  # (Qt 6.9 on; before, invalidateFilter)
        if staged:
            self.beginFilterChange()
        self.terms = text.casefold().split()
        if staged:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return not self.terms or matches(self.queue.rows[source_row], self.terms)

    def row_of(self, bulletin_id: str) -> int:
        """The row the bulletin shows in, or -1 (not in the store, or filtered out)."""
        n = self.queue.row_of(bulletin_id)
        if n < 0:
            return -1
        shown = self.mapFromSource(self.queue.index(n, 0))
        return shown.row() if shown.isValid() else -1

    def id_at(self, row: int) -> str:
        return self.queue.rows[self.mapToSource(self.index(row, 0)).row()].id

    def shown(self) -> list[int]:
        """The queue rows shown, in order."""
        return [self.mapToSource(self.index(i, 0)).row() for i in range(self.rowCount())]
