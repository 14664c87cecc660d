"""Extraction on large and hostile inputs: does the cost stay linear in the text's length?

Run: python bench/extract_scaling.py [--max-copies N]
Glues the seed and the gold bulletins (88,500 characters) into one text 1, 10 and N times over
(N = 60 by default: 5.3 MB) and prints characters per second of CPU time at each size and the
ratio of the largest to the smallest rate (1.0 = linear); then times texts that are not
bulletins (a recipe, Unicode noise, 5 MB of lorem ipsum, 5 MB of random English words) and
prints how many facts each gave.
"""

from __future__ import annotations

import argparse
import random
import time

from extract_throughput import corpus

from annotator.extract import extract
from annotator.ingest import parse_text


def _timed(text: str) -> tuple[float, int]:
    t = time.process_time()
    n = len(extract(parse_text(text)))
    return time.process_time() - t, n


def _random_words(n_lines: int) -> str:
    rng = random.Random(1)
    words = ("the of and a to in is was that for it with as his on be at by had not are but "
             "from or have an they which one you were her all she there would their we him "
             "been has when who will more no if out so said what up its about two three Mr "
             "people years first time new some could these may then other only after").split()
    return "\n".join(" ".join(rng.choice(words) for _ in range(25)) + "." for _ in range(n_lines))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-copies", type=int, default=60)
    args = ap.parse_args()
    glued = "\n".join(corpus())
    extract(parse_text(glued))  # loads gazetteers and lexicons, compiles lazy patterns
    rates = []
    for copies in sorted({1, 10, args.max_copies}):
        text = "\n".join([glued] * copies)
        secs, n = _timed(text)
        rates.append(len(text) / secs)
        print(f"{copies:>5} copies {len(text):>11,} chars {secs:8.2f} s  "
              f"{rates[-1]:>10,.0f} chars/s  {n:,} facts")
    print(f"rate at the largest size / rate at the smallest: {rates[-1] / rates[0]:.2f}")
    rng = random.Random(2)
    hostile = {
        "recipe": "Pasta\nIngredienti\n- 200 g di spaghetti\n- 2 uova\nCuocere 10 minuti.\n",
        "Unicode noise, 1 MB": "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(1_000_000)),
        "lorem ipsum, 5 MB, one line": ("Lorem ipsum dolor sit, 12 elit. " * 160000)[:5_000_000],
        "lorem ipsum, 5 MB, lines": ("Lorem ipsum dolor sit, 12 elit.\n" * 160000)[:5_000_000],
        "random English words, 5 MB": _random_words(40000)[:5_000_000],
    }
    for name, text in hostile.items():
        secs, n = _timed(text)
        print(f"{name:30s} {len(text):>11,} chars {secs:8.2f} s  {n} facts")


if __name__ == "__main__":
    main()
