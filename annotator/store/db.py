"""open_store(): the only way in. Pragmas, version check, backup, migrations."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from annotator.errors import StoreError, StoreTooNewError
from annotator.store import migrations


@dataclass
class Store:
    db: Database
    path: Path

    def close(self) -> None:
        self.db.close()

    def data_version(self) -> int:
        """Changes when another connection commits (a second window, the CLI)."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])


def open_store(path: Path) -> Store:
    """Open (creating if needed) the SQLite store at `path` and bring its schema up to date."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create the store's folder ({exc.strerror})") \
            from exc
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
        raise StoreError(f"{path}: not an annotator store or a damaged SQLite file ({exc})") \
            from exc
    unknown = applied - migrations.known_names()
    if unknown:
        db.close()
        raise StoreTooNewError(
            f"{path}: this store was written by a newer Bulletin Annotator "
            f"(unknown migrations: {', '.join(sorted(unknown))}); upgrade the app to open it")
    if existed and migrations.pending(db):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.name}.{stamp}.bak")
        db.execute("PRAGMA wal_checkpoint(FULL)")
        shutil.copy2(path, backup)
    migrations.apply(db)
    return Store(db=db, path=path)
