"""Work on a stream of bulletins (extraction, above all), on every core the user gives.

Extraction is the slow part of an import (about 45 bulletins a second on one core); writing to
the store is not. `Extraction` takes bulletins in order and hands back each with what `work`
made of it (by default its suggested facts) in the same order. The first few are worked on in
this process; once more than `pool_after` have come, the rest go to `jobs` worker processes,
because a worker costs about half a second to start (it imports the extractor and loads its
lexicons) and a small import would only wait for it. Workers are spawned, not forked, so a
window's threads and open store are never copied into them; a worker whose parent dies exits
by itself.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any, Generic, TypeVar

from annotator.extract import extract
from annotator.models import Bulletin

POOL_AFTER = 24  # bulletins extracted here before workers are worth starting
AHEAD = 4  # bulletins queued per worker, so no worker waits while this process writes
MAX_DEFAULT_JOBS = 8

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the
    machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_jobs() -> int:
    """Workers for an import when the user does not say: one per core, at most
    `MAX_DEFAULT_JOBS` (a worker holds about 60 MB, and past a handful of workers the one
    process that stores the results sets the pace)."""
    return min(available_cores(), MAX_DEFAULT_JOBS)


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:  # the importer was killed: nobody will read our results
            os._exit(1)


def _worker_start(parent: int) -> None:
    # Ctrl+C reaches the whole process group; the importer decides what to stop, not us
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


@dataclass
class _Pending(Generic[T, R]):
    tag: T
    bulletin: Bulletin
    future: Future[R] | None = None
    result: R | None = None


class Extraction(Generic[T, R]):
    """Bulletins in, (tag, bulletin, work(bulletin)) out in the order they came in. `work`
    runs in the workers, so it must be a module-level function; what it returns travels back
    pickled (plain tuples and strings travel far faster than models).

    Use as a context manager: leaving it stops the workers, dropping work not yet collected.
    """

    def __init__(self, jobs: int = 1, pool_after: int = POOL_AFTER,
                 work: Callable[[Bulletin], R] = extract) -> None:  # type: ignore[assignment]
        self.jobs = max(1, jobs)
        self.pool_after = pool_after
        self.work = work
        self._seen = 0
        self._pool: ProcessPoolExecutor | None = None
        self._queue: deque[_Pending[T, R]] = deque()
        self._broken = False

    def __enter__(self) -> Extraction[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers; what was submitted and not collected is dropped."""
        self._queue.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    @property
    def parallel(self) -> bool:
        """Whether worker processes are running."""
        return self._pool is not None

    def submit(self, tag: T, bulletin: Bulletin) -> None:
        """Queue `bulletin`; `tag` comes back with it."""
        self._seen += 1
        job: _Pending[T, R] = _Pending(tag, bulletin)
        pool = self._workers()
        if pool is not None:
            try:
                job.future = pool.submit(self.work, bulletin)
            except BrokenProcessPool:  # a worker died since the last bulletin
                self._give_up_workers()
        if job.future is None:
            job.result = self.work(bulletin)
        self._queue.append(job)

    def ready(self) -> Iterator[tuple[T, Bulletin, R]]:
        """The bulletins whose turn has come and whose facts are ready; waits only when
        enough are queued that every worker is busy."""
        while self._queue and (self._done(self._queue[0])
                               or len(self._queue) > self.jobs * AHEAD):
            yield self._take()

    def drain(self) -> Iterator[tuple[T, Bulletin, R]]:
        """Every bulletin still queued, waiting for its facts."""
        while self._queue:
            yield self._take()

    def _workers(self) -> ProcessPoolExecutor | None:
        if self._pool is None and not self._broken and self.jobs > 1 \
                and self._seen > self.pool_after:
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=get_context("spawn"),
                initializer=_worker_start, initargs=(os.getpid(),))
        return self._pool

    def _give_up_workers(self) -> None:
        """A worker died (killed, out of memory): the pool is broken, so what it held is done
        again here, and so is everything after."""
        self._broken = True
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        for rest in self._queue:
            if rest.future is not None:
                rest.future, rest.result = None, self.work(rest.bulletin)

    @staticmethod
    def _done(job: _Pending[Any, Any]) -> bool:
        return job.future is None or job.future.done()

    def _take(self) -> tuple[T, Bulletin, R]:
        job = self._queue.popleft()
        if job.future is not None:
            try:
                job.result = job.future.result()
            except BrokenProcessPool:
                self._give_up_workers()
                job.result = self.work(job.bulletin)
        return job.tag, job.bulletin, job.result  # type: ignore[return-value]
