"""Imports that extract in worker processes store exactly what a one-process import stores,
in the same order, and survive a stop, a dead worker and a killed importer."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from annotator.extract import extract
from annotator.ingest import parse_text
from annotator.models import FactBase
from annotator.ops import importing
from annotator.ops.importing import ImportProgress, import_paths
from annotator.ops.parallel import Extraction
from annotator.store import open_store

GOLD = Path(__file__).resolve().parents[1] / "gold"


def _texts(n: int) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"]
            for p in sorted(GOLD.glob("*.json"))[:n]]


def _folder(tmp_path: Path, n: int, name: str = "in") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i, text in enumerate(_texts(n)):
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _rows(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT b.seq, f.bulletin_id, f.seq, f.id, f.kind, f.confidence, f.fields, "
            "f.evidence FROM facts f JOIN bulletins b ON b.id = f.bulletin_id "
            "ORDER BY b.seq, f.seq").fetchall()
    finally:
        conn.close()


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM bulletins").fetchone()[0])
    finally:
        conn.close()


def test_workers_store_what_one_process_stores(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, 10)
    (folder / "copy.txt").write_text(_texts(1)[0], encoding="utf-8")  # a duplicate in the batch
    serial = import_paths(open_store(tmp_path / "one.db"), [folder], actor="t")
    monkeypatch.setattr(importing, "POOL_AFTER", 0)  # workers from the first bulletin
    workers: list[int] = []
    seen: list[ImportProgress] = []

    def progress(p: ImportProgress) -> None:
        seen.append(p)
        workers.append(len(multiprocessing.active_children()))

    parallel = import_paths(open_store(tmp_path / "many.db"), [folder], actor="t", jobs=2,
                            progress=progress)
    assert max(workers) >= 2, "the import did not run in worker processes"
    assert parallel.imported == serial.imported and len(parallel.imported) == 10
    assert parallel.duplicates == serial.duplicates == [str(folder / "copy.txt")]
    assert parallel.facts == serial.facts > 0
    assert _rows(tmp_path / "many.db") == _rows(tmp_path / "one.db")
    assert seen[-1] == ImportProgress(11, 11, 10, serial.facts)
    assert multiprocessing.active_children() == []  # the workers are gone afterwards


def test_a_stopped_import_keeps_what_it_stored_and_resumes(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    folder = _folder(tmp_path, 12)
    monkeypatch.setattr(importing, "POOL_AFTER", 0)
    store = open_store(tmp_path / "s.db")
    stored: list[int] = []
    report = import_paths(store, [folder], actor="t", jobs=2,
                          progress=lambda p: stored.append(p.imported),
                          stop=lambda: bool(stored) and stored[-1] >= 3)
    assert report.stopped and "Stopped before the end" in report.summary()
    assert 3 <= len(report.imported) < 12
    assert _count(tmp_path / "s.db") == len(report.imported)
    again = import_paths(store, [folder], actor="t", jobs=2)
    assert not again.stopped
    assert len(again.duplicates) == len(report.imported)
    assert len(again.imported) == 12 - len(report.imported)


@pytest.mark.parametrize("killed_after", [3, 6])
def test_a_dead_worker_costs_nothing(tmp_path: Path, killed_after: int) -> None:
    bulletins = [parse_text(t) for t in _texts(6)]
    with Extraction[int, list[FactBase]](jobs=2, pool_after=0) as ex:
        for i, b in enumerate(bulletins):
            if i == killed_after:
                time.sleep(0.5)  # the pool notices its dead worker
            ex.submit(i, b)
            if i + 1 == killed_after:
                assert ex.parallel and ex._pool is not None
                for pid in list(ex._pool._processes):  # the system runs out of memory, say
                    os.kill(pid, signal.SIGKILL)
        out = list(ex.drain())
        assert not ex.parallel  # what remained was extracted here
    assert [i for i, _, _ in out] == list(range(6))
    for (_, b, got), want in zip(out, bulletins, strict=True):
        assert got == extract(want) and b is want


_KILLED_IMPORTER = textwrap.dedent("""
    import os, signal, sys
    from annotator.ingest import parse_text
    from annotator.ops.parallel import Extraction
    ex = Extraction(jobs=2, pool_after=0)
    b = parse_text(open(sys.argv[1], encoding="utf-8").read())
    for i in range(4):
        ex.submit(i, b)
    list(ex.drain())
    print(" ".join(str(pid) for pid in ex._pool._processes), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_importer_is_killed(tmp_path: Path) -> None:
    text = tmp_path / "b.txt"
    text.write_text(_texts(1)[0], encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", _KILLED_IMPORTER, str(text)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == -signal.SIGKILL, run.stderr
    pids = [int(p) for p in run.stdout.split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids), "orphaned workers kept running"


def test_ctrl_c_stops_the_cli_import_cleanly(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 60)
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "annotator", "--store", str(db), "import", str(folder),
           "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if db.exists() and _stored(db) >= 3:
            proc.send_signal(signal.SIGINT)
            break
        time.sleep(0.05)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (out, err)
    assert "Stopped before the end" in out and "Traceback" not in err
    kept = _count(db)
    assert 3 <= kept < 60 and out.startswith(f"Stopped before the end: {kept} imported")
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{60 - kept} imported" in again.stdout
    assert f"{kept} already in the store" in again.stdout


def _stored(db: Path) -> int:
    try:
        return _count(db)
    except sqlite3.Error:  # the store is still being created
        return 0


@pytest.mark.parametrize("value, message", [("0", "give 1 or more"),
                                            ("-2", "give 1 or more"),
                                            ("two", "not a whole number")])
def test_bad_jobs_are_refused(tmp_path: Path, value: str, message: str) -> None:
    run = subprocess.run([sys.executable, "-m", "annotator", "--store", str(tmp_path / "s.db"),
                          "import", str(tmp_path), "--jobs", value],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and message in run.stderr
    assert not (tmp_path / "s.db").exists()


def test_a_bulletin_the_extractor_fails_on_is_reported_and_the_rest_imported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, 4)
    bad = parse_text(_texts(4)[2]).id
    real = importing.extract

    def flaky(b):  # type: ignore[no-untyped-def]
        if b.id == bad:
            raise ValueError("a rule tripped")
        return real(b)

    monkeypatch.setattr(importing, "extract", flaky)
    report = import_paths(open_store(tmp_path / "s.db"), [folder], actor="t")
    assert len(report.imported) == 3 and bad not in report.imported
    assert [str(e) for e in report.failures] == [
        f"{folder / '002.txt'}: the extractor failed on it (ValueError: a rule tripped); "
        "not imported"]
    assert _count(tmp_path / "s.db") == 3


def test_two_imports_of_the_same_folder_at_once_share_it(tmp_path: Path) -> None:
    """Both on a store that does not exist yet: one creates it, the other waits for that."""
    folder = _folder(tmp_path, 30)
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "annotator", "--store", str(db), "import", str(folder),
           "--jobs", "1"]
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outs
    imported = [int(out.split(" imported")[0]) for out, _ in outs]
    already = [int(out.split(", ")[1].split(" already")[0]) for out, _ in outs]
    assert sum(imported) == 30 and already == imported[::-1]
    alone = import_paths(open_store(tmp_path / "alone.db"), [folder], actor="t")
    assert _count(db) == 30
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == alone.facts
    conn.close()


def test_a_store_locked_part_way_stops_the_import_and_says_how_far_it_got(
        tmp_path: Path) -> None:
    from annotator.errors import StoreError

    db = tmp_path / "s.db"
    store = open_store(db)
    store.db.execute("PRAGMA busy_timeout = 200")  # not the ten seconds a window waits
    other = sqlite3.connect(db, isolation_level=None)

    def lock_once_some_are_stored(p: ImportProgress) -> None:
        if p.imported and not other.in_transaction:  # another program writes, and holds on
            other.execute("BEGIN IMMEDIATE")

    folder = _folder(tmp_path, 7)
    with pytest.raises(StoreError) as err:
        import_paths(store, [folder], actor="t", progress=lock_once_some_are_stored)
    assert str(err.value).startswith("another program held the store locked (database is "
                                     "locked); the 4 bulletins imported before it stay")
    assert _count(db) == 4
    other.rollback()
    other.close()
    rest = import_paths(store, [folder], actor="t")  # the same files again: the rest
    assert len(rest.imported) == 3 and len(rest.duplicates) == 4 and _count(db) == 7


def test_the_cli_says_when_another_program_holds_the_store_locked(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(db).close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:  # the CLI waits the store's busy timeout (10 s), then gives up
        r = subprocess.run([sys.executable, "-m", "annotator", "--store", str(db), "import",
                            str(_folder(tmp_path, 1))], capture_output=True, text=True,
                           timeout=120)
    finally:
        other.rollback()
        other.close()
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "another program held the store locked" in r.stderr
    assert "nothing was imported, try again when it is done" in r.stderr
    assert _count(db) == 0
