"""Fit the confidence model (annotator.extract.confidence) on a gold folder.

Run: python -m annotator.quality.calibration GOLD_DIR [--out FILE]

For every prediction of the extractor on the gold, the features its confidence is estimated
from and whether its key fields are right (`evaluate.judge`); then, per kind, an L2-regularised
logistic regression by Newton's method, in plain Python (a few thousand rows, a few dozen
features). Writes the weights with the extractor version and the gold they were fitted on;
the rules changing means fitting again (a test checks the version).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.extract.pipeline import ORIGIN, scored
from annotator.ingest import parse_text
from annotator.models import FactKind
from annotator.paths import resources_dir
from annotator.quality.evaluate import judge, load_gold

Row = tuple[dict[str, float], bool]
MIN_SEEN = 15  # a feature seen on fewer predictions of a kind is not given a weight
MIN_ROWS = 50  # fewer predictions of a kind than this fit nothing worth shipping
L2 = 1.0


def collect(folder: Path) -> tuple[dict[str, list[Row]], int]:
    """Per kind, (features, right) for every prediction on the gold; and how many bulletins."""
    rows: dict[str, list[Row]] = defaultdict(list)
    records = load_gold(folder)
    for record in records:
        pairs = scored(parse_text(record.text, record.source), strict=True)
        for (fact, feats), ok in zip(pairs, judge(record, [f for f, _ in pairs]),
                                     strict=True):
            rows[fact.kind].append((feats, ok))  # type: ignore[attr-defined]
    return rows, len(records)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b, by Gaussian elimination with partial pivoting (a is positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(rows: list[Row], iterations: int = 12) -> dict[str, float]:
    """Logistic regression weights for `rows`, by name; the bias is not regularised."""
    seen = Counter(name for feats, _ in rows for name in feats)
    names = sorted(name for name, n in seen.items() if n >= MIN_SEEN)
    index = {name: i for i, name in enumerate(names)}
    xs = [[(index[n], v) for n, v in feats.items() if n in index] for feats, _ in rows]
    ys = [1.0 if ok else 0.0 for _, ok in rows]
    if not names:
        return {}
    w = [0.0] * len(names)
    for _ in range(iterations):
        grad = [(L2 * wi if names[i] != "bias" else 0.0) for i, wi in enumerate(w)]
        hess = [[0.0] * len(names) for _ in names]
        for i, name in enumerate(names):
            if name != "bias":
                hess[i][i] = L2
        for x, y in zip(xs, ys, strict=True):
            z = sum(w[i] * v for i, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = p - y, max(p * (1.0 - p), 1e-9)
            for i, v in x:
                grad[i] += g * v
                row = hess[i]
                for k, u in x:
                    row[k] += h * v * u
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return {name: round(wi, 5) + 0.0 for name, wi in zip(names, w, strict=True)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--out", type=Path,
                    default=resources_dir() / "calibration" / "confidence.json")
    args = ap.parse_args(argv)
    try:
        rows, bulletins = collect(args.gold)
    except AnnotatorError as exc:  # the weights already shipped stay as they are
        sys.stderr.write(f"error: {exc}; nothing was written\n")
        return 1
    thin = sorted(kind for kind in FactKind
                  if len(r := rows.get(kind, [])) < MIN_ROWS or len({ok for _, ok in r}) < 2)
    if thin:
        sys.stderr.write(f"error: the gold gives too few predictions of {', '.join(thin)} to fit "
                         f"on (at least {MIN_ROWS} of each kind, right and wrong); nothing was "
                         "written\n")
        return 1
    model: dict[str, Any] = {
        "extractor": ORIGIN,
        "target": "the prediction is matched to a gold fact and every key field the two "
                  "hold is equal",
        "fitted_on": {"gold": args.gold.name, "bulletins": bulletins,
                      "predictions": sum(len(r) for r in rows.values())},
        "l2": L2, "min_seen": MIN_SEEN,
        "kinds": {kind: fit(r) for kind, r in sorted(rows.items())},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.stdout.write(f"fitted on {bulletins} bulletins, {model['fitted_on']['predictions']} "
                     f"predictions -> {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
