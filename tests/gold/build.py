"""Build the hand-annotated gold set: tests/gold/src/NAME.txt + NAME.json -> tests/gold/NAME.json.

The source JSON quotes evidence as text, so annotators never count characters; this script
finds each quote inside the fact's anchor, computes offsets, and validates the v1 record.
Run: python tests/gold/build.py [FOLDER]   (default tests/gold; tests/holdout works the same;
fails loudly on a quote it cannot place)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from annotator.models import BulletinRecord  # noqa: E402


def _whole(text: str, pos: int, quote: str) -> bool:
    """Whether `quote` at `pos` stands as whole words ("one", not the one inside "drones")."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + len(quote)] if pos + len(quote) < len(text) else " "
    return not ((quote[0].isalnum() and before.isalnum())
                or (quote[-1].isalnum() and after.isalnum()))


def _find(text: str, quote: str, lo: int, hi: int, where: str) -> tuple[int, int]:
    """The first whole-word occurrence of `quote` in [lo, hi), else its first occurrence."""
    pos = text.find(quote, lo, hi)
    if pos < 0:
        raise SystemExit(f"{where}: quote {quote!r} not found in its anchor")
    first = pos
    while pos >= 0 and not _whole(text, pos, quote):
        pos = text.find(quote, pos + 1, hi)
    pos = first if pos < 0 else pos
    return pos, pos + len(quote)


def build(src: Path, root: Path = HERE.parents[1]) -> BulletinRecord:
    spec = json.loads(src.read_text(encoding="utf-8"))
    text = src.with_suffix(".txt").read_text(encoding="utf-8")
    facts = []
    ids = [f"{src.stem}-{n:02d}" for n in range(len(spec["facts"]))]
    for n, fs in enumerate(spec["facts"]):
        where = f"{src.name} fact {n}"
        anchor = fs["anchor"]
        if text.count(anchor) != 1:
            raise SystemExit(f"{where}: anchor {anchor!r} occurs {text.count(anchor)} times")
        lo = text.index(anchor)
        hi = lo + len(anchor)
        evidence = []
        for field, quotes in fs.get("evidence", {}).items():
            for quote in [quotes] if isinstance(quotes, str) else quotes:
                start, end = _find(text, quote, lo, hi, where)
                evidence.append({"start": start, "end": end, "field": field or None})
        if not any(e["field"] is None for e in evidence):
            evidence.insert(0, {"start": lo, "end": hi, "field": None})
        fields = dict(fs["fields"])
        if isinstance(fields.get("strike"), str) and fields["strike"].startswith("@"):
            fields["strike"] = ids[int(fields["strike"][1:])]
        facts.append(
            {
                "id": ids[n],
                "kind": fs["kind"],
                "status": "approved",
                "origin": "gold:hand",
                "confidence": None,
                "note": fs.get("note"),
                "fields": fields,
                "evidence": evidence,
            }
        )
    record = {
        "id": src.stem,
        "source": src.with_suffix(".txt").relative_to(root).as_posix(),
        "language": spec["language"],
        "title": spec.get("title"),
        "day_number": spec.get("day_number"),
        "published": spec.get("published"),
        "report_date": spec.get("report_date"),
        "text": text,
        "facts": facts,
        "review": {"status": "approved", "reviewers": ["gold"]},
    }
    return BulletinRecord.model_validate(record)


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    for src in sorted((folder / "src").glob("*.json")):
        record = build(src)
        out = folder / f"{src.stem}.json"
        out.write_text(record.model_dump_json(indent=1) + "\n", encoding="utf-8")
        print(f"{out.name}: {len(record.facts)} facts")


if __name__ == "__main__":
    main()
