"""The bulletin text: read-only plain text (never HTML), headings and items marked,
the selected fact's evidence highlighted and scrolled into view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from annotator.models import Bulletin

EVIDENCE = QColor("#ffd966")
FIELD_EVIDENCE = QColor("#ffb347")


class BulletinView(QPlainTextEdit):
    position_clicked = Signal(int)  # a character offset the reviewer clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSize(max(font.pointSize(), 11))
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self._static: list[QTextEdit.ExtraSelection] = []
        self.cursorPositionChanged.connect(self._on_cursor)

    def show_bulletin(self, b: Bulletin | None) -> None:
        self.setPlainText(b.text if b else "")
        self._static = []
        if b is None:
            self.setExtraSelections([])
            return
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(QColor("#1f4e79"))
        for s in b.sections:
            self._static.append(self._selection(s.start, s.end, heading))
        band = QTextCharFormat()
        band.setBackground(QColor("#f4f6f8"))
        band.setProperty(QTextFormat.Property.FullWidthSelection, True)
        for n, it in enumerate(b.items):
            if n % 2 == 0:
                self._static.append(self._selection(it.start, it.end, band))
        self.setExtraSelections(self._static)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self.document())
        cur.setPosition(start)
        cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur  # type: ignore[misc]
        sel.format = fmt  # type: ignore[misc]
        return sel

    def highlight(self, spans: list[tuple[int, int, str | None]], field: str | None = None) -> None:
        """Highlight evidence spans; the span of `field` (if any) stronger; scroll to it."""
        n = len(self.toPlainText())
        sels = list(self._static)
        first = None
        for start, end, f in sorted(spans, key=lambda s: s[2] is not None):
            if end > n:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(FIELD_EVIDENCE if f is not None and f == field else EVIDENCE)
            if f is not None and f == field:
                fmt.setFontUnderline(True)
                first = (start, end)
            sels.append(self._selection(start, end, fmt))
            if first is None and f is None:
                first = (start, end)
        self.setExtraSelections(sels)
        if first:
            cur = QTextCursor(self.document())
            cur.setPosition(first[0])
            self.blockSignals(True)
            self.setTextCursor(cur)
            self.blockSignals(False)
            self.centerCursor()

    def selected_span(self) -> tuple[int, int] | None:
        cur = self.textCursor()
        if not cur.hasSelection():
            return None
        return cur.selectionStart(), cur.selectionEnd()

    def _on_cursor(self) -> None:
        cur = self.textCursor()
        if not cur.hasSelection():
            self.position_clicked.emit(cur.position())
