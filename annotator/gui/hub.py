"""One signal every view subscribes to: something changed in the store."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    changed = Signal(object, object)  # Changes, initiator
    error = Signal(str)  # a message a reviewer can act on
    stale = Signal()  # the store changed behind this window's back: reload everything
