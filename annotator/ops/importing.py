"""Import files into a store: parse, extract, insert, audit. Bad files are reported, the rest
imported; a bulletin already in the store (same text) is skipped."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import InputError, StoreError
from annotator.extract import extract
from annotator.ingest import Loaded, expand_paths, looks_like_bulletin, read_path
from annotator.models import Bulletin, FactBase
from annotator.ops.parallel import POOL_AFTER, Extraction
from annotator.paths import seeds_dir
from annotator.store import Store, audit, bulletins, facts
from annotator.store.db import cut_short


@dataclass(frozen=True)
class ImportProgress:
    """Where an import stands: files read of all files named, bulletins imported so far."""

    files_done: int
    files: int
    imported: int
    facts: int


log = logging.getLogger(__name__)

COMMIT_EVERY = 4  # bulletins stored in one transaction at most, when several are ready

ProgressFn = Callable[[ImportProgress], None]
StopFn = Callable[[], bool]


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    facts: int = 0
    stopped: bool = False  # the user stopped it; what was imported before stays

    def summary(self) -> str:
        done = (f"{len(self.imported)} imported ({self.facts} facts suggested), "
                f"{len(self.duplicates)} already in the store, {len(self.failures)} failed")
        if self.stopped:
            return ("Stopped before the end: " + done +
                    "; importing the same files again picks up where it stopped")
        return done


_Work = list[facts.Encoded] | str  # a bulletin's facts as columns, or what went wrong


def encoded_suggestions(b: Bulletin) -> _Work:
    """The suggested facts of `b` as store columns: the work an import's workers do. If the
    extractor fails on it (a bug: it is tested never to), what went wrong, so that one
    bulletin is reported and not stored while the rest of the import goes on."""
    try:
        return [facts.encode(f) for f in extract(b)]
    except Exception as exc:  # reported per bulletin; the import goes on
        log.exception("the extractor failed on %s", b.id)
        return f"{type(exc).__name__}: {exc}"


def add_bulletin(store: Store, b: Bulletin, actor: str,
                 suggested: list[FactBase] | list[facts.Encoded] | None = None) -> int:
    """Insert `b` with its suggested facts (extracted here unless given) in one transaction;
    returns the fact count."""
    if suggested is None:
        suggested = extract(b)
    with store.db.atomic():
        bulletins.insert(store, b)
        facts.insert_new(store, b.id, suggested)
        audit.record(store, actor, "import", bulletin_id=b.id, after=b.source)
    return len(suggested)


def import_paths(store: Store, paths: list[Path], *, actor: str, encoding: str | None = None,
                 progress: ProgressFn | None = None, source_root: Path | None = None,
                 jobs: int = 1, stop: StopFn | None = None) -> ImportReport:
    """Import files and folders; `source_root` makes each bulletin's `source` relative to it.

    Bulletins are stored in the order they are read, a few to a commit, each whole or not at
    all, so an import that is stopped (`stop` returns true) or killed keeps every bulletin
    committed before and none half-way; importing the same paths again picks up the rest.
    `jobs` worker processes extract in parallel once the import is large enough to be worth
    starting them (`annotator.ops.parallel`).
    """
    files: list[Path] = []
    failures: list[InputError] = []
    for p in expand_paths(paths):
        if isinstance(p, InputError):
            failures.append(p)
        else:
            files.append(p)
    run = _Run(store, actor, len(files), progress, stop)
    run.report.failures += failures
    # a pool is worth its start-up at once when the import is known to be large
    large = len(files) > POOL_AFTER or any(f.suffix.lower() == ".jsonl" for f in files)
    try:
        # leaving `with` (at the end or on a stop) drops what was extracted and not stored
        with Extraction[str, _Work](jobs, pool_after=0 if large else POOL_AFTER,
                                    work=encoded_suggestions) as extraction:
            for path in files:
                for loaded in read_path(path, encoding):
                    if run.stopping():
                        run.store_batch()  # ready to store already: stored, not thrown away
                        return run.report
                    if source_root is not None and loaded.bulletin is not None:
                        rel = path.resolve().relative_to(source_root.resolve()).as_posix()
                        loaded = Loaded(loaded.where,
                                        loaded.bulletin.model_copy(update={"source": rel}))
                    b = run.admitted(loaded)
                    if b is not None:
                        extraction.submit(loaded.where, b)
                    run.store_ready(extraction.ready())
                run.read += 1
                run.tell()
            run.store_ready(extraction.drain())
            run.store_batch()
    except (StoreError, sqlite3.Error) as exc:  # a lock held too long, a full disk
        raise cut_short(exc, len(run.report.imported), "imported",
                        "importing the same files again adds the rest") from exc
    return run.report


class _Run:
    """One import's state: what is queued, what is ready to store, what the report says."""

    def __init__(self, store: Store, actor: str, files: int, progress: ProgressFn | None,
                 stop: StopFn | None) -> None:
        self.store, self.actor, self.files = store, actor, files
        self.progress, self.stop = progress, stop
        self.report = ImportReport()
        self.read = 0  # files read so far
        self.queued: set[str] = set()  # ids sent to extraction and not stored yet
        # a few bulletins share one commit (a commit waits for the disk)
        self.batch: list[tuple[str, Bulletin, _Work]] = []

    def tell(self) -> None:
        if self.progress:
            self.progress(ImportProgress(self.read, self.files, len(self.report.imported),
                                         self.report.facts))

    def stopping(self) -> bool:
        self.report.stopped = self.report.stopped or (self.stop is not None and self.stop())
        return self.report.stopped

    def admitted(self, loaded: Loaded) -> Bulletin | None:
        """The bulletin to extract, or None with the reason recorded in the report."""
        report = self.report
        if loaded.error is not None:
            report.failures.append(loaded.error)
            return None
        b = loaded.bulletin
        assert b is not None
        problem = looks_like_bulletin(b)
        if problem:
            report.failures.append(InputError(loaded.where, problem))
            return None
        if b.id in self.queued or bulletins.exists(self.store, b.id):
            report.duplicates.append(loaded.where)
            return None
        self.queued.add(b.id)
        return b

    def store_ready(self, ready: Iterator[tuple[str, Bulletin, _Work]]) -> None:
        for done in ready:
            if self.stopping():
                break
            self.batch.append(done)
            if len(self.batch) == COMMIT_EVERY:
                self.store_batch()

    def store_batch(self) -> None:
        if not self.batch:
            return
        report = self.report
        imported: list[str] = []  # counted once their transaction has committed
        n_facts = 0
        with self.store.writing():  # holds the write lock: "is it new?" stays true
            for where, b, work in self.batch:
                self.queued.discard(b.id)
                if isinstance(work, str):
                    report.failures.append(InputError(
                        where, f"the extractor failed on it ({work}); not imported"))
                elif bulletins.exists(self.store, b.id):  # another import stored it meanwhile
                    report.duplicates.append(where)
                else:
                    n_facts += add_bulletin(self.store, b, self.actor, work)
                    imported.append(b.id)
        report.imported += imported
        report.facts += n_facts
        self.batch.clear()
        self.tell()


def import_seeds_if_empty(store: Store, *, actor: str) -> ImportReport | None:
    """On the first run of an empty store, import the shipped seed bulletins."""
    empty = store.db.execute("SELECT COUNT(*) FROM bulletins").fetchone()[0] == 0
    if not empty or not seeds_dir().is_dir():
        return None
    return import_paths(store, [seeds_dir()], actor=actor, source_root=seeds_dir().parent)
