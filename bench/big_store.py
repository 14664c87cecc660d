"""A store of about 10,000 bulletins: how long it takes to build, and what a reviewer and a
dataset lead then wait for (opening the window, a key, the next bulletin, an export).

Run: python bench/big_store.py [--copies 17] [--store PATH]
`--copies` writes each gold and holdout text that many times (587 texts each; 17 copies make
9,979 bulletins); `--store` reuses a store built before instead of importing again. The window
runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_throughput import write_folder

from annotator.ops.exporting import export_jsonl
from annotator.ops.importing import import_paths
from annotator.ops.parallel import default_jobs
from annotator.store import open_store


def build(tmp: Path, copies: int) -> Path:
    folder = tmp / "in"
    folder.mkdir()
    n = write_folder(folder, copies)
    db = tmp / "big.db"
    t = time.perf_counter()
    report = import_paths(open_store(db), [folder], actor="bench", jobs=default_jobs())
    s = time.perf_counter() - t
    print(f"import: {n} files, {len(report.imported)} bulletins, {report.facts:,} facts in "
          f"{s:.0f} s ({len(report.imported) / s:.1f} bulletins/s, {default_jobs()} workers); "
          f"store {db.stat().st_size / 2**20:,.0f} MB")
    return db


def timed(label: str, fn, repeat: int = 1) -> None:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    slowest = f" (slowest of {repeat})" if repeat > 1 else ""
    print(f"{label}: {max(times) * 1000:,.0f} ms{slowest}")


def window(db: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.gui.actions import ActionId
    from annotator.gui.app import make_window

    app = QApplication.instance() or QApplication([])
    box: list = []
    timed("open the window", lambda: (box.append(make_window(db, "bench")), box[0].show(),
                                      app.processEvents()))
    w = box[0]
    print(f"  queue: {len(w.queue_model.rows):,} bulletins")
    rows = iter(range(1000))

    def approve() -> None:
        w.select_fact("casualty", next(rows))
        QTest.keyClick(w.table_for("casualty"), Qt.Key.Key_A)
        app.processEvents()

    timed("approve a fact (A)", approve, repeat=5)
    timed("undo", lambda: (w.ctx.undo.undo(), app.processEvents()), repeat=3)
    timed("next bulletin", lambda: (w.actions_[ActionId.NEXT_BULLETIN].trigger(),
                                    app.processEvents()), repeat=5)
    timed("approve the bulletin", lambda: (w.actions_[ActionId.APPROVE_BULLETIN].trigger(),
                                           app.processEvents()))
    timed("filter the queue ('pending 2024')",
          lambda: (w.queue_search.setText("pending 2024"), app.processEvents()))
    print(f"  {w.queue_count.text()} shown")
    timed("clear the filter", lambda: (w.queue_search.clear(), app.processEvents()))
    w.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=17)
    ap.add_argument("--store", type=Path, help="a store built before (copied, not changed)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if args.store:
            db = tmp / "big.db"
            shutil.copy(args.store, db)
        else:
            db = build(tmp, args.copies)
        window(db)
        store = open_store(db)
        timed("export every bulletin and fact", lambda: export_jsonl(store, tmp / "all.jsonl",
                                                                     status="all"))
        print(f"  {(tmp / 'all.jsonl').stat().st_size / 2**20:,.0f} MB")
        timed("export the approved (a bulletin or two)",
              lambda: export_jsonl(store, tmp / "ok.jsonl", status="approved"))
        # half the store approved, as after months of review (set directly, for speed)
        store.db.execute("UPDATE bulletins SET review_status = 'approved' WHERE seq % 2 = 0")
        store.db.execute("UPDATE facts SET status = 'approved' WHERE bulletin_id IN "
                         "(SELECT id FROM bulletins WHERE review_status = 'approved')")
        box: list[tuple[int, int]] = []
        timed("export the approved (half the store)",
              lambda: box.append(export_jsonl(store, tmp / "ok.jsonl", status="approved")))
        print(f"  {box[0][0]:,} bulletins, {box[0][1]:,} facts")


if __name__ == "__main__":
    main()
