"""The product's actions, shared by CLI and GUI: one transaction each, audit rows included."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What an op changed, so callers redraw only that."""

    bulletins: frozenset[str] = frozenset()
    facts: frozenset[str] = frozenset()
