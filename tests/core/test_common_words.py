"""The shipped list of everyday words is the one its script makes from the gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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


def test_a_folder_that_is_no_gold_writes_nothing_and_says_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "words.json"
    out.write_text('{"words": ["kept"]}', encoding="utf-8")
    empty, broken = tmp_path / "empty", tmp_path / "broken"
    empty.mkdir()
    broken.mkdir()
    (broken / "en_1.json").write_text("{not json", encoding="utf-8")
    for folder, why in ((tmp_path / "missing", "not a folder of gold records"),
                        (empty, "no *.json or *.jsonl gold records"),
                        (broken, "not a v1 record")):
        assert common_words.main([str(folder), "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert why in err and "nothing was written" in err
        assert out.read_text(encoding="utf-8") == '{"words": ["kept"]}'
