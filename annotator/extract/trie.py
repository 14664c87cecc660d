"""One regular expression for many literal forms, shaped as a trie.

Python's `re` tries the branches of `a|b|c|...` one after another at every position, so a
lexicon of hundreds of forms costs hundreds of attempts per character. A trie shares the
prefixes ("missile", "missili", "missiles" -> `missil(?:e(?:s)?|i)`), so each position costs a
few steps. At each point the longer continuation is tried first, as with forms sorted longest
first; backtracking still yields a shorter form when what follows rules the longer one out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def alternation(forms: Iterable[str], space: str | None = None) -> str:
    """Regex source matching exactly the given literal forms (empty forms ignored); with
    `space`, each blank in a form matches that pattern instead (r"\\s+")."""
    root: dict[str, dict] = {}
    for form in forms:
        if not form:
            continue
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return f"(?:{_pattern(root, space)})" if root else "(?!)"


def _pattern(node: dict[str, dict], space: str | None) -> str:
    branches = [(space if space and ch == " " else re.escape(ch)) + _pattern(child, space)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?" if len(body) > 1 else f"{body}?"
    return body
