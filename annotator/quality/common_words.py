"""List the everyday words of the bulletins: words the gold texts write in lower case.

Run: python -m annotator.quality.common_words GOLD_DIR [--out FILE]

A run of capitalised words is taken for a person's name when nothing says otherwise; one
that holds an everyday word ("the Put Domoy (Way Home) group", "Ministry of Civil Defence,
Emergencies and Disaster Relief", "Psychological Warfare:") is not, unless it starts with a
given name ("Bill Blair"). The list is every word the gold texts (written for this project)
write in lower case, so it grows with the gold; given names are left out.
Writes resources/lexicons/common_words.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from annotator.errors import AnnotatorError
from annotator.extract.lexicons import given_names
from annotator.paths import resources_dir
from annotator.quality.evaluate import load_gold

_WORD = re.compile(r"(?<![\w'’-])[a-zàèéìòù]{3,}(?![\w'’-])")


def common_words(gold_dir: Path) -> list[str]:
    """Raises AnnotatorError when `gold_dir` is no folder of gold records, or one is broken."""
    seen: set[str] = set()
    for record in load_gold(gold_dir):
        seen.update(_WORD.findall(record.text))
    return sorted(seen - given_names())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m annotator.quality.common_words")
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--out", type=Path,
                    default=resources_dir() / "lexicons" / "common_words.json")
    args = ap.parse_args(argv)
    try:
        words = common_words(args.gold_dir)
    except AnnotatorError as exc:  # the list already shipped stays as it is
        sys.stderr.write(f"error: {exc}; nothing was written\n")
        return 1
    about = ("Everyday words of the bulletins, lower case: every word of three letters or more "
             f"that the gold texts in {args.gold_dir.as_posix()} (written for this project) "
             "write in lower case, given names left out. A run of "
             "capitalised words holding one is no person's name unless it starts with a given "
             "name. Made by python -m annotator.quality.common_words.")
    args.out.write_text(json.dumps({"_about": about, "words": words}, ensure_ascii=False,
                                   indent=0) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(words)} words -> {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
