"""Extraction throughput: bulletins per second on one core, over the seed and the gold set.

Run: python bench/extract_throughput.py [--rounds N]
Prints bulletins/s and characters/s over CPU time of this process (one process = one core;
CPU time, not wall time, so a busy neighbour on a shared machine does not count against it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from annotator.extract import extract
from annotator.ingest import parse_text

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for p in sorted((ROOT / "tests" / "gold").glob("*.json")):
        texts.append(json.loads(p.read_text(encoding="utf-8"))["text"])
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    texts = corpus()
    t0 = time.perf_counter()
    extract(parse_text(texts[0]))  # loads gazetteers and lexicons once
    load = time.perf_counter() - t0
    rates = []
    n_facts = 0
    for _ in range(args.rounds):
        t = time.process_time()
        for text in texts:
            n_facts += len(extract(parse_text(text)))
        rates.append(len(texts) / (time.process_time() - t))
    chars = sum(len(t) for t in texts)
    best, median = max(rates), statistics.median(rates)
    print(f"bulletins: {len(texts)} ({chars / len(texts):,.0f} characters on average)")
    print(f"resource loading (once per process): {load:.2f} s")
    print(f"throughput, one core: median {median:,.1f} bulletins/s, best {best:,.1f} bulletins/s")
    print(f"characters per second: {median * chars / len(texts):,.0f}")
    print(f"facts per bulletin: {n_facts / (len(texts) * args.rounds):.1f}")


if __name__ == "__main__":
    main()
