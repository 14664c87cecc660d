"""Where extraction time goes: CPU time per stage over the seed and the gold set.

Run: python bench/extract_stages.py [--rounds N]
Prints, for each stage of `annotator.extract.pipeline`, its share of the time and the share
spent on items where it found nothing (what a cheap pre-filter could save at most). The
stages are timed by wrapping the pipeline's own functions in this process; nothing in the
package is changed.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from extract_throughput import corpus

import annotator.extract.pipeline as pipeline
from annotator.ingest import parse_text

STAGES = ("extract_incidents", "extract_air_defence", "extract_statements", "extract_figures",
          "_to_fact")
LABELS = {"parse_text": "parse (header, sections, items)", "Ctx": "context (people named)",
          "extract_incidents": "strikes and casualties", "extract_air_defence": "air defence",
          "extract_statements": "statements and commitments", "extract_figures": "figures",
          "_to_fact": "facts validated (pydantic)"}
FINDERS = ("extract_incidents", "extract_air_defence", "extract_statements", "extract_figures")


def _timed(name: str, func: Callable[..., Any], spent: dict[str, float],
           idle: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        result = func(*args, **kwargs)
        dt = time.process_time() - t
        spent[name] += dt
        if not result:
            idle[name] += dt
        return result
    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = corpus()
    pipeline.extract(parse_text(texts[0]))  # load the gazetteers and lexicons once
    spent: dict[str, float] = defaultdict(float)
    idle: dict[str, float] = defaultdict(float)
    for name in STAGES:
        setattr(pipeline, name, _timed(name, getattr(pipeline, name), spent, idle))
    pipeline.Ctx = _timed("Ctx", pipeline.Ctx, spent, idle)  # type: ignore[misc, assignment]
    parse = _timed("parse_text", parse_text, spent, idle)
    t0 = time.process_time()
    for _ in range(args.rounds):
        for text in texts:
            pipeline.extract(parse(text))
    total = time.process_time() - t0
    n = len(texts) * args.rounds
    print(f"bulletins: {len(texts)} x {args.rounds} rounds, {n / total:,.1f} bulletins/s "
          "(wrapped, so a little slower than extract_throughput.py)")
    print(f"{'stage':36s} {'share':>7s} {'ms/bulletin':>12s} {'of it on items with none':>25s}")
    for name in ("parse_text", "Ctx", *STAGES):
        idle_share = f"{idle[name] / total:25.1%}" if name in FINDERS else f"{'':25s}"
        print(f"{LABELS[name]:36s} {spent[name] / total:7.1%} {1000 * spent[name] / n:12.2f} "
              f"{idle_share}")
    rest = total - sum(spent.values())
    print(f"{'the rest (sentences, links, ids)':36s} {rest / total:7.1%} {1000 * rest / n:12.2f}")


if __name__ == "__main__":
    main()
