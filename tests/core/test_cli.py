import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.models import BulletinRecord

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def test_extract_json_of_the_seed(seed_path: Path) -> None:
    r = run("extract", str(seed_path), "--json")
    assert r.returncode == 0, r.stderr
    rec = BulletinRecord.model_validate_json(r.stdout)
    assert rec.day_number == 1413 and str(rec.published) == "2026-01-07"
    assert len(rec.items) >= 20 and rec.sections
    assert {f.kind for f in rec.facts} == {"strike", "casualty", "air_defence", "statement",
                                           "commitment", "figure"}
    assert all(f.status == "suggested" for f in rec.facts)
    for f in rec.facts:
        for s in f.evidence:
            assert rec.text[s.start:s.end].strip()


def test_import_then_export_all(tmp_path: Path, seed_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({
        "text": "Russia-Ukraine war: List of key events, day 900\nPublished On 11 Aug 2024\n"
                "Fighting\n- Russian drones killed two people in Kharkiv, the governor said.\n",
        "source": "wire"}) + "\n", encoding="utf-8")
    store = tmp_path / "s.db"
    r = run("--store", str(store), "import", str(folder))
    assert r.returncode == 0, r.stderr
    assert "2 imported" in r.stdout
    out = tmp_path / "out.jsonl"
    r = run("--store", str(store), "export", str(out), "--status", "all")
    assert r.returncode == 0, r.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    for line in lines:
        BulletinRecord.model_validate_json(line)


def test_errors_go_to_stderr_with_nonzero_exit(tmp_path: Path) -> None:
    r = run("--store", str(tmp_path / "s.db"), "import", str(tmp_path / "nope.txt"))
    assert r.returncode != 0 and "nope.txt" in r.stderr and "no such file" in r.stderr
    r = run("extract", str(tmp_path / "nope.txt"), "--json")
    assert r.returncode != 0 and r.stdout == ""
    r = run("--store", str(tmp_path / "s.db"), "export", str(tmp_path / "no" / "x.jsonl"))
    assert r.returncode != 0 and "no such folder" in r.stderr


@pytest.mark.parametrize("command", [[], ["import"], ["extract"], ["export"], ["eval"],
                                     ["gui"]])
def test_help_everywhere(command: list[str]) -> None:
    r = run(*command, "--help")
    assert r.returncode == 0 and "usage: annotator" in r.stdout


def test_readme_names_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for cmd in ("annotator import", "annotator extract", "annotator export", "annotator eval"):
        assert cmd in readme


def test_core_imports_without_qt() -> None:
    code = ("import sys, annotator.cli, annotator.ops.importing, annotator.ops.exporting, "
            "annotator.ops.review, annotator.extract, annotator.store; "
            "assert 'PySide6' not in sys.modules")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
