"""Score the extractor against gold v1 records: precision, recall and F1 per kind and field.

Facts are matched one-to-one within a kind: a pair must share evidence (overlapping spans),
and pairs that agree on more fields are matched first. A field counts as a true positive when
the matched prediction holds the gold value; every other predicted value is a false positive
and every other gold value a false negative. `False` booleans count as empty.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.extract import extract
from annotator.ingest import parse_text
from annotator.models import BulletinRecord, FactBase

KEY_FIELDS = {"outcome", "count", "region_code", "perpetrator", "weapon", "claimant_side",
              "launched", "destroyed", "speaker", "actor", "negated", "value"}
HEADER_FIELDS = ("day_number", "published", "report_date", "language")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    bulletins: int = 0
    kinds: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    fields: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    header: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    bad_spans: int = 0
    spans: int = 0
    # (confidence, whether its key fields are right) for every prediction
    judged: list[tuple[float, bool]] = field(default_factory=list)

    def micro(self, key_only: bool = False) -> Tally:
        t = Tally()
        for k in self.kinds.values():
            t.add(k)
        for name, f in self.fields.items():
            if not key_only or name.split(".", 1)[1] in KEY_FIELDS:
                t.add(f)
        return t

    def kind_f1(self, kind: str) -> float:
        """F1 of a kind over its facts and all of its field values."""
        t = Tally()
        t.add(self.kinds[kind])
        for name, f in self.fields.items():
            if name.startswith(kind + "."):
                t.add(f)
        return t.f1

    def as_dict(self) -> dict[str, Any]:
        return {
            "bulletins": self.bulletins,
            "micro": self.micro().as_dict(), "micro_key_fields": self.micro(True).as_dict(),
            "kinds": {k: {**v.as_dict(), "f1_with_fields": round(self.kind_f1(k), 3)}
                      for k, v in sorted(self.kinds.items())},
            "fields": {k: v.as_dict() for k, v in sorted(self.fields.items())},
            "header": {k: v.as_dict() for k, v in self.header.items()},
            "evidence": {"spans": self.spans, "invalid": self.bad_spans},
            "confidence": calibration_summary(self.judged),
        }


def _norm(v: Any) -> Any:
    if v is None or v is False:
        return None
    if isinstance(v, str):
        return " ".join(v.casefold().replace("’", "'").split()) or None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return getattr(v, "value", v)


def _values(f: FactBase) -> dict[str, Any]:
    out = {}
    for k, v in f.fields.model_dump().items():  # type: ignore[attr-defined]
        if k == "strike":
            continue  # ids differ between runs; the link is scored through matching
        n = _norm(v)
        if n is not None:
            out[k] = n
    return out


def _overlap(a: FactBase, b: FactBase) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a.evidence for y in b.evidence)


def _match(gold: Sequence[FactBase], pred: Sequence[FactBase]) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gold):
        gv = _values(g)
        for j, p in enumerate(pred):
            if g.kind != p.kind or not _overlap(g, p):  # type: ignore[attr-defined]
                continue
            pv = _values(p)
            agree = sum(1 for k, v in gv.items() if pv.get(k) == v)
            pairs.append((agree, -abs(g.evidence[0].start - p.evidence[0].start), i, j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def key_right(pred: FactBase, gold: FactBase | None) -> bool:
    """Whether a prediction is what its confidence promises: matched to a gold fact, with every
    key field the two hold equal (a reviewer can approve it without touching a key field)."""
    if gold is None:
        return False
    pv, gv = _values(pred), _values(gold)
    return all(pv.get(k) == gv.get(k) for k in KEY_FIELDS if k in pv or k in gv)


def judge(gold: BulletinRecord, pred: list[FactBase]) -> list[bool]:
    """For each prediction, whether its key fields are right against `gold`."""
    gold_facts = [f for f in gold.facts if f.status != "rejected"]
    return _judged(gold_facts, pred, _match(gold_facts, pred))


def _judged(gold: Sequence[FactBase], pred: Sequence[FactBase],
            matched: list[tuple[int, int]]) -> list[bool]:
    of = {j: i for i, j in matched}
    return [key_right(p, gold[of[j]] if j in of else None) for j, p in enumerate(pred)]


def score(report: Report, gold: BulletinRecord) -> None:
    bulletin = parse_text(gold.text, gold.source)
    report.bulletins += 1
    for name in HEADER_FIELDS:
        g, p = getattr(gold, name), getattr(bulletin, name)
        t = report.header[name]
        if g is None and p is None:
            continue
        if _norm(g) == _norm(p):
            t.tp += 1
        else:
            t.fn += g is not None
            t.fp += p is not None
    pred = extract(bulletin, strict=True)
    for f in pred:
        for s in f.evidence:
            report.spans += 1
            report.bad_spans += not (0 <= s.start < s.end <= len(bulletin.text))
    gold_facts = [f for f in gold.facts if f.status != "rejected"]
    matched = _match(gold_facts, pred)
    report.judged += [(p.confidence or 0.0, ok)
                      for p, ok in zip(pred, _judged(gold_facts, pred, matched), strict=True)]
    mg = {i: j for i, j in matched}
    mp = {j for _, j in matched}
    for i, g in enumerate(gold_facts):
        kind = g.kind  # type: ignore[attr-defined]
        gv = _values(g)
        pv = _values(pred[mg[i]]) if i in mg else {}
        report.kinds[kind].tp += i in mg
        report.kinds[kind].fn += i not in mg
        for k in set(gv) | set(pv):
            t = report.fields[f"{kind}.{k}"]
            if k in gv and pv.get(k) == gv[k]:
                t.tp += 1
            else:
                t.fn += k in gv
                t.fp += k in pv
    for j, p in enumerate(pred):
        if j in mp:
            continue
        kind = p.kind  # type: ignore[attr-defined]
        report.kinds[kind].fp += 1
        for k in _values(p):
            report.fields[f"{kind}.{k}"].fp += 1


def load_gold(folder: Path) -> list[BulletinRecord]:
    if not folder.is_dir():
        raise AnnotatorError(f"{folder}: not a folder of gold records")
    records = []
    for path in sorted(folder.iterdir()):
        try:
            if path.suffix == ".json":
                records.append(BulletinRecord.model_validate_json(path.read_text("utf-8")))
            elif path.suffix == ".jsonl":
                records += [BulletinRecord.model_validate_json(line) for line in
                            path.read_text("utf-8").splitlines() if line.strip()]
        except (ValueError, json.JSONDecodeError) as exc:
            raise AnnotatorError(f"{path}: not a v1 record ({str(exc).splitlines()[0]})") \
                from exc
    if not records:
        raise AnnotatorError(f"{folder}: no *.json or *.jsonl gold records")
    return records


def evaluate_dir(folder: Path) -> Report:
    report = Report()
    for record in load_gold(folder):
        score(report, record)
    return report


def format_report(r: Report) -> str:
    m, k = r.micro(), r.micro(True)
    lines = [f"{r.bulletins} gold bulletins",
             f"micro  P {m.precision:.3f}  R {m.recall:.3f}  F1 {m.f1:.3f}   (facts + all fields)",
             f"key    P {k.precision:.3f}  R {k.recall:.3f}  F1 {k.f1:.3f}   (key fields)",
             f"evidence spans: {r.spans}, invalid: {r.bad_spans}", "",
             f"{'header':<28}{'accuracy':>9}"]
    for name, t in r.header.items():
        lines.append(f"{name:<28}{t.recall:>9.3f}")
    lines += ["", f"{'kind':<28}{'P':>7}{'R':>7}{'F1':>7}{'F1+fields':>11}{'gold':>6}{'pred':>6}"]
    for name, t in sorted(r.kinds.items()):
        lines.append(f"{name:<28}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}"
                     f"{r.kind_f1(name):>11.3f}{t.tp + t.fn:>6}{t.tp + t.fp:>6}")
    c = calibration_summary(r.judged)
    lines += ["", f"confidence: Brier {c['brier']:.3f}, AUROC {c['auroc']:.3f} (a prediction is "
                  "right when matched with its key fields equal)",
              f"{'confidence':<16}{'predictions':>12}{'mean':>7}{'right':>7}"]
    for b in c["bins"]:
        lines.append(f"{b['range']:<16}{b['n']:>12}{b['mean']:>7.3f}{b['right']:>7.3f}")
    lines += ["", f"{'field':<28}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}"]
    for name, t in sorted(r.fields.items()):
        lines.append(f"{name:<28}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}"
                     f"{t.tp + t.fn:>6}{t.tp + t.fp:>6}")
    return "\n".join(lines)


def auroc(pairs: list[tuple[float, bool]]) -> float:
    """The chance that a right prediction has a higher confidence than a wrong one (ties count
    half): 0.5 is a confidence that tells nothing, 1.0 one that separates them."""
    ranked = sorted(pairs, key=lambda p: p[0])
    pos = sum(1 for _, ok in ranked if ok)
    neg = len(ranked) - pos
    if not pos or not neg:
        return 0.5
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mid = (i + j + 1) / 2  # ranks i+1 .. j share their mean
        rank_sum += mid * sum(1 for _, ok in ranked[i:j] if ok)
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def calibration_summary(pairs: list[tuple[float, bool]]) -> dict[str, Any]:
    """Brier score (mean squared gap between confidence and outcome, lower is better), AUROC,
    and a reliability table: predictions by confidence band, with the share that is right."""
    n = len(pairs)
    brier = sum((c - ok) ** 2 for c, ok in pairs) / n if n else 0.0
    edges = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01)
    bins = []
    for lo, hi in pairwise(edges):
        band = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if band:
            bins.append({"range": f"{lo:.2f}-{min(hi, 1.0):.2f}", "n": len(band),
                         "mean": round(sum(c for c, _ in band) / len(band), 3),
                         "right": round(sum(ok for _, ok in band) / len(band), 3)})
    return {"predictions": n, "brier": round(brier, 4), "auroc": round(auroc(pairs), 4),
            "bins": bins}
