"""The main window: queue | bulletin text | six fact tables, assembled; no data logic here."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError, Stopped, StoreError
from annotator.gui.actions import ActionId, build_actions
from annotator.gui.bulletin_view import BulletinView
from annotator.gui.commands import (
    AddFactCommand,
    ApproveBulletinCommand,
    DeleteFactCommand,
    SetStatusCommand,
)
from annotator.gui.context import GuiContext
from annotator.gui.delegate import FactDelegate
from annotator.gui.fact_table import UNSURE, FactRole, FactTableModel
from annotator.gui.queue_view import QueueFilter, QueueModel
from annotator.models import Bulletin, FactKind, FactStatus, Span
from annotator.ops import Changes, refreshing
from annotator.ops.exporting import export_jsonl
from annotator.ops.importing import ImportProgress, import_paths
from annotator.ops.parallel import default_jobs
from annotator.store import bulletins, facts


def _counting(dialog: QProgressDialog, what: str) -> Callable[[int, int], None]:
    """A progress callback that shows "N of TOTAL <what>" in `dialog`."""
    def show(n: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(n)
        dialog.setLabelText(f"{n} of {total} {what}")
        QApplication.processEvents()
    return show


TAB_TITLES = {FactKind.STRIKE: "Strikes", FactKind.CASUALTY: "Casualties",
              FactKind.AIR_DEFENCE: "Air defence", FactKind.STATEMENT: "Statements",
              FactKind.COMMITMENT: "Commitments", FactKind.FIGURE: "Figures"}


class MainWindow(QMainWindow):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.bulletin: Bulletin | None = None
        self._unsure_at: tuple[int, str, int] | None = None  # where Ctrl+U's walk stands
        self.progress_dialog: QProgressDialog | None = None  # while an import or export runs
        self.setWindowTitle(f"Bulletin Annotator — {ctx.store.path}")
        self.resize(1600, 950)
        self.actions_ = build_actions(self)
        self._build_views()
        self._build_menus()
        ctx.hub.changed.connect(self._on_changed)
        ctx.hub.error.connect(self._on_error)
        ctx.hub.stale.connect(self.refresh)
        self._data_version = ctx.store.data_version()
        self.reload_queue()
        if self.queue_model.rows:
            self.open_bulletin(self.queue_model.rows[0].id)
        # after an upgrade: say that this version's suggestions are at hand (counted once the
        # window shows: on 10,000 bulletins the count takes a few hundred milliseconds)
        QTimer.singleShot(0, self._tell_stale)

    def _tell_stale(self) -> None:
        if n := refreshing.stale(self.ctx.store):
            self.say(f"{n} bulletin{'s' * (n != 1)} nobody has reviewed yet "
                     f"{'have' if n != 1 else 'has'} an older extractor's suggestions: "
                     "Review ▸ Refresh unreviewed suggestions gives them this version's")

    # ---- layout -------------------------------------------------------------------------
    def _build_views(self) -> None:
        self.queue_model = QueueModel()
        self.queue_filter = QueueFilter(self.queue_model)
        self.queue = QTableView()
        self.queue.setModel(self.queue_filter)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.verticalHeader().hide()
        # fitted to the contents on each reload, not on each edit (ResizeToContents measured
        # a thousand rows at every key a reviewer pressed)
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.queue.horizontalHeader().setStretchLastSection(True)
        # its columns are as wide on any hundred rows as on all (day, date, counts): fitting
        # them reads a hundred, not Qt's thousand
        self.queue.horizontalHeader().setResizeContentsPrecision(100)
        self.queue.setAlternatingRowColors(True)
        self.queue.selectionModel().currentRowChanged.connect(self._on_queue_row)
        self.queue_search = QLineEdit()
        self.queue_search.setPlaceholderText("Filter: day, date, en/it, pending, approved, title")
        self.queue_search.setToolTip(
            "Show only the bulletins that match every word: a day number, a date or part of one "
            "(2024-06), en or it, pending, progress or approved, or words of the title. "
            "Ctrl+F to get here, Escape to clear.")
        self.queue_search.setClearButtonEnabled(True)
        self.queue_search.textChanged.connect(self._on_queue_filter)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.queue_search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.queue_search.clear)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_filter)
        self.queue_count = QLabel()
        self.queue_count.setStyleSheet("color: #555; padding: 0 4px;")
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.setSpacing(2)
        search_row = QHBoxLayout()
        search_row.addWidget(self.queue_search, 1)
        search_row.addWidget(self.queue_count)
        left_lay.addLayout(search_row)
        left_lay.addWidget(self.queue)

        self.text = BulletinView()
        self.text.position_clicked.connect(self._on_text_clicked)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: 600; padding: 4px 2px;")
        middle = QWidget()
        lay = QVBoxLayout(middle)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addWidget(self.text)

        self.tabs = QTabWidget()
        self.models: dict[FactKind, FactTableModel] = {}
        self.tables: dict[FactKind, QTableView] = {}
        for kind in FactKind:
            model = FactTableModel(self.ctx, kind)
            table = QTableView()
            table.setModel(model)
            table.setItemDelegate(FactDelegate(table))
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
            table.setAlternatingRowColors(True)
            table.horizontalHeader().setMinimumSectionSize(60)
            table.verticalHeader().setDefaultSectionSize(26)
            table.setWordWrap(False)
            table.selectionModel().selectionChanged.connect(
                lambda _s, _d, k=kind: self._on_fact_selected(k))
            table.selectionModel().currentChanged.connect(
                lambda _c, _p, k=kind: self._on_fact_selected(k))
            self.models[kind], self.tables[kind] = model, table
            self.tabs.addTab(table, TAB_TITLES[kind])
            for key, aid in (("A", ActionId.APPROVE_FACT), ("R", ActionId.REJECT_FACT)):
                sc = QShortcut(QKeySequence(key), table)
                sc.setContext(Qt.ShortcutContext.WidgetShortcut)
                sc.activated.connect(self.actions_[aid].trigger)
        self.tabs.currentChanged.connect(lambda _i: self._on_fact_selected(self.current_kind()))

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(middle)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 3)
        top.setSizes([420, 1180])
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(top)
        main.addWidget(self.tabs)
        main.setSizes([470, 480])
        self.setCentralWidget(main)
        self.progress = QLabel()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_menus(self) -> None:
        a = self.actions_
        file_menu = self.menuBar().addMenu("&File")
        for aid in (ActionId.IMPORT, ActionId.IMPORT_FOLDER, ActionId.EXPORT, ActionId.QUIT):
            file_menu.addAction(a[aid])
        edit = self.menuBar().addMenu("&Edit")
        for aid in (ActionId.UNDO, ActionId.REDO):
            edit.addAction(a[aid])
        review = self.menuBar().addMenu("&Review")
        for aid in (ActionId.APPROVE_FACT, ActionId.REJECT_FACT, ActionId.ADD_FACT,
                    ActionId.DELETE_FACT, ActionId.APPROVE_BULLETIN, ActionId.NEXT_BULLETIN,
                    ActionId.PREV_BULLETIN, ActionId.NEXT_KIND, ActionId.NEXT_UNSURE):
            review.addAction(a[aid])
        review.addSeparator()
        review.addAction(a[ActionId.REFRESH])
        # single-letter keys belong to the tables (widget shortcuts), not the whole window
        for aid in (ActionId.APPROVE_FACT, ActionId.REJECT_FACT):
            a[aid].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        a[ActionId.DELETE_FACT].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for table in self.tables.values():
            table.addAction(a[ActionId.DELETE_FACT])
        tb = self.addToolBar("Review")
        tb.setObjectName("review_toolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for aid in (ActionId.UNDO, ActionId.REDO, ActionId.APPROVE_FACT, ActionId.REJECT_FACT,
                    ActionId.ADD_FACT, ActionId.DELETE_FACT, ActionId.APPROVE_BULLETIN,
                    ActionId.PREV_BULLETIN, ActionId.NEXT_BULLETIN):
            tb.addAction(a[aid])
        self.ctx.undo.canUndoChanged.connect(a[ActionId.UNDO].setEnabled)
        self.ctx.undo.canRedoChanged.connect(a[ActionId.REDO].setEnabled)
        a[ActionId.UNDO].setEnabled(False)
        a[ActionId.REDO].setEnabled(False)

    # ---- state ------------------------------------------------------------------------
    def current_kind(self) -> FactKind:
        return list(FactKind)[self.tabs.currentIndex()]

    def table_for(self, kind: FactKind | str) -> QTableView:
        return self.tables[FactKind(kind)]

    def selected_fact_ids(self, kind: FactKind | None = None) -> list[str]:
        kind = kind or self.current_kind()
        table = self.tables[kind]
        rows = sorted({i.row() for i in table.selectionModel().selectedIndexes()})
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex().row()]
        return [self.models[kind].facts[r].id for r in rows if r < len(self.models[kind].facts)]

    def reload_queue(self) -> None:
        self.queue_model.set_rows(bulletins.queue(self.ctx.store))
        self.queue.resizeColumnsToContents()
        self._select_current()
        self._update_progress()

    def _update_count(self) -> None:
        """How many bulletins the queue shows of how many there are."""
        shown, total = self.queue_filter.rowCount(), len(self.queue_model.rows)
        self.queue_count.setText(f"{shown} of {total}" if shown != total
                                 else f"{total} bulletin{'s' * (total != 1)}")

    def _select_current(self) -> None:
        """Select the open bulletin's row in the queue, if it shows, without reopening it."""
        row = self.queue_filter.row_of(self.bulletin.id) if self.bulletin else -1
        if row >= 0 and self.queue.currentIndex().row() != row:
            self.queue.selectionModel().blockSignals(True)
            self.queue.selectRow(row)
            self.queue.selectionModel().blockSignals(False)

    def _focus_filter(self) -> None:
        self.queue_search.setFocus()
        self.queue_search.selectAll()

    def _on_queue_filter(self, text: str) -> None:
        self.queue_filter.set_text(text)
        self._select_current()
        self._update_count()

    def open_bulletin(self, bulletin_id: str) -> None:
        self.bulletin = bulletins.get(self.ctx.store, bulletin_id)
        self._unsure_at = None
        b = self.bulletin
        self.text.show_bulletin(b)
        day = f"Day {b.day_number}" if b.day_number else "No day number"
        self.header.setText(f"{day} · {b.report_date or 'undated'} · "
                            f"{(b.language or '?').upper()} · {b.source or ''}")
        self._reload_facts()
        self._fit_columns()
        self._select_current()
        self._update_progress()

    def _reload_facts(self) -> None:
        if self.bulletin is None:
            return
        all_facts = facts.for_bulletin(self.ctx.store, self.bulletin.id)
        for kind, model in self.models.items():
            table = self.tables[kind]
            keep = self.selected_fact_ids(kind)
            col = max(0, table.currentIndex().column())
            model.set_facts(all_facts, self.bulletin.text)
            n = len(model.facts)
            self.tabs.setTabText(list(FactKind).index(kind), f"{TAB_TITLES[kind]} ({n})")
            for fid in keep[:1]:
                row = model.row_of(fid)
                if row >= 0:
                    table.setCurrentIndex(model.index(row, col))

    def _fit_columns(self) -> None:
        """Size columns to the bulletin's facts once, when it opens; an edit keeps the widths
        the reviewer has (and measures no cells)."""
        for kind, table in self.tables.items():
            table.resizeColumnsToContents()
            for c in range(self.models[kind].columnCount()):
                table.setColumnWidth(c, min(max(table.columnWidth(c), 70), 260))

    def _update_progress(self) -> None:
        self._update_count()  # an approval may take a row out of a filtered queue
        rows = self.queue_model.rows
        done = sum(1 for r in rows if r.review_status.value == "approved")
        text = f"Bulletins approved: {done} of {len(rows)}"
        if self.bulletin:
            fs = [f for m in self.models.values() for f in m.facts]
            approved = sum(1 for f in fs if f.status == FactStatus.APPROVED)
            rejected = sum(1 for f in fs if f.status == FactStatus.REJECTED)
            text = (f"This bulletin: {approved} of {len(fs)} facts approved, {rejected} "
                    f"rejected  ·  {text}")
        self.progress.setText(text)

    # ---- slots ------------------------------------------------------------------------
    def _on_queue_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_bulletin(self.queue_filter.id_at(current.row()))

    def _on_fact_selected(self, kind: FactKind) -> None:
        if kind != self.current_kind():
            return
        table = self.tables[kind]
        idx = table.currentIndex()
        if not idx.isValid():
            self.text.highlight([])
            return
        spans = idx.data(FactRole.EVIDENCE) or []
        self.text.highlight(spans, idx.data(FactRole.FIELD))

    def _on_text_clicked(self, pos: int) -> None:
        """Two-way link: clicking evidence in the text selects its fact."""
        model = self.models[self.current_kind()]
        for row, f in enumerate(model.facts):
            if any(s.start <= pos < s.end and s.field is None for s in f.evidence):
                table = self.tables[self.current_kind()]
                if table.currentIndex().row() != row:
                    table.setCurrentIndex(model.index(row, 0))
                return

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.bulletin and self.bulletin.id in changes.bulletins:
            self._reload_facts()
            self._on_fact_selected(self.current_kind())
        # redraw only the bulletins changed: the whole queue of 10,000 takes half a second
        few = 0 < len(changes.bulletins) <= 200
        if few and self.queue_model.update_rows(bulletins.queue(self.ctx.store,
                                                                only=changes.bulletins)):
            self._update_progress()
        else:
            self.reload_queue()
        self._data_version = self.ctx.store.data_version()

    def _on_error(self, message: str) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: 600;")
        self.message.setText(message)
        QTimer.singleShot(12000, lambda: self.message.setText(""))

    def say(self, message: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(message)

    def changeEvent(self, event):  # type: ignore[no-untyped-def]
        """Another window or the CLI may have written: refresh on activation."""
        super().changeEvent(event)
        if self.isActiveWindow() and self.ctx.store.data_version() != self._data_version:
            self.refresh()

    def refresh(self) -> None:
        """Show the store as it is now (another window or the CLI may have written)."""
        self._data_version = self.ctx.store.data_version()
        self.reload_queue()
        if self.bulletin:
            self._reload_facts()

    # ---- actions ----------------------------------------------------------------------
    def _set_status(self, status: FactStatus) -> None:
        kind = self.current_kind()
        ids = self.selected_fact_ids(kind)
        if not ids:
            self._on_error("Select a fact first.")
            return
        by_id = {f.id: f for f in self.models[kind].facts}
        commands = [SetStatusCommand(self.ctx, by_id[fid], status) for fid in ids]
        self.ctx.undo.beginMacro(f"Mark {len(ids)} fact(s) {status.value}")
        for cmd in commands:
            self.ctx.undo.push(cmd)
        self.ctx.undo.endMacro()
        saved = sum(cmd.ok for cmd in commands)
        if saved < len(ids):  # the message says why (a locked store, a fact gone elsewhere)
            if saved:
                self._on_error(f"{saved} of {len(ids)} facts {status.value}. "
                               + self.message.text())
            return
        table = self.tables[kind]
        row = table.currentIndex().row()
        if len(ids) == 1 and row + 1 < self.models[kind].rowCount():
            table.setCurrentIndex(self.models[kind].index(row + 1, table.currentIndex().column()))
        self.say(f"{len(ids)} fact(s) {status.value}.")

    def on_approve_fact(self) -> None:
        self._set_status(FactStatus.APPROVED)

    def on_reject_fact(self) -> None:
        self._set_status(FactStatus.REJECTED)

    def on_add_fact(self) -> None:
        if self.bulletin is None:
            return
        span = self.text.selected_span()
        if span is None:
            self._on_error("Select the words of the new fact in the bulletin text first.")
            return
        kind = self.current_kind()
        cmd = AddFactCommand(self.ctx, self.bulletin.id, kind, [Span(start=span[0], end=span[1])])
        self.ctx.undo.push(cmd)
        if not cmd.ok:
            return  # the message says why
        row = self.models[kind].row_of(cmd.fact_id or "")
        if row >= 0:
            table = self.tables[kind]
            table.setCurrentIndex(self.models[kind].index(row, 2))
            table.setFocus()
        self.say(f"Added a {kind.value} fact; fill in its fields.")

    def on_delete_fact(self) -> None:
        if self.bulletin is None:
            return
        kind = self.current_kind()
        ids = self.selected_fact_ids(kind)
        by_id = {f.id: f for f in self.models[kind].facts}
        if not ids:
            return
        self.ctx.undo.beginMacro(f"Delete {len(ids)} fact(s)")
        for fid in ids:
            self.ctx.undo.push(DeleteFactCommand(self.ctx, self.bulletin.id, by_id[fid]))
        self.ctx.undo.endMacro()

    def on_approve_bulletin(self) -> None:
        if self.bulletin is None:
            return
        cmd = ApproveBulletinCommand(self.ctx, self.bulletin.id)
        self.ctx.undo.push(cmd)
        if cmd.ok:  # else the message says why
            self.say("Bulletin approved: every fact not rejected is approved.")

    def _step(self, delta: int) -> None:
        """The next (or previous) bulletin the queue shows, counted from the open one even when
        the filter hides it."""
        row = self.queue_filter.row_of(self.bulletin.id) if self.bulletin else -1
        if row >= 0:  # the open bulletin shows: its neighbour
            if 0 <= row + delta < self.queue_filter.rowCount():
                self.open_bulletin(self.queue_filter.id_at(row + delta))
            return
        shown = self.queue_filter.shown()
        here = self.queue_model.row_of(self.bulletin.id) if self.bulletin else -1
        after = [n for n in shown if n > here] if delta > 0 else [n for n in shown if n < here]
        if after:  # else at the end (or the start) already
            self.open_bulletin(self.queue_model.rows[after[0] if delta > 0 else after[-1]].id)

    def on_next_bulletin(self) -> None:
        self._step(1)

    def on_prev_bulletin(self) -> None:
        self._step(-1)

    def on_next_kind(self) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    def on_next_unsure(self) -> None:
        unsure = sorted((f.evidence[0].start if f.evidence else 0, kind.value, row)
                        for kind, model in self.models.items()
                        for row, f in enumerate(model.facts) if model.unsure(f))
        if not unsure:
            self.say("No unsure suggestion left in this bulletin.")
            return
        # the walk goes on from the suggestion it showed last (approving one moves the cursor
        # down its table, not on through the text); a first walk starts at the selected fact
        here = self._unsure_at
        if here is None:
            kind = self.current_kind()
            row = self.tables[kind].currentIndex().row()
            facts = self.models[kind].facts
            here = (facts[row].evidence[0].start if facts[row].evidence else 0, kind.value,
                    row) if 0 <= row < len(facts) else (-1, "", -1)
        self._unsure_at = next((u for u in unsure if u > here), unsure[0])
        _, name, row = self._unsure_at
        self.select_fact(name, row, self.models[FactKind(name)].columns.index("confidence"))
        self.say(f"{len(unsure)} unsure suggestion{'s' if len(unsure) > 1 else ''} left in this "
                 f"bulletin (confidence under {UNSURE:.2f}).")

    def on_undo(self) -> None:
        self.ctx.undo.undo()

    def on_redo(self) -> None:
        self.ctx.undo.redo()

    def on_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import bulletins", "", "Bulletins (*.txt *.md *.html *.htm *.jsonl)")
        if paths:
            self.import_paths([Path(p) for p in paths])

    @contextmanager
    def _progress(self, title: str, label: str) -> Iterator[QProgressDialog]:
        """A window-modal progress dialog with Stop while the block runs, shown only if the
        work lasts (a small import or export is done before it would appear)."""
        dialog = QProgressDialog(label, "Stop", 0, 0, self)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setMinimumWidth(420)
        # the last file read is not the end: what was read is still being stored
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        self.progress_dialog = dialog
        try:
            yield dialog
        finally:
            shown = dialog.isVisible()
            dialog.reset()  # (with auto-close off, a reset dialog that showed stays shown)
            dialog.hide()
            dialog.deleteLater()
            self.progress_dialog = None
            if shown:  # the keys come back to the window, whatever the platform does
                self.activateWindow()

    def on_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of bulletins")
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import with a progress dialog that can stop it; the window stays drawn meanwhile
        and every bulletin stored before a stop stays stored."""
        with self._progress("Importing", "Reading bulletins…") as dialog:

            def show(p: ImportProgress) -> None:
                dialog.setMaximum(p.files)
                dialog.setValue(p.files_done)
                dialog.setLabelText(f"{p.files_done} of {p.files} files read\n"
                                    f"{p.imported} bulletins imported, {p.facts} facts suggested")
                QApplication.processEvents()

            try:
                report = import_paths(self.ctx.store, paths, actor=self.ctx.reviewer,
                                      jobs=default_jobs(), progress=show,
                                      stop=dialog.wasCanceled)
            except (AnnotatorError, OSError, sqlite3.Error) as exc:  # the disk, a locked store
                self.reload_queue()
                # a store error says how far the import got; anything else, in general
                self._on_error(f"Import failed: {exc}" if isinstance(exc, StoreError) else
                               f"Import failed: {exc}; the bulletins stored before it stay")
                return
        self.reload_queue()
        if report.failures:
            QMessageBox.warning(self, "Some files were not imported",
                                report.summary() + "\n\n" +
                                "\n".join(str(e) for e in report.failures[:20]))
        self.say(report.summary())

    def on_refresh_suggestions(self) -> None:
        """Re-extract the bulletins nobody has started reviewing, with a progress dialog that
        can stop it; reviewed and approved bulletins are left as they are."""
        if QMessageBox.question(
                self, "Refresh unreviewed suggestions",
                "Bulletins nobody has started reviewing get this version's suggestions in "
                "place of an older extractor's. Bulletins with a reviewed fact, and approved "
                "ones, are left as they are.\n\nRefresh now?") \
                != QMessageBox.StandardButton.Yes:
            return
        self.refresh_suggestions()

    def refresh_suggestions(self) -> None:
        with self._progress("Refreshing", "Extracting again…") as dialog:
            try:
                report = refreshing.refresh(
                    self.ctx.store, actor=self.ctx.reviewer, jobs=default_jobs(),
                    progress=_counting(dialog, "bulletins extracted again"),
                    stop=dialog.wasCanceled)
            except (AnnotatorError, OSError, sqlite3.Error) as exc:
                self.refresh()
                self._on_error(f"Refresh failed: {exc}")
                return
        if report.refreshed:  # their facts are new: an undo would find none it knows
            self.ctx.undo.clear()
        self.refresh()
        self.say(report.summary())

    def on_export_dataset(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export dataset", "dataset.jsonl",
                                              "JSON Lines (*.jsonl)")
        if not path:
            return
        with self._progress("Exporting", "Writing approved bulletins…") as dialog:
            try:
                n_b, n_f = export_jsonl(
                    self.ctx.store, Path(path), status="approved",
                    progress=_counting(dialog, "approved bulletins written"),
                    stop=dialog.wasCanceled)
            except Stopped as exc:
                self.say(str(exc))
                return
            except (AnnotatorError, OSError) as exc:
                self._on_error(f"Export failed: {exc}")
                return
        self.say(f"Exported {n_b} approved bulletin{'s' * (n_b != 1)} ({n_f} facts) to {path}")

    def on_quit(self) -> None:
        self.close()

    # kept for tests and scripts: the selection as the reviewer would make it
    def select_fact(self, kind: FactKind | str, row: int, column: int = 2) -> None:
        kind = FactKind(kind)
        self.tabs.setCurrentIndex(list(FactKind).index(kind))
        table = self.tables[kind]
        table.setCurrentIndex(self.models[kind].index(row, column))
        table.selectionModel().select(self.models[kind].index(row, column),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
        table.setFocus()
