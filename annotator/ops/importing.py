"""Import files into a store: parse, extract, insert, audit. Bad files are reported, the rest
imported; a bulletin already in the store (same text) is skipped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import InputError
from annotator.extract import extract
from annotator.ingest import Loaded, expand_paths, looks_like_bulletin, read_path
from annotator.models import Bulletin
from annotator.paths import seeds_dir
from annotator.store import Store, audit, bulletins, facts

ProgressFn = Callable[[int, int], None]


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    facts: int = 0

    def summary(self) -> str:
        return (f"{len(self.imported)} imported ({self.facts} facts suggested), "
                f"{len(self.duplicates)} already in the store, {len(self.failures)} failed")


def add_bulletin(store: Store, b: Bulletin, actor: str) -> int:
    """Insert `b` with its suggested facts in one transaction; returns the fact count."""
    suggested = extract(b)
    with store.db.atomic():
        bulletins.insert(store, b)
        for f in suggested:
            facts.insert(store, b.id, f)
        audit.record(store, actor, "import", bulletin_id=b.id, after=b.source)
    return len(suggested)


def import_paths(store: Store, paths: list[Path], *, actor: str, encoding: str | None = None,
                 progress: ProgressFn | None = None, source_root: Path | None = None
                 ) -> ImportReport:
    """Import files and folders; `source_root` makes each bulletin's `source` relative to it."""
    report = ImportReport()
    files: list[Path] = []
    for p in expand_paths(paths):
        if isinstance(p, InputError):
            report.failures.append(p)
        else:
            files.append(p)
    for n, path in enumerate(files, start=1):
        for loaded in read_path(path, encoding):
            if source_root is not None and loaded.bulletin is not None:
                rel = path.resolve().relative_to(source_root.resolve()).as_posix()
                loaded = Loaded(loaded.where, loaded.bulletin.model_copy(update={"source": rel}))
            _one(store, loaded, actor, report)
        if progress:
            progress(n, len(files))
    return report


def _one(store: Store, loaded: Loaded, actor: str, report: ImportReport) -> None:
    if loaded.error is not None:
        report.failures.append(loaded.error)
        return
    b = loaded.bulletin
    assert b is not None
    problem = looks_like_bulletin(b)
    if problem:
        report.failures.append(InputError(loaded.where, problem))
        return
    if bulletins.exists(store, b.id):
        report.duplicates.append(loaded.where)
        return
    report.facts += add_bulletin(store, b, actor)
    report.imported.append(b.id)


def import_seeds_if_empty(store: Store, *, actor: str) -> ImportReport | None:
    """On the first run of an empty store, import the shipped seed bulletins."""
    empty = store.db.execute("SELECT COUNT(*) FROM bulletins").fetchone()[0] == 0
    if not empty or not seeds_dir().is_dir():
        return None
    return import_paths(store, [seeds_dir()], actor=actor, source_root=seeds_dir().parent)
