"""Import throughput: bulletins per second into a new store, in one process and with worker
processes extracting in parallel, and whether both stores hold the same facts.

Run: python bench/import_throughput.py [--copies N] [--jobs J]
The bulletins are the gold and holdout texts, written as .txt files to a temporary folder
(`--copies` writes each that many times with a line that makes it a different bulletin). Wall
time, since the point of the workers is to use more than one core.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from annotator.ops.importing import import_paths
from annotator.ops.parallel import available_cores
from annotator.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def write_folder(folder: Path, copies: int) -> int:
    n = 0
    for sub in ("gold", "holdout"):
        for p in sorted((ROOT / "tests" / sub).glob("*.json")):
            text = json.loads(p.read_text(encoding="utf-8"))["text"]
            for c in range(copies):
                # a copy needs different text to be a different bulletin (ids hash the text)
                body = text if c == 0 else f"{text}\n- Copy {c} of this bulletin for the bench.\n"
                (folder / f"{sub}_{p.stem}_{c}.txt").write_text(body, encoding="utf-8")
                n += 1
    return n


def facts_of(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT bulletin_id, seq, id, kind, confidence, fields, evidence "
                            "FROM facts ORDER BY bulletin_id, seq").fetchall()
    finally:
        conn.close()


def timed_import(folder: Path, db: Path, jobs: int) -> tuple[float, int, int]:
    store = open_store(db)
    t = time.perf_counter()
    report = import_paths(store, [folder], actor="bench", jobs=jobs)
    elapsed = time.perf_counter() - t
    store.close()
    assert not report.failures, report.failures[:3]
    return elapsed, len(report.imported), report.facts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=available_cores())
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        n = write_folder(folder, args.copies)
        one_s, one_n, one_f = timed_import(folder, Path(tmp) / "one.db", 1)
        many_s, many_n, many_f = timed_import(folder, Path(tmp) / "many.db", args.jobs)
        same = facts_of(Path(tmp) / "one.db") == facts_of(Path(tmp) / "many.db")
    print(f"bulletins: {n} files; cores available: {available_cores()}")
    print(f"one process:  {one_n} imported, {one_f:,} facts, {one_s:.1f} s, "
          f"{one_n / one_s:,.1f} bulletins/s")
    print(f"{args.jobs} workers:    {many_n} imported, {many_f:,} facts, {many_s:.1f} s, "
          f"{many_n / many_s:,.1f} bulletins/s")
    print(f"speed-up: {one_s / many_s:.2f}x; same facts in both stores: {same}")


if __name__ == "__main__":
    main()
