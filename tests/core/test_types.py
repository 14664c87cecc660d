"""The extraction core type-checks: mypy finds no error in annotator/extract."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_extraction_core_passes_mypy() -> None:
    run = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "annotator/extract"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
