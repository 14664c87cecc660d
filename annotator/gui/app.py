"""Start the application: QApplication, open the store (seeding an empty one), show the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.errors import AnnotatorError
from annotator.gui.context import GuiContext
from annotator.gui.main_window import MainWindow
from annotator.ops.importing import import_seeds_if_empty


def make_window(store_path: Path, reviewer: str) -> MainWindow:
    ctx = GuiContext.open(store_path, reviewer)
    import_seeds_if_empty(ctx.store, actor=reviewer)
    return MainWindow(ctx)


def run(store_path: Path, reviewer: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("bulletin-annotator")
    app.setApplicationName("Bulletin Annotator")
    try:
        window = make_window(store_path, reviewer)
    except AnnotatorError as exc:
        QMessageBox.critical(None, "Bulletin Annotator", str(exc))
        print(f"error: {exc}", file=sys.stderr)  # noqa: T201 (also on the terminal)
        return 1
    window.show()
    return int(app.exec())
