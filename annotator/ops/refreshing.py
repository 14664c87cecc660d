"""Refresh suggestions: the bulletins nobody has started reviewing get the current extractor's
suggestions in place of an older one's. A bulletin with any reviewed fact, or approved, is
left as it is: a reviewer's work is never mixed with new guesses."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from annotator.errors import StoreError
from annotator.extract import ORIGIN
from annotator.models import ReviewStatus
from annotator.ops.importing import COMMIT_EVERY, encoded_suggestions
from annotator.ops.parallel import Extraction
from annotator.store import Store, audit, bulletins, facts
from annotator.store.db import cut_short

StopFn = Callable[[], bool]
ProgressFn = Callable[[int, int], None]  # bulletins done, bulletins to refresh


@dataclass
class RefreshReport:
    refreshed: list[str] = field(default_factory=list)
    removed: int = 0  # older suggestions replaced
    written: int = 0  # suggestions of the current extractor written in their place
    current: int = 0  # bulletins whose suggestions are this extractor's already
    in_review: int = 0  # bulletins with a reviewed fact: left alone
    approved: int = 0  # approved bulletins: left alone
    failures: list[str] = field(default_factory=list)  # "id: what went wrong"
    stopped: bool = False

    def summary(self) -> str:
        n = len(self.refreshed)
        done = (f"{n} bulletin{'s' * (n != 1)} refreshed ({self.removed} older suggestions "
                f"replaced by {self.written} of {ORIGIN})" if n else "nothing to refresh")
        done += (f"; left as they are: {self.current} already {ORIGIN}, {self.in_review} in "
                 f"review, {self.approved} approved")
        if self.failures:
            done += f"; {len(self.failures)} failed"
        if self.stopped:
            return ("Stopped before the end: " + done + "; running it again refreshes the "
                    "rest")
        return done


_STALE = """
    SELECT b.id, b.review_status, COUNT(f.id), COALESCE(SUM(f.status != 'suggested'), 0),
           COALESCE(SUM(f.origin != ?), 0)
    FROM bulletins b LEFT JOIN facts f ON f.bulletin_id = b.id
    GROUP BY b.id
    ORDER BY b.report_date, b.day_number, b.seq
"""


# a bulletin nobody has started reviewing: not approved, and every fact still a suggestion
_UNTOUCHED = ("b.review_status != ? AND NOT EXISTS (SELECT 1 FROM facts f "
              "WHERE f.bulletin_id = b.id AND f.status != 'suggested')")


def _untouched(store: Store, bulletin_id: str) -> bool:
    """Whether nobody has started reviewing the bulletin."""
    return store.db.execute(f"SELECT 1 FROM bulletins b WHERE b.id = ? AND {_UNTOUCHED}",
                            [bulletin_id, ReviewStatus.APPROVED.value]).fetchone() is not None


def stale(store: Store) -> int:
    """How many bulletins nobody has started reviewing hold another extractor's suggestions:
    what a refresh would give this version's."""
    return int(store.db.execute(
        f"SELECT COUNT(*) FROM bulletins b WHERE {_UNTOUCHED} AND EXISTS "
        "(SELECT 1 FROM facts f WHERE f.bulletin_id = b.id AND f.origin != ?)",
        [ReviewStatus.APPROVED.value, ORIGIN]).fetchone()[0])


def refresh(store: Store, *, actor: str, jobs: int = 1, stop: StopFn | None = None,
            progress: ProgressFn | None = None) -> RefreshReport:
    """Re-extract every bulletin whose facts are all unreviewed suggestions of another
    extractor version (or that has none), a few bulletins to a commit; each is replaced whole
    or not at all, and checked again inside its transaction, so a fact a reviewer touches
    meanwhile in a window keeps the bulletin as it is."""
    report = RefreshReport()
    todo: list[str] = []
    for bid, status, n, reviewed, other in store.db.execute(_STALE, [ORIGIN]).fetchall():
        if status == ReviewStatus.APPROVED.value:
            report.approved += 1
        elif reviewed:
            report.in_review += 1
        elif n and not other:
            report.current += 1
        else:
            todo.append(bid)
    batch: list[tuple[str, list[facts.Encoded] | str]] = []
    done = 0  # bulletins extracted and stored (or left) so far
    committed = 0  # bulletins refreshed in transactions that committed

    def store_batch() -> None:
        nonlocal done, committed
        with store.writing():
            for bid, work in batch:
                if isinstance(work, str):
                    report.failures.append(f"{bid}: the extractor failed on it ({work})")
                    continue
                if not _untouched(store, bid):
                    report.in_review += 1  # a reviewer began on it meanwhile
                    continue
                old = store.db.execute("SELECT origin FROM facts WHERE bulletin_id = ?",
                                       [bid]).fetchall()
                if not old and not work:
                    report.current += 1  # nothing found then, nothing now
                    continue
                store.db.execute("DELETE FROM facts WHERE bulletin_id = ?", [bid])
                facts.insert_new(store, bid, work)
                audit.record(store, actor, "refresh", bulletin_id=bid,
                             before={"facts": len(old), "origins": sorted({o for o, in old})},
                             after={"facts": len(work), "origin": ORIGIN})
                report.refreshed.append(bid)
                report.removed += len(old)
                report.written += len(work)
        committed = len(report.refreshed)
        done += len(batch)
        batch.clear()
        if progress is not None:
            progress(done, len(todo))

    try:
        with Extraction[str, list[facts.Encoded] | str](jobs, work=encoded_suggestions) as run:
            for bid in todo:
                if stop is not None and stop():
                    report.stopped = True
                    break
                run.submit(bid, bulletins.get(store, bid))
                for tag, _, work in run.ready():
                    batch.append((tag, work))
                    if len(batch) == COMMIT_EVERY:
                        store_batch()
            if not report.stopped:
                for tag, _, work in run.drain():
                    batch.append((tag, work))
            store_batch()  # what is extracted already is stored, stopped or not
    except (StoreError, sqlite3.Error) as exc:  # a lock held too long, a full disk
        raise cut_short(exc, committed, "refreshed",
                        "running the refresh again refreshes the rest") from exc
    return report

