"""Bytes to text: UTF-8 (with or without BOM) and UTF-16/32 with a BOM; anything else is refused.

Guessing a legacy encoding would silently corrupt names and shift no offsets we could check,
so a file that is not Unicode gets a message naming the first bad byte and the way out.
"""

from __future__ import annotations

import codecs

from annotator.errors import InputError

MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _line_col(data: bytes, pos: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, pos) + 1
    col = pos - (data.rfind(b"\n", 0, pos) + 1) + 1
    return line, col


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Decode a whole file; `encoding` overrides detection (e.g. "cp1252")."""
    if not data.strip():
        raise InputError(where, "the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(
            where, f"the file is {len(data) / 1e6:.1f} MB; a bulletin file is at most "
            f"{MAX_BYTES // (1024 * 1024)} MB (split batches into JSONL lines)"
        )
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError as exc:
            raise InputError(where, f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            line, col = _line_col(data, exc.start)
            raise InputError(
                where, f"not valid {encoding}: byte 0x{data[exc.start]:02X} at line {line}, "
                f"column {col}"
            ) from exc
        return _check_text(text.removeprefix("\ufeff"), where)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec).removeprefix("\ufeff"), where)
            except UnicodeDecodeError as exc:
                raise InputError(where, f"starts with a {codec} byte-order mark but is not "
                                 f"valid {codec} ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        raise InputError(where, "this is a binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        hint = ""
        try:
            data.decode("cp1252")
            hint = " It looks like Windows-1252: re-save it as UTF-8, or pass --encoding cp1252."
        except UnicodeDecodeError:
            pass
        raise InputError(
            where, f"not UTF-8 text: byte 0x{data[exc.start]:02X} at line {line}, column {col} "
            f"cannot be decoded.{hint}"
        ) from exc
    return _check_text(text, where)


def _check_text(text: str, where: str) -> str:
    if not text.strip():
        raise InputError(where, "the file holds no text (only whitespace)")
    sample = text[:8192]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if control > max(8, len(sample) // 50):
        raise InputError(where, "this looks like a binary file (many control characters), not text")
    return text
