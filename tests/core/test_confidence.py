"""The confidence model: its fit, its shipped weights, and the measures that judge it."""

import json
import random
from pathlib import Path

import pytest

from annotator.extract import ORIGIN, extract
from annotator.extract import confidence as conf
from annotator.ingest import parse_text
from annotator.paths import resources_dir
from annotator.quality.calibration import _solve, fit, main
from annotator.quality.evaluate import auroc, calibration_summary

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_shipped_weights_were_fitted_for_these_rules() -> None:
    # rules that changed since the fit make the weights stale: fit again (README, "Confidence")
    model = json.loads((resources_dir() / "calibration" / "confidence.json").read_text("utf-8"))
    assert model["extractor"] == ORIGIN
    assert set(model["kinds"]) == {"strike", "casualty", "air_defence", "statement",
                                   "commitment", "figure"}
    assert model["fitted_on"]["bulletins"] >= 30


def test_auroc_counts_pairs_and_ties() -> None:
    assert auroc([(0.9, True), (0.8, True), (0.2, False)]) == 1.0
    assert auroc([(0.1, True), (0.9, False)]) == 0.0
    assert auroc([(0.5, True), (0.5, False)]) == 0.5
    # right 0.9 beats both wrong; right 0.4 beats 0.3 only: 3 of 4 pairs
    assert auroc([(0.9, True), (0.4, True), (0.6, False), (0.3, False)]) == 0.75
    assert auroc([(0.7, True)]) == 0.5  # nothing to tell apart


def test_calibration_summary_bands() -> None:
    c = calibration_summary([(0.96, True), (0.97, False), (0.3, False)])
    assert c["brier"] == pytest.approx((0.04 ** 2 + 0.97 ** 2 + 0.3 ** 2) / 3, abs=1e-4)
    assert [b["n"] for b in c["bins"]] == [1, 2]
    assert c["bins"][1]["right"] == 0.5


def test_solve_and_fit_recover_a_known_signal() -> None:
    assert _solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]) == pytest.approx([0.8, 1.4])
    rng = random.Random(7)
    rows = []
    for _ in range(2000):
        good, noise = rng.random() < 0.5, rng.random() < 0.5
        right = rng.random() < (0.95 if good else 0.4)
        rows.append(({"bias": 1.0, "good": float(good), "noise": float(noise)}, right))
    rows.append(({"bias": 1.0, "rare": 1.0}, True))  # seen once: given no weight
    w = fit(rows)
    assert "rare" not in w
    assert abs(w["noise"]) < 0.3
    p_good = 1 / (1 + pow(2.718281828, -(w["bias"] + w["good"])))
    p_bad = 1 / (1 + pow(2.718281828, -w["bias"]))
    assert p_good == pytest.approx(0.95, abs=0.03)
    assert p_bad == pytest.approx(0.4, abs=0.05)


def test_a_thin_suggestion_is_less_sure_than_a_full_one() -> None:
    text = ("Day 500. Published 10 June 2023.\n\n"
            "A Russian missile strike on Odesa overnight killed three civilians, the regional "
            "governor Oleh Kiper said.\n\n"
            "A drone attack hit a warehouse.\n\n"
            "A drone attack was reported.\n")  # (no place, target or victim: no suggestion)
    strikes = [f for f in extract(parse_text(text)) if f.kind == "strike"]
    assert [f.fields.region_code for f in strikes] == ["UA-51", None]  # type: ignore[attr-defined]
    full, thin = (f.confidence or 0 for f in strikes)
    assert conf.FLOOR <= thin < full
    assert full <= conf.CEILING


def test_a_kind_without_weights_keeps_the_rules_prior(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conf, "weights", lambda: {})
    assert conf.estimate("strike", {"bias": 1.0}, 0.73) == 0.73
    assert conf.estimate("strike", {"bias": 1.0}, 1.5) == conf.CEILING


def test_fitting_on_a_folder_that_is_not_gold_writes_nothing(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "weights.json"
    assert main([str(tmp_path), "--out", str(out)]) == 1
    assert "no *.json" in capsys.readouterr().err and not out.exists()
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert main([str(tmp_path), "--out", str(out)]) == 1
    assert "not a v1 record" in capsys.readouterr().err and not out.exists()
    seed = SEED.read_text(encoding="utf-8")  # one bulletin: not every kind to fit on
    (tmp_path / "bad.json").write_text(json.dumps(
        {"format": "bulletin-annotator/v1", "id": "x", "text": seed, "facts": []}),
        encoding="utf-8")
    code = main([str(tmp_path), "--out", str(out)])
    assert code == 1 and "nothing was written" in capsys.readouterr().err and not out.exists()
