"""The shipped list of everyday words is the one its script makes from the gold."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.paths import resources_dir
from annotator.quality import common_words

GOLD = Path(__file__).resolve().parents[1] / "gold"


def test_shipped_everyday_words_are_made_from_the_gold_by_the_script(tmp_path: Path) -> None:
    out = tmp_path / "words.json"
    assert common_words.main([str(GOLD), "--out", str(out)]) == 0
    shipped = json.loads((resources_dir() / "lexicons" / "common_words.json").read_text("utf-8"))
    made = json.loads(out.read_text("utf-8"))
    assert made["words"] == shipped["words"]
    assert {"way", "home", "warfare"} <= set(made["words"])
    assert not {"vladimir", "bill"} & set(made["words"])  # given names are left out
