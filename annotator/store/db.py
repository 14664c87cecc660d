"""open_store(): the only way in. Pragmas, version check, backup, migrations."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from annotator.errors import StoreError, StoreTooNewError
from annotator.store import migrations


def not_written(exc: Exception) -> str:
    """What kept a change from the store, in a reviewer's words."""
    if isinstance(exc, StoreError):
        return str(exc)
    why = "another program held the store locked" if "locked" in str(exc) else \
        "the store could not be written"
    return f"{why} ({exc})"


def cut_short(exc: Exception, done: int, what: str, again: str) -> StoreError:
    """The error of a long write the store stopped part-way: what stopped it, how many
    bulletins were `what` ("imported") before it and stay so, and what `again` does."""
    kept = (f"the {done} bulletin{'s' * (done != 1)} {what} before it stay {what}, and {again}"
            if done else f"nothing was {what}, try again when it is done")
    return StoreError(f"{not_written(exc)}; {kept}")


@dataclass
class Store:
    db: Database
    path: Path

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """A transaction that holds the write lock from its start, so what it reads (is this
        bulletin stored yet?) cannot be changed by another connection before it writes; a
        second writer waits up to the busy timeout. Inside another transaction, a savepoint."""
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # waited the busy timeout: nothing written
            raise StoreError(not_written(exc)) from exc
        try:
            yield self
            self.db.execute("COMMIT")
        except BaseException:
            self.db.conn.rollback()  # a failed COMMIT too leaves the transaction open
            raise

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """One snapshot for every read inside (a long export reads the store as it was when
        it began, whatever another window writes meanwhile; readers never block writers)."""
        if self.db.conn.in_transaction:
            yield self
            return
        self.db.execute("BEGIN")
        try:
            yield self
        finally:
            self.db.conn.rollback()  # nothing was written: ending the snapshot is all

    def data_version(self) -> int:
        """Changes when another connection commits (a second window, the CLI)."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])


@contextmanager
def _opening(path: Path) -> Iterator[None]:
    """Only one process at a time sets up a store (journal mode, migrations, backup): a lock
    on `NAME.lock` beside it, held for the set-up only. Where the system has no advisory file
    locks, no lock (a first run is then only as safe as SQLite alone makes it)."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    try:
        lock = open(path.with_name(path.name + ".lock"), "a")  # noqa: SIM115 - held below
    except OSError as exc:
        raise StoreError(f"{path.parent}: you cannot write in this folder ({exc.strerror}), "
                         "and a store keeps its lock and journal files beside it; keep the "
                         "store in a folder of yours") from exc
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # waits for the other process's set-up, not longer
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def open_store(path: Path, *, write: bool = True, create: bool = True) -> Store:
    """Open (creating if needed) the SQLite store at `path` and bring its schema up to date.
    `write=False` is for those who only read it (an export): a store whose file is read-only
    for the user opens then, and is refused with a message otherwise, before anything fails
    half-way through an edit or an import. A store that does not exist is created only for
    one who writes and may create (`create=False`: a refresh has nothing to work on); else
    "no such store", and nothing, not even its folder, is made."""
    path = Path(path).expanduser()
    create = create and write
    there = True  # a folder that cannot be looked into is there, but out of reach
    try:
        there = path.parent.is_dir()
        exists = there and path.exists()
        if not there and create:
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        what = "reach" if there else "create"
        raise StoreError(f"{path.parent}: cannot {what} the store's folder ({exc.strerror})") \
            from exc
    if not create and not exists:  # a store that is not there: a wrong --store, say
        raise StoreError(f"{path}: no such store")
    if write and exists and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: this store is read-only for you, and reviewing or importing "
                         "changes it; exporting only reads it (annotator export), or copy it "
                         "to review it")
    with _opening(path):  # two processes opening a new store must not both create it
        existed = path.exists() and path.stat().st_size > 0
        try:
            conn = sqlite3.connect(path, timeout=10.0, isolation_level=None,
                                   check_same_thread=False)
            db = Database(conn)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA busy_timeout = 10000")
            db.enable_wal()
            db.execute("PRAGMA synchronous = FULL")
            applied = migrations.applied_names(db)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise StoreError(f"{path}: another program holds the store locked ({exc}); "
                                 f"try again when it is done") from exc
            raise StoreError(f"{path}: not an annotator store or a damaged SQLite file "
                             f"({exc})") from exc
        unknown = applied - migrations.known_names()
        if unknown:
            db.close()
            raise StoreTooNewError(
                f"{path}: this store was written by a newer Bulletin Annotator "
                f"(unknown migrations: {', '.join(sorted(unknown))}); upgrade the app to open "
                f"it")
        if existed and migrations.pending(db):
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = path.with_name(f"{path.name}.{stamp}.bak")
            db.execute("PRAGMA wal_checkpoint(FULL)")
            shutil.copy2(path, backup)
        migrations.apply(db)
    return Store(db=db, path=path)
