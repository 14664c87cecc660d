"""How sure the rules are of a suggestion: the chance that its key fields are right.

Each kind has a logistic model over what the suggestion looks like (the rule's own prior, the
fields it filled and their values, how long its evidence is, how far into its item it is told,
the numbers and quotation marks its evidence holds, how many suggestions of its kind and of
others crowd its item or overlap it, the language). The weights are data, fitted on the
project's gold set by `annotator.quality.calibration` and shipped in
resources/calibration/confidence.json with the extractor version and the gold they were fitted
on. A kind with no weights keeps the rule's prior.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache

from annotator.extract.context import Draft
from annotator.paths import resources_dir

# a suggestion is never certain, nor worthless: it is a suggestion
FLOOR, CEILING = 0.05, 0.98
_NUMBER = re.compile(r"\d+")
_QUOTES = ('"', "“", "”", "«", "»")
# enumerated fields whose value, not only its presence, tells how sure to be
_VALUED = frozenset({"outcome", "action", "certainty", "population", "weapon", "sex", "metric"})


def features(d: Draft, prior: float, item: tuple[int, int], siblings: list[Draft],
             language: str, text: str) -> dict[str, float]:
    """The named features of the draft `d` (`prior` its rules' confidence), told in `item`
    beside `siblings` (every draft of the item, itself included); absent ones are 0."""
    piece = text[d.start:d.end]
    crowd = sum(1 for s in siblings if s.kind == d.kind)
    out = {
        "bias": 1.0,
        "prior": prior,
        "crowd": math.log1p(crowd),
        "others": math.log1p(len(siblings) - crowd),
        "overlaps": math.log1p(sum(1 for s in siblings if s.kind != d.kind
                                   and s.start < d.end and d.start < s.end)),
        "later": math.log1p(d.start - item[0]),  # how far into the item it is told
        "numbers": math.log1p(len(_NUMBER.findall(piece))),
        "quoted": float(any(q in piece for q in _QUOTES)),
        "span": math.log1p(d.end - d.start),
        "item": math.log1p(item[1] - item[0]),
        f"lang={language}": 1.0,
    }
    for name, value in d.fields.items():
        if value is None or value is False or name == "strike":
            continue
        out[f"has:{name}"] = 1.0
        if name in _VALUED:
            out[f"{name}={value}"] = 1.0
    return out


@cache
def weights() -> dict[str, dict[str, float]]:
    """kind -> feature -> weight, as fitted; {} when the file is not shipped."""
    path = resources_dir() / "calibration" / "confidence.json"
    if not path.is_file():
        return {}
    kinds: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))["kinds"]
    return kinds


def estimate(kind: str, feats: dict[str, float], prior: float) -> float:
    """The chance the suggestion's key fields are right, bounded and rounded for display."""
    w = weights().get(kind)
    if w is None:
        p = prior
    else:
        z = sum(w.get(name, 0.0) * x for name, x in feats.items())
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return round(max(FLOOR, min(CEILING, p)), 2)
