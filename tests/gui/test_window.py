"""Drive the real window from the keyboard; read results back from the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from annotator.gui.actions import ActionId
from annotator.gui.app import make_window
from annotator.gui.fact_table import UNSURE, UNSURE_COLOUR
from annotator.gui.main_window import MainWindow
from annotator.models import FactKind, FactStatus, ReviewStatus
from annotator.store import bulletins, facts, open_store


def _window(qtbot: QtBot, store: Path) -> MainWindow:
    w = make_window(store, "tester")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    _activate(qtbot, w)
    return w


def _activate(qtbot: QtBot, w: MainWindow) -> None:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def _col(w: MainWindow, kind: str, name: str) -> int:
    return w.models[FactKind(kind)].columns.index(name)


def _edit_cell(qtbot: QtBot, w: MainWindow, kind: str, row: int, name: str, text: str) -> None:
    w.select_fact(kind, row, _col(w, kind, name))
    table = w.table_for(kind)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors  # a spin box's editor is a line edit inside it
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    # Return goes to the delegate's editor (the spin box, or the line edit itself)
    target = editor.parent() if editor.objectName() == "qt_spinbox_lineedit" else editor
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # commit is queued


def test_first_run_imports_the_seed(qtbot: QtBot, store_path: Path) -> None:
    w = _window(qtbot, store_path)
    assert len(w.queue_model.rows) == 1
    assert w.bulletin is not None and w.bulletin.day_number == 1413
    for kind in FactKind:
        assert w.models[kind].rowCount() > 0, kind
    assert "0 of" in w.progress.text()


def test_review_loop_survives_a_restart(qtbot: QtBot, store_path: Path) -> None:
    w = _window(qtbot, store_path)
    w.queue.selectRow(0)
    bid = w.bulletin.id  # type: ignore[union-attr]
    # edit a count with the keyboard
    _edit_cell(qtbot, w, "casualty", 0, "count", "2")
    cas_id = w.models[FactKind.CASUALTY].facts[0].id
    # select a row: its evidence is highlighted in the text
    assert len(w.text.extraSelections()) > len(w.text._static)
    # approve a statement with the A key
    w.select_fact("statement", 0)
    st_id = w.models[FactKind.STATEMENT].facts[0].id
    qtbot.keyClick(w.table_for("statement"), Qt.Key.Key_A)
    # reject a figure with R
    w.select_fact("figure", 0)
    fig_id = w.models[FactKind.FIGURE].facts[0].id
    qtbot.keyClick(w.table_for("figure"), Qt.Key.Key_R)
    store = open_store(store_path)
    assert facts.get(store, cas_id).fields.count == 2
    assert facts.get(store, cas_id).status == FactStatus.CORRECTED
    assert facts.get(store, st_id).status == FactStatus.APPROVED
    assert facts.get(store, fig_id).status == FactStatus.REJECTED
    # approve the bulletin from the keyboard
    qtbot.keyClick(w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert bulletins.review(store, bid).status == ReviewStatus.APPROVED
    assert "1 of 1" in w.progress.text()
    w.close()
    # reopen on the same store: everything is there
    w2 = _window(qtbot, store_path)
    row = w2.models[FactKind.CASUALTY].row_of(cas_id)
    assert w2.models[FactKind.CASUALTY].facts[row].fields.count == 2
    assert w2.queue_model.rows[0].review_status == ReviewStatus.APPROVED
    assert facts.get(store, fig_id).status == FactStatus.REJECTED


def test_invalid_edit_is_refused_with_its_message(qtbot: QtBot, store_path: Path) -> None:
    w = _window(qtbot, store_path)
    fact = w.models[FactKind.STRIKE].facts[0]
    before = fact.fields.perpetrator
    _edit_cell(qtbot, w, "strike", 0, "perpetrator", "Russia")
    assert "ISO 3166-1" in w.message.text() and "Not saved" in w.message.text()
    store = open_store(store_path)
    assert facts.get(store, fact.id).fields.perpetrator == before
    assert facts.get(store, fact.id).status == FactStatus.SUGGESTED


def test_undo_and_redo_every_action(qtbot: QtBot, store_path: Path) -> None:
    w = _window(qtbot, store_path)
    store = open_store(store_path)
    w.select_fact("air_defence", 0)
    fid = w.models[FactKind.AIR_DEFENCE].facts[0].id
    qtbot.keyClick(w.table_for("air_defence"), Qt.Key.Key_A)
    assert facts.get(store, fid).status == FactStatus.APPROVED
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert facts.get(store, fid).status == FactStatus.SUGGESTED
    # add a fact from a text selection, then undo it
    w.tabs.setCurrentIndex(list(FactKind).index(FactKind.FIGURE))
    n = w.models[FactKind.FIGURE].rowCount()
    cur = w.text.textCursor()
    cur.setPosition(10)
    cur.setPosition(30, cur.MoveMode.KeepAnchor)
    w.text.setTextCursor(cur)
    w.on_add_fact()
    assert w.models[FactKind.FIGURE].rowCount() == n + 1
    w.ctx.undo.undo()
    assert w.models[FactKind.FIGURE].rowCount() == n
    w.ctx.undo.redo()
    assert w.models[FactKind.FIGURE].rowCount() == n + 1
    # delete and undo
    w.select_fact("strike", 0)
    sid = w.models[FactKind.STRIKE].facts[0].id
    w.on_delete_fact()
    assert w.models[FactKind.STRIKE].row_of(sid) == -1
    w.ctx.undo.undo()
    assert facts.get(store, sid).id == sid


def test_window_screenshot_renders(qtbot: QtBot, store_path: Path, tmp_path: Path) -> None:
    w = _window(qtbot, store_path)
    w.select_fact("casualty", 0, 4)
    png = tmp_path / "window.png"
    assert w.grab().save(str(png))
    assert png.stat().st_size > 20000


def test_a_second_window_on_the_same_store(qtbot: QtBot, store_path: Path) -> None:
    """Two windows (two connections) on one store: each sees the other's work, and neither
    undoes or edits over a change it has not seen."""
    a = _window(qtbot, store_path)
    b = _window(qtbot, store_path)  # b is active now; a is behind the store from here on
    store = open_store(store_path)
    cas = a.models[FactKind.CASUALTY].facts[0]
    # a edits a count; b, which already shows that fact, edits the same count after it
    _edit_cell(qtbot, a, "casualty", 0, "count", "7")
    assert facts.get(store, cas.id).fields.count == 7
    b.refresh()
    _edit_cell(qtbot, b, "casualty", 0, "count", "9")
    # a's undo would put back the count b overwrote: refused, b's value kept, a reloaded
    a.ctx.undo.undo()
    assert facts.get(store, cas.id).fields.count == 9
    assert "changed elsewhere" in a.message.text() and "count" in a.message.text()
    assert a.models[FactKind.CASUALTY].facts[0].fields.count == 9
    assert not a.ctx.undo.canUndo()  # the refused action left the stack
    # a approves a strike, then b rejects it: a's undo would overwrite b's rejection, refused
    strike = a.models[FactKind.STRIKE].facts[0]
    _activate(qtbot, a)
    a.select_fact("strike", 0)
    qtbot.keyClick(a.table_for("strike"), Qt.Key.Key_A)
    assert facts.get(store, strike.id).status == FactStatus.APPROVED
    _activate(qtbot, b)
    b.select_fact("strike", b.models[FactKind.STRIKE].row_of(strike.id))
    qtbot.keyClick(b.table_for("strike"), Qt.Key.Key_R)
    a.ctx.undo.undo()
    assert facts.get(store, strike.id).status == FactStatus.REJECTED
    assert "marked rejected elsewhere" in a.message.text()
    # b deletes a figure that a still shows; a's edit of it is refused with a message
    fig = a.models[FactKind.FIGURE].facts[0]
    b.select_fact("figure", b.models[FactKind.FIGURE].row_of(fig.id))
    b.on_delete_fact()
    before = store.db.execute("select count(*) from facts").fetchone()[0]
    _edit_cell(qtbot, a, "figure", a.models[FactKind.FIGURE].row_of(fig.id), "value", "12")
    assert f"no fact with id {fig.id}" in a.message.text()
    assert store.db.execute("select count(*) from facts").fetchone()[0] == before
    assert a.models[FactKind.FIGURE].row_of(fig.id) == -1  # a now shows the store as it is
    # activating a window after the other wrote shows the other's work
    b.select_fact("casualty", 0)
    qtbot.keyClick(b.table_for("casualty"), Qt.Key.Key_A)
    _activate(qtbot, a)
    assert a.models[FactKind.CASUALTY].facts[0].status == FactStatus.APPROVED


def test_unsure_suggestions_are_tinted_until_reviewed(qtbot: QtBot, store_path: Path) -> None:
    w = _window(qtbot, store_path)
    model = w.models[FactKind.COMMITMENT]
    col = _col(w, "commitment", "confidence")
    conf = [f.confidence or 1.0 for f in model.facts]
    row = conf.index(min(conf))
    assert conf[row] < UNSURE  # the seed has a pledge with no one to give it
    index = model.index(row, col)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == UNSURE_COLOUR
    assert "check it" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    sure = model.index(conf.index(max(conf)), col)
    assert model.data(sure, Qt.ItemDataRole.BackgroundRole) is None
    # a reviewer approves it: the tint goes, the confidence stays as the extractor gave it
    w.select_fact("commitment", row)
    qtbot.keyClick(w.table_for("commitment"), Qt.Key.Key_A)
    index = model.index(model.row_of(model.facts[row].id), col)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == f"{conf[row]:.2f}"


def test_ctrl_u_walks_the_unsure_suggestions_in_text_order(qtbot: QtBot,
                                                           store_path: Path) -> None:
    w = _window(qtbot, store_path)
    unsure = {f.id for m in w.models.values() for f in m.facts if m.unsure(f)}
    assert len(unsure) >= 3
    visited: list[tuple[int, str]] = []
    for _ in range(len(unsure) + 1):
        qtbot.keyClick(w, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        if "No unsure suggestion left" in w.message.text():
            break
        kind = w.current_kind()
        fact = w.models[kind].facts[w.table_for(kind).currentIndex().row()]
        assert w.table_for(kind).currentIndex().column() == _col(w, kind, "confidence")
        visited.append((fact.evidence[0].start, fact.id))
        qtbot.keyClick(w.table_for(kind), Qt.Key.Key_A)  # reviewed: no longer unsure
    assert {fid for _, fid in visited} == unsure
    starts = [s for s, _ in visited]
    assert starts == sorted(starts)  # in the order of the text
    store = open_store(store_path)
    assert all(facts.get(store, fid).status == FactStatus.APPROVED for fid in unsure)


def test_ctrl_u_twice_skips_an_unsure_suggestion_left_as_it_is(qtbot: QtBot,
                                                               store_path: Path) -> None:
    w = _window(qtbot, store_path)
    seen = []
    for _ in range(2):
        qtbot.keyClick(w, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        kind = w.current_kind()
        seen.append(w.models[kind].facts[w.table_for(kind).currentIndex().row()])
    assert seen[0].id != seen[1].id
    assert seen[0].evidence[0].start <= seen[1].evidence[0].start
    assert "unsure suggestions left" in w.message.text()
    assert all(f.status == FactStatus.SUGGESTED for f in seen)  # walking changes nothing


def _bulletin_folder(tmp_path: Path, n: int) -> Path:
    import json

    folder = tmp_path / "bulletins"
    folder.mkdir()
    gold = sorted((Path(__file__).resolve().parents[1] / "gold").glob("*.json"))[:n]
    for i, p in enumerate(gold):
        text = json.loads(p.read_text(encoding="utf-8"))["text"]
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_import_folder_shows_progress_in_workers(qtbot: QtBot, store_path: Path,
                                                tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import multiprocessing

    from annotator.gui import main_window

    w = _window(qtbot, store_path)
    folder = _bulletin_folder(tmp_path, 30)
    monkeypatch.setattr(main_window.QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(folder))
    seen: list[tuple[bool, str, int]] = []

    def look() -> None:  # runs while the import is under way
        d = w.progress_dialog
        if d is not None:
            seen.append((d.isVisible(), d.labelText(), len(multiprocessing.active_children())))
        if d is not None or not seen:
            QTimer.singleShot(150, look)

    QTimer.singleShot(0, look)
    w.actions_[ActionId.IMPORT_FOLDER].trigger()
    assert len(w.queue_model.rows) == 31
    assert "30 imported" in w.message.text()
    assert any(visible and "files read" in label for visible, label, _ in seen), seen
    assert max(workers for _, _, workers in seen) >= 2  # extraction ran in worker processes
    assert w.progress_dialog is None
    # the dialog that showed is gone, and the window has its keys back
    from PySide6.QtWidgets import QProgressDialog
    assert not [d for d in w.findChildren(QProgressDialog) if d.isVisible()]


def test_stopping_an_import_keeps_what_was_stored(qtbot: QtBot, store_path: Path,
                                                  tmp_path: Path) -> None:
    w = _window(qtbot, store_path)
    folder = _bulletin_folder(tmp_path, 40)

    def stop_when_some_are_in() -> None:
        import re

        d = w.progress_dialog
        told = re.search(r"(\d+) bulletins imported", d.labelText()) if d is not None else None
        if d is not None and told and int(told.group(1)) > 0:
            d.cancel()
        else:
            QTimer.singleShot(20, stop_when_some_are_in)

    QTimer.singleShot(0, stop_when_some_are_in)
    w.import_paths([folder])
    assert "Stopped before the end" in w.message.text()
    stored = open_store(store_path).db.execute("SELECT COUNT(*) FROM bulletins").fetchone()[0]
    assert 1 < stored < 41 and len(w.queue_model.rows) == stored


def test_an_edit_redraws_its_queue_row_not_the_whole_queue(qtbot: QtBot, store_path: Path,
                                                            tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, store_path)
    w.import_paths([_bulletin_folder(tmp_path, 3)])
    assert len(w.queue_model.rows) == 4
    row = w.queue_model.row_of(w.bulletin.id)  # type: ignore[union-attr]
    before = w.queue_model.rows[row]
    others = [r for n, r in enumerate(w.queue_model.rows) if n != row]
    reloads: list[int] = []
    real = w.queue_model.set_rows
    monkeypatch.setattr(w.queue_model, "set_rows", lambda rows: (reloads.append(1), real(rows)))
    w.select_fact("strike", 0)
    qtbot.keyClick(w.table_for("strike"), Qt.Key.Key_A)
    assert w.queue_model.rows[row].reviewed == before.reviewed + 1
    w.actions_[ActionId.UNDO].trigger()
    assert w.queue_model.rows[row].reviewed == before.reviewed
    w.actions_[ActionId.REDO].trigger()
    assert reloads == []  # three changes, no full reload
    after = w.queue_model.rows[row]
    assert after.id == before.id and after.reviewed == before.reviewed + 1
    assert after.review_status == ReviewStatus.IN_PROGRESS
    assert [r for n, r in enumerate(w.queue_model.rows) if n != row] == others
    index = w.queue_model.index(row, 5)
    assert w.queue_model.data(index) == f"{after.reviewed}/{after.facts}"
    # a change the rows cannot take in place (a new bulletin) reloads the whole queue
    (tmp_path / "more").mkdir()
    w.import_paths([_bulletin_folder(tmp_path / "more", 4)])
    assert reloads and len(w.queue_model.rows) == 5


def test_queue_of_some_bulletins_matches_the_whole_queue(seeded_store: Path,
                                                         tmp_path: Path) -> None:
    from annotator.ops.importing import import_paths

    store = open_store(seeded_store)
    import_paths(store, [_bulletin_folder(tmp_path, 3)], actor="t")
    whole = bulletins.queue(store)
    some = bulletins.queue(store, only={whole[2].id, whole[0].id})
    assert some == [whole[0], whole[2]]
    assert bulletins.queue(store, only=set()) == []


def test_an_export_can_be_stopped_from_its_dialog(qtbot: QtBot, store_path: Path,
                                                  tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotator.gui import main_window

    w = _window(qtbot, store_path)
    qtbot.keyClick(w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # approve it
    out = tmp_path / "dataset.jsonl"
    monkeypatch.setattr(main_window.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    QTimer.singleShot(0, lambda: w.progress_dialog.cancel())  # type: ignore[union-attr]
    w.actions_[ActionId.EXPORT].trigger()
    assert "export stopped" in w.message.text() and not out.exists()
    assert w.progress_dialog is None
    w.actions_[ActionId.EXPORT].trigger()  # not stopped this time
    assert out.exists() and "Exported 1 approved bulletin (" in w.message.text()


def test_an_import_that_fails_on_the_store_says_so(qtbot: QtBot, store_path: Path,
                                                   tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from annotator.gui import main_window

    w = _window(qtbot, store_path)

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(main_window, "import_paths", disk_full)
    w.import_paths([_bulletin_folder(tmp_path, 2)])
    assert "Import failed: database or disk is full" in w.message.text()
    assert w.progress_dialog is None and len(w.queue_model.rows) == 1


def test_the_queue_filter_narrows_the_queue_and_its_keys(qtbot: QtBot, store_path: Path,
                                                         tmp_path: Path) -> None:
    import json

    w = _window(qtbot, store_path)
    folder = tmp_path / "mixed"
    folder.mkdir()
    gold = Path(__file__).resolve().parents[1] / "gold"
    for name in ("en_01", "en_02", "en_03", "it_01", "it_02", "it_03"):
        text = json.loads((gold / f"{name}.json").read_text(encoding="utf-8"))["text"]
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    w.import_paths([folder])  # 3 English, 3 Italian, and the seed
    # (an import that lasts shows its progress dialog; the window is active again after it)
    qtbot.waitUntil(w.isActiveWindow)
    rows = w.queue_model.rows
    english = [r.id for r in rows if r.language == "en"]
    assert len(rows) == 7 and len(english) == 3 and w.queue_count.text() == "7 bulletins"
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.queue_search.hasFocus()
    qtbot.keyClicks(w.queue_search, "en")
    assert w.queue_filter.rowCount() == 3 and w.queue_count.text() == "3 of 7"
    # Ctrl+Down walks the rows shown, from the open bulletin even when it is hidden
    w.open_bulletin(english[0])
    qtbot.keyClick(w, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert w.bulletin.id == english[1]  # type: ignore[union-attr]
    qtbot.keyClick(w, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert w.bulletin.id == english[2]  # type: ignore[union-attr]  # the last one stays
    assert w.queue.currentIndex().row() == 2
    # every word must fit: a status and a day
    w.queue_search.setText(f"pending {rows[0].day_number}")
    assert [w.queue_filter.id_at(i) for i in range(w.queue_filter.rowCount())] == [rows[0].id]
    year = rows[1].report_date[:4]  # type: ignore[index]
    assert w.queue_filter.rowCount() == 1
    w.queue_search.setText(year)
    assert w.queue_filter.rowCount() == sum(1 for r in rows if r.report_date.startswith(year))  # type: ignore[union-attr]
    w.queue_search.setText(rows[1].report_date[:7])  # type: ignore[index]
    assert rows[1].id in [w.queue_filter.id_at(i) for i in range(w.queue_filter.rowCount())]
    w.queue_search.setText("approved")
    assert w.queue_filter.rowCount() == 0 and w.queue_count.text() == "0 of 7"
    w.open_bulletin(rows[3].id)
    qtbot.keyClick(w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # approve it
    assert [w.queue_filter.id_at(i) for i in range(w.queue_filter.rowCount())] == [rows[3].id]
    # Escape clears the filter
    w.queue_search.setFocus()
    qtbot.keyClick(w.queue_search, Qt.Key.Key_Escape)
    assert w.queue_search.text() == "" and w.queue_filter.rowCount() == 7
    assert w.queue.currentIndex().row() == 3  # the open bulletin's row is selected again


def test_refresh_gives_unreviewed_bulletins_this_versions_suggestions(
        qtbot: QtBot, store_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotator.extract import ORIGIN
    from annotator.gui import main_window
    from annotator.ops.importing import import_paths

    store = open_store(store_path)
    import_paths(store, [_bulletin_folder(tmp_path, 2)], actor="t")
    ids = [r[0] for r in store.db.execute("SELECT id FROM bulletins ORDER BY seq")]
    with store.db.atomic():  # as an older extractor left them: fewer, another origin
        store.db.execute("UPDATE facts SET origin = 'rules/0.0.1'")
        store.db.execute("DELETE FROM facts WHERE seq > 2")
    store.close()
    w = _window(qtbot, store_path)
    assert w.message.text().startswith("2 bulletins nobody has reviewed yet have an older")
    # a reviewer begins on the first: it is left as it is
    w.open_bulletin(ids[0])
    w.select_fact(w.current_kind(), 0)
    w.actions_[ActionId.APPROVE_FACT].trigger()
    kept = facts.for_bulletin(w.ctx.store, ids[0])
    monkeypatch.setattr(main_window.QMessageBox, "question",
                        lambda *a, **k: main_window.QMessageBox.StandardButton.Yes)
    w.actions_[ActionId.REFRESH].trigger()
    assert w.message.text().startswith("1 bulletin refreshed (2 older suggestions replaced by")
    assert facts.for_bulletin(w.ctx.store, ids[0]) == kept
    fresh = facts.for_bulletin(w.ctx.store, ids[1])
    assert len(fresh) > 2 and {f.origin for f in fresh} == {ORIGIN}
    w.open_bulletin(ids[1])
    assert sum(m.rowCount() for m in w.models.values()) == len(fresh)
    assert w.progress_dialog is None and not w.ctx.undo.canUndo()


def test_a_refresh_that_meets_a_locked_store_part_way_says_so_and_keeps_what_it_did(
        qtbot: QtBot, store_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from annotator.extract import ORIGIN
    from annotator.gui import main_window
    from annotator.ops.importing import import_paths

    store = open_store(store_path)
    import_paths(store, [_bulletin_folder(tmp_path, 6)], actor="t")
    store.db.execute("UPDATE facts SET origin = 'rules/0.0.1'")
    store.close()
    w = _window(qtbot, store_path)
    w.ctx.store.db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(store_path, isolation_level=None)
    counting = main_window._counting

    def locking(dialog, what):  # type: ignore[no-untyped-def]
        show = counting(dialog, what)

        def then_lock(n: int, total: int) -> None:
            show(n, total)
            if not other.in_transaction:  # another program begins to write, and holds on
                other.execute("BEGIN IMMEDIATE")
        return then_lock

    monkeypatch.setattr(main_window, "_counting", locking)
    monkeypatch.setattr(main_window.QMessageBox, "question",
                        lambda *a, **k: main_window.QMessageBox.StandardButton.Yes)
    w.actions_[ActionId.REFRESH].trigger()
    text = w.message.text()
    assert text.startswith("Refresh failed: another program held the store locked"), text
    assert "the 4 bulletins refreshed before it stay refreshed" in text
    assert w.progress_dialog is None
    other.rollback()
    origins = [o for o, in w.ctx.store.db.execute(
        "SELECT DISTINCT b.id || f.origin FROM facts f JOIN bulletins b ON b.id = f.bulletin_id")]
    assert sum(o.endswith(ORIGIN) for o in origins) == 4
    # the lock is gone: the window goes on working, and a second run refreshes the rest
    w.actions_[ActionId.REFRESH].trigger()
    assert w.message.text().startswith("2 bulletins refreshed"), w.message.text()
    other.close()


def test_an_approval_while_another_program_holds_the_store_locked_says_so(
        qtbot: QtBot, seeded_store: Path) -> None:
    import sqlite3

    w = _window(qtbot, seeded_store)
    w.ctx.store.db.execute("PRAGMA busy_timeout = 200")
    kind = w.current_kind()
    w.select_fact(kind, 0)
    assert w.bulletin is not None
    bid = w.bulletin.id
    before = facts.for_bulletin(w.ctx.store, bid)
    other = sqlite3.connect(seeded_store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    w.actions_[ActionId.APPROVE_FACT].trigger()
    assert w.message.text().startswith("Not saved: another program held the store locked")
    w.actions_[ActionId.APPROVE_BULLETIN].trigger()  # a whole bulletin: the same
    assert w.message.text().startswith("Not saved: another program held the store locked")
    assert bulletins.review(w.ctx.store, bid).status != ReviewStatus.APPROVED
    other.rollback()
    other.close()
    assert facts.for_bulletin(w.ctx.store, bid) == before
    w.select_fact(kind, 0)  # the lock is gone: the same key saves
    w.actions_[ActionId.APPROVE_FACT].trigger()
    after = facts.for_bulletin(w.ctx.store, bid)
    assert sum(f.status == FactStatus.APPROVED for f in after) == 1 + sum(
        f.status == FactStatus.APPROVED for f in before)
