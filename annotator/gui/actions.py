"""Every QAction declared once: id, text, shortcut, tip. Menus and tests read this table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(StrEnum):
    IMPORT = "import_files"
    IMPORT_FOLDER = "import_folder"
    EXPORT = "export_dataset"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    APPROVE_FACT = "approve_fact"
    REJECT_FACT = "reject_fact"
    ADD_FACT = "add_fact"
    DELETE_FACT = "delete_fact"
    APPROVE_BULLETIN = "approve_bulletin"
    NEXT_BULLETIN = "next_bulletin"
    PREV_BULLETIN = "prev_bulletin"
    NEXT_KIND = "next_kind"
    NEXT_UNSURE = "next_unsure"
    REFRESH = "refresh_suggestions"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: str | QKeySequence.StandardKey | None
    tip: str


ACTIONS: dict[ActionId, ActionSpec] = {
    ActionId.IMPORT: ActionSpec("&Import files…", QKeySequence.StandardKey.Open,
                                "Import bulletin files (.txt, .md, .html, .jsonl)"),
    ActionId.IMPORT_FOLDER: ActionSpec("Import &folder…", "Ctrl+Shift+O",
                                       "Import every bulletin file in a folder and the "
                                       "folders inside it"),
    ActionId.EXPORT: ActionSpec("&Export dataset…", "Ctrl+E",
                                "Write approved bulletins as a v1 JSONL dataset"),
    ActionId.QUIT: ActionSpec("&Quit", QKeySequence.StandardKey.Quit, "Close the window"),
    ActionId.UNDO: ActionSpec("&Undo", QKeySequence.StandardKey.Undo, "Undo the last action"),
    ActionId.REDO: ActionSpec("&Redo", QKeySequence.StandardKey.Redo, "Redo"),
    ActionId.APPROVE_FACT: ActionSpec("&Approve fact", "A", "Mark the selected facts approved"),
    ActionId.REJECT_FACT: ActionSpec("&Reject fact", "R", "Mark the selected facts rejected"),
    ActionId.ADD_FACT: ActionSpec("Add fact from &selection", "Ctrl+N",
                                  "Add a fact of the current kind, with the selected text "
                                  "as its evidence"),
    ActionId.DELETE_FACT: ActionSpec("&Delete fact", QKeySequence.StandardKey.Delete,
                                     "Delete the selected facts"),
    ActionId.APPROVE_BULLETIN: ActionSpec("Approve &bulletin", "Ctrl+Return",
                                          "Approve every fact not rejected and the bulletin"),
    ActionId.NEXT_BULLETIN: ActionSpec("&Next bulletin", "Ctrl+Down", "Open the next bulletin"),
    ActionId.PREV_BULLETIN: ActionSpec("&Previous bulletin", "Ctrl+Up",
                                       "Open the previous bulletin"),
    ActionId.NEXT_KIND: ActionSpec("Next &kind", "Ctrl+Tab", "Show the next fact table"),
    ActionId.NEXT_UNSURE: ActionSpec("Next &unsure suggestion", "Ctrl+U",
                                     "Select the next suggestion, in text order, that the "
                                     "extractor is unsure of and no one has reviewed"),
    ActionId.REFRESH: ActionSpec("Re&fresh unreviewed suggestions…", None,
                                 "Give the bulletins nobody has started reviewing this "
                                 "version's suggestions in place of an older extractor's"),
}


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """QActions connected to `parent.on_<id>`."""
    out = {}
    for aid, spec in ACTIONS.items():
        act = QAction(spec.text, parent)
        if spec.shortcut is not None:
            act.setShortcut(QKeySequence(spec.shortcut))
        act.setToolTip(spec.tip)
        act.setStatusTip(spec.tip)
        act.triggered.connect(getattr(parent, f"on_{aid.value}"))
        out[aid] = act
    return out
