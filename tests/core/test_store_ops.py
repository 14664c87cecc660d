import json
import os
import sqlite3
from pathlib import Path

import pytest

from annotator.errors import EditError, StoreTooNewError
from annotator.models import BulletinRecord, FactKind, FactStatus, ReviewStatus
from annotator.ops import review
from annotator.ops.exporting import export_jsonl
from annotator.ops.importing import import_paths
from annotator.store import audit, bulletins, facts, open_store


def test_reimport_does_not_duplicate(seeded_store: Path, seed_path: Path) -> None:
    store = open_store(seeded_store)
    report = import_paths(store, [seed_path], actor="t")
    assert report.imported == [] and len(report.duplicates) == 1
    assert store.db.execute("SELECT COUNT(*) FROM bulletins").fetchone()[0] == 1


def test_store_is_wal_with_schema_version(store_path: Path) -> None:
    store = open_store(store_path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r["name"] for r in store.db.query("SELECT name FROM _sqlite_migrations")}
    assert "m001_initial" in names


def test_store_from_a_newer_version_is_refused(store_path: Path) -> None:
    open_store(store_path).close()
    conn = sqlite3.connect(store_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('annotator', 'm999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreTooNewError, match="newer"):
        open_store(store_path)


def test_batch_import_reports_failures_and_imports_the_rest(tmp_path: Path,
                                                            seed_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "recipe.md").write_text("Pasta\nBoil water and add salt.\n", encoding="utf-8")
    store = open_store(tmp_path / "s.db")
    report = import_paths(store, [folder, tmp_path / "missing.txt"], actor="t")
    assert len(report.imported) == 1
    failed = " ".join(str(e) for e in report.failures)
    assert "empty.txt" in failed and "recipe.md" in failed and "missing.txt" in failed
    assert "does not look like a bulletin" in failed


def _first(store, kind: str):  # type: ignore[no-untyped-def]
    bid = bulletins.queue(store)[0].id
    return bid, next(f for f in facts.for_bulletin(store, bid) if f.kind == kind)


def test_edits_validate_and_change_nothing_when_refused(seeded_store: Path) -> None:
    store = open_store(seeded_store)
    _bid, fact = _first(store, "casualty")
    before = facts.get(store, fact.id)
    for name, value, words in [("count", -3, "greater than or equal to 0"),
                               ("count", "many", "integer"), ("age", 400, "less than"),
                               ("country", "Ukraine", "ISO 3166-1"),
                               ("region_code", "Kharkiv", "ISO 3166-2"),
                               ("date", "yesterday", "date"), ("outcome", "dead", "killed"),
                               ("nonsense", 1, "no field")]:
        with pytest.raises(EditError, match=words):
            review.edit_field(store, fact.id, name, value, actor="t")
    assert facts.get(store, fact.id) == before
    review.edit_field(store, fact.id, "count", 2, actor="t")
    after = facts.get(store, fact.id)
    assert after.fields.count == 2 and after.status == FactStatus.CORRECTED
    rows = audit.for_fact(store, fact.id)
    assert any(r["action"] == "edit" and r["field"] == "count" and json.loads(r["after"]) == 2
               for r in rows)


def test_approve_bulletin_and_export(seeded_store: Path, tmp_path: Path) -> None:
    store = open_store(seeded_store)
    bid, fact = _first(store, "strike")
    review.set_fact_status(store, fact.id, FactStatus.REJECTED, actor="t")
    _, changed = review.approve_bulletin(store, bid, actor="t")
    assert fact.id not in changed
    statuses = {f.status for f in facts.for_bulletin(store, bid)}
    assert statuses == {FactStatus.APPROVED, FactStatus.REJECTED}
    assert bulletins.review(store, bid).status == ReviewStatus.APPROVED
    out = tmp_path / "gold.jsonl"
    n_b, n_f = export_jsonl(store, out, status="approved")
    [line] = out.read_text(encoding="utf-8").splitlines()
    rec = BulletinRecord.model_validate_json(line)
    assert n_b == 1 and len(rec.facts) == n_f and all(f.status == "approved" for f in rec.facts)
    assert rec.review.reviewers == ["t"]
    export_jsonl(store, tmp_path / "again.jsonl", status="approved")
    assert (tmp_path / "again.jsonl").read_bytes() == out.read_bytes()
    review.reopen_bulletin(store, bid, actor="t", restore=changed)
    assert bulletins.review(store, bid).status == ReviewStatus.IN_PROGRESS


def test_add_and_delete_fact_round_trip(seeded_store: Path) -> None:
    store = open_store(seeded_store)
    bid = bulletins.queue(store)[0].id
    from annotator.models import Span

    with pytest.raises(EditError, match="outside the text"):
        review.add_fact(store, bid, FactKind.FIGURE, actor="t",
                        evidence=[Span(start=0, end=10**7)])
    _, fid = review.add_fact(store, bid, FactKind.FIGURE, actor="t",
                             evidence=[Span(start=0, end=5)])
    _, fact, seq = review.delete_fact(store, fid, actor="t")
    review.restore_fact(store, bid, fact, seq, actor="t")
    assert facts.get(store, fid) == fact


def test_export_reads_the_store_as_it_was_when_it_began(tmp_path: Path, seed_path: Path) -> None:
    gold = sorted((Path(__file__).resolve().parents[1] / "gold").glob("*.json"))[:2]
    folder = tmp_path / "in"
    folder.mkdir()
    for p in gold:
        (folder / f"{p.stem}.txt").write_text(json.loads(p.read_text(encoding="utf-8"))["text"],
                                              encoding="utf-8")
    db = tmp_path / "s.db"
    store = open_store(db)
    import_paths(store, [folder], actor="t")
    first, second = (r.id for r in bulletins.queue(store))

    def meanwhile(n: int, total: int) -> None:  # another window rejects every fact of the 2nd
        if n == 1:
            other = sqlite3.connect(db)
            other.execute("UPDATE facts SET status = 'rejected' WHERE bulletin_id = ?", [second])
            other.commit()
            other.close()

    out = tmp_path / "all.jsonl"
    export_jsonl(store, out, status="all", progress=meanwhile)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [first, second]
    assert {f["status"] for f in records[1]["facts"]} == {"suggested"}
    # the change was made, and the next export shows it
    export_jsonl(store, out, status="all")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {f["status"] for f in records[1]["facts"]} == {"rejected"}


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_export_is_readable_as_any_new_file_is(seeded_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "dataset.jsonl"
    old = os.umask(0o022)
    try:
        export_jsonl(open_store(seeded_store), out, status="all")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_a_stopped_export_writes_nothing(seeded_store: Path, tmp_path: Path) -> None:
    from annotator.errors import Stopped

    out = tmp_path / "dataset.jsonl"
    out.write_text("the dataset exported last week\n", encoding="utf-8")
    with pytest.raises(Stopped, match="stopped after 1 of 1 bulletins; nothing was written"):
        export_jsonl(open_store(seeded_store), out, status="all", stop=lambda: True)
    assert out.read_text(encoding="utf-8") == "the dataset exported last week\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_ctrl_c_during_an_export_leaves_the_old_file(seeded_store: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from annotator import cli
    from annotator.ops import exporting

    out = tmp_path / "dataset.jsonl"
    out.write_text("last week's\n", encoding="utf-8")
    real = exporting.export_jsonl

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        def ctrl_c(n: int, total: int) -> None:
            raise KeyboardInterrupt
        return real(*args, **kwargs, progress=ctrl_c)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(exporting, "export_jsonl", interrupted)
        code = cli.main(["--store", str(seeded_store), "export", str(out), "--status", "all"])
    assert code == 130 and "export: stopped by Ctrl+C" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "last week's\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.fixture
def open_tmp():  # type: ignore[no-untyped-def]
    """A temporary folder others may enter (pytest's own are private to their owner)."""
    import shutil
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="annotator-test-"))
    path.chmod(0o755)
    yield path
    for p in [path, *path.rglob("*")]:
        if p.is_dir():
            p.chmod(0o755)
    shutil.rmtree(path)


def _as_nobody() -> list[str]:
    """A command prefix that runs as an unprivileged user (root writes read-only files)."""
    import shutil

    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_read_only_store_is_refused_for_import_and_exported(seeded_store: Path,
                                                               open_tmp: Path) -> None:
    import subprocess
    import sys

    folder = open_tmp / "shared"
    folder.mkdir()
    db = folder / "store.db"
    db.write_bytes(seeded_store.read_bytes())
    db.chmod(0o444)
    folder.chmod(0o777)  # the folder is writable: SQLite's journal files may be made
    bulletin = folder / "b.txt"
    bulletin.write_text("Russia-Ukraine war: List of key events, day 77\n"
                        "Published On 12 May 2022\nFighting\n- Russian shelling killed two "
                        "people in Derhachi, in the Kharkiv region, the governor said.\n",
                        encoding="utf-8")
    bulletin.chmod(0o644)
    run = [*_as_nobody(), sys.executable, "-m", "annotator", "--store", str(db)]
    imp = subprocess.run([*run, "import", str(bulletin)], capture_output=True, text=True,
                         timeout=120)
    assert imp.returncode == 1 and "Traceback" not in imp.stderr
    assert "this store is read-only for you" in imp.stderr
    exp = subprocess.run([*run, "export", str(folder / "out.jsonl"), "--status", "all"],
                         capture_output=True, text=True, timeout=120)
    assert exp.returncode == 0, exp.stderr
    assert "wrote 1 bulletins" in exp.stdout
    assert db.read_bytes() == seeded_store.read_bytes()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_store_in_a_folder_one_cannot_write_in_says_so(open_tmp: Path) -> None:
    import subprocess
    import sys

    folder = open_tmp / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    hidden = open_tmp / "hidden"
    hidden.mkdir()
    hidden.chmod(0o000)  # not even to be looked into
    for store, message in [(folder / "store.db", "you cannot write in this folder"),
                           (hidden / "store.db", "cannot reach the store's folder")]:
        run = subprocess.run([*_as_nobody(), sys.executable, "-m", "annotator", "--store",
                              str(store), "import", str(open_tmp / "b.txt")],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
        assert message in run.stderr


def test_exporting_a_store_that_is_not_there_creates_none(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    from annotator import cli

    missing = tmp_path / "typo.db"
    code = cli.main(["--store", str(missing), "export", str(tmp_path / "out.jsonl")])
    assert code == 1 and f"{missing}: no such store" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "out.jsonl").exists()


def test_an_edit_while_another_program_holds_the_store_locked_is_refused_whole(
        seeded_store: Path) -> None:
    from annotator.errors import StoreError

    store = open_store(seeded_store)
    store.db.execute("PRAGMA busy_timeout = 200")
    _bid, fact = _first(store, "casualty")
    before = facts.get(store, fact.id)
    other = sqlite3.connect(seeded_store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreError, match="another program held the store locked"):
        review.edit_field(store, fact.id, "count", 2, actor="t")
    other.rollback()
    other.close()
    assert facts.get(store, fact.id) == before and not store.db.conn.in_transaction
    review.edit_field(store, fact.id, "count", 2, actor="t")  # the lock is gone: it saves
    assert facts.get(store, fact.id).fields.count == 2  # type: ignore[attr-defined]
