"""Errors a user can act on: each names what was wrong and where."""

from __future__ import annotations


class AnnotatorError(Exception):
    """Base of every expected failure; the CLI prints it, the GUI shows it."""


class InputError(AnnotatorError):
    """A file or line that cannot become a bulletin."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class StoreError(AnnotatorError):
    """The store cannot be opened or used."""


class StoreTooNewError(StoreError):
    pass


class EditError(AnnotatorError):
    """A reviewer's edit that would make a fact invalid; nothing was saved."""


class ConflictError(EditError):
    """The fact is not what this window last saw: another window or the CLI changed it."""


class NotFoundError(AnnotatorError):
    pass


class Stopped(AnnotatorError):
    """The user stopped a long operation; what it would have written was not."""
