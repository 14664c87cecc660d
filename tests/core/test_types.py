"""The package type-checks: mypy finds no error in annotator (core and GUI alike); no module
binds a name twice."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_passes_mypy() -> None:
    run = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "annotator"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_module_level_name_is_assigned_twice() -> None:
    """A rule table assigned twice silently drops the first (a pattern once was); names
    bound at a module's top level are bound once."""
    import ast
    twice = []
    for path in sorted((ROOT / "annotator").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name):
                    if t.id in seen:
                        twice.append(f"{path.relative_to(ROOT)}: {t.id}")
                    seen.add(t.id)
    assert not twice, twice
