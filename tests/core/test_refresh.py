import subprocess
import sys
from pathlib import Path

from annotator.extract import ORIGIN, extract
from annotator.models import FactStatus
from annotator.ops import review
from annotator.ops.importing import import_paths
from annotator.ops.refreshing import refresh
from annotator.store import bulletins, facts, open_store

ROOT = Path(__file__).resolve().parents[2]
OLD = "rules/0.0.1"


def _age(store, bid: str, keep: int = 3) -> None:  # type: ignore[no-untyped-def]
    """Make the bulletin's suggestions look like an older extractor's: another origin, and
    only the first `keep` of them."""
    with store.db.atomic():
        store.db.execute("UPDATE facts SET origin = ? WHERE bulletin_id = ?", [OLD, bid])
        store.db.execute("DELETE FROM facts WHERE bulletin_id = ? AND seq > ?", [bid, keep])


def _second_bulletin(tmp_path: Path, seed_path: Path) -> Path:
    """The seed's text with another day number: a second bulletin to refresh or leave."""
    text = seed_path.read_text(encoding="utf-8").replace("1.413", "1.414", 1)
    assert text != seed_path.read_text(encoding="utf-8")
    path = tmp_path / "second.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_refresh_replaces_an_older_extractors_suggestions_and_leaves_reviewed_work(
        seeded_store: Path, seed_path: Path, tmp_path: Path) -> None:
    store = open_store(seeded_store)
    import_paths(store, [_second_bulletin(tmp_path, seed_path)], actor="t")
    first, second = (row.id for row in bulletins.queue(store))
    for bid in (first, second):
        _age(store, bid)
    # a reviewer has begun on the second: its facts stay as they are
    touched = facts.for_bulletin(store, second)[0]
    review.set_fact_status(store, touched.id, FactStatus.APPROVED, actor="maria")
    before_second = facts.for_bulletin(store, second)

    report = refresh(store, actor="lead")

    assert report.refreshed == [first] and report.removed == 3 and report.in_review == 1
    fresh = facts.for_bulletin(store, first)
    expected = extract(bulletins.get(store, first))
    assert [f.fields for f in fresh] == [f.fields for f in expected]  # type: ignore[attr-defined]
    assert report.written == len(expected) > 3
    assert {f.origin for f in fresh} == {ORIGIN}
    assert all(f.status == FactStatus.SUGGESTED for f in fresh)
    assert facts.for_bulletin(store, second) == before_second
    [row] = store.db.query("SELECT * FROM audit WHERE action = 'refresh'")
    assert row["bulletin_id"] == first
    assert row["actor"] == "lead" and OLD in row["before"] and ORIGIN in row["after"]

    # run again: everything is current or in review, nothing changes
    again = refresh(store, actor="lead")
    assert again.refreshed == [] and again.current == 1 and again.in_review == 1
    assert again.summary().startswith("nothing to refresh; left as they are: 1 already")


def test_refresh_leaves_approved_bulletins_and_stops_when_asked(seeded_store: Path) -> None:
    store = open_store(seeded_store)
    bid = bulletins.queue(store)[0].id
    _age(store, bid)
    stopped = refresh(store, actor="lead", stop=lambda: True)
    assert stopped.stopped and stopped.refreshed == [] and "Stopped" in stopped.summary()
    assert {f.origin for f in facts.for_bulletin(store, bid)} == {OLD}
    review.approve_bulletin(store, bid, actor="maria")
    approved = facts.for_bulletin(store, bid)
    report = refresh(store, actor="lead")
    assert report.refreshed == [] and report.approved == 1
    assert facts.for_bulletin(store, bid) == approved


def test_refresh_command_prints_what_it_did(seeded_store: Path) -> None:
    store = open_store(seeded_store)
    bid = bulletins.queue(store)[0].id
    _age(store, bid)
    store.close()
    r = subprocess.run([sys.executable, "-m", "annotator", "--store", str(seeded_store),
                        "refresh", "--jobs", "1"], capture_output=True, text=True, cwd=ROOT,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("1 bulletin refreshed (3 older suggestions replaced by ")
    r = subprocess.run([sys.executable, "-m", "annotator", "--store", str(seeded_store),
                        "refresh", "--jobs", "0"], capture_output=True, text=True, cwd=ROOT,
                       timeout=300)
    assert r.returncode == 2 and "give 1 or more" in r.stderr


def test_refresh_of_a_store_that_is_not_there_says_so_and_makes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "store.db"
    r = subprocess.run([sys.executable, "-m", "annotator", "--store", str(missing), "refresh"],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 1 and f"{missing}: no such store" in r.stderr and not r.stdout
    assert not (tmp_path / "no").exists()  # not even its folder


def _six_aged_bulletins(store, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Six bulletins (gold texts) whose suggestions look like an older extractor's."""
    import json

    folder = tmp_path / "six"
    folder.mkdir()
    for i, p in enumerate(sorted((ROOT / "tests" / "gold").glob("*.json"))[:6]):
        text = json.loads(p.read_text(encoding="utf-8"))["text"]
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    import_paths(store, [folder], actor="t")
    ids = [row.id for row in bulletins.queue(store)]
    for bid in ids:
        _age(store, bid)
    return ids


def test_a_store_locked_part_way_stops_the_refresh_and_says_how_far_it_got(
        store_path: Path, tmp_path: Path) -> None:
    import sqlite3

    import pytest

    from annotator.errors import StoreError

    store = open_store(store_path)
    ids = _six_aged_bulletins(store, tmp_path)
    store.db.execute("PRAGMA busy_timeout = 200")  # not the ten seconds a window waits
    other = sqlite3.connect(store_path, isolation_level=None)

    def lock_after_first_batch(done: int, total: int) -> None:
        if not other.in_transaction:  # another program begins to write, and holds on
            other.execute("BEGIN IMMEDIATE")

    with pytest.raises(StoreError) as err:
        refresh(store, actor="lead", progress=lock_after_first_batch)
    assert "another program held the store locked" in str(err.value)
    assert "the 4 bulletins refreshed before it stay refreshed" in str(err.value)
    origins = [{f.origin for f in facts.for_bulletin(store, bid)} for bid in ids]
    assert origins.count({ORIGIN}) == 4 and origins.count({OLD}) == 2
    other.rollback()
    other.close()
    rest = refresh(store, actor="lead")
    assert len(rest.refreshed) == 2 and rest.current == 4
