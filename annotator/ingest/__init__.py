"""Files to bulletins: .txt, .md, .html and .jsonl in, `Bulletin` models out.

Ingest owns text and offsets: the stored text is what the reviewer sees, and every offset
(sections, items, later evidence) points into it. Extract never opens a file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import InputError
from annotator.ingest.decoding import decode
from annotator.ingest.header import parse_header
from annotator.ingest.html import visible_text
from annotator.ingest.sections import split_sections
from annotator.models import Bulletin, Language

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"}


def bulletin_id(text: str) -> str:
    """A bulletin is identified by its text: the same text imported twice is one bulletin."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_text(
    text: str, source: str | None = None, published: dt.date | None = None
) -> Bulletin:
    """Parse header, sections and items of `text`, which is kept exactly as given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    header = parse_header(text, published)
    skip = header.header_lines
    sections, items = split_sections(text, skip)
    return Bulletin(
        id=bulletin_id(text),
        source=source,
        language=Language(header.language) if header.language else None,
        title=header.title,
        day_number=header.day_number,
        published=header.published,
        report_date=header.report_date,
        text=text,
        sections=sections,
        items=items,
    )


def looks_like_bulletin(b: Bulletin) -> str | None:
    """None if `b` looks like a bulletin, else what is missing."""
    if b.day_number or b.published or b.report_date:
        return None
    if len(b.items) >= 2 and b.language:
        return None
    return ("it has no day number, no publication date and no bullet items; "
            "it does not look like a bulletin")


@dataclass(frozen=True)
class Loaded:
    """One bulletin read from a file, or the error that kept it out."""

    where: str
    bulletin: Bulletin | None = None
    error: InputError | None = None


def _parse_jsonl_line(raw: str, where: str) -> Bulletin:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, found {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, 'missing "text" (a non-empty string)')
    source = obj.get("source")
    if source is not None and not isinstance(source, str):
        raise InputError(where, '"source" must be a string')
    published = obj.get("published")
    date = None
    if published is not None:
        try:
            date = dt.date.fromisoformat(str(published)[:10])
        except ValueError as exc:
            raise InputError(where, f'"published" is not an ISO date: {published!r}') from exc
    return parse_text(text, source or where, date)


def read_path(path: Path, encoding: str | None = None) -> Iterator[Loaded]:
    """Bulletins in one file (a JSONL file holds many); errors are yielded, not raised."""
    where = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield Loaded(where, error=InputError(where, "no such file"))
        return
    except OSError as exc:
        yield Loaded(where, error=InputError(where, f"cannot be read ({exc.strerror})"))
        return
    try:
        text = decode(data, where, encoding)
    except InputError as exc:
        yield Loaded(where, error=exc)
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for n, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip():
                continue
            line_where = f"{where}, line {n}"
            try:
                yield Loaded(line_where, bulletin=_parse_jsonl_line(raw, line_where))
            except InputError as exc:
                yield Loaded(line_where, error=exc)
        return
    if suffix in (".html", ".htm"):
        text = visible_text(text)
        if not text.strip():
            yield Loaded(where, error=InputError(where, "the HTML page has no visible text"))
            return
    yield Loaded(where, bulletin=parse_text(text, where))


def expand_paths(paths: list[Path]) -> Iterator[Path | InputError]:
    """Files named, and files with a known suffix inside folders named (sorted)."""
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in SUFFIXES)
            if not found:
                yield InputError(str(path), "the folder holds no .txt, .md, .html or .jsonl file")
            yield from found
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")
