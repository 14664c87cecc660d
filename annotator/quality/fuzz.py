"""Damaged bulletins for robustness runs: real texts cut, glued, spliced and sprinkled with
the characters machine translation and copy-paste leave behind. Extraction must survive every
one: no exception, every evidence span inside the text, no draft dropped by validation."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator

from annotator.extract import extract
from annotator.ingest import parse_text

_PIECES = [*"abcdefghijklmnopqrstuvwxyz ,.;:-–—“”\"'’()0123456789%$€£\n\u00a0\u200b",
           "di", "non", " e ", "all of which", "of the", "killed", "ferite", "no one was hurt",
           "a 449-year-old man", "two of the", "bringing its count to", "across Ukraine"]


def mutants(texts: list[str], n: int, seed: int = 1) -> Iterator[str]:
    """`n` damaged copies of `texts`, the same for the same seed."""
    rng = random.Random(seed)
    for _ in range(n):
        t = list(rng.choice(texts))
        for _ in range(rng.randint(1, 40)):
            op, pos = rng.random(), rng.randrange(max(1, len(t)))
            if op < 0.4:
                del t[pos:pos + rng.randint(1, 5)]
            elif op < 0.8:
                t[pos:pos] = list(rng.choice(_PIECES))
            else:  # splice a stretch of the text somewhere else
                a = rng.randrange(max(1, len(t)))
                t[pos:pos] = t[a:a + rng.randint(5, 200)]
        yield "".join(t)


class _Dropped(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def problems(text: str) -> list[str]:
    """What went wrong extracting `text`: an exception, a span outside it, a dropped draft."""
    handler = _Dropped()
    log = logging.getLogger("annotator.extract.pipeline")
    log.addHandler(handler)
    try:
        bulletin = parse_text(text)
        out = [f"{f.kind} evidence {s.start}-{s.end} outside 0-{len(bulletin.text)}"  # type: ignore[attr-defined]
               for f in extract(bulletin, strict=True) for s in f.evidence
               if not 0 <= s.start < s.end <= len(bulletin.text)]
    except Exception as exc:  # the point is to catch anything
        out = [f"{type(exc).__name__}: {exc}"]
    finally:
        log.removeHandler(handler)
    return out + handler.messages
