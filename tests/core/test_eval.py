"""The extractor against the project's own hand-annotated gold: a floor under its scores."""

from pathlib import Path

import pytest

from annotator.errors import AnnotatorError
from annotator.quality.evaluate import calibration_summary, evaluate_dir

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return evaluate_dir(GOLD)


def test_gold_set_size_and_languages(report) -> None:  # type: ignore[no-untyped-def]
    names = sorted(p.stem for p in GOLD.glob("*.json"))
    assert len(names) >= 30
    assert sum(n.startswith("it_") for n in names) >= 15
    assert sum(n.startswith("en_") for n in names) >= 15


def test_floor_under_the_scores(report) -> None:  # type: ignore[no-untyped-def]
    # floors sit a little under the measured figures (README); raise them as rules improve
    # (commitment detection 0.925: the gold took in a dev pair of pledges in shapes no rule
    # read, refusals as nouns and passives, at recall 0.56 on arrival; 0.931 before it; then
    # 0.915, for a pair of offers to host talks, elliptical follow-ups and unnamed givers:
    # 0.922 on arrival, 0.926 before it)
    assert report.micro().f1 >= 0.92
    assert report.micro(key_only=True).f1 >= 0.95
    for kind, floor in {"strike": 0.945, "casualty": 0.955, "air_defence": 0.965,
                        "statement": 0.95, "commitment": 0.915, "figure": 0.945}.items():
        assert report.kinds[kind].f1 >= floor, kind
    for kind, floor in {"strike": 0.91, "casualty": 0.94, "air_defence": 0.95,
                        "statement": 0.90, "commitment": 0.88, "figure": 0.885}.items():
        assert report.kind_f1(kind) >= floor, f"{kind} with its fields"
    for name, t in report.header.items():
        assert t.recall == 1.0, name
    assert report.bad_spans == 0


def test_eval_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    with pytest.raises(AnnotatorError, match="no \\*.json"):
        evaluate_dir(tmp_path)
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    with pytest.raises(AnnotatorError, match="not a v1 record"):
        evaluate_dir(tmp_path)


_DUMP = """
import json, sys
from pathlib import Path
from annotator.extract import extract
from annotator.ingest import parse_text
out = []
for p in sorted(Path(sys.argv[1]).glob("*.json")):
    bulletin = parse_text(json.loads(p.read_text(encoding="utf-8"))["text"])
    out.append([f.model_dump(mode="json") for f in extract(bulletin)])
print(json.dumps(out, sort_keys=True))
"""


def test_extraction_is_the_same_whatever_the_hash_seed() -> None:
    # a set's order follows the process's hash seed: two processes must still write the same
    # facts, with the same evidence, for a dataset to be reproducible
    import os
    import subprocess
    import sys

    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs.append(subprocess.run([sys.executable, "-c", _DUMP, str(GOLD)], env=env,
                                   capture_output=True, text=True, check=True).stdout)
    assert runs[0] == runs[1] and len(runs[0]) > 1_000_000


def test_confidence_tells_right_from_wrong_on_the_gold(report) -> None:  # type: ignore[no-untyped-def]
    # the calibrated confidence (README: holdout Brier 0.066, AUROC 0.79); the rules' own
    # hand-set confidences gave Brier 0.10 and AUROC 0.62 on the gold
    c = calibration_summary(report.judged)
    assert c["predictions"] == sum(t.tp + t.fp for t in report.kinds.values())
    assert c["brier"] <= 0.065
    assert c["auroc"] >= 0.82
    # each band's share of right predictions is near its confidence (within 0.10: a band of
    # 300 predictions has a sampling error of about 0.03)
    for band in c["bins"]:
        if band["n"] >= 100:
            assert abs(band["mean"] - band["right"]) <= 0.10, band
