"""Robustness run: extraction over thousands of damaged bulletins (the CI test runs a few
hundred). Prints how many failed and what went wrong, and the rate.

Run: python bench/extract_fuzz.py [--n 5000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from annotator.quality.fuzz import mutants, problems

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for folder in ("gold", "holdout")
             for p in sorted((ROOT / "tests" / folder).glob("*.json"))]
    t = time.process_time()
    failed = 0
    for text in mutants(texts, args.n, args.seed):
        if found := problems(text):
            failed += 1
            if failed <= 5:
                print("  ", found[0][:200])
    took = time.process_time() - t
    print(f"damaged bulletins: {args.n}, failed: {failed}, {args.n / took:,.0f} per second")


if __name__ == "__main__":
    main()
