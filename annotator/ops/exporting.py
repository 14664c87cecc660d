"""Export a store as a v1 JSONL dataset, written to a temporary file then moved into place,
so a failed export never leaves half a file under the requested name."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from annotator.errors import AnnotatorError, Stopped
from annotator.export.jsonl import line, record
from annotator.models import FactStatus, ReviewStatus
from annotator.store import Store, bulletins, facts

StatusFilter = Literal["approved", "all"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def export_jsonl(store: Store, out: Path, *, status: StatusFilter = "approved",
                 progress: Callable[[int, int], None] | None = None,
                 stop: Callable[[], bool] | None = None) -> tuple[int, int]:
    """Write the dataset; returns (bulletins, facts) written.

    "approved": approved bulletins with their approved facts (the gold dataset);
    "all": every bulletin with every fact and its status.
    `stop` returning true raises `Stopped`, and nothing is written (an earlier file under
    the name stays as it was).
    """
    out = Path(out)
    if out.is_dir():
        raise AnnotatorError(f"{out}: is a folder; give a file name such as {out}/dataset.jsonl")
    if not out.parent.exists():
        raise AnnotatorError(f"{out.parent}: no such folder")
    n_bulletins = n_facts = 0
    only = ReviewStatus.APPROVED if status == "approved" else None
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh, store.reading():
            total = bulletins.count(store, only)
            for n, b in enumerate(bulletins.iter_all(store, only), start=1):
                review = bulletins.review(store, b.id)
                fs = facts.plain_for_bulletin(store, b.id)  # validated once, in the record
                if only is not None:
                    fs = [f for f in fs if f["status"] == FactStatus.APPROVED.value]
                fh.write(line(record(b, fs, review)))
                n_bulletins += 1
                n_facts += len(fs)
                if progress:
                    progress(n, total)
                if stop is not None and stop():
                    raise Stopped(f"{out}: export stopped after {n} of {total} bulletins; "
                                  "nothing was written")
            fh.flush()
            os.fsync(fh.fileno())
        # a temporary file is private (0600); a dataset is a file like any other
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n_bulletins, n_facts
